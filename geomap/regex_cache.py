"""Compiled regexes kept between runs, so a run does not parse and compile the lexicons again.

``re`` parses and compiles a pattern in pure Python: geomap's lexicons (event words,
actors, not-a-place phrases, their guards and lower-case twins) cost about 0.15 s of
every run's start-up that way, as much as reading a few hundred notes. ``re``'s last
step, ``_sre.compile``, takes the compiled code (a list of integers) and the group
tables; those are kept here, in one file beside the gazetteer's prepared index, and a
later run hands them to ``_sre.compile`` directly. Derived strings (a pattern's guard)
are kept the same way.

The file is named by the Python that made it and by the contents of ``patterns.py`` and
this module, so another interpreter or changed code starts a new one. A wheel ships one,
made when it was built (``scripts/hatch_build.py``), read when the cache folder has none:
the first run after installing, or every run where the cache folder cannot be written,
does not compile the lexicons either (0.2-0.4 s of a run over thousands of notes). Any surprise
(a missing, damaged or foreign file; an interpreter whose ``re`` works otherwise)
means compiling as ``re`` does; the cache never changes a match, only when the work
is done (``tests/test_regex_cache.py``).
"""
from __future__ import annotations

import atexit
import functools
import os
import re
import sys
from pathlib import Path
from typing import Any, Callable

try:
    import _sre
    from re import _compiler
except ImportError:  # pragma: no cover - not CPython: compile as re does
    _sre = _compiler = None

__all__ = ["compiled", "compile_parsed", "remembered", "kept", "cache_path"]

MAX_ENTRIES = 5000  # past this the store starts afresh (geomap's own lexicons make about 400)
KEEP_FILES = 4  # files of other interpreters or code kept in the folder, the most recently written
SHIPPED = Path(__file__).resolve().parent / "_regexes"  # a wheel's stores, by file name (scripts/hatch_build.py)
STALE_SAVES = 3  # an entry no run used in this many saves of the store is left out of the next one
_store: dict | None = None  # key -> (value,), loaded on first use
_stamps: dict = {}  # key -> the save (numbered) in which a run last used it, read with the store
_used: set = set()  # the keys this process asked for
_changed = False


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, its compiled code read from the cache when an earlier run made it."""
    flags = int(flags)
    if not isinstance(pattern, str):
        return re.compile(pattern, flags)
    found = compile_parsed(("re", pattern, flags), lambda: (pattern, _compiler_parse(pattern, flags), flags))
    return found if found is not None else re.compile(pattern, flags)


def compile_parsed(key: tuple, make: Callable[[], tuple[str | None, Any, int] | None]) -> re.Pattern | None:
    """The pattern ``make`` describes, as (pattern text or None, re's parse of it, flags), compiled as
    ``re._compiler.compile`` would; its code kept under ``key``. None when ``make`` gives None, or this
    interpreter's ``re`` cannot be driven so (the caller then compiles as it can)."""
    if _compiler is None:
        return None

    def pieces():
        try:
            made = make()
            return None if made is None else (made[0], *_pieces(made[1], made[2]))
        except Exception:  # noqa: BLE001 - re.error, a pattern re cannot compile: the caller's own path says
            return None

    for _ in range(2):
        value = remembered(key, pieces)
        if value is None:
            return None
        try:
            return _sre.compile(*value)
        except Exception:  # noqa: BLE001 - a foreign or damaged entry: made again, once
            _store.pop(key, None)
    return None


def remembered(key: tuple, make: Callable[[], Any]) -> Any:
    """``make()``, kept under ``key`` for later runs (None too): what parsing a pattern gives."""
    global _store, _changed
    if _store is None:
        _store = _load()
    boxed = _store.get(key)
    _used.add(key)
    if type(boxed) is not tuple or len(boxed) != 1:
        boxed = (make(),)
        if len(_store) >= MAX_ENTRIES:
            _store.clear()  # bounded: a program making patterns without end starts afresh
        if not _changed:
            atexit.register(_save)
        _changed = True
        _store[key] = boxed
    return boxed[0]


def kept(name: str) -> Callable:
    """A function of a pattern (and flags...) whose answer, any picklable value, is ``remembered``."""
    def wrap(function: Callable) -> Callable:
        @functools.wraps(function)
        def cached(*args, **named):
            return remembered((name, *args, *sorted(named.items())), lambda: function(*args, **named))
        return cached
    return wrap


def _compiler_parse(pattern: str, flags: int):
    from re import _parser

    return _parser.parse(pattern, flags)


def _pieces(parsed, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands ``_sre.compile`` after the pattern text: the flags, the code,
    the number of groups, the group names both ways."""
    code = [int(op) for op in _compiler._code(parsed, flags)]  # re's named opcodes are ints; pickled plain
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def cache_path() -> Path:
    """The file of this interpreter and this code, in geomap's cache folder (``GEOMAP_CACHE``)."""
    import hashlib

    root = os.environ.get("GEOMAP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "geomap")
    state = hashlib.sha256(f"{sys.version} {sys.implementation.cache_tag} {getattr(_sre, 'MAGIC', '')}".encode())
    here = Path(__file__).resolve().parent
    for source in (here / "patterns.py", here / "regex_cache.py"):  # their contents: a reinstall keeps the file
        state.update(source.read_bytes())
    return Path(root) / f"regexes-{state.hexdigest()[:20]}.pickle"


def _load() -> dict:
    """The store in the cache folder, else the one the wheel shipped for this interpreter and code, else none."""
    import pickle

    path = cache_path()
    for candidate in (path, SHIPPED / path.name):
        try:
            with candidate.open("rb") as handle:
                saved = pickle.load(handle)
            store, stamps = saved["entries"], saved["stamps"]
        except Exception:  # noqa: BLE001 - missing, damaged, unreadable: the next one, or compile everything
            continue
        if isinstance(store, dict) and isinstance(stamps, dict) and len(store) <= MAX_ENTRIES:
            _stamps.clear()
            _stamps.update(stamps)
            return store
    return {}


def _save() -> None:
    """Write the store (temporary file, renamed), and remove this code's older files; errors are ignored:
    a run that cannot keep its regexes only compiles them again next time.

    An entry no run has used in STALE_SAVES saves is left out: each change of a lexicon's words makes new
    patterns and leaves the old ones unused, and a store that kept them all grew with every change, all of it read
    at every start-up (docs/benchmarks.md, thirty-sixth session)."""
    import pickle
    import tempfile

    try:
        save = max(_stamps.values(), default=0) + 1
        _stamps.update(dict.fromkeys(_used, save))
        entries = {key: value for key, value in _store.items() if _stamps.get(key, save) > save - STALE_SAVES}
        stamps = {key: _stamps.get(key, save) for key in entries}
        path = cache_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".regexes-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump({"entries": entries, "stamps": stamps}, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            Path(temporary).unlink(missing_ok=True)
        others = sorted(path.parent.glob("regexes-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in [p for p in others if p != path][KEEP_FILES:]:
            old.unlink(missing_ok=True)  # another interpreter's or older code's, least recently written
    except Exception:  # noqa: BLE001
        pass
