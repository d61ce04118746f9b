"""Benchmark: `geomap run` (the main job: every layer, map and the report) on generated corpora.

Run: python bench/bench_run.py [--kinds terse,seeds] [--sizes 10000,100000] [--core 0] [--keep DIR]

For each corpus (``bench/make_articles.py``) it times ``geomap run CORPUS -o DIR -q`` in a fresh process
pinned to one core: process start to the output folder swapped in, the child's peak memory (max RSS),
the incidents found and the size of what was written (``map.html`` apart: a browser must open it).
Set beside ``bench_extract.py``'s figures for the same corpus, the difference is what the maps, layers
and report cost. Numbers go in docs/benchmarks.md and closing notes, never in tests.
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


def bench(kind: str, size: int, folder: Path, core: str | None) -> dict:
    corpus = folder / f"{kind}-{size}.jsonl"
    if not corpus.exists():
        with corpus.open("w", encoding="utf-8") as out:
            for record in generate(kind, size):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    output = folder / f"run-{kind}-{size}"
    shutil.rmtree(output, ignore_errors=True)
    run = measure([sys.executable, "-m", "geomap", "run", str(corpus), "-o", str(output), "-q"], core, ok=(0, 1))
    rows = sum(1 for _ in (output / "incidents.csv").open(encoding="utf-8")) - 1 if output.exists() else 0
    written = sum(p.stat().st_size for p in output.iterdir()) if output.exists() else 0
    page = (output / "map.html").stat().st_size if (output / "map.html").exists() else 0
    return {"corpus": kind, "articles": size, "seconds": round(run["wall"], 2), "cpu_seconds": round(run["cpu"], 2),
            "articles_per_s": round(size / run["wall"]), "peak_mib": round(run["rss_mib"]), "incidents": rows,
            "written_mb": round(written / 1e6, 1), "map_html_mb": round(page / 1e6, 1)}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default="terse,seeds")
    parser.add_argument("--sizes", default="1000")
    parser.add_argument("--core", default="0", help="CPU core to pin to (taskset); '' for no pinning")
    parser.add_argument("--keep", type=Path, help="folder for the corpora and outputs (default: a temporary one)")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    for size in map(int, args.sizes.split(",")):
        for kind in args.kinds.split(","):
            print(json.dumps(bench(kind, size, folder, args.core or None)), flush=True)
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
