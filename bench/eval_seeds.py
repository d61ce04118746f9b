"""Score `geomap.extract` on the seed articles against ../shared/eval/seeds_gold.json.

Run: .venv/bin/python bench/eval_seeds.py [path/to/seeds_gold.json]
Prints, per gold incident, found / missed / wrong (and what was wrong), and
whether any incident sits at a 'not_places' trap. A development aid, not a test
of generalisation: the seeds are five articles.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from geomap.gazetteer import haversine_km
from geomap.incidents import extract

ROOT = Path(__file__).resolve().parent.parent


def _window(spec: dict) -> tuple[date, date]:
    if "window" in spec:
        return date.fromisoformat(spec["window"][0]), date.fromisoformat(spec["window"][1])
    d = date.fromisoformat(spec["value"])
    return d, d


def judge(gold_incident: dict, row) -> list[str]:
    """What is wrong with ``row`` as a match for ``gold_incident`` (empty: right)."""
    problems = []
    off = haversine_km(row.latitude, row.longitude, gold_incident["lat"], gold_incident["lon"])
    if off > gold_incident["tolerance_km"]:
        problems.append(f"location {off:.0f} km off")
    lo, hi = _window(gold_incident["date"])
    when = row.event_date.date() if row.event_date is not None else None
    if when is None or not (lo <= when <= hi):
        problems.append(f"date {when} not in {lo}..{hi}")
    if row.event_type != gold_incident["event_type"]:
        problems.append(f"type {row.event_type}")
    elif row.sub_event_type != gold_incident["sub_event_type"]:
        problems.append(f"sub-type {row.sub_event_type}")
    if {row.actor1, row.actor2} - {""} != {gold_incident["actor1"], gold_incident["actor2"]}:
        problems.append(f"actors {row.actor1} / {row.actor2}")
    if int(row.fatalities) != gold_incident["fatalities"]:
        problems.append(f"fatalities {row.fatalities}")
    return problems


def evaluate(gold: dict, seeds: Path) -> dict:
    gdf = extract([seeds])
    results = []
    for article in gold["articles"]:
        article_id = Path(article["file"]).stem
        rows = [r for r in gdf.itertuples() if article_id in r.article_id.split(";")]
        used = set()
        for incident in article["incidents"]:
            best, best_problems = None, None
            for row in rows:
                if row.incident_id in used:
                    continue
                problems = judge(incident, row)
                if best is None or len(problems) < len(best_problems):
                    best, best_problems = row, problems
            near = best is not None and not any(p.startswith("location") for p in best_problems) \
                and not any(p.startswith("type") for p in best_problems)
            status = "found" if best is not None and not best_problems else ("wrong" if near else "missed")
            if status != "missed":
                used.add(best.incident_id)
            results.append({"id": incident["id"], "optional": bool(incident.get("optional")), "status": status,
                            "problems": best_problems if status == "wrong" else [],
                            "row": best.incident_id if status != "missed" else ""})
        results.extend({"id": f"{article_id}: extra row {r.location} ({r.event_type})", "optional": True,
                        "status": "extra", "problems": [], "row": r.incident_id}
                       for r in rows if r.incident_id not in used)
    return {"results": results, "rows": len(gdf)}


def main() -> int:
    gold_path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval" / "seeds_gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = evaluate(gold, ROOT / "seeds")
    print("| gold incident | optional | result | what differs |")
    print("|---|---|---|---|")
    for r in report["results"]:
        print(f"| {r['id']} | {'yes' if r['optional'] else ''} | {r['status']} | {'; '.join(r['problems'])} |")
    required = [r for r in report["results"] if not r["optional"]]
    print(f"\nrequired: {sum(r['status'] == 'found' for r in required)} found, "
          f"{sum(r['status'] == 'wrong' for r in required)} wrong, {sum(r['status'] == 'missed' for r in required)} missed "
          f"of {len(required)}; extra rows: {sum(r['status'] == 'extra' for r in report['results'])}; rows: {report['rows']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
