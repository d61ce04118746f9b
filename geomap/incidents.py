"""Incidents: sentences with an event, a place and a date become ACLED-like rows.

``extract(inputs)`` is the library entry point: it reads articles, finds and
resolves places, reads events, merges what two sentences or two articles say
about one incident, and returns a GeoDataFrame in EPSG:4326.

Fatalities follow one convention: the most conservative number the sentence
supports; empty (not 0) when the text says an unknown number died; and one
total for several listed places ("shelled X, Y and Z, killing 4") goes on the
first place's row, with 0 on the others and a note on every row saying so, so
that the column sums to what the reports say.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Iterable

from .articles import Article, read_articles
from .control import ControlClaim, control_claims, control_geodataframe
from .events import (Actor, DateGuess, EventCue, actor_inter, actor_side, claimant, event_cues, fatalities, find_actors,
                     not_an_incident, resolve_date, split_sentences)
from .gazetteer import Gazetteer, haversine_km
from .geoparse import Geoparser, Mention

__all__ = ["Incident", "ControlClaim", "Extraction", "extract", "extract_all", "COLUMNS", "to_geodataframe",
           "control_geodataframe"]

COLUMNS = ["incident_id", "event_date", "time_precision", "date_start", "date_end", "event_type",
           "sub_event_type", "actor1", "inter1", "actor2", "inter2", "admin1", "location", "latitude",
           "longitude", "geo_precision", "uncertainty_km", "fatalities", "claimed_by", "confidence",
           "source", "article_id", "evidence", "char_start", "char_end", "notes", "place_id"]
UNKNOWN_DEAD = "an unknown number"  # what events.fatalities returns when deaths have no number
_LOCATION_PREPOSITION = re.compile(r"\b(in|near|at|on|outside|around|of|into|from|toward|towards|between|across|east|west|north|south)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)
_ORIGIN = re.compile(r"\b(from|to|toward|towards|via|direction of)\s+(?:the\s+)?$", re.I)
_ANAPHOR = re.compile(r"^\s*(?:The|This|That|In the|Earlier, the|Earlier,)\s*(?:[\w,]+\s+){0,6}?(attack|incident|explosion|blast|ambush|strike|bombing|assault|raid|assassination|killing|operation)\b", re.I)
_TOPIC = re.compile(r"\b(?:occupation|invasion|annexation|fall|siege)\s+of\s+(?:the\s+)?$|"
                    r"\b(?:for|mourning|commemorat\w+)\s+(?:[\w-]+\s+){0,3}?(?:killed|died|fallen)\s+in\s+(?:the\s+)?$|"
                    r"\bsolidarity with\s+(?:the\s+)?$", re.I)
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
    fatalities_unknown: bool = False  # "an unknown number of casualties": not 0
    confidence: float = 0.5
    notes: list[str] = field(default_factory=list)
    articles: list[tuple[Article, int, int]] = field(default_factory=list)  # merged reports
    sentence_number: int = 0

    @property
    def evidence(self) -> str:
        return re.sub(r"\s+", " ", self.article.text[self.start:self.end]).strip()

    @property
    def incident_id(self) -> str:
        key = f"{self.article.id}|{self.start}|{self.end}|{self.mention.place.id if self.mention.place else ''}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@dataclass
class Extraction:
    incidents: list[Incident]
    control: list[ControlClaim]
    articles: int
    unresolved: list[tuple[str, str]]  # (article id, text that looked like a place)


def _dominant_armed_actor(article_actors: list[Actor]) -> str | None:
    """The armed non-state actor an article is mostly about ("the militants" means them)."""
    counts = {}
    for actor in article_actors:
        if actor_side(actor.canonical) == "armed" and not actor.generic:
            counts[actor.canonical] = counts.get(actor.canonical, 0) + 1
    return max(counts, key=counts.get) if counts else None


_OBJECT_MARKER = re.compile(r"\b(against|on|at|targeting|from|with|of|toward|towards|hit|struck|killing|killed)\s+(?:the\s+|an?\s+|\d+\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def _roles(sentence: str, cue: EventCue, found: list[Actor], event_type: str) -> tuple[str, str]:
    """actor1 (who acted) and actor2 (whom it hit), from word order and passive cues.

    The subject is the earliest actor before the event word that no preposition
    marks as an object ("the army ... against ISIS"); a passive "by X" or
    "in X strikes" names the actor outright.
    """
    if not found:
        return "", ""
    actor1 = None
    for actor in found:  # passive: "killed by ISIS", "in Syrian Army strikes"
        prefix = sentence[max(0, actor.start - 12):actor.start].lower()
        following = sentence[actor.end:actor.end + 25].lower()
        if re.search(r"\bby\s+(?:the\s+|an?\s+)?$", prefix) or (
                re.search(r"\bin\s+(?:the\s+|an?\s+)?$", prefix)
                and re.match(r"\s*(?:air\s*)?(strikes?|shelling|airstrikes?|raids?|attacks?|bombardment|ambush)", following)):
            actor1 = actor
            break
    if actor1 is None:
        subjects = [a for a in found if a.start < cue.start and a.inter != 7
                    and not _OBJECT_MARKER.search(sentence[max(0, a.start - 40):a.start])]
        strong = [a for a in subjects if not a.generic] or subjects
        actor1 = strong[0] if strong else None
    rest = [a for a in found if a is not actor1 and (actor1 is None or a.canonical != actor1.canonical)]
    objects = [a for a in rest if a.start >= cue.start or _OBJECT_MARKER.search(sentence[max(0, a.start - 40):a.start])]
    pool = objects or rest
    strong = [a for a in pool if not a.generic] or pool
    actor2 = strong[0] if strong else None
    return (actor1.canonical if actor1 else ""), (actor2.canonical if actor2 else "")


def _territory_sub_type(actor1: str) -> str:
    return "Government regains territory" if actor_side(actor1) == "state" else "Non-state actor overtakes territory"


def _pick_location(unit_start: int, unit_end: int, cue_at: int, cue_end: int, mentions: list[Mention],
                   text: str) -> list[Mention]:
    """The mention(s) that say where: nearest the event word, not an origin ("from X")."""
    inside = [m for m in mentions if unit_start <= m.start < unit_end and m.place is not None]
    if not inside:
        return []
    scored = []
    for m in inside:
        before = text[max(unit_start, m.start - 40):m.start]
        score = abs(m.start - cue_at) / 100.0
        if 0 <= m.start - cue_end <= 50:
            score -= 0.6  # the object of the event word: "shelled the town of X", "taking back X"
        if _ORIGIN.search(before) or _TOPIC.search(before):
            score += 2  # "from X"; "against the occupation of X", "for soldiers killed in X": not where
        if not _LOCATION_PREPOSITION.search(before):
            score += 1
        if m.place.country != "SY":
            score += 1.5
        if m.role == "context":
            score += 3  # "Morek in Hama": the governorate says which Morek, not where
        elif m.place.feature in REGION_FEATURES and m.geo_precision == 3:
            score += 0.8  # a province ("southern Idleb" too) is where, only if nothing finer is named
        scored.append((score, m))
    scored.sort(key=lambda s: s[0])
    best = scored[0][1]
    # "shelled the towns of Duma, Arbin and Kafr Batna": one incident per listed place
    listed = [best]
    if _LIST_OF_PLACES.search(text[max(unit_start, best.start - 30):best.start]):
        for m in sorted((m for _, m in scored[1:] if m.start > best.start), key=lambda m: m.start):
            gap = text[listed[-1].end:m.start]
            if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:al-|the\s+)?", gap):
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


# Sentences that give background, not a dated event: habitual or perfect aspect, "in recent weeks".
_BACKGROUND = re.compile(r"\b(?:ha(?:s|ve|d) (?:long )?(?:seen|witnessed|experienced|been the scene of|been the site of)|"
                         r"in (?:the )?recent (?:days|weeks|months|years)|over the (?:past|last) (?:few )?(?:days|weeks|months|years)|"
                         r"(?<!of )this year|since the (?:start|beginning) of|"
                         r"(?:frequently|regularly|repeatedly|often|routinely|periodically) (?:\w+ ){0,2}?"
                         r"(?:shell|target|attack|clash|bomb|raid|strike)|"
                         r"(?:is|are|was|were) (?:frequently|regularly|often) (?:the )?(?:target|scene|site))", re.I)
_CLAUSE_BREAK = re.compile(r",?\s+(?=(?:after|before|when|while|whereas|but|although|following|as the|as it)\b)|;\s+|:\s+|\s+[–—]\s+")
_IMPLICIT_PLACE = re.compile(r"\b(the area|this area|in the area|there|here|the village|the town|the city|nearby|"
                             r"vicinity|villages|the field|the front|the region|the outskirts|"
                             r"in the (?:attack|assault|raid|ambush|incident|explosion|blast))\b", re.I)
_TERRITORY_OBJECT = re.compile(r"\b(areas?|territory|village|villages|town|towns|city|hills?|positions?|slopes|"
                               r"desert|region|district|neighbourhoods?|neighborhoods?|square (?:km|miles)|base|field|"
                               r"countryside|pocket|stronghold|control)\b", re.I)
_ATTACK_ON_SETTLEMENT = re.compile(r"\battack on (?:the\s+)?(?:\w+\s+)?(?:city|town|village)\b", re.I)
_CIVILIAN_VICTIMS = re.compile(r"\b(civilians?|women and children|villagers|residents|a (?:man|woman|child|boy|girl)|"
                               r"shepherds?|farmers?|people)\b", re.I)


def _clauses(start: int, end: int, text: str) -> list[tuple[int, int]]:
    pieces, cursor = [], start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() - cursor > 15:
            pieces.append((cursor, m.start()))
            cursor = m.end()
    pieces.append((cursor, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


def _inside_quote(text: str, paragraph_start: int, position: int) -> bool:
    """Speech in quotation marks is opinion or plan more often than report."""
    chunk = text[paragraph_start:position]
    curly = chunk.count("“") - chunk.count("”")
    return curly > 0 or (chunk.count('"') % 2 == 1)


def _focus_place(mentions: list[Mention]) -> Mention | None:
    """The Syrian settlement an article names most: where "the area" is when nothing else says."""
    counts: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.place and m.place.country == "SY" and m.place.feature not in ("governorate", "area", "desert") and not m.relation:
            counts.setdefault(m.place.id, []).append(m)
    if not counts:
        return None
    best = max(counts.values(), key=len)
    return best[0] if len(best) >= 3 else None


def _protagonist(article_actors: list[Actor], exclude: str) -> str:
    """The armed actor the article names most, other than ``exclude``: who "the advances" were by."""
    counts: dict[str, int] = {}
    for actor in article_actors:
        if actor.canonical != exclude and actor.inter in (1, 2, 3, 8) and not actor.generic:
            counts[actor.canonical] = counts.get(actor.canonical, 0) + 1
    return max(counts, key=counts.get) if counts else ""


def _article_incidents(article: Article, geoparser: Geoparser, unresolved: list) -> tuple[list[Incident], list[ControlClaim]]:
    text = article.clean
    mentions = geoparser.parse(text)
    article_actors = find_actors(text)
    dominant = _dominant_armed_actor(article_actors)
    focus = _focus_place(mentions)
    incidents: list[Incident] = []
    control: list[ControlClaim] = []
    previous_place: Mention | None = None
    previous_sentence = -9
    last_date: DateGuess | None = None
    last_date_sentence = -9
    claim_date: DateGuess | None = None
    paragraph_start = 0
    current_paragraph = -1
    previous_span = (0, 0)
    for number, (start, end, paragraph) in enumerate(split_sentences(text)):
        sentence = text[start:end]
        if paragraph != current_paragraph:
            current_paragraph, paragraph_start = paragraph, start
        here = [m for m in mentions if start <= m.start < end]
        if _inside_quote(text, paragraph_start, start) or sentence.lstrip()[:1] in "“\"":
            continue
        control.extend(control_claims(article, sentence, start, here, dominant))
        sentence_date = resolve_date(sentence, article.published, article.date_precision)
        anaphoric = _ANAPHOR.match(sentence) is not None
        if re.match(r"\s*(?:This|It|That) (?:was|is)\b", sentence):
            continue  # a comment on what was just told, not a new incident
        if _BACKGROUND.search(sentence):
            continue  # "The area has seen heavy fighting in X, Y and Z in recent weeks": context
        units = _clauses(start, end, text)
        # clauses that carry both their own date and their own event keep that date to themselves
        dated_events = {(a, b) for a, b in units
                        if resolve_date(text[a:b], article.published, article.date_precision).explicit
                        and event_cues(text[a:b])}
        previous_actors = find_actors(text[previous_span[0]:previous_span[1]], 0, dominant)
        previous_span = (start, end)
        made_here: list[Incident] = []
        for unit_start, unit_end in units:
            unit = text[unit_start:unit_end]
            cues = event_cues(unit)
            own_place = any(unit_start <= m.start < unit_end and m.role != "context" for m in here)
            just_told = (incidents[-1] if incidents and number - incidents[-1].sentence_number == 1 and not own_place
                         and not_an_incident(sentence, None) not in ("aggregate", "history") else None)
            if not cues:
                extra_dead, phrase = fatalities(unit)
                # "..., after which ISIS claimed to have killed 15"; "...: more than 50 civilians killed";
                # "Shells fell on X. 3 fatalities.": the deaths of the incident just told
                target = made_here[-1] if made_here else just_told
                if extra_dead and _CIVILIAN_VICTIMS.search(unit):
                    target = next((i for i in reversed(incidents[-3:]) if i.event_type == "Violence against civilians"
                                   and number - i.sentence_number <= 2), target)
                if extra_dead and target is not None:
                    if extra_dead > target.fatalities:
                        target.fatalities = extra_dead
                        target.claimed_by = claimant(unit, find_actors(unit, 0, dominant)) or target.claimed_by
                        target.notes.append(f"fatalities from: {phrase}")
                elif phrase == UNKNOWN_DEAD and target is not None and not target.fatalities:
                    target.fatalities_unknown = True
                continue
            cues = [c for c in cues if c.sub_event_type != "Territory" or (
                        not re.search(r"\bto\s+$", unit[:c.start])  # "an offensive to recapture": not yet done
                        and (_TERRITORY_OBJECT.search(unit[c.end:c.end + 80])
                             or any(unit_start + c.end <= m.start <= unit_start + c.end + 60 for m in here)))]
            if not cues:
                continue
            cue = cues[0]
            if cue.weight == 0 and made_here:  # "...; at least 5 civilians were killed": same incident
                extra_dead, _ = fatalities(unit)
                made_here[-1].fatalities = max(made_here[-1].fatalities, extra_dead or 0)
                continue
            if cue.weight == 0 and just_told is not None:
                # "Shells fell on Taftanaz. 1 woman was killed.": the deaths of the incident just told
                extra_dead, phrase = fatalities(unit)
                if extra_dead and extra_dead > just_told.fatalities:
                    just_told.fatalities = extra_dead
                    just_told.notes.append(f"fatalities from: {phrase}")
                elif phrase == UNKNOWN_DEAD and not just_told.fatalities:
                    just_told.fatalities_unknown = True
                continue
            if not_an_incident(unit, cue) or not_an_incident(sentence, None) in ("history", "announcement"):
                continue
            when = resolve_date(unit, article.published, article.date_precision)
            if not when.explicit and sentence_date.explicit and not (dated_events - {(unit_start, unit_end)}):
                when = sentence_date  # "One such incident happened on May 18 | when ISIS fighters raided ..."
            if when.explicit and not when.claim:
                last_date, last_date_sentence = when, number
            elif not when.explicit and last_date is not None and number - last_date_sentence <= 2:
                when = last_date
            elif not when.explicit and claim_date is not None and number - claim_date[1] <= 1:
                when = DateGuess(claim_date[0].event_date, 2, None, claim_date[0].event_date, explicit=True,
                                 reason="on or before the day it was claimed", claim=True)
            found = find_actors(unit, 0, dominant)
            dead, dead_phrase = fatalities(unit)
            if cue.weight == 0 and not dead:
                continue  # "killed" alone, with no number, is not enough
            event_type, sub_type = cue.event_type, cue.sub_event_type
            actor1, actor2 = _roles(unit, cue, found, event_type)
            if not actor1 and re.match(r"\s*(?:They|It|He|She)\b", unit):
                earlier = [a for a in previous_actors if not a.generic] or previous_actors
                actor1 = earlier[0].canonical if earlier else ""  # "They dropped bombs": the warplanes just named
                actor2 = "" if actor2 == actor1 else actor2
            if not actor1 and incidents and re.search(r"\balso\b", unit) and number - incidents[-1].sentence_number <= 2:
                actor1 = incidents[-1].actor1  # "The town of X was also shelled": by the same hand
            civilian_victims = bool(_CIVILIAN_VICTIMS.search(unit))
            armed_others = [a for a in found if a.canonical != actor1 and a.inter in (1, 2, 3, 8)]
            if event_type == "Battles" and not armed_others and (civilian_victims or _ATTACK_ON_SETTLEMENT.search(unit)):
                event_type, sub_type = "Violence against civilians", "Attack"
            if sub_type == "Territory":
                actor1 = actor1 or _protagonist(article_actors, actor2 or (dominant or ""))
                sub_type = _territory_sub_type(actor1)
            if event_type == "Violence against civilians":
                actor2 = "Civilians"
            elif event_type == "Explosions/Remote violence":
                if not actor1:
                    actor1 = "Unidentified armed group"
                if re.search(r"\bformer (?:rebel|opposition|FSA)", unit, re.I):
                    actor2 = "Civilians"  # a former fighter at home is a civilian target (ACLED convention)
                elif civilian_victims and not actor2:
                    actor2 = "Civilians"
            if event_type == "Battles" and not actor2 and dominant and actor1 != dominant:
                actor2 = dominant
            if event_type == "Battles" and not actor1:
                actor1 = _protagonist(article_actors, actor2)
            if actor1 == actor2:
                actor2 = ""
            claimed = claimant(unit, found) if dead else ""
            # civilian deaths told after a massacre belong to the massacre, not to the counter-attack
            if dead and civilian_victims and event_type != "Violence against civilians":
                victim_row = next((i for i in reversed(incidents[-3:]) if i.event_type == "Violence against civilians"), None)
                if victim_row is not None:
                    victim_row.fatalities = max(victim_row.fatalities, dead)
                    dead, dead_phrase = 0, ""
            located = _pick_location(unit_start, unit_end, unit_start + cue.start, unit_start + cue.end, mentions, text)
            in_sentence = bool(located)
            if not located and len(units) == 1:
                located = _pick_location(start, end, unit_start + cue.start, unit_start + cue.end, mentions, text)
            # a place from the context only when the sentence points at one ("in the area",
            # "the village") or tells of deaths there; never for agreements or arrests
            points_back = bool(_IMPLICIT_PLACE.search(unit) or anaphoric or dead)
            if event_type in ("Strategic developments", "Protests"):
                points_back = False
            if not located and points_back and previous_place is not None and number - previous_sentence <= 2:
                located = [previous_place]
            if not located and points_back and focus is not None and _IMPLICIT_PLACE.search(unit):
                located = [focus]
            if not located:
                if cue.weight >= 2:
                    unresolved.append((article.id, re.sub(r"\s+", " ", sentence).strip()[:160]))
                continue
            shared = len(located) > 1 and bool(dead)
            for number_in_list, place_mention in enumerate(located):
                parts = {"explicit_date": when.explicit, "actor1": actor1, "actor2": actor2,
                         "geo_precision": place_mention.geo_precision, "in_sentence": in_sentence,
                         "claimed": bool(claimed)}
                incident = Incident(article=article, cue=cue, start=start, end=end, paragraph=paragraph,
                                    event_type=event_type, sub_event_type=sub_type, actor1=actor1, actor2=actor2,
                                    mention=place_mention, when=when,
                                    fatalities=(dead or 0) if number_in_list == 0 else 0, claimed_by=claimed,
                                    confidence=_confidence(parts), fatalities_unknown=dead_phrase == UNKNOWN_DEAD)
                if shared:  # one total for several places: on the first row only (see COLUMNS' notes)
                    incident.notes.append(f"fatalities: {dead} in total for {', '.join(m.location for m in located)}, "
                                          f"counted on the row for {located[0].location}")
                if not in_sentence:
                    incident.notes.append(f"place from the context: {place_mention.location}")
                if when.reason:
                    incident.notes.append(f"date: {when.reason}")
                if dead_phrase == UNKNOWN_DEAD:
                    incident.notes.append("fatalities: an unknown number (left empty, not 0)")
                elif dead_phrase and not shared:
                    incident.notes.append(f"fatalities from: {dead_phrase}")
                previous = incidents[-1] if incidents else None
                same_story = (previous is not None and number - previous.sentence_number <= 2
                              and (anaphoric or re.search(r"\bclaimed that\b", sentence))
                              and ({previous.actor1, previous.actor2} & {actor1, actor2} - {""}))
                if same_story:
                    _merge(previous, incident)
                    previous.sentence_number = number
                else:
                    incident.sentence_number = number
                    incidents.append(incident)
                    made_here.append(incident)
        if sentence_date.explicit and sentence_date.claim:
            claim_date = (sentence_date, number)
        if anaphoric and not made_here and incidents and here and number - incidents[-1].sentence_number <= 2:
            _add_alternative_place(incidents[-1], here[0])
        located_here = [m for m in here if m.role != "context"] or here
        if located_here:
            previous_place, previous_sentence = located_here[-1], number
    return _merge_within(incidents), control


def _add_alternative_place(incident: Incident, mention: Mention) -> None:
    """Two sources put one incident in two places: keep the point, widen the circle."""
    here = incident.mention
    if mention.place is None or here.lat is None:
        return
    apart = haversine_km(here.lat, here.lon, mention.lat, mention.lon)
    if mention.geo_precision == 3 and apart <= mention.uncertainty_km:
        return  # a province that contains the point adds nothing
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
    kept.fatalities_unknown = kept.fatalities_unknown or other.fatalities_unknown
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
                     and (o.mention.place.id == incident.mention.place.id or _contains(o.mention, incident.mention)
                          or _contains(incident.mention, o.mention))
                     and ({o.actor1, o.actor2} & {incident.actor1, incident.actor2} - {""})), None)
        if twin is not None:
            _merge(twin, incident)
        else:
            out.append(incident)
    return out


def _contains(broad: Mention, narrow: Mention) -> bool:
    """A region-wide mention (a province, a desert) that covers a finer one: the same incident told twice.

    A named feature (a mountain, a base) is a place of its own, however wide its
    radius: "near Mount Bishri" and "near al-Kom" are two places.
    """
    wide = broad.place is None or broad.place.feature in REGION_FEATURES
    return (wide and broad.geo_precision == 3
            and haversine_km(broad.lat, broad.lon, narrow.lat, narrow.lon) <= broad.uncertainty_km)


def _same_place(a: Mention, b: Mention) -> bool:
    """One place told two ways: the same row, or one within the other's uncertainty.

    Two villages named on one day are two events (coders record shelling of
    three villages as three), so a second village 6 km away is not a twin.
    """
    if a.place is not None and b.place is not None and a.place.id == b.place.id:
        return True
    apart = haversine_km(a.lat, a.lon, b.lat, b.lon)
    return (a.geo_precision > 1 and apart <= a.uncertainty_km) or (b.geo_precision > 1 and apart <= b.uncertainty_km)


REGION_FEATURES = frozenset({"governorate", "district", "subdistrict", "area", "desert", "country"})


def _merge_across(incidents: list[Incident]) -> list[Incident]:
    """The same incident reported by two articles becomes one row citing both."""
    out: list[Incident] = []
    for incident in incidents:
        twin = next((o for o in out if o.article.id != incident.article.id and o.event_type == incident.event_type
                     and _compatible(o, incident) and o.when.time_precision == 1 and incident.when.time_precision == 1
                     and _same_place(o.mention, incident.mention)
                     and ({o.actor1, o.actor2} & {incident.actor1, incident.actor2} - {""})), None)
        if twin is not None:
            twin.articles.append((incident.article, incident.start, incident.end))
            if incident.fatalities != twin.fatalities:
                # sources disagree: keep the most conservative figure, note the other
                counts = [n for n in (twin.fatalities, incident.fatalities) if n] or [0]
                twin.notes.append(f"fatalities reported: {twin.fatalities} ({twin.article.id}), "
                                  f"{incident.fatalities} ({incident.article.id})")
                twin.fatalities = min(counts)
        else:
            out.append(incident)
    return out


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
            "fatalities": None if inc.fatalities_unknown and not inc.fatalities else int(inc.fatalities),
            "claimed_by": inc.claimed_by, "confidence": inc.confidence,
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


def extract(inputs, gazetteer: Gazetteer | None = None):
    """Incidents from articles as a GeoDataFrame (EPSG:4326, one row an incident)."""
    if isinstance(inputs, (str, bytes)) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]
    return to_geodataframe(extract_all(list(inputs) if not isinstance(inputs, list) else inputs, gazetteer).incidents)
