"""Benchmark: one long document (generated terse notes joined into one article), to see that reading grows
about linearly with length.

Run: python bench/bench_long.py [--notes 400,1600,6400] [--one-paragraph]

In one process: the gazetteer's answers for the names are made first (a run over the same notes as
separate articles), so the figures are the reading of a long text, not first lookups. Prints, for each
size, the seconds and the milliseconds a note: a constant figure a note means linear time. Benchmarks are
not tests: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def measure(sizes: list[int], one_paragraph: bool) -> list[dict]:
    """Seconds and ms a note of reading ``n`` generated terse notes joined into one article, for each n."""
    from make_articles import generate

    from geomap.articles import Article
    from geomap.gazetteer import Gazetteer
    from geomap.geoparse import Geoparser
    from geomap.incidents import extract_articles

    notes = [record["text"] for record in generate("terse", max(sizes))]
    geoparser = Geoparser(Gazetteer.default())
    extract_articles([Article(id=f"n{i}", text=text, published=None) for i, text in enumerate(notes)], geoparser)
    joiner = " " if one_paragraph else "\n\n"
    results = []
    collecting = gc.isenabled()
    gc.disable()  # as geomap extract reads
    try:
        for size in sizes:
            text = joiner.join(notes[:size])
            start = time.perf_counter()
            found = extract_articles([Article(id="long", text=text, published=None)], geoparser)
            seconds = time.perf_counter() - start
            results.append({"notes": size, "kilobytes": len(text) // 1000, "incidents": len(found.incidents),
                            "seconds": round(seconds, 3), "ms_a_note": round(1000 * seconds / size, 3)})
    finally:
        if collecting:
            gc.enable()
    return results


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", default="400,1600,6400", help="sizes, in notes joined into one article")
    parser.add_argument("--one-paragraph", action="store_true", help="join with spaces, not blank lines")
    args = parser.parse_args(argv)
    for row in measure([int(n) for n in args.notes.split(",")], args.one_paragraph):
        print(json.dumps(row))


if __name__ == "__main__":
    main()
