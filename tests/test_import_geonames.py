"""Converting a GeoNames country dump into a places file users can pass with --gazetteer."""
import csv

import pytest

from geomap import Gazetteer, GazetteerError
from geomap.geonames_import import import_geonames
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "SY_sample.txt"


def test_import_keeps_places_maps_features_and_admin1(tmp_path):
    out = tmp_path / "sy.csv"
    written, skipped = import_geonames(FIXTURE, out)
    assert (written, skipped) == (4, 1)  # the hotel is not a place reports locate incidents at
    rows = {r["name"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["Salamiyah"]["feature"] == "town"
    assert rows["Salamiyah"]["admin1"] == "Hama"
    assert rows["Sijn Test"]["feature"] == "prison"
    assert rows["Sijn Test"]["admin1"] == "Rural Damascus"
    assert rows["Wadi Test"]["geo_precision"] == "2"
    assert rows["Tall Test"]["source"] == "geonames:999001"
    assert "Tell Test" in rows["Tall Test"]["aliases"].split("|")


def test_imported_file_works_as_a_user_gazetteer(tmp_path):
    out = tmp_path / "sy.csv"
    import_geonames(FIXTURE, out)
    found = Gazetteer.default([out]).lookup("Tal Test")
    assert found and found[0].source == "geonames:999001"


def test_malformed_dump_names_the_line_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(FIXTURE.read_text(encoding="utf-8") + "123\tonly three\tfields\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    with pytest.raises(GazetteerError, match=r"bad\.txt:6: expected 19"):
        import_geonames(bad, out)
    assert not out.exists()


def test_a_binary_file_is_a_one_line_error_not_a_traceback(tmp_path):
    import subprocess
    import sys

    binary = tmp_path / "SY.zip"
    binary.write_bytes(b"PK\x03\x04" + bytes(range(128, 256)) * 10)
    result = subprocess.run([sys.executable, "-m", "geomap", "gazetteer", "import-geonames", str(binary), "-o",
                             str(tmp_path / "out.csv")], capture_output=True, text=True)
    assert result.returncode == 3 and "SY.zip" in result.stderr and "Traceback" not in result.stderr
