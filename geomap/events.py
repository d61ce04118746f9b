"""What happened, who did it to whom, when, and how many died: per sentence.

Lexicons are data (``data/actors.csv``, ``data/event_words.csv``). Everything
here works on one sentence (with its neighbours for dates), and returns plain
values; ``incidents.py`` turns them into rows.

Coding conventions that live in the event lexicon rather than in code:

- Sniper fire ("sniper fire", "sniped", "a sniper shot") and plain fire words
  ("fired on", "opened fire on", "targeted") are Battles / Armed clash.
  ``incidents.py`` recodes a Battles cue as Violence against civilians /
  Attack when the victims are civilians and no second armed actor is named,
  which is ACLED's rule (sniping at civilians is an attack on civilians,
  sniping at fighters a clash), so one word serves both.
- A weapon or a distance beats a verb: "targeted the village with mortars",
  "fired on the outskirts of X" and "fired at Tal Abyad" (a place, not people)
  are Shelling, because those rows weigh more than the generic attack rows
  (weight 1).
- A fighter shot dead is Battles; a civilian, or a *former* fighter (ACLED
  counts him a civilian), shot dead is Violence against civilians.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import accumulate
from typing import Iterator
from importlib import resources

from . import regex_cache
from .regex_cache import compiled
from .patterns import (Prefiltered, compile_guarded, first_char_guard, first_chars, literal_prefixes, lowercase_twin,
                       lowered_for_twin, phrase_starts_source, trie_alternation)
from .dates import FULL_DATE, DateGuess, resolve_date  # DateGuess, resolve_date: re-exported
from .spans import SpanSet

__all__ = ["Actor", "EventCue", "actors", "find_actors", "actors_between", "event_cues", "event_words", "resolve_date",
           "fatalities", "split_sentences", "paragraph_spans", "article_actors", "not_an_incident", "DateGuess",
           "actor_inter", "actor_side", "MAX_FATALITIES", "sets_a_record"]


# -- sentences -------------------------------------------------------------------
# The punctuation first, then what may not come before it (an initial, a title): the engine looks behind
# only at a full stop, not at every character. Every branch starts with one literal character, so re
# skips to the next ".", "!", "?" or newline in C instead of trying the pattern at every position. An initial
# is one capital ("U.S. forces", "J. Smith"); an acronym ends a sentence ("clashed with IS. 7 were killed").
# The whitespace runs are possessive (never given back): a page's blanked furniture is runs of hundreds of
# spaces, which a greedy run walked back over, a character at a time, to no end (a lookahead for a capital
# never matches a space). "\n\s*\n" is written as newline, then (spaces, newline) as often as they come:
# the same span, to the run's last newline. Half the time of the plain pattern on a page, the same
# matches (``tests/test_events.py`` checks them against it).
_TITLES = ["Maj", "Gen", "Lt", "Col", "Capt", "Sgt", "Mr", "Mrs", "Ms", "Dr", "St", "No",
           # a clipped note's abbreviations: "IS abducts approx. 300 workers", "in the vic. of Tafas", "nr. Dmeir"
           "approx", "Approx", "vic", "nr", "dist"]
_AFTER_STOP = (r"(?<!\b[A-Z][.!?])" + "".join(rf"(?<!\b{title}[.!?])" for title in _TITLES)
               + r"[\"”’)]?\s++(?=[\"“‘(#]?[A-Z0-9])")  # "#": a post's tag after the stop ("8 killed. #Raqqa")
# a month's abbreviation before its day ends no sentence: "on Sept. 6", "on Jan. 11"
# (not after its day: "18 Oct. 1 civ killed" is two sentences)
_MONTH_STOP = (r"(?!(?:(?<=[^\d\s]\s(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)|(?<=[^\d\s]\sSept\.))"
               r"\s+\d)")
_SENTENCE_BREAK = compiled("|".join(stop + _AFTER_STOP for stop in (r"\." + _MONTH_STOP, "!", r"\?"))
                           + r"|\n(?:[^\S\n]*+\n)++|\n(?=\s*+[A-Z\"“])")


_PARAGRAPH_BREAK = compiled(r"\n[^\S\n]*\n\s*")


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph, without the blank lines around it (so a paragraph repeated in
    another article, or after blanked furniture, reads the same)."""
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        yield start, start + len(text[start:m.start()].rstrip())
        start = m.end()
    yield start, start + len(text[start:].rstrip())


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph number) of each sentence; offsets into ``text``."""
    out = []
    paragraph = 0
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        end = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        sentence = text[start:end].lstrip()  # empty when the piece is all whitespace
        if sentence:
            out.append((end - len(sentence), end, paragraph))
        if "\n" in m.group():
            paragraph += 1
        start = m.end()
    if text[start:].strip():
        s = start + (len(text[start:]) - len(text[start:].lstrip()))
        out.append((s, len(text.rstrip()), paragraph))
    return out


# -- actors ------------------------------------------------------------------------
@dataclass(frozen=True)
class Actor:
    canonical: str
    inter: int
    start: int
    end: int
    alias: str
    generic: bool  # "army", "rebels", "the group": weaker evidence


_new_object, _set_attribute = object.__new__, object.__setattr__


def _actor(canonical: str, inter: int, start: int, end: int, alias: str, generic: bool) -> Actor:
    """``Actor(...)`` made without the frozen class's ``__init__`` (an ``object.__setattr__`` a field): articles
    name actors by the thousand, and each paragraph's are made again at their place in the article."""
    made = _new_object(Actor)
    _set_attribute(made, "__dict__", {"canonical": canonical, "inter": inter, "start": start, "end": end,
                                      "alias": alias, "generic": generic})
    return made


GENERIC = {"army", "the army", "soldiers", "regime", "the regime", "rebels", "rebel", "opposition", "coalition",
           "the coalition", "people", "family", "families", "children", "child", "worker", "workers", "russia",
           "turkey", "israel", "the us", "the u.s.", "united states", "russians", "a man", "a woman", "a child",
           "police", "policemen", "troops", "clan", "clans", "gang", "gangs", "armed group", "armed groups", "mob"}
# Words that stand for "the armed group this article is about".
_COREFERENT = Prefiltered(compile_guarded(r"\b(?:the\s+)?(militants|jihadists|extremists|terrorists|insurgents|the group|the jihadist group|the extremist group|the terror group|its fighters|their fighters)\b", re.I))


@lru_cache(maxsize=4096)  # the same few hundred names are matched over and over
def _alias_key(text: str) -> str:
    return _SPACES_OR_HYPHENS.sub(" ", _APOSTROPHES.sub("", text.lower())).strip()


_APOSTROPHES = compiled(r"['’]")
_SPACES_OR_HYPHENS = compiled(r"[\s\-]+")


@lru_cache(maxsize=1)
def _actor_rows() -> tuple[dict[str, str], ...]:
    text = resources.files("geomap").joinpath("data/actors.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def acronyms() -> frozenset[str]:
    """The actor lexicon's names written in capitals ("SDF", "HTS", "IS", "YPG"), as an all-capitals line keeps
    them (``articles.clean_text``)."""
    return frozenset(alias for row in _actor_rows() for alias in row["aliases"].split("|")
                     if alias.isupper() and " " not in alias)


@lru_cache(maxsize=1)
def actors() -> tuple[list[tuple[re.Pattern, dict[str, str]]], dict[str, int]]:
    """Two alternations (acronyms case-sensitive, names not), longest alias first, and inter codes."""
    alternations, inter = _actor_alternations()
    return [(_actor_pattern(index), mapping) for index, (_, _, mapping) in enumerate(alternations)], inter


@lru_cache(maxsize=None)
def _actor_pattern(index: int) -> re.Pattern:
    """One of ``actors``'s alternations compiled, on first use (the names' only for text their twin cannot
    read)."""
    pattern, flags, _ = _actor_alternations()[0][index]
    return regex_cache.compiled(pattern, flags)


@lru_cache(maxsize=1)
def _actor_alternations() -> tuple[tuple[tuple[str, int, dict[str, str]], ...], dict[str, int]]:
    """``actors``'s alternations as (source, flags, alias key -> canonical), and inter codes: most text is
    searched by the names' ``lowercase_twin`` (``_actor_spans``), so the originals are compiled only when
    some text needs them."""
    inter: dict[str, int] = {}
    groups: dict[bool, dict[str, str]] = {True: {}, False: {}}
    spellings: dict[bool, set[str]] = {True: set(), False: set()}
    for row in _actor_rows():
        inter[row["canonical"]] = int(row["inter"])
        # the canonical name is a name too: ACLED's coders write "Military Forces of Syria (2000-2024) shelled ..."
        for alias in (a.strip() for a in [row["canonical"], *row["aliases"].split("|")]):
            if alias:
                exact = alias.isupper() and len(alias) <= 5  # SAA, SDF, IS: case matters
                groups[exact].setdefault(_alias_key(alias), row["canonical"])
                spellings[exact].add(alias if exact else _alias_key(alias))
    alternations = []
    for exact in (False, True):  # names first, so "IS militants" wins over "IS"
        # apostrophes may appear inside names (Kata'ib, Liwa'): allow one after any letter
        alternation = trie_alternation(spellings[exact], _loose_char)
        # what first_char_guard would read off the pattern, taken from the keys (parsing 17,000 characters
        # of alternation costs 40 ms at start-up): a match starts with a key's first character
        guard = "(?=[" + "".join(sorted({re.escape(key[0]) for key in spellings[exact]})) + "])"
        alternations.append((guard + r"(?:(?<![\w-])" + alternation + r"(?![\w]))", 0 if exact else re.I,
                             groups[exact]))
    return tuple(alternations), inter


def _loose_char(ch: str) -> str:
    """One character of an alias as a pattern: an apostrophe may follow a letter; a space is any run of
    spaces or hyphens."""
    if ch == " ":
        return r"['’]?[\s\-]+"
    return re.escape(ch) + r"['’]?" if ch.isalpha() else re.escape(ch)


def actor_inter(canonical: str) -> int | None:
    return _actor_alternations()[1].get(canonical)


SECURITY_FORCES = "Security forces of Syria"  # data/actors.csv: a name the date resolves
NEW_GOVERNMENT = date(2024, 12, 8)  # Assad's government fell; the General Security became the police


def dated_actor(canonical: str, day: date | None) -> str:
    """ "Security forces" in Syria were the regime's army and intelligence until 8 December 2024 and are the
    new government's General Security (its police) since: ACLED's actor by the event's day (the army's name
    when the day is unknown, as most of the record is before it)."""
    if canonical != SECURITY_FORCES:
        return canonical
    return "Police Forces of Syria" if day is not None and day >= NEW_GOVERNMENT else "Military Forces of Syria"


def actor_side(canonical: str) -> str:
    """"state" (state forces and their allies), "armed" (non-state armed groups) or "generic"; "" if unknown.

    Coding rules need the side, not the name: territory taken by the state side
    is "Government regains territory", by anyone else "Non-state actor overtakes
    territory".
    """
    return _actor_sides().get(canonical, "")


@lru_cache(maxsize=1)
def _actor_sides() -> dict[str, str]:
    """Each canonical name's side, its first row's (asked of every actor an article names)."""
    sides: dict[str, str] = {}
    for row in _actor_rows():
        sides.setdefault(row["canonical"], row["side"])
    return sides


def find_actors(sentence: str, offset: int = 0, dominant: str | None = None) -> list[Actor]:
    """Actor mentions in a sentence, longest alias first, without overlaps."""
    return list(_find_actors(sentence, offset, dominant))


def article_actors(text: str) -> tuple[Actor, ...]:
    """Actor mentions in a whole text, read paragraph by paragraph (no name spans a blank line), so a
    paragraph repeated across articles is read once."""
    found: list[Actor] = []
    for start, end in paragraph_spans(text):
        found.extend(_actor(a.canonical, a.inter, a.start + start, a.end + start, a.alias, a.generic) if start else a
                     for a in _find_actors(text[start:end], 0, None))
    return tuple(found)


def actors_between(text: str, start: int, end: int, dominant: str | None = None) -> list[Actor]:
    """``find_actors(text[start:end], 0, dominant)``, read off the actors of the paragraph around it (scanned
    once, for ``article_actors``) instead of scanning the clause again.

    The same answer wherever no match the paragraph's scans found (kept or not) crosses the clause's ends
    and the characters just outside them are no word characters (the patterns look one character behind
    and ahead): then every match inside the clause is one of the paragraph's, and the clause has no other
    (a longer alternative that failed on the paragraph fails on the clause too). Elsewhere the clause is
    scanned (``tests/test_events.py`` compares the two on every clause of the seeds and the dev notes).
    The answer depends on the clause's text alone, so a clause repeated across articles is read once.
    """
    key = (text[start:end], dominant)
    found = _ACTORS_BETWEEN.get(key)
    if found is None:
        if len(_ACTORS_BETWEEN) >= ACTORS_BETWEEN_KEPT:
            _ACTORS_BETWEEN.clear()  # bounded however many articles stream through
        found = _ACTORS_BETWEEN[key] = _actors_between(text, start, end, dominant)
    return list(found)


ACTORS_BETWEEN_KEPT = 8192
_ACTORS_BETWEEN: dict[tuple[str, str | None], tuple[Actor, ...]] = {}


def _actors_between(text: str, start: int, end: int, dominant: str | None) -> tuple[Actor, ...]:
    """``actors_between`` uncached: the paragraph's actors inside the cut when it is clean, else a scan."""
    starts, paragraphs = _paragraph_actor_spans(text)
    index = bisect_right(starts, start) - 1
    if index >= 0:
        first, last, reading = paragraphs[index]
        low, high = start - first, end - first
        if end <= last and _clean_cut(text, first, last, start, end, reading):
            entry_starts, entries = reading[0], reading[1]
            inter = _actor_alternations()[1]
            found = []
            for a, b, canonical, code, word, generic in entries[bisect_left(entry_starts, low):
                                                                 bisect_left(entry_starts, high)]:
                if canonical is not None:
                    found.append(_actor(canonical, code, a - low, b - low, word, generic))
                elif dominant:  # "the militants": the article's dominant armed actor
                    found.append(_actor(dominant, inter[dominant], a - low, b - low, word, True))
            return tuple(found)
    return _find_actors(text[start:end], 0, dominant)


_WORD_OR_HYPHEN = compiled(r"[\w-]")  # what a name may not follow (the patterns' look behind)
_WORD = compiled(r"\w")  # what a name may not precede


def _clean_cut(text: str, first: int, last: int, start: int, end: int, reading: tuple) -> bool:
    """Whether [start, end) cuts the paragraph [first, last) where no scanned match crosses, between
    characters the actor patterns cannot read as part of a name."""
    if start > first and _WORD_OR_HYPHEN.match(text, start - 1):
        return False
    if end < last and _WORD.match(text, end):
        return False
    scan_starts, reach = reading[2], reading[3]
    for cut in (start - first, end - first):
        earlier = bisect_left(scan_starts, cut)  # the scanned matches that start before the cut
        if earlier and reach[earlier - 1] > cut:  # one of them ends after it
            return False
    return True


@lru_cache(maxsize=16)
def _paragraph_actor_spans(text: str) -> tuple[list[int], list[tuple[int, int, tuple]]]:
    """Each paragraph's (start, end, ``_paragraph_actors``) and the starts, for ``actors_between``: an
    article's clauses ask in turn, so the last few articles are kept."""
    paragraphs = [(first, last, _paragraph_actors(text[first:last])) for first, last in paragraph_spans(text)]
    return [first for first, _, _ in paragraphs], paragraphs


@lru_cache(maxsize=8192)
def _paragraph_actors(paragraph: str) -> tuple[list[int], list[tuple], list[int], list[int]]:
    """A paragraph's actors as ``actors_between`` reads them: the starts and entries (start, end, canonical or
    None for "the militants", inter code, words, generic) in text order, and its scanned matches' starts
    in order with the furthest end reached by each and those before it."""
    named, coreferent, scanned = _actor_spans(paragraph)
    inter = _actor_alternations()[1]
    entries = sorted([(a, b, canonical, inter[canonical], alias, alias.lower() in GENERIC)
                      for canonical, a, b, alias in named] + [(a, b, None, 0, word, True) for a, b, word in coreferent],
                     key=lambda entry: entry[0])
    scanned = sorted(scanned)
    return ([entry[0] for entry in entries], entries, [a for a, _ in scanned],
            list(accumulate((b for _, b in scanned), max)))


@lru_cache(maxsize=8192)
def _find_actors(sentence: str, offset: int, dominant: str | None) -> tuple[Actor, ...]:
    """find_actors, cached: a clause and its sentence are read several times (actors, roles, control)."""
    named, coreferent, _ = _actor_spans(sentence)
    _, inter = _actor_alternations()
    found = [_actor(canonical, inter[canonical], offset + start, offset + end, alias, alias.lower() in GENERIC)
             for canonical, start, end, alias in named]
    if dominant:
        found.extend(_actor(dominant, inter[dominant], offset + start, offset + end, word, True)
                     for start, end, word in coreferent)
    return tuple(sorted(found, key=lambda a: a.start))


@lru_cache(maxsize=1)
def _actor_twins() -> tuple[re.Pattern | None, ...]:
    """Each actor pattern's ``patterns.lowercase_twin`` (None for the case-sensitive acronyms)."""
    return tuple(lowercase_twin(pattern, flags) for pattern, flags, _ in _actor_alternations()[0])


@lru_cache(maxsize=8192)
def _actor_spans(sentence: str) -> tuple[tuple, tuple, tuple]:
    """The named actors ((canonical, start, end, alias), longest alias first, no overlaps), the free
    "the militants" spans of a text, and the span of every match the scans found, kept or not (for
    ``actors_between``): read once, whatever offset or dominant actor it is asked with."""
    lowered = lowered_for_twin(sentence)  # what the re.I names' twin searches
    taken: list[tuple[int, int]] = []
    named = []
    scanned = []
    for index, ((_, _, mapping), twin) in enumerate(zip(_actor_alternations()[0], _actor_twins())):
        earlier = SpanSet(taken) if taken else None  # the patterns before this one: its own matches never overlap
        matches = (twin.finditer(lowered) if lowered is not None and twin is not None
                   else _actor_pattern(index).finditer(sentence))
        for m in matches:
            start, end = m.span()
            scanned.append((start, end))
            if earlier is not None and earlier.overlaps(start, end):
                continue
            alias = sentence[start:end]
            canonical = mapping.get(_alias_key(alias))
            if canonical is None:
                continue
            taken.append((start, end))
            named.append((canonical, start, end, alias))
    if len(named) > 1:
        named = _without_owned_units(sentence, named)
    free = list(_COREFERENT.finditer(sentence))
    scanned.extend(m.span() for m in free)
    if taken:
        taken_spans = SpanSet(taken)
        free = [m for m in free if not taken_spans.overlaps(m.start(), m.end())]
    coreferent = tuple((m.start(), m.end(), m.group()) for m in free)
    return tuple(named), coreferent, tuple(scanned)


def _without_owned_units(sentence: str, named: list[tuple]) -> list[tuple]:
    """ "SNA military police", "HTS-run police", "the SDF's troops": a unit word right after a named actor is
    that actor's men, not a second one (the government's police)."""
    ends = sorted(end for _, _, end, _ in named)
    kept = []
    for entry in named:
        canonical, start, end, alias = entry
        if alias.lower() in _UNIT_WORDS:
            before = [e for e in ends if e <= start]
            if before and _OWNER_GAP.fullmatch(sentence, before[-1], start):
                continue
        kept.append(entry)
    return kept


_UNIT_WORDS = {"police", "policemen", "troops", "gunmen", "armed men", "military police", "general security",
               "general security service", "general security forces", "security forces", "security personnel",
               "security members", "security force members"}
_OWNER_GAP = compiled(r"(?:['’]s)?(?:-run|-led|-affiliated|-controlled|-backed)?\s*(?:military|security|local)?\s*",
                      re.I)


# -- event type ---------------------------------------------------------------------
@dataclass(frozen=True)
class EventCue:
    event_type: str
    sub_event_type: str
    start: int
    end: int
    weight: int
    word: str


@lru_cache(maxsize=1)
def event_words() -> tuple[dict[str, str], ...]:
    """The rows of ``data/event_words.csv``: phrase (a regex), event_type, sub_event_type, weight, example."""
    text = resources.files("geomap").joinpath("data/event_words.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(text.splitlines()))


def _event_patterns() -> list[tuple[re.Pattern, str, str, int]]:
    """``_event_sources`` compiled."""
    return [(_event_pattern(index), *key) for index, (_, *key) in enumerate(_event_sources())]


@lru_cache(maxsize=None)
def _event_pattern(index: int) -> re.Pattern:
    """One run's alternation compiled, on first use: for a sentence its ``lowercase_twin`` cannot read, or a
    run that has none."""
    return regex_cache.compiled(_event_sources()[index][0], re.I)


@lru_cache(maxsize=1)
def _event_sources() -> list[tuple[str, str, str, int]]:
    """One case-insensitive alternation (its source) per run of consecutive rows with the same type,
    sub-type and weight.

    The lexicon has one phrase a row for its maintainers; the matcher wants few
    regexes, since it runs on every clause. Order counts twice: within a run the
    alternation tries phrases in file order at each position (so a phrase must
    come before a shorter one it starts with, "clashes erupted" before
    "clash(?:es|ed)"), and each run finds its own matches, ranked by
    ``event_cues``.
    """
    runs: list[tuple[tuple[str, str, int], list[str]]] = []
    for row in event_words():
        key = (row["event_type"], row["sub_event_type"], int(row["weight"]))
        if runs and runs[-1][0] == key:
            runs[-1][1].append(row["phrase"])
        else:
            runs.append((key, [row["phrase"]]))
    return [(first_char_guard(r"\b(?:" + "|".join(f"(?:{p})" for p in phrases) + r")", re.I), *key)
            for key, phrases in runs]


@lru_cache(maxsize=8192)  # a clause is asked of again and again (has it an event, is it dated, which one)
def event_cues(sentence: str) -> tuple[EventCue, ...]:
    """Every lexicon match in the sentence, strongest (highest weight, then earliest) first; also those an
    aside interrupts ("unidentified aircraft (likely Israeli) struck", "a drone - believed to be Turkish -
    targeted"), read as if it were not there, their words spanning it."""
    if "(" not in sentence and " -" not in sentence and "–" not in sentence and "—" not in sentence \
            and not _times_after_verbs(sentence):
        cues = list(_event_cues(sentence))
    else:
        cues = list(_cues_past_asides(sentence))
    if "anniversar" in sentence:  # "marked the anniversary of the 2012 Houla massacre": what is recalled, no event
        cues = [c for c in cues if not _ANNIVERSARY_OF.search(sentence, max(0, c.start - 60), c.start)]
    return tuple(cues)


_ANNIVERSARY_OF = compiled(r"\banniversary\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)


# an aside inside a clause: "(likely Israeli)", " - believed to be Turkish - "
DASH_ASIDE = r"\s+(?:[–—]|--?)\s+[^–—\n]{2,60}?\s+(?:[–—]|--?)"
_ASIDE = compiled(r"\s+\([^()\n]{2,60}\)(?=[\s,])|" + DASH_ASIDE + r"(?=\s)")
# the time said between a verb and its object, as translated reports put it: "kidnapped yesterday two shepherds",
# "established on Sunday a new point", "set fire at dawn today to": read as if it were not there
# (the fatality patterns allow the same time before a count: "killed on Saturday two civilians")
TIME_BETWEEN = (r"(?:yesterday|today|tonight|last\s+night|at\s+dawn(?:\s+today|\s+yesterday)?|"
                r"this\s+(?:morning|afternoon|evening)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                r"(?:\s+(?:morning|afternoon|evening|night))?")
_TIME_WORDS = compiled(r"\s+(" + TIME_BETWEEN + r")(?=\s+[a-z])")
_VERB_BEFORE = compiled(r"\b(?:[a-z]+ed|hit|set|shot|struck|took|stole|sent|found|blew|threw|burnt|brought|held|"
                        r"caught|fought|led|left|beat)$")


def _times_after_verbs(sentence: str) -> list[tuple[int, int]]:
    """The spans of such times: a time's words (looked for first: most clauses have none), after a verb."""
    if "day" not in sentence and "night" not in sentence and "dawn" not in sentence and "morning" not in sentence \
            and "evening" not in sentence:
        return []
    return [(m.start(), m.end(1)) for m in _TIME_WORDS.finditer(sentence)  # with the spaces before it
            if _VERB_BEFORE.search(sentence, max(0, m.start() - 24), m.start())]


def _asides(sentence: str) -> list[tuple[int, int]]:
    """The spans a clause is read without: asides, and a time between a verb and its object."""
    spans = [m.span() for m in _ASIDE.finditer(sentence)] + _times_after_verbs(sentence)
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


@lru_cache(maxsize=4096)
def _cues_past_asides(sentence: str) -> tuple[EventCue, ...]:
    cues = _event_cues(sentence)
    read, removed, shifts = [], 0, []  # shifts: (offset in the read text from which, characters removed before)
    cursor = 0
    for aside_start, aside_end in _asides(sentence):
        read.append(sentence[cursor:aside_start])
        cursor = aside_end
        at = aside_start - removed  # where the aside was, in the text read without the earlier ones
        removed += aside_end - aside_start
        shifts.append((at, removed))
    if not shifts:
        return cues
    read_text = "".join(read) + sentence[cursor:]

    def back(offset: int, is_end: bool) -> int:
        shift = 0
        for at, total in shifts:
            if offset > at or (offset == at and not is_end):
                shift = total
        return offset + shift

    seen = {(c.start, c.end, c.sub_event_type) for c in cues}
    found = list(cues)
    for cue in _event_cues(read_text):
        start, end = back(cue.start, False), back(cue.end, True)
        if (start, end, cue.sub_event_type) not in seen:
            seen.add((start, end, cue.sub_event_type))
            found.append(EventCue(cue.event_type, cue.sub_event_type, start, end, cue.weight, sentence[start:end]))
    return tuple(sorted(found, key=lambda c: (-c.weight, c.start)))


@lru_cache(maxsize=1)
def _event_starts() -> re.Pattern:
    """Where some phrase of the lexicon matches (``patterns.phrase_starts``)."""
    return regex_cache.compiled(_event_starts_source(), re.I)


@lru_cache(maxsize=1)
def _event_starts_source() -> str:
    return phrase_starts_source((row["phrase"] for row in event_words()), re.I)


@lru_cache(maxsize=1)
def _event_twins() -> tuple[re.Pattern | None, tuple[re.Pattern | None, ...]]:
    """The scan's patterns for most sentences, read lower-cased (re cannot skip ahead under re.I): the
    runs as ``patterns.lowercase_twin``s (a run with a case-sensitive part has none, and is tried as it is),
    and where to try them: a word that opens with one of the runs' ``literal_prefixes``, one trie of a
    few hundred literals, not the lexicon's phrases themselves. Every run starts at a word ("\\b(?:...")."""
    prefixes = _run_prefixes()
    if any(found is None for found in prefixes):  # a run that may start anywhere: its phrases find starts
        starts = lowercase_twin(_event_starts_source(), re.I, widen=True)
    else:
        starts = regex_cache.compiled(r"\b" + trie_alternation(sorted(set().union(*prefixes)), re.escape))
    return starts, tuple(lowercase_twin(source, re.I) for source, *_ in _event_sources())


@lru_cache(maxsize=4096)
def _runs_starting_with(char: str) -> tuple[int, ...]:
    """The runs (indexes into ``_event_patterns``, in order) a match can start with ``char``: each run's
    first characters (``patterns.first_chars``) rule out most of them, where each costs a call to try."""
    return tuple(index for index, chars in enumerate(_run_first_chars()) if chars is None or chars.match(char))


RUN_PREFIX_CHARS = 6  # a run's literal prefixes this long where it has few enough (else 3): "the bo", not "the"


@lru_cache(maxsize=65536)
def _runs_opening(opening: str) -> tuple[int, ...]:
    """The runs (in order) a match can start with ``opening``, ``RUN_PREFIX_CHARS`` characters of the
    lower-cased sentence: a run's ``literal_prefixes`` rule out nearly all of them, where its first
    characters leave about five a word to try (three characters left five tries a sentence in a hundred
    that matched). Read off the openings' own prefixes, not tried run by run."""
    by_prefix = _runs_by_prefix()
    found = set()
    for length in range(len(opening) + 1):  # (a run that may start anywhere is filed under "")
        found.update(by_prefix.get(opening[:length], ()))
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def _runs_by_prefix() -> dict[str, tuple[int, ...]]:
    by_prefix: dict[str, list[int]] = {}
    for index, prefixes in enumerate(_run_prefixes()):
        for prefix in prefixes if prefixes is not None else ("",):
            by_prefix.setdefault(prefix, []).append(index)
    return {prefix: tuple(runs) for prefix, runs in by_prefix.items()}


@lru_cache(maxsize=1)
def _run_prefixes() -> tuple[tuple[str, ...] | None, ...]:
    return tuple(None if (found := literal_prefixes(source, re.I, RUN_PREFIX_CHARS)
                          or literal_prefixes(source, re.I)) is None else tuple(sorted(found))
                 for source, *_ in _event_sources())


@lru_cache(maxsize=1)
def _run_first_chars() -> tuple[re.Pattern | None, ...]:
    return tuple(None if (chars := first_chars(source, re.I)) is None else re.compile(chars, re.I)
                 for source, *_ in _event_sources())


@lru_cache(maxsize=8192)
def _event_cues(sentence: str) -> tuple[EventCue, ...]:
    """Each run's matches, as its own ``finditer`` gives them, but each run is tried only where some phrase
    matches (one scan finds those few places, instead of a scan a run). A run resumes where its last match
    ended, as ``finditer`` does; no phrase matches the empty string (``tests/test_lexicon.py``)."""
    runs = _event_sources()
    found: list[tuple[int, EventCue]] = []  # (run, cue): few sentences match more than two runs
    resume_at = [0] * len(runs)
    starts, searched, twins = None, sentence, ()
    lowered = lowered_for_twin(sentence)
    if lowered is not None:  # the same offsets, found case-sensitively in the lower-cased sentence
        starts, twins = _event_twins()
        searched = lowered if starts is not None else sentence
    if starts is None:
        starts = _event_starts()
    position = 0
    while (start := starts.search(searched, position)) is not None:
        at = start.start()
        for index in (_runs_starting_with(sentence[at]) if lowered is None
                      else _runs_opening(lowered[at:at + RUN_PREFIX_CHARS])):
            if at < resume_at[index]:
                continue
            twin = twins[index] if twins else None
            m = twin.match(lowered, at) if twin is not None else _event_pattern(index).match(sentence, at)
            if m is not None:
                end = m.end()
                _, event_type, sub_type, weight = runs[index]
                found.append((index, EventCue(event_type, sub_type, at, end, weight, sentence[at:end])))
                resume_at[index] = end
        position = at + 1
    # heaviest first, then by where they start, then in the runs' order (a run's own matches never tie)
    return tuple(cue for _, cue in sorted(found, key=lambda item: (-item[1].weight, item[1].start, item[0])))


_NOT_INCIDENT = [
    (Prefiltered(compile_guarded(r"\b(at its peak|at the height of|(?<!first time )since 20\d\d|(?<!born )in 20\d\d\b|in the past\b|for years|years ago|"
                r"founded in|history|historically|once ruled|(?<!since )last year|previous offensives|"
                # an earlier event told as background: "Days earlier SDF fire killed protesters in Manbij"
                r"^(?:Days|Weeks|Months|A week|A month) (?:earlier|before))",
                re.I)), "history"),
    # ("... killed three villagers earlier this month": the event's date; "Earlier this month the army foiled ...",
    # opening a sentence, goes back over events before the one reported)
    (Prefiltered(compile_guarded(r"\b(over the (?:last|past) (?:few |several |two |three |\w+ )?(?:months?|weeks|years)|in recent (?:weeks|months|years)|"
                r"across (?:Syria|the country|Iraq and Syria)|"
                # a toll of a whole area, beside the one event's: "45 people had died across the enclave that day"
                r"\b(?:died|killed|dead|deaths)\b[^.;]{0,40}\bacross\b"
                r"(?! (?:the )?(?:river|Euphrates|border|line|bridge|road|street|frontier))"
                # (not across places it lists: "killed 29 civilians across Beit Sawa, Misraba and Douma")
                r"(?! (?-i:[A-Z])[^.;,]{0,30}(?:,|\band\b))|"
                r"so far this year|since the (?:start|beginning)|"
                r"(?:a|the) string of|(?<!carried out )(?<!launched )(?<!conducted )a series of(?! secondary)|a number of (?:ambushes|attacks)|on a regular basis|regularly|"
                r"in (?:\d+|\w+) days of battles|(?:in|over|within) (?:the )?(?:last |past )?(?:two|three|four|five|six|"
                r"seven|several|a few|\d+) (?:days|weeks|months)\b|every (?:day|week)|over the past week|sporadic|sometimes|often|"
                r"(?:that|the same) (?:season|month|year|week)\b|(?<!early )(?<!(?-i:earlier) )(?<!(?-i:later) )(?<! of )(?<!\bsaid )this (?:season|month|year)\b|"
                r"\b(?:such|similar)\b[^.;]{0,40}\bthis week\b|(?:during|earlier in|later in) the (?:week|month)\b|similar (?:[\w-]+ )?(?:attacks?|strikes?|arrests?|raids?|protests?|demonstrations?|incidents?|explosions?|"
                r"bombings?|clashes|abductions?|kidnappings?|killings?|assassinations?|shelling|ambush(?:es)?)\b|"
                r"routinely|(?:several|many|multiple|numerous|countless) times(?! (?:this|that|in the|during the) (?:morning|"
                r"afternoon|evening|night|day)\b| (?:today|tonight|overnight)\b)|tactics|(?:has|have) been \w+ing|"
                r"continues? to|have tried to|(?:is|are) trying to|"
                # (not a name's: "the group Raqqa is Being Slaughtered Silently said")
                r"(?:is|are) (?:under attack|under siege|facing|being(?!(?-i: [A-Z]))|the target)|gradually|repeatedly|daily|"
                r"(?<!frozen )(?<!missing )(?<!held )(?<!detained )(?<!closed )(?<!unpaid )(?<!jailed )(?<!suspended )"
                r"(?<!in force )(?<!in effect )(?<!in place )"  # "despite the de-escalation agreement in force since August"
                r"since (?:early |late |mid-?)?(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|"
                r"September|October|November|December)\b|"
                # a present perfect that runs "since" a time or an event: "Turkey has pounded Kobani and Qamishli since
                # Sunday", "government forces have advanced into southern Idlib since launching an offensive"
                r"(?:has|have) (?:(?:also|now|only|already) )?(?:[a-z]{3,}ed|[a-z]{3,}en|struck|hit|fought|shot|spread|"
                r"set up|held|led|sent|brought|made|won|lost)\b[^.;:]{0,120}?\bsince\b"
                # (not the same day's: "has documented the deaths of 15 soldiers since this morning")
                r"(?!\s+(?:this\s+morning|dawn|daybreak|midnight|last\s+night|the\s+(?:early\s+)?(?:morning|hours)\b)))",
                re.I)), "aggregate"),
    (compile_guarded(r"\b(will|would|(?<!\bwho )could(?!\s+not\b|n['’]t)|(?-i:may)|might|plans? to|planning|expected to|threaten(?:s|ed)? to|warned that|"
                r"impending|looms?|if\b|unless|likely to|aims? to|prepares? to|preparing|"
                # a truce asked for: "SOHR renews its calls for an immediate ceasefire in Al-Suwaidaa"
                r"(?:call(?:s|ed|ing)?|appeal(?:s|ed)?|urg(?:es|ed|ing))\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:ceasefire|truce|de-?escalation))\b", re.I), "not yet"),
    (Prefiltered(compile_guarded(r"\bannounced (?:its|a|the) [\w\s“\"”]*campaign\b", re.I)), "announcement"),
]


MODAL_REACH_CHARS = 120  # "could ... be swept along" a clause before the event word does not govern it


@lru_cache(maxsize=16384)
def _not_incident_phrases(sentence: str) -> tuple[tuple[str, int, int], ...]:
    """(why, start, end) of the first match of each _NOT_INCIDENT pattern, in order: the reading of the text,
    searched once whichever event word ``not_an_incident`` is then asked about."""
    found = []
    for pattern, why in _NOT_INCIDENT:
        m = pattern.search(sentence)
        if m:
            found.append((why, m.start(), m.end()))
    return tuple(found)


_RELATIVE_CLAUSE = compiled(r",\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){1,3}?)?(?:which|who|where|whose)\b")  # ", the village where"


def describes_a_place(sentence: str, cue_end: int, start: int) -> bool:
    """Whether a phrase at ``start`` lies in a relative clause after the event word, which describes a place, not
    the event: "took the camps, which had been held by rebels since 2014"."""
    return start >= cue_end and _RELATIVE_CLAUSE.search(sentence, cue_end, start) is not None


RUNNING_TOLL = compiled(r",\s*(?:bringing|raising|taking|pushing|increasing)\b", re.I)


# a relative clause telling someone's or something's past: "... who had arrived from Syria a day earlier"
RELATIVE_PAST = r"\b(?:who|which|that)\s+had\b"
_RELATIVE_PAST_BEFORE = compiled(RELATIVE_PAST + r"[^,;]*$", re.I)  # ... still open where a phrase starts


# ... or in a participle telling how he came to be held: "X, arrested at a checkpoint in Khazmah in 2011, died under
# torture in the Palestine Branch", "forcibly disappeared since 2021, was confirmed dead"
_HELD_SINCE_BEFORE = compiled(r"\b(?:arrested|detained|abducted|kidnapped|disappeared|taken)\b[^,;]*$", re.I)


def _a_past_of_someone(sentence: str, cue_end: int, start: int) -> bool:
    """Whether a phrase before the event word lies in a relative clause telling someone's past: "a soldier who
    had deserted in 2012 was shot dead in Arus" is shot dead now; so is a detainee's arrest years before."""
    return start < cue_end and (_RELATIVE_PAST_BEFORE.search(sentence, max(0, start - 80), start) is not None
                                or _HELD_SINCE_BEFORE.search(sentence, max(0, start - 80), start) is not None)


# ... or, after the event word, in a clause telling its object's past: "detained 8 young men who had reconciled with
# the government in 2016", "links to the fighters who attacked Maaloula last year", "compensation for homes
# demolished in 2018"
_OBJECTS_PAST_BEFORE = compiled(r"\b(?:who|which|that)\s+(?:had\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b[^,;.]*$"
                                # (a participle, not a clause's verb: "residents counted a series of raids")
                                r"|\b[a-z]+s\s+[a-z]{3,}(?:ed|en)(?:\s+(?:in|on|at|by|during|since)\b[^,;.]*)?\s*$", re.I)


def _a_past_of_its_object(sentence: str, cue_end: int, start: int) -> bool:
    """Whether a phrase of the past after the event word lies in a clause telling its object's past (the men
    detained, the homes a protest asks compensation for), not the event's."""
    return start >= cue_end and _OBJECTS_PAST_BEFORE.search(sentence, cue_end, start) is not None


# what someone arrested is accused of: "detained a man accused of murdering a detainee at Hama central prison in 2012"
ACCUSED_BEFORE = compiled(r"\b(?:(?:accused|suspected|convicted|charged|wanted)\s+(?:of|for|over|with|in)|"
                          r"on\s+(?:suspicion|charges|accusations?)\s+of|"
                          r"(?:over|for)\s+(?:his|her|their)\s+(?:alleged\s+)?(?:role|part|involvement))\b[^.;]*$", re.I)


def _an_accusation(sentence: str, cue_end: int, start: int) -> bool:
    """Whether a phrase of the past after the event word dates what the event's object is accused of, not it."""
    return start >= cue_end and ACCUSED_BEFORE.search(sentence, cue_end, start) is not None


# the dead a protest or funeral is for, told with when they died: "carrying the coffins of soldiers killed earlier in
# the week", "mourning the men who were killed last month"
_DEAD_DESCRIBED_BEFORE = compiled(r"\b(?:of|for|mourning|mourn)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:killed|slain|"
                                  r"who\s+(?:were|was|had\s+been)\s+killed|who\s+(?:had\s+)?died)\b[^,;.]*$", re.I)


def _dead_described(sentence: str, cue_end: int, start: int) -> bool:
    """Whether a phrase of the past after the event word says when the dead it is for died, not when it was."""
    return start >= cue_end and _DEAD_DESCRIBED_BEFORE.search(sentence, max(cue_end, start - 80), start) is not None


# what kind of report told it: "CJTF-OIR said in its daily strike release", "according to its weekly report"
_SOURCE_BEFORE = compiled(r"\b(?:said|reported|stated|announced|wrote|according\s+to)\s+(?:in\s+)?(?:its|their|his|her|a|the)"
                          r"\s+$", re.I)


def _the_sources_kind(sentence: str, cue_end: int, start: int) -> bool:
    """Whether a phrase of many days after the event word names the kind of report that told it, not the event."""
    return start >= cue_end and _SOURCE_BEFORE.search(sentence, max(cue_end, start - 40), start) is not None


def _a_running_toll(sentence: str, cue_end: int, start: int) -> bool:
    """Whether a phrase of many days after the event word belongs to the running toll the event adds to: "shot
    dead a young man near al-Fawziyah, ..., bringing to 14 the number killed since the start of the year"."""
    return start >= cue_end and RUNNING_TOLL.search(sentence, cue_end, start) is not None


def _a_state_since(sentence: str, cue_end: int, start: int) -> bool:
    """Whether a "since 2012" after the event word says how long someone's state has lasted, not when the event
    was: "held a sit-in for relatives detained since 2012", "shelled Kafr Nabl, held by rebels since 2012"; a
    participle of its own comes between ("IS has controlled Palmyra since 2015" is the state itself). Before the
    word, right after a participle: "relatives of soldiers missing since 2013 protested"."""
    if not sentence.startswith("since", start):
        return False
    if start < cue_end:  # "relatives of soldiers missing since 2013 protested": the state is the soldiers'
        return _STATE_BEFORE.search(sentence, max(0, start - 16), start) is not None
    return _PARTICIPLE.search(sentence, cue_end, start) is not None


_PARTICIPLE_WORD = r"\b(?:\w{3,}ed|held|kept|gone|missing)"
_PARTICIPLE = compiled(_PARTICIPLE_WORD + r"\b")
_STATE_BEFORE = compiled(_PARTICIPLE_WORD + r"\s+$")


def _a_record_since(sentence: str, cue_end: int, start: int) -> bool:
    """Whether a past year after the event word is the start of a record the event sets, not when it was: "killed
    nine policemen in Muzayrib, one of the deadliest attacks in the province since rebels surrendered it in 2018"."""
    if start < cue_end:
        return False
    if _RECORD_SINCE.search(sentence, cue_end, start) is not None:
        return True
    if sentence.startswith("since", start) and sets_a_record(sentence, cue_end, start):
        return True  # "calling the raids the heaviest on the coast since 2012"
    # "...; it was the deadliest strike in the area this year": the year is the record's, not a toll of it
    return _THIS_YEAR.match(sentence, start) is not None and sets_a_record(sentence, cue_end, start)


def sets_a_record(text: str, start: int, end: int) -> bool:
    """Does a superlative ("the deadliest strike in the area") run up to ``end`` in its clause: what comes there
    ("this year", "since 2018") is the record's measure, not a time the event took or a toll."""
    return _RECORD.search(text, start, end) is not None


_SUPERLATIVE = r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|most\s+(?!of\b)\w+|first)\b"
_RECORD_SINCE = compiled(_SUPERLATIVE + r"[^.;]{0,120}?\bsince\b[^.;]{0,80}$", re.I)
_RECORD = compiled(_SUPERLATIVE + r"[^.;]{0,120}$", re.I)
_THIS_YEAR = compiled(r"(?:so far )?(?:this|that) (?:year|month|week)\b", re.I)


def sentence_background(sentence: str, cue_end: int) -> str:
    """What ``not_an_incident(sentence)`` says of the whole sentence, less a history phrase that describes a
    place (``describes_a_place``), a state that has lasted since (``_a_state_since``), someone's past
    (``_a_past_of_someone``), follows an event dated to the day (``_dated_before``), or starts a record the event
    sets (``_a_record_since``)."""
    for why, start, _ in _not_incident_phrases(sentence):
        if why == "history" and (describes_a_place(sentence, cue_end, start) or _a_state_since(sentence, cue_end, start)
                                 or _a_past_of_someone(sentence, cue_end, start)
                                 or _a_past_of_its_object(sentence, cue_end, start)
                                 or _an_accusation(sentence, cue_end, start)
                                 or _dated_before(sentence, cue_end, start)
                                 or _a_record_since(sentence, cue_end, start)):
            continue
        if why == "aggregate" and _a_record_since(sentence, cue_end, start):
            continue
        return why
    return _quoted_or_asked(sentence)


@lru_cache(maxsize=16384)  # asked of a sentence and of each of its clauses, often more than once
def not_an_incident(sentence: str, cue: EventCue | None = None) -> str:
    """Why a sentence with event words reports no incident ('' when it may)."""
    for why, start, end in _not_incident_phrases(sentence):
        if why in ("history", "aggregate") and cue is not None and (describes_a_place(sentence, cue.end, start)
                                                                     or _a_past_of_someone(sentence, cue.end, start)
                                                                     or (why == "history"
                                                                         and _a_past_of_its_object(sentence, cue.end, start))
                                                                     or _an_accusation(sentence, cue.end, start)
                                                                     or _dead_described(sentence, cue.end, start)
                                                                     or _the_sources_kind(sentence, cue.end, start)
                                                                     or _a_running_toll(sentence, cue.end, start)
                                                                     or _a_state_since(sentence, cue.end, start)
                                                                     or _a_record_since(sentence, cue.end, start)
                                                                     or _dated_before(sentence, cue.end, start)
                                                                     or _one_day_of_many(sentence, start, end)
                                                                     or _latest_of_many(sentence, start)
                                                                     or _an_absence(sentence, cue.end, start)
                                                                     or _others_supported(sentence, start)
                                                                     or _others_told(sentence, cue.end, start)
                                                                     or _what_a_protest_asks(sentence, cue, start)
                                                                     or _a_deadline(sentence, start)):
            continue
        if why == "not yet" and cue is not None:
            # "could harm operations" after a real event is fine; only a modal that governs the cue counts
            if start >= cue.start or cue.start - end > MODAL_REACH_CHARS:
                # after the event word or inside it ("agreed that the men would hand over their weapons" tells
                # an agreement made), or too far before it to govern it
                continue
        return why
    return _quoted_or_asked(sentence)


# the many of one day: "a string of explosions", "shelled the town several times"; "over the past weeks" is not
_MANY_IN_A_DAY = compiled(r"(?:a|the) string of|a series of|a number of|(?:several|many|multiple|numerous) times|"
                          r"repeatedly", re.I)


# ... or to one night or morning: "repeatedly attacked army positions at Hannoura ... overnight" (incidents asks it too)
ON_ONE_DAY = compiled(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|overnight|last\s+night|"
                      r"yesterday|this\s+morning)\b", re.I)


def _one_day_of_many(sentence: str, start: int, end: int) -> bool:
    """ "On 9 April 2019, a string of explosions hit a weapons depot", "Between 14 and 15 November 2019, warplanes
    repeatedly struck X": a sentence dated to the day tells of many blows that day, one event as ACLED codes it,
    not a summary of weeks."""
    return _MANY_IN_A_DAY.fullmatch(sentence, start, end) is not None and (
        FULL_DATE.search(sentence) is not None or ON_ONE_DAY.search(sentence) is not None  # "... on Monday"
        # "A series of suicide and car bomb blasts in Jableh and Tartous killed more than 140 people": one toll
        or _ONE_TOLL_AFTER.match(sentence, end) is not None and _WEEKS_OR_MONTHS.search(sentence) is None)


# ... unless they were over weeks: "A series of air strikes on Idlib over the past month killed 40 people"
_WEEKS_OR_MONTHS = compiled(r"\b(?:past|recent|last|this|since|previous|several|few)\s+(?:[\w-]+\s+)?(?:days|weeks?|months?|"
                            r"years?)\b|\bsince\b", re.I)
# the toll of the many blows told: "... killed more than 140 people", "..., killing 12"
_ONE_TOLL_AFTER = compiled(r"[^.;]{0,120}?\b(?:killed|killing)\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?"
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens)\b", re.I)


_DEADLINE_BEFORE = compiled(r"\b(?:would|will|must|to)\s+(?:[\w'’-]+\s+){1,4}$", re.I)


def _a_deadline(sentence: str, start: int) -> bool:
    """ "agreed that wanted men would surrender within three days": the time given for what was agreed, not a span
    of events told as one."""
    return (sentence.startswith("within", start)
            and _DEADLINE_BEFORE.search(sentence, max(0, start - 60), start) is not None)


def _others_supported(sentence: str, start: int) -> bool:
    """ "gathered in Umm al-Zeitoun ... in solidarity with the daily demonstrations in Sweida city": the many
    events a protest supports are its cause, not a summary of it."""
    return _SUPPORTING_BEFORE.search(sentence, max(0, start - 30), start) is not None


def _others_told(sentence: str, cue_end: int, start: int) -> bool:
    """ "demonstrated in Salqeen ..., in a continuation of the protests that have spread since late February": after a
    comma, other events of the kind, and the clause that sums them up, not the event told."""
    return start >= cue_end and _OTHERS_THAT_BEFORE.search(sentence, cue_end, start) is not None


_OTHERS_THAT_BEFORE = compiled(r",[^.;]*\b(?:protests|demonstrations|rallies|sit-ins|attacks|strikes|raids|clashes|"
                               r"killings|bombings|assassinations|arrests|incidents|abductions|kidnappings)\s+"
                               r"(?:that|which)\s+$", re.I)
_SUPPORTING_BEFORE = compiled(r"\bin\s+(?:solidarity\s+with|support\s+of)\s+(?:the\s+)?$", re.I)


def _what_a_protest_asks(sentence: str, cue: EventCue, start: int) -> bool:
    """ "staged a sit-in demanding unpaid wages and the reopening of factories shut since December": the past a
    protest's demand tells of is its cause, not a summary of protests. (The demand's word may end the protest's own
    phrase: "gathered in al-Ghariya demanding news of residents abducted in recent weeks".)"""
    return (cue.event_type == "Protests" and start >= cue.end
            and _DEMANDING.search(sentence, cue.start + 1, start) is not None)


_DEMANDING = compiled(r"\b(?:demanding|calling\s+for|in\s+protest\s+(?:at|against|over))\b", re.I)


def _an_absence(sentence: str, cue_end: int, start: int) -> bool:
    """ "a landmine exploded ..., as residents returned to fields they had not reached for years": how long
    something had not been done, after the event word, is background, not a summary of years of events."""
    return start >= cue_end and _NOT_SINCE_BEFORE.search(sentence, max(cue_end, start - 40), start) is not None


_NOT_SINCE_BEFORE = compiled(r"\b(?:not|never|no longer|unable to|n['’]t)\s+(?:been\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def _latest_of_many(sentence: str, start: int) -> bool:
    """ "shot dead two brothers ..., the latest of a string of revenge killings", "... in Sarmada, the third such
    killing in the town this month", "part of a wave of strikes across Syria": the event told is one of them."""
    return (_LATEST_BEFORE.search(sentence, max(0, start - 50), start) is not None
            or _NTH_SUCH_BEFORE.search(sentence, max(0, start - 60), start) is not None)


# ... or "part of a wave of strikes across Syria since the fall of Assad"
_LATEST_BEFORE = compiled(r"\b(?:the (?:latest|newest|most recent) (?:in|of)|part of an? (?:[\w-]+ )?(?:wave|series|string|"
                          r"campaign|spate) of(?: [\w'’-]+){0,3}?)\s+$", re.I)
# ("the fifth killing this month": the killing told is the fifth)
_NTH_SUCH_BEFORE = compiled(r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                            r"latest)\s+(?:such\s+[\w-]+|[\w-]+\s+of\s+its\s+kind|(?:killing|attack|assassination|"
                            r"bombing|explosion|blast|strike|raid|kidnapping|abduction|murder)s?)\b"
                            r"(?:\s+[\w'’-]+){0,5}?\s+$", re.I)


def _dated_before(sentence: str, cue_end: int, start: int) -> bool:
    """ "On 21 April 2022, Military Security arrested 6 men ... who had signed settlement papers in 2016": the
    event is dated to the day before its word; the past after it is background, not the event's. So too when
    the day comes after the word and before the past: "arrested a former fighter ... on Monday, despite his having
    signed a settlement in 2018", "a deal was signed in X on 9 Oct 2018, ending a feud that killed three last year"."""
    return start >= cue_end and (FULL_DATE.search(sentence, 0, cue_end) is not None
                                 or _DAY_TOLD.search(sentence, cue_end, start) is not None
                                 or FULL_DATE.search(sentence, cue_end, start) is not None)


_DAY_TOLD = compiled(r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
                     # a day of the month, its year left to the publication's: "arrested a former officer ... on 8 April"
                     r"on \d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|"
                     r"October|November|December)|on (?:January|February|March|April|May|June|July|August|September|"
                     r"October|November|December) \d{1,2}(?:st|nd|rd|th)?)\b", re.I)


def _quoted_or_asked(sentence: str) -> str:
    """ "quotation" or "question" when the sentence's form says it reports no incident, else ''."""
    stripped = sentence.strip()
    if stripped[:1] in "\"“" and stripped.rstrip()[-1:] in "\"”":
        return "quotation"
    if stripped.endswith("?"):
        return "question"
    return ""


# -- fatalities -------------------------------------------------------------------------
# Vague quantities count as the least the word can mean, geomap's convention since
# the first build: "a few"/"several" 3, "a dozen"/"dozens" 12, "scores" 20,
# "hundreds" 100. (ACLED's own codebook uses 10 for "several"/"many", 12 for
# "dozens" and 100 for "hundreds"; we keep the lower "several" as the more
# conservative reading.)
_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "two dozen": 24, "three dozen": 36, "four dozen": 48, "a couple": 2, "a couple of": 2,
    "dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100, "several": 3, "a few": 3, "few": 3, "someone": 1,
    "somebody": 1,
}
# teens before units, so that "fourteen" is not read as "four"
_NUM = (r"(\d{1,3}(?:,\d{3})+|\d+|(?:two|three|four) dozen|a couple(?: of)?|a dozen|dozens|scores|hundreds|several|a few|"
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
        r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|someone|somebody|"
        r"one|two|three|four|five|six|seven|eight|nine|ten)")
_QUALIFIER = r"(?:(?:at least|more than|over|some|about|around|nearly|almost|up to|as many as|approximately|roughly)\s+)?"
# "eight people, four of them civilians, were killed"; not across the wounded: "7 injured and 3 dead"
_VICTIMS = r"(?:(?!(?:injured|wounded|hurt|WIA)(?:\s+and\b|,))[\w'’.-]+,?\s+){0,6}?"
_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")  # "On 3 Jan 2021, gunmen shot dead": a date
# "martyred": local media's word; "KIA": a military log's (killed in action)
_DIED = r"(?:killed|dead|died|slain|executed|perished|lost their lives|martyred|KIA|beheaded|crucified)"
# a count starts a word: not "ten" of "often" ("civilians are often killed"), nor "20" of "2020"; and the
# engine tries the long alternations below at a word's first letter only, not at every letter of it
_WORD_START = r"(?<!\w)"
_NOT_A_YEAR = r"(?!(?:19|20)\d\d\b)"  # "on 2 November 2025 in which two soldiers were killed": the count is two
_NOT_A_YEAR += r"(?<!\d{4}-)(?<!\d{4}-\d-)(?<!\d{4}-\d\d-)"  # ... nor a date's month or day: "2024-11-11 - X died"
# ... nor an age ("Firas Haj Ali, 46 from Gharibeh, was shot dead", "aged 40 was found dead") nor a place's number
# ("all natives of Mazzeh 86 neighbourhood ... were killed")
_NOT_A_YEAR += (r"(?<!aged )(?<!age )(?!\d+\s+from\s+[A-Z][^,.;]{0,40},\s+(?:was|died|had|has)\b)"
                r"(?!\d+\s+(?:neighbou?rhood|quarter|district|street)\b)")
_KILLED_AFTER = compile_guarded(_WORD_START + _QUALIFIER + r"“?\"?" + _NOT_A_YEAR + _NUM + r"(?!\s+" + _MONTH_NAMES + r"\b)(?!,?\s+\d{4}\b)"
                           # not "24 km southwest of X killed", "a 12-year-old"
                           r"(?!\s+times\b)(?!\s*(?:km|kilomet\w*|miles?|metres?|meters?)\b)(?!-year)"
                           r"\+?”?\"?\s+(?:of\s+)?" + _VICTIMS +  # ("20+ villagers killed": at least 20)
                           r"(?:were|was|have been|has been|had been|are|got)?\s*(?:reportedly\s+)?(?:shot\s+)?" + _DIED +
                           r"\b(?!\s+or\b)", re.I)  # ("... were shot dead": past six words, the count still reads)
_KILLED_BEFORE = compile_guarded(r"\b(?:killing|killed|kills|kill|killings? of|claimed the lives of|death of|deaths of|bod(?:y|ies) of|corpses? of|executed|executing|"
                            r"beheaded|beheading|decapitated|"
                            r"martyrdom of|martyred|"
                            r"shot dead|shooting dead|gunned down|gunning down)\s+"
                            r"(?:" + TIME_BETWEEN + r"\s+)?(?:(?:the|its|their)\s+)?"  # "killed on Saturday two civilians"
                            + _QUALIFIER + r"“?\"?" + _NUM + r"\+?”?\"?(?!\s*(?:km|kilomet|miles|years|percent|%))"
                            r"(?!\d)(?!\s+" + _MONTH_NAMES + r"\b)", re.I)  # "killed on Tuesday 13 March 2018": a date
# the incident's toll as it rose: "bringing the toll to eight", "the toll later rose to 6", "the death toll from the
# raid ... has risen to 16", "toll climbs from 12 to 18", "final toll 5", "the toll stands at 11", "has now claimed 7
# lives", "death toll 4": the toll (a count of many days after it, "since January", is left out as other tallies are)
_TOLL_NOW = compile_guarded(r"\b(?:(?:bringing|raising|taking|pushing)\s+(?:the\s+)?(?:death\s+)?toll\s+to"
                            r"|(?:death\s+|final\s+)?(?:toll|count)(?:\s+(?:from|of|in)\s+[^,;:.]{1,60}?)?\s+(?:has\s+|had\s+)?"
                            r"(?:now\s+|later\s+|since\s+|then\s+|overnight\s+)?(?:rose|risen|climbed|climbs|jumped|increased|"
                            r"reached|stands|stood)(?:\s+overnight)?(?:\s+from\s+\S+)?\s+(?:to|at)"
                            r"|final\s+toll(?:\s+(?:was|is|of|stood at|reached))?:?"
                            # as posts give it: "death toll 4", "Death toll: two", "Toll: 3", "SOHR puts the toll at 2"
                            r"|death\s+toll(?:\s+(?:is|was|now|at))?\s*:?|(?<![\w-])toll\s*:"
                            r"|puts?\s+(?:the\s+)?(?:death\s+)?toll\s+at"
                            # revised: "the toll was later revised up to 7", "a figure later updated to 10", "the
                            # number of people killed when jets struck the market rose to 27", "the dead now number 6"
                            r"|(?:toll|figure|count)\b[^.;]{0,40}?\b(?:revised|updated|raised|corrected)\s+"
                            r"(?:up(?:wards?)?\s+)?to"
                            r"|number\s+of\s+(?:people\s+|civilians\s+|those\s+)?(?:killed|dead)\b[^;:.]{0,90}?\s+"
                            r"(?:has\s+|had\s+)?(?:now\s+|later\s+)?(?:rose|risen|climbed|increased|reached)\s+to"
                            r"|the\s+dead\s+(?:now\s+)?number)\s*" + _QUALIFIER + _NUM
                            + r"\b(?!\s*(?:km|kilomet|miles|percent|%))",
                            re.I)
# the other side's dead, told as a loss: "IS lost 2 men in the assault", "the insurgents lost 4"
_LOST_MEN = compile_guarded(r"\blost\s+" + _QUALIFIER + _NUM + r"(?=\s+(?:(?:of\s+(?:their|its)\s+)?(?:men|fighters|members|"
                            r"soldiers|troops|personnel|militants|own)|killed|dead)\b|\s*(?:[.;,]|$))", re.I)
# the other side's loss after it, its verb left out: "the regime lost 6, the rebels 3", "the army lost 5 men and the
# opposition 2"
_MEN_LOST = r"(?:\s+(?:of\s+(?:their|its)\s+)?(?:men|fighters|members|soldiers|troops|militants|own))?"
_AND_SIDE_LOST = compiled(_MEN_LOST + r"(?:,\s*|\s+and\s+)(?:the\s+)?(?:[\w-]+\s+){1,2}?" + _QUALIFIER + _NUM
                          + _MEN_LOST + r"(?=\s*(?:[.;,]|$))", re.I)
_CLAIMED_LIVES = compile_guarded(r"\bclaimed\s+" + _QUALIFIER + _NUM + r"\s+(?:more\s+)?lives\b", re.I)
# "left 5 rebels dead" (not "left 2 wounded and 1 dead")
_LEFT_DEAD = compile_guarded(r"\b(?:left|leaving)\s+" + _QUALIFIER + _NUM
                             + r"\s+(?:(?!(?:wounded|injured|hurt)\b)[\w'’-]+\s+){0,3}?(?:dead|killed)", re.I)
_DEATHS_WORD = r"(?:deaths|fatalities)"
_DEATHS = compile_guarded(_WORD_START + _QUALIFIER + _NUM + r"\s+(?:[\w-]+\s+){0,2}?" + _DEATHS_WORD + r"\b", re.I)
# the coder's own count: "Fatalities coded as 3", "deaths were coded as 10", "Fatalities: 3"
_CODED_DEATHS = compile_guarded(r"\b" + _DEATHS_WORD + r"(?:\s+(?:(?:were|are|is)\s+)?coded\s+as\s+|\s*:\s*)"
                                + _QUALIFIER + _NUM, re.I)
_ONE_DEATH = compile_guarded(r"\b(?:one|1|a single)\s+(?:civilian\s+)?(?:death|fatality)\b", re.I)
# "a 52-year-old vegetable seller was shot dead": an age says a person, whatever noun follows
_PERSON = (r"(?:a|an|one)\s+(?:\d{1,3}-year-old(?:\s+[\w-]+){1,2}?(?=\s+(?:was|were|has|had|died))|"
           r"(?:[\w-]+\s+){0,3}?(?:man|woman|child|boy|girl|civilian|soldier|fighter|member|"
           r"person|shepherd|farmer|commander|officer|leader|doctor|teacher|worker|resident|young man|militant|driver|"
           r"guard|journalist|activist|mukhtar|elder|student|nurse|policeman|engineer|merchant|trader|youth|teenager|"
           r"employee|official|cleric|imam|paramedic|volunteer|herder|defector|detainee|prisoner|baby|infant|"
           r"father|mother|son|daughter|brother|sister|husband|wife|refugee)\b)")
# "a man and his son", "two children and their mother", "a commander and his driver": one more victim
_AND_KIN = compiled(r"\s+(?:[\w'’-]+\s+){0,2}?and\s+(?:his|her|their)\s+(?:(?:teenage|young|little|infant|elderly|"
                    r"adult|baby|only|eldest|youngest|pregnant)\s+)?(?:son|daughter|wife|husband|mother|father|"
                    r"brother|sister|child|baby|infant|nephew|niece|grandson|granddaughter|relative|driver|"
                    r"bodyguard|companion|escort|aide)\b", re.I)
# "killing a woman and her two children": as many more as it says
_AND_KIN_MANY = compile_guarded(r"(?:\s+[\w'’-]+){0,2}?(?P<spouse>,\s+(?:his|her)\s+(?:wife|husband)\s*)?\s+and\s+"
                                r"(?:his|her|their)\s+" + _NUM
                                + r"\s+(?:children|sons|daughters|brothers|"
                                r"sisters|grandchildren|relatives|cousins)\b", re.I)
# "He died of his injuries." after the victim was told of: one
_PRONOUN_KILLED = compile_guarded(r"^\s*(?:He|She)\s+(?:was\s+|had\s+been\s+)?(?:later\s+|reportedly\s+)?"
                                  r"(?:killed|died|succumbed|shot dead|executed)\b")
# "a landmine exploded under a shepherd ..., killing him": one
_KILLING_HIM = compile_guarded(r"\b(?:killing|killed|kills)\s+(?:him|her)\b(?!self)", re.I)
# "stabbed an elderly couple to death", "was beaten to death": one, or the couple's two, or the number said
_TO_DEATH = compile_guarded(r"(?<!not )(?<!never )\b(?:stabbed|stabbing|beat|beating|beaten|burned|burnt|tortured|"
                            r"torturing|hacked|clubbed|kicked|strangled|bludgeoned|stoned|crushed)\s+"
                            r"(?P<who>(?:[\w'’-]+\s+){0,5}?)to\s+death\b", re.I)
_TWO_OF_THEM = compiled(r"\b(?:couple|twins)\b", re.I)
# a headline's one victim, with no article: "Regime soldier killed by unknown assailants in Tabni village"
_HEADLINE_ONE = compile_guarded(r"(?:^\s*|[,;]\s+)(?:[\w'’-]+\s+){0,2}?"
                                r"(?:soldier|fighter|civilian|man|woman|child|boy|girl|"
                                r"shepherd|farmer|officer|commander|member|policeman|driver|teenager|youth|doctor|"
                                r"journalist)\s+"
                                r"(?:was\s+)?(?:killed|shot\s+dead|executed|assassinated|martyred)\b", re.I)
# "Father and son killed in Fahel", "a mother and daughter were shot dead": the two of a pair of kin
_KIN_PAIR = compile_guarded(r"\b(?:father|mother|husband|wife|brother|sister)\s+and\s+(?:son|daughter|wife|husband|"
                            r"brother|sister)\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|shot\s+dead|"
                            r"executed|martyred|died)\b"
                            # "killed an elderly couple in their home" (not "a couple of men")
                            r"|\b(?:killing|killed|shot\s+dead|shooting\s+dead|executed|murdered|gunned\s+down)\s+(?:an?|the)\s+"
                            r"(?:[\w-]+\s+){0,2}?couple\b(?!\s+of\b)", re.I)
# "The body of a man bearing gunshot wounds was found in ...": one dead, as 30 of 34 such notes' golds count it (not a
# body "with no visible signs of violence", nor one dead of natural causes)
# ("The body was found the next day" is the victim just told of, counted there)
_BODY_FOUND = compile_guarded(r"\b(?:(?:the\s+)?(?:body|corpse)\s+of\s+" + _PERSON + r"|a\s+(?:[\w-]+\s+)?(?:body|corpse)\b)"
                              r"[^.;]{0,100}?\b(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                              r"(?:found|recovered|discovered|retrieved)\b"
                              # "Locals found the corpse of a civilian": the finders told first
                              r"|\b(?:found|recovered|discovered|retrieved)\s+(?:the\s+|a\s+)?(?:dead\s+)?(?:body|corpse)\s+"
                              r"of\s+" + _PERSON, re.I)
# casualty records' lists of the named dead: "Hisham al-Masri and Yasser Shehadeh were killed in fighting", "X (59),
# Y, Z and W - all natives of Q - were killed by mortar shells": one each (a name is two to four capitalised words)
_NAMED = r"[A-Z][a-z'’]+(?:[ -](?:(?:al|el|bin|ibn|abu|Abu|Al|El)[ -])?[A-Z][\w'’-]+){1,3}(?:\s*\(\d{1,3}\)|,\s*\d{1,3})?"
_NAMED_DEAD = compile_guarded(r"\b(?P<names>" + _NAMED + r"(?:\s*,\s*" + _NAMED + r")*\s*,?\s+and\s+" + _NAMED + r")"
                              r"(?:\s*[-–,]\s*all\s+[^.;]{0,80}?[-–,])?\s+(?:were|have\s+been|had\s+been)\s+"
                              r"(?:\w+\s+)?(?:killed|shot\s+dead|executed|martyred)\b")
_NAME_SEPARATOR = compiled(r"\s*,\s*(?!\d)|\s+and\s+")
# "SOHR activists have documented the death of a young man after gunmen opened fire on him": one
_DEATH_OF_ONE = compile_guarded(r"(?<!no )\bdeath\s+of\s+" + _PERSON, re.I)
_NO_VIOLENCE = compiled(r"\bno\s+(?:visible\s+)?(?:signs?|traces?|marks?)\s+of\s+violence\b|\bnatural\s+causes\b", re.I)
# "killing a family of five": the family's number
_FAMILY_OF = compile_guarded(r"\b(?:killing|killed|kills)\s+(?:a|an|one|the)\s+(?:whole\s+|entire\s+)?family\s+of\s+"
                             + _NUM, re.I)
# "a woman and a child were killed": two
_AND_PERSON = compiled(r"\s+and\s+" + _PERSON, re.I)
_ONE_KILLED = compile_guarded(r"\b" + _PERSON + r"(?P<and_person>\s+and\s+" + _PERSON + r")?(?:" + _AND_KIN.pattern + r")?"
                         r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"  # "a member of the local committee"
                         r"\s+(?:(?:was|were|has been|have been|had been)\s+(?:reportedly\s+)?(?:found\s+)?"
                         r"(?:killed|shot dead|executed|assassinated|dead|martyred|strangled|hanged|beheaded)|died|"
                         r"succumbed"
                         r"|killed(?=\s*(?:[.;,]|$|(?:by|in|when|after)\b)))", re.I)  # "a man and his son killed."
# after a verb of killing, "a"/"an" and any noun is one victim ("killing a former rebel", "shot dead a
# tribal elder"), unless the noun counts a group
# (his or her victim: not of a crime someone is accused of, "arrested a man accused of killing his cousin")
_KILLED_ONE = compile_guarded(r"\b(?:killing|killed|kills|killing of|shot dead|shooting dead|executed|executing|assassinated|"
                         r"martyred|martyrdom of|beheaded|beheading|decapitated|lynched|lynching)"
                         r"\s+(?:a|an|one|the|(?<!accused of killing )(?<!suspected of killing )(?:its|his|her))\s+"
                         r"(?!(?:number|few|dozen|group|family|families|unknown|total|handful|"
                         r"couple|lot|series|score|crew|passengers|occupants|residents|people|attacks?|operation|plan|"
                         r"raid|ambush|orders?)\b|" + _NUM + r"\b(?!-year))[\w'’-]+", re.I)
# "killing 18 regime members and 5 Asayish": a second count of dead, not of wounded
# a clipped note's one victim, with no article: "Hezbollah sniper kills man trying to leave Madaya", "Gunmen kill SDF
# fighter in al-Mansoura", "IS cell guns down SDF fighter": a singular noun after at most two words, no number between
# (not what someone means to do: "threatened to kill", "would kill")
_KILLED_ONE_CLIPPED = compile_guarded(
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bnot )\b(?:kills?|killed|shoots?\s+dead|shot\s+dead|guns?\s+down|"
    r"gunned\s+down|executes?|executed|assassinates?|assassinated)\s+"
    r"(?:(?![\d(])(?!(?:and|or|wounding|injuring|wounded|injured|several|many|dozens|scores)\b)[\w'’-]+\s+){0,2}?"
    r"(?:ex-)?(?:man|woman|boy|girl|child|teen(?:ager)?|youth|civilian|fighter|soldier|officer|commander|member|"
    r"militiaman|policeman|sheikh|shepherd|farmer|doctor|teacher|activist|journalist|driver|worker|mukhtar|cleric|imam|"
    r"rebel|defector|informant|trader|smuggler|resident|student|elder|notable|guard|conscript)\b(?![’'-])", re.I)
_AND_MORE = compiled(r"\s+" + _VICTIMS + r"(?:and|,?\s*plus)\s+" + _QUALIFIER + _NUM +
                     r"(?!\s+(?:[\w'’-]+\s+){0,3}?(?:were\s+|was\s+)?(?:wounded|injured|hurt))(?![\w-])"
                     r"(?!\s*(?:km|kilomet|miles|years|percent|%))", re.I)
# one more of another kind: "killing 2 civilians and a policeman", "killed 2 HTS members and 3 Hurras fighters, plus one
# bystander"
_AND_ONE_MORE = compiled(r"\s+" + _VICTIMS + r"(?:and|,?\s*plus)\s+(?:an?|one)\s+(?:[\w-]+\s+)?(?:policeman|civilian|"
                         r"soldier|fighter|child|woman|man|boy|girl|bystander|passer-by|member|officer|guard|worker|"
                         r"driver)\b(?!\s+(?:[\w'’-]+\s+){0,3}?(?:were\s+|was\s+)?(?:wounded|injured|hurt))", re.I)
_KILLED_PERSON = compile_guarded(r"\bkill(?:ed|ing)\s+(?:(?:Maj|Gen|Col|Lt|Brig|Capt|Sgt|Sheikh|Dr)\.?\s+)*[A-Z][a-z]+"
                                 r"(?:[\s-](?:al-|el-|bin\s+|abu\s+)?[A-Z][\w'’-]+)+")  # "killing Samer al-Dahhan"
# one person's death told in the singular, as casualty records tell it: "X, 34, from Y, was killed by regime shelling",
# "lost his life", "died under torture", "where he died two days later", "and died instantly" (not "no one was killed")
_ONE_DIED = compile_guarded(r"(?<!no one )(?<!nobody )(?<!anyone )(?<!anybody )(?<!no-one )"
                            r"\b(?:was|has\s+been|had\s+been)\s+(?:reportedly\s+|later\s+|then\s+)?"
                            r"(?:killed|shot\s+dead|"
                            r"executed|martyred|found\s+dead|assassinated|gunned\s+down|tortured\s+to\s+death)\b|"
                            r"\b(?:lost|losing)\s+(?:his|her)\s+life\b|"
                            r"\bdied\s+(?:under|of|from|as\s+a\s+result\s+of)\s+torture\b|"
                            # casualty records: "X, a truck driver, was shot and killed in Y", "X died on 25 April of
                            # wounds sustained in ...", "died in custody", "died as a result of an airstrike"
                            r"\b(?:was|has\s+been|had\s+been)\s+(?:shot|stabbed|beaten)\s+and\s+killed\b|"
                            r"(?<!no one )(?<!nobody )(?<!no-one )(?<!anyone )(?<!none )"
                            r"\bdied\s+(?:on\s+[^,.;]{1,30}?\s+)?(?:of\s+(?:his\s+|her\s+)?wounds|in\s+custody|"
                            r"in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:detention|prison|jail)|as\s+a\s+result\s+of|"
                            r"in\s+(?:[\w-]+\s+){0,2}?(?:fire|shelling|strikes?|raids?|bombardment|explosion|blast|attack))\b|"
                            r"^\s*Killed\s*:|"
                            r"\b(?:he|she)\s+(?:later\s+)?died\b|"
                            r"\band\s+died\s+(?:instantly|immediately|on\s+the\s+spot|later)\b|"
                            r"\b(?:his|her)\s+death\s+(?:was\s+)?(?:confirmed|announced)\b", re.I)
_WOUNDED_ONLY = compile_guarded(r"\b(wounded|injured|hurt)\b", re.I)
_UNKNOWN = compile_guarded(r"\ban unknown number of\s+(?:(?:casualties|fatalities|deaths|dead)\b|(?:[\w'’-]+\s+){0,4}?"
                      r"(?:were|was|have been|had been)\s+killed\b)|\b(?:killing|killed|kills)\s+an unknown number\b|"
                      # "Fatalities unknown.", "the number of casualties is not known", "death toll unclear"
                      r"\b(?:number\s+of\s+(?:the\s+)?(?:casualties|fatalities|deaths|dead|victims)|casualties|fatalities|deaths|"
                      r"death toll)\s+"
                      r"(?:(?:is|are|was|were|remains?|remained)\s+)?(?:still\s+)?(?:unknown|unclear|not known)\b", re.I)
_NONE = compile_guarded(r"\bno\s+(?:(?:civilian\s+|human\s+|reports? of\s+)?(?:casualties|fatalities|deaths|loss of life)\b|"
                   r"(?:one|people|lives)\s+(?:was|were|had been)\s+(?:killed|hurt|injured|lost)\b)|\bnobody was (?:killed|hurt)\b|"
                   r"\bwithout (?:any\s+)?(?:casualties|fatalities|loss of life)\b", re.I)
MAX_FATALITIES = 100_000  # more dead than this in one sentence is a total or a typo: report the cap


def _number(word: str) -> int | None:
    word = word.lower().strip().replace(",", "")
    if word.isdigit():
        return int(word) if len(word) <= 6 else MAX_FATALITIES  # int() of thousands of digits raises
    if word in _WORD_NUMBERS:
        return _WORD_NUMBERS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in _WORD_NUMBERS and parts[1] in _WORD_NUMBERS:
        return _WORD_NUMBERS[parts[0]] + _WORD_NUMBERS[parts[1]]
    return None


# "27 ISIS members and 10 SDF fighters have been killed"; "killing himself and two fighters"
_COORDINATED = compile_guarded(_WORD_START + _QUALIFIER + _NOT_A_YEAR + _NUM + r"(?!\s+" + _MONTH_NAMES + r"\b)(?!,?\s+\d{4}\b)\s+"
                               + _VICTIMS + r"and\s+(?:all\s+|the\s+)?" + _NUM + r"\s+" + _VICTIMS +
                               r"(?:(?:(?:were|have been|had been|was)\s+(?:(?:reportedly|reported)\s+)?)?killed"
                               r"|died|dead|lost their lives)\b", re.I)
_BOMBER = compile_guarded(r"\bkill(?:ing|ed)\s+(?:only\s+)?(?:him|her)self(?:\s+and\s+" + _QUALIFIER + _NUM + r")?"
                          # "the suicide bomber and 3 others were killed", "the bomber and 2 fighters died"
                          r"|\bthe\s+(?:suicide\s+|car\s+)?(?:bomber|attacker|gunman)\s+and\s+" + _QUALIFIER + _NUM
                          + r"\s+(?:[\w-]+\s+){0,2}?(?:were\s+(?:also\s+)?killed|died|(?:were\s+)?dead)\b", re.I)
# a count added to the one told before it: "2 HTS fighters also died", "IS lost 2 men"
ADDED_DEAD = compiled(r"\b(?:also|too|lost)\b|\bmore\b(?!\s+than)", re.I)
# the bomber counted beside the count of others ("killing four people and himself", "Four SDF killed plus the
# bomber", "eight soldiers were killed and the attacker died too", "killing five; the bomber also died")
_AND_HIMSELF = compiled(r"\s+(?:[\w'’-]+\s+){0,3}?and\s+(?:him|her)self\b", re.I)
_BOMBER_TOO = compile_guarded(r"\b(?:plus|and)\s+the\s+(?:suicide\s+)?(?:bomber|attacker)(?=\s*(?:[.;]|$)|\s+(?:also\s+)?"
                              r"(?:died|dead|killed|was killed)\b)"
                              r"|\bthe\s+(?:suicide\s+)?(?:bomber|attacker)\s+(?:also\s+)?(?:died|was\s+(?:also\s+)?killed|"
                              r"was among the dead)\b", re.I)

# The first three start with a count, so their first-character guard lets most words through ("a", "one",
# "some", any digit) and each tries every one; the words they need further on are rare. Each is searched
# only in a sentence that holds those words (pieces of the pattern itself: without them, no match); so are
# the toll's, the lives' and the loss's patterns, which most sentences with deaths lack the word for.
_NEEDS = {
    _KILLED_AFTER: (compile_guarded(_DIED, re.I),),
    _DEATHS: (compile_guarded(_DEATHS_WORD, re.I),),
    _COORDINATED: (compile_guarded(r"and\s", re.I), compile_guarded("killed|died|dead|lost their lives", re.I)),
    _TOLL_NOW: (compile_guarded(r"toll|count|figure|number", re.I),),
    _CLAIMED_LIVES: (compile_guarded(r"lives", re.I),),
    _LOST_MEN: (compile_guarded(r"lost", re.I),),
    _FAMILY_OF: (compile_guarded(r"family", re.I),),
}


def _may_match(pattern: re.Pattern, sentence: str) -> bool:
    for word in _NEEDS.get(pattern, ()):  # a loop, not all() over a generator: asked of every death sentence
        if not word.search(sentence):
            return False
    return True


# Every pattern below needs one of these words: a sentence without them tells no deaths, and most
# sentences skip the dozen patterns. A new pattern with a new word must add it here
# (tests/test_fatalities.py checks the gate against every sentence it reads).
_DEATH_WORDS = Prefiltered(compile_guarded(r"kill|dead|died|slain|execut|perish|lives|death|bod(?:y|ies)|corpse|"
                                           r"fatalit|"
                                           r"casualt|gunn|guns down|gun down|"
                                           r"behead|decapitat|lynch|strangl|hanged|crucif|"
                                           r"loss of life|hurt|injur|lost|assassinat|succumb|toll|martyr|KIA", re.I))


@lru_cache(maxsize=8192)
def fatalities(sentence: str) -> tuple[int | None, str]:
    """The most conservative number of dead the sentence supports, and the phrase.

    "more than 50" -> 50, "dozens" -> 12 (see the vague quantities above),
    "27 ISIS members and 10 SDF fighters have been killed" -> 37, "killing 3
    and wounding 5" -> 3, "killed a fighter" -> 1. Numbers are capped at
    ``MAX_FATALITIES`` (100,000), however many digits the text has.

    The sentence may say nothing (None, ""), say that none died (0 and the
    phrase: "no casualties were reported"), or say that some died without a
    number: then the answer is exactly (None, "an unknown number"), so a
    caller can record the fatalities as unknown rather than as 0. Wounded
    are not counted; "killed or missing" is not counted as killed.
    """
    if not _DEATH_WORDS.search(sentence):
        return None, ""
    return _fatalities(sentence)


# a count of many days said before it: "the monitor's tally ... stands at", "the total so far this year"
_TALLY_BEFORE = compiled(r"\btally\b[^.;]*$|\btotal\b[^.;]*\b(?:since|so far|this (?:year|month))\b[^.;]*$", re.I)
TALLY_REACH_CHARS = 60  # how far after a count a phrase of many days ("in two days", "since March") makes it a tally
_DISTANCE_AFTER = compiled(r"\s*(?:km|kilomet|miles)")
_NO_BEFORE = compiled(r"\bno\s+$", re.I)
_YEAR_BEFORE = compiled(r"\b(?:in|since|of|until|from|by|early|late|mid-?)\s*$", re.I)
# the animals a count can be of: "Shepherd wounded, 200 sheep killed", "killing 30 of his goats"
_ANIMALS_COUNTED = compiled(r"\s+(?:(?:of\s+)?(?:his|her|their|the|a|local)\s+)?(?:[\w-]+\s+)?(?:sheep|goats?|lambs?|"
                            r"cattle|cows?|camels?|livestock|animals?|horses?|donkeys?|mules?|dogs?|poultry|chickens?|"
                            r"bees|beehives|head\s+of)\b", re.I)
_MONTH_BEFORE = compiled(r"\b" + _MONTH_NAMES + r"\.?\s+$", re.I)


def _after_no(sentence: str, end: int) -> bool:
    """``re.search(r"\\bno\\s+$", sentence[:end], re.I)``, tried only where "no" can start (just before the
    spaces that end the text) rather than at every position of it."""
    words_end = len(sentence[:end].rstrip())
    return _NO_BEFORE.match(sentence, max(0, words_end - 2), end) is not None


_CLOCK = compiled(r"\d{1,2}:\d\d\b")  # a time of day starting here: "21:16", "03:40"
# what did not happen: "it could have killed dozens", "a plot to kill ten", "dozens might have died"
_HYPOTHETICAL_BEFORE = compiled(r"\b(?:could|would|might|(?-i:may))(?:\s+have)?\s+(?:been\s+)?$|"
                                r"\b(?:tried|trying|attempted|attempting|aimed|aiming|intended|intending|threatened|"
                                r"threatening|plotted|plotting|planned|planning|plot|plan|attempt)\s+to\s+$", re.I)
_HYPOTHETICAL_INSIDE = compiled(r"\b(?:could|would|might)\b", re.I)
# a death told as the cause of what the sentence reports: "protested after the killing of a couple in Zaidal"
# ("in protest at the killing of", "blaming the SDF for failing to stop the killing of a sheikh")
_CAUSE_BEFORE = compiled(r"\b(?:after|following|over|against|condemning|protesting|denouncing|mourning|at|stop|prevent|"
                         r"avenge)\s+the\s+$", re.I)
# a sum of money after a number: "demanded 50,000 dollars in ransom killed the man"
_MONEY_AFTER = compiled(r"\s*(?:(?:US|U\.S\.|American|Syrian|Turkish)\s+)?(?:dollars?|euros?|pounds?|liras?|USD|"
                        r"SYP)\b", re.I)


_UNIT_NUMBER_BEFORE = compiled(r"\b(?:Branch|Brigade|Division|Regiment|Battalion|Corps|Squadron|No\.?|Number)\s+$")
# one more dead told by its rank, the toll it makes: "two were killed; a third victim died of his wounds" is three
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
_ORDINAL_DIED = compile_guarded(r"\b(?:a|the)\s+(" + "|".join(_ORDINALS) + r")\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:died|was\s+killed|succumbed|passed\s+away)\b", re.I)


def _fatalities(sentence: str) -> tuple[int | None, str]:
    """``fatalities`` without the gate (tests compare the two)."""
    found: list[tuple[int, int, int, str]] = [(m.start(), m.end(), _ORDINALS[m.group(1).lower()], m.group())
                                              for m in _ORDINAL_DIED.finditer(sentence)]
    for pattern in (_KILLED_AFTER, _KILLED_BEFORE, _LEFT_DEAD, _DEATHS, _CODED_DEATHS,
                    _TOLL_NOW, _CLAIMED_LIVES, _LOST_MEN, _FAMILY_OF):
        if not _may_match(pattern, sentence):
            continue
        for m in pattern.finditer(sentence):
            value = _number(m.group(m.lastindex) if m.lastindex else m.group(1))
            if value is None:
                continue
            if pattern is _KILLED_BEFORE and _DISTANCE_AFTER.match(sentence, m.end()):
                continue
            if _after_no(sentence, m.start()):
                continue  # "no one was killed"
            at = m.start(m.lastindex or 1)
            if _MONTH_BEFORE.search(sentence[max(0, at - 12):at]):
                # "November 23 killed": a date, not a count (the count's own words, not the verb's: "shelling on 3
                # May killed 5 civilians" is five)
                continue
            if 1900 <= value <= 2099 and _YEAR_BEFORE.search(sentence, max(0, at - 8), at):
                continue  # "a soldier who had deserted in 2012 was shot dead": a year, not a count
            if (at >= 2 and sentence[at - 1] == ":" and sentence[at - 2].isdigit()) or _CLOCK.match(sentence, at):
                continue  # "🕐 21:16 local time ☠️ 0 killed": a time of day, not a count
            if sentence[at - 1:at] == "$" or _MONEY_AFTER.match(sentence, m.end(m.lastindex or 1)):
                continue  # money, not a count
            if _ANIMALS_COUNTED.match(sentence, m.end(m.lastindex or 1)):
                continue  # "200 sheep killed", "killing 30 of his goats": no one's death
            if _UNIT_NUMBER_BEFORE.search(sentence, max(0, at - 14), at):
                continue  # "Military Intelligence Branch 227 shot dead 41": a unit's number, not a count
            if _HYPOTHETICAL_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) \
                    or _HYPOTHETICAL_INSIDE.search(sentence, m.start(), m.end()):
                continue  # "it could have killed dozens": what did not happen
            if m.group().lower().startswith(("killing", "death")) \
                    and _CAUSE_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
                continue  # the cause the sentence's event answers, told before it
            phrase = m.group()
            if pattern is _LOST_MEN:
                side = _AND_SIDE_LOST.match(sentence, m.end())
                if side and _number(side.group(1)) is not None:
                    value, phrase = value + _number(side.group(1)), phrase + side.group()
            if pattern is _KILLED_BEFORE:
                more = _AND_MORE.match(sentence, m.end())
                if more and _number(more.group(1)) is not None and not _ANIMALS_COUNTED.match(sentence, more.end(1)):
                    value, phrase = value + _number(more.group(1)), phrase + more.group()
                one_more = _AND_ONE_MORE.match(sentence, more.end() if more else m.end())
                if one_more:
                    value, phrase = value + 1, phrase + one_more.group()
                kin, kin_phrase = _kin_after(sentence, m.end())
                value, phrase = value + kin, phrase + kin_phrase
                himself = _AND_HIMSELF.match(sentence, m.end())
                if himself:
                    value, phrase = value + 1, phrase + himself.group()
            found.append((m.start(), m.end(), min(value, MAX_FATALITIES), phrase))
    # "27 ISIS members and 10 SDF fighters have been killed": coordinated counts add up
    coordinated = _COORDINATED.search(sentence) if _may_match(_COORDINATED, sentence) else None
    if coordinated and not _WOUNDED_ONLY.search(coordinated.group()):  # not "5 were wounded and 2 killed"
        a, b = _number(coordinated.group(1)), _number(coordinated.group(2))
        if a is not None and b is not None:
            return min(a + b, MAX_FATALITIES), coordinated.group()
    bomber = _BOMBER.search(sentence)
    if bomber:  # "killing himself and two fighters": the bomber counts (ACLED counts the attacker)
        count = bomber.group(1) or bomber.group(2)
        others = _number(count) if count else 0
        if others is not None and (not found or others + 1 >= max(f[2] for f in found)):
            return min(others + 1, MAX_FATALITIES), bomber.group()
    # a count of many days: beside the event's own ("killed five members of one family in Tanita, ... which said
    # more than 700 civilians had been killed on the coast in two days" is five), or the running toll the event
    # adds to ("shot dead a young man ..., bringing to 14 the number killed since the start of the year" is one)
    toll = len(found) == 1 and RUNNING_TOLL.search(sentence, 0, found[0][0]) is not None
    if len(found) == 1 and _TALLY_BEFORE.search(sentence, max(0, found[0][0] - TALLY_REACH_CHARS), found[0][0]):
        found = []  # "a man was shot dead ...; the monitor's tally for the area since January stands at 40 killed": one
    if len(found) > 1 or toll:
        own = [f for f in found if not any(why == "aggregate" for why, _, _ in
                                           _not_incident_phrases(sentence[f[1]:f[1] + TALLY_REACH_CHARS]))]
        found = own if own or toll else found
    # ... but not beside a toll, which counts them already ("one more died, bringing to three the number killed")
    told_toll = RUNNING_TOLL.search(sentence) is not None or (_may_match(_TOLL_NOW, sentence)
                                                              and _TOLL_NOW.search(sentence) is not None)
    # "killing 3 soldiers; 2 HTS fighters also died": 5
    also = [] if told_toll else [f for f in found if ADDED_DEAD.search(f[3])]
    if also and len(also) < len(found):
        main = max((f for f in found if f not in also), key=lambda f: f[2])
        found = [(main[0], main[1], min(main[2] + sum(f[2] for f in also), MAX_FATALITIES),
                  " ... ".join([main[3]] + [f[3] for f in also]))]
    if found:
        start, end, value, phrase = max(found, key=lambda f: f[2])
        bomber = _BOMBER_TOO.search(sentence) if "himself" not in phrase else None
        return (value + 1, f"{phrase} ... {bomber.group()}") if bomber else (value, phrase)
    bomber = _BOMBER_TOO.search(sentence)
    if bomber:  # "...; the bomber also died": one
        return 1, bomber.group()
    pair = _KIN_PAIR.search(sentence)
    if pair:
        return 2, pair.group()
    named = _NAMED_DEAD.search(sentence)
    if named:  # "X, Y and Z were killed": as many as named
        return min(len(_NAME_SEPARATOR.split(named.group("names"))), MAX_FATALITIES), named.group()
    for pattern in (_ONE_KILLED, _HEADLINE_ONE, _KILLED_ONE, _KILLED_ONE_CLIPPED, _KILLED_PERSON, _ONE_DEATH,
                    _PRONOUN_KILLED, _ONE_DIED,
                    _KILLING_HIM, _TO_DEATH, _BODY_FOUND, _DEATH_OF_ONE):
        m = pattern.search(sentence)
        if m and m.group().lower().startswith(("killing", "death")) \
                and _CAUSE_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # the cause the sentence's event answers: "burned tyres over the killing of a sheikh"
        if m:
            if pattern is _BODY_FOUND and _NO_VIOLENCE.search(sentence):
                break
            if pattern is _TO_DEATH:
                who = m.group("who")
                if _TWO_OF_THEM.search(who):
                    return 2, m.group()
                count = next((n for w in who.split() if w.lower() not in ("a", "an")
                              and (n := _number(w)) is not None), None)
                return count or 1, m.group()
            if pattern is _KILLED_ONE:  # "shot dead a man and his son", "... and her two children", "... and a woman"
                kin, kin_phrase = _kin_after(sentence, m.end())
                person = _AND_PERSON.match(sentence, m.end()) if not kin else None
                if kin or person:
                    return min(1 + (kin or 1), MAX_FATALITIES), m.group() + (kin_phrase or person.group())
            if pattern is _KILLING_HIM:  # "killing him and his son"
                kin, kin_phrase = _kin_after(sentence, m.end())
                return min(1 + kin, MAX_FATALITIES), m.group() + kin_phrase
            two = _AND_KIN.search(m.group()) or (pattern is _ONE_KILLED and m.group("and_person"))
            return (2 if two else 1), m.group()
    if _UNKNOWN.search(sentence):
        return None, "an unknown number"
    m = _NONE.search(sentence)
    if m:
        return 0, m.group()
    return None, ""


def _kin_after(sentence: str, end: int) -> tuple[int, str]:
    """The kin killed with the victim just counted: "... and his son" one more, "... and her two children" two."""
    kin = _AND_KIN.match(sentence, end)
    if kin:
        return 1, kin.group()
    many = _AND_KIN_MANY.match(sentence, end)
    count = _number(many.group(many.lastindex)) if many else None
    if count is not None and many.group("spouse"):
        count += 1  # "a Bedouin man, his wife and their three children": four with him
    return (count, many.group()) if count is not None else (0, "")


_CLAIM = compile_guarded(r"\b(claimed|claims|claiming|said it|said they|it said|purporting)\b", re.I)


_AMAQ = compiled(r"\bAmaq\b")


def claimant(sentence: str, found_actors: list[Actor]) -> str:
    """Who alone claims the number: the actor just before 'claimed'/'it said'."""
    m = _CLAIM.search(sentence)
    if not m:
        return ""
    if _AMAQ.search(sentence):
        return "Islamic State"
    before = [a for a in found_actors if a.end <= m.start() + (found_actors[0].start - found_actors[0].start)]
    return before[-1].canonical if before else ""
