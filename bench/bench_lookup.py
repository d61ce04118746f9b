"""Benchmark: `geomap gazetteer lookup` at today's size and ten times it, and `geomap --help`.

Run: .venv/bin/python bench/bench_lookup.py [--scale 10] [--runs 5]
Each command runs in a fresh process pinned to one core (taskset -c 0), as a user runs it.
The larger gazetteer is today's places copied SCALE-1 times into a user gazetteer file
(``--gazetteer``): each copy keeps its row's coordinates and gets a derived id and a name
with a systematic prefix ("Kafr Tadmor", "Tall Tadmor"...), so nothing is invented but the
names. The prepared index goes to a temporary GEOMAP_CACHE: "cold" is the first run (it
builds the index), "warm" the median of the later runs. Numbers go in closing notes.
"""
from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREFIXES = ["Kafr", "Tall", "Khirbet", "Ain", "Deir", "Bir", "Umm", "Jisr", "Arab", "Beit", "Mazraat", "Sheikh"]


def write_scaled(path: Path, scale: int) -> int:
    """Today's places, copied ``scale - 1`` times with derived ids and prefixed names, as a user CSV."""
    sys.path.insert(0, str(ROOT))
    from geomap.gazetteer import COLUMNS, Gazetteer

    places = Gazetteer.default().places
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for copy in range(1, scale):
            prefix = PREFIXES[(copy - 1) % len(PREFIXES)] + ("" if copy <= len(PREFIXES) else f" {copy}")
            for place in places:
                writer.writerow({"id": f"{place.id}~{copy}", "name": f"{prefix} {place.name}",
                                 "feature": place.feature, "country": place.country, "admin1": place.admin1,
                                 "admin2": place.admin2, "admin3": place.admin3, "lat": place.lat, "lon": place.lon,
                                 "geo_precision": place.geo_precision, "uncertainty_km": place.uncertainty_km,
                                 "prominence": place.prominence,
                                 "aliases": "|".join(f"{prefix} {a}" for a in place.aliases),
                                 "source": f"bench copy {copy} of {place.id}"})
                rows += 1
    return rows


def run(argv: list[str], env: dict) -> tuple[float, float]:
    """Seconds and peak memory (MiB) of one `geomap ...` process on core 0."""
    command = ["taskset", "-c", "0", sys.executable, "-m", "geomap", *argv]
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode()
    process.stderr.close()
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {error}")
    return elapsed, usage.ru_maxrss / 1024


def report(label: str, argv: list[str], env: dict, runs: int) -> None:
    """The first run (cold: it may build the prepared index), then the median of ``runs`` more (warm)."""
    cold, cold_rss = run(argv, env)
    warm = [run(argv, env) for _ in range(runs)]
    print(f"{label:<40} cold {cold:6.2f} s ({cold_rss:4.0f} MiB)   warm median "
          f"{statistics.median(t for t, _ in warm):6.3f} s (min {min(t for t, _ in warm):.3f}, "
          f"{max(m for _, m in warm):4.0f} MiB)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10, help="times today's gazetteer (default 10)")
    parser.add_argument("--runs", type=int, default=5, help="warm runs, of which the median is shown (default 5)")
    parser.add_argument("--name", default="Palmyra", help="the name looked up (default Palmyra)")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="geomap-bench-lookup-"))
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "GEOMAP_CACHE": str(work / "cache")}
        big = work / "places_x{}.csv".format(args.scale)
        rows = write_scaled(big, args.scale)
        print(f"user gazetteer: {rows} rows ({big.stat().st_size / 2**20:.0f} MiB) beside today's places")
        help_times = sorted(run(["--help"], env)[0] for _ in range(max(args.runs, 5)))
        print(f"{'geomap --help':<40} median {statistics.median(help_times):.3f} s (min {help_times[0]:.3f})")
        report(f"lookup {args.name!r} (today's gazetteer)", ["gazetteer", "lookup", args.name], env, args.runs)
        report(f"lookup {args.name!r} (x{args.scale} gazetteer)",
               ["gazetteer", "lookup", args.name, "--gazetteer", str(big)], env, args.runs)
        report(f"lookup a miss (x{args.scale}: suggestions)",
               ["gazetteer", "lookup", "Qxzlmor", "--gazetteer", str(big)], env, args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
