"""The ``geomap`` command: a thin skin over the library, one function a subcommand."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

from .errors import GeomapError

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
    found = gazetteer.lookup(args.name, admin1=args.admin1, limit=args.limit)
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
    """A count on a terminal; silent when piped or with --quiet."""
    if getattr(args, "quiet", False) or not sys.stderr.isatty():
        return None
    return lambda n: print(f"\r{n} articles read", end="", file=sys.stderr, flush=True)


def _extract(args):
    from .errors import InputError
    from .incidents import extract_all

    progress = _progress(args)
    extraction = extract_all(args.inputs, _gazetteer(args), progress=progress)
    if progress:
        print(file=sys.stderr)
    if extraction.articles == 0:
        raise InputError(f"no articles found in {' '.join(map(str, args.inputs))}; give .txt files or folders, "
                         f".jsonl, .csv, or - for standard input")
    return extraction


def _summary(extraction) -> str:
    lines = [f"{extraction.articles} article(s) read, {len(extraction.incidents)} incident(s), "
             f"{len(extraction.control)} control statement(s)"]
    if extraction.unresolved:
        lines.append(f"{len(extraction.unresolved)} event sentence(s) with no place geomap could resolve:")
        lines.extend(f"  {article}: {sentence}" for article, sentence in extraction.unresolved[:20])
        if len(extraction.unresolved) > 20:
            lines.append(f"  ... and {len(extraction.unresolved) - 20} more")
    return "\n".join(lines)


def cmd_extract(args) -> int:
    from .incidents import control_geodataframe, to_geodataframe
    from .io import write_table

    extraction = _extract(args)
    incidents = to_geodataframe(extraction.incidents)
    write_table(incidents, args.output, layers={"control": control_geodataframe(extraction.control)})
    if not args.quiet:
        print(_summary(extraction), file=sys.stderr)
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


def cmd_run(args) -> int:
    """The main job: extract from articles and write every output a report needs."""
    from .incidents import control_geodataframe, to_geodataframe
    from .io import write_table
    from .report import write_report

    extraction = _extract(args)
    incidents = to_geodataframe(extraction.incidents)
    control = control_geodataframe(extraction.control)
    out = args.output
    written = [write_table(incidents, out / "incidents.gpkg", layers={"control": control}),
               write_table(incidents, out / "incidents.geojson"),
               write_table(incidents, out / "incidents.csv"),
               write_table(control, out / "control.geojson")]
    written.extend(write_report(extraction, incidents, control, out, quiet=args.quiet))
    if not args.quiet:
        print(_summary(extraction), file=sys.stderr)
        print("wrote " + ", ".join(str(p) for p in written), file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="geomap", description="Turn conflict reporting into maps.")
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
    ext.add_argument("-o", "--output", type=Path, required=True,
                     help="output file: .geojson, .gpkg, .csv, .parquet or .jsonl")
    ext.add_argument("-q", "--quiet", action="store_true")
    _add_gazetteer_options(ext)
    ext.set_defaults(func=cmd_extract)

    run = commands.add_parser("run", help="the main job: incidents, control, layers and a report in a folder")
    run.add_argument("inputs", nargs="+", metavar="INPUT")
    run.add_argument("-o", "--output", type=Path, default=Path("outputs"), help="output folder (default outputs/)")
    run.add_argument("-q", "--quiet", action="store_true")
    _add_gazetteer_options(run)
    run.set_defaults(func=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except GeomapError as exc:
        print(f"geomap: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
