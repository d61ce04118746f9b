"""Benchmark: density maps from an ACLED-style export of N invented events at gazetteer places.

Run: .venv/bin/python bench/bench_maps.py [N]
The events are invented (random types, dates in 2018, fatalities) and placed at OCHA communities
read from gazetteer/places/ocha_communities.csv, so the coordinates are the gazetteer's. Prints the
time of each `geomap map density` method and of reading the CSV. Numbers go in closing notes.
"""
from __future__ import annotations

import csv
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
           "actor2", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]
TYPES = [("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Battles", "Armed clash"),
         ("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Air/drone strike")]


def make(n: int, path: Path) -> None:
    rng = random.Random(7)
    places = list(csv.DictReader((ROOT / "gazetteer" / "places" / "ocha_communities.csv").open(encoding="utf-8")))
    hot = rng.sample(places, 60)  # events cluster, as they do
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for i in range(n):
            place = rng.choice(hot) if rng.random() < 0.7 else rng.choice(places)
            day = date(2018, 1, 1) + timedelta(days=rng.randrange(365))
            event_type, sub_type = rng.choice(TYPES)
            writer.writerow([f"SYR{i:06d}", day.strftime("%d %B %Y"), 2018, 1, event_type, sub_type,
                             "Military Forces of Syria (2000-)", "", place["admin1"], place["name"], place["lat"],
                             place["lon"], 1, "invented", "invented event for benchmarking", rng.choice([0, 0, 1, 2, 5])])


def main(n: int) -> None:
    from geomap.cli import main as geomap

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"acled_{n}.csv"
        make(n, source)
        start = time.perf_counter()
        from geomap.sources import read_incidents

        rows = len(read_incidents(source))
        print(f"read {rows} rows in {time.perf_counter() - start:.2f} s")
        for method in ("kde", "hex", "admin"):
            start = time.perf_counter()
            assert geomap(["map", "density", str(source), "--method", method, "-q", "-o", str(Path(tmp) / f"{method}.png")]) == 0
            print(f"map density --method {method}: {time.perf_counter() - start:.2f} s (PNG, 300 dpi)")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
