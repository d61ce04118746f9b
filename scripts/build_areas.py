"""Regenerate gazetteer/areas.geojson: named regions that reports use, as polygons.

Two kinds of feature:

* curated regions (the Badia, the Safa volcanic field, the al-Tanf 55 km zone,
  Eastern Ghouta, the Middle Euphrates River Valley, mountain ranges...): schematic
  outlines drawn from memory in the tables below (``schematic`` true). Outlines
  may overshoot Syria's borders on purpose: every curated polygon is clipped to
  Syria's outline, so it ends exactly on the border as the basemap draws it.
  Two are computed rather than drawn: the al-Tanf zone is a geodesic circle of
  55 km around the garrison (buffered in an azimuthal equidistant projection
  centred on it), and the Middle Euphrates River Valley is a 12 km band each
  side of the schematic Euphrates (gazetteer/basemap/lines.geojson) from
  Deir ez-Zor down to the Iraqi border; the Jazira is Syria east of that line.
* Syria's 14 governorates, from gazetteer/basemap/governorates.geojson (Natural
  Earth), named with ACLED's admin1 spelling, with aliases from
  gazetteer/admin1_names.csv.

Each feature has ``lat``/``lon``: the polygon's centroid when that lies inside it,
else its pole of inaccessibility (the al-Tanf zone uses the garrison), and
``uncertainty_km``: the geodesic distance from that point to the farthest vertex
of the polygon, i.e. a radius that covers the whole area.

Run ``python scripts/build_areas.py`` after ``scripts/build_basemap.py`` and
``scripts/build_lines.py``.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import polylabel, substring

ROOT = Path(__file__).resolve().parent.parent
GOVERNORATES = ROOT / "gazetteer" / "basemap" / "governorates.geojson"
LINES = ROOT / "gazetteer" / "basemap" / "lines.geojson"
ADMIN1 = ROOT / "gazetteer" / "admin1_names.csv"
OUT = ROOT / "gazetteer" / "areas.geojson"

GRID = 0.0001  # degrees: 4-decimal coordinates
REGION_BOX = (32.0, 28.0, 48.0, 39.5)  # west, south, east, north
CURATED_SOURCE = "curated: schematic outline from memory"
GOV_SOURCE = "naturalearth: ne_10m_admin_1 via qgis-common world_map.gpkg"
TANF = (33.50, 38.65)  # lat, lon of the al-Tanf garrison
TANF_RADIUS_M = 55_000
MERV_HALF_WIDTH_M = 12_000
UTM37N = "EPSG:32637"
GEOD = Geod(ellps="WGS84")

# Curated outlines: rings of (lon, lat) vertices, GeoJSON order.
CURATED = [
    {
        "id": "area-badia", "name": "Badia", "feature": "desert", "admin1": "Homs",
        "aliases": ["Syrian Desert", "Syrian desert", "Badia", "al-Badia", "Badiya", "Badiyah", "Syrian Badia",
                    "Badiyat al-Sham", "Badia al-Sham", "Badiet al-Sham", "البادية", "بادية الشام", "البادية السورية"],
        # East of Sweida, Damascus, the Qalamoun, Homs, Hama and Aleppo; south of
        # Lake Assad and the Euphrates (whose west bank it follows down to Al Bukamal);
        # overshoots into Iraq and Jordan and is clipped at their borders.
        "ring": [(36.85, 32.30), (36.90, 32.75), (36.95, 33.00), (36.75, 33.45), (36.80, 33.62),
                 (37.05, 33.90), (37.00, 34.20), (36.92, 34.55), (37.10, 34.90), (37.25, 35.15),
                 (37.35, 35.50), (37.45, 35.80), (37.75, 35.90), (38.05, 35.90), (38.55, 35.80),
                 (39.00, 35.88), (39.27, 35.78), (39.60, 35.70), (40.08, 35.28), (40.40, 34.97),
                 (40.55, 34.88), (40.88, 34.40), (41.20, 34.30), (41.20, 33.00), (38.50, 32.50),
                 (37.20, 32.00)],
    },
    {
        "id": "area-safa", "name": "As-Safa volcanic field", "feature": "area", "admin1": "As-Sweida",
        "aliases": ["As-Safa volcanic field", "Safa", "al-Safa", "As-Safa", "Tulul al-Safa", "Tlul al-Safa",
                    "Tulul as-Safa", "Safa volcanic field", "Safa lava field", "Harrat al-Safa", "تلول الصفا",
                    "الصفا"],
        "ring": [(36.90, 33.05), (37.05, 32.98), (37.30, 33.00), (37.42, 33.10), (37.38, 33.25),
                 (37.20, 33.32), (37.00, 33.28), (36.88, 33.18)],
    },
    {
        "id": "area-eastern-ghouta", "name": "Eastern Ghouta", "feature": "area", "admin1": "Rural Damascus",
        "aliases": ["Eastern Ghouta", "East Ghouta", "Ghouta", "al-Ghouta al-Sharqiya", "Ghouta al-Sharqiyah",
                    "Eastern Ghuta", "al-Ghuta", "الغوطة الشرقية"],
        # The 2013-2018 opposition enclave: Harasta and Jobar (west), Duma (north),
        # Nashabiyeh and Otaya (east), Hazzeh and Kafr Batna (south).
        "ring": [(36.355, 33.565), (36.325, 33.530), (36.345, 33.500), (36.385, 33.480), (36.430, 33.480),
                 (36.490, 33.495), (36.535, 33.515), (36.530, 33.560), (36.470, 33.600), (36.400, 33.605),
                 (36.360, 33.585)],
    },
    {
        "id": "mountain-jabal-al-zawiya", "name": "Jabal al-Zawiya", "feature": "mountain", "admin1": "Idleb",
        "aliases": ["Jabal al-Zawiya", "Jabal Zawiya", "Jebel al-Zawiya", "Jabal al-Zawiyah", "Jabal Al Zawiya",
                    "Jabal al-Zaweya", "Jebel Zawiye", "Zawiya mountain", "جبل الزاوية"],
        # From Ariha and the M4 (north) to Kafr Nabl and Hass (south), between the
        # Ghab escarpment (west) and the M5 at Maarat al-Numan (east); al-Bara inside.
        "ring": [(36.47, 35.81), (36.63, 35.84), (36.66, 35.74), (36.67, 35.63), (36.62, 35.55),
                 (36.52, 35.53), (36.43, 35.58), (36.41, 35.70)],
    },
    {
        "id": "mountain-qalamoun", "name": "Qalamoun mountains", "feature": "mountain", "admin1": "Rural Damascus",
        "aliases": ["Qalamoun", "Qalamun", "Kalamoun", "al-Qalamoun", "Western Qalamoun", "West Qalamoun",
                    "Qalamoun mountains", "Jabal Qalamoun", "Qalamoun region", "القلمون", "القلمون الغربي"],
        # Zabadani, Saidnaya, Rankous, Assal al-Ward, Yabroud, Nabk, Deir Atiyah,
        # Qara: the Anti-Lebanon between the Lebanese border and the M5.
        "ring": [(36.00, 33.62), (36.20, 33.60), (36.36, 33.65), (36.50, 33.70), (36.60, 33.78),
                 (36.70, 33.95), (36.78, 34.06), (36.80, 34.18), (36.70, 34.30), (36.55, 34.35),
                 (36.40, 34.25), (36.15, 33.95), (35.95, 33.75)],
    },
    {
        "id": "mountain-eastern-qalamoun", "name": "Eastern Qalamoun", "feature": "mountain",
        "admin1": "Rural Damascus",
        "aliases": ["Eastern Qalamoun", "East Qalamoun", "eastern Qalamoun mountains", "Qalamoun al-Sharqi",
                    "al-Qalamoun al-Sharqi", "القلمون الشرقي"],
        # The desert ranges east of the M5, north of Ruhaybah, Jayrud and Nasiriyah,
        # running north-east towards Qaryatayn.
        "ring": [(36.62, 33.78), (36.75, 33.83), (36.95, 33.90), (37.15, 34.00), (37.20, 34.10),
                 (37.05, 34.12), (36.85, 34.05), (36.75, 33.98), (36.65, 33.88)],
    },
    {
        "id": "mountain-jabal-bishri", "name": "Jabal Bishri", "feature": "mountain", "admin1": "Deir-ez-Zor",
        "aliases": ["Jabal Bishri", "Jabal al-Bishri", "Jebel Bishri", "Jabal al-Bishra", "Bishri mountains",
                    "Bishri mountain", "جبل البشري"],
        # A south-west to north-east ridge between Sukhnah/Rasafa and the Euphrates.
        "ring": [(38.75, 35.05), (39.00, 35.05), (39.40, 35.15), (39.70, 35.30), (39.80, 35.42),
                 (39.65, 35.52), (39.35, 35.48), (38.95, 35.35), (38.70, 35.20)],
    },
    {
        "id": "area-lajat", "name": "Lajat", "feature": "area", "admin1": "Dar'a",
        "aliases": ["Lajat", "al-Lajat", "Laja", "al-Laja", "Leja", "al-Leja", "Lejah", "Lajah", "Trachonitis",
                    "اللجاة"],
        # The basalt plateau between Sanamayn, Izra, Shahba and Burraq.
        "ring": [(36.26, 33.02), (36.33, 33.15), (36.45, 33.22), (36.58, 33.17), (36.65, 33.05),
                 (36.60, 32.92), (36.48, 32.87), (36.35, 32.88), (36.27, 32.93)],
    },
    {
        "id": "area-ghab", "name": "Ghab plain", "feature": "area", "admin1": "Hama",
        "aliases": ["Ghab plain", "al-Ghab", "Ghab", "Sahl al-Ghab", "al-Ghab plain", "Ghab valley",
                    "سهل الغاب", "الغاب"],
        # The Orontes floodplain from Qalaat al-Madiq and Suqaylabiyah north to
        # Jisr al-Shughur, between the coastal mountains and Jabal al-Zawiya.
        "ring": [(36.30, 35.80), (36.37, 35.82), (36.43, 35.72), (36.44, 35.55), (36.42, 35.42),
                 (36.40, 35.35), (36.35, 35.35), (36.33, 35.45), (36.30, 35.60), (36.29, 35.72)],
    },
]

COMPUTED = {
    "area-tanf-zone": {
        "name": "al-Tanf deconfliction zone", "feature": "area", "admin1": "Homs",
        "aliases": ["al-Tanf deconfliction zone", "55 km zone", "55-km zone", "55-kilometre zone",
                    "55-kilometer zone", "Tanf zone", "al-Tanf zone", "Tanf deconfliction zone",
                    "al-Tanf exclusion zone", "منطقة الـ55 كم", "منطقة ال55"],
    },
    "area-merv": {
        "name": "Middle Euphrates River Valley", "feature": "area", "admin1": "Deir-ez-Zor",
        "aliases": ["Middle Euphrates River Valley", "MERV", "Middle Euphrates Valley", "middle Euphrates",
                    "Middle Euphrates valley", "وادي الفرات الأوسط"],
    },
    "area-jazira": {
        "name": "Jazira", "feature": "area", "admin1": "Al-Hasakeh",
        "aliases": ["Jazira", "al-Jazira", "Jazira region", "Syrian Jazira", "Jezira", "Cizîrê",
                    "الجزيرة السورية"],
    },
}
# Far corners outside Syria that close the region east of the Euphrates.
JAZIRA_CLOSE = [(41.8, 34.0), (43.0, 37.8), (37.9, 37.8)]
MERV_FROM = (35.3359, 40.1408)  # lat, lon of Deir ez-Zor (GeoNames 170794)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def _check_ring(spec: dict) -> Polygon:
    poly = Polygon(spec["ring"])
    if not poly.is_valid:
        raise SystemExit(f"{spec['id']}: curated ring is not a valid polygon: {shapely.is_valid_reason(poly)}")
    return poly


def _reproject(geom, transformer: Transformer):
    """Apply a pyproj transformer to every vertex of a shapely geometry."""
    def fn(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))
    return shapely.transform(geom, fn)


def _aeqd(lat: float, lon: float) -> tuple[Transformer, Transformer]:
    crs = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")
    return (Transformer.from_crs("EPSG:4326", crs, always_xy=True),
            Transformer.from_crs(crs, "EPSG:4326", always_xy=True))


def tanf_zone() -> Polygon:
    """Geodesic circle of TANF_RADIUS_M around the garrison, 128 vertices."""
    lat, lon = TANF
    _, back = _aeqd(lat, lon)
    circle = Point(0, 0).buffer(TANF_RADIUS_M, quad_segs=32)
    return _reproject(circle, back)


def _euphrates() -> LineString:
    lines = gpd.read_file(LINES)
    row = lines[lines["id"] == "river-euphrates"]
    if len(row) != 1:
        raise SystemExit(f"{LINES}: no river-euphrates line; run scripts/build_lines.py first")
    return row.geometry.iloc[0]


def merv(euphrates: LineString) -> Polygon:
    """A band MERV_HALF_WIDTH_M each side of the Euphrates from Deir ez-Zor downstream."""
    start = euphrates.project(Point(MERV_FROM[1], MERV_FROM[0]))
    stretch = substring(euphrates, start, euphrates.length)
    to_utm = Transformer.from_crs("EPSG:4326", UTM37N, always_xy=True)
    back = Transformer.from_crs(UTM37N, "EPSG:4326", always_xy=True)
    band = _reproject(stretch, to_utm).buffer(MERV_HALF_WIDTH_M, quad_segs=8)
    return _reproject(band, back)


def jazira(euphrates: LineString) -> Polygon:
    """Everything east/north of the Euphrates line, closed well outside Syria."""
    poly = Polygon(list(euphrates.coords) + JAZIRA_CLOSE)
    if not poly.is_valid:
        raise SystemExit(f"area-jazira: ring is not valid: {shapely.is_valid_reason(poly)}")
    return poly


def _largest(geom):
    if geom.geom_type == "MultiPolygon":
        return max(geom.geoms, key=lambda g: g.area)
    return geom


def representative(geom) -> Point:
    """Centroid if inside the polygon, else the pole of inaccessibility of its largest part."""
    c = geom.centroid
    if geom.contains(c):
        return c
    return polylabel(_largest(geom), tolerance=0.001)


def farthest_km(point: Point, geom) -> float:
    """Geodesic distance (km) from point to the farthest vertex of geom."""
    xy = shapely.get_coordinates(geom)
    n = len(xy)
    _, _, dist = GEOD.inv([point.x] * n, [point.y] * n, xy[:, 0], xy[:, 1])
    return float(max(dist)) / 1000.0


def _feature(fid: str, spec: dict, geom, point: Point | None, source: str, schematic: bool) -> dict:
    geom = shapely.make_valid(shapely.set_precision(geom, GRID))
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        raise SystemExit(f"{fid}: not a polygon after clipping to Syria ({geom.geom_type})")
    point = point or representative(geom)
    return {
        "id": fid, "name": spec["name"], "feature": spec["feature"], "country": "SY",
        "admin1": spec["admin1"], "aliases": "|".join(dict.fromkeys(a for a in spec["aliases"] if a)),
        "lat": round(point.y, 4), "lon": round(point.x, 4), "geo_precision": 3,
        "uncertainty_km": round(farthest_km(point, geom), 1),
        "source": source, "schematic": schematic, "geometry": geom,
    }


def governorate_features(gov: gpd.GeoDataFrame) -> list[dict]:
    with ADMIN1.open(encoding="utf-8") as f:
        names = {r["acled"]: r for r in csv.DictReader(f)}
    out = []
    for row in gov.itertuples():
        meta = names.get(row.admin1)
        if meta is None:
            raise SystemExit(f"{ADMIN1}: no row for admin1 {row.admin1!r} of {GOVERNORATES}")
        aliases = [a for a in meta["aliases"].split("|") + [row.name_ne, meta["arabic"]] if a != row.admin1]
        spec = {"name": row.admin1, "feature": "governorate", "admin1": row.admin1, "aliases": aliases}
        out.append(_feature(f"gov-{_slug(row.admin1)}", spec, row.geometry, None, GOV_SOURCE, False))
    return out


def build() -> gpd.GeoDataFrame:
    gov = gpd.read_file(GOVERNORATES)
    syria = gov.union_all()
    euphrates = _euphrates()
    rows = []
    for spec in CURATED:
        rows.append(_feature(spec["id"], spec, _check_ring(spec).intersection(syria), None,
                             CURATED_SOURCE, True))
    computed = {
        "area-tanf-zone": (tanf_zone(), Point(TANF[1], TANF[0])),
        "area-merv": (merv(euphrates), None),
        "area-jazira": (jazira(euphrates), None),
    }
    for fid, (geom, point) in computed.items():
        rows.append(_feature(fid, COMPUTED[fid], geom.intersection(syria), point, CURATED_SOURCE, True))
    rows += governorate_features(gov)
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    if gdf["id"].duplicated().any():
        raise SystemExit(f"duplicate ids: {sorted(gdf.loc[gdf['id'].duplicated(), 'id'])}")
    w, s, e, n = gdf.total_bounds
    bw, bs, be, bn = REGION_BOX
    if not (w >= bw and s >= bs and e <= be and n <= bn) or not gdf.is_valid.all():
        raise SystemExit("an area is invalid or falls outside the region box")
    return gdf


def main() -> int:
    gdf = build()
    tmp = OUT.with_name(OUT.name + ".tmp")
    gdf.to_file(tmp, driver="GeoJSON", engine="pyogrio", RFC7946="YES",
                COORDINATE_PRECISION=4, WRITE_NAME="NO")
    size = tmp.stat().st_size
    tmp.replace(OUT)
    print(f"wrote {len(gdf)} areas, {size} bytes, to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
