"""ACLED coding rules: each a small named function, applied in order, named on the row it shapes."""
import json

import pytest

from geomap import extract
from geomap.coding import RULES, Reading, Story, code_event
from geomap.events import event_cues, find_actors


def _code(text, dominant="", previous="", last_actor1=""):
    cue = event_cues(text)[0]
    reading = Reading(text, cue, tuple(find_actors(text)), None, "")
    story = Story(tuple(find_actors(text + " " + previous)), dominant, tuple(find_actors(previous)), last_actor1)
    return code_event(reading, story)


def test_rules_are_an_ordered_list_of_named_functions():
    names = [r.__name__ for r in RULES]
    assert names.index("one_sided_battle_is_an_attack_on_civilians") < names.index(
        "civilians_are_the_target_of_violence_against_civilians")
    assert all(r.__doc__ or r.__name__.count("_") >= 2 for r in RULES)  # a name or a docstring says why


def test_territory_taken_by_the_state_side_is_government_regains():
    draft = _code("Regime forces recaptured the town of Morek.")
    assert draft.sub_event_type == "Government regains territory" and "territory-by-side" in draft.rules


def test_territory_taken_by_a_rebel_group_is_non_state_overtakes():
    draft = _code("HTS fighters captured the village of Jdeideh.")
    assert draft.sub_event_type == "Non-state actor overtakes territory"


def test_an_attack_with_only_civilian_victims_is_violence_against_civilians():
    draft = _code("IS fighters attacked the village, killing 5 civilians.")
    assert (draft.event_type, draft.actor1, draft.actor2) == ("Violence against civilians", "Islamic State",
                                                              "Civilians")
    assert draft.rules[:1] == ["one-sided-battle-is-an-attack-on-civilians"]  # "civilians" is read as actor2


def test_a_former_fighter_killed_is_no_second_side_of_a_battle():
    draft = _code("Unidentified gunmen killed a former opposition fighter in Riyaf al-Wahban.")
    assert (draft.event_type, draft.actor2) == ("Violence against civilians", "Civilians")
    assert _code("Unidentified gunmen killed an opposition fighter in Tafas.").event_type == "Battles"
    assert _code("Unknown gunmen killed a former rebel in Bahdaliyeh.").event_type == "Violence against civilians"
    # former rebels who fight, and the former regime's remnants, are a side
    assert _code("Regime forces clashed with former rebels in Kharab al-Shahm.").event_type == "Battles"
    assert _code("Ministry of Defence forces clashed with remnants of the former regime near Bsout; 4 fighters "
                 "were killed.").event_type == "Battles"


def test_a_council_or_committee_member_killed_is_a_civilian():
    for text in ("Gunmen on a motorcycle shot dead a member of the Raqqa Civil Council in al-Atshaneh.",
                 "Unknown gunmen shot dead a reconciliation committee member in Da'el.",
                 "Gunmen killed a member of the local reconciliation committee in Nawa."):
        assert _code(text).event_type == "Violence against civilians", text
    assert _code("Gunmen shot dead a member of the Manbij Military Council in Arima.").event_type == "Battles"
    assert _code("Gunmen killed a judge near Mas'adah.").event_type == "Violence against civilians"


def test_a_shell_with_no_one_named_behind_it_is_unidentified():
    draft = _code("A shell fell on Halfaya.")
    assert draft.actor1 == "Unidentified armed group" and draft.rules == ["unknown-bomber-is-unidentified"]


def test_also_shelled_keeps_the_actor_of_the_incident_just_told():
    draft = _code("The town of Latamneh was also shelled.", last_actor1="Military Forces of Syria")
    assert draft.actor1 == "Military Forces of Syria" and "also-by-the-same-hand" in draft.rules


def test_every_row_names_its_event_word_and_rules(tmp_path):
    path = tmp_path / "notes.jsonl"
    path.write_text(json.dumps({"id": "x", "published": "2018-05-01", "text":
                                "On 1 May 2018, IS fighters attacked Tafas, killing 5 civilians."}), encoding="utf-8")
    [row] = list(extract([path]).itertuples())
    assert "event word: 'attacked'" in row.notes
    assert "coded by: one-sided-battle-is-an-attack-on-civilians" in row.notes


def test_the_protagonist_is_the_armed_actor_named_most_other_than_the_one_excluded():
    """protagonist counts an article's actors once (for all its incidents): the answer counting them again
    for each question gives."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.coding import ARMED_INTER, protagonist
    from geomap.events import Actor

    def counted_each_time(article_actors, exclude):
        counts = {}
        for actor in article_actors:
            if actor.canonical != exclude and actor.inter in ARMED_INTER and not actor.generic:
                counts[actor.canonical] = counts.get(actor.canonical, 0) + 1
        return max(counts, key=counts.get) if counts else ""

    names = ["Islamic State", "Syrian Democratic Forces", "Civilians", "Hayat Tahrir al-Sham"]
    actor = st.builds(lambda name, inter, generic: Actor(name, inter, 0, 1, name, generic),
                      st.sampled_from(names), st.sampled_from([1, 2, 3, 7, 8]), st.booleans())

    @settings(max_examples=500, deadline=None)
    @given(st.lists(actor, max_size=12), st.lists(st.sampled_from(names + [""]), min_size=1, max_size=4),
           st.booleans())
    def same(actors, excluded, as_tuple):
        article_actors = tuple(actors) if as_tuple else actors
        for exclude in excluded:  # the same article asked again, as its incidents do
            assert protagonist(article_actors, exclude) == counted_each_time(article_actors, exclude)

    same()


def _actors(tmp_path, text, published="2019-05-14"):
    path = tmp_path / "note.jsonl"
    path.write_text(json.dumps({"id": "n", "published": published, "text": text}), encoding="utf-8")
    rows = extract([path])
    assert len(rows) == 1, rows[["event_type", "actor1", "actor2", "location"]]
    return rows.iloc[0].actor1, rows.iloc[0].actor2


@pytest.mark.parametrize("text, actor1, actor2", [
    # who did it is not named: ACLED's unidentified armed group; whom it hit, civilians
    ("The body of a young man with gunshot wounds was found near Jasim on Tuesday.",
     "Unidentified armed group", "Civilians"),
    ("A landmine exploded under a car near Maar Shamshah, killing 3.", "Unidentified armed group", "Civilians"),
    ("Shelling hit homes in Kafr Nabl on Monday; no casualties.", "Unidentified armed group", "Civilians"),
    # the dead a later sentence gives are civilians, unless a word makes them fighters
    ("Russian jets bombed Kafr Nabl on Monday. 3 fatalities.", "Military Forces of Russia", "Civilians"),
    ("Russian jets bombed Kafr Nabl on Monday. 3 fighters were killed.", "Military Forces of Russia", ""),
    # a military target whose owner is not named has no second actor (Israel's: see below)
    ("Turkish drones struck positions near Tal Tamr on Monday.", "Military Forces of Turkey", ""),
    ("Israeli drones struck army positions near Khan Arnabah on Monday.", "Military Forces of Israel",
     "Military Forces of Syria"),
    # arrests and burnt homes hit civilians unless a group is named
    ("Police arrested 5 young men in Inkhil on Sunday.", "Police Forces of Syria", "Civilians"),
    ("Gunmen burned and looted homes in Tal Shihab overnight.", "Unidentified armed group", "Civilians"),
    # rioters, and the force they fought
    ("Residents of Mhardeh burned tyres and clashed with police on Sunday.", "Rioters", "Police Forces of Syria"),
    # sides in the order the text gives them
    ("Clashes broke out between government forces and Druze gunmen in Sahwat Balata.", "Military Forces of Syria",
     "Druze militias"),
    ("Mortar fire from regime positions hit a school in Ariha, killing a child.", "Military Forces of Syria",
     "Civilians"),
    ("A barrel bomb hit a market in Daraya, killing 4.", "Military Forces of Syria", "Civilians"),
    # whoever claimed it, in the next sentence
    ("A car bomb exploded in Azaz on Friday, killing 12. Islamic State claimed the attack.", "Islamic State",
     "Civilians"),
    # a unit word after a named actor is its men, not a second actor
    ("An SNA military police checkpoint fired at a car in Jindires, killing the driver.", "Turkish-backed factions",
     "Civilians"),
    ("Turkish border guards shot dead a young man trying to cross near Darbasiyah.", "Military Forces of Turkey",
     "Civilians"),
    # who speaks is not who acted; who suffers a passive verb is not either
    ("The Ministry of Defence said gunmen killed 3 soldiers near Jableh.", "Unidentified armed group",
     "Military Forces of Syria"),
    ("An army patrol was hit by an IED near Jableh; 1 soldier killed.", "Unidentified armed group",
     "Military Forces of Syria"),
    ("The SDF said its fighters, backed by the coalition, took control of Hajin.", "Syrian Democratic Forces", ""),
    # "members of X" are X's men
    ("Members of the Hamza Division seized the olive harvest of Kurdish farmers in Jindires.",
     "Turkish-backed factions", "Civilians"),
    # two groups of one kind fight each other; the dead of a mine are their group
    ("Fighting pitted Jaysh al-Islam against Faylaq al-Rahman in Misraba; eight fighters were killed.",
     "Opposition rebels", "Opposition rebels"),
    ("Three Syrian army soldiers were killed when a mine exploded under their truck near Mahin.",
     "Unidentified armed group", "Military Forces of Syria"),
    ("A bomb exploded near the Sayyida Zeinab shrine, killing six; Amaq said IS carried it out.", "Islamic State",
     "Civilians"),
    # a town called besieged is no battle; a group's own police are the group
    ("A young man was shot dead by Hezbollah snipers while trying to leave besieged Madaya.", "Hezbollah",
     "Civilians"),
    ("HTS's General Security Service arrested a media activist in Sarmada.", "Hayat Tahrir al-Sham", "Civilians"),
    # "on Monday" is a time, not a target; "attributed to" names who fired
    ("State TV said on Monday the army had retaken al-Khalidiya in Homs.", "Military Forces of Syria", ""),
    ("Artillery attributed to Syrian government forces hit a hospital in Maaret Tamsrin, killing 4.",
     "Military Forces of Syria", "Civilians"),
    ("Security forces shot dead two young men at a checkpoint in Ghazala.", "Military Forces of Syria", "Civilians"),
    # ACLED's own notes: a label before the sentence, the actors' ACLED names in the text
    ("Looting: on 20 June 2019, NDF members looted houses in Kafr Nabudah after regime forces retook the village.",
     "National Defence Forces", "Civilians"),
    ("On 21 March 2021, Military Forces of Syria (2000-2024) shelled the hospital in Atareb. 7 civilians were killed.",
     "Military Forces of Syria", "Civilians"),
    # who withdrew lost the place; a toll of fighters is theirs, whatever the strike hit
    ("On 20 May 2015, IS took control of Palmyra after regime forces withdrew.", "Islamic State",
     "Military Forces of Syria"),
    ("On 5 June 2023, a drone struck a car near Hazimah. 2 SDF members were killed.", "Unidentified military forces",
     "Syrian Democratic Forces"),
    # whom a shelling hit, from its whole sentence: hurt people or homes are civilians, an attacker's word is not
    # a target, and a shelling that says nothing of what it hit has no second actor
    ("SNA shelling hit Yamama al-Kabira on Monday; 1 woman injured.", "Turkish-backed factions", "Civilians"),
    ("Rebel rockets hit Samandil on Monday, damaging a house.", "Opposition rebels", "Civilians"),
    ("Regime forces shelled Kafr Shlaya on Monday. No fatalities.", "Military Forces of Syria", ""),
    # ... and from a sentence of the hurt alone after it; none hurt is no target
    ("On 14 May 2019, HTS shelled Jurin with rockets. A woman was wounded.", "Hayat Tahrir al-Sham", "Civilians"),
    ("On 16 July 2022, HTS shelled al-Karkat in the Ghab. Two soldiers were wounded.", "Hayat Tahrir al-Sham",
     "Military Forces of Syria"),
    ("On 13 May 2019, SNA factions shelled Mreiran with rockets. 2 SDF fighters wounded.", "Turkish-backed factions",
     "Syrian Democratic Forces"),
    ("On 14 May 2019, rebels shelled Mhardeh. No one was injured.", "Opposition rebels", ""),
    ("Regime helicopters dropped incendiary bombs on Darayya. Fires broke out in several residential buildings.",
     "Military Forces of Syria", "Civilians"),
    ("Regime forces shelled Kafr Nabl on Monday. Last week a similar attack wounded three.",
     "Military Forces of Syria", ""),
    # where fire came from is not what it hit; a post office and a village committee's member are no military target
    ("On 17 February 2019, the YPG shelled Tlalayn from its positions around Tal Rifaat. 1 civilian was wounded.",
     "People's Protection Units", "Civilians"),
    ("Rebel shells landed in al-Jamiliyah on Monday, killing three passers-by near the post office.",
     "Opposition rebels", "Civilians"),
    ("On 15 April 2018, regime tank fire hit Tlil, killing a member of the local relief committee.",
     "Military Forces of Syria", "Civilians"),
    # shells "from a nearby regime base" are the regime's (not a target); pro-regime militiamen are the state's
    ("In early 2015, mortar rounds from a nearby regime base landed in Kafr Musa. Three people were killed.",
     "Military Forces of Syria", "Civilians"),
    ("Pro-regime militiamen killed at least 50 civilians in al-Bayda, near Banyas, on 2 May.",
     "Military Forces of Syria", "Civilians"),
    # a military compound or a government post no one else is named for is the Syrian state's
    ("On 2 December 2017, Israeli missiles struck a military compound near al-Kiswah. No fatalities.",
     "Military Forces of Israel", "Military Forces of Syria"),
    ("On 6 June 2018, IS fighters attacked a government post at Umm Jibab in the desert east of Homs.",
     "Islamic State", "Military Forces of Syria"),
    # a fight whose sides are named only by their dead; coalitions and divisions of the rebels
    ("On 29 October 2013, clashes in Koubri killed eleven rebels and eight regime troops.", "Opposition rebels",
     "Military Forces of Syria"),
    ("On 14 March 2016, fighting at Al-Hanout left 3 Nusra Front members and 5 soldiers dead.",
     "Hayat Tahrir al-Sham", "Military Forces of Syria"),
    ("On 3 June 2016, Jaish al-Fatah fighters attacked regime positions in Tal Bajer near Zarbah.",
     "Opposition rebels", "Military Forces of Syria"),
    # who fired it and from where is no target; a water tank is no tank; a side's media is a source, not a side;
    # a place's holder is not whom the shelling hit
    ("Rockets fired by rebels from Jabal al-Akrad hit the Sheikh Daher area of Lattakia city, killing a street "
     "vendor.", "Opposition rebels", "Civilians"),
    ("Rockets fired from rebel-held Khan al-Shih hit Jdeidet Artouz, damaging two houses, state media said.",
     "Opposition rebels", "Civilians"),
    ("Regime barrel bombs hit Busra al-Harir, destroying a bakery and a water tank.", "Military Forces of Syria",
     "Civilians"),
    ("Regime forces shelled Abu Hamamah near Rastan on Tuesday, an opposition network said.",
     "Military Forces of Syria", ""),
    ("Turkish artillery shelled Suluk, north of Raqqa, according to the SDF's media centre.",
     "Military Forces of Turkey", ""),
    ("Syrian army artillery shelled the Ashrafiyeh district of Aleppo, held by the SDF. Three civilians were killed.",
     "Military Forces of Syria", "Civilians"),
    ("Shells fired from areas held by Turkish-backed factions hit al-Dawudiyah on Thursday, killing a woman.",
     "Turkish-backed factions", "Civilians"),
    # whose men were killed, named before the event word or in the clause before "when"
    ("Two members of an Iran-backed militia were shot dead by unidentified gunmen at their checkpoint in Muhasan.",
     "Unidentified armed group", "Military Forces of Iran"),
    ("A General Security member was killed when gunmen opened fire on his checkpoint near Burj Islam on 3 May 2025.",
     "Unidentified armed group", "Police Forces of Syria"),
    # a side named beside the subject acted with it, unless they did something to each other; groups' own names
    ("Jaysh al-Izza and HTS captured Tal Malah hill in northern Hama on 5 June.", "Opposition rebels", ""),
    ("Jaysh al-Izza and HTS fighters captured Tal Malah hill in northern Hama on 5 June.", "Opposition rebels", ""),
    ("Ahrar al-Sham fighters, alongside Jabhat al-Nusra and other rebel units, overran the Taftanaz helicopter base "
     "on 11 January.", "Opposition rebels", "Military Forces of Syria"),
    ("SNA and SDF exchanged fire near Siv Eli village on the Sajur front.", "Turkish-backed factions",
     "Syrian Democratic Forces"),
    ("Hurras al-Din fighters attacked army posts near Ara in Jabal al-Akrad.", "Hurras al-Din",
     "Military Forces of Syria"),
    ("An IS cell hit a checkpoint manned by the Syrian Social Nationalist Party militia near Saboura, killing three "
     "SSNP fighters.", "Islamic State", "Military Forces of Syria"),
    # the YPG named is the YPG; Turkish officials' "PKK/YPG" is the SDF
    ("On 19 February 2018, Turkish-backed factions captured Haj Bilal after clashes with the YPG.",
     "Turkish-backed factions", "People's Protection Units"),
    ("The terrorist organization PKK/YPG targeted the village of Mashrafet al-Sheikh with mortar shells, killing one "
     "civilian, the Turkish Ministry of Defense announced.", "Syrian Democratic Forces", "Civilians"),
    # a voice that tells of others is no side; one that tells of what was done to it is its target
    ("Hezbollah's al-Manar said regime forces retook Khan Touman on 29 January.", "Military Forces of Syria", ""),
    ("The Syrian army said Hezbollah fighters fired rockets at its positions near Hawik.", "Hezbollah",
     "Military Forces of Syria"),
    # a group's man killed by another group is a battle with his group; his relatives are civilians
    ("An Asayish member was shot dead by an IS cell near Tal Brak.", "Islamic State", "Asayish"),
    ("Regime remnants opened fire on a car carrying relatives of a General Security member in Jableh, killing two.",
     "Former regime loyalists", "Civilians"),
    # news paragraphs: one name's two groups fight; "jihadists from X" are X's; "rebel-held" holds a place, it
    # is not a side; a later sentence that blames someone credits the strike
    ("Jaish al-Islam and Faylaq al-Rahman fighters clashed in Zamalka, activists said.", "Opposition rebels",
     "Opposition rebels"),
    ("Jihadists from the Nusra Front attacked army positions near Atarib, the Observatory said.",
     "Hayat Tahrir al-Sham", "Military Forces of Syria"),
    ("Air strikes on a market in the rebel-held town of Atareb killed at least 53 people, the Observatory said. "
     "It said Russian jets were believed responsible.", "Military Forces of Russia", "Civilians"),
    ("Turkey-backed Syrian fighters took control of Afrin town after Kurdish forces withdrew, Ankara said.",
     "Turkish-backed factions", "Syrian Democratic Forces"),
    # "after clashes with X": X lost the place; a date after "on" is no target; the injured may come first
    ("On 17 May 2013, Jaysh al-Islam took control of Um Khan after clashes with regime forces.", "Opposition rebels",
     "Military Forces of Syria"),
    ("According to SOHR, on 10 October 2025 IS militants attacked an SDF position near Abu Quera. 2 fatalities.",
     "Islamic State", "Syrian Democratic Forces"),
    ("On 20 April 2025, a civilian was injured when a landmine exploded in Mahjah.", "Unidentified armed group",
     "Civilians"),
    # "with coalition air support" backs a side; "X-affiliated Y" is Y; "warplanes of X" are X's, but "the
    # shelling of regime positions" is their target
    ("The SDF, with US-led coalition air support, took full control of al-Tabqa from ISIS.",
     "Syrian Democratic Forces", "Islamic State"),
    ("Clashes broke out between the Syrian army and the SDF-affiliated Asayish in Sheikh Maqsoud.",
     "Military Forces of Syria", "Asayish"),
    ("Warplanes of the Russian occupation struck Kafr Naha on Wednesday, killing a woman.",
     "Military Forces of Russia", "Civilians"),
    ("The shelling of regime positions in Kafr Naha killed 2 soldiers.", "Unidentified armed group",
     "Military Forces of Syria"),
    # a strike from the air no one is named behind
    ("A drone strike hit a house in Qanawat, killing a woman.", "Unidentified military forces", "Civilians"),
    # unnamed men whose group is named next are its men ("affiliated with" a force, they stay unidentified);
    # whoever holds where the shells were fired from fired them; "X was blamed", "IS was suspected"
    ("General Security said gunmen of a loyalist cell killed two shepherds near Kafr Laha.",
     "Former regime loyalists", "Civilians"),
    ("Gunmen loyal to the old regime fired on government forces in Rweiset Hamdan.", "Former regime loyalists",
     "Military Forces of Syria"),
    ("A gang affiliated with Military Intelligence kidnapped a young man from Salkhad.", "Unidentified armed group",
     "Civilians"),
    ("A rocket fired from rebel-held areas landed in the al-Meidan neighbourhood of Aleppo, killing 2 civilians.",
     "Opposition rebels", "Civilians"),
    ("Mortar shells hit al-Dweila'a in Damascus, killing 2 civilians. Faylaq al-Rahman was blamed for the attack.",
     "Opposition rebels", "Civilians"),
    ("A car bomb exploded outside the police station in al-Mayadeen, killing 5 police members. IS was suspected.",
     "Islamic State", "Police Forces of Syria"),
    # a military site or a soldier no one else is named for is the Syrian state's (not a former site, and not
    # when its allies strike)
    ("Israeli missiles struck air defence positions near Masyaf; no casualties.", "Military Forces of Israel",
     "Military Forces of Syria"),
    ("An IED exploded near Ain al-Baida, Kisweh area. 1 soldier killed.", "Unidentified armed group",
     "Military Forces of Syria"),
    ("Israeli aircraft struck a former military site in Ennab. No fatalities reported.", "Military Forces of Israel",
     ""),
    ("Israeli aircraft struck a Scientific Studies and Research Centre facility near al-Zawi, killing 2.",
     "Military Forces of Israel", "Military Forces of Syria"),
    ("Russian warplanes struck military positions near Kabani.", "Military Forces of Russia", ""),
    # the regime's police are police; "factions of X" are X's; the 8th Brigade, once rebels
    ("Regime police arrested 24 people in the Mashta al-Helu sub-district.", "Police Forces of Syria", "Civilians"),
    ("Opposition factions of the Military Operations Command took control of Taqsis as regime forces withdrew.",
     "Hayat Tahrir al-Sham", "Military Forces of Syria"),
    ("Local fighters of the 8th Brigade attacked IS cells hiding in Jasim, killing 3 IS members.",
     "Opposition rebels", "Islamic State"),
    # a tank, an infantry unit, "the Israeli enemy" of state media are Israel's; a denied claim credits no one
    ("An Israeli tank fired a shell at a regime observation post outside Al-Kutaybah. No fatalities.",
     "Military Forces of Israel", "Military Forces of Syria"),
    ("An IED exploded in a car in Amud, wounding 2 members of the Hamza Division. No group claimed the attack; the "
     "Afrin Liberation Forces had claimed similar attacks before.", "Unidentified armed group",
     "Turkish-backed factions"),
    # the owner of a vehicle that hit a mine suffered it; a partner ("with the SDF,", "in cooperation with") is no
    # side; "men from X" are X's
    ("An army truck hit a landmine on the road outside Qaryatayn, killing a soldier.", "Unidentified armed group",
     "Military Forces of Syria"),
    ("The US-led coalition, with the SDF, raided a house in Gharanij, killing an Islamic State official.",
     "Global Coalition Against Daesh", "Islamic State"),
    ("Men from a Turkish-backed faction beat three Kurdish farmers in Jindires.", "Turkish-backed factions",
     "Civilians"),
    # a battle that overran a military site or killed soldiers, with no side named, fought the Syrian state
    ("Ahrar al-Sham fighters overran the Taftanaz military airport on 11 January 2013.", "Opposition rebels",
     "Military Forces of Syria"),
    ("Remnants of the ousted regime ambushed a General Security patrol near Qamhana, killing 2 of its members.",
     "Former regime loyalists", "Police Forces of Syria"),
    # the group whose men a strike wounded is its target
    ("SNA factions shelled al-Khafiya with heavy artillery; 2 SDF fighters were wounded.", "Turkish-backed factions",
     "Syrian Democratic Forces"),
    # homes burned by no one named: the unidentified armed group; the regime's State Security
    ("Unidentified persons set fire to agricultural land and beehives in Habbaba.", "Unidentified armed group",
     "Civilians"),
    ("State Security detained a pharmacist in the al-Muhajireen quarter of Deir ez-Zor.", "Military Forces of Syria",
     "Civilians"),
    # "facilities used by X": whose they were, not who struck
    ("US aircraft struck facilities used by Iran-backed militias near al-Bukamal.",
     "Military Forces of the United States", "Military Forces of Iran"),
    # who held a captured place lost it
    ("Syrian government forces took full control of the rebel-held town of Busra al-Harir on Tuesday.",
     "Military Forces of Syria", "Opposition rebels"),
    # an actor said right before the event word owns it, whatever preposition comes before it
    ("A child was martyred today as a result of regime artillery shelling targeting Badwar village in the Idlib "
     "countryside.", "Military Forces of Syria", "Civilians"),
    ("Monday 13 July 2015: the child Fadi al-Tawil (8) died as a result of regime mortar fire in Jawwasiyah.",
     "Military Forces of Syria", "Civilians"),
    # OCHA's name for the state's forces
    ("On 28 December 2021, shells fired by Government of Syria (GoS) forces impacted the Mashrafah health centre "
     "(Idleb district, Idleb governorate). Casualties include 4 killed and 6 injured.",
     "Military Forces of Syria", "Civilians"),
    # a claim of "the attack" in the next sentence names who did it, and is no second attack
    ("Two members of the Syrian Democratic Forces were killed when an explosive device went off under their vehicle "
     "near Abbad, in the Tabqa area, on Thursday. The Islamic State claimed responsibility for the attack in a "
     "statement.", "Islamic State", "Syrian Democratic Forces"),
    # unnamed men said to be a group's
    ("On 17 June 2019, gunmen believed to be IS attacked an army checkpoint at Tal Sekkin. 2 fatalities.",
     "Islamic State", "Military Forces of Syria"),
    ("Gunmen described as Assad loyalists abducted a cleric in Sheikh Badr (Tartous) on 1 June 2025.",
     "Former regime loyalists", "Civilians"),
    ("A suicide bomber from ISIS blew himself up on Sunday in the market of As Sir, killing 5 civilians.",
     "Islamic State", "Civilians"),
    # air raids named by the state that flew them
    ("Russian air raid on Hasrat, rural Hama, 2 dead (Saturday); a school building was also hit.",
     "Military Forces of Russia", "Civilians"),
    ("On 15 April 2022, Russian Su-24s struck the outskirts of Maghrabaya in rural Idlib; 5 people were killed.",
     "Military Forces of Russia", "Civilians"),
    # names of the Idlib groups as reports write them
    ("On 11 February 2015, Nusra fighters ambushed an army convoy at Al Qabbadah near Rankus; 7 fatalities.",
     "Hayat Tahrir al-Sham", "Military Forces of Syria"),
    ("On 20 February 2018, clashes erupted between HTS and Jabhat Tahrir Souria in Darat Izza.",
     "Hayat Tahrir al-Sham", "Opposition rebels"),
    ("On 30 August 2019, TIP fighters fired rockets at Deir Hanna, south-south-west of al-Qardaha, damaging a house.",
     "Turkistan Islamic Party", "Civilians"),
    ("The terrorist groups of Jabhat al-Nusra attacked on Thursday the town of Khirbet Jadraya in the Idleb "
     "countryside and committed a massacre against its people, killing twelve civilians.",
     "Hayat Tahrir al-Sham", "Civilians"),
    # the shelling "of" its owner, told by where it fell
    ("Martyrdom of a child and the injury of his father by the shells of the Turkish occupation on the village of "
     "Illah in the Tal Abyad countryside on Tuesday, the Kurdish agency said.", "Military Forces of Turkey", "Civilians"),
    ("TAF shells Ber Shwelan overnight (no casualties reported) #AlRaqqa", "Military Forces of Turkey", ""),
    # humanitarian reporting's names and attributions
    ("SNHR documented the killing of Hamza al-Ali, 42, from Sandara village, who was shot dead by a Government of "
     "Syria (GoS) sniper in Kafr Haddad, Aleppo governorate on 7 December 2019.", "Military Forces of Syria", "Civilians"),
    ("Heavy fighting between AOGs and pro-government forces around Tleisiyeh, Hama governorate on 23 October 2013 "
     "resulted in 8 deaths among combatants.", "Opposition rebels", "Military Forces of Syria"),
    ("A primary school in Raboua (Hama) was hit by artillery shells on 21 May 2018, resulting in 1 child death and 4 "
     "injuries. Education cluster partners attribute the shelling to pro-government forces.",
     "Military Forces of Syria", "Civilians"),
    ("A Syria Civil Defence centre in Arda (Dar'a district, Dar'a) was damaged by artillery fire on 25 June 2016. "
     "The centre said the shells came from positions of pro-government forces; two volunteers were injured.",
     "Military Forces of Syria", "Civilians"),
    ("On 16 July 2020, a Turkish drone strike hit a water pumping station in Katuniyeh (Ar-Raqqa), cutting water "
     "supply to thousands; no casualties were reported.", "Military Forces of Turkey", "Civilians"),
    # what detainees are accused of links to is no side of the arrest (what they are said to belong to may be)
    ("SDF fighters arrested eight men in Kasra, west of Deir ez-Zor, on 24 October, accusing them of links to the "
     "Islamic State, a monitor said.", "Syrian Democratic Forces", "Civilians"),
    ("On 11 March 2023, SDF forces arrested 6 people in Jib al-Abyad in the al-Tabqa countryside for alleged links "
     "with IS.", "Syrian Democratic Forces", "Civilians"),
    # a health facility's staff are civilians, not "members" of a force
    ("SSA: on 17 May 2024 an airstrike hit the main health facility in Tall Sabhah (Jebel Saman district, Aleppo), "
     "killing three staff members.", "Unidentified military forces", "Civilians"),
    # men tied to a force acted, not the force, which is no second side either
    ("Community focal points indicate that 20 civilians were killed in Kawkaran, Homs governorate on 11 March 2025 "
     "by armed men affiliated with the Ministry of Defence during security operations.",
     "Unidentified armed group", "Civilians"),
    ("Damascus-aligned forces and SDF fighters clashed with machine guns in Maadan (Raqqa) after a dispute at a "
     "checkpoint.", "Military Forces of Syria", "Syrian Democratic Forces"),
    ("A hand grenade thrown at a grocery in Ayn Zabda (Quneitra countryside) killed its owner.",
     "Unidentified armed group", "Civilians"),
    ("IEDs hit SDF vehicles in Dehlan (Raqqa), killing 2 fighters. IS claimed both blasts.",
     "Islamic State", "Syrian Democratic Forces"),
    # barrel bombs are the regime's, whatever the event word
    ("Helicopters dropped barrel bombs on Okan in the Aleppo countryside on April 13th, killing four.",
     "Military Forces of Syria", "Civilians"),
    # what they fired with is no target ("launchers", "tanks" are the strikers')
    ("On 28 September 2021, regime forces shelled Rwaiha, 17 km southwest of Saraqib, with rocket launchers. "
     "1 fatality.", "Military Forces of Syria", "Civilians"),
    ("On 3 April 2017, regime forces shelled Kahil in the Daraa countryside using tanks. 3 fatalities.",
     "Military Forces of Syria", "Civilians"),
    # Israel's strikes on a position, base or airport no one else is named for are on the state's; not a former one
    ("On 19 November 2019, Israeli missiles hit a position near Hader in north Quneitra. No casualties known.",
     "Military Forces of Israel", "Military Forces of Syria"),
    ("On 7 March 2023, Israeli missiles struck Aleppo International Airport, putting it out of service.",
     "Military Forces of Israel", "Military Forces of Syria"),
    ("On 22 November 2025, Israeli warplanes struck a former military base in Al Khattabiyah. No fatalities.",
     "Military Forces of Israel", ""),
    # an agreement: its mediator is no party; two factions of one family agreeing are both sides
    ("Druze factions and Bedouin gunmen agreed a ceasefire in al-Mazraa on 19 July 2025 under US and Arab mediation.",
     "Druze militias", "Arab tribal militias"),
    ("The Sultan Murad Division and the Levant Front signed an agreement ending their dispute in Azaz on 5 November "
     "2021.", "Turkish-backed factions", "Turkish-backed factions"),
    # the men of a force, or of its checkpoint, acted for it
    ("Personnel of regime Military Intelligence Branch 227 shot dead at least 41 civilians in Tadamon on 16 April "
     "2013.", "Military Forces of Syria", "Civilians"),
    ("Personnel at a regime Military Security checkpoint in Shaqqa opened fire on a car on 1 September 2016, killing a "
     "young man.", "Military Forces of Syria", "Civilians"),
    # air defences no one owns are the state's; an attribution, with who made it; a site its army left is no one's
    ("Air defences intercepted Israeli missiles over Shahba in Sweida province on 1 February 2018, SANA said.",
     "Military Forces of Syria", "Military Forces of Israel"),
    ("A drone attributed by SOHR to Israel struck a car in Dar'a city on 11 April 2020, killing 1 man.",
     "Military Forces of Israel", "Civilians"),
    ("Israeli jets struck abandoned army weapons depots at Kisweh on 14 March 2025. No casualties reported.",
     "Military Forces of Israel", ""),
    ("The Islamic Resistance in Iraq launched a drone at US forces in Hasakeh city on 28 April 2024.",
     "Military Forces of Iran", "Military Forces of the United States"),
    # state media's "terrorists", no group named, fought: ACLED's unidentified armed group (check73's, blind)
    ("Army and armed forces units killed a number of terrorists and destroyed their dens and vehicles in Hbit village "
     "in Idleb southern countryside.", "Military Forces of Syria", "Unidentified armed group"),
    # Kurdish media's names (check72's, blind): the Turkish state and its occupation, the occupation's mercenaries
    ("A drone of the Turkish occupation struck a car on the outskirts of Girke Lege, killing 2 civilians.",
     "Military Forces of Turkey", "Civilians"),
    ("Mortar fire by the occupation mercenaries hit Shamuqah village on the Tal Tamr front on Monday, killing a child.",
     "Turkish-backed factions", "Civilians"),
    ("A Turkish shell struck Shuyukh Tahtani on the Euphrates, west of Kobani, killing a child.",
     "Military Forces of Turkey", "Civilians"),
    # a weapon found or defused: who disrupted it did it; whose it was is the second side
    ("SDF engineering teams removed dozens of landmines planted by IS in farmland around al-Baghuz.",
     "Syrian Democratic Forces", "Islamic State"),
    ("Russian sappers defused hundreds of mines planted by IS in the historic part of Palmyra.",
     "Military Forces of Russia", "Islamic State"),
])
def test_who_did_it_and_whom_it_hit(tmp_path, text, actor1, actor2):
    assert _actors(tmp_path, text) == (actor1, actor2)


def test_a_force_that_broke_up_a_protest_in_the_next_sentence_intervened(tmp_path):
    text = ("Residents of Mhardeh protested on 15 June after a church guard was beaten. Security forces dispersed the "
            "crowd with warning shots.")
    assert _actors(tmp_path, text, published="2025-06-16") == ("Protesters", "Police Forces of Syria")


@pytest.mark.parametrize("text, sub_event_type, actor1, actor2", [
    # arrests at a protest are the protest met with force (not arrests of men accused of a March attack)
    ("The Asayish arrested several teachers who were protesting outside the education committee in Amuda on 14 "
     "September 2023.", "Protest with intervention", "Protesters", "Asayish"),
    ("On 23 April 2025, General Security arrested 9 suspects in Qardaha accused of taking part in the March attacks.",
     "Arrests", "Police Forces of Syria", "Civilians"),
    # whom a crowd's victims are accused of informing for is no side
    ("Residents of Talbiseh set fire to three houses belonging to a family accused of having informed for the former "
     "regime's security branches on 3 January 2025.", "Mob violence", "Rioters", "Civilians"),
])
def test_a_crowd_and_its_arrests_as_acled_codes_them(tmp_path, text, sub_event_type, actor1, actor2):
    path = tmp_path / "note.jsonl"
    path.write_text(json.dumps({"id": "n", "published": "2025-05-30", "text": text}), encoding="utf-8")
    [row] = extract([path]).itertuples()
    assert (row.sub_event_type, row.actor1, row.actor2) == (sub_event_type, actor1, actor2)


@pytest.mark.parametrize("text, sub_event_type, actor1, actor2", [
    # after the fall of Assad's government, its men arrested are its loyalists (check64's, blind)
    ("General Security arrested a former Air Force Intelligence colonel in Tartous's al-Rabieh neighbourhood on 20 "
     "February 2025.", "Arrests", "Police Forces of Syria", "Former regime loyalists"),
    ("Security forces arrested a brigadier general of the former army at his flat in Dahiet Dummar, Damascus, on 1 "
     "April 2025.", "Arrests", "Police Forces of Syria", "Former regime loyalists"),
    # ... and what one is accused of is not the event: an arrest, not a massacre
    ("Security forces arrested a former NDF member accused of involvement in the 2013 Tadamon massacre in Damascus's "
     "Tadamon neighbourhood on 10 May 2025.", "Arrests", "Police Forces of Syria", "Former regime loyalists"),
    # a former rebel is no man of the regime
    ("General Security arrested a former rebel commander in Dael on 8 April 2025.", "Arrests", "Police Forces of Syria",
     "Opposition rebels"),
    # a kidnapping gang the men are accused of belonging to makes no disappearance of their arrest
    ("On 14 April 2025, General Security forces arrested 4 men accused of belonging to a kidnapping gang in "
     "al-Amiriyah, southern Aleppo city.", "Arrests", "Police Forces of Syria", "Unidentified armed group"),
    # a headline's accusation is its event
    ("Sultan Murad members accused of raping a Kurdish woman in Maabatli (Afrin) on 3 May.", "Sexual violence",
     "Turkish-backed factions", "Civilians"),
])
def test_the_men_of_the_fallen_regime_arrested_and_what_they_are_accused_of(tmp_path, text, sub_event_type, actor1,
                                                                            actor2):
    path = tmp_path / "note.jsonl"
    path.write_text(json.dumps({"id": "n", "published": "2025-05-30", "text": text}), encoding="utf-8")
    [row] = extract([path]).itertuples()
    assert (row.sub_event_type, row.actor1, row.actor2) == (sub_event_type, actor1, actor2)


def test_protesters_detained_by_a_force_met_it(tmp_path):
    text = ("Residents of Hazimeh protested on 1 August against forced conscription. SDF fighters detained several "
            "protesters.")
    assert _actors(tmp_path, text) == ("Protesters", "Syrian Democratic Forces")


def test_a_claim_of_the_attacks_credits_each_attack_told(tmp_path):
    path = tmp_path / "note.jsonl"
    path.write_text(json.dumps({"id": "n", "published": "2016-05-24", "text": (
        "Suicide bombers blew themselves up at the bus station in Jableh on 23 May 2016, killing 53 people. Similar "
        "blasts hit Tartous the same morning. Amaq said IS carried out the attacks.")}), encoding="utf-8")
    rows = extract([path])
    assert len(rows) == 2 and set(rows["actor1"]) == {"Islamic State"}


def test_two_armed_groups_claimed_no_one_is_credited(tmp_path):
    actor1, _ = _actors(tmp_path, "A car bomb exploded in Azaz on Friday, killing 12. Islamic State and the PKK "
                                  "each blamed the other; Islamic State claimed the attack, HTS said.")
    assert actor1 == "Unidentified armed group"


@pytest.mark.parametrize("text, sub_event_type, actor1, actor2", [
    ("Residents of Hubaytir protested against conscription; SDF members fired in the air to disperse them.",
     "Protest with intervention", "Protesters", "Syrian Democratic Forces"),
    # the force that did harm acted: actor1, as in ACLED's data
    ("Residents of Hubaytir protested against conscription; SDF members opened fire, wounding two.",
     "Excessive force against protesters", "Syrian Democratic Forces", "Protesters"),
    ("Residents of Hubaytir protested against conscription on Friday.", "Peaceful protest", "Protesters", ""),
])
def test_a_protest_a_force_broke_up_names_the_force(tmp_path, text, sub_event_type, actor1, actor2):
    path = tmp_path / "note.jsonl"
    path.write_text(json.dumps({"id": "n", "published": "2022-05-30", "text": text}), encoding="utf-8")
    [row] = extract([path]).itertuples()
    assert (row.event_type, row.sub_event_type, row.actor1, row.actor2) == ("Protests", sub_event_type, actor1,
                                                                             actor2)


def test_a_beating_by_a_force_is_violence_against_civilians_not_a_mob(tmp_path):
    path = tmp_path / "note.jsonl"
    path.write_text(json.dumps({"id": "n", "published": "2025-05-30",
                                "text": "Members of General Security beat a young man to death in Safita."}),
                    encoding="utf-8")
    [row] = extract([path]).itertuples()
    assert (row.event_type, row.actor1, row.actor2) == ("Violence against civilians", "Police Forces of Syria",
                                                        "Civilians")


@pytest.mark.parametrize("day, force", [("3 May 2014", "Military Forces of Syria"), ("3 May 2025", "Police Forces of Syria")])
def test_syria_s_security_forces_are_the_army_before_december_2024_and_the_police_after(tmp_path, day, force):
    path = tmp_path / "note.jsonl"
    path.write_text(json.dumps({"id": "n", "published": "2026-01-01",
                                "text": f"On {day}, security forces arrested two young men in Ghazala."}),
                    encoding="utf-8")
    [row] = extract([path]).itertuples()
    assert (row.actor1, row.actor2) == (force, "Civilians")


@pytest.mark.parametrize("text, event_type", [
    ("Fighters loyal to the Hamza Division attacked a family in Afrin.", "Violence against civilians"),
    ("Two families clashed with guns in Barnan over land. 2 killed.", "Battles"),  # no armed side: a fight
    # men killed in numbers or a family fired on, with no second side named, are civilians; in a fight, a side
    ("Gunmen stormed Edlin near Tal Kalakh on Saturday and killed four men, relatives said.",
     "Violence against civilians"),
    ("HTS fighters stormed Edlin near Tal Kalakh on Saturday and killed four men.", "Violence against civilians"),
    ("Gunmen from a Turkish-backed faction opened fire on a Kurdish family in Jenderes, killing four of them.",
     "Violence against civilians"),
    ("Sniper fire from HTS positions killed two olive pickers near Kameliyeh on Sunday.", "Violence against civilians"),
    ("The group's fighters killed four SDF men in an attack overnight near Baghouz.", "Battles"),
    ("A fight between two families in Karm el-Jabal became an exchange of fire that killed 2 men.", "Battles"),
    # fire on a wedding or a displaced man is on civilians; a raid on a house is an operation
    ("Two people were wounded when gunmen opened fire on a wedding in al-Mishyah.", "Violence against civilians"),
    ("A displaced man was killed by gunmen inside a camp near Sarjablah.", "Violence against civilians"),
    ("Gunmen opened fire on a checkpoint near a school in al-Snobar.", "Battles"),
    # a crowd's own violence is a riot; gunmen a crowd tells of are not the crowd
    ("Angry residents stormed the municipal building in Rafid after days without electricity.", "Riots"),
    ("Relatives of a man killed in a traffic accident attacked the driver and smashed cars in Ein Salem.", "Riots"),
    ("Residents said gunmen stormed a house in Tafas and killed a man.", "Violence against civilians"),
    # "by members of" a force, however far after the killing: the force killed civilians, no battle
    ("SOHR documented the killing of 12 civilians in Sahnaya by members of government forces.",
     "Violence against civilians"),
    # the police who tell of it are no second side
    ("A gunman on a motorbike killed a taxi driver in the Baba Amr district of Homs, police said.",
     "Violence against civilians"),
    # a force's man killed by a hand no one names: a battle with his force
    ("A General Security member was shot dead at his post in Qseibeh, in the Sheikh Badr area of Tartus province, "
     "on 9 July 2025, the interior ministry said.", "Battles"),
    # ... not a force's man who killed
    ("On 11 June 2019, a quarrel in Bimalka, north-east of Tartous city, ended with an NDF member shooting a "
     "civilian dead.",
     "Violence against civilians"),
])
def test_the_type_follows_who_attacked_whom(tmp_path, text, event_type):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": text, "published": "2022-05-01"}) + "\n", encoding="utf-8")
    assert extract([path]).iloc[0].event_type == event_type
