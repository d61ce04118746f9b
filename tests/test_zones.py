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
