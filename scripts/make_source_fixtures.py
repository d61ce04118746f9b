"""Write tests/fixtures/acled_sample.csv and tests/fixtures/ucdp_ged_sample.csv.

Provenance: every event, identifier, actor pairing, date, death count and
source citation in these two files is **invented** for geomap's tests; none is
a real ACLED or UCDP record. Only two things are real:

* the column sets and their order, as ACLED's export and UCDP's GED CSV
  (version 23.1 and later) write them;
* the places: each event is put at a row of the repository's own gazetteer,
  chosen by id below, and its name, governorate and coordinates are copied
  from ``gazetteer/places/ocha_communities.csv`` (towns and villages) or
  ``gazetteer/places/ocha_admin.csv`` (district and governorate centroids for
  UCDP's coarser ``where_prec`` codes). No coordinate is typed by hand.

The ACLED sample uses the older date style ("12 March 2018"); the tests
rewrite it to the newer ISO style themselves. Run from the repository root::

    python scripts/make_source_fixtures.py
"""
from __future__ import annotations

import csv
import math
from datetime import date, datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLACES = REPO / "gazetteer" / "places"
FIXTURES = REPO / "tests" / "fixtures"

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp"]
UCDP_COLUMNS = ["id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
                "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
                "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
                "source_article", "source_office", "source_date", "source_headline", "source_original",
                "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude",
                "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
                "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best",
                "high", "low"]

GOV, REBELS, HTS, IS, SDF, TURKEY = ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)",
                                     "Hayat Tahrir al Sham", "Islamic State (Syria)",
                                     "QSD: Syrian Democratic Forces", "Military Forces of Turkey (2016-)")
CIVILIANS, PROTESTERS, UNKNOWN = "Civilians (Syria)", "Protesters (Syria)", "Unidentified Armed Group (Syria)"
COALITION = "Global Coalition Against Daesh"
INTER = {GOV: 1, TURKEY: 8, COALITION: 8, REBELS: 2, HTS: 2, IS: 2, SDF: 2, UNKNOWN: 3, PROTESTERS: 6,
         CIVILIANS: 7, "": 0}  # ACLED's numeric actor types
ERV, BATTLES, VAC = "Explosions/Remote violence", "Battles", "Violence against civilians"

# place id, date, time precision, event type, sub-event type, actor1, actor2, geo precision, fatalities, notes
ACLED_EVENTS = [
    ("ocha:C4068", "2018-01-04", 1, ERV, "Shelling/artillery/missile attack", GOV, CIVILIANS, 1, 2,
     "Regime forces shelled the town of {name} ({admin1}), killing 2 civilians, including a child."),
    ("ocha:C3985", "2018-01-09", 1, ERV, "Air/drone strike", GOV, "", 1, 0,
     "Regime warplanes struck {name}. No casualties reported."),
    ("ocha:C3916", "2018-01-15", 1, BATTLES, "Armed clash", HTS, GOV, 2, 7,
     "HTS fighters clashed with regime forces near {name}; 7 fighters were killed."),
    ("ocha:C3987", "2018-01-22", 2, ERV, "Remote explosive/landmine/IED", UNKNOWN, CIVILIANS, 1, 1,
     "A man was killed by a landmine explosion in the town of {name} during the week."),
    ("ocha:C2338", "2018-02-20", 1, ERV, "Shelling/artillery/missile attack", GOV, CIVILIANS, 1, 9,
     "Regime forces shelled {name} in Eastern Ghouta, killing 9 civilians."),
    ("ocha:C2342", "2018-02-21", 1, ERV, "Air/drone strike", GOV, CIVILIANS, 1, 4,
     "Airstrikes hit a market in {name}, killing 4 civilians. \"Mass casualty\" warnings were issued."),
    ("ocha:C2321", "2018-02-24", 1, BATTLES, "Government regains territory", GOV, REBELS, 2, 12,
     "Regime forces took farmland near {name} from rebels after fighting; 12 fighters killed."),
    ("ocha:C1426", "2018-03-01", 1, ERV, "Air/drone strike", TURKEY, CIVILIANS, 1, 3,
     "Turkish warplanes struck the village of {name}, killing 3 civilians."),
    ("ocha:C1366", "2018-03-18", 1, BATTLES, "Non-state actor overtakes territory", REBELS, SDF, 1, 0,
     "Turkish-backed rebels entered {name} city after the SDF withdrew."),
    ("ocha:C1564", "2018-03-25", 1, ERV, "Remote explosive/landmine/IED", UNKNOWN, CIVILIANS, 1, 5,
     "A car bomb exploded near a checkpoint in {name}, killing 5 people."),
    ("ocha:C1202", "2018-04-02", 1, "Protests", "Peaceful protest", PROTESTERS, "", 1, 0,
     "Residents of {name} demonstrated, demanding better services."),
    ("ocha:C1767", "2018-04-10", 1, VAC, "Attack", UNKNOWN, CIVILIANS, 1, 1,
     "Unidentified gunmen shot dead a council member in {name}."),
    ("ocha:C5175", "2018-04-19", 1, BATTLES, "Armed clash", SDF, IS, 2, 6,
     "SDF fighters clashed with IS militants near {name}, killing 4 IS members and 2 SDF fighters."),
    ("ocha:C5167", "2018-05-03", 2, ERV, "Air/drone strike", COALITION, IS, 3, 0,
     "Coalition aircraft struck IS positions in the {name} countryside, casualties unknown."),
    ("ocha:C5192", "2018-05-11", 1, VAC, "Abduction/forced disappearance", IS, CIVILIANS, 1, 0,
     "IS militants abducted two shepherds from {name}."),
    ("ocha:C5710", "2018-05-20", 1, ERV, "Remote explosive/landmine/IED", UNKNOWN, CIVILIANS, 1, 2,
     "Two children were killed by an explosive remnant of war in {name} city."),
    ("ocha:C5792", "2018-06-01", 1, "Protests", "Peaceful protest", PROTESTERS, "", 1, 0,
     "Dozens gathered in {name}, protesting conscription."),
    ("ocha:C4360", "2018-06-08", 1, "Strategic developments", "Arrests", SDF, CIVILIANS, 1, 0,
     "Asayish arrested 12 people in {name} city."),
    ("ocha:C4564", "2018-06-15", 1, ERV, "Remote explosive/landmine/IED", UNKNOWN, CIVILIANS, 1, 1,
     "An IED exploded in {name}, killing one person."),
    ("ocha:C5993", "2018-06-25", 1, ERV, "Shelling/artillery/missile attack", GOV, REBELS, 1, 3,
     "Regime forces shelled rebel-held neighbourhoods of {name}, killing 3."),
    ("ocha:C6034", "2018-07-03", 1, VAC, "Attack", UNKNOWN, CIVILIANS, 1, 1,
     "Unidentified gunmen shot dead a former FSA commander in the town of {name}."),
    ("ocha:C6111", "2018-07-09", 1, "Strategic developments", "Non-violent transfer of territory", GOV, REBELS,
     1, 0, "Rebels handed {name} to regime forces under a settlement agreement."),
    ("ocha:C6124", "2018-07-17", 1, BATTLES, "Armed clash", GOV, REBELS, 1, 15,
     "Heavy clashes in and around {name}; 15 killed on both sides."),
    ("ocha:C6147", "2018-07-25", 1, VAC, "Attack", IS, CIVILIANS, 2, 30,
     "IS suicide attackers killed at least 30 civilians in and around {name} city."),
    ("ocha:C2528", "2018-08-05", 1, ERV, "Remote explosive/landmine/IED", UNKNOWN, "", 1, 0,
     "An explosive device was defused in {name}; no casualties."),
    ("ocha:C2889", "2018-08-14", 3, BATTLES, "Armed clash", GOV, IS, 3, 4,
     "Regime forces and IS clashed in the desert east of {name} in mid-August; 4 killed."),
    ("ocha:C3457", "2018-08-22", 1, ERV, "Shelling/artillery/missile attack", HTS, CIVILIANS, 1, 0,
     "Islamist factions fired shells on the regime-held town of {name}. No casualties were reported."),
    ("ocha:C3480", "2018-09-04", 1, ERV, "Air/drone strike", UNKNOWN, GOV, 2, 0,
     "Unidentified drones were shot down near {name} airbase."),
    ("ocha:C5221", "2018-09-12", 1, "Protests", "Peaceful protest", PROTESTERS, "", 1, 0,
     "Families of missing soldiers gathered in {name}."),
    ("ocha:C3871", "2018-09-30", 1, ERV, "Remote explosive/landmine/IED", UNKNOWN, CIVILIANS, 1, 3,
     "A motorcycle bomb exploded in {name} city, killing 3 civilians."),
]

UCDP_GOV, UCDP_REBELS, UCDP_IS, UCDP_SDF, UCDP_HTS = ("Government of Syria", "Syrian insurgents", "IS", "SDF",
                                                      "HTS")
# dyads: type of violence, conflict name, side a, side b (ids below are invented)
DYADS = {
    "gov-rebels": (1, "Syria: Government", UCDP_GOV, UCDP_REBELS),
    "gov-is": (1, "Syria: Islamic State", UCDP_GOV, UCDP_IS),
    "sdf-is": (2, "IS - SDF", UCDP_SDF, UCDP_IS),
    "hts-rebels": (2, "HTS - Syrian insurgents", UCDP_HTS, UCDP_REBELS),
    "is-civ": (3, "IS - Civilians", UCDP_IS, "Civilians"),
    "gov-civ": (3, "Government of Syria - Civilians", UCDP_GOV, "Civilians"),
}
# place id, dyad, where_prec, date_start, date_end, date_prec, (deaths_a, deaths_b, civilians, unknown), low, high
UCDP_EVENTS = [
    ("ocha:C4068", "gov-rebels", 1, "2018-01-04", "2018-01-04", 1, (0, 3, 2, 0), 4, 7),
    ("ocha:C3916", "gov-rebels", 2, "2018-01-15", "2018-01-15", 1, (2, 5, 0, 0), 7, 9),
    ("ocha:C2338", "gov-rebels", 1, "2018-02-20", "2018-02-20", 1, (0, 0, 9, 0), 9, 14),
    ("ocha:C2342", "gov-civ", 1, "2018-02-21", "2018-02-21", 1, (0, 0, 4, 0), 4, 6),
    ("SY0700", "hts-rebels", 3, "2018-02-26", "2018-03-01", 2, (3, 2, 0, 1), 5, 8),
    ("ocha:C5175", "sdf-is", 2, "2018-04-19", "2018-04-19", 1, (2, 4, 0, 0), 6, 6),
    ("SY0902", "sdf-is", 3, "2018-04-23", "2018-04-27", 3, (1, 3, 0, 0), 2, 6),
    ("ocha:C5192", "is-civ", 1, "2018-05-11", "2018-05-11", 1, (0, 0, 2, 0), 2, 2),
    ("SY09", "gov-is", 4, "2018-05-01", "2018-05-31", 4, (5, 9, 0, 0), 10, 20),
    ("ocha:C5710", "is-civ", 1, "2018-05-20", "2018-05-20", 1, (0, 0, 2, 0), 2, 3),
    ("ocha:C5993", "gov-rebels", 1, "2018-06-25", "2018-06-25", 1, (1, 2, 3, 0), 5, 8),
    ("ocha:C6124", "gov-rebels", 2, "2018-07-17", "2018-07-18", 2, (6, 9, 0, 0), 15, 20),
    ("ocha:C6147", "is-civ", 1, "2018-07-25", "2018-07-25", 1, (0, 0, 30, 0), 30, 40),
    ("SY13", "is-civ", 4, "2018-07-25", "2018-07-26", 2, (0, 0, 12, 0), 10, 15),
    ("SY0205", "sdf-is", 5, "2018-06-01", "2018-06-30", 5, (0, 0, 0, 3), 3, 3),
    ("ocha:C2889", "gov-is", 2, "2018-08-10", "2018-08-16", 3, (2, 2, 0, 0), 4, 4),
    ("ocha:C3457", "gov-rebels", 1, "2018-08-22", "2018-08-22", 1, (0, 0, 0, 0), 0, 1),
    ("SY0203", "gov-civ", 3, "2018-09-02", "2018-09-02", 1, (0, 0, 2, 0), 2, 2),
    ("ocha:C3871", "gov-civ", 1, "2018-09-30", "2018-09-30", 1, (0, 0, 3, 0), 3, 4),
    ("SY1101", "gov-is", 5, "2018-10-01", "2018-10-31", 5, (3, 4, 0, 0), 6, 9),
]
UCDP_ADMIN1 = {  # UCDP's own governorate spellings, to show read_incidents folding them to ACLED's
    "Aleppo": "Aleppo governorate", "Rural Damascus": "Rif Dimashq governorate", "Idleb": "Idlib governorate",
    "Deir-ez-Zor": "Dayr az Zawr governorate", "Ar-Raqqa": "Ar Raqqah governorate", "Dar'a": "Dar'a governorate",
    "As-Sweida": "As Suwayda' governorate", "Homs": "Hims governorate", "Hama": "Hamah governorate",
}


def read_places() -> dict[str, dict]:
    """Gazetteer rows by id: communities as ``ocha:C...``, admin units by their bare code (``SY0700``)."""
    places = {}
    with (PLACES / "ocha_communities.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            places[row["id"]] = row
    with (PLACES / "ocha_admin.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            places[row["id"].removeprefix("ocha:")] = row
    return places


def priogrid(lat: float, lon: float) -> int:
    """PRIO-GRID cell id (0.5 degree cells, numbered from the south-west corner)."""
    return int(math.floor((lat + 90) / 0.5)) * 720 + int(math.floor((lon + 180) / 0.5)) + 1


def acled_rows(places: dict[str, dict]) -> list[dict]:
    rows = []
    for number, (pid, day, time_precision, event_type, sub_event_type, actor1, actor2, geo_precision, fatalities,
                 notes) in enumerate(ACLED_EVENTS, start=1):
        place = places[pid]
        when = date.fromisoformat(day)
        inter1, inter2 = INTER[actor1], INTER[actor2]
        interaction = f"{min(inter1, inter2)}{max(inter1, inter2)}" if inter1 and inter2 else f"{inter1 or inter2}0"
        targets_civilians = actor2 == CIVILIANS and event_type in (ERV, BATTLES, VAC)
        if event_type == "Protests":
            disorder = "Demonstrations"
        elif event_type == "Strategic developments":
            disorder = "Strategic developments"
        else:
            disorder = "Political violence"
        rows.append({
            "event_id_cnty": f"SYR{90000 + number}", "event_date": when.strftime("%d %B %Y"), "year": when.year,
            "time_precision": time_precision, "disorder_type": disorder, "event_type": event_type,
            "sub_event_type": sub_event_type, "actor1": actor1, "assoc_actor_1": "", "inter1": inter1 or "",
            "actor2": actor2, "assoc_actor_2": "", "inter2": inter2 or "",
            "interaction": interaction, "civilian_targeting": "Civilian targeting" if targets_civilians else "",
            "iso": 760, "region": "Middle East", "country": "Syria", "admin1": place["admin1"],
            "admin2": place["admin2"], "admin3": place["admin3"], "location": place["name"],
            "latitude": place["lat"], "longitude": place["lon"], "geo_precision": geo_precision,
            "source": "Syrian Observatory for Human Rights", "source_scale": "Other",
            "notes": f"On {when.strftime('%d %B %Y')}, " + notes.format(**place),
            "fatalities": fatalities, "tags": "crowd size=no report" if event_type == "Protests" else "",
            "timestamp": int(datetime(2019, 1, 15, tzinfo=timezone.utc).timestamp()) + number,
        })
    return rows


def ucdp_rows(places: dict[str, dict]) -> list[dict]:
    rows = []
    for number, (pid, dyad, where_prec, start, end, date_prec, deaths, low, high) in enumerate(UCDP_EVENTS, 1):
        place = places[pid]
        violence, conflict, side_a, side_b = DYADS[dyad]
        dyad_number = list(DYADS).index(dyad)
        lat, lon = float(place["lat"]), float(place["lon"])
        feature = place["feature"]
        where = place["name"] + {"governorate": " governorate", "district": " district"}.get(feature, " town")
        best = sum(deaths)
        outlet = "Syrian Observatory for Human Rights" if number % 2 else "Agence France Presse"
        rows.append({
            "id": 500000 + number, "relid": f"SYR-2018-{violence}-{dyad_number}-{number}", "year": start[:4],
            "active_year": 1, "code_status": "Clear", "type_of_violence": violence,
            "conflict_dset_id": 9000 + dyad_number, "conflict_new_id": 9000 + dyad_number,
            "conflict_name": conflict, "dyad_dset_id": 9100 + dyad_number, "dyad_new_id": 9100 + dyad_number,
            "dyad_name": f"{side_a} - {side_b}", "side_a_dset_id": 9200 + dyad_number,
            "side_a_new_id": 9200 + dyad_number, "side_a": side_a, "side_b_dset_id": 9300 + dyad_number,
            "side_b_new_id": 9300 + dyad_number, "side_b": side_b, "number_of_sources": 1,
            "source_article": f'{outlet},{start},"Fighting and shelling reported in {place["name"]}"',
            "source_office": outlet, "source_date": start, "source_headline": f"Deaths in {place['name']}",
            "source_original": outlet, "where_prec": where_prec, "where_coordinates": where,
            "where_description": f"in and around {place['name']}", "adm_1": UCDP_ADMIN1[place["admin1"]],
            "adm_2": f"{place['admin2'] or place['name']} district" if feature != "governorate" else "",
            "latitude": place["lat"], "longitude": place["lon"], "geom_wkt": f"POINT ({lon} {lat})",
            "priogrid_gid": priogrid(lat, lon), "country": "Syria", "country_id": 652, "region": "Middle East",
            "event_clarity": 1, "date_prec": date_prec, "date_start": f"{start} 00:00:00.000",
            "date_end": f"{end} 00:00:00.000", "deaths_a": deaths[0], "deaths_b": deaths[1],
            "deaths_civilians": deaths[2], "deaths_unknown": deaths[3], "best": best, "high": max(high, best),
            "low": min(low, best),
        })
    return rows


def write(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    places = read_places()
    write(FIXTURES / "acled_sample.csv", ACLED_COLUMNS, acled_rows(places))
    write(FIXTURES / "ucdp_ged_sample.csv", UCDP_COLUMNS, ucdp_rows(places))
    print(f"wrote {len(ACLED_EVENTS)} ACLED and {len(UCDP_EVENTS)} UCDP rows to {FIXTURES}")


if __name__ == "__main__":
    main()
