"""Benchmark: `geomap extract` end to end on generated corpora, beside a bare scan of the same text.

Run: python bench/bench_extract.py [--kinds news,seeds,terse,coder] [--sizes 1000,10000] [--core 0] [--keep DIR]
                                  [--format csv|gpkg]

For each corpus (``bench/make_articles.py``: news-like articles, seed paragraphs recombined, terse
descriptions) it times, in a fresh process pinned to one core (``taskset -c CORE`` where available):

- ``geomap extract CORPUS -o out.csv -q`` (``--format gpkg``: ``out.gpkg``, with its control layer): process
  start to file written; articles per second and the child's peak memory (max RSS);
- the floor, in a process of its own: read the same .jsonl and scan every text once for every gazetteer
  spelling with one Aho-Corasick automaton (``pyahocorasick``; automaton built before timing).

Numbers go in docs/benchmarks.md and closing notes, never in tests.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from child import measure  # noqa: E402
from make_articles import generate  # noqa: E402

SCAN = r"""
import json, sys, time
import ahocorasick
from geomap.gazetteer import Gazetteer
automaton = ahocorasick.Automaton()
for place in Gazetteer.default().places:
    for spelling in (place.name, *place.aliases):
        if len(spelling) > 2:
            automaton.add_word(spelling.lower(), 1)
automaton.make_automaton()
start = time.perf_counter()
hits = 0
with open(sys.argv[1], encoding="utf-8") as handle:
    for line in handle:
        text = json.loads(line)["text"].lower()
        hits += sum(1 for _ in automaton.iter(text))
print(time.perf_counter() - start, hits)
"""


def corpus_file(kind: str, size: int, folder: Path) -> Path:
    """``folder/KIND-SIZE.jsonl``, generated (``make_articles.generate``) unless it is there already."""
    corpus = folder / f"{kind}-{size}.jsonl"
    if not corpus.exists():
        with corpus.open("w", encoding="utf-8") as out:
            for record in generate(kind, size):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return corpus


def bench(kind: str, size: int, folder: Path, core: str | None, output_format: str = "csv") -> dict:
    corpus = corpus_file(kind, size, folder)
    chars = sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8"))
    python = sys.executable
    output = folder / f"{kind}-{size}.{output_format}"
    extract = measure([python, "-m", "geomap", "extract", str(corpus), "-o", str(output), "-q"], core, ok=(0, 1))
    elapsed, peak, cpu = extract["wall"], extract["rss_mib"], extract["cpu"]
    rows = _rows(output)
    out = measure([python, "-c", SCAN, str(corpus)], core)["stdout"]
    scan = max(float(out.split()[0]), 1e-6)
    return {"corpus": kind, "articles": size, "format": output_format, "mean_chars": round(chars / size),
            "seconds": round(elapsed, 2),
            "cpu_seconds": round(cpu, 2), "articles_per_s": round(size / elapsed),
            "articles_per_cpu_s": round(size / cpu), "peak_mib": round(peak), "rows": rows,
            "scan_seconds": round(scan, 4), "scan_articles_per_s": round(size / scan),
            "pipeline_over_scan": round(elapsed / scan, 1)}


def _rows(output: Path) -> int:
    """Incident rows in the CSV or the GeoPackage written (0 when nothing was)."""
    if not output.exists():
        return 0
    if output.suffix == ".gpkg":
        import sqlite3

        with sqlite3.connect(output) as connection:
            return connection.execute('SELECT count(*) FROM "incidents"').fetchone()[0]
    return sum(1 for _ in output.open(encoding="utf-8")) - 1


def main(argv=None) -> None:
    import functools

    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--format", choices=("csv", "gpkg"), default="csv")
    known, rest = parser.parse_known_args(argv)
    run_each(functools.partial(bench, output_format=known.format), __doc__, "news,seeds,terse", rest)


def run_each(bench_one, doc: str, kinds: str, argv=None) -> None:
    """Print ``bench_one(kind, size, folder, core)`` as JSON for each size and kind the command line asks."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--kinds", default=kinds)
    parser.add_argument("--sizes", default="1000")
    parser.add_argument("--core", default="0", help="CPU core to pin to (taskset); '' for no pinning")
    parser.add_argument("--keep", type=Path, help="folder for the corpora and outputs (default: a temporary one)")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    for size in map(int, args.sizes.split(",")):
        for kind in args.kinds.split(","):
            print(json.dumps(bench_one(kind, size, folder, args.core or None)), flush=True)
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
