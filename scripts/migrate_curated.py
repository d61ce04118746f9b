"""One-off: turn the pre-2026-11-30 curated rows (coordinates from memory) into
aliases of authoritative rows and anchored sites. Kept in history for the record.

* A settlement or neighbourhood row whose name (or an alias) matches an
  authoritative row (OCHA, WOF) within 30 km of where it was remembered becomes
  aliases of that row; its coordinate is dropped. No match: the row is dropped.
* A site (base, field, dam, crossing, prison, hill...) is placed exactly at an
  authoritative anchor: the GeoNames place its note cites (through WOF's gn:id), or
  the settlement its name contains. Its radius is max(old radius, 1.5 x the
  remembered offset from the anchor + 2 km, 5 km). No anchor: dropped.
* Old alias files and GeoNames' Syrian rows: their spellings move to the
  authoritative row the old id now maps to.
"""
from __future__ import annotations

import csv
import glob
import io
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from geomap.names import fold_key, is_arabic, split_descriptors  # noqa: E402
from scripts.build_gazetteer import COLUMNS, Grid, haversine_km, similar  # noqa: E402

PLACES = ROOT / "gazetteer" / "places"
SETTLEMENTS = {"village", "town", "city", "settlement", "neighbourhood"}


def load_authoritative():
    rows = []
    for name in ("ocha_communities", "ocha_neighbourhoods", "wof"):
        rows.extend(csv.DictReader(open(PLACES / f"{name}.csv", encoding="utf-8")))
    grid, by_gn, by_fold = Grid(), {}, defaultdict(list)
    for row in rows:
        row["latf"], row["lonf"] = float(row["lat"]), float(row["lon"])
        row["spellings"] = [row["name"], *[a for a in row["aliases"].split("|") if a]]
        grid.add(row["latf"], row["lonf"], row)
        for gn in re.findall(r"gn:(\d+)", row["source"]):
            by_gn[gn] = row
        for s in row["spellings"]:
            if not is_arabic(s):
                by_fold[fold_key(s)].append(row)
    return rows, grid, by_gn, by_fold


def names_of(row: dict) -> list[str]:
    return [row["name"], *[a for a in (row.get("aliases") or "").split("|") if a]]


def match_settlement(row, grid, by_fold):
    lat, lon = float(row["lat"]), float(row["lon"])
    wanted = {fold_key(s) for s in names_of(row) if not is_arabic(s) and " - " not in s}
    best = None
    for key in wanted:
        for cand in by_fold.get(key, ()):
            d = haversine_km(lat, lon, cand["latf"], cand["lonf"])
            if d <= 30 and (best is None or d < best[0]):
                best = (d, cand)
    if best is None:
        for d, cand in sorted(grid.near(lat, lon, 10), key=lambda x: x[0]):
            if any(similar(a, b) for a in names_of(row) for b in cand["spellings"] if not is_arabic(a)):
                best = (d, cand)
                break
    return best


def anchor_site(row, grid, by_gn, by_fold):
    lat, lon = float(row["lat"]), float(row["lon"])
    for gn in re.findall(r"(?:geonames:|gn:?)(\d{5,9})", row["source"]):
        if gn in by_gn:
            cand = by_gn[gn]
            d = haversine_km(lat, lon, cand["latf"], cand["lonf"])
            if d <= 40:
                return d, cand, f"the place its curator cited (gn:{gn})"
    for spelling in names_of(row):
        if is_arabic(spelling):
            continue
        core = split_descriptors(spelling)[0]
        for cand in by_fold.get(fold_key(core), ()):
            d = haversine_km(lat, lon, cand["latf"], cand["lonf"])
            if d <= 25:
                return d, cand, f"the settlement it is named after ({cand['name']})"
    return None


def main() -> int:
    rows, grid, by_gn, by_fold = load_authoritative()
    aliases: dict[str, list[str]] = defaultdict(list)
    alias_sources: dict[str, set[str]] = defaultdict(set)
    old_to_new: dict[str, str] = {}
    sites_out: dict[str, list[dict]] = defaultdict(list)
    counts = Counter()
    dropped = []
    for path in sorted(glob.glob(str(PLACES / "curated_*.csv"))):
        for row in csv.DictReader(open(path, encoding="utf-8")):
            if row["country"] == "SY" and row["feature"] in SETTLEMENTS:
                found = match_settlement(row, grid, by_fold)
                if found is None:
                    counts["settlement dropped"] += 1
                    dropped.append(f"{row['id']} ({row['name']}, {row['admin1']}): no authoritative place of that name")
                    continue
                d, cand = found
                old_to_new[row["id"]] = cand["id"]
                aliases[cand["id"]].extend(names_of(row))
                alias_sources[cand["id"]].add(row["id"])
                counts["settlement merged"] += 1
                continue
            anchored = anchor_site(row, grid, by_gn, by_fold) if row["country"] == "SY" else None
            if anchored is None:
                counts["site dropped"] += 1
                dropped.append(f"{row['id']} ({row['name']}, {row['feature']}): no authoritative anchor")
                continue
            d, cand, why = anchored
            radius = max(float(row["uncertainty_km"]), round(1.5 * d + 2), 5.0)
            old_to_new[row["id"]] = row["id"]
            counts["site kept"] += 1
            sites_out[row["admin1"] or "neighbours"].append({
                **{k: row.get(k, "") for k in COLUMNS}, "admin2": cand["admin2"], "admin3": cand["admin3"],
                "admin1": cand["admin1"], "anchor": cand["id"], "lat": cand["lat"], "lon": cand["lon"],
                "geo_precision": 2 if radius <= 25 else 3, "uncertainty_km": f"{radius:.0f}", "prominence": 1,
                "source": f"curated: placed at {cand['id']}, {why}; radius covers the site's extent and offset",
                "note": row.get("note", "")})
    # old GeoNames rows and old alias files
    for row in csv.DictReader(open(PLACES / "geonames.csv", encoding="utf-8")):
        if row["country"] == "SY" and row["id"][2:] in by_gn:
            new = by_gn[row["id"][2:]]["id"]
            old_to_new[row["id"]] = new
            aliases[new].extend(names_of(row))
            alias_sources[new].add(row["id"])
    for path in sorted(glob.glob(str(PLACES / "aliases_*.csv"))):
        for row in csv.DictReader(open(path, encoding="utf-8")):
            new = old_to_new.get(row["id"])
            if new is None:
                counts["alias row dropped"] += 1
                continue
            if new.startswith(("ocha", "wof")):
                aliases[new].extend(a for a in row["aliases"].split("|") if a)
                alias_sources[new].add(row["id"])
            else:
                for site_rows in sites_out.values():
                    for site in site_rows:
                        if site["id"] == new:
                            site["aliases"] = "|".join(dict.fromkeys(site["aliases"].split("|") + row["aliases"].split("|"))).strip("|")
            counts["alias row moved"] += 1
    by_id = {r["id"]: r for r in rows}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "aliases", "source"])
    for new in sorted(aliases):
        have = {s.casefold() for s in by_id[new]["spellings"]}
        extra = [a for a in dict.fromkeys(a.strip() for a in aliases[new]) if a and a.casefold() not in have]
        if extra:
            writer.writerow([new, "|".join(extra), "curated: press and conflict-data spellings carried over from "
                             + " ".join(sorted(alias_sources[new]))])
    (ROOT / "gazetteer" / "aliases.csv").write_text(out.getvalue(), encoding="utf-8")
    curated = ROOT / "gazetteer" / "curated"
    curated.mkdir(exist_ok=True)
    header = COLUMNS[:8] + ["anchor"] + COLUMNS[8:]
    for admin1, site_rows in sorted(sites_out.items()):
        slug = re.sub(r"[^a-z]+", "_", admin1.lower()).strip("_")
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for site in sorted(site_rows, key=lambda r: r["id"]):
            writer.writerow(site)
        (curated / f"{slug}.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print(dict(counts))
    (ROOT / "build" ).mkdir(exist_ok=True)
    (ROOT / "build" / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
