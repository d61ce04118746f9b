"""The gazetteer: load place files, look names up, rank the candidates.

Nothing here reads article text; it answers "where could a place called X be?".
Data lives in ``gazetteer/`` (see its README): ``places/*.csv`` generated from
OCHA, Who's On First and GeoNames; ``curated/*.csv`` sites no source has, each
placed at an authoritative ``anchor``; ``aliases.csv`` extra spellings; and
``areas.geojson`` regions (the Badia, As-Safa...) built from OCHA's polygons.

Ranking among homonyms, best first: a user's own file; the feature the query
hints at ("X village"); the wanted country (Syria); the governorate given as
context (``admin1=``, or a composite "X - Idleb"); a settlement before an admin
unit of the same name; then the documented prior: ``prominence`` (a governorate
or district seat before a sub-district seat before a village; places named in
many languages first), OCHA's communities before Who's On First's other
villages. When far-apart candidates of equal standing share the prior so that
the first holds less than TOP_SHARE of it (see ``_rivals``), the first is returned
with ``ambiguous`` set, a precision of 2 or 3 and a radius that covers them:
never a confident dot picked at random.
"""
from __future__ import annotations

import csv
import difflib
import json
import math
import re  # re.compile here, not the regex store: importing geomap itself reads no store (tests/test_build_hook.py)
import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache
from math import asin, cos, radians, sin, sqrt
from pathlib import Path
from collections.abc import Mapping, Sequence
from typing import Iterable, Iterator, NamedTuple

from .errors import GazetteerError
from .names import (DESCRIPTOR_FEATURES, QUALIFIERS, NameKeys, _fold_word, construct_state, elided, elided_spellings,
                    fold_key, light_key, name_keys, skeleton_key, split_descriptors)

__all__ = ["Place", "Gazetteer", "COLUMNS", "ACLED_ADMIN1", "data_dir", "haversine_km",
           "read_place_rows"]

COLUMNS = ["id", "name", "feature", "country", "admin1", "admin2", "admin3", "parent", "anchor", "lat", "lon",
           "geo_precision", "uncertainty_km", "prominence", "aliases", "source", "note"]
REQUIRED = ["id", "name", "feature", "country", "lat", "lon", "geo_precision",
            "uncertainty_km", "source"]
ACLED_ADMIN1 = ("Aleppo", "Al-Hasakeh", "Ar-Raqqa", "As-Sweida", "Damascus", "Dar'a",
                "Deir-ez-Zor", "Hama", "Homs", "Idleb", "Lattakia", "Quneitra",
                "Rural Damascus", "Tartous")

# Which kind of place a bare name most likely means in conflict reporting: a
# settlement before the governorate of the same name, before sites and areas.
FEATURE_RANK = {"city": 0, "governorate": 1, "town": 2, "settlement": 3, "village": 3,
                "neighbourhood": 5, "area": 6, "desert": 6, "mountain": 5, "district": 7,
                "subdistrict": 7, "abandoned": 8}
SAME_PLACE_KM = 5.0  # candidates closer than this are one place for ambiguity
TOP_SHARE = 0.7  # the winner's share of the candidates' weight that makes it safe (see _rivals)
MIN_RIVAL_SHARE = 0.125  # rivals lighter than this (prior 6 below) do not widen the radius
AMBIGUOUS_PRECISION_KM = 25.0  # rivals within this: precision 2; further: 3
SITE_RANK = 4
TIER_NAMES = {0: "exact name", 1: "name without generic words", 2: "spelling variant",
              3: "similar spelling", 4: "online geocoder", 5: "spelling variant", 6: "name without its qualifier"}
BARE_TIER = 6
_VILLAGES_AND_QUARTERS = frozenset({"village", "hamlet", "neighbourhood", "farm", "camp"})
BARE_MIN_LETTERS = 5  # a name without its qualifier is looked up only from this many letters ("Orm" is too short)
_ARABIC_GOVERNORATE_WORD = re.compile(r"^\s*محافظة\s+")  # "governorate", written before the name
# a word's last "aa" is how reports write a final ayn ("Izraa", "Daraa"; OCHA's "Izra'"): the exact key
# without it is tried when the key as written matches nothing (a short fold key is no help there)
_FINAL_AYN = re.compile(r"aa\b")
_WHOSE_CAMP = re.compile(r"(?: palestin(?:e|ian))?(?: refugees?)? camp\b")  # whose camp it is: not in its name
MIN_FOLD_LENGTH = 5  # a spelling-variant match needs a fold key at least this long
SIMILAR_ENOUGH = 0.85  # difflib ratio a consonant-skeleton match must also reach
ANYWHERE_MIN_FOLD = 9  # ... and with no governorate named, only from this length, and only one place in Syria
SLIP_MIN_LETTERS = 5  # a typing slip is taken for a name as a list gives it only from this many letters
CLOSE_MIN_FOLD = 6  # a fold key one letter off is a match (within a governorate) only from this length
CLOSE_MARGIN = 0.1  # of several such, the most alike in letters (difflib ratio) by this much is taken
VARIANT_TIER = 5  # a spelling variant kept beside better matches, only as a possible rival
_TOWNS = frozenset({"city", "town"})
SETTLEMENTS = frozenset({"city", "town", "village", "settlement", "abandoned"})
ADMIN_UNITS = frozenset({"governorate", "district", "subdistrict"})
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


EARTH_RADIUS_KM = 6371.0088  # the mean radius every great-circle distance here uses


_GLUED_ARTICLE = re.compile(r"(al|el|a([tdrzsn])(?=\2))(?=[^\W\d_]{4,}$)", re.I)
# a generic word glued to the name after it, its article or not ("Khirbetaljoz", "Tellbluah", "Einal Abed",
# "Dairalfardis"), as hasty typists join them: the words apart
_GLUED_GENERIC = re.compile(r"(tell?|tall?|khirbe?t|kherbet|khirbat|khirbit|ain|ein|ayn|bir|ras|kafr|kfar|deir|dair|dayr|"
                            r"beit|bayt|umm?|abu|mazraa?t|mazraet|jabal|jebel|qasr)"
                            r"(?:(al|el)|(a([tdrzsn])(?=\4)))?(?=[^\W\d_]{3,}(?:\s|$)|\s)", re.I)
_CAMEL_HUMP = re.compile(r"([a-z\u00e0-\u024f'’`])([A-Z])")  # "SatehZahnan": a word ends, a capital starts the next
# words round a name that say nothing of the place ("The Zohour", "Al Ajrash vicinity", "Khan Arnabah CS"): the name
# without them is looked up as a generic word's core is (not "eastern" or "near", which say where)
_NOISE_WORDS = frozenset(("the", "vicinity", "environs", "surroundings", "cs", "outskirts", "of", "near"))


def _only_noise_around(name: str, core: str) -> bool:
    removed = set(light_key(name).split()) - set(light_key(core).split())
    return bool(removed) and removed <= _NOISE_WORDS


def covering_km(km: float) -> float:
    """A radius rounded up to 0.1 km: rounded to the nearest, the disk round one place would stop short of another
    6.007 km away by 7 metres."""
    return math.ceil(km * 10) / 10


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; good to 0.5% which is plenty for ranking and checks.

    Asked tens of thousands of times a run: math's functions imported by name, and the cap at 1 a
    comparison, not a call of min() (the same operations, so the same floats).
    """
    p1, p2 = radians(lat1), radians(lat2)
    dp, dl = p2 - p1, radians(lon2 - lon1)
    a = sin(dp / 2) ** 2 + cos(p1) * cos(p2) * sin(dl / 2) ** 2
    return EARTH_RADIUS_KM * 2 * asin(sqrt(a if a < 1.0 else 1.0))


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
    admin3: str = ""
    parent: str = ""  # id of the place this one is part of (a quarter's city)
    anchor: str = ""  # curated rows: the authoritative point the coordinate is derived from
    prominence: int = 1  # the prior among homonyms (see the module docstring)
    aliases: tuple[str, ...] = ()
    note: str = ""
    origin: str = ""  # file:line the row came from
    priority: int = 1  # 0 for a user's own file, which ranks first
    matched: str = ""  # the spelling that matched
    match: str = ""  # exact name / spelling variant / ...
    reason: str = ""
    ambiguous: bool = False  # equally ranked places of this name lie far apart

    @property
    def is_settlement(self) -> bool:
        return self.feature in SETTLEMENTS

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "lat": self.lat, "lon": self.lon,
                "admin1": self.admin1, "admin2": self.admin2, "admin3": self.admin3, "country": self.country,
                "feature": self.feature, "geo_precision": self.geo_precision,
                "uncertainty_km": self.uncertainty_km, "ambiguous": self.ambiguous, "source": self.source,
                "matched": self.matched, "match": self.match, "reason": self.reason}

    @property
    def source_tier(self) -> int:
        """OCHA's rows and curated rows before Who's On First's and GeoNames' others."""
        return 1 if self.id.startswith(("wof:", "gn")) else 0


def evolve(frozen, **changes):
    """``dataclasses.replace`` for the frozen Place and Mention: the same copy, without calling ``__init__``.

    Lookups and the geoparser copy places and mentions tens of times per article;
    replace() rebuilds every field through the generated ``__init__`` (no
    ``__post_init__`` or init-less field exists on these classes to need it).
    Unknown field names are refused, as replace() refuses them.
    """
    fields = frozen.__dataclass_fields__
    for name in changes:
        if name not in fields:
            raise TypeError(f"{type(frozen).__name__} has no field {name!r}")
    # the fields copied whole, then set as the copy's __dict__ (a third less than inserting them one by one
    # into the new object's own); object.__setattr__, since the frozen class refuses its own
    state = frozen.__dict__.copy()
    state.update(changes)
    copy = object.__new__(type(frozen))
    object.__setattr__(copy, "__dict__", state)
    return copy


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
    try:
        prominence = int(text("prominence") or 1)
    except ValueError:
        raise _row_error(origin, f"prominence must be a whole number, got {text('prominence')!r}") from None
    aliases = tuple(a.strip() for a in text("aliases").split("|") if a.strip())
    return Place(id=text("id"), name=text("name"), feature=text("feature").lower(),
                 country=text("country").upper(), lat=lat, lon=lon, geo_precision=precision,
                 uncertainty_km=uncertainty, source=text("source"), admin1=text("admin1"),
                 admin2=text("admin2"), admin3=text("admin3"), parent=text("parent"), anchor=text("anchor"),
                 prominence=prominence, aliases=aliases, note=text("note"), origin=origin,
                 priority=priority)


def anchor_point(anchor: str, places, origin: str = "") -> tuple[float, float]:
    """The point a curated row derives from its anchor, by one of three stated rules.

    ``ID`` the anchor's own point; ``ID 135deg 50km`` that far along that bearing
    (geodesic, as a text says "50 km southeast of ..."); ``ID+ID`` the midpoint
    of two places ("between Sukhnah and Deir Ezzor"). ``places`` maps ids to
    rows (dicts or Places).
    """
    def point(place_id: str) -> tuple[float, float]:
        place = places.get(place_id) if hasattr(places, "get") else None
        if place is None:
            raise GazetteerError(f"{origin}: anchor '{place_id}' is not a place id in the gazetteer")
        if isinstance(place, dict):
            return float(place["lat"]), float(place["lon"])
        return place.lat, place.lon

    text = anchor.strip()
    if "+" in text:
        (lat1, lon1), (lat2, lon2) = (point(p.strip()) for p in text.split("+", 1))
        return (lat1 + lat2) / 2, (lon1 + lon2) / 2
    offset = re.fullmatch(r"(\S+)\s+(\d+(?:\.\d+)?)deg\s+(\d+(?:\.\d+)?)km", text)
    if offset:
        from geopy.distance import geodesic

        lat, lon = point(offset[1])
        moved = geodesic(kilometers=float(offset[3])).destination((lat, lon), float(offset[2]))
        return moved.latitude, moved.longitude
    if not text or " " in text:
        raise GazetteerError(f"{origin}: anchor {anchor!r} is not 'ID', 'ID 135deg 50km' or 'ID+ID'")
    return point(text)


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
    # fold key -> {position: the light keys of that place's spellings with that fold key}: a lookup reads
    # one entry for all the places spelled alike, not one a place
    fold_spellings: dict[str, dict[int, list[str]]] = field(default_factory=dict)
    # fold key of a settlement's spelling without its qualifier -> {position: those spellings' light keys}: "Umm
    # Rotha" for Upper and Lower Um Rotha, when no place is called so (``_without_qualifier``)
    bare: dict[str, dict[int, list[str]]] = field(default_factory=dict)

    def add(self, position: int, keys: NameKeys, derived: bool = False) -> None:
        """Index one spelling (its ``name_keys``) of the place at ``position``; not one with no light key. A
        spelling the index ``derived`` (``names.elided_spellings``) is no exact name: only spelled alike."""
        if not keys.light:
            return
        if derived:
            self.fold.setdefault(keys.fold, set()).add(position)
            self.fold_spellings.setdefault(keys.fold, {}).setdefault(position, []).append(keys.light)
            return
        self.exact.setdefault(keys.light, set()).add(position)
        if keys.core_fold:
            self.core.setdefault(keys.core_fold, set()).add(position)
        self.fold.setdefault(keys.fold, set()).add(position)
        self.fold_spellings.setdefault(keys.fold, {}).setdefault(position, []).append(keys.light)
        self.skeleton.setdefault(keys.skeleton, set()).add(position)


def _spelling_row(keys: NameKeys) -> tuple[str, ...]:
    """The keys of one spelling as lookups compare them (``SPELLING_COLUMNS``)."""
    return (keys.light, keys.fold, keys.skeleton, *keys.core_keys)


# A place's spelling keys: a row a spelling, its name's first, then its aliases' in order. Made while the
# index is built and kept in the prepared index: ranking reads a candidate's keys instead of working
# them out again (a third of a new name's lookup)
SPELLING_COLUMNS = ("light", "fold", "skeleton", "core light", "core fold", "core skeleton")
LIGHT, FOLD, SKELETON, CORE = (SPELLING_COLUMNS.index(c) for c in ("light", "fold", "skeleton", "core light"))
_KEY_COLUMN = {0: LIGHT, 2: FOLD, 3: SKELETON}  # the column of a tier's key; any other tier's: FOLD


SUGGEST_CUTOFF = 0.72  # difflib's ratio a near miss needs to be suggested


def _letter_counts(key: str) -> list[int]:
    """How many of each letter a-z a key has, and how many other characters (one count for all of them)."""
    counts = [0] * 27
    for ch in key:
        i = ord(ch) - 97
        counts[i if 0 <= i < 26 else 26] += 1
    return counts


def _letter_count_bytes(keys: list[str]) -> bytes:
    """``_letter_count_rows`` as little-endian int32 bytes, as the prepared index keeps them: on arrays where
    numpy is there, else key by key (the wheel's build hook runs where only hatchling is installed)."""
    try:
        import numpy  # noqa: F401
    except ImportError:
        import sys
        from array import array

        counts = array("i", (n for key in keys for n in _letter_counts(key)))
        if sys.byteorder == "big":
            counts.byteswap()
        return counts.tobytes()
    return _letter_count_rows(keys).astype("<i4").tobytes()


def _letter_count_rows(keys: list[str]):
    """``_letter_counts`` of each key, as an int32 array a row, counted on arrays (830,000 keys in a large
    gazetteer took a second one by one)."""
    import numpy as np

    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    codes = np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32).astype(np.int64) - 97
    letters = np.where((codes >= 0) & (codes < 26), codes, 26)
    rows = np.repeat(np.arange(len(keys), dtype=np.int64), lengths)
    counts = np.bincount(rows * 27 + letters, minlength=len(keys) * 27)
    return counts.astype(np.int32).reshape(len(keys), 27)


ANSWERS_KEPT = 100_000  # lookups remembered per gazetteer: a feed names the same places again and again


# words that begin a name and cannot end one: "Tal" of "Tal Aswad", "Dayr" of "Dayr Hafir"
_NAME_OPENERS = frozenset("al el tal tall tell til deir dayr der kafr kfar ain ein um umm abu jeb bir beer khirbet "
                          "kherbet qasr jisr ras rasm mazraat mazraa hawsh hosh tallet qaryat beit bait bayt arab "
                          "sheikh shaikh wadi jabal jebel".split())


def _without_unit_suffix(place: Place) -> str:
    """An OCHA community's name less the unit name OCHA appended to tell it from its namesakes ("Tal Aswad
    Amudeh", "Ziyara Afrin", "Safieh Quamishli", "Tal Baydar Ras El Ein"): what reports call it. "" when the name
    has no such suffix, or what is left could not stand alone ("Maaret" of Maaret Atarib, "Dayr" of Dayr Hafir,
    "Western")."""
    words = place.name.split()
    if len(words) < 2 or not place.id.startswith("ocha:C"):
        return ""
    for unit in (place.admin2, place.admin3):
        if not unit:
            continue
        # the unit's whole name ("... Ras El Ein", unit Ras Al Ain; "... Al Safira", As-Safira), or its last word
        # ("Tal Sheer Simaan", Jebel Saman)
        size = next((k for k in range(len(words) - 1, 0, -1) if _written_alike(" ".join(words[-k:]), unit)),
                    1 if _written_alike(words[-1], unit.split()[-1]) else 0)
        kept = words[:-size] if size else []
        if kept and fold_key(unit) != fold_key(" ".join(kept)):
            break
    else:
        return ""
    prefix, tail = " ".join(kept), kept[-1].lower()
    if (len(prefix) < 4 or tail.endswith(("et", "at")) or tail in QUALIFIERS
            or all(w.lower() in _NAME_OPENERS for w in kept)):
        return ""
    return prefix


def _word_key(light: str) -> tuple[str, ...]:
    """A spelling as the text scan walks it, word by word: each word folded, one with more of the name after it
    without its construct "t" (``names.construct_state``), as the scan reads such a word too."""
    words = light.split()
    return tuple(_fold_word(w[:-1] if n < len(words) - 1 and construct_state(w) else w) for n, w in enumerate(words))


# a qualifier as English puts it first and Arabic last: "Western Nuhiyeh" is written "al-Nuhiya al-Gharbiya", "Baghuz
# Fawqani" "Upper Baghuz". The fold key moves it to the end; the text scan walks words in the order written
_ENGLISH_QUALIFIERS = {"big", "great", "greater", "large", "small", "little", "upper", "lower", "eastern", "western",
                       "northern", "southern", "new", "old"}
_QUALIFIER_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    canonical: (tuple(w for w, c in QUALIFIERS.items() if c == canonical and w in _ENGLISH_QUALIFIERS),
                tuple(w for w, c in QUALIFIERS.items() if c == canonical and w not in _ENGLISH_QUALIFIERS
                      and w not in ("east", "west", "north", "south", "orientale", "oriental", "occidentale",
                                    "occidental", "qibli")))
    for canonical in set(QUALIFIERS.values())}


def _without_qualifier(light: str) -> str | None:
    """The spelling with its qualifier left out ("upper um rotha", "um rotha tahtani": "um rotha"), or None. Reports
    often drop it, naming a pair of villages a few km apart by their shared name."""
    words = light.split()
    if len(words) < 2:
        return None
    if words[0] in _ENGLISH_QUALIFIERS:
        rest = words[1:]
    elif words[-1] in QUALIFIERS and words[-1] not in _ENGLISH_QUALIFIERS:
        rest = words[:-1]
    else:
        return None
    bare = " ".join(rest)
    return bare if len(bare.replace(" ", "")) >= BARE_MIN_LETTERS else None


def _qualifier_moved(light: str) -> list[str]:
    """The spelling with its qualifier in the other language's place: first in English, last in Arabic."""
    words = light.split()
    if len(words) < 2:
        return []
    if words[0] in _ENGLISH_QUALIFIERS:
        return [" ".join(words[1:] + [form]) for form in _QUALIFIER_FORMS[QUALIFIERS[words[0]]][1]]
    if words[-1] in QUALIFIERS and words[-1] not in _ENGLISH_QUALIFIERS:
        return [" ".join([form] + words[:-1]) for form in _QUALIFIER_FORMS[QUALIFIERS[words[-1]]][0]]
    return []


def _written_alike(a: str, b: str) -> bool:
    """Spelled alike, or with the same consonants: OCHA's "Haskeh", "Sluk" and "Tal Tamr" for the units
    Al-Hasakeh, Suluk and Tal Tamer."""
    return fold_key(a) == fold_key(b) or skeleton_key(a) == skeleton_key(b)


def _merged(places: Iterable[Place], extra_aliases: dict[str, list[str]] | None = None) -> dict[str, Place]:
    """The places by id, a later row over an earlier one of lower priority (an error otherwise), and the
    spellings of aliases.csv added to (or, "-name", taken from) the place they name."""
    by_id: dict[str, Place] = {}
    for place in places:
        previous = by_id.get(place.id)
        if previous is not None and place.priority >= previous.priority:
            raise GazetteerError(f"{place.origin}: id '{place.id}' is already used at {previous.origin}")
        by_id[place.id] = place
    for place_id, place in by_id.items():
        bare = _without_unit_suffix(place)
        if bare:
            by_id[place_id] = replace(place, aliases=place.aliases + (bare,))
    for place_id, aliases in (extra_aliases or {}).items():
        if place_id in by_id:
            # "-Kobanî" in aliases.csv removes a wrong spelling a source gave the place
            removed = {light_key(a[1:]) for a in aliases if a.startswith("-")}
            old = by_id[place_id]
            kept = tuple(a for a in old.aliases if light_key(a) not in removed)
            by_id[place_id] = replace(old, aliases=kept + tuple(a for a in aliases
                                                               if not a.startswith("-") and a not in kept))
    return by_id


class Gazetteer:
    """Places and the indexes that find them by any spelling.

    ``Gazetteer.default()`` loads the shipped data once per process (from the
    prepared index a wheel ships beside it, or one cached on disk, when the data
    has not changed since it was made); pass
    ``extra=[path]`` to merge a user's own CSV files, whose rows override shipped
    rows with the same id and rank first among equally good matches.
    """

    def __init__(self, places: Iterable[Place], extra_aliases: dict[str, list[str]] | None = None):
        by_id = _merged(places, extra_aliases)
        self.places: list[Place] = list(by_id.values())
        self._positions = {place_id: position for position, place_id in enumerate(by_id)}
        self._index = _Index()
        self._spellings: list[tuple[tuple[str, ...], ...]] = []  # by position: see SPELLING_COLUMNS
        word_keys: dict[tuple[str, ...], str] = {}  # see word_keys: made here from the light keys at hand
        for position, place in enumerate(self.places):
            rows = []
            for spelling in (place.name, *place.aliases):
                keys = name_keys(spelling)
                self._index.add(position, keys)
                rows.append(_spelling_row(keys))
                if keys.light:
                    word_keys.setdefault(_word_key(keys.light), spelling)
                    for reordered in _qualifier_moved(keys.light):
                        word_keys.setdefault(_word_key(reordered), spelling)
                    bare = _without_qualifier(keys.light) if place.is_settlement else None
                    if bare:
                        self._index.bare.setdefault(fold_key(bare), {}).setdefault(position, []).append(bare)
                        # a text may drop the qualifier too ("Zor al-Hisa" for Eastern Zor Elheisa): the scan
                        # finds the name so; the lookup says which places drop it (``_without_qualifier_matches``)
                        word_keys.setdefault(_word_key(bare), spelling)
            lights = {row[LIGHT] for row in rows}
            for light in sorted({e for row in rows for e in elided_spellings(row[LIGHT]) if e not in lights}):
                keys = name_keys(light)  # after the place's own spellings (``_matched_spelling``)
                self._index.add(position, keys, derived=True)
                rows.append(_spelling_row(keys))
                word_keys.setdefault(_word_key(keys.light), place.name)
            self._spellings.append(tuple(rows))
        self._word_keys = word_keys
        self._admin1 = self._admin1_names()
        self._online = None

    def __getstate__(self) -> dict:
        """Pickled whole, a prepared index's lazy parts read in: to be sent to worker processes."""
        state = dict(self.__dict__)
        state.pop("_answers", None)
        state.pop("_folds_by_admin1", None)
        state.pop("_alike_answers", None)
        for name in ("places", "_spellings"):
            if isinstance(state.get(name), _LazyRows):
                state[name] = list(state[name])
        if isinstance(state.get("_positions"), _LazyMapping):
            state["_positions"] = dict(state["_positions"])
        index = state.get("_index")
        if index is not None and any(isinstance(getattr(index, name), _LazyMapping) for name in INDEX_SECTIONS):
            state["_index"] = _Index(**{name: dict(getattr(index, name)) for name in INDEX_SECTIONS})
        if state.get("_prepared_index") is not None:
            state["_word_keys"], state["_prepared_index"] = self.word_keys(), None
            state["_suggestions"] = self._suggestion_table()
        return state

    def _suggestion_table(self):
        """Every name key, and how many of each letter a-z (and of anything else) it has: an array a row.

        Built once and kept in the prepared index, like ``word_keys``.
        """
        table = self.__dict__.get("_suggestions")
        if table is None and self.__dict__.get("_prepared_index") is not None:
            import numpy as np

            keys, counts = self._prepared_index.shard("suggest", 0)  # raw int32 bytes: any numpy reads them
            table = self._suggestions = (keys, np.frombuffer(counts, dtype="<i4").reshape(len(keys), 27))
        if table is None:
            keys = sorted(self._index.exact.keys())
            table = self._suggestions = (keys, _letter_count_rows(keys))
        return table

    def word_keys(self) -> dict[tuple[str, ...], str]:
        """Every spelling as its tuple of folded words, to the spelling: what a text scan looks words up in.

        Made while the index is built (``__init__``, from the light keys at hand)
        and kept in the prepared index on disk, since folding every spelling of
        every place costs more than reading the index.
        """
        keys = self.__dict__.get("_word_keys")
        if keys is None:  # made in __init__; a prepared index keeps it
            keys = self._word_keys = self._prepared_index.shard("word_keys", 0)
        return keys

    def _admin1_names(self) -> dict[str, str]:
        """Any spelling of a governorate (its fold key) to ACLED's name for it."""
        names = dict(_press_admin1_names())
        for place in self.places:
            if place.feature == "governorate" and place.country == "SY" and place.admin1:
                for spelling in (place.name, place.admin1, *place.aliases):
                    names[fold_key(spelling)] = place.admin1
        return names

    # -- construction -----------------------------------------------------
    @classmethod
    def load(cls, directory: Path, extra: Iterable[Path] = ()) -> "Gazetteer":
        places, aliases = _read_directory(directory)
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

    def prepared_path(self) -> Path | None:
        """The prepared index file this gazetteer reads from (``open_prepared`` opens it again elsewhere);
        None for one built in memory, or one that asks an online geocoder."""
        prepared = self.__dict__.get("_prepared_index")
        return prepared.path if prepared is not None and self.__dict__.get("_online") is None else None

    def with_online(self, geocoder) -> "Gazetteer":
        """A copy that asks ``geocoder`` (see geomap.online) for names it lacks."""
        import copy

        online = copy.copy(self)
        online._online = geocoder
        return online

    @property
    def fold_keys(self):
        """Every spelling's fold key (``names.fold_key``), as a mapping to test a word against before looking
        it up."""
        return self._index.fold

    def get(self, place_id: str) -> Place | None:
        position = self._positions.get(place_id)
        return None if position is None else self.places[position]

    def __len__(self) -> int:
        return len(self.places)

    def region_units(self, region: Place) -> list[Place]:
        """The OCHA units (governorates, districts, sub-districts) a shipped region is approximated by (the "units"
        of ``areas.geojson``, "SY050202|..."): none for a region drawn as a circle, or a place that is no such
        region. The file is read once, when a text first places a name in a region."""
        if not region.id.startswith("area-"):
            return []
        units_of = self.__dict__.get("_region_units")
        if units_of is None:
            path = data_dir() / "areas.geojson"
            features = json.loads(path.read_text(encoding="utf-8"))["features"] if path.exists() else []
            units_of = self.__dict__["_region_units"] = {
                (f.get("properties") or {}).get("id"): (f.get("properties") or {}).get("units") or "" for f in features}
        codes = re.findall(r"\bSY\d+", units_of.get(region.id, ""))
        return [unit for unit in map(self.get, sorted({f"ocha:{code}" for code in codes})) if unit is not None]

    def admin1_name(self, name: str | None) -> str | None:
        """ACLED's spelling of a governorate named any way ("Idlib", "Dayr az Zawr"), or None."""
        if not name:
            return None
        name = _ARABIC_GOVERNORATE_WORD.sub("", name)  # "محافظة ريف دمشق": the word "governorate" before it
        # the name whole first: "Damascus Countryside" is Rural Damascus, though "countryside" alone is a descriptor
        return self._admin1.get(fold_key(name)) or self._admin1.get(fold_key(split_descriptors(name)[0]))

    # -- lookup -----------------------------------------------------------
    def lookup(self, name: str, *, admin1: str | None = None, admin2: str | None = None, country: str | None = None,
               limit: int = 10, explain: bool = True, anywhere: bool = True) -> list[Place]:
        """Candidates for ``name``, best first; each says how it matched and why it ranks there.

        ``admin1`` (a governorate, any spelling) is context: candidates inside it
        rank first, and a spelling that is only similar is accepted when it is the
        only close one there. ``admin2`` (a district, any spelling OCHA's names
        fold to) is narrower context: candidates inside it rank before the rest of
        the governorate, and homonyms outside it are no rival ("Barakeh" of Aleppo's
        Al Bab district is one village, not one of three). Composite names as conflict datasets write them
        ("Deir-ez-Zor - Hatla", "Aleppo - Salah Eddin", "Mansura - Idleb",
        "Regiment 46 - Military Base") are split and the most specific part that
        agrees with the others wins. An empty list means no acceptable match: see
        ``suggest`` for near misses. ``explain=False`` leaves each candidate's
        ``reason`` empty, for a caller that reads none (the geoparser): the same
        candidates, a tenth less work. ``anywhere=False`` leaves out the last resort for a name as a list gives it
        (a long fold key one letter off, anywhere in Syria: ``_close_spellings_anywhere``), for a caller reading a
        text, whose names come with their sentence and whose misses are mostly people's names.
        """
        name = (name or "").strip()
        if not name:
            return []
        if self.__dict__.get("_online") is None:  # offline answers never change: keep them (bounded)
            answers = self.__dict__.setdefault("_answers", {})
            key = (name, admin1, admin2, country, limit, explain, anywhere)
            if key not in answers:
                if len(answers) >= ANSWERS_KEPT:
                    answers.clear()
                answers[key] = tuple(self._answer(name, admin1, country, limit, explain, anywhere, admin2))
            return list(answers[key])
        return self._answer(name, admin1, country, limit, explain, anywhere, admin2)

    def _answer(self, name: str, admin1: str | None, country: str | None, limit: int,
                explain: bool = True, anywhere: bool = True, admin2: str | None = None) -> list[Place]:
        found = self._answer_as_spelled(name, admin1, country, limit, explain, anywhere, admin2)
        if _TURKISH_LETTERS.search(name):
            # "Şehba", "Hişe", "Eşrefiyê": Turkish and Kurdish write sh as "ş" and ch as "ç", which the letters' marks
            # dropped read as s and c (the romanisations of Arabic behind some aliases write a sad as "ş"): the
            # name read as Kurdish, when it is a place's spelling, first; read as s, after it
            kurdish = []
            # ("ğ", silent in Turkish, first as the Arabic ghayn it writes in Syrian names: "Doğaniye" is Doghaniyeh)
            for read in dict.fromkeys((re.sub("[şŞçÇ]", lambda m: _AS_ENGLISH[m[0]], name),
                                       _as_english(name.replace("ğ", "gh").replace("Ğ", "Gh")), _as_english(name))):
                if read != name and not kurdish:
                    kurdish = [evolve(p, reason=f"read as {read!r} (Kurdish and Turkish letters); {p.reason}")
                               if explain else p
                               for p in self._answer_as_spelled(read, admin1, country, limit, explain, anywhere, admin2)
                               if p.match in (TIER_NAMES[0], TIER_NAMES[1], TIER_NAMES[2])]
            if kurdish:
                seen = {p.id for p in kurdish}
                found = (kurdish + [p for p in found if p.id not in seen])[:limit]
        return found

    def _answer_as_spelled(self, name: str, admin1: str | None, country: str | None, limit: int,
                           explain: bool = True, anywhere: bool = True, admin2: str | None = None) -> list[Place]:
        wanted_admin1 = self.admin1_name(admin1) if admin1 else None
        if admin1 and wanted_admin1 is None:
            raise GazetteerError(f"admin1 {admin1!r} is not a Syrian governorate "
                                 f"(one of: {', '.join(ACLED_ADMIN1)})")
        district = self.district_named(admin2, wanted_admin1) if admin2 else None
        if admin2 and district is None:
            raise GazetteerError(f"admin2 {admin2!r} is not a Syrian district"
                                 + (f" of {wanted_admin1}" if wanted_admin1 else "")
                                 + "; give a district's name as OCHA writes it (e.g. Al Bab, Jebel Saman, Al-Haffa)")
        if district is not None:
            wanted_admin1 = district.admin1
        in_area = _place_in_an_area(name)
        if in_area is not None:
            found = self._lookup_in_an_area(*in_area, country, wanted_admin1, explain)
            if found:
                return found[:limit]
        name = _LIST_NUMBER.sub("", name) or name  # "21. Odaya": a sheet's row number
        name = _WORDS_BEFORE_KIND.sub(r"the \g<kind> of ", name)  # "the port city of Tartus": the city of Tartus
        parts = _composite_parts(name)
        if len(parts) > 1:
            # "Aleppo - Jdeideh", "Homs / Bab Amr": a dash or slash after a city names its quarter, as conflict datasets
            # write one; a comma or a bracket puts the wider place after ("Hatla, Deir ez-Zor", "Al-Bab (Aleppo)")
            city_first = _CITY_FIRST_MARKS.isdisjoint(name)
            found = self._lookup_composite(parts, country, wanted_admin1, explain, city_first)
            if not found or (wanted_admin1 and found[0].admin1 != wanted_admin1):
                # no part is a place there, but the words together are: "al-Shayah (Lajat)" in Dar'a is OCHA's
                # Al Shayyah al lajat, not Hama's As-Shayah
                whole = self._lookup_ranked(" ".join(parts), country, (), wanted_admin1, limit, explain, False,
                                            district)
                if whole and whole[0].match in (TIER_NAMES[0], TIER_NAMES[2]) and whole[0].feature != "country" \
                        and (wanted_admin1 is None or whole[0].admin1 == wanted_admin1):
                    found = whole
        else:
            found = self._lookup_one(name, country, hints=(), admin1=wanted_admin1, limit=limit, explain=explain,
                                     anywhere=anywhere, district=district)
            # a name as a list gives it, not a text's span (``anywhere``): "Idlib Hama" in a sentence is two names
            unit_after = self._unit_written_after(name) if not found and anywhere else None
            if unit_after:
                found = self._lookup_composite(list(unit_after), country, wanted_admin1, explain)
            # a hashtag's name, its words joined by capitals ("SatehZahnan", "AshShabruniyah"): the words apart
            if not found and anywhere and " " not in name and _CAMEL_HUMP.search(name):
                found = self._lookup_one(_CAMEL_HUMP.sub(r"\1 \2", name), country, hints=(), admin1=wanted_admin1,
                                         limit=limit, explain=explain, anywhere=anywhere, district=district)
            # the article glued to the name ("Aladleiyeh", "Arraqqa", "Assafira"): the name after it, spelled so,
            # when the whole is no place's exact spelling ("Arraqqa" is a spelling of Al 'Araqa in Jordan too)
            glued = (_GLUED_ARTICLE.match(name) if anywhere and (not found or found[0].match != TIER_NAMES[0])
                     else None)
            if glued:
                unglued = [p for p in self._lookup_one(f"{glued.group(1)} {name[glued.end(1):]}", country, hints=(),
                                                       admin1=wanted_admin1, limit=limit, explain=explain,
                                                       anywhere=False, district=district)
                           if p.match != TIER_NAMES[3]]  # not a merely similar spelling of what is left
                if unglued and (not found or unglued[0].match == TIER_NAMES[0]):
                    found = unglued
            # a generic word glued to the name ("Khirbetaljoz", "Einal Abed"): the words apart, when they are a
            # place's spelling
            unglued = _generic_unglued(name) if anywhere and (not found or found[0].match != TIER_NAMES[0]) else None
            if unglued:
                respelled = [p for p in self._lookup_one(unglued, country, hints=(), admin1=wanted_admin1, limit=limit,
                                                         explain=explain, anywhere=False, district=district)
                             if p.match in (TIER_NAMES[0], TIER_NAMES[2])]
                if respelled and (not found or respelled[0].match == TIER_NAMES[0]):
                    found = respelled
        if not found and anywhere:
            # a facility a sheet names after its place ("Tal Tamer health centre", "Zamrin school No. 1",
            # "Banyas National Hospital"): the place it is named after
            site = _FACILITY_AFTER.search(name)
            if site and site.start() > 0:
                found = [evolve(p, reason=f"{p.reason}; the place {name!r} is named after" if explain else "")
                         for p in self._answer(name[:site.start()], admin1, country, limit, explain, anywhere,
                                               admin2)]
        if not found and anywhere and "rn" in name:
            # a scan's slip, "rn" read for "m" ("Urn Hartein", "Jassern", "Qarninas"): the name with "m", when that
            # is a place's own spelling or a variant of one, as a similar spelling
            found = [evolve(p, match=TIER_NAMES[3], geo_precision=max(2, p.geo_precision),
                            reason=f"{TIER_NAMES[3]}: read as {name.replace('rn', 'm')!r} ('rn' for 'm', a scan's "
                                   f"slip), then {p.reason}" if explain else "")
                     for p in self._answer(name.replace("rn", "m"), admin1, country, limit, explain, anywhere, admin2)
                     if p.match in (TIER_NAMES[0], TIER_NAMES[2])]
        if not found and self._online is not None:
            found = self._online.lookup(name)
        return found[:limit]

    def _lookup_in_an_area(self, place: str, area: str, country: str | None, admin1: str | None,
                           explain: bool) -> list[Place]:
        """ "Merdas near Sarin town", "Bir Hsu in the Kobani countryside": the place, as a composite's most specific
        part agreeing with the area; failing that, the area's town widened over its countryside (``COUNTRYSIDE_KM``,
        precision 2), since the place is somewhere round it, not at it."""
        found = self._lookup_composite([place, area], country, admin1, explain)
        around = self._lookup_one(area, country, (), admin1, limit=1, explain=False)
        if not found or not around or found[0].id != around[0].id or not found[0].is_settlement:
            return found
        town = found[0]
        widened = evolve(town, geo_precision=max(2, town.geo_precision),
                         uncertainty_km=max(town.uncertainty_km, COUNTRYSIDE_KM),
                         reason=f"{place!r} not found; somewhere round {town.name}, widened to its countryside"
                         if explain else "")
        return [widened] + found[1:]

    def district_named(self, name: str, admin1: str | None = None) -> Place | None:
        """The district (OCHA's admin2) called ``name`` in any spelling the gazetteer folds alike, in ``admin1``
        when given; None when no district is called so."""
        found = self._lookup_ranked(name, None, ("district",), admin1, None, False)
        districts = [p for p in found if p.feature == "district" and (admin1 is None or p.admin1 == admin1)]
        if not districts:
            # respelled ("Al-Qamishlee", "Feeq"), or named by its seat ("Aleppo" for OCHA's Jebel Saman, "Marat
            # al-Numan" for Al Ma'ra): read as "X district" is, the unit seated at the town the name finds
            districts = [p for p in self.lookup(f"{name} district", admin1=admin1, limit=10, explain=False)
                         if p.feature == "district" and (admin1 is None or p.admin1 == admin1)]
        if not districts:  # a city whose district OCHA names otherwise: "Aleppo" is in Jebel Saman
            city = next((p for p in found if p.feature == "city" and p.match == TIER_NAMES[0]
                         and (admin1 is None or p.admin1 == admin1)), None)
            seat = city and self._lookup_ranked(city.admin2, None, ("district",), city.admin1, None, False)
            districts = [p for p in seat or () if p.feature == "district" and p.admin1 == city.admin1]
        return districts[0] if districts else None

    def _unit_written_after(self, name: str) -> tuple[str, str] | None:
        """A name with its governorate, district or sub-district after it and no mark between, as some lists write
        them to tell homonyms apart ("Khazneh Al-Hasakeh", "Kita Quamishli"): the two parts, or None. Asked only of
        a name that matches nothing whole."""
        words = name.split()
        for size in (1, 2):
            if len(words) <= size:
                break
            head, tail = " ".join(words[:-size]), " ".join(words[-size:])
            if self.admin1_name(tail) or any(p.feature in ("district", "subdistrict") and p.match == TIER_NAMES[0]
                                             for p in self._lookup_ranked(tail, None, (), None, 3, False)):
                return head, tail
        return None

    def _lookup_one(self, name: str, country: str | None, hints: tuple[str, ...],
                    admin1: str | None = None, limit: int | None = None, explain: bool = True,
                    anywhere: bool = True, district: Place | None = None) -> list[Place]:
        found = self._lookup_ranked(name, country, hints, admin1, limit, explain, anywhere, district)
        unit = next(iter(split_descriptors(name)[1]), None)
        if unit not in ("district", "subdistrict") or not found or found[0].feature == unit \
                or not found[0].is_settlement:
            return found
        # "Qalaat al-Madiq subdistrict", "Palmyra district": the unit seated at the town the name finds, which
        # OCHA names as it names the town (Madiq Castle, Tadmor), not as the text spells it
        town = found[0]
        seat = town.admin3 if unit == "subdistrict" else town.admin2
        if not seat or fold_key(seat) != fold_key(town.name) or fold_key(seat) == fold_key(name):
            return found
        units = [p for p in self._lookup_ranked(f"{seat} {unit}", country, (), None, limit, explain)
                 if p.feature == unit and p.admin1 == town.admin1 and p.admin2 == town.admin2]
        return units[:1] + [p for p in found if not units or p.id != units[0].id]

    def _lookup_ranked(self, name: str, country: str | None, hints: tuple[str, ...],
                       admin1: str | None = None, limit: int | None = None, explain: bool = True,
                       anywhere: bool = True, district: Place | None = None) -> list[Place]:
        core, core_hints = split_descriptors(name)
        hints = tuple(dict.fromkeys(hints + core_hints))
        index = self._index
        light = light_key(name)
        wanted = (country or "SY").upper()
        exact = index.exact.get(light) or (index.exact.get(_FINAL_AYN.sub("a", light), set()) if "aa" in light else set())
        if not exact and " camp" in light:  # "the Yarmouk refugee camp": the place spelled "Yarmouk Camp"
            exact = index.exact.get(_WHOSE_CAMP.sub(" camp", light), set())
        if not exact and core_hints and (words := light.split())[-1] in DESCRIPTOR_FEATURES and len(words) > 2 \
                and words[-2] in DESCRIPTOR_FEATURES:
            # "Bir al-Dam village": the name before its generic word, whose own last word is a generic one too
            exact = index.exact.get(" ".join(words[:-1]), set())
        tiers = [(0, exact)]
        sided = _with_its_side(light)
        if sided and not exact:  # "Western Qassas village": OCHA's Western Qassas, before any other Qassas
            tiers.append((1, index.exact.get(sided, set()) | index.fold.get(fold_key(sided), set())))
        if core != name and (core_hints or _only_noise_around(name, core)):
            # "al-Taim oil field": the core name alone may only stand for a place of the
            # hinted kind, or one in the wanted country (the town beside the prison).
            # A place abroad whose name the core spells exactly counts too: "Nusaybin in Mardin province" is by
            # the Turkish city a neighbour's province is named for, not a Syrian village with an alias folded alike
            # ... but a province's name is no village's respelled: "Mardin province" is the Turkish province, not
            # the Aleppo village Qurdin (alias Moûrdâne) whose letters fold alike
            province = hints[:1] == ("governorate",) and self.admin1_name(core) is None
            tiers.append((1, {i for i in index.core.get(fold_key(core), set()) | index.fold.get(fold_key(core), set())
                              if self.places[i].feature in hints or (self.places[i].country == wanted and not (
                                  province and self.places[i].feature in _VILLAGES_AND_QUARTERS))}
                          | index.exact.get(light_key(core), set())))
        folded = fold_key(name)
        variants = index.fold.get(folded, set())
        if not variants and not exact and (dropped := elided(light)):
            # "al-Tukaihi" written so where the gazetteer has At-Tkehi, its diminutive's u dropped
            folded = fold_key(dropped)
            variants = index.fold.get(folded, set())
        # the name as written but for a qualifier it leaves out ("Umm Rotha": Upper and Lower Um Rotha, 5 km apart),
        # a candidate beside the spelling variants of other names (Amrit, whose letters fold alike); only letters
        # alike, since the fold key alone joins "al-Qaryatain" to Big Karatin
        bare = (self._without_qualifier_matches(light, folded, variants)
                if not exact and not core_hints and folded in index.bare else set())
        if variants and len(folded) >= MIN_FOLD_LENGTH:  # short folds ("bara") collide with too much
            tiers.append((2, variants | bare))
        elif bare:
            tiers.append((BARE_TIER, bare))
        elif variants and not exact and len(light) >= 5 and " " not in light:
            # ... but a short name written as one place's spelling, but for doubled letters and long vowels
            # ("Azzaz", "Daeel"), is that place, wherever it is; written so as several places' spellings, it is one
            # of them as a name spelled exactly so would be, the ranking and its rivals deciding how sure: "Soukhneh"
            # is the town Sokhneh though a village of Aleppo lists "Soukhné", "Duwayra" any of eight Dweiras
            evened = _vowels_evened(light)
            respelled = {p for p in variants if any(_vowels_evened(row[LIGHT]) == evened for row in self._spellings[p])}
            if respelled:
                tiers.append((2, respelled))
        def rank(tiers_of: dict[int, int]) -> list[Place]:
            if bare:
                tiers_of.update({p: BARE_TIER for p in bare if tiers_of.get(p) == 2 and p not in variants})
            return self._rank(tiers_of, name, country, hints, admin1, limit, explain, district)

        if admin1:
            diminutive = self._diminutive_inside(light, tiers, hints, admin1)
            if diminutive:
                return rank(dict.fromkeys(diminutive, 2))
            # context first: the best tier that has a candidate inside the district, else inside the governorate
            for wanted in ((district, None) if district is not None else (None,)):
                for tier, positions in tiers:
                    inside = {i for i in positions if self._inside(self.places[i], admin1)}
                    if inside and (wanted is None or any(_agrees(self.places[i], wanted) for i in inside)):
                        return rank(self._with_variants(inside, tier, variants, name))
                if wanted is not None and not any(_agrees(self.places[i], wanted) for _, found in tiers for i in found):
                    # the district has none of the name's matches, but a place spelled alike: it, before the
                    # governorate's exact namesake ("ramlah" in Ain Al Arab is Ramla there, not As-Safira's
                    # Ramleh, 99 km off, whose alias is "Ramlah")
                    alike = self._alike_in(core, folded, hints, wanted)
                    if alike:
                        return rank(dict.fromkeys(alike, 3))
            inside = (self._short_fold_inside(core, folded, hints, admin1) or self._similar_spellings(core, hints, admin1)
                      or self._close_spellings(core, hints, admin1) or self._final_t_spellings(core, hints, admin1)
                      or (self._slipped_spellings(core, hints, admin1) if anywhere else set()))
            if inside:
                return rank(dict.fromkeys(inside, 3))
        for tier, positions in tiers:
            if positions:
                return rank(self._with_variants(positions, tier, variants, name))
        if admin1:
            # only a spelling alike, and outside the governorate given: a guess against the context, no answer
            # ("Khorzeh al-Tahtaniyah" in Al-Hasakeh is no Lower Barzah of Lattakia, 438 km off)
            return []
        positions = self._similar_spellings(core, hints, None) or (
            (self._close_spellings_anywhere(core, hints) or self._slipped_spellings(core, hints, None))
            if anywhere else set())
        return rank(dict.fromkeys(positions, 3)) if positions else []

    def _diminutive_inside(self, light: str, tiers: list, hints: tuple[str, ...], admin1: str) -> set[int]:
        """A diminutive written with its first u ("Hujeileh") when none of the name's matches lies in the
        governorate: its places there spelled without the u (Hjeileh), alike in letters once it is dropped; not
        Hjileh of Hama, 182 km off, which the name's own fold key finds."""
        dropped = elided(light)
        if dropped is None or any(self._inside(self.places[i], admin1) for _, found in tiers for i in found):
            return set()  # (a match there is for the ranking to weigh: "al-Fukheikha, on the outskirts of Raqqa")
        return {i for i in self._index.fold.get(fold_key(dropped), ()) if self._inside(self.places[i], admin1)
                and (not hints or self.places[i].feature in hints)
                and any(_alike_as_said(dropped, row[LIGHT]) for row in self._spellings[i])}

    def _without_qualifier_matches(self, light: str, folded: str, variants: set[int]) -> set[int]:
        """Places whose spelling without its qualifier (``_without_qualifier``) is alike the name as written, and
        more alike than any spelling variant's whole name: "Talghazal" is Tal Ghazal, not Upper Tal Ghazal."""
        def likeness(spellings) -> float:
            return max((difflib.SequenceMatcher(None, light, s).ratio() for s in spellings), default=0.0)

        bare = {position: lights for position, lights in self._index.bare[folded].items()
                if any(_alike(light, bare_light) for bare_light in lights)}
        if bare and variants:
            spellings_of = self._index.fold_spellings.get(folded, {})
            best_variant = max(likeness(spellings_of.get(p, ())) for p in variants)
            bare = {p: lights for p, lights in bare.items() if likeness(lights) > best_variant}
        return set(bare)

    def _with_variants(self, positions: set[int], tier: int, variants: set[int], query: str) -> dict[int, int]:
        """The matches of one tier, plus close spelling variants of the name as possible rivals.

        "Rasm Hamida" and "Rasm Hamideh" are one Arabic name: an exact match of one
        transliteration must not hide a place spelled the other way. Variants never
        outrank a match (`_rank` lists them after), but a far-away variant as likely
        as the match makes the answer ambiguous. Only variants close to the query's
        letters count (SIMILAR_ENOUGH): the fold key alone also joins names that a
        reader would never confuse (Qaysama, Qasim).
        """
        tiers = {}
        others = variants - positions
        query_light, places = light_key(query), self.places
        # a variant can only be a rival if its prior (a respelled own name at best) comes within
        # reach of the best match's (an own name at best): skip the rest before comparing letters
        reach = max((2 * place.prominence + 3 - place.source_tier for place in map(places.__getitem__, positions)),
                    default=0) - 4
        if others:  # places spelled alike, beside the matches
            query_fold = fold_key(query)
            spellings_of = self._index.fold_spellings.get(query_fold, {})
            for position in others:
                place = places[position]
                if 2 * place.prominence + 2 - place.source_tier < reach:
                    continue
                # (not by a spelling the index derived, ``names.elided_spellings``: "Rmailan" as written is OCHA's
                # Rmailan, whatever Rumaylan's letters become with a vowel left out)
                own = len(place.aliases) + 1
                for light in spellings_of.get(position, ()):
                    if (_alike(query_light, light) or _same_but_ending(query_light, light)) and any(
                            row[LIGHT] == light for row in self._spellings[position][:own]):
                        tiers[position] = VARIANT_TIER
                        break
        for position in positions:  # the namesakes of a match found by a respelling of its name
            tiers.update(dict.fromkeys(self._namesakes_respelled(places[position], query_light, reach), VARIANT_TIER))
        tiers.update(dict.fromkeys(positions, tier))
        return tiers

    def _namesakes_respelled(self, place: Place, query_light: str, reach: int) -> set[int]:
        """The other cities' quarters whose own name is the quarter ``place``'s, when the query is but a respelling
        of that name (the same consonants): "al-Qsour" is a spelling Deir ez-Zor's quarter Qosour has, but Homs's
        and al-Hasakeh's quarters are named Qosour too, and one city's list of spellings is no reason to prefer it."""
        own = light_key(place.name)
        if place.feature != "neighbourhood" or own == query_light or skeleton_key(own) != skeleton_key(query_light):
            return set()  # (a town's or a village's spellings were gathered for the one the press names)
        return {i for i in self._index.exact.get(own, ()) if self.places[i] is not place
                and self.places[i].feature == "neighbourhood" and light_key(self.places[i].name) == own
                and 2 * self.places[i].prominence + 2 - self.places[i].source_tier >= reach}

    def _alike_in(self, core: str, folded: str, hints: tuple[str, ...], unit: Place) -> set[int]:
        """The places in ``unit`` (a district) whose fold key is the name's and one of whose spellings is alike
        in letters (``_alike_as_said``) or but for its ending ("Salbeh" is Salba, ``_same_but_ending``), however
        short the key: inside a district, few places share one."""
        light = light_key(core)
        return {i for i in self._index.fold.get(folded, ()) if _agrees(self.places[i], unit)
                and (not hints or self.places[i].feature in hints)
                and any(_alike_as_said(light, row[LIGHT]) or _same_but_ending(light, row[LIGHT])
                        for row in self._spellings[i])}

    def _inside(self, place: Place, admin1: str) -> bool:
        return place.admin1 == admin1 or place.feature == "country"

    def _short_fold_inside(self, core: str, folded: str, hints: tuple[str, ...], admin1: str) -> set[int]:
        """A short name's spelling variants inside the governorate the text names: one place, or the clearly
        most alike of several (``_most_alike``), or else those alike in letters, an undecided answer there.

        Short fold keys join too much across Syria to be matches on their own (MIN_FOLD_LENGTH), but inside
        one governorate "al-Tayba" and the Sweida village spelled "Taïbé" are the same letters. A proposal
        like ``_similar_spellings``: ``_rank`` marks it precision 2 at best.
        """
        if len(folded) >= MIN_FOLD_LENGTH or len(folded) < 3:
            return set()
        positions = {i for i in self._index.fold.get(folded, ()) if self._inside(self.places[i], admin1)
                     and self.places[i].feature != "country" and (not hints or self.places[i].feature in hints)}
        alike = self._most_alike(core, positions)
        if alike or len(positions) < 2:
            return alike
        # none clearly the most alike: those alike in letters or but for the ending, an answer inside the
        # governorate that ``_rank`` marks as undecided ("Sour" in Dar'a is Sur or Sir there, not Deir ez-Zor's
        # Sur, 491 km off; "Salbeh" in Hama one of its two Salbas)
        light = light_key(core)
        return {p for p in positions if any(_alike_as_said(light, row[LIGHT]) or _same_but_ending(light, row[LIGHT])
                                            for row in self._spellings[p])}

    def _similar_spellings(self, core: str, hints: tuple[str, ...], admin1: str | None) -> set[int]:
        """Last resort: the same consonants, accepted only when one place (in admin1) has them.

        A similar spelling is a proposal, not a fact: it is taken only when there is
        no other close candidate (within the governorate when one is given), and
        `_rank` marks it precision 2 at best.
        """
        skeleton = skeleton_key(core)
        if len(light_key(core)) < 4 or len(skeleton) < 3:
            return set()
        positions = set()
        for position in self._index.skeleton.get(skeleton, ()):
            place = self.places[position]
            if hints and place.feature not in hints:
                continue
            if admin1 and not self._inside(place, admin1):
                continue
            positions.add(position)
        if not admin1:  # a spelling of the place with these consonants as alike as SIMILAR_ENOUGH
            core_light = light_key(core)
            lights_of = {position: [row[LIGHT] for row in self._spellings[position] if row[SKELETON] == skeleton]
                         for position in positions}
            alike = {position for position, lights in lights_of.items()
                     if any(_alike_as_said(core_light, light) for light in lights)}
            if self._one_place_or_name(alike):
                return alike
            # else those written as the name but for vowels Arabic leaves unwritten (o for u, e for i, a final e for
            # a), where a short name falls below the letters' ratio: "al-Nozha" is one of the Nuzhas, "Amoude" Amuda
            # and not Amud as well
            vowels = _vowels_as_one(_digraphs_as_one(core_light))
            positions = {position for position, lights in lights_of.items()
                         if any(_vowels_as_one(_digraphs_as_one(light)) == vowels for light in lights)}
        return positions if self._one_place_or_name(positions) else set()

    def _one_place_or_name(self, positions: set[int]) -> bool:
        """Whether the places are one (``_clusters``), or several all of one name but for their vowels: the
        namesakes of a respelled name, for the ranking to leave in doubt and the text's other places to settle
        ("al-Nozha" is one of the Nuzhas)."""
        return len(_clusters([self.places[i] for i in positions])) == 1 or len(
            {_vowels_as_one(_digraphs_as_one(light_key(self.places[i].name))) for i in positions}) == 1

    def _close_spellings(self, core: str, hints: tuple[str, ...], admin1: str) -> set[int]:
        """Last resort within a governorate: a spelling one letter off in its fold key, accepted only when
        one place there has it.

        The press and a gazetteer write one Arabic consonant differently often enough ("Kafr Nabuda" for
        Kafr Nabutha, "al-Khalidiyah" for Kalidiyeh, "al-Mukharram" for Al Makhrim) that a name with no
        match inside the governorate the text names is more likely such a place than one elsewhere.
        Like ``_similar_spellings``, a proposal: ``_rank`` marks it precision 2 at best.
        """
        folded = fold_key(core)
        if len(folded) < CLOSE_MIN_FOLD:
            return set()
        positions = {position for key, found in self._folds_in(admin1).items()
                     if abs(len(key) - len(folded)) <= 1 and _one_edit_apart(key, folded) for position in found
                     if not hints or self.places[position].feature in hints}
        return self._most_alike(core, positions)

    def _close_spellings_anywhere(self, core: str, hints: tuple[str, ...]) -> set[int]:
        """Last resort with no governorate: a spelling one letter off in a long fold key ("Khiyart Danoun" for
        Khiyarat Danoun), accepted only when one place in Syria has one (``_most_alike`` may not choose among
        several: a slip is as likely in any of them). A proposal, precision 2 (``_rank``)."""
        folded = fold_key(core)
        if len(folded) < ANYWHERE_MIN_FOLD:
            return set()
        positions = {position for admin1 in ACLED_ADMIN1 for key, found in self._folds_in(admin1).items()
                     if abs(len(key) - len(folded)) <= 1 and _one_edit_apart(key, folded) for position in found
                     if not hints or self.places[position].feature in hints}
        return positions if len(_clusters([self.places[p] for p in positions])) == 1 else set()

    def _slipped_spellings(self, core: str, hints: tuple[str, ...], admin1: str | None) -> set[int]:
        """Last resort for a name as a list gives it: a spelling one typing slip from the name as written (a
        letter dropped, doubled, changed or added, two letters swapped, a space dropped or added: "Zabaye",
        "Ghenrata", "Faza rah"), accepted only when one place (in ``admin1``, when given) has one.

        Letters as written, not their fold: a fold already evens out vowels and digraphs, and one slip more
        on top of that joins names too far apart. A proposal, precision 2 (``_rank``).
        """
        light = light_key(core)
        if len(light.replace(" ", "")) < SLIP_MIN_LETTERS or not light.isascii():
            return set()
        exact = self._index.exact
        positions = {position for slipped in _one_slip_away(light) for position in exact.get(slipped, ())
                     if (not hints or self.places[position].feature in hints)
                     and (admin1 is None or self._inside(self.places[position], admin1))}
        if admin1 is not None:
            return self._most_alike(core, positions)
        # the units named for a town (Aleppo's governorate, district, sub-district) are no rivals of it
        settlements = [self.places[p] for p in positions if self.places[p].feature not in ADMIN_UNITS]
        return positions if len(_clusters(settlements or [self.places[p] for p in positions])) == 1 else set()

    def _final_t_spellings(self, core: str, hints: tuple[str, ...], admin1: str) -> set[int]:
        """Last resort within a governorate: the name's last word with its ta marbuta written as "t", or without
        it ("Hilweh" for OCHA's Hilwet), accepted as ``_close_spellings`` accepts; a proposal, precision 2."""
        words = light_key(core).split()
        last = words[-1] if words else ""
        if construct_state(last):
            respelled = last[:-1]
        elif len(last) >= 4 and last[-2:] in ("eh", "ah"):
            respelled = last[:-1] + "t"
        elif len(last) >= 5 and last[-1] in "ae":  # (not a short name: "Mare'" is no "Maret")
            respelled = last + "t"
        else:
            return set()
        folds = self._folds_in(admin1)
        if fold_key(core) in folds:
            return set()  # places there spelled as the name is, that the text does not choose between
        found = folds.get(fold_key(" ".join(words[:-1] + [respelled])), set())
        return self._most_alike(core, {position for position in found
                                       if not hints or self.places[position].feature in hints})

    def _most_alike(self, core: str, positions: set[int]) -> set[int]:
        """``positions`` if they are one place; of several, the one whose spelling is clearly the most alike in
        letters ("al-Khalidiyah": Kalidiyeh, not Hameidiyyeh, also one letter off in its fold key); else none."""
        # a unit named as a place is (the sub-district "Anaza" and its seat) is no rival of it: what the text
        # names is the place; the unit ranks after it (``_rank``)
        units = {p for p in positions if self.places[p].feature in ADMIN_UNITS}
        if units and units != positions:
            alike = self._most_alike(core, positions - units)
            return alike | units if alike else set()
        by_id = {self.places[position].id: position for position in positions}
        clusters = _clusters([self.places[position] for position in positions])
        if len(clusters) < 2:
            return positions
        light = light_key(core)

        def alike(cluster: list[Place], said: bool) -> float:
            return max(difflib.SequenceMatcher(None, light, row[LIGHT]).ratio() if not said else
                       difflib.SequenceMatcher(None, _as_said(light), _as_said(row[LIGHT])).ratio()
                       for place in cluster for row in self._spellings[by_id[place.id]])

        # as written, or failing a clear choice so, as said when that is alike enough: "al-Shawla" is Al-Shola's Ash
        # Shula, its waw read as a diphthong, not Shiheil ("al-Tal" is not so taken for Talleh rather than Tawil)
        for said in (False, True):
            scored = sorted(((alike(c, said), c) for c in clusters), key=lambda item: -item[0])
            (best, cluster), (second, _) = scored[:2]
            if second <= best - CLOSE_MARGIN and (not said or best >= SIMILAR_ENOUGH):
                return {by_id[place.id] for place in cluster}
        return set()

    def _folds_in(self, admin1: str) -> dict[str, set[int]]:
        """The fold keys of every spelling (and its core) of the places in ``admin1``: read from the prepared
        index (that governorate's shard), or worked out once for them all (a tenth of a second)."""
        tables = self.__dict__.setdefault("_folds_by_admin1", {})
        if admin1 not in tables:
            prepared = self.__dict__.get("_prepared_index")
            if prepared is not None and "admin1_folds" in prepared.sections:
                names = prepared.shard("admin1_folds", 0)
                tables[admin1] = prepared.shard("admin1_folds", names.index(admin1) + 1) if admin1 in names else {}
            else:
                every = _folds_by_admin1(self)
                tables.update(every)
                tables.setdefault(admin1, {})
        return tables[admin1]

    def _rank(self, tiers: dict[int, int], query: str, country: str | None, hints: tuple[str, ...],
              admin1: str | None = None, limit: int | None = None, explain: bool = True,
              district: Place | None = None) -> list[Place]:
        """Candidates (position -> match tier) best first; the first is marked ambiguous if rivals tie."""
        wanted_country = (country or "SY").upper()
        query_light, query_fold = light_key(query), fold_key(query)
        # of places matched by the name without its generic words, those spelling it as written first:
        # "al-Maydan village" is one of the Maydans before Mudan or Maadan, whose letters only fold alike
        core_light = light_key(split_descriptors(query)[0]) if 1 in tiers.values() else None
        query_evened = _vowels_evened(query_light) if 2 in tiers.values() else None
        places, spellings = self.places, self._spellings
        # a unit named by its kind is that unit before the town it is named for: "Manbij District" is the
        # district, though "district" also lets a town stand ("the Afrin district" where no unit is known)
        unit_named = hints[0] if hints and hints[0] in ADMIN_UNITS else None
        # English calls a city's quarter a district too: "the al-Zahraa district of Homs" is the quarter before a
        # village of the name, after a unit or town so called
        quarter_too = unit_named == "district"
        # a quarter is named bare less often than a town spelled a little otherwise: "Daraiya", an alias of a Raqqa
        # quarter, is the town Darayya first (a quarter's own town names it: "Raqqa's al-Daraiya"); the quarter
        # stands as a variant does, beside it
        quarter_as_variant = any(t == VARIANT_TIER and places[p].feature in _TOWNS for p, t in tiers.items()) and all(
            places[p].feature == "neighbourhood" for p, t in tiers.items() if t != VARIANT_TIER)
        scored = []
        for position, tier in tiers.items():
            place, rows = places[position], spellings[position]
            hinted = 0 if hints and place.feature in hints and (unit_named is None or place.feature == unit_named) \
                else 1 if hints and (place.feature in hints or quarter_too and place.feature == "neighbourhood") else 2
            own = rows[0]  # the place's own name
            own_name = 2 if own[LIGHT] == query_light else 1 if own[FOLD] == query_fold else 0
            variant = tier == VARIANT_TIER or (quarter_as_variant and place.feature == "neighbourhood")
            # made as tuple.__new__ makes it inside the named tuple's __new__, without that Python call
            standing = tuple.__new__(_Standing, (0 if place.priority == 0 else 1, hinted, variant,
                                                 0 if place.country == wanted_country else 1,
                                                 0 if not admin1 or self._inside(place, admin1) else 1,
                                                 0 if district is None or _agrees(place, district) else 1,
                                                 place.feature in ADMIN_UNITS))
            # the prior: prominence, a source tier, and the place's own name (2; 1 respelled) over another's alias
            prior = 2 * place.prominence + 1 - place.source_tier + own_name
            written = (0 if tier not in (1, BARE_TIER)
                       or any(core_light in (row[LIGHT], row[CORE + LIGHT]) for row in rows) else 1)
            if tier == 2:  # of spelling variants, one written as the query is but for its vowels first
                written = 0 if any(_vowels_evened(row[LIGHT]) == query_evened for row in rows) else 1
            key = (*standing, written, -prior, -own_name,
                   FEATURE_RANK.get(place.feature, SITE_RANK), place.geo_precision, place.uncertainty_km, place.id)
            scored.append((key, place, tier, standing, rows))
        scored.sort(key=lambda item: item[0])
        top_key, top, _, top_standing, _ = scored[0]
        prior_at = len(_Standing._fields) + 1  # the key: the standing, then written, then -prior
        others = [(p, s, -k[prior_at]) for k, p, _, s, _ in scored[1:]]
        rivals = _rivals(top, top_standing, -top_key[prior_at], others) if others else []  # a lone candidate has none
        if top.feature in _VILLAGES_AND_QUARTERS and scored[0][4][0][LIGHT] != query_light:
            # a village the name is only an alias of, and another whose own name it is: either ("Qubbat Arak", an
            # alias of Arak, is the own name of a hamlet 22 km off)
            rivals += [p for k, p, tier, _, rows in scored[1:] if tier == scored[0][2] and rows[0][LIGHT] == query_light
                       and p.feature in _VILLAGES_AND_QUARTERS and p not in rivals]
        if scored[0][2] == BARE_TIER:  # a name without its qualifier may be any of the places that drop it
            rivals += [p for _, p, tier, _, _ in scored[1:] if tier == BARE_TIER and p not in rivals]
        targets: dict[int, str] = {}
        results = []
        for rank, (key, place, tier, standing, rows) in enumerate(scored[:limit]):
            if tier not in targets:
                targets[tier] = _spelling_target(query, tier)
            matched = _matched_spelling(place, rows, targets[tier], _KEY_COLUMN.get(tier, FOLD))
            changes = {}
            spread = None
            if rank == 0 and rivals:
                spread = max(haversine_km(p.lat, p.lon, place.lat, place.lon) for p in rivals)
                changes = {"ambiguous": True, "uncertainty_km": covering_km(max(place.uncertainty_km, spread)),
                           "geo_precision": max(place.geo_precision, 2 if spread <= AMBIGUOUS_PRECISION_KM else 3)}
            if tier in (3, BARE_TIER) or (rank == 0 and standing.admin1 == 1):
                changes["geo_precision"] = max(changes.get("geo_precision", place.geo_precision), 2)
            if explain:
                changes["reason"] = _reason(place, matched, tier, standing, hints, admin1, rank, len(scored),
                                            len(rivals) if spread is not None else 0, spread, district)
            results.append(evolve(place, matched=matched, match=TIER_NAMES[tier], **changes))
        return results

    def _lookup_composite(self, parts: list[str], country: str | None, admin1: str | None,
                          explain: bool = True, city_first: bool = False) -> list[Place]:
        """Resolve "City - Neighbourhood" style names to the most specific consistent part; with ``city_first``, a
        first part that is a city names the city the second is a quarter of (``_in_the_city``)."""
        found = self._composite_answer(parts, country, admin1, explain)
        if not city_first or len(parts) != 2:
            return found
        city = next((p for p in self._lookup_one(parts[0], country, (), admin1, limit=1, explain=False)
                     if p.feature == "city"), None)
        return self._in_the_city(city, parts[1], found, explain) if city is not None else found

    def _in_the_city(self, city: Place, part: str, found: list[Place], explain: bool) -> list[Place]:
        """``found`` for the quarter ``part`` of ``city``; when the gazetteer has quarters of the city and no candidate
        can be one of them (none is one, none lies within the city's quarters' reach, none is a town of its own), the
        city itself, widened to ``CITY_QUARTERS_KM``: "Aleppo - Mashhad" is a quarter of Aleppo, not the village
        Mashhad 26 km off, and "Raqqa - Mashlab" a quarter of Raqqa though the gazetteer has no row for it."""
        if city.id not in self._cities_with_quarters():
            return found  # "Jarablus - Big Majra": a town's unit and a village of it, as OCHA's sheets write one
        reach = city.uncertainty_km + CITY_QUARTERS_KM
        if any(p.parent == city.id or p.feature in ("city", "town") and p.admin1 == city.admin1
               or haversine_km(p.lat, p.lon, city.lat, city.lon) <= reach for p in found):
            return found
        row = self.get(city.id) or city
        widened = evolve(row, match=found[0].match if found else city.match, ambiguous=False,
                         geo_precision=max(2, row.geo_precision),
                         uncertainty_km=max(row.uncertainty_km, CITY_QUARTERS_KM),
                         reason=f"{part!r}: a quarter of {row.name} the gazetteer lacks; placed at the city, "
                                f"widened to its quarters' reach" if explain else "")
        return [widened] + [p for p in found if p.id != row.id]

    def _cities_with_quarters(self) -> frozenset[str]:
        """Ids of the cities the gazetteer divides into quarters: the cities whose quarters datasets name."""
        found = self.__dict__.get("_quartered")
        if found is None:
            found = self.__dict__["_quartered"] = frozenset(
                p.parent for p in self.places if p.feature == "neighbourhood" and p.parent)
        return found

    def _composite_answer(self, parts: list[str], country: str | None, admin1: str | None,
                          explain: bool) -> list[Place]:
        hints: tuple[str, ...] = ()
        named: list[str] = []
        for part in parts:
            core, part_hints = split_descriptors(part)
            if core == part and part_hints and light_key(part) not in self._index.exact:
                hints += part_hints  # "Military Base": only a descriptor
                continue
            named.append(part)
        # a governorate named beside a place is context, not the place: "Mansura - Idleb"
        places_named = [p for p in named if not (self.admin1_name(p) and len(named) > 1)]
        if admin1 is None and len(places_named) < len(named):
            admin1 = next(self.admin1_name(p) for p in named if p not in places_named)
        if not places_named:
            places_named = named
        resolved = [(part, self._lookup_one(part, country, hints, admin1, explain=explain)) for part in places_named]
        resolved = [(part, found) for part, found in resolved if found]
        if not resolved:
            return []
        if len(resolved) == 1:
            # "Aleppo - Khalidiyeh": a governorate's name is also its city's, and the other part its quarter
            part, found = resolved[0]
            cities = [p for other in named if other != part
                      for p in self._lookup_one(other, country, (), None, explain=False)[:1] if p.feature == "city"]
            return self._quarter_first(cities[0], part, found, explain) if cities else found
        # The most specific part wins: a name that can also mean a governorate
        # ("Deir-ez-Zor") is the qualifier, whichever side of the dash it stands.
        best_part, best = min(resolved, key=lambda pf: max(SPECIFICITY.get(p.feature, 0) for p in pf[1]))
        city = next((found[0] for part, found in resolved if part != best_part and found[0].feature == "city"), None)
        if city is not None:
            quartered = self._quarter_first(city, best_part, best, explain)
            if quartered[0].feature == "neighbourhood" and quartered[0].parent == city.id:
                return quartered
        # places as the gazetteer has them, not widened over their namesakes: "Wardiyeh (Amuda)" is no Wardiyeh
        # 136 km from Amuda, however far the doubt among Wardiyehs reaches
        context = [self.get(p.id) or p for part, found in resolved if part != best_part for p in found[:3]]
        near = [p for p in best if any(_agrees(self.get(p.id) or p, c) for c in context)]
        if near:
            near = [evolve(p, ambiguous=False, geo_precision=self.get(p.id).geo_precision,
                            uncertainty_km=self.get(p.id).uncertainty_km) if self.get(p.id) else p
                    for p in near[:1]] + near[1:]
            ids = {p.id for p in near}
            best = near + [p for p in best if p.id not in ids]
            if not explain:
                return best
            label = ", ".join(part for part, _ in resolved if part != best_part)
            return [evolve(p, reason=f"{p.reason}; within {label}") if i < len(near) else p
                    for i, p in enumerate(best)]
        return best

    def quarter_of(self, city: Place, name: str, found: list[Place]) -> Place | None:
        """The quarter of ``city`` called ``name`` (one of ``found``, else one with its consonants), when the city
        has one quarter so called; None otherwise."""
        first = self._quarter_first(city, name, found, False)[0] if found else None
        return first if first is not None and first.feature == "neighbourhood" and first.parent == city.id else None

    def _quarter_first(self, city: Place, part: str, found: list[Place], explain: bool) -> list[Place]:
        """``found`` with the city's quarter of that name first ("Aleppo - Khalidiyeh": Khaldiyeh, not a village
        Khalidiyeh elsewhere in the governorate), or failing one, the quarter with the name's consonants; as
        it was when the city has no such quarter, or several."""
        # (the consonants only when no place is spelled so exactly: "elhisan, deir-ez-zor" is the village Elhisan)
        quarters = [p for p in found if p.feature == "neighbourhood" and p.parent == city.id] or (
            [] if found and found[0].match == TIER_NAMES[0] else
            [p for p in self.spelled_alike(part, consonants_only=True)
             if p.feature == "neighbourhood" and p.parent == city.id])
        if len(quarters) != 1:
            return found
        row = self.get(quarters[0].id) or quarters[0]
        quarter = evolve(quarters[0], ambiguous=False, geo_precision=row.geo_precision, uncertainty_km=row.uncertainty_km,
                         reason=f"a quarter of {city.name}" if explain else "")
        return [quarter] + [p for p in found if p.id != quarter.id]

    def namesakes(self, place: Place) -> list[Place]:
        """The other places whose own name is ``place``'s (but for case, articles and marks): the places a text
        may mean by the name, whichever of them lists the spelling it was found by."""
        own = light_key(place.name)
        return [self.places[i] for i in sorted(self._index.exact.get(own, ()))
                if self.places[i].id != place.id and light_key(self.places[i].name) == own]

    def spelled_alike(self, name: str, consonants_only: bool = False) -> list[Place]:
        """Every place with a spelling that folds like ``name`` (or its name without generic words), or has
        its consonants and nearly its letters (any letters, with ``consonants_only``), unranked; each with
        that spelling as ``matched``.

        For a caller that knows where the place is ("al-Tayba near al-Mayadin": the Tiba there) and needs
        the homonyms a ranked answer leaves out: ``lookup`` stops at the best tier of matches, and a
        common name has scores. ``consonants_only`` is looser still ("al-Qunaytirah" has Quneitra's
        consonants, not nearly its letters): only for a place the text puts beside a landmark.
        """
        answers = self.__dict__.setdefault("_alike_answers", {})
        key = (name, consonants_only)
        if key not in answers:
            if len(answers) >= ANSWERS_KEPT:
                answers.clear()
            answers[key] = tuple(self._spelled_alike(name, consonants_only))
        return list(answers[key])

    def _spelled_alike(self, name: str, consonants_only: bool = False) -> list[Place]:
        core = split_descriptors(name)[0]
        light, folded, skeleton = light_key(core), fold_key(core), skeleton_key(core)
        if not light:
            return []
        index = self._index
        positions = set(index.fold.get(folded, ())) | set(index.core.get(folded, ()))
        if len(skeleton) >= 3:
            # a place already found by its fold key is not compared again, letter by letter
            positions |= {position for position in index.skeleton.get(skeleton, ()) if position not in positions
                          and (consonants_only or any(_alike(light, row[LIGHT]) for row in self._spellings[position]))}
            if consonants_only:
                # a first consonant's w is the fold's reading of "u" before a vowel (Sweida, Suwayda), but an ayn
                # unwritten makes the same letters: "al-Muaizila" (Mu'ayzila) is Moezleh, "mzl", not "mwzl"
                other = skeleton[:1] + skeleton[2:] if skeleton[1:2] == "w" else skeleton[:1] + "w" + skeleton[1:]
                positions |= set(index.skeleton.get(other, ()))
        found = []
        for position in sorted(positions):
            place, rows = self.places[position], self._spellings[position]
            best = next((n for n, row in enumerate(rows) if folded in (row[FOLD], row[CORE + FOLD])), None)
            if best is None:
                best = next((n for n, row in enumerate(rows) if row[SKELETON] == skeleton), 0)
            found.append(evolve(place, match=TIER_NAMES[2], matched=_spelling_at(place, best)))
        return found

    def suggest(self, name: str, n: int = 5) -> list[str]:
        """Near-miss spellings for a name that did not match (never accepted silently).

        difflib's close matches among every name key, with the keys that cannot
        pass its quick_ratio bound left out first, on arrays (``_suggestion_table``):
        the same answer, without comparing half a million keys in Python.
        """
        import numpy as np

        key = light_key(name)
        if not key:
            return []
        keys, counts = self._suggestion_table()
        query = np.array(_letter_counts(key), dtype=np.int32)
        shared = np.minimum(counts, query).sum(axis=1)  # at least the characters quick_ratio finds in common
        possible = 2.0 * shared / (counts.sum(axis=1) + len(key)) >= SUGGEST_CUTOFF
        close = difflib.get_close_matches(key, [keys[i] for i in np.flatnonzero(possible)], n=n,
                                          cutoff=SUGGEST_CUTOFF)
        out = []
        for k in close:
            place = self.places[min(self._index.exact[k])]
            label = f"{place.name} ({place.feature}, {place.admin1 or place.country})"
            if label not in out:
                out.append(label)
        return out


def _clusters(places: list[Place]) -> list[list[Place]]:
    """Group candidates that are one place (within SAME_PLACE_KM of each other)."""
    groups: list[list[Place]] = []
    for place in places:
        for group in groups:
            if haversine_km(place.lat, place.lon, group[0].lat, group[0].lon) <= SAME_PLACE_KM:
                group.append(place)
                break
        else:
            groups.append([place])
    return groups


def _agrees(place: Place, context: Place) -> bool:
    """A part of a composite name agrees with another if it lies within or near it."""
    near = haversine_km(place.lat, place.lon, context.lat, context.lon) <= context.uncertainty_km
    if context.feature == "governorate":
        return place.admin1 == context.admin1 or near
    if context.feature == "district":  # inside it by OCHA's names, as the geoparser reads a unit; its radius
        # only for a place with no such names (a radius covers its neighbours' edges too)
        return (place.admin1, place.admin2) == (context.admin1, context.admin2) or (near and not place.admin2)
    if context.feature == "subdistrict":
        return (place.admin2, place.admin3) == (context.admin2, context.admin3) or (near and not place.admin3)
    reach = max(25.0, context.uncertainty_km + place.uncertainty_km)
    if haversine_km(place.lat, place.lon, context.lat, context.lon) <= reach:
        return True
    # "Wardiyeh (Amuda)": in the unit the town seats and names, 32 km from the town itself
    return place.admin1 == context.admin1 and any(unit and _written_alike(unit, context.name)
                                                  for unit in (place.admin2, place.admin3))


def _folds_by_admin1(gazetteer: Gazetteer) -> dict[str, dict[str, set[int]]]:
    """Governorate -> fold key of a spelling (or of its core) -> positions of the places there with it."""
    tables: dict[str, dict[str, set[int]]] = {}
    for position, place in enumerate(gazetteer.places):
        table = tables.setdefault(place.admin1, {})
        for row in gazetteer._spellings[position]:
            for key in {row[FOLD], row[CORE + FOLD]} - {""}:
                table.setdefault(key, set()).add(position)
    return tables


_SLIP_LETTERS = "abcdefghijklmnopqrstuvwxyz "


def _one_slip_away(light: str) -> set[str]:
    """Every string one typing slip from ``light`` (a light key: lower-case letters and single spaces)."""
    slipped = set()
    for i in range(len(light)):
        slipped.add(light[:i] + light[i + 1:])  # a letter dropped (or a doubled one undone)
        slipped.add(light[:i + 1] + light[i:])  # a letter doubled
        if i + 1 < len(light):
            slipped.add(light[:i] + light[i + 1] + light[i] + light[i + 2:])  # two letters swapped
        slipped.update(light[:i] + letter + light[i + 1:] for letter in _SLIP_LETTERS)  # a letter changed
    for i in range(len(light) + 1):
        slipped.update(light[:i] + letter + light[i:] for letter in _SLIP_LETTERS)  # a letter added
    slipped.discard(light)
    return {s for s in slipped if s == s.strip() and "  " not in s}


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter changed, dropped or added between ``a`` and ``b`` (or none)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def _same_but_ending(a: str, b: str) -> bool:
    """Two light keys that both end in a vowel or a ta marbuta, the same letters before it: "al-Tawila" and
    "Tawileh" write one Arabic ending two ways, which puts short names below SIMILAR_ENOUGH (difflib's ratio
    0.77); "Marj" has no ending, and is not "Marjeh"."""
    def stem(light: str) -> str:
        if len(light) > 4 and light[-1] == "h" and light[-2] in "ae":
            light = light[:-1]
        return light[:-1] if len(light) > 3 and light[-1] in "ae" else ""
    return stem(a) == stem(b) != ""


@lru_cache(maxsize=8192)  # pairs come back: a name is looked up bare, then within its governorate
def _alike(a: str, b: str) -> bool:
    """Letters at least SIMILAR_ENOUGH alike (difflib's ratio), difflib's two upper bounds checked first.

    Most pairs fail a bound, and the bounds are worked out here without building a matcher: the length
    bound (``real_quick_ratio``), then the characters the two share, each as often as both have it: what
    ``quick_ratio`` counts, in its formula. The same spelling twice has a ratio of 1.
    """
    if a == b:
        return True
    total = len(a) + len(b)
    if 2 * min(len(a), len(b)) < SIMILAR_ENOUGH * total:
        return False
    shared = 0
    for ch in set(a):
        in_a, in_b = a.count(ch), b.count(ch)
        shared += in_a if in_a < in_b else in_b
    if 2.0 * shared / total < SIMILAR_ENOUGH:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= SIMILAR_ENOUGH


def _alike_as_said(a: str, b: str) -> bool:
    """``_alike``, or alike once a vowel or a diphthong written with two letters is written with one ("Areeda" is
    Arida, "Qwaiqa" Qweiqa): for finding a place no spelling matches, not for making rivals of one that does."""
    if _alike(a, b):
        return True
    one_a, one_b = _digraphs_as_one(a), _digraphs_as_one(b)
    return (one_a != a or one_b != b) and _alike(one_a, one_b)


_O_AS_U_E_AS_I = str.maketrans("oe", "ui")


def _vowels_as_one(light: str) -> str:
    """``_vowels_evened``, with o read as u and e as i: vowels Arabic leaves unwritten, as transliterations vary."""
    return _vowels_evened(light).translate(_O_AS_U_E_AS_I)


_DIGRAPHS = (("ee", "i"), ("oo", "u"), ("ou", "u"), ("ai", "ay"), ("ei", "ay"), ("ey", "ay"))


def _digraphs_as_one(light: str) -> str:
    """ee, and oo or ou, as the long vowel they write; ai, ei and ey as the diphthong ay."""
    for pair, one in _DIGRAPHS:
        if pair in light:
            light = light.replace(pair, one)
    return light


def _as_said(light: str) -> str:
    """``_digraphs_as_one``, and a waw read as the diphthong aw or ow written as the long vowel u ("Shawla" is Shula):
    only for choosing among places one fold key already joins, since it joins too much to find places by."""
    return _digraphs_as_one(light).replace("aw", "u").replace("ow", "u")


@lru_cache(maxsize=1)
def _press_admin1_names() -> dict[str, str]:
    """Governorate spellings from gazetteer/admin1_names.csv ("Rif Dimashq", "Idlib"), by fold key."""
    path = data_dir() / "admin1_names.csv"
    if not path.exists():
        return {}
    names = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for spelling in (row["acled"], row["naturalearth_name"], row["arabic"], *row["aliases"].split("|")):
                if spelling.strip():
                    names[fold_key(spelling)] = row["acled"]
    return names


class _Standing(NamedTuple):
    """What ranks a candidate before its prior does (0 is better)."""
    priority: int  # the user's own file first
    hinted: int  # of the kind the query names ("camp", "airport")
    variant: bool  # only a spelling variant beside true matches
    country: int  # in the wanted country
    admin1: int  # in the governorate given as context
    district: int  # in the district given as context (or none given)
    admin_unit: bool  # a settlement before an admin unit of the same name


_LONG_VOWELS = (("oo", "u"), ("ou", "u"), ("ee", "i"))
_FINAL_VOWEL = re.compile(r"(?<=[a-z][a-z])(?:[ae]h|e)\b")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 15)
def _vowels_evened(light: str) -> str:
    """A light key with long vowels as one letter, doubled letters single and a final ta marbuta as "a":
    "Hawwareen" and "Hawarin", "Kafr Antoun" and "Kafr Antun" are written alike in their consonants and
    vowels, where fold keys also join other letters (Harran folds as Hawwareen does, Kafrantin as Kafr Antoun)."""
    for old, new in _LONG_VOWELS:
        light = light.replace(old, new)
    return _FINAL_VOWEL.sub("a", _DOUBLED.sub(r"\1", light))


def _rivals(top: Place, standing: _Standing, prior: int,
            others: list[tuple[Place, _Standing, int]]) -> list[Place]:
    """The far-away candidates that make the winner unsafe; empty when it is safe.

    Candidates with the winner's standing (or spelling variants in the wanted
    country: "Siti" matches a Turkish village's alias exactly, but the Syrian
    "Sitti" is as likely) share the doubt in proportion to 2 ** (prior / 2),
    so each 2 points of prior doubles a candidate's weight; a variant counts one
    point less. Candidates within SAME_PLACE_KM of the winner are the same place.
    The winner is safe when it holds at least TOP_SHARE of the weight: a town
    (prominence 3) over one village of its name, not over two or more.
    """
    def comparable(candidate: _Standing) -> bool:
        if (candidate.priority, candidate.hinted, candidate.admin1, candidate.district, candidate.admin_unit) != \
                (standing.priority, standing.hinted, standing.admin1, standing.district, standing.admin_unit):
            return False
        if candidate.variant and not standing.variant:
            return candidate.country == 0 or candidate.country == standing.country
        return candidate.country == standing.country and candidate.variant == standing.variant

    weight = {id(top): 1.0}
    far = []
    for place, candidate, candidate_prior in others:
        if not comparable(candidate):
            continue
        share = 2 ** ((candidate_prior - (1 if candidate.variant else 0) - prior) / 2)
        if haversine_km(place.lat, place.lon, top.lat, top.lon) <= SAME_PLACE_KM:
            weight[id(top)] += share
        else:
            weight[id(place)] = share
            far.append((share, place))
    if weight[id(top)] / sum(weight.values()) >= TOP_SHARE:
        return []
    return [place for share, place in far if share >= MIN_RIVAL_SHARE]


def _reason(place: Place, matched: str, tier: int, standing: _Standing, hints: tuple[str, ...], admin1: str | None,
            rank: int, candidates: int, rivals: int, spread: float | None, district: Place | None = None) -> str:
    """Why a candidate ranks where it does, as ``gazetteer lookup`` shows it."""
    reasons = [TIER_NAMES[tier] + (f" '{matched}'" if matched != place.name else "")]
    if place.priority == 0:
        reasons.append("from your gazetteer file")
    if hints:
        reasons.append(f"{'is' if standing.hinted < 2 else 'is not'} a {'/'.join(hints[:2])}")
    if admin1:
        reasons.append(f"{'in' if standing.admin1 == 0 else 'not in'} {admin1}")
    if district is not None:
        reasons.append(f"{'in' if standing.district == 0 else 'not in'} {district.name} district")
    if candidates > 1:
        reasons.append(f"{place.feature} in {place.country}" + (f" ({place.admin1})" if place.admin1 else "")
                       + (": ranked first of " + str(candidates) if rank == 0 else ""))
    if spread is not None:
        reasons.append(f"one of {rivals + 1} places of this name that could be meant, "
                       f"{spread:.0f} km apart: nothing in the query decides")
    return "; ".join(reasons)


def _spelling_target(query: str, tier: int) -> str:
    """The key of the query that a match of ``tier`` shares with a spelling of the place."""
    key_fn = {0: light_key, 2: fold_key, 3: skeleton_key}.get(tier, fold_key)
    return key_fn(split_descriptors(query)[0] if tier in (1, 3) else query)


def _spelling_at(place: Place, number: int) -> str:
    """The spelling of row ``number`` of a place's spelling keys: its name, an alias, or (for a row the index
    derived, ``names.elided_spellings``) its name."""
    return place.aliases[number - 1] if 0 < number <= len(place.aliases) else place.name


def _matched_spelling(place: Place, rows: tuple[tuple[str, ...], ...], target: str, column: int) -> str:
    """The first of the place's spellings whose key in ``column`` (of its ``SPELLING_COLUMNS`` rows), or
    whose key without generic words, is ``target``; its name when none is."""
    for number, row in enumerate(rows):
        if row[column] == target or row[CORE + column] == target:
            # the descriptors are split off only when the whole spelling did not match
            return _spelling_at(place, number)
    return place.name


_BRACKETED = re.compile(r"[(\[]([^)\]]*)[)\]]")  # "Al-Bab (Aleppo)", "Kerak [Sarin sub-district]"
# "Homs / Bab Amr"; "Jebel Saman > Haritan", a sheet's path from district to village
_COMPOSITE_SEPARATOR = re.compile(r"\s+[-–—]\s+|,\s*|\s+[-–—](?=\S)|(?<=\S)[–—]\s+|\s*[/>]\s*")
_SEPARATOR_MARKS = frozenset(",-–—/>")  # each of the separators has one of them
# what a settlement is, said before its kind: "the resort town of", "the Christian village of", "the port city of"
_WORDS_BEFORE_KIND = re.compile(r"^(?:the\s+)?(?:[\w'’-]+\s+){1,2}?(?P<kind>town|village|city|hamlet)\s+of\s+", re.I)
_LIST_NUMBER = re.compile(r"^\s*\d{1,4}\s*[.)]\s+")
# the facilities humanitarian sheets name after a place, at the end of the name
_FACILITY_AFTER = re.compile(
    r"\s+(?:(?:national|surgical|university|cave|central|general|field|maternity|children'?s|primary|secondary|"
    r"preparatory|high|mobile|main)\s+)*(?:hospital|school|bakery|health\s+(?:centre|center|point|post|unit)|"
    r"PHCC?|clinic(?:\s+point)?|water\s+(?:station|point|tank|plant|pumping\s+station)|pumping\s+station|"
    r"distribution\s+point|collective\s+shelter|shelter|IDP\s+(?:gathering|site|camp)|informal\s+settlement|"
    r"market)(?:\s+No\.?\s*\d+)?\s*$", re.I)


# a place told with the area it lies in, as reports and field sheets write it: "Merdas near Sarin town", "Bir Hsu in
# the Kobani countryside", "Kisreh in rural Ras al-Ayn", "the Duma countryside village of Hosh Nasri", "Idleb
# countryside: Talkhatre"
_IN_AN_AREA = re.compile(r"(?P<place>.+?)\s+(?:in|near|outside|around)\s+(?:the\s+)?(?:rural\s+)?(?P<area>.+)", re.I)
_AREA_VILLAGE_OF = re.compile(r"(?:the\s+)?(?P<area>.+?\s+(?:countryside|area|district|region|plain))\s+"
                              r"(?:village|town|hamlet|farm)\s+of\s+(?P<place>.+)", re.I)
_AREA_COLON = re.compile(r"(?P<area>[^:]+?)\s*:\s*(?P<place>[^:]+)")
_AREA_WORDS = (" in ", " near ", " outside ", " around ", " of ", ":")  # most names have none: no pattern is run
# how far from a city's point its quarters lie: of OCHA's quarters (places/ocha_neighbourhoods.csv), the farthest is
# 9.5 km off (Aleppo's), nine in ten of Damascus's and Aleppo's within 6 km. A candidate within the city's radius plus
# this may be its quarter; a quarter the gazetteer lacks is placed at the city with this radius.
CITY_QUARTERS_KM = 10.0
_CITY_FIRST_MARKS = frozenset(",([>")  # a composite so marked names the wider place after the narrower
COUNTRYSIDE_KM = 25.0  # "the Manbij countryside": the villages round a town, as far as a reporter's phrase reaches


def _generic_unglued(name: str) -> str | None:
    """The name with a generic word glued to its first word set apart ("Khirbetaljoz": "Khirbet al joz"), or None
    when its first word holds none."""
    glued = _GLUED_GENERIC.match(name)
    if glued is None or (glued.end() == len(name.split(None, 1)[0]) and not (glued.group(2) or glued.group(3))):
        return None  # a generic word alone ("Tal Abyad"), not glued to anything
    article = glued.group(2) or glued.group(3) or ""
    rest = name[glued.end():].lstrip()
    return " ".join(part for part in (glued.group(1), article, rest) if part)


_SIDES = frozenset(("eastern", "western", "northern", "southern"))
_SETTLEMENT_KINDS = frozenset(("village", "town", "hamlet"))


def _with_its_side(light: str) -> str | None:
    """A name told with a side and a settlement's kind ("western qassas village"), without its kind but with its
    side, which is part of some places' names (OCHA's Western Qassas); None for any other name."""
    words = light.split()
    if not _SIDES.intersection(words):
        return None
    kept = [w for w in words if w not in DESCRIPTOR_FEATURES or w in _SIDES]
    dropped = set(words) - set(kept)
    # (a settlement's kind only: "the northern Hama countryside" is no Hama quarter Shamaliyeh)
    if not dropped & _SETTLEMENT_KINDS or not dropped <= _SETTLEMENT_KINDS | {"the", "of"} or _SIDES.issuperset(kept):
        return None
    return " ".join(kept)


def _place_in_an_area(name: str) -> tuple[str, str] | None:
    """(place, area) of a name told with the area it lies in; None for any other name."""
    if not any(word in name for word in _AREA_WORDS):
        return None
    for pattern in (_AREA_VILLAGE_OF, _AREA_COLON, _IN_AN_AREA):
        told = pattern.fullmatch(name.strip())
        if told:
            return told.group("place").strip(), told.group("area").strip()
    return None


def _composite_parts(name: str) -> list[str]:
    """Split "Deir-ez-Zor - Hatla", "Hatla, Deir ez-Zor", "Al-Bab (Aleppo)".

    Most names have no bracket or no separator mark, and the patterns are only run on those that do (re.sub
    with a group in its template calls back into Python even where nothing matches): the same parts.
    """
    cleaned = _BRACKETED.sub(r" - \1", name) if "(" in name or "[" in name else name
    if _SEPARATOR_MARKS.isdisjoint(cleaned):
        return [cleaned.strip() or name]
    parts = [p.strip() for p in _COMPOSITE_SEPARATOR.split(cleaned) if p.strip()]
    if ">" in cleaned:  # a path from the unit down, "Al Bab > Suran": the last part first, as the likelier place
        parts.reverse()
    return parts or [name]


def _read_aliases(path: Path, into: dict[str, list[str]]) -> None:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror})") from exc
    with handle:
        reader = csv.DictReader(handle)
        if not {"id", "aliases"} <= set(reader.fieldnames or []):
            raise GazetteerError(f"{path}:1: an aliases file needs the header id,aliases,source")
        for row in reader:
            spellings = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            into.setdefault((row.get("id") or "").strip(), []).extend(spellings)


def data_files(directory: Path) -> list[Path]:
    """Every file the gazetteer reads, in load order."""
    files = sorted((directory / "places").glob("*.csv"))
    files += sorted(p for p in (directory / "curated").glob("*.csv") if p.name != "regions.csv")
    files += [p for p in (directory / "aliases.csv", directory / "areas.geojson") if p.exists()]
    return files


def _read_directory(directory: Path) -> tuple[list[Place], dict[str, list[str]]]:
    places: list[Place] = []
    aliases: dict[str, list[str]] = {}
    for path in data_files(directory):
        if path.name == "aliases.csv":
            _read_aliases(path, aliases)
        elif path.suffix == ".geojson":
            places.extend(_areas_places(path))
        else:
            places.extend(place_from_row(row, f"{path}:{line}") for line, row in read_place_rows(path))
    return places, aliases


PREPARED_FORMAT = 14  # bump when the prepared file's layout or what it stores changes
SHARD = 16  # places (or their spellings) pickled together, and KEY_SHARD keys of a mapping: a lookup unpickles
KEY_SHARD = 4  # a few small shards, never the whole index. A name's candidates lie all over it: 5,000 seed
# recombinations touch 322 of 16,040 places, but in 61 of 63 shards of 256 (0.2 s unpickled, 3% of the run);
# 3,009 notes look up 3,344 of 58,053 exact spellings, in 1,535 of 1,814 shards of 32
KEEP_PREPARED = 8  # prepared indexes kept in the cache folder (the most recently used); each user file makes one
SHIPPED_INDEX = "prepared.index"  # the shipped data's prepared index, beside it in a wheel (scripts/hatch_build.py)
INDEX_SECTIONS = ("exact", "core", "fold", "skeleton", "fold_spellings", "bare")


def _cache_path(directory: Path, extra: tuple[Path, ...] = ()) -> Path:
    """The prepared index of these sources on disk, named by what they are and by their state.

    ``gazetteer-FAMILY-STATE.index``: FAMILY digests the source paths (this checkout's
    data, the user's files), STATE their sizes and modification times and the code that
    reads them, so any change to a source gives a new name and the old file is stale.
    """
    import hashlib
    import os

    root = os.environ.get("GEOMAP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "geomap")
    code = Path(__file__).resolve().parent
    sources = [*data_files(directory), *(Path(p).resolve() for p in extra), code / "gazetteer.py", code / "names.py"]
    family, state = hashlib.sha256(), hashlib.sha256(f"format {PREPARED_FORMAT}".encode())
    for path in sources:
        stat = path.stat()
        family.update(f"{path}\n".encode())
        state.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return Path(root) / f"gazetteer-{family.hexdigest()[:12]}-{state.hexdigest()[:20]}.index"


def _write_prepared(gazetteer: Gazetteer, path: Path, sources: str | None = None) -> None:
    """Write the prepared index atomically (a temporary file renamed).

    Layout: 8 bytes giving the header's length, the header (a pickle: format, the body's
    length and CRC-32, each section's shard count and offsets (little-endian int64, one past the last
    shard's end too), ``sources``: the
    ``_sources_digest`` of a shipped index), then the body of pickled shards. Places are
    shards of SHARD positions; a mapping's keys go to the shard ``crc32(repr(key)) % shards``
    (KEY_SHARD keys a shard on average).
    """
    import os
    import pickle
    import tempfile
    import zlib
    from array import array

    body = bytearray()
    sections = {}

    def add(name: str, shards: list, size: int) -> None:
        offsets = array("q")  # where each shard starts, and where the last ends: raw bytes in the header, read
        for shard in shards:  # as they are (tens of thousands of shards: no list of tuples to unpickle)
            offsets.append(len(body))
            body.extend(pickle.dumps(shard, protocol=pickle.HIGHEST_PROTOCOL))
        offsets.append(len(body))
        if sys.byteorder == "big":
            offsets.byteswap()
        sections[name] = {"size": size, "count": len(shards), "offsets": offsets.tobytes()}

    places = [_place_values(place) for place in gazetteer.places]  # plain tuples: a Place is made when asked for
    for name, rows in (("places", places), ("spellings", gazetteer._spellings)):
        add(name, [rows[i:i + SHARD] for i in range(0, len(rows), SHARD)], len(rows))
    mappings = {"positions": gazetteer._positions,
                **{name: getattr(gazetteer._index, name) for name in INDEX_SECTIONS}}
    for name, mapping in mappings.items():
        shards = [{} for _ in range(max(1, len(mapping) // KEY_SHARD))]
        for key, value in mapping.items():
            shards[zlib.crc32(repr(key).encode()) % len(shards)][key] = value
        add(name, shards, len(mapping))
    add("word_keys", [gazetteer.word_keys()], len(gazetteer.word_keys()))  # the text scan's table, whole
    folds = _folds_by_admin1(gazetteer)  # _close_spellings' tables: the governorates' names, then one a shard
    add("admin1_folds", [sorted(folds)] + [folds[name] for name in sorted(folds)], len(folds))
    keys = sorted(gazetteer._index.exact.keys())  # near-miss suggestions' table (``_suggestion_table``), whole;
    # the counts as raw bytes, not a numpy pickle: the file is read by any numpy, and made without one
    add("suggest", [(keys, _letter_count_bytes(keys))], 1)
    header = pickle.dumps({"format": PREPARED_FORMAT, "body": len(body), "crc": zlib.crc32(body),
                           "sections": sections, "admin1": gazetteer._admin1, "sources": sources},
                          protocol=pickle.HIGHEST_PROTOCOL)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem + "-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(len(header).to_bytes(8, "little"))
            handle.write(header)
            handle.write(body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune_cache(path: Path) -> None:
    """Remove the stale prepared indexes of ``path``'s family, and the least recently used past KEEP_PREPARED."""
    family = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{family}-*.index"):
        if old != path:
            old.unlink(missing_ok=True)  # the same sources in an older state
    others = sorted(path.parent.glob("gazetteer-*.index"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP_PREPARED:]:
        old.unlink(missing_ok=True)  # the least recently used (opening one touches it)


_TURKISH_LETTERS = re.compile("[şŞçÇıİğĞêÊîÎûÛ]|\\b[Xx](?=[aeiouêîû])")
_AS_ENGLISH = {"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch"}
# Kurmanji and Turkish spellings as English writes the Arabic: x is kh, c is j, v is w, ı is i, ğ is silent, the
# circumflexed vowels plain; and the words the two spell their own way ("Til Xinzîr" is Tal Khanzir, "Hacı Veli"
# Haji Wali, "Şeyh Hadid" Sheikh Hadid, "Xirbê Nazo" Khirbet Nazou)
_KURMANJI_LETTERS = str.maketrans({"x": "kh", "X": "Kh", "c": "j", "C": "J", "v": "w", "V": "W", "ı": "i", "İ": "I",
                                   "ğ": "", "Ğ": "", "ê": "e", "Ê": "E", "î": "i", "Î": "I", "û": "u", "Û": "U",
                                   "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch"})
_KURMANJI_WORDS = {"til": "Tal", "sheyh": "Sheikh", "sheykh": "Sheikh", "khirbe": "Khirbet"}  # as letters leave them


def _as_english(name: str) -> str:
    """A name written in Turkish or Kurmanji letters, as English transliterations of the Arabic write it."""
    read = name.translate(_KURMANJI_LETTERS)
    return re.sub(r"\w+", lambda m: _KURMANJI_WORDS.get(m[0].lower(), m[0]), read)


class _Prepared:
    """An open prepared index: checked whole (length, format, CRC-32) when opened, then read shard by shard.

    Opening raises (ValueError, OSError, pickle errors) on a missing, truncated,
    damaged or older-format file; the caller then builds the index again.
    """

    def __init__(self, path: Path):
        import mmap
        import pickle
        import zlib

        self.path = path
        with path.open("rb") as handle:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        head = int.from_bytes(data[:8], "little")
        header = pickle.loads(data[8:8 + head])
        self._body = memoryview(data)[8 + head:]
        if header["format"] != PREPARED_FORMAT or header["body"] != len(self._body) \
                or header["crc"] != zlib.crc32(self._body):
            raise ValueError(f"{path}: not a current, whole prepared index")
        self.sections = header["sections"]
        self.admin1 = header["admin1"]
        self.sources = header["sources"]
        self._offsets: dict[str, memoryview] = {}  # each section's shard offsets, read on first use

    def shard(self, section: str, number: int):
        import pickle

        offsets = self._offsets.get(section)
        if offsets is None:
            offsets = self._offsets[section] = _int64s(self.sections[section]["offsets"])
        return pickle.loads(self._body[offsets[number]:offsets[number + 1]])


def _int64s(raw: bytes):
    """Little-endian int64s as a sequence, read in place on a little-endian machine."""
    if sys.byteorder == "little":
        return memoryview(raw).cast("q")
    from array import array

    numbers = array("q", raw)
    numbers.byteswap()
    return numbers


class _LazyMapping(Mapping):
    """One mapping of a prepared index (name key -> positions...), its shards unpickled on first use."""

    def __init__(self, prepared: _Prepared, section: str):
        import zlib

        self._prepared, self._section = prepared, section
        self._count = prepared.sections[section]["count"]
        self._size = prepared.sections[section]["size"]
        self._shards: dict[int, dict] = {}
        self._crc32 = zlib.crc32  # the shard of a key, as _write_prepared chose it: asked of every key looked up

    def _shard(self, number: int) -> dict:
        shard = self._shards.get(number)
        if shard is None:
            shard = self._shards[number] = self._prepared.shard(self._section, number)
        return shard

    def _of(self, key) -> dict:
        return self._shard(self._crc32(repr(key).encode()) % self._count)

    def __getitem__(self, key):
        return self._of(key)[key]

    def get(self, key, default=None):
        """``_of`` written out: lookups ask tens of thousands of keys a run."""
        shard = self._shards.get(self._crc32(repr(key).encode()) % self._count)
        if shard is None:
            shard = self._of(key)
        return shard.get(key, default)

    def __contains__(self, key) -> bool:
        return key in self._of(key)

    def __iter__(self):
        for number in range(self._count):
            yield from self._shard(number)

    def __len__(self) -> int:
        return self._size


_PLACE_FIELDS = tuple(Place.__dataclass_fields__)


def _place_values(place: Place) -> tuple:
    """A place as the prepared index keeps it: its fields' values, in order."""
    return tuple(place.__dict__[name] for name in _PLACE_FIELDS)


def _place_of(values: tuple) -> Place:
    """The Place of ``_place_values``, made as ``evolve`` makes one (no frozen ``__init__`` to run)."""
    place = object.__new__(Place)
    object.__setattr__(place, "__dict__", dict(zip(_PLACE_FIELDS, values)))
    return place


class _LazyRows(Sequence):
    """A section of a prepared index by position (the places, their spellings), SHARD at a time unpickled
    on first use, into one list (a lookup asks for a place by position tens of times). ``make`` turns a
    stored row into what is asked for, on first asking (places are stored as tuples: a run over thousands of
    notes reads nearly every shard, but asks for a third of the places in them)."""

    def __init__(self, prepared: _Prepared, section: str, make=None):
        self._prepared, self._section, self._make = prepared, section, make
        self._size = prepared.sections[section]["size"]
        self._rows: list = [None] * self._size  # None: its shard not read yet

    def __getitem__(self, position):
        if type(position) is not int:
            if isinstance(position, slice):
                return [self[i] for i in range(*position.indices(self._size))]
            position = int(position)
        try:
            row = self._rows[position]
        except IndexError:
            raise IndexError(position) from None
        if row is None:
            first = (position % self._size) // SHARD * SHARD
            shard = self._prepared.shard(self._section, first // SHARD)
            self._rows[first:first + len(shard)] = shard
            row = self._rows[position]
        if self._make is not None and type(row) is tuple:
            row = self._rows[position] = self._make(row)
        return row

    def __iter__(self):
        for position in range(self._size):
            yield self[position]

    def __len__(self) -> int:
        return self._size


def open_prepared(path: Path) -> Gazetteer:
    """The gazetteer of a prepared index file (``Gazetteer.prepared_path``), its sections read as lookups need
    them. Raises ValueError or OSError when the file is gone, damaged or of another format."""
    return _from_prepared(_Prepared(Path(path)))


def _from_prepared(prepared: _Prepared) -> Gazetteer:
    """A Gazetteer that reads its places and name keys from the prepared index as lookups need them."""
    gazetteer = Gazetteer.__new__(Gazetteer)
    gazetteer.places = _LazyRows(prepared, "places", make=_place_of)
    gazetteer._spellings = _LazyRows(prepared, "spellings")
    gazetteer._positions = _LazyMapping(prepared, "positions")
    gazetteer._index = _Index(**{name: _LazyMapping(prepared, name) for name in INDEX_SECTIONS})
    gazetteer._admin1 = prepared.admin1
    gazetteer._online = None
    gazetteer._prepared_index = prepared  # word_keys() and suggest() read their sections on first use
    return gazetteer


def _build(directory: Path, extra: tuple[Path, ...]) -> Gazetteer:
    """The gazetteer from its sources: the shipped data (aliases.csv applied), then the user's rows over it."""
    if not extra:
        return Gazetteer.load(directory)
    places = list(_merged(*_read_directory(directory)).values())  # the shipped places, indexed once, below
    for path in extra:
        places.extend(place_from_row(row, f"{path}:{line}", priority=0) for line, row in read_place_rows(path))
    return Gazetteer(places)


def _load_prepared(directory: Path, extra: tuple[Path, ...] = ()) -> Gazetteer:
    """The gazetteer from its prepared index when that is current and whole; else built, and the index written."""
    import os

    for path in extra:
        if not path.exists():
            raise GazetteerError(f"{path}: no such gazetteer file")
    if not extra:
        shipped = _open_shipped(directory)
        if shipped is not None:
            return shipped
    try:
        cache = _cache_path(directory, extra)
    except OSError:
        cache = None
    if cache is not None:
        try:
            gazetteer = _from_prepared(_Prepared(cache))
        except Exception:  # none yet, stale, damaged or unreadable: build it again
            pass
        else:
            try:
                os.utime(cache)  # recently used: kept when the cache folder is pruned
            except OSError:
                pass
            return gazetteer
    import gc

    collecting = gc.isenabled()
    gc.disable()  # a build makes millions of small objects that all stay: collecting them only halves its speed
    try:
        gazetteer = _build(directory, extra)
        if cache is not None:
            try:
                _write_prepared(gazetteer, cache)
                _prune_cache(cache)
            except OSError:
                pass  # a read-only home: work without the cache
        # what the build made stays for the process (the gazetteer is kept): frozen, the collector does not
        # walk it again, next time it runs nor at exit (4.5 s of 17 after a build ten times the shipped one)
        gc.freeze()
    finally:
        if collecting:
            gc.enable()
    return gazetteer


def _sources_digest(directory: Path) -> str:
    """What a shipped index is made of, by content (its paths differ between the build and the install):
    the data files, the code that reads them, and the index's format."""
    import hashlib

    code = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"format {PREPARED_FORMAT}".encode())
    for name, path in [*((p.relative_to(directory).as_posix(), p) for p in data_files(directory)),
                       ("code/gazetteer.py", code / "gazetteer.py"), ("code/names.py", code / "names.py")]:
        content = path.read_bytes()
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def _open_shipped(directory: Path) -> Gazetteer | None:
    """The prepared index shipped beside the data (a wheel's), when it was made from exactly these files
    and this code (2-3 ms to check); else None, and the index is read from, or built into, the cache."""
    path = directory / SHIPPED_INDEX
    if not path.is_file():
        return None
    try:
        prepared = _Prepared(path)
        if prepared.sources != _sources_digest(directory):
            return None
    except Exception:  # damaged, another format, unreadable: the cache route still works
        return None
    return _from_prepared(prepared)


def write_shipped_index(directory: Path, target: Path) -> None:
    """The prepared index of the data in ``directory``, to ship beside it (``scripts/hatch_build.py``: the
    wheel's, so the first command after installing does not spend 1.4 s building it, nor does every
    command where the cache folder cannot be written)."""
    import gc

    collecting = gc.isenabled()
    gc.disable()  # as _load_prepared: a build makes millions of objects that all stay
    try:
        _write_prepared(_build(directory, ()), Path(target), sources=_sources_digest(directory))
    finally:
        if collecting:
            gc.enable()


@lru_cache(maxsize=8)
def _cached_default(extra: tuple[str, ...]) -> Gazetteer:
    return _load_prepared(data_dir(), tuple(Path(p) for p in extra))
