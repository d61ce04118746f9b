"""Attack density: a kernel surface, hexagon bins or counts per admin area.

Three answers to "where is it worst?", behind one call, ``density(gdf, method)``:

- ``kde``: a smooth Gaussian surface on a regular grid, in events (or deaths)
  per 1,000 km²; shows hot spots without drawing admin lines the events ignore.
- ``hex``: counts in equal hexagons; honest about where there are no data.
- ``admin``: counts per OCHA governorate, district or sub-district, classed for
  a choropleth; what a reader can name and compare with other reports.

Input is the incident table (EPSG:4326 points; ``event_date``, ``fatalities``
(Int64, NA counted as 0)...). Everything is computed in ``METRIC_CRS`` with
numpy arrays, never a Python loop over the points, and is deterministic: the
grids and hexagons are anchored on the CRS origin, so monthly surfaces of the
same cell size line up cell for cell.
"""
from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from .errors import InputError
from .gazetteer import data_dir

__all__ = ["METRIC_CRS", "METHODS", "Surface", "kde", "mask_outside", "hex_bins", "admin_counts", "density",
           "by_month"]

# Lambert Azimuthal Equal Area centred on Syria: equal-area, so a density per
# km² is true everywhere on the map (UTM is not, away from its meridian), and
# in metres, so bandwidths, cell sizes, hexagons and scale bars are true
# lengths (distortion under 1% across Syria).
METRIC_CRS = "+proj=laea +lat_0=35 +lon_0=38.5 +datum=WGS84 +units=m +no_defs"
PER_AREA_KM2 = 1000.0  # densities are given per this many km²
ADMIN_LEVELS = {1: "governorate", 2: "district", 3: "sub-district"}


@lru_cache(maxsize=4)
def _boundaries(level: int):
    import geopandas as gpd

    return gpd.read_file(data_dir() / "boundaries" / f"ocha_adm{level}.geojson")


@lru_cache(maxsize=1)
def _syria():
    """Syria's outline in METRIC_CRS, prepared for fast point-in-polygon tests."""
    import shapely

    outline = _boundaries(0).to_crs(METRIC_CRS).geometry.union_all()
    shapely.prepare(outline)
    return outline


def _lonlat(gdf) -> tuple[np.ndarray, np.ndarray, object]:
    """x and y of each row in its own CRS, and that CRS.

    A GeoDataFrame gives its points' coordinates; a plain DataFrame (as
    ``read_incidents(..., geometry=False)`` returns) its ``longitude`` and
    ``latitude`` columns in degrees (EPSG:4326). Either way only arrays are
    made: no shapely object a row.
    """
    import geopandas as gpd
    import shapely

    if isinstance(gdf, gpd.GeoDataFrame):
        if gdf.crs is None:
            raise InputError("the incident table has no CRS; set it first, e.g. gdf.set_crs('EPSG:4326')")
        geometry = gdf.geometry.values
        return shapely.get_x(geometry), shapely.get_y(geometry), gdf.crs
    if not {"longitude", "latitude"} <= set(gdf.columns):
        raise InputError("the incident table has neither point geometry nor 'longitude' and 'latitude' columns")
    return (gdf["longitude"].to_numpy(dtype=float, na_value=np.nan),
            gdf["latitude"].to_numpy(dtype=float, na_value=np.nan), "EPSG:4326")


@lru_cache(maxsize=8)
def _transformer(source, target: str):
    from pyproj import Transformer

    return Transformer.from_crs(source, target, always_xy=True)


def _xy_in(gdf, crs: str) -> tuple[np.ndarray, np.ndarray]:
    """x and y of each row in ``crs`` (NaN for a row without a location), projected as arrays by pyproj."""
    x, y, source = _lonlat(gdf)
    from pyproj import CRS

    source, target = CRS.from_user_input(source), CRS.from_user_input(crs)
    if source == target:
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return _transformer(source, target).transform(x, y)


def _metric_xy(gdf) -> tuple[np.ndarray, np.ndarray]:
    """x and y of each row in METRIC_CRS (NaN for a row without a location)."""
    return _xy_in(gdf, METRIC_CRS)


def _column(gdf, name: str) -> np.ndarray:
    """A numeric column as floats, NA as 0 (an unknown toll adds no deaths)."""
    if name not in gdf.columns:
        raise InputError(f"the incident table has no '{name}' column")
    import pandas as pd

    return pd.to_numeric(gdf[name], errors="coerce").fillna(0).to_numpy(dtype=float)


# --- kernel density ------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)  # compared by identity: values is an array
class Surface:
    """A density grid in METRIC_CRS: ``values[0]`` is the northern row.

    ``values`` are events (or, with a weight, deaths) per 1,000 km²; NaN marks
    cells masked out (see ``mask_outside``). ``extent`` is (xmin, xmax, ymin,
    ymax) in metres, the order matplotlib's ``imshow(extent=...)`` takes.
    """

    values: np.ndarray
    extent: tuple[float, float, float, float]
    crs: str
    bandwidth_km: float
    cell_km: float
    weight: str | None = None

    @property
    def transform(self) -> tuple[float, float, float, float, float, float]:
        """The affine cell-to-CRS transform (a, b, c, d, e, f), as rasterio's Affine takes it."""
        cell = self.cell_km * 1000.0
        return (cell, 0.0, self.extent[0], 0.0, -cell, self.extent[3])

    def centres(self) -> tuple[np.ndarray, np.ndarray]:
        """x and y of every cell centre, arrays shaped like ``values``."""
        cell = self.cell_km * 1000.0
        rows, cols = self.values.shape
        xs = self.extent[0] + (np.arange(cols) + 0.5) * cell
        ys = self.extent[3] - (np.arange(rows) + 0.5) * cell
        return np.meshgrid(xs, ys)

    def to_geodataframe(self, min_value: float = 0):
        """Cells above ``min_value`` as square polygons (EPSG:4326) with a ``density`` column.

        A GIS layer: write it with ``gdf.to_file(...)`` or geomap's writers.
        """
        import geopandas as gpd
        import shapely

        half = self.cell_km * 500.0
        x, y = self.centres()
        keep = self.values > min_value  # NaN compares False: masked cells drop out
        cells = shapely.box(x[keep] - half, y[keep] - half, x[keep] + half, y[keep] + half)
        layer = gpd.GeoDataFrame({"density": self.values[keep]}, geometry=cells, crs=self.crs)
        return layer.to_crs("EPSG:4326")


def _grid_extent(extent, pad_m: float, cell_m: float) -> tuple[float, float, float, float]:
    """The extent widened to whole cells aligned on the CRS origin."""
    if extent is None:
        xmin, ymin, xmax, ymax = _syria().bounds
        extent = (xmin - pad_m, xmax + pad_m, ymin - pad_m, ymax + pad_m)
    xmin, xmax, ymin, ymax = (float(v) for v in extent)
    if not (xmax > xmin and ymax > ymin):
        raise InputError(f"extent {extent} is not (xmin, xmax, ymin, ymax) with min < max")
    return (math.floor(xmin / cell_m) * cell_m, math.ceil(xmax / cell_m) * cell_m,
            math.floor(ymin / cell_m) * cell_m, math.ceil(ymax / cell_m) * cell_m)


def _gaussian(sigma_cells: float) -> np.ndarray:
    """The Gaussian's weights at whole-cell offsets -R..R (R = ⌈8σ⌉), summing to 1.

    Normalised over the cells, not by 1/(σ√2π): a point's mass is exactly one
    event on an endless grid. Beyond 8σ a weight is below e⁻³² (10⁻¹⁴) of the
    centre's, so stopping there changes no value that matters.
    """
    reach = math.ceil(8 * sigma_cells)
    weights = np.exp(-0.5 * (np.arange(-reach, reach + 1) / sigma_cells) ** 2)
    return weights / weights.sum()


def _smooth(counts: np.ndarray, sigma_cells: float) -> np.ndarray:
    """The grid convolved with the Gaussian, one axis at a time by FFT, zero-padded ("same" size).

    The 2-D Gaussian is the product of two 1-D ones, so two 1-D convolutions
    give the 2-D one exactly. Zero padding: mass that would fall beyond the grid
    is lost rather than piled on the edge or wrapped round to the far side.
    """
    kernel = _gaussian(sigma_cells)
    reach = len(kernel) // 2
    smoothed = counts
    for axis in (0, 1):
        n = smoothed.shape[axis]
        size = n + len(kernel) - 1  # the full linear convolution: no wrap-around
        spectrum = np.fft.rfft(smoothed, size, axis=axis) * np.expand_dims(
            np.fft.rfft(kernel, size), 1 - axis)
        smoothed = np.take(np.fft.irfft(spectrum, size, axis=axis), np.arange(reach, reach + n), axis=axis)
    # FFT round-off leaves ±1e-16 of the peak where the true value is 0 or tiny
    return np.where(smoothed > 1e-13 * max(smoothed.max(initial=0.0), 0.0), smoothed, 0.0)


def _bin(x: np.ndarray, y: np.ndarray, weights: np.ndarray, extent, cell_m: float,
         shape: tuple[int, int]) -> np.ndarray:
    """Weights summed per grid cell, row 0 the northern; points outside the extent left out.

    As ``np.histogram2d`` bins (a point on a line between cells goes to the
    cell east or north of it; the east and north edges are in the grid), by
    one ``np.bincount`` over cell numbers.
    """
    xmin, xmax, ymin, ymax = extent
    rows, cols = shape
    inside = (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)  # False for NaN
    col = np.minimum(((x[inside] - xmin) // cell_m).astype(np.int64), cols - 1)
    row = rows - 1 - np.minimum(((y[inside] - ymin) // cell_m).astype(np.int64), rows - 1)
    counts = np.bincount(row * cols + col, weights=weights[inside], minlength=rows * cols)
    return counts.reshape(rows, cols)


def kde(gdf, bandwidth_km: float = 15.0, cell_km: float = 5.0, weight: str | None = None,
        extent=None, clip: bool = False) -> Surface:
    """Gaussian kernel density of the incidents, per 1,000 km², on a ``cell_km`` grid.

    ``bandwidth_km`` is the kernel's standard deviation (15 km by default: about
    the reach of artillery and of a town's outskirts, wide enough that a
    place's events read as one hot spot, narrow enough that Idlib and Aleppo
    stay apart). ``weight``: None to count events, or a column
    (``"fatalities"``; NA counted as 0) to sum it. ``extent`` (xmin, xmax,
    ymin, ymax in METRIC_CRS metres) defaults to Syria's bounds plus one
    bandwidth; rows outside it are left out. ``clip`` sets cells whose centre
    lies outside Syria to NaN (see ``mask_outside``).

    A binned KDE: each point is first moved to the centre of its cell (at most
    d = ``cell_km``/√2 away), then the cell counts are convolved with the
    Gaussian by FFT. So a million points cost one ``bincount`` and four 1-D FFTs
    over the grid, and the surface integrates to the events in the grid, less
    any kernel mass that falls off its edge. The price of binning: one point's
    surface is off by at most e^-½·d/σ of its peak (14% with 5 km cells and a
    15 km bandwidth, 3% with 1 km cells); over events spread across Syria the
    errors average out to about 3% of the peak (tests/test_density.py).
    """
    if not (bandwidth_km > 0 and cell_km > 0):
        raise InputError(f"bandwidth_km and cell_km must be positive (got {bandwidth_km}, {cell_km})")
    cell_m = cell_km * 1000.0
    grid = _grid_extent(extent, bandwidth_km * 1000.0, cell_m)
    xmin, xmax, ymin, ymax = grid
    shape = round((ymax - ymin) / cell_m), round((xmax - xmin) / cell_m)
    x, y = _metric_xy(gdf)
    weights = _column(gdf, weight) if weight else np.ones(len(x))
    counts = _bin(x, y, weights, grid, cell_m, shape)
    values = _smooth(counts, bandwidth_km / cell_km) * (PER_AREA_KM2 / cell_km ** 2)
    values.flags.writeable = False
    surface = Surface(values, grid, METRIC_CRS, float(bandwidth_km), float(cell_km), weight)
    return mask_outside(surface) if clip else surface


def mask_outside(surface: Surface) -> Surface:
    """A copy of the surface with cells whose centre lies outside Syria set to NaN."""
    import shapely

    x, y = surface.centres()
    values = np.where(shapely.contains_xy(_syria(), x, y), surface.values, np.nan)
    values.flags.writeable = False
    return replace(surface, values=values)


# --- hexagons ------------------------------------------------------------------------------------


def _hex_round(q: np.ndarray, r: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The hexagon holding each fractional axial coordinate (cube rounding).

    Round the three cube coordinates (q, r, s = -q-r), then recompute the one
    that moved most from the other two, so q + r + s stays 0.
    """
    s = -q - r
    rq, rr, rs = np.round(q), np.round(r), np.round(s)
    dq, dr, ds = np.abs(rq - q), np.abs(rr - r), np.abs(rs - s)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    rq = np.where(fix_q, -rr - rs, rq)
    rr = np.where(fix_r, -rq - rs, rr)
    return rq.astype(np.int64), rr.astype(np.int64)


def _hexagons(q: np.ndarray, r: np.ndarray, size_m: float):
    """Pointy-topped hexagon polygons for axial coordinates, in METRIC_CRS."""
    import shapely

    cx = size_m * math.sqrt(3) * (q + r / 2)
    cy = size_m * 1.5 * r
    angles = np.radians(30 + 60 * np.arange(6))
    ring = np.stack([cx[:, None] + size_m * np.cos(angles), cy[:, None] + size_m * np.sin(angles)], axis=-1)
    return shapely.polygons(ring)


def hex_bins(gdf, size_km: float = 10.0, extent=None):
    """Incidents counted in pointy-topped hexagons, one row per non-empty hexagon (EPSG:4326).

    ``size_km`` is the distance from a hexagon's centre to a corner (and its
    side length): area 3√3/2·size², 260 km² at 10 km. Hexagons are laid in
    METRIC_CRS from its origin; ``q`` and ``r`` (axial coordinates) name a
    hexagon the same way in every call, so months can be compared. Columns:
    ``count``, ``fatalities`` (sum, NA as 0), ``first_date``, ``last_date``.
    ``extent`` (xmin, xmax, ymin, ymax in METRIC_CRS metres) keeps only the
    rows inside it; by default every located row counts.
    """
    import geopandas as gpd
    import pandas as pd

    if not size_km > 0:
        raise InputError(f"size_km must be positive (got {size_km})")
    if "event_date" not in gdf.columns:
        raise InputError("the incident table has no 'event_date' column")
    size_m = size_km * 1000.0
    x, y = _metric_xy(gdf)
    keep = np.isfinite(x) & np.isfinite(y)
    if extent is not None:
        xmin, xmax, ymin, ymax = extent
        keep &= (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)
    q, r = _hex_round((math.sqrt(3) / 3 * x[keep] - y[keep] / 3) / size_m, (2 / 3 * y[keep]) / size_m)
    rows = pd.DataFrame({"q": q, "r": r, "fatalities": _column(gdf, "fatalities")[keep],
                         "event_date": pd.to_datetime(gdf["event_date"]).array[keep]})
    bins = (rows.groupby(["q", "r"], sort=True)
            .agg(count=("fatalities", "size"), fatalities=("fatalities", "sum"),
                 first_date=("event_date", "min"), last_date=("event_date", "max"))
            .reset_index())
    bins["count"] = bins["count"].astype("int64")
    bins["fatalities"] = bins["fatalities"].astype("int64")
    geometry = _hexagons(bins["q"].to_numpy(), bins["r"].to_numpy(), size_m)
    return gpd.GeoDataFrame(bins, geometry=geometry, crs=METRIC_CRS).to_crs("EPSG:4326")


# --- admin areas ---------------------------------------------------------------------------------


def _classify(values: np.ndarray, scheme: str, k: int) -> tuple[np.ndarray, list[float]]:
    """Class of each value and the upper bounds of the classes, with k cut to the distinct values.

    mapclassify refuses (or warns and shrinks k) when there are fewer distinct
    values than classes, as with a month of few events; a map still needs a
    legend, so k becomes the number of distinct values, and one value is one class.
    """
    classifier = None
    if scheme not in _ON_NUMPY:  # the default schemes without mapclassify's imports (scipy, scikit-learn: 0.8 s)
        import mapclassify

        classifier = getattr(mapclassify, scheme, None)
        if not isinstance(classifier, type):
            raise InputError(f"unknown classification scheme '{scheme}' (try 'FisherJenks' or 'Quantiles')")
    distinct = np.unique(values)
    k = min(int(k), len(distinct))
    if k <= 1:
        bins = distinct[-1:] if len(distinct) else np.array([0.0])
    elif classifier is None:
        bins = _ON_NUMPY[scheme](values, k)  # each gives its bounds once, in order
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Numba not installed", "setting k to ...": handled here
            bins = np.unique(np.asarray(classifier(values, k=k).bins, dtype=float))
    classes = np.minimum(np.searchsorted(bins, values, side="left"), len(bins) - 1)
    return classes, [float(b) for b in bins]


def _quantile_bins(values: np.ndarray, k: int) -> np.ndarray:
    """The bins of ``mapclassify.Quantiles(values, k)``, computed as it computes them (scipy's
    ``scoreatpercentile``, fraction interpolation, at 100/k, 200/k ... 100 percent), to the last bit
    (``tests/test_density.py``): importing mapclassify imports scipy.stats and scikit-learn, 0.6 s of
    every ``geomap run``."""
    ordered = np.sort(np.asarray(values))
    step = 100.0 / k
    percents = np.arange(step, 100 + step, step)
    if percents[-1] > 100.0:
        percents[-1] = 100.0
    scores = []
    for percent in percents:
        position = percent / 100.0 * (len(ordered) - 1)
        below = int(position)
        if below == position:
            scores.append(ordered[below])  # what scipy's one-element weighted sum gives, bit for bit
        else:
            weights = np.array([below + 1 - position, position - below], float)
            scores.append(np.add.reduce(ordered[below:below + 2] * weights) / weights.sum())
    return np.unique(np.array(scores, dtype=float))


def _fisher_jenks_bins(values: np.ndarray, k: int) -> np.ndarray:
    """The upper bounds of the ``k`` classes whose within-class sum of squared deviations is least (Fisher's
    natural breaks, found exactly by dynamic programming over the distinct values, in order, each weighted by
    how often it occurs: a class bound never falls between equal values, so k distinct values give k classes
    even where rounding makes every cost 0).

    ``cost[i, j]`` is the sum of squares of the class ``u[i..j]``, from weighted running sums; ``best[j]`` the
    least total over ``u[0..j]`` in the classes so far. O(k n^2) time and n^2 memory, for n the distinct
    rates of the admin areas (at most a few hundred). Where two partitions tie exactly, the first start in
    order wins, which may not be the one mapclassify.FisherJenks picks; its partition never has a smaller
    sum of squares (``tests/test_density.py``).
    """
    u, counts = np.unique(np.asarray(values, dtype=float), return_counts=True)
    n = len(u)
    cost = np.full((n, n), np.inf)  # i > j: no class
    for i in range(n):
        # sums of the offsets from the class's first value, not of the values: a cluster of rates near 8,000
        # keeps its few digits of spread (sums of squares of the values themselves round them away)
        offset = u[i:] - u[i]
        size, first, second = (np.cumsum(counts[i:]), np.cumsum(counts[i:] * offset),
                               np.cumsum(counts[i:] * offset * offset))
        cost[i, i:] = np.maximum(second - first * first / size, 0.0)  # rounding can dip below 0
    best, starts, columns = cost[0], [], np.arange(n)
    for _ in range(1, min(k, n)):
        total = best[:-1, None] + cost[1:, :]  # classes over u[0..i-1], then one over u[i..j], for i >= 1
        choice = np.argmin(total, axis=0)
        starts.append(choice + 1)
        best = total[choice, columns]
    end, bounds = n - 1, [u[n - 1]]
    for start_of in reversed(starts):
        end = start_of[end] - 1
        bounds.append(u[end])
    return np.array(bounds[::-1])


_ON_NUMPY = {"Quantiles": _quantile_bins, "FisherJenks": _fisher_jenks_bins}


def _area_of(polygons, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Index of the polygon each point (x, y) lies in or on, -1 for none; the first one on a shared border.

    Point-in-polygon on arrays: the points sorted by x once, then for each
    polygon only those within its bounding box are tested against it, prepared
    (``shapely.intersects_xy``). No shapely Point is made; on a million points
    this is about ten times faster than an STRtree query or ``sjoin`` on Points.
    """
    import shapely

    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    found = np.full(len(x), -1, dtype=np.int64)  # by position in xs
    for index, polygon in enumerate(polygons):
        if polygon is None or shapely.is_empty(polygon):
            continue
        shapely.prepare(polygon)
        west, south, east, north = polygon.bounds
        start, stop = np.searchsorted(xs, west, side="left"), np.searchsorted(xs, east, side="right")
        near = start + np.flatnonzero((ys[start:stop] >= south) & (ys[start:stop] <= north))
        near = near[found[near] < 0]
        found[near[shapely.intersects_xy(polygon, xs[near], ys[near])]] = index
    area = np.empty_like(found)
    area[order] = found
    return area


def admin_counts(gdf, level: int = 1, scheme: str = "FisherJenks", k: int = 5):
    """Events and deaths per OCHA admin area, every area a row (EPSG:4326).

    ``level``: 1 governorates, 2 districts, 3 sub-districts. Columns: ``pcode``,
    ``name`` (and the parent areas' names), ``count``, ``fatalities`` (NA as
    0), ``area_km2``, ``count_per_1000km2`` and ``class``, the
    ``scheme`` class (0 lowest, at most ``k`` classes; any mapclassify classifier's name) of the per-area rate:
    raw counts would paint big governorates dark for their size alone.
    ``attrs["bins"]`` holds the classes' upper bounds for a legend and
    ``attrs["outside"]`` the rows inside no area (abroad or without a location),
    which are left out.
    """
    if level not in ADMIN_LEVELS:
        raise InputError(f"admin level must be one of {sorted(ADMIN_LEVELS)} (got {level!r})")
    areas = _boundaries(level).copy()
    x, y = _xy_in(gdf, areas.crs)
    area = _area_of(areas.geometry.values, x, y)
    inside = area >= 0
    areas["count"] = np.bincount(area[inside], minlength=len(areas)).astype("int64")
    areas["fatalities"] = np.bincount(area[inside], weights=_column(gdf, "fatalities")[inside],
                                      minlength=len(areas)).round().astype("int64")
    areas["area_km2"] = areas.geometry.to_crs(METRIC_CRS).area / 1e6
    areas["count_per_1000km2"] = areas["count"] / areas["area_km2"] * PER_AREA_KM2
    classes, bins = _classify(areas["count_per_1000km2"].to_numpy(dtype=float), scheme, k)
    areas["class"] = classes.astype("int64")
    areas.attrs.update(bins=bins, scheme=scheme, outside=int((~inside).sum()),
                       level=ADMIN_LEVELS[level])
    return areas


# --- one interface -------------------------------------------------------------------------------

METHODS = {"kde": kde, "hex": hex_bins, "admin": admin_counts}


def density(gdf, method: str = "kde", **options):
    """Density by ``method``: "kde" (a ``Surface``), "hex" or "admin" (GeoDataFrames).

    ``options`` go to the method's function (``kde``, ``hex_bins``,
    ``admin_counts``). A ``Surface`` becomes a layer with ``.to_geodataframe()``.
    """
    if method not in METHODS:
        raise InputError(f"unknown density method '{method}' (choose from {', '.join(METHODS)})")
    return METHODS[method](gdf, **options)


def by_month(gdf, fill_gaps: bool = True) -> list[tuple[str, object]]:
    """The incidents split by month of ``event_date``, oldest first, as ("2018-03", rows).

    With ``fill_gaps`` a month without events between the first and the last
    is still there, empty, so small multiples keep an even time step. Rows
    without a date are in no month.
    """
    import pandas as pd

    if "event_date" not in gdf.columns:
        raise InputError("the incident table has no 'event_date' column")
    dates = pd.to_datetime(gdf["event_date"])
    dated = dates.notna().to_numpy()
    codes = np.full(len(gdf), -1, dtype=np.int64)
    codes[dated] = (dates[dated].dt.year * 12 + dates[dated].dt.month - 1).to_numpy()
    if not dated.any():
        return []
    order = np.argsort(codes, kind="stable")
    order = order[codes[order] >= 0]
    months = np.arange(codes[dated].min(), codes[dated].max() + 1) if fill_gaps else np.unique(codes[dated])
    starts = np.searchsorted(codes[order], months, side="left")
    ends = np.searchsorted(codes[order], months, side="right")
    return [(f"{m // 12:04d}-{m % 12 + 1:02d}", gdf.iloc[order[a:b]]) for m, a, b in zip(months, starts, ends)]
