"""Build gazetteer/basemap/roads.geojson, the basemap's main roads, from a road file you have.

geomap ships no roads because no authoritative road data for Syria installs offline
(nothing in PyPI or Debian carries it). With a copy of one, run once::

    python scripts/build_roads.py --source ne_10m_roads.shp \\
        --attribution "Natural Earth (public domain)"
    python scripts/build_roads.py --source syria-latest.gpkg \\
        --attribution "© OpenStreetMap contributors (ODbL)"

Natural Earth's ``ne_10m_roads`` (public domain) is the layer to use for a layer
that is committed; an OpenStreetMap extract is far more detailed, but its
licence (ODbL) asks that the derived database be shared under the same licence
and credited. ``geomap.roads.read_roads`` picks the main roads and clips them to
the region (see its docstring for the columns it reads); this script simplifies
them (Douglas-Peucker, 0.002 degree, topology kept), rounds coordinates to
0.0001 degree, sorts the features so two runs write the same bytes, and writes
the file atomically. Figures and the web map draw it from then on and name its
source in their attribution line; ``--roads FILE`` on a map command overrides it.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.io import atomic_path  # noqa: E402
from geomap.roads import read_roads  # noqa: E402

OUT = ROOT / "gazetteer" / "basemap" / "roads.geojson"
TOLERANCE = 0.002  # degrees


def build(source: Path, attribution: str | None):
    """The simplified, sorted main roads of ``source``."""
    roads = read_roads(source, attribution=attribution)
    roads["geometry"] = roads.geometry.simplify(TOLERANCE, preserve_topology=True)
    roads["geometry"] = shapely.set_precision(roads.geometry.values, 1e-4)
    roads = roads[~roads.geometry.is_empty & roads.geometry.notna()]
    order = sorted(range(len(roads)), key=lambda i: (roads["road_class"].iat[i], roads.geometry.iat[i].wkt))
    return roads.iloc[order].reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="a road line file GDAL reads")
    parser.add_argument("--attribution", help="credit line for the source (else its 'source' column or file name)")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    roads = build(args.source, args.attribution)
    with atomic_path(args.output) as tmp:
        tmp.write_text(roads.to_json(drop_id=True), encoding="utf-8")
    print(f"wrote {args.output}: {len(roads)} road lines "
          f"({(roads['road_class'] == 'major').sum()} major)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
