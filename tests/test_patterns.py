"""A lexicon factored into a trie matches exactly what the plain longest-first alternation matches."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.patterns import _top_level_branch, first_char_guard, first_chars, phrase_starts, trie_alternation

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


# -- the first-character guard ----------------------------------------------------------
FRAGMENTS = ["kill", "Kill", r"\d+", r"\s*", "[a-z]", r"[\s\d]", "(?:ed|ing)", "s?", r"\b", "[a-c]", "(?-i:May)", "(?i:k)", "x*", r"\d", ".", "[^a]",
             "(?=a)", "(?<!b)", "a{0,2}", "(?:b|)", r"\s+", "ſ", "K"]
TEXT = st.text(alphabet="abckKilsxMay ſ1-İı", max_size=40)


# patterns of one to three branches of fragments; some are not valid regexes (_compiled skips those)
PATTERNS = st.lists(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4), min_size=1, max_size=3).map(
    lambda branches: "|".join("".join(branch) for branch in branches))


def _compiled(pattern: str, flags: int) -> re.Pattern | None:
    try:
        return re.compile(pattern, flags)
    except re.error:
        return None


@settings(max_examples=400, deadline=None)
@given(PATTERNS, st.sampled_from([0, re.I]), st.lists(TEXT, min_size=1, max_size=4))
def test_a_guarded_pattern_finds_exactly_the_same_matches(pattern, flags, texts):
    plain = _compiled(pattern, flags)
    if plain is None:
        return
    guarded = re.compile(first_char_guard(pattern, flags), flags)
    for text in texts:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_patterns_that_trap_a_naive_guard_still_match_the_same():
    cases = [(".x", 0, "ax"), ("a?b", 0, "b ab"), ("(?i:k)ill", 0, "Kill \u212aill"), (r"\bkill", re.I, "KILL"),
             ("[^a]b", 0, "cb"), ("x*y", 0, "y"), ("(?:b|)c", 0, "c bc"), ("(?=a)a|b", 0, "ab"), ("(a)\\1", 0, "aa")]
    for pattern, flags, text in cases:
        guarded = re.compile(first_char_guard(pattern, flags), flags)
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in re.finditer(pattern, text, flags)], \
            pattern


def test_the_guard_is_there_when_starts_are_few_and_absent_when_anything_may_start():
    assert first_char_guard(r"\b(?:suicide bomb|blew up)", re.I).startswith("(?=[bs])")
    assert first_char_guard("kill|dead", re.I) == "(?=[dk])(?:kill|dead)"  # before every branch
    assert first_char_guard("kill|dead") == "kill|dead"  # re scans for the literals itself, faster
    assert first_char_guard(r"[\s,]x") == r"[\s,]x"  # a class first: re scans for it itself
    assert first_char_guard(r"(?i:k)ill") == r"(?i:k)ill"  # a guard without re.I would miss "K"
    assert first_char_guard(r"\w+kill") == r"\w+kill"
    assert first_char_guard(r"(?i)kill") == r"(?i)kill"  # the global flag must stay first


def test_the_event_lexicon_matches_the_same_with_and_without_guards():
    from geomap.events import _event_patterns

    sentences = _lexicon_examples()
    assert len(sentences) > 100
    for pattern, *_ in _event_patterns():
        guard = re.match(r"\(\?=\[(?:\\.|[^]\\])*\]\)\(\?:", pattern.pattern)
        assert guard, pattern.pattern[:40]
        plain = re.compile(pattern.pattern[guard.end():-1], pattern.flags)
        for sentence in sentences:
            assert [m.span() for m in pattern.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)]


def _lexicon_examples() -> list[str]:
    from geomap.events import event_words

    return [row["example"] for row in event_words() if row.get("example")]


def test_the_actor_guards_taken_from_the_keys_are_what_the_parse_gives():
    from geomap.events import actors

    for pattern, _ in actors()[0]:
        guard, body = pattern.pattern.split("])(?:", 1)
        assert first_char_guard(body[:-1], pattern.flags).startswith(guard + "])")


# -- where any phrase starts ---------------------------------------------------------------
PHRASE_PIECES = ["ab", "b", "Ba", "a?", "b*", "a{2}", "(?:a|b)", "|", "[|a]", r"\|", "[]|]", "[^]|]", "c", " ",
                 r"\b", "(?-i:A)", "(?<!c)", "(?!b)", r"\w", "ſ", "K"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PHRASE_PIECES), min_size=1, max_size=4), min_size=1, max_size=5),
       st.sampled_from([0, re.I]), st.text(alphabet="abcABK |ſk", max_size=30))
def test_phrase_starts_match_where_some_phrase_matches(phrases, flags, text):
    phrases = ["".join(pieces) for pieces in phrases]
    try:
        plain = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in phrases) + ")", flags)
    except re.error:
        return
    starts = phrase_starts(phrases, flags)
    for at in range(len(text) + 1):
        assert bool(starts.match(text, at)) == bool(plain.match(text, at)), (phrases, text, at)


def test_a_top_level_branch_is_one_outside_groups_and_classes():
    assert _top_level_branch("a|b") and _top_level_branch(r"(?:a)|b")
    assert not _top_level_branch("(?:a|b)c") and not _top_level_branch("[|]") and not _top_level_branch(r"a\|b")
    assert not _top_level_branch("[]|]") and not _top_level_branch("[^]|]x")


@settings(max_examples=400, deadline=None)
@given(PATTERNS, st.sampled_from([0, re.I]), st.lists(TEXT, min_size=1, max_size=4))
def test_every_match_starts_with_a_first_char(pattern, flags, texts):
    """A caller skips a pattern where the character is not in its ``first_chars``: no match may start there."""
    plain, chars = _compiled(pattern, flags), first_chars(pattern, flags)
    if plain is None or chars is None:
        return
    for text in texts:
        for position in range(len(text)):
            if plain.match(text, position):
                assert re.match(chars, text[position], flags), (pattern, text, position)
