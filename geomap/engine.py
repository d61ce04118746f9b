"""Extraction on several local processes or a dask cluster, and partitioned GeoParquet datasets.

Every engine does the same thing: read the articles here, in input order, a
chunk of ``chunk_size`` at a time; read each chunk's articles on a worker
(``incidents.extract_articles``: everything but the merge across articles);
bring the chunks' results back in input order and merge across articles here
(``incidents.merge_extractions``). So ``--jobs 2`` and ``--engine dask`` give
the rows ``--jobs 1`` gives, in the same order, and the same progress calls and
summary counts.

Why the merge runs here and not as a shuffle on the cluster: a report merges
into the *first* kept report of its twins in input order, and a report's date
range can span several days, so a shuffle keyed by day would have to carry
global positions and settle twins claimed by two buckets; that is a second,
subtler merge to keep equal to the first. A chunk's incidents come back as the
values of their rows (``incidents.IncidentRow``: about 490 bytes pickled an
incident of the terse notes, where the Incident's objects took 990, and a tenth
of the time to pickle and to load), and the indexed merge is about linear, so
gathering them costs little next to reading the articles.

Memory stays bounded: a .jsonl or UTF-8 .csv is read a record at a time, articles
are built lazily and cleaned on the workers (``read_articles(prepare=False)``),
at most ``IN_FLIGHT`` chunks a worker are submitted and not yet collected,
and with ``spill`` (``geomap extract`` uses it) each collected chunk waits on
disk until it is written (``geomap.spill``). Each worker process
builds its Geoparser (the gazetteer's trie) once, not once a chunk.
"""
from __future__ import annotations

import gc
import os
import warnings
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .errors import GeomapError, InputError, OutputError

if TYPE_CHECKING:  # the reading machinery is imported where it runs: `geomap --help` stays fast
    from .articles import Article
    from .gazetteer import Gazetteer
    from .geoparse import Geoparser
    from .incidents import Extraction

__all__ = ["extract_with", "extract_parallel", "extract_dask", "write_dataset", "write_dataset_batches", "read_dataset",
           "is_dataset", "CHUNK_ARTICLES", "IN_FLIGHT"]

CHUNK_ARTICLES = 500  # articles a task: each costs the main process a submit and a result to unpickle (with
# dask, a task graph, scheduler bookkeeping and a message too): 100 a task doubled the main process's CPU
# on a dask cluster (docs/benchmarks.md); 500 still splits 1,000 articles between two workers
IN_FLIGHT = 2  # chunks a worker submitted and not yet collected: one running, one waiting
DATASET_FILES = ("part-", "_metadata", "_control_assertions.parquet")  # what write_dataset puts in a dataset folder
CONNECT_SECONDS = 30  # how long to wait for a dask scheduler to answer, and for a worker to join it

_worker_gazetteer: Gazetteer | None = None  # set once in each local worker process (_start_worker)
_worker_geoparser: tuple[Gazetteer, Geoparser] | None = None


GC_THRESHOLDS = (10_000, 10, 10)  # see _fewer_collections
YOUNG_PILE = 4_000_000  # new container objects left uncollected when the collector is off (see _collect_if_piled)


@contextmanager
def _fewer_collections():
    """Run the garbage collector's young generation every 10,000 new objects, not every 700.

    Reading an article makes thousands of short-lived objects, and each
    collection that reaches the older generations walks the gazetteer's index
    again: at Python's default thresholds that is about a tenth of extraction
    time (bench/profile_extract.py). The objects die young either way, so memory
    barely changes; the old thresholds come back afterwards. A process that is
    only extracting (`geomap extract`, a local worker) turns the collector off
    instead, and relies on ``_collect_if_piled``.
    """
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _collect_if_piled() -> None:
    """With the collector off, collect the young generations once YOUNG_PILE new objects have piled up.

    Extraction makes almost no reference cycles (314 objects in 30,000 terse
    notes): reference counting frees what it makes, and a collection finds
    nothing, yet scans every object that survived since the last one (cached
    readings, held rows, the twin index). Off, a process spends nothing on
    that; this call, between chunks, still frees cycles a strange input might
    make (with the collector on, the count never reaches YOUNG_PILE and this
    does nothing). At 1,000,000 new objects it ran about every thousand
    distinct notes and took about 4% of their extraction; at 4,000,000 well
    under 1%, with the same peak memory (``bench/bench_gc.py``,
    docs/benchmarks.md).
    """
    if gc.get_count()[0] > YOUNG_PILE:
        gc.collect(1)


def _start_worker(gazetteer: Gazetteer) -> None:
    global _worker_gazetteer
    _worker_gazetteer = gazetteer
    gc.disable()  # a worker process only extracts (see _collect_if_piled)


def _geoparser(gazetteer: Gazetteer) -> Geoparser:
    """This process's Geoparser for ``gazetteer``, built on first use (the trie takes a moment)."""
    from .geoparse import Geoparser

    global _worker_geoparser
    if _worker_geoparser is None or _worker_geoparser[0] is not gazetteer:
        _worker_geoparser = (gazetteer, Geoparser(gazetteer))
    return _worker_geoparser[1]


class PreparedOnDisk:
    """A gazetteer sent as the path of its prepared index, for workers on this machine to open themselves.

    Sent whole, the default gazetteer is 17 MB of pickle: 0.7 s to pickle here,
    0.6 s to unpickle on each worker, and all of it held in each worker's memory;
    opened from the file, a worker reads only the sections its lookups need.
    """

    def __init__(self, path) -> None:
        self.path = str(path)

    def open(self) -> Gazetteer:
        """This process's gazetteer from the file, opened once."""
        from .gazetteer import open_prepared

        opened = _opened_gazetteers.get(self.path)
        if opened is None:
            try:
                opened = _opened_gazetteers[self.path] = open_prepared(Path(self.path))
            except (OSError, ValueError) as exc:
                raise GeomapError(f"{self.path}: the gazetteer's prepared index changed or went away during the "
                                  f"run ({exc}); run the command again") from exc
        return opened


_opened_gazetteers: dict[str, Gazetteer] = {}  # a worker's gazetteers opened from prepared index files


def _extract_chunk(articles: list[Article], gazetteer: Gazetteer | PreparedOnDisk | None = None) -> Extraction:
    """One chunk read on a worker; the gazetteer is the worker's own (local), the scattered copy (dask), or
    the prepared index to open (a local dask cluster)."""
    from .incidents import as_rows, extract_articles
    from .spill import collection_paused

    if isinstance(gazetteer, PreparedOnDisk):
        gazetteer = gazetteer.open()
    with collection_paused():  # off for this task only, as _start_worker turns it off for a local worker
        part = as_rows(extract_articles(articles, _geoparser(gazetteer or _worker_gazetteer)))
        _collect_if_piled()
    return part


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run(inputs, submit: Callable, in_flight: int, chunk_size: int, progress, spill: bool = False):
    """Submit chunks in order, at most ``in_flight`` outstanding; collect them in order, merging as they come.

    ``spill`` keeps the collected chunks on disk and returns the ``Gathered``
    (``geomap.spill``): the rows in memory are then at most ``spill.HELD_ROWS``
    however many articles stream through. Otherwise the merged ``Extraction``
    is returned.
    """
    from .articles import read_articles
    from .incidents import _are_articles
    from .spill import Gathered

    if chunk_size < 1:
        raise InputError(f"--chunk-size {chunk_size}: give at least 1 article a chunk")
    articles = inputs if _are_articles(inputs) else read_articles(inputs, prepare=False)  # workers clean them
    pending, gathered = deque(), Gathered(on_disk=spill)
    with _fewer_collections():  # here articles are read (serial) or their results unpickled (workers)
        for chunk in _chunks(articles, chunk_size):
            pending.append(submit(chunk))
            while len(pending) >= in_flight:
                _collect(pending.popleft(), gathered, progress)
        while pending:
            _collect(pending.popleft(), gathered, progress)
    return gathered if spill else gathered.extraction()


def _collect(future, gathered, progress) -> None:
    part = future.result()
    done = gathered.articles
    gathered.add(part)
    _collect_if_piled()
    if progress:
        for n in range(done + 1, done + part.articles + 1):  # the calls a serial run makes, a chunk at a time
            progress(n)


def extract_parallel(inputs, gazetteer: Gazetteer | None = None, jobs: int = 2, chunk_size: int = CHUNK_ARTICLES,
                     progress=None, start_method: str | None = None, spill: bool = False):
    """``extract_all`` on ``jobs`` local processes: the same rows in the same order.

    ``start_method`` None chooses: ``fork`` on Linux when this process runs one
    thread, so workers start at once with the gazetteer and the Geoparser
    built here (spawning costs each worker about 2 s of CPU: imports,
    unpickling the gazetteer, building the trie); else ``spawn`` (forking
    beside other threads, e.g. a progress bar's, can deadlock, and macOS
    system libraries do not survive it), and each worker gets the gazetteer
    once, when it starts.
    """
    import multiprocessing
    import sys
    import threading
    from concurrent.futures import ProcessPoolExecutor

    if jobs < 1:
        raise InputError(f"--jobs {jobs}: give at least 1 process")
    from .gazetteer import Gazetteer

    gazetteer = gazetteer or Gazetteer.default()
    if start_method is None:
        forkable = sys.platform.startswith("linux") and threading.active_count() == 1
        start_method = "fork" if forkable else "spawn"
    if start_method == "fork":
        _geoparser(gazetteer)  # built once here; the forked workers inherit it
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(start_method),
                               initializer=_start_worker, initargs=(gazetteer,))
    try:
        return _run(inputs, lambda chunk: pool.submit(_extract_chunk, chunk), jobs * IN_FLIGHT, chunk_size, progress,
                    spill)
    finally:
        pool.shutdown(cancel_futures=True)


def extract_dask(inputs, gazetteer: Gazetteer | None = None, scheduler: str | None = None, jobs: int = 2,
                 chunk_size: int = CHUNK_ARTICLES, progress=None, spill: bool = False):
    """``extract_all`` on a dask.distributed cluster: the same rows in the same order.

    ``scheduler`` is the address of a running cluster (``tcp://host:8786``);
    without it a LocalCluster of ``jobs`` worker processes, one thread each,
    is started here and closed at the end. The gazetteer is sent to every
    worker once (``scatter(broadcast=True)``), so a user's ``--gazetteer`` file
    need not exist on the workers' machines; geomap itself must be installed
    there, in this version (checked before any work is sent). The workers of
    the cluster started here share this machine's files: they are sent the
    path of the gazetteer's prepared index instead (``PreparedOnDisk``).
    """
    try:
        import logging

        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise GeomapError("--engine dask needs dask.distributed: pip install 'geomap[dask]'") from exc
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: give at least 1 worker")
    from .gazetteer import Gazetteer

    gazetteer = gazetteer or Gazetteer.default()
    cluster = None
    if scheduler is None:
        import dask

        # no statistical profiler sampling the worker's stacks every 10 ms beside the extraction: nobody
        # reads its profiles here (there is no dashboard), and it costs the workers about 3% of their CPU
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
    try:
        try:
            client = Client(scheduler or cluster, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as exc:
            raise GeomapError(f"cannot reach the dask scheduler at {scheduler} ({exc}); start one with "
                              f"'dask scheduler' and workers with 'dask worker {scheduler}'") from exc
        with client:
            workers = _check_workers(client, scheduler)
            # the cluster started here runs on this machine: its workers open the gazetteer's prepared index
            # themselves; others get the gazetteer itself (a user's --gazetteer file need not be on them)
            shared = _sent_to_workers(client, gazetteer, local=cluster is not None)
            result = _run(inputs, lambda chunk: client.submit(_extract_chunk, chunk, shared, pure=False),
                          workers * IN_FLIGHT, chunk_size, progress, spill)
            if cluster is not None:
                # the workers started here exit next: what they hold (the gazetteer's index, the caches) need
                # not be walked by the collections of their interpreter's exit (1 s a worker on 20,000 notes)
                client.run(gc.freeze)
            return result
    finally:
        if cluster is not None:
            cluster.close()


def _sent_to_workers(client, gazetteer: Gazetteer, local: bool):
    """What tasks name as their gazetteer: the prepared index's path for workers on this machine, else the
    gazetteer scattered to every worker once."""
    if local and gazetteer.prepared_path() is not None:
        return PreparedOnDisk(gazetteer.prepared_path())
    # hash=False: a random key, where dask's default names the data by pickling the whole gazetteer to
    # tokenize it (about 2 s before any worker could start); direct to a local cluster's workers, as the
    # scheduler (in this process) would unpickle it on the way (1.1 s)
    return client.scatter(gazetteer, broadcast=True, hash=False, direct=True if local else None)


def _version() -> str:
    from . import __version__

    return __version__


def _check_workers(client, scheduler: str | None) -> int:
    """How many workers the cluster has, once at least one has joined and each runs this geomap version."""
    from . import __version__

    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except TimeoutError as exc:
        raise GeomapError(f"no dask worker joined the scheduler at {scheduler} in {CONNECT_SECONDS} s; start "
                          f"one with 'dask worker {scheduler}'") from exc
    try:
        versions = client.run(_version)
    except Exception as exc:  # the workers cannot even import geomap
        raise GeomapError(f"the dask workers cannot run geomap ({type(exc).__name__}: {exc}); install geomap "
                          f"{__version__} on every worker machine") from exc
    wrong = {worker: v for worker, v in versions.items() if v != __version__}
    if wrong:
        worker, version = next(iter(wrong.items()))
        raise GeomapError(f"dask worker {worker} runs geomap {version}, this client {__version__} "
                          f"({len(wrong)} worker(s) differ); install the same version on every worker")
    return len(versions)


# -- partitioned GeoParquet datasets ------------------------------------------------
def is_dataset(target) -> bool:
    """Whether ``-o`` asks for a partitioned dataset: a path ending in a slash, or an existing folder.

    ``incidents.parquet/`` and ``incidents/`` are datasets (one GeoParquet file
    a chunk of articles); ``incidents.parquet`` is one file (``io.write_table``).
    """
    text = os.fspath(target)
    return text.endswith(("/", os.sep)) or Path(text).is_dir()


def write_dataset(incidents, target, partitions: list[int] | None = None, control=None) -> Path:
    """Write ``incidents`` as a folder of GeoParquet files, ``part-NNNNN.parquet``, one per partition.

    ``partitions`` gives the rows of each partition, in order (an
    ``Extraction.partitions``; None: one file); a partition with no rows gets no
    file, unless all are empty (one empty file keeps the schema). Reading the
    files in name order gives the rows in order. ``_metadata`` lists the parts,
    so dask reads those and nothing else; ``control`` goes in
    ``_control_assertions.parquet``, which ``geomap map control`` reads and
    readers of the dataset pass over (pyarrow and geopandas skip names that
    begin with an underscore, dask reads what ``_metadata`` lists). The folder
    is written beside the target and swapped in whole; an existing folder is
    replaced only if it holds nothing but such files.
    """
    sizes = partitions if partitions and sum(partitions) == len(incidents) else [len(incidents)]
    return write_dataset_batches([(incidents, control)], target, sizes)


def write_dataset_batches(batches: Iterable[tuple], target, partitions: list[int]) -> Path:
    """``write_dataset`` a batch of (incidents, control) at a time (``geomap.spill.Gathered.tables``).

    Each batch holds whole partitions, in order, and ``partitions`` adds up to
    all their rows. Only the control statements are joined and written at the
    end (one file).
    """
    import pandas as pd
    import pyarrow.parquet as pq

    from .io import atomic_dir

    target = Path(os.fspath(target).rstrip("/" + os.sep) or ".")
    if target.is_dir() and any(not p.name.startswith(DATASET_FILES) for p in target.iterdir()):
        raise OutputError(f"{target}: a folder that is not a geomap dataset (it holds other files); give a new "
                          f"folder name, or remove it first")
    with atomic_dir(target) as staging:
        number, names, footers, controls, schema = 0, [], [], [], None
        for incidents, control in batches:
            start = 0
            while start < len(incidents):
                size = partitions[number]
                if size:
                    names.append(f"part-{number:05d}.parquet")
                    incidents.iloc[start:start + size].to_parquet(staging / names[-1], index=False)
                    footers.append(pq.read_metadata(staging / names[-1]))
                    footers[-1].set_file_path(names[-1])
                start, number = start + size, number + 1
            schema = incidents.iloc[:0] if schema is None else schema
            if control is not None and len(control):
                controls.append(control)
        if not names:  # nothing found: one empty file keeps the schema
            names.append("part-00000.parquet")
            schema.to_parquet(staging / names[0], index=False)
            footers.append(pq.read_metadata(staging / names[0]))
            footers[-1].set_file_path(names[0])
        pq.write_metadata(pq.read_schema(staging / names[0]), staging / "_metadata", metadata_collector=footers)
        if controls:
            control = controls[0] if len(controls) == 1 else pd.concat(controls, ignore_index=True)
            control.to_parquet(staging / "_control_assertions.parquet", index=False)
    return target


def read_dataset(path, columns: Iterable[str] | None = None):
    """A partitioned GeoParquet dataset as one pandas DataFrame, only ``columns`` (those it has), in file order.

    dask-geopandas reads the partitions in parallel and only the columns asked
    for; the geometry is left out when ``latitude`` and ``longitude`` are there
    (a geomap dataset has both), as they say the same for points.
    """
    try:
        import dask_geopandas
    except ImportError as exc:
        raise InputError(f"{path}: reading a dataset folder needs dask-geopandas: pip install 'geomap[dask]'") \
            from exc
    import numpy as np
    import pandas as pd
    import pyarrow.parquet as pq

    path = Path(path)
    if not any(path.glob("*.parquet")):
        raise InputError(f"{path}: is a folder with no .parquet files; give an incident table or a dataset "
                         f"folder written by 'geomap extract -o FOLDER/'")
    try:
        have = pq.read_schema(path / "_metadata").names if (path / "_metadata").exists() else \
            pq.read_schema(sorted(path.glob("[!_.]*.parquet"))[0]).names
        wanted = [c for c in columns if c in have] if columns is not None else list(have)
        if not {"latitude", "longitude"} <= set(wanted) and "geometry" in have:
            wanted.append("geometry")
        with warnings.catch_warnings():  # dask-geopandas's own pandas deprecations are not the user's business
            warnings.simplefilter("ignore", FutureWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            frame = dask_geopandas.read_parquet(path, columns=wanted).compute()
    except Exception as exc:  # pyarrow's and dask's many kinds of "this is not a dataset"
        raise InputError(f"{path}: cannot be read as a GeoParquet dataset ({str(exc).strip()})") from exc
    if "geometry" in frame.columns:
        frame["longitude"], frame["latitude"] = frame.geometry.x, frame.geometry.y
        frame = frame.drop(columns="geometry")
    for name in frame.columns:  # dask's strings (missing = pd.NA) as pandas reads one file (the default str)
        if isinstance(frame[name].dtype, pd.StringDtype) and frame[name].dtype != pd.StringDtype(na_value=np.nan):
            frame[name] = frame[name].astype(pd.StringDtype(na_value=np.nan))
    return frame.reset_index(drop=True)


class _Done:
    """A chunk read right here: the serial engine goes through the same pipeline as the others."""

    def __init__(self, value: Extraction) -> None:
        self.value = value

    def result(self) -> Extraction:
        return self.value


def extract_with(inputs, gazetteer: Gazetteer | None = None, engine: str = "local", jobs: int = 1,
                 scheduler: str | None = None, chunk_size: int = CHUNK_ARTICLES, progress=None, spill: bool = False):
    """Extract on the engine asked for: ``local`` (``jobs`` processes; 1 is this process) or ``dask``.

    Every engine chunks the articles the same way, so ``Extraction.partitions``
    (and so a dataset's files) are the same whichever ran. The result is an
    ``Extraction``: its incidents are Incidents from one process, ``IncidentRow``s
    from several (what crosses between processes: the values of their rows;
    ``to_geodataframe`` takes either); with ``spill``, a ``geomap.spill.Gathered``
    whose rows wait on disk until read a chunk at a time.
    """
    if engine == "dask":
        return extract_dask(inputs, gazetteer, scheduler, jobs, chunk_size, progress, spill)
    if scheduler is not None:
        raise InputError("--scheduler is the address of a dask scheduler: use it with --engine dask")
    if jobs > 1:
        return extract_parallel(inputs, gazetteer, jobs, chunk_size, progress, spill=spill)
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: give at least 1 process")
    from .gazetteer import Gazetteer
    from .geoparse import Geoparser
    from .incidents import extract_articles

    geoparser = Geoparser(gazetteer or Gazetteer.default())
    return _run(inputs, lambda chunk: _Done(extract_articles(chunk, geoparser)), 1, chunk_size, progress, spill)
