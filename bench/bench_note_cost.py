"""Benchmark: what a note costs to read, in this process, fresh or after other notes.

Run: python bench/bench_note_cost.py CORPUS.jsonl [--warm OTHER.jsonl]

``geomap extract`` end to end (``bench_extract.py``) adds start-up (about 0.25 s) and the first reading of
the prepared index's shards (about 0.15 s) to every run, which hide a change of a few percent in a short
corpus. This times ``incidents.extract_articles`` alone on the corpus's articles, read into memory
first, with the collector off as the command runs. ``--warm`` reads another corpus before (its names,
the index's shards and the patterns' caches then warm, as after the first thousand notes of a long run;
give one whose texts are not the corpus's: a generated corpus's first notes are those of a longer one).
Run each checkout in a fresh process, several times, alternating: the VM drifts by 5-10% within
minutes. Numbers go in docs/benchmarks.md and closing notes, never in tests.
"""
from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path


def cost(corpus: Path, warm: Path | None = None) -> dict:
    """Microseconds a note of ``corpus`` (after reading ``warm``), notes a second, and the incidents found."""
    from geomap.articles import read_articles
    from geomap.gazetteer import Gazetteer
    from geomap.geoparse import Geoparser
    from geomap.incidents import extract_articles

    geoparser = Geoparser(Gazetteer.default())
    collecting = gc.isenabled()
    gc.disable()
    try:
        if warm is not None:
            extract_articles(list(read_articles([warm])), geoparser)
        articles = list(read_articles([corpus]))
        start = time.perf_counter()
        found = extract_articles(articles, geoparser)
        seconds = time.perf_counter() - start
    finally:
        if collecting:
            gc.enable()
    return {"notes": len(articles), "us_a_note": 1e6 * seconds / max(len(articles), 1),
            "notes_a_second": len(articles) / seconds if seconds else 0.0, "incidents": len(found.incidents)}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--warm", type=Path, help="a corpus read first (other texts than the corpus's)")
    args = parser.parse_args(argv)
    found = cost(args.corpus, args.warm)
    print(f"{args.corpus}: {found['notes']} notes, {found['us_a_note']:.0f} µs a note, "
          f"{found['notes_a_second']:,.0f} a second, {found['incidents']} incidents"
          + (f" (after {args.warm})" if args.warm else " (fresh)"))


if __name__ == "__main__":
    main()
