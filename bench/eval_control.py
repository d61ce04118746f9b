"""The seeds' control assertions against ../shared/eval/seeds_gold.json.

Run: .venv/bin/python bench/eval_control.py [--all]
A gold assertion is found when geomap asserts, in the same article, the same actor
(names compared loosely: "United States" is "Military Forces of the United States")
holding a place within reach of the gold place (the gold place's text geoparsed with
geomap's own gazetteer; reach = 50 km plus both uncertainty radii). An assertion has a
wrong actor when its place is within reach of a gold place of its article but its actor
is none of that place's gold actors. A development aid, not a test.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from geomap.gazetteer import Gazetteer, haversine_km
from geomap.geoparse import Geoparser
from geomap.incidents import extract_all

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "seeds_gold.json"


def same_actor(a: str, b: str) -> bool:
    def key(name: str) -> str:
        name = re.sub(r"\(.*?\)|military forces of (the )?|['’]", "", name.lower())
        return re.sub(r"\s+", " ", name).strip()
    return key(a) in key(b) or key(b) in key(a)


def main(show_all: bool) -> None:
    found, total, wrong = count(show_all, echo=True)


def count(show_all: bool = False, echo: bool = False) -> tuple[int, int, int]:
    """(gold assertions found, gold assertions, assertions with a wrong actor)."""
    print_ = print if echo else (lambda *a, **k: None)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    parser = Geoparser(Gazetteer.default())
    claims = extract_all([ROOT / "seeds"]).control
    found = wrong = total = 0
    for article in gold["articles"]:
        mine = [c for c in claims if c.article_id.startswith(article["file"].split(".")[0][:3])]
        places = []
        for item in article.get("control", []):
            total += 1
            mentions = [m for m in parser.parse(item["place"]) if m.role != "context"]
            places.append((item, mentions[0] if mentions else None))
        for item, where in places:
            hit = next((c for c in mine if where is not None and same_actor(c.actor, item["actor"])
                        and _near(c.mention, where)), None)
            found += hit is not None
            if show_all or hit is None:
                print_(f"{'found ' if hit else 'MISSED'} {item['actor']} | {item['place']} | {item['evidence'][:70]}")
        for claim in mine:
            golds = [item for item, where in places if where is not None and _near(claim.mention, where)]
            bad = golds and not any(same_actor(claim.actor, item["actor"]) for item in golds)
            wrong += bool(bad)
            if bad or show_all:
                print_(f"{'WRONG ' if bad else 'mine  '} {claim.actor} {claim.status} {claim.mention.location} "
                      f"| {claim.evidence[:80]}")
    print_(f"\ngold assertions found: {found} of {total}; assertions with a wrong actor: {wrong} of {len(claims)}")
    return found, total, wrong


def _near(mention, where) -> bool:
    reach = 50 + min(mention.uncertainty_km or 0, 50) + min(where.uncertainty_km or 0, 50)
    return haversine_km(mention.lat, mention.lon, where.lat, where.lon) <= reach


if __name__ == "__main__":
    main("--all" in sys.argv)
