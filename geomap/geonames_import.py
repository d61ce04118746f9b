"""Convert a GeoNames country dump (e.g. SY.txt) into a geomap places CSV.

The usual way users extend coverage when they are online: download SY.txt
from GeoNames (CC BY 4.0), convert it, pass it with ``--gazetteer``.
"""
from __future__ import annotations

import csv
from pathlib import Path

from .errors import GazetteerError, OutputError
from .gazetteer import COLUMNS, data_dir

__all__ = ["import_geonames", "FEATURE_CODES"]

# GeoNames feature code -> (geomap feature, geo_precision, uncertainty_km)
FEATURE_CODES: dict[str, tuple[str, int, float]] = {
    "PPLC": ("city", 1, 8), "PPLA": ("city", 1, 6), "PPLA2": ("town", 1, 3), "PPLA3": ("town", 1, 3),
    "PPL": ("village", 1, 2), "PPLL": ("village", 1, 2), "PPLF": ("village", 1, 2),
    "PPLQ": ("village", 1, 2), "PPLW": ("village", 1, 2), "PPLS": ("village", 1, 3),
    "PPLX": ("neighbourhood", 1, 1.5), "PPLR": ("village", 1, 2), "PPLH": ("village", 1, 2),
    "CMP": ("camp", 1, 2), "CMPRF": ("camp", 1, 2), "PRN": ("prison", 1, 1),
    "AIRB": ("airbase", 1, 2), "AIRF": ("airbase", 1, 2), "AIRP": ("airbase", 1, 2),
    "AIRH": ("airbase", 1, 1), "INSM": ("military_base", 1, 2), "MILB": ("military_base", 1, 2),
    "DAM": ("dam", 1, 1), "OILF": ("oil_field", 2, 8), "GASF": ("gas_field", 2, 8),
    "OILW": ("oil_field", 1, 2), "PMPO": ("pumping_station", 1, 1), "PS": ("power_station", 1, 1),
    "PSTB": ("border_crossing", 1, 1), "BDG": ("bridge", 1, 1), "MT": ("mountain", 1, 3),
    "MTS": ("mountain", 2, 15), "HLL": ("hill", 1, 2), "HLLS": ("hill", 2, 5), "PK": ("mountain", 1, 2),
    "PLN": ("plain", 2, 15), "VAL": ("valley", 2, 10), "WAD": ("valley", 2, 10), "DSRT": ("desert", 3, 60),
    "AREA": ("area", 3, 25), "RGN": ("area", 3, 40), "ISL": ("island", 1, 1), "LK": ("lake", 2, 5),
    "RSV": ("lake", 2, 5), "ADM1": ("governorate", 3, 60), "ADM2": ("district", 3, 25),
    "ADM3": ("subdistrict", 3, 12),
}
FIELDS = 19


def _admin1_names() -> dict[str, str]:
    with (data_dir() / "admin1_names.csv").open(encoding="utf-8") as f:
        return {r["geonames_code"]: r["acled"] for r in csv.DictReader(f)}


def import_geonames(source: Path, output: Path) -> tuple[int, int]:
    """Write ``output`` from the GeoNames dump ``source``; return (rows written, rows skipped).

    Raises GazetteerError naming the line of a malformed record. The output is
    written to a temporary file and renamed, so a failure leaves nothing half-written.
    """
    source, output = Path(source), Path(output)
    sy_admin1 = _admin1_names()
    try:
        handle = source.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise GazetteerError(f"{source}: cannot read ({exc.strerror})") from exc
    with handle:
        try:
            rows, skipped = _records(handle, source, sy_admin1)
        except UnicodeDecodeError as exc:
            raise GazetteerError(f"{source}: not a UTF-8 text file (byte {exc.start}); give a GeoNames dump "
                                 f"such as SY.txt from https://download.geonames.org/export/dump/") from None
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(output.name + ".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        tmp.replace(output)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror}); the previous file, if any, is untouched") from exc
    return len(rows), skipped


def _records(handle, source: Path, sy_admin1: dict) -> tuple[list[dict], int]:
    """The rows geomap keeps from a GeoNames dump, and how many records it skipped."""
    rows, skipped = [], 0
    for number, line in enumerate(handle, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != FIELDS:
            raise GazetteerError(f"{source}:{number}: expected {FIELDS} tab-separated GeoNames "
                                 f"fields, found {len(fields)}; is this a GeoNames dump (e.g. SY.txt)?")
        (gid, name, ascii_name, alternates, lat, lon, _fclass, fcode, country,
         _cc2, admin1, *_rest) = fields
        population = fields[14]
        kind = FEATURE_CODES.get(fcode)
        if kind is None:
            skipped += 1
            continue
        try:
            latf, lonf = float(lat), float(lon)
        except ValueError:
            raise GazetteerError(f"{source}:{number}: latitude/longitude {lat!r}, {lon!r} are not numbers") from None
        feature, precision, uncertainty = kind
        pop = int(population or 0) if population.strip().isdigit() else 0
        if feature == "village" and pop >= 5000:
            feature, uncertainty = ("city", 6) if pop >= 100_000 else ("town", 3)
        aliases = [a for a in {ascii_name, *alternates.split(",")} if a and a != name]
        rows.append({"id": f"gn{gid}", "name": name, "feature": feature, "country": country,
                     "admin1": sy_admin1.get(admin1, "") if country == "SY" else "",
                     "admin2": "", "lat": f"{latf:.5f}", "lon": f"{lonf:.5f}",
                     "geo_precision": precision, "uncertainty_km": uncertainty,
                     "aliases": "|".join(sorted(aliases)), "source": f"geonames:{gid}",
                     "note": f"GeoNames {fcode}" + (f", population {pop}" if pop else "")})
    return rows, skipped
