"""Regexes for many phrases that stay fast as a lexicon grows, with the same matches.

Python's ``re`` tries the branches of "phrase1|phrase2|..." one by one at every
position of the text; with hundreds of phrases that is most of the time spent
reading a sentence. Factoring the phrases into a trie ("al-(?:Qaeda|Nusra)")
lets the engine test a handful of branches per position; a guard on the first
character (``first_char_guard``) lets it skip at once the positions where no
phrase can start.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from . import regex_cache

try:  # many words looked for at once in C; without it, one ``in`` test a word
    import ahocorasick
except ImportError:  # pragma: no cover - a core dependency, but its absence must not break reading
    ahocorasick = None

try:  # the parser re compiles with: private, so any surprise means "no guard", never a wrong one
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["trie_alternation", "first_char_guard", "first_chars", "compile_guarded", "phrase_starts",
           "phrase_starts_source", "literal_prefixes", "required_words", "Prefiltered", "lowercase_twin",
           "lowered_for_twin"]


class _Unbounded(Exception):
    """The pattern can start with any character (or nothing): no guard."""


@regex_cache.kept("guard")
def first_char_guard(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a lookahead for the characters a match can start with, when they are few.

    "\\b(?:suicide bomb|blew up)" becomes "(?=[bs])(?:\\b(?:suicide bomb|blew up))": at
    other positions the engine fails on one class test instead of trying every
    branch. The lookahead is compiled with the same flags, so under re.I it
    matches every case variant the pattern would, and ``\\d``/``\\s`` stay the
    pattern's own classes; the set is read from re's own parse of the pattern.
    Where the start cannot be bounded (".", "\\w", a negation, an optional start),
    or where re already scans for a literal or class start in C (``_scans_itself``),
    the pattern is returned unchanged. Same matches either way
    (``tests/test_patterns.py``).
    """
    try:
        parsed = list(_sre_parse.parse(pattern, flags))
        if _scans_itself(parsed, bool(flags & re.IGNORECASE)):
            return pattern  # re skips to a literal or class start in C already: a lookahead would undo that
        members = _start_members(parsed, flags)
        if members is None or len(members) > 40:
            return pattern
        # wrapped, so the guard stands before every top-level branch ("kill|dead"), not the first only
        guarded = "(?=[" + "".join(sorted(members)) + "])(?:" + pattern + ")"
        re.compile(guarded, flags)  # a global inline flag ("(?i)...") must stay first: then no guard
    except (re.error, TypeError, ValueError, AttributeError, IndexError):
        return pattern
    return guarded


@regex_cache.kept("first chars")
def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The class ("[bs]") of the characters a match of ``pattern`` (under ``flags``) can start with, as
    ``first_char_guard`` reads it; None when any character, or none, can start one.

    Compiled under the same flags, it tells in one test whether a pattern can
    match at a position: a caller holding many patterns tries only those whose
    class holds the character there.
    """
    try:
        members = _start_members(list(_sre_parse.parse(pattern, flags)), flags)
    except (re.error, TypeError, ValueError, AttributeError, IndexError):
        return None
    return None if members is None else "[" + "".join(sorted(members)) + "]"


def _start_members(parsed: list, flags: int) -> set[str] | None:
    """The class members a match of the parsed pattern can start with; None when unbounded or it may be empty."""
    try:
        members, may_be_empty = _first(parsed, bool(flags & re.IGNORECASE))
    except _Unbounded:
        return None
    return None if may_be_empty or not members else members


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` of the pattern behind its ``first_char_guard``: for regexes searched through text.

    Keep the plain ``re.compile`` for a regex whose ``.pattern`` is pasted into
    another one, so the guard does not travel under other flags.
    """
    return regex_cache.compiled(first_char_guard(pattern, flags), flags)


def _scans_itself(items: list, ignorecase: bool) -> bool:
    """Whether the pattern starts with what re's compiler turns into a prefix scan: a literal, a class, or
    a branch of literals (under re.I only if none of them has a case)."""
    while items and items[0][0] is _sre.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = list(items[0][1][-1])
    if not items:
        return False
    op, arg = items[0]
    if op is _sre.LITERAL:
        return not (ignorecase and _cased(arg))
    if op is _sre.IN:  # as re._compiler._get_charset_prefix decides
        return not ignorecase or all(
            not (kind is _sre.LITERAL and _cased(value))
            and not (kind is _sre.RANGE and (value[1] > 0xFFFF or any(map(_cased, range(value[0], value[1] + 1)))))
            for kind, value in arg)
    if op is _sre.BRANCH:
        return all(branch and branch[0][0] is _sre.LITERAL and not (ignorecase and _cased(branch[0][1]))
                   for branch in arg[1])
    return False


def _cased(code: int) -> bool:
    ch = chr(code)
    return ch.lower() != ch or ch.upper() != ch


def _first(items: list, ignorecase: bool) -> tuple[set[str], bool]:
    """The class members (escaped characters, \\d, \\s) a match of ``items`` can start with, and whether it
    can match the empty string."""
    found: set[str] = set()
    for op, arg in items:
        members, may_be_empty = _first_of(op, arg, ignorecase)
        found |= members
        if not may_be_empty:
            return found, False
    return found, True


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}  # others (\w, negations) bound nothing


def _first_of(op, arg, ignorecase: bool) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        return {re.escape(chr(arg))}, False
    if op is _sre.IN:
        members: set[str] = set()
        for kind, value in arg:
            if kind is _sre.LITERAL:
                members.add(re.escape(chr(value)))
            elif kind is _sre.RANGE:
                if value[1] - value[0] > 40:
                    raise _Unbounded
                members.update(re.escape(chr(c)) for c in range(value[0], value[1] + 1))
            elif kind is _sre.CATEGORY and str(value) in _CATEGORIES:
                members.add(_CATEGORIES[str(value)])
            else:  # \w, a negation
                raise _Unbounded
        return members, False
    if op is _sre.CATEGORY:  # pragma: no cover - re puts categories inside IN
        raise _Unbounded
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # \b, ^, lookarounds: consume nothing
        return set(), True
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = arg
        if add_flags & re.IGNORECASE and not ignorecase:
            raise _Unbounded  # "(?i:k)": the guard, compiled without re.I, would miss "K" (and the Kelvin sign)
        return _first(list(inner), ignorecase)
    if op is _sre.BRANCH:
        members, may_be_empty = set(), False
        for branch in arg[1]:
            branch_members, branch_empty = _first(list(branch), ignorecase)
            members |= branch_members
            may_be_empty = may_be_empty or branch_empty
        return members, may_be_empty
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
        low, _high, inner = arg
        members, may_be_empty = _first(list(inner), ignorecase)
        return members, may_be_empty or low == 0
    raise _Unbounded  # ".", a back reference, a conditional, anything not listed


PREFIX_CHOICES = 64  # more ways for a pattern to start than this, and it has no useful prefixes


@regex_cache.kept("prefixes")
def literal_prefixes(pattern: str, flags: int = 0, length: int = 3) -> frozenset[str] | None:
    """Strings, lower-cased, of which every match of ``pattern`` (under ``flags``, re.I among them) starts
    with one: "kill(?:ed|s)|shot" gives {"kil", "sho"}, "an? strike" {"a s", "an "}. A string shorter
    than ``length`` is the whole match, or the match goes on with anything there. None when the start is
    unbounded (a "\\w", a long class, a group changing flags, more than PREFIX_CHOICES ways).

    In text that ``lowered_for_twin`` lower-cases, the pattern can match at a position only where that
    lower-cased text starts with one of these: a caller holding many patterns tries few of them there.
    """
    try:
        pieces = _pieces(list(_sre_parse.parse(pattern, flags)), length)
    except (_Unbounded, re.error, TypeError, ValueError, AttributeError, IndexError, RecursionError):
        return None
    found = frozenset(text for text, _whole in pieces)
    return None if "" in found else found


def _pieces(items: list, room: int) -> list[tuple[str, bool]]:
    """How a parsed sequence can start, up to ``room`` characters: (text lower-cased, whole), ``whole``
    when the text is all the sequence matches (what follows it may then be read on)."""
    out: list[tuple[str, bool]] = []

    def walk(index: int, prefix: str) -> None:
        if len(out) > PREFIX_CHOICES:
            raise _Unbounded
        if index == len(items):
            out.append((prefix, True))
            return
        if len(prefix) >= room:
            out.append((prefix[:room], False))
            return
        op, arg = items[index]
        once = True  # what follows the item's text may be read on (not after a repeat)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
            low, high, inner = arg
            if low == 0:
                walk(index + 1, prefix)  # the repeated part left out
            starts, once = _pieces(list(inner), room - len(prefix)), high == 1
        else:
            starts = _item_pieces(op, arg, room - len(prefix))
        for text, whole in starts:
            if whole and once:
                walk(index + 1, prefix + text)
            else:
                out.append((prefix + text, False))

    walk(0, "")
    return out


def _item_pieces(op, arg, room: int) -> list[tuple[str, bool]]:
    """``_pieces`` of one item that is no repeat."""
    # only ASCII is read: under re.I "İ" matches "i", which its lower case ("i̇", two characters) is not
    if op is _sre.LITERAL:
        return [(chr(arg).lower(), True)] if arg < 0x80 else [("", False)]
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is _sre.LITERAL and value < 0x80:
                chars.add(chr(value).lower())
            elif kind is _sre.RANGE and value[1] - value[0] <= 26 and value[1] < 0x80:
                chars.update(chr(code).lower() for code in range(value[0], value[1] + 1))
            else:  # \w, \d, a negation, a wide range, a letter outside ASCII
                return [("", False)]
        return [(char, True) for char in sorted(chars)]
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # \b, lookarounds: they consume nothing
        return [("", True)]
    if op is _sre.SUBPATTERN:
        if arg[1] or arg[2]:
            raise _Unbounded  # "(?i:...)", "(?-i:...)": read as unbounded, never wrongly
        return _pieces(list(arg[-1]), room)
    if op is _sre.BRANCH:
        return [piece for branch in arg[1] for piece in _pieces(list(branch), room)]
    return [("", False)]  # ".", a back reference: anything may come


def trie_alternation(keys: Iterable[str], piece: Callable[[str], str]) -> str:
    """The keys as one non-capturing group, longest match first.

    ``piece`` turns one character of a key into its pattern (an escaped letter,
    a letter with an optional apostrophe, any run of spaces for a space...).
    At a given position the keys that match are prefixes of one another, and a
    continuation is tried before the key that stops there, so the match is the
    one "key1|key2|..." sorted longest first would give, backtracking included
    (a lookahead after the group that fails sends the engine to the shorter key).
    """
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [piece(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append("")  # a key may end here: tried after every longer continuation
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    if not trie:
        return "(?!)"  # no keys: a group that never matches
    return "(?:" + emit(trie) + ")"


def phrase_starts(phrases: Iterable[str], flags: int = 0) -> re.Pattern:
    """A pattern that matches, at a position, exactly when one of the phrases (regexes, each read after a
    ``\\b`` as ``events`` reads its lexicon) matches there (``phrase_starts_source``, compiled)."""
    return regex_cache.compiled(phrase_starts_source(phrases, flags), flags)


def phrase_starts_source(phrases: Iterable[str], flags: int = 0) -> str:
    """The source of ``phrase_starts``'s pattern, behind its ``first_char_guard``.

    Searched from each start in turn, it finds in one scan the few places where a
    lexicon's phrases need trying, instead of one scan a group of phrases. The
    phrases are grouped by their first letter ("s(?:hell...|niper...)"), so at a
    word the engine tries a handful of branches, not all of them; a phrase that
    starts otherwise, or holds a "|" of its own, stands as it is.
    """
    by_letter: dict[str, list[str]] = {}
    others = []
    for phrase in phrases:
        if phrase[:1].isalpha() and phrase[1:2] not in ("?", "*", "+", "{") and not _top_level_branch(phrase):
            key = phrase[0].lower() if flags & re.IGNORECASE else phrase[0]
            by_letter.setdefault(key, []).append(phrase[1:])
        else:
            others.append(phrase)
    branches = [re.escape(letter) + "(?:" + "|".join(f"(?:{rest})" for rest in rests) + ")"
                for letter, rests in sorted(by_letter.items())]
    return first_char_guard(r"\b(?:" + "|".join(branches + [f"(?:{phrase})" for phrase in others]) + ")", flags)


def _top_level_branch(pattern: str) -> bool:
    """Whether the pattern has a "|" outside every group and class ("a|b", not "(?:a|b)")."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1  # the escaped character is no operator
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 if pattern[i + 1:i + 2] == "^" else 0
            i += 1 if pattern[i + 1:i + 2] == "]" else 0  # "[]...]": a first "]" is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


# -- words a match must hold ----------------------------------------------------------
_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op)


@regex_cache.kept("required words")
def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` holds, read from re's parse; None when
    no such set can be read (a match may be all classes, or a branch may hold no literal).

    "\\b(?:late |on )?(monday|tuesday)\\b" gives ("monday", "tuesday"): a text whose lower-case form
    holds neither cannot match. Only for text ``lowered_for_twin`` accepts: under re.I a few non-ASCII
    letters match ASCII ones ("ſ" matches "s"), so ``Prefiltered`` searches any other text in full.
    """
    try:
        parsed = _sre_parse.parse(pattern, flags)
        found = _required(list(parsed), bool(parsed.state.flags & re.IGNORECASE))  # "(?i)" at the start too
    except (re.error, TypeError, ValueError, AttributeError, IndexError, RecursionError):
        return None
    if not found:
        return None
    return tuple(sorted(word for word in found if not any(other != word and other in word for other in found)))


def _required(items: list, ignorecase: bool) -> set[str] | None:
    """A set of strings one of which every match of the sequence ``items`` holds: the most selective of
    its pieces' sets (a run of literals is one string), or None."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, arg in items + [(None, None)]:
        if op is _sre.LITERAL and not (ignorecase and arg > 127):  # "ſ" under re.I matches "s"
            run.append(chr(arg).lower())
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        inner = None
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            inner = _required(list(body), (ignorecase or bool(add_flags & re.IGNORECASE))
                              and not del_flags & re.IGNORECASE)
        elif op is _sre.BRANCH:
            branches = [_required(list(branch), ignorecase) for branch in arg[1]]
            inner = None if any(b is None for b in branches) else set().union(*branches)
        elif op in _REPEATS and arg[0] >= 1:
            inner = _required(list(arg[2]), ignorecase)
        if inner:
            candidates.append(inner)
    if not candidates:
        return None
    # the set whose shortest string is longest (rarer in text), then the smallest set
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)))


AUTOMATON_WORDS = 8  # from this many words on, an Aho-Corasick automaton finds any of them faster than ``in`` tests


def _automaton(words: Iterable[str]):
    """An Aho-Corasick automaton of ``words`` (``pyahocorasick``), or None without the library."""
    if ahocorasick is None:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


class Prefiltered:
    """A compiled pattern tried only on text that holds one of its ``required_words``.

    A few ``in`` tests on the lower-cased text cost less than the engine trying a
    long case-insensitive pattern at every position: worth it for a pattern
    searched in most sentences that few sentences match. Same answers as the
    pattern itself (``tests/test_patterns.py``); the pattern's other attributes
    are its own.
    """

    __slots__ = ("compiled", "words", "_automaton")

    def __init__(self, compiled: re.Pattern):
        if not isinstance(compiled.pattern, str):  # bytes: other folding rules (re.LOCALE), other text
            raise ValueError(f"{compiled.pattern!r}: only str patterns are filtered")
        words = required_words(compiled.pattern, compiled.flags)
        if words is None:
            raise ValueError(f"no required words in {compiled.pattern!r}: use the pattern itself")
        self.compiled, self.words = compiled, words
        self._automaton = _automaton(words) if len(words) >= AUTOMATON_WORDS else None

    def may_match(self, text: str) -> bool:
        lowered = lowered_for_twin(text)  # None: a letter with a case outside ASCII ("ſ" matches "s" under re.I)
        if lowered is None:
            return True
        if self._automaton is not None:  # one pass in C for all the words: a loop of 40 ``in`` tests costs 3x more
            for _ in self._automaton.iter(lowered):
                return True
            return False
        for word in self.words:  # a loop, not any() over a generator: a third faster, and this runs often
            if word in lowered:
                return True
        return False

    # the pattern's own signatures: pos and endpos may be given by name too
    def search(self, string: str, *bounds, **named) -> re.Match | None:
        return self.compiled.search(string, *bounds, **named) if self.may_match(string) else None

    def match(self, string: str, *bounds, **named) -> re.Match | None:
        return self.compiled.match(string, *bounds, **named) if self.may_match(string) else None

    def search_within(self, string: str, pos: int, endpos: int) -> re.Match | None:
        """``search(string, pos, endpos)``, its words looked for in that window alone: a match lies inside
        it, and so do the words (read from what a match consumes, never from a lookaround). For a window
        of a long text, where the words elsewhere would let most searches through."""
        return self.compiled.search(string, pos, endpos) if self.may_match(string[pos:endpos]) else None

    def finditer(self, string: str, *bounds, **named) -> Iterator[re.Match]:
        return self.compiled.finditer(string, *bounds, **named) if self.may_match(string) else iter(())

    def sub(self, repl, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count) if self.may_match(string) else string

    def __getattr__(self, name: str):
        if name.startswith("__") or name in self.__slots__:  # copy and pickle ask before the slots are set
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __reduce__(self):
        return Prefiltered, (self.compiled,)


# -- a case-insensitive pattern run case-sensitively on lower-cased text ---------------------
_FOLD_INTO_ASCII = frozenset((0x130, 0x131, 0x17F, 0x212A))  # İ ı ſ K: under re.I each matches an ASCII letter
_ASCII_UPPER = (ord("A"), ord("Z"))


class _NotFoldable(Exception):
    """The pattern has a part the lower-cased twin cannot reproduce."""


def lowered_for_twin(text: str) -> str | None:
    """``text.lower()`` when a ``lowercase_twin`` may search it and ``Prefiltered`` look for its words in it,
    else None: the text is ASCII, or its other characters have no case (curly quotes, dashes, Arabic
    letters): then ``lower`` keeps every offset, and no character of it has a case variant that ``re.I``
    would match and a lower-cased comparison would miss."""
    if text.isascii():
        return text.lower()
    for char in _NON_ASCII.findall(text):
        if not _caseless(char):
            return None
    return text.lower()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _caseless(char: str) -> bool:
    return char.lower() == char == char.upper()


def lowercase_twin(pattern: str, flags: int, widen: bool = False) -> re.Pattern | None:
    """A case-sensitive pattern that finds in ``text.lower()`` the matches, group spans included, that
    ``re.compile(pattern, flags)`` (case-insensitive) finds in ``text``, for text ``lowered_for_twin``
    accepts; None when it cannot be built.

    Under re.I the engine folds case at every comparison and cannot skip ahead to where a match may
    start (its fast scans are case-sensitive); with lower-case literals and classes on lower-cased text
    it needs neither. Only for text whose letters with a case are ASCII: there ``lower`` keeps every
    offset, and no letter has a case variant outside ASCII. Built from re's own parse, literals and
    classes lower-cased and the flag dropped. A pattern with a case-sensitive part ("(?-i:May)") or a
    letter whose re.I variant is ASCII ("ſ", "K") has no twin. A twin's groups have the offsets of the
    original's, but their text is lower-case: read it from the text itself.

    ``widen`` reads a case-sensitive part case-insensitively instead of refusing it (unless it holds a
    negation, which widened would match less): the twin then matches wherever the pattern does, and
    maybe elsewhere too; enough for a scan that only finds the places worth trying (``phrase_starts``).
    """
    if not isinstance(pattern, str) or flags & re.LOCALE:
        return None
    return regex_cache.compile_parsed(("twin", pattern, int(flags), widen), lambda: _twin_parse(pattern, flags, widen))


def _twin_parse(pattern: str, flags: int, widen: bool):
    """(None, the twin's parse, its flags) for ``regex_cache.compile_parsed``; None when it has no twin."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
        if not parsed.state.flags & re.IGNORECASE:  # "(?i)" at the start sets it here too
            return None
        _lower_items(parsed.data, widen)
        parsed.state.flags &= ~re.IGNORECASE
        return None, parsed, flags & ~re.IGNORECASE
    except (_NotFoldable, re.error, TypeError, ValueError, AttributeError, IndexError, RecursionError):
        return None


def _lower_items(items: list, widen: bool, case_sensitive: bool = False) -> None:
    """Lower-case, in place, the literals and classes of a parsed pattern (see ``lowercase_twin``);
    ``case_sensitive``: inside a part that ``widen`` reads case-insensitively."""
    for index, (op, arg) in enumerate(items):
        if case_sensitive and (op is _sre.NOT_LITERAL or op is _sre.ASSERT_NOT
                               or (op is _sre.IN and arg and arg[0][0] is _sre.NEGATE)):
            raise _NotFoldable("a negation in a case-sensitive part")
        if op is _sre.LITERAL or op is _sre.NOT_LITERAL:
            items[index] = (op, _lower_code(arg))
        elif op is _sre.IN:
            items[index] = (op, _lower_class(arg))
        elif op is _sre.SUBPATTERN:
            group, add_flags, del_flags, body = arg
            inside = case_sensitive or bool(del_flags & re.IGNORECASE)
            if inside and not widen:
                raise _NotFoldable("a case-sensitive part")
            _lower_items(body.data, widen, inside and not add_flags & re.IGNORECASE)
            items[index] = (op, (group, add_flags & ~re.IGNORECASE, del_flags & ~re.IGNORECASE, body))
        elif op is _sre.BRANCH:
            for branch in arg[1]:
                _lower_items(branch.data, widen, case_sensitive)
        elif op in _REPEATS:
            _lower_items(arg[2].data, widen, case_sensitive)
        elif op is _sre.ASSERT or op is _sre.ASSERT_NOT:  # a negative one widened would match less
            _lower_items(arg[1].data, widen and op is _sre.ASSERT, case_sensitive)
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            _lower_items(arg.data, widen, case_sensitive)
        elif op is _sre.GROUPREF_EXISTS:
            for body in arg[1:]:
                if body is not None:
                    _lower_items(body.data, widen, case_sensitive)
        elif op not in (_sre.ANY, _sre.AT, _sre.GROUPREF):  # they read no case
            raise _NotFoldable(str(op))


def _lower_code(code: int) -> int:
    if code in _FOLD_INTO_ASCII:
        raise _NotFoldable(chr(code))
    return code + 32 if _ASCII_UPPER[0] <= code <= _ASCII_UPPER[1] else code


def _lower_class(members: list) -> list:
    """A class's members with the lower case of its ASCII capitals added: on lower-cased text it then holds
    exactly the characters whose case variants the re.I class holds (a negated one too)."""
    out = list(members)
    for kind, value in members:
        if kind is _sre.LITERAL:
            if _lower_code(value) != value:
                out.append((kind, value + 32))
        elif kind is _sre.RANGE:
            low, high = value
            if any(low <= code <= high for code in _FOLD_INTO_ASCII):
                raise _NotFoldable("a range with a letter that folds into ASCII")
            low, high = max(low, _ASCII_UPPER[0]), min(high, _ASCII_UPPER[1])
            if low <= high:
                out.append((kind, (low + 32, high + 32)))
        elif kind is not _sre.NEGATE and kind is not _sre.CATEGORY:
            raise _NotFoldable(str(kind))
    return out
