"""A lexicon factored into a trie matches exactly what the plain longest-first alternation matches."""
import re

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.patterns import (Prefiltered, _top_level_branch, first_char_guard, first_chars, literal_prefixes,
                             lowercase_twin, lowered_for_twin, phrase_starts, required_words, trie_alternation)

# as in a lexicon's keys, an apostrophe stands between letters ("Ma'arrat"): a piece's optional apostrophe
# would otherwise take the key's own one ({"b", "b'-"} on "b'-" stops at "b'")
WORDS = (st.text(alphabet="abc -'", min_size=1, max_size=6).map(str.strip).filter(bool)
         .filter(lambda w: re.search(r"'(?![abc])|(?<![abc])'", w) is None))


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


# -- the words a match needs -------------------------------------------------------------
NEEDED_PIECES = ["kill", "Kill", "ed", "(?:ed|ing)", "(?-i:May)", "(?i:k)ill", "ſ", "K", "İ", " ", r"\s+", r"\d",
                 "a?", "(?:in|)", "[ki]", r"\b", "(?<!k)", "(?=i)", "x{2,3}", "(?:y)+", "z*", "$"]
NEEDED_TEXT = st.text(alphabet="kilKILedngMayſKİıxyz 1’—ب", max_size=30)  # and characters with no case


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(NEEDED_PIECES), min_size=1, max_size=4), min_size=1, max_size=3)
       .map(lambda branches: "|".join("".join(branch) for branch in branches)),
       st.sampled_from([0, re.I]), st.lists(NEEDED_TEXT, min_size=1, max_size=4))
def test_a_prefiltered_pattern_answers_as_the_pattern_does(pattern, flags, texts):
    """Skipping text that holds none of the required words must never hide a match: under re.I "ſ" matches
    "s" and the Kelvin sign "k", so only ASCII text is skipped."""
    plain = _compiled(pattern, flags)
    if plain is None or required_words(pattern, flags) is None:
        return
    gated = Prefiltered(plain)
    for text in texts:
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)], (pattern, text)
        assert gated.sub("-", text) == plain.sub("-", text)
        assert bool(gated.match(text)) == bool(plain.match(text))
        for pos, endpos in ((0, len(text)), (len(text) // 3, len(text)), (1, 2 * len(text) // 3)):
            found, expected = gated.search_within(text, pos, endpos), plain.search(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span()), (pattern, text, pos, endpos)


def test_prefiltered_patterns_that_trap_a_lower_cased_test_still_match():
    cases = [("kill", "kİll kıll \u212aill KILL"), ("slain", "ſlain"), ("(?-i:May)", "may May"), ("ſlain", "SLAIN"),
             (r"kill(?:ed|ing)\b", "KILLING")]
    for pattern, text in cases:
        plain = re.compile(pattern, re.I)
        assert [m.span() for m in Prefiltered(plain).finditer(text)] == [m.span() for m in plain.finditer(text)], \
            pattern


def test_required_words_are_read_from_the_pattern_or_refused():
    assert required_words(r"\b(?:late |on )?(monday|Tuesday)\b", re.I) == ("monday", "tuesday")
    assert required_words(r"kill(?:ed|ing) in|dead") == ("dead", "kill")  # each branch gives its rarest part
    assert required_words(r"the area|in the area") == ("the area",)  # one that holds another is not needed
    assert required_words(r"\w+ed") == ("ed",) and required_words(r"(?:kill)?ed") == ("ed",)
    assert required_words(r"\d+") is None and required_words(r"kill|\w+") is None  # a branch with no literal
    assert required_words("ſlain", re.I) == ("lain",) == required_words("(?i)ſlain")  # under re.I "ſ" is also "s"
    assert Prefiltered(re.compile("ſlain", re.I)).search("SLAIN") is not None
    with pytest.raises(ValueError):
        Prefiltered(re.compile(r"\d+"))
    with pytest.raises(ValueError):
        Prefiltered(re.compile(b"kill"))  # bytes fold by other rules


def test_a_prefiltered_pattern_takes_the_patterns_arguments_and_copies():
    import copy
    import pickle

    gated = Prefiltered(re.compile(r"\bkill(?:ed|ing)\b", re.I))
    assert gated.search("was killed", pos=2).span() == (4, 10) and gated.search("was killed", endpos=8) is None
    assert [m.span() for m in gated.finditer("Killing, killed", 1)] == [(9, 15)]
    assert gated.sub("x", "killed and KILLING") == "x and x" and gated.pattern == r"\bkill(?:ed|ing)\b"
    for twin in (copy.copy(gated), copy.deepcopy(gated), pickle.loads(pickle.dumps(gated))):
        assert isinstance(twin, Prefiltered) and twin.words == gated.words and twin.search("killed")


def test_a_pattern_with_many_words_finds_them_in_one_pass_with_the_same_answers():
    """From AUTOMATON_WORDS words on, the words are looked for with an Aho-Corasick automaton: it must pass and
    refuse the texts the word-by-word test does, a word anywhere in the text, in any case, at its very end."""
    import geomap.patterns as patterns

    words = ["shelled", "stormed", "ambushed", "torched", "looted", "raided", "bombed", "besieged", "mined"]
    gated = Prefiltered(re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I))
    assert len(gated.words) >= patterns.AUTOMATON_WORDS and gated._automaton is not None
    one_by_one = Prefiltered(re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I))
    one_by_one._automaton = None  # as without pyahocorasick
    texts = ["Regime forces SHELLED Kafr Nabl", "they were mined", "a quiet day in Hama", "", "unshelled",
             "Rebels Stormed", "the bombe d town", "’besieged’ — “Madaya”"]
    for text in texts:
        assert gated.may_match(text) == one_by_one.may_match(text) == any(w in text.lower() for w in words), text
        found = gated.compiled.search(text) is not None
        assert (gated.search(text) is not None) == (one_by_one.search(text) is not None) == found


def test_the_prefiltered_patterns_of_geomap_match_as_their_own_on_real_text():
    """Each pattern geomap searches behind its words, on the seeds' and the dev sets' sentences, and on the
    80 characters before each capitalised word (what the relation patterns read)."""
    import json
    from pathlib import Path

    import geomap.articles
    import geomap.coding
    import geomap.events
    import geomap.geoparse
    import geomap.incidents

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    for name in ("terse_dev.jsonl", "terse_check.jsonl"):
        texts += [json.loads(line)["text"] for line in (root / "tests" / "data" / name).read_text().splitlines()]
    texts += [text[max(0, m.start() - 80):m.start()] for text in list(texts) for m in re.finditer(r"[A-Z]", text)]
    gated = [value for module in (geomap.articles, geomap.coding, geomap.events, geomap.geoparse, geomap.incidents)
             for value in vars(module).values() if isinstance(value, Prefiltered)]
    gated += [p for p in geomap.geoparse._RELATIONS if isinstance(p, Prefiltered)]
    gated += [p for p, _ in geomap.events._NOT_INCIDENT if isinstance(p, Prefiltered)]
    assert len(gated) >= 15
    for pattern in gated:
        hits = 0
        for text in texts:
            expected = [m.span() for m in pattern.compiled.finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == expected, (pattern.pattern[:40], text[:80])
            hits += bool(expected)
            middle = len(text) // 2  # a window of the text: what a search behind a name or before a word reads
            within = pattern.search_within(text, max(0, middle - 60), middle)
            plain = pattern.compiled.search(text, max(0, middle - 60), middle)
            assert (within and within.span()) == (plain and plain.span()), (pattern.pattern[:40], text[:80])
        assert hits < len(texts)  # the words are a filter: some text is passed over


def test_the_words_around_a_name_are_read_alike_with_and_without_the_word_test():
    """``_role_from_words`` skips names with none of its patterns' words about them: on the seeds' and the dev
    sets' text, before and after every capitalised word, it must say what the patterns say."""
    import json
    from pathlib import Path

    from geomap.geoparse import _role_from_words, _role_read

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    for name in ("terse_dev.jsonl", "terse_check.jsonl"):
        texts += [json.loads(line)["text"] for line in (root / "tests" / "data" / name).read_text().splitlines()]
    roles = set()
    for text in texts:
        for m in re.finditer(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?", text):
            before, after = text[max(0, m.start() - 80):m.start()], text[m.end():m.end() + 40]
            role = _role_read(m.group(), before, after)
            assert _role_from_words(m.group(), before, after) == role, (m.group(), before, after)
            roles.add(role)
    assert {"", "governorate", "district", "settlement"} <= roles  # the test reads names of each kind


# -- the lower-cased twin of a case-insensitive pattern ------------------------------------
TWIN_PIECES = FRAGMENTS + ["(K)(?:i|L)", r"(a)\1", "[A-Cx]", "[^B-Dk]+", "(?i:Ab)", "(?P<w>[A-Z])(?(w)y|z)", "(?>aB)",
                           r"\B", "^", "$", "(?!ca)", "[İ-ſ]", r"[\w-]", "ı", "(?-i:[A-Z]a)", "(?-i:a(?i:B))"]
TWIN_TEXT = st.text(alphabet="abckKilsxMAYmay 1-_BCD’—ب", max_size=40)  # and letters with no case
TWIN_PATTERNS = st.lists(st.lists(st.sampled_from(TWIN_PIECES), min_size=1, max_size=4), min_size=1, max_size=3).map(
    lambda branches: "|".join("".join(branch) for branch in branches))


@settings(max_examples=600, deadline=None)
@given(TWIN_PATTERNS, st.lists(TWIN_TEXT, min_size=1, max_size=4))
def test_a_lowercase_twin_finds_the_same_spans_in_lower_cased_ascii_text(pattern, texts):
    plain = _compiled(pattern, re.I)
    twin = lowercase_twin(pattern, re.I) if plain is not None else None
    if twin is None:
        return
    assert not twin.flags & re.I
    for text in texts:
        lowered = lowered_for_twin(text)
        assert [m.regs for m in twin.finditer(lowered)] == [m.regs for m in plain.finditer(text)], (pattern, text)
        assert [m.regs for m in twin.finditer(lowered, 3)] == [m.regs for m in plain.finditer(text, 3)]


def test_only_text_whose_cased_letters_are_ascii_is_lowered_for_a_twin():
    assert lowered_for_twin("Shelled AL-BAB") == "shelled al-bab"
    assert lowered_for_twin("“Shelled” — Dayr ’Atiyah, دير") == "“shelled” — dayr ’atiyah, دير"
    for text in ("Aléppo", "ſlain", "\u212aill", "İdlib", "dıd", "ΣΑΑ"):  # a case variant twins would miss
        assert lowered_for_twin(text) is None, text


@settings(max_examples=600, deadline=None)
@given(TWIN_PATTERNS, st.lists(TWIN_TEXT, min_size=1, max_size=4))
def test_a_widened_twin_matches_wherever_the_pattern_does(pattern, texts):
    """Widened, a case-sensitive part is read without case: every position where the pattern matches is
    one where the twin matches (a scan for places to try may find more, never fewer)."""
    plain = _compiled(pattern, re.I)
    twin = lowercase_twin(pattern, re.I, widen=True) if plain is not None else None
    if twin is None:
        return
    for text in texts:
        lowered = lowered_for_twin(text)
        for at in range(len(text) + 1):
            if plain.match(text, at):
                assert twin.match(lowered, at), (pattern, text, at)


def test_a_pattern_whose_case_matters_has_no_twin():
    for pattern in ["(?-i:May)", "ſlain", "\u212aill", "[İ-ſ]x", "ıd", "[ſ]"]:
        assert lowercase_twin(pattern, re.I) is None, pattern
    assert lowercase_twin("(?-i:May)", re.I, widen=True).match("may")
    assert lowercase_twin("(?!(?-i:May))", re.I, widen=True) is None  # widened, it would match less
    assert lowercase_twin("(?-i:[^a-z])", re.I, widen=True) is None
    assert lowercase_twin("May", 0) is None and lowercase_twin(b"may", re.I) is None
    assert lowercase_twin("(?i)may", 0).match("may")
    twin = lowercase_twin(r"\b(?P<what>Kill(?:ed|ing))\b|[^A-Z ]{2}", re.I)
    assert [m.span("what") for m in twin.finditer("they KILLED, killing".lower())] == [(5, 11), (13, 20)]
    assert twin.search("7-") and not twin.search("x7") and not twin.search("AB".lower())  # [^A-Z] under re.I: a-z too


def test_the_twins_geomap_searches_find_what_their_patterns_find_in_real_text():
    """The event lexicon's scan, the actor names and the not-a-place phrases, on the seeds' and dev notes'
    sentences: every lexicon match, actor and masked span is the one the case-insensitive patterns give."""
    import json
    from pathlib import Path

    import geomap.events as events
    import geomap.geoparse as geoparse

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    for name in ("terse_dev.jsonl", "terse_check.jsonl"):
        texts += [json.loads(line)["text"] for line in (root / "tests" / "data" / name).read_text().splitlines()]
    sentences = [text[s:e] for text in texts for s, e, _ in events.split_sentences(text)]
    sentences = [s for s in sentences if lowered_for_twin(s) is not None]
    starts, runs = events._event_twins()
    # only a run with a case-sensitive part ("took (?-i:[A-Z])": a name follows) has no twin
    assert starts is not None
    assert all(twin is not None or "(?-i:" in pattern.pattern for (pattern, *_), twin in zip(events._event_patterns(), runs))
    names, acronyms = events.actors()[0]
    assert events._actor_twins()[0] is not None and events._actor_twins()[1] is None  # acronyms are case-sensitive
    pairs = [(names[0], events._actor_twins()[0]), (geoparse._not_places()[0], geoparse._not_places_twin())]
    pairs += [(pattern, twin) for (pattern, *_), twin in zip(events._event_patterns(), runs) if twin is not None]
    found = 0
    for sentence in sentences:
        lowered = lowered_for_twin(sentence)
        for pattern, twin in pairs:
            expected = [m.span() for m in pattern.finditer(sentence)]
            assert [m.span() for m in twin.finditer(lowered)] == expected, (pattern.pattern[:40], sentence)
            found += len(expected)
        plain_starts = {m.start() for at in range(len(sentence)) if (m := events._event_starts().match(sentence, at))}
        assert plain_starts <= {at for at in range(len(sentence)) if starts.match(lowered, at)}
    assert found > 500


@pytest.mark.parametrize("pattern, expected", [
    (r"kill(?:ed|s)|shot", {"kil", "sho"}),
    (r"\ban? strike", {"a s", "an "}),  # the optional letter read both ways
    (r"(?:heavy )?machine[ -]?gun", {"hea", "mac"}),  # an optional word left out, or not
    (r"IS\b", {"is"}),  # a whole match shorter than the prefixes asked for
    (r"(?:jets?|F-\d{2})\b", {"jet", "f-"}),  # a digit class stops a prefix where it stands
    (r"\w+ killed", None),  # any word may start it
    (r"x*", None),  # may match nothing
    (r"(?-i:May) attack", None),  # a case-sensitive part: never read lower-cased
    ("İdlib", None),  # under re.I "İ" matches "i", which its lower case is not: no prefix read past it
    ("x[İy]", {"x"}),
    ("|".join(a + b + "x" for a in "abcdefghij" for b in "abcdefghij"), None),  # too many ways to start
])
def test_literal_prefixes_are_the_ways_a_match_can_start(pattern, expected):
    found = literal_prefixes(pattern, re.I)
    assert (None if found is None else set(found)) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "a?", "(?:b|cd)", "c*", "[ab]", "\\b", " ", "d+", "(?:x)?", "\\w", "e{2}",
                                 "İ", "[İa]"]),
                min_size=1, max_size=5),
       st.text(alphabet="abcdexi AB", max_size=30))
def test_a_match_starts_with_one_of_its_literal_prefixes(pieces, text):
    """Where the pattern matches, the lower-cased text starts with one of its prefixes: a scan that tries
    a pattern only there misses none of its matches."""
    pattern = "".join(pieces)
    found = literal_prefixes(pattern, re.I)
    compiled = re.compile(pattern, re.I)
    for at in range(len(text) + 1):
        if compiled.match(text, at):
            assert found is None or text.lower().startswith(tuple(found), at), (pattern, text, at)


def test_the_event_lexicon_is_tried_only_where_its_runs_can_start():
    """Every run of the event lexicon has literal prefixes (else the scan falls back on the phrases
    themselves), and the cues found through them are those the runs' own patterns find, on real text."""
    import json
    from pathlib import Path

    import geomap.events as events

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in (root / "tests" / "data" / "terse_dev.jsonl").read_text().splitlines()]
    sentences = [text[s:e] for text in texts for s, e, _ in events.split_sentences(text)]
    assert all(found is not None for found in events._run_prefixes())
    cues = 0
    for sentence in sentences:
        expected = sorted((cue for (pattern, event_type, sub_type, weight) in
                           [(re.compile(source, re.I), *key) for source, *key in events._event_sources()]
                           for m in pattern.finditer(sentence)
                           for cue in [events.EventCue(event_type, sub_type, m.start(), m.end(), weight, m.group())]),
                          key=lambda c: (-c.weight, c.start))
        assert list(events._event_cues.__wrapped__(sentence)) == expected, sentence
        cues += len(expected)
    assert cues > 300
