"""Read incident tables into one schema: geomap's own outputs, ACLED exports and UCDP GED CSVs.

Users map what they have: incidents geomap extracted, or the CSV they downloaded
from ACLED or UCDP. ``read_incidents`` tells these apart by the header (column
names in any case), never by the file name, and returns one GeoDataFrame with
ACLED's column names (``COLUMNS``), so the map code needs no branches.

ACLED maps one to one (``incident_id`` is ``event_id_cnty``); geomap's own
files keep all their columns. UCDP GED is translated, and the choices are these:

* ``event_type`` from ``type_of_violence`` (``UCDP_EVENT_TYPE``): 1 state-based
  and 2 non-state conflict are "Battles", 3 one-sided violence is "Violence
  against civilians". UCDP has no remote-violence type: an air strike or a
  shelling that UCDP codes as state-based reads as "Battles" here, not as
  ACLED's "Explosions/Remote violence". ``sub_event_type`` stays empty.
* ``actor1``/``actor2`` are ``side_a``/``side_b``; ``fatalities`` is ``best``
  (UCDP's most likely count; its conservative count, ``low``, is not read).
* ``geo_precision`` from ``where_prec`` (``UCDP_GEO_PRECISION``): 1 exact place
  -> 1, 2 within 25 km -> 2, and 3 second-order admin, 4 first-order admin,
  5 line or area, 6 country, 7 international waters -> 3. ``uncertainty_km``
  keeps the finer grade (``UCDP_UNCERTAINTY_KM``): 1 -> 2 km, 2 -> 25 km,
  3 -> 50 km, 4 -> 100 km, 5 and coarser -> 150 km.
* ``time_precision`` from ``date_prec`` (``UCDP_TIME_PRECISION``): 1 exact day
  -> 1; 2 (2-6 days) and 3 (a week) -> 2; 4 (a month) and 5 (under a year) -> 3.
  ``event_date`` is ``date_start`` (``date_end`` is not read); ``incident_id`` is ``id``.
* ``location`` is ``where_coordinates``, ``admin1`` is ``adm_1`` in ACLED's
  spelling ("Idlib governorate" -> "Idleb") where gazetteer/admin1_names.csv
  knows it, ``notes`` is ``source_article``, ``source`` is ``source_office``.

ACLED gives no distance, so ``uncertainty_km`` comes from ``geo_precision``
(``ACLED_UNCERTAINTY_KM``): 1 -> 2 km, 2 -> 25 km, 3 -> 50 km.
"""
from __future__ import annotations

import csv
import functools
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError

__all__ = ["read_incidents", "filter_incidents", "SkippedRowsWarning", "COLUMNS", "SIGNATURES",
           "ACLED_UNCERTAINTY_KM", "UCDP_EVENT_TYPE", "UCDP_GEO_PRECISION", "UCDP_UNCERTAINTY_KM",
           "UCDP_TIME_PRECISION"]

COLUMNS = ["incident_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
           "admin1", "location", "latitude", "longitude", "geo_precision", "uncertainty_km", "fatalities", "source",
           "notes", "source_format"]  # every table read has these, in this order, then geometry
_TEXT = ("incident_id", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location", "source", "notes")
_GEOMAP_TYPES = {"date_start": "date", "date_end": "date", "inter1": "int", "inter2": "int", "char_start": "int",
                 "char_end": "int", "confidence": "float"}  # geomap's other columns, typed as extract() types them

# The columns that tell a format, checked in this order: geomap's tables carry ACLED's columns too.
SIGNATURES = {
    "geomap": ("incident_id", "event_date", "event_type", "latitude", "longitude"),
    "acled": ("event_date", "event_type", "actor1", "latitude", "longitude", "geo_precision", "fatalities"),
    "ucdp": ("date_start", "type_of_violence", "side_a", "side_b", "latitude", "longitude", "where_prec", "best"),
}
_NAMES = {"geomap": "geomap incidents", "acled": "an ACLED export", "ucdp": "a UCDP GED CSV"}
# Where each schema column comes from (source column -> schema column); an absent optional one reads as empty.
_RENAMES = {
    "acled": {"event_id_cnty": "incident_id", "event_date": "event_date", "time_precision": "time_precision",
              "event_type": "event_type", "sub_event_type": "sub_event_type", "actor1": "actor1", "actor2": "actor2",
              "admin1": "admin1", "location": "location", "latitude": "latitude", "longitude": "longitude",
              "geo_precision": "geo_precision", "fatalities": "fatalities", "source": "source", "notes": "notes"},
    "ucdp": {"id": "incident_id", "date_start": "event_date", "date_prec": "time_precision",
             "type_of_violence": "event_type", "side_a": "actor1", "side_b": "actor2", "adm_1": "admin1",
             "where_coordinates": "location", "latitude": "latitude", "longitude": "longitude",
             "where_prec": "geo_precision", "best": "fatalities", "source_office": "source",
             "source_article": "notes"},
}

ACLED_UNCERTAINTY_KM = {1: 2.0, 2: 25.0, 3: 50.0}
UCDP_EVENT_TYPE = {1: "Battles", 2: "Battles", 3: "Violence against civilians"}
UCDP_GEO_PRECISION = {1: 1, 2: 2, 3: 3, 4: 3, 5: 3, 6: 3, 7: 3}
UCDP_UNCERTAINTY_KM = {1: 2.0, 2: 25.0, 3: 50.0, 4: 100.0, 5: 150.0, 6: 150.0, 7: 150.0}
UCDP_TIME_PRECISION = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}

# Tried in order on dates the first (ISO) try left unread: ACLED's older exports write "12 March 2018".
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y")
_TIME_OF_DAY = r"(?<=^\d{4}-\d{2}-\d{2})[ T].*$"  # UCDP's "2018-03-12 00:00:00.000"
_VECTOR = (".gpkg", ".geojson", ".json", ".parquet", ".jsonl")
CHUNK_ROWS = 50_000  # a million-row export is converted a chunk at a time, so only its result is held


class SkippedRowsWarning(UserWarning):
    """Rows without usable coordinates or date were left out; the message names the file and first line."""


@dataclass
class _Part:
    frame: pd.DataFrame  # the good rows, converted
    rows: int  # rows read
    bad: dict[str, int]  # why -> rows left out
    first: tuple[int, str] | None  # (row number from 0, what was wrong) of the first bad row


def read_incidents(path, bounds: tuple[float, float, float, float] | None = None, columns=None,
                   geometry: bool = True):
    """Incidents from a geomap, ACLED or UCDP GED table as a GeoDataFrame (EPSG:4326, one row an event).

    The format comes from the header; ``source_format`` says which it was. Rows
    whose coordinates are missing, not numbers or out of range, or whose date
    cannot be read, are left out with one ``SkippedRowsWarning``. A swap of
    latitude and longitude can only be told from a real place with a region in
    mind: give ``bounds`` (west, south, east, north in degrees) and a row that
    falls outside it but inside once swapped is left out too (a swap that lands
    inside the box as well, near its lat = lon diagonal, still goes unseen).

    For big files, ask only for what you need. ``columns`` (schema names, e.g.
    ``["event_date", "fatalities"]``) reads only those, plus ``event_date``,
    ``latitude``, ``longitude`` and ``source_format``, which every table keeps;
    None reads everything. ``geometry=False`` returns a plain DataFrame
    without a shapely Point a row: longitude and latitude are all a density
    map needs, and a million Points cost about 0.3 s and 100 MB.
    CSV files are read with pyarrow's CSV reader when it can read them as
    pandas would; a file it refuses (rows with too few or too many fields,
    bytes that are not UTF-8) is read by pandas, with the same result.
    """
    path = Path(path)
    wanted = _wanted(columns)
    if path.is_dir():  # a partitioned GeoParquet dataset (geomap extract -o FOLDER/): geomap.engine reads it
        from .engine import read_dataset

        keep = None if wanted is None else wanted | set(SIGNATURES["geomap"])  # a dataset is geomap's own table
        raw, suffix = read_dataset(path, columns=COLUMNS if keep is None else
                                   [c for c in COLUMNS if c in keep] + ["source_format"]), ".parquet"
    else:
        _check_file(path)
        suffix = path.suffix.lower()
        raw = _read_vector(path, suffix, wanted) if suffix in _VECTOR else None
    if raw is not None:
        fmt = _detect(raw.attrs.get("columns", raw.columns), path)
        parts, malformed = [_convert(raw, fmt, bounds, 0, wanted)], []
        label, line_of = ("line" if suffix == ".jsonl" else "feature"), (lambda i: i + 1)
    else:
        fmt, parts, malformed, line_of = _read_csv(path, bounds, wanted)
        label = "line"
    _warn_skipped(path, parts, malformed, label, line_of)
    frames = [part.frame for part in parts]
    if not geometry:
        return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].reset_index(drop=True)
    return _geodataframe(frames)


def filter_incidents(gdf, start=None, end=None, event_types=None, actors=None):
    """The rows dated ``start`` to ``end`` (both days included), of the given types, involving the given actors.

    ``event_types`` match whole, ``actors`` as a part of ``actor1`` or ``actor2``;
    both ignore case and take one string or several. None means no limit.
    """
    keep = pd.Series(True, index=gdf.index)
    if start is not None:
        keep &= gdf["event_date"] >= _day(start, "start")
    if end is not None:
        keep &= gdf["event_date"] < _day(end, "end") + pd.Timedelta(days=1)
    if event_types:
        wanted = {name.casefold() for name in _as_list(event_types)}
        keep &= _per_distinct(gdf["event_type"], lambda types: types.str.casefold().isin(wanted))
    if actors:
        names = [actor.casefold() for actor in _as_list(actors)]
        involved = pd.Series(False, index=gdf.index)
        for column in ("actor1", "actor2"):
            involved |= _per_distinct(gdf[column], lambda sides: sides.str.casefold().map(
                lambda side: any(name in side for name in names)).astype(bool))
        keep &= involved
    return gdf[keep]


def _per_distinct(values: pd.Series, test) -> np.ndarray:
    """``test`` (Series of text -> boolean Series) of each row, run once per distinct value.

    A million rows name a few hundred types and actors: testing those and
    spreading the answers by code keeps a filter fast whatever the string dtype.
    """
    codes, uniques = pd.factorize(values.fillna("").astype(str))
    return test(pd.Series(uniques, dtype=object).astype(str)).to_numpy(dtype=bool)[codes]


def _as_list(value) -> list[str]:
    return [value] if isinstance(value, str) else [v for v in value if v]


def _day(value, option: str) -> pd.Timestamp:
    try:
        day = pd.Timestamp(value)
    except (ValueError, TypeError) as exc:
        raise InputError(f"{option} date '{value}' is not a date; use YYYY-MM-DD") from exc
    if pd.isna(day):
        raise InputError(f"{option} date '{value}' is not a date; use YYYY-MM-DD")
    return day.tz_convert(None).normalize() if day.tzinfo else day.normalize()


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not an incident table")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: the file is empty")


def _detect(columns, path: Path) -> str:
    """The format whose signature columns the header has; InputError naming what each format needs."""
    names = {str(column).strip().lower() for column in columns}
    for fmt, needed in SIGNATURES.items():
        if set(needed) <= names:
            return fmt
    expected = "; ".join(f"{_NAMES[fmt]}: {', '.join(needed)}" for fmt, needed in SIGNATURES.items())
    raise InputError(f"{path}: not an incident table geomap can read; expected the columns of {expected}")


def _wanted(columns) -> set[str] | None:
    """The schema columns to read for ``columns``: those every table keeps added, and what they derive from."""
    if columns is None:
        return None
    wanted = set(_as_list(columns)) | {"event_date", "latitude", "longitude", "source_format"}
    if "uncertainty_km" in wanted:
        wanted.add("geo_precision")  # ACLED's and UCDP's distances follow from their precision codes
    return wanted


def _source_columns(fmt: str, header: list[str], wanted: set[str] | None) -> list[str]:
    """The header's names (as written) of the columns that give the wanted schema columns."""
    renames = _RENAMES.get(fmt)
    keep = []
    for name in header:
        key = name.strip().lower()
        target = renames.get(key) if renames is not None else key
        if target is not None and (wanted is None or target in wanted):
            keep.append(name)
    return keep


def _read_csv(path: Path, bounds, wanted=None):
    """Read a delimited text table: (format, parts, malformed line numbers, line_of).

    pyarrow's reader first (one pass, only the needed columns); when it refuses
    the file, pandas chunk by chunk, which skips rows with too many fields and
    replaces bytes that are not UTF-8.
    """
    header, delimiter = _csv_header(path)
    fmt = _detect(header, path)
    line_of = lambda index: _csv_line(path, index, delimiter, len(header))  # noqa: E731
    fast = _read_csv_arrow(path, header, delimiter, _source_columns(fmt, header, wanted))
    if fast is not None:
        return fmt, [_convert(fast, fmt, bounds, 0, wanted)], [], line_of
    parts, malformed = [], []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", pd.errors.ParserWarning)
        try:
            reader = pd.read_csv(path, sep=delimiter, dtype=str, na_filter=False, encoding="utf-8-sig",
                                 encoding_errors="replace", on_bad_lines="warn", chunksize=CHUNK_ROWS)
            offset = 0
            for chunk in reader:
                chunk.columns = [c.strip().lower() for c in chunk.columns]
                parts.append(_convert(chunk, fmt, bounds, offset, wanted))
                offset += len(chunk)
        except (pd.errors.ParserError, csv.Error) as exc:
            raise InputError(f"{path}: not a readable CSV ({str(exc).strip()})") from exc
    for warning in caught:
        if issubclass(warning.category, pd.errors.ParserWarning):
            malformed += [int(n) for n in re.findall(r"Skipping line (\d+)", str(warning.message))]
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    if not parts:  # a header and no rows: an export whose query matched nothing
        empty = pd.DataFrame({c.strip().lower(): pd.Series(dtype=str) for c in header})
        parts.append(_convert(empty, fmt, bounds, 0, wanted))
    return fmt, parts, malformed, line_of


# Columns read as pyarrow dictionaries (pandas Categoricals): few distinct values, each converted once.
_FEW_VALUES = {"event_date", "date_start", "date_end", "time_precision", "event_type", "sub_event_type", "actor1",
               "actor2", "admin1", "location", "geo_precision", "uncertainty_km", "fatalities", "source",
               "source_format", "inter1", "inter2", "type_of_violence", "side_a", "side_b", "adm_1",
               "where_coordinates", "where_prec", "best", "source_office", "date_prec"}


def _read_csv_arrow(path: Path, header: list[str], delimiter: str, names: list[str]) -> pd.DataFrame | None:
    """The named columns as pyarrow reads them (all text), or None where pandas must read the file instead.

    None when pyarrow is missing or refuses the file: a row with too few or too
    many fields, bytes that are not UTF-8, a header naming a column twice.
    Columns with few distinct values come back as Categoricals, the others as
    strings; nothing is converted here, so both readers feed one ``_convert``.
    """
    try:
        import pyarrow as pa
        import pyarrow.csv as pacsv
    except ImportError:
        return None
    if len({name.strip().lower() for name in header}) != len(header) or len(set(header)) != len(header):
        return None
    types = {name: pa.dictionary(pa.int32(), pa.string()) if name.strip().lower() in _FEW_VALUES else pa.string()
             for name in names}
    try:
        table = pacsv.read_csv(
            path, read_options=pacsv.ReadOptions(use_threads=False, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(include_columns=names, column_types=types,
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, pa.ArrowKeyError, pa.ArrowNotImplementedError, UnicodeDecodeError):
        return None
    frame = table.to_pandas()
    frame.columns = [name.strip().lower() for name in names]
    return frame


def _csv_header(path: Path) -> tuple[list[str], str]:
    """The header's column names and the delimiter it uses (comma, semicolon or tab)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            first = handle.readline()
    except UnicodeDecodeError:
        first = "\x00"
    if "\x00" in first:
        raise InputError(f"{path}: not a UTF-8 text table (a spreadsheet? export it as CSV)")
    if not first.strip():
        raise InputError(f"{path}: the first line is empty; expected a header")
    delimiter = max((",", ";", "\t"), key=first.count)
    return next(csv.reader([first], delimiter=delimiter)), delimiter


def _csv_line(path: Path, index: int, delimiter: str, width: int) -> int:
    """The line (header = 1) where data row ``index`` starts, counted as pandas counts rows."""
    try:
        with path.open(encoding="utf-8-sig", newline="", errors="replace") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            next(reader, None)
            previous, seen = reader.line_num, -1
            for row in reader:
                if row and len(row) <= width:  # pandas passes over blank lines and lines with too many fields
                    seen += 1
                    if seen == index:
                        return previous + 1
                previous = reader.line_num
    except csv.Error:
        pass
    return index + 2


def _read_vector(path: Path, suffix: str, wanted=None) -> pd.DataFrame:
    """A GeoPackage (layer ``incidents``), GeoJSON, Parquet or JSON Lines table, coordinates from its points."""
    import geopandas as gpd
    import shapely

    if suffix == ".parquet":
        fast = _read_geoparquet_points(path, wanted)
        if fast is not None:
            return fast
    try:
        if suffix == ".parquet":
            frame = gpd.read_parquet(path)
        elif suffix == ".jsonl":
            frame = pd.read_json(path, lines=True, dtype=False)
        else:
            frame = gpd.read_file(path, layer="incidents" if suffix == ".gpkg" else None)
    except ImportError as exc:
        raise InputError(f"{path}: reading Parquet needs pyarrow: pip install 'geomap[parquet]'") from exc
    except Exception as exc:  # GDAL's and the JSON parser's many kinds of "this is not that format"
        raise InputError(f"{path}: cannot be read as {suffix[1:]} ({str(exc).strip()})") from exc
    if frame.empty and len(frame.columns) <= 1:  # geomap's GeoJSON of no incidents has no columns to tell
        return pd.DataFrame({column: pd.Series(dtype=str) for column in SIGNATURES["geomap"]})
    if isinstance(frame, gpd.GeoDataFrame):
        if frame.crs is not None and frame.crs.to_epsg() != 4326:
            frame = frame.to_crs(4326)
        points = np.asarray(frame.geometry.geom_type == "Point")
        x, y = shapely.get_x(frame.geometry.values), shapely.get_y(frame.geometry.values)
        for column, values in (("longitude", x), ("latitude", y)):
            given = frame[column] if column in frame else np.nan
            frame[column] = np.where(points, values, pd.to_numeric(given, errors="coerce"))
        frame = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    return frame


def _read_geoparquet_points(path: Path, wanted) -> pd.DataFrame | None:
    """The needed columns of a GeoParquet file of points, coordinates decoded from WKB as arrays.

    A million Points read by ``geopandas.read_parquet`` become a million shapely
    objects; a point's WKB is 21 bytes (byte order, type 1, x, y), so a column
    of them is read straight into two float arrays. None (read it the general
    way) for anything else: other geometry types, a CRS other than WGS 84
    longitude/latitude, a file pyarrow cannot open.
    """
    try:
        import json

        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pq.read_schema(path)
        geo = json.loads((schema.metadata or {}).get(b"geo", b"null"))
    except ImportError:
        return None
    except Exception as exc:  # pyarrow's many ways to say "not Parquet"
        raise InputError(f"{path}: cannot be read as parquet ({str(exc).strip()})") from exc
    if not geo or geo.get("primary_column") not in schema.names:
        return None
    name = geo["primary_column"]
    meta = geo.get("columns", {}).get(name, {})
    crs = meta.get("crs")
    if meta.get("encoding", "WKB").upper() != "WKB" or not (crs is None or _is_lonlat(crs)):
        return None
    others = [c for c in schema.names if c != name]
    fmt = _detect(others + ["latitude", "longitude"], path)  # the points give both
    keep = [c for c in _source_columns(fmt, others, wanted) if c.strip().lower() not in ("latitude", "longitude")]
    table = pq.read_table(path, columns=keep + [name],
                          read_dictionary=[c for c in keep if c.strip().lower() in _FEW_VALUES
                                           and (pa.types.is_string(schema.field(c).type)
                                                or pa.types.is_large_string(schema.field(c).type))])
    wkb = table.column(name).combine_chunks()
    table = table.drop_columns([name])
    if wkb.null_count:
        return None
    if not (pa.types.is_binary(wkb.type) or pa.types.is_large_binary(wkb.type)):
        return None
    width = np.int64 if pa.types.is_large_binary(wkb.type) else np.int32
    offsets = np.frombuffer(wkb.buffers()[1], dtype=width)[wkb.offset:wkb.offset + len(wkb) + 1]
    if len(wkb) and not (np.diff(offsets) == 21).all():
        return None
    blob = np.frombuffer(wkb.buffers()[2], dtype=np.uint8)[offsets[0]:offsets[0] + 21 * len(wkb)].reshape(-1, 21)
    if len(wkb) and not ((blob[:, 0] == 1) & (blob[:, 1:5].copy().view("<u4")[:, 0] == 1)).all():
        return None  # big-endian or not a 2-D point: let shapely read it
    xy = blob[:, 5:].copy().view("<f8")
    frame = table.to_pandas()
    frame.columns = [c.strip().lower() for c in frame.columns]
    frame["longitude"], frame["latitude"] = xy[:, 0], xy[:, 1]
    frame.attrs["columns"] = [c.strip().lower() for c in schema.names]  # what the format is told by
    return frame


def _is_lonlat(crs) -> bool:
    """Whether a GeoParquet CRS (PROJJSON) is WGS 84 in longitude, latitude order."""
    from pyproj import CRS

    return CRS.from_json_dict(crs) == CRS("OGC:CRS84") or CRS.from_json_dict(crs).to_epsg() == 4326


def _convert(raw: pd.DataFrame, fmt: str, bounds, offset: int, wanted=None) -> _Part:
    """One chunk in geomap's schema, typed, with the rows that cannot be mapped left out and counted.

    ``wanted`` (see ``_wanted``) limits the schema columns made; None makes them all.
    """
    if fmt == "geomap":
        frame = raw.copy() if wanted is None else raw[[c for c in raw.columns if c in wanted]].copy()
    else:
        frame = pd.DataFrame({target: raw[source] for source, target in _RENAMES[fmt].items()
                              if source in raw and (wanted is None or target in wanted)}, index=raw.index)
    schema = [c for c in COLUMNS[:-1] if wanted is None or c in wanted]
    for column in schema:
        if column not in frame:
            frame[column] = ""
    given = frame[["event_date", "latitude", "longitude"]]
    dates, lat, lon = _dates(frame["event_date"]), _numbers(frame["latitude"]), _numbers(frame["longitude"])

    if fmt == "ucdp":
        if "geo_precision" in frame:
            where_prec = _integers(frame["geo_precision"])
            frame["geo_precision"] = where_prec.map(UCDP_GEO_PRECISION)
            if "uncertainty_km" in frame:
                frame["uncertainty_km"] = where_prec.map(UCDP_UNCERTAINTY_KM)
        if "event_type" in frame:
            frame["event_type"] = _integers(frame["event_type"]).map(UCDP_EVENT_TYPE)
        if "time_precision" in frame:
            frame["time_precision"] = _integers(frame["time_precision"]).map(UCDP_TIME_PRECISION)
        if "admin1" in frame:
            frame["admin1"] = _acled_admin1(frame["admin1"].fillna("").astype(str))
    frame["event_date"], frame["latitude"], frame["longitude"] = dates, lat, lon
    for column in ("geo_precision", "time_precision", "fatalities"):
        if column in frame:
            frame[column] = _integers(frame[column])
    if "uncertainty_km" in frame:
        frame["uncertainty_km"] = _numbers(frame["uncertainty_km"]).fillna(
            frame["geo_precision"].map(ACLED_UNCERTAINTY_KM)).astype(float)
    if fmt == "geomap":
        for column, kind in _GEOMAP_TYPES.items():
            if column in frame:
                convert = {"date": _dates, "int": _integers, "float": _numbers}[kind]
                frame[column] = convert(frame[column])
    for column in _TEXT:
        if column in frame:
            frame[column] = _text(frame[column])
    if fmt == "geomap" and "source_format" in frame:  # geomap's copy of an ACLED or UCDP table says so
        earlier = _text(frame["source_format"])
        frame["source_format"] = _text(earlier.where(earlier != "", fmt))
    else:
        frame["source_format"] = fmt

    no_place = ~(lat.between(-90, 90) & lon.between(-180, 180))
    swapped = pd.Series(False, index=frame.index)
    if bounds is not None:
        swapped = ~no_place & ~_inside(lon, lat, bounds) & _inside(lat, lon, bounds)
    no_date = dates.isna() & ~no_place & ~swapped
    bad = no_place | swapped | no_date
    counts = {why: int(mask.sum()) for why, mask in (("without valid coordinates", no_place),
                                                     ("with latitude and longitude swapped", swapped),
                                                     ("with an unreadable date", no_date)) if mask.any()}
    first = None
    if bad.any():
        at = int(np.argmax(bad.to_numpy()))
        row = given.iloc[at]
        if no_date.iloc[at]:
            why = f"date {str(row['event_date'])!r}"
        else:
            why = f"latitude {str(row['latitude'])!r}, longitude {str(row['longitude'])!r}"
        first = (offset + at, why)
    ordered = schema + ["source_format"] + [c for c in frame.columns if c not in COLUMNS and c != "geometry"]
    return _Part(frame.loc[~bad, ordered], len(frame), counts, first)


def _geodataframe(frames: list[pd.DataFrame]):
    import geopandas as gpd

    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].reset_index(drop=True)
    points = gpd.points_from_xy(frame["longitude"], frame["latitude"], crs="EPSG:4326")
    return gpd.GeoDataFrame(frame, geometry=points, copy=False)


def _warn_skipped(path: Path, parts: list[_Part], malformed: list[int], label: str, line_of) -> None:
    """One warning for the whole file: how many rows, why, and where the first one is."""
    counts: dict[str, int] = {}
    for part in parts:
        for why, n in part.bad.items():
            counts[why] = counts.get(why, 0) + n
    if malformed:
        counts["with too many fields"] = len(malformed)
    if not counts:
        return
    firsts = [part.first for part in parts if part.first]
    candidates = [(line_of(firsts[0][0]), firsts[0][1])] if firsts else []
    candidates += [(line, "too many fields") for line in malformed[:1]]
    line, why = min(candidates)
    total = sum(part.rows for part in parts) + len(malformed)
    details = ", ".join(f"{n} {why}" for why, n in counts.items())
    warnings.warn(f"{path}: skipped {sum(counts.values())} of {total} rows ({details}); "
                  f"first at {label} {line}: {why}", SkippedRowsWarning, stacklevel=3)


def _inside(x: pd.Series, y: pd.Series, bounds) -> pd.Series:
    west, south, east, north = bounds
    return x.between(west, east) & y.between(south, north)


def _per_category(convert):
    """Make ``convert`` (Series -> Series) run on a Categorical's distinct values, not on its rows.

    The CSV fast path reads dates, types, actors and small numbers as
    Categoricals: a million rows hold a few thousand dates, so parsing those
    once and spreading the results by code gives the same column at a fraction
    of the cost. A missing value (code -1) converts as "" does.
    """
    @functools.wraps(convert)
    def wrapper(values: pd.Series) -> pd.Series:
        if not isinstance(values.dtype, pd.CategoricalDtype):
            return convert(values)
        categories = values.cat.categories
        distinct = pd.Series(np.append(np.asarray(categories, dtype=object), [""]), dtype=categories.dtype)
        codes = values.cat.codes.to_numpy()
        codes = np.where(codes < 0, len(categories), codes)
        return pd.Series(convert(distinct).array.take(codes), index=values.index, name=values.name)
    return wrapper


@_per_category
def _numbers(values: pd.Series) -> pd.Series:
    if values.dtype == object or pd.api.types.is_string_dtype(values):
        fast = _arrow_numbers(values)
        if fast is not None:
            return fast
        values = values.astype(str).str.strip()
    return pd.to_numeric(values, errors="coerce").astype(float)


def _arrow_numbers(values: pd.Series) -> pd.Series | None:
    """Text to floats by pyarrow's cast, ten times faster than ``pd.to_numeric`` on a million coordinates.

    Blank is NaN, as with pandas. None when any value is not a number ("east",
    "35,6"): pandas then reads the column and makes those NaN. Both parse
    decimal text to the same nearest double.
    """
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:
        return None
    try:
        text = pc.utf8_trim_whitespace(pa.array(values.astype(str), type=pa.string(), from_pandas=True))
        text = pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
        return pd.Series(pc.cast(text, pa.float64()).to_numpy(zero_copy_only=False), index=values.index)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None


@_per_category
def _integers(values: pd.Series) -> pd.Series:
    """Whole numbers as Int64; anything else (empty, text, 2.5) is NA."""
    numbers = _numbers(values)
    return numbers.where(numbers == numbers.round()).astype("Int64")


@_per_category
def _dates(values: pd.Series) -> pd.Series:
    """Days as datetime64, NaT where no format in _DATE_FORMATS reads the text."""
    if pd.api.types.is_datetime64_any_dtype(values):
        if getattr(values.dt, "tz", None) is not None:
            values = values.dt.tz_convert(None)
        return values.dt.normalize()
    text = values.fillna("").astype(str).str.strip()
    dates = pd.to_datetime(text, format=_DATE_FORMATS[0], errors="coerce")
    rest = text[dates.isna() & (text != "")]
    if len(rest):
        rest = rest.str.replace(_TIME_OF_DAY, "", regex=True)
        for fmt in _DATE_FORMATS:
            parsed = pd.to_datetime(rest, format=fmt, errors="coerce")
            dates = dates.fillna(parsed[parsed.notna()])
            rest = rest[parsed.isna()]
            if not len(rest):
                break
    return dates


@_per_category
def _text(values: pd.Series) -> pd.Series:
    """Text with "" for missing; equal values share one string object, which keeps big exports small.

    Text pyarrow holds (pandas' "str" dtype) is compact already: only its gaps are filled.
    """
    if isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow":
        return values.fillna("")
    values = values.fillna("").astype(str)
    codes, uniques = pd.factorize(values)
    return pd.Series(np.asarray(uniques, dtype=object).take(codes), index=values.index, dtype=str)


def _acled_admin1(values: pd.Series) -> pd.Series:
    """UCDP's "Idlib governorate" as ACLED's "Idleb"; names admin1_names.csv lacks keep UCDP's words."""
    from .gazetteer import _press_admin1_names
    from .names import fold_key

    names = _press_admin1_names()
    codes, uniques = pd.factorize(values)
    mapped = []
    for name in uniques:
        bare = re.sub(r"\s+(governorate|province|region|state)$", "", str(name).strip(), flags=re.I)
        mapped.append(names.get(fold_key(bare), bare) if bare else "")
    return pd.Series(np.asarray(mapped, dtype=object).take(codes), index=values.index, dtype=str)
