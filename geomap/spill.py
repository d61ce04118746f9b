"""Chunks' extractions gathered in input order and merged across articles, kept on disk until written.

A run over a million articles finds about as many incidents and control
statements; held until the end they take 2-4 KB each (3.7 KB an Incident, 1.9 KB
as the values of its row, ``IncidentRow``, as workers send it and the file keeps
it), so memory would grow with the corpus. ``Gathered(on_disk=True)`` pickles the
chunks' results to one temporary file, ``HELD_ROWS`` rows at a time (a run
with fewer never touches the disk). What stays in memory besides is
the cross-article twin index (``TwinIndex``: about 360 bytes a kept
day-precise incident), the later reports folded into earlier ones (an
article stub, an evidence sentence and a toll each), the first unresolved
sentences for the summary, and counts. ``chunks()`` reads the chunks back in
input order with those folds applied, so a writer can write a batch at a time.

``Gathered(on_disk=False)`` keeps the chunks as objects: it is
``merge_extractions``, and gives the same rows in the same order.
"""
from __future__ import annotations

import gc
import pickle
import tempfile
from contextlib import contextmanager
from typing import Iterator

from .incidents import ControlClaim, Extraction, Incident, IncidentRow, TwinIndex, fold_report, to_rows

__all__ = ["Gathered", "SUMMARY_UNRESOLVED"]

SUMMARY_UNRESOLVED = 20  # unresolved sentences the summary shows, kept in memory; `-v` reads the rest back
BATCH_ROWS = 5_000  # rows (incidents and control statements) built into tables and written at a time
HELD_ROWS = 20_000  # rows held in memory (2-4 KB each) before they go to disk


class Gathered:
    """The chunks of one run, in input order: counts at hand, rows read back a chunk at a time.

    Chunks are held in memory until they hold ``HELD_ROWS`` rows; then (with
    ``on_disk``) they go to the file, and the next ones are held. A run that
    small never pays for pickling.
    """

    def __init__(self, on_disk: bool = True) -> None:
        self._file = tempfile.TemporaryFile(prefix="geomap-chunks-") if on_disk else None
        # chunks not on disk, in order, and their kept incidents: rows _rows_on_disk onwards (folded at once)
        self._held: list[tuple[list[Incident | IncidentRow], list[ControlClaim], list]] = []
        self._held_rows: list[Incident | IncidentRow] = []
        self._held_size = 0  # incidents and control statements held
        self._chunks_on_disk = 0
        self._rows_on_disk = 0
        self._twins = TwinIndex()
        self._folds: dict[int, list[tuple]] = {}  # kept row on disk -> its later reports (article, evidence, toll)
        self.articles = 0
        self.incident_count = 0  # rows: incidents once twins are merged
        self.control_count = 0
        self.unresolved_count = 0
        self.unresolved_head: list[tuple[str, str]] = []
        self.empty: list[str] = []
        self.failed: list[tuple[str, str]] = []
        self.languages: dict[str, int] = {}
        self.places_only: dict[str, list[str]] = {}
        self.partitions: list[int] = []  # rows a chunk (a merged row belongs to the chunk of its first report)

    def add(self, part: Extraction) -> None:
        """One chunk's extraction, the next in input order."""
        kept = []
        for incident in part.incidents:
            twin = self._twins.twin_or_keep(incident, self.incident_count + len(kept))
            if twin is None:
                kept.append(incident)
            elif twin < self._rows_on_disk:
                self._folds.setdefault(twin, []).append((incident.article, incident.evidence, incident.fatalities))
            else:
                held = twin - self._rows_on_disk
                row = self._held_rows[held] if held < len(self._held_rows) else kept[held - len(self._held_rows)]
                fold_report(row, incident.article, incident.evidence, incident.fatalities)
        self._held.append((kept, part.control, part.unresolved))
        self._held_rows.extend(kept)
        self._held_size += len(kept) + len(part.control)
        self.incident_count += len(kept)
        self.partitions.append(len(kept))
        self.control_count += len(part.control)
        self.unresolved_count += len(part.unresolved)
        self.unresolved_head.extend(part.unresolved[:SUMMARY_UNRESOLVED - len(self.unresolved_head)])
        self.articles += part.articles
        self.empty.extend(part.empty)
        self.failed.extend(part.failed)
        for code, n in part.languages.items():
            self.languages[code] = self.languages.get(code, 0) + n
        self.places_only.update(part.places_only)
        if self._file is not None and self._held_size >= HELD_ROWS:
            self._to_disk()

    def _to_disk(self) -> None:
        with collection_paused():
            for kept, control, unresolved in self._held:  # as rows: a tenth of the time to pickle and load
                pickle.dump((to_rows(kept), control, unresolved), self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._chunks_on_disk += len(self._held)
        self._rows_on_disk += len(self._held_rows)
        self._held, self._held_rows, self._held_size = [], [], 0

    def chunks(self) -> Iterator[tuple[list[Incident | IncidentRow], list[ControlClaim], list[tuple[str, str]]]]:
        """Each chunk's rows (twins folded in), control statements and unresolved sentences, in input order.

        Chunks on disk are read as fresh copies, so this can be called again.
        """
        if self._chunks_on_disk:
            self._file.seek(0)
        position = 0
        for _ in range(self._chunks_on_disk):
            with collection_paused():
                kept, control, unresolved = pickle.load(self._file)
            for incident in kept:
                for article, evidence, fatalities in self._folds.get(position, ()):
                    fold_report(incident, article, evidence, fatalities)
                position += 1
            yield kept, control, unresolved
        yield from self._held

    def tables(self, rows: int = BATCH_ROWS, control: bool = True, plain: bool = False):
        """(incidents, control statements) GeoDataFrames of ``rows`` rows or more a batch, in input order, for
        ``io.write_batches``; one pair of empty tables for a run that found nothing. Without ``control``
        (an output that has no such layer) the second is None; with ``plain`` (for a CSV, JSONL, GeoJSON or a
        GeoPackage of points: ``io`` and ``geomap.gpkg`` write those without pandas) both are ``io.Rows``."""
        from .control import control_rows
        from .incidents import control_geodataframe, incident_rows, to_geodataframe

        def batch():
            if plain:
                return incident_rows(incidents), control_rows(claims) if control else None
            return to_geodataframe(incidents), control_geodataframe(claims) if control else None

        incidents, claims, batches = [], [], 0
        for kept, statements, _ in self.chunks():
            incidents.extend(kept)
            claims.extend(statements)
            if len(incidents) + len(claims) >= rows:
                yield batch()
                incidents, claims, batches = [], [], batches + 1
        if incidents or claims or not batches:
            yield batch()

    def all_unresolved(self) -> list[tuple[str, str]]:
        """Every unresolved sentence (read back from disk when there; ``unresolved_head`` has the first)."""
        return [u for _, _, unresolved in self.chunks() for u in unresolved]

    def first_unresolved(self, n: int) -> list[tuple[str, str]]:
        """The first ``n`` unresolved sentences: ``unresolved_head`` when it holds them, else read back from the
        chunks until there are ``n`` (not every chunk, as ``all_unresolved`` does)."""
        if n <= len(self.unresolved_head) or len(self.unresolved_head) == self.unresolved_count:
            return self.unresolved_head[:n]
        found: list[tuple[str, str]] = []
        for _, _, unresolved in self.chunks():
            found.extend(unresolved[:n - len(found)])
            if len(found) >= n:
                break
        return found

    def extraction(self) -> Extraction:
        """Everything as one ``Extraction`` in memory (for the maps, which need every row)."""
        incidents, control, unresolved = [], [], []
        for kept, claims, sentences in self.chunks():
            incidents.extend(kept)
            control.extend(claims)
            unresolved.extend(sentences)
        return Extraction(incidents, control, self.articles, unresolved, self.empty, self.languages, self.places_only,
                          list(self.partitions), list(self.failed))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


@contextmanager
def collection_paused():
    """No garbage collection for a while, then the collector as it was. While a chunk is pickled or
    unpickled: unpickling makes thousands of objects (and no cycles), and each collection they set off walked
    the whole heap, the gazetteer index's million objects included: 70% of the time to read a chunk back.
    And for a dask task (``engine._extract_chunk``): a dask worker's process is not ours to retune for good."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
