"""Benchmark: loading the default gazetteer and lookups per second.

Run: .venv/bin/python bench/bench_gazetteer.py
Numbers go in closing notes, never in tests.
"""
from __future__ import annotations

import random
import resource
import statistics
import time

from geomap.gazetteer import Gazetteer, _cached_default


def main() -> None:
    loads = []
    for _ in range(5):
        _cached_default.cache_clear()
        start = time.perf_counter()
        gazetteer = Gazetteer.default()
        loads.append(time.perf_counter() - start)
    print(f"places: {len(gazetteer)}")
    print(f"load default gazetteer: median {statistics.median(loads) * 1000:.0f} ms "
          f"(min {min(loads) * 1000:.0f}, max {max(loads) * 1000:.0f}) over {len(loads)} runs")

    rng = random.Random(7)
    spellings = [s for p in gazetteer.places for s in (p.name, *p.aliases[:2])]
    queries = rng.sample(spellings, 5000)
    # misspell a fifth of them so the slower tiers and misses are measured too
    queries = [q if i % 5 else q[:-1] + "x" for i, q in enumerate(queries)]
    start = time.perf_counter()
    hits = sum(1 for q in queries if gazetteer.lookup(q))
    elapsed = time.perf_counter() - start
    print(f"lookups: {len(queries) / elapsed:,.0f} per second ({hits} of {len(queries)} answered; "
          f"a fifth deliberately misspelled)")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
