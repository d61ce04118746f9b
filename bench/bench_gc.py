"""Benchmark: the time `geomap extract` spends in garbage collection, for each size of its young pile.

Run: python bench/bench_gc.py CORPUS.jsonl [--piles 1000000,4000000]

An extracting process turns the collector off and collects the young generations itself once
``engine.YOUNG_PILE`` new objects have piled up (see ``engine._collect_if_piled``). Each pile size runs in a
fresh process pinned to one core (taskset -c 0 where it exists), ``geomap extract CORPUS -o tmp.csv -q``,
with a ``gc.callbacks`` timer that sums every collection's time. It prints the run's seconds, the seconds
collecting and the peak memory. Numbers go in docs/benchmarks.md and closing notes, never in tests.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import gc, resource, sys, time
import geomap.engine as engine
engine.YOUNG_PILE = int(sys.argv[3])
spent = [0.0, 0.0]
def timer(phase, info):
    if phase == "start":
        spent[1] = time.perf_counter()
    else:
        spent[0] += time.perf_counter() - spent[1]
gc.callbacks.append(timer)
from geomap.cli import main
began = time.perf_counter()
try:
    main(["extract", sys.argv[1], "-o", sys.argv[2], "-q"])
except SystemExit as stop:
    if stop.code:
        raise
total = time.perf_counter() - began
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"pile {engine.YOUNG_PILE:>10,}: {total:6.1f} s, collecting {spent[0]:5.2f} s ({100 * spent[0] / total:.1f}%), "
      f"peak {peak:,.0f} MiB")
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--piles", default="1000000,4000000", help="young pile sizes, comma-separated")
    args = parser.parse_args(argv)
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    with tempfile.TemporaryDirectory() as folder:
        for pile in args.piles.split(","):
            out = Path(folder) / "out.csv"
            subprocess.run(pin + [sys.executable, "-c", CHILD, str(args.corpus), str(out), pile.strip()],
                           check=True, cwd=folder, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
