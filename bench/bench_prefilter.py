"""Benchmark: what each ``patterns.Prefiltered`` pattern costs a note, with and without its filter.

Run: python bench/bench_prefilter.py CORPUS.jsonl [--repeat 3]

Extracts the corpus once in this process, recording every call made to a filtered pattern (its method and
arguments), then replays those calls on the plain compiled pattern and on the filtered one and prints
microseconds a note for each, the fastest of ``--repeat`` replays. This is how the patterns behind a filter
were chosen: one stays plain where the filter costs more than it saves. Numbers go in docs/benchmarks.md and
closing notes, never in tests.
"""
from __future__ import annotations

import argparse
import gc
import time
from collections import defaultdict

import geomap.articles
import geomap.coding
import geomap.events
import geomap.geoparse
import geomap.incidents
from geomap.articles import read_articles
from geomap.gazetteer import Gazetteer
from geomap.patterns import Prefiltered

METHODS = ("search", "match", "finditer", "sub")


def filtered_patterns() -> dict[str, Prefiltered]:
    """geomap's filtered patterns by name: module-level ones, the relation phrases, the not-an-incident readings."""
    named = [(f"{module.__name__.split('.')[-1]}.{name}", value)
             for module in (geomap.articles, geomap.coding, geomap.events, geomap.geoparse, geomap.incidents)
             for name, value in vars(module).items() if isinstance(value, Prefiltered)]
    named += [(f"geoparse._RELATIONS[{i}]", p) for i, p in enumerate(geomap.geoparse._RELATIONS)
              if isinstance(p, Prefiltered)]
    named += [(f"events._NOT_INCIDENT[{why}]", p) for p, why in geomap.events._NOT_INCIDENT
              if isinstance(p, Prefiltered)]
    found: dict[str, Prefiltered] = {}
    for name, pattern in named:  # one pattern imported into two modules is counted once
        if all(pattern is not other for other in found.values()):
            found[name] = pattern
    return found


def recorded_calls(corpus: str) -> tuple[dict[int, list], int]:
    """Every call to a filtered pattern while the corpus is extracted (by the pattern's id), and the notes read."""
    calls: dict[int, list] = defaultdict(list)
    originals = {name: getattr(Prefiltered, name) for name in METHODS}

    def recording(name):
        def method(self, *args, **named):
            calls[id(self)].append((name, args, named))
            return originals[name](self, *args, **named)
        return method

    for name in METHODS:
        setattr(Prefiltered, name, recording(name))
    try:
        geoparser = geomap.geoparse.Geoparser(Gazetteer.default())
        articles = list(read_articles([corpus], prepare=False))
        geomap.incidents.extract_articles(articles, geoparser)
    finally:
        for name, method in originals.items():
            setattr(Prefiltered, name, method)
    return calls, len(articles)


def replay(target, calls: list, repeat: int) -> float:
    """The fastest of ``repeat`` replays of the calls on ``target`` (a Prefiltered or its compiled pattern)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for name, args, named in calls:
            result = getattr(target, name)(*args, **named)
            if name == "finditer":
                for _match in result:
                    pass
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> list[tuple]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    collecting = gc.isenabled()
    gc.disable()  # as `geomap extract` extracts; given back as found (the tests call main in their process)
    try:
        calls, notes = recorded_calls(args.corpus)
        rows = []
        for label, pattern in sorted(filtered_patterns().items()):
            made = calls.get(id(pattern), [])
            plain, gated = replay(pattern.compiled, made, args.repeat), replay(pattern, made, args.repeat)
            rows.append((label, len(made) / notes, 1e6 * plain / notes, 1e6 * gated / notes))
    finally:
        if collecting:
            gc.enable()
    print(f"{notes} notes from {args.corpus}; µs a note, fastest of {args.repeat} replays")
    for label, per_note, plain, gated in rows:
        print(f"{label:34s} {per_note:6.2f} calls a note  plain {plain:6.2f}  filtered {gated:6.2f}")
    print(f"{'all filtered patterns':34s} {'':19s}  plain {sum(r[2] for r in rows):6.2f}  "
          f"filtered {sum(r[3] for r in rows):6.2f}")
    return rows


if __name__ == "__main__":
    main()
