"""Incidents: sentences with an event, a place and a date become ACLED-like rows.

``extract(inputs)`` is the library entry point: it reads articles, finds and
resolves places, reads events, merges what two sentences or two articles say
about one incident, and returns a GeoDataFrame in EPSG:4326.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from .articles import Article, read_articles
from .events import (Actor, DateGuess, EventCue, actor_inter, claimant, event_cues, fatalities, find_actors,
                     not_an_incident, resolve_date, split_sentences)
from .gazetteer import Gazetteer, haversine_km
from .geoparse import Geoparser, Mention

__all__ = ["Incident", "ControlClaim", "Extraction", "extract", "extract_all", "COLUMNS", "to_geodataframe"]

COLUMNS = ["incident_id", "event_date", "time_precision", "date_start", "date_end", "event_type",
           "sub_event_type", "actor1", "inter1", "actor2", "inter2", "admin1", "location", "latitude",
           "longitude", "geo_precision", "uncertainty_km", "fatalities", "claimed_by", "confidence",
           "source", "article_id", "evidence", "char_start", "char_end", "notes", "place_id"]
STATE_SIDE = {"Military Forces of Syria", "Military Forces of Russia", "Military Forces of Iran",
              "National Defence Forces", "Liwa al-Quds", "Liwa Fatemiyoun", "Hezbollah", "Kata'ib Hezbollah",
              "Military Forces of Turkey", "Military Forces of Iraq", "Military Forces of the United States",
              "Military Forces of Israel", "Global Coalition Against Daesh", "Popular Mobilization Forces"}
ARMED_NON_STATE = ["Islamic State", "Hayat Tahrir al-Sham", "Opposition rebels", "Syrian Democratic Forces",
                   "Turkish-backed factions"]
_LOCATION_PREPOSITION = re.compile(r"\b(in|near|at|on|outside|around|of|into|from|toward|towards|between|across|east|west|north|south)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)
_ORIGIN = re.compile(r"\b(from|to|toward|towards|via|direction of)\s+(?:the\s+)?$", re.I)
_ANAPHOR = re.compile(r"^\s*(?:The|This|That|In the|Earlier, the|Earlier,)\s*(?:\w+\s+){0,2}?(attack|incident|explosion|blast|ambush|strike|bombing|assault|raid)\b", re.I)
_LIST_OF_PLACES = re.compile(r"\b(?:towns|villages|cities|areas|neighbourhoods|neighborhoods)\s+of\s+$", re.I)


@dataclass
class Incident:
    article: Article
    cue: EventCue
    start: int
    end: int
    paragraph: int
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    mention: Mention
    when: DateGuess
    fatalities: int
    claimed_by: str = ""
    confidence: float = 0.5
    notes: list[str] = field(default_factory=list)
    articles: list[tuple[Article, int, int]] = field(default_factory=list)  # merged reports

    @property
    def evidence(self) -> str:
        return re.sub(r"\s+", " ", self.article.text[self.start:self.end]).strip()

    @property
    def incident_id(self) -> str:
        key = f"{self.article.id}|{self.start}|{self.end}|{self.mention.place.id if self.mention.place else ''}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


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


@dataclass
class Extraction:
    incidents: list[Incident]
    control: list[ControlClaim]
    articles: int
    unresolved: list[tuple[str, str]]  # (article id, text that looked like a place)


def _dominant_armed_actor(article: Article) -> str | None:
    """The armed non-state actor an article is mostly about ("the militants" means them)."""
    counts = {}
    for actor in find_actors(article.clean):
        if actor.canonical in ARMED_NON_STATE and not actor.generic:
            counts[actor.canonical] = counts.get(actor.canonical, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _roles(sentence: str, cue: EventCue, found: list[Actor], event_type: str) -> tuple[str, str]:
    """actor1 (who acted) and actor2 (whom it hit), from word order and passive cues."""
    if not found:
        return "", ""
    by = re.search(r"\b(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", sentence[:0])  # placeholder, refined below
    actor1 = actor2 = None
    for actor in found:  # passive: "killed by ISIS", "in Syrian Army strikes"
        prefix = sentence[max(0, actor.start - 12):actor.start].lower()
        if re.search(r"\b(by|in)\s+(?:the\s+|an?\s+)?$", prefix) and actor.start >= cue.start - 40:
            following = sentence[actor.end:actor.end + 25].lower()
            if "by" in prefix or re.match(r"\s*(?:air\s*)?(strikes?|shelling|airstrikes?|raids?|attacks?|bombardment|ambush)", following):
                actor1 = actor
                break
    before = [a for a in found if a.end <= cue.start and a is not actor1]
    after = [a for a in found if a.start >= cue.end and a is not actor1]
    if actor1 is None:
        strong_before = [a for a in before if not a.generic] or before
        actor1 = strong_before[-1] if strong_before else (after[0] if after else None)
    others = [a for a in found if a is not actor1 and a.canonical != (actor1.canonical if actor1 else "")]
    if others:
        after_others = [a for a in others if a.start >= cue.start] or others
        strong = [a for a in after_others if not a.generic] or after_others
        actor2 = strong[0]
    return (actor1.canonical if actor1 else ""), (actor2.canonical if actor2 else "")


def _territory_sub_type(actor1: str) -> str:
    return "Government regains territory" if actor1 in STATE_SIDE else "Non-state actor overtakes territory"


def _pick_location(sentence_start: int, sentence_end: int, cue_at: int, mentions: list[Mention], text: str) -> list[Mention]:
    """The mention(s) that say where: nearest the event word, not an origin ("from X")."""
    inside = [m for m in mentions if sentence_start <= m.start < sentence_end and m.place is not None]
    if not inside:
        return []
    scored = []
    for m in inside:
        before = text[max(sentence_start, m.start - 40):m.start]
        score = abs(m.start - cue_at) / 100.0
        if _ORIGIN.search(before):
            score += 2
        if not _LOCATION_PREPOSITION.search(before):
            score += 1
        if m.place.country != "SY":
            score += 1.5
        if m.place.feature in ("governorate", "desert") and m.relation == "":
            score += 0.8  # a province is where, only if nothing finer is named
        scored.append((score, m))
    scored.sort(key=lambda s: s[0])
    best = scored[0][1]
    # "shelled the towns of Duma, Arbin and Kafr Batna": one incident per listed place
    listed = [best]
    if _LIST_OF_PLACES.search(text[max(sentence_start, best.start - 30):best.start]):
        for _, m in scored[1:]:
            gap = text[listed[-1].end:m.start] if m.start > listed[-1].end else ""
            if m.start > best.start and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:al-|the\s+)?", gap):
                listed.append(m)
    return listed


def _confidence(incident_parts: dict) -> float:
    score = 0.35
    if incident_parts["explicit_date"]:
        score += 0.15
    if incident_parts["actor1"] and incident_parts["actor2"]:
        score += 0.15
    if incident_parts["geo_precision"] == 1:
        score += 0.15
    elif incident_parts["geo_precision"] == 2:
        score += 0.05
    if incident_parts["in_sentence"]:
        score += 0.1
    if incident_parts["claimed"]:
        score -= 0.1
    return round(max(0.05, min(0.95, score)), 2)


def _article_incidents(article: Article, geoparser: Geoparser, unresolved: list) -> tuple[list[Incident], list[ControlClaim]]:
    text = article.clean
    mentions = geoparser.parse(text)
    dominant = _dominant_armed_actor(article)
    incidents: list[Incident] = []
    control: list[ControlClaim] = []
    previous_place: Mention | None = None
    previous_paragraph = -1
    last_date: DateGuess | None = None
    for start, end, paragraph in split_sentences(text):
        sentence = text[start:end]
        if paragraph != previous_paragraph:
            last_date = None
        here = [m for m in mentions if start <= m.start < end]
        control.extend(_control_claims(article, sentence, start, here, dominant))
        when = resolve_date(sentence, article.published, article.date_precision)
        if when.explicit and not when.claim:
            last_date = when
        elif not when.explicit and last_date is not None:
            when = last_date
        cues = event_cues(sentence)
        anaphoric = _ANAPHOR.match(sentence) is not None
        if not cues:
            if anaphoric and incidents and here:
                _add_alternative_place(incidents[-1], here[0])
            if here:
                previous_place, previous_paragraph = here[-1], paragraph
            continue
        cue = cues[0]
        why = not_an_incident(sentence, cue)
        if why:
            if here:
                previous_place, previous_paragraph = here[-1], paragraph
            continue
        found = find_actors(sentence, 0, dominant)
        event_type, sub_type = cue.event_type, cue.sub_event_type
        actor1, actor2 = _roles(sentence, cue, found, event_type)
        dead, dead_phrase = fatalities(sentence)
        victims_civilian = bool(re.search(r"\b(civilians?|women and children|villagers|residents|a (?:man|woman|child|boy|girl))\b", sentence, re.I))
        if event_type == "Battles" and victims_civilian and not any(a.canonical in ARMED_NON_STATE or a.canonical in STATE_SIDE for a in found if a.canonical != actor1):
            event_type, sub_type = "Violence against civilians", "Attack"
        if sub_type == "Territory":
            sub_type = _territory_sub_type(actor1)
        if event_type == "Violence against civilians" or (event_type == "Explosions/Remote violence" and victims_civilian and not actor2):
            actor2 = "Civilians" if actor2 in ("", actor1) or actor_inter(actor2) != 7 else actor2
            if event_type == "Violence against civilians":
                actor2 = "Civilians"
        if event_type == "Explosions/Remote violence" and not actor1:
            actor1 = "Unidentified Armed Group"
        if event_type == "Explosions/Remote violence" and re.search(r"\b(former rebel commander|commander|official|mukhtar)\b", sentence) and actor2 in ("", "Opposition rebels") and re.search(r"\bformer\b", sentence):
            actor2 = "Civilians"  # a former fighter at home is a civilian target (ACLED convention)
        if not actor2 and event_type == "Battles" and dominant and actor1 != dominant:
            actor2 = dominant
        if actor1 == actor2:
            actor2 = ""
        claimed = claimant(sentence, found) if dead else ""
        located = _pick_location(start, end, start + cue.start, mentions, text)
        in_sentence = bool(located)
        if not located and previous_place is not None and previous_paragraph >= paragraph - 1:
            located = [previous_place]
        if not located:
            if cue.weight >= 2:
                unresolved.append((article.id, sentence.strip()[:120]))
            continue
        for place_mention in located:
            parts = {"explicit_date": when.explicit, "actor1": actor1, "actor2": actor2,
                     "geo_precision": place_mention.geo_precision, "in_sentence": in_sentence, "claimed": bool(claimed)}
            incident = Incident(article=article, cue=cue, start=start, end=end, paragraph=paragraph,
                                event_type=event_type, sub_event_type=sub_type, actor1=actor1, actor2=actor2,
                                mention=place_mention, when=when, fatalities=dead or 0, claimed_by=claimed,
                                confidence=_confidence(parts))
            if not in_sentence:
                incident.notes.append(f"place taken from the previous sentence: {place_mention.location}")
            if when.reason:
                incident.notes.append(f"date: {when.reason}")
            if dead_phrase:
                incident.notes.append(f"fatalities from: {dead_phrase}")
            if anaphoric and incidents and incidents[-1].article is article and _compatible(incidents[-1], incident, loose=True):
                _merge(incidents[-1], incident)
            else:
                incidents.append(incident)
        previous_place, previous_paragraph = located[-1], paragraph
    return _merge_within(incidents), control


def _add_alternative_place(incident: Incident, mention: Mention) -> None:
    """Two sources put one incident in two places: keep the point, widen the circle."""
    here = incident.mention
    if mention.place is None or here.lat is None:
        return
    apart = haversine_km(here.lat, here.lon, mention.lat, mention.lon)
    if apart > here.uncertainty_km:
        here.uncertainty_km = round(apart + mention.uncertainty_km, 1)
        here.geo_precision = max(here.geo_precision, 2 if apart < 50 else 3)
        incident.notes.append(f"also reported at {mention.location} ({apart:.0f} km away): uncertainty widened")


def _compatible(a: Incident, b: Incident, loose: bool = False) -> bool:
    if a.event_type != b.event_type and not loose:
        return False
    ad, bd = a.when, b.when
    if ad.event_date and bd.event_date:
        lo_a, hi_a = ad.date_start or ad.event_date, ad.date_end or ad.event_date
        lo_b, hi_b = bd.date_start or bd.event_date, bd.date_end or bd.event_date
        if lo_a > hi_b or lo_b > hi_a:
            if not (loose and (not ad.explicit or not bd.explicit)):
                return False
    reach = max(a.mention.uncertainty_km, b.mention.uncertainty_km, 10.0)
    if haversine_km(a.mention.lat, a.mention.lon, b.mention.lat, b.mention.lon) > reach and not loose:
        return False
    return True


_SPECIFIC = {"Explosions/Remote violence": 3, "Violence against civilians": 2, "Battles": 1,
             "Strategic developments": 0, "Protests": 0}


def _merge(kept: Incident, other: Incident) -> None:
    """Fold ``other`` into ``kept``: the more specific type, the better place, the surer date."""
    if _SPECIFIC.get(other.event_type, 0) > _SPECIFIC.get(kept.event_type, 0) or (
            other.event_type == kept.event_type and other.cue.weight > kept.cue.weight):
        kept.event_type, kept.sub_event_type, kept.cue = other.event_type, other.sub_event_type, other.cue
    if other.mention.geo_precision < kept.mention.geo_precision or (
            other.mention.geo_precision == kept.mention.geo_precision
            and other.mention.uncertainty_km < kept.mention.uncertainty_km):
        previous = kept.mention
        kept.mention = other.mention
        _add_alternative_place(kept, previous)
    else:
        _add_alternative_place(kept, other.mention)
    if (other.when.explicit and not other.when.claim) and (not kept.when.explicit or kept.when.claim
                                                           or (other.when.time_precision or 9) < (kept.when.time_precision or 9)):
        kept.when = other.when
    if other.fatalities > kept.fatalities:
        kept.fatalities, kept.claimed_by = other.fatalities, other.claimed_by
    kept.actor1 = kept.actor1 or other.actor1
    if not kept.actor2 or kept.actor2 == kept.actor1:
        kept.actor2 = other.actor2 if other.actor2 != kept.actor1 else kept.actor2
    kept.start, kept.end = min(kept.start, other.start), max(kept.end, other.end) if other.article is kept.article else kept.end
    kept.confidence = max(kept.confidence, other.confidence)
    kept.notes.extend(n for n in other.notes if n not in kept.notes)


def _merge_within(incidents: list[Incident]) -> list[Incident]:
    """One article telling one incident twice (same type, place and time) gives one row."""
    out: list[Incident] = []
    for incident in incidents:
        twin = next((o for o in out if o.event_type == incident.event_type and o.sub_event_type == incident.sub_event_type
                     and _compatible(o, incident) and o.mention.place and incident.mention.place
                     and (o.mention.place.id == incident.mention.place.id)), None)
        if twin is not None:
            _merge(twin, incident)
        else:
            out.append(incident)
    return out


def _merge_across(incidents: list[Incident]) -> list[Incident]:
    """The same incident reported by two articles becomes one row citing both."""
    out: list[Incident] = []
    for incident in incidents:
        twin = next((o for o in out if o.article.id != incident.article.id and o.event_type == incident.event_type
                     and _compatible(o, incident) and o.when.time_precision == 1 and incident.when.time_precision == 1
                     and ({o.actor1, o.actor2} & {incident.actor1, incident.actor2} - {""})), None)
        if twin is not None:
            twin.articles.append((incident.article, incident.start, incident.end))
            twin.fatalities = max(twin.fatalities, incident.fatalities)
        else:
            out.append(incident)
    return out


_CONTROL = [
    (re.compile(r"\bunder\s+(?P<actor>[\w'’.\- ]{2,40}?)\s+control\b", re.I), "controls"),
    (re.compile(r"\b(?P<actor>ISIS|IS|ISIL|Islamic State|regime|government|rebel|opposition|SDF|HTS|Kurdish)[- ]held\b", re.I), "controls"),
    (re.compile(r"\b(?P<actor>ISIS|ISIL|Islamic State|IS)\s+stronghold\b|\b(?:its|their)\s+(?:\w+\s+)?stronghold\b", re.I), "controls"),
    (re.compile(r"\bheld by\s+(?P<actor>[\w'’.\- ]{2,40}?)\b(?:[,.;]|$)", re.I), "controls"),
    (re.compile(r"\b(?:recaptured|retook|taking back|took back|seized|captured|cleared|liberated|took control of|seized control of)\b", re.I), "captured"),
    (re.compile(r"\b(?:besieged|encircled|surrounded)\b", re.I), "besieged"),
    (re.compile(r"\boccup(?:ies|ied|y)\b", re.I), "controls"),
]


def _control_claims(article: Article, sentence: str, offset: int, here: list[Mention], dominant: str | None) -> list[ControlClaim]:
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


def extract_all(inputs: Iterable, gazetteer: Gazetteer | None = None, progress=None) -> Extraction:
    """Read every article and return incidents, control claims and what could not be placed."""
    gazetteer = gazetteer or Gazetteer.default()
    geoparser = Geoparser(gazetteer)
    incidents, control, unresolved = [], [], []
    count = 0
    articles = inputs if _are_articles(inputs) else read_articles(inputs)
    for article in articles:
        count += 1
        found, claims = _article_incidents(article, geoparser, unresolved)
        incidents.extend(found)
        control.extend(claims)
        if progress:
            progress(count)
    return Extraction(_merge_across(incidents), control, count, unresolved)


def _are_articles(inputs) -> bool:
    return isinstance(inputs, list) and bool(inputs) and all(isinstance(a, Article) for a in inputs)


def to_geodataframe(incidents: list[Incident]):
    """The incident table: one row an incident, EPSG:4326, ACLED names where ACLED has them."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    rows = []
    for inc in incidents:
        place = inc.mention.place
        article_ids = [inc.article.id] + [a.id for a, _, _ in inc.articles]
        sources = [inc.article.outlet or inc.article.id] + [a.outlet or a.id for a, _, _ in inc.articles]
        evidence = [inc.evidence] + [re.sub(r"\s+", " ", a.text[s:e]).strip() for a, s, e in inc.articles]
        rows.append({
            "incident_id": inc.incident_id,
            "event_date": inc.when.event_date, "time_precision": inc.when.time_precision,
            "date_start": inc.when.date_start, "date_end": inc.when.date_end,
            "event_type": inc.event_type, "sub_event_type": inc.sub_event_type,
            "actor1": inc.actor1, "inter1": actor_inter(inc.actor1), "actor2": inc.actor2,
            "inter2": actor_inter(inc.actor2),
            "admin1": place.admin1 if place else "", "location": inc.mention.location,
            "latitude": round(inc.mention.lat, 5), "longitude": round(inc.mention.lon, 5),
            "geo_precision": inc.mention.geo_precision, "uncertainty_km": inc.mention.uncertainty_km,
            "fatalities": int(inc.fatalities), "claimed_by": inc.claimed_by, "confidence": inc.confidence,
            "source": "; ".join(dict.fromkeys(sources)), "article_id": ";".join(dict.fromkeys(article_ids)),
            "evidence": " | ".join(evidence), "char_start": inc.start, "char_end": inc.end,
            "notes": "; ".join(inc.notes + [f"place source: {place.source}" if place else ""]).strip("; "),
            "place_id": place.id if place else "",
        })
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for column in ("event_date", "date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column])
    for column in ("time_precision", "inter1", "inter2", "geo_precision", "char_start", "char_end", "fatalities"):
        frame[column] = frame[column].astype("Int64")
    geometry = [Point(lon, lat) for lon, lat in zip(frame["longitude"], frame["latitude"])]
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


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


def extract(inputs, gazetteer: Gazetteer | None = None):
    """Incidents from articles as a GeoDataFrame (EPSG:4326, one row an incident)."""
    if isinstance(inputs, (str, bytes)) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]
    return to_geodataframe(extract_all(list(inputs) if not isinstance(inputs, list) else inputs, gazetteer).incidents)
