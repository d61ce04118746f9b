"""Incident tables users bring to the map commands: ACLED and UCDP GED exports, and geomap's own files."""
import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from geomap import InputError, extract
from geomap.io import write_table
from geomap.sources import SkippedRowsWarning, filter_incidents, read_incidents

FIXTURES = Path(__file__).parent / "fixtures"
ACLED = FIXTURES / "acled_sample.csv"
UCDP = FIXTURES / "ucdp_ged_sample.csv"
SYRIA = (35.5, 32.2, 42.5, 37.5)  # west, south, east, north


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, records: list[dict], fieldnames=None) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fieldnames or list(records[0]))
        writer.writeheader()
        writer.writerows(records)
    return path


@pytest.fixture(scope="module")
def acled():
    return read_incidents(ACLED)


@pytest.fixture(scope="module")
def ucdp():
    return read_incidents(UCDP)


def test_acled_export_reads_every_event_typed(acled):
    raw = rows(ACLED)
    assert len(acled) == len(raw) == 30
    assert acled.crs.to_epsg() == 4326
    assert set(acled["source_format"]) == {"acled"}
    assert pd.api.types.is_datetime64_any_dtype(acled["event_date"])
    assert str(acled["geo_precision"].dtype) == "Int64" and str(acled["fatalities"].dtype) == "Int64"
    first = acled.iloc[0]
    assert raw[0]["event_date"] == "04 January 2018" and first["event_date"] == pd.Timestamp("2018-01-04")
    assert (first["incident_id"], first["location"], first["admin1"]) == ("SYR90001", "Kafr Nobol", "Idleb")
    assert (first.geometry.x, first.geometry.y) == (first["longitude"], first["latitude"]) == (36.56027, 35.61465)
    assert acled["fatalities"].sum() == sum(int(r["fatalities"]) for r in raw)


def test_acled_uncertainty_follows_geo_precision(acled):
    by_precision = acled.groupby("geo_precision")["uncertainty_km"].unique()
    assert {p: list(v) for p, v in by_precision.items()} == {1: [2.0], 2: [25.0], 3: [50.0]}


def test_acled_newer_iso_dates_read_the_same(tmp_path, acled):
    records = rows(ACLED)
    for record in records:
        record["event_date"] = pd.Timestamp(record["event_date"]).strftime("%Y-%m-%d")
    newer = read_incidents(write_rows(tmp_path / "acled_iso.csv", records))
    assert records[0]["event_date"] == "2018-01-04"
    assert newer["event_date"].tolist() == acled["event_date"].tolist()


def test_ucdp_maps_violence_sides_deaths_and_precision(ucdp):
    raw = rows(UCDP)
    assert len(ucdp) == len(raw) == 20 and set(ucdp["source_format"]) == {"ucdp"}
    types = {"1": "Battles", "2": "Battles", "3": "Violence against civilians"}
    precision = {"1": (1, 2.0), "2": (2, 25.0), "3": (3, 50.0), "4": (3, 100.0), "5": (3, 150.0)}
    assert {r["where_prec"] for r in raw} == set(precision)  # the sample has each grade it uses
    for record, row in zip(raw, ucdp.itertuples()):
        assert row.event_type == types[record["type_of_violence"]]
        assert (row.actor1, row.actor2) == (record["side_a"], record["side_b"])
        assert row.fatalities == int(record["best"])
        assert (row.geo_precision, row.uncertainty_km) == precision[record["where_prec"]]
        assert row.event_date == pd.Timestamp(record["date_start"][:10])
        assert (row.location, row.notes) == (record["where_coordinates"], record["source_article"])
    assert set(ucdp.loc[ucdp["actor2"] == "Civilians", "event_type"]) == {"Violence against civilians"}


def test_ucdp_governorates_use_acled_spelling(ucdp):
    assert rows(UCDP)[0]["adm_1"] == "Idlib governorate"
    assert set(ucdp["admin1"]) <= {"Idleb", "Aleppo", "Rural Damascus", "Deir-ez-Zor", "Ar-Raqqa", "Dar'a",
                                   "As-Sweida", "Homs", "Hama"}


def test_header_names_are_case_insensitive_and_plain_dates_read(tmp_path):
    records = rows(UCDP)[:3]
    for record in records:
        record["date_start"] = record["date_start"][:10]
    upper = {name: name.upper() for name in records[0]}
    path = write_rows(tmp_path / "GED.csv", [{upper[k]: v for k, v in r.items()} for r in records])
    gdf = read_incidents(path)
    assert len(gdf) == 3 and gdf["event_date"].iloc[0] == pd.Timestamp("2018-01-04")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, gazetteer):
    folder = tmp_path_factory.mktemp("extracted")
    articles = folder / "articles.jsonl"
    articles.write_text("\n".join(json.dumps(a) for a in [
        {"id": "a1", "published": "2018-02-20", "text": "Regime forces shelled the towns of Duma and Arbin in "
         "Eastern Ghouta, killing 9 civilians."},
        {"id": "a2", "published": "2018-05-02", "text": "A man was killed by a landmine explosion in the town "
         "of Khan Shaykhun."}]), encoding="utf-8")
    return folder, extract([articles], gazetteer)


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv"])
def test_geomap_outputs_read_back(extracted, suffix):
    folder, gdf = extracted
    assert len(gdf) >= 2
    back = read_incidents(write_table(gdf, folder / f"incidents{suffix}"))
    assert set(back["source_format"]) == {"geomap"} and back.crs.to_epsg() == 4326
    assert back["incident_id"].tolist() == gdf["incident_id"].tolist()
    assert back["event_date"].tolist() == gdf["event_date"].tolist()
    assert back["fatalities"].tolist() == gdf["fatalities"].tolist()
    assert back["latitude"].round(5).tolist() == gdf["latitude"].tolist()
    assert back["evidence"].tolist() == gdf["evidence"].tolist()  # geomap's own columns are kept


def test_geomap_copy_of_an_export_still_says_where_it_came_from(tmp_path, ucdp):
    back = read_incidents(write_table(ucdp, tmp_path / "ged.gpkg"))
    assert set(back["source_format"]) == {"ucdp"} and len(back) == len(ucdp)
    assert back["uncertainty_km"].tolist() == ucdp["uncertainty_km"].tolist()


def test_unknown_header_names_the_file_and_each_format(tmp_path):
    path = tmp_path / "towns.csv"
    path.write_text("name,lat,lon\nDuma,33.57,36.40\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_incidents(path)
    message = str(error.value)
    assert str(path) in message and "\n" not in message
    assert "ACLED" in message and "UCDP" in message and "type_of_violence" in message and "geo_precision" in message


def test_missing_or_empty_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="nothing.csv"):
        read_incidents(tmp_path / "nothing.csv")
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty.csv"):
        read_incidents(tmp_path / "empty.csv")


def test_export_with_no_events_reads_as_empty_table(tmp_path):
    path = tmp_path / "none.csv"
    path.write_text(ACLED.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    gdf = read_incidents(path)
    assert len(gdf) == 0 and "event_date" in gdf.columns


def test_bad_rows_are_skipped_with_one_warning_naming_the_first_line(tmp_path):
    records = rows(ACLED)
    records[4]["latitude"] = ""  # line 6 (the header is line 1)
    records[9]["event_date"] = "31 Smarch 2018"
    records[12]["longitude"] = "east"
    records[15]["latitude"] = "135.2"  # beyond the pole
    path = write_rows(tmp_path / "acled.csv", records)
    with pytest.warns(SkippedRowsWarning) as caught:
        gdf = read_incidents(path)
    assert len(caught) == 1
    message = str(caught[0].message)
    assert str(path) in message and "skipped 4 of 30 rows" in message and "line 6" in message
    assert len(gdf) == 26 and "SYR90005" not in set(gdf["incident_id"])


def test_a_bad_date_first_is_reported_with_its_text(tmp_path):
    records = rows(UCDP)
    records[2]["date_start"] = "sometime in 2018"
    path = write_rows(tmp_path / "ged.csv", records)
    with pytest.warns(SkippedRowsWarning, match=r"first at line 4: date 'sometime in 2018'"):
        assert len(read_incidents(path)) == 19


def test_swapped_coordinates_are_caught_inside_a_region(tmp_path):
    records = rows(ACLED)
    hajin = records[12]  # line 14
    assert hajin["location"] == "Hajin"
    hajin["latitude"], hajin["longitude"] = hajin["longitude"], hajin["latitude"]
    path = write_rows(tmp_path / "acled.csv", records)
    assert len(read_incidents(path)) == 30  # without a region a swap inside ±90 looks like a real place
    with pytest.warns(SkippedRowsWarning, match="swapped.*line 14"):
        assert len(read_incidents(path, bounds=SYRIA)) == 29


def test_rows_with_too_many_fields_are_skipped_not_fatal(tmp_path):
    lines = ACLED.read_text(encoding="utf-8").splitlines()
    lines[3] += ",extra"
    path = tmp_path / "acled.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.warns(SkippedRowsWarning, match="line 4: too many fields"):
        assert len(read_incidents(path)) == 29


def test_filter_by_dates_inclusive_types_and_actors(acled):
    spring = filter_incidents(acled, start="2018-03-01", end="2018-03-25")
    assert spring["event_date"].min() == pd.Timestamp("2018-03-01")
    assert spring["event_date"].max() == pd.Timestamp("2018-03-25") and len(spring) == 3
    protests = filter_incidents(acled, event_types="protests")
    assert len(protests) == 3 and set(protests["event_type"]) == {"Protests"}
    islamic_state = filter_incidents(acled, actors=["islamic state"])  # as actor1 or actor2
    assert len(islamic_state) == 5
    assert set(filter_incidents(acled, start="2018-05-01", event_types=["Battles", "Violence against civilians"],
                                actors="Islamic State")["incident_id"]) == {"SYR90015", "SYR90024", "SYR90026"}
    with pytest.raises(InputError, match="start date"):
        filter_incidents(acled, start="last spring")


# --- the fast readers (pyarrow) give what the general ones give ----------------------------------

def _general_readers(monkeypatch):
    """Make read_incidents take pandas' CSV reader and geopandas' Parquet reader, as without pyarrow."""
    import geomap.sources as sources

    monkeypatch.setattr(sources, "_read_csv_arrow", lambda *args: None)
    monkeypatch.setattr(sources, "_read_geoparquet_points", lambda *args: None)


@pytest.mark.parametrize("path", [ACLED, UCDP])
def test_fast_csv_reader_gives_the_same_table_as_pandas(path, monkeypatch):
    fast = read_incidents(path, bounds=SYRIA)
    _general_readers(monkeypatch)
    pd.testing.assert_frame_equal(fast, read_incidents(path, bounds=SYRIA))


def test_fast_readers_report_bad_rows_as_pandas_does(tmp_path, monkeypatch):
    records = rows(ACLED)
    records[4]["latitude"], records[7]["longitude"], records[9]["event_date"] = "", "east", "31 Smarch 2018"
    path = write_rows(tmp_path / "acled.csv", records)
    with pytest.warns(SkippedRowsWarning) as fast_warning:
        fast = read_incidents(path)
    _general_readers(monkeypatch)
    with pytest.warns(SkippedRowsWarning) as general_warning:
        general = read_incidents(path)
    assert str(fast_warning[0].message) == str(general_warning[0].message)
    assert "line 6: latitude '', longitude" in str(fast_warning[0].message)
    pd.testing.assert_frame_equal(fast, general)


def test_only_the_asked_columns_are_read_and_no_points_made(tmp_path):
    table = read_incidents(ACLED, columns=["fatalities", "event_type"], geometry=False)
    assert type(table) is pd.DataFrame
    assert list(table.columns) == ["event_date", "event_type", "latitude", "longitude", "fatalities", "source_format"]
    full = read_incidents(ACLED)
    for column in table.columns:
        assert table[column].tolist() == full[column].tolist()


def test_geoparquet_points_read_as_their_csv(tmp_path, monkeypatch):
    full = read_incidents(ACLED)
    path = tmp_path / "acled.parquet"
    raw = pd.read_csv(ACLED, dtype=str, keep_default_na=False)
    import geopandas as gpd

    gpd.GeoDataFrame(raw, geometry=gpd.points_from_xy(raw["longitude"].astype(float), raw["latitude"].astype(float)),
                     crs="EPSG:4326").to_parquet(path)
    fast = read_incidents(path)
    pd.testing.assert_frame_equal(fast, full)
    assert read_incidents(path, columns=["fatalities"], geometry=False)["fatalities"].tolist() == \
        full["fatalities"].tolist()
    _general_readers(monkeypatch)
    pd.testing.assert_frame_equal(read_incidents(path), fast)
