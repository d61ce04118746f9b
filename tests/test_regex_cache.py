"""Regexes kept between runs match exactly what ``re.compile`` gives; a bad cache file costs only time."""
import json
import re
from pathlib import Path

import pytest

from geomap import regex_cache
from geomap.patterns import lowercase_twin, lowered_for_twin

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = [
    (r"\b(?:killed|shot dead)\b", re.I),
    (r"(?P<number>\d+) (?:people|civilians)", re.I),  # a named group
    (r"(a)(b)?(?:c|(d))", 0),  # numbered groups, one unmatched
    (r"(?-i:May)\s+\d+", re.I),
    (r"\bal-(?:Qaeda|Nusra)\b", 0),
]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """A cache folder of its own, and the module's store emptied as in a new process."""
    monkeypatch.setenv("GEOMAP_CACHE", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_store", None)
    monkeypatch.setattr(regex_cache, "_changed", False)
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_stamps", {})
    return tmp_path


def _new_run():
    """What a later process sees: the file written, the store read again from it."""
    regex_cache._save()
    regex_cache._store, regex_cache._changed = None, False
    regex_cache._used.clear()


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in (ROOT / "tests" / "data" / "terse_dev.jsonl").read_text().splitlines()]
    return texts + ["al-Qaeda shot dead 3 people on May 5", "abd ab ac", ""]


def _same(a: re.Pattern, b: re.Pattern, texts) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in texts:
        assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]


def test_a_pattern_read_back_from_the_cache_matches_as_re_compiles_it(fresh_cache):
    texts = _texts()
    first = [regex_cache.compiled(p, f) for p, f in PATTERNS]
    _new_run()
    assert list(fresh_cache.glob("regexes-*.pickle")) == [regex_cache.cache_path()]
    again = [regex_cache.compiled(p, f) for p, f in PATTERNS]
    assert not regex_cache._changed  # every one read from the file, none compiled again
    for (pattern, flags), one, two in zip(PATTERNS, first, again):
        _same(one, re.compile(pattern, flags), texts)
        _same(two, re.compile(pattern, flags), texts)


def test_geomaps_lexicons_and_their_twins_read_back_match_as_compiled():
    """Every pattern geomap kept in this process (the lexicons the test session loaded), rebuilt from
    its kept code, matches as the pattern compiled by re, or as a twin built afresh."""
    import geomap.events as events

    events._event_cues("Regime forces shelled Kafr Zita, killing 3 people.")  # the lexicons loaded
    texts = _texts()
    lowered = [low for text in texts if (low := lowered_for_twin(text)) is not None]
    checked = 0
    for key, (value,) in list((regex_cache._store or {}).items()):
        if key[0] == "re" and value is not None:
            _same(regex_cache.compiled(key[1], key[2]), re.compile(key[1], key[2]), texts)
            checked += 1
        elif key[0] == "twin" and value is not None:
            kept = regex_cache._sre.compile(*value)
            store, regex_cache._store = regex_cache._store, {}  # built afresh, not read back
            try:
                fresh = lowercase_twin(key[1], key[2], widen=key[3])
            finally:
                regex_cache._store = store
            _same(kept, fresh, lowered)
            checked += 1
    assert checked > 50


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05N."])
def test_a_damaged_cache_file_only_means_compiling_again(fresh_cache, content):
    regex_cache.cache_path().parent.mkdir(parents=True, exist_ok=True)
    regex_cache.cache_path().write_bytes(content)
    pattern = regex_cache.compiled(r"\bshell(?:ed|ing)\b", re.I)
    assert pattern.search("Regime forces SHELLED Hajin").span() == (14, 21)
    _new_run()
    assert regex_cache.compiled(r"\bshell(?:ed|ing)\b", re.I).search("shelling").group() == "shelling"


def test_a_foreign_entry_is_not_trusted(fresh_cache):
    """An entry whose code _sre refuses (another interpreter's, a damaged one): the pattern is compiled."""
    key = ("re", r"\bclash(?:es|ed)\b", int(re.I))
    regex_cache._store = {key: ((r"\bclash(?:es|ed)\b", 34, [999999, 1], 0, {}, (None,)),)}
    assert regex_cache.compiled(r"\bclash(?:es|ed)\b", re.I).search("Clashes erupted").group() == "Clashes"
    assert regex_cache._store[key][0][2] != [999999, 1]  # the entry made again, for the next run to keep


def test_patterns_no_run_asks_for_again_leave_the_store(fresh_cache):
    """A lexicon whose words changed leaves its old patterns unused: they go after a few saves, so the file
    read at every start-up does not grow with each change."""
    (old, old_flags), (kept, kept_flags) = PATTERNS[0], PATTERNS[1]
    regex_cache.compiled(old, old_flags)
    regex_cache.compiled(kept, kept_flags)
    _new_run()
    for change in range(regex_cache.STALE_SAVES):
        regex_cache.compiled(kept, kept_flags)
        regex_cache.compiled(rf"\bshelled {change}\b", re.I)  # a new pattern: the store is written again
        _new_run()
    regex_cache.compiled(kept, kept_flags)
    assert not regex_cache._changed  # still read from the file
    regex_cache.compiled(old, old_flags)
    assert regex_cache._changed  # gone from it: compiled again


def test_a_bad_pattern_raises_as_re_does(fresh_cache):
    with pytest.raises(re.error):
        regex_cache.compiled(r"(unclosed", 0)


def test_with_none_in_the_cache_folder_the_wheels_store_is_read_and_the_folders_wins(fresh_cache, tmp_path_factory,
                                                                                     monkeypatch):
    shipped = tmp_path_factory.mktemp("shipped")
    monkeypatch.setattr(regex_cache, "SHIPPED", shipped)
    pattern, flags = PATTERNS[0]
    regex_cache.compiled(pattern, flags)
    _new_run()
    regex_cache.cache_path().rename(shipped / regex_cache.cache_path().name)  # the build's, none of the user's
    _same(regex_cache.compiled(pattern, flags), re.compile(pattern, flags), _texts())
    assert not regex_cache._changed  # read from the wheel's store: nothing compiled, nothing to write
    regex_cache._store = None
    regex_cache.cache_path().write_bytes(b"damaged")  # a damaged file of the user's: the wheel's still serves
    regex_cache.compiled(pattern, flags)
    assert not regex_cache._changed
    (shipped / regex_cache.cache_path().name).rename(shipped / "regexes-of-another-python.pickle")
    regex_cache._store = None
    regex_cache.compiled(pattern, flags)
    assert regex_cache._changed  # another interpreter's store is not read: compiled, and kept in the folder
