"""The ``geomap`` command: a thin skin over the library, one function a subcommand."""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlparse

from .errors import DEBUG_VARIABLE, GeomapError

__all__ = ["main"]


def _add_gazetteer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gazetteer", action="append", default=[], metavar="FILE", type=Path,
                        help="your own places CSV, merged over the shipped gazetteer (repeatable)")
    parser.add_argument("--online", action="store_true",
                        help="ask Nominatim for names the gazetteer lacks (off by default)")
    parser.add_argument("--user-agent", default=None, help="user agent sent to Nominatim")
    parser.add_argument("--min-delay", type=float, default=1.0, metavar="SECONDS",
                        help="at least this long between Nominatim requests (default 1)")
    parser.add_argument("--nominatim-url", default="https://nominatim.openstreetmap.org",
                        help="a Nominatim-compatible server (default: the public one)")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="where online answers are cached (default ~/.cache/geomap)")


def _add_engine_options(parser: argparse.ArgumentParser) -> None:
    from .engine import CHUNK_ARTICLES

    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="read articles on N processes (default 1); with --engine dask and no --scheduler, "
                             "the local cluster's workers")
    parser.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="local processes (default) or a dask.distributed cluster; same rows either way")
    parser.add_argument("--scheduler", metavar="ADDRESS", default=None,
                        help="a running dask scheduler, e.g. tcp://host:8786 (with --engine dask)")
    parser.add_argument("--chunk-size", type=int, default=CHUNK_ARTICLES, metavar="N",
                        help=f"articles a task (default {CHUNK_ARTICLES})")


def _gazetteer(args):
    from .gazetteer import Gazetteer

    gazetteer = Gazetteer.default(args.gazetteer)
    if getattr(args, "online", False):
        from .online import DEFAULT_USER_AGENT, NominatimFallback

        url = urlparse(args.nominatim_url)
        cache = args.cache_dir / "nominatim.json" if args.cache_dir else None
        gazetteer = gazetteer.with_online(NominatimFallback(
            user_agent=args.user_agent or DEFAULT_USER_AGENT, min_delay_seconds=args.min_delay,
            cache_path=cache, domain=url.netloc + url.path.rstrip("/"), scheme=url.scheme or "https"))
    return gazetteer


def cmd_lookup(args) -> int:
    gazetteer = _gazetteer(args)
    if args.admin1 and gazetteer.admin1_name(args.admin1) is None:
        from .gazetteer import ACLED_ADMIN1

        print(f"geomap: --admin1 {args.admin1!r} is not a Syrian governorate (one of: {', '.join(ACLED_ADMIN1)})",
              file=sys.stderr)
        return 2
    if args.admin2 and gazetteer.district_named(args.admin2, gazetteer.admin1_name(args.admin1)) is None:
        print(f"geomap: --admin2 {args.admin2!r} is not a Syrian district"
              + (f" of {gazetteer.admin1_name(args.admin1)}" if args.admin1 else "")
              + "; give one of OCHA's district names (see gazetteer/places/ocha_admin.csv) or leave it out",
              file=sys.stderr)
        return 2
    found = gazetteer.lookup(args.name, admin1=args.admin1, admin2=args.admin2, limit=args.limit)
    if not found:
        suggestions = gazetteer.suggest(args.name)
        if args.format == "json":
            print(json.dumps({"query": args.name, "candidates": [], "suggestions": suggestions},
                             ensure_ascii=False, indent=1))
        hint = f" Did you mean: {'; '.join(suggestions)}?" if suggestions else ""
        print(f"geomap: no place called '{args.name}' in the gazetteer.{hint} "
              f"Add it to your own file and pass --gazetteer FILE.", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps({"query": args.name, "candidates": [p.as_dict() for p in found]},
                         ensure_ascii=False, indent=1))
        return 0
    for place in found:
        print(f"{place.name}\t{place.lat:.4f}\t{place.lon:.4f}\t{place.admin1 or place.country}\t"
              f"{place.feature}\tprecision {place.geo_precision}\t±{place.uncertainty_km:g} km\t"
              f"{place.source}\t{place.reason}")
    return 0


def cmd_validate(args) -> int:
    from .validate import default_files, validate_files

    if args.files:
        problems = validate_files(args.files, context=default_files())
        checked = args.files
    else:
        checked = default_files()
        problems = validate_files(checked)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {len(checked)} file(s)", file=sys.stderr)
    return 1 if problems else 0


def cmd_import_geonames(args) -> int:
    from .geonames_import import import_geonames

    written, skipped = import_geonames(args.source, args.output)
    print(f"wrote {written} places to {args.output} ({skipped} records of other feature kinds skipped)",
          file=sys.stderr)
    return 0


def _progress(args):
    """A progress bar with a total and a rate on standard error: on a terminal, or with --progress; never with -q."""
    if getattr(args, "quiet", False) or not (sys.stderr.isatty() or getattr(args, "progress", False)):
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: --jobs forks its workers only from a single-threaded process
    bar = tqdm(total=_count_articles(args.inputs), unit=" articles", file=sys.stderr, mininterval=0.5,
               dynamic_ncols=True)

    def advance(n: int) -> None:
        bar.update(n - bar.n)
        if bar.total is not None and n >= bar.total:
            bar.close()
    return advance


def _count_articles(inputs) -> int | None:
    """How many articles the inputs hold, counted cheaply (files, lines); None when it cannot be known."""
    total = 0
    for item in inputs:
        path = Path(item)
        if str(item) == "-" or not path.exists():
            return None
        files = sorted(path.iterdir()) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix == ".jsonl":
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif suffix == ".csv" and file.name != "metadata.csv":
                return None  # records may span lines
            elif suffix in (".txt", ".text", ".html", ".htm", ""):
                total += 1
    return total or None


def _extract(args, spill: bool = False):
    """The extraction the arguments ask for; ``spill``: its rows wait on disk (``geomap.spill``)."""
    from .engine import extract_with
    from .errors import InputError

    if args.online and (args.jobs > 1 or args.engine == "dask"):
        raise InputError("--online asks Nominatim at most once a second, from one process: use it without "
                         "--jobs or --engine dask")
    progress = _progress(args)
    # This process only extracts until the rows are in: no automatic collection (engine._collect_if_piled:
    # 8% of a 30,000-note run went to collections that found nothing)
    collecting = gc.isenabled()
    gc.disable()
    try:
        extraction = extract_with(args.inputs, _gazetteer(args), engine=args.engine, jobs=args.jobs,
                                  scheduler=args.scheduler, chunk_size=args.chunk_size, progress=progress,
                                  spill=spill)
    finally:
        # What the extraction built (the incidents, the gazetteer shards and caches it read: 460,000 objects
        # for 5,000 notes) stays to the end; the collections that importing geopandas, writing and drawing set
        # off, and the one at exit, need not walk it, nor the first one now (0.5 s on 10,000 notes).
        gc.freeze()
        if collecting:
            gc.enable()  # as the caller had it (main may be called from a long-lived program)
    if extraction.articles == 0:
        raise InputError(f"no articles found in {' '.join(map(str, args.inputs))}; give .txt files or folders, "
                         f".jsonl, .csv, or - for standard input")
    if len(extraction.empty) == extraction.articles:
        raise InputError(f"no article had any text: {', '.join(extraction.empty[:20])}"
                         + (f" and {len(extraction.empty) - 20} more" if len(extraction.empty) > 20 else ""))
    if extraction.failed:  # said even with --quiet: these articles are missing from what is written
        print(_failed_lines(extraction.failed), file=sys.stderr)
        if len(extraction.failed) == extraction.articles:
            raise RuntimeError(f"every article met the error above: {extraction.failed[0][1]}")
    return extraction


def _failed_lines(failed: list[tuple[str, str]]) -> str:
    lines = [f"geomap: warning: {len(failed)} article(s) skipped: an error in geomap stopped reading them; the rest "
             f"are written. Please report it, with the article (--debug stops at it with the traceback):"]
    lines.extend(f"  {article}: {error}" for article, error in failed[:20])
    if len(failed) > 20:
        lines.append(f"  ... and {len(failed) - 20} more")
    return "\n".join(lines)


def _summary(extraction, verbose: bool = False) -> str:
    """What was read and found; ``verbose`` (-v) lists every unplaced event sentence, not the first 20."""
    shown = None if verbose else 20
    lines = [f"{extraction.articles} article(s) read, {extraction.incident_count} incident(s), "
             f"{extraction.control_count} control statement(s)"]
    unplaced = extraction.unresolved_count
    if unplaced:
        lines.append(f"{unplaced} event sentence(s) with no place geomap could resolve:")
        listed = extraction.all_unresolved() if verbose else extraction.unresolved_head[:shown]
        lines.extend(f"  {article}: {sentence}" for article, sentence in listed)
        if not verbose and unplaced > 20:
            lines.append(f"  ... and {unplaced - 20} more")
    from .language import language_name

    for code, count in sorted(extraction.languages.items()):
        if code not in ("en", ""):  # "" (unsure) is read as English
            lines.append(f"{count} article(s) in {language_name(code)} ({code}): places only, no events "
                         f"(geomap reads events in English only)")
    for article, places in list(extraction.places_only.items())[:shown]:
        lines.append(f"  {article}: {', '.join(places[:12]) or 'no place found'}")
    if extraction.empty:
        lines.append(f"{len(extraction.empty)} empty article(s): {', '.join(extraction.empty[:20])}"
                     + (f" and {len(extraction.empty) - 20} more" if len(extraction.empty) > 20 else ""))
    return "\n".join(lines)


def cmd_extract(args) -> int:
    """Extract and write; the rows wait on disk past a bound and are written a batch at a time."""
    from .engine import is_dataset, write_dataset_batches
    from .errors import OutputError
    from .io import FORMATS, write_batches

    suffix = Path(args.output).suffix.lower()
    if not is_dataset(args.output) and suffix not in FORMATS:  # said before the long extraction, not after
        raise OutputError(f"{args.output}: unknown output format '{suffix}'; use one of {', '.join(sorted(FORMATS))}, "
                          f"or end the path with / for a partitioned GeoParquet dataset")
    extraction = _extract(args, spill=True)
    try:
        if is_dataset(args.output):  # one file a chunk
            write_dataset_batches(extraction.tables(), args.output, extraction.partitions)
        else:
            layered = suffix == ".gpkg"  # the only file format with a control layer
            tables = extraction.tables(control=layered, plain=suffix in (".csv", ".jsonl", ".geojson", ".json", ".gpkg"))
            write_batches(((incidents, {"control_assertions": control} if layered else {})
                           for incidents, control in tables), args.output)
        if not args.quiet:
            print(_summary(extraction, verbose=args.verbose), file=sys.stderr)
            print(f"wrote {args.output}", file=sys.stderr)
    finally:
        extraction.close()
    return 0 if extraction.incident_count else 1  # ran, but found nothing


def cmd_run(args) -> int:
    """The main job: extract from articles and write every output a report needs, switched in whole."""
    from .zones import control_zones

    roads = _read_roads(args)  # a bad road file fails before the long extraction, not after
    extraction = _extract(args, spill=True)  # the maps need every row, but as a table, not as Incident objects
    try:
        incidents, control = _whole_tables(extraction)
        zones = control_zones(control, as_of=args.as_of, horizon_days=args.horizon_days)
        from .io import atomic_dir

        with atomic_dir(args.output) as out:
            written = _write_run(out, extraction, incidents, control, zones, args, roads)
        if not args.quiet:
            print(_summary(extraction, verbose=args.verbose), file=sys.stderr)
            print(f"wrote {args.output}/: " + ", ".join(p.name for p in written), file=sys.stderr)
    finally:
        extraction.close()
    return 0 if extraction.incident_count else 1  # ran, but found nothing


def _whole_tables(gathered):
    """The incidents and control statements of a spilled run as two GeoDataFrames, built a batch at a time.

    Held as Incident objects until the end, 186,000 incidents added 0.35 GiB to the run's peak beside their
    table; read back from disk a batch at a time, only the table stays."""
    import pandas as pd

    batches = list(gathered.tables())
    if len(batches) == 1:
        return batches[0]

    def joined(tables):  # an empty batch's columns have no type: joined, they would untype the others
        return pd.concat([table for table in tables if len(table)] or tables[:1], ignore_index=True)

    return joined([incidents for incidents, _ in batches]), joined([control for _, control in batches])


def _write_run(out: Path, extraction, incidents, control, zones, args, roads=None) -> list[Path]:
    from .density import admin_counts, hex_bins
    from .io import write_table
    from .report import write_report
    from .zones import zones_layer

    zone_polygons = zones_layer(zones)
    layers = {"control_assertions": control, "control_zones": zone_polygons, "density_hex": hex_bins(incidents),
              "admin_counts": admin_counts(incidents, level=3, scheme="Quantiles")}
    written = [write_table(incidents, out / "incidents.gpkg", layers=layers),
               write_table(incidents, out / "incidents.geojson"),
               write_table(incidents, out / "incidents.csv"),
               write_table(control, out / "control.geojson"),
               write_table(zone_polygons, out / "control_zones.geojson")]
    written.extend(write_report(extraction, incidents, control, out, zones=zones, quiet=args.quiet, roads=roads))
    from .web import write_web_map

    written.append(write_web_map(incidents, out / "map.html", zones=zones, roads=roads,
                                 title=f"geomap: {len(incidents)} incident(s) from the articles read"))
    return written


def _figure_path(path: Path) -> Path:
    from .errors import OutputError

    if path.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise OutputError(f"{path}: a map is written as .png (300 dpi), .svg or .pdf")
    return path


def _save(fig, path: Path) -> None:
    from .io import atomic_path

    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=300, bbox_inches="tight", format=path.suffix.lstrip(".").lower())


def _read_inputs(args, columns=None, geometry: bool = True):
    """The incidents of every input, filtered; ``columns`` and ``geometry`` as ``read_incidents`` takes them."""
    import pandas as pd

    from .sources import filter_incidents, read_incidents

    if columns is not None:
        columns = set(columns) | ({"event_type"} if args.event_type else set()) | (
            {"actor1", "actor2"} if args.actor else set())
    frames = [read_incidents(Path(p), columns=columns, geometry=geometry) for p in args.inputs]
    gdf = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return filter_incidents(gdf, start=args.start, end=args.end, event_types=args.event_type or None,
                            actors=args.actor or None)


def _read_roads(args):
    """The ``--roads`` layer (``geomap.roads.read_roads``), or None for the shipped one if built."""
    from .roads import read_roads

    return read_roads(args.roads) if args.roads else None


def _sources_line(gdf) -> str:
    formats = sorted(gdf["source_format"].unique()) if "source_format" in gdf.columns and len(gdf) else []
    names = {"acled": "ACLED export", "ucdp": "UCDP GED", "geomap": "geomap extraction from news reports"}
    return "Incidents: " + ", ".join(names.get(f, f) for f in formats) if formats else ""


def cmd_map_control(args) -> int:
    """A control map as of a date, from geomap's control layer and/or a user's assertions."""
    import geopandas as gpd
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from .maps import plot_control
    from .zones import control_zones, read_assertions

    _figure_path(args.output)
    roads = _read_roads(args)
    assertions = []
    for path in args.inputs:
        path = Path(path)
        if path.suffix.lower() == ".gpkg":
            import pyogrio

            if "control_assertions" in [name for name, _ in pyogrio.list_layers(path)]:
                assertions.append(gpd.read_file(path, layer="control_assertions"))
        elif (path / "_control_assertions.parquet").is_file():  # a dataset folder from geomap extract -o DIR/
            assertions.append(gpd.read_parquet(path / "_control_assertions.parquet"))
    assertions += [read_assertions(Path(p)) for p in args.assertions]
    if not assertions:
        from .errors import InputError

        raise InputError("no control assertions: give a geomap .gpkg (layer control_assertions), a dataset folder "
                         "from 'geomap extract -o FOLDER/', or --assertions FILE (CSV: actor,place or "
                         "latitude,longitude,date,source; or GeoJSON)")
    zones = control_zones(pd.concat(assertions, ignore_index=True), as_of=args.as_of,
                          horizon_days=args.horizon_days, reach_km=args.reach_km)
    # plot_control keeps the horizon's window; it draws type, deaths and precision, from arrays (no Points)
    incidents = None if args.no_incidents else _read_inputs(
        args, columns=["event_date", "event_type", "fatalities", "geo_precision"], geometry=False)
    fig, ax = plt.subplots(figsize=(8, 7))
    plot_control(zones, incidents, ax=ax, sources=_sources_line(incidents) if incidents is not None else "",
                 roads=roads)
    _save(fig, args.output)
    plt.close(fig)
    if not args.quiet:
        print(f"wrote {args.output} ({len(zones)} zone(s) as of {zones.attrs.get('as_of')})", file=sys.stderr)
    return 0


def cmd_map_density(args) -> int:
    """An attack-density map (KDE, hexagons or admin counts), optionally one panel a month."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .density import by_month
    from .maps import plot_density

    _figure_path(args.output)
    roads = _read_roads(args)
    # only what a density map shows, and no Point a row: a million-row export maps in seconds
    incidents = _read_inputs(args, columns=["event_date", "fatalities"], geometry=False)
    options = {"kde": {"bandwidth_km": args.bandwidth_km, "cell_km": args.cell_km, "weight": args.weight},
               "hex": {"size_km": args.size_km}, "admin": {"level": args.level}}[args.method]
    span = _span(incidents)
    title = f"Attack density ({args.method}), {span}" + (", weighted by fatalities" if args.weight else "")
    if args.by_month:
        months = by_month(incidents)
        columns = min(3, max(1, len(months)))
        rows = -(-len(months) // columns) if months else 1
        fig, axes = plt.subplots(rows, columns, figsize=(5 * columns, 4.5 * rows), squeeze=False)
        for ax, (month, subset) in zip(axes.flat, months):
            plot_density(subset, args.method, ax=ax, title=month, sources="", roads=roads, **options)
        for ax in list(axes.flat)[len(months):]:
            ax.set_axis_off()
        fig.suptitle(title)
    else:
        fig, ax = plt.subplots(figsize=(8, 7))
        plot_density(incidents, args.method, ax=ax, title=title, sources=_sources_line(incidents), roads=roads,
                     **options)
    _save(fig, args.output)
    plt.close(fig)
    if not args.quiet:
        print(f"wrote {args.output} ({len(incidents)} incident(s))", file=sys.stderr)
    return 0


def cmd_map_web(args) -> int:
    """One offline, self-contained HTML map: click a dot, read the sentence behind it."""
    from .web import write_web_map

    if args.output.suffix.lower() not in (".html", ".htm"):
        from .errors import OutputError

        raise OutputError(f"{args.output}: a web map is written as .html")
    roads = _read_roads(args)
    incidents = _read_inputs(args)
    write_web_map(incidents, args.output, title=f"geomap: {len(incidents)} incident(s), {_span(incidents)}",
                  roads=roads)
    if not args.quiet:
        print(f"wrote {args.output} ({len(incidents)} incident(s))", file=sys.stderr)
    return 0


def _span(gdf) -> str:
    dates = gdf["event_date"].dropna() if "event_date" in gdf.columns else []
    return f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "undated"


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write YYYY-MM-DD") from None


def _add_map_filters(parser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", type=Path,
                        help="incident files: geomap's .gpkg/.geojson/.csv, an ACLED or UCDP GED CSV export")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the map: .png (300 dpi), .svg or .pdf")
    parser.add_argument("--start", type=_date, help="first date (YYYY-MM-DD)")
    parser.add_argument("--end", type=_date, help="last date (YYYY-MM-DD)")
    parser.add_argument("--event-type", action="append", default=[], help="keep this ACLED event type (repeatable)")
    parser.add_argument("--actor", action="append", default=[], help="keep events naming this actor (repeatable)")
    _add_roads_option(parser)
    parser.add_argument("-q", "--quiet", action="store_true")


def _add_roads_option(parser) -> None:
    parser.add_argument("--roads", type=Path, metavar="FILE", default=None,
                        help="main roads for the basemap: a line file such as Natural Earth's ne_10m_roads.shp or "
                             "an OpenStreetMap extract (default: the shipped layer, if scripts/build_roads.py built it)")


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="geomap", description="Turn conflict reporting into maps.",
                                     epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"geomap {__version__}")
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks and warnings in full")
    commands = parser.add_subparsers(dest="command", required=True)

    gaz = commands.add_parser("gazetteer", help="look up, check and extend the gazetteer")
    gaz_commands = gaz.add_subparsers(dest="gazetteer_command", required=True)

    lookup = gaz_commands.add_parser("lookup", help="print the candidates for a place name")
    lookup.add_argument("name")
    lookup.add_argument("--format", choices=["text", "json"], default="text")
    lookup.add_argument("--limit", type=int, default=10)
    lookup.add_argument("--admin1", metavar="GOVERNORATE", default=None,
                        help="governorate the place is in (any spelling: Idleb, Idlib, Dar'a, Deraa...); "
                             "candidates there rank first")
    lookup.add_argument("--admin2", metavar="DISTRICT", default=None,
                        help="district the place is in (OCHA's names, any spelling: Al Bab, Jebel Saman, Menbij or "
                             "Manbij); candidates there rank first, and namesakes elsewhere do not make it ambiguous")
    _add_gazetteer_options(lookup)
    lookup.set_defaults(func=cmd_lookup)

    validate = gaz_commands.add_parser("validate", help="check gazetteer files row by row")
    validate.add_argument("files", nargs="*", type=Path, metavar="FILE",
                          help="files to check (default: the shipped gazetteer)")
    validate.set_defaults(func=cmd_validate)

    imp = gaz_commands.add_parser("import-geonames", help="convert a GeoNames dump (e.g. SY.txt)")
    imp.add_argument("source", type=Path)
    imp.add_argument("-o", "--output", type=Path, required=True)
    imp.set_defaults(func=cmd_import_geonames)

    ext = commands.add_parser("extract", help="incidents from articles into one table file")
    ext.add_argument("inputs", nargs="+", metavar="INPUT",
                     help=".txt files or folders, .jsonl, .csv, or - for standard input")
    ext.add_argument("-o", "--output", required=True,
                     help="output file: .geojson, .gpkg, .csv, .parquet or .jsonl; or a folder ending in / "
                          "(e.g. incidents.parquet/): a GeoParquet dataset, one file a chunk of articles")
    ext.add_argument("-q", "--quiet", action="store_true")
    ext.add_argument("-v", "--verbose", action="store_true", help="list every event sentence left unplaced")
    ext.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")
    _add_gazetteer_options(ext)
    _add_engine_options(ext)
    ext.set_defaults(func=cmd_extract)

    maps = commands.add_parser("map", help="report figures: control zones, attack density")
    map_commands = maps.add_subparsers(dest="map_command", required=True)
    control = map_commands.add_parser("control", help="who held what, as of a date")
    _add_map_filters(control)
    control.add_argument("--as-of", type=_date, default=None, help="the date (default: the latest assertion's)")
    control.add_argument("--horizon-days", type=int, default=180,
                         help="assertions older than this before --as-of are drawn as 'last reported' (default 180)")
    control.add_argument("--reach-km", type=float, default=20.0, help="how far a point assertion is inferred")
    control.add_argument("--assertions", action="append", default=[], type=Path, metavar="FILE",
                         help="your own assertions: CSV (actor,place or latitude,longitude,date,source) or GeoJSON")
    control.add_argument("--no-incidents", action="store_true", help="zones only")
    control.set_defaults(func=cmd_map_control)
    dens = map_commands.add_parser("density", help="where the attacks cluster")
    _add_map_filters(dens)
    dens.add_argument("--method", choices=["kde", "hex", "admin"], default="kde")
    dens.add_argument("--bandwidth-km", type=float, default=15.0, help="KDE bandwidth (default 15 km)")
    dens.add_argument("--cell-km", type=float, default=5.0, help="KDE grid cell (default 5 km)")
    dens.add_argument("--weight", choices=["fatalities"], default=None, help="weight the KDE by fatalities")
    dens.add_argument("--size-km", type=float, default=10.0, help="hexagon size, centre to corner (default 10 km)")
    dens.add_argument("--level", type=int, choices=[1, 2, 3], default=1,
                      help="admin counts per governorate (1), district (2) or sub-district (3)")
    dens.add_argument("--by-month", action="store_true", help="small multiples, one map a month")
    dens.set_defaults(func=cmd_map_density)
    web = map_commands.add_parser("web", help="an interactive map in one offline HTML file")
    _add_map_filters(web)
    web.set_defaults(func=cmd_map_web)

    run = commands.add_parser("run", help="the main job: incidents, control, layers and a report in a folder")
    run.add_argument("inputs", nargs="+", metavar="INPUT")
    run.add_argument("-o", "--output", type=Path, default=Path("outputs"), help="output folder (default outputs/)")
    run.add_argument("-q", "--quiet", action="store_true")
    run.add_argument("-v", "--verbose", action="store_true", help="list every event sentence left unplaced")
    run.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")
    run.add_argument("--as-of", type=_date, default=None, help="control map date (default: the latest assertion's)")
    run.add_argument("--horizon-days", type=int, default=180, help="older assertions are 'last reported'")
    _add_roads_option(run)
    _add_gazetteer_options(run)
    _add_engine_options(run)
    run.set_defaults(func=cmd_run)
    return parser


EXIT_CODES = """exit codes: 0 success; 1 ran but found nothing (or no place matched); 2 usage error;
3 bad input (an article, a table, a gazetteer or control file); 4 an output could not be written;
70 a bug in geomap (rerun with --debug and report it)"""


def main(argv: list[str] | None = None) -> int:
    from .errors import GazetteerError, InputError, OutputError

    import warnings

    from .articles import RejectedInput

    args = build_parser().parse_args(argv)
    rejected = []

    def one_line(message, category, *rest) -> None:
        if issubclass(category, RejectedInput):
            rejected.append(message)
        print(f"geomap: warning: {message}", file=sys.stderr)

    if not getattr(args, "debug", False):
        warnings.showwarning = one_line  # "geomap: warning: FILE: what is wrong", one line each
    else:
        os.environ[DEBUG_VARIABLE] = "1"  # a bug in one article stops the run with its traceback, in workers too
    try:
        code = args.func(args)
        return 1 if code == 0 and rejected else code  # ran, but some inputs were rejected
    except OutputError as exc:
        print(f"geomap: {exc}", file=sys.stderr)
        return 4
    except (InputError, GazetteerError) as exc:
        print(f"geomap: {exc}", file=sys.stderr)
        return 3
    except GeomapError as exc:
        print(f"geomap: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # "geomap gazetteer lookup X | head -1": the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug of ours: one line, the traceback only with --debug
        if getattr(args, "debug", False):
            raise
        print(f"geomap: internal error: {type(exc).__name__}: {exc} (rerun with --debug for the details, and "
              f"please report it)", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
