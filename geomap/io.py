"""Write incident tables: GeoJSON (RFC 7946), GeoPackage, CSV, Parquet, JSON Lines.

Every writer writes a temporary file beside the target and renames it, so a
failure never leaves a half-written file or destroys the previous one.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

from .errors import OutputError

__all__ = ["write_table", "write_batches", "Rows", "FORMATS", "atomic_path", "atomic_dir"]

FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "GPKG", ".csv": "CSV", ".parquet": "Parquet",
           ".jsonl": "JSONL"}


@contextmanager
def atomic_path(target: Path):
    """Yield a temporary path in the target's folder; on success rename it onto the target."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{target.parent}: cannot create the folder ({exc.strerror})") from exc
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp" + target.suffix, dir=target.parent)
    os.close(fd)
    os.unlink(tmp)  # GDAL wants to create the file itself
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except OutputError:
        raise
    except Exception as exc:
        raise OutputError(f"{target}: could not write ({exc}); the previous file, if any, is untouched") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def atomic_dir(target: Path):
    """Yield a hidden folder beside ``target`` to write into; swap it in whole at the end.

    After a failure, Ctrl-C or SIGTERM the target is all old (the staging folder
    is removed); after SIGKILL the next run removes the leftovers. The swap is two
    renames, so the target is missing only between them, for microseconds.
    """
    import shutil
    import signal

    target = Path(target)
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        for leftover in parent.glob(f".{target.name}.geomap-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.geomap-new-", dir=parent))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)  # mkdtemp makes it private; the outputs folder is not
    except OSError as exc:
        raise OutputError(f"{parent}: cannot write here ({exc.strerror}); choose another output folder") from exc

    def terminated(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield staging
        old = parent / f".{target.name}.geomap-old-{os.getpid()}"
        if target.exists():
            os.rename(target, old)
        os.rename(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        raise OutputError(f"{target}: could not switch in the new outputs ({exc.strerror}); the previous "
                          f"folder is untouched") from exc
    finally:
        signal.signal(signal.SIGTERM, previous)
        shutil.rmtree(staging, ignore_errors=True)


def _plain(frame):
    """A copy with dates as ISO strings and no geometry, for text formats."""
    out = frame.drop(columns=[name for name in ("geometry",) if name in frame.columns])
    for column in out.columns:
        if str(out[column].dtype).startswith("datetime"):
            out[column] = out[column].dt.strftime("%Y-%m-%d").where(out[column].notna(), None)
    return out


class Rows:
    """A table as rows of plain values (text, int, float, None), for CSV, JSON Lines and a GeoPackage of points:
    written with the standard library, as pandas and pyogrio would write the same table, without importing them.
    ``kinds`` names each column that is not text: "integer", "real" or "datetime" (ISO text)."""

    def __init__(self, columns: list[str], values: list[tuple], kinds: dict[str, str] | None = None) -> None:
        self.columns, self.values, self.kinds = list(columns), values, dict(kinds or {})

    @classmethod
    def typed(cls, columns: list[str], kinds: dict[str, str], rows: Iterable[tuple]) -> "Rows":
        """Rows of tuples in ``columns`` order, each non-text column's values made plain as ``kinds`` says: a
        date as ISO text, a whole number as an int, a measure as a float ("5.0", as a table writes it); None
        stays None (no value)."""
        at = [(columns.index(name), _PLAIN[kind]) for name, kind in kinds.items()]
        values = []
        for row in rows:
            row = list(row)
            for index, plain in at:
                if row[index] is not None:
                    row[index] = plain(row[index])
            values.append(tuple(row))
        return cls(columns, values, kinds)

    def __len__(self) -> int:
        return len(self.values)


_PLAIN = {"datetime": lambda value: value.isoformat(), "integer": int, "real": float}  # see Rows.typed
SLICE_ROWS = 20_000  # rows of a table handed to a text writer at a time


def write_table(gdf, target: Path, layers: dict | None = None) -> Path:
    """Write ``gdf`` to ``target``, the format taken from the extension.

    ``layers`` adds named extra layers to a GeoPackage (e.g. control claims);
    other formats ignore it. A long table goes to a text writer (GeoJSON, CSV,
    JSON Lines) ``SLICE_ROWS`` at a time, the same file as written whole: the
    GeoJSON writer's dicts of 186,000 rows were 0.5 GB at once. A GeoPackage and
    Parquet are written whole: appending slices to a GeoPackage cost 0.8-1.8 s
    more at 186,000 rows, and Parquet's writer joins them again.
    """
    return write_batches(_slices(gdf, layers or {}, Path(target).suffix.lower()), target)


def _slices(gdf, layers: dict, suffix: str):
    """The table in slices for a text format, the extra layers with the first; else whole."""
    if isinstance(gdf, Rows) or len(gdf) <= SLICE_ROWS or suffix not in (".geojson", ".json", ".csv", ".jsonl"):
        yield gdf, layers
        return
    for start in range(0, len(gdf), SLICE_ROWS):
        yield gdf.iloc[start:start + SLICE_ROWS], layers if start == 0 else {}


def write_batches(batches: Iterable[tuple], target: Path) -> Path:
    """Write ``(table, extra layers)`` batches, in order, as one file: ``write_table`` of their concatenation.

    A batch is written before the next is made, so the rows of a long run need
    not all be in memory at once (``geomap extract`` streams them). Parquet is
    the exception: its batches are joined and written at the end. Give at
    least one batch (empty tables for an empty run), or the file is empty.
    """
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"{target}: unknown output format '{suffix}'; use one of {', '.join(sorted(FORMATS))}")
    with atomic_path(target) as tmp:
        if suffix in (".geojson", ".json"):
            _write_geojson(batches, tmp)
        elif suffix == ".gpkg":
            _write_gpkg(batches, tmp)
        elif suffix == ".csv":
            with open(tmp, "w", encoding="utf-8", newline="") as handle:
                for number, (gdf, _) in enumerate(batches):
                    if isinstance(gdf, Rows):
                        _write_csv_rows(gdf, handle, header=number == 0)
                    else:
                        _plain(gdf).to_csv(handle, index=False, header=number == 0)
        elif suffix == ".parquet":
            import pandas as pd

            tables = [gdf for gdf, _ in batches]
            gdf = tables[0] if len(tables) == 1 else pd.concat(tables, ignore_index=True)
            try:
                gdf.to_parquet(tmp, index=False)
            except ImportError as exc:
                raise OutputError(f"{target}: writing Parquet needs pyarrow: pip install 'geomap[parquet]'") from exc
        elif suffix == ".jsonl":
            with open(tmp, "w", encoding="utf-8") as handle:
                for gdf, _ in batches:
                    records = ((dict(zip(gdf.columns, row)) for row in gdf.values) if isinstance(gdf, Rows)
                               else map(_jsonable, _plain(gdf).to_dict(orient="records")))
                    for record in records:
                        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def _write_csv_rows(rows: Rows, handle, header: bool) -> None:
    """What ``DataFrame.to_csv(index=False)`` writes: pandas writes with this same ``csv`` writer (minimal
    quoting, the platform's line ending), a float as its repr, a missing value as nothing."""
    writer = csv.writer(handle, lineterminator=os.linesep)
    if header:
        writer.writerow(rows.columns)
    writer.writerows(rows.values)


def _write_gpkg(batches: Iterable[tuple], path: Path) -> None:
    """The table as layer ``incidents`` (written even when empty), each extra layer that has rows, appended
    batch by batch. Plain rows (``Rows``, points) are written by ``geomap.gpkg`` with sqlite3; GeoDataFrames
    through pyogrio."""
    import itertools

    batches = iter(batches)
    first = next(batches, None)
    if first is None:
        return
    batches = itertools.chain([first], batches)
    if isinstance(first[0], Rows):
        from .gpkg import write_point_layers

        write_point_layers(path, ({name: layer for name, layer in {"incidents": gdf, **layers}.items()
                                   if len(layer) or name == "incidents"} for gdf, layers in batches))
        return
    import pyogrio

    # GDAL stamps each layer with the time of writing: a fixed stamp makes reruns byte-identical
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
    started: set[str] = set()
    for gdf, layers in batches:
        for name, layer in {"incidents": gdf, **layers}.items():
            if len(layer) or (name == "incidents" and not started):
                layer.to_file(path, layer=name, driver="GPKG", mode="a" if name in started else "w")
                started.add(name)


def _jsonable(record: dict) -> dict:
    out = {}
    for key, value in record.items():
        if value is None or (isinstance(value, float) and value != value):
            out[key] = None
        elif hasattr(value, "item"):
            out[key] = value.item()
        elif type(value).__name__ == "NAType":  # pandas' missing value (not the text "<NA>")
            out[key] = None
        else:
            out[key] = value
    return out


def _write_geojson(batches: Iterable[tuple], path: Path) -> None:
    """RFC 7946: WGS84 longitude/latitude, dates as ISO strings, no 'crs' member; a feature at a time."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [')
        separator = ""
        for gdf, _ in batches:
            features = _point_features(gdf) if isinstance(gdf, Rows) else (
                {"type": "Feature", "properties": _jsonable(record), "geometry": _geometry(geometry)}
                for record, geometry in zip(_plain(gdf).to_dict(orient="records"), gdf.to_crs("EPSG:4326").geometry))
            for feature in features:
                handle.write(separator + json.dumps(feature, ensure_ascii=False))
                separator = ", "
        handle.write("]}")


def _point_features(rows: Rows):
    """GeoJSON features of plain rows with ``longitude`` and ``latitude`` (WGS84), as ``_geometry`` writes
    the points of the GeoDataFrame with the same values: no pandas or geopandas to import."""
    lon_at, lat_at = rows.columns.index("longitude"), rows.columns.index("latitude")
    for row in rows.values:
        lon, lat = row[lon_at], row[lat_at]
        located = lon is not None and lat is not None and lon == lon and lat == lat  # NaN: an empty point
        yield {"type": "Feature", "properties": dict(zip(rows.columns, row)),
               "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]} if located else None}


def _geometry(geometry) -> dict | None:
    """GeoJSON geometry, longitude first, 6 decimals (about 10 cm); polygons wound as RFC 7946 asks."""
    import shapely
    from shapely.geometry import mapping

    if geometry is None or geometry.is_empty:
        return None
    if geometry.geom_type == "Point":
        return {"type": "Point", "coordinates": [round(geometry.x, 6), round(geometry.y, 6)]}
    if not geometry.is_valid:  # a user's self-crossing polygon: rounding it would fail in GEOS
        geometry = shapely.make_valid(geometry)
    geometry = shapely.set_precision(shapely.orient_polygons(geometry) if hasattr(shapely, "orient_polygons")
                                     else geometry, 1e-6)
    return mapping(geometry)
