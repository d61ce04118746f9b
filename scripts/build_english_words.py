"""Regenerate geomap/data/english_words.txt: English words that a capital letter does not make a place's name.

A title-case headline or an outlet's name ("Aleppo Media Center", "Rocket Attack Kills Teacher") capitalises
common words, and the gazetteer's spelling variants of village names catch many of them ("Media" folds as
Madaya, "Center" as Qantarah, "Teacher" as Teishur). ``geoparse`` takes such a word, written alone, as a place
only when the gazetteer spells a place exactly so.

Source: the project's own development notes (``tests/data/terse_*.jsonl``, written for this project), so no
third-party data. A word is kept when it is written in lower case at least MIN_LOWER times there (a place's
name hardly ever is, but in a few posts) and it is no name or alias of the gazetteer as written ("press" and
"center" are kept: the gazetteer spells no place so; "tall" is not, the name of a town). Notes with no
capitalised word are left out: a post written all in lower case writes its names so too.

Run: python scripts/build_english_words.py   (from the repository root)
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_LOWER = 3
MIN_LENGTH = 4
OUT = ROOT / "geomap" / "data" / "english_words.txt"


def gazetteer_names() -> set[str]:
    """Every name and alias of the gazetteer's place tables, lower-cased."""
    import csv

    names: set[str] = set()
    for path in sorted((ROOT / "gazetteer" / "places").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for name in [row["name"], *row["aliases"].split("|")]:
                    name = name.strip().lower()
                    if name:
                        names.add(name)
    return names


def english_words() -> list[str]:
    """The words, sorted: what ``main`` writes below its header."""
    lower = Counter()
    for path in sorted((ROOT / "tests" / "data").glob("terse_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                if not re.search(r"[A-Z][a-z]", text):
                    continue  # a post written all in lower case ("clashes in tal abyad") writes its names so too
                lower.update(re.findall(r"(?<![\w'’-])([a-z]{%d,})(?![\w'’-])" % MIN_LENGTH, text))
    names = gazetteer_names()
    return sorted(w for w, n in lower.items() if n >= MIN_LOWER and w not in names)


def main() -> None:
    words = english_words()
    header = ("# English words that a capital letter does not make a place's name (see scripts/build_english_words.py,\n"
              "# which writes this file from the project's own development notes; do not edit by hand).\n")
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    tmp.replace(OUT)
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
