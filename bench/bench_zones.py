"""Benchmark: control zones from N asserted places, beside a bare Voronoi diagram of the same points.

Run (one core, as the numbers in notes are taken): taskset -c 0 .venv/bin/python bench/bench_zones.py [--places N]
The assertions are invented (actors, dates, statuses from a seeded RNG) about real gazetteer
places: N settlements in Syria (and a few sub-districts, drawn as their OCHA polygon) sampled
from Gazetteer.default(), so every coordinate is the gazetteer's. A fifth of the places also get
an older assertion (the latest must win) and about a tenth are stale. Numbers go in closing notes.
"""
from __future__ import annotations

import argparse
import random
import resource
import time
from datetime import date, timedelta

ACTORS = ["Military Forces of Syria", "Islamic State", "Syrian Democratic Forces", "Hayat Tahrir al-Sham",
          "Opposition rebels", "Military Forces of Turkey", "Military Forces of the United States"]
STATUSES = ["controls"] * 12 + ["captured"] * 4 + ["besieged", "contested", "lost", "lost"]
SETTLEMENTS = {"city", "town", "village", "settlement"}
AS_OF = date(2018, 12, 31)


def assertions(n: int, seed: int = 7):
    """N places' assertions as control_zones takes them (GeoDataFrame, EPSG:4326)."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    from geomap import Gazetteer

    rng = random.Random(seed)
    places = [p for p in Gazetteer.default().places if p.country == "SY"]
    towns = [p for p in places if p.feature in SETTLEMENTS]
    areas = [p for p in places if p.feature == "subdistrict"]
    n_areas = min(len(areas), n // 100)
    chosen = rng.sample(areas, n_areas) + rng.sample(towns, min(len(towns), n - n_areas))
    chosen += [rng.choice(towns) for _ in range(n - len(chosen))]  # more places than the gazetteer has
    rows = []
    for place in chosen:
        age = rng.randrange(400) if rng.random() < 0.1 else rng.randrange(170)  # a tenth older than 180 days
        dates = [AS_OF - timedelta(days=age)]
        if rng.random() < 0.2:
            dates.insert(0, dates[0] - timedelta(days=1 + rng.randrange(300)))
        for when in dates:
            rows.append({"actor": rng.choice(ACTORS), "status": rng.choice(STATUSES), "place": place.name,
                         "place_id": place.id, "as_of": pd.Timestamp(when), "uncertainty_km": place.uncertainty_km,
                         "evidence": f"invented assertion {len(rows)}", "geometry": Point(place.lon, place.lat)})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def timed(label: str, func, repeat: int):
    """Best of ``repeat`` runs (seconds), with the process's peak memory so far."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<34} {best:8.3f} s   peak RSS {peak:6.0f} MiB")
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    args = parser.parse_args(argv)

    import geopandas as gpd
    import shapely

    from geomap.density import METRIC_CRS
    from geomap.zones import _area_polygons, _syria, control_zones, zones_layer

    frame = assertions(args.places)
    _area_polygons(), _syria()  # the shipped polygons are read once per process: not what is measured
    print(f"{args.places} places, {len(frame)} assertions, as of {AS_OF}")
    points = shapely.multipoints(gpd.GeoSeries(frame.geometry.unique(), crs="EPSG:4326").to_crs(METRIC_CRS).values)
    timed("floor: shapely.voronoi_polygons", lambda: shapely.voronoi_polygons(points), args.repeat)
    zones = timed("control_zones", lambda: control_zones(frame, as_of=AS_OF), args.repeat)
    layer = timed("zones_layer", lambda: zones_layer(zones), args.repeat)
    kinds = zones["kind"].value_counts().to_dict()
    print(f"zones: {len(zones)} rows {kinds}; layer: {len(layer)} polygons")


if __name__ == "__main__":
    main()
