"""The curated gazetteer: load place files, look names up, rank the candidates.

Nothing here reads article text; it answers "where could a place called X be?".
Data lives in ``gazetteer/`` (see its README): ``places/*.csv`` rows,
``places/aliases*.csv`` extra spellings for existing rows, and ``areas.geojson``
whose polygons also answer lookups (governorates, the Badia, As-Safa...).
"""
from __future__ import annotations

import csv
import difflib
import json
import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .errors import GazetteerError
from .names import fold_key, light_key, name_keys, skeleton_key, split_descriptors

__all__ = ["Place", "Gazetteer", "COLUMNS", "ACLED_ADMIN1", "data_dir", "haversine_km",
           "read_place_rows"]

COLUMNS = ["id", "name", "feature", "country", "admin1", "admin2", "lat", "lon",
           "geo_precision", "uncertainty_km", "aliases", "source", "note"]
REQUIRED = ["id", "name", "feature", "country", "lat", "lon", "geo_precision",
            "uncertainty_km", "source"]
ACLED_ADMIN1 = ("Aleppo", "Al-Hasakeh", "Ar-Raqqa", "As-Sweida", "Damascus", "Dar'a",
                "Deir-ez-Zor", "Hama", "Homs", "Idleb", "Lattakia", "Quneitra",
                "Rural Damascus", "Tartous")

# Which kind of place a bare name most likely means in conflict reporting: a
# settlement before the governorate of the same name, before sites and areas.
FEATURE_RANK = {"city": 0, "governorate": 1, "town": 2, "settlement": 3, "village": 3,
                "neighbourhood": 5, "area": 6, "desert": 6, "mountain": 5, "district": 7,
                "subdistrict": 7}
SITE_RANK = 4
TIER_NAMES = {0: "exact name", 1: "name without generic words", 2: "spelling variant",
              3: "similar spelling", 4: "online geocoder"}
MIN_FOLD_LENGTH = 5  # a spelling-variant match needs a fold key at least this long
SIMILAR_ENOUGH = 0.85  # difflib ratio a consonant-skeleton match must also reach
SETTLEMENTS = frozenset({"city", "town", "village", "settlement"})
# In "Deir-ez-Zor - Hatla" the neighbourhood is more specific than the city.
SPECIFICITY = {"village": 1, "settlement": 1, "town": 2, "city": 3, "area": 4, "desert": 4,
               "mountain": 4, "plain": 4, "valley": 4, "district": 5, "subdistrict": 5,
               "governorate": 6, "country": 7}


def data_dir() -> Path:
    """The shipped gazetteer folder: inside the wheel, or the repository checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_gazetteer", here.parent / "gazetteer"):
        if (candidate / "places").is_dir():
            return candidate
    raise GazetteerError(f"the gazetteer data is missing (looked in {here / '_gazetteer'} and "
                         f"{here.parent / 'gazetteer'}); reinstall geomap")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; good to 0.5% which is plenty for ranking and checks."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(math.sqrt(min(1.0, a)))


@dataclass(frozen=True)
class Place:
    """One gazetteer entry; the match fields are set on the copies lookups return."""

    id: str
    name: str
    feature: str
    country: str
    lat: float
    lon: float
    geo_precision: int
    uncertainty_km: float
    source: str
    admin1: str = ""
    admin2: str = ""
    aliases: tuple[str, ...] = ()
    note: str = ""
    origin: str = ""  # file:line the row came from
    priority: int = 1  # 0 for a user's own file, which ranks first
    matched: str = ""  # the spelling that matched
    match: str = ""  # exact name / spelling variant / ...
    reason: str = ""

    @property
    def is_settlement(self) -> bool:
        return self.feature in SETTLEMENTS

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "lat": self.lat, "lon": self.lon,
                "admin1": self.admin1, "admin2": self.admin2, "country": self.country,
                "feature": self.feature, "geo_precision": self.geo_precision,
                "uncertainty_km": self.uncertainty_km, "source": self.source,
                "matched": self.matched, "match": self.match, "reason": self.reason}


def _row_error(origin: str, message: str) -> GazetteerError:
    return GazetteerError(f"{origin}: {message}")


def read_place_rows(path: Path) -> Iterator[tuple[int, dict]]:
    """Yield (line number, row) from a places CSV, refusing a wrong header."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror})") from exc
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerError(f"{path}:1: missing column(s) {', '.join(missing)}; "
                                 f"a places file needs the header: {','.join(COLUMNS)}")
        try:
            for row in reader:
                yield reader.line_num, row
        except (csv.Error, UnicodeDecodeError) as exc:
            raise GazetteerError(f"{path}:{reader.line_num}: {exc}; save the file as UTF-8 CSV") from exc


def place_from_row(row: dict, origin: str, priority: int = 1) -> Place:
    """Build a Place, or raise GazetteerError naming ``origin`` and the bad field."""
    def text(key: str) -> str:
        return (row.get(key) or "").strip()

    for key in REQUIRED:
        if not text(key):
            raise _row_error(origin, f"field '{key}' is empty")
    try:
        lat, lon = float(text("lat")), float(text("lon"))
    except ValueError:
        raise _row_error(origin, f"lat/lon must be decimal degrees, got {text('lat')!r}, {text('lon')!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat + lon):
        raise _row_error(origin, f"lat/lon out of range: {lat}, {lon}")
    try:
        precision = int(text("geo_precision"))
        uncertainty = float(text("uncertainty_km"))
    except ValueError:
        raise _row_error(origin, "geo_precision must be 1, 2 or 3 and uncertainty_km a number of km") from None
    if precision not in (1, 2, 3):
        raise _row_error(origin, f"geo_precision must be 1, 2 or 3, got {precision}")
    if not uncertainty > 0:
        raise _row_error(origin, f"uncertainty_km must be positive, got {uncertainty}")
    aliases = tuple(a.strip() for a in text("aliases").split("|") if a.strip())
    return Place(id=text("id"), name=text("name"), feature=text("feature").lower(),
                 country=text("country").upper(), lat=lat, lon=lon, geo_precision=precision,
                 uncertainty_km=uncertainty, source=text("source"), admin1=text("admin1"),
                 admin2=text("admin2"), aliases=aliases, note=text("note"), origin=origin,
                 priority=priority)


def _areas_places(path: Path) -> Iterator[Place]:
    """Areas answer lookups at a representative point with their extent as uncertainty."""
    try:
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError) as exc:
        raise GazetteerError(f"{path}: not a readable GeoJSON FeatureCollection ({exc})") from exc
    for number, feature in enumerate(features, start=1):
        props = dict(feature.get("properties") or {})
        if isinstance(props.get("aliases"), list):
            props["aliases"] = "|".join(props["aliases"])
        yield place_from_row({k: "" if v is None else str(v) for k, v in props.items()},
                             f"{path}:feature {number}")


@dataclass
class _Index:
    """Name keys of each strictness mapped to place positions."""

    exact: dict[str, set[int]] = field(default_factory=dict)
    core: dict[str, set[int]] = field(default_factory=dict)
    fold: dict[str, set[int]] = field(default_factory=dict)
    skeleton: dict[str, set[int]] = field(default_factory=dict)

    def add(self, position: int, spelling: str) -> None:
        keys = name_keys(spelling)
        if not keys.light:
            return
        self.exact.setdefault(keys.light, set()).add(position)
        if keys.core_fold:
            self.core.setdefault(keys.core_fold, set()).add(position)
        self.fold.setdefault(keys.fold, set()).add(position)
        self.skeleton.setdefault(keys.skeleton, set()).add(position)


class Gazetteer:
    """Places and the indexes that find them by any spelling.

    ``Gazetteer.default()`` loads the shipped data once per process; pass
    ``extra=[path]`` to merge a user's own CSV files, whose rows override shipped
    rows with the same id and rank first among equally good matches.
    """

    def __init__(self, places: Iterable[Place], extra_aliases: dict[str, list[str]] | None = None):
        by_id: dict[str, Place] = {}
        for place in places:
            previous = by_id.get(place.id)
            if previous is not None and place.priority >= previous.priority:
                raise GazetteerError(f"{place.origin}: id '{place.id}' is already used at {previous.origin}")
            by_id[place.id] = place
        for place_id, aliases in (extra_aliases or {}).items():
            if place_id in by_id:
                old = by_id[place_id]
                by_id[place_id] = replace(old, aliases=old.aliases + tuple(a for a in aliases if a not in old.aliases))
        self.places: list[Place] = list(by_id.values())
        self._by_id = by_id
        self._index = _Index()
        for position, place in enumerate(self.places):
            for spelling in (place.name, *place.aliases):
                self._index.add(position, spelling)
        self._online = None

    # -- construction -----------------------------------------------------
    @classmethod
    def load(cls, directory: Path, extra: Iterable[Path] = ()) -> "Gazetteer":
        places: list[Place] = []
        aliases: dict[str, list[str]] = {}
        places_dir = directory / "places"
        for path in sorted(places_dir.glob("*.csv")):
            if path.name.startswith("aliases"):
                _read_aliases(path, aliases)
            else:
                places.extend(place_from_row(row, f"{path}:{line}") for line, row in read_place_rows(path))
        areas = directory / "areas.geojson"
        if areas.exists():
            places.extend(_areas_places(areas))
        for path in extra:
            path = Path(path)
            if not path.exists():
                raise GazetteerError(f"{path}: no such gazetteer file")
            places.extend(place_from_row(row, f"{path}:{line}", priority=0) for line, row in read_place_rows(path))
        return cls(places, aliases)

    @classmethod
    def default(cls, extra: Iterable[Path] = ()) -> "Gazetteer":
        extra = tuple(str(p) for p in extra)
        return _cached_default(extra)

    def with_online(self, geocoder) -> "Gazetteer":
        """A copy that asks ``geocoder`` (see geomap.online) for names it lacks."""
        import copy

        online = copy.copy(self)
        online._online = geocoder
        return online

    def get(self, place_id: str) -> Place | None:
        return self._by_id.get(place_id)

    def __len__(self) -> int:
        return len(self.places)

    # -- lookup -----------------------------------------------------------
    def lookup(self, name: str, *, country: str | None = None, limit: int = 10) -> list[Place]:
        """Candidates for ``name``, best first; each says how it matched and why it ranks there.

        Composite names as conflict datasets write them ("Deir-ez-Zor - Hatla",
        "Bishri Mountain - Deir-ez-Zor", "Regiment 46 - Military Base") are split
        and the most specific part that agrees with the others wins. An empty
        list means no acceptable match: see ``suggest`` for near misses.
        """
        name = (name or "").strip()
        if not name:
            return []
        parts = _composite_parts(name)
        if len(parts) > 1:
            found = self._lookup_composite(parts, country)
        else:
            found = self._lookup_one(name, country, hints=())
        if not found and self._online is not None:
            found = self._online.lookup(name)
        return found[:limit]

    def _lookup_one(self, name: str, country: str | None, hints: tuple[str, ...]) -> list[Place]:
        core, core_hints = split_descriptors(name)
        hints = tuple(dict.fromkeys(hints + core_hints))
        index = self._index
        light = light_key(name)
        wanted = (country or "SY").upper()
        tiers = [(0, index.exact.get(light, set()))]
        if core_hints and core != name:
            # "al-Taim oil field": the core name alone may only stand for a place of the
            # hinted kind, or one in the wanted country (the town beside the prison).
            tiers.append((1, {i for i in index.core.get(fold_key(core), set()) | index.fold.get(fold_key(core), set())
                              if self.places[i].feature in hints or self.places[i].country == wanted}))
        folded = fold_key(name)
        if len(folded) >= MIN_FOLD_LENGTH:  # short folds ("bara") collide with too much
            tiers.append((2, index.fold.get(folded, set())))
        for tier, positions in tiers:
            if positions:
                if tier == 0 and all(self.places[i].country != wanted for i in positions):
                    # only foreign exact matches: a home-country spelling variant
                    # ("al-Kom" for al-Kawm, not Iran's Qom) joins and outranks them
                    positions = positions | {i for i in index.fold.get(folded, ())
                                             if self.places[i].country == wanted}
                return self._rank(positions, name, tier, country, hints)
        # Last resort: same consonants and a close spelling overall.
        skeleton = skeleton_key(core)
        positions = set()
        for position in index.skeleton.get(skeleton, ()):
            place = self.places[position]
            if hints and place.feature not in hints:
                continue
            best = max(difflib.SequenceMatcher(None, light_key(core), light_key(s)).ratio()
                       for s in (place.name, *place.aliases) if skeleton_key(s) == skeleton)
            if best >= SIMILAR_ENOUGH and len(light_key(core)) >= 4:
                positions.add(position)
        return self._rank(positions, name, 3, country, hints) if positions else []

    def _rank(self, positions: Iterable[int], query: str, tier: int, country: str | None,
              hints: tuple[str, ...]) -> list[Place]:
        wanted_country = (country or "SY").upper()
        scored = []
        for position in positions:
            place = self.places[position]
            feature_rank = FEATURE_RANK.get(place.feature, SITE_RANK)
            hinted = bool(hints) and place.feature in hints
            own_name = light_key(place.name) == light_key(query) or fold_key(place.name) == fold_key(query)
            admin_unit = place.feature in ("governorate", "district", "subdistrict")
            key = (place.priority, 0 if hinted else 1, 0 if place.country == wanted_country else 1,
                   admin_unit, 0 if own_name else 1, feature_rank, place.geo_precision,
                   place.uncertainty_km, place.id)
            scored.append((key, place))
        scored.sort(key=lambda item: item[0])
        results = []
        for rank, (key, place) in enumerate(scored):
            matched = _matched_spelling(place, query, tier)
            reasons = [TIER_NAMES[tier] + (f" '{matched}'" if matched != place.name else "")]
            if place.priority == 0:
                reasons.append("from your gazetteer file")
            if hints:
                reasons.append(f"{'is' if key[1] == 0 else 'is not'} a {'/'.join(hints[:2])}")
            if len(scored) > 1:
                reasons.append(f"{place.feature} in {place.country}"
                               + (f" ({place.admin1})" if place.admin1 else "")
                               + (": ranked first of " + str(len(scored)) if rank == 0 else ""))
            results.append(replace(place, matched=matched, match=TIER_NAMES[tier], reason="; ".join(reasons)))
        return results

    def _lookup_composite(self, parts: list[str], country: str | None) -> list[Place]:
        """Resolve "City - Neighbourhood" style names to the most specific consistent part."""
        hints: tuple[str, ...] = ()
        named: list[tuple[str, list[Place]]] = []
        for part in parts:
            core, part_hints = split_descriptors(part)
            if core == part and part_hints and light_key(part) not in self._index.exact:
                hints += part_hints  # "Military Base": only a descriptor
                continue
            named.append((part, []))
        named = [(part, self._lookup_one(part, country, hints)) for part, _ in named]
        resolved = [(part, found) for part, found in named if found]
        if not resolved:
            return []
        if len(resolved) == 1:
            return resolved[0][1]
        # The most specific part wins: a name that can also mean a governorate
        # ("Deir-ez-Zor") is the qualifier, whichever side of the dash it stands.
        best_part, best = min(resolved, key=lambda pf: max(SPECIFICITY.get(p.feature, 0) for p in pf[1]))
        context = [p for part, found in resolved if part != best_part for p in found[:3]]
        near = [p for p in best if any(_agrees(p, c) for c in context)]
        if near:
            best = near + [p for p in best if p not in near]
            label = ", ".join(part for part, _ in resolved if part != best_part)
            return [replace(p, reason=f"{p.reason}; within {label}") if i < len(near) else p
                    for i, p in enumerate(best)]
        return best

    def suggest(self, name: str, n: int = 5) -> list[str]:
        """Near-miss spellings for a name that did not match (never accepted silently)."""
        key = light_key(name)
        if not key:
            return []
        close = difflib.get_close_matches(key, self._index.exact.keys(), n=n, cutoff=0.72)
        out = []
        for k in close:
            place = self.places[min(self._index.exact[k])]
            label = f"{place.name} ({place.feature}, {place.admin1 or place.country})"
            if label not in out:
                out.append(label)
        return out


def _agrees(place: Place, context: Place) -> bool:
    """A part of a composite name agrees with another if it lies within or near it."""
    if context.feature == "governorate" or context.feature in ("district", "subdistrict"):
        return place.admin1 == context.admin1 or haversine_km(place.lat, place.lon, context.lat, context.lon) <= context.uncertainty_km
    reach = max(25.0, context.uncertainty_km + place.uncertainty_km)
    return haversine_km(place.lat, place.lon, context.lat, context.lon) <= reach


def _matched_spelling(place: Place, query: str, tier: int) -> str:
    keys = {0: light_key, 2: fold_key, 3: skeleton_key}
    key_fn = keys.get(tier, fold_key)
    target = key_fn(split_descriptors(query)[0] if tier in (1, 3) else query)
    for spelling in (place.name, *place.aliases):
        core = split_descriptors(spelling)[0]
        if key_fn(spelling) == target or key_fn(core) == target:
            return spelling
    return place.name


def _composite_parts(name: str) -> list[str]:
    """Split "Deir-ez-Zor - Hatla", "Hatla, Deir ez-Zor", "Al-Bab (Aleppo)"."""
    import re

    cleaned = re.sub(r"\(([^)]*)\)", r" - \1", name)
    parts = [p.strip() for p in re.split(r"\s+[-–—]\s+|,\s*|\s+[-–—](?=\S)|(?<=\S)[–—]\s+", cleaned) if p.strip()]
    return parts or [name]


def _read_aliases(path: Path, into: dict[str, list[str]]) -> None:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if not {"id", "aliases"} <= set(reader.fieldnames or []):
            raise GazetteerError(f"{path}:1: an aliases file needs the header id,aliases,source")
        for row in reader:
            spellings = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            into.setdefault((row.get("id") or "").strip(), []).extend(spellings)


@lru_cache(maxsize=8)
def _cached_default(extra: tuple[str, ...]) -> Gazetteer:
    return Gazetteer.load(data_dir(), [Path(p) for p in extra])
