"""Benchmark: articles/s of the engines: --jobs 1, --jobs 2, --engine dask with 1 and 2 workers.

Run: python bench/bench_engine.py [CORPUS.jsonl] [--copies N] [--chunk-size N]

CORPUS is any .jsonl of articles, e.g. ``python bench/make_articles.py news 1000 /tmp/news.jsonl``;
without one, tests/data/terse_dev.jsonl is repeated ``--copies`` times under new ids (repeats are
cheap for the per-text caches, so that overstates throughput). Each time is a whole run as a user
sees it, starting the workers included (spawned processes; a LocalCluster for dask), after one
warm-up in this process (gazetteer, language model). Numbers go in closing notes, never in tests.
On a machine shared with other work, run it twice and keep the better figures.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from geomap.engine import CHUNK_ARTICLES, extract_with
from geomap.gazetteer import Gazetteer
from geomap.incidents import extract_all

ROOT = Path(__file__).resolve().parent.parent
RUNS = [("--jobs 1", "local", 1), ("--jobs 2", "local", 2), ("--engine dask, 1 worker", "dask", 1),
        ("--engine dask, 2 workers", "dask", 2)]


def repeated_terse(copies: int) -> Path:
    """tests/data/terse_dev.jsonl ``copies`` times, each record under a new id, in a temporary file."""
    lines = (ROOT / "tests" / "data" / "terse_dev.jsonl").read_text(encoding="utf-8").splitlines()
    fd, name = tempfile.mkstemp(suffix=".jsonl")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for line in lines:
                record = json.loads(line)
                record["id"] = f"{record['id']}-{copy}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return Path(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--copies", type=int, default=10, help="repeats of terse_dev.jsonl when no corpus is given")
    parser.add_argument("--chunk-size", type=int, default=CHUNK_ARTICLES)
    args = parser.parse_args()
    corpus = args.corpus or repeated_terse(args.copies)
    count = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
    gazetteer = Gazetteer.default()
    extract_all([ROOT / "seeds" / "000_5e07f6c301e48b34.txt"], gazetteer)  # warm-up: gazetteer, trie, lingua
    print(f"{count} articles from {corpus}, {args.chunk_size} a chunk, {os.cpu_count()} cores", file=sys.stderr)
    rows = None
    for label, engine, jobs in RUNS:
        start = time.perf_counter()
        result = extract_with([corpus], gazetteer, engine=engine, jobs=jobs, chunk_size=args.chunk_size)
        elapsed = time.perf_counter() - start
        rows = rows if rows is not None else len(result.incidents)
        same = "" if len(result.incidents) == rows else f"  (!= {rows} incidents of --jobs 1)"
        print(f"{label:26s} {elapsed:7.1f} s  {count / elapsed:7.1f} articles/s  "
              f"{len(result.incidents)} incidents{same}")
    if args.corpus is None:
        corpus.unlink()


if __name__ == "__main__":
    main()
