"""Read articles from the inputs users have, and mask page furniture.

Inputs: ``.txt`` files or folders of them (an optional ``metadata.csv`` beside
them gives outlet, published date and url), ``.jsonl`` (one article a line:
``id``, ``text``, ``published``, ``outlet``, ``url``; other fields kept),
``.csv`` with the same columns, an ACLED export (its ``notes`` read as the
texts), and ``-`` for standard input.

Web pages (``.html``/``.htm``, or any text input that is really HTML) are
reduced to their main text first, so for them ``Article.text`` is that
extracted text and offsets point into it, not into the HTML.

Cleaning never deletes text: furniture (banners, captions, link blocks,
footers, e-mail addresses) is overwritten with spaces, so every character
offset into ``Article.clean`` is also an offset into ``Article.text``.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator

from .regex_cache import compiled
from .errors import InputError
from .language import language_of
from .patterns import Prefiltered

__all__ = ["Article", "read_articles", "clean_text", "parse_published", "one_line"]

PRECISIONS = {"day": 1, "week": 2, "month": 3, "year": 4}


@dataclass
class Article:
    """One article: its text, the same text with furniture blanked, and metadata.

    ``text`` is the text as read; for a web page, the main text extracted from it
    (offsets point into that, not into the HTML). ``language`` is an ISO 639-1
    code, or "" when unsure (see ``geomap.language``).
    """

    id: str
    text: str
    published: date | None = None
    date_precision: str = "unknown"  # day / week / month / unknown
    outlet: str = ""
    url: str = ""
    origin: str = ""  # file (and line) it came from
    extra: dict = field(default_factory=dict)
    clean: str = ""
    language: str = ""
    prepared: bool = True  # False: clean, language and a date in the text are left for ``prepare``

    def __post_init__(self) -> None:
        if not self.prepared:
            return
        if not self.clean:
            self.clean = clean_text(self.text)
        if not self.language:
            self.language = language_of(self.clean)
        if self.published is None:
            found = published_from_text(self.text)
            if found:
                self.published, self.date_precision = found


    def prepare(self) -> "Article":
        """The article with its cleaned text, language and date found: done where it is read, so the
        process that only hands articles to workers (``geomap extract --jobs``) does not do it.

        What ``replace(self, prepared=True)`` gives, made as a copy of the fields (the same objects) and
        ``__post_init__`` run on it: ``replace`` gathers and checks every field by name, for each article."""
        if self.prepared:
            return self
        article = object.__new__(type(self))
        article.__dict__.update(self.__dict__)
        article.prepared = True
        article.__post_init__()
        return article


# -- decoding --------------------------------------------------------------
BINARY_SAMPLE = 8192  # bytes looked at to tell a binary file from text
BINARY_CONTROL_SHARE = 0.10  # text has tabs and newlines, almost never other control bytes
_LEGACY = ("cp1252", "cp1254", "cp1256", "iso8859_6", "cp1251")  # Western, Turkish, Arabic, Cyrillic
_ARABIC_WORD = compiled(r"[\u0600-\u06FF]{3,}")  # three letters: a word, not a stray byte
_CYRILLIC_WORD = compiled(r"[\u0400-\u04FF]{3,}")
_NON_ASCII_WORD = compiled(r"\w*[^\W\d_a-zA-Z]\w*")  # a word with a letter beyond ASCII


def decode(data: bytes, origin: str) -> str:
    """Text from the bytes of one input, read honestly.

    UTF-16 with a BOM; else UTF-8 (BOM or not). A file that is UTF-8 apart from
    a few stray bytes stays UTF-8: those bytes become U+FFFD and one warning
    names the file, the count and the first offset (reading the whole file as
    cp1252 because of one bad byte would garble every other non-ASCII letter).
    A file with more bad bytes than UTF-8 characters is a legacy encoding:
    cp1256 when it reads as Arabic (what Syrian sources use), else
    charset-normalizer's best guess among a few Windows/ISO code pages, kept
    only if it reads as words of its script. Binary files (NUL bytes, or many
    control bytes in the first ``BINARY_SAMPLE`` bytes) are refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:  # a BOM, then an odd byte or a broken surrogate pair
            raise InputError(f"{origin}: starts with a UTF-16 byte-order mark but is not valid UTF-16 "
                             f"({error.reason} at byte {error.start}); save it again as UTF-8") from None
    if _looks_binary(data[:BINARY_SAMPLE]):
        raise InputError(f"{origin}: looks like a binary file (NUL bytes / control characters); "
                         f"give text, .jsonl or .csv")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")  # each bad byte becomes one lone surrogate
    bad_at = [i for i, ch in enumerate(escaped) if "\udc80" <= ch <= "\udcff"]
    bad, good = len(bad_at), sum(1 for ch in escaped if ch > "\x7f") - len(bad_at)
    first_bad = len(escaped[:bad_at[0]].encode("utf-8", "surrogateescape"))
    if good >= bad:
        warnings.warn(f"{origin}: {bad} byte(s) not valid UTF-8 (the first at byte offset {first_bad}) "
                      f"were replaced with U+FFFD", UnicodeWarning, stacklevel=2)
        return data.decode("utf-8-sig", "replace")
    return _legacy(data, origin, first_bad)


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if (byte < 32 and byte not in b"\t\n\r\f\v") or byte == 127)
    return bool(sample) and controls / len(sample) > BINARY_CONTROL_SHARE


def _legacy(data: bytes, origin: str, first_bad: int) -> str:
    arabic = data.decode("cp1256")  # every byte is defined in cp1256
    words = _NON_ASCII_WORD.findall(arabic)
    arabic_words = sum(re.fullmatch(r"[\u0600-\u06FF]+", w) is not None for w in words)
    if _ARABIC_WORD.search(arabic) and arabic_words >= 0.8 * len(words):
        return arabic  # its non-ASCII words are Arabic words: cp1256, whatever a detector ranks first
    from charset_normalizer import from_bytes

    for match in from_bytes(data, cp_isolation=list(_LEGACY)):
        text = str(match)
        if re.search(r"[\x80-\x9f]", text):
            continue  # C1 control characters: bytes this code page does not define
        readings = set(match.could_be_from_charset)
        if (readings & {"cp1252", "cp1254"} or (readings & {"cp1256", "iso8859_6"} and _ARABIC_WORD.search(text))
                or ("cp1251" in readings and _CYRILLIC_WORD.search(text))):
            return text
    raise InputError(f"{origin}: not UTF-8 (bad byte at offset {first_bad}) and not a legacy encoding "
                     f"geomap recognises; convert it, e.g. iconv -f LATIN1 -t UTF-8")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc


def _open(path: Path, **options):
    """``path.open(**options)``, an unreadable file refused by name."""
    try:
        return path.open(**options)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc


def _read_whole(head: bytes) -> bool:
    """Whether a file starting with ``head`` must be decoded whole (UTF-16 marks, binary-looking bytes)
    rather than read as UTF-8 a line or row at a time."""
    return head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_binary(head)


# -- web pages -------------------------------------------------------------------
_HTML_START = compiled(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_HTML_TAG = compiled(r"<(?:body|p|div)\b[^>]*>", re.I)
HTML_SUFFIXES = (".html", ".htm")
HTML_MIN_TAGS = 3  # an article that quotes one "<p>" is not a web page
_NO_TEXT_TAGS = {"script", "style", "noscript", "template", "svg", "title"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "article", "section", "header",
               "footer", "nav", "aside", "main", "blockquote", "pre", "figure", "figcaption", "form",
               "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dd", "dt", "body"}


def looks_like_html(text: str) -> bool:
    """A saved web page, whatever its file is called: a doctype or <html> first, or many <p>/<div>/<body> tags."""
    return bool(_HTML_START.match(text)) or len(_HTML_TAG.findall(text, 0, 200_000)) >= HTML_MIN_TAGS


def html_text(page: str) -> tuple[str, dict]:
    """The main text of a web page, and what the page says of itself (title, sitename, date, url).

    trafilatura finds the article among navigation, link lists and reader
    comments; script and style content never reaches the text. Its date is
    taken from the page's markup only, never guessed from dates in the text.
    When trafilatura finds nothing (or is not installed) the tags are stripped
    instead, with scripts and styles dropped.
    """
    text, found = "", {}
    try:
        import logging

        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its 'empty HTML tree' notes are not ours
    except ImportError:
        trafilatura = None
    if trafilatura is not None:
        doc = trafilatura.bare_extraction(page, include_comments=False, with_metadata=True,
                                          date_extraction_params={"extensive_search": False, "original_date": True})
        if doc is not None:
            doc = doc.as_dict() if hasattr(doc, "as_dict") else doc  # a Document from trafilatura 2, a dict before
            text = doc.get("text") or ""
            found = {key: str(doc.get(key) or "").strip() for key in ("title", "sitename", "date", "url")}
    if not text.strip():
        text = _strip_tags(page)
    return text, found


class _TextOnly(HTMLParser):
    """The text between tags, blocks on lines of their own, scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _NO_TEXT_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in _NO_TEXT_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self.hidden:
            self.parts.append(data)


def _strip_tags(page: str) -> str:
    parser = _TextOnly()
    parser.feed(page)
    parser.close()
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# -- dates -------------------------------------------------------------------
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATE_LINE = compiled(
    r"^\s*(?:updated|published|posted|last updated|date)\s*[:\-]?\s*(?P<rest>.+)$", re.I | re.M)


_ISO_DAY = compiled(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_published(value: str) -> tuple[date | None, str]:
    """'2018-09-12' -> day, '2017-08' -> month, '2017' -> year, 'September 13, 2018' -> day."""
    value = (value or "").strip()
    if not value:
        return None, "unknown"
    if _ISO_DAY.fullmatch(value):  # the common case, as "%Y-%m-%d" reads it, without strptime's cost
        try:
            return date(int(value[:4]), int(value[5:7]), int(value[8:])), "day"
        except ValueError:
            pass
    for fmt, precision in (("%Y-%m-%d", "day"), ("%Y-%m-%dT%H:%M:%S", "day"), ("%d/%m/%Y", "day"),
                           ("%Y-%m", "month"), ("%Y", "year")):
        try:
            return datetime.strptime(value[:19] if "T" in value else value, fmt).date(), precision
        except ValueError:
            pass
    found = find_dates(value)
    if found:
        return found[0][0], "day"
    return None, "unknown"


_TEXT_DATE = compiled(
    r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]{3,9})\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))\b")


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Full dates written out in ``text`` ("13 September 2018", "September 13, 2018")."""
    out = []
    for m in _TEXT_DATE.finditer(text):
        day, month, year = ((m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"]))
        number = _MONTHS.get(month.lower())
        if not number:
            continue
        try:
            out.append((date(int(year), number, int(day)), m.start(), m.end()))
        except ValueError:
            continue
    return out


def published_from_text(text: str) -> tuple[date, str] | None:
    """A date the page states as its own ("Updated: September 13, 2018").

    A bare banner date at the top is not used: it is often the day the page
    was captured (the seeds show one), not the day it was published.
    """
    for m in _DATE_LINE.finditer(text):
        found = find_dates(m["rest"])
        if found:
            return found[0][0], "day"
    return None


# -- cleaning ----------------------------------------------------------------
_FOOTER_START = compiled(
    r"^\s*(note to readers|support [a-z ]+:|disclaimer:|articles by:|post a comment|"
    r"previous post|related articles?|you may also like|share this( article)?:?$|"
    r"copyright ©|© \d{4}|all rights reserved|for media inquiries|subscribe to)", re.I)
_LINK_BLOCK_START = compiled(r"^\s*(read more|related|more on this|see also|also read|recommended)\s*:?\s*$", re.I)
# A furniture line or span: an image file name, a line that starts like a timestamp, "Share" or "Updated:",
# or ends with a photo credit. The three kinds are also compiled apart, for `_furniture_line`'s gates.
_IMAGE_NAME = r"\b\w*IMG_\d+\b|\.(jpe?g|png|gif)\b"
_STARTS_LIKE_FURNITURE = (r"^\s*\d{1,2}:\d{2}\s*-\s*source:|^\s*source:\s*\w{1,12}\s*$|"
                          r"^\s*(ads?|advertisement|email|print|share|tweet|comments?)\s*$")
_PHOTO_CREDIT = r"\b(AFP|Reuters|AP|Getty Images|EPA)( Photo)?\s*$"
_STARTS_LIKE_A_STAMP = r"^\s*updated:|^\s*published:|^\s*\*\s*$"
_FURNITURE_LINE = compiled(f"({_IMAGE_NAME}|{_STARTS_LIKE_FURNITURE}|{_PHOTO_CREDIT}|{_STARTS_LIKE_A_STAMP})", re.I)
_FURNITURE_PARTS = (compiled(_IMAGE_NAME, re.I), compiled(f"{_STARTS_LIKE_FURNITURE}|{_STARTS_LIKE_A_STAMP}", re.I),
                    compiled(_PHOTO_CREDIT, re.I))
# What a match of each part needs (re.I folds "ſ" to "s"; no other letter here has such a fold), so that most
# lines, which have none, skip the search: "mg_" or ".j", ".p", ".g"; a first character a start can have;
# a last character a credit can end with
_IMAGE_HINTS = ("mg_", ".j", ".p", ".g")
_FURNITURE_FIRST = frozenset("sSſaAeEpPtTcCuU*")  # or a digit
_CREDIT_LAST = frozenset("pPsSſaAoO")
# "Abu Dhabi, UAEWednesday 22 January 2020": a few capitalised words, a comma, a weekday; not a sentence that
# runs on to one ("Gunmen attacked a checkpoint in the Baniyas countryside, on Friday" was blanked whole)
_BANNER = Prefiltered(compiled(
    r"^(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3},\s*(?:(?-i:[A-Z])[\w.]*?[\s,]*){0,3}?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I))
_DATELINE = compiled(r"^\s*[A-Z][\w .'-]+,\s*[A-Z][\w]+\s+(CNN|Reuters|AFP|AP)?\s*[—–-]+\s*$")
FURNITURE_MAX_CHARS = 300  # furniture is short: a longer line is text, never blanked whole
_EMAIL_OR_URL = compiled(r"\S+@\S+\.\w+|\[email protected\]|https?://\S+|\bwww\.\S+", re.I)
_SENTENCE_END = compiled(r"[.!?\"”’)]\s*$")


# Each line's reading is a pure function of the line, cached: furniture (bylines, captions, share
# blocks) and wire paragraphs repeat across the pages of a feed. The last 8,192 lines are plenty for that;
# caches of 65,536 held about 100 MB of one-off lines by 30,000 coder's notes (memory grew with the run).
@lru_cache(maxsize=8192)
def _footer_start(stripped: str) -> bool:
    return _FOOTER_START.match(stripped) is not None


@lru_cache(maxsize=8192)
def _link_block_start(stripped: str) -> bool:
    return _LINK_BLOCK_START.match(stripped) is not None


@lru_cache(maxsize=8192)
def _ends_like_a_sentence(stripped: str) -> bool:
    return _SENTENCE_END.search(stripped) is not None


@lru_cache(maxsize=8192)
def _furniture_line(stripped: str) -> bool:
    """``_FURNITURE_LINE.search(stripped)``, each part searched only where its hint is there (a sentence ending
    in a full stop has none, and the whole pattern cost 17 µs a line)."""
    image, start, credit = _FURNITURE_PARTS
    lowered = stripped.lower()
    if any(hint in lowered for hint in _IMAGE_HINTS) and image.search(stripped):
        return True
    first = stripped.lstrip()[:1]
    if (first in _FURNITURE_FIRST or first.isdigit()) and start.match(stripped):
        return True
    return stripped.rstrip()[-1:] in _CREDIT_LAST and credit.search(stripped) is not None


@lru_cache(maxsize=8192)
def _top_furniture_line(stripped: str) -> bool:
    """A banner ("Damascus, Syria, Monday 3 March") or a dateline line; not a report that opens with its source and
    day ("SOHR, Thursday: unknown persons threw a hand grenade ..."), which says more after them."""
    banner = _BANNER.match(stripped)
    if banner is not None and len(stripped[banner.end():].split()) <= BANNER_TAIL_WORDS:
        return True
    return _DATELINE.match(stripped) is not None


BANNER_TAIL_WORDS = 6  # a date and a time after the weekday at most


@lru_cache(maxsize=8192)
def _furniture_inside(line: str, top: bool) -> tuple[tuple[int, int], ...]:
    """Spans of furniture inside a paragraph-long line: a caption file name, a trailing "AFP", a banner."""
    return tuple((m.start(), m.end()) for pattern in ((_FURNITURE_LINE, _BANNER) if top else (_FURNITURE_LINE,))
                 for m in pattern.finditer(line) if m.end() - m.start() <= FURNITURE_MAX_CHARS)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with every character of the spans but newlines made a space (spans may overlap)."""
    if not spans:
        return text
    pieces, done = [], 0
    for start, end in sorted(spans):
        start = max(start, done)
        if end <= start:
            continue
        pieces.append(text[done:start])
        pieces.append("\n".join(" " * len(part) for part in text[start:end].split("\n")))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


# C0 control characters but tab and line breaks, and DEL (a JSON "\u0000", a stray ESC): see one_line
_CONTROLS_TO_SPACES = {code: " " for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}
_CONTROL = compiled("[" + "".join(map(chr, _CONTROLS_TO_SPACES)) + "]")  # found in C: most text has none


@lru_cache(maxsize=8192)  # the evidence of every row and claim: a sentence repeated in other articles is one
def one_line(text: str) -> str:
    """A sentence as an output cell shows it: whitespace runs as one space, control characters as spaces
    (a NUL would cut the cell short in GDAL's readers, and an ESC has no business in a CSV)."""
    if _CONTROL.search(text):
        text = text.translate(_CONTROLS_TO_SPACES)
    return " ".join(text.split())


# Pictographs (emoji, dingbats, arrows, their joiners and variation selectors) are no words: posts use them as
# bullets ("📍 Atme camp", "☠️ 3 killed") and separators ("🔴 Protest at ..."), where they would stand between an
# event word and the start of its sentence
_PICTOGRAPHS = compiled("[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\u200d\u20e3\ufe0e\ufe0f"
                        "\U0001f000-\U0001faff]+")
# a hashtag, its words joined by underscores: "#Deir_ez_Zor", "#Idlib_countryside" (read as the words they join)
_HASHTAG = compiled(r"#(\w+)")
POST_BULLET_LINES = 2  # lines opened by a pictograph that make a text a post's fields, not a page's furniture


_PICTOGRAPH_E2 = compiled(rb"\xe2[\x86-\xaf]")  # U+2190-U+2BFF in UTF-8: a fixed first byte, searched fast


def _may_hold_pictographs(text: str) -> bool:
    """Whether ``_PICTOGRAPHS`` may match: looked for in the UTF-8 bytes (a quarter of the time of the class over
    the characters of a 3 KB article, which almost never holds one): the emoji block's and variation selectors'
    leading bytes, and arrows to dingbats."""
    data = text.encode("utf-8", "surrogatepass")
    return b"\xf0\x9f" in data or b"\xef\xb8" in data or b"\xe2\x80\x8d" in data or b"\xe2\x83\xa3" in data \
        or _PICTOGRAPH_E2.search(data) is not None


def _words_of_posts(text: str) -> tuple[str, int]:
    """The text with pictographs as spaces and a hashtag's underscores as spaces (same length), and how many of
    its lines a pictograph opened."""
    bullets = 0
    if not text.isascii() and _may_hold_pictographs(text):
        bullets = sum(1 for line in text.split("\n") if _PICTOGRAPHS.match(line.lstrip()))
        text = _PICTOGRAPHS.sub(lambda m: " " * len(m.group()), text)
    if "#" in text:
        text = _HASHTAG.sub(lambda m: m.group().replace("_", " "), text)
    return text, bullets


# a line in capitals has two words of three capitals or more: "AIRSTRIKE HITS MAARET AL-NUMAN MARKET - 9 KILLED"
_TWO_CAPITAL_WORDS = compiled(r"[A-Z]{3}.*[A-Z]{3}")
_CAPITAL_WORD = compiled(r"[A-Z][A-Z'’]*")
# words of reporting in capitals that stay so: counts and abbreviations no lexicon spells otherwise
_KEPT_CAPITALS = frozenset(("IED", "IEDS", "VBIED", "UXO", "KIA", "WIA", "US", "UK", "UN", "EU", "RPG", "ATGM",
                            "MOD", "GOS", "AOG", "AOGS", "SOHR", "SNHR", "OCHA", "TAF", "RUAF"))


# a headline's words that are no name's, beside the language check's English words (``language.english_words``)
_HEADLINE_WORDS = frozenset("regime rebels rebel forces force jets jet drone drones strike strikes airstrike airstrikes "
                            "hits hit kills kill retakes retake recaptures captures capture seizes seize takes take "
                            "enters enter storms storm clash claims claim blast blasts twin suicide market car "
                            "bomb bombs near outside village villages town city in on at of from to and the a an after "
                            "before with without amid over under as by for into onto while dead injured wounded "
                            "missing abducted kidnapped kidnaps kidnap arrests arrest detains raid raids protest "
                            "protests protesters residents fighters soldiers troops militants gunmen civilians "
                            "children women men people police security base airbase checkpoint convoy patrol".split())


@lru_cache(maxsize=1)
def _capital_and_lower_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words a line in capitals keeps so (the actor lexicon's acronyms, reporting's abbreviations), and the
    English words it lower-cases."""
    from .events import acronyms
    from .language import english_words

    return acronyms() | _KEPT_CAPITALS, english_words() | _HEADLINE_WORDS


def _capitals_in_title_case(text: str) -> str:
    """Each line written all in capitals, in a headline's case (same length: ASCII letters only): English words
    lower-cased, the rest capitalised, so its names read as names ("Maaret Al-Numan") and its words as words; the
    lexicon's capital names ("SDF", "IS") and reporting's abbreviations stay as written. A line of ordinary case
    is left alone."""
    lines = text.split("\n")  # (str.isupper, in C, line by line: a line regex is tried at every offset of the text)
    capitals = [i for i, line in enumerate(lines) if line.isupper() and _TWO_CAPITAL_WORDS.search(line)]
    if not capitals:
        return text
    kept, english = _capital_and_lower_words()

    def word(m: re.Match) -> str:
        w = m.group()
        if w in kept:
            return w
        lower = w.lower()
        return lower if m.start() > 0 and lower in english else w[0] + w[1:].lower()

    for i in capitals:
        lines[i] = _CAPITAL_WORD.sub(word, lines[i])
    return "\n".join(lines)


def _lower_case_in_title_case(text: str) -> str:
    """A text written all in lower case (acronyms aside), as hurried posts are ("shelling on kafrnbl this morning",
    "clashes in al-mazraa west of swaida"), with its names capitalised so they read as names: every word but the
    English words of reporting, which stay as written (same length: ASCII letters only). Any other text is left
    alone."""
    if _CAPITALISED_WORD.search(text) or not _ACRONYM.sub("", text).islower():
        return text  # (the first test finds at once the capital a text in ordinary case opens with)
    from .geoparse import english_words

    kept, english = _capital_and_lower_words()
    common = english | english_words()

    def word(m: re.Match) -> str:
        w = m.group()
        if w.upper() in kept:
            return w.upper()
        # (a short word only as a name's first word or article: "tal abyad", "al-shoula"; not "so far", "pls")
        short = len(w) <= 3 and w not in _SHORT_NAME_WORDS and not text.startswith("-", m.end())
        return w if short or w in common or w in _KEPT_LOWER else w[0].upper() + w[1:]

    return _LOWER_WORD.sub(word, text)


_ACRONYM = compiled(r"\b[A-Z]{2,}s?\b")  # "SDF", "IS", "HTS", "IEDs": capitals a lower-case post keeps
_CAPITALISED_WORD = compiled(r"(?<![A-Z])[A-Z][a-z]")
_LOWER_WORD = compiled(r"[a-z][a-z'’]*")
# words a lower-case post keeps so, which some gazetteer row has as a name or alias ("West" is one of Abu Kbee's)
_KEPT_LOWER = frozenset("north south east west northern southern eastern western central upper lower city town "
                        "village villages camp area road district countryside province".split())
# the short words names open with ("tal", "abu", "ain", "kfr"...), written apart from what follows
_SHORT_NAME_WORDS = frozenset("tal tel abu umm um ain ein bab jub kfr ras bir".split())


def clean_text(text: str) -> str:
    """The text with page furniture replaced by spaces (same length, same offsets)."""
    text, bullets = _words_of_posts(_capitals_in_title_case(_lower_case_in_title_case(text)))
    post = bullets >= POST_BULLET_LINES  # "📍 Karrasa, Suwayda" under a title: fields, not a page's headlines
    lines = text.splitlines(keepends=True)
    spans: list[tuple[int, int]] = []
    offset = 0
    positions = []
    for line in lines:
        positions.append((offset, offset + len(line)))
        offset += len(line)
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    multi_line = len(nonblank) >= 3
    longest = max(nonblank, key=lambda i: len(lines[i]), default=-1)
    in_link_block = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        start, end = positions[i]
        if not stripped:
            continue
        if multi_line and _footer_start(stripped):
            spans.append((start, len(text)))  # footers run to the end of the page
            break
        if _link_block_start(stripped):
            in_link_block = True
            spans.append((start, end))
            continue
        headline_like = (multi_line and not post and i != longest and len(stripped) <= 140
                         and not _ends_like_a_sentence(stripped))
        if in_link_block and headline_like:
            spans.append((start, end))
            continue
        in_link_block = False
        is_top = i in nonblank[:4]
        if len(stripped) > FURNITURE_MAX_CHARS:
            # a paragraph is never furniture as a whole: a caption file name, a trailing "AFP" or a
            # leading banner inside it is blanked alone (an article saved as one line keeps its text)
            spans.extend((start + a, start + b) for a, b in _furniture_inside(line, is_top))
            continue
        if _furniture_line(stripped) or headline_like or (is_top and _top_furniture_line(stripped)):
            spans.append((start, end))
    cleaned = _blank(text, spans)
    if _may_hold_address(cleaned):
        cleaned = _blank(cleaned, _email_or_url_spans(cleaned))
    if "[" in cleaned:
        cleaned = _SQUARE_BRACKETED_NAME.sub(r"(\1)", cleaned)
    return cleaned


# a coder's tag of the place in square brackets: "Mourk [Hama]", "[Tal Tamr, Al-Hasakeh]", read as round brackets
# are ("Mourk (Hama)"); not a tag of fields ("[size=no report]") nor an editor's words ("[the army]")
_SQUARE_BRACKETED_NAME = compiled(r"\[([A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*)*)\]")


def _may_hold_address(text: str) -> bool:
    """Whether the text holds what every match of ``_EMAIL_OR_URL`` needs: "@", "://", or "www." or "[email" in
    any case; the text is lower-cased only when a character those two need is there (a 3 KB article seldom has)."""
    return ("@" in text or "://" in text or ("[" in text and "[email" in text.lower())
            or (("w." in text or "W." in text) and "www." in text.lower()))


def _email_or_url_spans(text: str) -> list[tuple[int, int]]:
    """``_EMAIL_OR_URL``'s matches, looked for only in the lines that hold what it needs: no match spans a
    line (each branch is non-space characters, or one space), and "\\S+@" tried at every position of a
    long article costs more than the rest of its cleaning."""
    spans, start = [], 0
    for line in text.split("\n"):
        if _may_hold_address(line):
            spans.extend((start + m.start(), start + m.end()) for m in _EMAIL_OR_URL.finditer(line))
        start += len(line) + 1
    return spans


# -- readers -------------------------------------------------------------------
def _metadata(folder: Path) -> dict[str, dict]:
    path = folder / "metadata.csv"
    if not path.exists():
        return {}
    rows = {}
    reader = csv.DictReader(io.StringIO(decode(_read_bytes(path), str(path))))
    for row in reader:
        key = (row.get("file") or row.get("id") or "").strip()
        if not key:
            raise InputError(f"{path}:{reader.line_num}: each row needs a 'file' (or 'id') naming the article")
        rows[key] = row
        rows[Path(key).stem] = row
    return rows


MAX_ARTICLE_CHARS = 2_000_000  # about 300 pages: longer is a dump, not an article; split it


class RejectedInput(UserWarning):
    """An input file or record geomap could not read; the others are read all the same."""


def _article(id_: str, text: str, meta: dict, origin: str, html: bool = False, prepare: bool = True) -> Article:
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"{origin}: {len(text):,} characters, more than geomap reads as one article "
                         f"({MAX_ARTICLE_CHARS:,}); split it into articles (a .jsonl, one a line)")
    page = {}
    if html or looks_like_html(text):
        text, page = html_text(text)  # metadata.csv or the record wins over what the page says
    published, precision = parse_published(meta.get("published") or page.get("date") or "")
    if meta.get("date_precision") in PRECISIONS and published:
        precision = meta["date_precision"]
    known = {"id", "text", "published", "outlet", "url", "file", "date_precision"}
    extra = {k: v for k, v in meta.items() if k not in known}
    if page.get("title"):
        extra.setdefault("title", page["title"])
    return Article(id=id_, text=text, published=published, date_precision=precision,
                   outlet=(meta.get("outlet") or meta.get("source") or page.get("sitename") or "").strip(),
                   url=(meta.get("url") or page.get("url") or "").strip(), origin=origin, extra=extra,
                   prepared=prepare)


def _from_txt(path: Path, meta: dict[str, dict], prepare: bool = True) -> Article:
    text = decode(_read_bytes(path), str(path))
    return _article(path.stem, text, meta.get(path.name) or meta.get(path.stem) or {}, str(path),
                    html=path.suffix.lower() in HTML_SUFFIXES, prepare=prepare)


# An ACLED export's columns (as its codebook names them) as an article's fields: its notes are terse
# descriptions of events, read as any other article
ACLED_AS_ARTICLE = {"notes": "text", "event_id_cnty": "id", "event_date": "published", "source": "outlet"}


def _is_acled(fields) -> bool:
    return "text" not in fields and {"notes", "event_date"} <= set(fields)


def _from_records(records: Iterable[tuple[int, dict]], origin: str, prepare: bool = True) -> Iterator[Article]:
    told = False
    for line, record in records:
        if not isinstance(record, dict):
            raise InputError(f"{origin}:{line}: expected an object with 'id' and 'text'")
        if _is_acled(record):
            if not told:
                warnings.warn(f"{origin}: an ACLED export: each row's 'notes' is read as an article (its "
                              f"event_id_cnty as the id, event_date as the date published); to map its events "
                              f"as coded, use 'geomap map density|web FILE'", stacklevel=2)
                told = True
            record = {field: record[column] for column, field in ACLED_AS_ARTICLE.items() if column in record}
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{origin}:{line}: field '{'notes' if told else 'text'}' is missing or empty")
        id_ = str(record.get("id") or f"{Path(origin).stem}-{line}")
        meta = {k: ("" if v is None else str(v) if not isinstance(v, (dict, list)) else v)
                for k, v in record.items() if k != "text"}
        yield _article(id_, text, meta, f"{origin}:{line}", prepare=prepare)


def _jsonl_records(text: str, origin: str) -> Iterator[tuple[int, dict]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        yield number, _json_record(line, origin, number)


_SURROGATE_ESCAPE = compiled(r"\\u[dD][89a-fA-F]")  # JSON's escape of half a UTF-16 pair: "\ud83d"
_LONE_SURROGATE = compiled("[\ud800-\udfff]")


def _json_record(line: str, origin: str, number: int):
    r"""One line of a .jsonl, parsed.

    JSON may escape half of a UTF-16 pair alone ("\ud800"): Python then holds a
    character no UTF-8 file can take, and the run would fail when it writes
    its output, after reading everything. Such a half becomes U+FFFD, with a
    warning naming the line, as a stray byte does (``decode``); a whole pair
    ("\ud83d\ude00") is one character and stays.
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{origin}:{number}: not valid JSON ({exc.msg}); .jsonl needs one "
                         f"article object per line") from None
    if "\\" in line and _SURROGATE_ESCAPE.search(line):
        replaced = [0]

        def mend(value):
            if isinstance(value, str):
                value, count = _LONE_SURROGATE.subn("\ufffd", value)
                replaced[0] += count
                return value
            if isinstance(value, list):
                return [mend(v) for v in value]
            if isinstance(value, dict):
                return {mend(k): mend(v) for k, v in value.items()}
            return value

        record = mend(record)
        if replaced[0]:
            warnings.warn(f"{origin}:{number}: {replaced[0]} unpaired UTF-16 surrogate escape(s) (\\ud800-\\udfff) "
                          f"were replaced with U+FFFD", UnicodeWarning, stacklevel=2)
    return record


def _jsonl_file_records(path: Path) -> Iterator[tuple[int, dict]]:
    """The records of a .jsonl file read line by line, so memory stays flat however long the file.

    JSON is UTF-8: a line with stray bytes is read as ``decode`` reads a file
    (U+FFFD and a warning naming the line). A UTF-16 or binary-looking file is
    read whole, by the same rules as any other file.
    """
    origin = str(path)
    with _open(path, mode="rb") as handle:
        head = handle.read(BINARY_SAMPLE)
        if _read_whole(head):
            yield from _jsonl_records(decode(head + handle.read(), origin), origin)
            return
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = decode(raw, f"{origin}:{number}")
            if not line.strip():
                continue
            yield number, _json_record(line, origin, number)


def _csv_records(text: str, origin: str) -> Iterator[tuple[int, dict]]:
    return _csv_rows(csv.DictReader(io.StringIO(text, newline="")), origin)


def _csv_file_records(path: Path) -> Iterator[tuple[int, dict]]:
    """The rows of a .csv of articles, read row by row from the file when it is UTF-8 (what ``decode``
    would make of it: the same text), so memory stays flat however long the file; any other file is
    read whole, by ``decode``'s rules."""
    origin = str(path)
    if not _is_utf8_text(path):
        yield from _csv_records(decode(_read_bytes(path), origin), origin)
        return
    with _open(path, encoding="utf-8-sig", newline="") as handle:
        yield from _csv_rows(csv.DictReader(handle), origin)


def _is_utf8_text(path: Path, chunk: int = 1 << 20) -> bool:
    """Whether ``decode`` would read the file as plain UTF-8: no UTF-16 mark, not binary-looking, and
    valid UTF-8 throughout (checked a chunk at a time, so without holding the file)."""
    import codecs

    with _open(path, mode="rb") as handle:
        head = handle.read(BINARY_SAMPLE)
        if _read_whole(head):
            return False
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            decoder.decode(head)
            while block := handle.read(chunk):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _csv_rows(reader: csv.DictReader, origin: str) -> Iterator[tuple[int, dict]]:
    try:
        columns = set(reader.fieldnames or [])
        if "text" not in columns and not _is_acled(columns):
            hint = ""
            if {"where_description", "side_a", "best"} <= columns:
                hint = "; this looks like a UCDP GED export: map its events as they are with 'geomap map density|web FILE'"
            raise InputError(f"{origin}:1: a CSV of articles needs a 'text' column (and id, published, outlet, "
                             f"url){hint}")
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        raise InputError(f"{origin}:{reader.line_num}: not a readable CSV ({exc}); quote fields that hold "
                         f"commas or line breaks") from None


def read_articles(inputs: Iterable[str | Path], stdin=None, prepare: bool = True) -> Iterator[Article]:
    """Yield articles from files, folders, ``.jsonl``/``.csv`` files or ``-`` (stdin).

    ``prepare=False`` leaves cleaning, language and the date in the text to ``Article.prepare``, done
    by whoever reads the article (a worker process), not by the process that hands it over.
    """
    for item in inputs:
        if str(item) == "-":
            data = (stdin or sys.stdin.buffer).read()
            text = decode(data if isinstance(data, bytes) else data.encode(), "<stdin>")
            if text.lstrip().startswith("{"):
                yield from _from_records(_jsonl_records(text, "<stdin>"), "<stdin>", prepare)
            else:
                yield _article("stdin", text, {}, "<stdin>", prepare=prepare)
            continue
        path = Path(item)
        if path.is_dir():
            meta = _metadata(path)
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".txt", *HTML_SUFFIXES))
            for sub in sorted(p for p in path.iterdir() if p.suffix.lower() in (".jsonl", ".csv")
                              and p.name != "metadata.csv"):
                yield from read_articles([sub], prepare=prepare)
            for file in files:
                try:
                    yield _from_txt(file, meta, prepare)
                except InputError as exc:  # one bad file does not lose the good ones beside it
                    warnings.warn(str(exc), RejectedInput, stacklevel=2)
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder")
        elif path.suffix.lower() == ".jsonl":
            yield from _from_records(_jsonl_file_records(path), str(path), prepare)
        elif path.suffix.lower() == ".csv":
            yield from _from_records(_csv_file_records(path), str(path), prepare)
        elif path.suffix.lower() in (".txt", ".text", "", *HTML_SUFFIXES):
            yield _from_txt(path, _metadata(path.parent), prepare)
        else:
            raise InputError(f"{path}: unknown input type '{path.suffix}'; give .txt or .html files or folders, "
                             f".jsonl, .csv, or - for standard input")
