"""One self-contained, offline HTML map of incidents (Leaflet through ``offlinefolium``).

``write_web_map(incidents, path)`` writes a single ``.html`` file that opens
from a disk with no network: Leaflet's script and stylesheet are embedded by
``offlinefolium`` (the folium fork that inlines its resources), there is no
tile layer, and the basemap is drawn from geomap's own vector layers
(countries, governorates, rivers), simplified in the metric CRS.

Safety: every string from the data is escaped with :func:`html.escape` before
it becomes HTML, and everything that enters a ``<script>`` goes through
:func:`json.dumps` with ``<`` written as ``\\u003c`` (so neither ``</script>``
nor ``<!--`` can end or confuse the script block). Popups are set from those
escaped strings; folium's own ``Popup``/``Tooltip`` are not used because they
paste their text into JavaScript template literals. After rendering, the page
is checked by :func:`network_references`: nothing may load from the network.
"""
from __future__ import annotations

import html
import json
import math
import re
from pathlib import Path

from .errors import OutputError
from .gazetteer import data_dir
from .io import atomic_path
from .maps import EVENT_COLOURS, FACTION_COLOURS, OTHER_FACTION, attribution_line

__all__ = ["write_web_map", "build_web_map", "network_references", "BASEMAP_LAYERS"]

OTHER_EVENT = "#444444"
# (file under the gazetteer folder, simplification tolerance in metres, Leaflet path style)
BASEMAP_LAYERS = (
    ("basemap/countries.geojson", 2000, {"color": "#9a9a9a", "weight": 1, "fillColor": "#f2efe9", "fillOpacity": 1}),
    ("boundaries/ocha_adm1.geojson", 500, {"color": "#b5b5b5", "weight": 0.8, "fill": False}),
    ("basemap/rivers.geojson", 500, {"color": "#7fb2d9", "weight": 1.2, "fill": False}),
)
# incidents drawn as markers, the latest first: each carries its popup (about 0.7 KB of page), so 186,000 made a
# 129 MB page and a million ACLED rows 727 MB; the density layer still counts every incident
WEB_MARKERS = 20_000
ROAD_STYLE = {"color": "#c9a977", "weight": 0.8, "fill": False}
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
_QUALIFIER = re.compile(r"^(?:(?:near|outside|around|in|the)\s+|(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+)+",
                        re.I)
# an attribute or CSS reference that would make the browser fetch a resource
_FETCHING_ATTRIBUTE = re.compile(r"""\b(src|srcset|href|xlink:href|poster|data|action|formaction|background)\s*=\s*"""
                                 r"""["']?\s*(?:https?:)?//""", re.I)
_CSS_URL = re.compile(r"""url\(\s*["']?\s*(?:https?:)?//|@import\b""", re.I)


def _script_json(value) -> str:
    """JSON that is safe inside ``<script>``: no ``<`` at all, non-ASCII escaped (U+2028/9 too)."""
    return json.dumps(value, ensure_ascii=True, allow_nan=False).replace("<", "\\u003c").replace(">", "\\u003e")


def _colour(value: str, fallback: str) -> str:
    return value if isinstance(value, str) and _HEX.match(value) else fallback


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _text(value) -> str:
    """A cell as plain text: '' for missing, dates as YYYY-MM-DD, whole floats without '.0'."""
    if _missing(value):
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(value) -> float | None:
    if _missing(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _highlight(evidence: str, location: str) -> str:
    """The evidence escaped, with the first mention of the location's name in ``<mark>``.

    Spellings are compared with geomap's name folding (``al-Mayadin`` is ``Al Mayadin``);
    a place the text calls by another name (Palmyra for Tadmor) is left unmarked.
    """
    from .names import fold_key

    name = _QUALIFIER.sub("", location).strip()
    target = fold_key(name) if len(name) >= 2 else ""
    words = list(re.finditer(r"[^\W_]+(?:['’ʿ-][^\W_]+)*", evidence)) if target else []
    size = len(name.split())
    for width in dict.fromkeys((size, size + 1, max(size - 1, 1))):
        for i in range(len(words) - width + 1):
            at, end = words[i].start(), words[i + width - 1].end()
            if fold_key(evidence[at:end]) == target:
                return (html.escape(evidence[:at]) + "<mark>" + html.escape(evidence[at:end]) + "</mark>"
                        + html.escape(evidence[end:]))
    return html.escape(evidence)


def _url(value: str) -> str:
    value = value.strip()
    return value if re.match(r"^https?://[^\s\"'<>]+$", value, re.I) else ""


def _popup(row: dict) -> str:
    """The popup of one incident, as HTML built only from escaped pieces."""
    e = html.escape
    date = _text(row.get("event_date"))
    precision = _text(row.get("time_precision"))
    when = e(date or "date unknown") + (f" <small>(time precision {e(precision)})</small>" if precision else "")
    event = e(_text(row.get("event_type")) or "Unknown event type")
    sub = _text(row.get("sub_event_type"))
    actors = " vs ".join(e(a) for a in (_text(row.get("actor1")), _text(row.get("actor2"))) if a)
    fatalities = _text(row.get("fatalities")) or "unknown"
    claimed = _text(row.get("claimed_by"))
    location, admin1 = _text(row.get("location")), _text(row.get("admin1"))
    geo, km = _text(row.get("geo_precision")), _number(row.get("uncertainty_km"))
    place = ", ".join(e(p) for p in (location, admin1) if p) or "place unknown"
    where = [f"geo precision {e(geo)}"] if geo else []
    if km is not None:
        where.append(f"±{km:g} km")
    evidence = _text(row.get("evidence")) or _text(row.get("notes"))
    source = _text(row.get("source"))
    url = _url(_text(row.get("url"))) or _url(source)
    lines = [f"<b>{when}</b>",
             f"<b>{event}</b>" + (f" — {e(sub)}" if sub else ""),
             f"Actors: {actors or 'unknown'}",
             f"Fatalities: {e(fatalities)}" + (f" (claimed by {e(claimed)})" if claimed else ""),
             f"Location: {place}" + (f" ({', '.join(where)})" if where else "")]
    quote = (f'<blockquote class="gm-evidence">{_highlight(evidence, location)}</blockquote>' if evidence
             else "<br>")
    article = _text(row.get("article_id"))
    tail = [f"Article: {e(article)}"] if article else []
    if source and source != url:
        tail.append(f"Source: {e(source)}")
    if url:
        tail.append(f'<a href="{e(url)}" target="_blank" rel="noopener noreferrer nofollow">{e(url)}</a>')
    return f'<div class="gm-popup">{"<br>".join(lines)}{quote}{" · ".join(tail)}</div>'


def _element_classes():
    from branca.element import MacroElement
    from offlinefolium.template import Template

    class IncidentMarkers(MacroElement):
        """The incidents of one event type: a canvas circle marker each, its uncertainty circle, a popup.

        ``rows`` is a list of ``[lat, lon, radius_px, uncertainty_m or None, popup_html]``;
        the whole list enters the page as one escaped JSON literal.
        """

        _template = Template("""
{% macro script(this, kwargs) %}
(function () {
    var group = {{ this._parent.get_name() }};
    var colour = {{ this.colour_json }};
    var rows = {{ this.rows_json }};
    window.geomapIncidents = window.geomapIncidents || [];
    rows.forEach(function (r) {
        var layers = [];
        if (r[3]) {
            layers.push(L.circle([r[0], r[1]], {radius: r[3], color: colour, weight: 0.6, opacity: 0.5,
                                                dashArray: "2 3", fillOpacity: 0.02, interactive: false}));
        }
        layers.push(L.circleMarker([r[0], r[1]], {radius: r[2], color: "#ffffff", weight: 0.8, fillColor: colour,
                                                  fillOpacity: 0.9}).bindPopup(r[4], {maxWidth: 360}));
        layers.forEach(function (layer) { layer.addTo(group); });
        window.geomapIncidents.push({date: r[5], group: group, layers: layers});
    });
    var box = document.getElementById({{ this.map_id_json }});
    box.setAttribute("data-incident-markers", String((+box.getAttribute("data-incident-markers") || 0) + rows.length));
})();
{% endmacro %}
""")

        def __init__(self, rows: list, colour: str, map_id: str):
            super().__init__()
            self._name = "IncidentMarkers"
            self.rows = rows
            self.colour_json = _script_json(colour)
            self.rows_json = _script_json(rows)
            self.map_id_json = _script_json(map_id)

    class PlaceLabels(MacroElement):
        """Names of the governorate capitals, as text (never HTML), shown from zoom 7."""

        _template = Template("""
{% macro script(this, kwargs) %}
(function () {
    var map = {{ this.map_name }}, group = L.layerGroup();
    {{ this.labels_json }}.forEach(function (p) {
        var span = document.createElement("span");
        span.textContent = p[2];
        group.addLayer(L.marker([p[0], p[1]], {interactive: false, keyboard: false,
            icon: L.divIcon({className: "gm-label", html: span, iconSize: null})}));
    });
    function update() { if (map.getZoom() >= 7) { group.addTo(map); } else { map.removeLayer(group); } }
    map.on("zoomend", update);
    update();
})();
{% endmacro %}
""")

        def __init__(self, labels: list, map_name: str):
            super().__init__()
            self._name = "PlaceLabels"
            self.map_name = map_name
            self.labels_json = _script_json(labels)

    class DateFilter(MacroElement):
        """Two date boxes: incidents outside the range leave the map (undated ones stay)."""

        _template = Template("""
{% macro script(this, kwargs) %}
(function () {
    var box = L.control({position: "bottomright"});
    box.onAdd = function () {
        var div = L.DomUtil.create("div", "gm-dates leaflet-bar");
        div.style.background = "#fff"; div.style.padding = "4px 6px"; div.style.font = "12px sans-serif";
        div.innerHTML = 'From <input type="date" id="gm-from"> to <input type="date" id="gm-to">';
        L.DomEvent.disableClickPropagation(div);
        return div;
    };
    box.addTo({{ this.map_name }});
    var from = document.getElementById("gm-from"), to = document.getElementById("gm-to");
    from.value = {{ this.first_json }}; to.value = {{ this.last_json }};
    from.min = to.min = {{ this.first_json }}; from.max = to.max = {{ this.last_json }};
    function apply() {
        var shown = 0;
        (window.geomapIncidents || []).forEach(function (item) {
            var inside = !item.date || ((!from.value || item.date >= from.value) && (!to.value || item.date <= to.value));
            item.layers.forEach(function (layer) {
                if (inside) { item.group.addLayer(layer); } else { item.group.removeLayer(layer); }
            });
            shown += inside ? 1 : 0;
        });
        document.getElementById({{ this.map_id_json }}).setAttribute("data-incidents-shown", String(shown));
    }
    from.addEventListener("change", apply); to.addEventListener("change", apply);
    apply();
})();
{% endmacro %}
""")

        def __init__(self, first: str, last: str, map_id: str):
            super().__init__()
            self._name = "DateFilter"
            self.map_name = map_id
            self.first_json = _script_json(first)
            self.last_json = _script_json(last)
            self.map_id_json = _script_json(map_id)

    class ControlZones(MacroElement):
        """Control zones as one GeoJSON layer; ``popup`` properties are escaped HTML, colours are checked hex."""

        _template = Template("""
{% macro script(this, kwargs) %}
(function () {
    L.geoJSON({{ this.data_json }}, {
        style: function (f) {
            return {color: f.properties.colour, weight: 1, fillColor: f.properties.colour,
                    fillOpacity: f.properties.contested ? 0.15 : 0.3, dashArray: f.properties.contested ? "4 4" : null};
        },
        pointToLayer: function (f, latlng) {
            return L.circleMarker(latlng, {radius: 6, fill: false, dashArray: "2 3"});
        },
        onEachFeature: function (f, layer) { layer.bindPopup(f.properties.popup); }
    }).addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
""")

        def __init__(self, collection: dict):
            super().__init__()
            self._name = "ControlZones"
            self.collection = collection
            self.data_json = _script_json(collection)

    class Attribution(MacroElement):
        _template = Template("""
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text_json }});
{% endmacro %}
""")

        def __init__(self, text_html: str):
            super().__init__()
            self._name = "Attribution"
            self.text_json = _script_json(text_html)

    return IncidentMarkers, ControlZones, Attribution, DateFilter, PlaceLabels


def _basemap_geojson(relative: str, tolerance_m: float) -> dict:
    """A basemap layer of the gazetteer folder, as ``_simplified_geojson`` makes it."""
    import geopandas as gpd

    return _simplified_geojson(gpd.read_file(data_dir() / relative)[["geometry"]], tolerance_m)


def _simplified_geojson(layer, tolerance_m: float) -> dict:
    """A layer simplified in the metric CRS, geometry only, coordinates rounded to ~10 m."""
    import shapely

    from .density import METRIC_CRS

    layer = layer[["geometry"]].to_crs(METRIC_CRS)
    layer["geometry"] = layer.geometry.simplify(tolerance_m, preserve_topology=True)
    layer = layer.to_crs("EPSG:4326")
    layer["geometry"] = shapely.set_precision(layer.geometry.values, 1e-4)
    layer = layer[~layer.geometry.is_empty & layer.geometry.notna()]
    return json.loads(layer.to_json(drop_id=True))


def _rows_by_type(incidents) -> dict[str, list]:
    groups: dict[str, list] = {}
    records = incidents.drop(columns="geometry").to_dict("records") if len(incidents) else []
    for record, point in zip(records, incidents.geometry):
        if point is None or point.is_empty:
            continue
        lat, lon = _number(point.y), _number(point.x)
        if lat is None or lon is None:
            continue
        km = _number(record.get("uncertainty_km"))
        dead = _number(record.get("fatalities")) or 0.0
        radius = round(4 + min(max(dead, 0.0), 100.0) ** 0.5, 1)
        uncertainty = round(km * 1000) if km and km > 0 else None
        event_type = _text(record.get("event_type")) or "Unknown event type"
        day = record.get("event_date")
        day = "" if _missing(day) else str(day)[:10]  # ISO date, for the page's date filter
        groups.setdefault(event_type, []).append([round(lat, 5), round(lon, 5), radius, uncertainty,
                                                  _popup(record), day])
    order = list(EVENT_COLOURS)
    return dict(sorted(groups.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0])))


def _zones_collection(zones) -> dict:
    import geopandas as gpd

    from .density import METRIC_CRS

    frame = zones.to_crs("EPSG:4326") if zones.crs is not None else zones
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    simplified = gpd.GeoSeries(frame.geometry, crs="EPSG:4326").to_crs(METRIC_CRS).simplify(200).to_crs("EPSG:4326")
    features = []
    for record, geometry in zip(frame.drop(columns="geometry").to_dict("records"), simplified):
        actor = _text(record.get("actor")) or "unknown actor"
        kind, as_of = _text(record.get("kind")), _text(record.get("as_of"))
        contested = bool(record.get("contested")) if not _missing(record.get("contested")) else False
        parts = [f"<b>{html.escape(actor)}</b>"]
        if kind:
            parts.append(f"kind: {html.escape(kind)}")
        if as_of:
            parts.append(f"as of {html.escape(as_of)}")
        if contested:
            parts.append("contested")
        features.append({"type": "Feature", "geometry": json.loads(gpd.GeoSeries([geometry]).to_json())
                         ["features"][0]["geometry"],
                         "properties": {"colour": _colour(FACTION_COLOURS.get(actor, OTHER_FACTION), OTHER_FACTION),
                                        "contested": contested, "popup": "<br>".join(parts)}})
    return {"type": "FeatureCollection", "features": features}


def _legend(types: list[str], zone_actors: list[str], title: str, note: str = "") -> str:
    e = html.escape
    items = "".join(f'<div><span class="gm-swatch" style="background:{_colour(EVENT_COLOURS.get(t), OTHER_EVENT)}">'
                    f"</span>{e(t)}</div>" for t in types)
    if zone_actors:
        items += "<div class=\"gm-head\">Control</div>" + "".join(
            f'<div><span class="gm-swatch gm-zone" style="background:'
            f'{_colour(FACTION_COLOURS.get(a), OTHER_FACTION)}"></span>{e(a)}</div>' for a in zone_actors)
    return f"""
<style>
.gm-legend {{position: absolute; bottom: 24px; left: 10px; z-index: 1000; background: rgba(255,255,255,0.92);
  padding: 6px 9px; border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); font: 12px/1.4 sans-serif;
  max-width: 260px;}}
.gm-legend .gm-title {{font-weight: bold; font-size: 13px; margin-bottom: 3px;}}
.gm-legend .gm-head {{font-weight: bold; margin-top: 4px;}}
.gm-swatch {{display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 5px;
  border: 1px solid #fff; box-shadow: 0 0 0 1px #888;}}
.gm-swatch.gm-zone {{border-radius: 2px; opacity: 0.6;}}
.gm-label {{font: italic 11px sans-serif; color: #444; white-space: nowrap; text-shadow: 0 0 3px #fff;}}
.gm-legend .gm-note {{color: #555; font-size: 11px; margin-top: 3px;}}
.gm-popup {{font: 12px/1.4 sans-serif;}}
.gm-popup blockquote {{margin: 4px 0; padding-left: 6px; border-left: 3px solid #ccc; color: #333;}}
.gm-popup mark {{background: #ffe58a;}}
</style>
<div class="gm-legend"><div class="gm-title">{e(title)}</div>{items}
<div class="gm-note">Faint circles: location uncertainty (±km). Marker size grows with fatalities.</div>{
    f'<div class="gm-note">{e(note)}</div>' if note else ""}</div>
"""


def build_web_map(incidents, zones=None, title: str = "geomap", roads=None):
    """The ``offlinefolium.Map`` of the incidents (and control zones); nothing is written.

    A FeatureGroup per event type (coloured with ``EVENT_COLOURS``), one for the
    control zones if given (``FACTION_COLOURS``), a basemap from the gazetteer's
    vector layers (with ``roads``, as ``maps.plot_basemap`` takes them), a layer
    control, a legend and the attribution line.
    """
    import offlinefolium
    from branca.element import Element
    from offlinefolium import offlinefolium as core

    IncidentMarkers, ControlZones, Attribution, DateFilter, PlaceLabels = _element_classes()
    if incidents.crs is not None and incidents.crs.to_epsg() != 4326:
        incidents = incidents.to_crs("EPSG:4326")
    fmap = offlinefolium.Map(tiles=None, prefer_canvas=True, control_scale=True, zoom_start=7)
    # Leaflet only: folium's jQuery, Bootstrap and icon fonts are not needed by anything drawn here
    fmap.default_js = [pair for pair in core._default_js if pair[0] == "leaflet"]
    fmap.default_css = [pair for pair in core._default_css if pair[0] == "leaflet_css"]
    root = fmap.get_root()
    root.title = html.escape(title)

    bounds = None
    for relative, tolerance, style in BASEMAP_LAYERS:
        data = _basemap_geojson(relative, tolerance)
        offlinefolium.GeoJson(data, name=Path(relative).stem, control=False, interactive=False,
                              style_function=lambda _feature, style=style: style).add_to(fmap)
        if relative.endswith("ocha_adm1.geojson"):
            import geopandas as gpd

            bounds = gpd.GeoDataFrame.from_features(data["features"]).total_bounds
            from .maps import _roads

            roads = _roads(roads)
            if roads is not None and len(roads):
                offlinefolium.GeoJson(_simplified_geojson(roads, 300), name="roads", control=False,
                                      interactive=False, style_function=lambda _f: ROAD_STYLE).add_to(fmap)

    zone_actors: list[str] = []
    if zones is not None and len(zones):
        collection = _zones_collection(zones)
        zone_actors = list(dict.fromkeys(_text(a) or "unknown actor" for a in zones["actor"]))
        group = offlinefolium.FeatureGroup(name="Control zones").add_to(fmap)
        ControlZones(collection).add_to(group)

    map_id = fmap.get_name()
    from .maps import _cities

    capitals = _cities().to_crs("EPSG:4326")
    PlaceLabels([[round(p.y, 4), round(p.x, 4), name] for p, name in zip(capitals.geometry, capitals["name"])],
                map_id).add_to(fmap)
    shown, dated = _latest(incidents, WEB_MARKERS)
    _add_density_layer(fmap, incidents, show=len(shown) < len(incidents))
    groups = _rows_by_type(shown)
    for event_type, rows in groups.items():
        colour = _colour(EVENT_COLOURS.get(event_type), OTHER_EVENT)
        group = offlinefolium.FeatureGroup(name=html.escape(f"{event_type} ({len(rows)})")).add_to(fmap)
        IncidentMarkers(rows, colour, map_id).add_to(group)
    if groups:
        lat = [r[0] for rows in groups.values() for r in rows]
        lon = [r[1] for rows in groups.values() for r in rows]
        bounds = (min(lon), min(lat), max(lon), max(lat))
    if bounds is not None:
        west, south, east, north = (float(b) for b in bounds)
        pad = 0.2 if (east - west) < 0.5 else 0.0
        fmap.fit_bounds([[south - pad, west - pad], [north + pad, east + pad]])

    offlinefolium.LayerControl(collapsed=False).add_to(fmap)
    dates = sorted(r[5] for rows in groups.values() for r in rows if r[5])
    if dates:
        DateFilter(dates[0], dates[-1], map_id).add_to(fmap)
    Attribution(html.escape(attribution_line(roads=roads))).add_to(fmap)
    note = (f"The {'latest' if dated else 'first'} {len(shown):,} of {len(incidents):,} incidents are markers; the "
            f"density layer counts all of them." if len(shown) < len(incidents) else "")
    root.html.add_child(Element(_legend(list(groups), zone_actors, title, note)))
    return fmap


def _latest(incidents, limit: int):
    """At most ``limit`` incidents, the latest by event date (undated last, ties in input order), in input order;
    and whether dates chose them (without any, the first ``limit``)."""
    if len(incidents) <= limit:
        return incidents, True
    import pandas as pd

    if "event_date" not in incidents.columns:
        return incidents.iloc[:limit], False
    # text dates as any reader may give them ("2020-01-03", "5 January 2020", offsets): each parsed on its own
    days = pd.to_datetime(incidents["event_date"], errors="coerce", format="mixed", utc=True).reset_index(drop=True)
    if days.isna().all():
        return incidents.iloc[:limit], False
    keep = days.sort_values(ascending=False, kind="stable", na_position="last").index[:limit]
    return incidents.iloc[sorted(keep)], True


def _add_density_layer(fmap, incidents, show: bool = False) -> None:
    """Attack density as 10 km hexagons (``density.hex_bins``), off at first unless markers show only some
    incidents; colours from matplotlib's magma."""
    import offlinefolium
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    from .density import hex_bins

    if not len(incidents) or "event_date" not in incidents.columns:
        return
    cells = hex_bins(incidents)
    if not len(cells):
        return
    top = max(int(cells["count"].max()), 1)
    magma = colormaps["magma_r"]
    features = []
    for count, geometry in zip(cells["count"], cells.geometry):
        colour = to_hex(magma(0.15 + 0.85 * (int(count) / top)))
        features.append({"type": "Feature", "geometry": json.loads(_geojson_geometry(geometry)),
                         "properties": {"colour": colour, "count": int(count)}})
    group = offlinefolium.FeatureGroup(name=f"Attack density (10 km hexagons, up to {top})", show=show).add_to(fmap)
    offlinefolium.GeoJson({"type": "FeatureCollection", "features": features}, interactive=False,
                          style_function=lambda f: {"color": "#ffffff", "weight": 0.3, "fillOpacity": 0.75,
                                                    "fillColor": f["properties"]["colour"]}).add_to(group)


def _geojson_geometry(geometry) -> str:
    import shapely

    return shapely.to_geojson(shapely.set_precision(geometry, 1e-5))


def network_references(page: str) -> list[str]:
    """What in an HTML page would make a browser fetch from the network (empty: nothing).

    Flags ``src=``/``href=`` and similar attributes and CSS ``url(...)``/``@import``
    pointing at ``http://``, ``https://`` or ``//``, wherever they stand (markup,
    styles, or HTML strings inside scripts). The one exception is ``href`` on an
    ``<a>`` element: a link the reader may click, which loads nothing by itself.
    """
    text = (page.replace("\\u003c", "<").replace("\\u003C", "<").replace("\\u003e", ">")
            .replace('\\"', '"').replace("\\/", "/"))
    found = []
    for match in _FETCHING_ATTRIBUTE.finditer(text):
        tag_start = text.rfind("<", 0, match.start())
        tag = re.match(r"<\s*([A-Za-z][\w:-]*)", text[tag_start:tag_start + 40]) if tag_start >= 0 else None
        if match.group(1).lower() == "href" and tag and tag.group(1).lower() == "a" \
                and ">" not in text[tag_start:match.start()]:
            continue
        found.append(text[max(0, match.start() - 40):match.end() + 40])
    found.extend(text[max(0, m.start() - 40):m.end() + 40] for m in _CSS_URL.finditer(text))
    return found


def write_web_map(incidents, path, zones=None, title: str = "geomap", roads=None) -> Path:
    """Write the incidents (and optional control zones) as one offline, self-contained HTML map.

    ``incidents`` is geomap's incident GeoDataFrame (EPSG:4326); missing columns
    are tolerated (ACLED/UCDP inputs). ``zones`` is an optional control-zone
    GeoDataFrame (actor, kind, as_of, contested). The file is written
    atomically; it is refused (``OutputError``) if anything in it would load
    from the network. Returns the path written.
    """
    path = Path(path)
    page = _stable_ids(build_web_map(incidents, zones=zones, title=title, roads=roads).get_root().render())
    remote = network_references(page)
    if remote:
        raise OutputError(f"{path}: the map would load from the network ({remote[0]!r}); not written")
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return path


def _stable_ids(page: str) -> str:
    """folium names each element with 32 random hex digits: numbered in order instead, reruns give the same bytes."""
    import re

    numbers: dict[str, str] = {}
    return re.sub(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])",
                  lambda m: numbers.setdefault(m.group(), f"{len(numbers):032x}"), page)
