"""The event and actor lexicons: every row's example must produce that row's reading."""
import json
import re
from pathlib import Path

import pytest

try:
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef]

from geomap import events
from geomap.events import actor_side, event_cues, event_words

ROWS = event_words()


def _row_id(row: dict) -> str:
    return row["phrase"]


def test_lexicon_has_the_columns_maintainers_expect():
    assert list(ROWS[0]) == ["phrase", "event_type", "sub_event_type", "weight", "example"]


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_row_is_complete_and_compiles(row):
    assert row["example"].strip()
    assert row["event_type"] and row["sub_event_type"]
    assert int(row["weight"]) >= 0
    re.compile(row["phrase"], re.I)


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_example_yields_the_rows_event(row):
    """The phrase is found in its example by this row's run, and the strongest cue has this event type."""
    phrase = re.compile(r"\b(?:" + row["phrase"] + r")", re.I)
    cues = event_cues(row["example"])
    example = row["example"]  # matched in place: a phrase may end in a lookahead at the words after it
    mine = [c for c in cues if (m := phrase.match(example, c.start)) and m.end() == c.end
            and c.event_type == row["event_type"]
            and c.sub_event_type == row["sub_event_type"] and c.weight == int(row["weight"])]
    assert mine, f"{row['phrase']!r} not found in {row['example']!r}: {[c.word for c in cues]}"
    assert cues[0].event_type == row["event_type"]


def test_no_phrase_matches_the_empty_string():
    """``_event_cues`` resumes a run where its last match ended, as ``finditer`` does after a match that
    is not empty."""
    for row in ROWS:
        assert sre_parse.parse(row["phrase"], re.I).getwidth()[0] > 0, row["phrase"]


def test_cues_are_each_runs_own_matches():
    """Trying each run only where some phrase matches finds what each run's own ``finditer`` finds."""
    texts = [row["example"] for row in ROWS]
    for path in Path(__file__).parent.joinpath("data").glob("terse_*.jsonl"):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        expected = [events.EventCue(event_type, sub_type, m.start(), m.end(), weight, m.group())
                    for pattern, event_type, sub_type, weight in events._event_patterns()
                    for m in pattern.finditer(text)]
        assert list(events._event_cues(text)) == sorted(expected, key=lambda c: (-c.weight, c.start))


def test_runs_of_rows_make_few_patterns():
    """One regex per run of like rows: the matcher runs on every clause."""
    assert len(events._event_patterns()) < len(ROWS) / 4


@pytest.mark.parametrize("sentence, event_type, sub_event_type", [
    # a headline's present tense and plural: "Twin bombings near Qamishli church", "Regime troops enter X"
    ("Twin bombings near Qamishli church; 2 killed, dozens wounded.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("Regime troops enter Maarat al-Numan after rebel and HTS pullout.", "Battles", "Territory"),
    ("Regime forces targeted the village with mortars.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("IS targeted a checkpoint near Sukhnah.", "Battles", "Armed clash"),
    ("Clashes erupted between the SDF and IS near Hajin.", "Battles", "Armed clash"),
    ("A shell fell on Mhardeh city.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Regime forces gained control of Tal Jabin village.", "Battles", "Territory"),
    ("Regime forces fired on al-Lahaya from positions near Souran.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("Israeli forces fired at regime positions near Jaba.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("Turkish border guards fired at smugglers near al-Jdeideh.", "Battles", "Armed clash"),
    ("Gunmen fired on Kurdish fighters near Amuda.", "Battles", "Armed clash"),
    ("Unknown gunmen shot dead a media activist in Saraqeb.", "Violence against civilians", "Attack"),
    ("IS cells shot dead an SDF fighter near Yarubiyah.", "Battles", "Armed clash"),
    ("Unidentified gunmen shot dead a former FSA commander in Tafas.", "Violence against civilians", "Attack"),
    ("Regime forces took control of the town without clashes.", "Strategic developments",
     "Non-violent transfer of territory"),
    # an advance that meets nobody is a handover, not a battle
    ("Regime forces advanced on Khirbet Bajja, 8 km southwest of Jasim, no resistance reported.",
     "Strategic developments", "Non-violent transfer of territory"),
    ("Regime forces entered Nawa unopposed.", "Strategic developments", "Non-violent transfer of territory"),
    ("General Security conducted a sweep in Maaruna, seizing weapons belonging to former regime militias.",
     "Strategic developments", "Disrupted weapons use"),
    ("General Security forces conducted sweeping operations across the Qardaha sub-district.",
     "Strategic developments", "Other"),
    ("On 22 August 2022, HTS held a military parade in Al-Adnaniyah.", "Strategic developments", "Other"),
    ("Unidentified gunmen killed the son of a tribal elder in Ruqayb.", "Violence against civilians", "Attack"),
    ("A drone believed to belong to the US-led coalition struck a car near al-Ghafar.", "Explosions/Remote violence",
     "Air/drone strike"),
    ("Unidentified gunmen killed a former reconciliation negotiator in al-Hijja.", "Violence against civilians",
     "Attack"),
    ("A man from Jaramana died after being shot by unidentified gunmen in al-Haqla.", "Violence against civilians",
     "Attack"),
    ("A shell fired by opposition factions hit the al-Shuhada neighbourhood.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("A fire set by unknown persons destroyed several shops in the al-Uqaiba market.", "Strategic developments",
     "Looting/property destruction"),
    ("Israeli forces set up a checkpoint at Umm al-Azam.", "Strategic developments",
     "Headquarters or base established"),
    # the victim named, then who he was
    ("Gunmen killed Ahmad al-Hariri, a member of the Eighth Brigade, in Bsir.", "Violence against civilians",
     "Attack"),
    ("Turkish-backed factions took Jinderes, meeting no resistance.", "Strategic developments",
     "Non-violent transfer of territory"),
    ("Security officials and notables of Jneinet Ruslan agreed that local armed men would hand over their weapons.",
     "Strategic developments", "Agreement"),
    # civilians killed by gunmen, however many and however named; a council member is no fighter
    ("Gunmen killed four men from one family in Ain al-Jurn.", "Violence against civilians", "Attack"),
    ("Gunmen killed seven members of one family in al-Samiya and set fire to their house.",
     "Violence against civilians", "Attack"),
    ("An IS cell shot dead a local council member in Hajin.", "Violence against civilians", "Attack"),
    ("IS cell members shot dead a local SDF commander in Tamim.", "Battles", "Armed clash"),  # "local", no council
    ("Residents found the body of a young man bearing gunshot wounds in the farms of al-Burnus.",
     "Violence against civilians", "Attack"),
    ("An Israeli patrol set up a roadblock near al-Kassar.", "Strategic developments",
     "Headquarters or base established"),
    ("An Israeli force entered Abdin and set up a temporary checkpoint.", "Strategic developments",
     "Headquarters or base established"),
    ("Israeli forces began fortifying a position on a hill outside Jubata al-Khashab.", "Strategic developments",
     "Headquarters or base established"),
    ("Thousands of people gathered in Saadallah al-Jabiri Square to celebrate the agreement with the SDF.", "Protests",
     "Peaceful protest"),
    ("SNA fighters attempted to infiltrate Manbij Military Council positions on the frontline of Jubb al-Arus.",
     "Battles", "Armed clash"),
    ("Turkish forces established two new military posts on the outskirts of Kinsafrah.", "Strategic developments",
     "Headquarters or base established"),
    # villagers are civilians; an evacuation under a deal, however far the deal is said from who left
    ("Gunmen affiliated with pro-government factions killed villagers in Tobeh and Tamaza.",
     "Violence against civilians", "Attack"),
    ("The first group of rebels and their families left al-Waer district of Homs on buses to Idleb province under a "
     "UN-brokered deal.", "Strategic developments", "Non-violent transfer of territory"),
    ("The last rebels left, completing the government takeover of Rastan, Talbisah and Houla under a Russian-brokered "
     "deal.", "Strategic developments", "Non-violent transfer of territory"),
    # mourners fired on; tear gas and live rounds
    ("Tens of thousands turned out for the funeral, and security forces opened fire, killing two mourners.",
     "Protests", "Excessive force against protesters"),
    ("Security forces fired tear gas and live rounds at protesters leaving the mosque, killing one.", "Protests",
     "Excessive force against protesters"),
    ("Security forces opened fire on a funeral procession in Bleikha on Sunday, killing one mourner.", "Protests",
     "Excessive force against protesters"),
    # settlements agreed, gatherings and marches, a house burned
    ("Regime forces and notables of Beit Jinn agreed a new settlement for wanted men.", "Strategic developments",
     "Agreement"),
    ("Russian military police reached a settlement with notables of al-Karim to hand over wanted men.",
     "Strategic developments", "Agreement"),
    ("Thousands gathered in Karama square in the city of As-Suwayda on Friday for the sixth day running, chanting "
     "against the government.", "Protests", "Peaceful protest"),
    ("Residents of Bab Touma marched yesterday to demand protection for churches.", "Protests", "Peaceful protest"),
    # as headlines and daily logs write: the present tense, no article
    ("Iran-backed militias shell Marrat from the west bank, 1 woman killed.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("Gunmen kill SDF member in al-Luqta, northeast Raqqa countryside.", "Battles", "Armed clash"),
    ("Gunmen torch houses in al-Kafroun, Sheikh Badr countryside.", "Strategic developments",
     "Looting/property destruction"),
    ("Fire set to houses in Ras al-Basit area (Lattakia); no casualties.", "Strategic developments",
     "Looting/property destruction"),
    ("Mine blast wounds shepherd near Shawa, al-Rai countryside.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("Explosion of old ordnance in al-Sindiyana (Tall Kalakh, Homs); 2 children wounded.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Rebel factions in Saida hand over to regime under Russian deal.", "Strategic developments",
     "Non-violent transfer of territory"),
    ("Regime forces storm Kafr Zita.", "Battles", "Armed clash"),
    ("Gunfire near Kafr Souseh checkpoint.", "Battles", "Armed clash"),
    # as state, partisan and foreign military voices tell it
    ("On 5 July 2022, the IDF struck a military position near Jerod in the Qalamoun.", "Explosions/Remote violence",
     "Air/drone strike"),
    ("Units of our armed forces restored security and stability to Beit Jinn and its farms.", "Battles", "Territory"),
    ("Army units killed 17 terrorists of Daesh in the area of Tal Aakouleh.", "Battles", "Armed clash"),
    ("Terrorists opened harassment fire on our positions near Tal Shair.", "Battles", "Armed clash"),
    ("Russian military police began patrolling near al-Tahira.", "Strategic developments", "Other"),
    ("A shell hitting a market in Jaramana killed 35 citizens.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("The SDF said on Wednesday it had taken full control of al-Tabaqa.", "Battles", "Territory"),
    ("Gunmen assassinate mukhtar in Tafas.", "Violence against civilians", "Attack"),
    ("Gunmen abduct doctor in Sweida.", "Violence against civilians", "Abduction/forced disappearance"),
    ("Residents demonstrate against SDF in Raqqa.", "Protests", "Peaceful protest"),
    ("Explosion rocks Jarablus.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Regime bombards Latamneh.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Unknown gunmen open fire on checkpoint in Nawa.", "Battles", "Armed clash"),
    ("Rebels down regime drone near Kabani.", "Strategic developments", "Disrupted weapons use"),
    ("Forces shoot dead smuggler near Jdeidet Yabous.", "Violence against civilians", "Attack"),
    ("IS cells carried out a string of assassinations of local officials.", "Violence against civilians", "Attack"),
    ("A drone of unknown origin dropped a bomb on a post of the Mutasim Division in Baruza.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("Members of the SNA beat residents of Kafr Dali Tahtani who were waiting for aid.", "Violence against civilians",
     "Attack"),
    ("On 2 September 2019, gunmen killed a judge near Mas'adah.", "Violence against civilians", "Attack"),
    ("Residents of Mazraet Haj Yaseen burned the house of a man accused of killing a young man.",
     "Strategic developments", "Looting/property destruction"),
    ("Regime and rebel representatives agreed on the evacuation of fighters from Moadamiyeh.", "Strategic developments",
     "Agreement"),
    ("The Sweida Military Council announced its formation on Thursday in Sweida city.", "Strategic developments",
     "Change to group/activity"),
    ("The National Guard was formed in Sweida from local factions.", "Strategic developments",
     "Change to group/activity"),
    ("A bomb attached to a car killed an army colonel in Mqarmideh on Sunday.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("A shootout between Fourth Division troops and local gunmen in Kahil left 4 people dead.", "Battles",
     "Armed clash"),
    ("Unknown gunmen killed an army colonel near Jasim.", "Battles", "Armed clash"),
    ("A shepherd died on Friday after stepping on a mine on a rural track near Tal Hamdan.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("An IS mine destroyed a regime bus near Shuraydah.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("A student was snatched by gunmen near Rastan on Tuesday.", "Violence against civilians",
     "Abduction/forced disappearance"),
    ("Gunmen set up a flying checkpoint near Shweihdat and robbed drivers.", "Strategic developments",
     "Looting/property destruction"),
    ("IS cells hit a regime position near Jnaynah with RPGs and machine guns.", "Battles", "Armed clash"),
    ("IS cut the road near Al Hubashiyah after attacking army posts.", "Battles", "Armed clash"),
    ("Abu Thijeh (Idlib): motorbike bomb next to the bakery. Three dead.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("A fighter of the factions was martyred on the front of Quraymeesh.", "Battles", "Armed clash"),
    ("Engineering units dismantled yesterday evening an explosive device planted by the terrorists near Dahr al Matn.",
     "Strategic developments", "Disrupted weapons use"),
    ("The Asayish thwarted at dawn today a terrorist attack in Malihat ad Darw.", "Strategic developments",
     "Disrupted weapons use"),
    ("Army units foiled an attack by terrorist groups on the Jobar axis.", "Battles", "Armed clash"),  # a fight
    ("The martyrdom of eight civilians in a massacre committed by the Russian occupation warplanes in Samj.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("The ministry announced the arrest of a former officer in Jurmaya who is accused of involvement in massacres.",
     "Strategic developments", "Arrests"),
    ("The General Security dispersed a crowd that tried to storm the police building in Baqaa.", "Riots",
     "Mob violence"),
    ("Three young men were martyred by bullets of unknown persons in Al Kam, and were found their bodies thrown.",
     "Violence against civilians", "Attack"),
    ("The people of Jeb Khamis went out in a popular march yesterday in support of the army.", "Protests",
     "Peaceful protest"),
    ("Established the army Turkish on 13/1 a point military new near Jubb Hamad ash Shallal.",
     "Strategic developments", "Headquarters or base established"),
    ("A sheep trader was shot on Saturday on the desert road near Abu Misnatein.", "Violence against civilians", "Attack"),
    ("As Sat is back under regime control, following the withdrawal of rebel factions.", "Battles", "Territory"),
    ("Khan Shaykhun fell to regime forces.", "Battles", "Territory"),
    ("Demo dispersed in Al Balanah.", "Protests", "Protest with intervention"),
    ("Three civilians killed by gunmen in Haba on Monday.", "Battles", "Armed clash"),  # a death's words, as lists tell them
    # a trade no list names: a grocer, a baker, a pharmacist are civilians; a soldier or a member is not
    ("Unknown gunmen killed a grocer in Eliyet Elalyan.", "Violence against civilians", "Attack"),
    ("Gunmen killed a baker, a father of three, in Maati.", "Violence against civilians", "Attack"),
    ("Gunmen killed a Syrian army soldier in Maati.", "Battles", "Armed clash"),
    ("Gunmen killed a member of the Air Force Intelligence in Maati.", "Battles", "Armed clash"),
    # an armed member assassinated is a fight's dead; a council's member, a civilian
    ("Gunmen on a motorbike assassinated an SDF member near the bridge of al-Busaira.", "Battles", "Armed clash"),
    ("Two members of the SDF militia were assassinated on Sunday by unknown persons.", "Battles", "Armed clash"),
    ("IS gunmen assassinated a member of the SDF-run Raqqa Civil Council.", "Violence against civilians", "Attack"),
    ("A first lieutenant was assassinated by an explosive device planted in his car in al-Hirak.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("A Turkish Bayraktar drone destroyed a car on the main road through Kahfat Saghir.", "Explosions/Remote violence",
     "Air/drone strike"),
    ("An explosive barrel fell on a crowded street of Dayr Ishman.", "Explosions/Remote violence", "Air/drone strike"),
    ("A small explosive charge went off near an army recruitment office in Maati.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("A body with signs of torture was dumped on a farm road in the western Daraa countryside.",
     "Violence against civilians", "Attack"),
    ("Two men with their hands tied were discovered dead by the roadside in Ghelwet al-Zakam.",
     "Violence against civilians", "Attack"),
    # how reports tell a strike, an abduction, an arrest, a leftover blowing up, a body left
    ("Bakers in Artuwazi al Kulayb staged a walkout over new taxes.", "Protests", "Peaceful protest"),
    ("Nurses in El-Misyadah in the Rif Dimashq countryside went on strike over new taxes.", "Protests",
     "Peaceful protest"),
    ("Scores of people from Duwayb gathered at the end of last month over bread shortages.", "Protests",
     "Peaceful protest"),
    ("A pharmacy worker was grabbed into a van by gunmen in Al Mishmish.", "Violence against civilians",
     "Abduction/forced disappearance"),
    ("A gang snatched a pharmacist at a fake checkpoint in Rasm Al-Rahjeh.", "Violence against civilians",
     "Abduction/forced disappearance"),
    ("A gang took a young man from his car in Al-Amria.", "Violence against civilians",
     "Abduction/forced disappearance"),
    ("Asayish picked up a pharmacist at a checkpoint in Lower Qorunful.", "Strategic developments", "Arrests"),
    ("Asayish held 7 people wanted for military service in Jub Al-Wawi.", "Strategic developments", "Arrests"),
    ("Two people triggered a leftover device in the fields of Jbab and died.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("A war remnant went off in a dry riverbed at Dalluza.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("A loud detonation rocked the centre of the village of Sarkasiya.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("Two residents were torn apart by a buried mine while herding sheep around Anat.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("The corpse of a young man was discovered on the road outside El-Kadar.", "Violence against civilians", "Attack"),
    ("The body of a teenager was left on the road outside Brayka, hands tied.", "Violence against civilians",
     "Attack"),
    ("A drive-by shooting in Baqaan left two members of one family dead.", "Violence against civilians", "Attack"),
    ("A Turkish UAV hit a car in Rasm Elkhabbaz.", "Explosions/Remote violence", "Air/drone strike"),
    ("Twin bombs tore through the school gate in Akrama.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("A device planted beside the checkpoint at the entrance of Sheikh Maqsoud, Aleppo, went off as their car stopped.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Two blasts hit the University of Aleppo campus.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("A bomb hit al-Zuhur on Friday.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("An IS vehicle-borne bomb struck an SNA checkpoint.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("SDF units pushed into al-Batani under coalition air cover.", "Battles", "Armed clash"),
    ("Regime forces tried to advance from the Bab Tadmur roundabout.", "Battles", "Armed clash"),
    ("Security forces fired live rounds at a Friday march in Sabil.", "Protests", "Excessive force against protesters"),
    ("A former conscript was found shot in Tishrine.", "Violence against civilians", "Attack"),
    ("Two men held at a checkpoint turned up dead in Al Malikiyah.", "Violence against civilians", "Attack"),
    ("Bulldozers clearing rubble in Ard al Hamra' uncovered a pit holding nine skeletons.", "Strategic developments",
     "Other"),
    ("Israeli tanks rolled into Al Buraikah, near the buffer zone, on Friday.", "Strategic developments", "Other"),
    ("An Israeli force of around 10 vehicles entered Adh Dhawaki and withdrew.", "Strategic developments", "Other"),
    ("Regime forces fired cluster munitions on Khuraybah.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("Russian jets dropped cluster bombs on Khuraybah.", "Explosions/Remote violence", "Air/drone strike"),
    ("The SDF forcibly recruited 2 teenagers from Kul Kilinjah.", "Violence against civilians",
     "Abduction/forced disappearance"),
    ("The General Security apprehended a drug smuggler in Khirbat al Kawm.", "Strategic developments", "Arrests"),
    ("Attackers in a pickup sprayed a grocery in Aqiba with bullets; 2 civilians died.", "Violence against civilians",
     "Attack"),
    ("Residents of Tall Shihab took to the streets demanding news of missing detainees.", "Protests",
     "Peaceful protest"),
    ("SDF takes full control of Hajin from ISIS after weeks of fighting.", "Battles", "Territory"),
    ("The Assad gangs dropped more than 20 barrels on Zabadani.", "Explosions/Remote violence", "Air/drone strike"),
    ("Regime troops blew up houses in Latamneh after taking the town.", "Strategic developments",
     "Looting/property destruction"),
    ("Members of an SNA faction seized olive groves belonging to displaced families in Bali.",
     "Strategic developments", "Looting/property destruction"),
])
def test_terse_wording(sentence, event_type, sub_event_type):
    strongest = event_cues(sentence)[0]
    assert (strongest.event_type, strongest.sub_event_type) == (event_type, sub_event_type)


def test_a_labour_strike_is_no_attack():
    assert not event_cues("Teachers in Sweida went on a general strike.")


@pytest.mark.parametrize("sentence", [
    "Shelling hit regime-controlled areas of Hama.",
    "The town is controlled by the SDF.",
    "A remotely controlled bomb went off.",
])
def test_controlled_is_territory_only_when_an_actor_controlled_a_place(sentence):
    assert all(c.sub_event_type != "Territory" for c in event_cues(sentence))


# -- actor sides ---------------------------------------------------------------------
STATE = {"Military Forces of Syria", "Military Forces of Russia", "Military Forces of Iran",
         "National Defence Forces", "Liwa al-Quds", "Liwa Fatemiyoun", "Hezbollah", "Kata'ib Hezbollah",
         "Military Forces of Turkey", "Military Forces of Iraq", "Military Forces of the United States",
         "Military Forces of Israel", "Global Coalition Against Daesh", "Popular Mobilization Forces"}
ARMED = {"Islamic State", "Hayat Tahrir al-Sham", "Opposition rebels", "Syrian Democratic Forces",
         "Turkish-backed factions"}


def test_every_actor_has_a_side():
    canonical = set(events.actors()[1])
    assert {actor_side(name) for name in canonical} <= {"state", "armed", "generic"}
    assert all(actor_side(name) == "state" for name in STATE)  # the coding rules' state side
    assert all(actor_side(name) == "armed" for name in ARMED)
    assert {actor_side(name) for name in ("Civilians", "Protesters", "Rioters")} == {"generic"}


def test_side_of_unknown_actor_is_empty():
    assert actor_side("Civilians") == "generic"
    assert actor_side("No Such Group") == ""
