"""Main roads for the basemap, from a line file the user has (Natural Earth or OpenStreetMap).

geomap ships no roads: no authoritative road data for Syria can be installed
offline from PyPI or Debian, and drawing roads from memory would be invention.
A user who has a road file gives it with ``--roads FILE`` (any vector format
GDAL reads), or builds the shipped layer once with ``scripts/build_roads.py``,
which writes ``gazetteer/basemap/roads.geojson``; figures and the web map then
draw it and name its source in their attribution line.

Which roads are "main" is read from the columns the file has:

* Natural Earth ``ne_10m_roads``: ``type`` Major Highway (drawn as major),
  Secondary Highway, Road, Beltway, Bypass (ferries, tracks, unknown dropped);
* OpenStreetMap extracts: ``highway`` (HOT export tool, osmium/ogr2ogr) or
  ``fclass`` (Geofabrik shapefiles) motorway and trunk (major), primary, and
  their links;
* a file with ``road_class`` (geomap's own layer) or with none of these columns:
  every line is kept.

Lines are clipped to the region's box (``BOX``); ``source`` comes from the
file's own ``source`` column, else from ``attribution=``, else the file name.
"""
from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .gazetteer import data_dir

__all__ = ["read_roads", "shipped_roads", "roads_attribution", "BOX", "NATURAL_EARTH_MAIN", "OSM_MAIN"]

BOX = (34.5, 31.5, 43.5, 38.5)  # west, south, east, north (degrees): Syria and a margin, as the rivers layer
NATURAL_EARTH_MAIN = {"Major Highway": "major", "Secondary Highway": "secondary", "Road": "secondary",
                      "Beltway": "secondary", "Bypass": "secondary"}
OSM_MAIN = {"motorway": "major", "motorway_link": "major", "trunk": "major", "trunk_link": "major",
            "primary": "secondary", "primary_link": "secondary"}
_LINES = {"LineString", "MultiLineString"}


def read_roads(path, attribution: str | None = None):
    """The main roads in ``path`` as a GeoDataFrame (EPSG:4326; ``road_class`` major/secondary, ``source``)."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import box

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such road file; give a line layer such as Natural Earth's ne_10m_roads.shp "
                         f"or an OpenStreetMap extract (.gpkg, .geojson, .shp)")
    try:  # the box as a GeoSeries, so a layer in a projected CRS is filtered in its own units
        layer = gpd.read_file(path, bbox=gpd.GeoSeries([box(*BOX)], crs="EPSG:4326"))
    except Exception as error:  # pyogrio raises its own errors for unreadable files
        raise InputError(f"{path}: cannot be read as a vector layer ({error}); give a .shp, .gpkg or .geojson "
                         f"of road lines") from None
    if layer.crs is None:
        raise InputError(f"{path}: the layer has no coordinate reference system; save it with one (EPSG:4326)")
    layer = layer.to_crs("EPSG:4326")
    kinds = set(layer.geom_type.dropna())
    if kinds - _LINES:
        raise InputError(f"{path}: roads must be lines, found {', '.join(sorted(kinds - _LINES))}")
    columns = {c.lower(): c for c in layer.columns}
    if "road_class" in columns:
        road_class = layer[columns["road_class"]].astype("string")
    elif "highway" in columns or "fclass" in columns:
        road_class = layer[columns.get("highway", columns.get("fclass"))].map(OSM_MAIN)
    elif "type" in columns:
        road_class = layer[columns["type"]].map(NATURAL_EARTH_MAIN)
    else:
        road_class = pd.Series("secondary", index=layer.index, dtype="string")
    source = (layer[columns["source"]].astype("string") if "source" in columns
              else pd.Series(attribution or path.name, index=layer.index, dtype="string"))
    keep = road_class.notna()
    roads = gpd.GeoDataFrame({"road_class": road_class[keep].astype(str), "source": source[keep].astype(str)},
                             geometry=layer.geometry[keep], crs="EPSG:4326")
    roads["geometry"] = roads.geometry.clip_by_rect(*BOX)
    roads = roads[~roads.geometry.is_empty & roads.geometry.notna()]
    return roads.reset_index(drop=True)


def shipped_roads():
    """``gazetteer/basemap/roads.geojson`` when scripts/build_roads.py has built it, else None."""
    path = data_dir() / "basemap" / "roads.geojson"
    return read_roads(path) if path.exists() else None


def roads_attribution(roads) -> str:
    """'Main roads: SOURCE.' for the attribution line, or '' when no roads are drawn."""
    if roads is None or not len(roads):
        return ""
    return "Main roads: " + "; ".join(sorted(set(roads["source"]))) + "."
