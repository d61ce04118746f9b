"""A lexicon factored into a trie matches exactly what the plain longest-first alternation matches."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.patterns import trie_alternation

WORDS = st.text(alphabet="abc -'", min_size=1, max_size=6).map(str.strip).filter(bool)


def _piece(ch: str) -> str:
    if ch == " ":
        return r"['’]?[\s\-]+"
    return re.escape(ch) + r"['’]?" if ch.isalpha() else re.escape(ch)


def _plain(keys) -> str:
    return "(?:" + "|".join("".join(_piece(c) for c in k) for k in sorted(keys, key=len, reverse=True)) + ")"


@settings(max_examples=300, deadline=None)
@given(st.sets(WORDS, min_size=1, max_size=12), st.text(alphabet="abc -'’x", max_size=40))
def test_trie_matches_like_the_longest_first_alternation(keys, text):
    trie = re.compile(r"(?<![\w-])" + trie_alternation(keys, _piece) + r"(?![\w])")
    plain = re.compile(r"(?<![\w-])" + _plain(keys) + r"(?![\w])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_no_keys_never_match():
    assert re.search(trie_alternation([], re.escape), "anything") is None
