"""Incidents on a map: sized circles while they can be told apart, one dot each beyond that, legends that match."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from geomap import maps  # noqa: E402


def table(n: int) -> pd.DataFrame:
    """n incidents at the gazetteer's Hama (a plain table: longitude and latitude, no geometry)."""
    from geomap import Gazetteer

    hama = Gazetteer.default().lookup("Hama")[0]
    return pd.DataFrame({"longitude": [hama.lon] * n, "latitude": [hama.lat] * n,
                         "event_type": (["Battles", "Protests"] * n)[:n],
                         "fatalities": pd.array([0, 5] * (n // 2) + [0] * (n % 2), dtype="Int64"),
                         "geo_precision": pd.array([1] * (n - 1) + [3], dtype="Int64")})


def drawn(n: int):
    fig, ax = plt.subplots()
    legend: list = []
    maps._incident_points(ax, table(n), legend)
    collections = [c for c in ax.collections if len(c.get_offsets())]
    plt.close(fig)
    return collections, [handle.get_label() for handle in legend]


def test_few_incidents_are_circles_sized_by_deaths_with_approximate_ones_hollow():
    collections, labels = drawn(10)
    assert sum(len(c.get_offsets()) for c in collections) == 10
    assert {size for c in collections for size in c.get_sizes()} == {14, 14 + 4 * 5}  # sized by fatalities
    assert labels == ["Battles", "Protests", "approximate place (precision 3)"]


def test_beyond_the_limit_every_incident_is_one_dot_and_the_legend_says_so(monkeypatch):
    monkeypatch.setattr(maps, "MARKER_LIMIT", 50)
    collections, labels = drawn(51)
    assert len(collections) == 1 and len(collections[0].get_offsets()) == 51
    assert collections[0].get_rasterized()
    assert labels[:2] == ["Battles", "Protests"]
    assert labels[2] == "51 incidents, one dot each (not sized by deaths)"
    assert not any("approximate" in label for label in labels)  # hollow circles are not drawn, so not listed


def test_a_control_map_labels_only_the_latest_stale_assertions_and_says_how_many(monkeypatch):
    """Hundreds of "last reported" labels make a control map unreadable (and took adjustText minutes to place):
    every stale assertion keeps its diamond, the latest few get a label, and the legend says how many."""
    import geopandas as gpd
    from shapely.geometry import Point

    from geomap import Gazetteer

    monkeypatch.setattr(maps, "STALE_LABELS", 4)
    hama = Gazetteer.default().lookup("Hama")[0]
    dates = pd.date_range("2020-01-01", periods=12, freq="7D")
    zones = gpd.GeoDataFrame({"kind": "stale", "actor": "Islamic State", "as_of": dates, "contested": False},
                             geometry=[Point(hama.lon + 0.05 * i, hama.lat) for i in range(12)], crs="EPSG:4326")
    zones.attrs.update(as_of=pd.Timestamp("2021-06-01"), horizon_days=180)
    fig, ax = plt.subplots()
    maps.plot_control(zones, ax=ax)
    labels = [t.get_text() for t in ax.texts if t.get_text().startswith("IS ")]
    diamonds = sum(len(c.get_offsets()) for c in ax.collections if c.get_offsets().shape[0] == 12)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    plt.close(fig)
    assert sorted(labels) == [f"IS {d:%Y-%m-%d}" for d in dates[-4:]]  # the four latest
    assert diamonds == 12
    assert any("4 latest labelled of 12" in text for text in legend)


def test_incidents_at_one_place_share_one_uncertainty_circle():
    """186,000 incidents at 4,000 places are 4,000 circles to draw, not 186,000 drawn over one another."""
    import geopandas as gpd

    rows = table(60)
    rows["uncertainty_km"] = [5.0] * 50 + [20.0] * 10
    gdf = gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy(rows["longitude"], rows["latitude"]), crs="EPSG:4326")
    fig, ax = plt.subplots()
    maps.plot_incidents(gdf, ax=ax)
    dotted = [c for c in ax.collections if c.get_linestyle()[0][1] is not None and len(c.get_paths()) in (2, 60)]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    plt.close(fig)
    assert [len(c.get_paths()) for c in dotted] == [2]
    assert "uncertainty radius" in legend


def test_a_control_map_marks_a_stale_polygon_and_an_undated_one_without_failing():
    """A user's assertions file may give an area as a polygon, and a date may be missing."""
    import geopandas as gpd
    from shapely.geometry import Point

    from geomap import Gazetteer

    hama = Gazetteer.default().lookup("Hama")[0]
    zones = gpd.GeoDataFrame({"kind": "stale", "actor": "Islamic State", "contested": False,
                              "as_of": [pd.Timestamp("2020-01-01"), pd.NaT]},
                             geometry=[Point(hama.lon, hama.lat).buffer(0.1), Point(hama.lon + 0.2, hama.lat)],
                             crs="EPSG:4326")
    zones.attrs.update(as_of=pd.Timestamp("2021-06-01"), horizon_days=180)
    fig, ax = plt.subplots()
    maps.plot_control(zones, ax=ax)
    labels = [t.get_text() for t in ax.texts if t.get_text().startswith("IS ")]
    plt.close(fig)
    assert labels == ["IS 2020-01-01"]


def test_incidents_without_an_uncertainty_column_are_drawn_without_circles():
    import geopandas as gpd

    rows = table(5)
    gdf = gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy(rows["longitude"], rows["latitude"]), crs="EPSG:4326")
    fig, ax = plt.subplots()
    maps.plot_incidents(gdf, ax=ax)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    plt.close(fig)
    assert "uncertainty radius" not in legend and "Battles" in legend


def test_past_the_limit_uncertainty_circles_are_not_drawn_and_the_legend_says_so(monkeypatch):
    import geopandas as gpd

    monkeypatch.setattr(maps, "MARKER_LIMIT", 1)
    rows = table(6)
    rows["uncertainty_km"] = [5.0, 5.0, 20.0, 20.0, 40.0, 40.0]
    gdf = gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy(rows["longitude"], rows["latitude"]), crs="EPSG:4326")
    fig, ax = plt.subplots()
    maps.plot_incidents(gdf, ax=ax)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    dotted = [c for c in ax.collections if c.get_linestyle()[0][1] is not None and len(c.get_paths()) == 3]
    plt.close(fig)
    assert "uncertainty radii not drawn (3 differ)" in legend and not dotted
