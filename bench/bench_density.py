"""Benchmark: `geomap map density` on an N-row ACLED-style CSV and GeoParquet, beside its floors and a baseline.

Run: python bench/bench_density.py [--rows 1000000] [--methods kde,hex,admin] [--control] [--workdir DIR]

The input is bench/make_acled.py's invented export (seeded, at gazetteer places), written once
into --workdir and reused. Each measurement is its own process, pinned to one core with
`taskset -c 0` (when taskset exists), timed from start to exit (wall, and CPU = user + system),
its peak memory taken from os.wait4's rusage of that very process. Printed beside it:

* floors from the same run: `pandas.read_csv` of the file, all columns and only the needed ones
  (`pandas.read_parquet` for GeoParquet): a map cannot cost less than reading its input;
* a baseline: the naive KDE, every point's Gaussian evaluated on every cell of the same grid,
  timed on a sample of points and extrapolated to N (it grows as N x cells).

A machine shared with others inflates wall time; CPU time is the steadier figure. Benchmarks
are not tests: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from child import measure  # noqa: E402
NEEDED = ["event_date", "latitude", "longitude", "fatalities"]  # what `map density` reads of an ACLED file
READ_CSV = """
import sys, time, pandas as pd
start = time.perf_counter()
frame = pd.read_csv(sys.argv[1], usecols=None if sys.argv[2] == "all" else sys.argv[2].split(","))
print(f"in-process {time.perf_counter() - start:.2f} s, {len(frame)} rows", file=sys.stderr)
"""
READ_PARQUET = READ_CSV.replace("pd.read_csv(sys.argv[1], usecols=", "pd.read_parquet(sys.argv[1], columns=")
NAIVE_KDE = """
import sys, time, numpy as np
from geomap.density import kde, _metric_xy
from geomap.sources import read_incidents
table = read_incidents(sys.argv[1], columns=["event_date"], geometry=False)
surface = kde(table.iloc[:1])  # the grid map density uses: Syria plus one bandwidth, 5 km cells
cx, cy = surface.centres()
x, y = _metric_xy(table.iloc[:int(sys.argv[2])])
sigma = surface.bandwidth_km * 1000
start = time.process_time()  # CPU seconds: steadier than wall time on a shared machine
total = np.zeros_like(cx)
for xi, yi in zip(x, y):
    total += np.exp(-((cx - xi) ** 2 + (cy - yi) ** 2) / (2 * sigma ** 2))
seconds = time.process_time() - start
print(f"{seconds / len(x)} {cx.size}")
"""


def line(label: str, result: dict) -> str:
    note = f"  ({result['stderr']})" if result["stderr"] and "in-process" in result["stderr"] else ""
    return (f"{label:<52} {result['wall']:6.2f} s wall {result['cpu']:6.2f} s CPU "
            f"{result['rss_mib']:7.0f} MiB peak{note}")


def inputs(rows: int, workdir: Path) -> tuple[Path, Path]:
    """The CSV and GeoParquet of ``rows`` invented events, made once per size and seed."""
    csv_path, parquet_path = workdir / f"acled_{rows}.csv", workdir / f"acled_{rows}.parquet"
    if not (csv_path.exists() and parquet_path.exists()):
        workdir.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        # in a process of its own: this one stays small, since a child's peak RSS counts what it was forked from
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_acled.py"), str(rows), "-o", str(csv_path),
                        "--parquet", str(parquet_path)], check=True)
        print(f"made {csv_path.name} ({csv_path.stat().st_size / 2 ** 20:.0f} MiB) and {parquet_path.name} "
              f"({parquet_path.stat().st_size / 2 ** 20:.0f} MiB) in {time.perf_counter() - start:.1f} s")
    return csv_path, parquet_path


def assertions(workdir: Path) -> Path:
    """A few control assertions at gazetteer places, so `map control` has zones to draw."""
    path = workdir / "assertions.csv"
    path.write_text("actor,place,date,source\n"
                    "Military Forces of Syria,Aleppo,2020-10-01,bench\n"
                    "Opposition rebels,Idleb,2020-10-01,bench\n"
                    "Syrian Democratic Forces,Ar-Raqqa,2020-10-01,bench\n"
                    "Military Forces of Syria,Deir-ez-Zor,2020-09-01,bench\n", encoding="utf-8")
    return path


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--methods", default="kde,hex,admin", help="density methods to time (default all three)")
    parser.add_argument("--control", action="store_true", help="also time `geomap map control` on the CSV")
    parser.add_argument("--sample", type=int, default=2000, help="points timed for the naive KDE baseline")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "geomap-bench")
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one core with taskset")
    args = parser.parse_args(argv)
    pin = not args.no_pin
    core = "0" if pin else None
    csv_path, parquet_path = inputs(args.rows, args.workdir)
    python = sys.executable
    print(f"{args.rows} rows; each line one process{' on core 0 (taskset -c 0)' if pin and shutil.which('taskset') else ''}"
          f"; python {sys.version.split()[0]}")
    for source, read in ((csv_path, READ_CSV), (parquet_path, READ_PARQUET)):
        print(f"\n{source.name}")
        for method in args.methods.split(","):
            out = args.workdir / f"density_{method}_{source.suffix[1:]}.png"
            result = measure([python, "-m", "geomap", "map", "density", str(source), "--method", method, "-q",
                              "-o", str(out)], core)
            print(line(f"geomap map density --method {method}", result))
        kind = "read_csv" if source.suffix == ".csv" else "read_parquet"
        print(line(f"floor: pandas.{kind}, all columns", measure([python, "-c", read, str(source), "all"], core)))
        print(line(f"floor: pandas.{kind}, {','.join(NEEDED)}",
                   measure([python, "-c", read, str(source), ",".join(NEEDED)], core)))
    sample = min(args.sample, args.rows)
    per_point, cells = measure([python, "-c", NAIVE_KDE, str(csv_path), str(sample)], core)["stdout"].split()
    per_point = float(per_point)
    print(f"\nbaseline: naive KDE (each point's Gaussian on all {int(cells)} cells of the 5 km grid): "
          f"{per_point * 1e3:.3f} ms CPU a point over {sample} points, so {per_point * args.rows:.1f} s CPU for "
          f"{args.rows} points (the kernel alone, before reading or drawing)")
    if args.control:
        out = args.workdir / "control.png"
        result = measure([python, "-m", "geomap", "map", "control", str(csv_path), "--assertions",
                          str(assertions(args.workdir)), "-q", "-o", str(out)], core)
        print(line("geomap map control (CSV, with 4 assertions)", result))


if __name__ == "__main__":
    main()
