"""The offline HTML map: self-contained, one marker per incident, data escaped, renders without a network."""
import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("offlinefolium")

from geomap.errors import OutputError  # noqa: E402
from geomap.incidents import extract  # noqa: E402
from geomap.web import build_web_map, network_references, write_web_map  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EVIDENCE = ("<script>window.__pwned=1;document.title='PWNED'</script>"
            "<img src=x onerror=\"window.__pwned=2;document.title='PWNED'\">")
LOCATION = "</script><script>window.__pwned=3;document.title='PWNED'</script>"
BAD_URL = "javascript:window.__pwned=4"
ARTICLES = [
    {"id": "web-1", "published": "2017-08-21", "outlet": "Test Wire", "url": "https://example.org/a1",
     "text": "Islamic State militants attacked an army checkpoint in Palmyra on Sunday, killing three soldiers, "
             "a military source said."},
    {"id": "web-2", "published": "2017-08-21", "outlet": "Test Wire",
     "text": "Government aircraft bombed the town of al-Mayadin on Saturday, killing five civilians, "
             "the Syrian Observatory for Human Rights said."},
]


def _markers(fmap) -> int:
    return sum(len(child.rows) for group in fmap._children.values() for child in group._children.values()
               if type(child).__name__ == "IncidentMarkers")


@pytest.fixture(scope="module")
def incidents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    gdf = extract([path])
    assert len(gdf) >= 2
    return gdf


@pytest.fixture(scope="module")
def hostile(incidents):
    """The extracted incidents with attacker-controlled text in every field a popup shows."""
    gdf = incidents.copy()
    gdf.loc[gdf.index[0], ["evidence", "location", "actor1", "source"]] = [EVIDENCE, LOCATION, "<b>x</b>", "`${x}`"]
    gdf["url"] = [BAD_URL] + ["https://example.org/a1"] * (len(gdf) - 1)
    return gdf


def test_the_map_is_written_self_contained_and_small(incidents, tmp_path):
    out = write_web_map(incidents, tmp_path / "map.html", title="Test map")
    page = out.read_text(encoding="utf-8")
    assert out.exists() and not list(tmp_path.glob(".*.tmp*"))
    assert network_references(page) == []
    assert "<link" not in page and not re.search(r"<script[^>]+src=", page)
    assert "tile.openstreetmap" not in page and "{z}/{x}/{y}" not in page  # no tile layer
    assert "leaflet" in page.lower() and "L.map(" in page
    assert html.escape("Neighbouring countries: Natural Earth") in page  # the attribution line
    assert len(page) < 600_000


def test_one_marker_per_incident_grouped_by_event_type(incidents, tmp_path):
    fmap = build_web_map(incidents)
    assert _markers(fmap) == len(incidents)
    page = fmap.get_root().render()
    for event_type in set(incidents["event_type"]):
        assert html.escape(f"{event_type} (") in page  # a layer per event type in the layer control
    rows = re.findall(r"var rows = (\[.*?\]);\n", page)
    assert sum(len(json.loads(r)) for r in rows) == len(incidents)


def test_control_zones_are_a_layer(incidents, tmp_path):
    import geopandas as gpd
    from shapely.geometry import box

    area = incidents.to_crs("EPSG:32637").geometry.iloc[0].buffer(20_000)
    zones = gpd.GeoDataFrame({"actor": ["Islamic State", "<i>Nobody</i>"], "kind": ["asserted", "inferred"],
                              "as_of": ["2017-08-20", "2017-08-20"], "contested": [False, True]},
                             geometry=[area, box(*area.bounds).buffer(5_000)], crs="EPSG:32637").to_crs("EPSG:4326")
    page = write_web_map(incidents, tmp_path / "zones.html", zones=zones).read_text(encoding="utf-8")
    assert "Control zones" in page and "#333333" in page  # Islamic State's faction colour
    assert "<i>Nobody</i>" not in page and "&lt;i&gt;Nobody&lt;/i&gt;" in page


def test_popups_escape_the_data(hostile, tmp_path):
    page = write_web_map(hostile, tmp_path / "hostile.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in page and "</script><script>window" not in page
    assert "<img src=x" not in page and "<b>x</b>" not in page
    assert html.escape(EVIDENCE) in page
    assert html.escape(LOCATION) in page
    assert "javascript:" not in page  # not a link: a url that is not http(s) is dropped
    assert 'href=\\"https://example.org/a1\\"' in page  # a real article link stays, for the reader to click
    assert "__pwned" in page  # ... the payload is there, but only as escaped text


def test_the_evidence_highlights_the_place(incidents):
    fmap = build_web_map(incidents)
    popups = [row[4] for group in fmap._children.values() for child in group._children.values()
              if type(child).__name__ == "IncidentMarkers" for row in child.rows]
    assert any("<mark>" in p for p in popups)


def test_a_remote_reference_is_refused(incidents, tmp_path, monkeypatch):
    import geomap.web as web

    assert network_references('<script src="https://cdn.example/x.js"></script>')
    assert network_references('<link rel="stylesheet" href="//cdn.example/x.css">')
    assert network_references("<style>@font-face{src:url(https://fonts.example/f.woff2)}</style>")
    assert network_references('var p = "\\u003cimg src=\\"http://x.example/t.png\\"\\u003e";')
    assert network_references('<a href="https://example.org/article">article</a>') == []
    real = web.build_web_map

    def leaky(*args, **kwargs):
        from branca.element import Element

        fmap = real(*args, **kwargs)
        fmap.get_root().header.add_child(Element('<link rel="stylesheet" href="https://cdn.example/x.css">'))
        return fmap

    monkeypatch.setattr(web, "build_web_map", leaky)
    with pytest.raises(OutputError):
        web.write_web_map(incidents, tmp_path / "leaky.html")
    assert not (tmp_path / "leaky.html").exists()


def test_acled_like_input_without_geomap_columns(incidents, tmp_path):
    thin = incidents[["event_date", "event_type", "actor1", "fatalities", "geometry"]].copy()
    thin["fatalities"] = thin["fatalities"].astype("Int64")
    thin.loc[thin.index[0], "fatalities"] = None
    out = write_web_map(thin, tmp_path / "thin.html")
    assert network_references(out.read_text(encoding="utf-8")) == []


def test_seeds_map_size(tmp_path):
    gdf = extract([SEEDS])
    out = write_web_map(gdf, tmp_path / "seeds.html")
    assert _markers(build_web_map(gdf)) == len(gdf)
    assert out.stat().st_size < 600_000


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_page_scripts_parse(hostile, tmp_path):
    page = write_web_map(hostile, tmp_path / "parse.html").read_text(encoding="utf-8")
    for number, script in enumerate(re.findall(r"<script>(.*?)</script>", page, re.S)):
        source = tmp_path / f"s{number}.js"
        source.write_text(script, encoding="utf-8")
        result = subprocess.run(["node", "--check", str(source)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_headless_render_offline(hostile, tmp_path):
    out = write_web_map(hostile, tmp_path / "render.html", title="render test")
    result = subprocess.run(
        ["chromium", "--headless=new", "--disable-gpu", "--no-sandbox", "--proxy-server=127.0.0.1:9",
         "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=3000", "--dump-dom", out.as_uri()],
        capture_output=True, text=True, timeout=120)
    dom = result.stdout
    assert "leaflet-container" in dom
    assert f'data-incident-markers="{len(hostile)}"' in dom
    assert 'id="gm-from"' in dom  # the date filter is on the page, showing every dated incident
    shown = re.search(r'data-incidents-shown="(\d+)"', dom)
    assert shown and int(shown.group(1)) == len(hostile)
    assert "PWNED" not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert "<script>window.__pwned" not in dom


def test_attack_density_is_a_layer_off_at_first(incidents):
    from geomap.web import build_web_map

    page = build_web_map(incidents).get_root().render()
    assert "Attack density (10 km hexagons" in page


def test_the_governorate_capitals_are_labelled_as_text(incidents):
    from geomap.web import build_web_map

    page = build_web_map(incidents).get_root().render()
    assert "textContent = p[2]" in page and '"Deir-ez-Zor"' in page  # names enter as text, never as HTML


def test_beyond_the_marker_limit_the_latest_incidents_are_markers_and_the_legend_says_so(incidents, monkeypatch):
    """A page of 186,000 popups is 129 MB: past ``WEB_MARKERS`` only the latest are markers, the density layer
    (shown at once) counts them all, and the legend says so."""
    import geomap.web as web

    gdf = incidents.copy()
    gdf["event_date"] = ["2017-08-19"] * (len(gdf) - 1) + ["2017-08-20"]
    monkeypatch.setattr(web, "WEB_MARKERS", 1)
    fmap = build_web_map(gdf)
    page = fmap.get_root().render()
    rows = [row for r in re.findall(r"var rows = (\[.*?\]);\n", page) for row in json.loads(r)]
    assert _markers(fmap) == 1 and [row[5] for row in rows] == ["2017-08-20"]  # the latest one
    assert html.escape(f"The latest 1 of {len(gdf)} incidents are markers; the density layer counts all of them.") \
        in page
    density = next(group for group in fmap._children.values() if "Attack density" in getattr(group, "layer_name", ""))
    assert density.show


def test_the_latest_markers_are_chosen_whatever_way_the_dates_are_written(incidents, monkeypatch):
    import pandas as pd

    import geomap.web as web

    gdf = pd.concat([incidents.iloc[:1]] * 4, ignore_index=True)
    gdf["event_date"] = ["2020-01-03", "5 January 2020", "2020-01-01", "4 January 2020"]
    monkeypatch.setattr(web, "WEB_MARKERS", 2)
    shown, dated = web._latest(gdf, web.WEB_MARKERS)
    assert dated and list(shown["event_date"]) == ["5 January 2020", "4 January 2020"]
    gdf["event_date"] = None
    shown, dated = web._latest(gdf, web.WEB_MARKERS)
    assert not dated and len(shown) == 2
    assert "The first 2 of 4 incidents are markers" in build_web_map(gdf).get_root().render()
