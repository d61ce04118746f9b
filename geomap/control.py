"""Control assertions: who holds, took or besieges a place, on what date, by which sentence.

``control_claims`` reads one sentence and returns every assertion it makes; the
holder is the actor the sentence says holds, takes or keeps the place:

- the possessor: "the ISIS stronghold of X", "its Raqqa stronghold", "ISIS-held X",
  "under ISIS control", "the U.S. base at X", "their positions in X";
- the subject of a verb of holding ("the US occupies X", "it has a presence in X,
  Y and Z") or of taking ("the army took back X", "rebels seized X", "X has
  fallen into our hands": the speaker's group); the side named after "from" or
  "against", or in "previously ISIS-held", is ``lost_by``;
- for a siege, the side inside ("the army surrounded X": X is held by the group
  the article is about, ``besieged``, with the besieger as ``contested_with``).

Statuses: ``controls``, ``captured``, ``besieged``, ``contested``, ``lost``.
A sentence that names no place for a capture takes the place the previous
sentences named ("recaptured the last remaining ISIS territory" after "Baghuz").
``control_geodataframe`` makes the layer ``geomap run`` writes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .regex_cache import compiled
from .articles import Article, one_line
from .events import Actor, dated_actor, find_actors, resolve_date
from .geoparse import Mention

__all__ = ["ControlClaim", "asserts_control", "control_claims", "control_geodataframe"]

STATUSES = ("controls", "captured", "besieged", "contested", "lost")


@dataclass(frozen=True)
class ControlClaim:
    """A dated assertion that an actor holds (or took, or is besieged in) a place."""

    actor: str
    mention: Mention
    as_of: date | None
    time_precision: int | None
    status: str  # one of STATUSES
    evidence: str
    article_id: str
    char_start: int
    char_end: int
    contested_with: str = ""
    lost_by: str = ""


_ACTOR_WORD = (r"ISIS|ISIL|IS|Islamic State|Daesh|regime|government|rebel|opposition|SDF|YPG|HTS|Kurdish|Turkish|"
               r"U\.?S\.?|American|Russian|Iranian")
_HELD = compiled(r"\b(?P<previously>previously |formerly |once )?(?P<actor>" + _ACTOR_WORD + r")[- ](?:held|controlled)\b")
_STRONGHOLD_OF = compiled(r"\b(?P<actor>" + _ACTOR_WORD + r")\s+(?:stronghold|bastion|capital)\s+of\b")
_ITS_STRONGHOLD = compiled(r"\b(?:its|their)\s+(?P<what>(?:[\w'’-]+\s+){0,3}?)(?:stronghold|bastion|capital)\b", re.I)
_UNDER_CONTROL = compiled(r"\bunder\s+(?:the\s+)?(?:control of\s+(?:the\s+)?(?P<a1>[\w'’.\- ]{2,40}?)(?=[,.;]|\s+(?:in|since|for|and)\b|$)"
                          r"|(?P<a2>[\w'’.\- ]{2,40}?)\s+control)\b", re.I)
_BASE_AT = compiled(r"\b(?P<actor>U\.?S\.?|American|Russian|Turkish|Iranian|coalition)(?:-led)?\s+(?:military\s+)?"
                    r"(?:base|garrison|outpost|forces)\s+(?:at|in|near)\b", re.I)
_POSITIONS_IN = compiled(r"\b(?:its|their)\s+(?:military\s+)?positions\s+(?:in|around|near|on)\b", re.I)
_HOLDING = compiled(r"\b(?:occupies|occupied|occupy|occupying|still (?:holds?|controls?)|holds?|controls|retains?|"
                    r"(?:has|have|maintains?|keeps?) (?:a |an )?(?:\w+ )?presence in)\b", re.I)
_TAKING = compiled(r"\b(?:recaptured|retook|retaken|taking back|took back|seized(?: control of)?|captured|cleared|"
                   r"liberated|took control of|taken control of|gained control of|regained|overran|overrun)\b", re.I)
_FALLEN = compiled(r"\b(?:ha(?:ve|s|d) )?fallen into (?P<whose>our|their|its|the hands of (?P<actor>[\w'’.\- ]{2,40}?))"
                   r"(?:\s+hands)?\b", re.I)
_SIEGE = compiled(r"\b(?:besieged|encircled|surrounded|laid siege to|besieging|encircling)\b", re.I)
_PLANNED = compiled(r"\b(?:to|will|would|could|plans? to|aims? to|prepares? to|trying to|attempt(?:ed|s)? to|"
                    r"push to|bid to|seeks? to|in order to)\s+(?:\w+\s+){0,2}$", re.I)
_OBJECT_BEFORE = compiled(r"\b(?:against|from|of|on|at|with|toward|towards|by)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}$", re.I)
_CLAUSE_END = compiled(r"[;:]|,?\s+\b(?:but|while|whereas|although|though|as (?=the|it|they|its|their))\b|\.\s",
                       re.I)


# A sentence none of the patterns match asserts no control. Each pattern needs one of its words (a substring
# test costs far less than a search; a pattern given a new word must add it here: tests/test_control.py checks
# every sentence the tests read), so a sentence is searched only with the patterns whose words it holds:
# "forces" alone, in most incident reports, leaves one pattern of the ten to try.
_PATTERN_WORDS = (
    (_HELD, ("held", "controlled")),
    (_STRONGHOLD_OF, ("stronghold", "bastion", "capital")),
    (_ITS_STRONGHOLD, ("stronghold", "bastion", "capital")),
    (_UNDER_CONTROL, ("control",)),
    (_BASE_AT, ("base", "garrison", "outpost", "forces")),
    (_POSITIONS_IN, ("positions",)),
    (_HOLDING, ("occup", "hold", "control", "retain", "presence")),
    (_TAKING, ("recaptur", "retook", "retaken", "back", "seized", "captur", "cleared", "liberat", "control",
               "regained", "overr")),
    (_FALLEN, ("fallen",)),
    (_SIEGE, ("besieg", "encircl", "surround", "siege")),
)
_CONTROL_PATTERNS = tuple(pattern for pattern, _ in _PATTERN_WORDS)


@lru_cache(maxsize=4096)
def _matches(sentence: str) -> dict:
    """Each control pattern's matches in the sentence: a pure reading, cached (sentences repeat)."""
    return {pattern: tuple(pattern.finditer(sentence)) for pattern in _CONTROL_PATTERNS}


@lru_cache(maxsize=16384)
def asserts_control(sentence: str) -> bool:
    """Whether any control pattern matches the sentence (cached: repeated sentences are common)."""
    lowered = sentence.lower()
    for pattern, words in _PATTERN_WORDS:  # loops, not nested any() over generators: asked of every sentence
        for word in words:
            if word in lowered:
                if pattern.search(sentence) is not None:
                    return True
                break
    return False


_PRONOUN_SUBJECT = compiled(r"\b(?:it|the group|the jihadist group|the militants|the jihadists|they)\s+$", re.I)


def control_claims(article: Article, sentence: str, offset: int, here: list[Mention], dominant: str | None,
                   earlier_place: Mention | None = None, focus: Mention | None = None,
                   speaker: str = "") -> list[ControlClaim]:
    """Every control assertion in one sentence (``offset``: where it starts in the article text).

    ``earlier_place``: the last place the previous sentences named, for a capture
    that names none. ``focus``: the place the article is about, for "villages
    under ISIS control" when no sentence nearby names one. ``speaker``: the group
    of the person quoted, for "our hands".
    """
    places = [m for m in here if m.role != "context" and m.place is not None]
    if not (places or earlier_place or focus) or not asserts_control(sentence):
        return []  # no place to hold, or no words of holding or taking
    found = find_actors(sentence, 0, dominant)
    matches = _matches(sentence)
    when = resolve_date(sentence, article.published, article.date_precision)
    claims: list[ControlClaim] = []
    taken: set[tuple[int, str]] = set()  # (mention, status) already asserted in this sentence

    def add(actor: str, mention: Mention | None, status: str, contested_with: str = "", lost_by: str = "") -> None:
        if not actor or mention is None or (id(mention), status) in taken:
            return
        taken.add((id(mention), status))
        claims.append(ControlClaim(actor=dated_actor(actor, when.event_date), mention=mention, as_of=when.event_date,
                                   time_precision=when.time_precision, status=status,
                                   evidence=one_line(sentence), article_id=article.id,
                                   char_start=offset, char_end=offset + len(sentence),
                                   contested_with=(dated_actor(contested_with, when.event_date)
                                                   if contested_with != actor else ""),
                                   lost_by=dated_actor(lost_by, when.event_date) if lost_by != actor else ""))

    def after(position: int, reach: int = 90) -> list[Mention]:
        """Places after ``position`` within ``reach`` characters, in the same clause."""
        stop = _CLAUSE_END.search(sentence, position)
        limit = min(position + reach, stop.start() if stop else len(sentence))
        return [m for m in places if position <= m.start - offset <= limit]

    def before(position: int, reach: int = 160) -> list[Mention]:
        return [m for m in places if 0 <= position - (m.end - offset) <= reach]

    def named(text: str) -> str:
        actors = find_actors(text, 0, dominant)
        return actors[0].canonical if actors else ""

    for m in matches[_STRONGHOLD_OF]:
        add(named(m["actor"]), next(iter(after(m.end())), None), "controls")
    for m in matches[_ITS_STRONGHOLD]:
        inside = [p for p in places if m.start() <= p.start - offset < m.end()]
        add(_subject(sentence, m.start(), found, dominant) or dominant or "",
            inside[0] if inside else next(iter(after(m.end(), 40)), None), "controls")
    for m in matches[_HELD]:
        holder = named(m["actor"])
        where = next(iter(after(m.end(), 60)), None)
        if m["previously"]:
            taker = _subject(sentence, m.start(), found, dominant)
            where = where or _place_of_clause(sentence, m.start(), places, offset) or earlier_place
            add(taker, where, "captured", lost_by=holder)
            add(holder, where, "lost")
        else:
            add(holder, where, "controls")
    for m in matches[_UNDER_CONTROL]:
        holder = named(m["a1"] or m["a2"] or "")
        add(holder, next(iter(reversed(before(m.start()))), None) or earlier_place or focus, "controls")
    for m in matches[_BASE_AT]:
        add(named(m["actor"]) or _country_forces(m["actor"]), next(iter(after(m.end(), 40)), None), "controls")
    for m in matches[_POSITIONS_IN]:
        add(_subject(sentence, m.start(), found, dominant), next(iter(after(m.end(), 80)), None), "controls")
    for m in matches[_HOLDING]:
        if _PLANNED.search(sentence[:m.start()]):
            continue
        holder = _subject(sentence, m.start(), found, dominant)
        for where in _listed(sentence, after(m.end(), 260), offset, loose=True):
            add(holder, where, "controls")
    for m in matches[_TAKING]:
        if _PLANNED.search(sentence[:m.start()]) or re.search(r"\bprevious", sentence[m.end():m.end() + 40], re.I):
            continue  # "an offensive to recapture"; "cleared ... previously ISIS-held": told by _HELD
        taker = _subject(sentence, m.start(), found, dominant)
        loser = _loser(sentence, found, taker, dominant)
        targets = _listed(sentence, after(m.end(), 120), offset) or (
            [earlier_place] if earlier_place is not None else [])
        for where in targets:
            add(taker, where, "captured", lost_by=loser)
    for m in matches[_FALLEN]:
        taker = speaker if m["whose"].lower() == "our" else named(m["actor"] or "")
        add(taker, next(iter(before(m.start())), None) or earlier_place, "captured")
    for m in matches[_SIEGE]:
        if _PLANNED.search(sentence[:m.start()]):
            continue
        besieger = _subject(sentence, m.start(), found, dominant)
        where = next(iter(after(m.end(), 80)), None)
        inside = [a.canonical for a in found if a.start > m.end() and a.canonical != besieger and not a.generic]
        holder = inside[0] if inside else (dominant if dominant and dominant != besieger else "")
        add(holder, where, "besieged", contested_with=besieger)
    return claims


def _listed(sentence: str, places: list[Mention], offset: int, loose: bool = False) -> list[Mention]:
    """The first place after a verb and those listed with it ("X, Y and Z"), not a later clause's.

    ``loose`` allows descriptions between the items ("the As-Safa volcanic field in
    the south, a patch of desert to the east of Palmyra, and several towns ...").
    """
    if not places:
        return []
    out = [places[0]]
    for m in places[1:]:
        gap = sentence[out[-1].end - offset:m.start - offset]
        joined = re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:al-|the\s+)?", gap) or (
            loose and re.search(r"(?:,|\band\b)", gap) and not re.search(r"[.;:]|\b(?:but|while|where|who)\b", gap))
        if not joined:
            break
        out.append(m)
    return out


def _subject(sentence: str, position: int, found: list[Actor], dominant: str | None) -> str:
    """The actor that governs a verb at ``position``: the nearest one before it not marked as an object."""
    head = sentence[:position]
    if _PRONOUN_SUBJECT.search(head[-40:]) and dominant:
        return dominant  # "it has a presence in", "the group holds"
    subjects = [a for a in found if a.end <= position
                and not _OBJECT_BEFORE.search(sentence[max(0, a.start - 30):a.start])]
    if subjects and position - subjects[-1].end <= 20:
        return subjects[-1].canonical  # right before the verb: "the US occupies"
    subjects = [a for a in subjects if not a.generic]
    if subjects:
        return subjects[-1].canonical
    if re.search(r"\b(?:it|its)\b", head[-60:], re.I) and dominant:
        return dominant
    return ""


def _loser(sentence: str, found: list[Actor], taker: str, dominant: str | None) -> str:
    """The side that lost the place: "from ISIS", "against ISIS", else the group the article is about."""
    for a in found:
        if a.canonical != taker and re.search(r"\b(?:from|against)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
                                              sentence[max(0, a.start - 25):a.start], re.I):
            return a.canonical
    return dominant if dominant and dominant != taker else ""


def _place_of_clause(sentence: str, position: int, places: list[Mention], offset: int) -> Mention | None:
    """A place in the same stretch of the sentence, before ``position`` ("in the desert east of X, the army ...")."""
    earlier = [m for m in places if m.start - offset < position]
    return earlier[-1] if earlier else None


def _country_forces(word: str) -> str:
    names = {"us": "Military Forces of the United States", "u.s.": "Military Forces of the United States",
             "american": "Military Forces of the United States", "russian": "Military Forces of Russia",
             "turkish": "Military Forces of Turkey", "iranian": "Military Forces of Iran",
             "coalition": "Global Coalition Against Daesh"}
    return names.get(word.lower().replace(" ", ""), "")


CONTROL_COLUMNS = ["actor", "status", "place", "place_id", "as_of", "time_precision", "contested_with", "lost_by",
                   "geo_precision", "uncertainty_km", "article_id", "evidence", "char_start", "char_end", "latitude",
                   "longitude"]
CONTROL_KINDS = {"as_of": "datetime", "time_precision": "integer", "geo_precision": "integer",
                 "uncertainty_km": "real", "char_start": "integer", "char_end": "integer", "latitude": "real",
                 "longitude": "real"}  # the non-text columns


def _control_values(c: ControlClaim) -> tuple:
    return (c.actor, c.status, c.mention.location, c.mention.place.id if c.mention.place else "", c.as_of,
            c.time_precision, c.contested_with, c.lost_by, c.mention.geo_precision, c.mention.uncertainty_km,
            c.article_id, c.evidence, c.char_start, c.char_end, c.mention.lat, c.mention.lon)


def control_rows(claims: list[ControlClaim]):
    """``control_geodataframe``'s rows as plain values (``io.Rows``), for a GeoPackage written without pandas:
    the date as ISO text, measures as floats, None where the table has no value."""
    from .io import Rows

    return Rows.typed(CONTROL_COLUMNS, CONTROL_KINDS, map(_control_values, claims))


def control_geodataframe(claims: list[ControlClaim]):
    """The control statements as a layer, a tuple a row (as ``incidents.to_geodataframe``, for memory)."""
    import geopandas as gpd
    import pandas as pd
    import shapely

    frame = pd.DataFrame.from_records(map(_control_values, claims), nrows=len(claims), columns=CONTROL_COLUMNS)
    frame["as_of"] = pd.to_datetime(frame["as_of"])
    for column in ("uncertainty_km", "latitude", "longitude"):
        frame[column] = frame[column].astype(float)  # the same types in every batch of a streamed output
    frame["time_precision"] = frame["time_precision"].astype("Int64")  # an undated statement's is empty, not NaN
    geometry = shapely.points(frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
