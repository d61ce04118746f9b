"""One regex for many phrases, factored by common prefix, so a scan stays fast as a lexicon grows.

Python's ``re`` tries the branches of "phrase1|phrase2|..." one by one at every
position of the text; with hundreds of phrases that is most of the time spent
reading a sentence. Factoring the phrases into a trie ("al-(?:Qaeda|Nusra)")
lets the engine test a handful of branches per position, with the same matches.
"""
from __future__ import annotations

from typing import Callable, Iterable

__all__ = ["trie_alternation"]


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
