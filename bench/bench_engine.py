"""Benchmark: articles/s of the engines: --jobs 1, --jobs 2, --engine dask with 1 and 2 workers.

Run: python bench/bench_engine.py [CORPUS.jsonl] [--copies N] [--chunk-size N] [--repeat N]
(prints each engine's time, then the speed-up of two processes or workers over one)

CORPUS is any .jsonl of articles, e.g. ``python bench/make_articles.py news 1000 /tmp/news.jsonl``;
without one, tests/data/terse_dev.jsonl is repeated ``--copies`` times under new ids (repeats are
cheap for the per-text caches, so that overstates throughput). Each run is a fresh process, timed
as a user's run after the gazetteer and language model are loaded: starting the workers is
included (forked processes for --jobs; a LocalCluster of spawned ones for dask). "CPU s" adds the
process's and its workers' CPU time: the work each engine does, which a busy machine does not
change (wall time it does); the fastest of ``--repeat`` interleaved runs is shown.
Numbers go in closing notes and docs/benchmarks.md (the 100k runs), never in tests. On the 2-core
development machine (shared, load 2-4), at an early commit with chunks of 100, 1000 ``news`` articles:
--jobs 1 58/s, --jobs 2 103/s (1.8x; 19 CPU s for 17), dask 1 worker 43/s,
2 workers 51/s (dask starts in about 5 s: spawned workers, the gazetteer scattered, tries built).
On repeated terse lines --jobs 2 is slower: one process's caches answer every repeat, two compute each
text twice.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
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


def _cpu_seconds() -> tuple[float, float]:
    """CPU time of this process, and of its finished workers (a pool's or LocalCluster's, reaped at its end)."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime


def one_run(corpus: Path, engine: str, jobs: int, chunk_size: int) -> dict:
    """One engine on the corpus in this (fresh) process, after a warm-up: seconds, CPU seconds, incidents."""
    gazetteer = Gazetteer.default()
    extract_all([ROOT / "seeds" / "000_5e07f6c301e48b34.txt"], gazetteer)  # warm-up: gazetteer, trie, lingua
    gc.disable()  # as `geomap extract` runs its extraction (cli._extract)
    start, (main_cpu, workers_cpu) = time.perf_counter(), _cpu_seconds()
    result = extract_with([corpus], gazetteer, engine=engine, jobs=jobs, chunk_size=chunk_size)
    seconds, (main_after, workers_after) = time.perf_counter() - start, _cpu_seconds()
    return {"seconds": seconds, "main_cpu": main_after - main_cpu, "workers_cpu": workers_after - workers_cpu,
            "cpu": main_after - main_cpu + workers_after - workers_cpu, "incidents": len(result.incidents)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--copies", type=int, default=10, help="repeats of terse_dev.jsonl when no corpus is given")
    parser.add_argument("--chunk-size", type=int, default=CHUNK_ARTICLES)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each engine; the fastest is shown")
    parser.add_argument("--one", nargs=2, metavar=("ENGINE", "JOBS"), help=argparse.SUPPRESS)  # a child run
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.corpus, args.one[0], int(args.one[1]), args.chunk_size)))
        return
    corpus = args.corpus or repeated_terse(args.copies)
    count = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
    print(f"{count} articles from {corpus}, {args.chunk_size} a chunk, {os.cpu_count()} cores", file=sys.stderr)
    best: dict[str, dict] = {}
    for _ in range(args.repeat):  # interleaved, so a busy minute on the machine hits each engine alike
        for label, engine, jobs in RUNS:
            # a fresh process each run, as a user's command is: no caches, threads or heap from the runs before
            out = subprocess.run([sys.executable, __file__, str(corpus), "--chunk-size", str(args.chunk_size),
                                  "--one", engine, str(jobs)], check=True, capture_output=True, text=True).stdout
            run = json.loads(out.strip().splitlines()[-1])
            if label not in best or run["seconds"] < best[label]["seconds"]:
                best[label] = run
    rows = best[RUNS[0][0]]["incidents"]
    for label, run in best.items():
        same = "" if run["incidents"] == rows else f"  (!= {rows} incidents of --jobs 1)"
        print(f"{label:26s} {run['seconds']:7.1f} s  {count / run['seconds']:7.1f} articles/s  {run['cpu']:6.1f} CPU s"
              f" (main {run['main_cpu']:.1f}, workers {run['workers_cpu']:.1f})  {run['incidents']} incidents{same}")
    (jobs_1, jobs_2, dask_1, dask_2) = (best[label]["seconds"] for label, _, _ in RUNS)
    print(f"two over one: --jobs {jobs_1 / jobs_2:.2f}x, dask {dask_1 / dask_2:.2f}x (2x is the ceiling on 2 cores)")
    print(f"best of {args.repeat}; load average after: {os.getloadavg()[0]:.1f} (other work on the machine slows "
          f"the runs with more workers most)", file=sys.stderr)
    if args.corpus is None:
        corpus.unlink()


if __name__ == "__main__":
    main()
