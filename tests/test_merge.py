"""The cross-article merge: the (event type, day) index gives exactly what comparing with every kept incident gave."""
from __future__ import annotations

import copy
import dataclasses
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.articles import Article
from geomap.events import DateGuess, EventCue
from geomap.gazetteer import Place
from geomap.geoparse import Mention
from geomap.incidents import Extraction, Incident, _compatible, _merge_across, _same_place


def _quadratic_merge_across(incidents: list[Incident]) -> list[Incident]:
    """The merge as it was before the index: each incident scans every kept one (the reference)."""
    out: list[Incident] = []
    for incident in incidents:
        twin = next((o for o in out if o.article.id != incident.article.id and o.event_type == incident.event_type
                     and _compatible(o, incident) and o.when.time_precision == 1 and incident.when.time_precision == 1
                     and _same_place(o.mention, incident.mention)
                     and ({o.actor1, o.actor2} & {incident.actor1, incident.actor2} - {""})), None)
        if twin is not None:
            twin.articles.append((incident.article, incident.evidence))
            if incident.fatalities != twin.fatalities:
                counts = [n for n in (twin.fatalities, incident.fatalities) if n] or [0]
                twin.notes.append(f"fatalities reported: {twin.fatalities} ({twin.article.id}), "
                                  f"{incident.fatalities} ({incident.article.id})")
                twin.fatalities = min(counts)
        else:
            out.append(incident)
    return out


# A small world so that twins are common: three places a few km apart (one a region), a week of days.
PLACES = [Place("p1", "Kafr Zita", "town", "SY", 35.37, 36.60, 1, 2.0, "test"),
          Place("p2", "Latamneh", "town", "SY", 35.32, 36.62, 1, 2.0, "test"),
          Place("p3", "Hama", "governorate", "SY", 35.2, 37.0, 3, 60.0, "test")]
DAY0 = date(2018, 9, 20)
TYPES = ["Battles", "Explosions/Remote violence"]
ACTORS = ["", "Military Forces of Syria (2000-)", "Islamic State (Syria)", "Hayat Tahrir al-Sham"]


@st.composite
def incidents(draw) -> list[Incident]:
    out = []
    for number in range(draw(st.integers(0, 30))):
        place = draw(st.sampled_from(PLACES))
        undated = draw(st.integers(0, 9)) == 0
        day = DAY0 + timedelta(days=draw(st.integers(0, 6)))
        start = day - timedelta(days=draw(st.integers(0, 2))) if draw(st.booleans()) else None
        end = day + timedelta(days=draw(st.integers(-1, 2))) if draw(st.booleans()) else None  # -1: a reversed range
        when = DateGuess(None if undated else day, draw(st.sampled_from([1, 1, 1, 2])), start, end, explicit=True)
        kind = draw(st.sampled_from(TYPES))
        mention = Mention(0, 5, place.name, [place], place, place.lat, place.lon, place.geo_precision,
                          draw(st.sampled_from([place.uncertainty_km, 8.0, 30.0])))
        article = Article(id=f"a{draw(st.integers(0, 4))}", text="", clean=" ", language="en")
        out.append(Incident(article, EventCue(kind, "", 0, 1, 1, "x"), number, number + 1, 0, kind, "",
                            draw(st.sampled_from(ACTORS)), draw(st.sampled_from(ACTORS)), mention, when,
                            draw(st.integers(0, 5)), evidence_text=f"sentence {number}"))
    return out


def _outcome(merged: list[Incident]) -> list[tuple]:
    """What a user sees: which rows stay (by input position), the reports each cites, deaths and notes."""
    return [(i.start, [(a.id, e) for a, e in i.articles], i.fatalities, list(i.notes)) for i in merged]


@settings(max_examples=300, deadline=None)
@given(incidents())
def test_indexed_merge_equals_the_quadratic_one(found):
    assert _outcome(_merge_across(copy.deepcopy(found))) == _outcome(_quadratic_merge_across(copy.deepcopy(found)))


@settings(max_examples=200, deadline=None)
@given(incidents())
def test_incidents_sent_as_rows_merge_into_the_rows_the_incidents_give(found):
    """The engines send and spill an incident as its row's values (``IncidentRow``): pickled, merged with its
    twins and written, it must give the row the Incident gives, folded reports and all."""
    import pickle

    from geomap.incidents import _row, as_rows

    rows = pickle.loads(pickle.dumps(as_rows(Extraction(copy.deepcopy(found), [], 0, [])).incidents))
    assert [_row(r) for r in _merge_across(rows)] == [_row(i) for i in _merge_across(copy.deepcopy(found))]


def test_a_twin_is_the_first_kept_report_in_input_order():
    place = PLACES[0]
    mention = Mention(0, 5, place.name, [place], place, place.lat, place.lon, 1, 2.0)

    def report(article: str, number: int, day: date, start: date | None = None) -> Incident:
        return Incident(Article(id=article, text="", clean=" ", language="en"), EventCue("Battles", "", 0, 1, 1, "x"),
                        number, number + 1, 0, "Battles", "", ACTORS[1], "", mention,
                        DateGuess(day, 1, start, None, explicit=True), 0, evidence_text=f"s{number}")

    # the first kept covers two days; the second kept only the later one: the third report joins the first
    merged = _merge_across([report("a", 0, DAY0 + timedelta(days=1), DAY0), report("a", 1, DAY0 + timedelta(days=1)),
                            report("b", 2, DAY0 + timedelta(days=1))])
    assert [(i.start, [a.id for a, _ in i.articles]) for i in merged] == [(0, ["b"]), (1, [])]


@settings(max_examples=100, deadline=None)
@given(incidents())
def test_the_twin_index_gives_back_each_kept_report_as_it_was(found):
    """The index stores reports in columns; what it compares must be the report itself, field for field."""
    from geomap.incidents import TwinIndex, _Report

    index, kept = TwinIndex(), []
    for position, incident in enumerate(found):
        if index.twin_or_keep(incident, position) is None and incident.when.time_precision == 1:
            kept.append(_Report.of(incident))
    assert [index.report(slot) for slot in range(len(index))] == kept


def test_the_twin_index_refuses_positions_out_of_order():
    """Its twins are the first kept in input order: that holds only if positions come in order."""
    import pytest

    from geomap.incidents import TwinIndex

    place = PLACES[0]
    mention = Mention(0, 5, place.name, [place], place, place.lat, place.lon, 1, 2.0)

    def report(kind: str) -> Incident:
        return Incident(Article(id="a", text="", clean=" ", language="en"), EventCue(kind, "", 0, 1, 1, "x"), 0, 1, 0,
                        kind, "", ACTORS[1], "", mention, DateGuess(DAY0, 1, explicit=True), 0, evidence_text="s")

    index = TwinIndex()
    assert index.twin_or_keep(report("Battles"), 5) is None
    with pytest.raises(ValueError, match="in order"):
        index.twin_or_keep(report("Explosions/Remote violence"), 3)


# A wide world for the index's cells: places around a few centres anywhere on the globe (the poles and the
# antimeridian included), each jittered by up to about 60 km, with uncertainties either side of WIDE_KM.
CENTRES = [(35.3, 36.6), (36.2, 37.1), (0.0, 179.9), (0.1, -179.95), (84.0, 20.0), (-60.0, -70.0), (33.0, 44.0)]


@st.composite
def spread_incidents(draw) -> list[Incident]:
    out = []
    for number in range(draw(st.integers(0, 40))):
        lat0, lon0 = draw(st.sampled_from(CENTRES))
        lat = max(-89.9, min(89.9, lat0 + draw(st.floats(-0.6, 0.6))))
        lon = ((lon0 + draw(st.floats(-0.6, 0.6)) + 180) % 360) - 180
        precision = draw(st.sampled_from([1, 2, 3]))
        place = Place(f"p{round(lat, 1)},{round(lon, 1)}", "x", "town", "SY", lat, lon, precision, 2.0, "test")
        mention = Mention(0, 5, place.name, [place], place, lat, lon, precision,
                          draw(st.sampled_from([0.5, 5.0, 10.0, 24.9, 25.0, 25.1, 60.0, 300.0])))
        day = DAY0 + timedelta(days=draw(st.integers(0, 2)))
        when = DateGuess(day, 1, None, None, explicit=True)
        article = Article(id=f"a{draw(st.integers(0, 6))}", text="", clean=" ", language="en")
        out.append(Incident(article, EventCue("Battles", "", 0, 1, 1, "x"), number, number + 1, 0, "Battles", "",
                            ACTORS[1], draw(st.sampled_from(ACTORS)), mention, when, draw(st.integers(0, 5)),
                            evidence_text=f"sentence {number}"))
    return out


@settings(max_examples=300, deadline=None)
@given(spread_incidents())
def test_the_twin_index_cells_find_what_comparing_every_report_finds(found):
    assert _outcome(_merge_across(copy.deepcopy(found))) == _outcome(_quadratic_merge_across(copy.deepcopy(found)))


def test_the_cells_listed_hold_every_point_within_reach():
    """``_cells_within`` must list the cell of every point that haversine_km puts within reach."""
    import math
    import random

    from geomap.gazetteer import haversine_km
    from geomap.incidents import _cell, _cells_within

    rng = random.Random(3)
    checked = 0
    for _ in range(20000):
        lat, lon = rng.uniform(-88, 88), rng.uniform(-179, 179)
        reach = rng.choice([10.0, 25.0, 60.0, 249.0])
        cells = _cells_within(lat, lon, reach)
        if cells is None:
            continue
        angle = rng.uniform(0, 2 * math.pi)
        for step in (0.2, 0.6, 0.9, 0.99, 1.0):  # degrees, scaled below to land near the edge of reach
            other = (lat + step * reach / 111.2 * math.sin(angle),
                     lon + step * reach / (111.2 * max(0.05, math.cos(math.radians(lat)))) * math.cos(angle))
            if -90 < other[0] < 90 and haversine_km(lat, lon, *other) <= reach:
                checked += 1
                assert _cell(*other) in cells, (lat, lon, reach, other)
    assert checked > 10000


def _quadratic_merge_within(incidents: list[Incident]) -> list[Incident]:
    """The within-article merge as it was before its index: each incident scans every kept one."""
    from geomap.incidents import _contains, _merge

    out: list[Incident] = []
    for incident in incidents:
        twin = next((o for o in out if o.event_type == incident.event_type and o.sub_event_type == incident.sub_event_type
                     and _compatible(o, incident) and o.mention.place and incident.mention.place
                     and (o.mention.place.id == incident.mention.place.id or _contains(o.mention, incident.mention)
                          or _contains(incident.mention, o.mention))
                     and ({o.actor1, o.actor2} & {incident.actor1, incident.actor2} - {""})), None)
        if twin is not None:
            _merge(twin, incident)
        else:
            out.append(incident)
    return out


def _everything(merged: list[Incident]) -> list[tuple]:
    return [(i.start, i.end, i.event_type, i.sub_event_type, i.actor1, i.actor2, i.mention.place_id, i.mention.lat,
             i.mention.lon, i.mention.geo_precision, i.mention.uncertainty_km, i.fatalities, i.when, list(i.notes),
             i.confidence) for i in merged]


@settings(max_examples=400, deadline=None)
@given(incidents(), st.data())
def test_the_within_article_merge_finds_the_twins_comparing_with_every_kept_one_finds(found, data):
    """Filed by type, place and extent (geomap.incidents._KeptOfType), including kept rows a merge moved."""
    from geomap.incidents import _merge_within

    district = Place("p4", "Mhardeh district", "district", "SY", 35.35, 36.61, 3, 20.0, "test")  # holds p1, p2
    for incident in found:  # sub-types; towns told at a region's precision; a district around the towns
        incident.sub_event_type = data.draw(st.sampled_from(["", "", "Armed clash"]))
        choice = data.draw(st.integers(0, 5))
        if choice == 0:
            incident.mention = dataclasses.replace(incident.mention, geo_precision=3)
        elif choice == 1:  # a narrower circle than a town told at precision 3: a merge moves that row here
            incident.mention = Mention(0, 5, district.name, [district], district, district.lat, district.lon, 3,
                                       data.draw(st.sampled_from([20.0, 8.0])))
    assert _everything(_merge_within(copy.deepcopy(found))) == _everything(_quadratic_merge_within(copy.deepcopy(found)))
