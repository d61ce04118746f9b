"""Density surfaces and aggregates: where the incidents are, in units a reader can trust."""
from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Transformer
from shapely.geometry import Point

from geomap import InputError
from geomap.density import METRIC_CRS, admin_counts, by_month, density, hex_bins, kde, mask_outside
from geomap.gazetteer import data_dir

TO_METRIC = Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True)


def incidents(points, dates=None, fatalities=None) -> gpd.GeoDataFrame:
    """A minimal incident table at (lon, lat) points."""
    n = len(points)
    return gpd.GeoDataFrame({
        "event_date": pd.to_datetime(dates if dates is not None else ["2018-03-01"] * n),
        "event_type": ["Battles"] * n, "actor1": ["A"] * n, "actor2": ["B"] * n,
        "fatalities": pd.array(fatalities if fatalities is not None else [0] * n, dtype="Int64"),
        "geo_precision": pd.array([1] * n, dtype="Int64"),
    }, geometry=[Point(lon, lat) for lon, lat in points], crs="EPSG:4326")


@pytest.fixture(scope="module")
def places(gazetteer) -> dict[str, tuple[float, float]]:
    """(lon, lat) of real places from the gazetteer."""
    found = {}
    for name in ("Hama", "Aleppo", "Palmyra", "Beirut"):
        place = gazetteer.lookup(name)[0]
        found[name] = (place.lon, place.lat)
    return found


@pytest.fixture(scope="module")
def spread() -> list[tuple[float, float]]:
    """One point inside each of OCHA's 272 sub-districts: events all over Syria."""
    areas = gpd.read_file(data_dir() / "boundaries" / "ocha_adm3.geojson")
    return [(p.x, p.y) for p in areas.geometry.representative_point()]


def cell_of(surface, lon, lat) -> tuple[int, int]:
    x, y = TO_METRIC.transform(lon, lat)
    xmin, _, _, ymax = surface.extent
    cell = surface.cell_km * 1000
    return math.floor((ymax - y) / cell), math.floor((x - xmin) / cell)


def integral(surface) -> float:
    """Events (or deaths) the surface holds: density per 1,000 km² times cell area."""
    return float(np.nansum(surface.values)) * surface.cell_km ** 2 / 1000


# --- kernel density ------------------------------------------------------------------------------

def test_kde_peaks_at_the_place_of_a_cluster(places):
    gdf = incidents([places["Hama"]] * 40 + [places["Aleppo"]] * 10)
    surface = kde(gdf)
    peak = np.unravel_index(np.argmax(surface.values), surface.values.shape)
    assert peak == cell_of(surface, *places["Hama"])
    assert surface.values[cell_of(surface, *places["Aleppo"])] > 0


def test_kde_integrates_to_the_number_of_events(places):
    gdf = incidents([places["Palmyra"]] * 100)
    assert integral(kde(gdf)) == pytest.approx(100, rel=0.02)
    assert integral(kde(gdf, bandwidth_km=40, cell_km=2)) == pytest.approx(100, rel=0.02)


def test_kde_weighted_by_fatalities_integrates_to_the_deaths(places):
    tolls = [3, None, 7, 0, 12, None]  # an unknown toll adds no deaths
    gdf = incidents([places["Palmyra"], places["Hama"]] * 3, fatalities=tolls)
    surface = kde(gdf, weight="fatalities")
    assert integral(surface) == pytest.approx(22, rel=0.02)
    assert surface.weight == "fatalities"


def test_kde_wider_bandwidth_gives_a_lower_wider_peak(places):
    gdf = incidents([places["Palmyra"]] * 50)
    narrow, wide = kde(gdf, bandwidth_km=10), kde(gdf, bandwidth_km=30)
    assert wide.values.max() < narrow.values.max()
    half_max_cells = [(s.values >= s.values.max() / 2).sum() for s in (narrow, wide)]
    assert half_max_cells[1] > half_max_cells[0]


def test_kde_clip_blanks_cells_outside_syria(places):
    gdf = incidents([places["Hama"]] * 10)
    clipped = kde(gdf, clip=True)
    assert np.isnan(clipped.values[0, 0])  # the grid's corner is beyond the border
    assert clipped.values[cell_of(clipped, *places["Hama"])] == kde(gdf).values.max()
    assert np.isnan(mask_outside(kde(gdf)).values).sum() == np.isnan(clipped.values).sum()


def test_kde_surface_becomes_a_gis_layer(places, tmp_path):
    gdf = incidents([places["Hama"]] * 10 + [places["Aleppo"]] * 2)
    surface = kde(gdf, clip=True)
    layer = surface.to_geodataframe(min_value=0.01)
    assert layer.crs.to_epsg() == 4326
    assert len(layer) == (surface.values > 0.01).sum()  # masked (NaN) cells are left out
    densest = layer.loc[layer["density"].idxmax(), "geometry"]
    assert densest.contains(Point(places["Hama"]))
    layer.to_file(tmp_path / "density.gpkg")
    assert len(gpd.read_file(tmp_path / "density.gpkg")) == len(layer)


def direct_kde(gdf, surface) -> np.ndarray:
    """The textbook KDE on the surface's cell centres: one exact Gaussian a point, nothing binned."""
    x, y = TO_METRIC.transform(gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy())
    cx, cy = surface.centres()
    sigma = surface.bandwidth_km * 1000
    total = np.zeros_like(cx)
    for xi, yi in zip(x, y):
        total += np.exp(-((cx - xi) ** 2 + (cy - yi) ** 2) / (2 * sigma ** 2))
    return total / (2 * math.pi * sigma ** 2) * 1e6 * 1000  # per m², then per 1,000 km²


def matrix_kde(gdf, surface) -> np.ndarray:
    """geomap's KDE before the FFT: histogram2d, then the Gaussian as two dense smoothing matrices."""
    x, y = TO_METRIC.transform(gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy())
    xmin, xmax, ymin, ymax = surface.extent
    rows, cols = surface.values.shape
    counts, _, _ = np.histogram2d(y, x, bins=[np.linspace(ymin, ymax, rows + 1), np.linspace(xmin, xmax, cols + 1)])
    sigma = surface.bandwidth_km / surface.cell_km

    def smoothing(n):
        reach = max(n, math.ceil(8 * sigma))
        norm = np.exp(-0.5 * (np.arange(-reach, reach + 1) / sigma) ** 2).sum()
        distance = np.arange(n)[:, None] - np.arange(n)[None, :]
        return np.exp(-0.5 * (distance / sigma) ** 2) / norm

    return smoothing(rows) @ counts[::-1] @ smoothing(cols).T * (1000 / surface.cell_km ** 2)


def test_fft_kde_equals_the_earlier_matrix_kde(spread, places):
    gdf = incidents(spread + [places["Hama"]] * 30)
    for bandwidth_km, cell_km in ((15, 5), (8, 2)):
        surface = kde(gdf, bandwidth_km=bandwidth_km, cell_km=cell_km)
        reference = matrix_kde(gdf, surface)
        assert np.abs(surface.values - reference).max() <= 1e-9 * reference.max()


def test_binned_kde_is_close_to_the_per_point_gaussian(spread, places):
    """Binning moves each point to its cell centre. Over events spread across Syria the surface is within
    4% of the peak on the default 5 km grid (measured 2.9%) and 1% on a 1 km grid (measured 0.6%); a
    pile of events at one place is off by at most the bound in kde's docstring (14% and 3%)."""
    for cell_km, tolerance in ((5, 0.04), (1, 0.01)):
        surface = kde(incidents(spread), bandwidth_km=15, cell_km=cell_km)
        exact = direct_kde(incidents(spread), surface)
        assert np.abs(surface.values - exact).max() <= tolerance * exact.max()
    bound = math.exp(-0.5) * (5 / math.sqrt(2)) / 15
    pile = incidents([places["Hama"]] * 30)
    surface = kde(pile)
    exact = direct_kde(pile, surface)
    assert np.abs(surface.values - exact).max() <= bound * exact.max()


def test_kde_of_a_plain_table_equals_that_of_its_points(spread):
    gdf = incidents(spread)
    table = pd.DataFrame({"longitude": gdf.geometry.x, "latitude": gdf.geometry.y,
                          "fatalities": gdf["fatalities"], "event_date": gdf["event_date"]})
    assert np.array_equal(kde(table).values, kde(gdf).values)
    assert hex_bins(table).drop(columns="geometry").equals(hex_bins(gdf).drop(columns="geometry"))
    assert admin_counts(table)["count"].tolist() == admin_counts(gdf)["count"].tolist()


# --- hexagons ------------------------------------------------------------------------------------

def test_hex_counts_every_point_in_the_hexagon_around_it(spread, places):
    gdf = incidents(spread + [places["Hama"]] * 5, fatalities=[1] * len(spread) + [2, None, 2, 2, 2])
    hexes = hex_bins(gdf, size_km=10)
    assert hexes["count"].sum() == len(gdf)
    assert hexes["fatalities"].sum() == len(spread) + 8
    hama = hexes[hexes.contains(Point(places["Hama"]))]
    assert len(hama) == 1 and hama["count"].iloc[0] >= 5
    joined = gdf.sjoin(hexes, predicate="within")
    assert len(joined) == len(gdf)  # each point lies inside exactly one hexagon
    assert (joined.groupby("index_right").size() == hexes["count"]).all()


def test_hex_counts_only_points_inside_the_extent(spread):
    gdf = incidents(spread)
    x, y = TO_METRIC.transform(*np.array(spread).T)
    extent = (-100_000, 150_000, -50_000, 200_000)
    inside = ((x >= extent[0]) & (x <= extent[1]) & (y >= extent[2]) & (y <= extent[3])).sum()
    assert 0 < inside < len(spread)
    assert hex_bins(gdf, size_km=20, extent=extent)["count"].sum() == inside


def test_hexagons_have_the_area_of_their_size(spread):
    for size_km in (5, 25):
        hexes = hex_bins(incidents(spread), size_km=size_km)
        area_km2 = hexes.to_crs(METRIC_CRS).area / 1e6
        assert np.allclose(area_km2, 3 * math.sqrt(3) / 2 * size_km ** 2, rtol=0.01)


def test_hex_bins_keep_the_first_and_last_dates(places):
    gdf = incidents([places["Hama"]] * 3, dates=["2018-05-02", "2018-03-01", "2018-04-10"])
    hexes = hex_bins(gdf)
    assert hexes["first_date"].iloc[0] == pd.Timestamp("2018-03-01")
    assert hexes["last_date"].iloc[0] == pd.Timestamp("2018-05-02")


# --- admin areas ---------------------------------------------------------------------------------

def test_admin_counts_per_governorate(spread, places):
    gdf = incidents(spread + [places["Hama"]] * 30 + [places["Beirut"]], fatalities=[1] * (len(spread) + 31))
    areas = admin_counts(gdf, level=1)
    assert len(areas) == 14 and areas["pcode"].is_unique
    assert areas["count"].sum() == len(gdf) - 1
    assert areas.attrs["outside"] == 1  # Beirut is in no Syrian governorate
    hama = areas.set_index("name").loc["Hama"]
    assert hama["count"] >= 30 and hama["fatalities"] == hama["count"]
    assert np.allclose(areas["count_per_1000km2"], areas["count"] / areas["area_km2"] * 1000)
    bins = areas.attrs["bins"]
    assert 1 < len(bins) <= 5 and all(a < b for a, b in zip(bins, bins[1:]))
    assert areas["class"].between(0, len(bins) - 1).all()
    assert areas["class"].max() == len(bins) - 1
    densest = areas.loc[areas["count_per_1000km2"].idxmax()]
    assert densest["class"] == len(bins) - 1


def test_admin_counts_list_every_area_even_with_one_event(places):
    areas = admin_counts(incidents([places["Palmyra"]]), level=3, scheme="Quantiles")
    assert len(areas) == 272
    assert areas["count"].sum() == 1 and (areas["count"] == 0).sum() == 271
    bins = areas.attrs["bins"]  # two distinct values: two classes, not five
    assert len(bins) == 2 and bins[0] < bins[1]
    assert areas.loc[areas["count"] == 1, "class"].item() == 1


def test_admin_counts_with_no_events_still_draw_a_map():
    areas = admin_counts(incidents([]), level=2)
    assert len(areas) == areas["pcode"].nunique() and areas["count"].sum() == 0
    assert areas.attrs["bins"] == [0.0] and (areas["class"] == 0).all()


# --- one interface, months ----------------------------------------------------------------------

def test_density_dispatches_to_each_method(places):
    gdf = incidents([places["Hama"]] * 3)
    assert density(gdf, "hex", size_km=15)["count"].sum() == 3
    assert density(gdf, "admin", level=1)["count"].sum() == 3
    assert integral(density(gdf, "kde", bandwidth_km=10)) == pytest.approx(3, rel=0.02)
    with pytest.raises(InputError, match="unknown density method"):
        density(gdf, "voronoi")


def test_by_month_orders_months_and_partitions_rows(places):
    dates = ["2018-03-20", "2018-01-05", "2018-03-01", "2017-12-31", "2018-01-31"]
    gdf = incidents([places["Hama"]] * 5, dates=dates)
    months = by_month(gdf)
    assert [m for m, _ in months] == ["2017-12", "2018-01", "2018-02", "2018-03"]
    assert sorted(i for _, rows in months for i in rows.index) == list(gdf.index)
    for month, rows in months:
        assert (rows["event_date"].dt.strftime("%Y-%m") == month).all()
    assert dict(months)["2018-02"].empty  # a quiet month keeps its panel
    assert [m for m, _ in by_month(gdf, fill_gaps=False)] == ["2017-12", "2018-01", "2018-03"]


def _mapclassify_bins(scheme: str, values, k: int) -> np.ndarray:
    """mapclassify's own bins for ``scheme`` (its warnings about numba and k silenced), the reference."""
    import warnings

    import mapclassify

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.unique(np.asarray(getattr(mapclassify, scheme)(values, k=k).bins, dtype=float))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 500), st.floats(0, 1e4, allow_nan=False)), min_size=2, max_size=60),
       st.integers(2, 9))
def test_quantile_bins_are_mapclassifys_to_the_last_bit(values, k):
    """geomap run classes admin counts by quantiles without importing mapclassify (0.6 s of imports): the
    bins, and so the classes and the legend, must be the ones mapclassify.Quantiles gives."""
    from geomap.density import _classify, _quantile_bins

    values = np.asarray(values)
    k = min(k, len(np.unique(values)))
    if k < 2:
        return
    expected = _mapclassify_bins("Quantiles", values, k)
    assert _quantile_bins(values, k).tolist() == expected.tolist()
    assert _classify(values, "Quantiles", k)[1] == [float(b) for b in expected]


def _sum_of_squares(values, bins) -> float:
    """Within-class sum of squared deviations of ``values`` classed by upper bounds ``bins``."""
    values = np.sort(np.asarray(values, dtype=float))
    classes = np.minimum(np.searchsorted(bins, values, side="left"), len(bins) - 1)
    return float(sum(((values[classes == c] - values[classes == c].mean()) ** 2).sum() for c in np.unique(classes)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 20), st.floats(0, 1e3, allow_nan=False)), min_size=2, max_size=9),
       st.integers(2, 4))
def test_fisher_jenks_bins_are_the_least_sum_of_squares_of_any_partition(values, k):
    """The admin map's default classes are natural breaks: no way of cutting the sorted values into k
    classes (every one tried) has a smaller within-class sum of squares."""
    import itertools

    from geomap.density import _fisher_jenks_bins

    ordered = sorted(values)
    k = min(k, len(set(values)))
    if k < 2:
        return
    least = min(_sum_of_squares(ordered, [ordered[i - 1] for i in cuts] + [ordered[-1]])
                for cuts in itertools.combinations(range(1, len(ordered)), k - 1)
                if all(ordered[i - 1] < ordered[i] for i in cuts))  # a cut between equal values is no class bound
    bins = _fisher_jenks_bins(values, k)
    assert len(np.unique(bins)) == k and bins[-1] == max(values)
    assert _sum_of_squares(values, np.unique(bins)) <= least + 1e-9 * (1 + least)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 500), st.floats(0, 1e4, allow_nan=False)), min_size=2, max_size=80),
       st.integers(2, 7))
def test_fisher_jenks_classes_are_never_worse_than_mapclassifys(values, k):
    """The admin map's FisherJenks classes, computed without importing mapclassify (0.8 s): where they
    differ from mapclassify.FisherJenks's (an exact tie, or its rounding), ours fit the values as well. Its
    rounding can even merge classes: [0, 1, 8127.25 x4] in 3 classes it cuts in 2 ({0, 1} and the rest)."""
    from geomap.density import _classify

    values = np.asarray(values, dtype=float)
    k = min(k, len(np.unique(values)))
    if k < 2:
        return
    theirs = _mapclassify_bins("FisherJenks", values, k)
    classes, bins = _classify(values, "FisherJenks", k)
    assert len(bins) == k and bins[-1] == theirs[-1] == values.max()
    ours, best = _sum_of_squares(values, np.array(bins)), _sum_of_squares(values, theirs)
    assert ours <= best + 1e-9 * (1 + best)
    assert classes.tolist() == np.minimum(np.searchsorted(bins, values), len(bins) - 1).tolist()


def test_fisher_jenks_matches_mapclassify_on_spread_out_rates():
    """On rates like a map's (no exact ties), the classes are mapclassify's own."""
    from geomap.density import _classify

    rng = np.random.default_rng(20261202)
    same = 0
    for _ in range(50):
        values = np.where(rng.random(60) < 0.3, 0.0, rng.lognormal(1, 1.5, 60))
        same += _classify(values, "FisherJenks", 5)[1] == _mapclassify_bins("FisherJenks", values, 5).tolist()
    assert same >= 49


def test_admin_map_classes_without_importing_mapclassify():
    """`map density --method admin` (FisherJenks by default) pays no 0.8 s for scipy and scikit-learn."""
    import subprocess
    import sys

    code = ("import sys, numpy as np; from geomap.density import _classify; "
            "print(_classify(np.array([0, 1, 2, 10, 11, 30.0]), 'FisherJenks', 3)[1], 'mapclassify' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[2.0,", "11.0,", "30.0]", "False"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0, 1e4), min_size=2, max_size=4), st.integers(0, 2**32 - 1), st.integers(2, 6))
def test_fisher_jenks_tells_apart_clusters_whose_spread_is_in_the_last_digits(centres, seed, k):
    """Rates bunched near a few large values (thousands per 1,000 km2, apart by a millionth): the classes are
    still the least sum of squares, not a pick among costs rounded to noise by the values' own squares."""
    from geomap.density import _classify

    rng = np.random.default_rng(seed)
    values = rng.choice(centres, 40) + rng.random(40) * 10.0 ** -float(rng.integers(3, 9))
    k = min(k, len(np.unique(values)))
    if k < 2:
        return
    bins = _classify(values, "FisherJenks", k)[1]
    theirs = _mapclassify_bins("FisherJenks", values, k)
    assert _sum_of_squares(values, np.array(bins)) <= _sum_of_squares(values, theirs) * (1 + 1e-9) + 1e-300
