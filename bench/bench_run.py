"""Benchmark: `geomap run` (the main job: every layer, map and the report) on generated corpora.

Run: python bench/bench_run.py [--kinds terse,seeds] [--sizes 10000,100000] [--core 0] [--keep DIR]

For each corpus (``bench/make_articles.py``) it times ``geomap run CORPUS -o DIR -q`` in a fresh process
pinned to one core: process start to the output folder swapped in, the child's peak memory (max RSS),
the incidents found and the size of what was written (``map.html`` apart: a browser must open it).
Set beside ``bench_extract.py``'s figures for the same corpus, the difference is what the maps, layers
and report cost. Numbers go in docs/benchmarks.md and closing notes, never in tests.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_extract import corpus_file, run_each  # noqa: E402
from child import measure  # noqa: E402


def bench(kind: str, size: int, folder: Path, core: str | None) -> dict:
    corpus = corpus_file(kind, size, folder)
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
    run_each(bench, __doc__, "terse,seeds", argv)


if __name__ == "__main__":
    main()
