"""Profile: where extraction spends its time, as shares of reading a corpus and extracting from it.

Run: python bench/profile_extract.py CORPUS.jsonl

One process, under cProfile (which slows everything, pure-Python code most: read the shares, not the
seconds); the gazetteer index and Geoparser are built before profiling starts. Numbers go in
docs/benchmarks.md and closing notes, never in tests.
"""
from __future__ import annotations

import cProfile
import pstats
import sys

STAGES = [("reading the file (JSON, Article)", "read_articles"), ("cleaning, language, date in text", "prepare"),
          ("finding places", "find"), ("  of which gazetteer lookups", "lookup"),
          ("resolving places", "resolve"), ("the sentence loop: clauses", "_read_clause"),
          ("the sentence loop: control statements", "control_claims"), ("all of _article_incidents", "_article_incidents")]


def shares(path: str) -> dict[str, float]:
    """Each stage's cumulative time as a share of the whole (reading plus extracting), and the total."""
    from geomap.articles import read_articles
    from geomap.gazetteer import Gazetteer
    from geomap.geoparse import Geoparser
    from geomap.incidents import extract_articles

    geoparser = Geoparser(Gazetteer.default())
    profile = cProfile.Profile()
    profile.enable()
    extract_articles(read_articles([path], prepare=False), geoparser)
    profile.disable()
    stats = pstats.Stats(profile).stats

    def cumulative(name: str) -> float:
        return sum(row[3] for key, row in stats.items() if key[2] == name and "geomap" in key[0])

    total = cumulative("extract_articles")
    return {**{label: cumulative(name) / total for label, name in STAGES}, "total_seconds_profiled": total}


def main() -> None:
    for label, value in shares(sys.argv[1]).items():
        print(f"{label:42s} {value:6.1%}" if label != "total_seconds_profiled" else f"{label:42s} {value:6.2f}")


if __name__ == "__main__":
    main()
