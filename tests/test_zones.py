"""Control zones as of a date: latest assertion wins, stale ones are 'last reported', zones stay in Syria."""
import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from geomap import Gazetteer
from geomap.gazetteer import data_dir
from geomap.zones import control_zones, read_assertions, zones_layer


def _assertions(*rows):
    gaz = Gazetteer.default()
    records, points = [], []
    for actor, status, name, when in rows:
        place = gaz.lookup(name)[0]
        records.append({"actor": actor, "status": status, "place": place.name, "place_id": place.id,
                        "as_of": pd.Timestamp(when), "uncertainty_km": place.uncertainty_km, "evidence": "test"})
        points.append(Point(place.lon, place.lat))
    return gpd.GeoDataFrame(records, geometry=points, crs="EPSG:4326")


def test_the_latest_assertion_for_a_place_wins():
    zones = control_zones(_assertions(("Islamic State", "controls", "Sukhnah", "2017-05-01"),
                                      ("Military Forces of Syria", "captured", "Sukhnah", "2017-08-10")))
    assert set(zones.loc[zones["kind"] != "stale", "actor"]) == {"Military Forces of Syria"}


def test_an_assertion_older_than_the_horizon_is_last_reported_not_a_zone():
    zones = control_zones(_assertions(("Islamic State", "controls", "Sukhnah", "2017-05-01"),
                                      ("Military Forces of the United States", "controls", "al-Tanf", "2020-08-01")))
    assert zones.attrs["as_of"].isoformat() == "2020-08-01"
    stale = zones[zones["kind"] == "stale"]
    assert list(stale["actor"]) == ["Islamic State"]
    assert "Islamic State" not in set(zones_layer(zones)["actor"])


def test_as_of_ignores_later_assertions():
    zones = control_zones(_assertions(("Islamic State", "controls", "Sukhnah", "2017-05-01"),
                                      ("Military Forces of Syria", "captured", "Sukhnah", "2017-08-10")),
                          as_of="2017-06-01")
    assert set(zones["actor"]) == {"Islamic State"}


def test_zones_stay_inside_syria_and_inferred_reach_is_bounded():
    zones = zones_layer(control_zones(_assertions(("Military Forces of the United States", "controls", "al-Tanf",
                                                   "2020-08-01"), ("Islamic State", "controls", "Hajin",
                                                                   "2020-08-01")), reach_km=20))
    syria = gpd.read_file(data_dir() / "boundaries" / "ocha_adm0.geojson").geometry.union_all().buffer(0.001)
    assert all(syria.contains(g) for g in zones.geometry)
    hajin = zones[(zones["actor"] == "Islamic State")].to_crs("+proj=laea +lat_0=35 +lon_0=38.5 +units=m")
    assert hajin.geometry.union_all().area / 1e6 < 3.2 * (10 + 20) ** 2  # within asserted 10 km + reach 20 km


def test_a_besieged_place_is_marked_contested():
    zones = control_zones(_assertions(("Islamic State", "besieged", "Hajin", "2018-09-12")))
    assert zones["contested"].all()


def test_a_users_assertions_file_is_read_and_bad_rows_named(tmp_path):
    good = tmp_path / "mine.csv"
    good.write_text("actor,place,date,source\nOpposition rebels,Tafas,2018-06-01,my notes\n", encoding="utf-8")
    frame = read_assertions(good)
    assert list(frame["actor"]) == ["Opposition rebels"] and frame["as_of"].iloc[0].year == 2018
    bad = tmp_path / "bad.csv"
    bad.write_text("actor,place,date,source\nOpposition rebels,Tafas,June,my notes\n", encoding="utf-8")
    from geomap.errors import InputError

    with pytest.raises(InputError, match="bad.csv:2"):
        read_assertions(bad)


def _reference_zones(assertions, as_of, horizon_days=180, reach_km=20.0):
    """The method written plainly, place by place (each point scans the Voronoi cells for its own).

    This is how control_zones was first written; the vectorised version must draw the same zones.
    """
    from datetime import timedelta

    from shapely.geometry import MultiPoint
    from shapely.ops import voronoi_diagram

    from geomap.density import METRIC_CRS
    from geomap.zones import (HOLDING, MAX_ASSERTED_KM, MIN_ASSERTED_KM, _area_polygons, _relative, _syria,
                              _whole_area)

    when = pd.Timestamp(as_of)
    frame = assertions[assertions["as_of"] <= when]
    key = frame["place"].astype(str) + "|" + frame["place_id"].astype(str)
    latest = frame.assign(_key=key).sort_values("as_of").groupby("_key", sort=False).tail(1)
    latest = latest[latest["status"].isin(HOLDING) & ~latest["place_id"].str.fullmatch(r"ocha:SY\d{2}")]
    live = latest[latest["as_of"] >= when - timedelta(days=horizon_days)].to_crs(METRIC_CRS)
    syria = gpd.GeoSeries([_syria()], crs="EPSG:4326").to_crs(METRIC_CRS).iloc[0]
    rows, points = [], []
    for row in live.itertuples():
        if row.geometry.geom_type in ("Polygon", "MultiPolygon"):
            rows.append((row.place, "asserted", row.geometry.intersection(syria)))
        elif _whole_area(row.place_id) and not _relative(row.place):
            polygon = gpd.GeoSeries([_area_polygons()[row.place_id]], crs="EPSG:4326").to_crs(METRIC_CRS).iloc[0]
            rows.append((row.place, "asserted", polygon.intersection(syria)))
        else:
            radius = min(max(row.uncertainty_km, MIN_ASSERTED_KM), MAX_ASSERTED_KM) * 1000
            rows.append((row.place, "asserted", row.geometry.buffer(radius).intersection(syria)))
            points.append((row.place, row.geometry, radius))
    cells = voronoi_diagram(MultiPoint([p for _, p, _ in points]), envelope=syria.envelope)
    for place, point, radius in points:
        cell = next(c for c in cells.geoms if c.contains(point))
        zone = cell.intersection(point.buffer(radius + reach_km * 1000)).intersection(syria)
        zone = zone.difference(point.buffer(radius))
        if not zone.is_empty:
            rows.append((place, "inferred", zone))
    return gpd.GeoDataFrame(rows, columns=["place", "kind", "geometry"], geometry="geometry",
                            crs=METRIC_CRS).to_crs("EPSG:4326")


def test_zones_are_the_ones_the_plain_place_by_place_method_draws():
    import shapely

    gaz = Gazetteer.default()
    villages = sorted((p for p in gaz.places if p.admin1 == "Dar'a" and p.feature == "village"), key=lambda p: p.id)
    subdistrict = next(p for p in gaz.places if p.admin1 == "Dar'a" and p.feature == "subdistrict")
    records, geometry = [], []
    for number, place in enumerate(villages[:40] + [subdistrict, villages[0]]):  # the last one asserted twice
        records.append({"actor": ["Military Forces of Syria", "Opposition rebels"][number % 2],
                        "status": ["controls", "captured", "besieged", "lost", "contested"][number % 5],
                        "place": place.name, "place_id": place.id, "uncertainty_km": place.uncertainty_km,
                        "as_of": pd.Timestamp("2018-06-01") - pd.Timedelta(days=7 * number), "evidence": "test"})
        geometry.append(Point(place.lon, place.lat))
    own = villages[41]  # a user's own polygon: 5 km around a gazetteer village
    records.append({"actor": "Opposition rebels", "status": "controls", "place": "my area", "place_id": "",
                    "uncertainty_km": 3.0, "as_of": pd.Timestamp("2018-05-01"), "evidence": "mine"})
    geometry.append(gpd.GeoSeries([Point(own.lon, own.lat)], crs="EPSG:4326").to_crs(
        "+proj=laea +lat_0=35 +lon_0=38.5 +units=m").buffer(5000).to_crs("EPSG:4326").iloc[0])
    assertions = gpd.GeoDataFrame(records, geometry=geometry, crs="EPSG:4326")

    zones = control_zones(assertions, as_of="2018-06-01", reach_km=15)
    expected = _reference_zones(assertions, "2018-06-01", reach_km=15)
    drawn = zones[zones["kind"] != "stale"]
    assert {"asserted", "inferred", "stale"} <= set(zones["kind"])
    assert list(drawn["place"]) == list(expected["place"]) and list(drawn["kind"]) == list(expected["kind"])
    same = shapely.equals_exact(shapely.normalize(drawn.geometry.values), shapely.normalize(expected.geometry.values),
                                tolerance=1e-9)
    assert same.all()


def test_zones_stay_valid_polygons_in_degrees_and_write_as_geojson(tmp_path):
    """Moved from metres to degrees, one inferred zone of the terse dev set folded onto itself, and writing
    control_zones.geojson failed (GEOS: side location conflict): `geomap run` on those notes stopped there."""
    import json
    from pathlib import Path

    from geomap.incidents import control_geodataframe, extract_all
    from geomap.io import write_table

    lines = (Path(__file__).parent / "data" / "terse_dev.jsonl").read_text(encoding="utf-8").splitlines()[:60]
    corpus = tmp_path / "notes.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    zones = control_zones(control_geodataframe(extract_all([corpus], Gazetteer.default()).control))
    assert len(zones) and zones.geometry.is_valid.all()
    written = json.loads(write_table(zones_layer(zones), tmp_path / "zones.geojson").read_text(encoding="utf-8"))
    assert len(written["features"]) == len(zones_layer(zones))


def test_a_self_crossing_polygon_is_written_valid_not_refused(tmp_path):
    import json

    from shapely.geometry import Polygon, shape

    from geomap.io import write_table

    bowtie = Polygon([(36.0, 34.0), (36.2, 34.2), (36.2, 34.0), (36.0, 34.2)])
    assert not bowtie.is_valid
    layer = gpd.GeoDataFrame({"actor": ["x"]}, geometry=[bowtie], crs="EPSG:4326")
    feature = json.loads(write_table(layer, tmp_path / "bowtie.geojson").read_text(encoding="utf-8"))["features"][0]
    assert shape(feature["geometry"]).is_valid and shape(feature["geometry"]).area > 0
