"""Report figures: incidents, control zones and attack density, drawn in a metric projection.

Every figure is drawn in ``density.METRIC_CRS`` (Lambert equal-area centred on
Syria), so shapes, areas and the scale bar are true and there are no degree
axes. Functions take ``ax=`` and return it, so users compose their own figures.
Palettes are documented here and in the README: ``EVENT_COLOURS`` for incidents,
``FACTION_COLOURS`` (Okabe-Ito, readable by colour-blind readers) for control,
and the perceptually uniform ``viridis`` family for density.
"""
from __future__ import annotations

from functools import lru_cache

from .density import METRIC_CRS
from .gazetteer import data_dir

__all__ = ["plot_basemap", "plot_incidents", "plot_control", "plot_density", "EVENT_COLOURS", "FACTION_COLOURS",
           "MARKER_LIMIT", "ATTRIBUTION", "METRIC", "attribution_line"]

METRIC = METRIC_CRS
EVENT_COLOURS = {"Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e",
                 "Violence against civilians": "#7b3294", "Strategic developments": "#1f77b4",
                 "Protests": "#2ca02c", "Riots": "#8c564b"}
# Okabe-Ito colours by actor; allies of the government share its family of hues, and the YPG the SDF's it leads.
FACTION_COLOURS = {
    "Military Forces of Syria": "#D55E00", "National Defence Forces": "#D55E00", "Liwa al-Quds": "#E69F00",
    "Hezbollah": "#E69F00", "Kata'ib Hezbollah": "#E69F00", "Liwa Fatemiyoun": "#E69F00",
    "Military Forces of Iran": "#E69F00", "Military Forces of Russia": "#CC79A7",
    "Islamic State": "#333333", "Syrian Democratic Forces": "#F0E442",
    "People's Protection Units": "#F0E442", "Opposition rebels": "#009E73",
    "Hayat Tahrir al-Sham": "#56B4E9", "Turkish-backed factions": "#0072B2", "Military Forces of Turkey": "#0072B2",
    "Military Forces of the United States": "#8E44AD", "Global Coalition Against Daesh": "#8E44AD",
}
OTHER_FACTION = "#999999"
SHORT = {"Islamic State": "IS", "Military Forces of Syria": "Govt", "Opposition rebels": "Rebels",
         "Syrian Democratic Forces": "SDF", "People's Protection Units": "YPG", "Hayat Tahrir al-Sham": "HTS",
         "Military Forces of the United States": "US", "Military Forces of Russia": "Russia",
         "Military Forces of Turkey": "Turkey"}  # for crowded labels; the legend names them in full
ATTRIBUTION = ("Boundaries and populated places: UNCS / UN OCHA (COD-AB Syria, CC BY-IGO). Places: Who's On First "
               "(whosonfirst.org) and GeoNames (CC BY 4.0). Neighbouring countries: Natural Earth. Rivers: GSHHG "
               "WDB rivers (the GMT team, LGPL-3+).")
# stale assertions labelled on a control map, the latest first: more crowd the map past reading, and the
# time adjustText takes to set labels apart grows with their square (200 labels: three minutes)
STALE_LABELS = 30
SYRIA_EXTENT_KM = (-330, 370, -330, 290)  # x0, x1, y0, y1 around Syria in METRIC_CRS, kilometres


@lru_cache(maxsize=1)
def _basemap():
    import geopandas as gpd

    countries = gpd.read_file(data_dir() / "basemap" / "countries.geojson").to_crs(METRIC_CRS)
    governorates = gpd.read_file(data_dir() / "boundaries" / "ocha_adm1.geojson").to_crs(METRIC_CRS)
    return countries, governorates


@lru_cache(maxsize=1)
def _rivers():
    """Major rivers (GSHHG's WDB rivers, built by scripts/build_rivers.py), or None if not built."""
    import geopandas as gpd

    path = data_dir() / "basemap" / "rivers.geojson"
    return gpd.read_file(path).to_crs(METRIC_CRS) if path.exists() else None


@lru_cache(maxsize=1)
def _shipped_roads():
    from .roads import shipped_roads

    return shipped_roads()


def _roads(roads):
    """The road layer a figure draws: the one given, else the shipped one if built (``geomap.roads``)."""
    return _shipped_roads() if roads is None else roads


@lru_cache(maxsize=1)
def _cities():
    """The governorate capitals (OCHA cities that share their governorate's name), for labels."""
    import csv

    import geopandas as gpd
    from shapely.geometry import Point

    from .names import fold_key

    rows = [r for r in csv.DictReader((data_dir() / "places" / "ocha_communities.csv").open(encoding="utf-8"))
            if r["feature"] == "city" and fold_key(r["name"]) == fold_key(r["admin1"])]
    return gpd.GeoDataFrame({"name": [r["name"] for r in rows]},
                            geometry=[Point(float(r["lon"]), float(r["lat"])) for r in rows],
                            crs="EPSG:4326").to_crs(METRIC_CRS)


def plot_basemap(ax=None, extent_km=SYRIA_EXTENT_KM, labels: bool = True, roads=None):
    """Neighbouring countries, OCHA's governorates, Syria's border, rivers, main roads, city labels, in METRIC_CRS.

    ``roads``: a layer from ``geomap.roads.read_roads``; None draws the shipped one if it was built.
    """
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(8, 7))
    countries, governorates = _basemap()
    countries.plot(ax=ax, color="#f2efe9", edgecolor="#9a9a9a", linewidth=0.6)
    governorates.plot(ax=ax, color="#fbfaf7", edgecolor="#c8c2b8", linewidth=0.4)
    governorates.dissolve().boundary.plot(ax=ax, color="#555555", linewidth=0.9)
    roads = _roads(roads)
    if roads is not None and len(roads):
        drawn = roads.to_crs(METRIC_CRS)
        major = (drawn["road_class"] == "major").to_numpy()
        drawn[~major].plot(ax=ax, color="#d9cbb4", linewidth=0.45, zorder=1.4)
        drawn[major].plot(ax=ax, color="#c9a977", linewidth=0.8, zorder=1.45)
    rivers = _rivers()
    if rivers is not None and len(rivers):
        rivers.plot(ax=ax, color="#8fb8d8", linewidth=0.9, zorder=1.5)
    x0, x1, y0, y1 = (v * 1000 for v in extent_km)
    for row in countries.itertuples():
        point = row.geometry.representative_point()
        if row.iso_a2 != "SY" and x0 < point.x < x1 and y0 < point.y < y1:
            ax.annotate(row.name, (point.x, point.y), fontsize=7, color="#999999", ha="center", style="italic")
    if labels:
        cities = _cities()
        ax.scatter(cities.geometry.x, cities.geometry.y, s=6, color="#444444", zorder=4)
        _labels(ax, [(p.x, p.y, n) for p, n in zip(cities.geometry, cities["name"])], fontsize=6.5, color="#333333")
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.set_axis_off()
    return ax


def _labels(ax, items, **style) -> None:
    """Labels nudged apart so none sits on another (adjustText)."""
    import numpy as np
    from adjustText import adjust_text

    texts = [ax.text(x, y, name, zorder=6, **style) for x, y, name in items]
    if texts:
        state = np.random.get_state()
        np.random.seed(0)  # adjustText nudges at random: seeded, so a rerun draws the same map
        try:
            adjust_text(texts, ax=ax, expand=(1.2, 1.4), iter_lim=300,  # not time_lim: same result on any machine
                        arrowprops=dict(arrowstyle="-", color="#999999", lw=0.4))
        finally:
            np.random.set_state(state)


def attribution_line(sources: str = "", roads=None) -> str:
    """Incident sources, then the basemap's and gazetteer's, then the roads' if any are drawn."""
    from .roads import roads_attribution

    parts = [f"{sources}." if sources else "", ATTRIBUTION, roads_attribution(_roads(roads))]
    return " ".join(part for part in parts if part)


def _finish(ax, title: str, sources: str, roads=None) -> None:
    ax.set_title(title, fontsize=11)
    _scale_bar(ax)
    ax.annotate(attribution_line(sources, roads), (0.0, -0.03), xycoords="axes fraction",
                fontsize=5, color="#666666", va="top", wrap=True)


def _scale_bar(ax, km: int = 100) -> None:
    """A bar of ``km`` kilometres: true, because the map is drawn in metres of an equal-area projection."""
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    x, y = x1 - 0.05 * (x1 - x0) - km * 1000, y0 + 0.05 * (y1 - y0)
    ax.plot([x, x + km * 1000], [y, y], color="black", linewidth=2, solid_capstyle="butt", zorder=7)
    ax.annotate(f"{km} km", (x + km * 500, y + 0.012 * (y1 - y0)), ha="center", fontsize=7, zorder=7)


MARKER_LIMIT = 20_000  # more incidents than this are drawn as dots (see _incident_points)


def _incident_points(ax, gdf, legend: list) -> None:
    """Incidents coloured by type; up to MARKER_LIMIT sized by deaths and hollow where the place is approximate.

    Beyond MARKER_LIMIT, sized circles would cover one another (and take
    seconds to draw): each incident is then one small dot of its type's colour,
    rasterised in SVG/PDF, and the legend says the dots are not sized.
    Coordinates come as arrays (a GeoDataFrame's points or a table's longitude
    and latitude), so no geometry is built for a million rows.
    """
    import numpy as np
    from matplotlib.lines import Line2D

    from .density import _metric_xy

    if not len(gdf):
        return
    x, y = _metric_xy(gdf)
    types = gdf["event_type"].fillna("").astype(str).to_numpy()
    many = len(gdf) > MARKER_LIMIT
    precise = gdf["geo_precision"].astype("Float64").fillna(3).to_numpy(dtype=float) < 3
    sizes = 14 + 4 * gdf["fatalities"].astype("Float64").fillna(0).clip(upper=50).to_numpy(dtype=float)
    if many:  # one call, in a fixed shuffled order: no type is drawn over all the others where dots pile up
        codes = np.unique(types, return_inverse=True)[1]
        colours = np.array([EVENT_COLOURS.get(t, "#444444") for t in np.unique(types)])[codes]
        order = np.random.default_rng(0).permutation(len(types))
        ax.scatter(x[order], y[order], s=0.4, c=colours[order], linewidths=0, zorder=5, rasterized=True)
    for event_type in np.unique(types):
        colour = EVENT_COLOURS.get(event_type, "#444444")
        of_type = types == event_type
        if not many:
            sharp, coarse = of_type & precise, of_type & ~precise
            ax.scatter(x[sharp], y[sharp], s=sizes[sharp], color=colour, edgecolor="white", linewidth=0.6, zorder=5)
            ax.scatter(x[coarse], y[coarse], s=sizes[coarse], facecolor="none", edgecolor=colour, linewidth=1.0,
                       zorder=5)
        legend.append(Line2D([], [], marker="o", linestyle="", color=colour, label=event_type))
    if many:
        legend.append(Line2D([], [], marker=".", linestyle="", color="#444444", markersize=3,
                             label=f"{len(gdf):,} incidents, one dot each (not sized by deaths)"))
    elif (~precise).any():
        legend.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="none", markeredgecolor="#444444",
                             label="approximate place (precision 3)"))


def plot_incidents(gdf, ax=None, title="Incidents", as_of: str = "", uncertainty=True, sources: str = "",
                   roads=None):
    """Incidents coloured by event type, sized by fatalities, each with its uncertainty circle."""
    from matplotlib.lines import Line2D

    ax = plot_basemap(ax, roads=roads)
    legend: list = []
    if len(gdf) and uncertainty:
        circles = _uncertainty_circles(gdf)  # none when no incident has a radius (or none but exact places)
        if len(circles) > MARKER_LIMIT:
            legend.append(Line2D([], [], linestyle="", label=f"uncertainty radii not drawn ({len(circles):,} differ)"))
        elif len(circles):
            circles.plot(ax=ax, facecolor="none", edgecolor="#555555", linewidth=0.3, linestyle=":", alpha=0.7)
            legend.append(Line2D([], [], linestyle=":", color="#555555", label="uncertainty radius"))
    _incident_points(ax, gdf, legend)
    if legend:
        ax.legend(handles=legend, loc="upper left", fontsize=7, frameon=True)
    _finish(ax, title + (f" ({as_of})" if as_of else ""), sources, roads)
    return ax


def _uncertainty_circles(gdf):
    """Each incident's uncertainty circle in METRIC_CRS, drawn once however many incidents share it.

    Reports repeat places: 186,000 generated incidents at about 4,000 places,
    buffered one by one, added 1.3 GiB to a run's peak to draw the same circles
    over one another. Centres are compared to the metre.
    """
    import geopandas as gpd
    import pandas as pd

    if "uncertainty_km" not in gdf.columns:
        return gpd.GeoDataFrame(geometry=gpd.GeoSeries([], crs=METRIC_CRS))
    points = gdf.geometry.to_crs(METRIC_CRS)
    radii = pd.to_numeric(gdf["uncertainty_km"], errors="coerce").to_numpy(dtype=float) * 1000
    distinct = pd.DataFrame({"x": points.x.round(0).to_numpy(), "y": points.y.round(0).to_numpy(), "r": radii})
    distinct = distinct[distinct["r"] > 0].dropna().drop_duplicates()
    if len(distinct) > MARKER_LIMIT:  # not drawn (the caller says so): their number is all it needs
        return gpd.GeoDataFrame(geometry=gpd.GeoSeries([None] * len(distinct), crs=METRIC_CRS))
    centres = gpd.GeoSeries(gpd.points_from_xy(distinct["x"], distinct["y"]), crs=METRIC_CRS)
    return gpd.GeoDataFrame(geometry=centres.buffer(distinct["r"].to_numpy()), crs=METRIC_CRS)


def plot_control(zones, incidents=None, ax=None, title: str = "Control as reported", sources: str = "",
                 roads=None):
    """Who held what on ``zones.attrs['as_of']``: asserted areas solid, inferred lighter, contested hatched.

    Stale assertions (older than the horizon) are hollow diamonds labelled
    "last reported DATE"; incidents, if given, are drawn on top.
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    ax = plot_basemap(ax, roads=roads)
    legend = []
    shown = zones[zones["kind"] != "stale"].to_crs(METRIC_CRS) if len(zones) else zones
    for actor, group in shown.groupby("actor") if len(shown) else []:
        colour = FACTION_COLOURS.get(actor, OTHER_FACTION)
        inferred = group[group["kind"] == "inferred"]
        asserted = group[group["kind"] == "asserted"]
        if len(inferred):
            inferred.plot(ax=ax, color=colour, alpha=0.22, edgecolor="none", zorder=2)
        if len(asserted):
            asserted.plot(ax=ax, color=colour, alpha=0.75, edgecolor="white", linewidth=0.4, zorder=3)
        contested = group[group["contested"].astype(bool)]
        if len(contested):
            contested.plot(ax=ax, facecolor="none", edgecolor="#222222", hatch="////", linewidth=0.3, zorder=4)
        legend.append(Patch(facecolor=colour, edgecolor="white", label=actor))
    if len(shown):
        legend.append(Patch(facecolor="#777777", alpha=0.75, label="asserted by a report"))
        legend.append(Patch(facecolor="#777777", alpha=0.22, label=f"inferred (nearest, ≤{zones.attrs.get('reach_km', 20):g} km)"))
        if shown["contested"].astype(bool).any():
            legend.append(Patch(facecolor="none", edgecolor="#222222", hatch="////", label="besieged or contested"))
    stale = zones[zones["kind"] == "stale"].to_crs(METRIC_CRS) if len(zones) else zones
    if len(stale):
        marks = stale.geometry.representative_point()  # a user's stale assertion may be a polygon
        ax.scatter(marks.x, marks.y, marker="D", s=22, facecolor="none", linewidth=1.1, zorder=5,
                   edgecolor=[FACTION_COLOURS.get(actor, OTHER_FACTION) for actor in stale["actor"]])
        latest = stale.assign(mark=marks)[stale["as_of"].notna()]
        latest = latest.sort_values("as_of", ascending=False, kind="stable").head(STALE_LABELS)
        _labels(ax, [(r.mark.x, r.mark.y, f"{SHORT.get(r.actor, r.actor)} {r.as_of:%Y-%m-%d}")
                     for r in latest.itertuples()], fontsize=5.5, color="#555555")
        unlabelled = f" ({len(latest)} latest labelled of {len(stale)})" if len(stale) > len(latest) else ""
        legend.append(Line2D([], [], marker="D", linestyle="", markerfacecolor="none", markeredgecolor="#555555",
                             label=f"older than {zones.attrs.get('horizon_days', 180)} days: last reported"
                                   + unlabelled))
    as_of = zones.attrs.get("as_of")
    if incidents is not None and len(incidents) and as_of is not None:
        import pandas as pd

        # only the incidents of the period the zones speak for
        window = incidents["event_date"].between(pd.Timestamp(as_of) - pd.Timedelta(days=zones.attrs.get(
            "horizon_days", 180)), pd.Timestamp(as_of))
        incidents = incidents[window.fillna(False).astype(bool)]
    if incidents is not None and len(incidents):
        _incident_points(ax, incidents, legend)
    if legend:
        ax.legend(handles=legend, loc="upper left", fontsize=6.5, frameon=True)
    _finish(ax, f"{title}, as of {as_of:%Y-%m-%d}" if as_of else title, sources, roads)
    return ax


def plot_density(gdf, method: str = "kde", ax=None, title: str = "Attack density", sources: str = "", roads=None,
                 **options):
    """Attack density by KDE surface, hexagons or admin choropleth (``density.density``), perceptually uniform."""
    import numpy as np

    from . import density

    ax = plot_basemap(ax, labels=False, roads=roads)
    if method == "kde":
        options.setdefault("clip", True)
    result = density.density(gdf, method=method, **options)
    cmap = "magma_r"
    if method == "kde":
        peak = np.nanmax(result.values) if np.isfinite(result.values).any() else 0.0
        # the Gaussian's far tails are not "some attacks here": below 2% of the peak is left blank
        values = np.ma.masked_invalid(np.where(result.values > 0.02 * peak, result.values, np.nan))
        xmin, xmax, ymin, ymax = result.extent
        image = ax.imshow(values, extent=(xmin, xmax, ymin, ymax), origin="upper", cmap=cmap, alpha=0.85, zorder=3)
        unit = "deaths" if result.weight else "events"
        _colourbar(ax, image, f"{unit} per 1,000 km² (bandwidth {result.bandwidth_km:g} km)")
    elif method == "hex":
        _, governorates = _basemap()
        cells = result.to_crs(METRIC_CRS).clip(governorates.dissolve())  # no hexagon spills over the border
        if len(cells):
            cells.plot(ax=ax, column="count", cmap=cmap, edgecolor="white", linewidth=0.2, zorder=3)
            from matplotlib.cm import ScalarMappable
            from matplotlib.colors import Normalize

            scale = ScalarMappable(Normalize(cells["count"].min(), cells["count"].max()), cmap=cmap)
            _colourbar(ax, scale, f"events per hexagon ({options.get('size_km', 10):g} km)")
    else:
        areas = result.to_crs(METRIC_CRS)
        bins = list(result.attrs.get("bins", []))
        areas.plot(ax=ax, column="class", cmap=cmap, edgecolor="#bbbbbb", linewidth=0.3, zorder=2, alpha=0.9,
                   categorical=True, legend=bool(bins), legend_kwds={
                       "loc": "lower left", "fontsize": 6, "title": "events per 1,000 km²", "title_fontsize": 6,
                       "labels": _bin_labels(bins)})
    _, governorates = _basemap()
    governorates.dissolve().boundary.plot(ax=ax, color="#555555", linewidth=0.9, zorder=4)
    _plot_governorate_names(ax)
    _finish(ax, title, sources, roads)
    return ax


def _colourbar(ax, mappable, label: str) -> None:
    bar = ax.figure.colorbar(mappable, ax=ax, shrink=0.5, fraction=0.04, pad=0.01)
    bar.set_label(label, fontsize=7)
    bar.ax.tick_params(labelsize=6)


def _bin_labels(bins) -> list[str]:
    low = 0.0
    labels = []
    for high in bins:
        labels.append(f"{low:.2g}–{high:.2g}")
        low = high
    return labels


def _plot_governorate_names(ax) -> None:
    _, governorates = _basemap()
    name = next(c for c in governorates.columns if c.lower() in ("admin1", "name", "adm1_en"))
    _labels(ax, [(p.x, p.y, n) for p, n in zip(governorates.geometry.representative_point(), governorates[name])],
            fontsize=6, color="#555555", style="italic")
