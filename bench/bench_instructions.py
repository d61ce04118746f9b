"""Benchmark: instructions an article of `geomap extract`, counted by callgrind: a figure that does not drift.

Run: python bench/bench_instructions.py CORPUS.jsonl [--base CHECKOUT]

Wall time on a shared VM moves by 5-10% within minutes, more than most single changes; the number of
instructions a run executes does not. Each checkout (this one, and ``--base`` when given) runs
``geomap extract`` under ``valgrind --tool=callgrind`` twice: on the corpus and on its first article alone;
the difference over the articles is the cost of an article, the one-article run is start-up. The runs start
in a temporary folder with the checkout on PYTHONPATH (``python -m`` puts the working directory first on
``sys.path``: started inside a checkout, it would time that checkout whatever PYTHONPATH says). Needs
valgrind (Debian: ``apt install valgrind``); about fifty times slower than a plain run, so 300-1,000 articles
is enough. Instructions are not time (memory stalls are not counted): confirm a change with
``bench_extract.py``. Numbers go in docs/benchmarks.md and closing notes, never in tests.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_COLLECTED = re.compile(r"Collected\s*:\s*([\d,]+)")


def instructions(checkout: Path, corpus: Path, folder: Path) -> subprocess.Popen:
    """Start ``geomap extract`` on ``corpus`` under callgrind, run from ``folder`` with ``checkout`` first."""
    # string hashes fixed: set and dict orders (and so the instructions) repeat from run to run; with a random
    # seed the same code counted 6.950 M and 7.003 M instructions a terse note
    env = dict(os.environ, PYTHONPATH=str(checkout), PYTHONHASHSEED="0")
    argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-m", "geomap",
            "extract", str(corpus), "-o", str(folder / f"{corpus.stem}-{abs(hash(str(checkout)))}.csv"), "-q"]
    return subprocess.Popen(argv, cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def collected(process: subprocess.Popen) -> int:
    _, err = process.communicate()
    found = _COLLECTED.search(err)
    if process.returncode not in (0, 1) or found is None:
        raise SystemExit(f"callgrind run failed ({process.returncode}):\n{err[-2000:]}")
    return int(found.group(1).replace(",", ""))


def measure(checkouts: list[Path], corpus: Path) -> list[dict]:
    """Start-up and per-article instructions of each checkout; the checkouts' runs go side by side."""
    lines = corpus.read_text(encoding="utf-8").splitlines()
    if len(lines) < 2:
        raise SystemExit(f"{corpus}: give a .jsonl of two articles or more")
    with tempfile.TemporaryDirectory(prefix="geomap-instructions-") as name:
        folder = Path(name)
        one = folder / "one.jsonl"
        one.write_text(lines[0] + "\n", encoding="utf-8")
        for checkout in checkouts:  # the gazetteer's prepared index built before anything is counted, and
            # each module's bytecode written: where PYTHONDONTWRITEBYTECODE is set, a checkout without it compiled
            # every module at every run, 85 M instructions of start-up that were the checkout's, not the code's
            warm = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
            subprocess.run([sys.executable, "-m", "geomap", "extract", str(one), "-o", str(folder / "warm.csv"), "-q"],
                           cwd=folder, env=dict(warm, PYTHONPATH=str(checkout)), check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        starts = [collected(p) for p in [instructions(c, one, folder) for c in checkouts]]
        totals = [collected(p) for p in [instructions(c, corpus, folder) for c in checkouts]]
    return [{"checkout": str(c), "articles": len(lines), "start_up": s, "per_article": (t - s) / (len(lines) - 1)}
            for c, s, t in zip(checkouts, starts, totals)]


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--base", type=Path, help="another checkout to compare with (e.g. a git worktree)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("needs valgrind (Debian: apt install valgrind)")
    checkouts = ([args.base.resolve()] if args.base else []) + [ROOT]
    rows = measure(checkouts, args.corpus.resolve())
    for row in rows:
        print(f"{row['checkout']}: start-up {row['start_up'] / 1e9:.3f} G, an article {row['per_article'] / 1e6:.3f} M "
              f"instructions ({row['articles']} articles)")
    if len(rows) == 2:
        base, new = rows[0]["per_article"], rows[1]["per_article"]
        print(f"change an article: {100 * (new - base) / base:+.2f}%")
    return rows


if __name__ == "__main__":
    main()
