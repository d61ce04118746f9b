"""Control assertions: who holds, took or besieges a place, on what date, by which sentence.

``control_claims`` reads one sentence; ``control_geodataframe`` makes the layer
that ``geomap run`` writes beside the incidents.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .articles import Article
from .events import find_actors, not_an_incident, resolve_date
from .geoparse import Mention

__all__ = ["ControlClaim", "control_claims", "control_geodataframe"]


@dataclass
class ControlClaim:
    """A dated assertion that an actor holds (or besieges) a place."""

    actor: str
    mention: Mention
    as_of: date | None
    time_precision: int | None
    status: str  # controls / captured / besieged / contested
    evidence: str
    article_id: str
    char_start: int
    char_end: int
    contested_with: str = ""


_CONTROL = [
    (re.compile(r"\bunder\s+(?P<actor>[\w'’.\- ]{2,40}?)\s+control\b", re.I), "controls"),
    (re.compile(r"\b(?P<actor>ISIS|IS|ISIL|Islamic State|regime|government|rebel|opposition|SDF|HTS|Kurdish)[- ]held\b", re.I), "controls"),
    (re.compile(r"\b(?P<actor>ISIS|ISIL|Islamic State|IS)\s+stronghold\b|\b(?:its|their)\s+(?:\w+\s+)?stronghold\b", re.I), "controls"),
    (re.compile(r"\bheld by\s+(?P<actor>[\w'’.\- ]{2,40}?)\b(?:[,.;]|$)", re.I), "controls"),
    (re.compile(r"\b(?:recaptured|retook|taking back|took back|seized|captured|cleared|liberated|took control of|seized control of)\b", re.I), "captured"),
    (re.compile(r"\b(?:besieged|encircled|surrounded)\b", re.I), "besieged"),
    (re.compile(r"\boccup(?:ies|ied|y)\b", re.I), "controls"),
]


def control_claims(article: Article, sentence: str, offset: int, here: list[Mention], dominant: str | None) -> list[ControlClaim]:
    """At most one assertion per sentence: who holds, took or besieges the place nearest the cue."""
    if not here or not_an_incident(sentence) in ("not yet",):
        return []
    claims = []
    found = find_actors(sentence, 0, dominant)
    for pattern, status in _CONTROL:
        m = pattern.search(sentence)
        if not m:
            continue
        holder = ""
        named = m.groupdict().get("actor")
        if named:
            named_actors = find_actors(named, 0, dominant)
            holder = named_actors[0].canonical if named_actors else ""
        if not holder:
            before = [a for a in found if a.end <= m.start() and not a.generic] or [a for a in found if a.end <= m.start()]
            holder = before[-1].canonical if before else (dominant or "")
            if m.group().lower().startswith(("its", "their")) and dominant:
                holder = dominant
        if not holder:
            continue
        place = min(here, key=lambda mm: abs((mm.start - offset) - m.start()))
        when = resolve_date(sentence, article.published, article.date_precision)
        others = [a.canonical for a in found if a.canonical != holder and not a.generic]
        claims.append(ControlClaim(actor=holder, mention=place, as_of=when.event_date, time_precision=when.time_precision,
                                   status=status, evidence=re.sub(r"\s+", " ", sentence).strip(), article_id=article.id,
                                   char_start=offset, char_end=offset + len(sentence),
                                   contested_with=others[0] if status in ("besieged", "captured") and others else ""))
        break
    return claims


def control_geodataframe(claims: list[ControlClaim]):
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    rows = [{"actor": c.actor, "status": c.status, "place": c.mention.location,
             "place_id": c.mention.place.id if c.mention.place else "", "as_of": c.as_of,
             "time_precision": c.time_precision, "contested_with": c.contested_with,
             "geo_precision": c.mention.geo_precision, "uncertainty_km": c.mention.uncertainty_km,
             "article_id": c.article_id, "evidence": c.evidence, "char_start": c.char_start, "char_end": c.char_end,
             "latitude": c.mention.lat, "longitude": c.mention.lon} for c in claims]
    frame = pd.DataFrame(rows, columns=["actor", "status", "place", "place_id", "as_of", "time_precision",
                                        "contested_with", "geo_precision", "uncertainty_km", "article_id",
                                        "evidence", "char_start", "char_end", "latitude", "longitude"])
    frame["as_of"] = pd.to_datetime(frame["as_of"])
    return gpd.GeoDataFrame(frame, geometry=[Point(x, y) for x, y in zip(frame["longitude"], frame["latitude"])],
                            crs="EPSG:4326")
