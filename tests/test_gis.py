"""Layers that open cleanly: RFC 7946 GeoJSON, a GeoPackage with named, dated layers, maps from ACLED/UCDP."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

from conftest import REPO

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def run_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    result = subprocess.run([sys.executable, "-m", "geomap", "run", str(REPO / "seeds"), "-o", str(out), "-q"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


def test_run_writes_every_layer_and_both_maps(run_output):
    names = {p.name for p in run_output.iterdir()}
    assert {"incidents.gpkg", "incidents.geojson", "incidents.csv", "control.geojson", "control_zones.geojson",
            "incidents.png", "control.png", "density.png", "report.md", "map.html"} <= names
    report = (run_output / "report.md").read_text(encoding="utf-8")
    assert "control.png" in report and "density.png" in report and "evidence" in report


def test_geojson_follows_rfc_7946_and_points_lie_in_their_governorate(run_output):
    data = json.loads((run_output / "incidents.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    governorates = gpd.read_file(REPO / "gazetteer" / "boundaries" / "ocha_adm1.geojson")
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert 35 < lon < 43 and 32 < lat < 38  # longitude first
        admin1 = feature["properties"]["admin1"]
        polygon = governorates.loc[governorates["admin1"] == admin1].geometry.union_all()
        assert polygon.buffer(0.05).contains(gpd.points_from_xy([lon], [lat])[0]), feature["properties"]["location"]


def test_the_geopackage_has_named_layers_with_real_dates(run_output):
    import pyogrio

    layers = dict(pyogrio.list_layers(run_output / "incidents.gpkg"))
    assert {"incidents", "control_assertions", "control_zones", "density_hex", "admin_counts"} <= set(layers)
    info = pyogrio.read_info(run_output / "incidents.gpkg", layer="incidents")
    assert str(dict(zip(info["fields"], info["dtypes"]))["event_date"]).startswith("datetime")


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo (Debian gdal-bin) is not installed")
def test_ogrinfo_lists_the_geopackage_layers(run_output):
    result = subprocess.run(["ogrinfo", "-ro", "-q", str(run_output / "incidents.gpkg")], capture_output=True, text=True)
    assert result.returncode == 0
    for name in ("incidents", "control_assertions", "control_zones", "density_hex", "admin_counts"):
        assert name in result.stdout


def test_the_csv_round_trips(run_output):
    from geomap.sources import read_incidents

    original = gpd.read_file(run_output / "incidents.gpkg", layer="incidents")
    again = read_incidents(run_output / "incidents.csv")
    assert len(again) == len(original)
    assert list(again["event_date"].dt.date) == list(original["event_date"].dt.date)


@pytest.mark.parametrize("source, method", [("acled_sample.csv", "kde"), ("acled_sample.csv", "admin"),
                                            ("ucdp_ged_sample.csv", "hex")])
def test_density_maps_from_acled_and_ucdp_exports(tmp_path, source, method):
    target = tmp_path / "density.png"
    result = subprocess.run([sys.executable, "-m", "geomap", "map", "density", str(FIXTURES / source), "-o",
                             str(target), "--method", method, "-q"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 10_000


def test_control_map_from_a_run_and_a_users_file(run_output, tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text("actor,place,date,source\nOpposition rebels,Tafas,2018-09-01,my notes\n", encoding="utf-8")
    target = tmp_path / "control.pdf"
    result = subprocess.run([sys.executable, "-m", "geomap", "map", "control", str(run_output / "incidents.gpkg"),
                             "--assertions", str(mine), "--as-of", "2018-09-15", "-o", str(target)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:4] == b"%PDF"


def test_a_map_to_an_unknown_format_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "geomap", "map", "density", str(FIXTURES / "acled_sample.csv"),
                             "-o", str(tmp_path / "map.bmp")], capture_output=True, text=True)
    assert result.returncode == 4 and ".png" in result.stderr and "Traceback" not in result.stderr


def test_a_rerun_writes_the_same_bytes(run_output, tmp_path):
    again = tmp_path / "again"
    result = subprocess.run([sys.executable, "-m", "geomap", "run", str(REPO / "seeds"), "-o", str(again), "-q"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for path in run_output.iterdir():
        assert path.read_bytes() == (again / path.name).read_bytes(), path.name  # outputs/ does not churn in git


def test_a_web_map_from_an_acled_export(tmp_path):
    target = tmp_path / "map.html"
    result = subprocess.run([sys.executable, "-m", "geomap", "map", "web", str(FIXTURES / "acled_sample.csv"), "-o",
                             str(target), "-q"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    page = target.read_text(encoding="utf-8")
    assert "leaflet" in page.lower() and "<script src=" not in page and "<link " not in page
