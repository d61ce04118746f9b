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
    found = gazetteer.lookup(args.name, limit=args.limit)
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="geomap", description="Turn conflict reporting into maps.")
    commands = parser.add_subparsers(dest="command", required=True)

    gaz = commands.add_parser("gazetteer", help="look up, check and extend the gazetteer")
    gaz_commands = gaz.add_subparsers(dest="gazetteer_command", required=True)

    lookup = gaz_commands.add_parser("lookup", help="print the candidates for a place name")
    lookup.add_argument("name")
    lookup.add_argument("--format", choices=["text", "json"], default="text")
    lookup.add_argument("--limit", type=int, default=10)
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
