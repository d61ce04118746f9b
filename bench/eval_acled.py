"""Score extraction against an ACLED export's own coding: each event's notes read as an article, its rows
compared with the event's point, governorate, type and fatalities.

Run: .venv/bin/python bench/eval_acled.py EXPORT.csv [--misses N]

An export is ACLED's data, under ACLED's terms: keep it out of this repository (the tests run this
script on an invented sample, tests/fixtures/acled_sample.csv). Prints, over the export's events:
- with-rows: events whose notes gave any row;
- located@10/25 km: a row of the event's notes within 10 (25) km of ACLED's point, over the events ACLED
  places at a town or near one (geo_precision 1-2: its geo_precision 3 points are a region's centre);
- admin1: the nearest row's governorate is ACLED's;
- type, sub-type: the nearest row's event type (sub-event type) is ACLED's, over the located events;
- fatalities: the rows' total is ACLED's, over events whose notes no other event shares (ACLED splits
  one note's dead between the events it codes from it).
A row merged from several events' notes (the same incident reported twice) counts for each of them.
"""
from __future__ import annotations

import argparse
import csv
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from geomap.gazetteer import haversine_km
from geomap.incidents import extract


def score(path: Path) -> tuple[dict[str, float], list[str]]:
    """The shares above, and a line for each event with rows none of which is within 10 km."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        events = [row for row in csv.DictReader(handle) if (row.get("notes") or "").strip()]
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*an ACLED export")  # this script knows
        rows = extract([path])
    by_event = defaultdict(list)
    for row in rows.itertuples():
        for event_id in str(row.article_id).split(";"):
            by_event[event_id].append(row)
    shared_notes = Counter(event["notes"] for event in events)
    counts: Counter = Counter()
    misses = []
    for event in events:
        found = by_event.get(event["event_id_cnty"], [])
        counts["events"] += 1
        counts["with-rows"] += bool(found)
        if event.get("geo_precision") not in ("1", "2") or not found:
            continue
        lat, lon = float(event["latitude"]), float(event["longitude"])
        distances = [haversine_km(lat, lon, r.latitude, r.longitude) for r in found]
        nearest = found[distances.index(min(distances))]
        counts["placed"] += 1
        counts["located@10"] += min(distances) <= 10
        counts["located@25"] += min(distances) <= 25
        counts["admin1"] += nearest.admin1 == event["admin1"]
        if min(distances) <= 10:
            counts["typed"] += 1
            counts["type"] += nearest.event_type == event["event_type"]
            counts["sub-type"] += nearest.sub_event_type == event["sub_event_type"]
        else:
            misses.append(f"{event['event_id_cnty']}: ACLED {event['location']} ({event['admin1']}) | nearest "
                          f"{nearest.location} ({nearest.admin1}, {min(distances):.0f} km)\n    {event['notes']}")
        if shared_notes[event["notes"]] == 1 and (event.get("fatalities") or "").isdigit():
            counts["counted"] += 1
            total = sum(0 if pd.isna(r.fatalities) else int(r.fatalities) for r in found)
            counts["fatalities"] += total == int(event["fatalities"])
    shares = {"events": counts["events"], "with-rows": counts["with-rows"] / max(counts["events"], 1)}
    for key, over in (("located@10", "placed"), ("located@25", "placed"), ("admin1", "placed"),
                      ("type", "typed"), ("sub-type", "typed"), ("fatalities", "counted")):
        shares[key] = counts[key] / max(counts[over], 1)
    return shares, misses


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="an ACLED export (.csv, ACLED's columns)")
    parser.add_argument("--misses", type=int, default=0, help="print this many events not located within 10 km")
    args = parser.parse_args(argv)
    shares, misses = score(args.export)
    print(f"{args.export}: {shares['events']} events with notes")
    for key, value in shares.items():
        if key != "events":
            print(f"  {key:12s} {value:7.1%}")
    for line in misses[:args.misses]:
        print(line)


if __name__ == "__main__":
    main()
