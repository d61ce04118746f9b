"""Find the places a text names, choose among candidates, compute relative places.

One pass over the tokens of a text against a trie of every gazetteer spelling
(no loop over places per article). Spans that name people, armed groups, media
or campaigns are masked first (see ``data/not_places.txt`` and the actor
lexicon). Relative phrases ("50 km southeast of Damascus", "east of
al-Sukhnah", "between Sukhnah and Deir Ezzor", "the desert east of Palmyra")
become points with honest, wider uncertainty: a distance and bearing stay at
the named place, as ACLED codes them, with a radius reaching the point they give.
"""
from __future__ import annotations

import difflib
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from .gazetteer import (ADMIN_UNITS, CITY_QUARTERS_KM, COUNTRYSIDE_KM, EARTH_RADIUS_KM, MIN_FOLD_LENGTH, Gazetteer,
                        Place, TIER_NAMES, covering_km, evolve, haversine_km)
from .events import paragraph_spans
from . import regex_cache
from .regex_cache import compiled
from .patterns import Prefiltered, compile_guarded, lowercase_twin, lowered_for_twin, required_words, trie_alternation
from .spans import SpanSet
from .names import (_GLUED_ARTICLE, ARTICLES, DESCRIPTOR_FEATURES, QUALIFIERS, _fold_word, construct_state, elided,
                    fold_key, light_key, skeleton_key, split_descriptors)

__all__ = ["Mention", "Geoparser", "tokenize"]

# a word; letters and the digits right after them are one ("T4 airbase", as the gazetteer's names split)
_TOKEN = compile_guarded(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u02BB\u02BC\u02BF\u02BE]+(?:['’ʿʾ‘`][A-Za-z]+)*\d*|\d+|[\u0600-\u06FF]+")
BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
            "west": 270, "northwest": 315,
            "n": 0, "ne": 45, "e": 90, "se": 135, "s": 180, "sw": 225, "w": 270, "nw": 315,
            "northnortheast": 22.5, "eastnortheast": 67.5, "eastsoutheast": 112.5, "southsoutheast": 157.5,
            "southsouthwest": 202.5, "westsouthwest": 247.5, "westnorthwest": 292.5, "northnorthwest": 337.5}
# "south-south-west of al-Hol": sixteen points, the three-word ones tried first
_THREE_POINTS = r"(?:north|south)-?(?:north|south)-?(?:east|west)|(?:east|west)-?(?:north|south)-?(?:east|west)"
# a headline's "SE of Quneitra": capitals only, and a whole word ("IS of" is no bearing)
_COMPASS_ABBREVIATION = r"(?-i:\b(?:[NS][EW]|[NSEW])\b\.?)"  # "Dana, N Idlib", "Hish, S. Idlib"
_DIRECTION = r"(" + _THREE_POINTS + r"|north|south|east|west|north-?east|north-?west|south-?east|south-?west|" + _COMPASS_ABBREVIATION + ")"
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometers": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometre": 1.0,
            "mile": 1.609, "miles": 1.609}
_DISTANCE_BEFORE = compile_guarded(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>km|kms|kilomet(?:er|re)s?|miles?)\b(?:\s*\([^)]{0,30}\))?\s+(?:to\s+the\s+)?"
    + _DIRECTION + r"(?:ern)?\s+of\s+(?:the\s+(?:town|city|village|area|province)\s+of\s+)?(?:al-|el-|as-|ash-|ad-|ar-|at-|az-|an-)?$",
    re.I)
_DIRECTION_BEFORE = compile_guarded(
    r"(?:(?P<what>desert|countryside|outskirts|areas?|villages?|towns?|region)\s+(?:\w+\s+){0,2}?)?"
    r"(?:to\s+the\s+|(?P<close>just|immediately|slightly)\s+)?"
    + _DIRECTION + r"\s+of\s+(?:the\s+(?:town|city|village|area|province)\s+of\s+)?(?:al-|el-|as-|ash-|ad-|ar-|at-|az-|an-)?$",
    re.I)
_NEAR_BEFORE = compile_guarded(r"\b(near|outside|around|outskirts? of|vicinity of|close to|surroundings of|area of|countryside of|"
                               r"(?:road|highway|route)\s+(?:leading\s+)?(?:to|towards))\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?:al-|el-|as-|ash-|ad-|ar-|at-|az-|an-)?$", re.I)
# (and the second of two, "the provinces of Hama and Idlib"; and a record's field, "Province: Homs | Area: Telbisa")
_GOVERNORATE_BEFORE = compile_guarded(r"\b(provinces?|governorates?|countryside)\s+of\s+(?:(?:al-|el-)?[\w'’-]+\s+"
                                      r"(?:[\w'’-]+\s+)?and\s+)?(?:al-|el-|as-|ash-|ad-|ar-|at-|az-|an-)?$|"
                                      r"\b(province|governorate)\s*:\s*$", re.I)
# "the Sweida governorate building": a building in the city the governorate is named for, not the governorate
_SEAT_OF_UNIT = frozenset(("governorate", "province"))
_SEAT_BUILDINGS = frozenset(("building", "buildings", "headquarters", "hq", "palace", "offices", "office", "hall",
                             "complex", "compound", "council"))
_GOVERNORATE_AFTER = compile_guarded(r"^\s*(?:countrysides?\b|(?:provinces?|governorates?)\b(?!\s+(?:"
                                     + "|".join(sorted(_SEAT_BUILDINGS)) + r")\b)"
                                     # "toward the Homs provincial border" (not "the Hama provincial capital")
                                     r"|provincial\s+(?:borders?|boundary|line|frontier)\b)"
                                     # "Hama's north-western countryside", "Tartous's mountain countryside"
                                     r"|^['’]s?\s+(?:[\w-]+\s+){0,2}?countryside\b"
                                     # the first of two: "Latakia and Idlib provinces", "the Aleppo and Idlib
                                     # countrysides", "over the Homs and Hama countryside"
                                     r"|^\s+and\s+(?:al-|el-)?[\w'’-]+(?:\s+[\w'’-]+)?\s+"
                                     r"(?:provinces|governorates|countrysides?)\b", re.I)
# a possessive before a site in the town: "in Manbij's industrial zone", "Qamishli's main market" (not "in Idlib's
# southern countryside", which holds the name before it)
_OWNER_OF_A_SITE_AFTER = compiled(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:industrial\s+(?:zone|area|city)|market|souq|"
                                  r"square|roundabout|hospital|prison|airport|stadium|university|(?:bus\s+)?station|"
                                  r"bakery|mosque|church|checkpoint|bridge|entrance|gate)\b", re.I)
_MOUNTAINS_LAST = compiled(r"\s(?:mountains|highlands)$", re.I)
_GOVERNORATE_LAST = compile_guarded(r"\s(province|governorate|countryside)$", re.I)
_REGION_AFTER = compile_guarded(r"^\s+(?:region|area)\b", re.I)
# "the Suran area of the northern Aleppo countryside": from the name's end to the governorate's
_GOVERNORATE_OF = compiled(r"\s+(?:region|area)\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$",
                           re.I)
_DESERT_WORDS = r"(?:desert|badia|badiya|badiyah|steppe|barrens)"
_DESERT_LAST = compile_guarded(r"\s" + _DESERT_WORDS + r"$", re.I)
# ("the desert of X", "the Badia around X"; and the Arabic construct "Badiyat al-Sukhnah", "Badiyet Tadmur")
_DESERT_BEFORE = compile_guarded(r"\b(?:" + _DESERT_WORDS + r"\s+(?:of|around)\s+"
                                 r"(?:the\s+(?:town|city|province)\s+of\s+)?|badiy?[ae]t\s+)"
                                 r"(?:al-|el-|as-|ash-|ad-|ar-|at-|az-|an-)?$", re.I)
_DESERT_AFTER = compile_guarded(r"^\s*" + _DESERT_WORDS + r"\b", re.I)
_SETTLEMENT_BEFORE = compile_guarded(r"\b(town|city|village|hamlet|villages|towns)\s+(?:of|called|named)\s+(?:al-|el-|as-|ash-|ad-|ar-|at-|az-|an-)?$", re.I)
_REGION_ADJECTIVE = compile_guarded(r"\b(northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central|rural|north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+(?:al-)?$", re.I)
_ROAD_AFTER = compiled(r"\s+(?:road|highway|motorway|route|axis|railway|pipeline)\b", re.I)
# a council or directorate named for its town: the town is its seat, not where its member was or what it spoke of
# ("the Hama Revolution Command Council said", "a member of the Raqqa Civil Council in al-Atshaneh")
COUNCIL_AFTER = compiled(r"\s+(?:(?:(?:Civil|Military|Local|Provincial|Revolutionary|Revolution|City)\s+)?"
                         r"(?:Command\s+)?Council|"
                         r"(?:(?:Security|Police|Health|Media|Internal Security)\s+)?(?:Directorate|Command)|"
                         # "contracted by the al-Hol camp administration", "a former al-Hol camp employee"
                         r"administration|management|employees?)\b", re.I)
# what follows a town a road is named for: "the Hama-Homs road", "the Homs road", "the Damascus-Beirut highway"
# (after the quote that closes a name: "on the Sa'sa' road")
ROAD_NAMED_AFTER = compiled(r"['’]?(?:\s*[-–]\s*(?:al-|el-)?[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*){0,2})?"
                            r"(?:\s+\([A-Z]?\d{1,3}\))?\s+(?:road|highway|motorway)\b", re.I)
# a name where a journey was headed ("to X", "for X"), or began when the text has said where to ("heading to Homs
# from X"); not "kidnapped a pharmacist from Qazal near Azaz", where he was taken
_HEADED_FOR_BEFORE = compiled(r"\b(?:(?:to|towards?|for)|(?:to|towards?)\s+[\w'’ -]{2,30}?\s+from)\s+(?:the\s+)?$",
                                 re.I)
_COUNTRYSIDE_OF_BEFORE = compiled(r"\bcountryside\s+of\s+(?:the\s+)?(?:capital\s+)?$", re.I)
# an end of a way named by what it links: "the desert track linking Morek and Salamiyah"
WAY_END_BEFORE = compiled(r"\b(?:road|track|highway|route)s?\s+(?:linking|connecting|joining)\s+(?:the\s+)?"
                          r"(?:[\w'’ -]{1,30}?\s+(?:and|with|to)\s+(?:the\s+)?)?$", re.I)
# ... and the second end of one "between" two ("the desert track between Darbasiyah and Tal Tamr, near Kayrawan"):
# the event is on the way, where its place lies between them (``incidents`` places "between X and Y" between)
_WAY_BETWEEN_END_BEFORE = compiled(r"\b(?:road|track|highway|route)s?\s+(?:between\s+(?:the\s+)?[\w'’ -]{1,30}?\s+"
                                   r"and|from\s+(?:the\s+)?[\w'’ -]{1,30}?\s+to)\s+(?:the\s+)?$", re.I)
# between a road's two towns: "the Homs-Hama highway", "the Ras al-Ayn - Tal Tamr road"
_ROAD_DASH = compiled(r" ?[-–] ?")
_BORDER_AFTER = compiled(r"\s+(?:administrative\s+)?(?:border|borders|boundary|boundaries|frontier)\b", re.I)
_AND_GAP = compiled(r"\s+and\s+(?:al-|the\s+)?")
_TO_GAP = compiled(r"\s+to\s+(?:al-|the\s+)?")
LIST_GAP = compiled(r"\s*(?:,|and|,\s*and)\s*(?:al-|the\s+)?")  # between the names of a list: "X, Y and Z"
# (and a way's first end: "on the road from Palmyra to al-Sukhnah", a place along it, between the two)
_BETWEEN = compile_guarded(r"\bbetween\s+(?:the\s+(?:towns?|cities|villages?)\s+of\s+)?(?:al-)?$|"
                           r"\b(?:road|track|highway|route)s?\s+from\s+(?:the\s+)?(?:al-)?$", re.I)


@dataclass(frozen=True)
class Mention:
    """A span of text that names a place, and where we put it (immutable: steps return new ones)."""

    start: int
    end: int
    text: str
    candidates: list[Place]
    place: Place | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = 3
    uncertainty_km: float = 0.0
    relation: str = ""  # "", "near", "east of", "50 km southeast of", "between ... and ..."
    role: str = ""  # "governorate" / "settlement" hint from the words around it
    notes: tuple[str, ...] = ()

    def shifted(self, offset: int) -> "Mention":
        """The same mention ``offset`` characters further on (a paragraph's reading placed in its article)."""
        return evolve(self, start=self.start + offset, end=self.end + offset)

    @property
    def place_id(self) -> str | None:
        return self.place.id if self.place is not None else None

    @property
    def location(self) -> str:
        if self.place is None:
            return self.text
        return f"{self.relation} {self.place.name}".strip() if self.relation else self.place.name


def _not_place_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names something that holds a place name but is none (``data/not_places.txt``)."""
    twin, lowered = _not_places_twin(), lowered_for_twin(text)
    if twin is not None and lowered is not None:  # the same spans, found case-sensitively in the lower-cased text
        return [m.span() for m in twin.finditer(lowered)]
    return [m.span() for m in _not_places()[0].finditer(text)]


# (the lookahead first: a position that starts no capitalised three-letter word is passed over at once, where
# the two branches were tried at every character, three times slower on a page of news)
_MONTH_ABBREVIATION = compiled(r"\b(?=[JFMASOND][a-z]{2})(?:"
                               r"(?<=\d )(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
                               r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?=\.? \d))")


def _month_spans(text: str) -> list[tuple[int, int]]:
    """A month's abbreviation in a date ("11 Nov 2021", "Sep 3"): no place, whatever village shares its letters."""
    return [m.span() for m in _MONTH_ABBREVIATION.finditer(text)]


# an aside that names a place to say it is not the one meant: "Sheikh Saad (not the Tartous village)", "near al-Qusayr
# (distinct from Qusayr near Homs)"
# ... or after a comma inside the brackets: "Nawa (N Salamiyah countryside, not the Daraa town)"
_DISOWNED = compiled(r"(?:\(|,\s*)(?:not|distinct\s+from|as\s+opposed\s+to)\s[^()\n]{0,80}\)", re.I)


def _disowned_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _DISOWNED.finditer(text)] if "(" in text else []


# a weapon's name in quotes: "HTS 'Shaheen' suicide drones" is no village Shahin
_WEAPON_NAME = compiled(r"['‘\"“][A-Z][\w-]*(?:\s[A-Z0-9][\w-]*){0,2}['’\"”]\s+(?:(?:suicide|kamikaze|attack|guided|"
                        r"anti-tank|ballistic|cruise)\s+)?(?:drones?|missiles?|rockets?|launchers?|UAVs?|munitions?|"
                        r"bombs?|shells?|tanks?|systems?)\b")


# ... or a model's name and number: "an armed Shahed-129 drone" (not Shahid, a village of Aleppo), "a Fateh-110 missile"
_WEAPON_MODEL = compiled(r"\b[A-Z][\w]*-\d+[A-Z]?\s+(?:(?:suicide|kamikaze|attack|guided|ballistic|cruise)\s+)?"
                         r"(?:drones?|missiles?|rockets?|UAVs?|jets?|aircraft|planes?|bombers?|helicopters?|systems?|"
                         r"launchers?|tanks?)\b")


_HYPHEN_DIGIT = compiled(r"-\d")


def _weapon_name_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _WEAPON_NAME.finditer(text)] if ("'" in text or "‘" in text or '"' in text
                                                                  or "“" in text) else []
    # (a hyphen before a digit first: the model's pattern tried at every capital costs more than the rest)
    return spans + [m.span() for m in _WEAPON_MODEL.finditer(text)] if _HYPHEN_DIGIT.search(text) else spans


@lru_cache(maxsize=1)
def _not_places_twin() -> re.Pattern | None:
    return lowercase_twin(_not_places_source()[0], re.I)


@lru_cache(maxsize=1)
def _not_places() -> tuple[re.Pattern, frozenset]:
    """The phrases (compiled, for the text their twin cannot read) and the words never a place alone."""
    source, words = _not_places_source()
    return regex_cache.compiled(source, re.I), words


@lru_cache(maxsize=1)
def _not_places_source() -> tuple[str, frozenset]:
    text = resources.files("geomap").joinpath("data/not_places.txt").read_text(encoding="utf-8")
    phrases, words = [], set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("word:"):
            words.add(line[5:].strip().lower())
        else:
            phrases.append(line)
    keys = {re.sub(r"['’ʿ`]", "'", " ".join(re.split(r"[\s\-]+", p))).lower() for p in phrases}
    return r"(?<!\w)" + trie_alternation(keys, _loose_char) + r"(?!\w)", frozenset(words)


@lru_cache(maxsize=1)
def english_words() -> frozenset:
    """Common English words that no capital letter makes a place's name (``data/english_words.txt``, written by
    scripts/build_english_words.py)."""
    text = resources.files("geomap").joinpath("data/english_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _loose_char(ch: str) -> str:
    """A phrase's character as a pattern that tolerates hyphen/space/apostrophe variants."""
    if ch == " ":
        return r"[\s\-]+"
    return "['’ʿ`]?" if ch == "'" else re.escape(ch)


@lru_cache(maxsize=200_000)
def _token_keys(word: str) -> tuple[str, str, bool, str, str]:
    """(fold key, fold key inside a name, is an article, and the two fold keys again as the word reads before
    another word of a name: its construct "t" dropped, "Rdeimet al-Liwa" as "Rdeime Liwa"); cached."""
    light = light_key(word)
    if not light:
        return "", "", True, "", ""
    inner = _GLUED_ARTICLE.sub(r"\1", light)
    folded, folded_inner = _fold_word(light), _fold_word(inner)
    article = light in ARTICLES  # (its letters' marks dropped: Turkish writes "eş" for "esh", "Cisr eş Şuğur")
    if not construct_state(light):
        return folded, folded_inner, article, folded, folded_inner
    return folded, folded_inner, article, _fold_word(light[:-1]), _fold_word(inner[:-1])


@lru_cache(maxsize=1 << 14)
def _elided_fold(word: str) -> str:
    """The fold key of a word with its diminutive's first u dropped (``names.elided``); "" when it has none."""
    dropped = elided(_GLUED_ARTICLE.sub(r"\1", light_key(word)))
    return _fold_word(dropped) if dropped and " " not in dropped else ""


# ISO 3166-1 alpha-2 codes of Syria's neighbours, by the names and adjectives English reports use for them
_NEIGHBOUR_NAMES = {"Turkey": "TR", "Türkiye": "TR", "Turkiye": "TR", "Iraq": "IQ", "Lebanon": "LB", "Jordan": "JO",
                    "Israel": "IL", "Iran": "IR"}
_NEIGHBOUR_ADJECTIVES = {"Turkish": "TR", "Iraqi": "IQ", "Lebanese": "LB", "Jordanian": "JO", "Israeli": "IL",
                         "Iranian": "IR"}
_NEIGHBOUR_COUNTRIES = {word.lower(): code for word, code in (_NEIGHBOUR_NAMES | _NEIGHBOUR_ADJECTIVES).items()}
_NEIGHBOUR_WORD = compiled(r"\b(?:" + "|".join(_NEIGHBOUR_NAMES | _NEIGHBOUR_ADJECTIVES) + r")\b")
# every name and adjective above, lower-cased, holds one (the patterns below ignore case)
_NEIGHBOUR_STEMS = ("turk", "türk", "iraq", "leban", "jordan", "israel", "iran")
# "Turkey's Hatay province", "the Turkish province of Hatay", "the Iraqi border town of al-Qaim"
_FOREIGN_BEFORE = compile_guarded(
    r"\b(?:(?P<country>" + "|".join(_NEIGHBOUR_NAMES) + r")['’]s\s+(?:(?:north|south|east|west)\w*\s+)?"
    r"|(?P<adjective>" + "|".join(_NEIGHBOUR_ADJECTIVES) + r")\s+(?:border\s+)?"
    r"(?:province|city|town|village|region|district|governorate|capital|port)\s+of\s+(?:the\s+)?)$", re.I)

# "Nusaybin in Mardin province, across the border in Turkey", "Baalbek in Lebanon", "Sinjar, in Iraq's Nineveh
# province", "al-Shajara, a town in Jordan's Irbid governorate", "Elbeyli in Kilis province, Turkey", "Ruwaished
# (Jordan)": the country said after the name
_FOREIGN_AFTER = compile_guarded(
    r"(?:,?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|settlement|area|district|region)"
    r"|\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:province|governorate|region|district))?"
    r"(?:,?\s+(?:(?:just|right)\s+)?(?:across\s+the\s+border\s+)?in\s+(?:(?:north|south|east|west)\w*\s+)?"
    r"|,\s+(?=(?:" + "|".join(_NEIGHBOUR_NAMES) + r")\b(?!['’]s))|\s+\()"  # ", Turkey" (not "Turkey's") or "(Turkey)"
    r"(?P<country>" + "|".join(_NEIGHBOUR_NAMES) + r")\b")
FOREIGN_AFTER_CHARS = 80  # how far after a name its country may be said
_ABROAD_SAID = "not Syria, as the text says"  # the note on a name the text puts abroad

_POSSESSIVE = ("'s", "’s")
_OF_GAP = compiled(r"\s+of\s+(?:the\s+)?")
_THE_BEFORE = compiled(r"\bthe\s+$", re.I)
# a unit's word after a name: "Abu Kamal village of Abu Kamal district" names the village, not the town's area
_UNIT_AFTER = compiled(r"\s+(?:district|sub-?district|governorate|province|area|region|countryside|nahiya)\b", re.I)
# "Raqqa's al-Baath", "al-Bab's northern village of Tal Jerji"
_POSSESSIVE_GAP = compiled(r"['’]s\s+(?:(?:(?:north|south)-?)?(?:(?:east|west)\w*|ern)\s+|(?:north|south)ern\s+)?"
                           r"(?:(?:village|town|hamlet|neighbou?rhood|quarter|suburb)\s+of\s+)?(?:al-|el-)?", re.I)


_CAMEL_HUMP = compiled(r"([a-z])([A-Z])")
_DIGITS_AFTER_LETTERS = compiled(r"([a-zA-Z])(\d)")


def _names_a_neighbour(window: str) -> bool:
    """Whether a few words around a name may hold a neighbour's name or adjective (any case)."""
    lowered = window.lower()
    return any(stem in lowered for stem in _NEIGHBOUR_STEMS)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with spans; a trailing possessive ('s) is left out of the token."""
    if "'s" not in text and "’s" not in text:  # no token can end in a possessive: one pass in C
        return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    out = []
    for m in _TOKEN.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        if word.endswith(_POSSESSIVE) and word[:-2].lower() != "ra":  # (no newline ends a token); "Ra's": Ras
            end -= 2
            word = word[:-2]
        out.append((start, end, word))
    return out




def _may_start_a_name(word: str) -> bool:
    """A capital or a letter of the Arabic block (U+0600-U+06FF) first: asked of every word, so compared as
    characters rather than matched."""
    first = word[:1]
    return (first.isupper() and word not in _COMPASS_LETTERS) or "\u0600" <= first <= "\u06ff"


def _quarters_far_apart(mention: Mention) -> bool:
    """A name only cities' quarters bear, far apart, the text deciding none: "the al-Sinaa industrial zone" is a
    quarter of Raqqa, Hasakah and Deir ez-Zor alike (as ``_far_from_its_sentence`` reads it, none of a sentence
    about Hama). Not a name villages bear too ("Residents of al-Karama marched ... the new government in Damascus")."""
    top = mention.candidates[0]
    return (top.ambiguous and top.uncertainty_km > FAR_FROM_SENTENCE_KM
            and all(p.feature == "neighbourhood" for p in mention.candidates))


def _said_a_quarter(mention: Mention) -> bool:
    """A name the text calls a neighbourhood or quarter, or a "district" that is no administrative district
    ("the al-Masaken district in the centre of Hasakah": a city's quarter, not the village Masikan of Aleppo)."""
    kinds = split_descriptors(mention.text)[1]
    # (not a name a unit bears: "the Bülbül district centre" is the sub-district's seat)
    return "neighbourhood" in kinds or ("district" in kinds and all(p.feature not in UNIT_FEATURES
                                                                    for p in mention.candidates))


def _district_of_a_city(text: str, mentions: list[Mention], index: int) -> bool:
    """ "the al-Qusour district of Baniyas": a "district" of the city named straight after it, which no unit of the
    name holds, is a quarter of the city (not the Al-Qusayr district of Homs, 91 km off)."""
    mention = mentions[index]
    if index + 1 == len(mentions) or "district" not in split_descriptors(mention.text)[1]:
        return False
    city = mentions[index + 1]
    return (bool(city.candidates) and city.candidates[0].feature == "city"
            and _OF_GAP.fullmatch(text, mention.end, city.start) is not None
            and not any(_within(city.candidates[0], p) for p in mention.candidates if p.feature in UNIT_FEATURES))


# a headline's compass letters start no name: "NE Hama countryside" is Hama's, not an Israeli Naham
_COMPASS_LETTERS = frozenset(("N", "S", "E", "W", "NE", "NW", "SE", "SW"))


# articles that are English words when a space follows: "strike at Hasya", not the article of "at-Tall"
_ENGLISH_ARTICLE_WORDS = frozenset(("at", "as", "an"))
# English words that begin a sentence, never a respelled name ("In al-Hol camp" is no Inkhil)
_FUNCTION_WORDS = frozenset(("in", "on", "at", "as", "an", "a", "and", "but", "for", "from", "with", "by", "of", "to",
                             "or", "if", "after", "before", "since", "while", "when", "the", "this", "that", "there",
                             "they", "we", "he", "she", "it", "its", "near", "into", "during", "then"))
_CITY_WORD = compiled(r"\bcity\b", re.I)
_SIDE_TAKEN_BEFORE = compile_guarded(r"\b(?:pro|anti)-$", re.I)
_CENTRAL_END = compiled(r"\bcentral\s+$", re.I)
# "al-Bab"; and "Al Bab", "El Bab" as OCHA and the Turkish press write them (capitalised: "as" is English)
_GLUED_ARTICLE_BEFORE = compile_guarded(r"\b(?:(?:al|el|as|ash|ad|ar|at|az|an|ad|ath)-|(?-i:Al|El) )$", re.I)
# how a longer span must match to be taken as the name (``_longer_name``), and words no name goes on with
_DESERT_WORD = compiled(_DESERT_WORDS)
_NAME_MATCHES = frozenset(("exact name", "spelling variant", "similar spelling"))
_AS_THE_GAZETTEER_SPELLS = frozenset(("exact name", "name without generic words"))
_NOT_NAME_WORDS = frozenset(("council", "police", "military", "forces", "force", "army", "front", "brigade",
                             "brigades", "division", "security", "media", "news", "network", "operations", "room",
                             "governor", "government", "administration", "agency", "channel", "tv", "and", "of",
                             "the", "on", "in"))
# The words around a name, compiled once (they are asked of every name found)
_SPACES = compiled(r" +")
_FRIDAY_NAMED_BEFORE = compiled(r"\bFriday\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)
# clipped notes' days: "in Sousa Sun", "hit with RPG Sat 15 Feb"
_DAY_ABBREVIATIONS = frozenset(("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"))
_MONTH_OR_DAY = compiled(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|June|"
                         r"July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                         r"|(?:" + "|".join(sorted(_DAY_ABBREVIATIONS)) + r")\.?")
_KIN_BEFORE_A_NAME = frozenset(("husband", "wife", "son", "daughter", "brother", "sister", "father", "mother",
                                "cousin", "nephew", "niece", "uncle", "brothers", "sons"))
_PERSON_TITLES = frozenset(("leader", "commander", "chief", "spokesman", "spokeswoman", "spokesperson", "official",
                            "activist", "activists", "journalist", "journalists", "reporter", "photographer",
                            "adviser", "advisor", "general", "colonel", "brigadier", "captain", "lieutenant",
                            "minister", "president", "emir", "mr", "mrs", "dr", "cleric", "judge", "mayor",
                            # a trade before a name: "abducted lawyer Razan Zaitouneh" (not the village Zaytuneh)
                            "lawyer", "lawyers", "doctor", "engineer", "teacher", "poet", "writer", "novelist",
                            "artist", "singer", "actor", "actress", "businessman", "pharmacist", "dissident",
                            "blogger", "preacher", "imam", "priest", "bishop", "mukhtar",
                            # and a fellow: "his colleague Hammoud Juneid" (not the village Jneid); not kin, whom
                            # an article-like word may follow ("a shepherd and his son at Rmailan")
                            "colleague", "colleagues"))
# Common Arabic given names as English reports spell them (our own list, not place data): before "al-X" they make
# a person's name, though villages bear some of them ("Ahmad al-Khabil" is the commander, not Jbeileh in Aleppo)
_GIVEN_NAMES = frozenset((
    "ahmad ahmed mohammed mohammad muhammad mohamed mahmoud mahmud mustafa mostafa ali hassan hasan hussein husain "
    "khaled khalid omar umar abdullah abdallah ibrahim youssef yousef yusuf ismail issa musa moussa saleh salih "
    "saeed said fadi rami samir bashar hafez maher jamal walid faisal hamza bilal anas yasser yasir adnan nabil "
    "firas ayman osama usama riad riyad ziad tariq tarek majid fawaz nizar haitham ammar hadi mazen ghassan wael "
    "raed karim sami fares salim suleiman sulaiman dawood jihad hisham akram louay munir qasim hamid rashid nasser "
    "abdul abdel abd radwan ghaith mohannad muhannad obaida ubayda zakaria zakariya imad emad hamoud hammoud zaher zahir "
    "jaafar jafar jaafer hussam husam bassam wissam khalil kamal adel adil anwar ayham mouaz muaz tamer zahran "
    # and women's, as casualty records name them
    "fatima fatma amina khadija maryam mariam layla leila huda rasha samira hiba reem salma hanan lina dima rana "
    "nada ghada asmaa iman manal suad souad nisreen rania randa sawsan wafa").split())
_AGE_IN_BRACKETS = compiled(r"\s*\(\d{1,3}\)")  # "the child Nour al-Din Mohammad al-Rifai (13)"
# a person's age after the name, as casualty records give it: "Huda Darwish, aged 46,", "Hamza al-Ali, 42, from"
_AGE_AFTER = compiled(r"(?:\s+(?:al-|el-|bin\s+|ibn\s+|abu\s+)?[A-Z][\w'’-]*){0,3},\s+(?:aged\s+)?\d{1,3}(?:,|\s+years\b)")
_SPEECH_WORDS = frozenset(("said", "says", "told", "added", "explained", "confirmed", "stated", "denied", "claimed"))
_SPEECH_AFTER = compiled(r"\s+(" + "|".join(sorted(_SPEECH_WORDS)) + r")\b")
# ... but the people of a place speak: "Residents of Ariha said", "activists in Kafr Nabl told"
_SPEAKERS_OF_BEFORE = compiled(r"\b(?:residents|inhabitants|people|locals|villagers|activists|sources|medics|doctors|"
                               r"witnesses|families|notables|officials|elders|fighters|council)\s+(?:of|in|from)\s+"
                               r"(?:the\s+)?(?:(?:town|village|city|district|neighbou?rhood)\s+of\s+)?"
                               r"(?:(?:a[lrsdtnz]|ash|el)-)?$|"  # "Residents of al-Hamboushiyeh said"
                               # whoever is from there: "the family of a girl from Qanaya said"
                               r"\b(?:man|woman|girl|boy|child|youth|family|men|women|people)\s+from\s+(?:the\s+)?"
                               r"(?:(?:town|village|city)\s+of\s+)?(?:(?:a[lrsdtnz]|ash|el)-)?$|"
                               # anyone "in" a place: "Military police in Afrin said" (no man is "in" a person)
                               r"\b(?:police|forces|troops|authorities|security|monitors|rescuers|medics|reporters|"
                               r"correspondents|commanders|officers|sources|activists|officials)\s+in\s+(?:the\s+)?"
                               r"(?:(?:a[lrsdtnz]|ash|el)-)?$", re.I)
# a name in brackets before a landmark's word is the landmark's other name: "al-Karama (Sir) square"
_BRACKET_THEN_LANDMARK = compiled(r"\)\s+(?:square|street|roundabout|circle|market|bridge|mosque|church|school|"
                                  r"hospital)\b", re.I)
# a person said, then a comma: the capitalised words that follow, up to the next comma, are his name
_PERSON_APPOSED_BEFORE = compiled(r"\b(?:refugee|man|woman|boy|girl|child|teenager|activist|journalist|reporter|"
                                  r"photographer|doctor|nurse|farmer|shepherd|driver|teacher|student|civilian|"
                                  r"commander|officer|defector|detainee|victim|mukhtar|notable|lawyer|engineer|"
                                  r"pharmacist|merchant|trader|worker|imam|preacher|brother|son|father|husband|wife|"
                                  r"mother|daughter),\s+$")
_NAME_UP_TO_A_COMMA = compiled(r"[A-Z][\w'’-]*(?:\s+(?:(?:al|el|bin|ibn|abu|Abu|Al)[-\s]+)?[A-Z][\w'’-]*){1,3}(?=,)")
_SURNAME = compiled(r"\s+(?i:al|el|bin|ibn|abu)[-\s]+(?:(?i:al|el)-)?[A-Z][\w'’]*")  # "Khalid bin al-Walid" too
_COMMAND_OF_BEFORE = compiled(r"\b(?:command|leadership)\s+of\s+$", re.I)
_ORGANISATION_AFTER = compiled(
    r"\s+(?:(?i:news|channel|tv|agency|brigade|brigades|battalion|movement|army|media|party|company)|Front)\b")
# ("the Kafr Nabuda front" is a place where fighting is; "the Levant Front" a faction)
# a name made an adjective of who someone is: "Idlib-based militants", "Damascus-aligned forces" are not there
_ALIGNMENT_AFTER = compiled(r"-(?:based|backed|aligned|allied|affiliated|linked|led|run|controlled|sponsored|"
                            r"supported|funded|born)\b", re.I)
# "Sab' Biyar", "Bayt Khalaf al 'Azli": an ayn mark may end or begin a word of a name
_NAME_GAP = compiled(r"['’ʿʾ‘`]?[ \-‐–]{1,3}['’ʿʾ‘`]?")
_NEAR_WORD = compiled(r"\bnear\b", re.I)
_INSIDE_WORD = compiled(r"\b(?:in|of|inside)\b", re.I)
_WITHIN_WORD = compiled(r"\b(?:in|inside|middle|heart)\b"
                        r"|\b(?:area|part|quarter|neighbou?rhood|district|suburbs?|outskirts|edges?|fringes?) of\b", re.I)
_KIN_WORDS = frozenset(("clan", "clans", "tribe", "tribes", "family", "families", "tribal", "tribesmen", "clansmen"))
_SONS_OF = frozenset(("Bani", "Banu", "Beni", "Bany"))  # a tribe's name opens so: "the Bani Khalid", "Banu Hamdan"
KIN_NAME_WORDS = 2  # capitalised words a kin's name may have after the one read as a place: "the Bani Khalid tribe"


def _kin_after(text: str, tokens, last: int) -> bool:
    """Whether a kin word follows the name, straight after it or after the rest of a kin's name in capitals:
    "the Shaitat tribe", "the Bani Khalid tribe" (no village Al Bani)."""
    for j in range(last + 1, min(len(tokens), last + 2 + KIN_NAME_WORDS)):
        word = tokens[j][2]
        if not _adjacent(text, tokens[j - 1], tokens[j]):
            return False  # "Sheikh Miskin: tribal fighters ...": a heading, the kin word after it
        if word.lower() in _KIN_WORDS:
            return True
        if not word[:1].isupper():
            return False
    return False


# kin named before: "clashes between families of the Jabour and Sharabiyin in Daffa village" (no Jober of Homs)
# (or "the Bu Assaf", "the Al Bu Hassan": the Jazira's clans' "sons of")
_KIN_OF_BEFORE = compiled(r"\b(?:famil(?:y|ies)|clans?|tribes?)\s+of\s+the\s+(?:al-|el-|(?:Al[- ])?Bu\s+|Ban[iu]\s+)?$",
                          re.I)
# the first of two kins named together: "the Bakir and Shuwayt clans", "Ugaidat and Shaitat clansmen"
_KINS_PAIRED = compiled(r"\s+and\s+(?:the\s+)?(?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*)?\s+"
                        r"(?:clans|tribes|families|tribesmen|clansmen)\b")


_NAMED_BUILDINGS = frozenset(("mosque", "church", "hospital", "school", "street", "square", "roundabout", "stadium",
                              "bakery", "hall", "university", "college"))
_DISTRICT_WORD = compiled(r"\bdistricts?\b", re.I)
# a sub-district, or the Arabic word for one as OCHA's COD (adm3: "sub-districts (Nahya)") and the press write
# it ("the Markada nahiya")
_SUBDISTRICT_WORD = compiled(r"\b(?:sub-?districts?|nah(?:iy[ae]h?|iah?|ya)s?)\b", re.I)
# the first of two units named together: "the Rastan and Talbiseh sub-districts"
_UNITS_PAIRED = compiled(r"\s+and\s+(?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*)?\s+(sub-?)?districts\b")


def _lower_word_unlike(word: str, spelling: str) -> bool:
    """A lower-case word inside a name that its spelling does not have: "Daraa set fire" is no Dier Seeta (its
    letters fold alike), while "Tabqa dam" and "Ain ech Charqiye" keep theirs."""
    return (word.islower() and word.isalpha() and not word.startswith(("al", "el"))
            and word not in spelling.lower().replace("-", " ").split())  # "Mas-hara": its own "hara"


# a name the sentence calls a city's quarter after it: "al-Aziziyah, a mostly Christian quarter of Aleppo city"
_QUARTER_APPOSITION = compiled(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:quarter|neighbou?rhood|district)\s+of\b", re.I)


class Geoparser:
    """Finds place mentions with one trie walk per text and resolves them."""

    MAX_WORDS = 6

    def __init__(self, gazetteer: Gazetteer, blocked: Iterable[str] = ()):
        self.gazetteer = gazetteer
        self._trie = {key: spelling for key, spelling in gazetteer.word_keys().items() if len(key) <= self.MAX_WORDS}
        self._prefixes = {key[:n] for key in self._trie for n in range(1, len(key))}
        self._blocked_words = {w.lower() for w in blocked}
        self._cache: dict[str, list[Place]] = {}
        self._paragraphs: dict[str, tuple[list[Mention], frozenset]] = {}

    # -- finding ------------------------------------------------------------
    def find(self, text: str, exclude: list[tuple[int, int]] = ()) -> list[Mention]:
        """Place mentions in ``text``, paragraph by paragraph.

        A name never spans a blank line, and what follows a name in the next
        paragraph says nothing about it, so each paragraph is read on its own
        and its reading kept: wire copy, updates and page furniture repeat
        paragraphs across articles. A name seen as a person's anywhere in the
        text ("Almunqez al Salamuni said") is a person's everywhere in it.
        """
        if exclude:
            mentions, people = self._find_in(text, exclude)
        else:
            mentions, people = [], set()
            for start, end in paragraph_spans(text):
                found, persons = self._find_paragraph(text[start:end])
                mentions.extend(m.shifted(start) if start else m for m in found)
                people |= persons
        return [m for m in mentions if light_key(m.text) not in people]

    def _find_paragraph(self, paragraph: str) -> tuple[list[Mention], frozenset]:
        found = self._paragraphs.get(paragraph)
        if found is None:
            if len(self._paragraphs) >= PARAGRAPHS_KEPT:
                self._paragraphs.clear()  # bounded memory however many articles stream through
            mentions, people = self._find_in(paragraph, ())
            found = self._paragraphs[paragraph] = (mentions, frozenset(people))
        return found

    def _find_in(self, text: str, exclude) -> tuple[list[Mention], set[str]]:
        """Mentions and the names seen as people's."""
        stop_words = _not_places_source()[1]
        masked = SpanSet(list(exclude) + _not_place_spans(text) + _month_spans(text) + _disowned_spans(text)
                         + _weapon_name_spans(text))
        tokens = tokenize(text)
        mentions: list[Mention] = []
        people: set[str] = set()
        trie, prefixes, count = self._trie, self._prefixes, len(tokens)
        # a name starts with a capital or an Arabic letter (`_acceptable` refuses any other start): most
        # words start none, and are passed over before their keys are looked up
        starts = [n for n, (_, _, word) in enumerate(tokens) if _may_start_a_name(word)]
        resume = 0  # the token after the last name read: a start inside it is passed over
        for i in starts:
            if i < resume:
                continue
            first_word = tokens[i][2]
            if _token_keys(first_word)[2]:
                continue
            best = None
            key: tuple[str, ...] = ()
            j = i
            while j < count and len(key) < self.MAX_WORDS:
                # (fold keys, is an article, fold keys before another word: ``_token_keys``): an article glued
                # to the next word inside a name counts as part of it ("Deir Ezzor")
                folded, folded_inner, is_article, before, before_inner = _token_keys(tokens[j][2])
                if j > i and is_article:
                    if text.startswith(_POSSESSIVE, tokens[j - 1][1]) or not _adjacent(text, tokens[j - 1], tokens[j]):
                        break  # "Raqqa's al-Baath": a possessive between, two names; "Thaala (As-Sweida)" too
                    j += 1
                    continue
                if j > i and (not _adjacent(text, tokens[j - 1], tokens[j]) or tokens[j][2] in _SPEECH_WORDS):
                    break  # "Russia said" is no name, whatever its letters fold to (Ras el Assouad)
                word, word_before = (folded, before) if j == i else (folded_inner, before_inner)
                if key + (word,) in trie and (j == i or _token_keys(tokens[j - 1][2])[2]
                                              or not _lower_word_unlike(tokens[j][2], trie[key + (word,)])):
                    best = j
                # a word with more of the name after it, as the trie keeps it ("Hweija Shnan" for Hweijet)
                key = key + (word_before,)
                if key not in prefixes:
                    break
                j += 1
            if best is None and (_elided_fold(first_word),) in trie:
                best = i  # "al-Tukaihi": At-Tkehi, its diminutive's u left out as the gazetteer writes it
            if best is None:
                joined = self._joined_name(text, tokens, i, stop_words, masked)
                if joined is not None:  # "Abukamal", "Tallabyad": a name of several words written as one
                    mentions.append(joined)
                continue
            last = best
            last = self._first_of_joined(text, tokens, i, self._longer_name(text, tokens, i, last))
            # a generic word after the name belongs to it: "al-Zawiya mount", "Idlib province"
            core_last = last
            while last + 1 < len(tokens) and _adjacent(text, tokens[last], tokens[last + 1]):
                word = tokens[last + 1][2].lower()
                if word in TRAILING_DESCRIPTORS:
                    last += 1
                elif (word in _SITE_QUALIFIERS and last + 2 < len(tokens)  # "al-Hamidiyah military camp"
                      and tokens[last + 2][2].lower() in _SITE_QUALIFIERS[word]
                      and _adjacent(text, tokens[last + 1], tokens[last + 2])):
                    last += 2
                elif (word == "military" and last + 3 < len(tokens) and tokens[last + 2][2].lower() == "air"
                      and tokens[last + 3][2].lower() in _SITE_QUALIFIERS["air"]
                      and _adjacent(text, tokens[last + 1], tokens[last + 2])
                      and _adjacent(text, tokens[last + 2], tokens[last + 3])):
                    last += 3  # "the Kuwairis military air base"
                else:
                    break
            if (last > i and tokens[last][2].lower() in _SEAT_OF_UNIT and last + 1 < count
                    and tokens[last + 1][2].lower() in _SEAT_BUILDINGS):
                last = core_last = min(core_last, last - 1)  # "the Sweida governorate building": in the city
            start, end = tokens[i][0], tokens[last][1]
            surface = text[start:end]
            verdict = self._acceptable(text, tokens, i, core_last, first_word, stop_words, masked)
            if verdict is True and (_kin_after(text, tokens, last) or _KINS_PAIRED.match(text, end)
                                    or _KIN_OF_BEFORE.search(text, max(0, start - 24), start)):
                # "the Jaafar clan", "the Shaitat tribe", "the Bakir and Shuwayt clans": people, not the village
                # Ja`fur, nor Bekar
                verdict = False
            if (verdict is True and i == last and first_word in _SONS_OF and last + 1 < count
                    and tokens[last + 1][2][:1].isupper() and _adjacent(text, tokens[last], tokens[last + 1])):
                verdict = False  # "shepherds of the Bani Khalid": a tribe ("sons of"), not the Hama village Al Bani
            if verdict is True and i == last and _INITIAL_AFTER.match(text, end):
                verdict = "person"  # "shot dead Khalil H., a council member": a man's name and initial
            if verdict is True and _PERSON_APPOSED_BEFORE.search(text, max(0, start - 30), start) and (
                    apposed := _NAME_UP_TO_A_COMMA.match(text, start)):
                # "shot dead an Iraqi refugee, Salman Jassem, in al-Hol camp": the man's name, not Bu Hamdan (alias
                # Salman) and Jasim; the words up to the comma with it
                verdict = "person"
                while last + 1 < count and tokens[last + 1][0] < apposed.end():
                    last += 1
            if verdict is True and start and text[start - 1] == "(" and _BRACKET_THEN_LANDMARK.match(text, end):
                verdict = False  # "al-Karama (Sir) square": the square's other name, not the Idleb village As Sir
            if verdict is True and _A_PERSONS_FATE_AFTER.match(text, end):
                verdict = "person"  # "after al-Balous's killing": a man (not Maskana, whose alias it is)
            if (verdict is True and (light_key(surface).split() or ("",))[0] in _KUNYA
                    and _KNOWN_AS_BEFORE.search(text, max(0, start - 40), start)):
                verdict = "person"  # "Mohammed Abdul Latif, known as Abu Ghannoum": no Abu Ghanimah, 253 km off
            if (verdict is True and (light_key(surface).split() or ("",))[0] in _KUNYA
                    and _KUNYA_S_MEN_AFTER.match(text, end)):
                verdict = "person"  # "the rule of Abu Amsha's faction": a commander, not Abo Amsha of Al-Hasakeh
            if verdict is True and _GROUP_WORD.fullmatch(surface) and _NAME_GOES_ON.match(text, end):
                verdict = False  # "Liwa Thuwar al-Raqqa": the Arabic word for a brigade, before its name
            if (verdict is True and last + 1 < count and tokens[last + 1][2].lower() in _NAMED_BUILDINGS
                    and light_key(surface).split()[0] in _GIVEN_NAMES):
                verdict = False  # "al-Hassan mosque", "Khaled bin al-Walid mosque": a man's name on a building
            if (verdict is True and last + 1 < count and tokens[last + 1][2].lower() == "river"
                    and _adjacent(text, tokens[last], tokens[last + 1])
                    and (last + 2 >= count or tokens[last + 2][2].lower() not in TRAILING_DESCRIPTORS)):
                # "along the Khabour river": a river's name, not the Hasakah quarter Al Khabour ("the Simalka river
                # crossing" is the crossing's)
                verdict = False
            if (verdict is True and i == last and i > 0 and tokens[i - 1][2].lower() == "the"
                    and first_word.lower() in _RIVER_GOVERNORATES and first_word.lower() != "golan"):
                verdict = False  # "their bodies were found near the Khabour": the river
            if verdict == "person":
                people.add(light_key(surface))
                surname = _SURNAME.match(text, end) if first_word.lower() not in _PLACE_WORDS else None
                if surname:  # "Issa al-Janati": al-Janati is his, not a place's
                    while last + 1 < count and tokens[last + 1][0] < surname.end():
                        last += 1
            elif verdict:
                # include a preceding article ("al-Sukhna") in the span
                if (i > 0 and _token_keys(tokens[i - 1][2])[2] and _adjacent(text, tokens[i - 1], tokens[i])
                        and not (tokens[i - 1][2] in _ENGLISH_ARTICLE_WORDS and text[tokens[i - 1][1]] == " ")):
                    start = tokens[i - 1][0]
                    surface = text[start:end]
                found = [p for p in self._lookup(surface) if _plausible(
                    p, i == last, _sentence_start(text, start) and not _PLACE_VERB_AFTER.match(text, end))]
                if found and all(p.country not in ("SY", "") for p in found) and _in_dateline(text, start):
                    found = []  # "BEIRUT, Nov. 30 (dpa) - Troops broke up a demonstration in ...": where it was filed
                if found and start and text[start - 1] == "#":  # "#Hasakah", "#Idlib": a post's tag names the province
                    found = sorted(found, key=lambda p: p.feature != "governorate")
                if found and found[0].match != "exact name" and _acronym_inside(tokens, i, last):
                    # an acronym ("the TUSAS facility", "The FSA's") is no respelling of a village (Taqsis, Tafsh)
                    found = []
                if found and i == last and text.startswith(" by ", end) and _sentence_start(text, start):
                    found = []  # "Hit by shelling while herding sheep in X": a verb opening the sentence, not Heet
                if found and i == last and found[0].match != "exact name" and first_word.lower() in english_words():
                    # "Aleppo Media Center", "Rocket Attack Kills Teacher": a common word capitalised, no respelling
                    # of Madaya or Teishur (a place the gazetteer spells so exactly stays: "Hit", "Tall")
                    found = []
                if found and first_word.lower() in _GIVEN_NAMES and (
                        found[0].match == "similar spelling" or i == last and found[0].match != "exact name"
                        # "Ahmad Mohammad al-Masalmeh": a man's names and his family's, not Ahmad al Muhammad of
                        # Al-Hasakeh, 566 km off, whose letters they fold to
                        or found[0].match != "exact name" and _SURNAME.match(text, end)):
                    # "Ahmad al-Khabil": a man's name, not a slip for the village Bayt Ahmad Hilal; "the Suleiman
                    # Shah Brigade": a man's name alone, not a village's alias spelled otherwise (Sulayman)
                    found = []
                if found and (found[0].match != "exact name" or found[0].ambiguous and i == last) \
                        and self._name_goes_on(text, tokens, last, stop_words):
                    # "in Rasm Kom Kqeid": a respelling of its first words (Rasm Elkema, 437 km off) is not it; nor
                    # is a word many places are called ("above Majdal Shams": no Majdal of Hama, Tartous or Sweida)
                    found = []
                if (found and i == last and first_word.lower() in _NAME_HEADS
                        and self._name_goes_on(text, tokens, last, stop_words)):
                    found = []  # "in Tall Nussif": a name's first word, the rest unknown, not the town At Tall 449 km off
                if i > 0 and tokens[i - 1][2] in _COMPASS_ADJECTIVES and _adjacent(text, tokens[i - 1], tokens[i]):
                    # "the western Ghouta": lower case, yet the region's name when the gazetteer has it so; not a
                    # village's ("the Mlah sub-district of eastern Sweida" is no village Eastern Sweida in Hama)
                    wider = [p for p in self._lookup(text[tokens[i - 1][0]:end])
                             if p.match == "exact name" and not p.is_settlement]
                    if wider:
                        start, surface, found = tokens[i - 1][0], text[tokens[i - 1][0]:end], wider
                if not found and last > i and tokens[last][2].lower() in DESCRIPTOR_FEATURES:
                    core_end = tokens[last - 1][1]  # the descriptor told us nothing: "Raqqa city"
                    found = self._lookup(text[start:core_end])
                if not found:
                    found = self._short_name_in_governorate(text, surface, tokens, last)
                if found and found[0].match != "exact name" and self._compass_and_governorate(tokens, i, last, text):
                    found, verdict = [], False  # "Western Daraa" is no respelling of Duwayr al Gharbi: read "Daraa"
                if (i < last and first_word.lower() in _FUNCTION_WORDS
                        and (not found or found[0].match != "exact name")):
                    # "In al-Hol camp": a sentence's first word, no respelling of Inkhil; and the words after it
                    # are read again ("In Tall Rifaat": no Antalya, refused above, but Tall Rifaat)
                    found, verdict = [], False
                if found:
                    mentions.append(Mention(start, end, surface, found))
            # a span refused as a whole ("eastern Deir" of "eastern Deir ez-Zor") may hold a name
            resume = last + 1 if verdict else i + 1
        named = self._names_passed_over(text, mentions, masked, people) + self._the_capital(text, masked)
        if named:
            mentions = sorted(mentions + named, key=lambda m: m.start)
        return mentions, people

    def _the_capital(self, text: str, masked: SpanSet) -> list[Mention]:
        """ "the capital", "the Syrian capital": Damascus, as Syrian reporting means it ("the Meidan district, one of
        the capital's oldest quarters" is Damascus's Midan, not Aleppo's)."""
        if "capital" not in text:
            return []
        found = []
        for match in _THE_CAPITAL.finditer(text):
            if not masked.overlaps(*match.span("name")):
                city = next((p for p in self._lookup("Damascus") if p.feature == "city"), None)
                if city is not None:
                    found.append(Mention(match.start("name"), match.end("name"), match["name"], [city]))
        return found

    def _names_passed_over(self, text: str, mentions: list[Mention], masked: SpanSet,
                                   people: set[str]) -> list[Mention]:
        """Names the scan passed over, that the text calls a village or town ("raided al-Izbah village", "the
        village of Jazrat Milaj"): the gazetteer's places spelled alike, for the text's other names to choose
        among, as with any homonym. And an Arabic name with its article, where a place is said to be ("in
        al-Muraiya"), or two words joined by "wa" ("Asfar wa Najjar", looked up without it): the settlements the
        gazetteer's own lookup accepts; and a dateline's name ("Inkhel: gunmen shot dead ...", "#Kessab | rebel
        shelling ...")."""
        stop_words = _not_places_source()[1]
        taken = SpanSet([(m.start, m.end) for m in mentions])
        found = []
        named = _SETTLEMENT_NAMED.finditer(text) if "village" in text or "town" in text else ()
        joined = _JOINED_BY_WA.finditer(text) if " wa " in text else ()
        first = _DATELINE_NAME.match(text)
        # "Deir Ezzor: Mayadeen: thousands took part ...", as the 2011-2013 daily lists wrote them: the governorate,
        # then the town
        second = (_DATELINE_NAME.match(text, first.end()) if first and (
            self.gazetteer.admin1_name(first["dateline"]) or _GOVERNORATE_AREA.fullmatch(first["dateline"])) else None)
        datelines = filter(None, [first, second, _HASHTAG_DATELINE.match(text) if "#" in text else None])
        bracketed = _NAME_BEFORE_A_BRACKET.finditer(text) if " (" in text else ()
        for match in [*named, *_ARTICLE_NAME_AFTER_PREPOSITION.finditer(text), *joined, *datelines, *bracketed]:
            group = next(g for g, value in match.groupdict().items() if value)
            start, end = match.span(group)
            name = match[group]
            light = light_key(name)
            if (taken.overlaps(start, end) or masked.overlaps(start, end) or light in people or name.isupper()
                    or any(word in stop_words for word in light.split())):
                continue  # "the Alawite village of X": a people's word, not the name
            if group in ("prep", "of", "on") and (light.split()[0] in _GIVEN_NAMES or _BUILDING_AFTER.match(text, end)):
                continue  # "near al-Hasan mosque": a man's name on a building
            asked = name.replace(" wa ", " ") if group == "wa" else name
            if group == "hashtag":  # its words apart: "TalRifaat", "Deir_ezZor", "Mezzeh86"
                asked = _tag_words(name)
            if group == "bracketed":
                # a coder's note puts the governorate in brackets after the name: "near Basqla (Idleb)" is Basqala,
                # the one place of Idleb spelled so (the gazetteer proposes it only when one is)
                admin1 = self.gazetteer.admin1_name(match["governorate"])
                places = [p for p in self.gazetteer.lookup(name, admin1=admin1, limit=CANDIDATES, explain=False,
                                                           anywhere=False)
                          if p.is_settlement and p.admin1 == admin1] if admin1 else []
                if places:
                    found.append(Mention(start, end, name, places))
                continue
            places = [p for p in self._lookup(asked) if p.is_settlement
                      or (group in ("dateline", "hashtag") and p.feature == "neighbourhood")]  # "#Mezzeh86"
            if not places and group not in ("prep", "of", "on", "wa", "dateline", "hashtag"):
                places = [p for p in self.gazetteer.spelled_alike(name) if p.is_settlement and p.country == "SY"]
            elif not places and group == "prep":
                # an Arabic name with its article where a place is said to be, that no spelling of the text's own
                # sentence reaches: the lookup's last resort for a name as a list gives it, a proposal it marks
                # precision 2, when only its vowels differ ("in al-Mrayiyeh": OCHA's Mreiyeh; but "al-Maqwas", a
                # quarter of Sweida the gazetteer lacks, is no slip for Maqlas of Homs, a consonant changed)
                consonants = skeleton_key(asked)
                places = [p for p in self.gazetteer.lookup(asked, limit=CANDIDATES, explain=False)
                          if p.is_settlement and p.country == "SY"
                          and skeleton_key(p.matched or p.name) == consonants]
            if places:
                found.append(Mention(start, end, name, places[:CANDIDATES]))
        tag = _HASHTAG_DATELINE.match(text) if "#" in text else None
        tagged = tag and next((m for m in [*mentions, *found] if m.start == tag.start("hashtag")), None)
        if tagged is not None:  # the post's text names it again, in lower case: "#Kessab | ... near kessab"
            found += [Mention(*again, tagged.candidates)
                      for again in _lower_case_repeats(text, _tag_words(tagged.text).split(), tagged.end, taken)]
        return found

    def _joined_name(self, text: str, tokens, i: int, stop_words, masked) -> Mention | None:
        """A name the gazetteer writes as several words, written as one ("Abukamal", "Tallabyad", "Kafrnabl"),
        as posts and hasty typists do: the trie reads a text word by word and misses it; the fold key, which
        joins a name's words, finds it. Only a spelling of a place's name of several words, matched exactly or
        as a spelling variant, and a word no one's name shows to be a person's."""
        start, end, word = tokens[i]
        if (len(word) < 7 or not word.isalpha() or word.isupper() or word.lower() in _GIVEN_NAMES
                or word.lower() in english_words()):  # "Battery" is no Beit Ara, "Ordered" no Ard al Arid
            return None
        # a post's hashtag joins the words by their capitals ("#TallEdDaman", "#SeeratAlyah"): apart again
        spelled = _CAMEL_HUMP.sub(r"\1 \2", word) if text[start - 1:start] == "#" else word
        if fold_key(spelled) not in self.gazetteer.fold_keys:
            return None
        if self._acceptable(text, tokens, i, i, word, stop_words, masked) is not True:
            return None
        found = [p for p in self._lookup(spelled) if p.match in ("exact name", "spelling variant")]
        if not found or " " not in light_key(found[0].matched or found[0].name):
            return None
        return Mention(start, end, word, found)

    def _name_goes_on(self, text: str, tokens, last: int, stop_words) -> bool:
        """Does a capitalised word follow, a space away, that is no name as written: the rest of a longer name the
        gazetteer lacks ("Rasm Kom Kqeid", "Dour Ein Alqa")? Not a generic word ("Military", "Province"), a day or
        a month."""
        if last + 1 >= len(tokens) or not _SPACES.fullmatch(text, tokens[last][1], tokens[last + 1][0]):
            return False
        word = tokens[last + 1][2]
        lowered = word.lower()
        return (word[:1].isupper() and not word.isupper() and lowered not in stop_words
                and lowered not in TRAILING_DESCRIPTORS and lowered not in DESCRIPTOR_FEATURES
                and lowered not in _SITE_QUALIFIERS and lowered not in _NOT_NAME_WORDS
                and not _MONTH_OR_DAY.fullmatch(word)
                and not any(p.match == "exact name" for p in self._lookup(word)[:1]))

    def _short_name_in_governorate(self, text: str, surface: str, tokens, last: int) -> list[Place]:
        """A name too short for its spelling variants to be matched across Syria ("Fulla", Fullah), looked for in
        the governorate its clause names next ("in Fulla in the western Homs countryside", "Al-Taouneh (Hama)"):
        the gazetteer proposes it there only when one place has it."""
        if len(fold_key(surface)) >= MIN_FOLD_LENGTH:
            return []
        stop = min(len(tokens), last + GOVERNORATE_AFTER_WORDS + 1)
        for k in range(last + 1, stop):
            gap = text[tokens[k - 1][1]:tokens[k][0]].strip(" -")
            if gap and not (k == last + 1 and gap in (",", "(")):  # "X, Idlib"; a stop or a later comma ends it
                break
            for size in (1, 2):
                if k + size <= len(tokens):
                    admin1 = self.gazetteer.admin1_name(text[tokens[k][0]:tokens[k + size - 1][1]])
                    if admin1:
                        return self.gazetteer.lookup(surface, admin1=admin1, limit=CANDIDATES, explain=False,
                                                     anywhere=False)
        return []

    def _longer_name(self, text: str, tokens, i: int, last: int) -> int:
        """The last word of the name that starts at ``i``: past the trie's match when the capitalised words
        after it spell, with it, a name the gazetteer knows otherwise ("Hawayij Bu Masaa" is Hawayej Bumasaa,
        not Hawayej; "Huwayjat Shnan" is no village "Huwayjat" 187 km away). A longer span is taken only when
        it matches as a name, not as a known name with generic words ("Deir ez-Zor Military Council")."""
        run = last
        while (run + 1 < len(tokens) and run - i + 1 < self.MAX_WORDS
               and text[tokens[run][1]:tokens[run + 1][0]] in (" ", "-")  # "Deir ez-Zor - Hatla" is two names
               and (_may_start_a_name(tokens[run + 1][2]) or _token_keys(tokens[run + 1][2])[2])):
            run += 1
        for end in range(run, last, -1):
            if _token_keys(tokens[end][2])[2]:
                continue  # a name does not end on an article
            words = [t[2].lower() for t in tokens[last + 1:end + 1]]
            if any(w in _NOT_NAME_WORDS or w in DESCRIPTOR_FEATURES or w in TRAILING_DESCRIPTORS
                   or _DESERT_WORD.fullmatch(w) for w in words):
                continue
            found = self._lookup(text[tokens[i][0]:tokens[end][1]])
            if found and found[0].match in _NAME_MATCHES:
                return end
        return last

    def _first_of_joined(self, text: str, tokens, i: int, last: int) -> int:
        """The last word of the first name when a hyphen joins two names the gazetteer knows as written:
        "the Homs-Hama highway" names two cities, not the village "Hims - Hamah" in Deir ez-Zor, and
        "Damascus-Amman" is no respelling of Damascus's Amin quarter. A whole that is itself a name as
        written stays one ("Deir ez-Zor")."""
        for k in range(i + 1, last + 1):
            if text[tokens[k - 1][1]:tokens[k][0]] != "-" or _token_keys(tokens[k - 1][2])[2]:
                continue  # no hyphen here, or one after an article ("Saham al-Golan")
            whole = self._lookup(text[tokens[i][0]:tokens[last][1]])
            if whole and whole[0].match == "exact name":
                return last
            left = self._lookup(text[tokens[i][0]:tokens[k - 1][1]])
            right = self._lookup(text[tokens[k][0]:tokens[last][1]])
            if left and right and left[0].match == right[0].match == "exact name":
                return k - 1
        return last

    def _acceptable(self, text, tokens, i, last, first_word, stop_words, masked) -> bool | str:
        """True, False, or "person" when the words around it show a person's name."""
        start, end = tokens[i][0], tokens[last][1]
        if masked.overlaps(start, end):
            return False
        if not _may_start_a_name(first_word):
            return False
        glued_article = bool(_GLUED_ARTICLE_BEFORE.search(text[max(0, start - 4):start]))
        lowered = first_word.lower()
        if "'" in lowered or "’" in lowered:
            lowered = lowered.replace("'", "").replace("’", "")  # "Shi'ite" is the word "shiite", no village Sabitah
        if i == last and not glued_article and (lowered in stop_words or lowered in self._blocked_words):
            return False  # "Bab" alone is a word; "al-Bab" is the town
        if first_word.isupper() and first_word.isalpha() and len(first_word) <= 4 and i == last \
                and not _in_dateline(text, start) and not _alert_opening(text, start, end):
            return False  # acronyms (SAA, SDF, IS) are not places; "HOMS, Syria (AP) -" and "HAMA - ..." are, and
            # so is a name with a digit ("the T4 airfield")
        if (i == last and first_word in _DAY_ABBREVIATIONS
                and text[max(0, start - 3):start].lower() not in ("as ", "as-")):
            return False  # a clipped note's day ("hit with RPG Sat 15 Feb"), not the Idleb village As Sat
        if _FRIDAY_NAMED_BEFORE.search(text, max(0, start - 60), start):
            return False  # a protest Friday's name: "the 'Friday of the Descendants of Khalid'" (no village Khalid)
        if _SIDE_TAKEN_BEFORE.search(text, max(0, start - 5), start):
            return False  # "the pro-Damascus National Defence Forces", "anti-Ankara protests": a side, not a place
        # a capitalised word right before (not a place word) makes this a person's name:
        # "Talas al Salameh", "Abu Bakr al-Baghdadi"
        k = i - 1
        # (an English word is no article: in "the SDF at al-Bagouz" the name follows "at", not the capital "SDF")
        while k >= 0 and tokens[k][2].lower() in ARTICLES and _adjacent(text, tokens[k], tokens[k + 1]) \
                and not (tokens[k][2] in _ENGLISH_ARTICLE_WORDS and text[tokens[k][1]:tokens[k + 1][0]].isspace()):
            k -= 1
        if k >= 0:
            prev_start, prev_end, prev = tokens[k]
            gap = text[prev_end:tokens[k + 1][0]]
            if (i == last and prev[:1].isupper() and _AYN_AND_SPACES.fullmatch(gap)
                    and light_key(first_word) in QUALIFIERS):
                # "the Bab al-Saghir cemetery": "the small", of a name the gazetteer lacks; no village ("Abu Kubay'
                # al-Gharbi" is western Abu Kubay', not the Idleb village Al Gharbi 200 km off)
                return False
            if prev[:1].isupper() and _SPACES.fullmatch(gap) and prev.lower() in _NAME_HEADS:
                return False  # "in Mjannat Abu Serhan": the end of a name the gazetteer lacks, not the village Sreihin
            if prev[:1].isupper() and _SPACES.fullmatch(gap) and prev.lower() in _GROUP_HEADS:
                return False  # "Ansar al-Sharia fighters": a group's name, not the Hama village Shari'a
            if (prev.lower() in ("wa", "w") and k > 0 and tokens[k - 1][2][:1].isupper()
                    and _SPACES.fullmatch(gap) and _SPACES.fullmatch(text, tokens[k - 1][1], prev_start)):
                return False  # "Asfar wa Najjar": the end of a name joined by "and", not the village Njara
            given = k < i and prev.lower() in _GIVEN_NAMES  # "Ahmad al-Khabil", whatever else "Ahmad" is
            # a nom de guerre: "a commander known as Abu Salem al-Iraqi" (no village al-Iraqi in Damascus), when
            # "Abu Salem" is no place's name
            given = given or (k < i and k > 0 and tokens[k - 1][2] in ("Abu", "Umm")
                              and prev[:1].isupper() and _SPACES.fullmatch(text, tokens[k - 1][1], prev_start)
                              and not self._lookup(f"{tokens[k - 1][2]} {prev}"))
            # ... or a given name two words before: "the body of Raed Kinan Haddad" (no village Haddad)
            given = given or (k == i - 1 and k > 0 and tokens[k - 1][2].lower() in _GIVEN_NAMES
                              and prev[:1].isupper() and tokens[k - 1][2][:1].isupper()
                              and _SPACES.fullmatch(text, tokens[k - 1][1], prev_start))
            # (a given name opens a sentence as a name: "Ali al-Hussein, a nurse, was killed")
            # (not a compass letter: "IS truck bomb in W Qamishli" is the city's west)
            if (prev[:1].isupper() and _SPACES.fullmatch(gap) and prev.lower() not in _PLACE_WORDS
                    and prev not in _COMPASS_LETTERS and (given or not _sentence_start(text, prev_start))
                    and (given or (prev.lower() not in stop_words and (_fold_word(light_key(prev)),) not in self._trie
                                   # (nor a headline's capitalised verb: "Jaish al-Fatah Captures Jisr al-Shughour")
                                   and prev.lower() not in english_words()))):
                return "person"
        # a title before the name, or before a given name or two: "IS leader al-Baghdadi", "Military Council chief
        # Ahmad al-Khubayl", "the media activists Raed Fares"
        k = i - 1
        while k >= 0 and i - k <= 3 and (tokens[k][2][:1].isupper() or tokens[k][2].lower() in ARTICLES):
            k -= 1
        if k >= 0 and tokens[k][2].lower() in _PERSON_TITLES and _SPACES.fullmatch(text, tokens[k][1], tokens[k + 1][0]):
            return "person"
        if (k == i - 1 and tokens[k][2].lower() in _KIN_BEFORE_A_NAME and _SPACES.fullmatch(text, tokens[k][1], start)
                and last + 1 < len(tokens) and tokens[last + 1][2][:1].isupper()
                and _SPACES.fullmatch(text, end, tokens[last + 1][0])):
            return "person"  # "her husband Wael Hamada": kin, then a first name and a surname (no village Wael)
        # people speak; places do not: "al Salamuni said", "said Salameh"
        if (_SPEECH_AFTER.match(text[end:end + 12]) and not _SPEAKERS_OF_BEFORE.search(text, max(0, start - 40), start)
                or _AGE_AFTER.match(text, end, end + 60)):
            return "person"
        if _AGE_IN_BRACKETS.match(text, end, end + 8) and (
                first_word.lower() in _GIVEN_NAMES or i > 0 and tokens[i - 1][2].lower() in _GIVEN_NAMES):
            return "person"  # "the child Nour al-Din Mohammad al-Rifai (13)"; not "Idleb (3)" in a tally
        if _COMMAND_OF_BEFORE.search(text, max(0, start - 30), start):
            return "person"  # "under the command of Zahran Alloush": a man (not Za'ra, a village of Aleppo)
        if (i == last or first_word.lower() in ("abu", "bin", "ibn", "umm")) and _SURNAME.match(
                text[end:end + 12]):
            return "person"  # "Bashar al-Assad", "Issa al-Janati", "Abu Bakr al-Baghdadi"
        if (first_word.lower() in _GIVEN_NAMES and last + 1 < len(tokens)
                and tokens[last + 1][2].lower() in _GIVEN_NAMES and _SPACES.fullmatch(text, end, tokens[last + 1][0])):
            return "person"  # "Bilal Zakaria Hammadi", "Salim Jihad al-Mohammad": a given name, then his father's
        if i == last and first_word.lower() in _GIVEN_NAMES and self._name_goes_on(text, tokens, last, stop_words):
            return "person"  # "under Zahran Alloush's command": a given name, then a surname no place has (Za'ra)
        # followed by a given-name-like capitalised word is fine ("Deir Ezzor province");
        # followed by "news", "channel", "agency", "TV" is media
        if _ORGANISATION_AFTER.match(text, end, end + 24) or _ALIGNMENT_AFTER.match(text, end, end + 14):
            return False
        return True

    def _compass_and_governorate(self, tokens, i: int, last: int, text: str) -> bool:
        """ "Western Daraa", "Eastern Homs": a side of a governorate, whatever other name its letters fold to."""
        return (last > i and tokens[i][2].lower() in _COMPASS_ADJECTIVES
                and self.gazetteer.admin1_name(text[tokens[i + 1][0]:tokens[last][1]]) is not None)

    def _lookup(self, surface: str) -> list[Place]:
        found = self._cache.get(surface)
        if found is None:
            if len(self._cache) >= SURFACES_KEPT:
                self._cache.clear()  # bounded however many names stream through
            found = self._cache[surface] = self.gazetteer.lookup(surface, limit=CANDIDATES, explain=False,
                                                                 anywhere=False)
        return found

    # -- choosing -------------------------------------------------------------
    def resolve(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Choose a candidate for each mention from its context; compute relative places."""
        if "countryside of" in text:
            mentions = [self._countryside_of_damascus(text, m) for m in mentions]
        mentions = self._listed_beside(text, self._pair_homonyms(text, self._apply_context(text, mentions)))
        # (not where people or forces went off to: "buses left Barzeh carrying fighters north to Idlib", "the SDF
        # withdrew toward Hasakah" say nothing of which Barzeh, which Karama)
        anchors = _Anchors(anchor for m in mentions if m.candidates and (anchor := _anchor_of(m)) is not None
                           and (len(m.candidates) == 1 or anchor.country == "SY") and not anchor.ambiguous
                           and not stands_for_its_government(text, m, mentions) and not _went_off_to(text, mentions, m)
                           and not _signed_in(text, m.start)
                           and not _SOLIDARITY_BEFORE.search_within(text, max(0, m.start - 90), m.start))
        out = []
        for index, mention in enumerate(mentions):
            before = text[max(0, mention.start - 80):mention.start]
            after = text[mention.end:mention.end + 40]
            candidates = mention.candidates
            role = mention.role if mention.role == "context" else _role_from_words(mention.text, before, after)
            role = role or mention.role
            if len(mentions) > 1 and _in_dateline(text, mention.start) and any(
                    not _in_dateline(text, other.start) for other in mentions):
                # "QAMISHLI, Syria (AP) - A drone struck a convoy heading to the Tishreen Dam": where the story was
                # filed, the scene only of a story that names no other place
                role = "context"
            if not role and _MOUNTAINS_LAST.search(mention.text) and self.gazetteer.admin1_name(
                    split_descriptors(mention.text)[0]):
                role = "governorate"  # "the Latakia mountains": the governorate's, not its coastal city (+-5 km)
            elif not role and _MOUNTAINS_LAST.search(mention.text) and candidates and candidates[0].feature == "city":
                role = "district"  # "Jableh mountains": the hills of the city's district, not the city (+-5 km)
            if role in ("district", "subdistrict") and (city := _citys_possessive(text, mentions, index)):
                # "Qamishli's al-Tay district": a quarter of the city, not the Qamishli district (+-57 km) an alias
                # of the quarter is matched to; "Idlib's Jisr al-Shughur district" stays the district
                own = [p for p in candidates if p.feature in UNIT_FEATURES and p.name == city.name]
                if own and own == [p for p in candidates if p.feature in UNIT_FEATURES]:
                    role, candidates = "", [p for p in candidates if p not in own] or candidates
            if role in ("district", "subdistrict") and not any(p.feature == role for p in candidates):
                candidates = self._unit_named(mention, role) + candidates
            notes = mention.notes
            if role == "settlement" and candidates and candidates[0].feature == "city":
                said = _SETTLEMENT_BEFORE.search(before)
                villages = [p for p in candidates if p.is_settlement and p.feature != "city"
                            and p.match == candidates[0].match]
                if said and said.group(1).lower() in ("village", "hamlet") and villages:
                    # "near the village of al-Hama, across the Euphrates from Maadan": no city is a village; its
                    # namesake villages are meant (the article's places may settle which, below)
                    notes += (f"said a village: not the city {candidates[0].name}, but a village of its name",)
                    mention = evolve(mention, candidates=villages + [p for p in candidates if p not in villages
                                                                     and p.feature != "city"])
                    candidates = [self._one_of(villages)] + villages[1:]
            chosen = _choose(candidates, role, anchors) if role != "context" else candidates[0]
            if (role in ("", "settlement") or (role == "region" and _local(chosen))) and _BY_THE_ROAD not in notes:
                # (a road the sentence names has settled it: the article's other places, the road's towns
                # among them, do not move it to a namesake beside one of them)
                settled = self._settle_by_neighbours(mention, chosen, anchors)
                if settled is not chosen:
                    notes += (f"{settled.name}: of its homonyms near other places the article names, the nearest; "
                              f"widened to {settled.uncertainty_km:g} km, as the text does not say which"
                              if settled.ambiguous else
                              f"{settled.name}: of its homonyms, the one near other places the article names",)
                chosen = settled
            if role == "desert" and (chosen.is_settlement or chosen.feature in ADMIN_UNITS):
                chosen, said = self._desert_of(mention, chosen)
                notes += (said,)
            if role == "region" and (chosen.is_settlement or (chosen.feature == "neighbourhood"
                                                              and "region" in after[:8].lower())):
                # "Shehba region villages": a region the gazetteer lacks, named like a place in it (or not: the
                # Aleppo quarter Ash-Shahba'a); the land round it, widened as a town's countryside is
                chosen = evolve(chosen, geo_precision=max(2, chosen.geo_precision),
                                uncertainty_km=max(chosen.uncertainty_km, COUNTRYSIDE_KM))
                notes += (f"named as a region, but only a place of that name is known: at it, widened to "
                          f"{chosen.uncertainty_km:g} km",)
            if role == "governorate" and chosen.feature != "governorate":
                if chosen.is_settlement:  # "the Manbij countryside": the land round the town, coded at the town
                    chosen = evolve(chosen, geo_precision=max(2, chosen.geo_precision),
                                    uncertainty_km=max(chosen.uncertainty_km, COUNTRYSIDE_KM))
                    notes += ("named as a province, but only a settlement of that name is known: at it, "
                              f"widened to {chosen.uncertainty_km:g} km",)
                else:
                    notes += (f"named as a province: the {chosen.feature} of that name, within "
                              f"{chosen.uncertainty_km:g} km",)
            mention = evolve(mention, place=chosen, role=role, lat=chosen.lat, lon=chosen.lon,
                              geo_precision=chosen.geo_precision, uncertainty_km=chosen.uncertainty_km, notes=notes)
            out.append(_apply_relation(text, mention, before, mentions, index))
        return _one_place_per_name(_bracketed_path_is_context(text, out))

    def _one_of(self, places: list[Place]) -> Place:
        """The first of namesakes the text has not chosen between: as it is if they are one place, else widened
        over the others (``_widened``)."""
        first = places[0]
        spread = max(haversine_km(p.lat, p.lon, first.lat, first.lon) for p in places)
        return first if spread <= SAME_PLACE_KM else _widened(first, self.gazetteer.get(first.id) or first, spread)

    def _countryside_of_damascus(self, text: str, mention: Mention) -> Mention:
        """ "Kafr Darak in the south-western countryside of Damascus": the governorate round the city, Rural
        Damascus (Rif Dimashq), as "the Damascus countryside" is; not the city's own small governorate."""
        if not (mention.candidates and mention.candidates[0].admin1 == "Damascus"
                and _COUNTRYSIDE_OF_BEFORE.search(text, max(0, mention.start - 40), mention.start)):
            return mention
        rural = [p for p in self._lookup("Rural Damascus") if p.feature == "governorate"][:1]
        return evolve(mention, candidates=rural + list(mention.candidates)) if rural else mention

    def _unit_named(self, mention: Mention, role: str) -> list[Place]:
        """The district or sub-district the text names by its town ("the Busayrah sub-district": the unit
        called Basira, whose town the name alone finds, 23 km from the unit's centre), in the town's
        governorate, or the unit seated at a town the name finds (``_unit_seated_at``); none if neither."""
        top = mention.candidates[0]

        def named() -> list[Place]:
            return [p for p in self._lookup(f"{mention.text} {role}") if p.feature == role and p.admin1 == top.admin1][:1]

        if any(p.feature == "neighbourhood" for p in mention.candidates):
            return named()  # "the al-Waer district of Homs": a quarter of the city, as the press calls one
        # a town the name spells exactly says which unit first: "the Sirrin sub-district" is Sarin's (Şirrīn),
        # not a Suran's whose letters the unit's name also folds to
        seated = self._unit_seated_at([top], role) if top.match == "exact name" else []
        return seated or named() or self._unit_seated_at(mention.candidates[:UNIT_SEATS], role)

    def _unit_seated_at(self, candidates: list[Place], role: str) -> list[Place]:
        """The units of ``role`` named after a candidate town they are seated in: "the Dhiban sub-district" and
        "the Serêkaniyê sub-district" are spelled as the towns Thiban and Ras al-Ain are known, not as their
        units; a town's own sub-district (district) is its admin3 (admin2) in OCHA's rows, named as the town
        is when the town is its seat. A district found for a sub-district's name gives its seat's unit too
        ("the al-Mukharram sub-district": the Al Makhrim district's centre sub-district)."""
        units: list[Place] = []
        for place in candidates:
            if place.is_settlement:
                seat = place.admin3 if role == "subdistrict" else place.admin2
                if (role == "district" and place.prominence >= SEAT_PROMINENCE and place.admin3
                        and fold_key(place.admin3) == fold_key(place.admin2)):
                    name = seat  # a city in its district's centre sub-district, named as the district is (OCHA's
                    # "markaz"): "the Tabqa district" is Ath-Thawrah, seated at Tabqa (al-Thawrah)
                else:
                    name = place.name
            elif place.feature == "district" and role == "subdistrict":
                seat = name = place.name
            else:
                continue
            if not seat or fold_key(seat) != fold_key(name):
                continue  # not the seat of a unit of its name
            units += [p for p in self._lookup(f"{seat} {role}") if p.feature == role and p.admin1 == place.admin1
                      and p.admin2 == place.admin2 and fold_key(p.name) == fold_key(seat) and p not in units][:1]
        # the seat says which unit: a namesake elsewhere ("Dalyeh" and "Da'el" fold alike) leaves it in no doubt
        return [_settled(unit, self.gazetteer.get(unit.id) or unit) if unit.ambiguous else unit for unit in units]

    def _pair_homonyms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Names in doubt among far-apart homonyms, named close together: the namesakes beside each other.

        "The road between Tell Shihab and Zeyzoun": each name has a namesake far off (Tall Shihab in Homs,
        Zayzun in Hama), so neither places the other as an anchor would (``_settle_by_neighbours``); but
        only the Daraa pair lie beside each other. A candidate is taken when it lies within BESIDE_KM of a
        candidate of another name said within PAIR_CHARS, and its rivals lie CLEARLY_FURTHER_KM further
        from every such candidate; otherwise the doubt stands.
        """
        doubtful = [index for index, m in enumerate(mentions)
                    if m.candidates and m.candidates[0].ambiguous and not m.role and _local(m.candidates[0])]
        if not doubtful:
            return mentions
        mentions = list(mentions)
        for index in doubtful:
            mention = mentions[index]
            name = light_key(mention.text)
            # each name's candidates matched as well as its first: its homonyms, not mere spelling variants; not
            # a landmark the text places it by ("north of Aleppo" says it is off the city, not beside it)
            partners = [p for other in mentions if other is not mention and other.role != "context"
                        and abs(other.start - mention.start) <= PAIR_CHARS and light_key(other.text) != name
                        and other.candidates and not stands_for_its_government(text, other, mentions)
                        and not _signed_in(text, other.start)
                        for p in other.candidates[:PAIR_CANDIDATES]
                        if _local(p) and p.match == other.candidates[0].match]
            options = [p for p in mention.candidates[:PAIR_CANDIDATES]
                       if _local(p) and p.match == mention.candidates[0].match]
            if not partners or len(options) < 2:
                continue

            def gap(place: Place) -> float:
                return min(haversine_km(place.lat, place.lon, q.lat, q.lon) for q in partners)

            ranked = sorted(options, key=gap)
            best, best_gap = ranked[0], gap(ranked[0])
            rivals = [p for p in ranked[1:] if haversine_km(p.lat, p.lon, best.lat, best.lon) > SAME_PLACE_KM]
            kin = "of its homonyms"
            if best_gap > BESIDE_KM:
                best, rivals, kin = self._variant_beside(text, mention, mentions, options), [], "spelled alike"
                if best is None:
                    continue
            if any(gap(p) < best_gap + CLEARLY_FURTHER_KM for p in rivals):
                continue
            partner = min(partners, key=lambda q: haversine_km(best.lat, best.lon, q.lat, q.lon))
            row = self.gazetteer.get(best.id) or best
            mentions[index] = evolve(mention, candidates=[_settled(best, row)] + [p for p in mention.candidates
                                                                                  if p is not best],
                                     notes=mention.notes + (f"{best.name}: {kin}, the one beside "
                                                            f"{partner.name}, named with it",))
        return mentions

    def _listed_beside(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name listed with a sure settlement, whose first place lies far from it while a namesake spelled as well
        lies beside it: "left Qudsaya and al-Hama under a deal" is the Al-Hama by Qudsaya, not Hama city 182 km
        off. Only names listed together ("X and Y", "X, Y"), only a namesake within BESIDE_KM of the other."""
        out = list(mentions)
        for index, mention in enumerate(mentions):
            if mention.role or len(mention.candidates) < 2:
                continue
            top = mention.candidates[0]
            for other in (mentions[index - 1] if index else None, mentions[index + 1] if index + 1 < len(mentions)
                          else None):
                if (other is None or other.role or not other.candidates or other.candidates[0].ambiguous
                        or not other.candidates[0].is_settlement or not _local(other.candidates[0])
                        or not _listed_together(text, mention, other)):
                    continue
                partner = other.candidates[0]
                if haversine_km(top.lat, top.lon, partner.lat, partner.lon) <= LISTED_FAR_KM:
                    break
                beside = [p for p in mention.candidates[1:] if p.match == top.match and p.is_settlement
                          and haversine_km(p.lat, p.lon, partner.lat, partner.lon) <= BESIDE_KM]
                if beside:
                    row = self.gazetteer.get(beside[0].id) or beside[0]
                    out[index] = evolve(mention, candidates=[_settled(beside[0], row)] + [
                        p for p in mention.candidates if p is not beside[0]], notes=mention.notes + (
                        f"{beside[0].name}: the namesake beside {partner.name}, listed with it",))
                break
        return out

    def _variant_beside(self, text: str, mention: Mention, mentions: list[Mention],
                        homonyms: list[Place]) -> Place | None:
        """No homonym of a doubtful name lies beside a place named with it, but a place spelled alike does, by a
        name in no doubt: "raided al-Asbah and Ayn al-Tinah" is the Ein Eltineh beside Asbah (Quneitra), not one
        of the five `Ayn at Tinah 200 km off. Only a name listed with it, and when every such place is one (within
        SAME_PLACE_KM)."""
        sure = [other.candidates[0] for other in mentions if other is not mention and other.role != "context"
                and other.candidates and not other.candidates[0].ambiguous and _local(other.candidates[0])
                and other.candidates[0].is_settlement and _listed_together(text, mention, other)]
        if not sure:
            return None
        seen = {p.id for p in homonyms}
        beside = [p for p in self.gazetteer.spelled_alike(mention.text) if p.id not in seen and _local(p)
                  and p.is_settlement and any(haversine_km(p.lat, p.lon, q.lat, q.lon) <= BESIDE_KM for q in sure)]
        if not beside or any(haversine_km(p.lat, p.lon, beside[0].lat, beside[0].lon) > SAME_PLACE_KM for p in beside):
            return None
        return beside[0]

    def _desert_of(self, mention: Mention, chosen: Place) -> tuple[Place, str]:
        """ "The Homs desert", "the Palmyra desert": the open country of a governorate or round a town, not
        the city. A governorate's name gives the governorate (precision 3); a town's, the town widened to
        DESERT_KM at precision 3, where reporters' deserts reach (the Badia has no edge to draw)."""
        core = split_descriptors(mention.text)[0]
        admin1 = self.gazetteer.admin1_name(core)
        if admin1 is not None:
            governorate = next((p for p in [*mention.candidates, *self._lookup(core)]
                                if p.feature == "governorate" and p.admin1 == admin1), None)
            if governorate is not None:
                return (evolve(governorate, geo_precision=3),
                        f"the desert of {governorate.name} governorate: coded at the governorate, precision 3")
        widened = evolve(chosen, geo_precision=3, uncertainty_km=max(chosen.uncertainty_km, DESERT_KM))
        return widened, f"the desert round {chosen.name}: at it, widened to {widened.uncertainty_km:g} km, precision 3"

    def _apply_context(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A governorate, district or region named for a settlement decides it, and is not a location.

        "shelled Morek in Hama", "Jalma village in the Jandairis area of Afrin",
        "Mansura village in western Aleppo countryside", "Tafas, Dar'a": the unit
        after the settlement keeps only the settlement's candidates inside it (a
        place of that name elsewhere is rejected; with none inside, the settlement
        is dropped and the unit is what the text locates), and the unit's mention
        becomes ``role="context"``. An ambiguous settlement with no such link takes
        a governorate named elsewhere in its sentence as context.
        """
        mentions = self._names_by_landmarks(text, mentions)
        self._abroad(text, mentions)  # the country a text puts a name in first: its neighbours are read in it
        self._regions_in_governorates(text, mentions)
        # units first, then landmarks: in "al-Jdeideh village near Suran, northern Aleppo" Aleppo says which
        # Suran, and that Suran which al-Jdeideh
        landmarks = [(index, reach) for index in range(len(mentions) - 1)
                     if (reach := self._link(text, mentions, index)) is not None]
        for index, (reach, bearing, said_km) in landmarks:
            if mentions[index].candidates and mentions[index + 1].candidates:
                near_said = _NEAR_WORD.search(text, mentions[index].end, mentions[index + 1].start) is not None
                self._near_link(mentions, index, reach, bearing, said_km, near_said)
                self._listed_near(text, mentions, index, reach, bearing)
        self._listed_in_governorate(text, mentions)
        self._written_again_in_brackets(text, mentions)
        self._listed_with_a_quarter(text, mentions)
        self._possessive_units(text, mentions)
        for index in range(len(mentions) - 1):  # "al-Naseriyah/Nasra village in Janudiyeh": Nasra settled, the first
            if text[mentions[index].end:mentions[index + 1].start] == "/":
                self._second_name(text, mentions, index)
        stops: list[int] | None = None
        for index, mention in enumerate(mentions):
            if mention.candidates and not mention.role and (_said_a_quarter(mention)
                                                            or _district_of_a_city(text, mentions, index)):
                self._quarter_of_city_named(text, mentions, index)
                mention = mentions[index]
            elif mention.candidates and not mention.role and _QUARTER_APPOSITION.match(text, mention.end):
                self._quarter_by_apposition(text, mentions, index)
                mention = mentions[index]
            elif mention.candidates and not mention.role:
                self._quarter_listed_with_others(text, mentions, index)
                mention = mentions[index]
            if (mention.role or not mention.candidates or not mention.candidates[0].ambiguous
                    or any(note.endswith(_UNIT_SAID) for note in mention.notes)):
                continue  # (a unit the text puts it in is said: "in Rmailan in Hasakah countryside", not another's)
            if stops is None:  # read once, for the first ambiguous name
                stops = _sentence_stops(text)
                starts = [m.start for m in mentions]
                starts = starts if starts == sorted(starts) else None
            same = _same_sentence(text, mentions, index, stops, starts)
            # (not a name the text places by a bearing from a landmark: "near al-Talaa village, south of Hasakah
            # city" is by the city, however near the road's end that is)
            on_road = [] if _BEARING_AFTER.match(text, mention.end) else _by_a_road_named(text, mention, same,
                                                                                           self.gazetteer.get)
            if on_road:
                top = _settled(on_road[0], self.gazetteer.get(on_road[0].id) or on_road[0])
                mentions[index] = evolve(mention, candidates=[top] + [p for p in mention.candidates
                                                                      if p not in on_road],
                                         notes=mention.notes + (_BY_THE_ROAD,))
                continue
            for other in same:
                if _in_dateline(text, other.start):
                    continue  # "DAMASCUS (Reuters) - ... clashed in the town of al-Mazraa": where it was filed
                if ends_of_a_road(text, mention, other) or ROAD_NAMED_AFTER.match(text, other.end):
                    # "the Ithriya-Raqqa road": Raqqa is its other end, not the unit Ithriya is in; nor is a road's
                    # town ("at al-Mazraa on the Damascus-Sweida highway" is no quarter of Damascus)
                    continue
                if _headed_for(text, mentions, other):
                    continue  # "rebels in al-Tall ... would leave for Idlib": where they went holds no place named
                if _SOMEONE_FROM_BEFORE.search_within(text, max(0, other.start - 40), other.start):
                    continue  # "A merchant from Sweida was kidnapped at Amouriyah, west of al-Muzayrib": his home
                if _moved_from(text, mentions, other):
                    continue  # "troops advancing from Daraa entered al-Mazraa": where they came from, not where it is
                if _signed_in(text, other.start):
                    continue  # "a sit-in in Qanawat rejecting the declaration signed the previous day in Damascus"
                if other.candidates and stands_for_its_government(text, other, mentions):
                    continue  # "the agreement between Damascus and the SDF": the government, not a governorate
                if other.candidates and other.candidates[0].admin1 == "Damascus" and OUTLET_NAMED_AFTER.match(
                        text, other.end):
                    # "pro-government Damascus Now said": the capital's outlets report the whole country (a local
                    # one's name, "Suwayda 24", says which of a name's places it reports)
                    continue
                governorate = next((p for p in other.candidates if p.feature == "governorate"), None)
                if governorate is None and other.candidates and other.candidates[0].feature in _REGION_UNITS:
                    governorate = other.candidates[0]  # "Al-Bilaliya and other villages of ... Eastern Ghouta"
                inside = self._inside_unit(mention, governorate, _side_named(text, other.start)) if governorate else []
                # not the very place named beside it: "Dimas, west of Damascus" is no "Damas"
                inside = [p for p in inside if not any(p.id == q.id for q in other.candidates)]
                if inside:
                    mentions[index] = evolve(mention, candidates=inside,
                                              notes=mention.notes + (f"in {governorate.name}, named in the sentence",))
                    break
            else:
                if not any(other.candidates for other in _same_sentence(text, mentions, index, stops, starts)):
                    self._by_a_river(text, mentions, index, stops)
        self._far_from_its_sentence(text, mentions)
        return self._names_of_landmarks(text, [m for m in mentions if m.candidates])

    def _far_from_its_sentence(self, text: str, mentions: list[Mention]) -> None:
        """ "near al-Sowar, in the Khabur valley north of Deir ez-Zor": a name the gazetteer finds only as a similar
        spelling (Sura, in Dar'a) far from every place its sentence names for sure is no place of it; the sentence's
        other names say where. So too a name only far-apart quarters of other cities bear (``_quarters_far_apart``)."""
        stops = starts = None
        for index, mention in enumerate(mentions):
            if mention.role or not mention.candidates or (any(p.match != TIER_NAMES[3] for p in mention.candidates)
                                                          and not _quarters_far_apart(mention)):
                continue
            if stops is None:
                stops = _sentence_stops(text)
                starts = [m.start for m in mentions]
                starts = starts if starts == sorted(starts) else None
            sure = [o.candidates[0] for o in _same_sentence(text, mentions, index, stops, starts)
                    if o.candidates and o.candidates[0].match == TIER_NAMES[0] and o.candidates[0].country == "SY"
                    and not o.candidates[0].ambiguous]
            if sure and all(haversine_km(p.lat, p.lon, q.lat, q.lon) > q.uncertainty_km + FAR_FROM_SENTENCE_KM
                            for p in mention.candidates for q in sure):
                mentions[index] = evolve(mention, candidates=[])

    def _by_a_river(self, text: str, mentions: list[Mention], index: int, stops: list[int]) -> None:
        """An ambiguous name its sentence puts by a river, and by no other place ("al-Junaynah north of the
        Euphrates"), keeps its candidates in the governorates the river crosses: one place there is settled;
        several stay ambiguous, their spread its radius."""
        mention = mentions[index]
        before = bisect_right(stops, mention.start - 2)  # the sentence's bounds, as ``_same_sentence`` reads them
        after = bisect_left(stops, mention.end)
        river = _RIVER.search(text, stops[before - 1] + 1 if before else 0, stops[after] if after < len(stops) else len(text))
        if river is None:
            return
        governorates = _RIVER_GOVERNORATES[river.group(1).lower()]
        inside = [p for p in mention.candidates if p.admin1 in governorates and p.feature not in UNIT_FEATURES]
        if river.group(1).lower() == "golan":  # the line is Quneitra's first: "Saida in the southern Golan"
            inside = [p for p in inside if p.admin1 == governorates[0]] or inside
        if not inside or len(inside) == len(mention.candidates):
            return
        top = inside[0]
        # (of the names matched as well as the first: "al-Kharita" is Deir ez-Zor's Kharita, not a spelling variant)
        spread = max(haversine_km(p.lat, p.lon, top.lat, top.lon) for p in inside if p.match == top.match)
        if spread <= SAME_PLACE_KM:
            top = _settled(top, self.gazetteer.get(top.id) or top)
        else:  # still several: the other places named may choose among them; till then the spread is the radius
            # ("government-held al-Salihiyah", by the Euphrates: Aleppo's or Deir ez-Zor's, 341 km apart, not +-1 km)
            top = _widened(top, self.gazetteer.get(top.id) or top, spread)
        mentions[index] = evolve(mention, candidates=[top] + inside[1:],
                                  notes=mention.notes + (f"by the {river.group(1)}, named in the sentence: "
                                                         f"its namesakes in {', '.join(governorates)}",))

    def _names_of_landmarks(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name before a landmark's word ("the Nabaa roundabout", "the al-Assad hospital", "the Saraya
        checkpoint") names the landmark; it is a place of that name only near a town the sentence puts it in.
        A village of the name far off is dropped (Nabaa, 414 km from the Jaramana the sentence names), and the
        town stands for where it was. A sentence that names no other place leaves it as it was."""
        stops: list[int] | None = None
        kept = []
        fields = "ield" in text  # most texts name no field: no search a mention
        for index, mention in enumerate(mentions):
            if (fields and (_OIL_OR_GAS_FIELD.search(mention.text) or _FIELD_AFTER.match(text, mention.end))
                    and not any(p.feature in _FIELD_KINDS for p in mention.candidates)):
                # "the Shaer gas field", "the al-Omar oil field": a field the gazetteer lacks is no village of its
                # name (Sher in Hama, Omar in Aleppo), unless one lies by a town the sentence names
                stops = _sentence_stops(text) if stops is None else stops
                towns = [m for m in _same_sentence(text, mentions, index, stops) if m is not mention]
                if not any(_by_the_town(p, town, LANDMARK_BY_TOWN_KM) for town in towns for p in mention.candidates):
                    continue
            after = _WORD_AFTER.match(text, mention.end)
            kind = after[1].lower() if after else ""
            named = None
            if kind not in _STREET_LANDMARKS and kind not in _ROAD_LANDMARKS:
                # "the monastery of Mar Elian at al-Qaryatain": a building's name after its word, as before it
                named = _LANDMARK_OF_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                kind = named[1].lower() if named else kind
            if kind in _STREET_LANDMARKS or kind in _ROAD_LANDMARKS:
                stops = _sentence_stops(text) if stops is None else stops
                # (not a place the landmark is measured from: "the Najha cemetery southeast of Damascus")
                # (nor a town a road is named for: "at the Qutayfah bridge" on the Damascus-Homs motorway)
                towns = [m for m in _same_sentence(text, mentions, index, stops) if m is not mention
                         and not _BEARING_JUST_BEFORE.search(text, max(0, m.start - 40), m.start)
                         and not ROAD_NAMED_AFTER.match(text, m.end)
                         and not OUTLET_NAMED_AFTER.match(text, m.end)  # nor an outlet's: "Halab Today said"
                         and not COUNCIL_AFTER.match(text, m.end)  # nor a body's: "the Hama Revolution Command Council"
                         # nor someone's home or where he was going: "detained a student from Shahba at the
                         # al-Masmiyah checkpoint as he travelled to Damascus"
                         and not _SOMEONE_FROM_BEFORE.search_within(text, max(0, m.start - 40), m.start)
                         and not _went_off_to(text, mentions, m)]
                reach = LANDMARK_IN_TOWN_KM if kind in _STREET_LANDMARKS else LANDMARK_BY_TOWN_KM
                in_town = kind in _STREET_LANDMARKS
                said_in = _IN_A_TOWN_NEXT.match(text, after.end()) if kind in _TOWN_LANDMARKS and after else None
                if said_in and any(m.start == said_in.end() and not split_descriptors(m.text)[1]
                                   and not _COMPASS_WORD.search(m.text) for m in towns):
                    # "the Arzouna bridge in Tartous": a bridge in the city is in it, not anywhere a road's
                    # landmark may be (Arzona, 30 km off, in the governorate the link may have read the name as)
                    towns = [self._city_of_its_name(m) for m in towns if m.start == said_in.end()]
                    reach, in_town = LANDMARK_IN_TOWN_KM, True
                if kind in _STREET_LANDMARKS:  # "Baron Street in the al-Aziziyah neighbourhood of Aleppo": in the
                    # quarter, not anywhere in the governorate (Birein, a village 64 km off)
                    towns = [m for m in towns if m.candidates[0].feature != "governorate"] or towns
                    # ... and in the town a district is named for: "the al-Faraa roundabout in Salamiyah" is no
                    # Fawra, a village of the Salamiyah district 27 km from the town
                    towns = [self._seat_of(m) for m in towns]
                if towns and not any(_by_the_town(p, town, reach, in_town) for town in towns
                                     for p in mention.candidates):
                    continue
                if not towns and kind in _STREET_LANDMARKS and all(p.country != "SY" for p in mention.candidates):
                    continue  # "off Baghdad Street": a street named for a city abroad is in a Syrian town, not there
                if not towns and _names_a_road(text, mentions) and not _by_a_road_named(
                        text, mention, [m for m in mentions if m is not mention], self.gazetteer.get):
                    continue  # "the al-Mukhtariyah checkpoint on the Homs-Hama highway": by the road, or not it
                if not towns and _THE_TOWNS_BEFORE.search(text, max(0, mention.start - 20), mention.start):
                    continue  # "from the town's Mar Elian monastery": the town's told before, no village Marayan
                if not towns and named and mention.candidates[0].match != TIER_NAMES[0]:
                    continue  # "the monastery of Mar Elian on the outskirts of ...": a saint's name, no village
                    # spelled alike (Marayan of Idleb)
            kept.append(mention)
        return kept

    def _city_of_its_name(self, town: Mention) -> Mention:
        """A mention read as a governorate, as the city of its name in it (its candidates then), if the gazetteer
        has one; else as it is."""
        unit = town.candidates[0]
        if unit.feature != "governorate":
            return town
        cities = [p for p in self._lookup(town.text) if p.feature == "city" and p.admin1 == unit.admin1]
        return evolve(town, candidates=cities[:1]) if cities else town

    def _seat_of(self, town: Mention) -> Mention:
        """A mention read as a district or sub-district, as the town of its name in it (its candidates then), if
        the gazetteer has one; else as it is."""
        unit = town.candidates[0]
        if unit.feature not in ("district", "subdistrict"):
            return town
        seats = [p for p in self._lookup(town.text) if p.is_settlement and p.admin1 == unit.admin1
                 and haversine_km(p.lat, p.lon, unit.lat, unit.lon) <= unit.uncertainty_km]
        return evolve(town, candidates=seats[:1]) if seats else town

    def _abroad(self, text: str, mentions: list[Mention]) -> None:
        """ "Turkey's Hatay province", "the Turkish province of Hatay": the text puts the place in a neighbouring
        country, so only that country's places of the name are candidates. With none in the gazetteer the name
        is dropped: a Syrian place whose letters happen to fold alike (Qamishli's Hayy al-Tay) would be a
        confident wrong dot. A possessive alone does not move a Syrian place the name spells exactly: "Turkey's
        Afrin operation" is in Afrin.

        And a place abroad the text reaches only by a respelling, in a text that names no neighbouring country,
        is not taken: "the Beit al-Ras bridge in the Ghab plain" folds like Botrys, an old name of Batroun in
        Lebanon, 160 km off; its Syrian namesakes stay, if it has any."""
        neighbour_named = None  # whether the text names a neighbouring country: read for the first name that asks
        for index, mention in enumerate(mentions):
            if mention.role or not mention.candidates:
                continue
            before = text[max(0, mention.start - 40):mention.start]
            # both readings need a neighbour's name in their window: looked for as the stems all its spellings
            # share, in C, before any pattern runs (a 3 KB article names dozens of places)
            found = (_FOREIGN_BEFORE.search(before) if ("s " in before or " of " in before)
                     and _names_a_neighbour(before) else None)
            top = mention.candidates[0]
            if found is None:
                after = text[mention.end:mention.end + FOREIGN_AFTER_CHARS]
                if " in " in after and _names_a_neighbour(after):
                    said = _FOREIGN_AFTER.match(text, mention.end, mention.end + FOREIGN_AFTER_CHARS)
                    if said and self._moved_abroad(mentions, index, said):
                        continue
            if found is None and top.country not in ("SY", "") and top.match != "exact name":
                if neighbour_named is None:
                    neighbour_named = _NEIGHBOUR_WORD.search(text) is not None
                if not neighbour_named:
                    mentions[index] = evolve(mention, candidates=[p for p in mention.candidates if p.country == "SY"],
                                             notes=mention.notes + (
                                                 f"{top.name} ({top.country}) only spelled alike, and the text names "
                                                 "no other country: not taken",))
                continue
            if found is None or (found["country"] and top.country == "SY" and top.match == "exact name"):
                continue
            country = _NEIGHBOUR_COUNTRIES[(found["country"] or found["adjective"]).lower()]
            abroad = [p for p in mention.candidates if p.country == country] or [
                p for p in self.gazetteer.lookup(mention.text, country=country, limit=CANDIDATES, explain=False,
                                                 anywhere=False)
                if p.country == country]
            mentions[index] = evolve(mention, candidates=abroad, notes=mention.notes + (
                f"in {country}, {_ABROAD_SAID} ({found[0].strip()!r})",))

    def _regions_in_governorates(self, text: str, mentions: list[Mention]) -> None:
        """ "Shurin in the Suran area of the northern Aleppo countryside": a region named before its governorate
        keeps its candidates in that governorate before the name before it is looked for in it (the links run
        first to last, and the Suran in Hama had taken Shurin's place, 148 km off)."""
        for index in range(1, len(mentions) - 1):
            region, unit = mentions[index], mentions[index + 1]
            if (not region.candidates or not unit.candidates or unit.candidates[0].feature != "governorate"
                    or not _REGION_AFTER.match(text[region.end:region.end + 12])
                    or not _GOVERNORATE_OF.match(text, region.end, unit.start)):
                continue
            inside = [p for p in region.candidates if p.admin1 == unit.candidates[0].admin1]
            if inside and len(inside) < len(region.candidates):
                mentions[index] = evolve(region, candidates=inside + [p for p in region.candidates if p not in inside])

    def _moved_abroad(self, mentions: list[Mention], index: int, said: re.Match) -> bool:
        """The mention's places of the name in the country the text says after it ("Sinjar, in Iraq's Nineveh
        province"), if the gazetteer has one: it is that country's, not a Syrian namesake's. Otherwise it stays:
        "Qamishli in Turkey's shelling" is in Qamishli, however a country follows it."""
        mention = mentions[index]
        country = _NEIGHBOUR_COUNTRIES[said["country"].lower()]
        abroad = [p for p in mention.candidates if p.country == country] or [
            p for p in self.gazetteer.lookup(mention.text, country=country, limit=CANDIDATES, explain=False,
                                             anywhere=False)
            if p.country == country and p.match in _NAME_MATCHES]
        if not abroad:
            return False
        mentions[index] = evolve(mention, candidates=abroad, notes=mention.notes + (
            f"in {country}, {_ABROAD_SAID} ({said[0].strip()!r})",))
        return True

    def _written_again_in_brackets(self, text: str, mentions: list[Mention]) -> None:
        """ "the village of دوما (Duma) in the eastern countryside of Sweida": a name written again in brackets, in
        other letters or another spelling, is one place; the place its bracketed spelling is settled as by the unit
        or landmark after it (Duma of As-Sweida), the first spelling is too, when it is one of its places."""
        for index in range(len(mentions) - 1):
            first, second = mentions[index], mentions[index + 1]
            if (not first.candidates or not second.candidates or text[first.end:second.start].strip() != "("
                    or not text.startswith(")", second.end)
                    or not any(note.endswith("as the text says") for note in second.notes)):  # a unit's or a landmark's
                continue
            settled = second.candidates[0]
            if first.candidates[0].id != settled.id and any(p.id == settled.id for p in first.candidates):
                mentions[index] = evolve(first, candidates=[settled] + [p for p in first.candidates if p.id != settled.id],
                                         notes=first.notes + (f"the place its name in brackets is: {settled.name}",))

    def _listed_in_governorate(self, text: str, mentions: list[Mention]) -> None:
        """ "Israeli strikes hit Tal al-Mal and Nawa in Daraa countryside": the governorate a list's last name is
        put in holds the list's other names too. One whose places there the lookup finds is settled
        among them; one that only respells places outside it (Tal Milh, in Hama, 246 km off) is no place the
        text names, and makes no dot. A name spelled as the gazetteer writes it stays ("Homs and Tafas in
        Daraa" may list two governorates' towns)."""
        for index in range(1, len(mentions)):
            unit_mention = mentions[index]
            unit = unit_mention.candidates[0] if unit_mention.candidates else None
            if unit_mention.role != "context" or unit is None or unit.feature != "governorate":
                continue
            link = _CONTEXT_LINK.match(text, mentions[index - 1].end, unit_mention.start)
            if not link or not _WITHIN_WORD.search(link["link"]):
                continue
            k = index - 2
            while k >= 0 and mentions[k].candidates and not mentions[k].role \
                    and LIST_GAP.fullmatch(text, mentions[k].end, mentions[k + 1].start):
                listed = mentions[k]
                held = [p for p in listed.candidates if _within(p, unit)]
                namesakes = [p for p in held if p.match == listed.candidates[0].match]
                if namesakes and not _within(listed.candidates[0], unit):
                    # "stormed Duma and Rami in the eastern Sweida countryside": the Duma there, not the Rural
                    # Damascus city ranked first
                    mentions[k] = evolve(listed, candidates=namesakes + [p for p in listed.candidates
                                                                          if p not in namesakes],
                                         notes=listed.notes + (f"in {unit.name} ({unit.feature}{_UNIT_SAID}",))
                elif not held:
                    inside = self._inside_unit(listed, unit, _side_named(text, unit_mention.start))
                    if inside:
                        mentions[k] = evolve(listed, candidates=inside,
                                             notes=listed.notes + (f"in {unit.name} ({unit.feature}{_UNIT_SAID}",))
                    elif listed.candidates[0].match != TIER_NAMES[0]:
                        mentions[k] = evolve(listed, candidates=[])
                        mentions[index] = unit_mention = evolve(unit_mention, notes=unit_mention.notes + (
                            f"no place called {listed.text} in {unit.name}",))
                k -= 1

    def _possessive_units(self, text: str, mentions: list[Mention]) -> None:
        """ "Raqqa's al-Baath neighbourhood", "Idlib's Jisr al-Shughur": the place the possessive names holds
        the next; it says which one (the candidates within it) and is context, not where."""
        for index in range(len(mentions) - 1):
            first, second = mentions[index], mentions[index + 1]
            if (not first.role and first.candidates and second.candidates
                    and _OF_GAP.fullmatch(text, first.end, second.start)):
                self._unit_named_before(text, mentions, index)
                continue
            if (first.role or not first.candidates or not second.candidates
                    or not _POSSESSIVE_GAP.fullmatch(text, first.end, second.start)):
                continue
            unit = first.candidates[0]
            # (a quarter is the quarter of its own city: "Douma's Martyrs Square" is no Hariqa of Damascus, 12 km off)
            inside = [p for p in second.candidates if unit.feature != "governorate"
                      and (p.parent == unit.id if p.feature == "neighbourhood" and p.parent and unit.is_settlement
                           else haversine_km(p.lat, p.lon, unit.lat, unit.lon) <= unit.uncertainty_km + NEAR_KM)]
            if not inside:  # "Idlib's Jisr al-Shughur": the governorate
                unit = next((p for p in first.candidates if p.feature == "governorate"), unit)
                inside = self._inside_unit(second, unit) if unit.feature == "governorate" else []
            if inside:
                mentions[index] = evolve(first, role="context")
                if inside != second.candidates:
                    mentions[index + 1] = evolve(second, candidates=inside, notes=second.notes + (
                        f"in {unit.name}, as the text's possessive says",))
            elif first.candidates[0].is_settlement and all(p.feature == "neighbourhood" for p in second.candidates):
                # "near Douma's Martyrs Square": a square of Douma the gazetteer lacks, no quarter of another city
                # (Damascus's Hariqa, 12 km off); the town says where
                mentions[index + 1] = evolve(second, candidates=[])

    def _unit_named_before(self, text: str, mentions: list[Mention], index: int) -> None:
        """ "the Aleppo quarter of al-Aziziyah": the city holds the quarter named after it, and is context; not a
        quarter that an alias names after the city (Al-Mohafaza's "Aleppo - Al-Mohafaza"). "the northern Homs
        village of Deir Foul": the governorate holds the village, and is context; not a village whose name folds as
        "Homs village" does (Alhyms, 444 km off)."""
        first, second = mentions[index], mentions[index + 1]
        core, kinds = split_descriptors(first.text)
        if "neighbourhood" not in kinds:
            governorate = (next((p for p in self._lookup(core) if p.feature == "governorate"), None)
                           if ("village" in kinds or "town" in kinds) and self.gazetteer.admin1_name(core) else None)
            if governorate is not None:
                inside = self._inside_unit(second, governorate)
                mentions[index] = evolve(first, candidates=[governorate], role="context")
                if inside and inside != second.candidates:
                    mentions[index + 1] = evolve(second, candidates=inside, notes=second.notes + (
                        f"in {governorate.name}, as the text says",))
            elif (("village" in kinds or "town" in kinds) and not set(kinds) & UNIT_FEATURES
                  and second.candidates[0].is_settlement and not set(split_descriptors(second.text)[1]) & UNIT_FEATURES
                  and _THE_BEFORE.search(text, max(0, first.start - 5), first.start)
                  and not _UNIT_AFTER.match(text, second.end)):
                # "the Afrin village of Maabatli", "the Khabour village of Tal Shamiran": a town or river names
                # the area the village is in, and is context, not a village of its own name; the one near it,
                # if the second has namesakes
                area = first.candidates[0]
                near = self._near_candidates(second, [area], COUNTRYSIDE_KM)[0] if area.is_settlement else []
                mentions[index] = evolve(first, role="context")
                if near and [p.id for p in near] != [p.id for p in second.candidates]:
                    mentions[index + 1] = evolve(second, candidates=near + [p for p in second.candidates
                                                                            if p not in near],
                                                 notes=second.notes + (f"near {area.name}, as the text says",))
            return
        city = next((p for p in self.gazetteer.lookup(core, limit=3, explain=False, anywhere=False)
                     if p.feature == "city"), None)
        quarter = self.gazetteer.quarter_of(city, second.text, list(second.candidates)) if city else None
        if quarter is not None:
            mentions[index] = evolve(first, candidates=[city], role="context")
            mentions[index + 1] = evolve(second, candidates=[quarter], notes=second.notes + (
                f"a quarter of {city.name}, as the text says",))

    def _quarter_by_apposition(self, text: str, mentions: list[Mention], index: int) -> None:
        """ "al-Aziziyah, a mostly Christian quarter of Aleppo city": the quarter of the city the apposition names,
        not a village of the governorate spelled alike; when the city has no quarter so called, a place of the name
        within the city, else the city widened (a village of the name outside it is not the quarter)."""
        said = _QUARTER_APPOSITION.match(text, mentions[index].end)
        unit = next((m for m in mentions[index + 1:index + 2] if m.candidates and 0 <= m.start - said.end() <= 5), None)
        if unit is None:
            return
        city = next((p for p in [unit.candidates[0], *self._lookup(split_descriptors(unit.text)[0])[:3]]
                     if p.feature == "city"), None)
        mention = mentions[index]
        quarter = self.gazetteer.quarter_of(city, mention.text, list(mention.candidates)) if city else None
        if quarter is not None:
            mentions[index] = evolve(mention, candidates=[quarter],
                                     notes=mention.notes + (f"a quarter of {city.name}, as the text says",))
        elif city is not None and all(p.is_settlement and p.feature != "city" for p in mention.candidates):
            # no quarter so called: a place of the name within the city, or the city widened, not a village of the
            # name outside it ("al-Abbasiyeh, a pro-government district of Homs" is no Abbasiyeh 28 km off)
            inside = [p for p in mention.candidates if haversine_km(p.lat, p.lon, city.lat, city.lon) <= city.uncertainty_km]
            mentions[index] = evolve(mention, candidates=inside or [_widened_city(city)], notes=mention.notes + (
                f"a quarter of {city.name}, as the text says" + ("" if inside else "; none so called there: the city, "
                                                                  "widened"),))

    def _listed_with_a_quarter(self, text: str, mentions: list[Mention]) -> None:
        """ "Rebel rockets hit al-Shahbaa and al-Furqan": a name listed beside a city's quarter is the quarter of
        that city it names exactly (Aleppo's Ash-Shahba'a), not a town it respells 377 km off (Shahba, in Sweida)."""
        for index in range(len(mentions) - 1):
            for one, other in ((index, index + 1), (index + 1, index)):
                mention, beside = mentions[one], mentions[other]
                if not mention.candidates or not beside.candidates or mention.role or beside.role:
                    continue
                quarter = beside.candidates[0]
                if (quarter.feature != "neighbourhood" or quarter.ambiguous or not quarter.parent
                        or not LIST_GAP.fullmatch(text, mentions[index].end, mentions[index + 1].start)):
                    continue
                alike = [p for p in mention.candidates if p.feature == "neighbourhood" and p.parent == quarter.parent
                         and p.match == TIER_NAMES[0]]
                if alike and mention.candidates[0].id != alike[0].id:
                    row = self.gazetteer.get(alike[0].id) or alike[0]
                    settled = evolve(mention, candidates=[_settled(alike[0], row)] + [
                        p for p in mention.candidates if p.id != alike[0].id], notes=mention.notes + (
                        f"listed with {beside.text}, a quarter of the same city",))
                    for again, same in enumerate(mentions):  # (and where the text names it again: "in al-Shahbaa")
                        if same is mention or (same.text == mention.text and not same.role
                                               and same.candidates == mention.candidates):
                            mentions[again] = evolve(settled, start=same.start, end=same.end)

    def _quarter_listed_with_others(self, text: str, mentions: list[Mention], index: int) -> None:
        """ "the Jamiya and Nabe Barada sections of Zabadani": Jamiya is a quarter of the town too, as the plural
        says, not a village of its spelling 598 km off; its candidates inside the unit the list is placed in,
        or none (the town the list names stands for it)."""
        last = _quarters_listed_after(text, mentions, index)
        if last is None or last + 1 >= len(mentions):
            return
        town = mentions[last + 1]
        if town.role != "context" or not town.candidates:
            return
        mention = mentions[index]
        inside = _quarters_of(self._inside_unit(mention, town.candidates[0]), town.candidates)
        if inside != mention.candidates:
            mentions[index] = evolve(mention, candidates=inside, notes=mention.notes + (
                f"one of the quarters listed in {town.candidates[0].name}",))

    def _quarter_of_city_named(self, text: str, mentions: list[Mention], index: int) -> None:
        """ "Al-Masakin neighbourhood, near the security square in Al-Hasakeh city": a quarter, and the
        sentence names the city it is in. Not a village of that spelling 365 km off, but the city's quarter
        with its consonants (Al Msaken), or a place of that name within the city's radius; with none, the
        city, widened as ``_city_named`` does."""
        mention = mentions[index]
        units = {other.candidates[0].admin1 for other in mentions if other.role == "context" and other.candidates}
        if mention.candidates and any(p.feature == "neighbourhood" and p.admin1 in units for p in mention.candidates):
            # "the Sheikh Maqsoud neighbourhood of Aleppo", "the al-Zahraa district of Homs, hours before bombings
            # south of Damascus": the unit named after it places it (``_inside_unit``), not another city of the sentence
            return
        if _CITY_OWNS.search(mention.text):
            return  # "Tartous' Karama quarter": the name says its city itself, whatever other city the sentence names
        others = [(number, other) for number, other in enumerate(mentions) if other is not mention
                  and other.candidates and other.candidates[0].feature == "city"
                  and not _in_dateline(text, other.start)]  # "QAMISHLI (AFP) - ... the Daraiya neighbourhood of Raqqa"
        sentence = _same_sentence(text, mentions, index, _sentence_stops(text)) if others else []
        cities = [(number, other.candidates[0]) for number, other in others if any(o is other for o in sentence)]
        if not cities:
            return
        ids = {city.id for _, city in cities}
        quarters, notes = [p for p in mention.candidates if p.feature == "neighbourhood" and p.parent in ids], mention.notes
        if not quarters:
            quarters = [p for p in self.gazetteer.spelled_alike(mention.text, consonants_only=True)
                        if p.feature == "neighbourhood" and p.parent in ids][:1]
            if quarters:
                notes += (f"a quarter of {cities[0][1].name}, named in the sentence, spelled otherwise",)
        quarters = quarters or [p for p in mention.candidates if any(
            haversine_km(p.lat, p.lon, city.lat, city.lon) <= city.uncertainty_km for _, city in cities)]
        if quarters:
            if quarters != mention.candidates:
                mentions[index] = evolve(mention, candidates=quarters, notes=notes)
            return
        mentions[index] = evolve(mention, candidates=[])
        number, city = cities[0]
        other, widened = mentions[number], _widened_city(city)
        mentions[number] = evolve(other, candidates=[widened] + other.candidates[1:], notes=other.notes + (
            f"no quarter called {split_descriptors(mention.text)[0]} in {city.name}: at the city, widened to "
            f"{widened.uncertainty_km:g} km",))

    def _names_by_landmarks(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Names the gazetteer does not answer alone, placed by a landmark the text measures them from:
        "Sfayn, 14 km south-east of Raqqa" is the Sfin there, "Al-Sheel, east-south-east of Qamishli" the Shil.

        A short or respelled name's fold key matches too many places across Syria to be taken on its own
        (``Gazetteer.lookup`` refuses it), but beside a landmark, on the side and within the distance the
        text says, one place spelled so is the one meant; none, and nothing is added (the landmark's
        relation places the event, coarsely)."""
        out: list[Mention] = []
        for mention in mentions:
            if (mention.candidates and " of " in text[max(0, mention.start - 24):mention.start]  # cheap, first
                    and _landmark_link().search(text, max(0, mention.start - 110), mention.start)  # at a comma only
                    and (before := _name_before_landmark().search(text, max(0, mention.start - 110), mention.start))):
                # a name found already, unless what was found is only its first word(s): "Sitti Atiqa, 4 km
                # north-east of Salqin" is the shrine village there, not the Sitti in Aleppo, 173 km off
                part = out and out[-1].end > before.start("name")
                if not part or (out[-1].start >= before.start("name") and out[-1].end < before.end("name")):
                    found = self._by_landmark(before, mention)
                    if found is not None:
                        if part:
                            out.pop()
                        out.append(found)
            out.append(mention)
        return out

    def _by_landmark(self, before: re.Match, landmark: Mention) -> Mention | None:
        name = before["name"]
        if name.isupper() or light_key(name) in _not_places_source()[1]:
            return None  # "ISIS, south of ...": no place
        compass = _COMPASS_OF.search(before["link"])
        bearing = _compass_bearing(compass.group(0)) if compass else None
        reach = _said_reach(before, NEIGHBOUR_KM)
        landmarks = [p for p in landmark.candidates[:1 if not landmark.candidates[0].ambiguous else 3]
                     if p.feature not in UNIT_FEATURES]
        # with a distance said, the name's consonants are enough ("Sitti Atiqa, 4 km north-east of Salqin": Set
        # Aateka, Mazar Sitti `Atikah), as for a name beside its landmark (``_near_candidates``)
        # ... or a settlement's word ("Maysaloun village, north of Ain Issa": Milsun there)
        said_a_settlement = not before["link"].lstrip().startswith(",")
        near = [p for p in self.gazetteer.spelled_alike(name, consonants_only=bool(before["km"]) or said_a_settlement)
                if p.feature not in UNIT_FEATURES and (p.is_settlement or not said_a_settlement) and any(
            haversine_km(p.lat, p.lon, q.lat, q.lon) <= reach and (bearing is None or _on_side(q, p, bearing))
            for q in landmarks)]
        if not near:
            return None
        return Mention(before.start("name"), before.end("name"), name, [evolve(p, match=SAME_CONSONANTS) for p in near])

    def _quarter_of_area(self, mentions: list[Mention], index: int) -> bool:
        """ "the al-Sabil area of Hama": the city's quarter of that name, not a village area of the province (a
        city the text names as such: "the Ath-Thawrah area of Raqqa province" is the district's); True if found.
        Else a place far from the city (or the quarter), respelled, is not in it: "the Sabe' Nisan (7 April)
        district of Lattakia" is no Jeb Naassan, 196 km off in Aleppo, and the city stands for it."""
        first, second = mentions[index], mentions[index + 1]
        cities = {p.id: p for p in second.candidates[:1] if p.feature == "city"}
        quarters = [p for p in first.candidates if p.feature == "neighbourhood" and p.parent in cities] or [
            p for p in self.gazetteer.spelled_alike(first.text, consonants_only=True)
            if p.feature == "neighbourhood" and p.parent in cities]  # (the city's quarters alone: its consonants)
        if quarters:
            town = cities[quarters[0].parent]
            mentions[index] = evolve(first, candidates=quarters[:1], role="", notes=first.notes + (
                f"a quarter of {town.name}, as the text says",))
            mentions[index + 1] = evolve(second, role="context",
                                          candidates=[town] + [p for p in second.candidates if p is not town])
            return True
        town = second.candidates[0]
        far = all(haversine_km(p.lat, p.lon, town.lat, town.lon) > town.uncertainty_km + CITY_KM
                  for p in first.candidates)
        respelled = all(p.match not in _AS_THE_GAZETTEER_SPELLS for p in first.candidates)
        # a quarter, a camp or a village is no province whose area a place of any spelling may be: "the Hittin
        # area of Yarmouk camp" is no Hittin 665 km off in Al-Hasakeh
        small = town.feature != "city" and (town.is_settlement or town.feature in ("neighbourhood", "camp"))
        if far and (small or town.feature == "city" and respelled):
            # (and of a quarter: "the al-Masane' industrial area of Qaboun" is no Misannah Bab, 366 km off)
            mentions[index] = evolve(first, candidates=[])
            mentions[index + 1] = evolve(second, notes=second.notes + (
                f"nothing called {first.text} in it: {town.name} stands for it",))
        return False

    def _link(self, text: str, mentions: list[Mention], index: int) -> tuple[float, float | None, float | None] | None:
        """One pair of neighbouring mentions where the second is a unit the first is in, applied; where it is a
        landmark the first is near, the reach (km), and the bearing and distance the text gives, if any, for
        ``_near_link``, left to the caller (see ``_apply_context``)."""
        first, second = mentions[index], mentions[index + 1]
        link = _CONTEXT_LINK.match(text, first.end, second.start)  # the gap whole, read in place
        if link and first.start and text[first.start - 1] == "#" and text[second.start - 1] == "#":
            return None  # "#ManshiyetSweisa (#Quneitra)": a post's two tags, its place and its province, not a unit's
        if not link and first.candidates and second.candidates and (gloss := _GLOSS.match(text, first.end)) \
                and _AREA_OF_LINK.fullmatch(text, gloss.end(), second.start):
            self._quarter_of_area(mentions, index)  # "the Sabe' Nisan (7 April) district of Lattakia", "the
            # al-Masane' industrial area of Qaboun"
            return None
        if not link or not first.candidates or not second.candidates:
            return None
        if ROAD_NAMED_AFTER.match(text, second.end):
            return None  # "Manbij city near the Aleppo road roundabout", "near the Homs-Raqqa highway": a road
        if _OWNER_OF_A_SITE_AFTER.match(text, second.end):
            return None  # "an officer from Maskanah, in Manbij's industrial zone": the zone's town, not Maskanah's
        if _SETTLEMENT_SAID.search(link.group(0)) and any(p.is_settlement for p in first.candidates) and not all(
                p.is_settlement for p in first.candidates):
            # "al-Bayadah, a small village east of Rastan": a village, not the Homs quarter Bayada ranked first
            mentions[index] = first = evolve(first, candidates=[p for p in first.candidates if p.is_settlement])
        if (link["link"].strip().lower() == "in" and first.candidates[0].feature in ("city", "governorate")
                and second.candidates[0].is_settlement and second.candidates[0].feature != "city"
                and not any(p.is_settlement and p.feature != "city" for p in first.candidates)):
            return None  # "a taxi driver from Daraa in Qarrasa": no city lies in a village
        if _BORDER_AFTER.match(text, second.end):
            # "al-Zankar near the Hama border": the governorate's edge, the place on either side of it; the
            # governorate is no landmark to be near, nor where it happened
            mentions[index + 1] = evolve(second, role="context")
            return None
        if _AREA_OF_LINK.fullmatch(text, first.end, second.start) and self._quarter_of_area(mentions, index):
            return None
        city = first.candidates[0]
        if (city.feature == "city" and not city.ambiguous and _WITHIN_WORD.search(link["link"])
                and _REGION_AFTER.match(text[second.end:second.end + 12])):
            # "the northern entrance of Tartus city, in the Rabieh area": the city's quarter of that name, not an
            # area the city is in (Rabee'a, in Lattakia)
            quarters = [p for p in second.candidates if p.feature == "neighbourhood" and p.parent == city.id] or [
                p for p in self.gazetteer.spelled_alike(second.text) if p.feature == "neighbourhood"
                and p.parent == city.id]
            if quarters:
                mentions[index] = evolve(first, role="context")
                mentions[index + 1] = evolve(second, candidates=quarters[:1], notes=second.notes + (
                    f"a quarter of {city.name}, the city named before it",))
                return None
        # the words that say what the second is: not the first's own kind ("the Muhasan sub-district, east of ...")
        words = _FIRST_IS_A_UNIT.sub("", link.group(0)) + " " + second.text
        city_said = _CITY_WORD.search(second.text)  # "city" itself: "district" hints at a city too
        if city_said or _CENTRAL_END.search(link.group(0)):
            # ... and "al-Aziziyah, central Aleppo": the city's quarter; a village of the province, if none
            if "neighbourhood" in split_descriptors(first.text)[1]:
                return None  # "the Ghazal neighbourhood in Homs city": a quarter of the city (``_quarter_of_city_named``)
            cities = {p.id: p for p in second.candidates if p.feature == "city"}
            quarters = [p for p in first.candidates if p.feature == "neighbourhood" and p.parent in cities]
            # "Hayy al-Zahra in Homs city": the city's quarter of that name, not a village's; only after a plain
            # "in", "of" or comma ("Al-Yarmouk, 11 km north of Raqqa city" is outside it) and no kind named
            plain = not split_descriptors(first.text)[1] and _PLAIN_LINK.fullmatch(link.group(0))
            if plain and not quarters:  # its quarter spelled otherwise than the namesakes ranked first
                quarters = [p for p in self.gazetteer.spelled_alike(first.text)
                            if p.feature == "neighbourhood" and p.parent in cities][:1]
            if quarters and plain:
                city = cities[quarters[0].parent]
                mentions[index] = evolve(first, candidates=quarters,
                                          notes=first.notes + (f"a quarter of {city.name}, as the text says",))
                mentions[index + 1] = evolve(second, role="context",
                                              candidates=[city] + [p for p in second.candidates if p is not city])
                return None
            if plain and cities and city_said:
                return CITY_KM, None, None  # "the al-Fukheikha area of Raqqa city": in the city, not its governorate
        if _NEAR_WORD.search(link["link"]) and not _UNIT_WORD.search(words):
            if ((_HEADED_FOR_BEFORE.search(text, max(0, first.start - 50), first.start)
                 or WAY_END_BEFORE.search(text, max(0, first.start - 60), first.start)
                 or _WAY_BETWEEN_END_BEFORE.search(text, max(0, first.start - 60), first.start))
                    and not first.candidates[0].ambiguous):
                # "a bus going from Tall Kalakh to Homs, near Merdj el Kat", "the track linking Morek and Salamiyah,
                # near Danin": near the bus, or the event on the way, not near where the way ends
                return None
            return NEAR_KM, None, None
        if (compass := _COMPASS_OF.search(link.group(0))) and not _UNIT_WORD.search(words):
            # "Barqa, 3-4 km north-north-west of Dali": within the distance said, and some
            return (_said_reach(link, BEARING_KM), _compass_bearing(compass.group(0)),  # "al-Kiswah, south of Damascus"
                    float(link["km"]) if link["km"] and not link["km_to"] else None)
        # "Sheikh Miskin (Izraa, Daraa)": a parenthesis after a place gives its district as datasets write it
        bracketed = "(" in link["link"]
        if bracketed and not split_descriptors(second.text)[1] and skeleton_key(first.text) == skeleton_key(second.text):
            # "Shajra (Ash Shajarah) in the Manbij countryside": the name spelled again, not a unit; which of its
            # places, the bracket's spelling may say ("Tal Ada (Tilaada) village, north of al-Dana")
            self._second_name(text, mentions, index)
            return None
        any_unit = bool(_INSIDE_WORD.search(link["link"]) or _UNIT_WORD.search(words) or bracketed  # "eastern Qalamoun" too
                        or _COMPASS_WORD.search(link.group(0)) or _COMPASS_LETTERS_WORD.search(link.group(0))
                        or second.text.split(None, 1)[0] in _COMPASS_ADJECTIVES
                        or second.candidates[0].feature in _REGION_UNITS)  # "Dalba, Eastern Ghouta"
        units = [p for p in second.candidates if p.feature == "governorate" or (any_unit and p.feature in UNIT_FEATURES)]
        if not units and bracketed and second.candidates[0].is_settlement:
            # "Sheikh Miskin (Izraa, Daraa)": the district a town in brackets is the seat of, though the name alone
            # finds the town
            units = self._unit_named(second, "district") or self._unit_named(second, "subdistrict")
        if len(units) > 1 and second.candidates[0].is_settlement:
            # "Hasin in the Marea countryside": the units round the town the name is first, not the Al Ma'ra
            # district in Idleb whose letters fold alike
            units = [u for u in units if _within(second.candidates[0], u)] or units
        spelled = (_spelled_as_written(second.text, second.candidates)
                   if second.candidates[0].match != "exact name" and any(p.feature != "governorate" for p in units)
                   else [])
        if spelled:  # "the al-Houla area" is Houla's, not the Hole sub-district's whose letters fold alike; but
            # "the Jableh district" is Jablah's, the kind the text names
            names, kinds = {light_key(p.name) for p in spelled}, set(split_descriptors(second.text)[1])
            # "the Jableh countryside": the land round the town, its district; one that holds the town spelled so,
            # or the best the name finds ("the Houla countryside" is no Hole sub-district in Al-Hasakeh, 446 km
            # from the Houla the text spells)
            round_town = {"district", "subdistrict"} - kinds if "governorate" in kinds else set()
            towns = [p for p in spelled + second.candidates[:1] if p.is_settlement]
            units = [p for p in units if p in spelled or light_key(p.name) in names or p.feature in kinds
                     or (p.feature in round_town and (not towns or any(_within(town, p) for town in towns)))]
        if _DISTRICT_WORD.search(words):
            units = [p for p in units if p.feature == "district"] or units
        if not units and (link["link"].strip() == "," or _WITHIN_WORD.search(link["link"])) \
                and _REGION_AFTER.match(text[second.end:second.end + 12]):
            town = second.candidates[0]
            # "Ain al-Baida, Kisweh area", "al-Muhaimida, in the Kasra area": in the land round the town, as far
            # as a countryside reaches (21 km; a mere "near" reaches 20); failing that, in the unit of its name:
            # "Rawda, Kisreh area", no Rawda round a village Kisreh in Hasakeh, is in the sub-district of that
            # name in Deir ez-Zor; "Jirwan in the Kasra area", 51 km from the town, in the sub-district it seats
            if not town.is_settlement or self._near_candidates(first, [town], COUNTRYSIDE_KM)[0]:
                return COUNTRYSIDE_KM, None, None
            units = ([p for p in second.candidates[1:] if p.feature in ("district", "subdistrict")
                      and p.match == town.match and not _within(town, p)]
                     or self._unit_seated_at([town], "subdistrict") or self._unit_seated_at([town], "district"))
            if not units:
                return COUNTRYSIDE_KM, None, None
        if not units and _FIRST_IS_A_UNIT.match(link.group(0)):
            # "the Qteilbiyyeh sub-district of Jableh": the district it is in, named as its seat is; context
            unit = next((p for p in first.candidates if p.feature in ("district", "subdistrict")), None)
            seat = next((q for q in second.candidates if unit is not None and q.is_settlement
                         and (q.admin1, q.admin2) == (unit.admin1, unit.admin2)), None)
            if seat is not None:
                mentions[index + 1] = evolve(second, role="context",
                                              candidates=[seat] + [q for q in second.candidates if q is not seat])
                return None
        if not units:  # "the Hettin area inside Yarmouk camp": a landmark too
            if (link["link"].strip() == "," and second.candidates[0].is_settlement
                    and not second.candidates[0].ambiguous and not split_descriptors(second.text)[1]
                    and not _LIST_GOES_ON.match(text, second.end)):
                # "al-Hilaliyah, Qamishli, in memory of ...": in or round the town, not a village of the name 72 km
                # off; a list ("Kafr Nabl, Maarat al-Numan, Saraqib") goes on after the second name, and a unit
                # ("Akcakale, Sanliurfa province", "al-Ajajiya, Tabqa district") says its kind
                return COUNTRYSIDE_KM, None, None
            if bracketed:
                self._second_name(text, mentions, index)
            if not _WITHIN_WORD.search(link["link"]):
                return None
            # "near Msayid in the Badia of al-Bukamal": a town's desert reaches as far as a bearing from a city;
            # "Nusaybin in Mardin province": a neighbour's province the gazetteer has only the city of
            # and "Khunayfis in the Palmyra desert", 55 km from the town
            wide = (_DESERT_WORD.search(link.group(0).lower()) or _DESERT_LAST.search(second.text)
                    or "governorate" in split_descriptors(second.text)[1])
            return (BEARING_KM if wide else NEAR_KM), None, None
        if first.role == "context":  # "the Jandairis area of Afrin": a unit within a unit
            mentions[index + 1] = evolve(second, candidates=units, role="context")
            return None
        if not any(p.is_settlement or p.feature not in UNIT_FEATURES for p in first.candidates):
            return None
        # "al-Karamah, Tartous": the gap says no more than "in"
        plain = _PLAIN_LINK.fullmatch(link.group(0)) is not None
        if any(u.feature == "governorate" and u.admin1 == "Damascus" for u in units):
            # "Kiswah, southern Damascus", "Douma, Damascus": the city's governorate, or the countryside round it
            units = units + [p for p in self._lookup("Rural Damascus")[:2] if p.feature == "governorate"]
        quarter_said = "neighbourhood" in split_descriptors(first.text)[1]
        for unit in units:
            inside = self._inside_unit(first, unit, _side_named(text, second.start), quarter_first=plain)
            if quarter_said:  # "the Arbaeen quarter of Hama": no village of the governorate (Arbain, 31 km off)
                inside = _quarters_of(inside, second.candidates)
            if inside:
                mentions[index] = evolve(first, candidates=inside,
                                          notes=first.notes + (f"in {unit.name} ({unit.feature}{_UNIT_SAID}",))
                mentions[index + 1] = evolve(second, candidates=[unit] + [u for u in units if u is not unit],
                                              role="context")
                break
        else:
            if bracketed and all(u.feature != "governorate" for u in units) and not self._outside_bracketed_governorate(
                    text, mentions, index):
                return None  # "Tal Abyad (Gire Spi)": a second name, perhaps, not a unit it must be inside
            if all(u.feature not in ADMIN_UNITS for u in units) and any(
                    haversine_km(p.lat, p.lon, u.lat, u.lon) <= u.uncertainty_km + AREA_SLACK_KM + REGION_MARGIN_KM
                    for p in first.candidates for u in units):
                return None  # a region's edge is fuzzy: one just outside it may be meant
            town = next((p for p in second.candidates if p.is_settlement and _within(p, units[0])), None)
            if (town is not None and units[0].feature in ("district", "subdistrict")
                    and "countryside" in second.text.lower()
                    and self._near_candidates(first, [town], COUNTRYSIDE_KM)[0]):
                # "al-Hajjaj in the Maadan countryside": the land round the town (8 km off, over the line of the
                # sub-district it seats), as a countryside reaches
                others = [p for p in second.candidates if p is not town]
                mentions[index + 1] = evolve(second, candidates=[town] + others)
                return COUNTRYSIDE_KM, None, None
            mentions[index] = evolve(first, candidates=[])
            city = self._city_named(first, second, units[0])
            if city is not None:  # "the Harabesh neighbourhood of Deir Ezzor city": somewhere in the city
                mentions[index + 1] = evolve(second, candidates=[city] + [p for p in second.candidates if p is not city],
                                              notes=second.notes + (f"no place called {first.text} in {city.name}: "
                                                                    f"at the city, widened to {city.uncertainty_km:g} km",))
                return None
            mentions[index + 1] = evolve(second, candidates=units,
                                          notes=second.notes + (f"no place called {first.text} in {units[0].name}",))
        return None

    def _second_name(self, text: str, mentions: list[Mention], index: int) -> None:
        """ "a patrol through Zorafa (Zorfafa), just north of al-Qahtaniyah": a name alone in brackets after
        another, a settlement the gazetteer is sure of, is the same place's other name when no place of the
        first name lies anywhere near it (a district's seat in brackets, "Kafr Nabl (Maarat al-Numan)", has the
        village by it, and leaves it be); and says which of the first name's places is meant when one is it."""
        first, second = mentions[index], mentions[index + 1]
        if not first.candidates or not second.candidates:
            return
        named = second.candidates[0]
        slashed = text[first.end:second.start] == "/"  # "al-Naseriyah/Nasra village": the same, written twice
        if (not slashed and (text[first.end:second.start].strip() != "(" or not text.startswith(")", second.end))
                or not named.is_settlement or named.ambiguous or not _local(named)
                or (split_descriptors(second.text)[1] and not slashed)
                or second.text.split(None, 1)[0].lower() in _COMPASS_ADJECTIVES):
            return  # "(Derik countryside)", "(eastern Basa)": where it lies, not its other name
        if slashed:  # one place: the spelling the gazetteer is sure of says which
            if first.candidates[0].id != named.id:
                mentions[index] = evolve(first, candidates=[named], notes=first.notes + (
                    f"written as one with {second.text}",))
            return
        same = [p for p in first.candidates if haversine_km(p.lat, p.lon, named.lat, named.lon) <= SAME_PLACE_KM]
        if same and same[0] is not first.candidates[0]:  # "Salihiyah (Salhiyeh)": of its namesakes, that one
            mentions[index] = evolve(first, candidates=[named] + [p for p in first.candidates if p not in same],
                                     notes=first.notes + (f"{second.text} in brackets: the {first.text} it names",))
        elif not any(haversine_km(p.lat, p.lon, named.lat, named.lon) <= SECOND_NAME_KM for p in first.candidates) \
                and self._bracket_wins(text, mentions, index):
            mentions[index] = evolve(first, candidates=[named], notes=first.notes + (
                f"{second.text} in brackets, its other name: no {first.text} within {SECOND_NAME_KM:g} km of it",))

    def _bracket_wins(self, text: str, mentions: list[Mention], index: int) -> bool:
        """Of a name and the far place its bracket names, whether the bracket's is meant: the one by the landmark
        the text names next ("Tal Ada (Tilaada) village, north of al-Dana" is the Tilaada there, not the Tal Ada
        131 km off); with no landmark to say, the bracket's, unless the first is a name of several words the
        gazetteer is sure of ("Tal Abyad al-Tahtani (Boz Huyuk)" is Lower Tal Abyad, whatever village far off is
        also called Boz Huyuk); a short one, a word many places share, gives way ("al-Rai (Jubanli) in Raju
        district" is the Raee there, not the town of al-Rai)."""
        first, named = mentions[index].candidates[0], mentions[index + 1].candidates[0]
        after = mentions[index + 2] if index + 2 < len(mentions) else None
        if after is not None and after.candidates and after.start - mentions[index + 1].end <= LANDMARK_GAP_CHARS:
            landmark = after.candidates[0]
            by_first = haversine_km(first.lat, first.lon, landmark.lat, landmark.lon) <= NEIGHBOUR_KM
            by_named = haversine_km(named.lat, named.lon, landmark.lat, landmark.lon) <= NEIGHBOUR_KM
            if by_first != by_named:
                return by_named
        return not (first.match == TIER_NAMES[0] and not first.ambiguous
                    and len(light_key(mentions[index].text).split()) > 1)

    def _city_named(self, first: Mention, second: Mention, unit: Place) -> Place | None:
        """The city a quarter the gazetteer lacks is in, when the text names it as one ("Deir Ezzor city") or
        calls the first a quarter, or a district of a name alone ("the Hilaliyeh district of Qamishli", as English
        calls a city's quarter): precision 2, its radius widened to CITY_KM."""
        first_kinds, second_kinds = split_descriptors(first.text)[1], split_descriptors(second.text)[1]
        if "city" not in second_kinds and "neighbourhood" not in first_kinds and not (
                "district" in first_kinds and not second_kinds):
            return None
        city = next((p for p in second.candidates if p.feature == "city" and p.admin1 == unit.admin1), None)
        return _widened_city(city) if city is not None else None

    def _outside_bracketed_governorate(self, text: str, mentions: list[Mention], index: int) -> bool:
        """Whether the bracket after a name ends with a governorate none of its places is in, nor any spelled
        alike: "al-Aliya (Jasim, Daraa)" with no Aliya in Dar'a is no village of the name in Lattakia, 254 km off."""
        if index + 2 >= len(mentions):
            return False
        first, second, third = mentions[index], mentions[index + 1], mentions[index + 2]
        governorate = next((p for p in third.candidates if p.feature == "governorate"), None)
        return (governorate is not None and _BRACKET_ITEM_GAP.fullmatch(text, second.end, third.start) is not None
                and _BRACKET_END.match(text, third.end) is not None
                and not any(p.admin1 == governorate.admin1 for p in first.candidates)
                and not any(p.admin1 == governorate.admin1 for p in self.gazetteer.spelled_alike(first.text)))

    def _near_link(self, mentions: list[Mention], index: int, reach_km: float, bearing: float | None = None,
                   said_km: float | None = None, near_said: bool = False) -> None:
        """ "al-Hurriyeh village near Qalaat al-Madiq", "al-Kiswah, south of Damascus": the one near
        the landmark (within ``reach_km``, and on the side ``bearing`` says); the landmark is context, not a
        location. ``near_said``: the text says "near" between the two."""
        first, second = mentions[index], mentions[index + 1]
        if first.candidates[0].feature == "governorate":
            return  # "residents of Daraa province near Smeid": a province is near nothing, nor a village Dor
        province = self.gazetteer.admin1_name(first.text)
        if (province is not None and bearing is None and said_km is None and not near_said
                and second.candidates[0].admin1 == province and second.candidates[0].is_settlement):
            # "Idlib, Kafr Nubl: helicopter barrel bombs on the market": a daily list's governorate, then its town,
            # the place (as "Kafr Nubl, Idlib" names the town first)
            mentions[index] = evolve(first, role="context")
            return
        # the landmark as the gazetteer answers it; its homonyms only when that answer is in doubt ("near
        # Abu al-Duhur" is the town, not a village of that name whose neighbour shares the first's name)
        landmarks = second.candidates[:1] if not second.candidates[0].ambiguous else second.candidates[:3]
        landmarks = [p for p in landmarks if p.feature not in UNIT_FEATURES or p.feature == "governorate"]
        near, tied = self._near_candidates(first, landmarks, reach_km, bearing, said_km)
        said = landmarks
        if not near and second.candidates[0].ambiguous:
            # then a place spelled as written that ranks lower: "Kafr Laha in the al-Houla area" is by Houla
            landmarks = [p for p in _spelled_as_written(second.text, second.candidates)
                         if p not in landmarks and p.feature not in UNIT_FEATURES]
            near, tied = self._near_candidates(first, landmarks, reach_km, bearing, said_km)
        if not near and said_km:
            # measured from a landmark that has namesakes as well matched, though ranked below: "Dalha, 9 km north
            # of Suran" is by the Suran in Aleppo, not the Hama one ranked first (the Dalha there is 9 km off)
            namesakes = [p for p in second.candidates[1:LANDMARK_NAMESAKES + 1] if p.match == second.candidates[0].match
                         and _local(p) and p not in said]
            near, tied = self._near_candidates(first, namesakes, reach_km, bearing, said_km)
            landmarks = namesakes if near else landmarks
        if (not near and _local(second.candidates[0])
                and light_key(split_descriptors(second.text)[0]) != light_key(second.candidates[0].name)):
            # a landmark found by a spelling only one of its namesakes lists: "Dweibiq, near Soran" is by the Suran
            # of Aleppo, not Hama's, whose spellings include "Soran" (no Dweibiq lies by it); not one written as its
            # own name ("Bahra village, east of Hama city" is no Bahariya by the Rural Damascus village Al-Hama)
            namesakes = [p for p in self.gazetteer.namesakes(second.candidates[0]) if _local(p) and p not in said]
            near, tied = self._near_candidates(first, namesakes, reach_km, bearing, said_km)
            landmarks = namesakes if near else landmarks
        named = first.candidates[0]
        if near and second.candidates[0].ambiguous and (
                self._placed_otherwise(mentions, index, near[0])
                or (named.feature == "city" and not named.ambiguous and named.geo_precision == 1
                    and (split_descriptors(first.text)[1][:1] == ("city",) or named.prominence >= CAPITAL_PROMINENCE)
                    and near[0].id != named.id)):
            # the pair of namesakes is a coincidence the rest of the note speaks against, or one of a landmark in
            # doubt and a village of the name of a city the text calls a city, or of a capital or well-known seat
            # ("Sweida city, near the Tishreen roundabout" is no Hama village by a Hama quarter Tishrine, "north of
            # Quneitra, near al-Sindiyana" no Tartous village by a Sindiyana there; but "Marqada village, east of
            # Maskanah" is the Aleppo village, not al-Hasakeh's town Markada)
            return
        if (near and near[0].match == SAME_CONSONANTS and _sure(named) and named.feature in ("town", "city")
                and second.candidates[0].ambiguous):
            # "the Ain Issa front near Mu'allaq": a town its name alone settles is no village with its consonants
            # beside one of the landmark's namesakes (Yunesiyeh of Idleb); the landmark is the one spelled alike
            # near it (but "Dhiban, north-east of Suluk", a landmark not in doubt, is the Thiban by it)
            by_it = [p for p in self.gazetteer.spelled_alike(second.text)
                     if haversine_km(p.lat, p.lon, named.lat, named.lon) <= reach_km]
            if by_it:
                mentions[index + 1] = evolve(second, role="context", candidates=by_it[:1] + [
                    p for p in second.candidates if p.id != by_it[0].id])
            return
        if not near and near_said and _sure(named) and any(
                named.prominence <= q.prominence
                and haversine_km(named.lat, named.lon, q.lat, q.lon) <= FAR_FROM_LANDMARK * reach_km for q in said):
            # "Umm Fakik, near al-Hol", 21 km off: a place its name alone settles, a little beyond what "near"
            # reaches, is still where it was, and the landmark (no smaller than it) only says where that is
            mentions[index + 1] = evolve(second, role="context")
            return
        if not near and near_said and named.ambiguous:
            # "Tal al-Safa near Abu Rasin", 25 km apart, both names with namesakes across Syria: of the pairs
            # they make, the one a little beyond what "near" reaches, when only one place is, placed there in
            # doubt as wide as the way to the landmark
            beyond = [(p, q) for p in first.candidates if p.match in _AS_THE_GAZETTEER_SPELLS
                      and _local(p) for q in said
                      if haversine_km(p.lat, p.lon, q.lat, q.lon) <= FAR_FROM_LANDMARK * reach_km]
            if beyond and all(haversine_km(p.lat, p.lon, beyond[0][0].lat, beyond[0][0].lon) <= SAME_PLACE_KM
                              for p, _ in beyond):
                top, landmark = beyond[0]
                row = self.gazetteer.get(top.id) or top
                away = haversine_km(top.lat, top.lon, landmark.lat, landmark.lon)
                top = evolve(top, ambiguous=False, geo_precision=max(2, row.geo_precision),
                             uncertainty_km=covering_km(max(row.uncertainty_km, away)))
                mentions[index] = evolve(first, candidates=[top] + [p for p in first.candidates if p.id != top.id],
                                         notes=first.notes + (f"{away:.0f} km from {landmark.name}, the only "
                                                              f"{top.name} within {FAR_FROM_LANDMARK * reach_km:g} km "
                                                              "of it: near, as the text says, in doubt",))
                mentions[index + 1] = evolve(second, role="context", candidates=[landmark] + [
                    p for p in second.candidates if p is not landmark])
                return
        if not near:
            kinds = set(split_descriptors(first.text)[1]) & _SITE_KINDS
            # a bearing with no distance reaches far from a city ("Maskanah, east of Aleppo", 84 km), not from a
            # town: "al-Mouh, south of Khan Arnabah" is no Moh 167 km off in Homs
            far_km = BEARING_TOWN_KM if reach_km == BEARING_KM and said and not _a_city(said[0]) else reach_km
            natural = set(split_descriptors(second.text)[1]) & _NATURAL_KINDS
            unlike_kind = bool(kinds) and not any(p.feature in kinds for p in first.candidates)
            # (a landmark with namesakes still places a site of a kind no place of its name is: "the Oudeh oil
            # station near al-Qahtaniyah" is no village Wdeihi of Aleppo)
            # (a landmark in doubt too, said to be near or a bearing from it, when every place of its name is far from
            # every place of the first's: "Tal Hadid near al-Majdal", in As-Sweida, is no Tal Hadid of Al-Hasakeh)
            far_from_all = (near_said or bearing is not None) and all(
                haversine_km(p.lat, p.lon, q.lat, q.lon) > FAR_FROM_LANDMARK * far_km
                for p in first.candidates for q in second.candidates)
            if (said and _local(first.candidates[0]) and (not said[0].ambiguous or unlike_kind or far_from_all)
                    # (a valley, a river or a mountain the text names, read as a place of another kind, places
                    # nothing: "in the Balikh valley" is no village Bleikha, 147 km from the Hamam al-Turkman named)
                    and (not natural or _of_the_kind(said[0], tuple(natural)))
                    and self.gazetteer.admin1_name(first.text) is None
                    and (unlike_kind
                         or all(haversine_km(p.lat, p.lon, q.lat, q.lon) > FAR_FROM_LANDMARK * far_km
                                for p in first.candidates for q in said))):
                # "Dhiban, north-east of Suluk", and every Dhiban known lies far off: the text places it by
                # Suluk, so there, on the side it says, rather than at a namesake 200 km away; "the al-Omar oil
                # field, east of al-Mayadin", a site the gazetteer lacks, is no village Omar however near
                mentions[index] = evolve(first, candidates=[])
                mentions[index + 1] = evolve(second, notes=second.notes + (
                    f"no place called {first.text} within {reach_km:g} km of {said[0].name}: placed by it, "
                    "as the text does",))
            return
        top = near[0]
        row = self.gazetteer.get(top.id) or top
        landmark = min(landmarks, key=lambda p: haversine_km(p.lat, p.lon, top.lat, top.lon))
        # rivals by the same landmark only: one by a namesake of the landmark 600 km away widens nothing
        near = [p for p in near if haversine_km(p.lat, p.lon, landmark.lat, landmark.lon) <= reach_km]
        tied = [p for p in tied if haversine_km(p.lat, p.lon, landmark.lat, landmark.lon) <= reach_km] or [top]
        if bearing is not None and len(tied) < len(near) and _on_side(landmark, top, bearing, SQUARELY_DEGREES):
            # those only loosely on the side said, and further, are no rivals of one squarely there
            # (``_near_candidates`` has left them out of ``tied``)
            near = [p for p in near if p in tied or _on_side(landmark, p, bearing, SQUARELY_DEGREES)
                    or haversine_km(p.lat, p.lon, landmark.lat, landmark.lon)
                    < haversine_km(top.lat, top.lon, landmark.lat, landmark.lon)]
        spread = max(haversine_km(p.lat, p.lon, top.lat, top.lon) for p in tied)
        if all(haversine_km(p.lat, p.lon, top.lat, top.lon) <= SAME_PLACE_KM for p in near):
            top = _settled(top, row)
        elif spread > SAME_PLACE_KM:  # spelled as alike, all near the landmark: the text does not say which
            top = _widened(top, row, spread)
        mentions[index] = evolve(first, candidates=[top] + near[1:],
                                  notes=first.notes + (
                                      f"spelled otherwise, but with {top.name}'s consonants, "
                                      f"{haversine_km(top.lat, top.lon, landmark.lat, landmark.lon):.0f} km from "
                                      f"{landmark.name}, as the text puts it" if top.match == SAME_CONSONANTS else
                                      f"within {reach_km:g} km of {landmark.name}, as the text says",))
        mentions[index + 1] = evolve(second, role="context",
                                      candidates=[landmark] + [p for p in second.candidates if p is not landmark])

    @staticmethod
    def _placed_otherwise(mentions: list[Mention], index: int, paired: Place) -> bool:
        """Whether a place the note names, not in doubt, lies far from ``paired`` (the namesake of a name found
        beside a namesake of its landmark) and beside another place of the name: "Salhiyeh in the Marj region of
        Eastern Ghouta ... in Nashabiyeh" is the Salhiyeh by Nashabiyeh, not the Idleb one by an Idleb Marj."""
        first = mentions[index]
        for j, other in enumerate(mentions):
            if j in (index, index + 1) or not other.candidates or other.candidates[0].ambiguous:
                continue
            there = other.candidates[0]
            if (there.country == "SY" and haversine_km(there.lat, there.lon, paired.lat, paired.lon) > PULL_KM
                    and any(haversine_km(p.lat, p.lon, there.lat, there.lon) <= max(NEIGHBOUR_KM, there.uncertainty_km)
                            for p in first.candidates[1:])):
                return True
        return False

    def _listed_near(self, text: str, mentions: list[Mention], index: int, reach_km: float,
                     bearing: float | None) -> None:
        """The names listed before one placed by a landmark, placed by it too when they have a place of their name
        within its reach: "al-Fakka and Mujaibrat Zarkan in the Tal Tamr countryside" (no distance: a list shares
        the landmark, not one distance). A name with none there keeps its own reading."""
        landmark = mentions[index + 1]
        if landmark.role != "context":
            return  # the link placed nothing
        j = index
        while j > 0 and LIST_GAP.fullmatch(text, mentions[j - 1].end, mentions[j].start):
            j -= 1
            member = mentions[j]
            if not member.candidates or member.role:
                break
            pair = [member, landmark]
            if self._near_candidates(member, landmark.candidates[:1], reach_km, bearing)[0]:
                self._near_link(pair, 0, reach_km, bearing)
                mentions[j] = pair[0]

    def _near_candidates(self, mention: Mention, landmarks: list[Place], reach_km: float,
                         bearing: float | None = None, said_km: float | None = None) -> tuple[list[Place], list[Place]]:
        """The mention's candidates within ``reach_km`` of a landmark, the closest spelling first; and those
        spelled as close as the first.

        Near a landmark, how a name is spelled says more than how prominent a place is ("al-Hurriyah
        village near Khan Arnabah": the Hurriyeh there, not the Hbariyeh the gazetteer ranks higher); of
        spellings as close, the place closer to it, or to the distance the text says ("al-Hsan, 8 km north of
        Deir ez-Zor city" is Elhisan 8 km off, not the city's Husainia quarter 3 km off). The homonyms the ranked
        candidates leave out count too ("al-Tayba near al-Mayadin": ``Gazetteer.spelled_alike``).
        """
        def off_said(km: float) -> float:
            return abs(km - said_km) if said_km else km

        # a degree of latitude is the shortest a degree apart can be: places further north or south than the
        # reach are passed over before their great-circle distance is worked out (spelled_alike gives scores)
        reach_degrees = reach_km / _KM_PER_DEGREE

        def within(places: Iterable[Place]) -> list[Place]:
            return [p for p in places if any(abs(p.lat - q.lat) <= reach_degrees + 1e-9
                                             and haversine_km(p.lat, p.lon, q.lat, q.lon) <= reach_km
                                             and (bearing is None or _on_side(q, p, bearing)) for q in landmarks)]

        if not landmarks:
            return [], []
        # and the homonyms the ranked candidates leave out: "al-Taybeh, east of Daraa city" is the Tiba 15 km
        # away, which no ranked spelling of "al-Taybeh" reaches, not the Sweida Tiba 60 km away that one does
        core, hints = split_descriptors(mention.text)
        candidates = mention.candidates
        if hints and candidates[0].feature not in hints:
            # "the Sweida desert near Tal Asfar": the desert by the city, not a village spelled like it there;
            # the gazetteer's best answer stays, its rivals must be of the kind the text names
            candidates = candidates[:1] + [p for p in candidates[1:] if _of_the_kind(p, hints)]

        def from_landmark(place: Place) -> float:
            return min(haversine_km(place.lat, place.lon, q.lat, q.lon) for q in landmarks)

        near = within(candidates)

        def squarely(place: Place) -> bool:
            return any(_on_side(q, place, bearing, SQUARELY_DEGREES) for q in landmarks)

        # ranked candidates on the side a compass word says only loosely leave room for a homonym spelled alike
        # squarely there and nearer, which the text's side then prefers ("Souran, southwest of al-Bab" is the
        # Suran 17 km south-west, not the A'zaz one 35 km north-west that the spelling ranks higher;
        # but "al-Mishyah, west of Hama" is no Mosheh 81 km due west)
        askew = bearing is not None and bool(near) and not any(map(squarely, near))
        nearest = min(map(from_landmark, near)) if askew else math.inf
        if not near or mention.candidates[0].ambiguous or askew:
            # of the kind the text names, if it names one: "the Sweida desert near Tal Asfar" is no village; of the
            # country the text put it in ("Elbeyli in Kilis province, Turkey" is no Syrian Bali near Kilis)
            seen = {p.id for p in near}
            abroad = any(_ABROAD_SAID in note for note in mention.notes)
            limit = nearest if askew and not mention.candidates[0].ambiguous else math.inf
            near += [p for p in within(self.gazetteer.spelled_alike(mention.text))
                     if p.id not in seen and (not hints or _of_the_kind(p, hints))
                     and not (abroad and p.country == "SY") and from_landmark(p) < limit]
        # "al-Qunaytirah, east of Suluk": the Quneitra there has its consonants (a bare name: "the Sweida
        # desert near Tal Asfar" is no place spelled so)
        # and a respelled name found only far out, when one with its consonants lies close by ("Al-Amouriyah,
        # east of Zayzun": Amorieh beside the Dar'a Zayzun, not an Amiriyyah 60 km from the Hama one)
        # ("al-Muwaylih village, south of Ain Issa": a settlement's word says no more than a bare name does)
        settlement = bool(hints) and "settlement" in hints
        # (or a name in doubt among far-apart places its letters fold to, with no distance said: "al-Qunaytirah
        # village, south-west of al-Darbasiyah" is the Quneitra 8 km off, not Kon Attar 52 km off, whose "Kawan
        # `Atar" folds alike)
        if _local(mention.candidates[0]) and (not hints or settlement) and (not near or all(
                (p.match not in _AS_THE_GAZETTEER_SPELLS or (mention.candidates[0].ambiguous and said_km is None))
                and from_landmark(p) > CLOSE_KM for p in near)):
            limit = NEIGHBOUR_KM if not near else CLOSE_KM
            close = [evolve(p, match=SAME_CONSONANTS)
                     for p in within(self.gazetteer.spelled_alike(mention.text, consonants_only=True))
                     if from_landmark(p) <= limit and (not settlement or p.is_settlement)]
            if close and any(p.match in _AS_THE_GAZETTEER_SPELLS for p in near):
                # (a name the gazetteer spells so, far out, gives way only to one spelled closer to the text: Sabka,
                # 40 km east of Raqqa, is "al-Sabkhah, east of Raqqa", not a Salhiyeh beside the city)
                def likeness(place: Place) -> float:
                    spelled = light_key(place.matched or place.name)
                    return difflib.SequenceMatcher(None, light_key(core), spelled).ratio()
                close = [p for p in close if likeness(p) > max(map(likeness, near))]
            near = close or near
        if len(near) < 2:
            return near, near
        query = fold_key(core)  # "Zaytuna": Zaytunah and Zaytuneh spelled as close
        # of the kind the text names first: "Jandar power plant, south of Homs" is the station, not the village;
        # then, when no ranked candidate is squarely on the side said, one that is, and nearer
        # (and with a landmark in doubt, one by a namesake of it that has a place of the name squarely on the side
        # said and within NEIGHBOUR_KM, before one by a namesake that has none: "ad-Duwayra, north-west of al-Mazraa"
        # is the Dweira 11 km north-west of Sweida's Mazra'a, not an Ad Duwayr a little east of north of a Homs
        # Mazraa)
        unpaired: set[str] = set()
        if bearing is not None and len(landmarks) > 1:
            def nearest_landmark(place: Place) -> Place:
                return min(landmarks, key=lambda q: haversine_km(place.lat, place.lon, q.lat, q.lon))
            paired = {nearest_landmark(p).id for p in near
                      if _on_side(nearest_landmark(p), p, bearing, SQUARELY_DEGREES) and from_landmark(p) <= NEIGHBOUR_KM}
            unpaired = {p.id for p in near if nearest_landmark(p).id not in paired} if paired else set()
        scored = sorted(((bool(hints) and p.feature not in hints,
                          askew and not (squarely(p) and from_landmark(p) < nearest),
                          p.id in unpaired,
                          -round(difflib.SequenceMatcher(None, query, fold_key(p.matched or p.name)).ratio(), 2),
                          off_said(min(haversine_km(p.lat, p.lon, q.lat, q.lon) for q in landmarks)), n, p)
                         for n, p in enumerate(near)), key=lambda item: item[:6])
        # spelled as close, and as near the distance said as a reporter's rounding allows; when the first is squarely
        # on the side said and nearer, not those only loosely there ("Sourman, east of Maarat al-Numan" is Sarman 16 km
        # east, not Sarmin 29 km north)
        fits = scored[0][4] + (max(SAID_SLACK_KM, SAID_SLACK * said_km) if said_km else math.inf)
        first = scored[0][-1]
        square = bearing is not None and squarely(first) and all(
            from_landmark(first) <= from_landmark(p) for *_, p in scored if not squarely(p))
        return [p for *_, p in scored], [p for kind, side, paired, spelling, off, _, p in scored
                                         if (kind, side, paired, spelling) == scored[0][:4] and off <= fits
                                         and (not square or squarely(p))]

    def _inside_unit(self, mention: Mention, unit: Place, side: float | None = None,
                     quarter_first: bool = False) -> list[Place]:
        """The mention's candidates inside ``unit``, best first, ambiguity recomputed among them; of those, the
        ones on the ``side`` of it the text names, if any ("Shaafa in the western Deir ez-Zor desert"). With
        ``quarter_first`` (the text puts the name plainly in the unit: "X, Tartous"), a quarter of the
        governorate's city spelled as written, before a village the name only respells."""
        if unit.feature in ADMIN_UNITS:
            found = self.gazetteer.lookup(mention.text, admin1=unit.admin1, explain=False, anywhere=False)
        else:
            found = list(mention.candidates)
        # (a region narrower than the governorate it lies in is a place the text may be in too: "in Jebel al-Zawiya,
        # southern Idlib")
        inside = [p for p in found if _within(p, unit) and (
            p.feature not in UNIT_FEATURES or _finer_unit(p, unit)
            or unit.feature == "governorate" and p.feature not in ADMIN_UNITS and p.uncertainty_km < unit.uncertainty_km)]
        exact = [p for p in mention.candidates if p.match == TIER_NAMES[0]]
        if (inside and exact and all(p.feature == "neighbourhood" for p in exact)
                and all(p.match == TIER_NAMES[3] and p.feature != "neighbourhood" for p in inside)):
            # a name cities' quarters bear as written is a quarter's, not a slip for a village of the unit: "a
            # warehouse in the al-Sinaa industrial zone" of Hama is no As-Saan, 55 km off
            inside = []
        if quarter_first and unit.feature == "governorate" and inside and inside[0].match != TIER_NAMES[0]:
            # "al-Karamah, Tartous": the quarter of Tartous city spelled so, not the town Kareemeh (30 km off) whose
            # name it only respells; a name villages of the governorate spell as written stays theirs, in doubt
            city = next((p for p in self._lookup(unit.name)[:3]
                         if p.feature == "city" and p.admin1 == unit.admin1), None)
            quarter = self.gazetteer.quarter_of(city, mention.text, inside) if city else None
            if quarter is not None and quarter.match == TIER_NAMES[0]:
                inside = [quarter] + [p for p in inside if p.id != quarter.id]
        if unit.feature in ("district", "subdistrict") and "neighbourhood" in split_descriptors(mention.text)[1]:
            # "the Mahmudiyah neighbourhood of Afrin": a quarter of the town the unit is named for, not a village of
            # the district (Al Mahmudiyah, 28 km off); with none so called in the town, the town, widened
            seat = next((p for p in self._lookup(unit.name)[:3] if p.feature in ("city", "town")
                         and p.admin1 == unit.admin1 and fold_key(p.name) == fold_key(unit.name)), None)
            if seat is not None:
                inside = [p for p in inside if haversine_km(p.lat, p.lon, seat.lat, seat.lon)
                          <= max(seat.uncertainty_km, CITY_KM)]
                if not inside:
                    return [_widened_city(seat)]
        if side is not None and len(inside) > 1 and unit.feature in ADMIN_UNITS:
            # settlements off that side go, while one on it stays (a unit's centre says nothing of its side); of
            # the unit or of its seat: "the eastern Hasakeh countryside" is east of the city, west of the centre
            seats = [p for p in self._lookup(unit.name)[:3] if p.is_settlement and p.admin1 == unit.admin1][:1]
            off = {p.id for p in inside
                   if p.is_settlement and not any(_on_side(centre, p, side) for centre in [unit, *seats])}
            if off and any(p.is_settlement and p.id not in off for p in inside):
                inside = [p for p in inside if p.id not in off]
        units = (self.gazetteer.region_units(unit)
                 if len(inside) > 1 and unit.uncertainty_km <= UNITS_REGION_KM else [])
        if units:
            # a region the gazetteer draws from OCHA's units: those in the units, else in their governorates, before
            # those its radius only reaches ("al-Safsafa in the western Ghab plain" is Sefsaf of Ziyara, not
            # Lattakia's Sefsaf, 32 km west, nor a Sifsafiyeh of Muhradah); not a wide one the units only
            # approximate (the Jazira is more than the Al-Hasakeh governorate)
            inside = ([p for p in inside if any(_within(p, u) for u in units)]
                      or [p for p in inside if p.admin1 in {u.admin1 for u in units}] or inside)
        small_region = unit.feature not in ADMIN_UNITS and unit.admin1 and unit.uncertainty_km <= SMALL_REGION_KM
        if small_region and len(inside) > 1:
            # a small region's edge is fuzzy, its governorate's is not: "Deir Sunbul in Jabal al-Zawiya" is the Idleb
            # village, not the Hama one across the line, 27 km off, though both lie within the region's reach (the
            # Lajat and the Jazira span governorates)
            inside = [p for p in inside if p.admin1 == unit.admin1] or inside
        if len(inside) > 1 and unit.feature not in ADMIN_UNITS:
            # a region's name places a village, not a city's quarter its reach happens to cover: "Az Zahirah in the
            # Lajat" is the Dar'a village, not the Damascus quarter 49 km off that the name ranks first
            inside = [p for p in inside if p.feature != "neighbourhood"] or inside
        if unit.feature not in ADMIN_UNITS:  # ... nor a quarter the name only respells: "al-Warad, in the Lajat" is
            # no Al Woroud, a Damascus quarter 71 km off
            inside = [p for p in inside if p.feature != "neighbourhood" or p.match in _AS_THE_GAZETTEER_SPELLS]
        if not inside and unit.feature not in ADMIN_UNITS:
            # the homonyms the ranked answer leaves out, spelled alike: "al-Sheikh Suleiman in the Lajat" is the
            # Dar'a village, not the Aleppo base the name ranks first
            inside = [p for p in self.gazetteer.spelled_alike(mention.text) if p.is_settlement and _within(p, unit)]
            if any(haversine_km(p.lat, p.lon, inside[0].lat, inside[0].lon) > SAME_PLACE_KM for p in inside[1:]):
                inside = []  # several far apart: the text does not say which
        if not inside:
            return []
        top = inside[0]
        spread = max(haversine_km(p.lat, p.lon, top.lat, top.lon) for p in inside)
        if spread <= SAME_PLACE_KM:
            top = _settled(top, self.gazetteer.get(top.id) or top)
        elif top.ambiguous and spread < top.uncertainty_km:
            # its doubt is now among those inside the unit: "near Al-Masadda in the Lajat" is one of three there,
            # not a place anywhere within the 673 km its namesakes across the region span
            top = _widened(top, self.gazetteer.get(top.id) or top, spread)
        return [top] + inside[1:]

    def _settle_by_neighbours(self, mention: Mention, chosen: Place, anchors: "_Anchors") -> Place:
        """A name with homonyms far apart, next to the places the article names: the one among them.

        "Landmines exploded in al-Sabkha and Maadan": the Sabkha near Maadan, not
        the better-known one 150 km away. Only a single group of candidates near
        the article's other places (within NEIGHBOUR_KM) decides; otherwise the
        gazetteer's answer stands, flagged if it was ambiguous.
        """
        if not any(a.id != chosen.id for a in anchors) or not _local(chosen):
            return chosen  # no other place to be near (asked of each name: stops at the first other anchor)
        if chosen.feature == "city" and not chosen.ambiguous:
            # a city the name alone settles is not drawn away by a place named with it: "took control of Quneitra
            # after the fighters accepted evacuation to Idlib" is no village Quneitra by Idlib
            return chosen

        # the name's own first candidate is an anchor too: a rival must not count as near it ("Shnineh ...
        # north-east of Raqqa city": the Shinan in Idleb, top candidate, drew the Raqqa one's rival to itself)
        own = (chosen.id, mention.candidates[0].id) if mention.candidates else (chosen.id,)

        def near(place: Place) -> float:  # no other anchor: as far as can be ("in Mashtal ... towards al-Mazraa")
            return anchors.nearest_km(place, excluding=own, default=math.inf)

        # the rivals of its name; of any match when they made the answer ambiguous ("Misraba" and the Masrab
        # 390 km away, a spelling variant), or the name's first answer (a quarter of Idleb that one of five
        # Ashrafiyehs, ranked first, drew within 100 km of "the Jableh-Baniyas road": the Ashrafiya beside it)
        # and of the kind the text names, when the answer is of it: "Quneitra city" is no village Quneitra in Idleb,
        # however near "evacuation to Idlib" it lies
        kinds = split_descriptors(mention.text)[1]
        kinds = kinds if chosen.feature in kinds else ()
        in_doubt = chosen.ambiguous or bool(mention.candidates) and mention.candidates[0].ambiguous
        homonyms = [p for p in mention.candidates if p.id != chosen.id and _local(p)
                    and (p.match == chosen.match or in_doubt) and (not kinds or p.feature in kinds)
                    and haversine_km(p.lat, p.lon, chosen.lat, chosen.lon) > 30]
        if not homonyms:
            # nothing to settle (and no distance to work out); but "shell Tall Amir and Kisra villages" is the Kisreh
            # of Al-Hasakeh 2 km from Tall Amir, a spelling variant, not the town Kasra of Deir ez-Zor that "Kisra"
            # names exactly, 157 km from every place the article names
            # (its consonants the name's: "Maadan ... toward al-Mayadin" is no Mahkan by al-Mayadin)
            beside = [p for p in mention.candidates if p.id != chosen.id and _local(p) and p.match == TIER_NAMES[2]
                      and near(p) <= BESIDE_KM
                      and skeleton_key(split_descriptors(mention.text)[0]) == skeleton_key(p.matched or p.name)]
            if len(beside) != 1 or near(chosen) <= PULL_KM:
                return chosen
            return _settled(beside[0], self.gazetteer.get(beside[0].id) or beside[0])
        close = [p for p in [chosen, *homonyms] if near(p) <= NEIGHBOUR_KM]
        if not close:
            return chosen
        best = close[0]
        if any(haversine_km(p.lat, p.lon, best.lat, best.lon) > SAME_PLACE_KM for p in close[1:]):
            # several homonyms near the article's places: only one beside a place decides ("Tal Rifaat and
            # the nearby villages of Kafr Nasih", north of Aleppo: the Kafr Nasih by Tal Rifaat, not the one
            # 25 km from Aleppo city)
            nearest, *others = sorted(close, key=near)
            if not (near(nearest) <= BESIDE_KM and all(near(p) >= near(nearest) + CLEARLY_FURTHER_KM for p in others)):
                if chosen in close:
                    return chosen
                # the gazetteer's answer lies far from them all: one of those near is meant, the text does not
                # say which, so the nearest, widened to cover them ("Nubl... the town of al-Zahraa", north of
                # Aleppo: the village by Nubl or the Aleppo quarter, not the Zahraa in Lattakia)
                row = self.gazetteer.get(nearest.id) or nearest
                spread = max(haversine_km(p.lat, p.lon, nearest.lat, nearest.lon) for p in others)
                return _widened(nearest, row, spread)
            best = nearest
        if best is chosen and not chosen.ambiguous:
            return chosen
        row = self.gazetteer.get(best.id) or best
        return _settled(best, row)

    def parse(self, text: str, exclude: list[tuple[int, int]] = ()) -> list[Mention]:
        return self.resolve(text, self.find(text, exclude))


SEAT_PROMINENCE = 3  # a place this prominent (a city) in its district's centre sub-district is the district's seat
UNIT_SEATS = 5  # candidates of a unit's name looked at for a town that is the seat of a unit of that name
# a river a sentence puts a name by, and the governorates it crosses in Syria (OCHA's admin1 names): which of a
# name's homonyms lie on its banks ("al-Junaynah north of the Euphrates" is Deir-ez-Zor's, not Hama's)
# ... and the Golan, whose line only Quneitra and its neighbours touch (the governorates of OCHA's communities within
# 8 km of Quneitra's: Dar'a and Rural Damascus): "the Druze village of Hader near the Golan ceasefire line"
_RIVER_GOVERNORATES = {"euphrates": ("Aleppo", "Ar-Raqqa", "Deir-ez-Zor"), "khabur": ("Al-Hasakeh", "Deir-ez-Zor"),
                       "khabour": ("Al-Hasakeh", "Deir-ez-Zor"), "orontes": ("Homs", "Hama", "Idleb"),
                       "golan": ("Quneitra", "Dar'a", "Rural Damascus"), "sajur": ("Aleppo",), "sajour": ("Aleppo",),
                       "balikh": ("Ar-Raqqa",)}
_RIVER = compiled(r"\b(Euphrates|Khabur|Khabour|Orontes|Golan|Sajur|Sajour|Balikh)\b", re.I)
_REGION_UNITS = frozenset(("area", "plain", "mountain"))  # regions that say which of a name's homonyms
UNIT_FEATURES = frozenset({"governorate", "district", "subdistrict", "area", "desert", "plain", "mountain"})
CANDIDATES = 40  # candidates kept per mention for the text to choose from (lookup returns 10 by default)
SMALL_REGION_KM = 25  # a region this wide (its radius) lies in the one governorate the gazetteer gives it
UNITS_REGION_KM = 60  # ... and one up to this wide in the OCHA units it is drawn from (the Ghab, the Lajat)
GOVERNORATE_AFTER_WORDS = 6  # how far after a short name its clause may name its governorate ("in the western Homs")
NEIGHBOUR_KM = 40.0  # a homonym this close to another place the article names is the one meant
PULL_KM = 100.0  # a homonym further than this from every other place the article names is not drawn by them
CLOSE_KM = 20.0  # beside a landmark: a place spelled with the same consonants this close beats one spelled alike far out
SAME_PLACE_KM = 5.0  # candidates closer than this are one place
CAPITAL_PROMINENCE = 4  # a city this prominent is a governorate's capital or a widely known district seat
# (gazetteer/README.md: prominence starts at 4 for a capital, 3 for a district seat, and grows with renown)
LANDMARK_NAMESAKES = 4  # a measured landmark's namesakes tried when no place of the name lies by the first
_KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180  # a degree of latitude on haversine_km's sphere
PAIR_CHARS = 120  # names said this close (in characters) are "named together" for ``_pair_homonyms``
PAIR_CANDIDATES = 10  # the candidates of each name ``_pair_homonyms`` compares
# ("Qudsaya and neighbouring al-Hama", "Kafr Batna and nearby Saqba")
_LISTED_WITH = compiled(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+(?:villages?|towns?)\s+of\s+)?"
                        r"(?:(?:the\s+)?(?:neighbou?ring|nearby|adjacent|adjoining)\s+(?:(?:village|town)\s+of\s+)?)?")


def _listed_together(text: str, one: Mention, other: Mention) -> bool:
    """Whether the two names are listed one after the other ("X and Y", "X, Y", "X, and the village of Y")."""
    return _LISTED_WITH.fullmatch(text, min(one.end, other.end), max(one.start, other.start)) is not None
BESIDE_KM = 10.0  # a homonym this close to another place the article names is beside it...
CLEARLY_FURTHER_KM = 15.0  # ...and is the one meant when its rivals are this much further from every such place
_COMPASS_POINT = r"(?:" + _THREE_POINTS + r"|north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_COMPASS = (r"(?:" + _COMPASS_POINT + r"|"
            r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central|rural)")
# "about 8 km ", "3-4 km to the ": the distance a text puts a place from a landmark (see ``_said_reach``)
_SAID_DISTANCE = (r"(?:(?:about|some|around|approximately|roughly|nearly|almost|just|only|less than)\s+)?"
                  r"(?P<km>\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(?P<km_to>\d+(?:\.\d+)?))?"
                  r"\s*(?:km|kms|kilomet(?:er|re)s?)\s+"
                  r"(?:to\s+the\s+)?")
_PLAIN_LINK = compiled(r"\)?\s*(?:,|\(|(?:\s+area)?\s(?:in|of|inside))\s*(?:the\s+)?"  # "the al-Fukheikha area of"
                       r"(?:(?:north|south)?-?(?:east|west)?ern\s+|central\s+)?", re.I)  # "in eastern Aleppo city"
# (or a region round it: "in the Kiswah area south of Damascus" is no unit of Damascus to find Kiswah inside)
_FIRST_IS_A_UNIT = compiled(r"^\s+(?:(?:sub-?)?district|area|region|countryside)\b")
# matched at the end of a name up to the start of the next ("^" would not match there: the gap is not sliced)
_CONTEXT_LINK = compile_guarded(
    r"(?:\s+(?:(?:industrial|residential)\s+)?(?:village|town|city|camp|neighbou?rhood|(?:sub-?)?district|area|zone"
    r"|hamlet|farms?|hills?|front|axis|island|junction|crossroads|roundabout|bridge|checkpoint))?"  # "the Ras al-Ain junction, 7 km south-east of Jableh"
    # the road it lies on, said between: "al-Muallaq near the M4, north-west of Ain Issa"
    r"(?:\s+(?:near|on|along|off)\s+the\s+(?:M\d{1,2}|[\w-]+\s+(?:road|highway|motorway))"
    r"(?:\s+(?:road|highway))?(?=,))?"
    # "Salqin, near the Turkish border in Idlib": in Idlib
    r"(?P<link>\)?\s*[,(]\s*(?:(?:near the (?:[\w-]+\s+){0,2}?(?:border|frontier)(?:\s+with\s+[\w-]+)?\s+in|"
    r"in the (?:middle|heart) of|on the (?:(?:north|south|east|west)[\w-]*\s+)?(?:outskirts|edges?|fringes?) of|"
    r"in|near|inside"
    r"|one of the (?:[\w-]+\s+){0,3}?(?:neighbou?rhoods|quarters|districts|villages|towns) (?:of|in)"
    # "Kammouniyeh, a village in central Quneitra", "Sim, a small village in the Sharran area of Afrin"
    r"|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|hamlet|neighbou?rhood|quarter|suburb|locality|community"
    r"|resort)"
    r"(?:\s+(?:in|of|near|inside))?"
    # "Nubl and al-Zahraa, two Shia towns north-west of Aleppo"
    r"|(?:two|three|four|both)\s+(?:[\w-]+\s+){0,2}?(?:villages|towns|neighbou?rhoods|quarters|suburbs)"
    r"(?:\s+(?:in|of|near|inside))?"
    r"|(?:[\w-]+\s+)?(?:village|town|hamlet)"  # a clipped note's: "Arab al-Mulk, coastal village NW of Baniyas"
    # "al-Masaneh, the industrial area of Qaboun": a part of the second
    r"|the (?:[\w-]+\s+){0,2}?(?:area|part|quarter|neighbou?rhood|district|suburbs?|outskirts) of)\s+)?"
    r"|\s+(?:in the (?:middle|heart) of|on the (?:(?:north|south|east|west)[\w-]*\s+)?(?:outskirts|edges?|fringes?) of|in|of|near|inside)\s+"
    r"|\)\s+in\s+"  # "دوما (Duma) in the eastern countryside of Sweida"
    # no comma: "the Karama subdistrict east of Raqqa", "Hajin 5 km east of the river"
    r"|\s+(?=(?:(?:about|some|around|approximately|just)\s+)?\d+(?:\.\d+)?\s*(?:km|kms|kilomet)|"
    + _COMPASS_POINT + r"\s+of\s))"
    # "X, in the desert south of Y", "al-Quneitra, a village in the countryside south-east of Tartous"
    r"(?:the\s+)?(?:(?:" + _DESERT_WORDS + r"|countryside|area|region)\s+(?=" + _COMPASS_POINT
    + r"\s+of\s))?"
    r"(?:(?:just|immediately|directly|slightly|due)\s+)?"  # "al-Aliya, just south of Mhambal"
    # "Barqa, 3-4 km north-north-west of Dali", "al-Awja, about 3.5 km west of Muzayrib"
    r"(?:" + _SAID_DISTANCE + r"(?=" + _COMPASS + r"|" + _COMPASS_ABBREVIATION + r"))?"
    # "Dana, N Idlib" too; "Khirbat Khalid, 2 km south of the Tishreen dam"
    r"(?:" + _COMPASS + r"\s+(?:of\s+(?:the\s+)?)?|" + _COMPASS_ABBREVIATION + r"\s+(?:of\s+)?)?"
    r"(?:(?:countryside|area|region|district|suburbs?|outskirts|province|governorate|" + _DESERT_WORDS + r")\s+of\s+)?"
    r"#?(?:al-|el-|as-|ash-|ad-|ar-|at-|az-|an-)?$", re.I)  # ("Douma, NE #Sweida countryside": a post's tag)
_UNIT_WORD = compile_guarded(r"\b(?:district|sub-?district|area|countryside|province|governorate|region|desert|plain|"
                        r"mountains?|basin)\b", re.I)
_COMPASS_WORD = compiled(_COMPASS, re.I)
_SETTLEMENT_SAID = compiled(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:village|town|hamlet)\b", re.I)
_COMPASS_LETTERS_WORD = compiled(_COMPASS_ABBREVIATION)
_COMPASS_ADJECTIVES = frozenset(("northern", "southern", "eastern", "western", "central", "north", "south", "east",
                                 "west", "northeastern", "northwestern", "southeastern", "southwestern",
                                 "north-eastern", "north-western", "south-eastern", "south-western"))
_COMPASS_OF = compiled(r"(?:" + _COMPASS + "|" + _COMPASS_ABBREVIATION + r")\s+of\s+", re.I)
_BEARING_JUST_BEFORE = compiled(_COMPASS_OF.pattern + r"(?:the\s+)?(?:city\s+of\s+)?$", re.I)
# the kinds of site a text can name after a name ("the al-Omar oil field"): no settlement of the name is it
_SITE_KINDS = frozenset(("oil_field", "gas_field", "pumping_station", "power_station", "dam", "airbase", "airport",
                         "military_base", "prison", "border_crossing", "bridge", "checkpoint"))
NEAR_KM = 20.0  # "X near Y": the X within this of Y
_UNIT_SAID = "), as the text says"
_BEARING_AFTER = compiled(r"(?:\s+(?:village|town))?,?\s+(?:(?:about\s+)?\d+\s*(?:km|kilomet(?:re|er)s)\s+)?"
                          + _COMPASS_OF.pattern, re.I)  # "X, south of Y", "X village, 5 km east of Y"
FAR_FROM_SENTENCE_KM = 150.0  # a similar spelling this far past every sure place of its sentence is not it  # the note of a name placed inside the unit its text names
LISTED_FAR_KM = 50.0  # a name listed with a sure settlement further than this from it may be a namesake beside it
LANDMARK_GAP_CHARS = 40  # a name this close after a bracket, its landmark: "Tal Ada (Tilaada) village, north of al-Dana"
SECOND_NAME_KM = 30.0  # "X (Y)": Y is X's other name when no X lies this close to it
DESERT_KM = 50.0  # "the Palmyra desert": the open country round a town, as far as reporters' deserts reach
CITY_KM = 10.0  # a quarter of a city the gazetteer lacks: within this of the city's point
# a landmark's name is a place near the town its sentence names: in the town (its radius and this) for a street's
# landmark, within this of it for a road's
LANDMARK_IN_TOWN_KM = 5.0
LANDMARK_BY_TOWN_KM = 25.0
AMBIGUOUS_TOWN_RADIUS_KM = 10.0  # the radius _by_the_town grants a town whose namesakes widened its uncertainty
_STREET_LANDMARKS = frozenset(("roundabout", "square", "street", "hospital", "school", "mosque", "church", "market",
                               "bakery", "stadium", "university", "college", "amphitheatre", "hotel", "cemetery",
                               "monastery", "convent", "temple", "museum", "theatre", "shrine", "tomb"))
_ROAD_LANDMARKS = frozenset(("checkpoint", "bridge", "gate", "hill"))
_THE_TOWNS_BEFORE = compiled(r"\b(?:the|this)\s+(?:town|city|village|area)['’]s\s+$", re.I)
_LANDMARK_OF_BEFORE = compiled(r"\b(monastery|convent|church|cathedral|mosque|shrine|tomb|mausoleum)\s+of\s+(?:the\s+)?"
                               r"(?:(?:saint|st\.?|sayyida|sayyidah|sheikh)\s+)?$", re.I)
_FIELD_KINDS = frozenset(("oil_field", "gas_field"))
_NATURAL_KINDS = frozenset(("valley", "river", "lake", "mountain", "hill", "plain", "basin", "island"))
_FIELD_AFTER = compiled(r"\s+(?:(?:gas|oil)\s+)?fields?\b", re.I)
_OIL_OR_GAS_FIELD = compiled(r"\b(?:(?:gas|oil)\s*fields?|gasfields?)\b", re.I)  # not "the As-Safa volcanic field"
_TOWN_LANDMARKS = frozenset(("bridge", "gate"))  # a road's landmarks that may stand inside a town
_IN_A_TOWN_NEXT = compiled(r"\s+in\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)
_WORD_AFTER = compiled(r"\)?\s+([A-Za-z]+)")  # (past a bracket: "the cave (al-Maghara) hospital")
# a wire story's dateline: "BEIRUT, Nov. 30 (dpa) -", "AMMAN (Reuters) -", at a line's start
_DATELINE = compiled(r"[A-Z][A-Z'’.-]+(?:(?:\s+|/)[A-Z][A-Z'’.-]+)*(?:,\s*Syria\b)?,?\s*"
                     r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?\([^()\n]{2,30}\)\s*[-–—]")
_DATELINE_CITIES_BEFORE = compiled(r"\s*(?:[A-Z][A-Z'’. -]*/)*")  # "WASHINGTON/BEIRUT (Reuters) -": Beirut's too


_DASH_NEXT = compiled(r"\s+[-–—]\s")


def _alert_opening(text: str, start: int, end: int) -> bool:
    """Whether the name opens its line before a dash, as a clipped alert's place does: "HAMA - Security forces fire
    on huge Friday rally"."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() == "" and _DASH_NEXT.match(text, end) is not None


def _in_dateline(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a wire story's dateline: the city the story was filed from (one of them, in
    "WASHINGTON/BEIRUT (Reuters) -")."""
    line_start = text.rfind("\n", 0, start) + 1
    return _DATELINE_CITIES_BEFORE.fullmatch(text, line_start, start) is not None \
        and _DATELINE.match(text, start) is not None
_LIST_GOES_ON = compiled(r"\s*(?:,|\band\b|&|/)\s*(?:the\s+)?(?:al-|el-)?[A-Z]")  # another name after the second


def _by_the_town(place: Place, town: Mention, reach_km: float, in_town: bool = False) -> bool:
    """Whether ``place`` lies where a landmark named for it could be, by the town a sentence names: in its
    governorate, for a governorate; else within the town's radius and ``reach_km``, for any of its likely places.
    ``in_town``: a street's landmark (a roundabout, a stadium) is in a town, not anywhere in a district."""
    likely = town.candidates[:3] if town.candidates[0].ambiguous else town.candidates[:1]
    if in_town:
        likely = [here for here in likely if here.feature not in ("district", "subdistrict")]
    for here in likely:
        if here.feature == "governorate":
            if place.admin1 == here.admin1:
                return True
        # (a town whose name has namesakes far apart is widened to cover them: that is no town's radius; "al-Quds
        # hospital in the Sukkari district" is no Quds quarter of Lattakia, 175 km from Aleppo's Sukkari)
        elif haversine_km(place.lat, place.lon, here.lat, here.lon) <= (
                min(here.uncertainty_km, AMBIGUOUS_TOWN_RADIUS_KM) if here.ambiguous else here.uncertainty_km) + reach_km:
            return True
    return False


def _acronym_inside(tokens, first: int, last: int) -> bool:
    """An all-capitals word of two letters or more in a name, where not every word is in capitals (not a
    headline): an acronym, "TUSAS", "The FSA"."""
    words = [tokens[k][2] for k in range(first, last + 1)]
    return any(len(w) > 1 and w.isupper() for w in words) and (len(words) == 1 or not all(w.isupper() for w in words))
FAR_FROM_LANDMARK = 2.0  # a name whose every candidate lies this many reaches from its landmark is placed by it
SAME_CONSONANTS = "same consonants"  # the match of a candidate taken by its consonants beside a landmark
_BRACKET_ITEM_GAP = compiled(r"\s*,\s*")
_BRACKET_END = compiled(r"(?:\s+(?:province|governorate))?\s*\)", re.I)
_HEADED_FOR = compiled(r"\b(?:to|for|towards?)\s+(?:the\s+)?$", re.I)
SIDE_DEGREES = 100.0  # how far off a compass word's bearing a place "on that side" may lie (see _on_side)
SQUARELY_DEGREES = 45.0  # ... and squarely on that side: within the compass point's own octant and its neighbours'
BEARING_KM = 100.0  # "X, south of Y": the X within this of Y ("Maskanah, east of Aleppo" is 84 km off)
BEARING_TOWN_KM = 50.0  # the same of a town or village, for telling that no candidate is the place meant


# (the name's own kind between: "al-Dibs village, north of Ain Issa", "Jdeideh village west of Ain Issa")
_LANDMARK_LINK = (r"(?P<link>(?:\s+(?:village|town|hamlet)(?:,\s*|\s+)|,\s*)(?:" + _SAID_DISTANCE + r")?"
                  r"(?:" + _COMPASS_POINT + r"|" + _COMPASS_ABBREVIATION + r")"
                  r"\s+of\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?:al-|el-|as-|ash-|ad-|ar-|at-|az-|an-)?)$")


@lru_cache(maxsize=1)
def _name_before_landmark() -> re.Pattern:
    """ "Sfayn, 14 km south-east of " before a landmark: compiled on first use (most texts never need it)."""
    return compile_guarded(
        r"(?<![\w'’-])(?P<name>(?:(?:al|el|as|ash|ad|ar|at|az|an)-)?[A-Z][\w'’]+"
        r"(?:[ -](?:(?:al|el)-)?[A-Z][\w'’]+){0,2})" + _LANDMARK_LINK)


@lru_cache(maxsize=1)
def _landmark_link() -> re.Pattern:
    """``_name_before_landmark``'s ", 14 km south-east of " alone: every match of the whole holds one that ends
    where it ends, and this one is tried only at a comma, where the whole is tried at every capital."""
    return compile_guarded(_LANDMARK_LINK)


DISTANCE_SLACK, DISTANCE_SLACK_KM = 1.5, 5.0  # "X, 8 km north of Y": the X within 8 x 1.5 + 5 km of Y


def _a_city(place: Place) -> bool:
    """A landmark a text names places far off by: a city, a governorate or a large region."""
    return place.feature in ("city", "governorate", "area", "desert", "plain", "mountain") or place.prominence >= 4


SAID_SLACK, SAID_SLACK_KM = 0.4, 2.0  # "8 km north of": a place 3 km off is not what was measured, one 7 km off may be


def _said_reach(link: re.Match, unsaid_km: float) -> float:
    """How far from its landmark a place the text measures from it may lie: the distance said (the far end of
    "3-4 km") with slack, at most BEARING_KM; ``unsaid_km`` when the text gives none."""
    if not link["km"]:
        return unsaid_km
    return min(BEARING_KM, float(link["km_to"] or link["km"]) * DISTANCE_SLACK + DISTANCE_SLACK_KM)
AREA_SLACK_KM = 15.0  # a region's radius is a circle round a polygon: its villages may lie a little beyond
REGION_MARGIN_KM = 25.0  # "the Marj area of Eastern Ghouta": with no Marj this much further, the region stands


def _of_the_kind(place: Place, hints: tuple[str, ...]) -> bool:
    """Is the place of a kind the text's generic words name, or named with those words itself: "Jabal Muayzila" may
    be the village Jabal Mu`ayzilah, not only a mountain; or the village a camp is named for ("Harjaleh camp near
    the Bab al-Salama crossing": the displaced live beside Harjalah)."""
    return (place.feature in hints or bool(set(split_descriptors(place.matched or place.name)[1]) & set(hints))
            or ("camp" in hints and place.is_settlement))


def _spelled_as_written(surface: str, candidates: list[Place]) -> list[Place]:
    """The candidates of the best tier whose matched spelling, less generic words, is the text's name as written:
    of "the al-Houla area", Houla, not the Hole and Helleh whose letters fold alike."""
    if not candidates:
        return []
    core, hints = split_descriptors(surface)
    written, hints = light_key(core), set(hints)
    spelled = []
    for place in candidates:
        if place.match != candidates[0].match:
            continue
        own_core, own_hints = split_descriptors(place.matched or place.name)
        if light_key(own_core) == written and set(own_hints) <= hints:  # "Latakia city" is not "Latakia airport"
            spelled.append(place)
    return spelled


def _settled(place: Place, row: Place) -> Place:
    """A candidate the text has decided among its homonyms: no longer ambiguous, with its row's precision and
    radius again; a similar spelling stays precision 2 at best (the text chose the place, not the spelling)."""
    precision = max(row.geo_precision, 2) if place.match == "similar spelling" else row.geo_precision
    return evolve(place, ambiguous=False, geo_precision=precision, uncertainty_km=row.uncertainty_km)


def _widened(place: Place, row: Place, spread_km: float) -> Place:
    """One of several candidates the text does not choose between: ambiguous, precision 2 at least, its radius
    covering the others (``spread_km`` away)."""
    return evolve(place, ambiguous=True, geo_precision=max(2, row.geo_precision),
                  uncertainty_km=covering_km(max(row.uncertainty_km, spread_km)))


_ADMIN_LEVEL = {"governorate": 1, "district": 2, "subdistrict": 3}


def _finer_unit(place: Place, unit: Place) -> bool:
    """An admin unit below ``unit`` ("the al-Mukharram district, eastern Homs"): a place the text may be in."""
    return unit.feature in _ADMIN_LEVEL and _ADMIN_LEVEL.get(place.feature, 0) > _ADMIN_LEVEL[unit.feature]


def _compass_bearing(phrase: str) -> float | None:
    """The bearing of "south-west of", "eastern"; None for "central", "rural"."""
    word = re.sub(r"ern\b", "", phrase.lower().split()[0]).replace("-", "")
    return BEARINGS.get(word)


def ends_of_a_road(text: str, one: Mention, other: Mention) -> bool:
    """Two names given as the ends of a way, "between X and Y" or "the X-Y road": neither holds the other."""
    first, second = (one, other) if one.start < other.start else (other, one)
    gap = text[first.end:second.start]
    if _ROAD_DASH.fullmatch(gap):
        return bool(_ROAD_AFTER.match(text, second.end))
    between = _BETWEEN.search(text, max(0, first.start - 40), first.start)
    # ("between X and Y", "the road from X to Y")
    return between is not None and bool((_AND_GAP if between.group().lower().startswith("between") else _TO_GAP)
                                        .fullmatch(gap))


_SIDE_BEFORE = compiled(r"\b((?:north|south)[- ]?(?:east|west)|north|south|east|west)(?:ern)?\s+$", re.I)


def _side_named(text: str, start: int) -> float | None:
    """The bearing of a compass word right before a unit's name ("the far eastern Homs desert"), or None."""
    m = _SIDE_BEFORE.search(text, max(0, start - 20), start)
    return BEARINGS.get(m.group(1).lower().replace("-", "").replace(" ", "")) if m else None


def _on_side(landmark: Place, place: Place, bearing: float, degrees: float = SIDE_DEGREES) -> bool:
    """Whether ``place`` lies on the side of ``landmark`` a compass word says: within ``degrees`` (SIDE_DEGREES) of
    its bearing (a reporter's "west of" is loose, and a village's point may sit off its houses: al-Qunayyah, "west
    of Jisr al-Shughur", is due north by OCHA's point; but not the opposite side), or within SAME_PLACE_KM.
    SQUARELY_DEGREES asks for the side itself."""
    if haversine_km(landmark.lat, landmark.lon, place.lat, place.lon) <= SAME_PLACE_KM:
        return True
    north = math.radians(place.lat - landmark.lat)
    east = math.radians(place.lon - landmark.lon) * math.cos(math.radians((place.lat + landmark.lat) / 2))
    angle = math.degrees(math.atan2(east, north)) % 360
    return abs((angle - bearing + 180) % 360 - 180) <= degrees


def _sure(place: Place) -> bool:
    """A settlement or quarter its name alone settles: matched as written (not respelled), no namesake in doubt."""
    return _local(place) and not place.ambiguous and place.geo_precision == 1 and place.match in _NAME_MATCHES


def _local(place: Place) -> bool:
    """A settlement or a quarter: what a homonym among the article's places can be."""
    return place.is_settlement or place.feature == "neighbourhood"


def _within(place: Place, unit: Place) -> bool:
    """Is ``place`` inside the admin unit or region ``unit`` (by OCHA's admin names, or its radius)?"""
    if unit.feature == "governorate":
        return place.admin1 == unit.admin1
    if unit.feature == "district":
        return place.admin1 == unit.admin1 and place.admin2 == unit.admin2
    if unit.feature == "subdistrict":
        return place.admin2 == unit.admin2 and place.admin3 == unit.admin3
    return haversine_km(place.lat, place.lon, unit.lat, unit.lon) <= unit.uncertainty_km + AREA_SLACK_KM


_STOP_BEFORE_SPACE = compiled(r"[.!?](?=\s)")


def _sentence_stops(text: str) -> list[int]:
    """Where a sentence ends inside any stretch of the text: a stop (".", "!", "?") followed by a space."""
    return [m.start() for m in _STOP_BEFORE_SPACE.finditer(text)]


def _widened_city(city: Place) -> Place:
    """A city standing for one of its quarters the gazetteer lacks: precision 2, its radius at least CITY_KM."""
    return evolve(city, geo_precision=max(2, city.geo_precision), uncertainty_km=max(city.uncertainty_km, CITY_KM))


_BY_THE_ROAD = "by the road the sentence names"
ROAD_CORRIDOR_KM = 15.0  # "X on the A-B road": X this near the straight line between A and B,
ROAD_BEND = 0.12  # or this share of the road's length off it, if more: a long road bends further from the line


def _by_a_road_named(text: str, mention: Mention, others: list[Mention], as_listed) -> list[Place]:
    """The mention's candidates by the road "the A-B road" the sentence names, when they are one place: "on the
    Raqqa-Deir ez-Zor road near al-Sabkha" is Sabka, by that road, not Sabha 105 km off it. Else none.
    ``as_listed`` gives a place by id as the gazetteer has it (its own radius)."""
    for first, second in _road_ends(text, others):
        # the towns, not a governorate of their name ("the Hasakah-Shaddadi road" runs from the city)
        a = next((p for p in first.candidates if p.is_settlement), None)
        b = next((p for p in second.candidates if p.is_settlement), None)
        if a is None or b is None:
            continue
        # (not in a town the road is named for: "al-Mazraa on the Damascus-Sweida road" is no quarter of Damascus.
        # The town's own radius, a city's at least CITY_KM, not the sentence's reading of it, which widens an end
        # over the road: "al-Mansoura ... the Raqqa-Aleppo road" is the town 27 km from Raqqa, not a village 9 km
        # from Aleppo's point)
        radii = [max((as_listed(end.id) or end).uncertainty_km, CITY_KM if end.feature == "city" else 0.0)
                 for end in (a, b)]
        corridor = max(ROAD_CORRIDOR_KM, ROAD_BEND * haversine_km(a.lat, a.lon, b.lat, b.lon))
        near = [p for p in mention.candidates if _km_to_segment(p, a, b) <= corridor
                and all(haversine_km(p.lat, p.lon, end.lat, end.lon) > radius for end, radius in zip((a, b), radii))]
        near = [p for p in near if p.match in _AS_THE_GAZETTEER_SPELLS] or near  # spelled as written first
        if near and all(haversine_km(p.lat, p.lon, near[0].lat, near[0].lon) <= SAME_PLACE_KM for p in near):
            return near
    return []


def _citys_possessive(text: str, mentions: list[Mention], index: int) -> Place | None:
    """The city the mention before ``mentions[index]`` names, if it holds it by a possessive ("Qamishli's ...")."""
    if index == 0:
        return None
    city = mentions[index - 1]
    if (city.candidates and city.candidates[0].feature == "city"
            and _POSSESSIVE_GAP.fullmatch(text, city.end, mentions[index].start) is not None):
        return city.candidates[0]
    return None


def _road_ends(text: str, mentions: list[Mention]):
    """The pairs of neighbouring mentions that name a road by the two towns it joins ("the Homs-Hama highway")."""
    return ((first, second) for first, second in zip(mentions, mentions[1:])
            if first.candidates and second.candidates and _ROAD_DASH.fullmatch(text, first.end, second.start)
            and ROAD_NAMED_AFTER.match(text, second.end))


def _names_a_road(text: str, mentions: list[Mention]) -> bool:
    """Whether the text names a road by the two towns it joins."""
    return next(_road_ends(text, mentions), None) is not None


def _km_to_segment(place: Place, a: Place, b: Place) -> float:
    """Distance from a place to the straight line between two others, on a local flat projection (roads between
    towns are tens of km long: the error is small beside ROAD_CORRIDOR_KM)."""
    scale = math.cos(math.radians((a.lat + b.lat) / 2))
    ax, ay, bx, by = a.lon * scale, a.lat, b.lon * scale, b.lat
    px, py = place.lon * scale, place.lat
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy)) * EARTH_RADIUS_KM * math.pi / 180


# where a force or people came from, said of the move: "troops advancing from Daraa", "families who fled from Aleppo"
_MOVED_FROM_BEFORE = Prefiltered(compiled(
    r"\b(?:advanc(?:ed|ing)|com(?:ing|e)|came|mov(?:ed|ing)|arriv(?:ed|ing)|push(?:ed|ing)|march(?:ed|ing)|"
    r"sent|dispatched|deployed|set\s+out|setting\s+out|reinforcements|fled|fleeing|escaped|displaced|"
    r"converg(?:ed|ing)|flock(?:ed|ing)|pour(?:ed|ing)\s+in|mobili[sz](?:ed|ing)|brought|bussed|travell?(?:ed|ing)|"
    r"drawn|recruited|hail(?:ed|ing)|dr(?:ove|iving)|return(?:ed|ing))\s+(?:(?:home|back)\s+)?from\s+"
    r"(?:the\s+)?$", re.I))  # (and "as he drove home from Damascus": no anchor of al-Sheikh Saad)


# the place a crowd stood with or chanted for, not near it: "chanting ... for the besieged towns of Dar'a", "in
# solidarity with the people of Homs" (a Kanaker there is no Kanaker by Dar'a)
_SOLIDARITY_BEFORE = Prefiltered(compiled(
    r"\b(?:solidarity\s+with|support\s+(?:of|for)|chant(?:ed|ing|s)?\b[^.;]{0,50}?\bfor|pray(?:ed|ing)?\s+for)\s+"
    r"(?:the\s+)?(?:besieged\s+|embattled\s+)?(?:(?:people|residents|families|towns?|cities|city|villages?)\s+of\s+)?"
    r"(?:the\s+)?$", re.I))


# where a deal or a text was made: "the constitutional declaration signed the previous day in Damascus"
_SIGNED_IN_BEFORE = Prefiltered(compiled(r"\b(?:signed|brokered|concluded|drafted|adopted|issued)\s+(?:[\w'’-]+\s+){0,3}?"
                                         r"in\s+(?:the\s+)?$", re.I))


def _signed_in(text: str, start: int) -> bool:
    """Whether the name at ``start`` says where a text was signed: no anchor, partner or unit of the others."""
    return _SIGNED_IN_BEFORE.search_within(text, max(0, start - 50), start) is not None  # asked of every anchor


def _moved_from(text: str, mentions: list[Mention], mention: Mention) -> bool:
    """Whether the text gives ``mention`` as where a force or people came from, or a later name of that list
    ("33 people who had fled from Aleppo and Homs")."""
    first = _list_head(text, mentions, mention)
    return _MOVED_FROM_BEFORE.search_within(text, max(0, first.start - 30), first.start) is not None


def _list_head(text: str, mentions: list[Mention], mention: Mention) -> Mention:
    """The first name of the list ``mention`` is in ("Jarablus and Idlib": Jarablus), or the mention itself: what
    is said before the list is said of each name in it."""
    j = next(n for n, m in enumerate(mentions) if m is mention)
    while j > 0 and LIST_GAP.fullmatch(text, mentions[j - 1].end, mentions[j].start):
        j -= 1
    return mentions[j]


# someone's home, said of him: "a merchant from Sweida", "two men from the town of Tafas"
_SOMEONE_FROM_BEFORE = Prefiltered(compiled(
    r"\b(?:m[ae]n|wom[ae]n|merchants?|traders?|drivers?|shepherds?|farmers?|boys?|girls?|"
    r"child(?:ren)?|youths?|civilians?|residents?|famil(?:y|ies)|soldiers?|fighters?|"
    r"members?|teachers?|doctors?|nurses?|activists?|journalists?|students?|workers?|passengers?|people|"
    r"relatives?|elders?|notables?|sheikhs?|pilgrims?|detainees?|prisoners?)\s+from\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$", re.I))


def _headed_for(text: str, mentions: list[Mention], mention: Mention) -> bool:
    """Whether the text gives ``mention`` as where people went: "for X", "to X", or a later name of the list
    after it ("evacuate fighters to Jarablus and Idlib")."""
    first = _list_head(text, mentions, mention)
    return _HEADED_FOR.search(text, max(0, first.start - 12), first.start) is not None


# verbs of leaving a place for another ("buses left for Idlib", "families deported to ..."): incidents reads them too
# (what was carried may be listed between commas: "buses carried 1,022 people, fighters and relatives, toward Idlib")
LEAVING_WORDS = (r"left|leave|leaves|leaving|depart(?:ed|ing|s)?|bound|head(?:ed|ing)|bus(?:s?ed)|"
                 r"evacuated|boarded|transferr?(?:ed|ing)|deported|expelled|displaced|relocated|set\s+(?:off|out)")
# a force falling back: "withdrew", "pulled out", "fell back" (``incidents`` asks it too)
FALLING_BACK_WORDS = r"withdr[ae]w|withdrawing|retreat(?:ed|ing)|pull(?:ed|ing)\s+(?:out|back)|f[ae]ll(?:ing)?\s+back"
_WENT_OFF_TO_BEFORE = Prefiltered(compiled(
    r"\b(?:" + LEAVING_WORDS + r"|" + FALLING_BACK_WORDS + r"|fled|fleeing|evacuating|deporting|"
    r"relocating|carr(?:ied|ying)|travell?(?:ed|ing))\b(?:[^.;,:]|(?<=\d)[.,](?=\d)|,\s+[\w'’ -]{1,30},){0,60}?"
    r"\b(?:to|towards?|for)\s+"
    r"(?:the\s+)?$", re.I))


def _went_off_to(text: str, mentions: list[Mention], mention: Mention) -> bool:
    """Whether the text gives ``mention`` (or the list it heads) as where people or forces went off to after a verb
    of leaving: "withdrew toward Hasakah", "carrying fighters north to Idlib"; not "on the road to X" nor
    "advanced toward X", which say where the event was near."""
    first = _list_head(text, mentions, mention)
    # (asked of every name an article places: the leaving words looked for in the window first)
    return _WENT_OFF_TO_BEFORE.search_within(text, max(0, first.start - 100), first.start) is not None


def _same_sentence(text: str, mentions: list[Mention], index: int, stops: list[int],
                   starts: list[int] | None = None) -> list[Mention]:
    """The other mentions of the sentence ``mentions[index]`` stands in: those with no sentence break in the
    text between the two starts (a stop followed by a space, or a stop just before the later start).

    ``stops`` is ``_sentence_stops(text)``: a stop before a space lies in the range, or the range ends just
    after a stop. With ``starts`` (the mentions' starts, in order) only the mentions between the stops
    around this one are looked at, so a long report's names are not each compared with all the others.
    """
    here = mentions[index]
    at = here.start
    candidates = range(len(mentions))
    if starts is not None:
        before = bisect_right(stops, at - 2)  # the last stop at least two before this mention ends its sentence
        after = bisect_left(stops, at)  # the first stop from it on ends it too
        lowest = stops[before - 1] + 1 if before else 0
        candidates = range(bisect_left(starts, lowest),
                           bisect_right(starts, stops[after] + 1) if after < len(stops) else len(starts))
    out = []
    for number in candidates:
        other = mentions[number]
        if other is here:
            continue
        left, right = (other.start, at) if other.start < at else (at, other.start)
        ended = bisect_right(stops, right - 2) > bisect_left(stops, left) or (right > left and text[right - 1] in ".!?")
        if not ended:
            out.append(other)
    return out


# Generic words that may follow a name and belong to it ("al-Zawiya mount", "Idlib province").
TRAILING_DESCRIPTORS = {"mount", "mountain", "mountains", "hills", "province", "governorate", "countryside",
                        "city", "town", "village", "district", "subdistrict", "camp", "prison", "airbase",
                        "airport", "dam", "desert", "plain", "valley", "crossing", "neighbourhood", "section",
                        "sections", "quarters", "neighbourhoods", "neighborhoods",
                        "neighborhood", "quarter", "oilfield", "camps", "base", "bases", "barracks", "airfield",
                        "airstrip", "mine", "mines", "nahiya", "nahiyah", "nahia", "coast", "jail"}
# words that make the next a kind of site, taken with it after a name: "the Hamidiyah military camps" is a base
_SITE_QUALIFIERS = {"military": {"camp", "camps", "base", "bases", "barracks", "prison", "jail", "airport"},
                    "air": {"base", "bases"}, "central": {"prison", "jail"},  # "the Aleppo central jail"
                    "refugee": {"camp"}, "palestinian": {"camp"},  # "the Yarmouk refugee camp" is "Yarmouk Camp"
                    "power": {"plant", "station"}, "phosphate": {"mine", "mines"}, "border": {"crossing", "gate"},
                    # ("the Hayyan gas company" is no village Hayyan)
                    "oil": {"field", "fields", "station", "company"},
                    "gas": {"field", "fields", "plant", "station", "company"},
                    "pumping": {"station"}}
# Arabic articles spelled as English words: written apart and in lower case ("the SDF at al-Bagouz"), the English word
_ENGLISH_ARTICLE_WORDS = frozenset(("at", "as", "an"))
# words that begin an Arabic place name and are part of it ("father of", "spring", "monastery", "hill", "village"
# ...): a known name right after one, the two not known together, is the end of a name the gazetteer lacks
_NAME_HEADS = frozenset({"abu", "umm", "um", "kafr", "kfar", "ain", "ayn", "ein", "deir", "dayr", "beit", "bayt", "tal",
                         "tell", "tall", "tel", "bir", "ras", "khan", "maarat", "maaret", "qasr", "jisr", "marj",
                         "khirbet", "khirbat", "kherbet", "mazraat", "mazraet", "rasm", "tallet", "jubb", "hawsh",
                         "hosh",
                         # the Euphrates' islands, written in their construct state: "Huwaijat Saqr", "Jazrat Milaj"
                         "huwaijat", "hawijat", "hweijat", "huwayjat", "hwaijet", "jazrat", "jazirat", "jazeerat",
                         # first words of OCHA's names, a name's own alias alone ("Haram" is Hazm's, in Sweida): "near
                         # Haram Şêxo" (Haram Sheikho, by Amuda) is no Hazm, 605 km off
                         "haram", "jeb", "kharab", "jdidet", "jdeidet", "burj", "mashrafet", "dweir",
                         # a valley's: "in Wadi Hmeid, in Arsal's outskirts" is no village Hmeidi, 209 km off
                         "wadi"})
_PLACE_WORDS = {"mount", "jabal", "jebel", "tal", "tell", "tall", "wadi", "camp", "eastern", "western",
                "northern", "southern", "rural", "old", "greater", "upper", "lower", "central", "new",
                "lake", "river", "city", "town", "village", "province", "governorate", "deir", "dayr",
                "kafr", "ain", "ayn", "bab", "jisr", "khan", "maarat", "tel", "qasr", "beit", "bayt",
                "abu", "umm", "ras", "bir", "marj", "sheikh", "shaykh", "hayy", "hay", "hai", "harat", "haret",
                "badia", "badiya", "badiyah", "badiyat", "badiyet", "badiat", "badiet"}  # "Badiyat al-Sukhnah"


# Places far from Syria are only taken when named in full (several words):
# a single word matching a Gulf town is more likely an English word or a name.
REGION_BOX = (29.0, 34.0, 40.0, 44.5)  # south, west, north, east


# what only a place opening a sentence does, whatever its spelling: "Tadef fell to the regime's Tiger Forces"
_PLACE_VERB_AFTER = compiled(r"\s+(?:fell\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:forces|army|regime|rebels|factions|"
                             r"fighters|troops|militants|jihadists|Hezbollah|IS|ISIS|SDF|HTS|Nusra|opposition)\b|(?:was|were)\s+(?:retaken|recaptured|overrun)|came\s+under\s+"
                             r"(?:[\w'’-]+\s+){0,2}?control|changed\s+hands|"
                             r"(?:(?:is|was)\s+)?(?:now\s+)?back\s+(?:in|under)|"
                             # a headline's: "Qaryatain back in army hands", "Palmyra falls", "Tel Rifat falls:"
                             r"falls\b|(?:retaken|recaptured|captured|liberated)\s+(?:by|from)\b)\b")


_NAME_WORDS = (r"(?:(?:al|el|as|ash|ad|ar|at|az|Al|El)[-‑])?[A-Z][\w'’`]+"
               r"(?:[\s-](?:(?:al|el|as|ash|ad|ar|at|az|Al|El|Bu|Abu)[-\s])?[A-Z][\w'’`]+){0,2}")
_JOINED_PARTY_BEFORE = compiled(r"\b[A-Z][\w]*[-–]$")  # "the SDF-", "the Moscow-"
_DEAL_AFTER = compiled(r"(?:[-–][A-Z][\w]*)?\s+(?:agreement|deal|talks|accord|understanding|negotiations|truce|"
                       r"ceasefire|memorandum|rapprochement)\b", re.I)


def stands_for_its_government(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether the place stands for its government, speaking: ", Damascus announced", "Ankara said", "Damascus
    did not comment"; or, the capital, dealing: "the agreement between the SDF and Damascus", "talks with
    Damascus". Not where an event was, nor an anchor for the homonyms of the names beside it (al-Mazraa, north of
    Jdiya, is Sweida's, not Damascus's quarter). ``mentions``: the others of the passage, to tell a party from a
    place ("between Homs and Damascus")."""
    if (_SPEAKER_AFTER.match(text, mention.end) is not None
            and _SPEAKER_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None):
        return True
    if (_NAMING_AFTER.match(text, mention.end) is not None
            and _WHAT_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None):
        return True  # "Jordanian jets struck what Amman called smugglers' hideouts": the government naming them
    if (_SPEAKER_AFTER.match(text, mention.end) is not None
            and _OFFICIALS_IN_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None):
        return True  # "officials in Amman said the raid targeted drug smugglers": where the speakers sit
    place = mention.place or (mention.candidates[0] if mention.candidates else None)
    if place is None or place.feature != "city" or place.admin1 != "Damascus":  # OCHA's Damascus: the capital
        return False
    if _GOVERNMENT_AFTER.match(text, mention.end):
        return True  # "passing information to the Damascus government's security services"
    if _RULERS_IN_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return True  # "the declaration issued by the new authorities in Damascus"
    party = _PARTY_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    # (the other party is no place: "between Homs and Damascus" is a road's ends)
    if party is not None and not any(party.start() <= m.start < mention.start for m in mentions):
        return True
    if (_DEAL_AFTER.match(text, mention.end) is not None
            and (_JOINED_PARTY_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None
                 or text[mention.end:mention.end + 1] in ("-", "–"))):
        return True  # "the SDF-Damascus agreement", "the Damascus-Ankara deal": a party to it, joined by a hyphen
    other = _PARTY_AFTER.match(text, mention.end)  # "the agreement between Damascus and the SDF"
    return (other is not None and _PARTY_BETWEEN_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
            and not any(mention.end < m.start < other.end() for m in mentions))


# (and what a government gives: "on the Syrian side of the frontier with Damascus's consent")
_GOVERNMENT_AFTER = compiled(r"(?:['’]s)?\s+(?:government|authorities|regime|officials|consent|approval|blessing|"
                             r"permission)\b", re.I)
_SPEAKER_AFTER = compiled(r"\s+(?:(?:has|have|had)\s+)?(?:also\s+|repeatedly\s+|long\s+)?(?:condemned|condemns|denounced|"
                          r"said|says|accused|denied|denies|warned|blamed|rejected|welcomed|protested|vowed|insisted|"
                          r"announced|announces|claimed|claims|confirmed|confirms|stated|"
                          r"called\s+(?:on|for|the|it|them|this|that)|responded|did\s+not\s+comment|"
                          r"has\s+not\s+commented)\b")  # "Damascus called the strikes a war crime"
_RULERS_IN_BEFORE = compiled(r"\b(?:authorities|government|leadership|rulers)\s+in\s+$", re.I)
_SPEAKER_BEFORE = compiled(r"(?:^|[.;:]\s*|,\s*(?:(?:and|but|while)\s+)?|\b(?:and|but|while)\s+)$")
_NAMING_AFTER = compiled(r"\s+(?:called|calls|described\s+as|describes\s+as|termed|terms|said\s+(?:was|were))\b")
_WHAT_BEFORE = compiled(r"\bwhat\s+$")
_OFFICIALS_IN_BEFORE = compiled(r"\b(?:officials|sources|authorities|ministry|government|spokes(?:man|woman|person))"
                                r"\s+in\s+$", re.I)
_PARTY_AFTER = compiled(r"\s+and\s+(?:the\s+)?(?:[\w'’-]+\s*){1,4}")
_PARTY_BETWEEN_BEFORE = compiled(r"\bbetween\s+$")
_PARTY_BEFORE = compiled(r"\b(?:between\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?and|"
                         r"(?:talks|deal|agreement|negotiations|reconciliation|accord|understanding|rapprochement|"
                         r"dialogue|settlement|ties|relations|coordinated|coordination|cooperation)\s+with|"
                         # "The SDF accused Damascus and Iran-backed militias of backing the assault"
                         r"\b(?:accused|accusing|accuses|blamed|blaming|blames))\s+$")
_AYN_AND_SPACES = compiled(r"['’`ʿʾ]?\s+")  # between words of one name: "Abu Kubay' al-Gharbi"
_CITY_OWNS = compiled(r"\w['’]s?\s")  # a possessive inside a name: "Tartous' Karama quarter"
# Syria's capital, as its reporting names it: not "the provincial capital", "the capital of Raqqa province", nor
# another country's ("the Lebanese capital")
_THE_CAPITAL = compiled(r"\b(?P<name>(?:[Tt]he|Syria['’]s)\s+(?:Syrian\s+)?capital)(?:['’]s)?\b"
                        r"(?!\s+(?:of|city\s+of)\b)")
# two words joined by Arabic "and", a name the gazetteer writes without it: "Asfar wa Najjar" (Asfar Najjar)
_JOINED_BY_WA = compiled(r"\b(?P<wa>[A-Z][\w'’`]+\s+wa\s+[A-Z][\w'’`]+)\b")
# a name's gloss in brackets ("Sabe' Nisan (7 April)"), or its final ayn, which no token keeps ("al-Masane'")
_GLOSS = compiled(r"\s*\([^()]{1,30}\)|['’`ʿ]")
_AREA_OF_LINK = compiled(r"\s+(?:(?:industrial|residential|commercial)\s+)?(?:area|district|neighbou?rhood|quarter|zone)"
                         r"\s+of\s+(?:the\s+)?", re.I)
_BUILDING_AFTER = compiled(r"\s+(?i:mosque|church|hospital|school|square|street|roundabout|bridge|market|stadium)\b")
# an Arabic name, its article before it, where a place is said to be: "in al-Muraiya, near the airport"
_ARTICLE_NAME_AFTER_PREPOSITION = compiled(
    r"\b(?:in|at|near|outside|around|into)\s+(?P<prep>(?:al|el|ad|as|ash|at|az|ar|Al|El)[-‑][A-Z][\w'’`]+"
    r"(?:\s(?:(?:al|el|Al|El)[-‑])?[A-Z][\w'’`]+){0,2}"
    # ... or a name in the construct state before one: "in Hteitet al-Jarash" (OCHA's Hatita Al-Jarash)
    r"|(?-i:[A-Z])[\w'’`]+\s(?:al|el|ad|as|ash|at|az|ar)[-‑][A-Z][\w'’`]+"
    # ... or a name's first word and the next ("in Jazrat Milaj": OCHA's Jazaret Milaj), a man's kunya aside
    r"|(?i:" + "|".join(sorted(_NAME_HEADS - {"abu", "umm", "um"})) + r")\s(?-i:[A-Z])[\w'’`]+)"
    # ... and after "on", a raid's or a strike's: "an SDF raid on Swaidan al-Jazeera"
    r"|\bon\s+(?P<on>(?-i:[A-Z])[\w'’`]+\s(?:al|el|ad|as|ash|at|az|ar)[-‑][A-Z][\w'’`]+)"
    # ... after the words that say a place follows: "Residents of Hteitet al-Jarash burned tyres"
    r"|\b(?i:residents|people|inhabitants|outskirts|entrance|edge|streets|centre|center)\s+of\s+"
    r"(?P<of>(?-i:[A-Z])[\w'’`]+\s(?:al|el|ad|as|ash|at|az|ar)[-‑][A-Z][\w'’`]+)")
# a name the scan passed over, its governorate in brackets after it: "near Basqla (Idleb)"
_NAME_BEFORE_A_BRACKET = compiled(r"(?<![\w'’`-])(?P<bracketed>(?:(?:al|el|as|ash|ad|ar|at|az|an)-)?[A-Z][\w'’`-]+"
                                  r"(?:\s(?:(?:al|el|as|ash|ad|ar|at|az|an)-)?[A-Z][\w'’`-]+){0,2})"
                                  r"\s\((?P<governorate>[A-Z][\w'’ -]{2,24})\)")
# a post's or a note's dateline: "Inkhel: gunmen shot dead ...", "Hazzeh | Regime jets ...", "Kanjara, Latakia
# countryside: unknown persons kidnapped ..."
_DATELINE_NAME = compiled(r"\s*(?P<dateline>(?-i:[A-Z])[\w'’`-]+(?:\s(?:(?:al|el)-)?(?-i:[A-Z])[\w'’`-]+){0,2})"
                          r"(?:,[^:|\n.]{1,40}?)?\s*(?::|\s\||\s[-–—])\s")
# ... a post's opening hashtag: "#Kessab | rebel shelling on ...", "🚨 #AinIssa | SNA factions shelled ..."
# a governorate as those lists head an item: "Homs Countryside", "Damascus Suburbs"
_GOVERNORATE_AREA = compiled(r"(?:Damascus|Aleppo|Homs|Hama|Idlib|Idleb|Daraa|Deraa|Raqqa|Deir Ezzor|Hasakeh|Hasakah|Latakia|"
                             r"Lattakia|Tartous|Tartus|Quneitra|Suwayda|Sweida)\s+(?:Suburbs|Countryside|Province)")
_HASHTAG_DATELINE = compiled(r"[^\w#]*#(?P<hashtag>(?-i:[A-Z])[\w'’-]*)(?![\w'’-])")
# a name the text calls a settlement: "the village of X", "X village", "X town"
_SETTLEMENT_NAMED = compiled(rf"\b(?:village|town|hamlet)\s+of\s+(?P<after>{_NAME_WORDS})|"
                             rf"(?<![\w'’-])(?P<before>{_NAME_WORDS})\s+(?:village|town)\b")


def _tag_words(tag: str) -> str:
    """A hashtag's words apart: "TalRifaat" "Tal Rifaat", "Deir_ezZor" "Deir ez Zor", "Mezzeh86" "Mezzeh 86"."""
    return _DIGITS_AFTER_LETTERS.sub(r"\1 \2", _CAMEL_HUMP.sub(r"\1 \2", tag.replace("_", " ")))


def _lower_case_repeats(text: str, words: list[str], after: int, taken: "SpanSet") -> list[tuple[int, int, str]]:
    """Where a post's text, after its hashtag, writes the hashtag's name again as posts do, in lower case or
    spelled as the tag is ("#Kessab | ... near kessab", "#TalRifaat | ... pounded tal rifaat"): spans no other
    name holds."""
    pattern = re.compile(r"(?<![\w'’-])" + r"[\s-]*".join(re.escape(w) for w in words) + r"(?![\w'’-])", re.I)
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, after)
            if not taken.overlaps(m.start(), m.end())]


def _plausible(place: Place, single_word: bool, at_sentence_start: bool) -> bool:
    s, w, n, e = REGION_BOX
    if single_word and not (s <= place.lat <= n and w <= place.lon <= e):
        return False
    if single_word and place.match != "exact name" and place.country != "SY":
        return False  # "Unlike" is not the Turkish village Inlice
    if single_word and at_sentence_start and place.match != "exact name":
        return False
    return True


PARAGRAPHS_KEPT = 5_000  # paragraph readings kept per Geoparser: repeats come close together (50,000 cost 40 MB)
SURFACES_KEPT = 100_000  # names' candidates kept per Geoparser


def _adjacent(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Two tokens belong to one name only if just spaces or hyphens separate them."""
    return _NAME_GAP.fullmatch(text, left[1], right[0]) is not None


DOUBTFUL_KM = 25.0  # a mention placed this loosely takes the narrower reading its name has elsewhere in the text


# a coder's path of units in brackets after a place: "Khansaa village (Tal Hmis, Quamishli)"
_PATH_OPENS = compiled(r"\s*(?:(?:village|town|city|farms?)\s*)?\(\s*", re.I)
_PATH_CLOSES = compiled(r"\s*\)")


def _bracketed_path_is_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "raided Khansaa village (Tal Hmis, Quamishli) and arrested four": the sub-district and district in brackets
    say where the place before them is, not where else an event was (the city of Qamishli, 30 km off)."""
    out = list(mentions)
    for index in range(2, len(out)):
        place, unit, outer = out[index - 2], out[index - 1], out[index]
        if (place.place is not None and text[unit.end:outer.start].strip() == ","
                and _PATH_CLOSES.match(text, outer.end) and _PATH_OPENS.fullmatch(text, place.end, unit.start)):
            out[index - 1] = evolve(unit, role="context")
            out[index] = evolve(outer, role="context")
    return out


def _one_place_per_name(mentions: list[Mention]) -> list[Mention]:
    """A name the text repeats is one place: "a grenade exploded in Al Mustariha. ... 📍 Al Mustariha #Hasakeh",
    the first read among its homonyms across Syria (±450 km), the second in Hasakeh. A doubtful mention takes the
    narrowest reading of the same name, when that place is one of its own candidates."""
    # (settlements only: not "the province of Deir Ezzor", which the text names as the unit)
    readings = [m for m in mentions if m.place is not None and m.role in ("", "settlement") and not m.relation]
    doubtful = {light_key(m.text) for m in readings if m.uncertainty_km > DOUBTFUL_KM}
    if not doubtful:
        return mentions  # most texts: every name placed closely
    narrowest: dict[str, Mention] = {}
    for m in readings:
        key = light_key(m.text)
        if key in doubtful and (key not in narrowest or m.uncertainty_km < narrowest[key].uncertainty_km):
            narrowest[key] = m
    placed = {id(m) for m in readings}
    out = []
    for m in mentions:
        best = narrowest.get(light_key(m.text)) if id(m) in placed and m.uncertainty_km > DOUBTFUL_KM else None
        if (best is not None and best is not m and best.uncertainty_km < m.uncertainty_km
                and any(c.id == best.place.id for c in m.candidates)):
            m = evolve(m, place=best.place, lat=best.lat, lon=best.lon, geo_precision=best.geo_precision,
                       uncertainty_km=best.uncertainty_km,
                       notes=m.notes + (f"{best.place.name}: as the text places the same name elsewhere",))
        out.append(m)
    return out


def _sentence_start(text: str, position: int) -> bool:
    """After a stop, a colon, a quote or a newline, or after nothing but blanks (a post's bullet, a page's blanked
    furniture: "  Protest at Atme camp"); not after a title's stop ("Dr. Khaled Abdo")."""
    if position and _TITLE_BEFORE.search(text, max(0, position - 8), position):
        return False
    return (position == 0 or _SENTENCE_END_BEFORE.search(text, max(0, position - 3), position) is not None
            or _LEADING_BLANKS.match(text).end() >= position)


_SENTENCE_END_BEFORE = compile_guarded(r"([.!?:\"“|]\s*|\n\s*)$")  # "|": a post's fields ("#Idlib | Battles ongoing")
_LEADING_BLANKS = compiled(r"\s*")
_TITLE_BEFORE = compiled(r"\b(?:Dr|Mr|Mrs|Ms|Gen|Col|Lt|Maj|Brig|Capt|Sgt|Cpl|Prof|Eng|Sheikh|St)\.\s+$")
_INITIAL_AFTER = compiled(r"\s+(?-i:[A-Z])\.(?=[\s,;]|$)")  # "Khalil H., a member of the council"
# what follows a place a local outlet is named for: "Suwayda 24", "Halab Today", "Raqqa Post", "Damascus Now",
# "Aleppo Media Center", "Homs News Network" (it may say which of a name's namesakes is meant, but it is no town a
# landmark is in, nor where an event was)
OUTLET_NAMED_AFTER = compiled(r"\s?(?:24\b(?!\s*(?:km|kilomet|hours?|miles?|%|-|"
                              r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))|"
                              r"(?-i:\s(?:Today|Post|Now|Media\s+Cent(?:er|re)|News(?:\s+Network)?))\b"
                              r"(?=[:,.]|\s+(?:said|says|reported|reports|added|quoted|cited)\b))", re.I)
# the Arabic words that begin an armed group's name ("Liwa Thuwar al-Raqqa", "Jaysh al-Islam", "Saraya al-Areen")
_GROUP_WORDS = ("liwa", "jaysh", "jaish", "jabhat", "harakat", "saraya", "katibat", "kataib", "faylaq", "firqat")
_GROUP_WORD = compiled(r"(?:" + "|".join(_GROUP_WORDS) + r")", re.I)
# ... and the words a group's name opens with before a place's: "Ansar al-Sharia", "Jund al-Aqsa", "Ahrar al-Sham"
_GROUP_HEADS = frozenset(_GROUP_WORDS + ("ansar", "jund", "ahrar"))
_NAME_GOES_ON = compiled(r"\s+(?:al-|el-|ad-|ar-|as-|ash-|at-|az-|an-)?[A-Z]")
# a man's by-name, after his name: "Mohammed Abdul Latif, known as Abu Ghannoum", "nicknamed Abu Layla"
_KNOWN_AS_BEFORE = compiled(r"(?:(?-i:[A-Z])[\w'’-]*,\s+(?:better\s+)?known\s+as|\bnicknamed|\bnom\s+de\s+guerre)\s+$",
                            re.I)
_KUNYA = frozenset(("abu", "abou", "umm", "um"))
# a kunya's men: "Abu Amsha's faction", "Abu Hatem's men"
_KUNYA_S_MEN_AFTER = compiled(r"['’]s\s+(?:faction|group|men|fighters|brigade|forces|division|militia|gunmen|followers)\b",
                              re.I)
# what befalls a man, after his name's possessive ("al-Balous's killing"; not "Hama's death toll")
_A_PERSONS_FATE_AFTER = compiled(r"['’]s\s+(?:killing|murder|assassination|abduction|kidnapping|execution|funeral|"
                                 r"death(?!\s+toll))\b", re.I)


def _anchor_of(mention: Mention) -> Place | None:
    """Where a name confidently puts the article: its first candidate, if a place; for a sub-district or a
    district, the town it is named for and seated in ("Idleb's Sinjar subdistrict" is by Sanjar); no other unit."""
    top = mention.candidates[0]
    if top.feature not in UNIT_FEATURES:
        return top
    if top.feature in ("district", "subdistrict"):
        return next((p for p in mention.candidates[1:] if p.is_settlement and fold_key(p.name) == fold_key(top.name)
                     and _within(p, top)), None)
    return None


# a list's gap, and words of the next name the gazetteer does not hold ("Jamiya and Nabe Barada sections")
_QUARTERS_LIST_GAP = compiled(LIST_GAP.pattern + r"(?:[A-Z][\w'’-]*\s+){0,2}")


def _quarters_of(places: list[Place], named: list[Place]) -> list[Place]:
    """Of the places a name said to be a quarter finds inside a unit, those that can be a quarter of the city the
    unit's name also names: a quarter, or a place within the city's radius. "The Arbaeen quarter of Hama" is in
    Hama city (``named``: the candidates of "Hama"), not the village Arbain of Hama governorate, 31 km off."""
    cities = [p for p in named if p.feature == "city"]
    if not cities:
        return places
    return [p for p in places if p.feature == "neighbourhood"
            or any(haversine_km(p.lat, p.lon, city.lat, city.lon) <= city.uncertainty_km + CITY_QUARTERS_KM
                   for city in cities)]


def _quarters_listed_after(text: str, mentions: list[Mention], index: int) -> int | None:
    """The mention that ends a list the mention heads, when it names the list's kind in the plural ("the Jamiya
    and Nabe Barada sections of Zabadani"), else None."""
    for later in range(index + 1, len(mentions)):
        if not _QUARTERS_LIST_GAP.fullmatch(text, mentions[later - 1].end, mentions[later].start):
            return None
        last = mentions[later].text
        if last.endswith("s") and "neighbourhood" in split_descriptors(last)[1]:
            return later
    return None


class _Anchors(list):
    """The article's confidently placed names: "the homonym nearest the article's other places" is asked of
    every candidate of every name, so each distinct anchor is measured once, and each answer kept."""

    def __init__(self, places: Iterable[Place]):
        super().__init__(places)
        self._points = None  # each distinct anchor once: (id, latitude, longitude)
        self._known: dict[tuple[float, float, tuple[str, ...]], float | None] = {}  # a name said five times

    def nearest_km(self, place: Place, excluding: tuple[str, ...], default: float | None = None) -> float | None:
        """Great-circle km from ``place`` to the nearest anchor whose id is not in ``excluding``."""
        if self._points is None:
            self._points = tuple(dict.fromkeys((a.id, a.lat, a.lon) for a in self))
        key = (place.lat, place.lon, excluding)
        if key not in self._known:
            self._known[key] = self._nearest_km(place, excluding)
        found = self._known[key]
        return default if found is None else found

    def _nearest_km(self, place: Place, excluding: tuple[str, ...]) -> float | None:
        """An anchor the article names five times is measured once, and a pair of points once a run (articles
        name the same places in other company). A loop, not numpy: articles have tens of distinct places at
        most, and importing numpy for them cost a long article's run 0.1 s."""
        here_lat, here_lon, nearest = place.lat, place.lon, None
        for place_id, lat, lon in self._points:
            if place_id in excluding:
                continue
            key = (here_lat, here_lon, lat, lon)
            km = _PAIR_KM.get(key)
            if km is None:
                if len(_PAIR_KM) >= PAIRS_KEPT:
                    _PAIR_KM.clear()  # bounded however many places stream through
                km = _PAIR_KM[key] = haversine_km(here_lat, here_lon, lat, lon)
            if nearest is None or km < nearest:
                nearest = km
        return nearest


PAIRS_KEPT = 100_000  # distances between two points (25 MB at most)
_PAIR_KM: dict[tuple[float, float, float, float], float] = {}


def _choose(candidates: list[Place], role: str, anchors: "_Anchors") -> Place:
    if role in ("governorate", "district", "subdistrict"):
        for place in candidates:
            if place.feature == role:
                return place
    if role == "district":  # no such unit: a city's quarter, as English says ("the al-Waer district in Homs")
        for place in candidates:
            if place.feature == "neighbourhood":
                return place
    if role == "settlement":
        for place in candidates:
            if place.is_settlement:
                return place
    if role == "region":
        for place in candidates:
            if place.feature in ("area", "desert", "plain", "mountain"):
                return place
    if role in ("region", "governorate"):
        top = candidates[0]
        if top.is_settlement:
            # "Rawda, Kisreh area", "Jweis, in the Kisreh countryside": no region or governorate of the name, but
            # a unit of it far from the village the name also finds: the land the unit covers, not a village
            # elsewhere of its name (the Manbij countryside, a district round its town, stays the town's)
            # (spelled as the village is: "the Houla countryside" is no Hole sub-district 446 km off, whose
            # letters only fold alike)
            for place in candidates[1:]:
                if place.feature in ("district", "subdistrict") and place.match == top.match \
                        and not _within(top, place) \
                        and light_key(place.matched or place.name) == light_key(top.matched or top.name):
                    return place
    top = candidates[0]
    rivals = [p for p in candidates[1:] if p.country == top.country and p.match == top.match
              and p.feature == top.feature and haversine_km(p.lat, p.lon, top.lat, top.lon) > 30]
    if rivals and anchors:
        # several places of one name, equally matched: the one nearest the article's other places (within
        # PULL_KM); _settle_by_neighbours then weighs rivals of any rank, within NEIGHBOUR_KM
        def pull(place: Place) -> float:  # not near the name's own first candidate, an anchor itself
            return anchors.nearest_km(place, excluding=(place.id, top.id), default=0.0)
        nearest = min([top, *rivals], key=pull)
        # far from all of them, the article's places do not say which: "al-Tawila and Salmasa, west of Tal
        # Tamr" names no Tawila of its own, and the one in Tartous is no nearer the truth than the one in Quneitra
        return nearest if pull(nearest) <= PULL_KM else top
    return top


@lru_cache(maxsize=8192)
def _role_from_words(name: str, before: str, after: str) -> str:
    """What the words around a name say it is ("" when they say nothing); cached, as a pure reading."""
    lowered = lowered_for_twin(before + " " + name + " " + after)
    if lowered is not None and not any(word in lowered for word in _role_words()):
        return ""  # most names stand with no unit, region, desert or settlement word about them
    return _role_read(name, before, after)


def _role_read(name: str, before: str, after: str) -> str:
    """``_role_from_words`` without its test for the words (tests compare the two)."""
    if _SUBDISTRICT_WORD.search(name + " " + after[:14]):
        return "subdistrict"  # "the Jandairis sub-district": the unit, not the town
    if _DISTRICT_WORD.search(name + " " + after[:10]):
        return "district"  # "the Abu Kamal district"
    paired = _UNITS_PAIRED.match(after)
    if paired:
        return "subdistrict" if paired[1] else "district"
    if _GOVERNORATE_BEFORE.search(before) or _GOVERNORATE_AFTER.match(after) or _GOVERNORATE_LAST.search(name):
        return "governorate"  # "the countryside of Manbij", "Idlib province", "the Manbij countryside"
    if _REGION_AFTER.match(after):
        return "region"  # "the Jazira region": the region, not a village of that name
    if _DESERT_LAST.search(name) or _DESERT_BEFORE.search(before) or _DESERT_AFTER.match(after):
        return "desert"  # "the Homs desert", "the desert of Palmyra", "the Homs Badia"
    settlement = _SETTLEMENT_BEFORE.search(before)
    if settlement:
        # "the villages of Kafr Nabl and Hass" lists villages; "several towns of Houran" names their region
        plural = settlement.group(1).lower() in ("villages", "towns")
        return "settlement" if not plural or _LIST_GOES_ON.match(after) else ""
    return ""


@lru_cache(maxsize=1)
def _role_words() -> tuple[str, ...]:
    """A word of which every pattern ``_role_from_words`` tries needs one (``patterns.required_words``)."""
    patterns = (_SUBDISTRICT_WORD, _DISTRICT_WORD, _UNITS_PAIRED, _GOVERNORATE_BEFORE, _GOVERNORATE_AFTER,
                _GOVERNORATE_LAST, _REGION_AFTER, _DESERT_LAST, _DESERT_BEFORE, _DESERT_AFTER, _SETTLEMENT_BEFORE)
    words = [required_words(p.pattern, p.flags) for p in patterns]
    if any(found is None for found in words):
        raise ValueError("a role pattern needs no word: _role_from_words cannot skip names")
    return tuple(sorted(set().union(*words)))


@lru_cache(maxsize=16384)
def _destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` along ``bearing`` (degrees) from (lat, lon), on the WGS84 ellipsoid.

    The very call geopy's ``geodesic(kilometers=km).destination`` makes, made
    without importing geopy, which loads its geocoders (0.09 s a run) with it.
    """
    from geographiclib.geodesic import Geodesic

    point = _wgs84_km().Direct(lat, lon, bearing, km, Geodesic.LATITUDE | Geodesic.LONGITUDE)
    return point["lat2"], point["lon2"]


@lru_cache(maxsize=1)
def _wgs84_km():
    """geographiclib's WGS84 ellipsoid measured in km, as geopy's geodesic builds it (geopy requires geographiclib)."""
    from geographiclib.constants import Constants
    from geographiclib.geodesic import Geodesic

    return Geodesic(Constants.WGS84_a / 1000, Constants.WGS84_f)


# behind the words they need ("north", "between"...): most names follow "of" or "near" with no direction
_RELATIONS = (Prefiltered(_DISTANCE_BEFORE), Prefiltered(_DIRECTION_BEFORE), Prefiltered(_BETWEEN), _NEAR_BEFORE,
              Prefiltered(_REGION_ADJECTIVE))
# Each relation pattern ends with one of these words, then spaces and at most one of _ARTICLES_BEFORE_NAME
# ("... south-east of al-", "near ", "between the villages of "). tests/test_geoparse.py checks the gate.
_RELATION_LAST_WORDS = ("of", "near", "outside", "around", "to", "between", "from", "northern", "southern",
                        "eastern", "western", "central", "rural", "north", "south", "east", "west")
_ARTICLES_BEFORE_NAME = ("al-", "el-", "as-", "ash-", "ad-", "ar-", "at-", "az-", "an-")


@lru_cache(maxsize=8192)
def _relation_phrases(before: str) -> tuple:
    """The matches of each relation pattern in the words before a name (None where it does not match).

    A pure reading of the text, cached: a paragraph repeated across articles puts
    the same words before the same names. Most names follow "in" or "the": a test
    of the last word skips the five searches, which would each try every position.
    """
    if not _may_relate(before):
        return (None,) * len(_RELATIONS)
    return tuple([pattern.search(before) for pattern in _RELATIONS])


def _may_relate(before: str) -> bool:
    """False only where no relation pattern can match (ASCII text; other text is always searched)."""
    if not before.isascii():
        return True  # re.I folds a few letters ("ſ", "İ") that str.lower() does not
    tail = before.lower()
    if tail.endswith("\n"):
        tail = tail[:-1]  # "$" also matches before a final newline
    for article in _ARTICLES_BEFORE_NAME:
        if tail.endswith(article):
            tail = tail[:-len(article)]
            break
    return tail.rstrip().endswith(_RELATION_LAST_WORDS)


def _apply_relation(text: str, mention: Mention, before: str, mentions: list[Mention], index: int) -> Mention:
    """Turn "50 km southeast of X", "east of X", "near X", "between X and Y" into points (a new Mention)."""
    place = mention.place
    distance_phrase, direction_phrase, between_phrase, near_phrase, region_phrase = _relation_phrases(before)
    m = distance_phrase
    if m:
        distance = float(m["n"]) * _UNIT_KM[m["unit"].lower().rstrip(".")]
        bearing = BEARINGS[m[3].lower().replace("-", "")]
        lat, lon = _destination(place.lat, place.lon, distance, bearing)
        relation = f"{m['n']} {m['unit']} {m[3].lower()} of"
        # coded at the named place, as ACLED codes "30 km east of X" (precision 2), with a radius that
        # reaches the point the text gives; that point, which rests on a reporter's rounded figure, is in the notes
        return evolve(mention, geo_precision=2,
                       uncertainty_km=round(place.uncertainty_km + distance + max(5.0, 0.25 * distance), 1),
                       relation=relation, start=mention.start - (len(before) - m.start()),
                       notes=mention.notes + (f"{relation} {place.name}: by the text near {lat:.4f}, {lon:.4f}; "
                                              f"coded at {place.name}, the radius reaches that point",))
    m = direction_phrase
    if m:
        direction = m[3].lower().replace("-", "")
        # (not "just west of X": close by)
        wide = not m["close"] and ((m["what"] or "").lower() in ("desert", "region", "countryside")
                                   or place.feature in ("governorate", "area", "desert"))
        if wide:  # "the desert east of Palmyra": a stretch of country off to that side, not the town's outskirts
            lat, lon = _destination(place.lat, place.lon, 40.0, BEARINGS[direction])
        else:  # "north of Kasab", with no distance: the place itself, widened (ACLED's precision 2), not a guess
            lat, lon = place.lat, place.lon
        return evolve(mention, lat=lat, lon=lon, geo_precision=3 if wide else 2,
                       uncertainty_km=round(place.uncertainty_km + (45.0 if wide else 20.0), 1),
                       relation=f"{'the desert ' if (m['what'] or '').lower() == 'desert' else ''}{direction} of")
    m = between_phrase
    partner = None
    if m:
        joint = "and" if m.group().lower().startswith("between") else "to"  # "the road from X to Y"
        partner = next((other for other in mentions[index + 1:index + 2]
                        if re.match(rf"^\s+{joint}\s+(?:al-|the\s+)?$", text[mention.end:other.start])), None)
    elif text.startswith(("-", " -", " –", "–"), mention.end):  # "the Homs-Hama highway": on the road between them
        partner = next((other for other in mentions[index + 1:index + 2]
                        if _ROAD_DASH.fullmatch(text, mention.end, other.start) and _ROAD_AFTER.match(text, other.end)),
                       None)
    if partner and partner.candidates and haversine_km(place.lat, place.lon, partner.candidates[0].lat,
                                                       partner.candidates[0].lon) < 400:
        other = partner.candidates[0]
        half = haversine_km(place.lat, place.lon, other.lat, other.lon) / 2
        return evolve(mention, lat=(place.lat + other.lat) / 2, lon=(place.lon + other.lon) / 2,
                       uncertainty_km=round(half + max(place.uncertainty_km, other.uncertainty_km), 1),
                       geo_precision=max(2 if half < 40 else 3, place.geo_precision), relation="between",
                       notes=mention.notes + (f"between {place.name} and {other.name}",))
    if near_phrase:
        if near_phrase[1].lower().startswith(("road", "highway", "route")):  # somewhere along it, as "west of X" is
            return evolve(mention, geo_precision=max(2, place.geo_precision),
                           uncertainty_km=round(place.uncertainty_km + 20.0, 1), relation="on the road to")
        return evolve(mention, geo_precision=max(2, place.geo_precision),
                       uncertainty_km=round(place.uncertainty_km + 5.0, 1), relation="near")
    if region_phrase and region_phrase[1].lower() == "central" and place.feature in ("city", "town"):
        return evolve(mention, relation="central")  # "in central Damascus": the city's centre, the city's point
    side = region_phrase[1].lower() if region_phrase else None
    if side is None and (said_after := _SIDE_OF_OWNER_AFTER.match(text, mention.end)):
        side = said_after[1].lower()  # "Hama's north-western countryside": as "the north-western Hama countryside"
    if side is None and mention.role != "context" and (letters := _COMPASS_LETTERS_BEFORE.search(before[-8:])):
        side = _COMPASS_LETTER_SIDES[letters[1]]  # "in E. Homs", "NW Hama": as "eastern Homs" is
    if side and place.feature in ("governorate", "city", "town"):
        # "southern Idlib", "eastern Homs": a part of the governorate, not the city
        governorate = next((p for p in mention.candidates if p.feature == "governorate"), None)
        target = governorate or place
        return evolve(mention, place=target, lat=target.lat, lon=target.lon, geo_precision=3,
                       uncertainty_km=max(target.uncertainty_km, 40.0), relation=side)
    return mention


# a side of a governorate told after its possessive: "Hama's north-western countryside"
_SIDE_OF_OWNER_AFTER = compiled(r"['’]s?\s+(northern|southern|eastern|western|north-?eastern|north-?western|"
                                r"south-?eastern|south-?western)\s+(?:[\w-]+\s+)?countryside\b", re.I)
# a side of a governorate in compass letters, as coders' notes write it: "E. Homs", "NW Hama" (capitals only)
_COMPASS_LETTERS_BEFORE = compiled(r"(?:^|(?<=[\s,(]))(N|S|E|W|NE|NW|SE|SW)\.?\s+$")
_COMPASS_LETTER_SIDES = {"N": "northern", "S": "southern", "E": "eastern", "W": "western", "NE": "north-eastern",
                         "NW": "north-western", "SE": "south-eastern", "SW": "south-western"}
