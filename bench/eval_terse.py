"""Development set for extraction: terse one-paragraph incident descriptions, as conflict-data coders write them.

Run: .venv/bin/python bench/eval_terse.py [tests/data/terse_dev.jsonl] [--misses]
Each line of the set has `id`, `published`, `text` and `gold` (place ids in the gazetteer,
event type, actors, fatalities, and the classes of difficulty it exercises). Gold points
are the gazetteer's authoritative rows for those ids. Prints, overall and per class:
- located@10km: descriptions with a row within 10 km of a gold place;
- far points: rows more than 25 km from every gold place of their description;
- wrong: far points whose stated uncertainty (``uncertainty_km``) does not reach the nearest gold place either, the
  confident wrong dots (last column, of all rows);
- none: descriptions with no row; split: one gold place but several rows;
- places: gold places with a row within 10 km, of all gold places (a note naming several places);
- type: event type of the row nearest a gold place, where located;
- deaths: total fatalities found against the gold total (descriptions with a known count);
- exact: descriptions whose rows' fatalities add up to their gold count exactly (a total can hide an over- and an
  undercount that cancel).
Where the gold names actors, an actors table scores the row nearest a gold place, where located: actor1 and actor2
each of the gold's family (``ACTOR_FAMILIES``: ACLED's names and geomap's both map to one, so "Military Forces of
Syria (2000-2024)" and "Military Forces of Syria" agree, a blank only with a blank), both at once, and the two
sides in either order ("clashes between A and B" has no initiator).
``--actor-misses`` lists the notes whose actors disagree.
Where the gold also has ``event_date`` (with ``date_start``, ``date_end`` and ``time_precision``), a last table
scores the date of the row nearest a gold place, where located: the same day; inside the gold's range; the
same precision; and "far", more than 7 days from every day of the gold's range.
The set is a mirror for development, not the target: the texts are ours.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import geomap
import pandas as pd
from geomap.gazetteer import Gazetteer, haversine_km

# an actor's family, from its name as ACLED or geomap writes it: the first pattern that matches (order matters:
# "Police Forces of Syria" before "of Syria", "Unidentified Military Forces" before "Unidentified")
ACTOR_FAMILIES = [
    ("unidentified military", r"unidentified military"), ("unidentified", r"^unidentified"),
    ("civilians", r"^civilians"), ("protesters", r"^protesters"), ("rioters", r"^rioters"),
    ("regime loyalists", r"loyalist|former regime|former military forces|remnants"),
    ("police of Syria", r"police forces of syria|general security|military police of syria"),
    ("forces of Syria", r"(?:military forces|government) of syria"),
    ("pro-government militia", r"national defen[cs]e|pro-government militia|liwa al.?quds|baath"),
    ("United States and coalition", r"united states|coalition|inherent resolve"),  # before "Daesh": the coalition's name
    ("Islamic State", r"islamic state|daesh|^is:|khalid (?:ibn|bin)"),
    ("Asayish", r"asayish"), ("SDF", r"\bsdf\b|syrian democratic|military council|ypg|people'?s protection|khabour"),
    ("HTS", r"tahrir al.?sham|nusra|fateh al.?sham|fatah al.?sham"),
    ("SNA", r"\bsna\b|syrian national army|turkish-backed|hamza division|sultan|mutasim|levant front|sharqiya"),
    ("rebels", r"opposition|rebel|free syrian|\bfsa\b|jaish|jaysh|faylaq|ahrar|liberation front|zenki|"
               r"8th brigade|eighth brigade|southern|central committee|islamic front|maghawir|new syrian army"),
    ("Turkey", r"of turkey"), ("Israel", r"of israel"), ("Russia", r"of russia|wagner"),
    ("Jordan", r"of jordan"),
    ("Iran and allies", r"iran|hezbollah|hizbollah|fatemiyoun|zainabiyoun|popular mobili|kata.?ib"),
    ("Iraq", r"of iraq"), ("Druze militia", r"druze|men of dignity|national guard"),
    ("tribal militia", r"tribal|clan|bedouin|arab ethnic|communal"),
]
_FAMILY_PATTERNS = [(family, re.compile(pattern, re.I)) for family, pattern in ACTOR_FAMILIES]


def actor_family(name: str | None) -> str:
    """The family of an actor's name ("" for none; an unknown name is its own family)."""
    name = (name or "").strip()
    return next((family for family, pattern in _FAMILY_PATTERNS if pattern.search(name)), name.lower())


DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "terse_dev.jsonl"


def main(argv: list[str]) -> None:
    show_misses = "--misses" in argv
    show_actor_misses = "--actor-misses" in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else DEFAULT
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gazetteer = Gazetteer.default()
    rows = geomap.extract([path])
    by_article = defaultdict(list)
    for row in rows.itertuples():
        for article_id in row.article_id.split(";"):  # one row may merge the same event from several
            by_article[article_id].append(row)
    totals = defaultdict(lambda: defaultdict(float))
    for record in records:
        gold = record["gold"]
        points = [gazetteer.get(i) for i in gold["places"]]
        points = [p for p in points if p is not None]
        found = by_article.get(record["id"], [])
        distances = [min((haversine_km(r.latitude, r.longitude, p.lat, p.lon) for p in points), default=1e9)
                     for r in found]
        located = any(d <= 10 for d in distances)
        nearest = found[distances.index(min(distances))] if found else None
        covered = sum(any(haversine_km(r.latitude, r.longitude, p.lat, p.lon) <= 10 for r in found) for p in points)
        stats = {"n": 1, "located": located, "covered": covered, "gold_places": len(points), "none": not found, "rows": len(found),
                 "far": sum(d > 25 for d in distances),
                 "wrong": sum(d > 25 and d > r.uncertainty_km for r, d in zip(found, distances)), "split": len(gold["places"]) == 1 and len(found) > 1,
                 "typed": located, "type_ok": located and nearest.event_type == gold["event_type"]}
        if gold.get("fatalities") is not None:
            stats["gold_dead"] = gold["fatalities"]
            stats["found_dead"] = sum(0 if pd.isna(r.fatalities) else int(r.fatalities) for r in found)
            stats["exact_dead"] = stats["found_dead"] == gold["fatalities"]
        if "actor1" in gold and located:
            stats.update(_actor_stats(nearest, gold))
            if show_actor_misses and not stats["actors_both"]:
                print(f"{record['id']}: want {gold['actor1']!r} / {gold.get('actor2')!r} | got {nearest.actor1!r} / "
                      f"{nearest.actor2!r} ({nearest.event_type})\n    {record['text']}")
        if gold.get("event_date") and located:
            stats.update(_date_stats(nearest, gold))
        for group in ["all", *gold.get("class", [])]:
            for key, value in stats.items():
                totals[group][key] += value
        if show_misses and (not located or stats["far"]):
            got = "; ".join(f"{r.location} ({r.admin1}, {d:.0f} km, ±{r.uncertainty_km:.0f}, {r.event_type})" for r, d in zip(found, distances))
            want = ", ".join(f"{p.name} ({p.admin1})" for p in points)
            print(f"{record['id']}: want {want} | got {got or 'nothing'}\n    {record['text']}")
    print(f"{'class':24s} {'n':>4s} {'loc@10':>7s} {'places':>7s} {'far':>6s} {'none':>6s} {'split':>6s} {'type':>6s} {'deaths':>12s} {'exact':>6s} {'wrong':>6s}")
    for group, t in sorted(totals.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        n = t["n"]
        print(f"{group:24s} {n:4.0f} {t['located'] / n:7.1%} {t['covered'] / max(t['gold_places'], 1):7.1%} {t['far'] / max(t['rows'], 1):6.1%} "
              f"{t['none'] / n:6.1%} {t['split'] / n:6.1%} {t['type_ok'] / max(t['typed'], 1):6.1%} "
              f"{t['found_dead']:5.0f}/{t['gold_dead']:<5.0f} {t['exact_dead']:6.0f} {t['wrong'] / max(t['rows'], 1):6.1%}")
    if totals["all"]["actored"]:
        print(f"\n{'actors (located notes)':24s} {'n':>4s} {'actor1':>7s} {'actor2':>7s} {'both':>7s} {'sides':>7s}")
        for group, t in sorted(totals.items(), key=lambda kv: (kv[0] != "all", kv[0])):
            n = t["actored"]
            if n:
                print(f"{group:24s} {n:4.0f} {t['actor1_ok'] / n:7.1%} {t['actor2_ok'] / n:7.1%} {t['actors_both'] / n:7.1%} "
                      f"{t['actor_sides'] / n:7.1%}")
    if totals["all"]["dated"]:
        print(f"\n{'dates (located notes)':24s} {'n':>4s} {'day':>7s} {'range':>7s} {'prec':>7s} {'far':>7s} "
              f"{'undated':>8s}")
        for group, t in sorted(totals.items(), key=lambda kv: (kv[0] != "all", kv[0])):
            n = t["dated"]
            if n:
                print(f"{group:24s} {n:4.0f} {t['date_day'] / n:7.1%} {t['date_in_range'] / n:7.1%} "
                      f"{t['date_precision'] / n:7.1%} {t['date_far'] / n:7.1%} {t['date_none'] / n:8.1%}")


def _actor_stats(row, gold: dict) -> dict[str, bool]:
    """The row's actors against the gold's, family by family."""
    first = actor_family(row.actor1) == actor_family(gold.get("actor1"))
    second = actor_family(row.actor2) == actor_family(gold.get("actor2"))
    sides = sorted(map(actor_family, (row.actor1, row.actor2))) == sorted(map(actor_family, (gold.get("actor1"), gold.get("actor2"))))
    return {"actored": True, "actor1_ok": first, "actor2_ok": second, "actors_both": first and second, "actor_sides": sides}


def _date_stats(row, gold: dict) -> dict[str, bool]:
    """The row's date against the gold's day and range (a vague gold date is a range, its middle the day)."""
    day = pd.Timestamp(gold["event_date"])
    start, end = pd.Timestamp(gold.get("date_start") or day), pd.Timestamp(gold.get("date_end") or day)
    found = None if pd.isna(row.event_date) else pd.Timestamp(row.event_date)
    off = None if found is None else max((start - found).days, (found - end).days, 0)
    return {"dated": True, "date_none": found is None, "date_day": found == day,
            "date_in_range": off == 0, "date_far": off is not None and off > 7,
            "date_precision": found is not None and row.time_precision == gold.get("time_precision", 1)}


if __name__ == "__main__":
    main(sys.argv[1:])
