"""Scale out: --jobs N and --engine dask give the rows one process gives; datasets round-trip to the maps.

Rows are compared in the order geomap writes them (input order of each row's
first report), with no sort: the engines keep that order.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from geomap.cli import main
from geomap.engine import extract_parallel, extract_with, write_dataset
from geomap.incidents import extract_all, to_geodataframe

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
CHUNK = 15  # small chunks, so a small corpus spans several and twins fall in different chunks


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """80 terse reports, an empty one, a French one, then two of them again under new ids."""
    lines = (REPO / "tests" / "data" / "terse_dev.jsonl").read_text(encoding="utf-8").splitlines()[:80]
    records = [json.loads(line) for line in lines]
    records.append({"id": "empty-1", "text": "Advertisement", "published": "2018-09-22"})
    records.append({"id": "fr-1", "published": "2018-09-22", "text": "Des frappes aériennes ont touché la ville "
                    "d'Idleb mardi, tuant cinq civils selon l'Observatoire syrien."})
    # day-precise reports, told again at the end (one with another death toll): twins across chunks
    records += [{**r, "id": f"again-{r['id']}", "text": r["text"].replace("20 civilians", "18 civilians")}
                for r in records if r["id"] in ("dev-0030", "dev-0042")]
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _summary(extraction) -> tuple:
    return (extraction.articles, extraction.unresolved, extraction.empty, extraction.languages,
            extraction.places_only, len(extraction.control))


@pytest.fixture(scope="module")
def serial(corpus, gazetteer):
    calls = []
    return extract_all([corpus, SEEDS], gazetteer, progress=calls.append), calls


def test_jobs_2_gives_the_rows_counts_and_progress_of_one_process(corpus, gazetteer, serial):
    expected, expected_calls = serial
    calls = []
    # spawned here (the CLI test below lets geomap choose: fork where it can)
    got = extract_parallel([corpus, SEEDS], gazetteer, jobs=2, chunk_size=CHUNK, progress=calls.append,
                           start_method="spawn")
    pd.testing.assert_frame_equal(to_geodataframe(got.incidents), to_geodataframe(expected.incidents))
    assert _summary(got) == _summary(expected) and calls == expected_calls
    assert expected.empty == ["empty-1"] and "fr" in expected.languages and "fr-1" in expected.places_only
    assert len(got.partitions) > 3 and sum(got.partitions) == len(got.incidents)
    # reports merged with their twins from earlier chunks cite both articles
    assert sorted(a.id for i in got.incidents for a, _ in i.articles) == ["again-dev-0030", "again-dev-0042"]


def test_cli_jobs_2_writes_the_same_file_as_jobs_1(corpus, tmp_path):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert main(["extract", str(corpus), "-o", str(one), "-q"]) == 0
    assert main(["extract", str(corpus), "-o", str(two), "-q", "--jobs", "2", "--chunk-size", str(CHUNK)]) == 0
    assert one.read_bytes() == two.read_bytes()


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("dask_geopandas")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_dask_gives_the_rows_of_the_local_engine(corpus, gazetteer, serial, cluster):
    expected, expected_calls = serial
    local = extract_with([corpus, SEEDS], gazetteer, jobs=1, chunk_size=CHUNK)
    calls = []
    got = extract_with([corpus, SEEDS], gazetteer, engine="dask", scheduler=cluster.scheduler_address,
                       chunk_size=CHUNK, progress=calls.append)
    frame = to_geodataframe(got.incidents)
    pd.testing.assert_frame_equal(frame, to_geodataframe(local.incidents))
    pd.testing.assert_frame_equal(frame, to_geodataframe(expected.incidents))
    assert _summary(got) == _summary(expected) and calls == expected_calls
    assert got.partitions == local.partitions


def test_a_dask_dataset_reads_back_as_the_single_file_does_and_maps(corpus, cluster, tmp_path):
    from geomap.sources import read_incidents

    single, dataset = tmp_path / "one.parquet", tmp_path / "incidents.parquet"
    assert main(["extract", str(corpus), "-o", str(single), "-q"]) == 0
    assert main(["extract", str(corpus), "-o", f"{dataset}/", "-q", "--engine", "dask", "--scheduler",
                 cluster.scheduler_address, "--chunk-size", str(CHUNK)]) == 0
    parts = sorted(p.name for p in dataset.glob("part-*.parquet"))
    assert len(parts) > 3 and (dataset / "_control_assertions.parquet").exists()
    whole, read = read_incidents(single), read_incidents(dataset)
    assert len(read) == len(whole) and "evidence" not in read.columns  # only the columns maps use
    pd.testing.assert_frame_equal(read, whole[list(read.columns)])
    assert main(["map", "density", str(dataset), "-o", str(tmp_path / "density.png"), "--method", "hex", "-q"]) == 0
    assert main(["map", "control", str(dataset), "-o", str(tmp_path / "control.png"), "-q"]) == 0
    assert (tmp_path / "density.png").stat().st_size and (tmp_path / "control.png").stat().st_size


def test_a_dataset_replaces_an_older_one_but_never_another_folder(tmp_path):
    pytest.importorskip("pyarrow")
    frame = to_geodataframe(extract_all([SEEDS]).incidents)
    target = tmp_path / "incidents.parquet"
    write_dataset(frame, target, [2, 0, len(frame) - 2])
    assert sorted(p.name for p in target.iterdir()) == ["_metadata", "part-00000.parquet", "part-00002.parquet"]
    write_dataset(frame, target)  # a rerun replaces the dataset whole
    assert sorted(p.name for p in target.iterdir()) == ["_metadata", "part-00000.parquet"]
    other = tmp_path / "documents"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    assert main(["extract", str(SEEDS), "-o", f"{other}/", "-q"]) == 4
    assert (other / "notes.txt").read_text() == "mine"


def test_engine_options_that_cannot_work_say_so(corpus, capsys):
    assert main(["extract", str(corpus), "-o", "x.csv", "--scheduler", "tcp://127.0.0.1:8786"]) == 3
    assert "--engine dask" in capsys.readouterr().err
    assert main(["extract", str(corpus), "-o", "x.csv", "--jobs", "2", "--online"]) == 3
    assert "Nominatim" in capsys.readouterr().err


def test_the_collector_is_back_after_a_run_and_piled_cycles_are_freed_during_it(corpus, tmp_path, monkeypatch):
    """`geomap extract` turns automatic collection off while it extracts, for speed: the command must give
    the collector back as the caller had it (main may be called from a long-lived program), and cycles
    that pile up meanwhile must still be freed between chunks, not only at the end."""
    import gc
    import weakref

    import geomap.engine as engine

    class Cycle:
        pass

    assert gc.isenabled()
    assert main(["extract", str(corpus), "-o", str(tmp_path / "out.csv"), "-q", "--chunk-size", str(CHUNK)]) == 0
    assert gc.isenabled()
    gc.disable()  # a caller that runs without it keeps it off
    try:
        assert main(["extract", str(corpus), "-o", str(tmp_path / "again.csv"), "-q"]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()

    monkeypatch.setattr(engine, "YOUNG_PILE", 1_000)
    gc.disable()
    try:
        gc.collect()  # counts from zero
        first = Cycle()
        first.me = first
        alive = weakref.ref(first)
        del first
        engine._collect_if_piled()
        assert alive() is not None  # few new objects yet: no collection, the cycle waits
        survivors = [[] for _ in range(2_000)]  # new container objects that stay, as a chunk's rows do
        engine._collect_if_piled()
        assert alive() is None and len(survivors) == 2_000
    finally:
        gc.enable()


def test_a_dask_task_gives_the_worker_its_collector_back_as_it_was(corpus, gazetteer):
    """A task runs with automatic collection off, for speed, but a dask worker's process runs other code
    between tasks (its event loop, other users' tasks): the collector must be as the task found it."""
    import gc

    import geomap.engine as engine
    from geomap.articles import read_articles

    articles = list(read_articles([corpus], prepare=False))[:5]
    thresholds = gc.get_threshold()
    assert gc.isenabled()
    part = engine._extract_chunk(articles, gazetteer)
    assert part.articles == 5 and part.incidents
    assert gc.isenabled() and gc.get_threshold() == thresholds
    gc.disable()
    try:
        engine._extract_chunk(articles, gazetteer)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_local_clusters_workers_open_the_gazetteers_prepared_index_themselves(gazetteer, tmp_path):
    """Workers on this machine get the prepared index's path, not 17 MB of pickled gazetteer, and read the same
    rows with it; other clusters get the gazetteer itself; a file gone mid-run is named."""
    import itertools

    from geomap.articles import read_articles
    from geomap.engine import PreparedOnDisk, _extract_chunk, _sent_to_workers
    from geomap.errors import GeomapError
    from geomap.gazetteer import _cache_path, data_dir, open_prepared

    path = _cache_path(data_dir())  # written when the fixture's gazetteer was first built or opened
    if not path.exists():
        pytest.skip("no prepared index could be written here (a read-only cache folder)")
    prepared = open_prepared(path)
    assert prepared.prepared_path() == path

    class Client:  # records what a remote cluster would be sent
        def scatter(self, data, **options):
            self.sent = data
            return "future"

    client = Client()
    sent = _sent_to_workers(client, prepared, local=True)
    assert isinstance(sent, PreparedOnDisk) and not hasattr(client, "sent")
    assert _sent_to_workers(client, prepared, local=False) == "future" and client.sent is prepared
    chunk = list(itertools.islice(read_articles([SEEDS]), 3))
    by_path, whole = _extract_chunk(chunk, sent), _extract_chunk(chunk, gazetteer)
    pd.testing.assert_frame_equal(to_geodataframe(by_path.incidents), to_geodataframe(whole.incidents))
    assert len(whole.incidents) > 0
    with pytest.raises(GeomapError, match="gone.index.*changed or went away"):
        _extract_chunk(chunk, PreparedOnDisk(tmp_path / "gone.index"))
