"""Benchmark: extraction throughput on the seeds, repeated to a larger corpus.

Run: .venv/bin/python bench/bench_extract.py [copies]
Numbers go in closing notes, never in tests. Copies repeat the seeds' sentences, and the per-text caches
(events.find_actors, event_cues, fatalities) make repeats cheap: this overstates throughput on distinct
text (the 5 seeds read once, cold: 17/s; the 559 terse dev/check descriptions: 670/s on one core).
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from geomap.articles import read_articles
from geomap.incidents import extract_all

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    seeds = list(read_articles([ROOT / "seeds"]))
    start = time.perf_counter()
    extract_all(seeds[:1])  # warm-up: gazetteer and trie built once per process
    warm = time.perf_counter() - start
    corpus = []
    for i in range(copies):
        for article in seeds:
            article = type(article)(**{**article.__dict__, "id": f"{article.id}-{i}"})
            corpus.append(article)
    chars = sum(len(a.text) for a in corpus)
    start = time.perf_counter()
    result = extract_all(corpus)
    elapsed = time.perf_counter() - start
    print(f"start-up (gazetteer + trie + first article): {warm:.2f} s")
    print(f"{len(corpus)} articles ({chars / 1e6:.2f} M chars) in {elapsed:.2f} s: "
          f"{len(corpus) / elapsed:.1f} articles/s, {chars / elapsed / 1e3:.0f} k chars/s; "
          f"{len(result.incidents)} incidents after merging")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
