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

from .regex_cache import compiled
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


_COUNT_AFTER_NUMBER = compiled(r"\s*(?:km|kilomet|miles|people|civilians|fighters)")  # "20 km", not "May 20"
_RELATIVE_DAYS = tuple((kind, compile_guarded(pattern)) for kind, pattern in (
    ("yesterday", r"\byesterday\b|\blast night\b|\bovernight\b"), ("today", r"\b(today|this morning|this afternoon|this evening|tonight|moments ago|(?:an|one|two|three) hours? ago|"
              r"minutes ago)\b"),
    ("last week", r"\b(earlier )?last week\b"),
    ("calendar week", r"\b(earlier this week|this week)\b"),
    ("this week", r"\b(past week|last few days|recent days|past few days|last two weeks|past two weeks)\b"),
    ("last month", r"\blast month\b"), ("this month", r"\b(earlier this month|this month)\b")))
_RECENT = compile_guarded(r"\brecent(?:ly)?\b")
# a word every _RELATIVE_DAYS and _RECENT phrase starts with or holds: most sentences have none, and skip those seven
_RELATIVE_WORD = compile_guarded(r"\b(?:yesterday|last|today|this|tonight|earlier|past|recent|overnight|moments|hours?|"
                                 r"minutes)")

# numbers: "2026-01-23"; "23/03/2013", "18.02.2018" day first, as Syrian and European sources write them (month
# first only where the first number cannot be a month); "(26/1)" or "on 26/1" without a year; "on the 3rd"
_ISO_DATE = compile_guarded(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC_DATE = compile_guarded(r"(?<![\d.,/])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])")
_DAY_SLASH_MONTH = compile_guarded(r"(?:\bon\s+|\()(\d{1,2})/(\d{1,2})(?=\)|[\s,;]|\.(?!\d)|$)")
_ORDINAL_DAY = compile_guarded(r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MONTH + ")")
# ranges: "between 3 and 5 November", "from 1 to 4 September 2025", "21-23 February", "between 30 December and
# 2 January"; "from Monday to Wednesday", "between Tuesday and Friday"; a night between two days is the first
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_BETWEEN_DAYS = compile_guarded(r"\b[Bb]etween\s+" + _DAY + r"(?:\s+" + _MONTH + r")?\s+and\s+" + _DAY + r"\s+" + _MONTH
                                + r"(?:,?\s+(\d{4}))?\b")
_FROM_DAYS = compile_guarded(r"(?:\b(?:[Ff]rom|night\s+of)\s+" + _DAY + r"(?:\s+" + _MONTH + r")?\s+(?:to|until|till|through)\s+|\b"
                             + _DAY + r"(?:\s+" + _MONTH + r")?\s*[-–]\s*)" + _DAY + r"\s+" + _MONTH
                             + r"(?:,?\s+(\d{4}))?\b")
_MONTH_FIRST_DAYS = compile_guarded(r"\b" + _MONTH + r"\s+" + _DAY + r"\s*[-–]\s*" + _DAY + r"\b(?:,?\s+(\d{4}))?")
_WEEKDAYS_RANGE = Prefiltered(compile_guarded(
    r"\b(?:(?:the\s+)?(night)\s+(?:of|between)\s+|(overnight)\s+(?:from\s+)?|between\s+|from\s+)"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|evening))?\s*(?:-|–|to|and|until|till)\s*"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I))
_DAYS_AGO = compile_guarded(r"\b(a|one|two|three|four|five|six|[1-6])\s+days?\s+ago\b|\b(the day before yesterday)\b",
                            re.I)
_PAST_DAY = compile_guarded(r"\b(?:during|in|over|within)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours\b", re.I)
# a part of a month or a year: "early July", "mid-February", "late March 2019", "the end of last month", "early 2012"
_PART = r"([Ee]arly-?|[Mm]id-?|[Ll]ate-?|[Tt]he\s+(?:start|beginning|middle|end)\s+of)"
_PART_OF_MONTH = compile_guarded(r"\b" + _PART + r"\s*" + _MONTH + r"(?:,?\s+(\d{4}))?\b")
_PART_OF_RELATIVE_MONTH = compile_guarded(r"\b" + _PART + r"\s+(last|this|the)\s+month\b", re.I)
# "the first week of April", "in the second week of last month"
_WEEK_OF_MONTH = compile_guarded(r"\b(first|second|third|fourth|last)\s+week\s+of\s+(?:(last|this|the)\s+month\b|"
                                 + _MONTH + r"(?:,?\s+(\d{4}))?\b)", re.I)
_PART_OF_YEAR = compile_guarded(r"\b" + _PART + r"\s*(\d{4})\b", re.I)
_PART_WORDS = ("early", "mid", "late", "start", "beginning", "middle", "end of")
_DIGIT = compiled(r"\d")


def _first_weekdays(sentence: str) -> list:
    """The sentence's first two weekdays (a statement's day and the event's: "said on Wednesday that on Sunday")."""
    found = []
    for m in _WEEKDAY.finditer(sentence):
        found.append(m)
        if len(found) == 2:
            break
    return found


_DAYS_AGO_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
WIDE_RANGE_DAYS = 11  # a range up to this many days long (a third of a month) is known to the week: precision 2


@lru_cache(maxsize=8192)
def _date_clues(sentence: str) -> tuple:
    """Every date phrase the sentence holds, in the order ``resolve_date`` weighs them.

    Reading the sentence does not need the publication date, so it is cached
    per sentence: the same sentence in articles published on different days is
    read once. Each clue is (kind, values...). A range comes first: it holds a
    full date or a weekday that is only one of its ends. Dates the words before
    them make another thing's (a report's period, an anniversary, a dateline)
    come last.
    """
    clues = []
    others = []  # a report's period, an anniversary: weighed after every other clue
    set_aside = (0, 0)
    # each pattern only where what it needs is there (most sentences hold no date): read once, a few C calls
    digits = _DIGIT.search(sentence) is not None
    lowered = sentence.lower()
    m = (_BETWEEN_DAYS.search(sentence) or _FROM_DAYS.search(sentence)) if digits else None
    if m:  # (first day, its month or None, last day, its month, year or None, a night between the two)
        groups = m.groups()
        if len(groups) == 7:  # _FROM_DAYS: its first day and month are in one of two places
            groups = (groups[0] or groups[2], groups[1] or groups[3], *groups[4:])
        other = _other_date(sentence, m.start())
        (others if other else clues).append(("range", *groups, m.group().lower().startswith("night")))
        if other:
            set_aside = m.span()  # "covering 8-14 March": neither end is the event's day
    elif digits and (m := _MONTH_FIRST_DAYS.search(sentence)):  # "September 22-26"
        (others if _other_date(sentence, m.start()) else clues).append(
            ("range", m[2], m[1], m[3], m[1], m[4], False))
    m = _WEEKDAYS_RANGE.search(sentence)
    if m:
        clues.append(("weekday range", m[3].lower(), m[4].lower(), bool(m[1] or m[2])))
    for m in (FULL_DATE.finditer(sentence) if digits else ()):
        day, month, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
        (others if _other_date(sentence, m.start()) else clues).append(
            ("full", day, month, year, _claims_date(sentence, m.start())))
    m = _ISO_DATE.search(sentence) if digits and "-" in sentence else None
    if m:
        clues.append(("numeric", m[3], m[2], m[1], _claims_date(sentence, m.start())))
    m = _NUMERIC_DATE.search(sentence) if digits and ("/" in sentence or "." in sentence) else None
    if m:
        day, month = (m[1], m[3]) if int(m[1]) > 12 or int(m[3]) <= 12 else (m[3], m[1])
        year = m[4] if len(m[4]) == 4 else "20" + m[4]
        clues.append(("numeric", day, month, year, _claims_date(sentence, m.start())))
    m = next((m for m in _DAY_MONTH.finditer(sentence) if not set_aside[0] <= m.start() < set_aside[1]),
             None) if digits else None
    if m and not _COUNT_AFTER_NUMBER.match(sentence, m.end()):
        month, day = (m[1], m[2]) if m[1] else (m[4], m[3])
        (others if _other_date(sentence, m.start()) else clues).append(
            ("day", month, day, _claims_date(sentence, m.start())))
    m = ((_DAY_SLASH_MONTH.search(sentence) if "/" in sentence else None)
         or (_ORDINAL_DAY.search(sentence) if "the " in lowered else None)) if digits else None
    if m:
        clues.append(("day of month", m[1], m[2] if len(m.groups()) > 1 else None, _claims_date(sentence, m.start())))
    for m in _first_weekdays(sentence):  # two at most: "said on Wednesday that on Sunday ..."
        clues.append(("weekday", m[1].lower(), m.group().strip(), _claims_date(sentence, m.start())))
    m = _DAYS_AGO.search(sentence) if " ago" in lowered or "the day before" in lowered else None
    if m:
        clues.append(("days ago", 2 if m[2] else int(_DAYS_AGO_COUNT.get(m[1].lower(), m[1]))))
    if "hours" in lowered and _PAST_DAY.search(sentence):
        clues.append(("past day",))
    part = any(word in lowered for word in _PART_WORDS)
    m = (_PART_OF_MONTH.search(sentence) or _PART_OF_RELATIVE_MONTH.search(sentence)) if part else None
    if m:  # before the relative days: "the end of last month" is not all of last month
        clues.append(("part of month", _part(m[1]), m[2].lower(), m[3] if len(m.groups()) > 2 else None))
    m = _WEEK_OF_MONTH.search(sentence) if "week of" in lowered else None
    if m:  # "the first week of April": (which week, the month as "last"/"this" or its name, year)
        clues.append(("week of month", m[1].lower(), (m[2] or m[3]).lower(), m[4]))
    m = _PART_OF_YEAR.search(sentence) if digits and part else None
    if m:
        clues.append(("part of year", _part(m[1]), m[2]))
    relative = _RELATIVE_WORD.search(lowered) is not None
    for kind, pattern in _RELATIVE_DAYS if relative else ():
        m = pattern.search(lowered)
        if m:  # (kind, two weeks said, "earlier" said: "earlier this week" is before the day of publication)
            clues.append((kind, "two weeks" in lowered, m.group().startswith("earlier")))
    m = _IN_MONTH.search(sentence)
    if m:
        clues.append(("in month", m[1]))
    if relative and _RECENT.search(lowered):
        clues.append(("recent",))
    return tuple(clues + others)
@lru_cache(maxsize=16384)  # asked of a sentence and of each of its clauses; DateGuess is immutable
def resolve_date(sentence: str, published: date | None, precision: str) -> DateGuess:
    """The event date a sentence states, resolved against the publication date.

    Weekdays and "last week" need a publication date; their precision follows
    how well that date is known (day -> 1, week -> 2, month -> 3). The first
    clue (``_date_clues``) that gives a real date decides.
    """
    pub_precision = _PRECISION_OF.get(precision, 3)
    said = None  # a statement's day ("the ministry said on Thursday"): the event's only if the sentence says no other
    for clue in _date_clues(sentence):
        try:
            guess = _resolve(clue, published, pub_precision)
        except ValueError:  # "31 February", "on 45/3": no such day; the next clue may say
            continue
        if guess is not None and guess.claim and guess.event_date is not None:
            said = said or guess
        elif guess is not None:
            return guess
    return said or _undated(published, pub_precision)


def _resolve(clue: tuple, published: date | None, pub_precision: int) -> DateGuess | None:
    """One clue's date; one that needs the publication date, where there is none, says so."""
    kind = clue[0]
    if kind in ("full", "numeric"):
        _, day, month, year, claim = clue
        number = int(month) if kind == "numeric" else _month_number(month)
        return DateGuess(date(int(year), number, int(day)), 1, explicit=True, reason=f"{kind} date", claim=claim)
    if kind == "range" and (clue[5] or published is not None):
        _, first_day, first_month, last_day, last_month, year, night = clue
        last = (date(int(year), _month_number(last_month), int(last_day)) if year
                else _on_or_before(published, _month_number(last_month), int(last_day)))
        start = _range_start(last, first_day, first_month)
        if night:  # "the night of 19 to 20 March": the first day
            return DateGuess(start, 1, explicit=True, reason="a night between two days")
        return _span(start, last, "a range of days")
    if published is None:
        return DateGuess(None, None, reason="no publication date")
    if kind == "weekday range":
        _, first, last, night = clue
        end = published - timedelta(days=(published.weekday() - WEEKDAYS.index(last)) % 7)
        start = end - timedelta(days=(WEEKDAYS.index(last) - WEEKDAYS.index(first)) % 7)
        if night:  # "overnight Tuesday to Wednesday", "the night between Saturday and Sunday": the first day
            return DateGuess(start, max(1, pub_precision) if pub_precision < 3 else 2, explicit=True,
                             reason="a night between two days")
        return _span(start, end, "a range of weekdays")
    if kind == "day":
        _, month, day, claim = clue
        return DateGuess(_on_or_before(published, _month_number(month), int(day)), 1, explicit=True,
                         reason="day and month", claim=claim)
    if kind == "day of month":  # "(26/1)", "on the 3rd": this month's, or last month's if that is still to come
        _, day, month, claim = clue
        if month is not None:
            when = _on_or_before(published, int(month), int(day))
        elif int(day) <= published.day + 3:
            when = date(published.year, published.month, int(day))
        else:
            when = date(*_month_before(published), int(day))
        return DateGuess(when, 1, explicit=True, reason="day of the month", claim=claim)
    if kind == "weekday":
        _, name, phrase, claim = clue
        back = (published.weekday() - WEEKDAYS.index(name)) % 7
        when = published - timedelta(days=back)
        if phrase.lower().startswith("since"):  # "a strike has run since Saturday": from then to publication
            return _span(when, published, f"'{phrase}' to the publication date")
        guess = DateGuess(when, max(1, pub_precision) if pub_precision < 3 else 2, explicit=True,
                          reason=f"'{phrase}' before the publication date", claim=claim)
        if pub_precision >= 2:
            guess = replace(guess, date_start=published - timedelta(days=7), date_end=published)
        return guess
    if kind == "days ago":
        return DateGuess(published - timedelta(days=clue[1]), pub_precision, explicit=True, reason="days ago")
    if kind == "past day":
        return _span(published - timedelta(days=1), published, "the past 24 hours")
    if kind == "yesterday":
        return DateGuess(published - timedelta(days=1), pub_precision, explicit=True, reason="yesterday")
    if kind == "today":
        return DateGuess(published, pub_precision, explicit=True, reason="today")
    if kind == "last week":  # the Monday to Sunday before the publication's week; "earlier last week" to Wednesday
        monday = published - timedelta(days=published.weekday() + 7)
        return _span(monday, monday + timedelta(days=2 if clue[2] else 6), "last week")
    if kind == "calendar week":  # "this week" from its Monday; "earlier this week" up to the day before publication
        monday = published - timedelta(days=published.weekday())
        end = max(monday, published - timedelta(days=1)) if clue[2] else published
        return replace(_span(monday, end, "within the week(s) before publication"), time_precision=2)
    if kind == "this week":
        span = 14 if clue[1] else 7
        return DateGuess(published - timedelta(days=span // 2), 2, published - timedelta(days=span), published,
                         explicit=True, reason="within the week(s) before publication")
    if kind == "last month":
        first, last = _month_range(*_month_before(published))
        return DateGuess(first + timedelta(days=14), 3, first, last, explicit=True, reason="last month")
    if kind == "this month":
        first, last = _month_range(published.year, published.month)
        if clue[2]:  # "earlier this month": from its first day to the day before publication
            return _span(first, max(first, published - timedelta(days=1)), "this month")
        return DateGuess(min(published, first + timedelta(days=14)), 3, first, min(last, published),
                         explicit=True, reason="this month")
    if kind == "part of month":
        _, part, month, year = clue
        if month in ("last", "this", "the"):  # "the end of last month", "the beginning of the month"
            year, number = _month_before(published) if month == "last" else (published.year, published.month)
        else:
            number = _month_number(month)
            year = int(year) if year else (published.year if number <= published.month else published.year - 1)
        first, last = _month_range(year, number)
        start, end = {"early": (first, first + timedelta(days=9)),
                      "mid": (first + timedelta(days=10), first + timedelta(days=19)),
                      "late": (first + timedelta(days=20), last)}[part]
        return _span(start, end, f"{part} in the month")
    if kind == "week of month":  # "the first week of April": days 1-7, ..., the last week the month's last seven
        _, which, month, year = clue
        if month in ("last", "this", "the"):
            year, number = _month_before(published) if month == "last" else (published.year, published.month)
        else:
            number = _month_number(month)
            year = int(year) if year else (published.year if number <= published.month else published.year - 1)
        first, last = _month_range(year, number)
        start = last - timedelta(days=6) if which == "last" else first + timedelta(
            days=7 * ("first", "second", "third", "fourth").index(which))
        return _span(start, start + timedelta(days=6), f"the {which} week of the month")
    if kind == "part of year":
        _, part, year = clue
        first_month, last_month = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return _span(date(int(year), first_month, 1), _month_range(int(year), last_month)[1], f"{part} in the year")
    if kind == "in month":
        month = _month_number(clue[1])
        year = published.year if month <= published.month else published.year - 1
        first, last = _month_range(year, month)
        return DateGuess(first + timedelta(days=14) if last < published else first, 3, first, last,
                         explicit=True, reason=f"in {clue[1]}")
    if kind == "recent":
        return DateGuess(published, max(2, pub_precision), published - timedelta(days=30), published,
                         explicit=True, reason="recently")
    return None


def _span(start: date, end: date, reason: str) -> DateGuess:
    """A date the text only bounds: the middle day, as ACLED codes one, and a precision for how wide it is."""
    days = (end - start).days
    precision = 1 if days <= 0 else 2 if days < WIDE_RANGE_DAYS else 3
    return DateGuess(start + timedelta(days=days // 2), precision, start if days > 0 else None,
                     end if days > 0 else None, explicit=True, reason=reason)


def _on_or_before(published: date, month: int, day: int) -> date:
    """That day in the year of publication, or the year before if it was still to come (a few days' slack for
    a report dated a little ahead of its events)."""
    when = date(published.year, month, day)
    return when if when <= published + timedelta(days=3) else date(published.year - 1, month, day)


def _range_start(last: date, first_day: str, first_month: str | None) -> date:
    """A range's first day, before its last: "30 December and 2 January" crosses a year."""
    month = _month_number(first_month) if first_month else last.month
    start = date(last.year, month, int(first_day))
    return start if start <= last else date(last.year - 1, month, int(first_day))


def _month_before(day: date) -> tuple[int, int]:
    return (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)


def _part(phrase: str) -> str:
    """ "early", "mid" or "late" for a part of a month or a year however written ("the end of" is late)."""
    word = re.sub(r"\s+", " ", phrase.lower()).rstrip("-")
    return {"the start of": "early", "the beginning of": "early", "the middle of": "mid", "the end of": "late"}.get(
        word, word)


@lru_cache(maxsize=1024)
def _undated(published: date | None, pub_precision: int) -> DateGuess:
    """The guess for a sentence that gives no date: the article's, one object for all its undated sentences."""
    if published is None:
        return DateGuess(None, None, reason="no publication date")
    return DateGuess(published, max(2, pub_precision), reason="undated: publication date",
                     date_start=published - timedelta(days=7) if pub_precision <= 2 else None,
                     date_end=published if pub_precision <= 2 else None)


def _claims_date(sentence: str, position: int) -> bool:
    """"On August 20, ISIS claimed responsibility" dates the claim, not the attack; so does "the ministry said on
    Thursday"."""
    if _SAID_BEFORE.search(sentence, max(0, position - 30), position):
        return True
    after = sentence[position:position + 60].lower()
    said = _CLAIM_WORD.search(after)
    if said is None or _EVENT_WORD.search(after):
        return False
    # "... on Saturday, killing 3 civilians, activists said.": who told it, at the sentence's end; not a claim's day
    return not (position + said.end() >= len(sentence.rstrip(" .;\"”)")))


def _other_date(sentence: str, position: int) -> bool:
    """A date the words before it make a report's period, an anniversary or a wire story's dateline, not the
    event's."""
    return (_OTHER_DATE_BEFORE.search(sentence, max(0, position - 30), position) is not None
            or (position < 40 and _DATELINE_BEFORE.fullmatch(sentence, 0, position) is not None))


_CLAIM_WORD = compile_guarded(r"\b(claimed|announced|said|released|published|reported)\b")
# "the civil defence said late on Saturday", "The governor said on Saturday that ...": the statement's day
_SAID_BEFORE = compiled(r"\b(?:said|says|announced|reported|stated|confirmed|added|told\s+\w+(?:\s+\w+)?)\s+$", re.I)
# "In its report covering 8-14 March", "the anniversary of the 11 August 2023 massacre": no event's date
_OTHER_DATE_BEFORE = compiled(r"\b(?:covering|anniversary\s+of(?:\s+the)?|since)\s+\(?$", re.I)
_DATELINE_BEFORE = compiled(r"\s*[A-Z][A-Z .'’-]+,\s*")  # "BEIRUT, Nov. 2 (Reuters) -": the day it was filed
_EVENT_WORD = compile_guarded(r"\b(took place|happened|occurred|killed|struck|attacked)\b")
