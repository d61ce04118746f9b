"""Check gazetteer files row by row and report ``file:line: problem``.

Checks: malformed rows and fields; duplicate ids; coordinates inside the stated
country (3 km tolerance; Syria's outline is OCHA's) and, for Syria, inside the
stated governorate by OCHA's polygons (3 km: OCHA notes a few communities lie
just across a boundary); ACLED governorate spellings; curated rows: the anchor
exists and the row sits where its rule puts it, and no curated row lies more
than 5 km from an authoritative place of the same name; alias files: unknown
ids, and an alias that would make a far-away place outrank the place of that
name; and aliases that name two places far apart without a rule between them.
"""
from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .errors import GazetteerError
from .gazetteer import (ACLED_ADMIN1, Place, _areas_places, anchor_point, data_dir, data_files, haversine_km,
                        place_from_row, read_place_rows)
from .names import fold_key, is_arabic, light_key

__all__ = ["Problem", "validate_files", "default_files"]

COUNTRY_TOLERANCE_KM = 3.0
# OCHA notes that a few of its points lie just across a border or a governorate
# boundary; rows generated from the sources get this much slack, not more.
SOURCE_TOLERANCE_KM = 10.0
ADMIN1_TOLERANCE_KM = 3.0
CURATED_DUPLICATE_KM = 5.0  # a curated row this far from the authoritative place of its name
ANCHOR_TOLERANCE_KM = 0.5
ALIAS_CLASH_KM = 25.0
METRIC_CRS = "EPSG:32637"  # UTM 37N: distances in metres across Syria
# Territory that datasets code under either country (the West Bank, the Golan).
SHARED_TERRITORY = {"IL": ("PS", "SY"), "PS": ("IL",), "SY": ("IL",)}


@dataclass(frozen=True)
class Problem:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def default_files(directory: Path | None = None) -> list[Path]:
    return data_files(directory or data_dir())


@lru_cache(maxsize=1)
def _outlines():
    """Country and governorate outlines in a metric CRS, loaded only when validating."""
    import geopandas as gpd
    import shapely

    basemap = data_dir() / "basemap"
    boundaries = data_dir() / "boundaries"
    countries = gpd.read_file(basemap / "countries.geojson").to_crs(METRIC_CRS)
    governorates = gpd.read_file(boundaries / "ocha_adm1.geojson").to_crs(METRIC_CRS)
    shapes: dict[str, object] = {}
    for row in countries.itertuples():
        code = str(row.iso_a2)
        shapes[code] = row.geometry if code not in shapes else shapes[code].union(row.geometry)
    shapes["SY"] = gpd.read_file(boundaries / "ocha_adm0.geojson").to_crs(METRIC_CRS).geometry.iloc[0]
    own = dict(shapes)
    for code, twins in SHARED_TERRITORY.items():  # e.g. West Bank places coded IL or PS
        if code in own:
            shapes[code] = shapely.union_all([own[code], *[own[t] for t in twins if t in own]])
    # the basemap is clipped to the region: only points well inside it can be checked
    covered = countries.union_all().envelope.buffer(-50_000)
    return shapes, {str(r.name): r.geometry for r in governorates.itertuples()}, covered


def _metric_point(lat: float, lon: float):
    from shapely.geometry import Point

    return Point(*_to_metric().transform(lon, lat))


def _distance_km(geometry, lat: float, lon: float) -> float:
    return geometry.distance(_metric_point(lat, lon)) / 1000.0


@lru_cache(maxsize=1)
def _to_metric():
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True)


def _generated(place: Place) -> bool:
    """Rows the build script writes from OCHA and Who's On First."""
    return place.id.startswith(("ocha:", "ocha-nbhd:", "wof:"))


def _check_place(place: Place) -> list[str]:
    problems = []
    slack = SOURCE_TOLERANCE_KM if _generated(place) else 0.0
    countries, governorates, covered = _outlines()
    outline = countries.get(place.country)
    if outline is not None and covered.contains(_metric_point(place.lat, place.lon)):
        off = _distance_km(outline, place.lat, place.lon)
        if off > COUNTRY_TOLERANCE_KM + slack:
            problems.append(f"'{place.name}' at {place.lat}, {place.lon} lies {off:.0f} km outside "
                            f"{place.country}: check the coordinates (lat first) or the country code")
    if place.country == "SY":
        if place.admin1 not in ACLED_ADMIN1 and place.feature != "country":
            if place.admin1 or place.feature not in ("area", "desert", "mountain", "river"):
                problems.append(f"admin1 '{place.admin1}' is not an ACLED governorate name "
                                f"(one of: {', '.join(ACLED_ADMIN1)})")
        elif place.admin1 in governorates and place.feature not in ("area", "desert", "mountain", "governorate",
                                                                   "plain"):
            off = _distance_km(governorates[place.admin1], place.lat, place.lon)
            if off > ADMIN1_TOLERANCE_KM + slack:
                inside = [name for name, g in governorates.items() if _distance_km(g, place.lat, place.lon) == 0]
                where = f"; the point is in {inside[0]}" if inside else ""
                problems.append(f"'{place.name}' lies {off:.0f} km outside {place.admin1}{where}: "
                                f"fix admin1 or the coordinates")
    if place.geo_precision == 1 and place.uncertainty_km > 10:
        problems.append(f"geo_precision 1 with uncertainty_km {place.uncertainty_km}: "
                        f"precision 1 claims the point itself; use 2 or 3 for wide places")
    return problems


def _load(path: Path, problems: list[Problem]) -> list[Place]:
    if path.suffix == ".geojson":
        try:
            return list(_areas_places(path))
        except GazetteerError as exc:
            problems.append(Problem(str(path), str(exc).split(": ", 1)[-1]))
            return []
    if path.name.startswith("aliases"):
        return []  # checked against the places in _alias_file_problems
    places = []
    try:
        for line, row in read_place_rows(path):
            origin = f"{path}:{line}"
            try:
                places.append(place_from_row(row, origin))
            except GazetteerError as exc:
                problems.append(Problem(origin, str(exc).removeprefix(origin + ": ")))
    except GazetteerError as exc:
        problems.append(Problem(str(path), str(exc).removeprefix(f"{path}: ")))
    return places


def validate_files(paths: Iterable[Path], context: Iterable[Path] = ()) -> list[Problem]:
    """Problems in ``paths``; ``context`` files count for duplicate ids and alias clashes only."""
    problems: list[Problem] = []
    places = [p for path in paths for p in _load(Path(path), problems)]
    context_places = [p for path in context for p in _load(Path(path), [])]
    seen: dict[str, Place] = {}
    for place in places:  # a context row with the same id is an override, not a duplicate
        if place.id in seen:
            problems.append(Problem(place.origin, f"duplicate id '{place.id}' (first at {seen[place.id].origin})"))
            continue
        seen[place.id] = place
        problems.extend(Problem(place.origin, m) for m in _check_place(place))
    everything = {p.id: p for p in context_places}
    everything.update({p.id: p for p in places})
    problems.extend(_curated_problems(places, everything))
    for path in paths:
        if Path(path).name.startswith("aliases"):
            problems.extend(_alias_file_problems(Path(path), everything))
    problems.extend(_alias_clashes(places, context_places))
    return list(dict.fromkeys(problems))


def _curated_problems(places: list[Place], everything: dict[str, Place]) -> list[Problem]:
    """A curated row sits where its anchor rule puts it, and does not double an authoritative place."""
    problems = []
    by_fold: dict[str, list[Place]] = {}
    for place in everything.values():
        if place.id.startswith(("ocha", "wof:")):
            by_fold.setdefault(fold_key(place.name), []).append(place)
    for place in places:
        if not place.anchor:
            continue
        try:
            lat, lon = anchor_point(place.anchor, everything, origin=place.origin)
        except GazetteerError as exc:
            problems.append(Problem(place.origin, str(exc).removeprefix(place.origin + ": ")))
            continue
        off = haversine_km(lat, lon, place.lat, place.lon)
        if off > ANCHOR_TOLERANCE_KM:
            problems.append(Problem(place.origin, f"'{place.name}' is {off:.1f} km from where its anchor "
                                    f"'{place.anchor}' puts it ({lat:.5f}, {lon:.5f}): rerun "
                                    f"scripts/build_gazetteer.py or fix the anchor"))
        for twin in by_fold.get(fold_key(place.name), ()):
            far = haversine_km(twin.lat, twin.lon, place.lat, place.lon)
            if twin.id != place.id and far > CURATED_DUPLICATE_KM and twin.feature == place.feature:
                problems.append(Problem(place.origin, f"curated '{place.name}' lies {far:.0f} km from the "
                                        f"authoritative {twin.id} of the same name: make it an alias of that row"))
    return problems


def _alias_prior(place: Place) -> int:
    """The ranking prior of a place matched by an alias (Gazetteer._rank adds 2 for its own name)."""
    return 2 * place.prominence + 1 - place.source_tier


def _alias_file_problems(path: Path, everything: dict[str, Place]) -> list[Problem]:
    """Unknown ids, and an alias that names another place's own name far away."""
    import csv

    own: dict[str, list[Place]] = {}
    for place in everything.values():
        own.setdefault(light_key(place.name), []).append(place)
    problems = []
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        return [Problem(str(path), f"cannot read ({exc.strerror})")]
    with handle:
        reader = csv.DictReader(handle)
        if not {"id", "aliases"} <= set(reader.fieldnames or []):
            return [Problem(f"{path}:1", "an aliases file needs the header id,aliases,source")]
        for row in reader:
            origin = f"{path}:{reader.line_num}"
            place = everything.get((row.get("id") or "").strip())
            if place is None:
                problems.append(Problem(origin, f"unknown id '{row.get('id')}': no place has it"))
                continue
            if not (row.get("source") or "").strip():
                problems.append(Problem(origin, "empty source: say where these spellings come from"))
            for alias in filter(None, (a.strip() for a in (row.get("aliases") or "").split("|"))):
                if alias.startswith("-"):
                    if light_key(alias[1:]) not in {light_key(a) for a in place.aliases}:
                        problems.append(Problem(origin, f"'{alias}' removes a spelling '{place.name}' ({place.id}) "
                                                        f"does not have: check the spelling"))
                    continue
                if (fold_key(alias) == fold_key(place.name) or is_arabic(alias)
                        or SequenceMatcher(None, light_key(alias), light_key(place.name)).ratio() >= 0.75):
                    continue  # the place's own name respelled: a homonym, ranked by the prior
                for other in own.get(light_key(alias), ()):
                    far = haversine_km(other.lat, other.lon, place.lat, place.lon)
                    if other.id != place.id and other.country == place.country and far > ALIAS_CLASH_KM \
                            and other.feature not in ("governorate", "district", "subdistrict") \
                            and _alias_prior(place) > _alias_prior(other) + 2:
                        problems.append(Problem(origin, f"alias '{alias}' would make '{place.name}' outrank "
                                                f"'{other.name}' ({other.id}) {far:.0f} km away, whose own name "
                                                f"it is: drop it or qualify it"))
    return problems


def _alias_clashes(places: list[Place], context: list[Place]) -> list[Problem]:
    """An alias shared by two places far apart, with no rule to tell them apart.

    Homonyms are real (many villages share a name), so canonical names may
    clash, and a place's own name outranks another place's alias in lookups; a
    city and its governorate, or places in different countries, are told apart by
    feature and country. What is left is one alias on two distant places, which
    would leave a lookup to chance.
    """
    names: dict[str, list[tuple[Place, bool]]] = {}
    for place in list(context) + places:
        canonical = light_key(place.name)
        own = fold_key(place.name)
        for alias in {place.name, *place.aliases}:
            spelling = light_key(alias)
            if spelling:  # the place's own name respelled, or in Arabic, is a homonym, not a clash
                homonym = (spelling == canonical or fold_key(alias) == own or is_arabic(alias)
                           or SequenceMatcher(None, spelling, canonical).ratio() >= 0.75)
                names.setdefault(spelling, []).append((place, homonym))
    # the sources' own homonyms are not checked (lookups flag them as ambiguous)
    checked = {id(p) for p in places if not _generated(p)}
    problems = []
    for key, owners in names.items():
        if len(owners) < 2:
            continue
        for place, is_canonical in owners:
            if is_canonical or id(place) not in checked:
                continue
            for other, other_is_name in owners:
                if other is place or other.id == place.id or other.country != place.country:
                    continue
                if other_is_name:
                    continue  # a place's own name outranks another's alias in lookups
                if (other.feature == "governorate") != (place.feature == "governorate"):
                    continue
                if place.feature == other.feature == "neighbourhood":
                    continue  # quarter names repeat from city to city; "City - Quarter" tells them apart
                far = haversine_km(place.lat, place.lon, other.lat, other.lon)
                if far > ALIAS_CLASH_KM + place.uncertainty_km + other.uncertainty_km:
                    problems.append(Problem(place.origin, f"alias '{key}' of '{place.name}' also names "
                                            f"'{other.name}' ({other.origin}) {far:.0f} km away: drop it, "
                                            f"or make it a canonical name of its own row"))
                    break
    return problems
