"""Read articles from the inputs users have, and mask page furniture.

Inputs: ``.txt`` files or folders of them (an optional ``metadata.csv`` beside
them gives outlet, published date and url), ``.jsonl`` (one article a line:
``id``, ``text``, ``published``, ``outlet``, ``url``; other fields kept),
``.csv`` with the same columns, and ``-`` for standard input.

Cleaning never deletes text: furniture (banners, captions, link blocks,
footers, e-mail addresses) is overwritten with spaces, so every character
offset into ``Article.clean`` is also an offset into the original text.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError

__all__ = ["Article", "read_articles", "clean_text", "parse_published"]

PRECISIONS = {"day": 1, "week": 2, "month": 3, "year": 4}


@dataclass
class Article:
    """One article: its text, the same text with furniture blanked, and metadata."""

    id: str
    text: str
    published: date | None = None
    date_precision: str = "unknown"  # day / week / month / unknown
    outlet: str = ""
    url: str = ""
    origin: str = ""  # file (and line) it came from
    extra: dict = field(default_factory=dict)
    clean: str = ""

    def __post_init__(self) -> None:
        if not self.clean:
            self.clean = clean_text(self.text)
        if self.published is None:
            found = published_from_text(self.text)
            if found:
                self.published, self.date_precision = found


# -- decoding --------------------------------------------------------------
def decode(data: bytes, origin: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252/1256; else refuse."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    for legacy in ("cp1256", "cp1252"):  # Arabic Windows first: it is what Syrian sources use
        try:
            text = data.decode(legacy)
        except UnicodeDecodeError:
            continue
        if legacy == "cp1256" and not re.search(r"[\u0600-\u06FF]{3}", text):
            continue
        return text
    raise InputError(f"{origin}: not UTF-8 (bad byte at offset {first_bad}) and not a legacy encoding "
                     f"geomap recognises; convert it, e.g. iconv -f LATIN1 -t UTF-8")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc


# -- dates -------------------------------------------------------------------
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATE_LINE = re.compile(
    r"^\s*(?:updated|published|posted|last updated|date)\s*[:\-]?\s*(?P<rest>.+)$", re.I | re.M)


def parse_published(value: str) -> tuple[date | None, str]:
    """'2018-09-12' -> day, '2017-08' -> month, '2017' -> year, 'September 13, 2018' -> day."""
    value = (value or "").strip()
    if not value:
        return None, "unknown"
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


_TEXT_DATE = re.compile(
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
_FOOTER_START = re.compile(
    r"^\s*(note to readers|support [a-z ]+:|disclaimer:|articles by:|post a comment|"
    r"previous post|related articles?|you may also like|share this( article)?:?$|"
    r"copyright ©|© \d{4}|all rights reserved|for media inquiries|subscribe to)", re.I)
_LINK_BLOCK_START = re.compile(r"^\s*(read more|related|more on this|see also|also read|recommended)\s*:?\s*$", re.I)
_FURNITURE_LINE = re.compile(
    r"(\b\w*IMG_\d+\b|\.(jpe?g|png|gif)\b|^\s*\d{1,2}:\d{2}\s*-\s*source:|^\s*source:\s*\w{1,12}\s*$|"
    r"^\s*(ads?|advertisement|email|print|share|tweet|comments?)\s*$|"
    r"\b(AFP|Reuters|AP|Getty Images|EPA)( Photo)?\s*$|^\s*updated:|^\s*published:|^\s*\*\s*$)", re.I)
_BANNER = re.compile(
    r"^[A-Z][\w .'-]+,\s*[A-Z][\w .]*?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_DATELINE = re.compile(r"^\s*[A-Z][\w .'-]+,\s*[A-Z][\w]+\s+(CNN|Reuters|AFP|AP)?\s*[—–-]+\s*$")
FURNITURE_MAX_CHARS = 300  # furniture is short: a longer line is text, never blanked whole
_EMAIL_OR_URL = re.compile(r"\S+@\S+\.\w+|\[email protected\]|https?://\S+|\bwww\.\S+", re.I)
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def clean_text(text: str) -> str:
    """The text with page furniture replaced by spaces (same length, same offsets)."""
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
        if multi_line and _FOOTER_START.match(stripped):
            spans.append((start, len(text)))  # footers run to the end of the page
            break
        if _LINK_BLOCK_START.match(stripped):
            in_link_block = True
            spans.append((start, end))
            continue
        headline_like = (multi_line and i != longest and len(stripped) <= 140
                         and not _SENTENCE_END.search(stripped))
        if in_link_block and headline_like:
            spans.append((start, end))
            continue
        in_link_block = False
        is_top = i in nonblank[:4]
        if len(stripped) > FURNITURE_MAX_CHARS:
            # a paragraph is never furniture as a whole: a caption file name, a trailing "AFP" or a
            # leading banner inside it is blanked alone (an article saved as one line keeps its text)
            for pattern in (_FURNITURE_LINE, _BANNER) if is_top else (_FURNITURE_LINE,):
                for m in pattern.finditer(line):
                    if m.end() - m.start() <= FURNITURE_MAX_CHARS:
                        spans.append((start + m.start(), start + m.end()))
            continue
        if (_FURNITURE_LINE.search(stripped) or headline_like
                or (is_top and (_BANNER.match(stripped) or _DATELINE.match(stripped)))):
            spans.append((start, end))
    cleaned = text
    for start, end in spans:
        cleaned = _blank(cleaned, start, end)
    for m in _EMAIL_OR_URL.finditer(cleaned):
        cleaned = _blank(cleaned, m.start(), m.end())
    return cleaned


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


def _article(id_: str, text: str, meta: dict, origin: str) -> Article:
    published, precision = parse_published(meta.get("published") or "")
    if meta.get("date_precision") in PRECISIONS and published:
        precision = meta["date_precision"]
    known = {"id", "text", "published", "outlet", "url", "file", "date_precision"}
    return Article(id=id_, text=text, published=published, date_precision=precision,
                   outlet=(meta.get("outlet") or meta.get("source") or "").strip(),
                   url=(meta.get("url") or "").strip(), origin=origin,
                   extra={k: v for k, v in meta.items() if k not in known})


def _from_txt(path: Path, meta: dict[str, dict]) -> Article:
    text = decode(_read_bytes(path), str(path))
    return _article(path.stem, text, meta.get(path.name) or meta.get(path.stem) or {}, str(path))


def _from_records(records: Iterable[tuple[int, dict]], origin: str) -> Iterator[Article]:
    for line, record in records:
        if not isinstance(record, dict):
            raise InputError(f"{origin}:{line}: expected an object with 'id' and 'text'")
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{origin}:{line}: field 'text' is missing or empty")
        id_ = str(record.get("id") or f"{Path(origin).stem}-{line}")
        meta = {k: ("" if v is None else str(v) if not isinstance(v, (dict, list)) else v)
                for k, v in record.items() if k != "text"}
        yield _article(id_, text, meta, f"{origin}:{line}")


def _jsonl_records(text: str, origin: str) -> Iterator[tuple[int, dict]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{origin}:{number}: not valid JSON ({exc.msg}); .jsonl needs one "
                             f"article object per line") from None


def _csv_records(text: str, origin: str) -> Iterator[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text))
    if "text" not in (reader.fieldnames or []):
        raise InputError(f"{origin}:1: a CSV of articles needs a 'text' column (and id, published, outlet, url)")
    for row in reader:
        yield reader.line_num, row


def read_articles(inputs: Iterable[str | Path], stdin=None) -> Iterator[Article]:
    """Yield articles from files, folders, ``.jsonl``/``.csv`` files or ``-`` (stdin)."""
    for item in inputs:
        if str(item) == "-":
            data = (stdin or sys.stdin.buffer).read()
            text = decode(data if isinstance(data, bytes) else data.encode(), "<stdin>")
            if text.lstrip().startswith("{"):
                yield from _from_records(_jsonl_records(text, "<stdin>"), "<stdin>")
            else:
                yield _article("stdin", text, {}, "<stdin>")
            continue
        path = Path(item)
        if path.is_dir():
            meta = _metadata(path)
            files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt")
            for sub in sorted(p for p in path.iterdir() if p.suffix.lower() in (".jsonl", ".csv")
                              and p.name != "metadata.csv"):
                yield from read_articles([sub])
            for file in files:
                yield _from_txt(file, meta)
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder")
        elif path.suffix.lower() == ".jsonl":
            yield from _from_records(_jsonl_records(decode(_read_bytes(path), str(path)), str(path)), str(path))
        elif path.suffix.lower() == ".csv":
            yield from _from_records(_csv_records(decode(_read_bytes(path), str(path)), str(path)), str(path))
        elif path.suffix.lower() in (".txt", ".text", ""):
            yield _from_txt(path, _metadata(path.parent))
        else:
            raise InputError(f"{path}: unknown input type '{path.suffix}'; give .txt files or folders, "
                             f".jsonl, .csv, or - for standard input")
