"""Place mentions: people, groups and media are not places; context and relative places."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.gazetteer import haversine_km
from geomap.geoparse import Geoparser

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def parser(gazetteer):
    return Geoparser(gazetteer)


def names(parser, text):
    return [m.place.name for m in parser.parse(text)]


@pytest.mark.parametrize("text, name", [
    ("Security branches launched a raid in al-Qteifeh and arrested at least 15 young men.", "Al Qutayfah"),
    ("SDF engineers dismantled an explosive device near a school in al-Tukaihi village on Monday.", "At-Tkehi"),
    ("Residents of Qmeira protested at the border post against the closure of the crossing.", "Qumayra"),
])
def test_a_diminutive_is_found_in_running_text_with_or_without_its_first_u(parser, text, name):
    assert names(parser, text) == [name]


@pytest.mark.parametrize("text, found", [
    ("Gunmen opened fire on a Kurdish family lighting a Nowruz fire outside their home in Jinderes.", ["Jandairis"]),
    ("Thousands marched in Jandairis during the funeral of four Kurds shot dead on the eve of Nowruz.", ["Jandairis"]),
    ("A drone struck a tent in Newroz camp near Derik.", ["Newroz Camp", "Al-Malikeyyeh"]),
])
def test_the_feast_of_nowruz_is_no_place_but_the_camp_named_for_it_is(parser, text, found):
    assert names(parser, text) == found


def test_a_given_name_alone_is_no_village_spelled_otherwise(parser):
    # "Suleiman" of the Suleiman Shah Brigade, not a village whose alias is Sulayman
    text = "Fighters of the Suleiman Shah Brigade harvested the olive groves of absent owners in Darmishkanli."
    assert "Suleiman" not in [m.text for m in parser.parse(text)]


@pytest.mark.parametrize("text", [
    "HOMS, Syria (Reuters) - A car bomb killed 12 people in the Zahraa district on Monday.",
    "A car bomb killed 12 people in the al-Zahraa district of Homs city on Monday.",
])
def test_a_district_of_a_city_is_its_quarter_and_a_wire_dateline_names_the_city(parser, text):
    # a short capitalised dateline is no acronym; English calls the quarter a district, and no village
    # Zahraa elsewhere in Homs governorate shares the doubt
    mentions = parser.parse(text)
    assert "Homs" in [m.place.name for m in mentions]
    quarter = next(m.place for m in mentions if "Zahraa" in m.text)
    assert quarter.feature == "neighbourhood" and quarter.admin1 == "Homs" and quarter.uncertainty_km < 3


@pytest.mark.parametrize("text", [
    "said Talas al Salameh, the commander of the group.",
    "local commander Almunqez al Salamuni delivered his verdict. “They fight,” al Salamuni said.",
    "where the group's leader Abu Bakr Al Baghdadi is rumoured to be hiding",
    "the pro-regime Liwa’ al-Quds (the Jerusalem Brigade) militia claimed",
    "the militia's commander told al-Mayadeen news channel in a video",
    "a commander told Al Mayadeen that the offensive had begun",
    "according to al-Mayadeen, the convoy turned back",
    "Al Mayadeen reported heavy clashes.",
    "Kata’ib Hezbollah, the Iraqi pro-Iranian group, is reinforcing",
    "On April 8 ISIS announced its “Vengeance for Sham” campaign.",
    "As we talked, warplanes from the Syrian air force circled overhead.",
    "Russia said it downed the drones.",  # "Russia said" folds to the letters of Ras el Assouad
    "IS leader al-Baghdadi detonated his suicide vest.",
    "The SDF detained the Military Council chief Ahmad al-Khubayl.",
    "Demonstrators shuttered the local Baath party offices.",
    "HTS fighters clashed with Jund Allah members.",  # "Jund" is a village in Aleppo, 236 km from the clash
    "The IDF said it had struck Iranian Quds Force targets.",  # not al-Quds in Hasakeh, 564 km from Damascus
])
def test_not_places(parser, text):
    assert names(parser, text) == []


def test_a_sentence_s_first_word_is_no_respelling_of_a_village(parser):
    # "In al-Hol" reads like Inkhil (Dar'a), 593 km from the camp; "At Tanf" is an exact spelling, kept
    assert names(parser, "In al-Hol camp, unidentified persons threw a grenade into a tent.") == ["Al-Hol Camp"]
    assert names(parser, "At Tanf, US forces intercepted a drone.") == ["Al Tanf garrison"]
    assert names(parser, "Warplanes bombed a busy street in Khan Sheikhoun.") == ["Khan Shaykun"]
    # a lower-case word the name's spelling lacks ends it: "Daraa set" folds like Dier Seeta; "Tabqa dam" stays
    assert names(parser, "Protesters in Daraa set fire to the Baath party headquarters.") == ["Dar'a"]
    assert names(parser, "A crowd marched toward al-Assi Square in Hama.") == ["Hama"]


def test_a_given_name_before_another_is_a_man_not_the_village_named_like_him(parser):
    # "Bilal" is a Damascus quarter's name, 202 km from where he was shot
    assert names(parser, "Gunmen opened fire on Bilal Zakaria Hammadi on the outskirts of Qusayr.") == ["Al-Qusayr"]
    assert names(parser, "Police detained Salim Jihad al-Mohammad at the bus station in Jableh.") == ["Jablah"]


def test_a_name_after_a_trade_is_a_person_s(parser):
    text = ("Masked gunmen abducted lawyer Razan Zaitouneh and three colleagues from the office of the Violations "
            "Documentation Center in Douma, Eastern Ghouta, during the night.")
    assert "Zaytuneh" not in names(parser, text)  # a village of the surname's spelling, 161 km off


def test_a_surname_after_a_given_name_is_a_person_s_though_villages_bear_the_given_name(parser):
    # "Ahmad" alone is a stop word and a village's name: "al-Khabil" after it was Jbeileh, 318 km off
    assert names(parser, "The SDF arrested Ahmad al-Khabil (Abu Khawla) in al-Hasakah city.") == ["Al-Hasakeh"]


def test_al_mayadeen_is_the_town_unless_it_reports(parser):
    """Al Mayadeen is a television channel and a town on the Euphrates: only the channel speaks."""
    assert names(parser, "US F-15s struck a weapons depot near al-Mayadeen used by the IRGC.") == ["Al Mayadin"]


def test_possessive_and_article_variants(parser):
    found = parser.parse("Bombings in Syria's Idlib and fighting in al-Sukhnah and Es-Sukhneh.")
    assert [m.place.admin1 for m in found] == ["Idleb", "Homs", "Homs"]


@pytest.mark.parametrize("text", [
    "A rocket fired from Syria landed in Turkey's Hatay province, injuring two people.",
    "Russian forces set up a post on a hill overlooking the Turkish province of Hatay.",
])
def test_a_place_the_text_puts_in_a_neighbouring_country_is_never_a_syrian_homonym(parser, text):
    # "Hatay" folds like Qamishli's quarter Hayy al-Tay: a confident wrong dot 400 km off
    assert all(m.place.country != "SY" for m in parser.parse(text))


@pytest.mark.parametrize("text, name, country", [
    # the country said after the name: its place of that name, not a Syrian homonym hundreds of km off
    ("A Turkish drone struck a building in Sinjar, in Iraq's Nineveh province.", "Sinjar", "IQ"),
    ("Jordanian troops clashed with smugglers near Ruwaished, in Jordan's Mafraq governorate.", "Ruwaished", "JO"),
    ("Jordanian police arrested 2 men in al-Shajara, a town in Jordan's Irbid governorate.", "al-Shajara", "JO"),
    ("A stray shell landed in Ramtha, across the border in Jordan.", "Ramtha", "JO"),
    # a neighbour's province the gazetteer knows only by its city ("Mardin province" had folded like a
    # Syrian village's alias, Moûrdâne, and taken Nusaybin with it)
    ("Mortar rounds struck Nusaybin in Mardin province, across the border in Turkey.", "Nusaybin", "TR"),
])
def test_a_place_the_text_puts_abroad_after_its_name_is_that_country_s(parser, text, name, country):
    [found] = [m for m in parser.parse(text) if m.text == name]
    assert found.place.country == country


def test_a_syrian_name_spelled_exactly_stays_in_syria_however_a_country_follows(parser):
    [qamishli] = parser.parse("Two civilians were killed in Qamishli in Turkey's shelling.")
    assert qamishli.place.admin1 == "Al-Hasakeh"


def test_a_syrian_place_beside_a_foreign_one_keeps_its_place(parser):
    found = parser.parse("IS fighters crossed from the Iraqi border town of al-Qaim and attacked SDF positions in al-Baghouz.")
    assert [m.place.admin1 for m in found if m.place.country == "SY"] == ["Deir-ez-Zor"]
    [afrin] = parser.parse("Turkey's Afrin operation went on.")  # a possessive alone: the Syrian name spelled exactly
    assert afrin.place.admin1 == "Aleppo"


def test_a_district_in_brackets_after_a_village_is_its_context_not_a_place(parser):
    found = parser.parse("Unidentified gunmen killed a former rebel in Sheikh Miskin (Izraa, Daraa).")
    assert [m.place.name for m in found if m.role != "context"] == ["Sheikh Miskine"]


def test_a_village_named_without_its_qualifier_is_found_in_a_text(parser):
    # OCHA has Eastern and Western Zor Elheisa; a report writes "Zor al-Hisa"
    [m] = parser.parse("Regime forces shelled Zor al-Hisa on Friday.")
    assert m.place.name.endswith("Zor Elheisa") and m.place.admin1 == "Hama"


def test_a_quarter_named_before_its_city_is_the_city_s_quarter(parser):
    # "Hayy" is not read as "neighbourhood": only the city named after it says which Zahra
    [quarter] = [m for m in parser.parse("Three men were found shot dead in Hayy al-Zahra in Homs city.")
                 if m.role != "context"]
    assert quarter.place.feature == "neighbourhood" and quarter.place.admin1 == "Homs" and quarter.geo_precision == 1
    outside = parser.parse("Gunmen killed a civilian in Al-Yarmouk village, about 11 km north of Raqqa city.")
    assert all(m.place.feature != "neighbourhood" for m in outside)


def test_province_of_means_the_governorate(parser):
    [m] = parser.parse("the recent attack on Russian troops in the province of Deir Ezzor.")
    assert m.place.feature == "governorate" and m.geo_precision == 3


def test_town_of_means_the_settlement(parser):
    [m] = parser.parse("an attack near the town of Deir Ezzor")
    assert m.place.is_settlement


def test_distance_and_bearing_from_a_place(parser):
    found = parser.parse("from the town of Bir Qassab, some 50 km (30 miles) southeast of Damascus, all the way")
    relative = [m for m in found if m.relation.startswith("50 km")][0]
    # coded at Damascus, as ACLED codes a distance from a town, with a radius reaching the point 50 km away
    assert (relative.lat, relative.lon) == (relative.place.lat, relative.place.lon)
    assert relative.place.name == "Damascus" and relative.location.startswith("50 km southeast of")
    assert relative.geo_precision == 2 and relative.uncertainty_km >= 50 + relative.place.uncertainty_km
    from geomap.geoparse import _destination

    lat, lon = _destination(relative.place.lat, relative.place.lon, 50, 135)
    assert any(f"near {lat:.4f}, {lon:.4f}" in note for note in relative.notes)


def test_direction_of_a_place_with_no_distance_keeps_the_place_and_widens_it(parser):
    # no distance given: the town's own point (as ACLED codes "near a town"), not an invented offset
    [m] = parser.parse("IEDs planted east of the town of al-Sukhnah struck a patrol.")
    town = parser.gazetteer.lookup("al-Sukhnah")[0]
    assert m.relation == "east of" and m.geo_precision == 2
    assert (m.lat, m.lon) == (town.lat, town.lon) and m.uncertainty_km >= town.uncertainty_km + 20


def test_desert_east_of_palmyra_is_a_wide_area(parser):
    [m] = parser.parse("in the desert to the east of Palmyra, the army cleared territory")
    assert m.geo_precision == 3 and m.uncertainty_km >= 40 and m.lon > 38.5


def test_between_two_places_is_the_midpoint(parser):
    found = parser.parse("the ambush near Mount Bishri, between Sukhnah and Deir Ezzor on Thursday")
    between = [m for m in found if m.relation == "between"][0]
    assert 38.9 < between.lon < 40.1 and between.uncertainty_km > 50


def test_a_road_named_for_two_towns_apart_by_a_spaced_dash_is_between_them(parser):
    first = parser.parse("a drone hit a car on the Ras al-Ayn - Tal Tamr road")[0]
    assert first.relation == "between" and first.uncertainty_km > 10


def test_composite_descriptor_after_a_name(parser):
    [bara, zawiya] = parser.parse("strikes in al-Bara and other areas in the al-Zawiya mount")
    assert zawiya.place.feature == "mountain" and zawiya.place.admin1 == "Idleb"


def _located(parser, text):
    """The mentions that are locations (not context), as (name, admin1, precision)."""
    return [(m.place.name, m.place.admin1, m.geo_precision) for m in parser.parse(text) if m.role != "context"]


def test_a_governorate_after_a_settlement_is_context_not_its_capital(parser):
    mentions = parser.parse("Regime forces shelled Morek in Hama.")
    assert [(m.place.admin1, m.place.feature, m.role) for m in mentions] == [
        ("Hama", "village", ""), ("Hama", "governorate", "context")]


@pytest.mark.parametrize("text, admin1", [
    ("Clashes in Mansura village in western Aleppo countryside.", "Aleppo"),
    ("Clashes in Mansura village in the Hama countryside.", "Hama"),
    ("Shelling hit the Tiba area of Dar'a.", "Dar'a"),
    ("A gunman shot dead a man in Tiba, Homs.", "Homs"),
])
def test_the_unit_named_for_a_homonym_decides_it(parser, text, admin1):
    (name, found_admin1, _), = _located(parser, text)
    assert found_admin1 == admin1


def test_a_chain_of_units_leaves_the_village_as_the_only_location(parser):
    located = _located(parser, "Turkish warplanes struck Jalma village in the Jandairis area of Afrin.")
    assert located == [("Jalma", "Aleppo", 1)]


def test_a_settlement_outside_the_governorate_the_text_names_is_rejected(parser):
    mentions = parser.parse("Regime forces shelled Morek in Idleb.")  # the only Morek is in Hama
    assert all(m.place.admin1 == "Idleb" for m in mentions)


def test_a_homonym_is_settled_by_the_other_places_of_the_article(parser):
    mansura = next(m for m in parser.parse("Warplanes struck Mansura and Tabqa.") if m.text == "Mansura")
    assert mansura.place.admin1 == "Ar-Raqqa" and mansura.geo_precision == 1


def test_a_homonym_with_nothing_to_decide_stays_uncertain(parser):
    mansura, = parser.parse("Warplanes struck Mansura.")
    assert mansura.geo_precision == 3 and mansura.uncertainty_km > 100


def test_a_village_near_a_landmark_is_the_homonym_by_it_and_the_landmark_is_context(parser):
    located = _located(parser, "Regime forces shelled al-Hurriyeh village near Qalaat al-Madiq.")
    assert [(name, admin1) for name, admin1, _ in located] == [("Hurriyeh", "Hama")]


@pytest.mark.parametrize("text, located", [
    # Um Fakik and Tal Shayr lie 21-23 km from al-Hol: the text names them, the landmark only says where they are
    ("SDF forces conducted a sweep in Umm Fakik and Tal Shayr, near al-Hol, arresting eight men.",
     [("Um Fakik", "Al-Hasakeh"), ("Tal Shayr", "Al-Hasakeh")]),
    # a city is no place a village is said to be near: "to Homs near al-Sayed" is on the road, by the village
    ("an IED struck a bus carrying soldiers from Palmyra to Homs near al-Sayed",
     [("Tadmor", "Homs"), ("Homs", "Homs"), ("Sayed", "Homs")]),
])
def test_a_place_its_name_settles_a_little_beyond_near_is_still_the_place(parser, text, located):
    assert [(name, admin1) for name, admin1, _ in _located(parser, text)] == located


def test_a_name_whose_only_other_anchor_is_its_own_first_candidate_is_read(parser):
    # "the village of" chose Mashtal the village over the name's first candidate, the only other anchor: with no
    # other place to be near, its homonyms are not near anything (this raised a TypeError and stopped the run)
    located = _located(parser, "Gunmen stole a car at gunpoint in the village of Mashtal on Tuesday and fled "
                               "towards al-Mazraa.")
    assert ("Mashtal", "As-Sweida") in [(name, admin1) for name, admin1, _ in located]


@pytest.mark.parametrize("text, name, admin1", [
    # a city its name settles, not a village homonym beside another place the sentence names far away
    ("Regime forces took control of Quneitra after opposition fighters accepted evacuation to Idlib.",
     "Quneitra", "Quneitra"),
    ("Regime forces took control of Quneitra city and the nearby crossing after the evacuation to Idlib.",
     "Quneitra", "Quneitra"),
    # "Daraa city" is the city, not the village Ad Dur near Damascus whose letters fold alike
    ("Opposition factions took control of Daraa city after regime forces withdrew north towards Damascus.",
     "Dar'a", "Dar'a"),
])
def test_a_city_is_not_drawn_to_a_village_homonym_by_a_far_place_named_with_it(parser, text, name, admin1):
    assert (name, admin1) in [(n, a) for n, a, _ in _located(parser, text)]


def test_a_known_name_after_the_first_word_of_an_unknown_one_is_not_that_place(parser):
    # "Abu Serhan" is no name the gazetteer knows; "Serhan" alone is a respelling of Sreihin, in Hama, 245 km off
    located = _located(parser, "Gunmen killed two men in Mjannat Abu Serhan, a farm 4 km southwest of al-Mismiyah.")
    assert [admin1 for _, admin1, _ in located] == ["Dar'a"]


@pytest.mark.parametrize("text", [
    "A landmine exploded on Tuesday in Dour Ein Alqa, killing a farmer, near the ceasefire line.",  # not Durin, Lattakia
])
def test_a_respelling_of_the_first_words_of_a_longer_unknown_name_is_not_that_place(parser, text):
    assert _located(parser, text) == []


def test_a_longer_name_is_read_whole_not_as_a_respelling_of_its_first_words(parser):
    # not Rasm Elkema, Aleppo: Who's On First's Rasm Kawm Kuqayd, near Busra, its diminutive's u left out
    located = _located(parser, "Gunmen killed an Eighth Brigade member in Rasm Kom Kqeid near the Jordanian border.")
    assert [(name, admin1) for name, admin1, _ in located] == [("Rasm Kawm Kuqayd", "Dar'a")]


def test_a_village_in_a_towns_desert_is_looked_for_as_far_as_the_desert_reaches(parser):
    # Khunafis lies 55 km from Palmyra: beyond "near" (20 km), within a town's desert (as "in the Badia of")
    located = _located(parser, "An IED struck a convoy near the village of Khunayfis in the Palmyra desert.")
    assert [(name, admin1) for name, admin1, _ in located] == [("Khunafis", "Homs")]


@pytest.mark.parametrize("text, name", [
    ("Protesters stormed the Sweida governorate building and set parts of it on fire.", "As-Sweida"),
    ("Two mortar shells landed near the Hama governorate building yesterday.", "Hama"),
])
def test_a_governorate_building_is_in_the_city_not_the_governorate(parser, text, name):
    [mention] = [m for m in parser.parse(text) if m.role != "context"]
    assert (mention.place.name, mention.place.feature) == (name, "city")


def test_a_mans_name_is_no_slip_for_a_village_spelled_like_it(parser):
    # "Ahmad al-Khabil" is one letter off a village's name (Bayt Ahmad Hilal, Aleppo): a given name says a man
    located = _located(parser, "The SDF arrested Ahmad al-Khabil, head of the Deir ez-Zor Military Council, in "
                               "al-Hasakah city after summoning him to a meeting.")
    assert "Aleppo" not in [admin1 for _, admin1, _ in located]


def test_a_mans_name_on_a_building_is_no_place(parser):
    # "al-Hassan" would be Husseinieh, 500 km off in al-Hasakeh: here it is whom the mosque is named for
    found = parser.parse("Security forces fired live rounds at protesters leaving al-Hassan mosque in Midan on Friday.")
    assert [m.text for m in found] == ["Midan"]


def test_a_section_of_a_town_is_a_quarter_of_it(parser):
    # "Jamiya" alone is a village in al-Hasakeh, 598 km off; "the Jamiya section of Zabadani" is in the town
    located = _located(parser, "Syrian army fighters advanced into the Jamiya section of Zabadani yesterday.")
    assert [(name, admin1) for name, admin1, _ in located] == [("Az-Zabdani", "Rural Damascus")]


def test_the_governorate_after_a_landmark_says_which_landmark_and_so_which_village(parser, gazetteer):
    # "Suran" is a town in Hama and one in Aleppo; "northern Aleppo" says which, and so which al-Jdeideh
    located = _located(parser, "Unknown gunmen abducted two men from al-Jdeideh village near Suran, northern Aleppo.")
    [(name, admin1, precision)] = located
    suran = gazetteer.lookup("Suran", admin1="Aleppo")[0]
    jdeideh = next(m.place for m in parser.parse("al-Jdeideh village near Suran, northern Aleppo") if m.role != "context")
    assert admin1 == "Aleppo" and haversine_km(jdeideh.lat, jdeideh.lon, suran.lat, suran.lon) <= 20


@pytest.mark.parametrize("text, name, admin1", [
    ("Regime forces and the SDF exchanged fire near Huwayjat Shnan, west of al-Sabkha.", "Hweijet Shnan", "Ar-Raqqa"),
    ("Regime shells fell on Tweil al-Halib.", "Tawil Al-Halib", "Idleb"),
])
def test_a_diminutive_spelled_with_or_without_its_u_is_one_place(parser, text, name, admin1):
    assert (name, admin1) in [(n, a) for n, a, _ in _located(parser, text)]


@pytest.mark.parametrize("text, name", [
    ("Arab tribal fighters clashed with the SDF in Hawayij Bu Masaa.", "Hawayej Bumasaa"),  # not Hawayej
    ("Regime forces and the SDF exchanged fire near Huwayjat Shnan.", "Hweijet Shnan"),  # not Huwayjat in Aleppo
])
def test_a_name_is_read_to_its_last_word_when_the_words_after_its_first_spell_a_longer_name(parser, text, name):
    assert [n for n, _, _ in _located(parser, text)] == [name]


def test_words_after_a_name_that_spell_no_longer_one_leave_it_as_it_was(parser):
    assert [n for n, _, _ in _located(parser, "Gunmen shot dead a man in Tafas Saturday.")] == ["Tafas"]


def test_the_second_half_of_a_two_word_name_is_no_place_on_its_own(parser):
    # "al-Tabiya al-Shamiya" is a village the gazetteer spells Tabiyet Shamiyeh; "al-Shamiya" alone is a
    # village in Raqqa, 180 km away
    mentions = parser.parse("The SDF shelled al-Tabiya al-Shamiya, opposite Tabiyet Jazira, killing 2 civilians.")
    assert "al-Shamiya" not in [m.text for m in mentions]


@pytest.mark.parametrize("text, admin1", [
    ("A grenade was thrown at a house in Barqa, 3-4 km north-north-west of Dali, injuring a woman.", "Dar'a"),
    ("An IED exploded in Al-Awja, about 3.5 km west-north-west of Muzayrib, killing a man.", "Dar'a"),
    ("Drones struck an oil facility near Kiswa, about 13 km north-east of Al-Malikiyah (Derik).", "Al-Hasakeh"),
])
def test_a_village_so_many_km_from_a_landmark_is_its_namesake_there(parser, text, admin1):
    # each village has a better-known namesake hundreds of km away (Lattakia, Hama, Rural Damascus)
    village = parser.parse(text)[0]
    assert village.role != "context" and village.place.admin1 == admin1 and village.uncertainty_km <= 10


@pytest.mark.parametrize("text, name", [
    ("Military Intelligence arrested 4 men at a checkpoint in Sfayn, 14 km south-east of Raqqa.", "Sfin"),
    ("Gunmen killed a member of the NDF near Al-Sheel, east-south-east of Qamishli.", "Shil"),
    ("SNA factions fired artillery at Kokh, about 26 km north-north-east of Tal Tamer.", "Kukh"),
])
def test_a_short_respelled_name_measured_from_a_landmark_is_the_place_spelled_so_there(parser, text, name):
    # alone, each name's fold key matches too many places to be taken (or none): beside the landmark, one
    village = parser.parse(text)[0]
    assert village.role != "context" and village.place.name == name


@pytest.mark.parametrize("text, name", [
    ("Heavy fighting continued around al-Dibs village, north of Ain Issa, on the front line.", "Dibes"),
    ("A Turkish drone hit an SDF vehicle at Habib al-Ahmad village, 15 km north-east of Ain Issa.", "Habib Alahmed"),
    ("A drone targeted an SDF position near Huraybisha village, south of Ain Issa.", "Harbisheh"),
])
def test_a_respelled_village_so_called_beside_a_landmark_is_the_one_with_its_consonants_there(parser, text, name):
    # the village's own word between the name and the landmark: alone, each name matches no place (or one
    # far off); beside Ain Issa, one with its consonants, on the side the text says
    village = parser.parse(text)[0]
    assert village.role != "context" and village.place.name == name and village.place.admin1 == "Ar-Raqqa"


@pytest.mark.parametrize("text, name", [
    ("The SDF raided al-Izbah village overnight and arrested five men.", "Eizbah"),
    ("Tribal fighters seized SDF posts in the village of Jazrat Milaj on Friday.", "Jazaret Milaj"),
])
def test_a_respelled_name_the_text_calls_a_village_is_the_village_spelled_alike(parser, text, name):
    # the scan reads names by the gazetteer's spellings and passes these over; "village" says a place is meant
    assert [(m.place.name, m.place.admin1) for m in parser.parse(text)] == [(name, "Deir-ez-Zor")]


@pytest.mark.parametrize("text", [
    "Rebels fired rockets at the Alawite village of Hmeimeh, east of Homs.",
    "Maskanah, the last IS town in Aleppo province, was retaken.",
])
def test_a_peoples_word_or_an_acronym_before_village_is_no_village(parser, text):
    assert not {"Alyat", "Iss"} & set(names(parser, text))


def test_an_arabic_name_with_its_article_where_a_place_is_said_is_looked_up(parser):
    # (check155, Deir ez-Zor city, blind) the scan reads names by the gazetteer's spellings; "in al-X" says a place
    [village] = parser.parse("SDF members arrested three teachers in al-Ezbah on Monday.")
    assert (village.place.name, village.place.admin1) == ("Eizbah", "Deir-ez-Zor")
    # ... but a man's name on a building is none
    assert "Al Madina" not in names(parser, "A mortar landed in Midan, near al-Hasan mosque, killing one person.")


def test_a_village_named_for_a_far_homonym_is_the_one_with_its_consonants_by_its_landmark(parser):
    # "Al Muwaylih" is an Aleppo village's spelling, 84 km off; the Mweileh south of Ain Issa is meant
    village = parser.parse("A body was found near al-Muwaylih village, south of Ain Issa, on Thursday.")[0]
    assert village.place.name == "Mweileh" and village.place.admin1 == "Ar-Raqqa"


def test_a_place_in_the_desert_on_a_side_of_a_town_is_by_that_town(parser):
    # "in the desert south of al-Mansoura": the Raqqa Rasafeh, not the Hama village 233 km off ranked first
    village = parser.parse("IS militants beheaded a shepherd near al-Rasafa, in the desert south of al-Mansoura.")[0]
    assert village.place.name == "Al Rasafeh" and village.place.admin1 == "Ar-Raqqa"


def test_a_governorates_coast_is_the_governorate_not_its_city(parser):
    [coast] = parser.parse("Fighting raged on the Latakia coast.")
    assert coast.place.feature == "governorate" and coast.uncertainty_km > 20


def test_a_name_in_doubt_listed_with_a_sure_one_is_the_place_spelled_alike_beside_it(parser):
    # the five `Ayn at Tinah lie 200 km and more off; OCHA's Ein Eltineh is beside Asbah (check131, blind)
    asbah, tinah = parser.parse("Israeli soldiers raided al-Asbah and Ayn al-Tinah on 28 January, searching homes.")
    assert asbah.place.admin1 == "Quneitra" and tinah.place.name == "Ein Eltineh" and tinah.place.admin1 == "Quneitra"


@pytest.mark.parametrize("text", [
    "Israeli troops detained several men they said belonged to a Hamas cell.",
    "Fighters of Kataib Sayyid al-Shuhada and the Palestinian Islamic Jihad were deployed.",
])
def test_palestinian_and_iraqi_groups_are_no_villages(parser, text):
    # "Hamas" had been Alhyms in al-Hasakeh, 619 km from the raid, at +-1 km
    assert parser.parse(text) == []


def test_a_settlement_alone_in_brackets_is_the_other_name_of_a_name_found_only_far_off(parser):
    # "Zorafa" alone is a Zarifah +-265 km; "(Zorfafa)" names the village north of al-Qahtaniyah (check133, blind)
    first = parser.parse("US troops conducted a patrol through Zorafa (Zorfafa), just north of al-Qahtaniyah.")[0]
    assert first.place.name == "Zorfafa" and first.uncertainty_km <= 5
    # ... but a district's seat in brackets leaves the village by it be
    village = parser.parse("Warplanes struck Kafr Nabl (Maarat al-Numan) on Monday.")[0]
    assert village.place.name == "Kafr Nobol"


def test_a_governorate_the_text_puts_a_name_in_is_not_overruled_by_another_named_before(parser):
    # "living in Deir ez-Zor for years" had made Rmailan a Rumayhin in Deir-ez-Zor, spelled alike
    mentions = parser.parse("A young man from Tall Kazuq, who had been living in Deir ez-Zor for years, was shot dead "
                            "by unknown gunmen in Rmailan in Hasakah countryside.")
    rmailan = next(m for m in mentions if m.text == "Rmailan")
    assert rmailan.place.admin1 == "Al-Hasakeh"


def test_a_towns_village_of_a_name_is_that_village_the_town_context(parser):
    town, village = parser.parse("A device went off in al-Bab's northern village of Tal Jerji, wounding three.")
    assert town.role == "context" and village.place.name == "Tal Jerji"


def test_a_groups_name_holding_a_town_is_no_place(parser):
    mentions = parser.parse("A drone targeted a car carrying members of the 'Afrin Liberation Forces' on Monday.")
    assert mentions == []


@pytest.mark.parametrize("text", [
    "Rebel factions announced they were merging into a single formation called the Homs Legion.",
    "Workers at the Industrial City staged a sit-in.",  # OCHA's Hasakeh quarter "Industrial", 499 km off
])
def test_a_new_formations_name_and_a_kind_of_site_are_no_places(parser, text):
    assert parser.parse(text) == []


@pytest.mark.parametrize("text", [
    "Protesters chanted for the fall of al-Jolani.",  # had been Ghizlan in Afrin, at +-1 km (check141, blind)
    "Abu Bakr al-Baghdadi was killed in a US raid in October 2019.",
    "Mazloum Abdi met the envoy on Monday.",
])
def test_leaders_names_are_no_villages(parser, text):
    assert parser.parse(text) == []


def test_a_name_listed_with_a_sure_town_is_its_namesake_beside_it(parser):
    # (check140, blind) Al-Hama by Qudsaya, not Hama city 182 km off; two cities listed stay themselves
    qudsaya, hama = parser.parse("Green buses left Qudsaya and al-Hama on Thursday under a deal.")
    assert hama.place.admin1 == "Rural Damascus"
    assert [m.place.admin1 for m in parser.parse("Protests were held in Homs and Hama.")] == ["Homs", "Hama"]


def test_a_lower_case_word_after_a_hyphen_is_part_of_a_name_spelled_so(parser):
    # the gazetteer's own spelling "Mas-hara" (Mashara, Quneitra): "hara" is its word, not the next one's
    [mention] = parser.parse("Two clans clashed with automatic weapons in Mas-hara on 4 September.")
    assert mention.place.name == "Mashara"


@pytest.mark.parametrize("text, name", [
    ("A car bomb exploded near a court in Azzaz, killing 43 people.", "Azaz"),
    ("Regime artillery shelled Daeel on Monday, wounding 3.", "Da'el"),
])
def test_a_short_name_written_with_doubled_letters_or_long_vowels_is_the_one_place_so_spelled(parser, text, name):
    # a fold key too short to be matched across Syria, but one place's spelling but for its doubled letters
    [mention] = parser.parse(text)
    assert mention.place.name == name and mention.place.geo_precision == 1


@pytest.mark.parametrize("text, name", [
    ("Regime forces and Iran-backed militias retook Abukamal from IS.", "Abu Kamal"),
    ("Turkish drones struck a car near Tallabyad on Monday.", "Tell Abiad"),
    ("Warplanes struck Kafrnabl at dawn.", "Kafr Nobol"),
])
def test_a_name_of_several_words_written_as_one_is_found_in_a_text(parser, text, name):
    assert [m.place.name for m in parser.parse(text)] == [name]


@pytest.mark.parametrize("text, name", [
    ("Unknown persons torched houses in #TallEdDaman this morning, residents displaced", "Tall Ed-Daman"),
    ("Grenade thrown into a house in #SeeratAlyah; one civilian killed", "Seerat Alyah"),
])
def test_a_hashtag_joining_a_name_s_words_by_their_capitals_is_that_name(parser, text, name):
    assert [m.place.name for m in parser.parse(text)] == [name]


def test_a_given_name_is_no_joined_place_name(parser):
    assert parser.parse("Witnesses named the driver as Abdulrahman on Monday.") == []


def test_the_bekaa_is_the_valley_in_lebanon_not_a_village_spelled_so_in_sweida(parser):
    assert all(m.place.name != "Baka" for m in parser.parse("Lebanese troops arrested 20 Syrians in the Bekaa."))


@pytest.mark.parametrize("text", ["Gunmen attacked Qwxyz, 14 km south-east of Raqqa.",
                                  "ISIS, 14 km south-east of Raqqa, attacked a checkpoint."])
def test_a_word_measured_from_a_landmark_that_no_place_there_spells_adds_nothing(parser, text):
    assert [m.text for m in parser.parse(text)] == ["Raqqa"]


def test_a_part_of_a_governorate_near_a_village_is_not_a_namesake_by_another_village(parser):
    # "Sueda", a Hasakeh village, is spelled like "Sweida" and lies by the Hasakeh Tall Asfar: the text
    # means the Sweida desert and the Tal Asfar in it
    located = _located(parser, "Clashes erupted between regime forces and IS in the northeastern Sweida desert "
                               "near Tal Asfar.")
    assert located and {admin1 for _, admin1, _ in located} == {"As-Sweida"}


def test_a_landmark_the_gazetteer_is_sure_of_is_not_swapped_for_a_homonym_near_the_village(parser):
    # a village "Abu ad Duhur" in Raqqa has a "Msherfeh" beside it: the text means the town in Idleb
    located = _located(parser, "Clashes erupted in al-Mushairfa village near Abu al-Duhur, eastern Idleb.")
    assert located and {admin1 for _, admin1, _ in located} == {"Idleb"}


def test_near_a_landmark_the_closest_spelling_wins_over_the_better_known_place(parser, gazetteer):
    # two villages lie within reach of Khan Arnabah: Hurriyeh, and Hbariyeh (which the gazetteer ranks higher)
    [(name, admin1, _)] = _located(parser, "Regime forces took control of al-Hurriyah village near Khan Arnabah.")
    assert (name, admin1) == ("Hurriyeh", "Quneitra")


def test_near_a_landmark_a_homonym_past_the_ranked_answer_is_found(parser, gazetteer):
    # "al-Tayba" matches several Tibas exactly, none near al-Mayadin; the one there is found all the same,
    # and Toob (a spelling as close, as near) widens it
    mention = next(m for m in parser.parse("NDF members kidnapped a man in al-Tayba near al-Mayadin.")
                   if m.role != "context")
    mayadin = gazetteer.lookup("al-Mayadin")[0]
    assert mention.place.admin1 == "Deir-ez-Zor"
    assert haversine_km(mention.lat, mention.lon, mayadin.lat, mayadin.lon) <= 20
    assert mention.geo_precision == 2 and mention.uncertainty_km >= 10


def test_near_a_landmark_spellings_that_differ_only_in_a_vowel_are_as_close_and_the_nearest_place_wins(
        parser, gazetteer):
    # a Zaytunah and a Zaytuneh both lie within reach of Qastal Maaf: "al-Zaytuna" does not say which
    # by its final vowel, so the one nearer the landmark
    mention = next(m for m in parser.parse("Rebel shells fell on al-Zaytuna village near Qastal Maaf.")
                   if m.role != "context")
    qastal = gazetteer.lookup("Qastal Maaf")[0]
    spelled = [p for p in gazetteer.spelled_alike("al-Zaytuna")
               if haversine_km(p.lat, p.lon, qastal.lat, qastal.lon) <= 20 and p.is_settlement]
    nearest = min(spelled, key=lambda p: haversine_km(p.lat, p.lon, qastal.lat, qastal.lon))
    assert len({p.name for p in spelled}) > 1 and mention.place.id == nearest.id


def test_a_town_in_the_text_may_be_a_city_in_the_gazetteer(parser, gazetteer):
    [mention] = parser.parse("Military intelligence arrested a former rebel in al-Safira town.")
    assert mention.place.id == gazetteer.lookup("al-Safira")[0].id


def test_a_name_the_text_puts_in_a_region_is_not_a_homonym_far_from_it(parser):
    # the gazetteer knows no Marj in Eastern Ghouta; its Marjs are 250 km away in Idleb and Aleppo
    located = _located(parser, "Regime forces advanced in the Marj area of Eastern Ghouta.")
    assert [admin1 for _, admin1, _ in located] == ["Rural Damascus"]


def test_a_bearing_from_a_city_is_a_landmark_not_a_container(parser):
    # al-Kiswah is in Rural Damascus, south of Damascus city: not "in Damascus" governorate
    located = _located(parser, "A drone hit a vehicle near al-Kiswah, south of Damascus.")
    assert [(name, admin1) for name, admin1, _ in located] == [("Kisweh", "Rural Damascus")]


def test_a_short_compass_word_before_a_governorate_is_context(parser):
    located = _located(parser, "A car bomb exploded in al-Bab, northeast Aleppo.")
    assert located == [("Al Bab", "Aleppo", 1)]


def test_a_headlines_compass_letters_before_a_governorate_make_it_context(parser):
    # "Dana, N Idlib:" as "Dana, northern Idlib:": Dana in Idleb, the governorate no place of its own
    found = parser.parse("Dana, N Idlib: grenade thrown at a mobile phone shop overnight.")
    assert [(m.text, m.place.admin1, m.role) for m in found] == [("Dana", "Idleb", ""), ("Idlib", "Idleb", "context")]


def test_a_refused_longer_span_does_not_hide_the_name_inside_it(parser):
    texts = [m.text for m in parser.parse("Warplanes struck Hajin in the eastern Deir ez-Zor countryside.")]
    assert texts == ["Hajin", "Deir ez-Zor countryside"]


def test_a_district_named_as_such_is_the_district_not_its_town(parser):
    mention, = parser.parse("Clashes erupted in the Abu Kamal district.")
    assert mention.place.feature == "district" and mention.geo_precision == 3


def test_a_homonym_next_to_a_named_town_is_the_one_by_it(parser):
    # the better-known Sabkha is in Deir-ez-Zor; the one beside Maadan is in Ar-Raqqa
    sabkha = parser.parse("Landmines exploded in al-Sabkha and Maadan.")[0]
    assert sabkha.place.admin1 == "Ar-Raqqa" and sabkha.geo_precision == 1


def test_reading_paragraph_by_paragraph_finds_what_reading_the_whole_text_finds(parser):
    """find() reads and caches each paragraph on its own; on the seeds and the terse sets that must give the
    mentions a reading of the whole text gives (a name never spans a blank line)."""
    import json
    from pathlib import Path

    from geomap.articles import clean_text
    from geomap.names import light_key

    root = Path(__file__).resolve().parent.parent
    texts = [clean_text(p.read_text(encoding="utf-8")) for p in sorted((root / "seeds").glob("*.txt"))]
    texts += [json.loads(line)["text"] for name in ("terse_dev.jsonl", "terse_check.jsonl")
              for line in (root / "tests" / "data" / name).read_text(encoding="utf-8").splitlines()]
    texts.append(texts[0] + "\n\n" + texts[1])  # the same paragraphs again, at other offsets

    def spans(mentions):
        return [(m.start, m.end, m.text, [p.id for p in m.candidates]) for m in mentions]

    for text in texts:
        whole, people = parser._find_in(text, ())
        assert spans(parser.find(text)) == spans(m for m in whole if light_key(m.text) not in people)


def test_a_shifted_mention_keeps_every_field(parser):
    """Mention.shifted (a paragraph's reading placed in its article) must carry every field, new ones too."""
    from dataclasses import fields, replace

    mention = parser.parse("Shelling hit 20 km east of Palmyra, in the Homs desert.")[0]
    mention = replace(mention, notes=("a note",), role="settlement")
    assert mention.shifted(7) == replace(mention, start=mention.start + 7, end=mention.end + 7)
    assert len(fields(mention)) == 12  # a field added to Mention must be added to shifted() too


# -- the gate before the relation patterns ----------------------------------------------
_RELATION_WORDS = ["of", "Of", "near", "outside", "around", "close to", "between", "the", "town", "villages", "in",
                   "north", "South-East", "north-eastern", "Western", "rural", "countryside", "15 km", "3 miles",
                   "al-", "Al-", "ash-", "an-", "x", "\n", "  ", " ", "ſ", "İ", "province", "outskirts", "road", "from",
                   "track"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RELATION_WORDS), max_size=8).map(" ".join), st.sampled_from(["", " ", "\n", "al-"]))
def test_the_relation_gate_never_hides_a_match(words, ending):
    from geomap.geoparse import _RELATIONS, _may_relate

    before = words + ending
    if not _may_relate(before):
        assert all(pattern.search(before) is None for pattern in _RELATIONS), before


def test_the_relation_gate_lets_through_what_the_seeds_need():
    from geomap.geoparse import _RELATIONS, _may_relate

    texts = [path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")]
    assert texts
    checked = 0
    for text in texts:
        for end in range(1, len(text)):
            before = text[max(0, end - 80):end]
            if not _may_relate(before):
                assert all(pattern.search(before) is None for pattern in _RELATIONS), before
                checked += 1
    assert checked > 1000


@settings(max_examples=300, deadline=None)
@given(st.floats(-80, 80), st.floats(-179, 179), st.floats(0, 500), st.floats(0, 360))
def test_a_destination_is_the_point_geopy_gives(lat, lon, km, bearing):
    from geopy.distance import geodesic

    from geomap.geoparse import _destination

    point = geodesic(kilometers=km).destination((lat, lon), bearing)
    assert _destination(lat, lon, km, bearing) == (point.latitude, point.longitude)


def test_a_long_stream_keeps_bounded_readings_and_reads_the_same(gazetteer, monkeypatch):
    """A feed of millions of articles must not grow the geoparser's memory: its caches of paragraphs and of
    names' candidates are emptied when full, and reading after that gives what a fresh geoparser gives."""
    import geomap.geoparse as geoparse

    monkeypatch.setattr(geoparse, "PARAGRAPHS_KEPT", 3)
    monkeypatch.setattr(geoparse, "SURFACES_KEPT", 3)
    texts = [f"Shells hit {town} on Monday." for town in
             ("Taftanaz", "Sukhnah", "Hajin", "Maadan", "Jindires", "Morek", "Taftanaz", "Hajin")]
    streaming = Geoparser(gazetteer)
    for text in texts:
        assert names(streaming, text) == names(Geoparser(gazetteer), text)
        assert len(streaming._paragraphs) <= 3 and len(streaming._cache) <= 3


def test_the_nearest_anchor_is_exactly_the_haversine_distance_whatever_repeats():
    """The nearest anchor is measured to each distinct place once, however often the article names it; its
    distance must be haversine_km's to the last bit, as the thresholds it is compared with were set on that."""
    import random

    import geomap.geoparse as geoparse
    from geomap.gazetteer import Place, haversine_km

    rng = random.Random(11)
    for _ in range(200):
        distinct = [Place(f"p{i}", "x", "town", "SY", rng.uniform(32, 37.5), rng.uniform(35.5, 42.5), 1, 2.0, "t")
                    for i in range(rng.randint(1, 30))]
        places = [rng.choice(distinct) for _ in range(rng.randint(1, 40))]
        query = Place("q", "q", "town", "SY", rng.uniform(32, 37.5), rng.uniform(35.5, 42.5), 1, 2.0, "t")
        excluding = tuple(p.id for p in rng.sample(distinct, rng.randint(0, len(distinct))))
        expected = min((haversine_km(query.lat, query.lon, p.lat, p.lon) for p in places if p.id not in excluding),
                       default=None)
        assert geoparse._Anchors(places).nearest_km(query, excluding) == expected


def test_a_name_may_start_with_a_capital_or_an_arabic_letter_and_nothing_else():
    """The character comparison place finding asks of every word, against the pattern it stands for (a headline's
    compass letters, "NE", "W", start none)."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.geoparse import _may_start_a_name

    @settings(max_examples=500, deadline=None)
    @given(st.text(max_size=3))
    def agree(word):
        assert _may_start_a_name(word) == ((word[:1].isupper() and not re.fullmatch(r"[NS][EW]|[NSEW]", word))
                                           or bool(re.match(r"[\u0600-\u06FF]", word)))

    agree()
    assert _may_start_a_name("Hajin") and _may_start_a_name("دير") and not _may_start_a_name("regime")
    assert not _may_start_a_name("") and _may_start_a_name("\u0600") and not _may_start_a_name("\u0700")


def test_mentions_of_one_sentence_are_those_with_no_sentence_end_between():
    """_same_sentence reads the sentence breaks once and looks only between the stops around a name: the
    same mentions, in the same order, as searching for a sentence end between the two names each time."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    import re

    from geomap.geoparse import Mention, _same_sentence, _sentence_stops

    sentence_end = re.compile(r"[.!?](?:\s|$)")  # the rule as it was searched, up to the later name
    def searched(text, mentions, index):
        here = mentions[index]
        return [other for other in mentions if other is not here
                and not sentence_end.search(text, *sorted((other.start, here.start)))]

    @settings(max_examples=1500, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("ab .!?\n\u2028\u00a0,")), max_size=40), st.data())
    def agree(text, data):
        positions = data.draw(st.lists(st.integers(0, len(text)), max_size=8))
        mentions = [Mention(start, start, "x", []) for start in positions]
        stops = _sentence_stops(text)
        ordered = sorted(mentions, key=lambda m: m.start)
        for index in range(len(mentions)):
            assert _same_sentence(text, mentions, index, stops) == searched(text, mentions, index)
        for index in range(len(ordered)):
            expected = searched(text, ordered, index)
            assert _same_sentence(text, ordered, index, stops, [m.start for m in ordered]) == expected

    agree()


def test_of_homonyms_near_the_articles_places_the_one_beside_a_named_town_wins(parser, gazetteer):
    # two Kafr Nasihs lie within 40 km of the places named: one beside Tal Rifaat, one 25 km from Aleppo city
    found = {m.text: m for m in parser.parse(
        "Turkish forces shelled Tal Rifaat and the nearby villages of Kafr Nasih and Sheikh Issa, north of Aleppo.")}
    tal_rifaat, kafr_nasih = found["Tal Rifaat"].place, found["Kafr Nasih"].place
    assert haversine_km(tal_rifaat.lat, tal_rifaat.lon, kafr_nasih.lat, kafr_nasih.lon) < 10
    assert not kafr_nasih.ambiguous


def test_a_homonym_far_from_the_articles_places_gives_way_to_those_near_them_widened(parser):
    # the gazetteer's first Zahraa is in Lattakia; two lie near Nubl and Aleppo city, and the text says not which
    zahraa = next(m for m in parser.parse("Rebel factions shelled Nubl town and Aleppo city. "
                                          "The town of al-Zahraa was also shelled.") if m.text == "al-Zahraa")
    assert zahraa.place.admin1 == "Aleppo"
    assert zahraa.geo_precision >= 2 and zahraa.uncertainty_km > 5


def test_a_homonym_named_with_a_town_is_the_one_beside_it_not_one_by_the_landmark(parser):
    # "north of Aleppo" places Nubl off the city; of the Zahraas, one lies beside Nubl, one is a city quarter
    found = {m.text: m for m in parser.parse("Rebel factions shelled Nubl town, north of Aleppo. "
                                             "The town of al-Zahraa was also shelled.")}
    nubl, zahraa = found["Nubl town"].place, found["al-Zahraa"]
    assert haversine_km(nubl.lat, nubl.lon, zahraa.lat, zahraa.lon) < 5
    assert zahraa.geo_precision == 1 and any("beside" in note for note in zahraa.notes)


def test_two_names_each_with_a_far_namesake_are_the_pair_beside_each_other(parser):
    # Tall Shihab (Homs) and a Zayzun in Hama make both names doubtful; only the Dar'a pair lie together
    found = {m.text: m for m in parser.parse("An IED exploded on a regime patrol on the road between Tell Shihab "
                                             "and Zeyzoun, killing 2 soldiers.")}
    assert found["Tell Shihab"].place.admin1 == found["Zeyzoun"].place.admin1 == "Dar'a"
    assert found["Tell Shihab"].relation == "between" and found["Tell Shihab"].uncertainty_km < 10
    assert found["Zeyzoun"].geo_precision == 1


def test_a_place_east_of_a_town_is_not_a_namesake_on_its_west_side(parser):
    # Al Kashmah (spelled exactly so in the gazetteer) lies 26 km north-west of Hajin, Kishmah 11 km south-east
    found = {m.text: m for m in parser.parse("Coalition warplanes struck al-Kishma, east of Hajin.")}
    assert found["al-Kishma"].place.name == "Kishmah"


def test_a_town_east_of_a_city_beyond_sixty_km_is_the_one_spelled_so(parser):
    # Maskanah lies 84 km east of Aleppo; Masqan, 22 km away, is only spelled alike
    found = {m.text: m for m in parser.parse("A remnant of war exploded near Maskanah, east of Aleppo, "
                                             "killing 2 children.")}
    assert found["Maskanah"].place.name.startswith("Maskan")


def test_a_place_named_before_the_word_front_is_a_place_and_a_faction_called_front_is_not(parser):
    assert names(parser, "Clashes with Jaish al-Izza on the Kafr Nabuda front killed 3 soldiers.") == ["Kafr Nabutha"]
    assert names(parser, "Fighters of the Levant Front and the Sham Front attacked.") == []


def test_a_short_name_spelled_otherwise_inside_the_named_governorate_is_taken_as_a_similar_spelling(parser):
    # "al-Tayba" is exactly several Tibas elsewhere; the Sweida one is spelled Taïbé: a proposal, precision 2
    tayba = next(m for m in parser.parse("A man from al-Tayba in eastern Sweida countryside was shot dead by IS.")
                 if m.text == "al-Tayba")
    assert (tayba.place.admin1, tayba.place.match, tayba.geo_precision) == ("As-Sweida", "similar spelling", 2)


def test_a_district_in_its_governorate_is_the_district_not_the_governorate(parser):
    found = [m for m in parser.parse("An IS landmine killed a soldier in the desert of the al-Mukharram district, "
                                     "eastern Homs.") if m.role != "context"]
    assert [(m.place.name, m.place.feature) for m in found] == [("Al Makhrim", "district")]


def test_a_side_of_a_governorate_is_the_governorate_not_a_village_its_letters_fold_to(parser):
    # "Western Daraa" and Duwayr al Gharbi ("Western Dweir") share a fold key
    [mention] = parser.parse("Western Daraa, two attacks were reported.")
    assert (mention.place.feature, mention.place.admin1, mention.relation) == ("governorate", "Dar'a", "western")


def test_a_village_in_the_area_of_a_village_spelled_as_written(parser):
    # "al-Houla" folds like Hole and Helleh, which the gazetteer ranks first; Houla is spelled as written
    found = {m.text: m for m in parser.parse("Gunmen shot dead a police officer in Kafr Laha in the al-Houla area.")}
    assert (found["Kafr Laha"].place.admin1, found["Kafr Laha"].geo_precision) == ("Homs", 1)


def test_a_homonym_east_of_a_city_is_the_one_near_it_even_if_spelled_otherwise(parser):
    # the Sweida Tiba is spelled "Taybeh" and lies 60 km away; the Dar'a one, spelled Taïbé, lies 15 km away
    [taybeh, _] = parser.parse("Gunmen shot dead the mukhtar of al-Taybeh, east of Daraa city.")
    assert taybeh.place.admin1 == "Dar'a"


def test_letters_and_digits_are_one_word_as_in_the_gazetteer(parser):
    assert names(parser, "Israeli missiles struck the T4 airbase in the eastern Homs countryside.")[0] == "T4 airbase"


def test_a_hill_in_a_region_is_the_homonym_inside_it(parser):
    found = {m.text: m for m in parser.parse("Fighters clashed with troops on Kabbaneh hill in the Jabal al-Akrad.")}
    assert found["Kabbaneh"].place.admin1 == "Lattakia"  # not Kobani, whose letters fold alike


def test_a_towns_countryside_is_the_town_widened(parser):
    [m] = parser.parse("Turkish drones struck SDF positions in the Manbij countryside.")
    assert m.place.is_settlement and m.geo_precision == 2 and m.uncertainty_km >= 25


def test_a_governorate_spelled_as_the_press_does_decides_its_village(parser):
    found = {m.text: m for m in parser.parse("A child was killed in Douma, northern As-Suwayda countryside.")}
    assert found["Douma"].place.admin1 == "As-Sweida"  # not the Douma of Rural Damascus


@pytest.mark.parametrize("text", ["IS attacked troops in the Homs desert.", "IS attacked troops in the desert of Homs.",
                                  "IS attacked troops in the Homs Badia."])
def test_a_governorates_desert_is_the_governorate_not_its_city(parser, text):
    [m] = parser.parse(text)
    assert (m.place.feature, m.place.admin1, m.geo_precision) == ("governorate", "Homs", 3)


def test_a_towns_desert_is_the_town_widened_to_the_open_country(parser):
    [m] = parser.parse("IS attacked troops in the Palmyra desert.")
    assert m.place.is_settlement and m.geo_precision == 3 and m.uncertainty_km >= 50


def test_a_months_abbreviation_in_a_date_is_no_village(parser):
    assert "Nov" not in names(parser, "On 11 Nov 2021, a drone struck a car near Tal Tamr.")


def test_month_abbreviations_are_found_as_the_plain_two_branch_pattern_finds_them():
    """The pattern starts with a lookahead, for speed: it must find what the two branches alone find."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.geoparse import _month_spans

    months = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    plain = re.compile(rf"(?<=\d )(?:{months})\b|\b(?:{months})(?=\.? \d)")
    pieces = st.sampled_from(["Jan", "Sept", "Sep", "Mar", "March", "Nov.", "3", "12 ", " ", ".", "t", "x", "Oct", "é"])

    @settings(max_examples=3000, deadline=None)
    @given(st.lists(pieces, max_size=10).map("".join))
    def same(text):
        assert _month_spans(text) == [m.span() for m in plain.finditer(text)]

    same()
    assert _month_spans("On 11 Nov 2021 and Sept. 3, in March 3") == [(6, 9), (19, 23)]


def test_a_name_whose_every_namesake_lies_far_from_its_landmark_is_placed_by_the_landmark(parser):
    # every Sanamayn the gazetteer knows lies in Dar'a, 400 km and more from Suluk: coded north-east of Suluk
    [m] = [m for m in parser.parse("Turkish forces shelled Sanamayn, north-east of Suluk.") if m.role != "context"]
    assert (m.place.name, m.relation, m.geo_precision) == ("Suluk", "northeast of", 2)
    assert any("no place called Sanamayn" in note for note in m.notes)


def test_a_name_spelled_as_a_landmarks_neighbour_is_in_arabic_is_that_neighbour(parser):
    # OCHA writes the village 4 km from Suluk "Thiban", its Arabic name is Dhiban; the town Thiban that lists
    # "Dhiban" as a spelling lies 220 km away in Deir ez-Zor
    found = {m.text: m for m in parser.parse("Turkish forces shelled Dhiban, north-east of Suluk.")}
    assert (found["Dhiban"].place.id, found["Dhiban"].geo_precision) == ("ocha:C5832", 1)


def test_a_quarter_the_gazetteer_lacks_is_in_the_city_the_text_names(parser):
    [m] = parser.parse("A grenade hit a checkpoint in the Huwaiqa neighbourhood of Deir Ezzor city.")
    assert (m.place.feature, m.place.admin1, m.geo_precision) == ("city", "Deir-ez-Zor", 2)


def test_a_quarter_is_sought_in_the_city_its_sentence_names_not_at_a_village_far_off(parser):
    located = parser.parse("Clashes erupted in Al-Masakin neighbourhood, near the security square in "
                           "Al-Hasakeh city.")
    assert [(m.place.feature, m.place.admin1) for m in located][0] == ("neighbourhood", "Al-Hasakeh")


def test_a_district_of_a_city_its_sentence_names_is_a_quarter_not_a_village_far_off(parser):
    # "district" in a city is a quarter; an administrative district stays one
    located = parser.parse("Asayish fighters seized the al-Masaken district in the centre of Hasakah.")
    assert (located[0].place.feature, located[0].place.admin1) == ("neighbourhood", "Al-Hasakeh")
    [district, _] = parser.parse("Rebels shelled the Mhardeh district near Hama city.")
    assert (district.place.feature, district.place.admin1) == ("district", "Hama")
    # the city named after it, not another city of the sentence
    located = parser.parse("Car bombs ripped through the al-Zahraa district of Homs, hours before bombings near the "
                           "Sayyida Zeinab shrine south of Damascus.")
    assert (located[0].place.feature, located[0].place.admin1) == ("neighbourhood", "Homs")


def test_a_river_s_name_is_no_place_of_that_name_but_its_crossing_is(parser):
    located = parser.parse("IS fighters raided villages along the Khabour river near Tel Tamer.")
    assert [m.place.name for m in located] == ["Tal Tamer"]  # not Al Khabour, a quarter of Hasakah city
    located = parser.parse("Asayish detained eleven men at the Simalka river crossing.")
    assert [m.place.feature for m in located] == ["border_crossing"]
    located = parser.parse("IS killed two civilians in al-Suwar. Their bodies were found near the Khabour.")
    assert [m.place.name for m in located] == ["Sur"]


@pytest.mark.parametrize("text, names", [
    # an outlet's name: not Madaya ("Media") nor Qantarah ("Center"), 300 km off at +-1-2 km
    ("A barrel bomb hit the bus stop in al-Sakhour, Aleppo, according to the Aleppo Media Center.",
     ["al-Sakhour", "Aleppo"]),
    # a title-case headline: not Teishur ("Teacher"), Homs ("Homes") nor Kul Kilinjah ("Killing")
    ("Regime Rocket Attack Kills Teacher and Destroys Homes in Kafr Nabl, Killing Two", ["Kafr Nabl"]),
    ("The Local Coordination Committees said Water Station workers were Taken by gunmen in Saraqib.", ["Saraqib"]),
])
def test_a_common_word_with_a_capital_is_no_respelled_village(parser, text, names):
    assert [m.text for m in parser.parse(text)] == names


def test_a_name_listed_beside_a_city_s_quarter_is_that_city_s_quarter(parser):
    located = parser.parse("Rebel rockets hit al-Shahbaa and al-Furqan on 5 November; in al-Shahbaa 3 people died.")
    # not Shahba, a town of Sweida 377 km off: Aleppo's quarter, where the text names it again too
    assert [(m.place.feature, m.place.admin1) for m in located] == [("neighbourhood", "Aleppo")] * 3


@pytest.mark.parametrize("text, names", [
    # "Eastern And Western", an alias OCHA gives Tab Issa (Idleb): said of two villages, no place
    ("Government forces stormed Eastern and Western Ghariyeh in the Daraa countryside.", ["Daraa countryside"]),
    # "the Damascus government": the government, no anchor for a quarter of Damascus called al-Qanawat
    ("The National Guard arrested three men in al-Qanawat accused of passing information to the Damascus "
     "government's security services.", ["al-Qanawat:As-Sweida", "Damascus"]),
])
def test_words_that_name_no_place_of_the_sentence(parser, text, names):
    located = parser.parse(text)
    assert [m.text + (f":{m.place.admin1}" if m.text == "al-Qanawat" else "") for m in located] == names


def test_a_weapon_s_model_is_no_place(parser):
    located = parser.parse("A US jet shot down an armed Shahed-129 drone near al-Tanf.")
    assert [m.text for m in located] == ["al-Tanf"]  # not Shahid, a village of Aleppo


def test_a_quarter_unknown_in_the_city_named_is_the_city_not_a_village_beside_it(parser):
    located = parser.parse("Clashes erupted in Al-Ghazal neighbourhood in Homs city.")
    assert [(m.place.feature, m.place.admin1, m.geo_precision) for m in located] == [("city", "Homs", 2)]


def test_a_respelled_name_beside_a_landmark_is_the_one_with_its_consonants_close_by(parser):
    located = parser.parse("Residents of Al-Amouriyah, east of Zayzun, protested against the regime.")
    assert (located[0].place.name, located[0].place.admin1) == ("Amorieh", "Dar'a")


def test_a_name_spelled_as_the_gazetteer_does_far_out_from_its_landmark_stays(parser):
    located = parser.parse("ISIS fighters attacked Maskanah, east of Aleppo.")
    assert located[0].place.name == "Maskana"


def test_a_town_spelled_like_a_city_s_foreign_name_is_not_that_city_named_beside_it(parser):
    located = parser.parse("Israeli warplanes struck targets near Dimas, west of Damascus.")
    assert (located[0].place.name, located[0].place.admin1) == ("Dimas", "Rural Damascus")


def test_central_before_a_city_is_its_centre_not_its_whole_governorate(parser):
    [m] = parser.parse("A bomb planted in a bus exploded in central Damascus.")
    assert m.place.feature == "city" and m.uncertainty_km <= 10
    [m] = parser.parse("Regime forces shelled the central Idleb countryside.")
    assert m.place.feature == "governorate"


def test_a_name_followed_by_region_is_the_region(parser):
    [m] = parser.parse("Turkish strikes hit oil facilities across the Jazira region.")
    assert (m.place.feature, m.place.admin1) == ("area", "Al-Hasakeh")


def test_a_name_before_military_camps_is_the_base_of_that_name_not_a_village(parser):
    # al-Hamidiyah is a village in seven governorates and a former army base by Ma'arrat An Nu'man
    text = "Regime forces took the Wadi al-Deif and al-Hamidiyah military camps south of Maarat al-Numan."
    found = {m.text: m for m in parser.parse(text)}
    assert (found["al-Hamidiyah military camps"].place.feature,
            found["al-Hamidiyah military camps"].place.admin1) == ("military_base", "Idleb")


def test_a_place_said_to_be_west_of_a_town_may_lie_a_little_past_north_by_its_point(parser):
    # OCHA's point for Qanniyeh (Idleb) is 12 km due north of Jisr al-Shughur; the Tartous Qenniyeh is 90 km west
    found = {m.text: m for m in parser.parse("HTS returned houses to residents of al-Qunayyah, west of Jisr al-Shughur.")}
    assert found["al-Qunayyah"].place.admin1 == "Idleb"


def test_a_name_with_a_landmarks_namesakes_consonants_is_the_one_beside_it(parser):
    # the Quneitra by Suluk is spelled nothing like "al-Qunaytirah" but in its consonants; every other lies 240+ km off
    found = {m.text: m for m in parser.parse("A Turkish drone hit a motorcycle near al-Qunaytirah, east of Suluk.")}
    assert found["al-Qunaytirah"].place.admin1 == "Ar-Raqqa"
    assert any("consonants" in note for note in found["al-Qunaytirah"].notes)  # the dot says how it was chosen


def test_a_final_double_a_is_read_as_the_ayn_it_writes(parser):
    [m] = parser.parse("An IED blast in Izraa vegetable market killed 2 civilians.")
    assert (m.place.name, m.place.admin1) == ("Izra'", "Dar'a")


@pytest.mark.parametrize("text, region", [
    ("Warplanes struck several towns across eastern Ghouta.", "Eastern Ghouta"),
    ("Security services arrested 15 men in the western Ghouta.", "Western Ghouta"),
    ("Warplanes struck several towns of the Ghouta.", "Eastern Ghouta"),
    ("Protests took place in several towns of Houran.", "Hauran"),
])
def test_a_region_named_alone_or_with_a_lower_case_side_is_the_region_not_a_village(parser, text, region):
    [m] = parser.parse(text)
    assert m.place.name == region  # not Ghota by Homs, nor Houran in al-Raqqa


def test_a_settlement_said_to_be_in_a_region_named_with_its_side_is_inside_it(parser):
    found = {m.text: m for m in parser.parse("Jaysh al-Islam fighters withdrew from al-Dumayr, eastern Qalamoun.")}
    assert (found["al-Dumayr"].place.admin1, found["eastern Qalamoun"].role) == ("Rural Damascus", "context")


def test_a_quarter_said_to_be_one_of_a_citys_neighbourhoods_is_in_that_city(parser):
    found = {m.text: m for m in parser.parse("Russian warplanes bombed IS positions in al-Othmaniya, one of the "
                                             "last IS-held neighbourhoods of Deir ez-Zor city.")}
    assert found["al-Othmaniya"].place.admin1 == "Deir-ez-Zor"  # not the Othmaniya near Homs


def test_a_rival_is_not_drawn_to_its_own_names_first_candidate(parser):
    # "Shnineh" is a spelling of Shinan (Idleb) and of Shaninah (al-Raqqa); Shinan, the first candidate, is an
    # anchor itself, and must not make itself "the one near the article's other places" (Raqqa city)
    found = {m.text: m for m in parser.parse("The SDF took control of Shnineh and nearby farms north-east of "
                                             "Raqqa city after clashes with IS.")}
    assert found["Shnineh"].place.admin1 == "Ar-Raqqa"


@pytest.mark.parametrize("text, name, admin1", [
    ("Mukhtar of al-Khansaa, S of Tal Hamis, abducted by unknown gunmen", "al-Khansaa", "Al-Hasakeh"),
    ("Israeli bulldozers raze farmland near al-Ruwayhinah, SE of Quneitra", "al-Ruwayhinah", "Quneitra"),
])
def test_a_headlines_abbreviated_compass_word_places_a_name_by_its_landmark(parser, text, name, admin1):
    found = {m.text: m for m in parser.parse(text)}
    assert found[name].place.admin1 == admin1
    assert any("as the text says" in note for note in found[name].notes)


def test_an_abbreviated_bearing_with_a_distance_is_a_relation_but_is_of_is_none(parser):
    [m] = parser.parse("Regime forces shelled an area 5 km NW of Kafr Nabl.")
    assert m.relation == "5 km nw of"
    assert all(m.relation is None or "s of" not in m.relation
               for m in parser.parse("A cell of IS of Raqqa attacked Maadan."))


@pytest.mark.parametrize("text, name, place", [
    ("Iranian-backed militias launched drones at the Rumaylan airstrip.", "Rumaylan airstrip", "Rmelan Airfield"),
    ("IS attacked a checkpoint guarding the Khneifis phosphate mines, south-west of Palmyra.",
     "Khneifis phosphate mines", "Khunayfis phosphate mines"),
    ("Armed men looted equipment from Jandar power plant, S of Homs.", "Jandar power plant", "Jandar power station"),
])
def test_a_name_before_the_kind_of_site_it_is_is_that_site(parser, text, name, place):
    found = {m.text: m for m in parser.parse(text)}
    assert found[name].place.name == place  # not the village (Jandar) or a namesake in Hama (Khneifis)


def test_an_english_preposition_is_not_taken_for_an_article_before_a_name(parser):
    [m] = parser.parse("Workers went on strike at Hasya Industrial City.")
    assert m.text == "Hasya Industrial City"  # the place's words, as a user reads them in the table


def test_a_quarter_beside_the_named_half_of_its_city_is_in_that_city(parser):
    found = {m.text: m for m in parser.parse("Regime forces arrest 3 young men in Hay al-Shuhada, Daraa al-Mahatta")}
    assert found["al-Shuhada"].place.admin1 == "Dar'a"  # not the Shuhada quarter of Aleppo


def test_a_sixteen_point_bearing_places_a_name_by_its_landmark(parser):
    found = {m.text: m for m in parser.parse("Turkish forces shelled al-Wasita, north-north-west of Ain Issa.")}
    assert found["al-Wasita"].place.admin1 == "Ar-Raqqa"  # not the Wasita in Idleb, 177 km off
    [m] = parser.parse("Shells fell 3 km south-south-west of Ain Issa.")
    assert m.relation == "3 km south-south-west of"


def test_a_bearing_prefers_a_namesake_squarely_on_that_side_and_nearer(parser):
    # "Souran" is spelled as the Hama and A'zaz towns' aliases are; the A'zaz one lies 35 km north-west of al-Bab,
    # the village Suran 17 km south-west: the text's side and nearness say which
    found = {m.text: m for m in parser.parse("A mine went off in the village of Souran, southwest of al-Bab.")}
    assert found["Souran"].place.id == "ocha:C1197" and found["Souran"].uncertainty_km <= 2
    # a namesake squarely west but further off does not beat the one the name finds ("al-Mishyah, west of Hama")
    found = {m.text: m for m in parser.parse("Gunmen opened fire on a wedding in al-Mishyah, west of Hama.")}
    assert found["al-Mishyah"].place.admin1 == "Hama"


def test_a_headlines_compass_letters_start_no_name(parser):
    # "NE Hama" folds like an Israeli Naham; refused, it had hidden Hama, and Srouj went to the Sruj in Idleb
    found = {m.text: m for m in parser.parse("Barrel bombs on Srouj, NE Hama countryside, this morning.")}
    assert found["Srouj"].place.admin1 == "Hama" and "Hama countryside" in found
    assert [m.place.name for m in parser.parse("Shelling hit NE Hama.")] == ["Hama"]


def test_a_governorates_mountains_are_the_governorate_not_its_city(parser):
    # (check282's, blind) "the Latakia mountains" had been the coastal city at +-5 km, 45 km from Kabani
    [mountains] = parser.parse("Rebel factions stormed Alawite villages in the Latakia mountains on 4 August.")
    assert (mountains.place.feature, mountains.role) == ("governorate", "governorate")


def test_a_clipped_notes_compass_letter_or_day_beside_a_name_hides_no_place(parser):
    # (check273's, blind) "W" before a name made it a person's ("W Qamishli", like "Ahmad Qamishli"); "Sun" after
    # one read as the rest of a longer name the gazetteer lacks, and the note had no place
    assert [m.place.name for m in parser.parse("IS truck bomb in W Qamishli 27 Jul kills 44.")] == ["Quamishli"]
    found = parser.parse("ISIS suicide car bomb rams SDF post in Sousa Sun; 4 SDF killed.")
    assert [m.text for m in found] == ["Sousa"]


def test_a_village_said_beside_a_landmark_is_no_quarter_of_its_name(parser):
    # "a small village east of Rastan": the Al Bayadah by Rastan, not the Homs quarter Bayada ranked first
    found = {m.text: m for m in parser.parse("Regime forces shelled al-Bayadah, a small village east of Rastan.")}
    assert found["al-Bayadah"].place.feature == "village" and found["al-Bayadah"].place.admin2 == "Ar-Rastan"


def test_an_area_named_before_a_bearing_is_no_unit_of_the_landmark(parser):
    # "the Kiswah area south of Damascus": Kiswah lies outside Damascus governorate and was dropped as if the text
    # had put it inside; the area word is Kiswah's own, as "the Muhasan sub-district, east of ..." is Muhasan's
    found = {m.text: m for m in parser.parse("Israeli missiles targeted positions in the Kiswah area south of Damascus.")}
    assert found["Kiswah"].place.admin1 == "Rural Damascus" and found["Damascus"].role == "context"


def test_a_landmark_measured_from_a_city_is_no_landmark_inside_it(parser):
    # "the Najha cemetery southeast of Damascus": Damascus is where it is measured from, not the town the cemetery
    # must lie in; Najha, 17 km off, stays
    found = {m.text: m for m in parser.parse("A body was found near the Najha cemetery southeast of Damascus.")}
    assert found["Najha"].place.admin1 == "Rural Damascus"


def test_a_place_on_the_edge_of_a_region_is_the_one_by_it(parser):
    found = {m.text: m for m in parser.parse("IS fighters attacked opposition positions in al-Aridah, on the edge of "
                                             "the Yarmouk basin.")}
    assert found["al-Aridah"].place.admin1 == "Dar'a"  # not Big Arada in al-Hasakeh


@pytest.mark.parametrize("text, name, unit", [
    ("Tribal fighters clashed with the SDF in several villages of the Busayrah sub-district.", "Busayrah",
     "ocha:SY090102"),
    ("IS militants killed 5 truffle gatherers in the desert of the al-Sukhnah sub-district.", "al-Sukhnah",
     "ocha:SY040501"),
])
def test_a_sub_district_named_by_its_town_is_the_unit_not_the_town(parser, text, name, unit):
    found = {m.text: m for m in parser.parse(text)}
    assert found[name].place.id == unit and found[name].place.feature == "subdistrict"


@pytest.mark.parametrize("text", ["IS ambushed a convoy on the Ithriya-Raqqa road.",
                                  "IS ambushed a convoy on the road between Ithriya and Raqqa."])
def test_the_far_end_of_a_road_is_not_the_unit_its_first_end_is_in(parser, text):
    # not Atarah, a Raqqa village spelled a little like Ithriya, 9 km from Raqqa
    first = parser.parse(text)[0]
    assert first.place.admin1 == "Hama" and first.relation == "between"


def test_a_site_the_gazetteer_lacks_is_placed_by_its_landmark_not_at_a_namesake_village(parser):
    # no oil field called al-Omar in the data; the village Omar in Aleppo is not it
    found = parser.parse("Rockets hit the al-Omar oil field, east of al-Mayadin.")
    assert [(m.place.admin1, m.relation) for m in found] == [("Deir-ez-Zor", "east of")]


@pytest.mark.parametrize("text, not_a_place", [
    ("Turkish strikes followed the attack on the TUSAS facility in Ankara.", "TUSAS"),  # an acronym, not Taqsis
    ("Government forces clashed with members of the Jaafar clan near al-Safsafa.", "Jaafar"),  # not Ja`fur
    ("Notables of the Bani Khalid tribe agreed on a truce in al-Sa'en.", "Bani"),  # a kin's name: no village Al Bani
    ("A day before the Moscow talks, shells hit Salqin.", "Moscow"),  # not Mishkaw, Kurdish for Shakriyeh
])
def test_words_that_spell_like_a_village_but_name_no_place(parser, text, not_a_place):
    assert not_a_place not in [m.text for m in parser.parse(text)]


def test_a_region_is_never_a_point_at_a_quarter_of_its_name(parser):
    # Ash-Shahba'a is a quarter of Aleppo city, Shahba a city of As-Sweida: the Shehba region is the curated region
    # round Tall Refaat, its wide circle, not a 1 km dot (it had been masked as no place, leaving "north of Aleppo")
    shehba = parser.parse("Turkish forces shelled Shehba region villages north of Aleppo.")[0]
    assert shehba.place.feature == "area" and shehba.place.admin1 == "Aleppo" and shehba.uncertainty_km >= 10
    # but a quarter's "area" is the quarter
    [mezzeh] = [m for m in parser.parse("Gunmen killed a man in Damascus's Mezzeh 86 area.") if m.role != "context"]
    assert mezzeh.place.feature == "neighbourhood" and mezzeh.uncertainty_km < 5


def test_a_district_of_a_city_the_units_lack_is_its_quarter(parser):
    # no unit called al-Waer; Mazraa, a village with the name among its aliases, ranked first
    waer = parser.parse("Residents of the al-Waer district in Homs protested against arrests.")[0]
    assert waer.place.feature == "neighbourhood" and waer.place.admin1 == "Homs"


def test_on_the_road_to_a_town_is_along_it_not_at_it(parser):
    [m] = parser.parse("A bomb exploded on the road to Deir ez-Zor.")
    assert m.relation == "on the road to" and m.geo_precision == 2 and m.uncertainty_km >= 20


def test_a_road_named_for_a_city_is_no_landmark(parser):
    # the Dhiban rule dropped Manbij, no Manbij lying within 20 km of Aleppo: a confident dot 80 km off
    found = {m.text: m for m in parser.parse("A car bomb exploded in Manbij city near the Aleppo road roundabout.")}
    assert found["Manbij city"].place.name == "Menbij"


def test_just_before_a_bearing_still_makes_the_town_a_landmark(parser):
    found = {m.text: m for m in parser.parse("An IED exploded near al-Aliya, just south of Mhambal.")}
    assert found["Mhambal"].role == "context" and found["al-Aliya"].place.admin1 == "Idleb"


def test_a_unit_named_with_a_bearing_from_a_town_is_the_unit(parser):
    found = {m.text: m for m in parser.parse("A roadside bomb struck a vehicle on a road in the al-Sanamayn "
                                             "sub-district, north of Dar'a.")}
    assert found["al-Sanamayn"].place.feature == "subdistrict" and found["Dar'a"].role == "context"


def test_a_quarter_in_a_part_of_a_city_is_the_city_s_quarter(parser):
    # Aleppo's Hameidiyyeh, spelled otherwise than the namesakes in Hama, Homs and Deir ez-Zor ranked first
    [quarter, city] = parser.parse("A Russian air strike hit al-Hamidiyeh in eastern Aleppo city.")
    assert quarter.place.feature == "neighbourhood" and quarter.place.admin1 == "Aleppo" and city.role == "context"


def test_a_name_measured_from_a_landmark_is_read_whole_not_by_its_first_word(parser):
    # "Sitti" alone is a village in Aleppo, 173 km off; Set Aateka (Mazar Sitti `Atikah) is 4 km from Salqin
    first = parser.parse("Regime artillery fired rockets at Sitti Atiqa, about 4 km north-east of Salqin.")[0]
    assert first.text == "Sitti Atiqa" and first.place.admin1 == "Idleb"


def test_two_sub_districts_named_together_are_both_units(parser):
    found = {m.text: m for m in parser.parse("Shells hit the Rastan and Talbiseh sub-districts of the Homs pocket.")}
    assert [found[name].place.feature for name in ("Rastan", "Talbiseh")] == ["subdistrict", "subdistrict"]
    towns = {m.text: m for m in parser.parse("Shells hit Rastan and Talbiseh.")}
    assert towns["Rastan"].place.feature != "subdistrict"


def test_a_road_named_by_the_two_cities_it_joins_is_between_them_not_a_compound_name(parser):
    # WOF has a village "Hims - Hamah" in Deir ez-Zor, and "Damascus-Amman" spells like Damascus's Amin quarter
    found = parser.parse("A bomb exploded on the Homs-Hama highway.")
    assert [m.text for m in found] == ["Homs", "Hama"]
    assert found[0].relation == "between" and found[0].uncertainty_km > 20
    homs, hama = (parser.parse(name)[0] for name in ("Homs", "Hama"))
    assert min(homs.lat, hama.lat) < found[0].lat < max(homs.lat, hama.lat)
    assert "Amin" not in [m.place.name for m in parser.parse("Shells fell east of the Damascus-Amman highway.")]
    [golan] = parser.parse("Gunmen executed two men in Saham al-Golan.")  # a hyphen after an article joins one name
    assert golan.place.admin1 == "Dar'a"


@pytest.mark.parametrize("text, name", [
    ("Israeli warplanes bombed a site near Bayt Khalaf al 'Azli.", "Bayt Khalaf al 'Azli"),  # an ayn mark opening a word
    ("Troops put up a gate at the entrance of Matin 'Awaz.", "Matin 'Awaz"),
    ("A council member was shot dead in Ra's as Sinin.", "Ra's as Sinin"),  # "Ra's" is Ras, no possessive
])
def test_an_ayn_mark_at_the_start_of_a_word_does_not_cut_a_name(parser, text, name):
    found = {m.text: m for m in parser.parse(text)}
    assert name in found and found[name].place.match == "exact name", list(found)


def test_an_ayn_mark_at_the_end_of_a_word_does_not_cut_a_name(parser):
    found = {m.text: m for m in parser.parse("Coalition aircraft struck a convoy near al-Sab' Biyar.")}
    assert found["al-Sab' Biyar"].place.admin1 == "Rural Damascus"  # not "Biyar" alone, spelled like Boyer in Aleppo


def test_a_name_spelled_with_another_ending_is_the_one_beside_the_places_named_with_it(parser):
    found = {m.text: m for m in parser.parse("Turkish forces shelled al-Tawila and Salmasa, west of Tal Tamr.")}
    assert found["al-Tawila"].place.id == "ocha:C4386"  # Tawileh by Tal Tamr, not At-Tawila in Tartous


def test_homonyms_far_from_every_place_named_with_them_stay_in_doubt(parser):
    # both Ajamis lie hundreds of km from Salmasa: the one in Aleppo, nearer, is no safer a guess
    found = {m.text: m for m in parser.parse("Turkish forces shelled Ajami and Salmasa, west of Tal Tamr.")}
    assert found["Ajami"].geo_precision == 3 and found["Ajami"].uncertainty_km > 100


@pytest.mark.parametrize("text, name, admin1", [
    ("Israeli troops raided Kammouniyeh, a village in central Quneitra, on Sunday.", "Kammuniyah", "Quneitra"),
    ("Gunmen killed a man in Tiba, a small village in the Homs countryside.", "Tiba", "Homs"),
])
def test_a_place_called_a_village_in_a_unit_is_in_it_and_the_unit_is_context(parser, text, name, admin1):
    # not the city of Quneitra, 11 km from Kammouniyeh, as the row's place
    [(found, found_admin1, precision)] = _located(parser, text)
    assert found.startswith(name[:4]) and found_admin1 == admin1 and precision == 1


def test_a_town_s_countryside_reaches_over_the_line_of_the_sub_district_it_seats(parser):
    # al-Hajjaj lies 8 km from Maadan, in the Karama sub-district: the text places it by the town, not in its unit
    [(name, admin1, precision)] = _located(parser, "Regime forces arrested 3 young men in al-Hajjaj in the Maadan "
                                                   "countryside.")
    assert (name, admin1, precision) == ("al Hajjaj", "Ar-Raqqa", 1)


def test_a_sub_district_of_a_town_is_the_unit_and_the_town_is_context(parser):
    # not Jableh city, 14 km from the unit's centre, as the place of the raid
    assert _located(parser, "General Security forces raided several villages in the Qteilbiyyeh sub-district of "
                            "Jableh.") == [("Qteilbiyyeh", "Lattakia", 2)]


@pytest.mark.parametrize("text, name", [
    ("Tribal fighters took control of Rdeimet al-Liwa.", "Radimeh Ellewa"),  # the construct "t" written
    ("IS attacked an SDF post in Huwayja Shnan.", "Hweijet Shnan"),  # ... and not written
])
def test_a_word_in_construct_is_found_in_a_text_however_its_t_is_written(parser, text, name):
    # the text scan reads a name as the gazetteer's lookup does
    [mention] = parser.parse(text)
    assert mention.place.name == name


@pytest.mark.parametrize("text, name, admin1", [
    ("General Security forces launched a search campaign in Fulla in the western Homs countryside.", "Fullah", "Homs"),
    ("Regime forces shelled Al-Taouneh (Hama).", "Tauneh", "Hama"),
])
def test_a_short_name_is_found_in_the_governorate_its_clause_names(parser, text, name, admin1):
    # too short for its spelling variants to be matched across Syria; one place has it in the governorate
    found = _located(parser, text)
    assert found[0][:2] == (name, admin1)


def test_a_countryside_named_for_a_unit_is_the_unit_not_a_village_elsewhere_of_its_name(parser):
    # the Kisreh sub-district in Deir ez-Zor, not the village Kisreh in al-Hasakeh (105 km off, widened to 550 km)
    found = {m.text: m for m in parser.parse("Gunmen shot dead a former soldier in Jweis, in the Kisreh "
                                             "countryside.")}
    kisreh = found["Kisreh countryside"]
    assert (kisreh.place.feature, kisreh.place.admin1) == ("subdistrict", "Deir-ez-Zor")


def test_a_qualifier_after_a_word_of_a_name_the_gazetteer_lacks_is_no_village(parser):
    # "al-Saghir" ("the small") of the Bab al-Saghir cemetery had been the village Sagher in Aleppo, 358 km off
    found = [m.place.name for m in parser.parse("Two explosions struck pilgrims near the Bab al-Saghir cemetery in "
                                                "Damascus.")]
    assert found == ["Damascus"]


def test_a_governorate_named_for_its_border_is_no_landmark(parser):
    # "near the Hama border": al-Zankar is in Idleb; it had been dropped as "not within 20 km of Hama" city
    found = {m.text: m for m in parser.parse("A regime sniper shot dead a farmer on the outskirts of al-Zankar near "
                                             "the Hama border.")}
    assert found["al-Zankar"].place.admin1 == "Idleb" and found["Hama"].role == "context"


def test_the_side_of_a_governorate_named_chooses_among_homonyms_in_it(parser):
    # the Sha`fa west of Deir ez-Zor city, not the Shafa by Abu Kamal, 163 km off
    found = {m.text: m for m in parser.parse("Regime forces and IS militants clashed near Shaafa in the western "
                                             "Deir ez-Zor desert.")}
    assert found["Shaafa"].place.id == "wof:1226363683"


def test_a_small_region_holds_its_own_governorate_s_namesake(parser):
    # Jabal al-Zawiya is in Idleb: its Deir Sunbul, not Hama's across the line, 27 km off
    found = {m.text: m for m in parser.parse("Regime forces shelled Deir Sunbul in Jabal al-Zawiya, south of Ariha.")}
    assert found["Deir Sunbul"].place.admin1 == "Idleb"


def test_names_listed_before_one_placed_by_a_landmark_are_placed_by_it_too(parser):
    # the Raqqa village Houran beside Suweidan, not the Hauran plain of Dar'a, 453 km off
    found = {m.text: m for m in parser.parse("Turkish forces shelled Hauran and Suweidan, west of Ain Issa.")}
    assert found["Hauran"].place.admin1 == "Ar-Raqqa" and found["Suweidan"].place.admin1 == "Ar-Raqqa"


def test_an_area_of_a_city_lies_in_the_city_not_anywhere_in_its_governorate(parser, gazetteer):
    [area] = [m for m in parser.parse("First responders recovered bodies from a mass grave in the al-Fukheikha area "
                                      "of Raqqa city.") if m.role != "context"]
    city = gazetteer.lookup("Raqqa city")[0]
    assert haversine_km(area.place.lat, area.place.lon, city.lat, city.lon) <= 10  # not Fakhikheh, 74 km off


def test_a_village_named_with_a_generic_word_is_found_by_its_landmark(parser):
    # "Jabal" names a mountain, but the village Jabal Mu`ayzilah by al-Kasra is spelled so too
    [(name, admin1, precision)] = _located(parser, "A body was found near Jabal Muayzila, 10 km northwest of al-Kasra.")
    assert admin1 == "Deir-ez-Zor" and precision <= 2  # not Moezleh in Raqqa, in doubt over 168 km


@pytest.mark.parametrize("text", ["A car bomb exploded in El Bab, killing five.", "Al Bab was shelled."])
def test_an_article_written_apart_and_capitalised_joins_a_short_name(parser, text):
    # "Bab" alone is a word (a gate); "Al Bab" as OCHA and "El Bab" as the Turkish press write the town
    assert [(name, admin1) for name, admin1, _ in _located(parser, text)] == [("Al Bab", "Aleppo")]


@pytest.mark.parametrize("text, name", [("A landmine exploded near al-Nuhiya al-Gharbiya.", "Western-Nuhiyeh"),
                                        ("Shelling hit Lower Kafr Dali.", "Lower Kafardali")])  # Kafr Dali Tahtani
def test_a_qualifier_is_found_first_as_english_writes_it_or_last_as_arabic_does(parser, text, name):
    assert [found for found, _, _ in _located(parser, text)] == [name]


def test_a_name_does_not_run_on_over_a_bracket_to_an_article(parser):
    # "Thaala (As-Sweida)": a village and its governorate, not "Thaala As-Sweida", read as Tal Aswad in Aleppo
    assert [admin1 for _, admin1, _ in _located(parser, "Tribal fighters enter Thaala (As-Sweida governorate) amid "
                                                        "heavy clashes.")] == ["As-Sweida"]


def test_a_district_named_for_a_city_is_a_unit_not_the_city(parser):
    # "district" hints at a town or city too; only "city" itself makes "X, Y city" a quarter of the city
    mentions = parser.parse("Rockets fired toward Qastal Maaf (Lattakia district); material damage only.")
    assert [(m.place.name, m.role) for m in mentions] == [("Qastal Maaf", ""), ("Lattakia", "context")]


def test_two_names_with_namesakes_are_the_one_pair_a_little_beyond_near(parser):
    # Tal al-Safa and Abu Rasin each have namesakes across Syria; the Hasakeh pair lies 25 km apart
    mentions = parser.parse("Turkish forces shelled Tal al-Safa near Abu Rasin.")
    [(name, admin1, precision)] = _located(parser, "Turkish forces shelled Tal al-Safa near Abu Rasin.")
    assert (admin1, precision) == ("Al-Hasakeh", 2) and mentions[0].place.uncertainty_km < 40  # not +-401 km in Homs


def test_a_name_said_twice_is_one_place_the_narrower_reading(parser):
    # the first "Al Mustariha" alone is one of its homonyms across Syria (one in Idleb, 451 km off); the post's
    # field line puts it in Hasakeh
    found = parser.parse("A grenade exploded in Al Mustariha. 3 dead.\n  Al Mustariha #Hasakeh")
    first, second = [m for m in found if m.text == "Al Mustariha"]
    assert first.place.id == second.place.id and first.place.admin1 == "Al-Hasakeh"


def test_a_word_after_a_posts_bar_opens_its_sentence(parser):
    # "Battles" after "|" is the post's first word, not a respelling of the village Arus
    assert names(parser, "#Beit al Ajuz #Latakia countryside | Battles ongoing near the locality.") == [
        "Bayt al `Ajuz", "Lattakia"]


@pytest.mark.parametrize("text, name", [
    # (check94's, blind) the people of a place speak; the place is no person's name
    ("Residents of Ariha said Russian jets struck residential blocks on 29 November.", "Ariha"),
    # ... its article too (check122's, blind)
    ("Residents of al-Hamboushiyeh said fighters shot dead an elderly couple.", "Hambushiyeh"),
    # a governorate before "village of" holds the village; not Alhyms (Al-Hasakeh), whose letters "Homs village" folds to

    # a quarter OCHA names with another ("Abbasiyeh-Muhajreen"), the apposition saying whose city it is in
    ("Two car bombs in al-Abbasiyeh, a pro-government district of Homs, killed at least 100.", "Abbasiyeh-Muhajreen"),
    # (check96's) the quarter's name in English ("Fealat Gharbiyeh"), not the Hasakeh quarter Al Villat
    ("A mortar hit the Western Villas of Mezzeh near the Iranian embassy.", "Fealat Gharbiyeh"),
    # an industrial area on the edge of a quarter: by the quarter, not Misannah Bab in Aleppo
    ("Regime forces regained the al-Masaneh industrial area on the edge of Qaboun.", "Al Masani'"),
])
def test_the_first_place_is_the_one_the_sentence_means(parser, text, name):
    assert names(parser, text)[0] == name


def test_a_governorate_before_village_of_holds_the_village(parser):
    # not Alhyms (Al-Hasakeh, 444 km off), whose letters "Homs village" folds to
    mentions = parser.parse("Troops shelled the northern Homs village of Deir Foul on 5 April 2013.")
    assert [m.place.name for m in mentions] == ["Homs", "Deir Fool"] and mentions[0].role == "context"


@pytest.mark.parametrize("text, expected", [
    # (check99's, blind) a place an aside names to say it is not the one meant, and groups named after places
    ("Sheikh Saad, near Nawa in western Daraa (not the Tartous village): rebels repelled a Jaysh Khalid push.",
     ["Sheikh Saed", "Nawa", "Dar'a"]),
    ("Nusra fighters stormed the headquarters of the Yarmouk Martyrs Brigade in Sheikh Saad.", ["Sheikh Saed"]),
    # (check98's) "jurud", the barrens round a town, is no Jirud
    ("Clashes continued in the Jurud of Jarajir, the mountains east of Arsal.", ["Jarajir", "Aarsâl"]),
    # (check100's) al-Sham in a group's name (an alias of Aleppo's Jamel); the month (a Rural Damascus village)
    ("Gunmen from the Islamic State of Iraq and al-Sham shot and wounded a media activist outside his home.", []),
    ("Three air strikes hit a crowded street in Zardana during the Ramadan evening.", ["Zardana Mashehad"]),
    # (check97's) a respelled name opening a sentence, told as only a place is ("Tadaf", not refused as an English
    # word might be); but not an English word before the same verb
    ("Tadef fell to the regime's Tiger Forces on 26 February 2017.", ["Tadaf"]),
    ("Feature fell to its lowest level in years.", []),
    # (check104's) a gas field the gazetteer lacks is no village spelled like it; a volcanic field is a place
    ("IS attacked army positions near the Shaer gas field on Sunday.", []),
    ("To the east of Sweida, the army has surrounded the As-Safa volcanic field.", ["As-Sweida", "As-Safa"]),
])
def test_names_that_are_no_place_of_the_event(parser, text, expected):
    assert names(parser, text) == expected


def test_a_province_people_left_for_does_not_place_a_name_beside_it(parser):
    # "would leave for Idlib": Idlib is where they went, not the province al-Tall is in (it is north of Damascus)
    mentions = parser.parse("Rebels in al-Tall, north of Damascus, agreed on 2 December 2016 to a deal under which "
                               "fighters would leave for Idlib and the army would enter the town.")
    tall = next(m for m in mentions if m.text == "al-Tall")
    assert tall.place.admin1 == "Rural Damascus"


def test_the_last_of_a_list_people_left_for_does_not_place_a_name_either(parser):
    # "to Jarablus and Idlib": Idlib ends a list of destinations; Babila is the Babella beside Yalda and Beit Sahm,
    # not the Babilla in Idleb 250 km off
    found = {m.text: m for m in parser.parse(
        "Rebel factions in Yalda, Babila and Beit Sahm agreed to hand over heavy weapons and evacuate fighters who "
        "refuse settlement to Jarablus and Idlib.")}
    assert found["Babila"].place.admin1 == "Rural Damascus"


@pytest.mark.parametrize("text", ["Rebels took most of the Yarmouk refugee camp after two days of clashes.",
                                  "Shells hit the Yarmouk Palestinian camp."])
def test_a_refugee_camp_is_the_place_spelled_as_the_camp(parser, text):
    # the gazetteer spells Damascus's Yarmouk "Yarmouk Camp"; "Yarmouk" alone has namesakes 467 km apart
    [m] = parser.parse(text)
    assert m.place.admin1 == "Damascus" and m.uncertainty_km <= 2


def test_a_countryside_is_no_unit_far_from_the_town_it_spells(parser):
    # the Hole sub-district (al-Hol, Al-Hasakeh) folds like "Houla": it is not the land round Homs's Houla, and a
    # village the text places there is not dropped for lying outside it
    found = {m.text: m for m in parser.parse("Regime forces shelled Samaalil in the Houla countryside.")}
    assert found["Samaalil"].place.admin1 == "Homs"
    assert found["Houla countryside"].place.admin1 == "Homs"
    # the unit round the town the name finds stays ("the Jableh countryside" is Jablah district)
    found = {m.text: m for m in parser.parse("Shells hit Ain al-Sharqiyah in the Jableh countryside.")}
    assert found["Ain al-Sharqiyah"].place.admin2 == "Jablah"


def test_a_weapons_name_in_quotes_is_no_place(parser):
    # "'Shaheen' suicide drones": no village Shahin
    mentions = parser.parse("HTS 'Shaheen' suicide drones struck a gathering of regime troops in Aleppo's Zahraa district "
                            "on 29 November.")
    assert [m.text for m in mentions if m.role != "context"] == ["Zahraa district"]


def test_a_hospitals_name_is_no_place_far_from_the_quarter_it_stands_in(parser):
    # "al-Quds hospital in the Sukkari district": the quarter's namesakes widen it, but that is no town's radius
    mentions = parser.parse("An air strike destroyed al-Quds hospital in the rebel-held Sukkari district late on 27 April.")
    assert [m.text for m in mentions] == ["Sukkari district"]


def test_a_name_none_of_whose_places_is_in_the_bracketed_governorate_is_the_unit(parser):
    # "al-Bahluliyah (Jasim, Daraa)": no Bahluliyah in Dar'a, so not the town in Lattakia: Jasim, the unit, instead
    mentions = parser.parse("Unidentified gunmen ambushed a regime army patrol near al-Bahluliyah (Jasim, Daraa).")
    assert all(m.place.admin1 == "Dar'a" for m in mentions)
    assert "al-Bahluliyah" not in [m.text for m in mentions]
    # "al-Aliya (Jasim, Daraa)": OCHA's Alyeh of Jasim, whose Arabic name is al-Aliya (the nisba's y written or not)
    [aliya] = [m for m in parser.parse("Unidentified gunmen ambushed a regime army patrol near al-Aliya (Jasim, Daraa).")
               if m.text == "al-Aliya"]
    assert aliya.place.id == "ocha:C6793"


@pytest.mark.parametrize("text, admin1", [
    ("Regime artillery pounded al-Junaynah north of the Euphrates ahead of an expected ground assault.",
     "Deir-ez-Zor"),
    ("A US drone strike on a car in al-Kharita, on the western bank of the Euphrates, killed a commander.",
     "Deir-ez-Zor"),
])
def test_a_homonym_by_a_river_is_the_one_in_a_governorate_the_river_crosses(parser, text, admin1):
    located = parser.parse(text)
    assert [(m.place.admin1, m.place.ambiguous) for m in located] == [(admin1, False)]
    assert "Euphrates" in located[0].notes[-1]


@pytest.mark.parametrize("text, name", [
    ("A suicide car bomb blew up at the entrance of the Druze village of Hader near the Golan ceasefire line.",
     "Hadar"),  # not Hadher of Aleppo
    ("An Israeli patrol detained two shepherds near Kodana and took them into the occupied Golan.", "Kodneh"),
])
def test_a_homonym_by_the_golan_is_the_one_of_quneitra_or_its_neighbours(parser, text, name):
    [located] = parser.parse(text)
    assert (located.place.name, located.place.admin1) == (name, "Quneitra")


def test_someone_s_home_says_nothing_of_where_the_names_of_his_sentence_are(parser):
    # "a merchant from Sweida": his home, not the governorate of the road he was kidnapped on
    located = parser.parse("A merchant from Sweida was kidnapped on the road at Amouriyah, west of al-Muzayrib.")
    assert [(m.text, m.place.admin1) for m in located if m.text == "Amouriyah"] == [("Amouriyah", "Dar'a")]


def test_namesakes_far_apart_on_one_river_leave_the_name_wide(parser):
    # Aleppo's and Deir ez-Zor's al-Salihiyah both lie by the Euphrates: either, not Aleppo's at +-1 km
    [located] = parser.parse("IS fighters fired mortar shells from their positions east of the Euphrates at "
                             "government-held al-Salihiyah, wounding two soldiers.")
    assert located.uncertainty_km > 300 and located.place.ambiguous


def test_a_river_says_nothing_of_a_name_another_place_in_its_sentence_settles(parser):
    located = parser.parse("Government troops and SDF fighters traded fire across the Euphrates near Ramlah, "
                           "south-east of the Tishreen Dam.")
    assert not any("Euphrates" in note for m in located for note in m.notes)


def test_a_street_s_name_is_no_village_of_the_governorate_when_its_quarter_is_named(parser):
    # (check162, blind) "Baron Street" was Birein, a village 64 km from the quarter the sentence names
    located = parser.parse("A car bomb exploded on Baron Street in the al-Aziziyah neighbourhood of Aleppo.")
    assert [m.place.name for m in located if m.place.feature != "governorate"] == ["A'aziziyeh"]


@pytest.mark.parametrize("word", ["Around", "Across", "Beside", "Both", "Neither", "Photos"])
def test_an_english_word_after_a_dateline_s_dash_is_no_village(parser, word):
    # (check161, blind) "Around" folds like Mazineh's alias Aranda: a dot in Afrin at +-1 km for a march in Lattakia
    assert names(parser, f"22 April 2011 - {word} 2,000 people set off from the mosque in al-Tabiyyat.") == ["Tabiyat"]


def test_a_name_s_first_word_alone_is_no_village_far_off_when_the_name_goes_on(parser):
    # (check160, Qamishli and Amuda, blind) "Haram" is an alias of Hazm in As-Sweida: "near Haram Şêxo" (Haram
    # Sheikho, by Amuda) was a dot 605 km off at +-6 km
    located = parser.parse("A Turkish drone hit a car on the Qamishli-Amuda road near Haram Şêxo on Sunday.")
    assert {m.place.admin1 for m in located} == {"Al-Hasakeh"}


def test_a_side_taken_is_no_place(parser):
    # (check160, blind) "the pro-Damascus National Defence Forces" put a street battle in Qamishli in Damascus
    assert names(parser, "Asayish and the pro-Damascus National Defence Forces fought in Qamishli's Tay "
                         "neighbourhood.") == ["Quamishli", "Quamishli"]


def test_a_region_places_no_city_quarter_the_name_only_respells(parser):
    # (check163, blind) "al-Warad, in the Lajat" was Al Woroud, a Damascus quarter 71 km off, at +-0.9 km
    located = parser.parse("Gunmen shot a young man in al-Warad, in the Lajat, on Monday.")
    assert located[0].place.feature != "neighbourhood" and located[0].place.admin1 == "Dar'a"


def test_a_glossed_district_of_a_city_is_no_village_far_off(parser):
    # (check161, blind) "the Sabe' Nisan (7 April) district of Lattakia" was Jeb Naassan, 196 km off in Aleppo
    located = parser.parse("Rockets hit the Sabe' Nisan (7 April) district of Lattakia on 28 March 2014.")
    assert [(m.place.name, m.place.feature) for m in located] == [("Lattakia", "city")]


def test_a_respelled_name_far_from_the_quarter_its_area_is_of_is_not_in_it(parser):
    # (check159, blind) "the al-Masane' industrial area of Qaboun" was Misannah Bab, 366 km off in Aleppo, at +-1 km
    located = parser.parse("Shells landed on workshops in the al-Masane' industrial area of Qaboun on 18 March.")
    assert [m.place.name for m in located] == ["Qaboun"]


@pytest.mark.parametrize("text", [
    # (check168, casualty bulletins, blind) a surname after a title's stop, a first name before an initial: people
    "Gunmen kidnapped Dr. Khaled Abdo, a surgeon, on the road near Binnish on 14 February.",
    "Unknown gunmen shot dead Khalil H., a member of the local council, in front of his home near Binnish.",
    # (check169, blind) a hospital's name in brackets before its word ("Al Magarah", 38 km off in Idleb)
    "Regime artillery hit the cave (al-Maghara) hospital near Binnish, killing 6 patients.",
])
def test_a_man_after_a_title_or_before_an_initial_and_a_bracketed_hospital_are_no_places(parser, text):
    assert names(parser, text) == ["Bennsh"]


def test_a_university_named_for_a_month_is_no_place_of_that_name(parser):
    # Tishreen University is in Lattakia; "Tishreen" alone is a Damascus quarter and villages elsewhere
    assert names(parser, "Students of Tishreen University protested on Sunday against fees.") == []


def test_a_listed_name_only_respelling_a_place_outside_the_listed_governorate_makes_no_dot(parser):
    # "Tal al-Mal" respells Hama's Tal Milh, 246 km from Daraa; the list puts it in Daraa with Nawa
    found = {m.text: m for m in parser.parse("Israeli strikes hit Tal al-Mal and Nawa in Daraa countryside.")}
    assert "Tal al-Mal" not in found
    assert (found["Nawa"].place.name, found["Nawa"].place.admin1) == ("Nawa", "Dar'a")
    assert any("no place called Tal al-Mal" in note for note in found["Daraa countryside"].notes)
    # a name as the gazetteer writes it stays: a list may name two governorates' towns
    assert names(parser, "Regime forces shelled Homs and Tafas in Daraa.") == ["Homs", "Tafas", "Dar'a"]


def test_a_given_name_opening_a_sentence_makes_the_name_after_it_a_persons(parser):
    # "al-Hussein" is an alias of the Tartus village Hsein Elbahr, 407 km from where the nurse was killed
    text = ("Ali al-Hussein, a nurse, was killed by an explosive device while working in farmland in Qetet "
            "Elbuleil in Deir al-Zour province on 2025-05-19.")
    assert names(parser, text) == ["Qetet Elbuleil", "Deir-ez-Zor"]


def test_an_area_of_a_camp_is_no_place_of_that_name_far_off_however_spelled(parser):
    # Hittin, spelled exactly, is a village of Al-Hasakeh, 665 km from Yarmouk camp: the camp stands for it
    found = {m.text: m for m in parser.parse("Syrian troops clashed with IS in the Hittin area of Yarmouk camp.")}
    assert "Hittin" not in found
    assert found["Yarmouk camp"].place.admin1 == "Damascus"


def test_a_similar_spelling_far_from_every_sure_place_of_its_sentence_makes_no_dot(parser):
    # "al-Sowar" is only like Sura, in Dar'a, 500 km from the Deir ez-Zor the sentence names
    text = "IS fighters ambushed an SDF car near al-Sowar, in the Khabur valley north of Deir ez-Zor."
    assert names(parser, text) == ["Deir-ez-Zor"]


def test_a_colleague_named_after_a_name_is_a_person_not_a_village(parser):
    text = "Raed Fares and his colleague Hammoud Juneid were shot dead by unidentified gunmen in Kafranbel on Friday."
    assert names(parser, text) == ["Kafr Nobol"]  # not Jneid, a village of Aleppo


@pytest.mark.parametrize("text", ["Israeli jets struck Iranian positions near Kiswah, southern Damascus.",
                                  "ISRAELI JETS STRIKE IRANIAN POSITIONS NEAR KISWAH, S. DAMASCUS"])
def test_a_town_put_in_damascus_may_be_in_the_countryside_round_it(parser, text):
    [kiswah] = [m for m in parser.parse(text) if m.role != "context"]
    assert (kiswah.place.name, kiswah.place.admin1) == ("Kisweh", "Rural Damascus")


@pytest.mark.parametrize("text, found", [
    ("Damascus Suburbs: Douma: 43 brigades announced their merger under the command of Zahran Alloush.",
     ["Damascus", "Duma"]),  # not Za'ra, a village of Aleppo
    ("Al-Rastan: defected officers announced the formation of the Khalid bin al-Walid battalion.", ["Ar-Rastan"]),
])
def test_a_commanders_and_a_battalions_namesake_are_people(parser, text, found):
    assert names(parser, text) == found


def test_a_kurdish_name_by_its_landmark_is_the_village_spelled_with_sh(parser):
    text = "An Islamic State cell kidnapped the mukhtar of Hişe village, south-east of Ain Issa, at night."
    [hishe] = [m for m in parser.parse(text) if m.role != "context"]
    assert hishe.place.name == "Hisheh"  # not Al Hawwas, 82 km off


def test_a_name_written_again_in_brackets_is_settled_with_it(parser):
    # Duma of Rural Damascus ranks first for both spellings; the countryside of Sweida says which Duma
    text = "IS fighters stormed houses in the village of دوما (Duma) in the eastern countryside of Sweida at dawn."
    found = [m for m in parser.parse(text) if m.role != "context"]
    assert [(m.text, m.place.admin1) for m in found] == [("دوما", "As-Sweida"), ("Duma", "As-Sweida")]


def test_a_name_many_places_bear_is_no_place_when_an_unknown_name_word_follows(parser):
    # Majdal Shams is across the ceasefire line, not in the gazetteer; "Majdal" alone is a village of Hama,
    # Tartous, Homs and As-Sweida
    text = "Israeli forces raided Beit Jinn at dawn, moving in from positions on Mount Hermon above Majdal Shams."
    assert names(parser, text) == ["Bait Jan"]


def test_a_village_said_is_no_city_of_its_name(parser):
    # "the village of al-Hama": Hama city ranks first, but no city is a village; Maadan says which of the villages
    by_maadan = parser.parse("IS gunmen killed an SDF fighter at a post near the village of al-Hama, across the "
                             "Euphrates from Maadan, on 30 May.")[0]
    assert by_maadan.place.feature == "village" and by_maadan.place.admin1 == "Ar-Raqqa"
    alone = parser.parse("Gunmen killed a farmer in the village of al-Hama on 3 May.")[0]
    assert alone.place.feature == "village" and alone.uncertainty_km > 100  # three villages far apart: in doubt
    assert parser.parse("Shelling hit the city of Hama on 3 May.")[0].place.feature == "city"


@pytest.mark.parametrize("text, town", [
    ("IS landmine kills 3 truffle hunters in Badiyat al-Sukhnah on 7 Mar.", "Sokhneh"),
    ("Russian jets struck Badiyet Tadmur on 7 March.", "Tadmor"),
])
def test_the_badiya_of_a_town_in_its_arabic_form_is_its_desert(parser, text, town):
    mention = parser.parse(text)[0]
    assert mention.place.name == town and mention.role == "desert" and mention.uncertainty_km >= 40


@pytest.mark.parametrize("text, side", [("IS landmine kills 3 truffle hunters in E. Homs, 7 Mar.", "eastern"),
                                        ("Clashes in NW Hama on 3 May.", "north-western")])
def test_a_side_in_compass_letters_is_a_part_of_the_governorate_not_the_city(parser, text, side):
    mention = parser.parse(text)[0]
    assert mention.place.feature == "governorate" and mention.relation == side and mention.geo_precision == 3


@pytest.mark.parametrize("text, community", [
    ("IS militants ambushed a bus near al-Humaymah, deep in the far eastern Homs desert, on 4 July.", "ocha:C7765"),
    ("IS attacked army posts in al-Humaymah in the western Homs countryside on 4 July.", "ocha:C2544"),
])
def test_a_name_two_villages_of_a_governorate_bear_is_the_one_on_the_side_said(parser, text, community):
    assert parser.parse(text)[0].place.id == community


@pytest.mark.parametrize("text, village, admin1", [
    ("Rebels captured the Khabour village of Tal Shamiran on 3 May.", "Tal Shamran", "Al-Hasakeh"),
    ("Rebels captured the Afrin village of Maabatli on 3 May.", "Ma'btali", "Aleppo"),
])
def test_a_town_or_river_named_before_village_of_is_its_area_not_a_village(parser, text, village, admin1):
    mentions = parser.parse(text)
    located = [m for m in mentions if m.role != "context"]
    assert [(m.place.name, m.place.admin1) for m in located] == [(village, admin1)]


def test_a_name_in_doubt_by_a_landmark_is_the_one_with_its_consonants_beside_it(parser):
    # "al-Qunaytirah" folds like Kon Attar's "Kawan `Atar", 52 km off; the Quneitra 8 km south-west is meant
    mention = parser.parse("Turkish artillery shelled al-Qunaytirah village, south-west of al-Darbasiyah, on "
                           "Saturday.")[0]
    assert mention.place.id == "ocha:C5030"


def test_a_roundabout_in_a_town_is_no_village_of_the_towns_district(parser):
    # "the al-Faraa roundabout in Salamiyah": not Fawra, a village of the Salamiyah district 27 km from the town
    text = "A car bomb exploded near the al-Faraa roundabout in Salamiyah on 28 March 2017, killing five people."
    assert "Fawra" not in names(parser, text)


def test_a_listed_city_has_its_namesake_in_the_governorate_the_list_is_put_in(parser):
    # "Duma and Rami in the eastern Sweida countryside": the Sweida Duma, not the Rural Damascus city, 87 km off
    text = "IS fighters stormed Duma and Rami in the eastern Sweida countryside at dawn on 25 July."
    assert [(m.place.name, m.place.admin1) for m in parser.parse(text) if m.role != "context"] == [
        ("Duma", "As-Sweida"), ("Rami", "As-Sweida")]


def test_a_nom_de_guerre_is_a_person_not_a_village_of_its_nisba(parser):
    # "Abu Salem al-Iraqi": no village al-Iraqi (Damascus, 97 km from Daraa al-Balad)
    text = ("Local fighters clashed with an IS cell in Daraa al-Balad on Friday. Four were killed, among them a "
            "commander known as Abu Salem al-Iraqi.")
    assert [m.text for m in parser.parse(text)] == ["Daraa al-Balad"]


def test_jebleh_as_the_press_spells_it_is_the_coastal_city(parser):
    # not Jablaya in Homs, 77 km off, by a similar spelling
    assert [(p.name, p.admin1) for p in [m.place for m in parser.parse("Residents of Jebleh protested on 1 March.")]] \
        == [("Jablah", "Lattakia")]
