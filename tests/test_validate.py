"""`geomap gazetteer validate` passes on the shipped data and catches planted errors."""
from conftest import write_places
from geomap.validate import default_files, validate_files

GOOD = dict(id="t-salamiyah-x", name="Test Village", feature="village", country="SY", admin1="Hama",
            lat="35.05", lon="37.10", geo_precision="2", uncertainty_km="5", source="curated: test")


def test_shipped_gazetteer_is_valid():
    problems = validate_files(default_files())
    assert problems == [], "\n".join(map(str, problems[:20]))


def _problems(tmp_path, *rows):
    path = write_places(tmp_path / "mine.csv", [dict(GOOD, **row) for row in rows])
    return [str(p) for p in validate_files([path], context=default_files())]


def test_good_user_file_passes(tmp_path):
    assert _problems(tmp_path, {}) == []


def test_point_in_the_wrong_governorate_is_caught_with_file_and_line(tmp_path):
    problems = _problems(tmp_path, {}, dict(id="t2", admin1="Idleb"))  # Salamiyah area is Hama
    assert len(problems) == 1
    assert "mine.csv:3:" in problems[0] and "outside Idleb" in problems[0] and "Hama" in problems[0]


def test_swapped_coordinates_are_caught(tmp_path):
    problems = _problems(tmp_path, dict(lat="37.10", lon="35.05"))
    assert any("outside SY" in p for p in problems)


def test_duplicate_ids_are_caught(tmp_path):
    problems = _problems(tmp_path, {}, {})
    assert any("duplicate id 't-salamiyah-x'" in p and "mine.csv:3" in p for p in problems)


def test_malformed_rows_are_reported_not_raised(tmp_path):
    problems = _problems(tmp_path, dict(lat="north"), dict(id="t3", geo_precision="7"), dict(id="t4", name=""))
    assert any("mine.csv:2:" in p and "lat/lon" in p for p in problems)
    assert any("mine.csv:3:" in p and "geo_precision" in p for p in problems)
    assert any("mine.csv:4:" in p and "'name' is empty" in p for p in problems)


def test_wrong_admin1_spelling_is_caught(tmp_path):
    problems = _problems(tmp_path, dict(admin1="Hamah"))
    assert any("not an ACLED governorate" in p for p in problems)


def test_alias_naming_a_distant_place_is_caught(tmp_path):
    problems = _problems(tmp_path, dict(aliases="Palmyra"))  # Palmyra is 150 km away
    assert any("alias 'palmyra'" in p for p in problems)


def test_overriding_a_shipped_id_is_not_a_duplicate(tmp_path):
    from geomap import Gazetteer

    sukhnah = Gazetteer.default().lookup("Sukhnah")[0]
    problems = _problems(tmp_path, dict(id=sukhnah.id, name="As Sukhnah", admin1="Homs", lat="34.886",
                                        lon="38.871", aliases="Sukhnah"))
    assert problems == []


def test_missing_header_is_reported(tmp_path):
    path = tmp_path / "noheader.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    problems = [str(p) for p in validate_files([path])]
    assert problems and "noheader.csv:1: missing column" in problems[0]


def _aliases_problems(tmp_path, text):
    path = tmp_path / "aliases.csv"
    path.write_text("id,aliases,source\n" + text, encoding="utf-8")
    return [str(p) for p in validate_files([path], context=default_files())]


def test_an_alias_for_an_unknown_id_is_caught(tmp_path):
    problems = _aliases_problems(tmp_path, "ocha:C0000000,Nowhere,my notes\n")
    assert any("aliases.csv:2:" in p and "unknown id 'ocha:C0000000'" in p for p in problems)


def test_an_alias_that_would_steal_a_far_places_own_name_is_caught(tmp_path):
    from geomap import Gazetteer

    city = Gazetteer.default().lookup("Damascus")[0]  # would outrank the village of Shiheil, 400 km off
    problems = _aliases_problems(tmp_path, f"{city.id},Shiheil,my notes\n")
    assert any("aliases.csv:2:" in p and "alias 'Shiheil'" in p for p in problems)


def test_an_alias_without_a_source_is_caught(tmp_path):
    from geomap import Gazetteer

    hajin = Gazetteer.default().lookup("Hajin")[0]
    problems = _aliases_problems(tmp_path, f"{hajin.id},Hajeen,\n")
    assert any("empty source" in p for p in problems)


def test_a_curated_site_away_from_where_its_anchor_puts_it_is_caught(tmp_path):
    from geomap import Gazetteer

    hajin = Gazetteer.default().lookup("Hajin")[0]
    problems = _problems(tmp_path, dict(id="t-site", name="Test Pumping Station", feature="pumping_station",
                                        admin1="Deir-ez-Zor", anchor=f"{hajin.id} 90deg 10km",
                                        lat=f"{hajin.lat:.5f}", lon=f"{hajin.lon:.5f}"))
    assert any("mine.csv:2:" in p and "from where its anchor" in p for p in problems)


def test_a_curated_row_far_from_the_authoritative_place_of_its_name_is_caught(tmp_path):
    from geomap import Gazetteer

    hajin = Gazetteer.default().lookup("Hajin")[0]
    problems = _problems(tmp_path, dict(id="t-hajin", name=hajin.name, feature=hajin.feature,
                                        admin1="Deir-ez-Zor", anchor=f"{hajin.id} 0deg 20km",
                                        lat=f"{hajin.lat + 20 / 111.2:.5f}", lon=f"{hajin.lon:.5f}"))
    assert any("mine.csv:2:" in p and "make it an alias of that row" in p for p in problems)


def test_removing_a_spelling_the_place_does_not_have_is_caught(tmp_path):
    from geomap import Gazetteer

    hajin = Gazetteer.default().lookup("Hajin")[0]
    problems = _aliases_problems(tmp_path, f"{hajin.id},-Palmyra,my notes\n")
    assert any("aliases.csv:2:" in p and "'-Palmyra' removes a spelling" in p for p in problems)
