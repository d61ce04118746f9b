"""Main roads on the basemap from a road file the user has: the right lines kept, credited, bad files refused."""
import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import matplotlib
import pytest
from shapely.geometry import LineString

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from geomap import Gazetteer  # noqa: E402
from geomap.cli import main  # noqa: E402
from geomap.errors import InputError  # noqa: E402
from geomap.maps import attribution_line, plot_basemap  # noqa: E402
from geomap.roads import BOX, read_roads  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _point(name: str):
    place = Gazetteer.default().lookup(name)[0]
    return place.lon, place.lat


@pytest.fixture(scope="module")
def ends():
    """Invented lines between gazetteer towns (the test needs lines inside Syria, not real roads)."""
    return [_point("Damascus"), _point("Homs"), _point("Hama"), _point("Palmyra")]


def _write(path: Path, rows: list[dict], lines: list) -> Path:
    gpd.GeoDataFrame(rows, geometry=lines, crs="EPSG:4326").to_file(path, driver="GeoJSON")
    return path


def natural_earth(path: Path, ends) -> Path:
    """A file in the shape of Natural Earth's ne_10m_roads (featurecla, type, scalerank)."""
    damascus, homs, hama, palmyra = ends
    far = (damascus[0] + 20, damascus[1])  # a line that runs far out of the region's box
    rows = [{"featurecla": "Road", "type": "Major Highway", "scalerank": 3},
            {"featurecla": "Road", "type": "Secondary Highway", "scalerank": 6},
            {"featurecla": "Ferry", "type": "Ferry Route", "scalerank": 7},
            {"featurecla": "Road", "type": "Track", "scalerank": 9},
            {"featurecla": "Road", "type": "Major Highway", "scalerank": 3}]
    lines = [LineString([damascus, homs]), LineString([homs, palmyra]), LineString([homs, hama]),
             LineString([hama, palmyra]), LineString([damascus, far])]
    return _write(path, rows, lines)


def test_natural_earth_roads_keep_highways_only_and_stay_in_the_region(tmp_path, ends):
    roads = read_roads(natural_earth(tmp_path / "ne_roads.geojson", ends), attribution="Natural Earth")
    assert list(roads["road_class"]) == ["major", "secondary", "major"]
    assert set(roads["source"]) == {"Natural Earth"}
    west, south, east, north = roads.total_bounds
    assert BOX[0] <= west and east <= BOX[2] and BOX[1] <= south and north <= BOX[3]
    assert east == pytest.approx(BOX[2])  # the far line is cut at the box, not dropped


def test_openstreetmap_extracts_keep_motorway_trunk_and_primary(tmp_path, ends):
    damascus, homs, hama, palmyra = ends
    path = _write(tmp_path / "osm.geojson", [{"highway": "trunk"}, {"highway": "primary"},
                                              {"highway": "residential"}, {"highway": None}],
                  [LineString([damascus, homs]), LineString([homs, hama]), LineString([hama, palmyra]),
                   LineString([homs, palmyra])])
    roads = read_roads(path)
    assert list(roads["road_class"]) == ["major", "secondary"]
    assert set(roads["source"]) == {"osm.geojson"}  # no attribution given: the file is named


def test_files_that_are_not_road_lines_are_refused_by_name(tmp_path, ends):
    points = tmp_path / "towns.geojson"
    gpd.GeoDataFrame({"name": ["x"]}, geometry=gpd.points_from_xy([ends[0][0]], [ends[0][1]]),
                     crs="EPSG:4326").to_file(points, driver="GeoJSON")
    with pytest.raises(InputError, match=r"towns\.geojson.*must be lines"):
        read_roads(points)
    garbage = tmp_path / "roads.geojson"
    garbage.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"roads\.geojson: cannot be read"):
        read_roads(garbage)
    with pytest.raises(InputError, match="no such road file"):
        read_roads(tmp_path / "missing.shp")


def test_a_figure_draws_the_roads_and_credits_them(tmp_path, ends):
    roads = read_roads(natural_earth(tmp_path / "ne_roads.geojson", ends), attribution="Natural Earth")
    fig, ax = plt.subplots()
    before = len(plot_basemap(ax, labels=False, roads=roads.iloc[:0]).collections)
    plt.close(fig)
    fig, ax = plt.subplots()
    after = len(plot_basemap(ax, labels=False, roads=roads).collections)
    plt.close(fig)
    assert after == before + 2  # one collection of major roads, one of the others
    assert attribution_line("Incidents: x", roads).endswith("Main roads: Natural Earth.")
    assert "Main roads" not in attribution_line("Incidents: x", roads.iloc[:0])


def test_map_commands_take_roads_and_refuse_a_bad_file_before_writing(tmp_path, ends):
    acled = tmp_path / "acled.csv"
    acled.write_text("event_date,event_type,actor1,latitude,longitude,geo_precision,fatalities,notes\n"
                     f"2020-01-05,Battles,Islamic State,{ends[3][1]},{ends[3][0]},1,2,invented\n", encoding="utf-8")
    roads = natural_earth(tmp_path / "ne_roads.geojson", ends)
    out = tmp_path / "density.png"
    assert main(["map", "density", str(acled), "-o", str(out), "--roads", str(roads), "-q"]) == 0
    assert out.stat().st_size > 10_000
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["map", "density", str(acled), "-o", str(tmp_path / "other.png"), "--roads", str(bad), "-q"]) == 3
    assert not (tmp_path / "other.png").exists()


def test_the_web_map_draws_roads_and_escapes_their_credit(tmp_path, ends):
    pytest.importorskip("offlinefolium")
    from geomap.web import write_web_map

    roads = read_roads(natural_earth(tmp_path / "ne_roads.geojson", ends), attribution="<script>x()</script>NE")
    incidents = gpd.GeoDataFrame({"event_type": ["Battles"]}, geometry=gpd.points_from_xy([ends[3][0]], [ends[3][1]]),
                                 crs="EPSG:4326")
    page = write_web_map(incidents, tmp_path / "map.html", roads=roads).read_text(encoding="utf-8")
    bare = write_web_map(incidents, tmp_path / "bare.html", roads=roads.iloc[:0]).read_text(encoding="utf-8")
    assert page.count("L.geoJson(") == bare.count("L.geoJson(") + 1  # the road layer
    assert "Main roads: &lt;script&gt;x()&lt;/script&gt;NE." in page and "Main roads" not in bare
    assert "<script>x()</script>" not in page


def test_build_roads_writes_the_same_bytes_twice_and_reads_back(tmp_path, ends):
    source = natural_earth(tmp_path / "ne_roads.geojson", ends)
    outs = [tmp_path / "a.geojson", tmp_path / "b.geojson"]
    for out in outs:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_roads.py"), "--source", str(source),
                        "--attribution", "Natural Earth", "-o", str(out)], check=True, capture_output=True)
    assert outs[0].read_bytes() == outs[1].read_bytes()
    features = json.loads(outs[0].read_text(encoding="utf-8"))["features"]
    assert sorted(f["properties"]["road_class"] for f in features) == ["major", "major", "secondary"]
    assert list(read_roads(outs[0])["source"].unique()) == ["Natural Earth"]


def test_a_road_file_in_a_projected_crs_is_read_in_its_own_units(tmp_path, ends):
    source = natural_earth(tmp_path / "ne_roads.geojson", ends)
    projected = tmp_path / "roads_utm.gpkg"
    gpd.read_file(source).to_crs("EPSG:32637").to_file(projected, driver="GPKG")
    roads = read_roads(projected, attribution="Natural Earth")
    assert list(roads["road_class"]) == ["major", "secondary", "major"]
    assert roads.crs.to_epsg() == 4326
