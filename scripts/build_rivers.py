"""Regenerate gazetteer/basemap/rivers.geojson from GSHHG's WDB-II rivers.

Source: the river lineaments of GSHHG (Global Self-consistent Hierarchical
High-resolution Geography, Wessel & Smith; rivers from the CIA World Data Bank II)
in GMT's *binned* netCDF-4 form, as shipped by Debian's ``gmt-gshhg-low`` package
(``usr/share/gmt-gshhg/binned_river_i.nc``, intermediate resolution). Get it
offline and run::

    pip install h5py            # needed by this script only, not by geomap
    apt-get download gmt-gshhg-low
    python scripts/build_rivers.py --deb gmt-gshhg-low_*.deb

The script unpacks the .deb itself (``dpkg-deb -x``) into a temporary folder and
takes the package version from it (``dpkg-deb -f``). Without ``--deb`` it reads the
installed file ``/usr/share/gmt-gshhg/binned_river_i.nc`` and asks ``dpkg-query``
for the version (``apt-get install gmt-gshhg-low``). ``--resolution h`` uses
``binned_river_h.nc`` from ``gmt-gshhg-high`` instead.

The binned format (GMT's ``gmt_shore.c``; GSHHG's README says it has no user
documentation): the globe is cut into square bins of ``Bin_size_in_minutes``
(300' = 5 degrees here), numbered row by row from the north-west corner, so bin
``b`` has its south-west corner at lon ``(b % nx) * size``, lat
``90 - (b // nx + 1) * size``. Each bin lists its segments
(``Id_of_first_segment_in_a_bin``, ``N_segments_in_a_bin``), each segment its
points (``Id_of_first_point_in_a_segment``, ``N_points_for_a_segment``) and a
river class (``Hierarchial_level_of_a_segment``). A point is two *unsigned* 16-bit
offsets from the bin's south-west corner, 65535 = one bin width (the file declares
them int16, so they are reinterpreted as uint16). Lines are cut at bin edges; the
pieces are joined again with ``shapely.line_merge``.

River classes: the file stores GMT's ``pscoast -I`` numbering, 0..10, which is the
WDB-II / GSHHG-shapefile class minus one (shapefile ``L01`` = file 0). Kept and
written as the WDB class in the ``level`` property (``--max-level``, default 4):

* 1: double-lined rivers (river-lakes); none falls inside the box
* 2: permanent major rivers (in the box: the Euphrates and the Tigris)
* 3: additional major rivers (the Orontes above Homs, the Jordan)
* 4: additional rivers (the Khabur, the Orontes from Homs past Hama to Turkey, and
  smaller rivers in Syria, Lebanon and Turkey)

Class 4 is kept because WDB-II files the Khabur and the Orontes below Homs there;
with ``--max-level 3`` the layer has neither. Dropped: 5 minor rivers, 6-8
intermittent rivers (wadis), 9-11 canals.

Processing: decode every segment of the kept classes in the bins meeting the box,
snap to a 0.00001 degree grid (so pieces meet exactly at bin edges), merge each
class into LineStrings, clip to the box lon 34.5..43.5, lat 31.5..38.5, simplify
(Douglas-Peucker, 0.005 degree, topology kept), snap again and drop empty parts.
Features are sorted by level and then by coordinates, so two runs write the same
bytes. Properties: ``level`` (WDB class, above) and ``source``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString, box

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "gazetteer" / "basemap" / "rivers.geojson"
NC_DIR = Path("usr/share/gmt-gshhg")
PACKAGES = {"c": "gmt-gshhg-low", "l": "gmt-gshhg-low", "i": "gmt-gshhg-low",
            "h": "gmt-gshhg-high", "f": "gmt-gshhg-full"}

BOX = (34.5, 31.5, 43.5, 38.5)  # west, south, east, north (degrees)
MAX_LEVEL = 4  # WDB-II river classes 1..MAX_LEVEL are kept (class = file level + 1)
TOLERANCE = 0.005  # degrees, Douglas-Peucker
DECIMALS = 5
GRID = 10.0 ** -DECIMALS
MAX_BYTES = 1_000_000


def _read_segments(nc: Path, bbox: tuple[float, float, float, float],
                   levels: tuple[int, ...]) -> list[tuple[int, np.ndarray]]:
    """Return (WDB level, (n, 2) lon/lat array) for every segment of *levels* in bins meeting *bbox*."""
    import h5py  # build-time dependency only

    with h5py.File(nc, "r") as f:
        size = int(f["Bin_size_in_minutes"][0]) / 60.0
        nx = int(f["N_bins_in_360_longitude_range"][0])
        ny = int(f["N_bins_in_180_degree_latitude_range"][0])
        first_seg = f["Id_of_first_segment_in_a_bin"][:].astype(np.int64)
        n_seg = f["N_segments_in_a_bin"][:].astype(np.int64)
        n_pts = f["N_points_for_a_segment"][:].astype(np.int64)
        level = f["Hierarchial_level_of_a_segment"][:].astype(np.int64) + 1
        first_pt = f["Id_of_first_point_in_a_segment"][:].astype(np.int64)
        dx = f["Relative_longitude_from_SW_corner_of_bin"][:].view(np.uint16).astype(np.float64)
        dy = f["Relative_latitude_from_SW_corner_of_bin"][:].view(np.uint16).astype(np.float64)
    if len(first_seg) != nx * ny:
        raise SystemExit(f"{nc}: {len(first_seg)} bins, expected {nx} x {ny}")
    scale = size / 65535.0
    west, south, east, north = bbox
    out = []
    for b in range(nx * ny):
        lon0 = (b % nx) * size
        lat0 = 90.0 - (b // nx + 1) * size
        if lon0 > east or lon0 + size < west or lat0 > north or lat0 + size < south:
            continue
        for s in range(first_seg[b], first_seg[b] + n_seg[b]):
            if level[s] not in levels:
                continue
            p = slice(first_pt[s], first_pt[s] + n_pts[s])
            xy = np.column_stack((lon0 + dx[p] * scale, lat0 + dy[p] * scale))
            out.append((int(level[s]), xy))
    return out


def build(nc: Path, max_level: int = MAX_LEVEL) -> list[tuple[int, LineString]]:
    """Decode, merge, clip and simplify classes 1..*max_level*; return sorted (level, LineString) pairs."""
    levels = tuple(range(1, max_level + 1))
    clip = box(*BOX)
    lines: list[tuple[int, LineString]] = []
    segments = _read_segments(nc, BOX, levels)
    for lv in levels:
        parts = [LineString(xy) for l, xy in segments if l == lv and len(xy) >= 2]
        if not parts:
            continue
        merged = shapely.line_merge(shapely.set_precision(shapely.MultiLineString(parts), GRID))
        merged = shapely.intersection(merged, clip)
        merged = shapely.line_merge(merged)
        merged = shapely.simplify(merged, TOLERANCE, preserve_topology=True)
        merged = shapely.set_precision(merged, GRID)
        for g in shapely.get_parts(merged):
            if g.geom_type == "LineString" and not g.is_empty and g.length > 0:
                lines.append((lv, g))
    lines.sort(key=lambda t: (t[0], [tuple(c) for c in np.round(shapely.get_coordinates(t[1]), DECIMALS)]))
    return lines


def _coords(g: LineString) -> list[list[float]]:
    return [[round(float(x), DECIMALS), round(float(y), DECIMALS)] for x, y in g.coords]


def write_geojson(lines: list[tuple[int, LineString]], source: str, path: Path) -> int:
    """Write RFC 7946 GeoJSON, one feature per line, via temp file + rename; return bytes."""
    rows = [json.dumps({"type": "Feature",
                        "properties": {"level": lv, "source": source},
                        "geometry": {"type": "LineString", "coordinates": _coords(g)}},
                       separators=(", ", ": ")) for lv, g in lines]
    text = ('{\n"type": "FeatureCollection",\n'
            f'"xy_coordinate_resolution": {GRID:.{DECIMALS}f},\n'
            '"features": [\n' + ",\n".join(rows) + "\n]\n}\n")
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise SystemExit(f"{path}: {size} bytes, over the {MAX_BYTES} byte budget")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return size


def _gshhg_version(nc: Path) -> str:
    import h5py

    with h5py.File(nc, "r") as f:
        v = f.attrs.get("version", b"?")
    return v.decode() if isinstance(v, bytes) else str(v)


def _run(args: list[str]) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", type=Path,
                        help="a downloaded gmt-gshhg-low (or -high) .deb (default: the installed package)")
    parser.add_argument("--resolution", choices=sorted(PACKAGES), default="i",
                        help="GSHHG resolution letter (default: i, intermediate, in gmt-gshhg-low)")
    parser.add_argument("--max-level", type=int, choices=range(1, 12), default=MAX_LEVEL, metavar="N",
                        help=f"keep WDB river classes 1..N (default: {MAX_LEVEL})")
    parser.add_argument("-o", "--output", type=Path, default=OUT, help=f"default: {OUT}")
    args = parser.parse_args(argv)
    name = f"binned_river_{args.resolution}.nc"
    with tempfile.TemporaryDirectory() as tmp:
        if args.deb:
            if not args.deb.is_file():
                parser.error(f"{args.deb} not found")
            package, version = _run(["dpkg-deb", "-f", str(args.deb), "Package", "Version"]).split("\n")
            package, version = package.split(": ", 1)[1], version.split(": ", 1)[1]
            _run(["dpkg-deb", "-x", str(args.deb), tmp])
            nc = Path(tmp) / NC_DIR / name
        else:
            package = PACKAGES[args.resolution]
            nc = Path("/") / NC_DIR / name
            try:
                version = _run(["dpkg-query", "-W", "-f", "${Version}", package])
            except (OSError, subprocess.CalledProcessError):
                version = ""
        if not nc.is_file() or not version:
            parser.error(f"{nc} not found; 'apt-get download {PACKAGES[args.resolution]}' "
                         "and pass --deb gmt-gshhg-*.deb")
        source = f"GSHHG WDB rivers v{_gshhg_version(nc)} ({package} {version})"
        lines = build(nc, args.max_level)
    size = write_geojson(lines, source, args.output)
    counts = {lv: sum(1 for l, _ in lines if l == lv) for lv in range(1, args.max_level + 1)}
    print(f"wrote {len(lines)} lines {counts}, {size} bytes, to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
