"""The benchmark scripts run (at a tiny size: benchmarks are not tests, and nothing here times anything)."""
import csv
import gc
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

from conftest import REPO
from geomap.gazetteer import data_dir
from geomap.sources import read_incidents

ACLED_COLUMNS = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                 "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
                 "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
                 "tags,timestamp").split(",")


def make(tmp_path, name: str, *options: str):
    result = subprocess.run([sys.executable, str(REPO / "bench" / "make_acled.py"), "200", "-o", str(tmp_path / name),
                             *options], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return tmp_path / name


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made")
    return make(folder, "a.csv", "--parquet", str(folder / "a.parquet")), folder


def test_make_acled_writes_acled_columns_at_places_in_syria(made):
    path, folder = made
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ACLED_COLUMNS and len(rows) == 200
    events = read_incidents(path)  # read as an ACLED export, every row usable
    assert len(events) == 200 and set(events["source_format"]) == {"acled"}
    syria = gpd.read_file(data_dir() / "boundaries" / "ocha_adm0.geojson").to_crs(32637).union_all()
    near = events.to_crs(32637).distance(syria) <= 5000  # 1 km jitter from gazetteer places inside Syria
    assert near.all()
    assert (events["fatalities"] == 0).mean() > 0.4 and events["fatalities"].max() > 3  # skewed small
    assert read_incidents(folder / "a.parquet")["incident_id"].tolist() == events["incident_id"].tolist()


def test_make_acled_is_the_same_file_for_the_same_seed(made, tmp_path):
    path, _ = made
    assert make(tmp_path, "again.csv").read_bytes() == path.read_bytes()
    assert make(tmp_path, "other.csv", "--seed", "8").read_bytes() != path.read_bytes()


def test_bench_density_runs_and_reports_floors_and_baseline(tmp_path):
    result = subprocess.run([sys.executable, str(REPO / "bench" / "bench_density.py"), "--rows", "200", "--methods",
                             "kde", "--sample", "50", "--workdir", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("geomap map density --method kde") == 2  # CSV and GeoParquet
    assert "floor: pandas.read_csv, all columns" in out and "floor: pandas.read_parquet" in out
    assert "baseline: naive KDE" in out and "MiB peak" in out
    assert (tmp_path / "density_kde_csv.png").stat().st_size > 10_000
    assert len(list(tmp_path.glob("acled_200.*"))) == 2  # made once, then reused


BENCH = Path(__file__).resolve().parent.parent / "bench"


def _module(name: str):
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize("kind", ["news", "seeds", "terse", "coder"])
def test_generator_is_deterministic_and_reads_as_articles(kind, tmp_path):
    make = _module("make_articles")
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    make.main([kind, "12", str(first)])
    make.main([kind, "12", str(second)])
    assert first.read_bytes() == second.read_bytes()
    records = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 12 and len({r["id"] for r in records}) == 12
    assert all(set(r) == {"id", "text", "published", "outlet", "url"} for r in records)
    mean = sum(len(r["text"]) for r in records) / len(records)
    assert (2500 < mean < 4500) if kind in ("news", "seeds") else (60 < mean < 800)
    from geomap.articles import read_articles

    assert len(list(read_articles([first]))) == 12


def test_coder_notes_after_the_first_round_are_retold_on_another_day_and_never_repeat(tmp_path):
    make = _module("make_articles")
    count = len(make._coder_notes()) + 40
    corpus = tmp_path / "coder.jsonl"
    make.main(["coder", str(count), str(corpus)])
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    later = texts[count - 40:]
    assert all(text.startswith("On ") or make._DAY.search(text) for text in later)
    assert all(later[i] != texts[i] for i in range(40)) and len(set(later)) == 40
    assert not any(re.search(r"\b(3[2-9]|[4-9]\d) (?:" + "|".join(make.MONTHS) + ")", t) for t in later)


def test_news_articles_carry_furniture_and_traps():
    make = _module("make_articles")
    texts = " ".join(r["text"] for r in make.generate("news", 30))
    assert "ISISIMG_" in texts or "Read more:" in texts or "Share this article" in texts
    assert "At its peak" in texts or "since the start of the year" in texts or "has seen sporadic fighting" in texts


def test_extract_benchmark_runs_on_a_tiny_corpus(tmp_path):
    pytest.importorskip("ahocorasick")
    bench = _module("bench_extract")
    result = bench.bench("terse", 20, tmp_path, core=None)
    assert result["articles"] == 20 and result["rows"] > 0 and result["scan_seconds"] > 0
    packaged = bench.bench("terse", 20, tmp_path, core=None, output_format="gpkg")
    assert packaged["rows"] == result["rows"] and (tmp_path / "terse-20.gpkg").exists()


def test_engine_benchmark_runs_every_engine_on_a_tiny_corpus(tmp_path):
    """Four engines, each in a process of its own (dask's with a local cluster), the same rows from each."""
    pytest.importorskip("distributed")
    make = _module("make_articles")
    corpus = tmp_path / "t.jsonl"
    make.main(["terse", "12", str(corpus)])
    result = subprocess.run([sys.executable, str(REPO / "bench" / "bench_engine.py"), str(corpus), "--repeat", "1",
                             "--chunk-size", "4"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split("  ")[0] for line in lines[:4]] == ["--jobs 1", "--jobs 2", "--engine dask, 1 worker",
                                                          "--engine dask, 2 workers"]
    assert "!=" not in result.stdout and lines[4].startswith("two over one: --jobs ")


def test_profile_script_gives_stage_shares(tmp_path):
    make = _module("make_articles")
    corpus = tmp_path / "t.jsonl"
    make.main(["terse", "15", str(corpus)])
    found = _module("profile_extract").shares(str(corpus))
    assert 0 < found["finding places"] < 1 and 0 < found["all of _article_incidents"] <= 1


def test_gc_benchmark_times_collection_at_each_pile_size(tmp_path):
    make = _module("make_articles")
    corpus = tmp_path / "t.jsonl"
    make.main(["terse", "10", str(corpus)])
    result = subprocess.run([sys.executable, str(REPO / "bench" / "bench_gc.py"), str(corpus), "--piles", "1000,4000"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [line.split(":")[0].split()[-1] for line in result.stdout.splitlines()] == ["1,000", "4,000"]
    assert all("collecting" in line and "peak" in line for line in result.stdout.splitlines())


def test_long_document_benchmark_runs_on_a_tiny_size():
    found = _module("bench_long").measure([5, 20], one_paragraph=True)
    assert [row["notes"] for row in found] == [5, 20] and found[1]["incidents"] > found[0]["incidents"] > 0


def test_run_benchmark_runs_on_a_tiny_corpus(tmp_path):
    result = _module("bench_run").bench("terse", 20, tmp_path, core=None)
    assert result["articles"] == 20 and result["incidents"] > 0 and 0 < result["map_html_mb"] < result["written_mb"]


def test_prefilter_benchmark_replays_every_filtered_pattern(tmp_path):
    make = _module("make_articles")
    corpus = tmp_path / "t.jsonl"
    make.main(["terse", "15", str(corpus)])
    rows = _module("bench_prefilter").main([str(corpus), "--repeat", "1"])
    assert len(rows) >= 15 and len({label for label, *_ in rows}) == len(rows)
    assert all(plain >= 0 and filtered >= 0 for _, _, plain, filtered in rows)
    assert sum(calls for _, calls, _, _ in rows) > 0  # the extraction did ask them
    assert gc.isenabled()  # this process's collector given back as it was


def test_instruction_benchmark_counts_start_up_and_each_article_apart(tmp_path, monkeypatch):
    """Under a stand-in valgrind that runs the command and reports 1,000 + 10 an article read (callgrind itself
    is fifty times slower than a run): the script runs geomap from outside the checkout, with the checkout on
    PYTHONPATH, and takes start-up and the per-article cost apart."""
    fake = tmp_path / "bin" / "valgrind"
    fake.parent.mkdir()
    fake.write_text(f"""#!{sys.executable}
import json, os, subprocess, sys
command = [a for a in sys.argv[1:] if not a.startswith("--")]
assert not os.path.exists(os.path.join(os.getcwd(), "geomap")), "run from inside a checkout"
done = subprocess.run(command)
corpus = command[command.index("extract") + 1]
print(f"==1== Collected : {{1000 + 10 * len(open(corpus).read().splitlines()):,}}", file=sys.stderr)
sys.exit(done.returncode)
""")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{__import__('os').environ['PATH']}")
    corpus = tmp_path / "t.jsonl"
    corpus.write_text("".join((REPO / "tests" / "data" / "terse_dev.jsonl").read_text().splitlines(True)[:4]))
    rows = _module("bench_instructions").main([str(corpus), "--base", str(REPO)])
    assert [(row["articles"], row["start_up"], row["per_article"]) for row in rows] == [(4, 1010, 10.0)] * 2


def test_note_cost_benchmark_runs_fresh_and_after_other_notes(tmp_path):
    make = _module("make_articles")
    corpus, warm = tmp_path / "t.jsonl", tmp_path / "w.jsonl"
    make.main(["terse", "8", str(corpus)])
    make.main(["news", "2", str(warm)])
    bench = _module("bench_note_cost")
    fresh, after = bench.cost(corpus), bench.cost(corpus, warm)
    assert fresh["notes"] == after["notes"] == 8 and fresh["incidents"] == after["incidents"] > 0
    assert fresh["us_a_note"] > 0 and after["notes_a_second"] > 0


def test_eval_acled_scores_an_export_and_names_an_event_its_rows_miss(tmp_path):
    sample = REPO / "tests" / "fixtures" / "acled_sample.csv"
    with sample.open(encoding="utf-8", newline="") as handle:
        events = list(csv.DictReader(handle))
    moved = next(e for e in events if e["geo_precision"] == "1" and "shelled" in e["notes"])
    moved["latitude"] = f"{float(moved['latitude']) + 1:.5f}"  # a degree north (111 km) of where its notes say
    export = tmp_path / "export.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(events[0]))
        writer.writeheader()
        writer.writerows(events)
    result = subprocess.run([sys.executable, str(REPO / "bench" / "eval_acled.py"), str(export), "--misses", "5"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    shares = {line.split()[0]: float(line.split()[1].rstrip("%")) for line in result.stdout.splitlines()
              if line.startswith("  ") and line.endswith("%")}
    assert set(shares) == {"with-rows", "located@10", "located@25", "admin1", "type", "sub-type", "fatalities"}
    assert 0 < shares["located@10"] < 100
    assert f"{moved['event_id_cnty']}: ACLED {moved['location']}" in result.stdout


def test_eval_place_names_scores_a_name_found_and_a_name_put_in_the_wrong_place(tmp_path):
    names = tmp_path / "names.jsonl"
    names.write_text("\n".join(json.dumps(entry) for entry in [
        {"id": "t-1", "name": "Dayr az-Zawr", "admin1": "", "admin2": "", "gold": "ocha:C5086", "style": "press"},
        # Mansoura in Idleb is no Deir ez-Zor: precision 1 and hundreds of km off
        {"id": "t-2", "name": "Mansoura", "admin1": "Idlib", "admin2": "", "gold": "ocha:C5086", "style": "acled"},
    ]), encoding="utf-8")
    result = subprocess.run([sys.executable, str(REPO / "bench" / "eval_place_names.py"), str(names), "--misses"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    first = next(line for line in result.stdout.splitlines() if line.startswith("all"))
    assert first.split()[1:] == ["2", "50.0%", "0.0%", "50.0%", "0.0%"]  # within 5 km, coarse, far, none
    assert result.stdout.startswith("t-2: 'Mansoura' [Idlib] want Deir-ez-Zor")
