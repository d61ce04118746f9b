"""Spans of a text, asked whether a span overlaps any of them: in logarithmic time, not one test a span.

A paragraph names its places and actors one by one, and each is checked against
what was already taken or masked there. Tested one span at a time, a paragraph of
N names costs N x N tests: nothing for a news paragraph, minutes for a report
pasted as one line.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from typing import Iterable

__all__ = ["SpanSet"]


FEW_SPANS = 16  # up to this many, each is tested in turn: sorting them would cost more than it saves


class SpanSet:
    """Half-open spans (start, end), which may overlap one another; fixed once made."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = list(spans)
        self._starts: list[int] | None = None
        if len(self._spans) > FEW_SPANS:
            ordered = sorted(self._spans)
            self._starts = [start for start, _ in ordered]
            self._reach = list(accumulate((end for _, end in ordered), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``s < end`` and ``start < e``, as ``any(...)`` over them would say."""
        if self._starts is None:
            for s, e in self._spans:  # a loop, not any() over a generator: asked of every name and actor
                if s < end and start < e:
                    return True
            return False
        before_end = bisect_left(self._starts, end)  # the spans that begin before ``end``
        return before_end > 0 and self._reach[before_end - 1] > start

    def __len__(self) -> int:
        return len(self._spans)
