"""Regenerate gazetteer/basemap/lines.geojson: schematic rivers and roads of Syria.

These are *schematic* polylines, curated from memory: each vertex is a town on the
route (coordinates from gazetteer/places/geonames.csv when the town is there, by
GeoNames id) or a curated coordinate for a place GeoNames' list lacks (dams,
border crossings, small villages), marked ``~`` in the tables below. A vertex
written ``BORDER`` is snapped to the nearest point of Syria's outline in
gazetteer/basemap/countries.geojson, so lines that end "at the border" end on the
border as drawn. Good for labelling and for "along the M4" / "on the Euphrates"
lookups at a few km of error; not a survey. Rivers run downstream.

Run ``python scripts/build_lines.py`` after ``scripts/build_basemap.py``.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import geopandas as gpd
from shapely.geometry import LineString, Point

ROOT = Path(__file__).resolve().parent.parent
PLACES = ROOT / "gazetteer" / "places" / "geonames.csv"
COUNTRIES = ROOT / "gazetteer" / "basemap" / "countries.geojson"
OUT = ROOT / "gazetteer" / "basemap" / "lines.geojson"
SOURCE = "curated: schematic from memory, vertices at towns on the route"

# A vertex is ("gn<geonameid>", label) for a GeoNames town, or
# ("~", label, lat, lon) for a curated point, or ("BORDER", label, lat, lon) for a
# point snapped to Syria's outline.
LINES = [
    {
        "id": "river-euphrates", "name": "Euphrates", "kind": "river",
        "aliases": ["Euphrates River", "al-Furat", "Furat", "Nahr al-Furat", "Firat", "Fırat", "الفرات", "نهر الفرات"],
        "vertices": [
            ("BORDER", "Turkish border at Jarablus", 36.83, 38.03),
            ("~", "Qara Qozak bridge", 36.62, 38.23),
            ("~", "Tishrin dam", 36.38, 38.18),
            ("~", "Lake Assad, north-west arm", 36.05, 38.12),
            ("~", "Lake Assad", 35.93, 38.30),
            ("~", "Tabqa dam", 35.87, 38.57),
            ("gn8559276", "Al Mansurah"),
            ("gn172955", "Raqqa"),
            ("gn172511", "As Sabkhah"),
            ("gn167538", "Ma'dan"),
            ("gn170794", "Deir ez-Zor"),
            ("gn162284", "Muh Hasan"),
            ("gn173927", "Busayrah (Khabur confluence)"),
            ("gn173480", "Mayadin"),
            ("gn170691", "Dhiban"),
            ("gn174036", "Al-Ashara"),
            ("gn174506", "Hajin"),
            ("gn174448", "Al Bukamal"),
            ("BORDER", "Iraqi border", 34.42, 40.98),
        ],
    },
    {
        "id": "river-khabur", "name": "Khabur", "kind": "river",
        "aliases": ["Khabur River", "Khabour", "Khabour River", "Habur", "al-Khabur", "Nahr al-Khabur", "الخابور", "نهر الخابور"],
        "vertices": [
            ("gn165509", "Ras al-Ayn"),
            ("gn163434", "Tal Tamr"),
            ("gn173811", "Hasakeh"),
            ("gn172837", "Shaddadi"),
            ("gn167208", "Markadah"),
            ("gn173927", "Busayrah (Euphrates confluence)"),
        ],
    },
    {
        "id": "river-orontes", "name": "Orontes", "kind": "river",
        "aliases": ["Orontes River", "al-Asi", "Asi", "Assi", "Nahr al-Asi", "Asi River", "العاصي", "نهر العاصي"],
        "vertices": [
            ("BORDER", "Lebanese border near Qusayr", 34.46, 36.52),
            ("gn173322", "Qusayr"),
            ("~", "Lake Qattinah (Homs lake)", 34.66, 36.60),
            ("gn169577", "Homs"),
            ("gn172946", "Rastan"),
            ("gn170017", "Hama"),
            ("gn166742", "Mhardeh"),
            ("gn163921", "Suqaylabiyah (Ghab)"),
            ("gn166227", "Qalaat al-Madiq (Ghab)"),
            ("~", "Ghab plain", 35.60, 36.37),
            ("gn169023", "Jisr al-Shughur"),
            ("gn170865", "Darkush"),
            ("BORDER", "Turkish border", 36.0, 36.36),
        ],
    },
    {
        "id": "road-m5", "name": "M5 highway", "kind": "road",
        "aliases": ["M5", "M-5", "M5 motorway", "Damascus-Aleppo highway", "Aleppo-Damascus highway",
                    "Damascus-Amman highway", "international highway", "الطريق الدولي", "طريق M5",
                    "أوتوستراد دمشق حلب"],
        "vertices": [
            ("~", "Nasib border crossing", 32.545, 36.205),
            ("gn168120", "Khirbet Ghazaleh"),
            ("gn164328", "Sheikh Miskin"),
            ("gn172469", "Sanamayn"),
            ("gn170325", "Ghabaghib"),
            ("gn173598", "Kiswah"),
            ("gn170654", "Damascus"),
            ("gn173312", "Qutayfah"),
            ("gn173193", "Nabk"),
            ("gn166111", "Qara"),
            ("gn169557", "Hisya"),
            ("gn169577", "Homs"),
            ("gn172946", "Rastan"),
            ("gn170017", "Hama"),
            ("gn168325", "Khan Shaykhun"),
            ("gn167611", "Maarat al-Numan"),
            ("gn164816", "Saraqib"),
            ("gn170063", "Aleppo"),
        ],
    },
    {
        "id": "road-m4", "name": "M4 highway", "kind": "road",
        "aliases": ["M4", "M-4", "M4 motorway", "Aleppo-Lattakia highway", "Lattakia-Aleppo highway",
                    "Latakia-Aleppo highway", "طريق M4", "أوتوستراد حلب اللاذقية"],
        "vertices": [
            ("gn173576", "Lattakia"),
            ("gn169023", "Jisr al-Shughur"),
            ("gn166757", "Muhambal"),
            ("gn172994", "Ariha"),
            ("gn164816", "Saraqib"),
            ("gn170063", "Aleppo"),
            ("gn167357", "Manbij"),
            ("~", "Qara Qozak bridge", 36.62, 38.23),
            ("gn172134", "Ain Issa"),
            ("gn163434", "Tal Tamr"),
            ("gn173377", "Qamishli"),
        ],
    },
    {
        "id": "road-m20", "name": "Homs-Palmyra-Deir ez-Zor highway", "kind": "road",
        "aliases": ["M20", "M-20", "Homs-Palmyra highway", "Palmyra-Deir ez-Zor highway", "Palmyra-Deir ez-Zor road",
                    "Homs-Palmyra road", "Sukhnah-Deir ez-Zor road", "طريق تدمر دير الزور", "طريق حمص تدمر"],
        "vertices": [
            ("gn169577", "Homs"),
            ("gn170340", "Furqlus"),
            ("gn163808", "Palmyra"),
            ("gn172425", "Sukhnah"),
            ("~", "Shoula", 35.23, 39.89),
            ("gn170794", "Deir ez-Zor"),
        ],
    },
    {
        "id": "road-m2", "name": "Damascus-Baghdad highway", "kind": "road",
        "aliases": ["M2", "M-2", "Damascus-Baghdad road", "Baghdad highway", "Damascus-Tanf highway",
                    "al-Tanf road", "طريق دمشق بغداد", "أوتوستراد دمشق بغداد"],
        "vertices": [
            ("gn170654", "Damascus"),
            ("gn170589", "Dumayr"),
            ("gn165158", "Sab' Biyar"),
            ("~", "al-Tanf", 33.50, 38.65),
            ("BORDER", "al-Tanf border crossing", 33.45, 38.80),
        ],
    },
    {
        "id": "road-homs-raqqa", "name": "Homs-Salamiyah-Raqqa road", "kind": "road",
        "aliases": ["Salamiyah-Raqqa road", "Ithriya-Raqqa road", "Athriya-Raqqa road", "Ithriya-Rasafa road",
                    "Salamiyah-Ithriya road", "Homs-Raqqa road", "طريق أثريا الرقة", "طريق السلمية أثريا"],
        "vertices": [
            ("gn169577", "Homs"),
            ("gn164947", "Salamiyah"),
            ("~", "Ithriya", 35.37, 37.78),
            ("~", "Rasafa", 35.63, 38.76),
            ("gn172955", "Raqqa"),
        ],
    },
    {
        "id": "road-damascus-beirut", "name": "Damascus-Beirut highway", "kind": "road",
        "aliases": ["Beirut-Damascus highway", "Damascus-Beirut road", "Beirut-Damascus road",
                    "Damascus-Masnaa road", "طريق دمشق بيروت", "أوتوستراد دمشق بيروت"],
        "vertices": [
            ("gn170654", "Damascus"),
            ("gn174239", "Dimas"),
            ("gn168886", "Jdeidet Yabous"),
            ("~", "Masnaa border crossing (Lebanon)", 33.70, 35.92),
        ],
    },
]


def _places() -> dict[str, tuple[float, float]]:
    with PLACES.open(encoding="utf-8") as f:
        return {r["id"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}


def _syria_outline():
    gdf = gpd.read_file(COUNTRIES)
    sy = gdf[gdf["iso_a2"] == "SY"]
    if len(sy) != 1:
        raise SystemExit(f"{COUNTRIES}: expected one Syria feature; run scripts/build_basemap.py first")
    return sy.geometry.iloc[0].boundary


def _vertex(v: tuple, places: dict, outline, line_id: str) -> tuple[float, float]:
    """Return (lon, lat) for one vertex spec."""
    if v[0].startswith("gn"):
        if v[0] not in places:
            raise SystemExit(f"{PLACES}: {line_id}: no place {v[0]} ({v[1]})")
        lat, lon = places[v[0]]
    elif v[0] == "BORDER":
        p = outline.interpolate(outline.project(Point(v[3], v[2])))
        lon, lat = p.x, p.y
    else:
        lat, lon = v[2], v[3]
    return round(lon, 4), round(lat, 4)


def build() -> dict:
    places, outline = _places(), _syria_outline()
    features = []
    for spec in LINES:
        coords = [_vertex(v, places, outline, spec["id"]) for v in spec["vertices"]]
        line = LineString(coords)
        if not line.is_valid or len(set(coords)) != len(coords):
            raise SystemExit(f"{spec['id']}: degenerate line {coords}")
        features.append({
            "type": "Feature",
            "properties": {
                "id": spec["id"], "name": spec["name"], "kind": spec["kind"],
                "aliases": "|".join(spec["aliases"]), "schematic": True, "source": SOURCE,
                "vertices": "|".join(v[1] for v in spec["vertices"]),
            },
            "geometry": {"type": "LineString", "coordinates": [list(c) for c in coords]},
        })
    return {"type": "FeatureCollection", "features": features}


def main() -> int:
    fc = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_name(OUT.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "features": [\n')
        f.write(",\n".join(json.dumps(feat, ensure_ascii=False) for feat in fc["features"]))
        f.write("\n]}\n")
    size = tmp.stat().st_size
    tmp.replace(OUT)
    print(f"wrote {len(fc['features'])} lines, {size} bytes, to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
