"""Streaming: rows kept on disk and written a batch at a time are the rows, bytes and summary of a run held whole."""
from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geomap.cli import main
from geomap.engine import extract_with
from geomap.incidents import control_geodataframe, extract_all, to_geodataframe
from geomap.io import write_batches, write_table
from geomap.spill import Gathered

REPO = Path(__file__).resolve().parent.parent
CHUNK = 10  # chunks of ten articles: the twins below are chunks apart, one already on disk when the other comes


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """60 terse reports; three told again at the end by other outlets, one with another death toll; and two whose
    events name no place (unplaced sentences to list, however well the rest are read)."""
    lines = (REPO / "tests" / "data" / "terse_dev.jsonl").read_text(encoding="utf-8").splitlines()[:60]
    records = [json.loads(line) for line in lines]
    records += [{**r, "id": f"again-{r['id']}", "outlet": "Other Outlet",
                 "text": r["text"].replace("20 civilians", "18 civilians")}
                for r in records if r["id"] in ("dev-0030", "dev-0042", "dev-0002")]
    records += [{"id": f"unplaced-{n}", "published": "2019-05-01", "text": text} for n, text in enumerate(
        ["Unidentified gunmen shot dead a man on a road at night, local sources said.",
         "A roadside bomb hit a military bus, killing 3 soldiers, a monitor said."])]
    path = tmp_path_factory.mktemp("spill") / "articles.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def runs(corpus, gazetteer):
    """The same corpus gathered on disk (most of it: 30 rows are held in memory before they go) and held whole."""
    import geomap.spill

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(geomap.spill, "HELD_ROWS", 30)
        spilled = extract_with([corpus], gazetteer, chunk_size=CHUNK, spill=True)
    assert isinstance(spilled, Gathered) and spilled._chunks_on_disk >= 2 and spilled._held
    yield spilled, extract_all([corpus], gazetteer)
    spilled.close()


def test_rows_read_back_from_disk_are_the_rows_of_a_run_held_whole(runs):
    spilled, whole = runs
    back = spilled.extraction()
    pd.testing.assert_frame_equal(to_geodataframe(back.incidents), to_geodataframe(whole.incidents))
    pd.testing.assert_frame_equal(control_geodataframe(back.control), control_geodataframe(whole.control))
    assert back.unresolved == whole.unresolved and spilled.unresolved_count == len(whole.unresolved)
    assert (spilled.incident_count, spilled.control_count) == (len(whole.incidents), len(whole.control))
    # twins from chunks already on disk were folded in: one row citing both outlets, the lower toll kept
    cited = [i for i in back.incidents if any(a.id.startswith("again-") for a, _ in i.articles)]
    assert len(cited) >= 2
    assert any("fatalities reported: 20" in note for i in cited for note in i.notes)
    # reading again gives fresh rows, folded once (not twice)
    again = spilled.extraction()
    assert [len(i.articles) for i in again.incidents] == [len(i.articles) for i in whole.incidents]


def test_rows_from_two_processes_spilled_to_disk_are_the_rows_of_a_run_held_whole(corpus, gazetteer, runs):
    """Workers send IncidentRows; gathered on disk past the bound, twins folded in from chunks already there,
    they read back as the rows one process gives."""
    import geomap.spill

    _, whole = runs
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(geomap.spill, "HELD_ROWS", 30)
        spilled = extract_with([corpus], gazetteer, jobs=2, chunk_size=CHUNK, spill=True)
    try:
        assert spilled._chunks_on_disk >= 2
        back = spilled.extraction()
        pd.testing.assert_frame_equal(to_geodataframe(back.incidents), to_geodataframe(whole.incidents))
        assert any(a.id.startswith("again-") for i in back.incidents for a, _ in i.articles)
    finally:
        spilled.close()


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".geojson", ".parquet"])
def test_a_file_written_in_batches_is_byte_for_byte_the_file_written_whole(runs, tmp_path, suffix):
    spilled, whole = runs
    incidents, control = to_geodataframe(whole.incidents), control_geodataframe(whole.control)
    # text formats (GeoJSON too) are made from plain tables (no geopandas); they must write what the
    # GeoDataFrame writes
    batches = list(spilled.tables(rows=12, plain=suffix != ".parquet"))
    assert len(batches) > 3
    one = write_table(incidents, tmp_path / f"whole{suffix}", layers={"control_assertions": control})
    many = write_batches(((i, {"control_assertions": c}) for i, c in batches), tmp_path / f"batches{suffix}")
    assert many.read_bytes() == one.read_bytes()


def test_plain_rows_are_written_as_pandas_writes_the_same_table(tmp_path):
    """A CSV or JSONL of ``io.Rows`` (no pandas) is byte for byte the file of the DataFrame with the same values
    and the incident table's column types: quotes, commas, line breaks, missing values, floats."""
    from datetime import date

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.io import Rows

    text = st.one_of(st.none(), st.text(st.sampled_from(list('ab ,"\'\n\r\t;|é؟ــ–<NA>')), max_size=8), st.just("<NA>"))
    row = st.tuples(text, st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2200, 12, 31))),
                    st.one_of(st.none(), st.integers(-10**6, 10**6)),
                    st.one_of(st.none(), st.floats(-1e7, 1e7, allow_nan=False), st.sampled_from([5.0, 0.1, 1e-05])))

    @settings(max_examples=150, deadline=None)
    @given(st.lists(row, max_size=6))
    def same_bytes(rows):
        columns = ["name", "day", "count", "measure"]
        frame = pd.DataFrame.from_records(rows, columns=columns, nrows=len(rows))
        frame["day"] = pd.to_datetime(frame["day"])
        frame["count"] = frame["count"].astype("Int64")
        frame["measure"] = frame["measure"].astype(float)
        plain = Rows(columns, [(n, d and d.isoformat(), c, m) for n, d, c, m in rows])
        for suffix in (".csv", ".jsonl"):
            pandas_file = write_table(frame, tmp_path / f"pandas{suffix}").read_bytes()
            assert write_table(plain, tmp_path / f"plain{suffix}").read_bytes() == pandas_file, suffix

    same_bytes()


def test_plain_rows_with_coordinates_are_the_geojson_of_the_geodataframe(tmp_path):
    """GeoJSON written from ``io.Rows`` (``geomap extract -o x.geojson`` imports no pandas) is byte for byte
    the GeoJSON of the GeoDataFrame with the same values and points made from longitude and latitude."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.io import Rows

    text = st.one_of(st.none(), st.text(st.sampled_from(list('ab ,"\n\\é؟–<NA>')), max_size=6))
    degrees = st.floats(-180, 180, allow_nan=False)
    row = st.tuples(text, st.one_of(st.none(), st.integers(-10**6, 10**6)), degrees, degrees.map(lambda x: x / 2))

    @settings(max_examples=150, deadline=None)
    @given(st.lists(row, max_size=6))
    def same_bytes(rows):
        columns = ["name", "count", "longitude", "latitude"]
        frame = pd.DataFrame.from_records(rows, columns=columns, nrows=len(rows))
        frame["count"] = frame["count"].astype("Int64")
        frame = gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame["longitude"], frame["latitude"]),
                                 crs="EPSG:4326")
        plain = Rows(columns, list(rows))
        expected = write_table(frame, tmp_path / "frame.geojson").read_bytes()
        assert write_table(plain, tmp_path / "plain.geojson").read_bytes() == expected

    same_bytes()


@pytest.mark.parametrize("plain", [False, True], ids=["through pyogrio", "plain rows, geomap.gpkg"])
def test_a_geopackage_written_in_batches_has_the_layers_of_one_written_whole(runs, tmp_path, plain):
    spilled, whole = runs
    incidents, control = to_geodataframe(whole.incidents), control_geodataframe(whole.control)
    one = write_table(incidents, tmp_path / "whole.gpkg", layers={"control_assertions": control})
    many = write_batches(((i, {"control_assertions": c}) for i, c in spilled.tables(rows=12, plain=plain)),
                         tmp_path / "batches.gpkg")
    for layer in ("incidents", "control_assertions"):
        pd.testing.assert_frame_equal(gpd.read_file(many, layer=layer), gpd.read_file(one, layer=layer))


def test_an_empty_run_still_writes_the_header_and_the_layer(tmp_path):
    spilled = Gathered()
    batches = list(spilled.tables())
    assert len(batches) == 1 and len(batches[0][0]) == 0
    out = write_batches(((i, {"control_assertions": c}) for i, c in batches), tmp_path / "none.csv")
    assert out.read_text(encoding="utf-8").startswith("incident_id,event_date,")
    gpkg = write_batches(((i, {"control_assertions": c}) for i, c in spilled.tables()), tmp_path / "none.gpkg")
    assert len(gpd.read_file(gpkg, layer="incidents")) == 0


def test_extract_verbose_lists_every_unplaced_sentence_read_back_from_disk(corpus, tmp_path, capsys, monkeypatch):
    import geomap.spill

    whole = extract_all([corpus])
    assert len(whole.unresolved) > 1
    monkeypatch.setattr(geomap.spill, "SUMMARY_UNRESOLVED", 1)  # only the first is kept in memory
    monkeypatch.setattr(geomap.spill, "HELD_ROWS", 10)  # the rest is on disk
    assert main(["extract", str(corpus), "-o", str(tmp_path / "o.csv"), "--chunk-size", str(CHUNK), "-v"]) == 0
    err = capsys.readouterr().err
    assert f"{len(whole.unresolved)} event sentence(s) with no place" in err
    for article, _ in whole.unresolved:
        assert f"  {article}: " in err


def test_a_dataset_written_in_batches_has_the_files_and_rows_of_one_written_whole(runs, tmp_path):
    pytest.importorskip("pyarrow")
    from geomap.engine import read_dataset, write_dataset, write_dataset_batches

    spilled, whole = runs
    one = write_dataset(to_geodataframe(whole.incidents), tmp_path / "whole", spilled.partitions,
                        control=control_geodataframe(whole.control))
    many = write_dataset_batches(spilled.tables(rows=12), tmp_path / "batches", spilled.partitions)
    names = sorted(p.name for p in many.iterdir())
    assert names == sorted(p.name for p in one.iterdir()) and len(names) > 4
    for name in names:
        if name != "_metadata":
            pd.testing.assert_frame_equal(gpd.read_parquet(many / name), gpd.read_parquet(one / name))
    pd.testing.assert_frame_equal(read_dataset(many), read_dataset(one))


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".geojson", ".parquet", ".gpkg"])
def test_a_long_table_handed_to_the_writer_in_slices_is_the_file_written_whole(runs, tmp_path, suffix, monkeypatch):
    import geomap.io

    _, whole = runs
    incidents, control = to_geodataframe(whole.incidents), control_geodataframe(whole.control)
    one = write_table(incidents, tmp_path / f"whole{suffix}", layers={"control_assertions": control})
    monkeypatch.setattr(geomap.io, "SLICE_ROWS", 7)
    assert len(incidents) > 3 * 7
    sliced = write_table(incidents, tmp_path / f"sliced{suffix}", layers={"control_assertions": control})
    if suffix == ".gpkg":
        for layer in ("incidents", "control_assertions"):
            pd.testing.assert_frame_equal(gpd.read_file(sliced, layer=layer), gpd.read_file(one, layer=layer))
    else:
        assert sliced.read_bytes() == one.read_bytes()


def test_the_first_unresolved_sentences_are_read_back_only_as_far_as_needed(corpus, gazetteer):
    """The report lists the first 50 unplaced event sentences: past the summary's head they come from disk."""
    import geomap.spill

    whole = extract_all([corpus], gazetteer)
    assert len(whole.unresolved) >= 2
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(geomap.spill, "HELD_ROWS", 30)
        patch.setattr(geomap.spill, "SUMMARY_UNRESOLVED", 1)
        spilled = extract_with([corpus], gazetteer, chunk_size=CHUNK, spill=True)
    try:
        assert spilled.unresolved_head == whole.unresolved[:1]
        for n in (0, 1, 2, len(whole.unresolved), len(whole.unresolved) + 5):
            assert spilled.first_unresolved(n) == whole.unresolved[:n] == whole.first_unresolved(n)
    finally:
        spilled.close()


def test_the_main_jobs_table_keeps_its_column_types_when_a_batch_has_no_control_statements(runs):
    from types import SimpleNamespace

    from geomap.cli import _whole_tables

    _, whole = runs
    incidents, control = to_geodataframe(whole.incidents), control_geodataframe(whole.control)
    batches = [(incidents.iloc[:5], control), (incidents.iloc[5:], control_geodataframe([]))]
    joined_incidents, joined_control = _whole_tables(SimpleNamespace(tables=lambda: batches))
    assert joined_control.dtypes.equals(control.dtypes) and len(joined_control) == len(control)
    pd.testing.assert_frame_equal(joined_incidents, incidents)
