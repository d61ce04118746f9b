"""Deterministic corpora for the speed benchmarks: news-like articles, seed recombinations, terse descriptions.

Run: python bench/make_articles.py KIND N OUT.jsonl [--seed S]

KIND is
- ``news``: several paragraphs (about 3 KB) built from templates, real place names from the
  gazetteer's OCHA communities and governorates, and actor names from ``geomap/data/actors.csv``,
  with the furniture real pages carry (image-file captions, "Read more" blocks, a share footer,
  other articles' headlines) and the traps the seeds hold (history, totals over months, announcements);
- ``seeds``: the seed articles' paragraphs recombined into articles of about 3 KB (the speed issue's
  own yardstick);
- ``terse``: one-paragraph incident descriptions in the style of a coder's notes (one to three events each,
  places drawn from all of OCHA's communities);
- ``coder``: the development sets' notes (``tests/data/terse_{dev,check}.jsonl``, written as coders write,
  one event each, mostly), in turn, with their dates and small counts changed after the first round so
  no text repeats. Their 559 notes name a few hundred places, so later rounds find them known: the
  speed of a stream whose places recur, as a conflict dataset's do.

One JSON object a line: ``id, text, published, outlet, url``, the format ``geomap extract`` reads.
The same arguments always write the same bytes. Place names come from the gazetteer files; no
coordinate is used or invented here.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTLETS = ["Syria Monitor", "Desert Wire", "Levant Daily", "Badia News", "Euphrates Post"]

EVENTS = [
    "{actor} attacked a checkpoint near {place} on {day}, killing {n} soldiers.",
    "At least {n} people were killed when {actor} shelled {place} on {day}.",
    "A roadside bomb struck a military vehicle outside {place} on {day}, wounding three.",
    "{actor} clashed with {other} in the countryside of {place}, leaving {n} fighters dead.",
    "Warplanes carried out airstrikes on {place} on {day}; a monitor said {n} civilians were killed.",
    "{actor} ambushed a convoy on the road between {place} and {place2}, killing {n}.",
    "Gunmen abducted two shepherds near {place} on {day}.",
    "{actor} recaptured {place} after two days of fighting, the monitor said.",
    "A car bomb exploded in the market of {place} on {day}, killing {n} people.",
    "{actor} fired rockets at positions of {other} in {place}, and {n} were killed.",
]
TRAPS = [
    "At its peak in 2015, the Islamic State ruled over millions of people across Syria and Iraq.",
    "More than {big} people have been killed in the province since the start of the year, according to the monitor.",
    "The ministry announced that a new road to {place} would open next spring.",
    "{place} has seen sporadic fighting in recent months.",
    "Residents of {place} said they feared a return of the militants who held the town years ago.",
    "The United Nations said aid deliveries to {place} would resume once the roads were safe.",
]
QUOTES = [
    "\u201cThey are coming at night and we cannot see them,\u201d said a commander in {place}.",
    "\u201cThe desert is huge and the cells move fast,\u201d a local official told reporters.",
    "\u201cWe will not leave our homes,\u201d a farmer from {place} said by telephone.",
]
FURNITURE = [
    "{n:02d} Syria {place} ISISIMG_{img}",
    "Read more: {headline}",
    "Photo: A fighter stands near {place}. (AFP)",
    "Source: {outlet}",
    "Most read\n{headline}\n{headline2}",
]
HEADLINES = [
    "Dozens killed in attack on {place}",
    "Airstrikes hit {place} as fighting spreads",
    "Militants storm village near {place}",
    "Aid convoy reaches {place}",
]
TERSE = [
    "On {date}, {actor} attacked {other} positions in {place} ({admin1}). {n} fatalities.",
    "On {date}, {actor} shelled the outskirts of {place}, {admin1} countryside. No fatalities reported.",
    "On {date}, an IED planted by unidentified militants exploded near {place} in {admin1}, killing {n} soldiers.",
    "On {date}, {actor} clashed with {other} near {place}. {n} were killed.",
    "On {date}, {other} repelled an attack by {actor} on {place} in rural {admin1}. Fatalities unknown.",
    "On {date}, unknown gunmen shot dead a man in {place} ({admin1}).",
]


def _places(rng: random.Random) -> list[dict]:
    """Communities with their governorate, as OCHA spells them; the better known weighed up."""
    with open(ROOT / "gazetteer" / "places" / "ocha_communities.csv", encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["name"].isascii() and "_" not in r["name"]]
    rows.sort(key=lambda r: r["id"])
    known = [r for r in rows if int(r["prominence"] or 0) >= 2]
    return known + rng.sample(rows, min(len(rows), 3 * len(known)))


def _actors() -> list[str]:
    with open(ROOT / "geomap" / "data" / "actors.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [alias for r in rows for alias in r["aliases"].split("|")[:4] if len(alias) > 3]


class _Writer:
    def __init__(self, rng: random.Random):
        self.rng, self.places, self.actors = rng, _places(rng), _actors()

    def fill(self, template: str, day: date) -> str:
        rng = self.rng
        place, place2 = rng.choice(self.places), rng.choice(self.places)
        actor, other = rng.sample(self.actors, 2)
        weekday = (day - timedelta(days=rng.randint(0, 5))).strftime("%A")
        text = template.format(
            actor=actor, other=other, place=place["name"], place2=place2["name"], admin1=place["admin1"],
            day=weekday, n=rng.choice([1, 2, 3, 4, 5, 7, 9, 12, 15, 23]), big=rng.randint(200, 3000),
            date=f"{day.day} {day:%B %Y}", img=rng.randint(1000, 9999), outlet=rng.choice(OUTLETS),
            headline=rng.choice(HEADLINES).format(place=rng.choice(self.places)["name"]),
            headline2=rng.choice(HEADLINES).format(place=rng.choice(self.places)["name"]))
        return text[0].upper() + text[1:]

    def news(self, day: date) -> str:
        rng = self.rng
        parts = [self.fill(rng.choice(HEADLINES), day), f"By Staff Reporter, {rng.choice(OUTLETS)}",
                 f"{rng.choice(self.places)['name']}, Syria \u2014"]
        while sum(map(len, parts)) < 2900:
            kind = rng.random()
            if kind < 0.45:
                parts.append(" ".join(self.fill(rng.choice(EVENTS), day) for _ in range(rng.randint(1, 3))))
            elif kind < 0.7:
                parts.append(" ".join(self.fill(rng.choice(TRAPS), day) for _ in range(rng.randint(1, 3))))
            elif kind < 0.85:
                parts.append(self.fill(rng.choice(QUOTES), day))
            else:
                parts.append(self.fill(rng.choice(FURNITURE), day))
        if rng.random() < 0.5:  # a share block ends a page (the cleaner blanks from it to the end)
            parts.append("Share this article\nFacebook Twitter Email")
        return "\n\n".join(parts)

    def terse(self, day: date) -> str:
        return " ".join(self.fill(self.rng.choice(TERSE), day) for _ in range(self.rng.choice([1, 2, 2, 3])))


def _seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return paragraphs


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_DAY = re.compile(r"\b\d{1,2} (?:" + "|".join(MONTHS) + r") \d{4}")
_SMALL_COUNT = re.compile(r"\b\d{1,2}\b(?! (?:" + "|".join(MONTHS) + r"))")  # a count, not a day


def _coder_notes() -> list[dict]:
    notes = []
    for name in ("terse_dev.jsonl", "terse_check.jsonl"):
        with open(ROOT / "tests" / "data" / name, encoding="utf-8") as handle:
            notes += [json.loads(line) for line in handle if line.strip()]
    return notes


def _varied(text: str, day: date, rng: random.Random) -> str:
    """The note told of another day (its date replaced, or one put before it) with other small counts."""
    told = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    dated = _DAY.search(text) is not None
    text = _SMALL_COUNT.sub(lambda m: str(int(m.group()) + rng.randint(1, 3)), _DAY.sub("\0", text))
    return text.replace("\0", told) if dated else f"On {told}, {text[0].lower()}{text[1:]}"


def generate(kind: str, count: int, seed: int = 1):
    """Yield ``count`` records of the given kind; the same arguments give the same records."""
    rng = random.Random(f"{kind}-{seed}")
    writer = _Writer(rng) if kind in ("news", "terse") else None
    paragraphs = _seed_paragraphs() if kind == "seeds" else []
    notes = _coder_notes() if kind == "coder" else []
    first = date(2017, 1, 1)
    for i in range(count):
        day = first + timedelta(days=rng.randint(0, 5 * 365))
        if kind == "seeds":
            parts: list[str] = []
            while sum(map(len, parts)) < 3000:
                parts.append(rng.choice(paragraphs))
            text = "\n\n".join(parts)
        elif kind == "news":
            text = writer.news(day)
        elif kind == "coder":
            note = notes[i % len(notes)]
            text = note["text"] if i < len(notes) else _varied(note["text"], day, rng)
        else:
            text = writer.terse(day)
        yield {"id": f"{kind}-{i:06d}", "text": text, "published": day.isoformat(),
               "outlet": rng.choice(OUTLETS), "url": f"https://example.org/{kind}/{i}"}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["news", "seeds", "terse", "coder"])
    parser.add_argument("count", type=int)
    parser.add_argument("output", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    partial = args.output.with_name(args.output.name + ".part")
    with partial.open("w", encoding="utf-8") as out:
        for record in generate(args.kind, args.count, args.seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial.replace(args.output)


if __name__ == "__main__":
    main()
