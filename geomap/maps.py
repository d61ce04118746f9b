"""Report figures. Functions take ``ax=`` and return it, so users compose figures."""
from __future__ import annotations

from functools import lru_cache

from .gazetteer import data_dir

__all__ = ["plot_basemap", "plot_incidents", "EVENT_COLOURS"]

# One palette everywhere (documented in the README).
EVENT_COLOURS = {"Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e",
                 "Violence against civilians": "#7b3294", "Strategic developments": "#1f77b4",
                 "Protests": "#2ca02c", "Riots": "#8c564b"}
METRIC = "EPSG:32637"
ATTRIBUTION = ("Boundaries and populated places: UNCS / UN OCHA (COD-AB Syria, CC BY-IGO). Places: Who's On First "
               "(whosonfirst.org) and GeoNames (CC BY 4.0). Neighbouring countries: Natural Earth.")


@lru_cache(maxsize=1)
def _basemap():
    import geopandas as gpd

    countries = gpd.read_file(data_dir() / "basemap" / "countries.geojson")
    return countries, gpd.read_file(data_dir() / "boundaries" / "ocha_adm1.geojson")


def plot_basemap(ax=None, extent=(35.5, 42.5, 32.2, 37.5)):
    """Neighbouring countries for context, Syria's governorates, names of countries."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(8, 7))
    countries, governorates = _basemap()
    countries.plot(ax=ax, color="#f2efe9", edgecolor="#9a9a9a", linewidth=0.6)
    governorates.plot(ax=ax, color="#fbfaf7", edgecolor="#c8c2b8", linewidth=0.4)
    governorates.dissolve().boundary.plot(ax=ax, color="#555555", linewidth=0.9)
    for row in countries.itertuples():
        point = row.geometry.representative_point()
        if row.iso_a2 != "SY" and extent[0] < point.x < extent[1] and extent[2] < point.y < extent[3]:
            ax.annotate(row.name, (point.x, point.y), fontsize=7, color="#888888", ha="center", style="italic")
    ax.set_xlim(extent[0], extent[1])
    ax.set_ylim(extent[2], extent[3])
    ax.set_aspect(1 / 0.82)  # ~cos(35°): keeps shapes true at Syria's latitude
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    return ax


def plot_incidents(gdf, ax=None, title="Incidents", as_of: str = "", uncertainty=True):
    """Incidents coloured by event type, each with its uncertainty circle."""
    from matplotlib.lines import Line2D

    ax = plot_basemap(ax)
    if len(gdf):
        if uncertainty:
            circles = gdf.to_crs(METRIC)
            circles["geometry"] = circles.geometry.buffer(circles["uncertainty_km"].astype(float) * 1000)
            circles.to_crs("EPSG:4326").plot(ax=ax, facecolor="none", edgecolor="#555555", linewidth=0.3,
                                              linestyle=":", alpha=0.7)
        for event_type, group in gdf.groupby("event_type"):
            sizes = 14 + 4 * group["fatalities"].astype(float).clip(upper=50)
            ax.scatter(group.geometry.x, group.geometry.y, s=sizes, color=EVENT_COLOURS.get(event_type, "#444444"),
                       edgecolor="white", linewidth=0.6, zorder=3, label=event_type)
    handles = [Line2D([], [], marker="o", linestyle="", color=c, label=t) for t, c in EVENT_COLOURS.items()
               if t in set(gdf["event_type"])]
    handles.append(Line2D([], [], linestyle=":", color="#555555", label="uncertainty radius"))
    ax.legend(handles=handles, loc="upper left", fontsize=7, frameon=True)
    ax.set_title(title + (f" (as of {as_of})" if as_of else ""), fontsize=11)
    _scale_bar(ax)
    ax.annotate(ATTRIBUTION, (0.01, -0.04), xycoords="axes fraction", fontsize=5.5, color="#666666")
    return ax


def _scale_bar(ax, km: int = 100) -> None:
    from geopy.distance import geodesic

    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    start = (y0 + 0.06 * (y1 - y0), x1 - 0.25 * (x1 - x0))
    end = geodesic(kilometers=km).destination(start, 90)
    ax.plot([start[1], end.longitude], [start[0], start[0]], color="black", linewidth=2)
    ax.annotate(f"{km} km", ((start[1] + end.longitude) / 2, start[0] + 0.04 * (y1 - y0) / 2), ha="center",
                fontsize=7)
