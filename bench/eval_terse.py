"""Development set for extraction: terse one-paragraph incident descriptions, as conflict-data coders write them.

Run: .venv/bin/python bench/eval_terse.py [tests/data/terse_dev.jsonl] [--misses]
Each line of the set has `id`, `published`, `text` and `gold` (place ids in the gazetteer,
event type, actors, fatalities, and the classes of difficulty it exercises). Gold points
are the gazetteer's authoritative rows for those ids. Prints, overall and per class:
- located@10km: descriptions with a row within 10 km of a gold place;
- far points: rows more than 25 km from every gold place of their description;
- none: descriptions with no row; split: one gold place but several rows;
- places: gold places with a row within 10 km, of all gold places (a note naming several places);
- type: event type of the row nearest a gold place, where located;
- deaths: total fatalities found against the gold total (descriptions with a known count);
- exact: descriptions whose rows' fatalities add up to their gold count exactly (a total can hide an over- and an
  undercount that cancel).
Where the gold also has ``event_date`` (with ``date_start``, ``date_end`` and ``time_precision``), a last table
scores the date of the row nearest a gold place, where located: the same day; inside the gold's range; the
same precision; and "far", more than 7 days from every day of the gold's range.
The set is a mirror for development, not the target: the texts are ours.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import geomap
import pandas as pd
from geomap.gazetteer import Gazetteer, haversine_km

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "terse_dev.jsonl"


def main(argv: list[str]) -> None:
    show_misses = "--misses" in argv
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
                 "far": sum(d > 25 for d in distances), "split": len(gold["places"]) == 1 and len(found) > 1,
                 "typed": located, "type_ok": located and nearest.event_type == gold["event_type"]}
        if gold.get("fatalities") is not None:
            stats["gold_dead"] = gold["fatalities"]
            stats["found_dead"] = sum(0 if pd.isna(r.fatalities) else int(r.fatalities) for r in found)
            stats["exact_dead"] = stats["found_dead"] == gold["fatalities"]
        if gold.get("event_date") and located:
            stats.update(_date_stats(nearest, gold))
        for group in ["all", *gold.get("class", [])]:
            for key, value in stats.items():
                totals[group][key] += value
        if show_misses and (not located or stats["far"]):
            got = "; ".join(f"{r.location} ({r.admin1}, {d:.0f} km, {r.event_type})" for r, d in zip(found, distances))
            want = ", ".join(f"{p.name} ({p.admin1})" for p in points)
            print(f"{record['id']}: want {want} | got {got or 'nothing'}\n    {record['text']}")
    print(f"{'class':24s} {'n':>4s} {'loc@10':>7s} {'places':>7s} {'far':>6s} {'none':>6s} {'split':>6s} {'type':>6s} {'deaths':>12s} {'exact':>6s}")
    for group, t in sorted(totals.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        n = t["n"]
        print(f"{group:24s} {n:4.0f} {t['located'] / n:7.1%} {t['covered'] / max(t['gold_places'], 1):7.1%} {t['far'] / max(t['rows'], 1):6.1%} "
              f"{t['none'] / n:6.1%} {t['split'] / n:6.1%} {t['type_ok'] / max(t['typed'], 1):6.1%} "
              f"{t['found_dead']:5.0f}/{t['gold_dead']:<5.0f} {t['exact_dead']:6.0f}")
    if totals["all"]["dated"]:
        print(f"\n{'dates (located notes)':24s} {'n':>4s} {'day':>7s} {'range':>7s} {'prec':>7s} {'far':>7s} "
              f"{'undated':>8s}")
        for group, t in sorted(totals.items(), key=lambda kv: (kv[0] != "all", kv[0])):
            n = t["dated"]
            if n:
                print(f"{group:24s} {n:4.0f} {t['date_day'] / n:7.1%} {t['date_in_range'] / n:7.1%} "
                      f"{t['date_precision'] / n:7.1%} {t['date_far'] / n:7.1%} {t['date_none'] / n:8.1%}")


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
