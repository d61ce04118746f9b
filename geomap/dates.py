"""Dates: when a sentence says its event happened, resolved against the day the article was published.

A sentence's date phrases are read once (``_date_clues``, cached per sentence: the same wire sentence
published on different days is one reading) and weighed in order by ``resolve_date``. A date the text only
bounds (a range, "last week", "early July", "in March") is its range, with the middle as the day, as ACLED
codes a date known to a week or a month, and a precision that says how wide it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from .patterns import Prefiltered, compile_guarded

__all__ = ["DateGuess", "resolve_date", "FULL_DATE", "MONTHS", "WEEKDAYS"]

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_PRECISION_OF = {"day": 1, "week": 2, "month": 3, "year": 3, "unknown": 3}


@dataclass(frozen=True)  # immutable: resolve_date's answers are cached and shared
class DateGuess:
    event_date: date | None
    time_precision: int | None
    date_start: date | None = None
    date_end: date | None = None
    explicit: bool = False  # the sentence itself says when
    reason: str = ""
    claim: bool = False  # the date of a claim or statement, not of the event


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    for i, name in enumerate(MONTHS, start=1):
        if name.startswith(word[:3]):
            return i
    raise ValueError(word)


def _month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


FULL_DATE = compile_guarded(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})\b|\b" + _MONTH
                        + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_MONTH = compile_guarded(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})|\b(\d{1,2})(?:st|nd|rd|th)?\s+"
                        r"(?:of\s+)?" + _MONTH + r"\b")
_WEEKDAY = Prefiltered(compile_guarded(r"\b(?:late |early |on |last |this |since |by )?(?:on\s+)?"
                      r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I))
_IN_MONTH = compile_guarded(r"\b(?:in|during|since|early|late|mid-?)\s+" + _MONTH + r"\b(?!\s+\d)")


_COUNT_AFTER_NUMBER = re.compile(r"\s*(?:km|kilomet|miles|people|civilians|fighters)")  # "20 km", not "May 20"
_RELATIVE_DAYS = tuple((kind, compile_guarded(pattern)) for kind, pattern in (
    ("yesterday", r"\byesterday\b|\blast night\b"), ("today", r"\b(today|this morning|tonight)\b"),
    ("last week", r"\b(earlier )?last week\b"),
    ("this week", r"\b(earlier this week|this week|past week|last few days|recent days|"
                  r"past few days|last two weeks|past two weeks)\b"),
    ("last month", r"\blast month\b"), ("this month", r"\b(earlier this month|this month)\b")))
_RECENT = compile_guarded(r"\brecent(?:ly)?\b")
# a word every _RELATIVE_DAYS and _RECENT phrase starts with or holds: most sentences have none, and skip those seven
_RELATIVE_WORD = compile_guarded(r"\b(?:yesterday|last|today|this|tonight|earlier|past|recent)")


@lru_cache(maxsize=8192)
def _date_clues(sentence: str) -> tuple:
    """Every date phrase the sentence holds, in the order ``resolve_date`` weighs them.

    Reading the sentence does not need the publication date, so it is cached
    per sentence: the same sentence in articles published on different days is
    read once. Each clue is (kind, values...).
    """
    clues = []
    m = FULL_DATE.search(sentence)
    if m:
        day, month, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
        clues.append(("full", day, month, year, _claims_date(sentence, m.start())))
    m = _DAY_MONTH.search(sentence)
    if m and not _COUNT_AFTER_NUMBER.match(sentence, m.end()):
        month, day = (m[1], m[2]) if m[1] else (m[4], m[3])
        clues.append(("day", month, day, _claims_date(sentence, m.start())))
    m = _WEEKDAY.search(sentence)
    if m:
        clues.append(("weekday", m[1].lower(), m.group().strip(), _claims_date(sentence, m.start())))
    lowered = sentence.lower()
    relative = _RELATIVE_WORD.search(lowered) is not None
    for kind, pattern in _RELATIVE_DAYS if relative else ():
        if pattern.search(lowered):
            clues.append((kind, "two weeks" in lowered))
    m = _IN_MONTH.search(sentence)
    if m:
        clues.append(("in month", m[1]))
    if relative and _RECENT.search(lowered):
        clues.append(("recent",))
    return tuple(clues)


@lru_cache(maxsize=16384)  # asked of a sentence and of each of its clauses; DateGuess is immutable
def resolve_date(sentence: str, published: date | None, precision: str) -> DateGuess:
    """The event date a sentence states, resolved against the publication date.

    Weekdays and "last week" need a publication date; their precision follows
    how well that date is known (day -> 1, week -> 2, month -> 3). The first
    clue (``_date_clues``) that gives a real date decides.
    """
    pub_precision = _PRECISION_OF.get(precision, 3)
    for clue in _date_clues(sentence):
        kind = clue[0]
        if kind == "full":
            _, day, month, year, claim = clue
            try:
                return DateGuess(date(int(year), _month_number(month), int(day)), 1, explicit=True,
                                 reason="full date", claim=claim)
            except ValueError:
                continue
        if published is None:
            return DateGuess(None, None, reason="no publication date")
        if kind == "day":
            _, month, day, claim = clue
            try:
                when = date(published.year, _month_number(month), int(day))
                if when > published + timedelta(days=3):
                    when = date(published.year - 1, when.month, when.day)
                return DateGuess(when, 1, explicit=True, reason="day and month", claim=claim)
            except ValueError:
                continue
        if kind == "weekday":
            _, name, phrase, claim = clue
            back = (published.weekday() - WEEKDAYS.index(name)) % 7
            when = published - timedelta(days=back)
            guess = DateGuess(when, max(1, pub_precision) if pub_precision < 3 else 2, explicit=True,
                              reason=f"'{phrase}' before the publication date", claim=claim)
            if pub_precision >= 2:
                guess = replace(guess, date_start=published - timedelta(days=7), date_end=published)
            return guess
        if kind == "yesterday":
            return DateGuess(published - timedelta(days=1), pub_precision, explicit=True, reason="yesterday")
        if kind == "today":
            return DateGuess(published, pub_precision, explicit=True, reason="today")
        if kind == "last week":
            return DateGuess(published - timedelta(days=10), 2, published - timedelta(days=14),
                             published - timedelta(days=5), explicit=True, reason="last week")
        if kind == "this week":
            span = 14 if clue[1] else 7
            return DateGuess(published - timedelta(days=span // 2), 2, published - timedelta(days=span), published,
                             explicit=True, reason="within the week(s) before publication")
        if kind == "last month":
            year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
            first, last = _month_range(year, month)
            return DateGuess(first + timedelta(days=14), 3, first, last, explicit=True, reason="last month")
        if kind == "this month":
            first, last = _month_range(published.year, published.month)
            return DateGuess(min(published, first + timedelta(days=14)), 3, first, min(last, published),
                             explicit=True, reason="this month")
        if kind == "in month":
            month = _month_number(clue[1])
            year = published.year if month <= published.month else published.year - 1
            first, last = _month_range(year, month)
            return DateGuess(first + timedelta(days=14) if last < published else first, 3, first, last,
                             explicit=True, reason=f"in {clue[1]}")
        if kind == "recent":
            return DateGuess(published, max(2, pub_precision), published - timedelta(days=30), published,
                             explicit=True, reason="recently")
    return _undated(published, pub_precision)


@lru_cache(maxsize=1024)
def _undated(published: date | None, pub_precision: int) -> DateGuess:
    """The guess for a sentence that gives no date: the article's, one object for all its undated sentences."""
    if published is None:
        return DateGuess(None, None, reason="no publication date")
    return DateGuess(published, max(2, pub_precision), reason="undated: publication date",
                     date_start=published - timedelta(days=7) if pub_precision <= 2 else None,
                     date_end=published if pub_precision <= 2 else None)


def _claims_date(sentence: str, position: int) -> bool:
    """"On August 20, ISIS claimed responsibility" dates the claim, not the attack."""
    after = sentence[position:position + 60].lower()
    return bool(_CLAIM_WORD.search(after)) and not _EVENT_WORD.search(after)


_CLAIM_WORD = compile_guarded(r"\b(claimed|announced|said|released|published|reported)\b")
_EVENT_WORD = compile_guarded(r"\b(took place|happened|occurred|killed|struck|attacked)\b")
