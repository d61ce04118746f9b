"""Regenerate geomap's authoritative gazetteer layers from the publishers' files.

    python scripts/build_gazetteer.py ../shared/data

DATA_DIR holds two folders, as published (see gazetteer/README.md for licences):

* ``ocha-cod-syria/``: UN OCHA / UNCS Common Operational Datasets for Syria
  (HDX dataset ``cod-ab-syr``, https://data.humdata.org/dataset/cod-ab-syr):
  ``Locations.xlsx`` (the 7,693 admin-4 communities), the admin 0-3 boundary
  shapefiles ``syr_admbnda_adm*_uncs_unocha_20201217.*`` and the neighbourhood
  polygons ``syr_neighbourhoods_unocha_20201217.*``.
* ``whosonfirst-sy/whosonfirst-data-admin-sy.tar.gz``: Who's On First for Syria
  (https://github.com/whosonfirst-data/whosonfirst-data-admin-sy, ``git archive``).

It writes, deterministically (a second run gives byte-identical files):

* ``gazetteer/places/ocha_communities.csv``: one row a community (``ocha:C1234``).
  Names in "X (Y)", "X / Y", "X - Y" are split: a part that names the row's own
  governorate, district or sub-district (or a community within 10 km) is a
  qualifier, any other part an alias. Who's On First localities that are the same
  place (within 5 km with a similar name, or within 10 km with the same folded
  name) add their names as aliases and their ids to ``source``; they never become
  a second dot.
* ``gazetteer/places/ocha_neighbourhoods.csv``: city quarters (``ocha-nbhd:N0006``)
  at their polygon's centroid, ``parent`` the community they belong to; and the
  areas OCHA groups a city's quarters into (``ocha-nbhd:A008``, Jowbar), at the
  centroid of their quarters' union.
* ``gazetteer/places/ocha_admin.csv``: governorates, districts and sub-districts
  (``ocha:SY02``...) at their polygon's centroid (a point inside it when the
  centroid falls outside), with a radius that covers the whole polygon.
* ``gazetteer/places/wof.csv``: the other Who's On First localities (``wof:<id>``,
  with ``gn:<id>``), ranked below OCHA's communities.
* ``gazetteer/boundaries/ocha_adm{0,1,2,3}.geojson``: the boundary polygons,
  simplified as one coverage (shared borders stay shared), for maps, validation
  and the admin columns.

Feature classes (a documented prior, used to rank homonyms): a community that
bears the name of its governorate or district is a ``city``, of its sub-district
a ``town``, else a ``village``. ``prominence`` adds to that how widely the place
is known: the number of languages Who's On First names it in (Wikipedia's reach)
and its GeoNames population.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import sys
import tarfile
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.names import fold_key, is_arabic, light_key, skeleton_key  # noqa: E402

OUT = ROOT / "gazetteer"
COLUMNS = ["id", "name", "feature", "country", "admin1", "admin2", "admin3", "parent", "lat", "lon",
           "geo_precision", "uncertainty_km", "prominence", "aliases", "source", "note"]
OCHA = "ocha-cod-syria"
WOF = "whosonfirst-sy/whosonfirst-data-admin-sy.tar.gz"
BOUNDARY = "syr_admbnda_adm{level}_uncs_unocha_20201217.shp"
NEIGHBOURHOODS = "syr_neighbourhoods_unocha_20201217.shp"
SIMPLIFY_DEGREES = 0.002  # ~200 m: plenty for a country map and a 3 km inside-check
SAME_PLACE_KM = 5.0  # a WOF locality this close with a similar name is the OCHA community
SAME_NAME_KM = 10.0  # ... or this close with the same folded name
SAME_HEAD_KM = 2.0  # ... or this close with the same first word ("Aqarib as Safi" / "Aqareb")
QUALIFIER_KM = 15.0
# Who's On First name fields worth matching: Latin-script and Arabic names.
WOF_NAME_FIELDS = re.compile(r"^name:(eng|und|fra|deu|kur|tur|ara|arz|apc|ajp|spa|ita|nld)_x_(preferred|variant)$")
LATIN_OR_ARABIC = re.compile(r"^[\u0020-\u024F\u1E00-\u1EFF\u02B0-\u02FF\u0600-\u06FF\u0750-\u077F]+$")
WOF_FEATURE = {"PPLC": "city", "PPLA": "city", "PPLA2": "town", "PPLA3": "town", "PPLQ": "abandoned",
               "PPLL": "village", "PPLX": "neighbourhood", "STLMT": "settlement"}
UNCERTAINTY_KM = {"city": 5.0, "town": 2.0, "village": 1.0, "abandoned": 1.0, "settlement": 1.0,
                  "neighbourhood": 1.0, "airport": 2.0}
ATTRIBUTION_OCHA = "UNCS / UN OCHA (COD-AB Syria), CC BY-IGO"
ATTRIBUTION_WOF = "Who's On First (whosonfirst.org) and GeoNames (CC BY 4.0)"


# -- small helpers ------------------------------------------------------------
def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 6371.0088 * 2 * math.asin(math.sqrt(min(1.0, a)))


def clean(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or str(value) in ("<Null>", "None", "nan"):
        return ""
    return re.sub(r"\s+", " ", str(value)).strip().strip("/").strip()


def split_names(raw: str) -> list[str]:
    """'X (Y)', 'X / Y', 'X - Y', 'X_Y' into their parts, in order."""
    raw = clean(raw)
    if not raw:
        return []
    parts = re.split(r"\s*\(\s*|\s*\)\s*|\s+/\s*|\s*/\s+|/|\s+-\s+|_|\s*-\s+|\s+-\s*", raw)
    return [p.strip(" -/") for p in parts if p and p.strip(" -/")]


def _head(name: str) -> str:
    """Fold of the first word of a name, when long enough to mean something."""
    words = light_key(name).split()
    head = fold_key(words[0]) if words else ""
    return head if len(head) >= 4 else ""


def similar(a: str, b: str) -> bool:
    """Two spellings of one name: the same fold or skeleton, or close letter by letter."""
    if not a or not b:
        return False
    if is_arabic(a) != is_arabic(b):
        return False
    if fold_key(a) == fold_key(b):
        return True
    la, lb = light_key(a), light_key(b)
    if len(la) >= 4 and skeleton_key(a) == skeleton_key(b):
        return True
    return SequenceMatcher(None, la, lb).ratio() >= 0.8


class Grid:
    """Points bucketed by 0.1 degree for near-neighbour queries (no scipy needed)."""

    def __init__(self, cell: float = 0.1):
        self.cell, self.buckets = cell, defaultdict(list)

    def add(self, lat: float, lon: float, item) -> None:
        self.buckets[(int(lat // self.cell), int(lon // self.cell))].append((lat, lon, item))

    def near(self, lat: float, lon: float, km: float):
        reach = int(km / 11 / self.cell) + 1
        i, j = int(lat // self.cell), int(lon // self.cell)
        for di in range(-reach, reach + 1):
            for dj in range(-reach, reach + 1):
                for plat, plon, item in self.buckets.get((i + di, j + dj), ()):
                    d = haversine_km(lat, lon, plat, plon)
                    if d <= km:
                        yield d, item


# OCHA translates a name's qualifier ("Big Maghalla", "Eastern Janabeh", "Fanan Sharqi") where reports keep
# the Arabic after the name ("al-Maghla al-Kabira", "Janabiya al-Sharqiya"): each English qualifier with the
# Arabic words (masculine, feminine) that say it, as standard Arabic has them
QUALIFIERS = {
    "big": ("Kabir", "Kabira", "Kubra"), "great": ("Kabir", "Kabira", "Kubra"),
    "little": ("Saghir", "Saghira", "Sughra"), "small": ("Saghir", "Saghira", "Sughra"),
    "eastern": ("Sharqi", "Sharqiya"), "east": ("Sharqi", "Sharqiya"),
    "western": ("Gharbi", "Gharbiya"), "west": ("Gharbi", "Gharbiya"),
    "northern": ("Shamali", "Shamaliya"), "north": ("Shamali", "Shamaliya"),
    "southern": ("Janubi", "Janubiya"), "south": ("Janubi", "Janubiya"),
    "upper": ("Fawqani", "Fawqaniya"), "lower": ("Tahtani", "Tahtaniya"),
    "middle": ("Wastani", "Wusta"), "old": ("Qadim", "Qadima"), "new": ("Jadid", "Jadida"),
}
_ARABIC_QUALIFIER: dict[str, str] = {}
for _english, _words in QUALIFIERS.items():  # the first English word listed names it: "Eastern", not "East"
    for _word in _words:
        _ARABIC_QUALIFIER.setdefault(_word.casefold(), _english)


def qualifier_spellings(name: str) -> list[str]:
    """ "Big Maghalla" -> "Maghalla al-Kabir", "Maghalla al-Kabira", ...; "Fanan Sharqi" -> "Fanan al-Sharqiya",
    "Eastern Fanan": the name as reports write it with its qualifier in the other language or order."""
    words = name.split()
    if len(words) < 2:
        return []
    first, last = words[0].casefold(), words[-1].casefold()
    if first in QUALIFIERS:
        base, arabic, english = " ".join(words[1:]), QUALIFIERS[first], words[0]
    elif last.removeprefix("al-") in _ARABIC_QUALIFIER:
        english = _ARABIC_QUALIFIER[last.removeprefix("al-")]
        kept = words[:-2] if len(words) > 2 and words[-2].casefold() in ("al", "el", "ash", "as", "ad", "ar", "at",
                                                                        "az", "an") else words[:-1]
        base, arabic, english = " ".join(kept), QUALIFIERS[english], english.title()
    else:
        return []
    return [f"{base} al-{word}" for word in arabic] + [f"{base} {word}" for word in arabic] + [f"{english} {base}"]


def join_aliases(name: str, spellings) -> str:
    seen, out = {name.casefold()}, []
    for s in spellings:
        s = clean(s)
        if s and s.casefold() not in seen and "|" not in s:
            seen.add(s.casefold())
            out.append(s)
    return "|".join(sorted(out, key=lambda s: (is_arabic(s), s.casefold(), s)))


def write_csv(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in COLUMNS})
    path.write_text(buffer.getvalue(), encoding="utf-8")
    print(f"{path}: {len(rows)} rows")


def coord(x: float) -> str:
    return f"{x:.5f}"


# -- boundaries ---------------------------------------------------------------
def read_boundaries(ocha: Path):
    import geopandas as gpd
    import shapely

    levels = {}
    for level in range(4):
        gdf = gpd.read_file(ocha / BOUNDARY.format(level=level)).to_crs("EPSG:4326")
        gdf["geometry"] = gdf.geometry.make_valid()
        gdf = gdf.sort_values(f"ADM{level}_PCODE").reset_index(drop=True)
        levels[level] = gdf
    # Simplify the finest level as a coverage, then dissolve upwards, so every
    # level shares its borders exactly with the others.
    adm3 = levels[3].copy()
    adm3["geometry"] = shapely.coverage_simplify(adm3.geometry.values, SIMPLIFY_DEGREES)
    simplified = {3: adm3}
    for level in (2, 1, 0):
        key = f"ADM{level}_PCODE"
        dissolved = adm3.dissolve(by=key, as_index=False)[[key, "geometry"]]
        table = levels[level].drop(columns="geometry").merge(dissolved, on=key)
        simplified[level] = gpd.GeoDataFrame(table, geometry="geometry", crs="EPSG:4326")
    return levels, simplified


def write_boundaries(simplified, out: Path) -> None:
    import shapely

    for level, gdf in simplified.items():
        features = []
        for row in gdf.itertuples():
            props = {"pcode": getattr(row, f"ADM{level}_PCODE"), "name": clean(getattr(row, f"ADM{level}_EN")),
                     "name_ar": clean(getattr(row, f"ADM{level}_AR")), "level": level}
            for upper in range(1, level):
                props[f"admin{upper}"] = clean(getattr(row, f"ADM{upper}_EN"))
            if level >= 1:
                props["admin1"] = clean(row.ADM1_EN)
            geometry = shapely.set_precision(row.geometry, 1e-5)
            features.append({"type": "Feature", "properties": props,
                             "geometry": json.loads(shapely.to_geojson(geometry))})
        collection = {"type": "FeatureCollection", "name": f"ocha_adm{level}",
                      "attribution": f"Boundaries: {ATTRIBUTION_OCHA}", "features": features}
        path = out / "boundaries" / f"ocha_adm{level}.geojson"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"{path}: {len(features)} polygons")


def area_point(geometry) -> tuple[float, float, float]:
    """(lat, lon, radius km): centroid (or a point inside), and the farthest vertex from it."""
    point = geometry.centroid
    if not geometry.contains(point):
        point = geometry.representative_point()
    coords = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        coords.extend(polygon.exterior.coords)
    radius = max(haversine_km(point.y, point.x, lat, lon) for lon, lat in coords)
    return point.y, point.x, radius


# A region is curated because reports name it, as they name a governorate (prominence 3): "Ghouta" alone is
# the Damascus region, not the village of Ghota near Homs; "X village" still asks for a settlement.
REGION_PROMINENCE = 3


def admin_rows(levels, wof_areas) -> list[dict]:
    """Governorates, districts and sub-districts as lookup rows."""
    features = {1: "governorate", 2: "district", 3: "subdistrict"}
    rows = []
    for level in (1, 2, 3):
        for row in levels[level].itertuples():
            lat, lon, radius = area_point(row.geometry)
            pcode = getattr(row, f"ADM{level}_PCODE")
            names = [clean(getattr(row, f"ADM{level}_{k}", "")) for k in ("AR", "REF", "ALT1EN", "ALT2EN",
                                                                          "ALT1AR", "ALT2AR")]
            names += wof_areas.get(pcode, [])
            precision = 3 if level < 3 or radius > 25 else 2
            rows.append({"id": f"ocha:{pcode}", "name": clean(getattr(row, f"ADM{level}_EN")),
                         "feature": features[level], "country": "SY", "admin1": clean(row.ADM1_EN),
                         "admin2": clean(row.ADM2_EN) if level >= 2 else "",
                         "admin3": clean(row.ADM3_EN) if level >= 3 else "",
                         "lat": coord(lat), "lon": coord(lon), "geo_precision": precision,
                         "uncertainty_km": f"{math.ceil(radius)}", "prominence": 4 - level,
                         "aliases": join_aliases(clean(getattr(row, f"ADM{level}_EN")), names),
                         "source": f"ocha:{pcode}", "note": "polygon centroid; radius covers the polygon"})
    return rows


# -- Who's On First -------------------------------------------------------------
def read_wof(archive: Path) -> list[dict]:
    records = []
    with tarfile.open(archive, "r:gz") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if not member.name.endswith(".geojson") or "-alt-" in member.name:
                continue
            props = json.load(tar.extractfile(member))["properties"]
            if props.get("mz:is_current") == 0 or props.get("edtf:deprecated"):
                continue
            names = [props.get("wof:name", ""), props.get("gn:name", ""), props.get("gn:asciiname", "")]
            languages = set()
            for key, value in props.items():
                if key.startswith("name:") and key.endswith("_x_preferred"):
                    languages.add(key.split(":")[1].split("_")[0])
                if WOF_NAME_FIELDS.match(key) and isinstance(value, list):
                    names.extend(value)
            names = [clean(n) for n in names if n and LATIN_OR_ARABIC.match(clean(n))]
            records.append({"wof": props["wof:id"], "gn": props.get("gn:geonameid"),
                            "placetype": props.get("wof:placetype"), "code": props.get("gn:feature_code") or "",
                            "lat": float(props["geom:latitude"]), "lon": float(props["geom:longitude"]),
                            "name": clean(props.get("wof:name", "")), "names": list(dict.fromkeys(names)),
                            "languages": len(languages), "population": int(props.get("gn:population") or 0)})
    return records


def wof_source(record: dict) -> str:
    return f"wof:{record['wof']}" + (f" gn:{record['gn']}" if record.get("gn") else "")


def popularity(languages: int, population: int) -> int:
    """0-3: how widely a place is known (languages naming it, GeoNames population)."""
    score = (1 if languages >= 3 else 0) + (1 if languages >= 15 else 0)
    return score + (1 if population >= 10_000 else 0)


# -- OCHA communities -----------------------------------------------------------
def community_rows(ocha: Path) -> list[dict]:
    import pandas as pd

    table = pd.read_excel(ocha / "Locations.xlsx", dtype=str).fillna("")
    rows = []
    for r in table.sort_values("admin4Pcode").to_dict("records"):
        admins = [clean(r["admin1Name_en"]), clean(r["admin2Name_en"]), clean(r["admin3Name_en"])]
        # "Qanater (Big Orm)": OCHA's parenthesis in these two columns names the
        # sub-district, a qualifier; in admin4Name_en a parenthesis holds a second name
        raw = [r["admin4Name_en"], r["Column1"].split("(")[0], r["LocationName_en"].split("(")[0]]
        raw_ar = [r["admin4Name_ar"], r["LocationName_ar"]]
        rows.append({"id": f"ocha:{r['admin4Pcode']}", "pcode": r["admin4Pcode"], "raw": raw, "raw_ar": raw_ar,
                     "admin1": admins[0], "admin2": admins[1], "admin3": admins[2],
                     "admin3_pcode": r["admin3Pcode"],
                     "lat": float(r["Latitude_y"]), "lon": float(r["Longitude_x"]),
                     "admin_ar": [clean(r["admin1Name_ar"]), clean(r["admin2Name_ar"]), clean(r["admin3Name_ar"])],
                     "updated": clean(r["LastUpdateDate"])})
    grid = Grid()
    for row in rows:
        first = split_names(row["raw"][0])
        row["first"] = first[0] if first else clean(row["raw"][0])
        grid.add(row["lat"], row["lon"], row)
    for row in rows:
        qualifiers = {fold_key(a) for a in (*[row["admin1"], row["admin2"], row["admin3"]], *row["admin_ar"]) if a}
        qualifiers |= {fold_key(other["first"]) for d, other in grid.near(row["lat"], row["lon"], QUALIFIER_KM)
                       if other is not row}
        parts, kept = [], []
        for raw in row["raw"] + row["raw_ar"]:
            for part in split_names(raw):
                parts.append(part)
        own = {fold_key(row["first"])} | {fold_key(p) for p in split_names(row["raw_ar"][0])[:1]}
        for part in parts:
            if fold_key(part) in qualifiers and fold_key(part) not in own:
                continue
            kept.append(part)
        row["name"] = kept[0] if kept else row["first"]
        row["names"] = list(dict.fromkeys(kept))
        row["feature"] = "village"
        own = fold_key(row["name"])
        if own == fold_key(row["admin1"]) or own == fold_key(row["admin2"]):
            row["feature"] = "city"
        elif own == fold_key(row["admin3"]) or any(fold_key(n) == fold_key(row["admin3"]) for n in row["names"]):
            row["feature"] = "town"
    return rows


def merge_wof(communities: list[dict], wof: list[dict]) -> list[dict]:
    """Attach each WOF locality to the OCHA community it is; return the rest."""
    grid = Grid()
    for row in communities:
        row["wof"] = []
        grid.add(row["lat"], row["lon"], row)
    rest = []
    for record in wof:
        if record["placetype"] != "locality":
            rest.append(record)
            continue
        best = None
        for d, row in sorted(grid.near(record["lat"], record["lon"], SAME_NAME_KM), key=lambda x: (x[0], x[1]["id"])):
            same_fold = any(fold_key(a) == fold_key(b) for a in record["names"] for b in row["names"])
            same_head = d <= SAME_HEAD_KM and any(_head(a) and _head(a) == _head(b) for a in record["names"][:3]
                                                  for b in row["names"] if not is_arabic(b))
            if same_fold or same_head or (d <= SAME_PLACE_KM and any(similar(a, b) for a in record["names"]
                                                                       for b in row["names"])):
                best = row
                break
        if best is None:
            rest.append(record)
        else:
            best["wof"].append(record)
    return rest


def ocha_names(communities: list[dict]) -> dict[str, list[dict]]:
    """Each spelling (light key) of an OCHA community's own names, to the communities that carry it."""
    taken: dict[str, list[dict]] = {}
    for row in communities:
        for name in row["names"]:
            taken.setdefault(light_key(name), []).append(row)
    return taken


def _name_of_another(name: str, row: dict, taken: dict[str, list[dict]]) -> bool:
    """A WOF name unlike the row's own OCHA names that OCHA gives to a community over 10 km away."""
    if any(fold_key(name) == fold_key(own) or similar(name, own) for own in row["names"]):
        return False
    return any(other is not row and haversine_km(other["lat"], other["lon"], row["lat"], row["lon"]) > 10
               for other in taken.get(light_key(name), ()))


def finish_community(row: dict, taken: dict[str, list[dict]]) -> dict:
    """The community's row; Who's On First names that OCHA gives to another community far away
    are left out (a WOF record of Afrin also labelled "Kobani" must not pull Kobani to Afrin)."""
    names = list(row["names"]) + qualifier_spellings(row["name"])
    languages = population = 0
    for record in row["wof"]:
        names.extend(n for n in record["names"] if not _name_of_another(n, row, taken))
        languages = max(languages, record["languages"])
        population = max(population, record["population"])
    base = {"city": 3, "town": 2, "village": 1}[row["feature"]]
    if row["feature"] == "city" and fold_key(row["name"]) == fold_key(row["admin1"]):
        base = 4
    sources = " ".join([row["id"], *sorted(wof_source(r) for r in row["wof"])])
    return {"id": row["id"], "name": row["name"], "feature": row["feature"], "country": "SY",
            "admin1": row["admin1"], "admin2": row["admin2"], "admin3": row["admin3"],
            "lat": coord(row["lat"]), "lon": coord(row["lon"]), "geo_precision": 1,
            "uncertainty_km": UNCERTAINTY_KM[row["feature"]],
            "prominence": base + popularity(languages, population),
            "aliases": join_aliases(row["name"], names), "source": sources,
            "note": f"OCHA updated {row['updated']}" if row["updated"] else ""}


# -- neighbourhoods ---------------------------------------------------------------
def neighbourhood_rows(ocha: Path, wof: list[dict]) -> list[dict]:
    import geopandas as gpd

    gdf = gpd.read_file(ocha / NEIGHBOURHOODS).to_crs("EPSG:4326").sort_values("PCODE")
    wof_quarters = [r for r in wof if r["placetype"] == "neighbourhood"]
    rows = []
    for r in gdf.itertuples():
        lat, lon, radius = area_point(r.geometry)
        # "Hameidiyyeh (Deir-ez-Zor)": the city in an alternative name is a qualifier
        qualifiers = {fold_key(clean(getattr(r, k))) for k in ("ADM4_EN", "ADM3_EN", "ADM2_EN", "ADM1_EN",
                                                               "ADM4_AR", "ADM3_AR", "ADM2_AR", "ADM1_AR")}
        names = [clean(r.NAME_AR), *split_names(clean(r.NAME_ALT1E)), *split_names(clean(r.NAME_ALT2E)),
                 *split_names(clean(r.NAME_ALT1A)), *split_names(clean(r.NAME_ALT2A)), clean(r.NAME_REF)]
        names = [n for n in names if n and fold_key(n) not in qualifiers]
        sources = [f"ocha-nbhd:{r.PCODE}"]
        for record in wof_quarters:
            if haversine_km(lat, lon, record["lat"], record["lon"]) <= max(1.0, radius) and any(
                    similar(a, clean(r.NAME_EN)) for a in record["names"]):
                names.extend(record["names"])
                sources.append(wof_source(record))
                record["merged"] = True
        city = clean(r.ADM4_EN)
        name = clean(r.NAME_EN)
        # "Aleppo - Salah Eddin": how conflict datasets name a quarter
        names += [f"{city} - {name}"] + [f"{city} - {n}" for n in names if n and not is_arabic(n)]
        rows.append({"id": f"ocha-nbhd:{r.PCODE}", "name": name, "feature": "neighbourhood", "country": "SY",
                     "admin1": clean(r.ADM1_EN), "admin2": clean(r.ADM2_EN), "admin3": clean(r.ADM3_EN),
                     "parent": f"ocha:{r.ADM4_PCODE}", "lat": coord(lat), "lon": coord(lon), "geo_precision": 1,
                     "uncertainty_km": f"{max(0.5, math.ceil(radius * 10) / 10):.1f}", "prominence": 1,
                     "aliases": join_aliases(name, names), "source": " ".join(sources),
                     "note": f"quarter of {city}; area {clean(r.AREA_EN)}; polygon centroid"})
    return rows + city_area_rows(gdf)


def city_area_rows(gdf) -> list[dict]:
    """OCHA's areas of a city (Damascus's Jowbar, Burza, Rukn Eddine...): the districts the press names
    ("shelling on Jobar"), each the union of its quarters' polygons. An area of one quarter is that quarter."""
    rows = []
    for pcode, quarters in gdf.groupby("AREA_PCODE", sort=True):
        name = clean(quarters.AREA_EN.iloc[0])
        if not clean(pcode) or not name or len(quarters) < 2:
            continue
        first = quarters.iloc[0]
        lat, lon, radius = area_point(quarters.geometry.union_all())
        city = clean(first.ADM4_EN)
        rows.append({"id": f"ocha-nbhd:{pcode}", "name": name, "feature": "neighbourhood", "country": "SY",
                     "admin1": clean(first.ADM1_EN), "admin2": clean(first.ADM2_EN), "admin3": clean(first.ADM3_EN),
                     "parent": f"ocha:{first.ADM4_PCODE}", "lat": coord(lat), "lon": coord(lon), "geo_precision": 1,
                     "uncertainty_km": f"{max(0.5, math.ceil(radius * 10) / 10):.1f}", "prominence": 1,
                     "aliases": join_aliases(name, [clean(first.AREA_AR), f"{city} - {name}"]),
                     "source": f"ocha-nbhd:{pcode}",
                     "note": f"area of {city}: quarters {' '.join(sorted(quarters.PCODE))}; union centroid"})
    return rows


# -- the rest of Who's On First -----------------------------------------------------
def wof_rows(records: list[dict], adm3) -> list[dict]:
    import geopandas as gpd
    from shapely.geometry import Point

    points = gpd.GeoDataFrame({"i": range(len(records))},
                              geometry=[Point(r["lon"], r["lat"]) for r in records], crs="EPSG:4326")
    metric = "EPSG:32637"
    joined = gpd.sjoin_nearest(points.to_crs(metric), adm3[["ADM1_EN", "ADM2_EN", "ADM3_EN", "geometry"]].to_crs(metric),
                               how="left", max_distance=10_000).drop_duplicates("i").set_index("i")
    rows = []
    for i, record in enumerate(records):
        if record["placetype"] not in ("locality", "neighbourhood", "campus") or record.get("merged"):
            continue
        admin = joined.loc[i]
        if not isinstance(admin["ADM1_EN"], str):
            continue  # outside Syria by more than ~10 km: not a Syrian place
        feature = WOF_FEATURE.get(record["code"], "village")
        if record["placetype"] == "neighbourhood":
            feature = "neighbourhood"
        elif record["placetype"] == "campus":
            feature = "airport"
        note = "abandoned (GeoNames PPLQ)" if feature == "abandoned" else ""
        rows.append({"id": f"wof:{record['wof']}", "name": record["name"], "feature": feature, "country": "SY",
                     "admin1": admin["ADM1_EN"], "admin2": admin["ADM2_EN"], "admin3": admin["ADM3_EN"],
                     "lat": coord(record["lat"]), "lon": coord(record["lon"]), "geo_precision": 1,
                     "uncertainty_km": UNCERTAINTY_KM.get(feature, 2.0),
                     "prominence": max(0, popularity(record["languages"], record["population"])
                                       + (1 if feature in ("city", "town") else 0) - (feature == "abandoned")),
                     "aliases": join_aliases(record["name"], record["names"]), "source": wof_source(record),
                     "note": note})
    return rows


def wof_area_names(records: list[dict], levels) -> dict[str, list[str]]:
    """WOF regions (governorates) and counties (districts): their names, by OCHA P-code."""
    from shapely.geometry import Point

    out: dict[str, list[str]] = defaultdict(list)
    for placetype, level in (("region", 1), ("county", 2)):
        polygons = levels[level]
        for record in records:
            if record["placetype"] != placetype:
                continue
            inside = polygons[polygons.contains(Point(record["lon"], record["lat"]))]
            for row in inside.itertuples():
                own = clean(getattr(row, f"ADM{level}_EN"))
                if any(similar(n, own) for n in record["names"]):
                    out[getattr(row, f"ADM{level}_PCODE")].extend(record["names"])
    return out


# -- curated layers: anchored sites and regions ---------------------------------
def place_anchored_sites(places: dict[str, dict], merged: dict[str, dict], out: Path) -> None:
    """Fill each curated site's lat/lon (and admin columns) from its anchor.

    An anchor that names a Who's On First id now merged into an OCHA community is
    rewritten to the community's id.
    """
    from geomap.gazetteer import anchor_point

    for path in sorted((out / "curated").glob("*.csv")):
        if path.name == "regions.csv":
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            header, rows = reader.fieldnames, list(reader)
        for row in rows:
            row["anchor"] = re.sub(r"[^\s+]+", lambda m: merged[m[0]]["id"] if m[0] not in places and m[0] in merged
                                   else m[0], row["anchor"])
            lat, lon = anchor_point(row["anchor"], places, origin=f"{path.name}: {row['id']}")
            row["lat"], row["lon"] = coord(lat), coord(lon)
            first = places[re.split(r"[ +]", row["anchor"].strip())[0]]
            for key in ("admin1", "admin2", "admin3"):
                row[key] = row[key] or first.get(key, "")
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: r["id"]))
        path.write_text(buffer.getvalue(), encoding="utf-8")


def build_regions(simplified, places: dict[str, dict], out: Path) -> None:
    """gazetteer/areas.geojson from curated/regions.csv: unions of OCHA units, or circles."""
    import shapely
    from pyproj import Geod
    from shapely.geometry import Polygon

    geod = Geod(ellps="WGS84")
    units = {}
    for level, gdf in simplified.items():
        for row in gdf.itertuples():
            units[getattr(row, f"ADM{level}_PCODE")] = row.geometry
    syria = simplified[0].geometry.iloc[0]
    features = []
    with (out / "curated" / "regions.csv").open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            spec = row["units"].strip()
            if spec.startswith("circle:"):
                anchor, radius = spec[len("circle:"):].rsplit(":", 1)
                radius = float(radius)
                centre = places[anchor]
                lat0, lon0 = float(centre["lat"]), float(centre["lon"])
                ring = [geod.fwd(lon0, lat0, az, radius * 1000)[:2] for az in range(0, 360, 5)]
                geometry = Polygon(ring).intersection(syria)
                lat, lon, reach = lat0, lon0, radius
            else:
                missing = [u for u in spec.split("|") if u not in units]
                if missing:
                    raise SystemExit(f"gazetteer/curated/regions.csv:{number}: unknown OCHA P-code(s) {missing}")
                geometry = shapely.union_all([units[u] for u in spec.split("|")])
                lat, lon, reach = area_point(geometry)
            admin1 = next((r.ADM1_EN for r in simplified[1].itertuples()
                           if r.geometry.contains(shapely.Point(lon, lat))), "")
            props = {"id": row["id"], "name": row["name"], "feature": row["feature"], "country": "SY",
                     "admin1": admin1, "lat": round(lat, 5), "lon": round(lon, 5), "geo_precision": 3,
                     "uncertainty_km": math.ceil(reach), "prominence": REGION_PROMINENCE,
                     "aliases": row["aliases"], "units": spec,
                     "source": row["source"], "note": row["note"]}
            geometry = shapely.set_precision(geometry, 1e-5)
            features.append({"type": "Feature", "properties": props,
                             "geometry": json.loads(shapely.to_geojson(geometry))})
    collection = {"type": "FeatureCollection", "name": "areas", "features": features}
    (out / "areas.geojson").write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n",
                                       encoding="utf-8")
    print(f"gazetteer/areas.geojson: {len(features)} regions")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=(
        "Get the data from the publishers: OCHA's COD-AB Syria at https://data.humdata.org/dataset/cod-ab-syr "
        "(Locations.xlsx: the Syria communities list on HDX) and Who's On First at "
        "https://github.com/whosonfirst-data/whosonfirst-data-admin-sy"))
    parser.add_argument("data_dir", type=Path, help="folder holding ocha-cod-syria/ and whosonfirst-sy/")
    parser.add_argument("--output", type=Path, default=OUT, metavar="DIR",
                        help="gazetteer folder to write into (default: this repository's gazetteer/; it must "
                             "hold curated/ and places/geonames.csv, which the build reads)")
    args = parser.parse_args(argv)
    out = args.output
    ocha = args.data_dir / OCHA
    for needed in (ocha / "Locations.xlsx", args.data_dir / WOF):
        if not needed.exists():
            parser.error(f"{needed} is missing (see the addresses below)")
    levels, simplified = read_boundaries(ocha)
    write_boundaries(simplified, out)
    wof = read_wof(args.data_dir / WOF)
    communities = community_rows(ocha)
    rest = merge_wof(communities, wof)
    taken = ocha_names(communities)
    write_csv(out / "places" / "ocha_communities.csv", [finish_community(r, taken) for r in communities])
    write_csv(out / "places" / "ocha_neighbourhoods.csv", neighbourhood_rows(ocha, rest))
    write_csv(out / "places" / "ocha_admin.csv", admin_rows(levels, wof_area_names(wof, levels)))
    write_csv(out / "places" / "wof.csv", wof_rows(rest, levels[3]))
    places = {}
    for name in ("ocha_communities", "ocha_neighbourhoods", "ocha_admin", "wof", "geonames"):
        with (out / "places" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            places.update({row["id"]: row for row in csv.DictReader(handle)})
    merged = {source: row for row in places.values() for source in row["source"].split()[1:]}
    place_anchored_sites(places, merged, out)
    build_regions(simplified, places, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
