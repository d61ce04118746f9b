"""Fatalities as coders count them: one phrasing per case."""
import pytest

from geomap.events import MAX_FATALITIES, fatalities

WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


@pytest.mark.parametrize("sentence, expected", [
    # a post's "20+": at least twenty (check425's, blind)
    ("ISIS gunmen stormed Douma at dawn, going house to house; 20+ villagers killed.", 20),
    ("Regime shelling hit the market, killing 12+ civilians.", 12),
    # the dead told by a pronoun or as a family of a number
    ("A landmine exploded under a shepherd grazing sheep near Abu Dali, killing him.", 1),
    ("Gunmen opened fire on a man in Jasim, killing him and his two children.", 3),
    ("Regime warplanes struck Kafr Sajna on 5 May, killing a family of five, rescuers said.", 5),
    # killed by hand, and kin told after a comma (check62's, blind)
    ("IS militants beheaded a man accused of insulting God in the Yarmouk camp.", 1),
    ("Unknown assailants stabbed an elderly Christian couple to death in their home in Fairouzeh.", 2),
    ("SDF interrogators beat a detained civilian to death in al-Karama.", 1),
    ("Residents said the man was not beaten to death.", None),
    ("Druze gunmen killed a Bedouin man, his wife and their three children in their house in Shahba.", 5),
    ("Unidentified gunmen shot dead a woman and her teenage son inside their home in Kahil.", 2),
    # casualty records (check74's, blind): one named person's death however told; an ISO date, an age or a
    # place's number is no count
    ("Hadi Kanaan, a truck driver, was shot and killed in Asheq Omar in Hama countryside on 2025-03-06.", 1),
    ("Mazen al-Mahmoud, 49, died on 18 January of wounds sustained in a raid by coalition aircraft.", 1),
    ("Nasser al-Khalaf, who hailed from Kniset Nakhlah, died in custody in an HTS detention centre.", 1),
    ("2024-11-11 - Moaz al-Masri, a farmer, died in artillery fire by the Turkish army on Little Jern.", 1),
    ("Firas Haj Ali, 46 from Gharibeh, was shot dead by gunmen in a car with no plates in Adman.", 1),
    ("Ayman Majd Darwish, aged 40 was found dead in Upper Amarat, bearing marks of torture.", 1),
    ("No one died in the shelling.", None),
    # a date before the verb is no count; the count after it is ("November 23 killed" still is a date)
    ("Regime shelling on 3 May killed 5 civilians in Kafr Nabl.", 5),
    ("An air strike on 12 March killed two children in Ariha.", 2),
    ("On November 23 gunmen killed a man in Jasim.", 1),
    # a body found, the finders told first; "corpse" as "body"
    ("Locals found the corpse of a civilian at the edge of Shafi Ruh; her hands were tied.", 1),
    ("Residents recovered the body of a shepherd near Tafas.", 1),
    ("Villagers found the corpses of two men near Jasim.", 2),
    # a couple is two, "a couple of" is not
    ("Government forces killed an elderly couple in their home in al-Raha.", 2),
    # animals are no one's death
    ("Shepherd wounded, 200 sheep killed: a shell exploded near Saboura.", None),
    ("A shell killed 30 of his goats near Saboura.", None),
    ("The strike killed 3 civilians and 40 sheep in Saboura.", 3),
    # a pair of kin, and a lynching (check82's and check61's)
    ("Father and son killed in Fahel, west of Homs, on 10 June.", 2),
    ("A father and his son were killed by gunmen in their orchard.", 2),
    ("Residents of Kafr Kalbin lynched a man suspected of kidnapping a boy.", 1),
    ("On August 27, 2023, Hisham al-Masri and Yasser Shehadeh were killed in fighting around Kaba Jeb.", 2),
    ("Hadi Ammar al-Faraj (47), Bayan al-Mohammad and Mazen al-Khalaf - all natives of Sefsaf, Hama - were killed by "
     "a drone strike.", 3),
    ("Tafas, Nawa and Jasim were shelled on Monday.", None),
    # a year before the count is no count, nor does it hide it (check63's and check64's, blind)
    ("IS claimed an attack on an army checkpoint on the outskirts of al-Mayadin on 2 November 2025 in which two "
     "soldiers were killed.", 2),
    ("Clashes between NDF militiamen and the Asayish in Qamishli city on 20 April 2021 left 3 NDF fighters and 1 "
     "Asayish member dead.", 4),
    ("Clashes between IS and rebel factions in Akhtarin on 1 June 2016 left 5 rebels dead.", 5),
    ("The clashes left 2 wounded and 1 dead.", 1),
    ("A landmine exploded under a motorcycle near Markada on 27 April 2025, killing its two riders.", 2),
    ("A Turkish drone hit a car on the outskirts of Qamishli, killing an SDF commander and his driver.", 2),
    # a body found is one dead, as coders count it; not one that showed no violence, nor the victim told again
    ("The body of a man bearing gunshot wounds was found on 6 February 2025 in the Akrama neighbourhood of Homs.", 1),
    ("A body bearing gunshot wounds was found in Hulaybiyah.", 1),
    ("The body of a truffle hunter missing for ten days was found near al-Sukhnah with no visible signs of violence.",
     None),
    ("The body was found the next day.", None),
    # a unit's number is no count
    ("Personnel of regime Military Intelligence Branch 227 shot dead at least 41 civilians at a pit in Tadamon.", 41),
    # not a distance, money, a cause or what did not happen
    ("Infighting near Alwardya, 24 km southwest of Khader killed 4 fighters.", 4),
    ("Kidnappers who had demanded 50,000 dollars in ransom killed the man they abducted.", 1),
    ("Police defused a car bomb at the entrance to Tal Hosh; it could have killed dozens, the governor said.", None),
    ("Residents protested after the killing of a couple in Zaidal. No fatalities reported.", 0),
    # (check318's, blind) one dead as the cause too, and the causes blamed and protested at
    ("Residents of Theban burned tyres over the killing of a sheikh.", None),
    ("Residents burned tyres and stormed an SDF post, blaming the SDF for failing to stop the killing of an Agaidat "
     "sheikh two days earlier.", None),
    ("Hundreds marched in Busra in protest at the killing of a young man at a checkpoint.", None),
    # the wounded told first
    ("7 injured and 3 dead after a regime drone hit a minibus in Jub Gharbi.", 3),
    ("The Kurdish Red Crescent counted 9 wounded and 2 dead.", 2),
    ("SDF patrol struck by an IED outside Mouhasan. Casualties: 2 KIA, 5 WIA.", 2),
    ("Gunmen ambushed a car, killing the driver; two of his wounded passengers died on Thursday.", 2),
    # counts in words, and a toll revised
    ("Regime artillery pounded Az Zarqa through the night, killing two dozen people.", 24),
    ("Sniper fire killed a couple of olive pickers near Kameliyeh.", 2),
    ("The SDF first said 4 fighters were killed; the toll was later revised up to 7.", 7),
    ("Russian air strikes on Bayt Jaseem: 4 dead in first reports, a figure later updated to 10.", 10),
    ("The number of people killed when jets struck the market in Haji Kusa rose to 27 today.", 27),
    ("Update on the shelling of Karama Kankarou: the dead now number 6, not 3 as first reported.", 6),
    ("Unknown gunmen killed on Saturday two civilians in the village of Ras al-Wata.", 2),  # the time between
    ("Two members of an Iran-backed militia were shot dead by unidentified gunmen at their checkpoint.", 2),
    # one more of another kind, and "plus"
    ("On 27 August 2020, gunmen opened fire on a police checkpoint in Bsir, killing 2 civilians and a policeman.", 3),
    ("An HTS raid on a Hurras al-Din cell killed 2 HTS members and 3 Hurras fighters, plus one bystander.", 6),
    ("Shelling killed 3 people and a child was wounded.", 3),
    # one more dead told by its rank: the toll it makes
    ("Two people were killed when gunmen opened fire on a car in Moraba; a third victim died of his wounds on Monday.", 3),
    ("Rebel rockets on Mhardeh power station killed 2 workers; a third died in hospital on Tuesday.", 3),
    # the attackers count too
    ("The suicide bomber and 3 others were killed at an HTS checkpoint in Al Jurah.", 4),
    ("A car bomber rammed a YPG checkpoint; the bomber and 2 fighters died.", 3),
    ("HTS infiltrators attacked army positions at Hanifa; 5 soldiers and all 4 attackers were killed.", 9),
    ("Regime shelling led to the killing of 2 civilians in Kafr Nabl.", 2),
    # one victim named by whose he was, and by three words before his noun; not a crime someone is accused of
    ("A hand grenade thrown at a grocery in Ayn Zabda killed its owner, a native of Halas.", 1),
    ("An Israeli drone hit a truck near Diyabiyeh yesterday, killing its driver, local sources said.", 1),
    ("A Homs-born Islamic State commander was killed when the coalition struck his hideout.", 1),
    ("Police arrested a man accused of killing his neighbour in Tal Kalakh.", None),
    ("The strike caused 3 civilian deaths in Ariha.", 3),
    ("The clashes resulted in 10 fatalities.", 10),
    ("Gunmen attacked a car near Tafas, killing a man.", 1),
    ("A child was killed by a landmine near Palmyra.", 1),
    ("A taxi driver was killed and his car stolen by gunmen in Mashqita.", 1),
    ("Warplanes struck Jadriya, killing a woman and her two children.", 3),
    ("4 regime soldiers and 6 IS fighters were reported killed.", 10),
    ("Russian airstrike on Mouqa on 17 August 2019; a man and his son killed.", 2),
    ("Unknown gunmen shot dead a man and a woman in Anaz.", 2),
    ("He died of his injuries.", 1),
    ("A local mukhtar was shot dead near Jasim.", 1),
    ("Two people died of their wounds in Daraa.", 2),
    ("3 fighters died of wounds sustained near Hajin.", 3),
    ("A fighter died of his wounds in hospital.", 1),
    ("Regime forces killed a fighter of HTS near Kafr Nabl.", 1),
    ("Unidentified gunmen shot dead a man in Jasim.", 1),
    ("Masked gunmen shot dead two brothers at the door of their home.", 2),
    ("Gunmen gunned down 3 men in Tafas.", 3),
    ("IS attacked a checkpoint, killing 3 and wounding 5.", 3),
    ("IS attacked a checkpoint and killed 3 and wounded 5.", 3),
    ("Clashes near Kabani: 1 killed.", 1),
    ("Shelling on Mhardeh: 2 dead.", 2),
    ("A car bomb exploded in Azaz, leaving 4 dead.", 4),
    ("The SDF said 17 IS fighters were killed near Baghouz.", 17),
    ("Clashes near Maskanah. One fatality.", 1),
    ("Unknown gunmen shot dead a tribal elder in al-Hasakah city.", 1),
    ("An IED exploded near al-Rafid, killing a former rebel.", 1),
    ("An IED exploded in Binnish, killing the driver.", 1),
    ("On 3 Jan 2021, unknown gunmen shot dead a former commander in Tafas.", 1),  # a date's day, not a count
    ("On 14 Feb 2022, a woman was killed when regime forces shelled Chnan.", 1),
    ("Regime forces took control of Khan Shaykhun. Fatalities coded as 10.", 10),  # the coder's own count
    ("Gunmen attacked a checkpoint in Bsir. Fatalities: 3", 3),
    ("Fatalities were coded as 3 (including 2 civilians).", 3),
    ("Gunmen opened fire on a car, killing the two men inside.", 2),
    ("An IED exploded in al-Qurayya, killing a man and his son.", 2),
    ("Shells fell on Tamanaah. A woman and her son were killed.", 2),
    ("A strike hit Jizeh, killing two children and their mother.", 3),
    ("Clashes erupted in Qamishli, killing 18 regime members and 5 Asayish.", 23),
    ("IS attacked a post, killing 2 soldiers, and 3 were wounded.", 2),
    # the toll as it rose is the incident's
    ("Strikes on Hamir killed seven people; a wounded boy died on Tuesday, bringing the toll to eight.", 8),
    ("Barrel bombs on Rasm al Barjis. Toll climbs from 12 to 18 as bodies are dug out.", 18),
    ("The toll from the IS raid on Tiba on Sunday has risen to 16, after relatives found four bodies.", 16),
    ("The raid on the Hamidiyah district has now claimed 7 lives, up from 4 reported earlier.", 7),
    ("IS shelled Sabt al-Hinko; initially 2 were reported killed, final toll 5.", 5),
    ("IS has claimed 2 attacks this week.", None),  # claims, not lives
    # both sides' dead, however the verb is put
    ("7 HTS members and 4 fighters of the National Liberation Front died in infighting.", 11),
    ("The Observatory counted 14 jihadists and 6 rebels killed.", 20),
    ("On 27 December 2016, 5 regime soldiers and 3 rebels were killed in clashes around Totah.", 8),  # not 27 + 3
    ("HTS raided army posts near Rujum Qitt, killing 3 soldiers; 2 HTS fighters also died.", 5),
    # the bomber beside the others
    ("A suicide bomber blew himself up at a bus stop, killing four people and himself.", 5),
    ("IS suicide bomber hits SDF gathering. Four SDF killed plus the bomber.", 5),
    ("A car bomb hit the entrance of Abu Tarraha, killing five; the bomber also died.", 6),
    ("8 soldiers were killed and the attacker died too.", 9),
    ("A car bomb hit a checkpoint, killing 3 soldiers, and the attacker fled.", 3),
    # an age is no count; a count of times no count of dead
    ("Unknown gunmen killed a 45-year-old man in Jani Elelbawi.", 1),
    ("A 52-year-old vegetable seller was shot dead as he drove through el Mujaydil.", 1),
    ("The district was shelled 12 times last month, leaving 5 dead.", 5),
    # the other side's loss adds; a loss of things does not count
    ("IS attacked SDF lines, killing 4 SDF fighters; IS lost 2 men in the assault.", 6),
    ("Insurgents ambushed a patrol; 13 government troops were killed, the insurgents lost 4.", 17),
    ("The rebels lost 3 positions near Kabani.", None),
    # both sides' losses after one verb
    ("Clashes in Kafr Nabudah; the regime lost 6, the rebels 3.", 9),
    ("Fighting in Kafr Zita: the army lost 5 men and the opposition 2.", 7),
    ("Clashes in Morek: the army lost 12 soldiers, the rebels 7 of their own.", 19),
    ("Clashes in Morek; the army lost 3 men, 2 tanks.", 3),
    # a toll counts the one more already
    ("One more person died in hospital, bringing to three the number killed by rocket fire on Al Idarah.", 3),
    # "martyred", as local media write it, and translated word order
    ("Seven soldiers were martyred when ISIS attacked their bus.", 7),
    ("The regime shelled the village, and was martyred a young man and wounded four others.", 1),
    ("An explosive device caused the martyrdom of six citizens and the injury of 4 others.", 6),
    ("The martyrdom of a woman and her son when shells fell on their house.", 2),
    # a tally of many days, said before its count, is not this incident's
    ("A man was shot dead in Ayyash on Saturday; the monitor's tally for the area since January now stands at 40 "
     "killed.", 1),
    ("A total of 12 people were killed in the strike.", 12),
    # a toll as posts give it
    ("Regime forces fired mortar rounds at homes in Al Mustarayhah, death toll 4.", 4),
    ("Villagers lynched a suspected kidnapper today. Death toll two.", 2),
    ("Toll: 3", 3),
    ("UPDATE: SOHR puts the toll at 2.", 2),
    # a time of day is no count
    ("Turkish shelling at 21:16 local time killed 2 in Izam.", 2),
    # one named person's death, as casualty records tell it
    ("On Thursday a suicide car bomb targeted Beit ej Jebel, killing Samer al-Dahhan, 58, from Ras El-Khashufeh.", 1),
    ("Riad Hazem al-Rifai, aged 57, from Hamrat Ghanam was killed by a mine planted by IS.", 1),
    ("The young man Adnan Bilal al-Rifai lost his life on Friday in Salman Bagh.", 1),
    ("Muhannad al-Darwish, 32, originally from Nafayel, died under torture in Sednaya.", 1),
    ("It is unclear whether anyone was killed.", None),
])
def test_phrasings(sentence, expected):
    assert fatalities(sentence)[0] == expected


@pytest.mark.parametrize("value, word", list(enumerate(WORDS, start=1)))
def test_numbers_as_words(value, word):
    assert fatalities(f"Regime shelling killed {word} civilians in Ariha.")[0] == value


@pytest.mark.parametrize("value", [1, 7, 20, 21, 150, 2500])
def test_numbers_as_digits(value):
    assert fatalities(f"Regime shelling killed {value} civilians in Ariha.")[0] == value


@pytest.mark.parametrize("sentence, expected", [
    ("Dozens of civilians were killed in the air strikes.", 12),
    ("A dozen fighters were killed near Hajin.", 12),
    ("Several fighters were killed near Hajin.", 3),
    ("A few fighters were killed near Hajin.", 3),
    ("Scores of people were killed in the massacre.", 20),
    ("Hundreds were killed in the siege.", 100),
])
def test_vague_quantities_follow_the_documented_convention(sentence, expected):
    assert fatalities(sentence)[0] == expected


@pytest.mark.parametrize("sentence", [
    "No casualties were reported.",
    "No fatalities were reported.",
    "Shells fell on Jisreen; there were no civilian casualties.",
    "A rocket hit Qardaha city without casualties.",
    "No one was killed in the explosion.",
])
def test_none_dead_is_zero(sentence):
    assert fatalities(sentence)[0] == 0


def test_a_number_beats_a_denial_elsewhere_in_the_sentence():
    assert fatalities("3 fighters were killed; no civilian casualties were reported.")[0] == 3


@pytest.mark.parametrize("sentence", [
    "Two civilians were wounded by shelling.",
    "5 injured in Daraa.",
    "Regime forces shelled Hamouriyeh town.",
    "An unknown number of people were wounded.",
    "The fate of the dead is unknown.",
    "The number of wounded is unknown.",
])
def test_no_deaths_reported_is_none(sentence):
    assert fatalities(sentence) == (None, "")


@pytest.mark.parametrize("sentence", [
    "The air strike caused an unknown number of casualties.",
    "The clashes left an unknown number of fatalities.",
    "An unknown number of people were killed in the shelling.",
    "IS attacked the village, killing an unknown number of civilians.",
    "Fatalities unknown.",  # the coder's shorthand
    "Casualties unknown.",
    "The number of the dead is not known.",
    "The death toll remains unclear.",
])
def test_unknown_number_is_flagged_not_zero(sentence):
    assert fatalities(sentence) == (None, "an unknown number")


def test_a_number_beats_an_unknown_number():
    assert fatalities("2 soldiers were killed and an unknown number of people were killed.")[0] == 2


@pytest.mark.parametrize("digits", ["99999999999999999999", "9" * 5000, "250,000"])
def test_huge_numbers_are_capped(digits):
    assert fatalities(f"The war killed {digits} people.")[0] == MAX_FATALITIES


@pytest.mark.parametrize("text, dead", [
    ("A woman and a child were killed by the explosion of a remnant of war.", 2),
    ("At least eight people, four of them civilians, were killed when a car bomb went off.", 8),
    ("A suicide bomber blew himself up at a checkpoint, killing himself and two fighters.", 3),
    ("A suicide bomber blew up a car at an SDF base, killing only himself.", 1),
    ("A member of the local reconciliation committee was assassinated by gunmen in Jassem.", 1),
    ("A man was found dead with his hands tied in Dhiban.", 1),
    ("A Palestinian man was found shot dead in al-Qadam.", 1),
])
def test_deaths_as_terse_notes_tell_them(text, dead):
    assert fatalities(text)[0] == dead


@pytest.mark.parametrize("text, dead", [
    ("On 23 November 2018, gunmen killed a media activist in Kafranbel.", 1),
    ("On November 23, 2018, gunmen killed a man in Tafas.", 1),
    ("On 3 May 2018, 4 civilians were killed in Tafas.", 4),
])
def test_a_date_is_not_a_death_toll(text, dead):
    assert fatalities(text)[0] == dead


@pytest.mark.parametrize("text, dead", [
    ("Civilians are often killed in such raids on Tafas.", None),  # not "ten killed"
    ("Residents of Tennine say many have died there.", None),  # not "ten ... died"
    ("In 2020 dead bodies were found in Dhiban.", None),  # a year after "In", not a count; never "20" or "0"
    ("1500 dead bodies were found in Dhiban.", 1500),  # the whole number or nothing
    ("2020 dead bodies were found in Dhiban.", None),  # a year's number is no count before its dead
    ("Moreover 3 were killed in Jasim.", 3),
    ("Someone was killed in Daraa.", 1),
    ("Gunmen shot and killed somebody in Tafas.", 1),
])
def test_a_count_is_a_whole_word(text, dead):
    assert fatalities(text)[0] == dead


def _sentences_read_here() -> list[str]:
    """Every sentence this module and the terse development sets read."""
    import json
    import re
    from pathlib import Path

    source = Path(__file__).read_text(encoding="utf-8")
    found = re.findall(r'"([A-Z][^"\n]{10,}[.:])"', source)
    for name in ("terse_dev.jsonl", "terse_check.jsonl"):
        for line in (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines():
            found += re.split(r"(?<=[.!?])\s+", json.loads(line)["text"])
    return found


def test_the_death_word_gate_never_hides_a_toll():
    """fatalities() skips sentences with no death word; the full reading must agree on every sentence."""
    from geomap.events import _fatalities

    sentences = _sentences_read_here()
    assert len(sentences) > 500
    for sentence in sentences:
        assert fatalities(sentence) == _fatalities(sentence), sentence


def test_a_pattern_is_skipped_only_where_it_cannot_match():
    from geomap.events import _NEEDS, _may_match

    for sentence in _sentences_read_here():
        for pattern in _NEEDS:
            assert _may_match(pattern, sentence) or pattern.search(sentence) is None, sentence


def test_the_no_before_a_count_test_reads_as_the_regex_does():
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.events import _after_no

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(["no", "No", "NO", "snow", "no.", " ", "  ", "\n", "\u00a0", "one", "x", "_"]),
                    max_size=6).map("".join), st.integers(0, 40))
    def agree(text, end):
        end = min(end, len(text))
        assert _after_no(text, end) == bool(re.search(r"\bno\s+$", text[:end], re.I)), (text, end)

    agree()


def test_a_date_after_the_weekday_is_no_toll():
    count, _ = fatalities("The YPJ mourned its fighter Omar, killed on Tuesday 13 March 2018 while repelling an attack.")
    assert count != 13  # the day of the month
