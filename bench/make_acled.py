"""Write an invented ACLED-style export of N events at real gazetteer places, the same file for the same seed.

Run: python bench/make_acled.py N -o acled_N.csv [--parquet acled_N.parquet] [--seed 7]

For benchmarks, not analysis: every event is invented. What is real is where they are:
each event sits at a Syrian settlement of geomap's own gazetteer (``Gazetteer.default()``:
OCHA communities and neighbourhoods, Who's On First, GeoNames rows with country SY), moved
by a Gaussian jitter of ``JITTER_KM`` (1 km standard deviation, north and east apart) and
rounded to 4 decimals as ACLED writes them. Events cluster as they do in real data: 70% fall
at 80 "hot" places, the rest anywhere. Dates are uniform over 2017-2020 ("04 January 2018",
as ACLED's downloads write them); types follow ACLED's scheme (``TYPES``); fatalities are
0 for 60% of events and otherwise geometric with mean 3 (skewed small, a long tail).
The columns are ACLED's export columns, in their order (``COLUMNS``).

Writing is vectorised (numpy, then pyarrow's CSV writer): a million rows take a few seconds.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
           "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
           "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
# (disorder_type, event_type, sub_event_type, share of events): ACLED's scheme, a mix like Syria's.
TYPES = [
    ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack", 0.30),
    ("Political violence", "Explosions/Remote violence", "Air/drone strike", 0.18),
    ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED", 0.06),
    ("Political violence", "Battles", "Armed clash", 0.18),
    ("Political violence", "Battles", "Government regains territory", 0.01),
    ("Political violence", "Battles", "Non-state actor overtakes territory", 0.01),
    ("Political violence", "Violence against civilians", "Attack", 0.08),
    ("Political violence", "Violence against civilians", "Abduction/forced disappearance", 0.03),
    ("Demonstrations", "Protests", "Peaceful protest", 0.08),
    ("Demonstrations", "Riots", "Violent demonstration", 0.01),
    ("Strategic developments", "Strategic developments", "Looting/property destruction", 0.03),
    ("Strategic developments", "Strategic developments", "Arrests", 0.03),
]
SOURCES = ["Syrian Observatory for Human Rights", "SANA", "Step News Agency", "North Press Agency",
           "Deir Ezzor 24", "Enab Baladi"]
JITTER_KM = 1.0
KM_PER_DEGREE = 111.32
START, YEARS = np.datetime64("2017-01-01"), 4


def _places() -> tuple[np.ndarray, ...]:
    """Syrian settlements of the gazetteer: lat, lon, name, admin1, admin2, admin3 as arrays."""
    from geomap.gazetteer import Gazetteer

    rows = [p for p in Gazetteer.default().places if p.country == "SY" and p.is_settlement and p.admin1]
    rows.sort(key=lambda p: p.id)  # the gazetteer's order is its load order; sort for a seed to mean one file
    return (np.array([p.lat for p in rows]), np.array([p.lon for p in rows]),
            *(np.array([getattr(p, f) for p in rows], dtype=object) for f in ("name", "admin1", "admin2", "admin3")))


def _actors() -> tuple[np.ndarray, np.ndarray]:
    """Canonical actor names and ACLED inter codes from geomap's actor lexicon (geomap/data/actors.csv)."""
    with (ROOT / "geomap" / "data" / "actors.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["side"] != "generic"]
    return np.array([r["canonical"] for r in rows], dtype=object), np.array([int(r["inter"]) for r in rows])


def table(n: int, seed: int = 7):
    """The N invented events as a pyarrow Table with ACLED's columns."""
    import pyarrow as pa
    import pyarrow.compute as pc

    rng = np.random.default_rng(seed)
    lat0, lon0, name, admin1, admin2, admin3 = _places()
    hot = rng.choice(len(lat0), size=80, replace=False)
    place = np.where(rng.random(n) < 0.7, hot[rng.integers(0, len(hot), n)], rng.integers(0, len(lat0), n))
    lat = lat0[place] + rng.normal(0, JITTER_KM, n) / KM_PER_DEGREE
    lon = lon0[place] + rng.normal(0, JITTER_KM, n) / (KM_PER_DEGREE * np.cos(np.radians(lat0[place])))

    share = np.array([t[3] for t in TYPES])
    kind = rng.choice(len(TYPES), size=n, p=share / share.sum())
    disorder, event_type, sub_type = (np.array([t[i] for t in TYPES], dtype=object)[kind] for i in range(3))
    actors, inters = _actors()
    a1 = rng.integers(0, len(actors), n)
    a2 = rng.integers(0, len(actors), n)
    civilians = event_type == "Violence against civilians"
    protest = np.isin(event_type, ["Protests", "Riots"])
    actor1 = np.where(protest, np.where(event_type == "Riots", "Rioters (Syria)", "Protesters (Syria)"), actors[a1])
    actor2 = np.where(civilians, "Civilians (Syria)", np.where(protest, "", actors[a2]))
    inter1 = np.where(protest, np.where(event_type == "Riots", 5, 6), inters[a1])
    inter2 = np.where(civilians, 7, np.where(protest, 0, inters[a2]))

    days = START + rng.integers(0, 365 * YEARS + 1, n).astype("timedelta64[D]")
    fatalities = np.where(rng.random(n) < 0.6, 0, rng.geometric(1 / 3, n))
    fatalities[protest] = 0
    precision = rng.choice([1, 2, 3], size=n, p=[0.8, 0.15, 0.05])
    dates = pc.strftime(pa.array(days.astype("datetime64[s]")), format="%d %B %Y")
    text = {k: pa.array(v, type=pa.string()) for k, v in
            (("actor1", actor1), ("actor2", actor2), ("location", name[place]), ("admin1", admin1[place]))}
    notes = pc.binary_join_element_wise("On ", dates, ", ", text["actor1"], " and ", text["actor2"], " (",
                                        pa.array(sub_type, type=pa.string()), ") in ", text["location"], " (",
                                        text["admin1"], "). ", pc.cast(pa.array(fatalities), pa.string()),
                                        " fatalities. Invented for benchmarking.", "")
    columns = {
        "event_id_cnty": pc.binary_join_element_wise("SYR", pc.cast(pa.array(np.arange(1, n + 1)), pa.string()), ""),
        "event_date": dates, "year": days.astype("datetime64[Y]").astype(int) + 1970, "time_precision": rng.choice(
            [1, 2, 3], size=n, p=[0.85, 0.1, 0.05]),
        "disorder_type": disorder, "event_type": event_type, "sub_event_type": sub_type,
        "actor1": text["actor1"], "assoc_actor_1": np.full(n, ""), "inter1": inter1,
        "actor2": text["actor2"], "assoc_actor_2": np.full(n, ""), "inter2": np.where(inter2 == 0, None, inter2),
        "interaction": inter1 * 10 + inter2, "civilian_targeting": np.where(civilians, "Civilian targeting", ""),
        "iso": np.full(n, 760), "region": np.full(n, "Middle East"), "country": np.full(n, "Syria"),
        "admin1": text["admin1"], "admin2": admin2[place], "admin3": admin3[place], "location": text["location"],
        "latitude": np.round(lat, 4), "longitude": np.round(lon, 4), "geo_precision": precision,
        "source": np.array(SOURCES, dtype=object)[rng.integers(0, len(SOURCES), n)],
        "source_scale": np.full(n, "National"), "notes": notes, "fatalities": fatalities,
        "tags": np.full(n, ""), "timestamp": 1_600_000_000 + np.arange(n),
    }
    return pa.table({name: pa.array(columns[name]) if not isinstance(columns[name], (pa.Array, pa.ChunkedArray))
                     else columns[name] for name in COLUMNS})


def write(n: int, csv_path: Path | None = None, parquet_path: Path | None = None, seed: int = 7) -> None:
    """Write the table as CSV (ACLED's layout) and/or GeoParquet (points in EPSG:4326, all columns kept)."""
    import pyarrow.csv as pacsv

    events = table(n, seed)
    if csv_path is not None:
        pacsv.write_csv(events, csv_path, pacsv.WriteOptions(quoting_style="needed"))
    if parquet_path is not None:
        import geopandas as gpd

        frame = events.to_pandas()
        gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame["longitude"], frame["latitude"]),
                         crs="EPSG:4326").to_parquet(parquet_path)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("-o", "--output", type=Path, help="the CSV to write")
    parser.add_argument("--parquet", type=Path, help="also (or only) a GeoParquet file")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.output is None and args.parquet is None:
        parser.error("give -o FILE.csv and/or --parquet FILE.parquet")
    write(args.rows, args.output, args.parquet, args.seed)


if __name__ == "__main__":
    main()
