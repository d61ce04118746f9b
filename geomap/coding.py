"""ACLED coding rules: from a clause's event word and actors to event type and actor roles.

``code_event`` starts from what the text says (the event word's type, actor
roles by word order) and applies ``RULES`` in order. Each rule is a small
function named for the convention it encodes; the names of those that changed
something are kept on the draft, and ``incidents.py`` writes them into the
row's notes ("coded by: ..."), so every row says which rules made it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, NamedTuple

from .regex_cache import compiled
from .events import Actor, EventCue, actor_inter, actor_side, describes_a_place, event_cues
from .patterns import Prefiltered, compile_guarded

__all__ = ["Draft", "Reading", "Story", "RULES", "code_event", "roles", "protagonist", "CIVILIAN_VICTIMS",
           "MILITARY_TARGET", "CIVILIAN_PLACE", "ARMED_INTER", "UNIDENTIFIED", "UNIDENTIFIED_MILITARY",
           "EXCESSIVE_FORCE", "STATE_SITES", "SYRIA"]

UNIDENTIFIED = "Unidentified armed group"
CIVILIAN_VICTIMS = Prefiltered(compiled(
    r"\b(civilians?|women and children|villagers|residents|"
    r"an? (?:(?:\d+-year-old|displaced|young|elderly|local|Kurdish|Alawite|Druze|Christian|Bedouin) )?"
    r"(?:man|woman|child|boy|girl|resident)|"
    r"shepherds?|farmers?|shop ?(?:owner|keeper)s?|grocers?|"
    r"people|children|kids|activists?|journalists?|doctors?|nurses?|teachers?|students?|judges?|lawyers?|citizens?|"
    r"members of (?:one|a|the same|his|her|their) family|"
    r"(?:father|mother) and (?:his |her )?(?:son|daughter)|husband and wife|"
    r"former (?:[\w-]+ )?(?:rebels?|opposition|FSA|fighters?|commanders?|members?)|"
    # a clipped note's: "kill reconciled ex-rebel", "kill Ismaili sheikh" (lower case: not "Sheikh Maqsoud"), "sniper
    # kills man"
    r"ex-(?:rebels?|FSA|fighters?|commanders?|opposition)|(?-i:sheikhs?|clerics?|imams?)|"
    r"(?:(?<=kill )|(?<=kills )|(?<=killed ))(?:man|woman|child|boy|girl)|"
    r"(?:truffle )?hunters|gatherers|pilgrims|passengers|worshippers|patients|paramedics|aid workers|herders|"
    r"(?:medical |health |hospital |school )?staff(?: members?)?|health workers?|medics|rescuers|"
    r"former (?:regime )?soldiers?|(?:taxi |truck |bus )?drivers?|merchants?|traders?|mukhtars?|(?:a|an) (?:young|elderly) (?:man|woman)|"
    r"members? of (?:the |a |an )?(?:(?!military\b)[\w-]+ ){0,2}?(?:committee|council)|"
    r"(?:reconciliation|local|civil|municipal|village|town) (?:committee|council) members?|"
    # trades and kin: "killing three passers-by", "olive pickers", "a jeweller", "two brothers", "a Kurdish family"
    r"passers?-?by|(?:olive |farm |day |construction )?(?:pickers|labou?rers|workers)|jewell?ers?|pharmacists?|"
    r"engineers?|vendors?|(?:a|the|one) passenger|brothers|cameram[ae]n|photographers?)\b"
    r"(?!,?\s+(?:said|say|says|told|reported)\b)",  # who tell it are not its victims: "..., activists said"
    re.I))
_ATTACK_ON_SETTLEMENT = compile_guarded(r"\battack on (?:the\s+)?(?:\w+\s+)?(?:city|town|village)\b", re.I)
_OBJECT_MARKER = compile_guarded(r"\b(against|on|at|targeting|from|with|of|toward|towards|hit|struck|killing|killed)\s+"
                            r"(?:the\s+|an?\s+|\d+\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
ARMED_INTER = (1, 2, 3, 4, 8)  # ACLED inter codes of forces that fight: state, rebel, militias, external
# passive actors: "killed by ISIS", "in Syrian Army strikes" (asked of every actor of every event)
# (not who backed the actor: "regime forces backed by Russian air strikes took control"; nor whose a place was:
# "facilities used by Iran-backed militias")
# ... and "by a bullet of X"
_BY_BEFORE = compiled(r"(?<!backed )(?<!supported )(?<!aided )(?<!covered )(?<!assisted )(?<!used )(?<!run )"
                      r"(?<!owned )(?<!operated )(?<!manned )(?<!occupied )(?<!inhabited )(?<!frequented )"
                      r"(?<!held )(?<!controlled )"
                      r"\bby\s+(?:the\s+|an?\s+)?"
                      r"(?:(?:two|three|four|five|several|\d+)\s+)?"
                      # "by members of government forces", "by elements of the SDF": the force's men
                      r"(?:(?:members?|elements?|personnel|fighters|gunmen|troops|units?)\s+(?:of|from)\s+(?:the\s+)?)?"
                      r"(?:(?:bullets?|fire|gunfire|shots?|sniper)\s+(?:of|from)\s+(?:the\s+)?)?$")
# the first verb in the past of an event phrase that starts with its subject ("Army units entered",
# "under a deal with the SDF, Syrian army units deployed"); "Russian-brokered" is no verb
_PAST_VERB = compiled(r"(?<![\w'’-])(?:[a-z]{2,}ed|took|hit|struck|shot|blew|overran|fought|set up)\b")
_FIRED_FROM = compiled(r"\b(?:fire|fired|gunfire|shelling|shells?|rounds|rockets?|mortars?|missiles?|projectiles|bullets|"
                       r"shots|sniper fire|strikes?|launched)\s+(?:(?:came|coming|were fired|was fired)\s+)?from\s+"
                       r"(?:(?:the|a|an|nearby|its|their)\s+){0,2}(?:positions\s+of\s+(?:the\s+)?)?$", re.I)
_DEAD_OF_BOTH = compiled(r"\b(?:killed|killing|left)\b", re.I)
_BETWEEN = compiled(r"\bbetween\b|\bpitted\b", re.I)  # "clashes between A and B", "fighting pitted A against B"
_MADE_BY_BEFORE = compiled(r"\b(?:planted|laid|left|placed|prepared|rigged|hidden|stored|set|launched|fired|sent|"
                           r"belonging|owned|flown)\s+(?:\w+\s+)?by\s+(?:the\s+|an?\s+)?$", re.I)
_HELD_BY_BEFORE = compiled(r"\b(?:held|controlled|run)\s+by\s+(?:the\s+)?$", re.I)
_FROM_AREAS_BEFORE = compiled(r"\bfrom\s+(?:the\s+)?(?:areas?|positions?|territory|territories|villages?|towns?)\s+"
                              r"(?:held|controlled)\s+by\s+(?:the\s+)?$", re.I)
_LEFT_BEFORE = compiled(r"\b(?:abandoned|disused|deserted)\s+$", re.I)
_SITE_AFTER = compiled(r"\s+(?:[\w-]+\s+)?(?:depots?|bases?|barracks|positions?|posts?|sites?|airports?|warehouses?|"
                       r"headquarters|facilit(?:y|ies))\b", re.I)
_HELD_AFTER = compiled(r"-(?:held|controlled|dominated|besieged)\b", re.I)
_WEAPON_END = compiled(r"\b(?:warplanes?|jets?|aircraft|helicopters?|drones?|artillery|tanks?|gunboats?|rockets?|"
                       r"missiles?|mortars?|bombers?)$", re.I)  # not "the shelling of regime positions": its target
# "the shelling of the Turkish occupation on the village of X": the owner, where what comes after says where it fell
# (not "the shelling of regime positions": its target)
_FIRE_END = compiled(r"\b(?:shells?|shelling|bombardment|fire)$", re.I)
_FIRED_AT_AFTER = compiled(r"(?:\s+and\s+its\s+[\w-]+)?\s+(?:on|against|targeting)\s+(?:the\s+)?"
                           r"(?:village|town|city|area|outskirts|neighbou?rhood|countryside)\b", re.I)
_OWNER_GAP_OF = compiled(r"\s+(?:of|from)\s+(?:the\s+)?", re.I)  # "Warplanes of the ...", "A suicide bomber from ISIS"
_DESCRIBES_NEXT = compiled(r"-(?:affiliated|backed|linked|allied|aligned|supported)\b", re.I)
# "attributed to X", "partners attribute the shelling to X"
# (and who attributed it: "a drone attributed by SOHR to Israel", "attributed by local media to Jordan")
_ATTRIBUTED_TO = compiled(r"\battribut(?:ed|es?|ing)\s+(?:by\s+(?:[\w'’-]+\s+){1,3})?(?:(?:the|this|it|them)\s+"
                          r"(?:[\w-]+\s+)?)?to\s+(?:the\s+)?$")
_IN_BEFORE = compiled(r"\bin\s+(?:the\s+|an?\s+)?$")
_WEAPON_OF_BEFORE = compiled(r"\b(?:drones?|UAVs?|warplanes?|jets?|aircraft|planes?|helicopters?|artillery|shells?|"
                             r"rockets?|missiles?)\s+(?:of|belonging\s+to|owned\s+by)\s+(?:the\s+)?$", re.I)
_STRIKES_AFTER = compiled(r"\s*(?:air\s*)?(strikes?|shelling|airstrikes?|raids?|attacks?|bombardment|ambush)")


class Reading(NamedTuple):  # a tuple, not a frozen dataclass: one is made for every clause read
    """What one clause says, read once: nothing here depends on other sentences."""

    text: str
    cue: EventCue
    actors: tuple[Actor, ...]
    dead: int | None
    dead_phrase: str


class Story(NamedTuple):
    """What the article has told so far that coding may lean on."""

    actors: tuple[Actor, ...]  # every actor mention in the article
    dominant: str  # the armed group the article is mostly about ("the militants")
    previous_actors: tuple[Actor, ...]  # the previous sentence's actors ("They dropped bombs")
    last_actor1: str  # actor1 of the incident told within the last two sentences, or ""


@dataclass
class Draft:
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    rules: list[str] = field(default_factory=list)


Rule = Callable[[Draft, Reading, Story], bool]
RULES: list[Rule] = []
PROTESTERS = "Protesters"  # the actor lexicon's canonical name (data/actors.csv)
PEACEFUL = "Peaceful protest"
EXCESSIVE_FORCE = "Excessive force against protesters"  # its force is actor1, as in ACLED's data: it did the harm


def rule(function: Rule) -> Rule:
    """Register a coding rule; RULES keeps the order they are defined in."""
    RULES.append(function)
    return function


def code_event(reading: Reading, story: Story) -> Draft:
    """Event type, sub-type and actors for one clause, with the names of the rules that shaped them."""
    actor1, actor2 = _roles_read(reading.text, reading.cue, reading.actors)
    draft = Draft(reading.cue.event_type, reading.cue.sub_event_type, actor1, actor2)
    for apply in RULES:
        if apply(draft, reading, story):
            draft.rules.append(apply.__name__.replace("_", "-"))
    return draft


@lru_cache(maxsize=8192)
def _roles_read(clause: str, cue: EventCue, actors: tuple[Actor, ...]) -> tuple[str, str]:
    """``roles``, cached: a clause's roles are its words' alone, and reprinted wire copy reads the same clauses
    again."""
    return roles(clause, cue, list(actors))


_PRONOUN_START = compiled(r"\s*(?:They|It|He|She)\b")
_ALSO = compiled(r"\balso\b")
_FORMER_FIGHTER = Prefiltered(compiled(r"\bformer (?:rebel|opposition|FSA)", re.I))
# "killed a former opposition fighter": a side he no longer fights for is no second side of a battle; but
# "remnants of the former regime" fight
_FORMER_BEFORE = compiled(r"\b(?:former|ex-|retired)\s*$", re.I)
_FOUGHT = compiled(r"\b(?:clash\w*|fought|fight(?:s|ing)?|battl(?:e|es|ed|ing))\b", re.I)  # "clashed with former rebels": they fight
_ASSAULT = compiled(r"\b(?:attack\w*|raid\w*|storm\w*|assault\w*)", re.I)
_MEN_UNDER_ARMS = compiled(r"\b(?:soldiers?|troops|officers?|conscripts?|members?|personnel|patrols?|convoys?|"
                           r"checkpoints?|positions?|posts?|fighters?|militiamen|police\w*)\b", re.I)
# shooting, not a fight ("clashed", "gunfight"): what an attack on a civilian is told with
SHOOTING = compiled(r"\b(?:opened fire|fired (?:at|on)|shot|snipers?)\b", re.I)
_PERSON_WORD = r"(?:fighters?|members?|commanders?|officers?|soldiers?|rebels?)\b"
_PERSON_AFTER = compiled(r"\s*(?:[\w-]+\s+)?" + _PERSON_WORD, re.I)
_PERSON_LAST = compiled(r"(?<![\w-])" + _PERSON_WORD + r"$", re.I)


# -- the rules, in the order they apply -------------------------------------------
@rule
def pronoun_subject(d: Draft, r: Reading, s: Story) -> bool:
    """ "They dropped bombs": the actor the previous sentence named."""
    if d.actor1 or not _PRONOUN_START.match(r.text):
        return False
    earlier = [a for a in s.previous_actors if not a.generic] or list(s.previous_actors)
    if not earlier:
        return False
    d.actor1 = earlier[0].canonical
    d.actor2 = "" if d.actor2 == d.actor1 else d.actor2
    return True


@rule
def also_by_the_same_hand(d: Draft, r: Reading, s: Story) -> bool:
    """ "The town of X was also shelled": by the actor of the incident just told."""
    if d.actor1 or not s.last_actor1 or not _ALSO.search(r.text):
        return False
    d.actor1 = s.last_actor1
    return True


@rule
def an_angry_crowd_riots(d: Draft, r: Reading, s: Story) -> bool:
    """ "Angry residents stormed the municipal building", "protesters set fire to a police car", "relatives of the
    dead man attacked the driver": a crowd's own violence is a riot, ACLED's violent demonstration, or mob violence
    when it set on people, their homes or cars (the civilians its second actor); a force it fought is second."""
    if d.event_type == "Riots" or (d.actor1 and actor_inter(d.actor1) in ARMED_INTER):
        return False
    act = _RIOT_ACT.search(r.text)
    crowd = act and _last_match(_CROWD, r.text, act.start())
    if (not crowd or act.start() - crowd.end() > 60
            or any(crowd.end() <= a.start < act.start() and a.inter in ARMED_INTER for a in r.actors)):
        return False  # "residents said gunmen stormed ...": someone armed acted
    force = next((a.canonical for a in r.actors if a.inter in ARMED_INTER and a.start >= act.start()
                  # (not whom the victims are accused of informing for: "a family accused of having informed for
                  # the former regime's security branches")
                  and not _LINKS_ALLEGED_BEFORE.search(r.text, max(0, a.start - 60), a.start)), "")
    mob = not force and _MOB_TARGET.search(r.text, act.start()) is not None
    d.event_type, d.sub_event_type = "Riots", "Mob violence" if mob else "Violent demonstration"
    d.actor1, d.actor2 = RIOTERS, "Civilians" if mob else force
    return True


def _last_match(pattern: re.Pattern, text: str, end: int) -> re.Match | None:
    """The last match of ``pattern`` in ``text[:end]``: the crowd nearest before the act is its subject."""
    found = None
    for found in pattern.finditer(text, 0, end):
        pass
    return found


_CROWD = compiled(r"\b(?:residents|villagers|crowds?|protesters|demonstrators|protestors|relatives|students|youths|"
                  r"locals|mourners)\b", re.I)
_RIOT_ACT = Prefiltered(compiled(
    r"\b(?:stormed|torched|set fire|set (?:[\w-]+\s+){1,3}(?:on fire|ablaze|alight)|burned|burnt|"
    r"smashed|threw stones|pelted|ransacked|vandali[sz]ed|tore down|attacked|beat|clashed)\b", re.I))
# men killed in numbers, or a family hit, by a side with no second one named: "Gunmen stormed Edlin and killed four
# men" (not "the group's fighters killed four SDF men"); and the words of a fight, which makes them a side
_MEN_KILLED = Prefiltered(compile_guarded(
    r"\b(?:kill\w*|shot dead|executed)\s+(?:at least\s+|some\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|several|dozens of|scores of)\s+"
    r"(?:(?:young|unarmed|civilian|Alawite|Druze|Kurdish|Sunni|Christian|Bedouin|local|other)\s+)?men\b|"
    r"\b(?:an?|the) (?:(?:Kurdish|Alawite|Druze|Christian|Bedouin|displaced|local|whole)\s+)?family\b", re.I))
_A_FIGHT = compiled(_FOUGHT.pattern + r"|\b(?:exchange\w* (?:of )?fire|gunfights?|firefights?|shoot-?outs?|feud|"
                    r"quarrel|dispute)\b", re.I)
_MOB_TARGET = compiled(r"\b(?:houses?|homes?|cars?|shops?|owner|driver|family|families|man|woman|men|women|people|"
                       r"residents|students)\b", re.I)


_KILLING = compiled(r"\b(?:killed|killing|shot dead|executed|murdered|slaughtered)\b", re.I)


@rule
def a_killing_is_more_than_a_theft(d: Draft, r: Reading, s: Story) -> bool:
    """ "ISIS cells killed three shepherds and stole their sheep": people killed make it an attack on them,
    whatever was taken or burned with them."""
    if (d.sub_event_type != "Looting/property destruction" or not _KILLING.search(r.text)
            or not (CIVILIAN_VICTIMS.search(r.text) or _MEN_KILLED.search(r.text))):
        return False
    d.event_type, d.sub_event_type = "Violence against civilians", "Attack"
    return True


@rule
def one_sided_battle_is_an_attack_on_civilians(d: Draft, r: Reading, s: Story) -> bool:
    """A 'battle' with no second armed side and civilian victims (or on a village) is an attack."""
    if d.event_type != "Battles":
        return False
    armed_others = [a for a in r.actors if a.canonical != d.actor1 and a.inter in ARMED_INTER
                    and not _names_the_actor_before(a, r.actors) and not _SPEAKS_AFTER.match(r.text, a.end)
                    and not _whom_men_are_tied_to(r.text, a, r.actors) and not _unnamed_men_of(r.text, a, list(r.actors))
                    and not (_former_member(a, r.text) and not _FOUGHT.search(r.cue.word))]
    if armed_others:
        return False
    # "attacked a family" (two families clash); "gunmen opened fire on a wedding" (a raid on a house is an
    # operation, and fire on a car that carried soldiers hit them)
    if not (CIVILIAN_VICTIMS.search(r.text) or _ATTACK_ON_SETTLEMENT.search(r.text)
            or (d.actor2 == "Civilians" and _ASSAULT.search(r.cue.word))
            # "gunmen killed four men", "opened fire on a Kurdish family" (a family in a fight is a side)
            or (_MEN_KILLED.search(r.text) and not _A_FIGHT.search(r.text))
            or (SHOOTING.search(r.cue.word) and CIVILIAN_PLACE.search(r.text, r.cue.start)
                and not _MEN_UNDER_ARMS.search(r.text))):
        return False
    d.event_type, d.sub_event_type = "Violence against civilians", "Attack"
    return True


@rule
def territory_under_a_deal_is_a_transfer(d: Draft, r: Reading, s: Story) -> bool:
    """ "regime forces and Russian military police entered Abu Hamamah ... after the departure of the last rebel
    convoys under the evacuation agreement": taken by agreement, not by fighting (ACLED's non-violent transfer)."""
    if d.sub_event_type != "Territory" or not _BY_AGREEMENT.search(r.text):
        return False
    d.event_type, d.sub_event_type = "Strategic developments", "Non-violent transfer of territory"
    return True


_BY_AGREEMENT = compiled(r"\b(?:deal|agreement|settlement|accord|reconciliation|handing over|handed over)\b", re.I)


@rule
def territory_by_side(d: Draft, r: Reading, s: Story) -> bool:
    """Territory taken by the state side is 'Government regains', by anyone else 'Non-state ... overtakes'."""
    if d.sub_event_type != "Territory":
        return False
    if _BACK_UNDER.search(r.cue.word):
        # "X is back under the control of government forces": the force after the words took it; "... under
        # government control", "back in government hands", "came under government control": the government's
        if _THE_STATES.search(r.cue.word):
            if actor_side(d.actor1) != "state":
                d.actor1 = SYRIA
            d.actor2 = "" if d.actor2 == d.actor1 else d.actor2
        elif d.actor2 and not d.actor1:
            d.actor1, d.actor2 = d.actor2, ""
    elif _LOST_BY.search(r.cue.word) and d.actor1:
        d.actor1, d.actor2 = "", d.actor1  # "Ariha was lost by the regime": the regime lost it; who won, unnamed
    d.actor1 = d.actor1 or protagonist(s.actors, d.actor2 or s.dominant)
    if d.actor1 == ISRAEL:  # an incursion, not Syria's government regaining its land: searches, posts, arrests
        d.event_type = "Strategic developments"
        d.sub_event_type = ("Arrests" if any(c.sub_event_type == "Arrests" for c in event_cues(r.text))
                            else "Other")  # the lexicon's arrest words: "detained 2 men"
        return True
    d.sub_event_type = ("Government regains territory" if actor_side(d.actor1) == "state"
                        else "Non-state actor overtakes territory")
    return True


ISRAEL = "Military Forces of Israel"
_BACK_UNDER = compiled(r"\bback (?:under|in)\b|\bcame under\b|\b(?:fully|completely|entirely|totally) under\b", re.I)
_LOST_BY = compiled(r"\blost by\b", re.I)
_THE_STATES = compiled(r"\b(?:government|regime|(?<!Islamic )state|army)\b", re.I)  # not "Islamic State control"


@rule
def civilians_are_the_target_of_violence_against_civilians(d: Draft, r: Reading, s: Story) -> bool:
    if d.event_type != "Violence against civilians" or d.actor2 == "Civilians":
        return False
    d.actor2 = "Civilians"
    return True


@rule
def barrel_bombs_are_the_regimes(d: Draft, r: Reading, s: Story) -> bool:
    """Barrel bombs were dropped by the Syrian government's helicopters and planes alone; ACLED codes a barrel
    bomb no one is named behind as theirs."""
    if d.event_type != "Explosions/Remote violence" or d.actor1 or not (
            _BARREL.search(r.cue.word) or _BARREL_BOMBS.search(r.text)):  # "helicopters dropped barrel bombs"
        return False
    d.actor1 = SYRIA
    return True


@rule
def air_defences_no_one_owns_are_syrias(d: Draft, r: Reading, s: Story) -> bool:
    """ "Air defences intercepted missiles over Hama": air defences no owner is named for are the Syrian state's
    (SANA's "our air defences"); ACLED codes the interception with them as its first actor."""
    if d.sub_event_type != "Disrupted weapons use" or d.actor1 or not _AIR_DEFENCES.search(r.text):
        return False
    d.actor1 = SYRIA
    d.actor2 = "" if d.actor2 == SYRIA else d.actor2
    return True


_AIR_DEFENCES = Prefiltered(compiled(r"\bair[- ]defen[cs]es?\b", re.I))
_BARREL = compiled(r"\bbarrel|\bexplosive barrels?", re.I)
_BARREL_BOMBS = Prefiltered(compiled(r"\bbarrel[- ]bombs?\b|\bexplosive barrels?\b", re.I))
SYRIA = "Military Forces of Syria"


@rule
def unknown_bomber_is_unidentified(d: Draft, r: Reading, s: Story) -> bool:
    """A shell, mine or bomb with no one named behind it: 'Unidentified armed group'; an air or drone strike
    whose aircraft no one is named behind, ACLED's 'Unidentified military forces' (armed groups fly drones too,
    but ACLED codes an unattributed strike from the air so)."""
    if d.event_type != "Explosions/Remote violence" or d.actor1:
        return False
    d.actor1 = UNIDENTIFIED_MILITARY if d.sub_event_type == "Air/drone strike" else UNIDENTIFIED
    return True


UNIDENTIFIED_MILITARY = "Unidentified military forces"


@rule
def former_fighter_is_a_civilian(d: Draft, r: Reading, s: Story) -> bool:
    """ACLED counts a former rebel at home as a civilian target."""
    if d.event_type != "Explosions/Remote violence" or not _FORMER_FIGHTER.search(r.text):
        return False
    d.actor2 = "Civilians"
    return True


def _two_of_a_kind(r: Reading, canonical: str) -> bool:
    """Two groups of one canonical name fighting or agreeing: "between the Levant Front and Sultan Murad", "Jaish
    al-Islam and Faylaq al-Rahman fighters clashed"."""
    return ((bool(_BETWEEN.search(r.text)) or bool(_FOUGHT.search(r.cue.word)) or r.cue.sub_event_type == "Agreement")
            and len({a.alias.lower() for a in r.actors if a.canonical == canonical}) >= 2)


def _former_member(actor: Actor, text: str) -> bool:
    """ "a former opposition fighter", "an ex-FSA commander", "a former rebel": a man the side once had."""
    return (_FORMER_BEFORE.search(text, max(0, actor.start - 10), actor.start) is not None
            and (_PERSON_AFTER.match(text, actor.end) is not None
                 or _PERSON_LAST.search(text, actor.start, actor.end) is not None))


def _names_the_actor_before(actor: Actor, actors: tuple[Actor, ...]) -> bool:
    """ "IS gunmen", "HTS fighters": an unnamed armed group's word right after a named actor is that actor's
    men, not a second side."""
    return actor.canonical == UNIDENTIFIED and any(
        other is not actor and other.canonical != UNIDENTIFIED and 0 <= actor.start - other.end <= 1 for other in actors)


@rule
def a_fighter_killed_is_a_battle(d: Draft, r: Reading, s: Story) -> bool:
    """ "An Asayish member was shot dead by an IS cell": a killing of an armed group's man by another armed
    group is a battle with his group, as ACLED codes it (a former member at home is a civilian)."""
    if (d.event_type, d.sub_event_type) != ("Violence against civilians", "Attack"):
        return False
    # (and one told in the passive, by a hand no one names: "A General Security member was shot dead at his
    # post", "a Military Security agent was shot dead in al-Nammer", "An IRGC adviser was shot dead")
    # ... or whose men the text names first: "Two members of an Iran-backed militia were shot dead by gunmen"
    victim = next((a for a in r.actors if a.canonical != d.actor1 and a.inter in ARMED_INTER and not a.generic
                   and (_PERSON_AFTER.match(r.text, a.end)
                        or _AGENT_AFTER.match(r.text, a.end) and _PASSIVE_AFTER.match(r.text, a.end)
                        or _MEN_OF_BEFORE.search(r.text, max(0, a.start - 30), a.start)
                        and _PASSIVE_AFTER.match(r.text, a.end))
                   and not _former_member(a, r.text)
                   and not _KIN_OF.search(r.text, max(0, a.start - 40), a.start)), None)
    if victim is None or (actor_inter(d.actor1) not in ARMED_INTER if d.actor1
                          else not _PASSIVE_AFTER.match(r.text, victim.end)):
        return False
    d.event_type, d.sub_event_type, d.actor2 = "Battles", "Armed clash", victim.canonical
    return True


_MEN_OF_BEFORE = compiled(r"\b(?:members?|fighters?|commanders?|officers?|soldiers?|militiamen|personnel|agents?)\s+"
                          r"of\s+(?:the\s+|an?\s+)?$", re.I)
_AGENT_AFTER = compiled(r"\s*(?:[\w-]+\s+)?(?:fighters?|members?|commanders?|officers?|soldiers?|agents?|advis[eo]rs?|"
                        r"conscripts?|guards?|policem[ae]n|personnel|recruits?)\b", re.I)


_KIN_OF = compiled(r"\b(?:relatives?|family|families|sons?|daughters?|wife|wives|brothers?|sisters?|fathers?|"
                   r"mothers?|children|kin) of\s+(?:an?\s+|the\s+|two\s+|\d+\s+)?(?:[\w-]+\s+){0,2}$", re.I)


@rule
def civilian_victims_are_actor2(d: Draft, r: Reading, s: Story) -> bool:
    """A shell, strike or bomb that hit civilians, their homes or their trade, or killed people no word makes
    fighters, and no armed target: ACLED codes civilians as its target. One on positions, a post or a patrol
    whose owner is not named has no second actor."""
    if d.event_type != "Explosions/Remote violence" or d.actor2 or MILITARY_TARGET.search(
            WEAPONS_USED.sub("", r.text[r.cue.start:])):
        return False  # what was hit, after the event word (not "rebel rockets", "IS fighters shelled", "with tanks")
    if not (CIVILIAN_VICTIMS.search(r.text) or CIVILIAN_PLACE.search(r.text) or r.dead):
        return False
    d.actor2 = "Civilians"
    return True


# what the striker fired with is not what it hit: "shelled Rwaiha with rocket launchers", "using heavy weapons"
WEAPONS_USED = compiled(r"\b(?:with|using)\s+(?:(?:an?|the|its|their|heavy|multiple|rocket|artillery|mortar|machine|"
                        r"tank|drone|guided|anti-tank)\s+){0,3}(?:launchers?|tanks?|weapons|artillery|mortars?|"
                        r"machine[- ]?guns?|shells|rockets?|missiles?|drones?|guns)\b", re.I)
# the Syrian state's military sites named by what they are, not by a military word
STATE_SITES = r"Scientific Studies and Research Cent(?:er|re)|SSRC|General Staff"
MILITARY_TARGET = Prefiltered(compiled(
    r"\b(?:positions?|posts?(?! office)|bases?|checkpoints?|barracks|depots?|convoys?|patrols?|soldiers?|troops|fighters?|"
    # (not a member of a village's committee or of one family: "killing a member of the local relief committee")
    r"militants?|(?<!staff )(?<!crew )members?(?! of (?:the |a |an )?(?:(?:(?!military\b)[\w-]+ ){0,2}?(?:committee|council)|"
    r"(?:one|a|the same|his|her|their) family)\b)|commanders?|officers?|conscripts?|headquarters|HQ|military|militiamen|gunmen|"
    r"weapons|ammunition|arms|(?<!water )(?<!fuel )(?<!oil )tanks?|launchers?|radars?|air defen[cs]es?|airbase|airport|frontlines?|front lines?|"
    r"front|fortifications?|trenches|outposts?|units?|personnel|recruits|jihadists|rebels?|cells?|"
    + STATE_SITES + r")\b", re.I))
CIVILIAN_PLACE = Prefiltered(compiled(
    r"\b(?:homes?|houses?|residential|neighbou?rhoods?|markets?|shops?|schools?|hospitals?|clinics?|mosques?|"
    r"churche?s?|bakery|bakeries|farmland|fields|crops|orchards?|olive groves?|livestock|flocks?|sheep|cars?|"
    r"minibus|bus|buses|motorbikes?|motorcycles?|tractors?|tents?|camps?|cafes?|restaurants?|wedding|funeral|"
    r"grocery|groceries|pharmacy|pharmacies|"
    r"power station|water station|bridges?|roads?|streets?|pumping station|health (?:facility|facilities|cent(?:re|er)s?)|"
    r"medical (?:facility|point|cent(?:re|er))|ambulances?|civil defen[cs]e (?:cent(?:re|er)s?|teams?|vehicles?))\b",
    re.I))


@rule
def battle_against_the_articles_armed_group(d: Draft, r: Reading, s: Story) -> bool:
    """A battle with one side named is fought against the group the article is about."""
    if d.event_type != "Battles" or d.actor2 or not s.dominant or d.actor1 == s.dominant:
        return False
    d.actor2 = s.dominant
    return True


@rule
def terrorists_no_one_names_are_unidentified(d: Draft, r: Reading, s: Story) -> bool:
    """State media's battles with "terrorists" it names no group of ("Army units killed a number of terrorists and
    destroyed their dens in Hbit"): the other side is ACLED's unidentified armed group, as gunmen are."""
    if d.sub_event_type != "Armed clash" or not d.actor1 or d.actor2 or d.actor1 == UNIDENTIFIED \
            or not _TERRORISTS.search(r.text):
        return False
    d.actor2 = UNIDENTIFIED
    return True


_TERRORISTS = Prefiltered(compiled(r"\bterrorists?\b", re.I))


@rule
def battle_by_the_articles_protagonist(d: Draft, r: Reading, s: Story) -> bool:
    if d.event_type != "Battles" or d.actor1:
        return False
    d.actor1 = protagonist(s.actors, d.actor2)
    return bool(d.actor1)


@rule
def no_actor_fights_itself(d: Draft, r: Reading, s: Story) -> bool:
    """Unless the text names two of its groups fighting each other ("clashes between the Levant Front and
    Sultan Murad", both Turkish-backed factions)."""
    if not d.actor2 or d.actor1 != d.actor2 or _two_of_a_kind(r, d.actor1):
        return False
    d.actor2 = ""
    return True


@rule
def unnamed_attacker_is_unidentified(d: Draft, r: Reading, s: Story) -> bool:
    """A killing, kidnapping, clash, looting or burning whose text names no one who did it: ACLED's unidentified
    armed group."""
    if d.actor1 or (d.event_type not in ("Violence against civilians", "Battles")
                    and d.sub_event_type != "Looting/property destruction"):
        return False
    d.actor1 = UNIDENTIFIED
    d.actor2 = "" if d.actor2 == d.actor1 else d.actor2
    return True


@rule
def arrested_and_looted_are_civilians(d: Draft, r: Reading, s: Story) -> bool:
    """Arrests, looting and the burning of homes with no armed group named as their target: ACLED codes
    civilians as actor2 (fighters arrested are their group, which the text names)."""
    if d.actor2 or d.sub_event_type not in ("Arrests", "Looting/property destruction"):
        return False
    d.actor2 = "Civilians"
    return True


@rule
def a_beating_by_a_force_is_an_attack(d: Draft, r: Reading, s: Story) -> bool:
    """ "Members of General Security beat a young man to death": a beating by an armed force is violence
    against a civilian, not a mob's."""
    if ((d.event_type, d.sub_event_type) != ("Riots", "Mob violence") or actor_inter(d.actor1) not in (1, 2, 3, 8)
            or not _BEAT.search(r.cue.word)):
        return False
    d.event_type, d.sub_event_type, d.actor2 = "Violence against civilians", "Attack", "Civilians"
    return True


@rule
def a_riot_is_by_rioters(d: Draft, r: Reading, s: Story) -> bool:
    """ACLED codes who riots as rioters, named or not; the second actor is the force they fought, or the
    civilians a mob set on."""
    if d.event_type != "Riots":
        return False
    force = next((a for a in (d.actor1, d.actor2) if a and a not in (RIOTERS, PROTESTERS, "Civilians")), "")
    coded = (RIOTERS, force or ("Civilians" if d.sub_event_type == "Mob violence" else ""))
    if (d.actor1, d.actor2) == coded:
        return False
    d.actor1, d.actor2 = coded
    return True


_BEAT = compiled(r"\bbeat|\blynch", re.I)
RIOTERS = "Rioters"  # the actor lexicon's canonical name (data/actors.csv)


@rule
def force_on_protesters_is_excessive_force(d: Draft, r: Reading, s: Story) -> bool:
    """ "fired live rounds and beat residents of Qurmus who were protesting the arrest of a local man": an attack
    on people protesting is a protest met with force, as ACLED codes it."""
    if (d.event_type, d.sub_event_type) != ("Violence against civilians", "Attack") or not _PROTESTING.search(r.text):
        return False
    d.event_type, d.sub_event_type = "Protests", "Excessive force against protesters"
    return True


_PROTESTING = compiled(r"\b(?:who|as they|while they) (?:were|had been) (?:protesting|demonstrating)\b", re.I)


@rule
def protesters_arrested_met_force(d: Draft, r: Reading, s: Story) -> bool:
    """ "The Asayish arrested several teachers who were protesting outside the education committee", "detained
    three people taking part in a sit-in": arrests at a protest are the protest met with force (ACLED's protest
    with intervention), not arrests apart from one."""
    if d.sub_event_type != "Arrests" or not _AT_A_PROTEST.search(r.text):
        return False
    d.event_type, d.sub_event_type = "Protests", "Protest with intervention"
    return True


# who was arrested at a protest (not "accused of organising protests")
_AT_A_PROTEST = compiled(r"\b(?:who were |while |as (?:they |the )?(?:protesters |demonstrators )?)(?:protesting|"
                         r"demonstrating|marching|marched|gathered)\b|"
                         r"\b(?:taking part in|at|during|from) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:sit-?ins?|protests?|"
                         r"demonstrations?|rall(?:y|ies)|(?-i:march(?:es)?)|vigils?)\b|"
                         r"\b(?:arrest\w*|detain\w*|rounded up|seiz\w*) (?:of )?(?:[\w-]+ ){0,3}?(?:protesters|"
                         r"demonstrators)\b", re.I)


@rule
def intervention_that_killed_is_excessive_force(d: Draft, r: Reading, s: Story) -> bool:
    """ "Public Security fired live rounds to disperse residents blocking the highway ..., killing one protester": a
    protest broken up with deaths is excessive force, as ACLED codes it."""
    if d.sub_event_type != "Protest with intervention" or not r.dead:
        return False
    d.sub_event_type = EXCESSIVE_FORCE
    return True


@rule
def a_protest_is_by_protesters(d: Draft, r: Reading, s: Story) -> bool:
    """ "Families of missing soldiers gathered in Dreikish, demanding...": ACLED codes who protests as
    protesters, named or not. A peaceful protest has no second actor (whom it is against is not one); a
    protest met with force has the force, the armed actor the clause names, second; excessive force has it
    first, as the one that did the harm."""
    if d.event_type != "Protests":
        return False
    force = next((a for a in (d.actor1, d.actor2) if a and a != PROTESTERS), "")
    coded = ((force, PROTESTERS) if force and d.sub_event_type == EXCESSIVE_FORCE
             else (PROTESTERS, "" if d.sub_event_type == PEACEFUL else force))
    if (d.actor1, d.actor2) == coded:
        return False
    d.actor1, d.actor2 = coded
    return True


# -- reading roles ------------------------------------------------------------------
def roles(sentence: str, cue: EventCue, found: list[Actor]) -> tuple[str, str]:
    """actor1 (who acted) and actor2 (whom it hit), from word order and passive cues.

    The subject is the earliest actor before the event word that no preposition
    marks as an object ("the army ... against ISIS"); a passive "by X" or
    "in X strikes" names the actor outright.
    """
    # "the rebel-held town": a place's holder; "the SDF-affiliated Asayish": the second is the actor
    links_said = any(word in sentence for word in _LINK_WORDS)  # (most sentences accuse no one of links)
    found = [a for a in found if not (_HELD_AFTER.match(sentence, a.end)  # (but "fired from rebel-held areas": theirs)
                                      and not _FIRED_FROM.search(sentence, max(0, a.start - 40), a.start))
             and not (_DESCRIBES_NEXT.match(sentence, a.end) and any(0 < b.start - a.end <= 20 for b in found))
             and not _unnamed_men_of(sentence, a, found) and not _whom_men_are_tied_to(sentence, a, found)
             and not (links_said and _LINKS_ALLEGED_BEFORE.search(sentence, max(0, a.start - 60), a.start))
             and not _SOURCE_AFTER.match(sentence, a.end)
             # "abandoned army weapons depots": a site the force left, no side of what hit it
             and not (_LEFT_BEFORE.search(sentence, max(0, a.start - 12), a.start)
                      and (_SITE_AFTER.match(sentence, a.end) or _SITE_AFTER.search(" " + sentence[a.start:a.end])))
             # "the Ashrafiyeh district, held by the SDF" (but "shells fired from areas held by X": X's)
             and not (_HELD_BY_BEFORE.search(sentence, max(0, a.start - 20), a.start)
                      and not _FROM_AREAS_BEFORE.search(sentence, max(0, a.start - 50), a.start))]
    if not found:
        return "", ""
    # where the event word's verb is: an actor named inside the phrase before it is its subject, and so is
    # one inside a phrase with no verb ("Israeli strike")
    pivot = cue.start
    if any(cue.start <= a.start < cue.end for a in found):
        verb = _PAST_VERB.search(cue.word)
        pivot = cue.start + verb.start() if verb else cue.end
    if sentence.startswith(":", cue.end) and not sentence[:cue.start].strip():
        # "Looting: on 20 June 2019, NDF members looted houses": the event word is a label; the verb after it pivots
        verb = _PAST_VERB.search(sentence, cue.end + 1)
        pivot = verb.start() if verb else len(sentence)
    actor1 = None
    for actor in found:  # passive: "killed by ISIS", "in Syrian Army strikes"
        prefix = sentence[max(0, actor.start - 24):actor.start].lower()
        following = sentence[actor.end:actor.end + 25].lower()
        if ("by" in prefix and _BY_BEFORE.search(prefix)) or (
                "to" in prefix and _ATTRIBUTED_TO.search(sentence[max(0, actor.start - 48):actor.start].lower())) or (
                # "A drone belonging to the Turkish state targeted", "a drone of the Turkish occupation struck"
                actor.start <= cue.end and _WEAPON_OF_BEFORE.search(sentence[max(0, actor.start - 40):actor.start])) or (
                _IN_BEFORE.search(prefix)
                                                              and _STRIKES_AFTER.match(following)):
            if describes_a_place(sentence, cue.end, actor.start):
                continue  # "took the camps, which had been held by rebels": who held it before, not who acts
            if cue.sub_event_type == "Disrupted weapons use" and _MADE_BY_BEFORE.search(prefix):
                continue  # "the SDF removed landmines planted by IS": whose weapon it was, the second side
            actor1 = actor
            break
    if actor1 is None:  # "Warplanes of the Russian occupation struck ...": the event word's owner
        weapon, fire = _WEAPON_END.search(cue.word), _FIRE_END.search(cue.word)
        actor1 = next((a for a in found if (weapon or fire and _FIRED_AT_AFTER.match(sentence, a.end))
                       and _OWNER_GAP_OF.fullmatch(sentence, cue.end, a.start)), None) if weapon or fire else None
    if actor1 is None:  # "fire from regime positions", "shells fired from Turkish bases": where it came from
        actor1 = next((a for a in found if "from" in sentence[max(0, a.start - 50):a.start]
                       and (_FIRED_FROM.search(sentence, max(0, a.start - 40), a.start)
                            or cue.event_type == "Explosions/Remote violence"  # "shells fired from areas held by X"
                            and _FROM_AREAS_BEFORE.search(sentence, max(0, a.start - 50), a.start))), None)
    if actor1 is None:
        # (an actor right before the event word owns it, whatever comes before: "as a result of regime artillery
        # shelling", "in response to Russian airstrikes")
        subjects = [a for a in found if a.start < pivot and a.inter != 7
                    and (not _marked_object(sentence, a) or _owns_the_cue(sentence, a, cue))
                    and not _PASSIVE_AFTER.match(sentence, a.end) and not _HIT_A_MINE.match(sentence, a.end)
                    and not _backed_by(sentence, a)]
        # who speaks is the subject only if no one else is: "The Ministry of Defence said gunmen killed 3 soldiers"
        subjects = [a for a in subjects if not _speaks_of_others(sentence, a, _ITS_OWN, 40)] or subjects
        strong = [a for a in subjects if not a.generic] or subjects
        actor1 = strong[0] if strong else None
    if actor1 is None:  # "clashes between government forces and Druze gunmen": the first side named first
        between = _BETWEEN.search(sentence, cue.start)
        sides = [a for a in found if between and a.start >= between.end() and a.inter != 7]
        if len({a.canonical for a in sides}) >= 2:
            actor1 = sides[0]
        elif len({a.alias.lower() for a in sides}) >= 2:  # "pitted Jaysh al-Islam against Faylaq al-Rahman"
            return sides[0].canonical, sides[0].canonical
    dead_of = _DEAD_OF_BOTH.search(sentence, cue.end) if actor1 is None and _FOUGHT.search(cue.word) else None
    if dead_of is not None:
        # "clashes in Koubri killed eleven rebels and eight regime troops": the sides, named only by their dead
        sides = [a for a in found if dead_of.end() <= a.start <= dead_of.end() + 60 and a.inter in ARMED_INTER
                 and not _speaks_of_others(sentence, a, _ITS, 80)]
        if len({a.canonical for a in sides}) >= 2:
            actor1 = sides[0]
    rest = [a for a in found if a is not actor1 and (actor1 is None or a.canonical != actor1.canonical)
            and not _backed_by(sentence, a) and not _speaks_of_others(sentence, a, _ITS, 80)]  # a backer, a voice
    objects = [a for a in rest if a.start >= pivot or _marked_object(sentence, a)
               or _PASSIVE_AFTER.match(sentence, a.end) or _HIT_A_MINE.match(sentence, a.end)]
    # (with no object, a side named beside the subject acted with it, unless they fought each other: "Jaysh
    # al-Izza and HTS captured Tal Malah", but "the SDF and tribal fighters clashed")
    pool = objects or [a for a in rest if actor1 is None or a.start > pivot
                       or _RECIPROCAL.search(sentence, a.end, max(cue.end, a.end) + 20)
                       or not _AND_GAP.fullmatch(sentence, actor1.end, a.start)]
    strong = [a for a in pool if not a.generic] or pool
    actor2 = strong[0] if strong else None
    if actor2 is None and actor1 is not None and (cue.event_type == "Battles" and _FOUGHT.search(cue.word)
                                                  or cue.sub_event_type == "Agreement") and len(
            {a.alias.lower() for a in found if a.canonical == actor1.canonical and not a.generic}) >= 2:
        actor2 = actor1  # "Jaish al-Islam and Faylaq al-Rahman fighters clashed" (or agreed): one name's two groups
    return (actor1.canonical if actor1 else ""), (actor2.canonical if actor2 else "")


def _owns_the_cue(sentence: str, actor: Actor, cue: EventCue) -> bool:
    """Whether the actor's name is said right before the event word, as its attribute, or holds it: "regime
    artillery shelling", "regime artillery"."""
    if actor.end > cue.start:
        return actor.start < cue.start
    return not sentence[actor.end:cue.start].strip()


def _backed_by(sentence: str, actor: Actor) -> bool:
    """ "Regime forces backed by Russian air strikes", "with the support of the coalition", "with US-led coalition
    air support": who backs the side."""
    window = sentence[max(0, actor.start - 40):actor.start]
    return ((" by" in window or " of" in window) and _BACKER_BEFORE.search(window) is not None
            or "with" in window[-12:] and (_SUPPORT_AFTER.match(sentence, actor.end) is not None
                                           or sentence.startswith(",", actor.end) and _PARTNER_BEFORE.search(window))
            or _IN_COOPERATION_BEFORE.search(window) is not None or _ALONGSIDE_BEFORE.search(window) is not None
            or window.endswith(("under ", "under the ")) and _MEDIATION_AFTER.match(sentence, actor.end) is not None)


# "under US and Arab mediation", "under Russian guarantees": who brokered it, not a party
_MEDIATION_AFTER = compiled(r"(?:\s+and\s+[\w-]+)?\s+(?:mediation|guarantees?|auspices|sponsorship|supervision)\b",
                            re.I)


# "The US-led coalition, with the SDF, raided ...", "in cooperation with the coalition": a partner, not a side
# what two sides do to each other or together: "exchanged fire", "agreed a truce", "clashed", "met"
_RECIPROCAL = compiled(_FOUGHT.pattern + r"|\b(?:exchang\w*|trad(?:ed|ing)|agree\w*|sign\w*|met|meet\w*|reach\w*|"
                       r"conclud\w*|negotiat\w*|ceasefire|truce)\b", re.I)
_AND_GAP = compiled(r"(?:\s+[\w-]+){0,2}?\s*,?\s+(?:and|&)\s+(?:the\s+)?(?:[\w-]+\s+)?", re.I)
# "Iraqi fighters of Harakat al-Nujaba, together with Hezbollah units, pushed ...", "alongside Jabhat al-Nusra"
_ALONGSIDE_BEFORE = compiled(r"\b(?:alongside|together with|along with)\s+(?:the\s+)?(?:other\s+)?$", re.I)
_PARTNER_BEFORE = compiled(r",\s*(?:together\s+|jointly\s+|along\s+)?with\s+(?:the\s+)?$", re.I)
_IN_COOPERATION_BEFORE = compiled(r"\bin (?:cooperation|coordination|partnership) with\s+(?:the\s+)?"
                                  r"(?:[\w-]+\s+)?$", re.I)
_SUPPORT_AFTER = compiled(r"\s+(?:air\s+|aerial\s+|artillery\s+)?(?:support|backing|cover)\b", re.I)


_BACKER_BEFORE = compiled(r"\b(?:backed|supported|assisted|aided|covered|accompanied|escorted|mediated|brokered|"
                          r"sponsored|guaranteed) by\s+(?:the\s+)?(?:[\w-]+\s+)?$|"
                          r"\bwith the (?:support|backing|help) of\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_WHEN = compiled(r"\s+(?:the\s+)?(?:\w+day|dawn|night|noon|midnight|\d+|january|february|march|april|may|june|july|"
                 r"august|september|october|november|december|(?:the\s+)?(?:morning|evening|afternoon|weekend))\b",
                 re.I)
_SAID_BETWEEN = compiled(r"\b(?:said|says|announced|reported|stated|added|claimed)\b", re.I)
# "the SDF said its fighters advanced", "... said it had taken": the speaker's own acts ("its positions" are not)
_ITS_OWN = compiled(r"\b(?:its|their|our)\s+(?:own\s+)?(?:fighters|forces|troops|units|members|men|soldiers|personnel|"
                    r"warplanes|aircraft|jets|drones|artillery|police|patrols?)\b|\b(?:it|they|we)\b", re.I)


def _unnamed_men_of(sentence: str, actor: Actor, found: list[Actor]) -> bool:
    """ "gunmen of a loyalist cell", "gunmen loyal to the old regime", "opposition factions of the Military
    Operations Command": unnamed, generic or rebel men whose group the next words name are that group's, not a
    second actor. Men "affiliated with" or "linked to" a force stay unidentified, as ACLED codes a gang tied to a
    security branch."""
    if actor.canonical != UNIDENTIFIED and not actor.generic and actor.canonical != _REBELS:
        return False
    return any(b.canonical not in (UNIDENTIFIED, actor.canonical) and 0 < b.start - actor.end <= 40
               and _MEN_LINK.fullmatch(sentence, actor.end, b.start) for b in found)


_REBELS = "Opposition rebels"


def _whom_men_are_tied_to(sentence: str, actor: Actor, found: list[Actor]) -> bool:
    """ "armed men affiliated with the Ministry of Defence": the unnamed men acted (and stay unidentified, see
    ``_unnamed_men_of``); the force they are tied to is neither side."""
    return (any(b.canonical == UNIDENTIFIED and 0 < actor.start - b.end <= 40 for b in found)
            and _TIED_TO_BEFORE.search(sentence, max(0, actor.start - 30), actor.start) is not None)


_LINK_WORDS = ("link", "ties", "dealing", "collaborat", "communicat", "contact", "cooperat", "working", "spying",
               "inform")
# what detainees are accused of: "arrested 8 men, accusing them of links to the Islamic State" (not a side)
_LINKS_ALLEGED_BEFORE = compiled(
    r"\b(?:(?:accus\w+|suspected|charged|on charges)\s+(?:them\s+|him\s+|her\s+)?(?:of\s+)?(?:having\s+)?|"
    r"(?:for|over)\s+(?:alleged|suspected|their|his|her)\s+)"
    r"(?:links?|ties|dealing|dealings|collaborat\w+|communicating|contacts?|"
    r"cooperat\w+|working|spying|informed|informing)\s+(?:with|to|in|for|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I)
_TIED_TO_BEFORE = compiled(r"\b(?:affiliated|associated)\s+with\s+(?:the\s+)?$|\b(?:linked|tied)\s+to\s+(?:the\s+)?$",
                           re.I)


_LINKED_BEFORE = compiled(r"\b(?:(?:belonging|loyal) to|(?:believed|thought|said|suspected) to (?:be|have been)|"
                          r"suspected of being|described as|identified as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
# what ties unnamed men to the group named next ("loyal to" may begin the group's alias: "loyal to the old regime")
_MEN_LINK = compiled(r"\s+(?:(?:of|from|belonging to|loyal to|(?:believed|thought|said|suspected) to (?:be|have been)|"
                     r"suspected of being|described as|identified as)\s+(?:an?\s+|the\s+)?"
                     r"(?:(?!(?:former|old|ousted|fallen|defunct|deposed)\b)[\w-]+\s+)?)?", re.I)


def _speaks_of_others(sentence: str, actor: Actor, itself: re.Pattern, reach: int) -> bool:
    """The actor speaks ("The Ministry of Defence said gunmen killed 3 soldiers"), and its words do not turn back
    to it within ``reach`` characters (``itself``: "_ITS_OWN", its own acts, for who acted; "_ITS", anything
    done to it too, for whom it hit: "The Syrian army said Hezbollah fired rockets at its positions")."""
    said = _SPEAKS_AFTER.match(sentence, actor.end)
    return said is not None and not itself.search(sentence, said.end(), said.end() + reach)


_ITS = compiled(r"\b(?:its|their|our|it|they|we|us)\b", re.I)


def _marked_object(sentence: str, actor: Actor) -> bool:
    """A preposition or verb before the actor makes it an object ("attacked IS positions", "an attack on the SDF"),
    unless the actor's men come before it ("members of the Hamza Division", "fighters of the National Guard")."""
    before = sentence[max(0, actor.start - 40):actor.start]
    marker = _OBJECT_MARKER.search(before)
    if marker is not None and marker.group(1).lower() in ("on", "at") and _WHEN.match(before, marker.end(1)):
        return False  # "State TV said on Monday the army had retaken ...": a time, not a target
    return (marker is not None
            and not (marker.group(1).lower() in ("of", "from") and _MEN_OF.search(before, 0, marker.start()))
            # "Personnel at a regime Military Security checkpoint opened fire": the checkpoint's men
            and not (marker.group(1).lower() == "at" and _MEN_OF.search(before, 0, marker.start())
                     and _POST_AFTER.match(sentence, actor.end) is not None)
            and not _LINKED_BEFORE.search(before)  # "gunmen loyal to the Hamza Division"
            and not _SAID_BETWEEN.search(before, marker.end(1)))  # "the Ministry of Defence said gunmen ..."


# "Members of", "fighters of", "jihadists from": the men of the actor after them
_POST_AFTER = compiled(r"\s+(?:[\w-]+\s+)?(?:checkpoints?|posts?|bases?|positions?|branch|prison|roadblocks?|"
                       r"barracks|headquarters)\b", re.I)
_MEN_OF = compiled(r"\b(?:members?|fighters?|militants|militiamen|gunmen|jihadists|insurgents|units?|elements|forces|"
                   r"personnel|agents|guards|interrogators|operatives|staff|"
                   r"factions|rebels|brigades|men|groups|terrorists|"
                   r"troops|soldiers|warplanes|aircraft|jets|helicopters|drones|artillery|tanks|"
                   r"officers|police|patrols?|convoys?|snipers?|a (?:group|unit|squad|cell)|commanders?|leaders?|"
                   r"mercenaries|(?:suicide\s+)?bombers?|attackers?|assailants?)\s+$", re.I)
# "An army patrol was hit by an IED", "SDF fighters came under fire": the actor suffers the event
_PASSIVE_AFTER = compiled(r"\s+(?:[\w-]+\s+){0,2}?(?:was|were|had been|has been|have been|came under|come under|"
                          r"comes under)\b(?!\s+(?:\w+\s+)?(?:able|unable|forced|ordered|deployed|seen|reported|"
                          r"said|sent|stationed|based|involved|engaged|responsible)\b)", re.I)
# "An army truck hit a landmine": the vehicle's owner suffered it
_HIT_A_MINE = compiled(r"(?:\s+[\w-]+){0,2}?\s+(?:hit|struck|ran over|drove over|drove onto|triggered|stepped on)\s+"
                       r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:landmine|mine|IED|explosive device|roadside bomb)", re.I)
# a side's media, network or activists are a source (or civilians), not the side: "an opposition network said",
# "according to the SDF's media centre", "SDF-affiliated media", "a cameraman of an opposition media network"
_SOURCE_AFTER = compiled(r"(?:['’]s\s+|-(?:affiliated|run|linked|aligned)\s+|\s+)(?:media|news|networks?|trackers?|"
                         r"monitors?|outlets?|websites?|activists?|sources|spokes(?:man|woman|person)|press|TV|"
                         r"television|radio|agency|channels?|pages?|accounts?)\b", re.I)
_SPEAKS_AFTER = compiled(r"(?:['’]s\s+(?:[\w-]+\s+){1,2}?)?\s*(?:said|says|say|announced|announces|reported|reports|"
                         r"stated|states|added|"
                         r"confirmed|confirms|told|claimed|:|\||—)", re.I)


def protagonist(article_actors: tuple[Actor, ...] | list[Actor], exclude: str) -> str:
    """The armed actor the article names most, other than ``exclude``: who "the advances" were by (the
    first named of those named most)."""
    counts = _armed_counts(article_actors)
    return max((name for name in counts if name != exclude), key=counts.get, default="")


_last_counts: tuple | None = None  # (an article's actors, their counts): asked again for each of its incidents


def _armed_counts(article_actors: tuple[Actor, ...] | list[Actor]) -> dict[str, int]:
    """How often each armed actor is named (not generically), in the order first named; an article's tuple
    of actors is counted once, not once an incident (a long report names thousands)."""
    global _last_counts
    last = _last_counts
    if last is not None and last[0] is article_actors:
        return last[1]
    counts: dict[str, int] = {}
    for actor in article_actors:
        if actor.inter in ARMED_INTER and not actor.generic:
            counts[actor.canonical] = counts.get(actor.canonical, 0) + 1
    if isinstance(article_actors, tuple):  # a list could change before it is asked again
        _last_counts = (article_actors, counts)
    return counts
