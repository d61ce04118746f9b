"""Development set for lookups of place names as datasets and the press write them (not as the gazetteer does).

Run: .venv/bin/python bench/eval_place_names.py tests/data/place_names_1.jsonl [--misses]

Each line: {"id", "name", "admin1", "admin2", "gold" (a gazetteer id), "style"}. Each name is looked up as
``geomap gazetteer lookup NAME [--admin1 ADMIN1]`` does, and the first answer is scored against the gold
row's point: within 5 km, and "confident and wrong" (precision 1, more than 25 km off), by style and overall.
A second pass looks every name up bare (no admin1) and scores it the same way; a third, where lines give an
admin2, adds ``--admin2 ADMIN2`` (a district the gazetteer cannot read is dropped, and counted). The expected
points are the gazetteer's own rows: this measures the matcher and the ranking on spellings the gazetteer does
not hold, not the gazetteer's coverage.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from geomap.errors import GazetteerError
from geomap.gazetteer import Gazetteer, haversine_km

NEAR_KM, FAR_KM = 5.0, 25.0
UNREAD_ADMIN2: set[str] = set()  # ids of lines whose admin2 the gazetteer could not read as a district
UNREAD_ADMIN1: set[str] = set()  # ... and whose admin1 it could not read as a governorate


def score(gazetteer: Gazetteer, entry: dict, with_admin1: bool, with_admin2: bool = False) -> tuple[str, str]:
    """("near" | "coarse" | "far" | "none", what was found)."""
    gold = gazetteer.get(entry["gold"])
    admin1 = (entry.get("admin1") or None) if with_admin1 else None
    admin2 = (entry.get("admin2") or None) if with_admin2 else None
    try:
        found = gazetteer.lookup(entry["name"], admin1=admin1, admin2=admin2)
    except GazetteerError:  # a district the gazetteer cannot read: dropped
        if admin2:
            UNREAD_ADMIN2.add(entry["id"])
        try:
            found = gazetteer.lookup(entry["name"], admin1=admin1)
        except GazetteerError:  # ... and a governorate it cannot read: looked up bare
            UNREAD_ADMIN1.add(entry["id"])
            found = gazetteer.lookup(entry["name"])
    if not found:
        return "none", ""
    top = found[0]
    off = haversine_km(top.lat, top.lon, gold.lat, gold.lon)
    said = f"{top.name} ({top.admin1 or top.country}, {top.feature}, precision {top.geo_precision}, {off:.0f} km)"
    if off <= NEAR_KM or top.id == gold.id:
        return "near", said
    if off > FAR_KM and top.geo_precision == 1:
        return "far", said
    return "coarse", said


def main(path: str, show_misses: bool = False) -> None:
    entries = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    gazetteer = Gazetteer.default()
    missing = [e["id"] for e in entries if gazetteer.get(e["gold"]) is None]
    if missing:
        sys.exit(f"{path}: gold ids not in the gazetteer: {missing[:10]}")
    passes = [(True, False), (False, False)] + ([(True, True)] if any(e.get("admin2") for e in entries) else [])
    for with_admin1, with_admin2 in passes:
        by_style: dict[str, Counter] = defaultdict(Counter)
        for entry in entries:
            if with_admin2 and not entry.get("admin2"):
                continue
            verdict, said = score(gazetteer, entry, with_admin1, with_admin2)
            groups = ["all", entry["style"], "with admin1" if entry.get("admin1") else "bare name"]
            for group in groups + (["has an admin2"] if entry.get("admin2") and not with_admin2 else []):
                by_style[group][verdict] += 1
            if show_misses and with_admin1 and verdict != "near" and (with_admin2 or not entry.get("admin2")):
                gold = gazetteer.get(entry["gold"])
                print(f"{entry['id']}: {entry['name']!r} [{entry.get('admin1', '')}] want {gold.name} "
                      f"({gold.admin1}, {gold.feature}) | {verdict}: {said or 'nothing'}")
        title = ("lines with an admin2: admin1 and admin2 as given" if with_admin2
                 else "admin1 as given" if with_admin1 else "bare names (admin1 dropped)")
        print(f"\n{title}" + (f" ({len(UNREAD_ADMIN2)} admin2 not read as a district)" if with_admin2 else "")
              + (f" ({len(UNREAD_ADMIN1)} admin1 not read as a governorate: looked up bare)"
                 if with_admin1 and UNREAD_ADMIN1 else ""))
        print(f"{'group':16s} {'n':>4s} {'<=5 km':>7s} {'coarse':>7s} {'far':>6s} {'none':>6s}")
        for group, counts in sorted(by_style.items(), key=lambda item: (item[0] != "all", item[0])):
            n = sum(counts.values())
            print(f"{group:16s} {n:4d} {counts['near'] / n:7.1%} {counts['coarse'] / n:7.1%} "
                  f"{counts['far'] / n:6.1%} {counts['none'] / n:6.1%}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    main(args[0], "--misses" in sys.argv)
