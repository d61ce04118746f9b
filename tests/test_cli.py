"""The `geomap` command as a user runs it."""
import json
import subprocess
import sys

from conftest import REPO, write_places


def geomap(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, text=True, cwd=cwd)


def test_lookup_prints_json_candidates():
    result = geomap("gazetteer", "lookup", "Dayr az-Zawr", "--format", "json")
    assert result.returncode == 0, result.stderr
    best = json.loads(result.stdout)["candidates"][0]
    for key in ("name", "lat", "lon", "admin1", "feature", "geo_precision", "uncertainty_km", "source"):
        assert key in best
    assert best["admin1"] == "Deir-ez-Zor"


def test_lookup_of_unknown_name_exits_1_with_suggestions():
    result = geomap("gazetteer", "lookup", "Aleppoxy")
    assert result.returncode == 1
    assert "Aleppo" in result.stderr and "--gazetteer" in result.stderr


def test_lookup_with_user_gazetteer(tmp_path):
    mine = write_places(tmp_path / "mine.csv", [dict(
        id="x1", name="Tall Zzyzx", feature="hill", country="SY", admin1="Hama", lat="35.1", lon="37.2",
        geo_precision="2", uncertainty_km="4", source="curated: my notes")])
    result = geomap("gazetteer", "lookup", "Tell Zzyzx", "--gazetteer", str(mine))
    assert result.returncode == 0, result.stderr
    assert "Tall Zzyzx" in result.stdout and "curated: my notes" in result.stdout


def test_validate_reports_file_line_and_exits_1(tmp_path):
    bad = write_places(tmp_path / "bad.csv", [dict(
        id="x1", name="Misplaced", feature="village", country="SY", admin1="Dar'a", lat="36.2", lon="37.1",
        geo_precision="1", uncertainty_km="2", source="curated: test")])
    result = geomap("gazetteer", "validate", str(bad))
    assert result.returncode == 1
    assert f"{bad}:2:" in result.stdout


def test_installed_package_finds_its_data_from_any_directory(tmp_path):
    # run from an unrelated folder: a plain install must carry the gazetteer with it
    result = geomap("gazetteer", "lookup", "Sukhnah", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["candidates"][0]["admin1"] == "Homs"


def test_lookup_with_a_governorate_as_context():
    result = geomap("gazetteer", "lookup", "Mansura", "--admin1", "Idlib", "--format", "json")
    assert result.returncode == 0, result.stderr
    best = json.loads(result.stdout)["candidates"][0]
    assert best["admin1"] == "Idleb" and best["geo_precision"] == 1


def test_lookup_with_an_unknown_governorate_says_which_ones_exist():
    result = geomap("gazetteer", "lookup", "Mansura", "--admin1", "Narnia")
    assert result.returncode == 2
    assert "Narnia" in result.stderr and "Idleb" in result.stderr and "Traceback" not in result.stderr


def test_lookup_with_a_district_as_context():
    result = geomap("gazetteer", "lookup", "Barakeh", "--admin1", "Aleppo", "--admin2", "Afrin", "--format", "json")
    assert result.returncode == 0, result.stderr
    best = json.loads(result.stdout)["candidates"][0]
    assert best["id"] == "ocha:C8201" and best["geo_precision"] == 1 and not best["ambiguous"]


def test_lookup_with_an_unknown_district_says_so():
    result = geomap("gazetteer", "lookup", "Barakeh", "--admin2", "Narnia")
    assert result.returncode == 2
    assert "Narnia" in result.stderr and "ocha_admin.csv" in result.stderr and "Traceback" not in result.stderr


def test_version_and_exit_codes_in_help():
    assert geomap("--version").stdout.startswith("geomap ")
    assert "exit codes" in geomap("--help").stdout


def test_an_output_folder_that_cannot_be_made_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")  # works as root too, unlike a read-only folder
    result = geomap("run", str(REPO / "seeds"), "-o", str(blocker / "out"), "-q")
    assert result.returncode == 4 and "Traceback" not in result.stderr and "a-file" in result.stderr


def test_output_piped_into_head_ends_quietly():
    result = subprocess.run(f"{sys.executable} -m geomap gazetteer lookup Mansura | head -1", shell=True,
                            capture_output=True, text=True)
    assert result.stdout.count("\n") == 1 and "Traceback" not in result.stderr and "Broken" not in result.stderr


def test_run_switches_the_folder_whole_and_a_killed_run_leaves_it_old(tmp_path):
    import signal
    import time

    out = tmp_path / "outputs"
    out.mkdir()
    (out / "old-marker.txt").write_text("from the previous run", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "geomap", "run", str(REPO / "seeds"), "-o", str(out), "-q"],
                               stderr=subprocess.PIPE)
    time.sleep(2.5)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    names = {p.name for p in out.iterdir()}
    assert names == {"old-marker.txt"} or "old-marker.txt" not in names  # all old or all new
    assert not list(tmp_path.glob(".outputs.geomap-*"))  # no staging folder left beside it
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files inside
    result = geomap("run", str(REPO / "seeds"), "-o", str(out), "-q")
    assert result.returncode == 0, result.stderr
    assert "old-marker.txt" not in {p.name for p in out.iterdir()} and (out / "report.md").exists()


def test_help_imports_none_of_the_heavy_libraries():
    """`geomap --help` must stay instant: building the parser loads no numpy, pandas, geopy or dask."""
    import subprocess
    import sys

    code = ("import sys; from geomap.cli import build_parser; build_parser(); "
            "print(sorted(m for m in ('numpy', 'pandas', 'geopy', 'dask', 'shapely') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
