"""Control zones as of a date, from control assertions (geomap's, and a user's own file).

Method (what a reader of the map should know):

1. For each place (or area), the latest assertion on or before ``as_of`` wins.
   ``captured`` counts as holding; ``lost`` says who no longer holds it and
   grows no zone. ``as_of`` defaults to the latest assertion date.
2. Assertions older than ``horizon_days`` (default 180) before ``as_of`` are
   stale: they grow no zone and are returned with ``kind="stale"`` (drawn as
   "last reported DATE"), so a 2020 map does not show the 2017 front.
3. An area assertion (a governorate, district or sub-district by OCHA's polygon,
   or a curated region such as the As-Safa volcanic field) is its polygon:
   ``kind="asserted"``. A point assertion is asserted within its place's
   uncertainty radius (at least ``MIN_ASSERTED_KM``); around it, the area
   closer to it than to any other asserted place (a Voronoi cell), no farther
   than ``reach_km`` (default 20 km), is ``kind="inferred"`` and drawn lighter.
4. Everything is clipped to Syria's border (OCHA's outline). ``besieged`` and
   ``contested`` zones are flagged ``contested=True`` (drawn hatched). An
   assertion about a whole governorate ("positions in Deir Ezzor") is too coarse
   to draw and grows no zone; districts are drawn as points with a reach.

Limits: a zone is only as good as the assertions; places nobody asserted are
blank, not "nobody's"; Voronoi cells follow distance, not terrain or roads.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from .errors import InputError
from .gazetteer import data_dir

__all__ = ["control_zones", "zones_layer", "read_assertions", "HOLDING", "MIN_ASSERTED_KM"]

HOLDING = {"controls", "captured", "besieged", "contested"}  # statuses that say who holds the place
MIN_ASSERTED_KM = 3.0  # a point assertion covers at least this radius
MAX_ASSERTED_KM = 10.0  # ... and at most this: a wider uncertainty is drawn as inferred
AREA_FEATURES = {"governorate", "district", "subdistrict", "area", "desert", "plain", "mountain"}


@lru_cache(maxsize=1)
def _area_polygons() -> dict:
    """Place id -> polygon, for OCHA admin units (ocha:SY0203) and curated regions (areas.geojson ids)."""
    import geopandas as gpd

    polygons = {}
    for level in (1, 2, 3):
        layer = gpd.read_file(data_dir() / "boundaries" / f"ocha_adm{level}.geojson")
        code = next(c for c in layer.columns if c.lower() in ("pcode", f"adm{level}_pcode"))
        polygons.update({f"ocha:{p}": g for p, g in zip(layer[code], layer.geometry)})
    areas = gpd.read_file(data_dir() / "areas.geojson")
    if "id" in areas.columns:
        polygons.update({i: g for i, g in zip(areas["id"], areas.geometry)})
    return polygons


@lru_cache(maxsize=1)
def _syria():
    import geopandas as gpd

    return gpd.read_file(data_dir() / "boundaries" / "ocha_adm0.geojson").geometry.union_all()


def control_zones(assertions, as_of: date | None = None, horizon_days: int = 180, reach_km: float = 20.0):
    """Zones per actor as of a date (GeoDataFrame, EPSG:4326); see the module docstring for the method.

    The geometry is computed on whole arrays (shapely 2) and each point finds its
    Voronoi cell through an STRtree, so 10,000 places take seconds, not minutes.
    """
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    from .density import METRIC_CRS

    columns = ["actor", "status", "place", "place_id", "as_of", "kind", "contested", "source", "geometry"]
    frame = assertions.copy()
    frame["as_of"] = pd.to_datetime(frame["as_of"])
    frame = frame[frame["as_of"].notna()]
    if frame.empty:
        return gpd.GeoDataFrame(columns=columns, geometry="geometry", crs="EPSG:4326")
    when = pd.Timestamp(as_of) if as_of is not None else frame["as_of"].max()
    frame = frame[frame["as_of"] <= when]
    key = frame["place"].astype(str) + "|" + frame["place_id"].astype(str)  # "east of Tadmor" is not Tadmor
    latest = frame.assign(_key=key).sort_values("as_of").groupby("_key", sort=False).tail(1)
    latest = latest[latest["status"].isin(HOLDING)]
    # "positions in Deir Ezzor" names a governorate: too coarse to draw a zone (it stays in the assertions layer)
    latest = latest[~latest["place_id"].astype(str).str.fullmatch(r"ocha:SY\d{2}")]
    stale_cut = when - timedelta(days=horizon_days)
    stale = latest[latest["as_of"] < stale_cut]
    live = latest[latest["as_of"] >= stale_cut].to_crs(METRIC_CRS)
    syria = gpd.GeoSeries([_syria()], crs="EPSG:4326").to_crs(METRIC_CRS).iloc[0]
    shapely.prepare(syria)
    polygons = _area_polygons()

    geometry = np.asarray(live.geometry.array, dtype=object)
    own = np.isin(shapely.get_type_id(geometry), (3, 6))  # a user's own polygon
    area = np.array([not o and _whole_area(str(i)) and not _relative(str(p))
                     for o, i, p in zip(own, live["place_id"], live["place"])], dtype=bool)
    point = ~(own | area)
    shapes = geometry.copy()
    if area.any():
        shapes[area] = gpd.GeoSeries([polygons[i] for i in live["place_id"][area]],
                                     crs="EPSG:4326").to_crs(METRIC_CRS).values
    # asserted around the point, up to MAX_ASSERTED_KM; the rest of a wide uncertainty is inferred
    radius = np.array([min(max(float(u or 0), MIN_ASSERTED_KM), MAX_ASSERTED_KM) * 1000
                       for u in live["uncertainty_km"]], dtype=float)
    core = shapely.buffer(geometry[point], radius[point], quad_segs=16)  # as Point.buffer draws them
    shapes[point] = core
    asserted = _clip(shapes, syria)
    base = _attributes(live, source_fallback=True)
    parts = [base.assign(kind="asserted", geometry=asserted)]
    if point.any():
        sites = geometry[point]
        cells = shapely.voronoi_polygons(shapely.multipoints(sites), extend_to=syria.envelope)
        cells = shapely.get_parts(cells)
        site, cell = shapely.STRtree(cells).query(sites, predicate="within")
        first = np.full(len(sites), len(cells))
        np.minimum.at(first, site, cell)  # the first cell that holds the site, as a scan in order would find
        found = first < len(cells)
        reach = shapely.buffer(sites[found], radius[point][found] + reach_km * 1000, quad_segs=16)
        zone = _clip(shapely.intersection(cells[first[found]], reach), syria)
        zone = shapely.difference(zone, core[found])
        inferred = base[point][found].assign(kind="inferred", geometry=zone)
        parts.append(inferred[~shapely.is_empty(zone)])
    if len(stale):
        parts.append(_attributes(stale, source_fallback=False).assign(
            kind="stale", geometry=stale.to_crs(METRIC_CRS).geometry.to_numpy()))
    rows = pd.concat([p for p in parts if len(p)] or [pd.DataFrame(columns=columns)], ignore_index=True)[columns]
    zones = gpd.GeoDataFrame(rows, geometry="geometry", crs=METRIC_CRS).to_crs("EPSG:4326")
    zones["geometry"] = _repaired(zones.geometry.to_numpy())
    zones.attrs.update(as_of=when.date(), horizon_days=horizon_days, reach_km=reach_km)
    return zones


def _repaired(geometry):
    """The shapes made valid, polygonal parts kept: a valid zone in metres can fold a sliver onto itself once
    its vertices are moved to degrees (one of the terse dev set's did), and GIS writers refuse it."""
    import numpy as np
    import shapely

    geometry = np.asarray(geometry, dtype=object).copy()
    for i in np.flatnonzero(~shapely.is_valid(geometry) & ~shapely.is_missing(geometry)):
        parts = [part for part in shapely.get_parts(shapely.make_valid(geometry[i]))
                 if part.geom_type in ("Polygon", "MultiPolygon")]
        geometry[i] = shapely.union_all(parts) if parts else shapely.Polygon()
    return geometry


def _clip(shapes, syria):
    """``shapes`` intersected with Syria; those already inside are kept as they are (the costly overlay skipped)."""
    import shapely

    out = shapes.copy()
    outside = ~shapely.contains_properly(syria, shapes)  # fast: ``syria`` is prepared
    out[outside] = shapely.intersection(shapes[outside], syria)
    return out


def _attributes(frame, source_fallback: bool):
    """The zone columns an assertion carries; ``source`` is its evidence (or, with the fallback, its source)."""
    import pandas as pd

    evidence = list(frame["evidence"]) if "evidence" in frame else [""] * len(frame)
    if source_fallback and "source" in frame:
        evidence = [e or s for e, s in zip(evidence, frame["source"])]
    # lists, not arrays: pandas infers the column types as it does for rows built one by one
    return pd.DataFrame({"actor": list(frame["actor"]), "status": list(frame["status"]),
                         "place": list(frame["place"]), "place_id": list(frame["place_id"]),
                         "as_of": list(frame["as_of"]),
                         "contested": [s in ("besieged", "contested") for s in frame["status"]], "source": evidence})


def zones_layer(zones):
    """The zones as a GIS layer: polygons only (as MultiPolygon), stale assertions left to the assertions layer."""
    import numpy as np
    import shapely

    layer = zones[zones["kind"] != "stale"].copy()
    geometry = np.asarray(layer.geometry.array, dtype=object)
    single = shapely.get_type_id(geometry) == 3  # a Polygon becomes a MultiPolygon of one part
    if single.any():
        geometry[single] = shapely.multipolygons(geometry[single][:, np.newaxis])
    layer["geometry"] = geometry
    layer = layer[(shapely.get_type_id(geometry) == 6) & ~shapely.is_empty(geometry)]
    layer.attrs.update(zones.attrs)
    return layer


def _whole_area(place_id: str) -> bool:
    """Areas small enough that an assertion about them is about all of them: sub-districts and curated regions.

    "Positions in Deir Ezzor" does not mean the whole governorate (or district):
    those are drawn as points with an inferred reach instead.
    """
    return place_id in _area_polygons() and not re.fullmatch(r"ocha:SY\d{2}(?:\d{2})?", place_id)


def _relative(place: str) -> bool:
    """ "near X", "the desert east of X", "50 km south of X": somewhere by X, not X's own polygon."""
    return bool(re.match(r"(?:near|between|the desert|north|south|east|west|central|\d)", place, re.I))


def read_assertions(path: Path):
    """A user's own control assertions: CSV (actor, place or latitude/longitude, date, source) or GeoJSON.

    A CSV row names its place (resolved with the gazetteer) or gives latitude and
    longitude; a GeoJSON feature carries its own point or polygon. Returns the
    same columns as geomap's control layer.
    """
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    from .gazetteer import Gazetteer

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() in (".geojson", ".json", ".gpkg"):
        frame = gpd.read_file(path).to_crs("EPSG:4326")
    else:
        table = pd.read_csv(path, dtype=str).fillna("")
        missing = {"actor", "date"} - set(table.columns)
        if missing or not ({"place"} <= set(table.columns) or {"latitude", "longitude"} <= set(table.columns)):
            raise InputError(f"{path}: a control file needs the columns actor, date, source and either place "
                             f"or latitude,longitude (missing: {', '.join(sorted(missing)) or 'place'})")
        gazetteer = Gazetteer.default()
        geometry, uncertainty, place_ids = [], [], []
        for line, row in enumerate(table.itertuples(), start=2):
            if row._asdict().get("latitude"):
                try:
                    geometry.append(Point(float(row.longitude), float(row.latitude)))
                except ValueError:
                    raise InputError(f"{path}:{line}: latitude/longitude are not numbers") from None
                uncertainty.append(MIN_ASSERTED_KM)
                place_ids.append("")
                continue
            found = gazetteer.lookup(row.place, limit=1)
            if not found:
                raise InputError(f"{path}:{line}: no place called '{row.place}' in the gazetteer; give "
                                 f"latitude,longitude or add it with --gazetteer")
            geometry.append(Point(found[0].lon, found[0].lat))
            uncertainty.append(found[0].uncertainty_km)
            place_ids.append(found[0].id if found[0].feature in AREA_FEATURES else found[0].id)
        frame = gpd.GeoDataFrame(table, geometry=geometry, crs="EPSG:4326")
        frame["uncertainty_km"] = uncertainty
        frame["place_id"] = place_ids
    frame = frame.rename(columns={"date": "as_of"})
    for column, default in (("status", "controls"), ("place", ""), ("place_id", ""), ("uncertainty_km", MIN_ASSERTED_KM),
                            ("evidence", ""), ("source", str(path.name))):
        if column not in frame.columns:
            frame[column] = default
    frame["evidence"] = frame["evidence"].where(frame["evidence"].astype(str) != "", frame["source"])
    if not str(frame["as_of"].dtype).startswith("datetime"):
        frame["as_of"] = pd.to_datetime(frame["as_of"].astype(str), format="ISO8601", errors="coerce")
    if frame["as_of"].isna().any():
        bad = int(frame.index[frame["as_of"].isna()][0]) + 2
        raise InputError(f"{path}:{bad}: the date is not a date (write YYYY-MM-DD)")
    return frame
