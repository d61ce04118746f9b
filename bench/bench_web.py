"""Benchmark: the offline HTML map from N invented ACLED-style events at gazetteer places.

Run: .venv/bin/python bench/bench_web.py [N]
Prints the time to build and write map.html and its size (the issue asks under 15 MB at 10,000).
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_maps import make  # noqa: E402


def main(n: int) -> None:
    from geomap.sources import read_incidents
    from geomap.web import write_web_map

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"acled_{n}.csv"
        make(n, source)
        incidents = read_incidents(source)
        start = time.perf_counter()
        target = write_web_map(incidents, Path(tmp) / "map.html")
        elapsed = time.perf_counter() - start
        print(f"{n} incidents: map.html {target.stat().st_size / 1e6:.1f} MB written in {elapsed:.1f} s")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
