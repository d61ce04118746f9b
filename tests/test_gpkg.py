"""A GeoPackage written from plain rows with sqlite3 (geomap.gpkg) is, to GDAL, QGIS and geopandas, the file
pyogrio writes from the GeoDataFrame of the same rows."""
from __future__ import annotations

import math
import shutil
import sqlite3
import subprocess
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely

from geomap.control import control_rows
from geomap.incidents import control_geodataframe, extract_all, incident_rows, to_geodataframe
from geomap.io import Rows, write_batches, write_table

REPO = Path(__file__).resolve().parent.parent
LAYERS = ("incidents", "control_assertions")
METADATA = ("gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys", "gpkg_extensions", "gpkg_ogr_contents")


@pytest.fixture(scope="module", params=["seeds", "terse_dev"])
def extraction(request, gazetteer):
    source = REPO / "seeds" if request.param == "seeds" else REPO / "tests" / "data" / "terse_dev.jsonl"
    found = extract_all([source], gazetteer)
    assert found.incidents and found.control
    return found


def both(extraction, folder: Path) -> tuple[Path, Path]:
    """The extraction's layers written through pyogrio (from GeoDataFrames) and by geomap.gpkg (from rows)."""
    gdal = write_table(to_geodataframe(extraction.incidents), folder / "gdal.gpkg",
                       layers={"control_assertions": control_geodataframe(extraction.control)})
    rows = write_batches([(incident_rows(extraction.incidents),
                           {"control_assertions": control_rows(extraction.control)})], folder / "rows.gpkg")
    return gdal, rows


def table(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def test_geopandas_reads_back_the_layers_pyogrio_writes(extraction, tmp_path):
    gdal, rows = both(extraction, tmp_path)
    for layer in LAYERS:
        pd.testing.assert_frame_equal(gpd.read_file(rows, layer=layer), gpd.read_file(gdal, layer=layer),
                                      check_exact=True)
        ours, theirs = pyogrio.read_info(rows, layer=layer), pyogrio.read_info(gdal, layer=layer)
        for key in ("crs", "fields", "dtypes", "geometry_type", "features", "total_bounds", "fid_column",
                    "geometry_name"):
            assert list(pd.Series(ours[key])) == list(pd.Series(theirs[key])), (layer, key)


def test_the_tables_gdal_and_qgis_read_are_gdals(extraction, tmp_path):
    """What says what a layer is (extent, type, CRS, spatial index, count), the columns' declared types, the
    encoded geometries and the spatial index hold what GDAL writes."""
    gdal, rows = both(extraction, tmp_path)
    for name in METADATA:
        assert table(rows, f"SELECT * FROM {name} ORDER BY 1, 2") == table(gdal, f"SELECT * FROM {name} ORDER BY 1, 2")
    for layer in LAYERS:
        ddl = f"SELECT sql FROM sqlite_master WHERE tbl_name = '{layer}' OR tbl_name LIKE 'rtree_{layer}%' ORDER BY name"
        assert table(rows, ddl) == table(gdal, ddl)
        assert table(rows, f'SELECT * FROM "{layer}"') == table(gdal, f'SELECT * FROM "{layer}"')
        index = f'SELECT * FROM "rtree_{layer}_geom" ORDER BY id'
        assert table(rows, index) == table(gdal, index)
    assert table(rows, "PRAGMA application_id") == table(gdal, "PRAGMA application_id")
    assert table(rows, "PRAGMA user_version") == table(gdal, "PRAGMA user_version")


def test_a_bounding_box_query_uses_the_spatial_index_and_finds_the_points_inside(extraction, tmp_path):
    _, rows = both(extraction, tmp_path)
    points = gpd.read_file(rows, layer="incidents")
    west, south, east, north = points.total_bounds
    box = (west, south, (west + east) / 2, (south + north) / 2)
    inside = points.cx[box[0]:box[2], box[1]:box[3]]
    assert 0 < len(inside) < len(points)
    found = pyogrio.read_dataframe(rows, layer="incidents", bbox=box)
    assert sorted(found["incident_id"]) == sorted(inside["incident_id"])
    assert table(rows, "SELECT rtreecheck('rtree_incidents_geom')") == [("ok",)]


def test_rows_written_in_batches_read_back_as_rows_written_whole(extraction, tmp_path):
    whole = write_batches([(incident_rows(extraction.incidents), {"control_assertions": control_rows(extraction.control)})],
                          tmp_path / "whole.gpkg")
    half = len(extraction.incidents) // 2
    batches = [(incident_rows(extraction.incidents[:half]), {"control_assertions": control_rows(extraction.control)}),
               (incident_rows(extraction.incidents[half:]), {"control_assertions": control_rows([])})]
    parts = write_batches(batches, tmp_path / "parts.gpkg")
    for layer in LAYERS:
        pd.testing.assert_frame_equal(gpd.read_file(parts, layer=layer), gpd.read_file(whole, layer=layer))
    again = write_batches(batches, tmp_path / "again.gpkg")
    assert again.read_bytes() == parts.read_bytes()  # reruns give the same bytes


def test_missing_values_and_a_point_with_no_coordinates_read_back_as_gdal_writes_them(tmp_path):
    columns = ["name", "count", "when", "size", "longitude", "latitude"]
    values = [("a", 3, "2020-05-01", 1.5, 38.25, 35.5), ("b", None, None, None, None, None)]
    kinds = {"count": "integer", "when": "datetime", "size": "real", "longitude": "real", "latitude": "real"}
    ours = write_batches([(Rows(columns, values, kinds), {})], tmp_path / "rows.gpkg")
    frame = pd.DataFrame.from_records(values, columns=columns)
    frame["count"] = frame["count"].astype("Int64")
    frame["when"] = pd.to_datetime(frame["when"])
    frame[["size", "longitude", "latitude"]] = frame[["size", "longitude", "latitude"]].astype(float)
    geometry = shapely.points(frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float))
    theirs = write_table(gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326"), tmp_path / "gdal.gpkg")
    back = gpd.read_file(ours, layer="incidents")
    pd.testing.assert_frame_equal(back, gpd.read_file(theirs, layer="incidents"))
    assert back.geometry.iloc[1].is_empty and math.isnan(back["size"].iloc[1])
    assert table(ours, "SELECT id FROM rtree_incidents_geom") == [(1,)]  # an empty point is not indexed
    assert table(ours, 'SELECT * FROM "incidents"') == table(theirs, 'SELECT * FROM "incidents"')


def test_gdal_edits_keep_the_spatial_index_and_the_count(extraction, tmp_path):
    """A user who adds and deletes points in QGIS: GDAL runs the file's triggers (its ST_ functions)."""
    _, rows = both(extraction, tmp_path)
    before = gpd.read_file(rows, layer="incidents")
    pyogrio.write_dataframe(before.iloc[:3], rows, layer="incidents", append=True)
    assert table(rows, "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'incidents'") == \
        [(len(before) + 3,)]
    assert table(rows, "SELECT count(*) FROM rtree_incidents_geom") == [(len(before) + 3,)]
    assert table(rows, "SELECT rtreecheck('rtree_incidents_geom')") == [("ok",)]


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo (Debian gdal-bin) is not installed")
def test_ogrinfo_opens_the_file_and_lists_both_layers(extraction, tmp_path):
    gdal, rows = both(extraction, tmp_path)
    result = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(rows)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    reference = subprocess.run(["ogrinfo", "-ro", "-so", "-al", str(gdal)], capture_output=True, text=True)
    assert result.stdout.replace(str(rows), "F") == reference.stdout.replace(str(gdal), "F")


def test_without_rtree_in_sqlite_the_file_is_written_without_a_spatial_index(extraction, tmp_path, monkeypatch):
    """Some SQLite builds lack the R-tree module: the layers are still written, valid, with no index declared."""
    import geomap.gpkg

    class NoRtree:
        def __init__(self, connection):
            self._connection = connection

        def execute(self, sql, *args):
            if sql.startswith("CREATE VIRTUAL TABLE"):
                raise sqlite3.OperationalError("no such module: rtree")
            return self._connection.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._connection, name)

    connect = sqlite3.connect
    monkeypatch.setattr(geomap.gpkg.sqlite3, "connect", lambda *a, **k: NoRtree(connect(*a, **k)))
    gdal, rows = both(extraction, tmp_path)
    monkeypatch.undo()
    for layer in LAYERS:
        pd.testing.assert_frame_equal(gpd.read_file(rows, layer=layer), gpd.read_file(gdal, layer=layer))
    assert table(rows, "SELECT count(*) FROM gpkg_extensions") == [(0,)]
    assert table(rows, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree%'") == [(0,)]


def test_the_map_commands_read_the_geopackage_extract_writes(tmp_path):
    """What a user does next: the GeoPackage `geomap extract` writes is read by `geomap map density|control`."""
    from geomap.cli import main

    out = tmp_path / "seeds.gpkg"
    assert main(["extract", str(REPO / "seeds"), "-o", str(out), "-q"]) == 0
    assert main(["map", "density", str(out), "-o", str(tmp_path / "density.png")]) == 0
    assert main(["map", "control", str(out), "-o", str(tmp_path / "control.png"), "--as-of", "2018-09-15"]) == 0
    assert (tmp_path / "density.png").stat().st_size > 10_000 and (tmp_path / "control.png").stat().st_size > 10_000


def test_control_characters_in_a_report_do_not_cut_or_dirty_the_evidence(tmp_path):
    """A JSON "\\u0000" or a stray ESC reaches the text: GDAL's readers cut a cell at a NUL, and a CSV would
    carry the bytes. The evidence shows them as spaces; the offsets still point into the original text."""
    import json

    from geomap.cli import main

    text = "On 3 May 2019, regime forces shelled Kafr Nabl\u0000 in Idleb,\u001b killing 2 civilians."
    source = tmp_path / "notes.jsonl"
    source.write_text(json.dumps({"id": "n1", "text": text, "published": "2019-05-04"}) + "\n", encoding="utf-8")
    for suffix in (".gpkg", ".csv"):
        assert main(["extract", str(source), "-o", str(tmp_path / f"out{suffix}"), "-q"]) == 0
    [evidence] = gpd.read_file(tmp_path / "out.gpkg", layer="incidents")["evidence"]
    assert evidence == "On 3 May 2019, regime forces shelled Kafr Nabl in Idleb, killing 2 civilians."
    row = pd.read_csv(tmp_path / "out.csv").iloc[0]
    assert row["evidence"] == evidence and text[row["char_start"]:row["char_end"]].startswith("On 3 May")
