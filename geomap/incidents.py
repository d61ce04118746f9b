"""Incidents: sentences with an event, a place and a date become ACLED-like rows.

``extract(inputs)`` is the library entry point: it reads articles, finds and
resolves places, reads events, merges what two sentences or two articles say
about one incident, and returns a GeoDataFrame in EPSG:4326.

Fatalities follow one convention: the most conservative number the sentence
supports; empty (not 0) when the text says an unknown number died; and one
total for several listed places ("shelled X, Y and Z, killing 4") goes on the
first place's row, with 0 on the others and a note on every row saying so, so
that the column sums to what the reports say.
"""
from __future__ import annotations

import hashlib
import math
import os
import re
from array import array
from bisect import bisect_left
from datetime import date
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, NamedTuple

from .regex_cache import compiled
from .articles import Article, one_line, read_articles
from .coding import (ARMED_INTER, CIVILIAN_PLACE, CIVILIAN_VICTIMS, EXCESSIVE_FORCE, MILITARY_TARGET, SHOOTING,
                     STATE_SITES, SYRIA, UNIDENTIFIED, UNIDENTIFIED_MILITARY, WEAPONS_USED, Draft, Reading, Story,
                     code_event)
from .control import ControlClaim, asserts_control, control_claims, control_geodataframe
from .errors import DEBUG_VARIABLE
from .events import (ACCUSED_BEFORE, ADDED_DEAD, DASH_ASIDE, NEW_GOVERNMENT, ON_ONE_DAY, RELATIVE_PAST, RUNNING_TOLL,
                     SECURITY_FORCES, Actor,
                     DateGuess, EventCue, actor_inter, actor_side, actors_between, article_actors, claimant, dated_actor, event_cues,
                     fatalities, find_actors, not_an_incident,
                     resolve_date, sentence_background, sets_a_record, split_sentences)
from .gazetteer import EARTH_RADIUS_KM, Gazetteer, evolve, haversine_km
from .geoparse import (COUNCIL_AFTER, FALLING_BACK_WORDS, LEAVING_WORDS, LIST_GAP, OUTLET_NAMED_AFTER, ROAD_NAMED_AFTER,
                       WAY_END_BEFORE, Geoparser, Mention, ends_of_a_road, stands_for_its_government)
from .patterns import Prefiltered, compile_guarded

__all__ = ["Incident", "IncidentRow", "as_rows", "to_rows", "ControlClaim", "Extraction", "extract", "extract_all",
           "extract_articles", "merge_extractions", "COLUMNS", "to_geodataframe", "incident_table", "incident_rows",
           "control_geodataframe"]

COLUMNS = ["incident_id", "event_date", "time_precision", "date_start", "date_end", "event_type",
           "sub_event_type", "actor1", "inter1", "actor2", "inter2", "admin1", "location", "latitude",
           "longitude", "geo_precision", "uncertainty_km", "fatalities", "claimed_by", "confidence",
           "source", "article_id", "evidence", "char_start", "char_end", "notes", "place_id"]
UNKNOWN_DEAD = "an unknown number"  # what events.fatalities returns when deaths have no number
_LOCATION_PREPOSITION = compile_guarded(r"\b(in|near|at|on|outside|around|of|into|from|toward|towards|between|across|east|west|north|south|"
                                        r"passed|passing|reached|reaching|approaching|close to|including|"
                                        # a blow's object: "they hit Talbiseh and Rastan, rebel towns north of Homs"
                                        r"hit|struck|shelled|bombed|bombarded|pounded|targeted)\s+(?:the\s+)?"
                                        r"(?:\w+\s+){0,3}$", re.I)
ORIGIN_REACH_CHARS = 50  # how far before a name its origin's words may start: "from the besieged Shia towns of"
# (not "the junction leading to X", "the turn-off to X", "close to X", "next to X": that is where)
_ORIGIN = Prefiltered(compile_guarded(
    # ("at the checkpoint at the northern entrance to Hama city": at Hama; "returned home to al-Baath neighbourhood
    # and was killed by a mine at his door": there)
    r"\b(from|(?<!leading )(?<!turn-off )(?<!turnoff )(?<!turning )(?<!close )(?<!next )(?<!entrance )"
    r"(?<!entrances )(?<!returned home )(?<!returning home )to|"
    r"toward|towards|via|direction of)\s+(?:the\s+)?$|"
    # "... left Barzeh on 8 May for rebel-held Idleb", "bused out toward opposition-held Idlib"
    r"\b(?:for|to|toward|towards)\s+(?:the\s+)?[\w]+-(?:held|controlled)\s+$|"
    r"(?<!stretching )(?<!extending )(?<!ranging )\bfrom\s+(?:the\s+)?"
    r"(?:village|town|city|hamlet|camp)\s+of\s+$|"
    # "evacuees from the besieged Shia towns of X and Y"
    r"\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:villages|towns|cities|hamlets|camps)\s+of\s+$|"
    r"\b(?:left|leaving|headed|heading|departed|bussed|evacuated|fleeing|fled|buses|boarded|"
    r"boarding)\b"
    r"(?:\s+[\w'’-]+){0,4}\s+for\s+$|"
    r"\b(?:fleeing|fled)\s+(?:the\s+)?$|"  # "a minibus of displaced people fleeing Ain Issa for Raqqa"
    # "arrested three men leaving Rukban camp at a checkpoint near Sabe Biyar"; "fired missiles from over Lake
    # Tiberias"
    r"\bleaving\s+(?:the\s+)?$|\bfrom\s+(?:over|above|across|inside|within)\s+(?:the\s+)?$|"
    # where the guns stand, where detainees were taken: "artillery positioned in northern Hama
    # shelled X", "arrested 5 men in X and took them to a branch in Damascus"
    r"\b(?:positioned|stationed|based|operating)\s+(?:in|at|on|near|around)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|"
    # ... guns deployed there ("Army artillery deployed at the T4 airbase shelled X"; not "military police deployed
    # at the al-Rastan dam", the event)
    r"\b(?:artillery|guns|tanks|batteries|launchers|howitzers)\s+deployed\s+(?:in|at|on|near|around)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$|"
    # "Hezbollah rocket launchers in the Hermel area fired at X", "Israeli tanks in the buffer zone"
    # (not what was fired at a place: "fired artillery at al-Mansura")
    r"(?<!fired )(?<!firing )(?<!fires )\b(?:launchers|batteries|howitzers|tanks|artillery|guns)\s+"
    r"(?:in|at)\s+(?:the\s+)?$|"
    # "Army artillery on the hills above Mhardeh shelled Kafr Zita": where the guns stand, by the town they overlook
    r"\b(?:launchers|batteries|howitzers|tanks|artillery|guns)\s+(?:on|in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:hills?|heights|mountains?|ridges?|slopes?)\s+(?:above|overlooking|near|around|outside|of)\s+(?:the\s+)?$|"
    # "artillery at regime positions in al-Hader pounded Tal Hadiya"
    r"\b(?:launchers|batteries|howitzers|tanks|artillery|guns)\s+(?:at|in|from)\s+(?:[\w'’-]+\s+){0,2}?"
    r"positions\s+(?:in|at|near)\s+(?:the\s+)?$|"
    # where the forces that fired are: "shells fired by regime forces in al-Ghab plain struck Maland"
    r"\bfired\s+by\s+(?:[\w'’-]+\s+){1,4}?(?:forces|troops|artillery|units|fighters|militias?)\s+"
    r"(?:in|at|on|from|positioned\s+in|stationed\s+in)\s+(?:the\s+)?$|"
    # where the fire came from: "mortar rounds fired by IS from positions on Tall Shair landed in X",
    # "fired artillery at al-Khalidiyah from their positions in al-Hader"
    r"\b(?:fired|firing|launched|launching|lobbed)\s+(?:[\w'’-]+\s+){0,8}?from\s+"
    r"(?:(?:its|their|his)\s+)?(?:[\w'’-]+\s+)?positions\s+(?:in|at|on|near|around)\s+(?:the\s+)?$|"
    # the seat of the body that acted: "the competent authorities in Hamah seized ... in Rujm al
    # Kharaf", "the internal security command in al-Suwayda"
    r"\b(?:authorities|command|directorate|governor|media office)\s+in\s+(?:the\s+)?$|"
    r"\b(?:took|taken|taking|transferred|transported|sent)\s+(?:[\w'’-]+\s+){0,3}?(?:to|into)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:in\s+|of\s+)?$|"
    # (someone moved somewhere; not a force that "moved into Deir ez-Zor city": there)
    r"\bmoved\s+(?:[\w'’-]+\s+){1,3}?(?:to|into)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:in\s+|of\s+)?$", re.I))
# where someone lives or comes from, as casualty and detention records say it (few texts do: looked for only where
# their words are): "a pharmacist residing in Idlib was kidnapped as he drove through X", "a native of Hawran al
# Budi, in a raid on Bir Said", "from: Jourine; place of death: ..."
_HOME_BEFORE = Prefiltered(compile_guarded(
    r"\b(?:residing|living|resident|displaced)\s+(?:in|at)\s+(?:the\s+)?$|"  # "a Raqqa man displaced in al-Hol"
    r"\b(?:natives?|an?\s+resident)\s+of\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$|"
    r"\b(?:home\s+village|home\s+town|hometown)\s*:?\s+(?:the\s+)?$|\bfrom:\s+$", re.I))
# where a journey began or was headed, just before a name: "heading from Azaz to Aleppo", "fleeing Ain Issa for Raqqa"
_DESTINATION_WORDS = frozenset(("to", "toward", "towards", "for"))
_JOURNEY_END_BEFORE = compiled(r"\b(?:from|(?<!entrance )(?<!entrances )to|towards?|via|for|fleeing|fled)\s+"
                               r"(?:the\s+)?$", re.I)
# where fire came from, never where it fell (``_not_launch_sites``)
# "drones launched by opposition groups from Idlib towards Hmeimim": who launched them may come between
# (and "the shells came from the Azaz area")
# (or what was fired: "Israeli jets fired missiles from over Lake Tiberias"; not whom: "shot dead a man from X")
_LAUNCH = (r"\b(?:(?:launched|launching|fired|firing|shot)\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?|"
           r"(?:launched|launching|fired|firing)\s+(?:(?:an?|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+)?"
           r"(?:missiles|rockets|shells|mortars?|rounds|projectiles|drones)\s+|"
           r"(?:shells?|rockets?|missiles?|mortars?|drones?|projectiles|fire)\s+(?:had\s+)?(?:came|come|coming)\s+|"
           # "Turkish shelling from positions north of Ras al-Ain hit Tal Tamr", "Rocket fire from positions at Jurin"
           r"(?:shelling|bombardment|(?:rocket|mortar|artillery|tank|missile)\s+fire)\s+|"
           r"(?:took|take|takes|taking)\s+off\s+|"  # "regime jets that took off from Hama military airport"
           # "fired rocket launchers at Taseel from their positions on Tal al-Jumou": the words between, when what
           # follows is the shooters' own positions
           r"(?:fired|firing|shelled|shelling|pounded|pounding)\s+(?:[\w'’-]+,?\s+){1,8}?"
           r"(?=from\s+(?:their|its|his)\s+(?:[\w-]+\s+)?positions?\b))from")
_LAUNCH_WORDS = Prefiltered(compile_guarded(_LAUNCH + r"\b", re.I))
# (the words between it and the launch site are no verb or preposition of where it landed)
_STILL_THE_LAUNCH = (r"(?!(?:hit|hits|hitting|struck|striking|fell|falls|landed|land|lands|on|at|into|shelled|shelling|"
                     r"released|exploded|burst|killing|killed|"  # "... released gas in X"
                     r"pounded|pounding|bombarded|bombed|attacked|towards?|targeting|targeted|against)\b)")
_LAUNCHED_FROM = compile_guarded(_LAUNCH + r"\s+(?:" + _STILL_THE_LAUNCH + r"[\w'’-]+,?\s+){0,6}?$|"
                                 # (a base is where it was launched from: "launched from the Russian base at Hmeimim")
                                 + _LAUNCH + r"\s+(?:" + _STILL_THE_LAUNCH + r"[\w'’-]+\s+){0,3}?"
                                 r"(?:base|airbase|airport|barracks|positions?)\s+(?:at|in|near)\s+(?:the\s+)?$|"
                                 # the shooters' own positions on a hill: "fired ... at Taseel from their positions on
                                 # Tal al-Jumou" (not "shelling from regime positions on X", said of where it fell)
                                 + _LAUNCH + r"\s+(?:their|its|his)\s+(?:[\w-]+\s+)?positions?\s+on\s+(?:the\s+)?$",
                                 re.I)
# the guns' own place, the fire's verb after it: "Army artillery in the 'Tal al-Shahm' hills then shelled the village"
_GUNS = r"\b(?:artillery|tanks?|batteries|mortars|rocket\s+launchers|launchers|gunners)\s+"
_GUNS_WORDS = Prefiltered(compile_guarded(_GUNS + r"(?:positioned|stationed|based|deployed|entrenched|in|near|at|on)\b",
                                          re.I))
_GUNS_AT_BEFORE = compile_guarded(_GUNS + r"(?:(?:positioned|stationed|based|deployed|entrenched)\s+)?"
                                  r"(?:in|near|at|on|around)\s+(?:the\s+)?['‘\"]?$", re.I)
_FIRED_AFTER = compiled(r"['’\"]?(?:\s+(?:hills?|heights|mountains?|area|positions?))?\s+(?:then\s+)?(?:shelled|"
                        r"shells|pounded|pounds|fired|fires|bombarded|bombards|targeted|targets|hit|struck)\b", re.I)
# where people were taken from is where it happened: "a gang from Dar'a kidnapped two men from al-Anat"
_TAKEN_FROM = Prefiltered(compile_guarded(
    # the verbs, not their nouns: "a detainee from Daraa died at the Palestine Branch" is from Daraa
    # (not men displaced from it: "detained dozens of displaced men from Idlib and Hama at checkpoints around Jablah")
    r"\b(?:kidnapp(?:ed|ing)|abduct(?:ed|ing|s)?|snatch(?:ed|ing|es)?|arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?)\s+"
    r"(?:(?!displaced\b)[\w'’-]+\s+){0,4}?from\s+(?:the\s+)?(?:(?:village|town|city|camp|hamlet)\s+of\s+|"
    r"[\w-]+\s+)?$|"
    # ... and a group of them, counted ("abducted some 30 women and children from Shbeiki", "took more than 100
    # women and children hostage from X"; not a man's age: "kidnapped shepherd Saleh al-Ali, 39, from Sukhnah")
    r"\b(?:kidnapp(?:ed|ing)|abduct(?:ed|ing|s)?|took\s+(?:[\w'’-]+\s+){1,6}?hostages?)\s+"
    r"(?:(?!who\b|which\b|that\b|had\b|\d+,)[\w'’-]+,?\s+){0,6}?from\s+(?:the\s+)?$|"
    # an evacuation is where people were taken from: "the evacuation of fighters who refused a settlement from X"
    r"\bevacuat(?:ed|ing|ion)\s+(?:[\w'’-]+\s+){0,6}?from\s+(?:the\s+)?$|"
    # ... and a withdrawal, where it left: "Jabhat al-Nusra withdrew from al-Mayadeen overnight without a fight"
    r"\bwithdr(?:ew|awn|awing|aws)\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:the\s+)?$|"
    # ... and a body was found where it was pulled from: "2 bodies pulled from a well", "pulled from Lake Qattinah"
    r"\b(?:pulled|recovered|retrieved|dragged|fished)\s+(?:out\s+)?from\s+(?:the\s+)?$",
    re.I))
TAKEN_FROM_REACH_CHARS = 80  # "kidnapped yesterday two shepherds from the village of X": the verb, this far before X
_BORDER_AFTER = compiled(r"\s+(?:administrative\s+)?(?:border|boundary|frontier)\b"
                         r"(?!\s+(?:crossing|post|gate|point|terminal))", re.I)  # "the Dabousiyeh border crossing" is one
_BORDER_BEFORE = Prefiltered(compile_guarded(r"\b(?:border|boundary|frontier)\s+(?:with|of)\s+(?:the\s+)?$", re.I))
_AWAY_WORD = compiled(r"\b(?:to|towards?|from|via|for)\b", re.I)
# where people left for: "left Beit Jinn on 29 December for Idlib and Daraa" (a place after "for" and a word of leaving)
_FOR_BEFORE = compiled(r"\bfor\s+(?:the\s+)?(?:[\w]+-(?:held|controlled)\s+)?$", re.I)
# (verbs: "an evacuation for Harbiya" is of Harbiya)
_LEAVING = compiled(r"\b(?:" + LEAVING_WORDS + r")\b", re.I)
# where people were taken: a facility, and the town it is in ("they were taken to the Military Intelligence branch in
# Damascus", after a raid on Jdeideh al-Wadi)
_TAKEN_TO_A_FACILITY_BEFORE = compile_guarded(
    r"\b(?:taken|transferr?ed|moved|brought|driven|sent)\s+to\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:branch|prison|jail|hospital|headquarters|centre|center|court|station|facility)\s+"
    r"(?:in|at)\s+(?:the\s+)?$", re.I)
_ANAPHOR = compile_guarded(r"^\s*(?:The|This|That|In the|Earlier, the|Earlier,)\s*(?:[\w,]+\s+){0,6}?(attack|incident|explosion|blast|ambush|strike|bombing|assault|raid|assassination|killing|operation)\b", re.I)
_TOPIC = Prefiltered(compile_guarded(r"\b(?:occupation|invasion|annexation|fall|siege)\s+of\s+(?:the\s+)?$|"
                    # what an anniversary recalls: "marked the anniversary of the 2012 Houla massacre"
                    r"\banniversary\s+of\s+(?:the\s+)?(?:\d{4}\s+)?$|"
                    r"\b(?:for|mourn|mourning|commemorat\w+)\s+(?:[\w-]+\s+){0,3}?(?:killed|died|fallen)\s+in\s+(?:the\s+)?$|"
                    r"\bjoined\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protests|demonstrations|strikes|movement)\s+(?:across|throughout)\s+(?:the\s+)?$|"
                    r"\bsolidarity\s+with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:in|of)\s+(?:the\s+)?)?$", re.I))
# what an arrest is for: "arrested six men in Rastan ... in connection with a wave of kidnappings in Homs city"
_CONNECTED_WITH = Prefiltered(compiled(r"\bin\s+connection\s+with\s+(?:[\w'’-]+\s+){0,6}?(?:in|of)\s+(?:the\s+)?$",
                                       re.I))
# where a protest stands, after what it is against: "protested against the regime in Daraa city"
_PRESENT_AT = compile_guarded(r"\b(?:in|at|near|outside|inside|around|throughout)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$", re.I)
# ... unless "in" is where what it is against happened: "protested against the attacks on Druze in Jaramana"
_WHAT_HAPPENED_THERE = compiled(r"\b(?:attacks?|killings?|killed|arrests?|bombings?|bombardment|shelling|siege|offensive|"
                                r"massacres?|strikes?|raids?|detentions?|kidnappings?|abductions?|executions?|violence|"
                                r"assaults?|abuses?|burning|destruction|demolition|desecration|vandalism|deaths?)\b"
                                r"[^.;,]{0,40}\bin\s+(?:the\s+)?(?:[\w'’-]+\s+)?$|"
                                # ... or where those it asks to free are held: "demanding the release of young men from
                                # the town held at Saydnaya military prison"
                                r"\b(?:held|detained|imprisoned|jailed)\s+(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$",
                                re.I)
_PASSIVE_GAP = compiled(r"\s+(?:was|were|(?:has|have|had)\s+been)\s+", re.I)  # between a name and its passive verb
# what a place is, between commas: "Marqada, a small town on the Khabur river, fell" (not a man's: "Samer Qasim, a nurse
# from Hajeb, was shot")
_APPOSITIVE = compiled(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|village|city|hamlet|suburb|district|"
                       r"neighbou?rhood|quarter|area|camp|base)\b[^,;.()]{0,100},")


def _the_subject(text: str, mention: Mention, cue_at: int) -> bool:
    """Whether the place is what the event word at ``cue_at`` says was done to it or befell it ("X was shelled", "X
    fell"), an appositive that describes it allowed between ("Marqada, a small town on the Khabur river in southern
    Hasaka province, fell to ISIS")."""
    appositive = _APPOSITIVE.match(text, mention.end, cue_at)
    end = appositive.end() if appositive else mention.end
    return bool(_PASSIVE_GAP.fullmatch(text, end, cue_at) and not _DONE_TO_PEOPLE.match(text, cue_at)
                or not text[end:cue_at].strip() and _PLACE_AS_SUBJECT.match(text, cue_at))


_DONE_TO_PEOPLE = compiled(r"(?:arrested|detained|abducted|kidnapped|executed|assassinated|tortured|released|freed|"
                           r"summoned|sentenced|shot\s+dead|killed)\b", re.I)
_LIST_OF_PLACES = Prefiltered(compile_guarded(
    r"\b(?:towns|villages|cities|areas|neighbourhoods|neighborhoods)\s+of\s+$", re.I))
_AND = compiled(r"\band\b")
# "between X and Y" (also "between Al 'Ara and ...", the article outside the name): one place, between them
_BETWEEN_BEFORE = compiled(r"\bbetween\s+(?:the\s+)?(?:(?:al|el)[\s-]+)?['’ʿ`]?$", re.I)
_COMMENT_START = compiled(r"\s*(?:This|It|That) (?:was|is)\b")
# what the reported event came after: "The shelling followed a rocket attack on Karkamis", "It came amid ..."
_FOLLOWED = compile_guarded(r"\s*(?:The|This|That|It|These)\s+(?:[\w-]+\s+){0,6}?(?:followed|follows?|(?:came|comes?)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:after|amid|in response|in retaliation)|(?:was|were)\s+(?:part of|a response|in response|"
                            r"in retaliation)"
                            # how the fighting began: "The clashes began after the SDF arrested ...", "The fighting,
                            # which started on Tuesday in Jaramana, has spread towards the province"
                            r"|(?:began|started|erupted|broke\s+out)\s+(?:[\w-]+\s+){0,2}?after"
                            r"|(?:fighting|clashes|violence|unrest|battles?|offensive|escalation),?\s+(?:which|that)\s+"
                            r"(?:began|started|erupted|broke\s+out))\b")
# a clause telling an event before the one reported: "... the drone attack on the academy two days earlier";
# "..., a day | after regime bombardment of the Ghab killed 4" (the clause break falls before "after")
_TIME_SPAN = r"\b(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|nights?|weeks?|hours?|months?)"
_EARLIER_AT_END = Prefiltered(compile_guarded(_TIME_SPAN + r"\s+(?:earlier|before)[\s.,;]*$", re.I))
# a past a week or more before the report, told after its news: "The alliance took Idlib city a month ago."
_LONG_AGO_AT_END = compile_guarded(r"\b(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+"
                                   r"(?:weeks?|months?|years?)\s+ago[\s.,;]*$", re.I)
_SPAN_BEFORE_AFTER = compile_guarded(_TIME_SPAN + r"[\s,]*$", re.I)
_AFTER_START = compiled(r"[\s,]*after\b", re.I)
_SPAN_AFTER_START = compile_guarded(r"[\s,]*" + _TIME_SPAN + r"\s+after\b", re.I)
_COMMA_NEXT = compiled(r"\s*,")
_RELATIVE_PAST = compiled(RELATIVE_PAST + r"|\b(?:they|he|she|it|we)\s+had\b", re.I)  # "the corridor they had opened"
# (and what a protest asks, is against or blames: "held a sit-in demanding news of relatives detained ... two days
# earlier", "burned tyres ..., blaming the SDF for failing to stop the killing of a sheikh two days earlier")
_REASON_AFTER_CUE = compiled(r"\b(?:in\s+(?:retaliation|revenge|reprisal)\s+for|in\s+response\s+to|to\s+avenge|"
                             # "in what local sources said was retaliation for the killing of ... a few days earlier"
                             r"(?:was|as)\s+(?:an?\s+)?(?:retaliation|revenge|reprisal)\s+for|"
                             r"blaming\b|"
                             r"demanding\s+(?:news\s+of|the\s+release\s+of|information\s+(?:on|about)|the\s+return\s+of)|"
                             r"(?:against|over|protesting(?:\s+against)?)\s+the\s+(?:arrest|detention|killing|abduction|"
                             r"kidnapping|murder)s?)\b", re.I)
_SIGNED_JUST_BEFORE = compiled(r"\b(?:signed|reached|agreed|announced|concluded|brokered|struck)\s*$", re.I)
# a clause that sets the scene of the event just told: "..., as part of the offensive on northern Hama", "...,
# as regime forces advanced on Saraqab", "..., amid clashes in X"
_SCENE_CLAUSE = compile_guarded(r"[\s,]*(?:as\s+part\s+of|amid|as\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:pushed|advanced|pressed|"
                                r"pressured|tried|attempted|continued|moved|prepared|sought|fought|closed\s+in|"
                                r"withdrew|fell\s+back|retreated))\b", re.I)
# an event told in the past of the past, once the reported one is told: "The regime had launched an offensive
# in the area", "Russian warplanes had struck the area for days" (deaths, "had been killed", still count)
_PLUPERFECT_BEFORE = compile_guarded(r"\bhad\s+(?:\w+ly\s+|already\s+|also\s+)?(?!been\b)[a-z]+(?:\s+[\w'’-]+){0,4}\s+$|"
                                     r"\bhad\s+(?:\w+ly\s+|already\s+|also\s+)?$", re.I)
_TO_BEFORE = compiled(r"\bto\s+(?:[\w-]+\s+and\s+)?$")  # "an offensive to recapture", "to isolate and capture"
_OLD_DEAD_FOUND = compiled(r"\bmass graves?\b|\bremains\b|\bexhum", re.I)  # an event word that finds the long dead
_HAD_BEEN_BEFORE = compile_guarded(r"\bhad\s+been\s+(?:[\w'’-]+\s+){1,2}$", re.I)  # "the cell had been behind attacks on ..."
_HAD_BEFORE = compiled(r"\bhad\s+(?:\w+ly\s+|already\s+|also\s+)?(?!to\b)[a-z]+", re.I)  # a past of the past, not "had to"
_FELL_BACK_TO_BEFORE = compiled(r"\b(?:" + FALLING_BACK_WORDS + r")\b[^.;]{0,40}?\b(?:to|towards?)\s+(?:the\s+)?$", re.I)
_FELL_BACK_WORDS = ("withdr", "retreat", "pulled", "pulling", "back")  # one of which the pattern needs (lower case)
_FLED_BEFORE = compiled(r"\b(?:(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:fled|escaped)|displaced\s+by)\s+"
                        r"(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# a past told in reported speech, the news itself: "Rebel factions said they had repelled ...", "the army said
# that troops had retaken ..."
_SAID_THEY_HAD = compile_guarded(r"\b(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?"
                                 r"(?:[\w'’-]+\s+){1,3}?had\s+(?:\w+ly\s+|already\s+|also\s+)?$", re.I)
_AT_A_PLACE_BEFORE = compiled(r"\b(?:on|in|at|near|around|outside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_BY_THEN = compiled(r"\s*By\s+(?:the\s+)?(?:evening|morning|night|noon|afternoon|dawn|then|nightfall|Monday|Tuesday|"
                    r"Wednesday|Thursday|Friday|Saturday|Sunday|the end of)\b")


@dataclass
class Incident:
    article: Article
    cue: EventCue
    start: int
    end: int
    paragraph: int
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    mention: Mention
    when: DateGuess
    fatalities: int
    claimed_by: str = ""
    fatalities_unknown: bool = False  # "an unknown number of casualties": not 0
    evidence_text: str = ""  # the sentence, kept when the article's text is let go (see extract_all)
    confidence: float = 0.5
    notes: list[str] = field(default_factory=list)
    articles: list[tuple[Article, str]] = field(default_factory=list)  # merged reports: (article, evidence)
    sentence_number: int = 0
    listed: list["Incident"] | None = field(default=None, repr=False, compare=False)  # the rows of one list of places

    @property
    def evidence(self) -> str:
        return self.evidence_text or one_line(self.article.text[self.start:self.end])

    @property
    def twin_report(self) -> "_Report | None":
        """What ``TwinIndex`` matches this incident on; None when it is not day-precise (never merged across
        articles)."""
        return _Report.of(self) if self.when.time_precision == 1 else None

    @property
    def incident_id(self) -> str:
        key = f"{self.article.id}|{self.start}|{self.end}|{self.mention.place.id if self.mention.place else ''}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@dataclass
class Extraction:
    incidents: list[Incident | IncidentRow]  # rows when they came from another process (geomap.engine)
    control: list[ControlClaim]
    articles: int
    unresolved: list[tuple[str, str]]  # (article id, text that looked like a place)
    empty: list[str] = field(default_factory=list)  # ids of articles with no text left after cleaning
    languages: dict[str, int] = field(default_factory=dict)  # articles with text, per ISO 639-1 code ("" unsure)
    places_only: dict[str, list[str]] = field(default_factory=dict)  # non-English article id -> places it names
    partitions: list[int] = field(default_factory=list)  # merged incidents per input chunk (merge_extractions)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article, the error) of articles a bug stopped

    # what the summary reads, said the same way by geomap.spill.Gathered, whose rows wait on disk
    @property
    def incident_count(self) -> int:
        return len(self.incidents)

    @property
    def control_count(self) -> int:
        return len(self.control)

    @property
    def unresolved_count(self) -> int:
        return len(self.unresolved)

    @property
    def unresolved_head(self) -> list[tuple[str, str]]:
        return self.unresolved

    def all_unresolved(self) -> list[tuple[str, str]]:
        return self.unresolved

    def first_unresolved(self, n: int) -> list[tuple[str, str]]:
        return self.unresolved[:n]


def _dominant_armed_actor(article_actors: list[Actor]) -> str | None:
    """The armed non-state actor an article is mostly about ("the militants" means them)."""
    counts = {}
    for actor in article_actors:
        if actor_side(actor.canonical) == "armed" and not actor.generic:
            counts[actor.canonical] = counts.get(actor.canonical, 0) + 1
    return max(counts, key=counts.get) if counts else None


# Where an event happened, among the places of its clause: the lowest cost wins. Every weight is here.
LOCATION_COST = {
    "per_100_chars_from_event_word": 1.0,  # the nearer the event word, the likelier its place
    "object_of_event_word": -0.6,  # right after it: "shelled the town of X", "taking back X"
    "origin_or_topic": 2.0,  # "from X", "left X for Y", "against the occupation of X": not where
    "no_location_preposition": 1.0,  # not introduced by in/near/at/outside...: less likely the place
    "road_end": 1.5,  # "on the Hama-Homs road near Tal Qartal": the towns a road is named for are its ends
    "border": 1.5,  # "Kindah, near the Lattakia border", "near the border with Idleb": the other side
    "abroad": 1.5,  # outside Syria
    "context": 3.0,  # "Morek in Hama": Hama says which Morek, it is not where
    "region": 0.8,  # a province, district or region ("southern Idleb"), or a name the text leaves far apart
                    # among its homonyms: only if nothing finer is named
    "way_with_a_place_on_it": 2.0,  # "the track between Darbasiyah and Tal Tamr, near Qayrawan": Qayrawan, not the
                                    # way's middle
    "seat_of_the_acting_force": 1.5,  # "The General Security in Hama dismantled a device ... in the village of
                                      # Dulaybah": Hama is where the force is based, Dulaybah where it acted
    "landmark_of_place_before": 1.0,  # "A crowd in Tal al-Dhahab, near Salamiyah, attacked": Salamiyah says where
                                      # Tal al-Dhahab is, nearer the event word but not where
}
# what puts a settlement by a landmark named right after it: ", near", ", 5 km south of", ", in the far north-east of"
_LANDMARK_GAP = compiled(r"\s*(?:village|town|city|hamlet)?\s*[,(]\s*"
                         # (what they are: "Talbiseh and Rastan, rebel towns north of Homs")
                         r"(?:(?:an?|the|two|three|several)\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:towns?|villages?|"
                         r"cit(?:y|ies)|suburbs?|hamlets?|areas?)\s+)?"
                         r"(?:(?:just|about|some|around|approximately)\s+)?"
                         r"(?:[\d.]+\s*(?:-\s*[\d.]+\s*)?(?:km|kms|kilomet\w*)\s+)?(?:to\s+the\s+)?"
                         r"(?:(?:in\s+the\s+(?:far\s+|extreme\s+)?)?(?:north|south|east|west)[\w-]*\s+of|near|"
                         r"close\s+to|outside|not\s+far\s+from|"
                         r"in\s+the\s+(?:mountains|hills|desert|countryside)\s+"
                         r"(?:(?:north|south|east|west)[\w-]*\s+)?of)"
                         r"\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", re.I)
_SETTLEMENTS = frozenset(("village", "town", "city", "neighbourhood", "hamlet", "camp"))
# a force named with its seat as the subject, right before what it did: "Police in Tartous arrested ..."
_FORCE_IN_BEFORE = compile_guarded(r"\b(?:security|police|command|directorate|forces|factions|fighters|gunmen|militants|"
                                   r"troops|asayish|branch|militias?|units?|cells?)\s+(?:in|of)\s+(?:the\s+)?$|"
                                   # where they came by: "SNA fighters who crossed near the Qara Qozak bridge abducted"
                                   r"\b(?:forces|factions|fighters|gunmen|militants|troops|militias?|members|men|units?|"
                                   r"cells?)\s+who\s+(?:had\s+)?(?:crossed|came|infiltrated|advanced|entered|arrived|moved)"
                                   r"\s+(?:[\w'’-]+\s+){0,3}?(?:near|from|at|in|into|through|via|over)\s+(?:the\s+)?$", re.I)
# (of what fires or fights: "a mobile clinic stationed in Safsaf" was where it was stormed)
_SPAN_BEFORE_LEAD = compiled(r"\s*(?:(?:a|one|two|three|several|a\s+few|\d+)\s+)?(?:hours?|days?|minutes?|moments?|"
                             r"weeks?|shortly|soon|just|only)\s*", re.I)
AREA_EDGE_KM = 25.0  # how far past an area's radius a place it "includes" may lie (a countryside's edge is no line)
# ("dropped barrel bombs on the eastern countryside of Daraa, hitting Um al-Mayadhin": what it hit, finer)
_INCLUDING = compiled(r"\b(?:including|among them|notably|especially|hitting|striking|targeting)\b", re.I)
_BASED_IN_BEFORE = Prefiltered(compiled(
    r"\b(?:artillery|batteries|guns|launchers|tanks|rockets|mortars|forces|troops|units|"
    r"fighters|militias?)\s+(?:based|stationed|positioned)\s+(?:in|at)\s+(?:the\s+)?$|"
    # the guns' own place, plainly: "artillery at the Infantry School in al-Muslimiyah pounded"
    r"(?<!fired )(?<!firing )(?<!fires )\b(?:artillery|batteries|guns|launchers|tanks|mortars|"
    r"howitzers)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:in\s+)?$", re.I))
_FORCE_SEAT_GAP = compiled(r"[\s\w-]{0,25}")  # between the seat and the event word: "", " on Sunday", " yesterday"
LANDMARK_KM = 60.0  # a landmark farther from the place before it describes some other place of that name
# a way's ends before a place on it: "the desert track linking Morek and Salamiyah, near Danin"
_WAY_BEFORE = compiled(r"\b(?:between|linking|connecting|road|track|highway|route)\b[^.;,]*$", re.I)


# a place's name said of a person or group, not where: "abducted a Sweida doctor near Mazraat Fada"
_ATTRIBUTE_BEFORE = compile_guarded(r"\b(?:an?|one|two|three|four|five|\d+)\s+(?:former\s+)?$", re.I)
_MEN_AFTER = compiled(r"\s+(?:fighters|members|militiamen|men|gunmen|forces|troops|brigade|battalion)\b", re.I)
_PERSON_AFTER = compile_guarded(r"\s+(?:doctors?|m[ae]n|wom[ae]n|residents?|natives?|youths?|teachers?|lawyers?|"
                                r"engineers?|merchants?|traders?|businessm[ae]n|notables?|activists?|journalists?|"
                                r"farmers?|shepherds?|students?|families|family|clerics?|sheikhs?|dignitar(?:y|ies)|"
                                r"jailers?|wardens?|interrogators?)\b",  # "a former Saydnaya jailer"
                                re.I)
# a deal or talks named for a place: "the Rastan deal", "the Astana talks" are not where the event was
_A_DEAL_AFTER = compiled(r"\s+(?:(?:reconciliation|settlement|evacuation|truce|ceasefire|de-escalation|surrender|peace)\s+)?"
                         r"(?:deal|agreement|accord|talks|process|memorandum|format|truce|ceasefire)\b", re.I)


# a place on a way given by its ends: "between X and Y, near Z", "the X-Y road close to Z", "... at the Z junction"
_ON_THE_WAY_AT = compile_guarded(r"\b(?:near|close\s+to|not\s+far\s+from|at|outside|by|around|"
                                 r"in\s+the\s+(?:area|vicinity)\s+of)\s+(?:the\s+)?"
                                 r"(?:(?:village|town|hamlet|area|junction|turn-?off|entrance)\s+(?:of\s+)?)?$", re.I)


def _headed_to(text: str, mention: Mention, unit_start: int) -> bool:
    """Whether the clause gives the place as where people went: "to", "toward(s)" or "for" just before it (not
    "from": where they left is a departure's place)."""
    gone_to = _JOURNEY_END_BEFORE.search(text, max(unit_start, mention.start - 12), mention.start)
    return gone_to is not None and gone_to[0].split()[0].lower() in _DESTINATION_WORDS


def _a_protest_topic(text: str, m: Mention, unit_start: int, cue_at: int, cue_end: int) -> bool:
    """Whether a place after a protest's word is in what it is against or for ("protested against the offensive on
    Afrin"), not where it was; from the event word's start: "marched on 16 December against the offensive on Kobane"
    holds its "against"."""
    return (m.start > cue_end and _PROTEST_TOPIC.search(text, cue_at, m.start) is not None
            and not (_PRESENT_AT.search(text, max(unit_start, m.start - 40), m.start)
                     and not _WHAT_HAPPENED_THERE.search(text, cue_end, m.start)
                     and not _WHO_IS_THERE_BEFORE.search(text, max(unit_start, m.start - 40), m.start)))


def _pick_location(unit_start: int, unit_end: int, cue_at: int, cue_end: int, mentions: list[Mention],
                   text: str, protest: bool = False) -> tuple[list[Mention], bool]:
    """The mention(s) that say where, by LOCATION_COST; a listed series ("the towns of X, Y and Z") gives each.
    After a protest's word, a place in what it is against or for is its topic, not where it was.
    And whether the best is only a place the text gives as not where ("from X", "mourning the dead of X"): the
    sentence's other clauses may say where."""
    inside = [m for m in mentions if unit_start <= m.start < unit_end and m.place is not None]
    if len(inside) == 1:  # no rival to score it against, no series to list; but where people went is no place of it,
        # nor what a protest is about ("Derbasiyeh: a demonstration ..., mourning the activist killed in Qamishli")
        # nor a person's attribute ("beat a former Saydnaya jailer")
        only = inside[0]
        return inside, _headed_to(text, only, unit_start) or (
            protest and _a_protest_topic(text, only, unit_start, cue_at, cue_end)) or (
            _PERSON_AFTER.match(text, only.end) is not None
            and _ATTRIBUTE_BEFORE.search(text, max(unit_start, only.start - 12), only.start) is not None)
    if not inside:
        return inside, False
    cost = LOCATION_COST
    # a long event phrase that holds places ("entered Jota and nearby villages east of Manbij after SDF fighters
    # withdrew"): its object is the first of them
    held = [m.start for m in inside if cue_at < m.start < cue_end and not _MEN_AFTER.match(text, m.end)]
    if held:
        cue_end = min(held) - 1

    # after a protest's word: "protested against the offensive on Afrin"
    # (from the event word's start: "marched on 16 December against the offensive on Kobane" holds its "against")
    topics = [m for m in inside if protest and _a_protest_topic(text, m, unit_start, cue_at, cue_end)]
    scored = []
    # "following the drone attack on the Homs Military Academy, regime forces shelled Darkoush": what the event
    # followed, set before it, is not where it was when the clause names places after it; an event word in it
    # is the cause's, and the clause's own starts after it
    lead = _LEADING_CAUSE.search_within(text, unit_start, unit_end)
    if lead is not None and (text[unit_start:lead.start()].strip() not in ("", ",")  # not how the clause opens
                             and not _SPAN_BEFORE_LEAD.fullmatch(text, unit_start, lead.start())  # "Hours after"
                             and text[lead.start() - 2:lead.start()] != ", "
                             or not any(m.start > lead.end() for m in inside)):
        lead = None
    if lead is not None and not any(c.weight > 0 for c in event_cues(text[lead.end():unit_end])):
        lead = None  # "After two days of fighting the opposition announced full control of Nawa on Saturday, ...":
        # no event after it, so it holds the clause's own
    if lead is not None and cue_at < lead.end():
        cue_at = cue_end = lead.end()
    # the event word's object: the first place after it, close by ("entered Haritan, Kafr Hamra and Anadan
    # north-west of Aleppo": Haritan, not Aleppo); it needs no preposition, but one of motion says it is
    # elsewhere ("intercepted drones launched towards the Tartus naval facility")
    attributes = [m for m in inside if _PERSON_AFTER.match(text, m.end)
                  and _ATTRIBUTE_BEFORE.search(text, max(unit_start, m.start - 12), m.start)]
    # where the force that fired is based ("artillery based in Izraa shelled al-Msayfra"): no object, and no place
    # of the event when another is named after it
    bases = [m for m in inside if _BASED_IN_BEFORE.search_within(text, max(unit_start, m.start - 40), m.start)]
    # ... and not where a journey began or was headed ("hit a truck heading from Azaz to Aleppo as it passed X")
    after = [m for m in inside if 0 <= m.start - cue_end <= 50 and not _AWAY_WORD.search(text, cue_end, m.start)
             and m not in topics and m not in attributes
             and m not in bases
             # (nor an end of a road named for two towns: "attacked a bus on the Damascus-Baghdad road"; "the Ajla
             # road" is by Ajla)
             and not ((_ROAD_DASH_AFTER.match(text, m.end) and ROAD_NAMED_AFTER.match(text, m.end))
                      or _ROAD_DASH_BEFORE.search(text, max(0, m.start - 3), m.start))
             # (the event word's own "to" is no journey's: "restored security and stability to al-Sukhnah")
             and not _JOURNEY_END_BEFORE.search(text, max(unit_start, cue_end, m.start - 12), m.start)]
    object_ = min(after, key=lambda m: m.start) if after else None
    # "al-Zuf and al-Nasirah were shelled in the Jisr al-Shughur countryside": the subject is what was hit
    # (and what fell or was taken: "Al-Shafa was taken by SDF forces ... near Baghuz")
    # (not of a verb only people undergo: "an officer wanted over the killings in Homs was arrested in Slinfeh")
    subject = next((m for m in inside if _the_subject(text, m, cue_at)), None)
    object_ = subject or object_
    if object_ is not None and (object_.role in ("region", "governorate")
                                or object_.place.feature in ("governorate", "district", "subdistrict")):
        # "struck several sites in the Kobani countryside, including a position near Bayada": what it hit, finer
        area = object_
        object_ = next((o for o in inside if o.start > area.end and o.place.is_settlement
                        and _INCLUDING.search(text, area.end, o.start)
                        # (inside it: not "... including in al-Mufti, the first air raids by Damascus")
                        and haversine_km(o.lat, o.lon, area.lat, area.lon) <= area.uncertainty_km + AREA_EDGE_KM), area)
    elsewhere = None  # the last mention that was not where: "from Shahba and Salkhad" says so of both
    away = set()
    homes = set()  # of those, where someone lives ("living in X")
    for m in inside:
        before = text[max(unit_start, m.start - ORIGIN_REACH_CHARS):m.start]
        score = cost["per_100_chars_from_event_word"] * abs(m.start - cue_at) / 100.0
        if m is object_:
            score += cost["object_of_event_word"]
        if (((_ORIGIN.search(before) or _HOME_BEFORE.search(before))
             and not (_TAKEN_FROM.search(text, max(unit_start, m.start - TAKEN_FROM_REACH_CHARS), m.start)
                      and not _said_elsewhere(text, m, inside)))
                or (elsewhere is not None and LIST_GAP.fullmatch(text, elsewhere.end, m.start))
                or _TOPIC.search(before) or m in topics
                or _CONNECTED_WITH.search_within(text, max(unit_start, m.start - 80), m.start)
                or m in attributes
                or (lead is not None and lead.start() < m.start < lead.end())
                or COUNCIL_AFTER.match(text, m.end)  # "a member of the Raqqa Civil Council in al-Atshaneh"
                # "Relatives of a man killed in Sweida stormed the police station in Izraa": whom they are
                or (m.start < cue_at and _KIN_OF_SOMEONE_BEFORE.search(text, max(unit_start, m.start - 60), m.start))
                # "joining the new army under the Defence Ministry in Damascus": a body's seat, a city (not "the
                # army of the Damascus government in the Sheikh Maqsoud neighbourhood")
                or (m.place.feature in ("city", "governorate") and _SEAT_OF_A_BODY_BEFORE.search(before))
                or (_FOR_BEFORE.search(before) and _LEAVING.search(text, unit_start, m.start))
                or _A_DEAL_AFTER.match(text, m.end)  # "handed over their weapons under the Rastan deal"
                or _WHERE_A_DEAL_WAS_MADE_BEFORE.search(before)  # "the agreement signed in Damascus": not the scene
                or _TAKEN_TO_A_FACILITY_BEFORE.search(text, max(unit_start, m.start - 80), m.start)
                or (m in bases and any(o.start > m.end for o in inside))):
            score += cost["origin_or_topic"]
            if not _ORIGIN.search(before) and _HOME_BEFORE.search(before):
                homes.add(id(m))
            elsewhere = m
            away.add(id(m))
        # (a said bearing is a place's own preposition: "on the road, about 20 km east of Dumayr")
        if m is not object_ and not _LOCATION_PREPOSITION.search(before) and not m.relation.endswith(" of"):
            score += cost["no_location_preposition"]
        if ROAD_NAMED_AFTER.match(text, m.end) or WAY_END_BEFORE.search(before) or any(
                o.relation == "between" and o.end < m.start and ends_of_a_road(text, o, m) for o in inside):
            score += cost["road_end"]  # "the Hama-Homs road", or the second end of "between X and Y"
        if _BORDER_AFTER.match(text, m.end) or _BORDER_BEFORE.search(before):
            score += cost["border"]
        if m.relation == "between" and any(
                o.start > m.end and o.role != "context" and not ends_of_a_road(text, m, o)
                and _ON_THE_WAY_AT.search(text, max(unit_start, o.start - 40), o.start) for o in inside):
            score += cost["way_with_a_place_on_it"]
        if m.relation and any(o.end < m.start and o.place.feature in _SETTLEMENTS and o.role != "context"
                              and _LANDMARK_GAP.fullmatch(text, o.end, m.start)
                              and not _WAY_BEFORE.search(text, max(unit_start, o.start - 60), o.start)
                              and haversine_km(o.place.lat, o.place.lon, m.place.lat, m.place.lon) <= LANDMARK_KM
                              for o in inside):
            score += cost["landmark_of_place_before"]
        if (m.start < cue_at and _FORCE_IN_BEFORE.search(before) and _FORCE_SEAT_GAP.fullmatch(text, m.end, cue_at)
                and any(o.start > cue_at and o.role != "context" for o in inside)):
            score += cost["seat_of_the_acting_force"]
        if m.place.country != "SY":
            score += cost["abroad"]
        if m.role == "context":
            score += cost["context"]
        elif m.geo_precision == 3:  # a region, or a name whose homonyms lie far apart
            score += cost["region"]
        elif m.role in ("region", "governorate") and any(o.role == "settlement" for o in inside if o is not m):
            score += cost["region"]  # "the village of X ... in the Tal Kalakh region": the village, named finer
        scored.append((score, m))
    scored.sort(key=lambda s: s[0])
    best = scored[0][1]
    if id(best) in away:
        # none is where: where someone lives before where he comes from ("attacked displaced families from Aleppo
        # living in the Ghamqa neighbourhood")
        return [next((m for _, m in scored if id(m) in homes), best)], True
    before = text[max(unit_start, best.start - 30):best.start]
    announced = bool(_LIST_OF_PLACES.search(before))  # "the towns of X, Y and Z"
    if not announced and (not _listable(best) or _BETWEEN_BEFORE.search(before)):
        return [best], False
    listed = [best]
    for m in sorted((m for _, m in scored[1:] if m.start > best.start), key=lambda m: m.start):
        gap = text[listed[-1].end:m.start]
        # not a place the text gives as not where: "... in the Tall Kalakh countryside, and the Homs Security
        # Directorate announced": the directorate's seat
        if LIST_GAP.fullmatch(gap) and (announced or _listable(m)) and id(m) not in away:
            listed.append(m)
    # and the series' first names, when a later one scored best ("shelled X and Y": X a coarser point)
    for m in sorted((m for _, m in scored[1:] if m.start < best.start), key=lambda m: -m.start):
        if not (LIST_GAP.fullmatch(text[m.end:listed[0].start]) and _listable(m)) or id(m) in away:
            break
        listed.insert(0, m)
    # unannounced, a series of settlements is a list when its last gap says "and" ("shelled X, Y and Z"):
    # "Tadaf, al-Bab" names a village and the town beside it, one place
    if not announced and len(listed) > 1 and not _AND.search(text[listed[-2].end:listed[-1].start]):
        return [best], False
    return listed, False


_ROAD_DASH_AFTER = compiled(r" ?[-–] ?(?:al-|el-)?[A-Z]")
_ROAD_DASH_BEFORE = compiled(r"[\w'’] ?[-–] ?$")
_SEAT_OF_A_BODY_BEFORE = compiled(r"\b(?:ministry|ministries|government|authorities|officials|embassy|consulate)\s+"
                                  r"(?:in|of)\s+(?:the\s+)?$|"
                                  # a man's post: "a former brigadier, ex-head of Political Security in Daraa"
                                  r"\b(?:head|chief|director|commander)\s+of\s+(?:the\s+)?"
                                  r"(?:[\w'’-]+\s+){1,3}?in\s+$", re.I)
_WHERE_A_DEAL_WAS_MADE_BEFORE = compiled(r"\b(?:agreement|deal|accord|truce|ceasefire|talks|negotiations)\s+"
                                        r"(?:[\w'’-]+\s+){0,2}?(?:signed|reached|brokered|struck|concluded|held)\s+"
                                        r"in\s+(?:the\s+)?$", re.I)
_KIN_OF_SOMEONE_BEFORE = compiled(r"\b(?:relatives|family|families|kin|brothers|sons|mothers|fathers|mourners|"
                                  r"clansmen|tribesmen|friends)\s+of\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?"
                                  r"(?:[\w'’-]+\s+){0,3}?(?:killed|shot|slain|murdered|arrested|detained|abducted|"
                                  r"kidnapped|jailed|held)\s+(?:[\w'’-]+\s+){0,2}?(?:in|near|at)\s+(?:the\s+)?$", re.I)


# where a victim is from: "X, from the village of Y", "a native of Y", "displaced from Y", "hometown: Y"
_SOMEONE_FROM = compile_guarded(r"\b(?:(?<!launched )(?<!fired )(?<!shot )from|native\s+of|resident\s+of|residing\s+in|"
                                r"hometown|home\s+village)\s*:?\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$", re.I)


def _where_someone_is_from(text: str, mention: Mention, floor: int) -> bool:
    """Whether the text gives ``mention`` as where someone is from, not as where he was taken from."""
    before = text[max(floor, mention.start - 60):mention.start]
    # (taken from there, unless the text says where he was: "abducted a man from Ariqa while he was in Walgha")
    return bool(_SOMEONE_FROM.search(before)) and (not _TAKEN_FROM.search(before)
                                                   or _WHILE_THERE_AFTER.match(text, mention.end) is not None)


# where people or goods went abroad, not where the event was: "heading to Arsal", "for treatment in ... hospital in
# Safed", "sent the furniture to markets in Ceylanpinar", "through a broker in Urfa"
_GONE_ABROAD_BEFORE = compile_guarded(r"\b(?:to|towards?|into|treatment\s+in|hospitals?\s+in|markets?\s+in|brokers?\s+in|"
                                      r"camps?\s+in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)


def _where_someone_went_abroad(text: str, mention: Mention, floor: int) -> bool:
    """Whether ``mention`` is a place abroad the text gives as where someone or something went from Syria."""
    return (mention.place.country != "SY"
            and _GONE_ABROAD_BEFORE.search(text, max(floor, mention.start - 40), mention.start) is not None)


def _said_elsewhere(text: str, taken_from: Mention, inside: list[Mention]) -> bool:
    """Whether, after "arrested three men from Talbiseh", the clause says where it happened: "at a checkpoint near
    Qadesh"; then the place they were taken from is where they are from."""
    # (or before it: "at a fake checkpoint near Khan al-Asafir ... kidnapped two passengers from Homs"; not in what
    # the subject did: "SNA fighters who crossed near the Qara Qozak bridge abducted four shepherds from Khurus")
    return any(o is not taken_from and o.role != "context"
               and _AT_PLACE_BEFORE.search(text, max(taken_from.end if o.start > taken_from.end else 0, o.start - 30),
                                           o.start)
               and not (o.start < taken_from.start and _WHO_DID_BEFORE.search(text, max(0, o.start - 60), o.start))
               for o in inside)


_WHO_DID_BEFORE = compiled(r"\b(?:who|which|that)\b[^,;]*$", re.I)


_AT_PLACE_BEFORE = compiled(r"\b(?:(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:village|town|hamlet)\s+of\s+)?|"
                            r"(?:on|at)\s+the\s+(?:(?:north|south|east|west)[\w-]*\s+|main\s+)?"
                            r"(?:outskirts|edge|entrance|gates?)\s+(?:of|to)\s+)$", re.I)
# where the one taken was when it happened: "while he was in Walgha"
_WHILE_THERE_AFTER = compiled(r"[^.;]{0,60}?\b(?:while|as|when)\s+(?:he|she|they)\s+(?:was|were)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?[A-Z]")


def _listable(mention: Mention) -> bool:
    """A place that may stand in a list without "the towns of": a settlement or site itself, not a region (which
    qualifies the others: "Kafr Zita and Latamneh, Hama"), not a point placed from another ("east of X")."""
    return (mention.role != "context" and not mention.relation
            and mention.place.feature not in REGION_FEATURES)


def _confidence(incident_parts: dict) -> float:
    score = 0.35
    if incident_parts["explicit_date"]:
        score += 0.15
    if incident_parts["actor1"] and incident_parts["actor2"]:
        score += 0.15
    if incident_parts["geo_precision"] == 1:
        score += 0.15
    elif incident_parts["geo_precision"] == 2:
        score += 0.05
    if incident_parts["in_sentence"]:
        score += 0.1
    if incident_parts["claimed"]:
        score -= 0.1
    return round(max(0.05, min(0.95, score)), 2)


# Sentences that give background, not a dated event: habitual or perfect aspect, "in recent weeks", "fighting there
# had dragged on for six weeks", "the 4th strike since the start of the year" (not an anniversary: "marked 12 years
# since the start of the revolution").
_BACKGROUND = Prefiltered(compile_guarded(r"\b(?:ha(?:s|ve|d) (?:long )?(?:seen|witnessed|experienced|been the scene of|been the site of)|"
                         r"ha(?:s|ve|d) (?:dragged on|raged|lasted|gone on|been going on) for\b|"
                         r"in (?:the )?recent (?:days|weeks|months|years)|over the (?:past|last) (?:few )?(?:days|weeks|months|years)|"
                         r"(?<!of )this year|(?<!years )(?<!year )since the (?:start|beginning) of|"
                         r"since (?:early|late|mid-?)\s*(?:20\d\d|the year)(?=[^.;]{0,20}\b(?:has|have)\s+(?:risen|climbed|reached|increased|grown))|"
                         r"(?:frequently|regularly|repeatedly|often|routinely|periodically) (?:\w+ ){0,2}?"
                         r"(?:shell|target|attack|clash|bomb|raid|strike)|"
                         r"(?:is|are|was|were) (?:frequently|regularly|often) (?:the )?(?:target|scene|site))", re.I))
_SEEN = compiled(r"ha(?:s|ve|d) (?:long )?(?:seen|witnessed)\b", re.I)  # what a record is measured against
# what a protest asks about, its clause going on to the background: "staged a sit-in demanding news of relatives
# kidnapped in recent weeks" is a protest today, not a summary of recent weeks
_PROTEST_OBJECT_BEFORE = compiled(r"\b(?:demand(?:ing|ed|s)?|call(?:ing|ed|s)? for|protest(?:ing|ed|s)?(?: against)?|"
                                  r"denounc(?:ing|ed|es)|condemn(?:ing|ed|s)?)\b[^.;:]{0,80}$", re.I)
# the background told after the event, in a clause of its own: "..., killing 2 people; it was the 4th strike on the
# city since the start of the year", "a landmine killed a girl near Shumayyisa, the 3rd mine incident there this year"
_BACKGROUND_AFTER_AN_EVENT = compiled(r"[^;]{20,};\s+(?![^;]*;)|,\s+(?:the|its|it was the)\s+(?:\d+(?:st|nd|rd|th)|"
                                      r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)\s+", re.I)
# not before "as it passed X", "when it reached X": where the vehicle just told of was hit, not another event
_ARRIVED = r"\s+(?:passed|reached|approached|arrived|drove\s+through|crossed)\b"
# not a dash between the two towns a road is named for: "the Ras al-Ayn - Tal Tamr road near Soda"
_ROAD_END_AFTER_DASH = r"(?:al-|el-)?[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*){0,2}\s+(?:road|highway|motorway)\b"
# (not before or after a time of day: "struck the airbase before dawn on Friday in response to ..." is one clause;
# nor prayers: "demonstrated after Friday prayers in the city of Salqeen")
_TIME_OF_DAY_NEXT = (r"(?!\s+(?:dawn|daybreak|sunrise|noon|midday|midnight|dusk|sunset|nightfall|dark|first\s+light|"
                     r"(?:(?:the\s+)?(?:Friday|noon|midday|evening|morning|dawn|Eid|weekly)\s+)?prayers?)\b)")
_CLAUSE_BREAK = compile_guarded(r",?\s+(?=(?:after" + _TIME_OF_DAY_NEXT + r"|before" + _TIME_OF_DAY_NEXT
                                + r"|when(?!\s+(?:it|they|the\s+\w+)" + _ARRIVED + r")|while|whereas|but|"
                                r"although|following|amid|as the|as it(?!" + _ARRIVED + r"))\b)|;\s+|:\s+|"
                                r"\s+(?:[–—]|--?)\s+(?!" + _ROAD_END_AFTER_DASH + r")")
# an aside between dashes, the clause going on after it in lower case: "aircraft - believed to be Israeli - struck"
_DASH_ASIDE = compiled(DASH_ASIDE + r"\s+(?=[a-z])")
_IMPLICIT_PLACE = compile_guarded(r"\b(the area|this area|in the area|there|here|the village|the town|the city|nearby|"
                             r"vicinity|villages|the field|the front|the region|the outskirts|"
                             r"in the (?:attack|assault|raid|ambush|incident|explosion|blast))\b", re.I)
_TERRITORY_OBJECT = compile_guarded(r"\b(areas?|territory|village|villages|town|towns|city|hills?|positions?|slopes|"
                               r"desert|region|district|neighbourhoods?|neighborhoods?|square (?:km|miles)|base|field|"
                               r"countryside|pocket|stronghold|control|ground)\b", re.I)  # "regaining ground from HTS"
_CONTRAST = compile_guarded(r"\s*,?\s*(?:but|although|though|whereas|however|yet)\b", re.I)


def _clause_start(sentence: "Sentence", position: int) -> int:
    """Where the clause holding ``position`` begins (clause breaks fall before 'but', 'while', ...)."""
    return max((m.start() for m in _CLAUSE_BREAK.finditer(sentence.text) if sentence.start + m.start() <= position),
               default=0) + sentence.start


def _clauses(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The clauses of the sentence text[start:end], as (start, end) in ``text``."""
    return [(start + s, start + e) for s, e in _clause_spans(text[start:end])]


def _joined_over_breaks(text: str, units: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """Clauses an event phrase runs across, read as one, when it outweighs the first clause's own event words:
    "Russian military police entered Tafas | after the rebels surrendered" is one handover, not an entry and a
    surrender."""
    joined, i = [], 0
    while i < len(units):
        start, stop = units[i]
        if i + 1 < len(units):
            # a phrase over the break that says more than the clause's own words ("factions entered Afrin |
            # after the YPG withdrew": a handover, not an advance)
            strongest = max((c.weight for c in event_cues(text[start:stop])), default=-1)
            reach = max((start + c.end for c in event_cues(text[start:end])
                         if c.start < stop - start < c.end and c.sub_event_type != "Territory" and c.weight > strongest),
                        default=0)
            while i + 1 < len(units) and units[i + 1][0] < reach:
                i += 1
            stop = max(stop, units[i][1])
        joined.append((start, stop))
        i += 1
    return joined


@lru_cache(maxsize=16384)
def _clause_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """The clauses of a sentence, offsets into it: a pure reading, cached (sentences repeat across articles)."""
    pieces, cursor = [], 0
    asides = [(a.start(), a.end()) for a in _DASH_ASIDE.finditer(sentence)] if " -" in sentence or "–" in sentence \
        or "—" in sentence else []
    for m in _CLAUSE_BREAK.finditer(sentence):
        if any(a <= m.start() < b for a, b in asides):  # "aircraft - believed to be Israeli - struck": one clause
            continue
        if m.start() - cursor > 15:
            pieces.append((cursor, m.start()))
            cursor = m.end()
    pieces.append((cursor, len(sentence)))
    return tuple((s, e) for s, e in pieces if sentence[s:e].strip())


def _speaker(text: str, position: int) -> str:
    """The group of the person a quotation is attributed to: '..., said X, the commander of the Y'."""
    paragraph_end = text.find("\n", position)
    tail = text[position:paragraph_end if paragraph_end != -1 else len(text)]
    said = re.search(r"\b(?:said|says|told|added)\b", tail)
    if not said:
        return ""
    actors = [a for a in find_actors(tail[said.end():]) if not a.generic]
    return actors[0].canonical if actors else ""


class _QuoteTally:
    """Whether a position of a paragraph is inside quotation marks: speech in quotation marks is opinion or
    plan more often than report. The marks are counted from the paragraph's start, sentence by sentence
    as the reading moves on (each count adds to the last), not from the start again for each sentence."""

    def __init__(self, text: str, paragraph_start: int) -> None:
        self.text, self.counted_to, self.curly, self.straight = text, paragraph_start, 0, 0

    def inside(self, position: int) -> bool:
        """Asked with positions in increasing order."""
        chunk = self.text[self.counted_to:position]
        self.curly += chunk.count("“") - chunk.count("”")
        self.straight += chunk.count('"')
        self.counted_to = max(self.counted_to, position)
        return self.curly > 0 or self.straight % 2 == 1


def _focus_place(mentions: list[Mention]) -> Mention | None:
    """The Syrian settlement an article names most: where "the area" is when nothing else says."""
    counts: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.place and m.place.country == "SY" and m.place.feature not in ("governorate", "area", "desert") and not m.relation:
            counts.setdefault(m.place.id, []).append(m)
    if not counts:
        return None
    best = max(counts.values(), key=len)
    return best[0] if len(best) >= 3 else None


@dataclass
class ArticleContext:
    """What reading an article carries from sentence to sentence, in one place."""

    article: Article
    text: str
    mentions: list[Mention]
    actors: tuple[Actor, ...]
    dominant: str
    focus: Mention | None
    incidents: list[Incident] = field(default_factory=list)
    control: list[ControlClaim] = field(default_factory=list)
    last_place: tuple[Mention, int] | None = None  # where the last sentence that named a place was
    last_date: tuple[DateGuess, int] | None = None  # the last explicit date and its sentence
    claim_date: tuple[DateGuess, int] | None = None  # the date of the last claim ("IS claimed on May 2")
    previous_actors: tuple[Actor, ...] = ()
    mention_starts: list[int] | None = None  # set when the mentions come in text order (they do)
    sentences: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, paragraph) of each

    def __post_init__(self) -> None:
        starts = [m.start for m in self.mentions]
        if starts == sorted(starts):
            self.mention_starts = starts

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions that begin in [start, end), in text order: a slice, not a pass over the article's."""
        if self.mention_starts is None:
            return [m for m in self.mentions if start <= m.start < end]
        return self.mentions[bisect_left(self.mention_starts, start):bisect_left(self.mention_starts, end)]

    def told_since(self, number: int) -> list[Incident]:
        """The incidents told from sentence ``number`` on (read from the last: an article's are in order)."""
        told = []
        for incident in reversed(self.incidents):
            if incident.sentence_number < number:
                break
            told.append(incident)
        return told[::-1]

    def recent(self, number: int, within: int = 2) -> Incident | None:
        """The last incident, if told within ``within`` sentences of sentence ``number``."""
        last = self.incidents[-1] if self.incidents else None
        return last if last is not None and number - last.sentence_number <= within else None


class Sentence(NamedTuple):  # a tuple, not a frozen dataclass: one is made for every sentence read
    number: int
    start: int
    end: int
    paragraph: int
    text: str
    mentions: tuple[Mention, ...]  # place mentions inside it
    date: DateGuess
    anaphoric: bool  # "The attack ...": about the incident just told
    dated_clauses: frozenset  # clauses with their own date and their own event
    event_clauses: frozenset = frozenset()  # clauses with an event word of their own


@lru_cache(maxsize=8192)
def _sentence_marks(raw: str) -> tuple[bool, bool]:
    """(about the incident just told: "The attack ...", a comment or background: "This was ...",
    "the area has seen fighting ..."): pure readings of the sentence, cached."""
    background = _BACKGROUND.search(raw)
    # "..., bringing to 14 the number killed since the start of the year": the event adds to a toll; not a comment
    comment = (_COMMENT_START.match(raw) is not None or _FOLLOWED.match(raw) is not None
               or (background is not None and RUNNING_TOLL.search(raw, 0, background.start()) is None
                   # "...; the deadliest strike this year", "one of the biggest gatherings the capital has seen",
                   # "describing it as the deadliest single attack since the start of the spring offensive"
                   and not ((background.group().lower() in ("this year", "since the start of",
                                                            "since the beginning of")
                             or _SEEN.match(background.group()))
                            and sets_a_record(raw, 0, background.start()))
                   and not _BACKGROUND_AFTER_AN_EVENT.search(raw, 0, background.start())
                   and not (background.group()[:1] in "io" and _PROTEST_OBJECT_BEFORE.search(raw, 0, background.start()))
                   and not (background.group()[:10].lower() == "repeatedly" and ON_ONE_DAY.search(raw))))
    return _ANAPHOR.match(raw) is not None, comment


def _article_incidents(article: Article, geoparser: Geoparser, unresolved: list) -> tuple[list[Incident], list[ControlClaim]]:
    """Read the article sentence by sentence, clause by clause: a pipeline of small steps.

    For each clause: read it (event words, actors, deaths, places: ``_read``);
    decide whether it tells a new incident, adds deaths to one just told, or
    nothing (``_decide``); code it (``coding.code_event``, ACLED's rules in order);
    date it and place it from the clause, the sentence or the context; then add
    it, or fold it into the incident it retells (``_add_or_merge``).
    """
    text = article.clean
    mentions = geoparser.parse(text)
    actors = article_actors(text)
    context = ArticleContext(article, text, mentions, actors, _dominant_armed_actor(list(actors)) or "",
                             _focus_place(mentions))
    current_paragraph, quotes = -1, _QuoteTally(text, 0)
    context.sentences = split_sentences(text)
    for number, (start, end, paragraph) in enumerate(context.sentences):
        if paragraph != current_paragraph:
            current_paragraph, quotes = paragraph, _QuoteTally(text, start)
        raw = text[start:end]
        here = tuple(context.mentions_between(start, end))
        quoted = quotes.inside(start) or raw.lstrip()[:1] in "“\""
        earlier = context.last_place[0] if context.last_place and number - context.last_place[1] <= 3 else None
        if asserts_control(raw):  # most sentences hold nothing and take nothing: skip the call
            context.control.extend(control_claims(article, raw, start, list(here), context.dominant or None,
                                                  earlier_place=earlier, focus=context.focus,
                                                  speaker=_speaker(text, end) if quoted else ""))
        if quoted:
            if here:
                context.last_place = ([m for m in here if m.role != "context"] or list(here))[-1], number
            continue
        anaphoric, comment = _sentence_marks(raw)
        if comment:
            continue  # a comment on what was just told; "The area has seen heavy fighting in X, Y and Z"
        units = _clauses(start, end, text)
        if len(units) > 1:
            units = _joined_over_breaks(text, units, end)
        with_events = frozenset((a, b) for a, b in units if event_cues(text[a:b]))
        # clauses with an event of their own and a date: a clause of deaths alone ("3 civilians were killed from
        # 16 to 21 April | when ... shells hit Hloujeh") dates the event beside it
        dated = frozenset((a, b) for a, b in with_events
                          if resolve_date(text[a:b], article.published, article.date_precision).explicit
                          and any(cue.weight > 0 for cue in event_cues(text[a:b])))
        sentence = Sentence(number, start, end, paragraph, raw, here,
                            resolve_date(raw, article.published, article.date_precision), anaphoric, dated,
                            with_events)
        made_here: list[Incident] = []
        unplaced_deaths: list[Reading] = []
        for unit_start, unit_end in units:
            if (unit_start, unit_end) not in with_events and fatalities(text[unit_start:unit_end]) == (None, ""):
                continue  # no event word and no deaths: nothing for the pipeline to make or add
            _read_clause(context, sentence, unit_start, unit_end, made_here, unplaced_deaths, unresolved)
        if made_here and unplaced_deaths:
            # "Three civilians were killed | when shells hit Jindires": the deaths of the event that follows
            deaths = max(unplaced_deaths, key=lambda r: r.dead)
            _add_deaths(made_here[0], deaths, deaths.text, context)  # whose they were: "A General Security member"
        context.previous_actors = tuple(actors_between(text, start, end, context.dominant or None))
        # (who did attacks told with no one behind them: most sentences follow none, and are not searched)
        unnamed = [i for i in (made_here or context.told_since(number - 2)) if i.actor1 in _UNNAMED]
        if unnamed and _RESPONSIBILITY.search(raw):
            if not made_here and not _ATTACKS_BEFORE.search(raw):
                # the last attack told, unless the claim is of "the attacks": "Amaq said IS carried out the attacks"
                unnamed = [i for i in [context.recent(number, 1)] if i and i.actor1 in _UNNAMED]
            _credit_the_claimant(raw, unnamed)
        # "... protested on Friday. Security forces dispersed them with warning shots.": a protest just told
        protests = [i for i in (made_here or [context.recent(number, 1)]) if i and i.event_type == "Protests"]
        if protests and _MET_WITH_FORCE.search(raw):
            _protest_met_with_force(raw, protests)
        # (or the sentence after it: "Rebels captured Tal al-Jumou' on 12 April. | Regime troops pulled back")
        taken = made_here or [i for i in [context.recent(number, 1)] if i is not None]
        if taken and (_WITHDREW.search(raw) or _HOLDER_AFTER.search(raw)):
            _taken_from_who_withdrew(raw, taken)
        # "... arrested 12 young men; rights monitors say all of them have since disappeared": a disappearance
        held = [i for i in (made_here or [context.recent(number, 1)]) if i and i.sub_event_type == "Arrests"]
        # (the words of a disappearance, not of a kidnapping: "arrested 4 men accused of belonging to a kidnapping
        # gang")
        if held and any(c.sub_event_type == _DISAPPEARANCE and _VANISHED.search(c.word) for c in event_cues(raw)):
            for incident in held:
                incident.event_type, incident.sub_event_type = "Violence against civilians", _DISAPPEARANCE
                incident.notes.append(f"disappeared: {one_line(raw.strip())}")
        last = context.recent(number, 1) if not made_here else None
        if last is not None and (_HURT_LATER.search(raw) and not _NONE_HURT.search(raw)
                                 or _DAMAGE_LATER.search(raw) and CIVILIAN_PLACE.search(raw)
                                 and not _NO_DAMAGE.search(raw)) and not _ANOTHER_TIME.search(raw):
            # "... shelled Kafr Nabl. 2 civilians wounded.", "Fires broke out in several residential buildings.": whom
            # or what the incident just told hurt (``_whom_it_hit``), if the sentence tells no incident of its own
            # (most sentences follow none just told, and most that do hurt no one: the searches that say so first)
            for row in last.listed or [last]:
                row.notes.append(f"hurt: {one_line(raw.strip())}")
        if sentence.date.explicit and sentence.date.claim:
            context.claim_date = (sentence.date, number)
        elif sentence.date.explicit and not made_here and context.last_date is None:
            # a dated opening that made no row dates the toll after it: "Sporadic bombardment on Darnaj on 30 March
            # 2013. 3 people were killed."
            context.last_date = (sentence.date, number)
        recent = context.recent(number)
        told_at = [m for m in here if not ROAD_NAMED_AFTER.match(text, m.end)]  # not "along the Raju road"
        if sentence.anaphoric and not made_here and recent is not None and told_at:
            _add_alternative_place(recent, told_at[0])
        # where the next sentences happened, if they say no place: not the seat of a body that spoke ("the Homs
        # security directorate said")
        # (nor where a speaker spoke: "Fighting there had dragged on" after "..., a spokesman said in Hasakah")
        # (nor where a force fell back to: "had taken Siluk after the SDF pulled back toward Ain Issa. ... clashes on
        # the town's outskirts")
        fell_back = here and any(word in raw for word in _FELL_BACK_WORDS)
        located_here = [m for m in here if m.role != "context" and not COUNCIL_AFTER.match(text, m.end)
                        and not _SAID_IN_BEFORE.search(text, max(0, m.start - 40), m.start)
                        and not (fell_back and _FELL_BACK_TO_BEFORE.search(text, max(0, m.start - 60), m.start))
                        ] or list(here)
        if located_here:
            context.last_place = (located_here[-1], number)
    _whom_it_hit(context.incidents)
    for incident in context.incidents:
        if SECURITY_FORCES in (incident.actor1, incident.actor2, incident.claimed_by):
            day = incident.when.event_date
            incident.actor1, incident.actor2 = dated_actor(incident.actor1, day), dated_actor(incident.actor2, day)
            incident.claimed_by = dated_actor(incident.claimed_by, day)
        if incident.sub_event_type == "Arrests":
            _former_regime_men_arrested(incident)
    return _merge_within(_fold_the_outline(context)), context.control


# men of the fallen government, named as such: "a former Air Force Intelligence colonel", "a brigadier general of the
# former army", "three former officers of the regime's Military Security branch", "a former NDF member"
_FORMER_REGIME_MEN = compile_guarded(r"\bformer\s+(?:[\w'’-]+\s+){0,4}?(?:officers?|colonels?|generals?|brigadiers?|"
                                     r"majors?|captains?|lieutenants?|soldiers?|pilots?|members?|commanders?|"
                                     r"conscripts?|militiamen|informants?)\b|\bof\s+the\s+former\s+(?:army|regime)\b",
                                     re.I)
_FORMER_REBELS = compiled(r"\bformer\s+(?:[\w'’-]+\s+){0,2}?(?:rebels?|opposition|FSA|HTS|SDF|ISIS|IS|Islamic\s+State|"
                          r"jihadists?|militants?|fighters?\s+of\s+(?:the\s+)?(?:opposition|rebels|FSA))\b", re.I)
_LOYALISTS = "Former regime loyalists"


def _former_regime_men_arrested(incident: Incident) -> None:
    """After the fall of Assad's government, the men of its army, intelligence or militias arrested are its
    loyalists, not today's army (that name's date says so) nor mere civilians: 24 of the 36 dev golds that tell
    such an arrest after December 2024 say so (12 say civilians)."""
    day = incident.when.event_date
    if day is None or day < NEW_GOVERNMENT or incident.actor2 not in ("Military Forces of Syria", "Civilians",
                                                                         "National Defence Forces", ""):
        return
    if incident.actor1 in ("", _LOYALISTS) or actor_side(incident.actor1) != "state":
        return  # the new government's arrests; not the SDF's or a faction's of their own men
    if _FORMER_REGIME_MEN.search(incident.evidence) and not _FORMER_REBELS.search(incident.evidence):
        incident.actor2 = _LOYALISTS
        incident.notes.append("actor2: men of the former regime, arrested after its fall")


def _whom_it_hit(incidents: list[Incident]) -> None:
    """A shelling or bombing's second actor, from its whole sentence and toll (``coding.civilian_victims_are_actor2``
    reads its clause alone): the dead's group if the toll names one ("3 Syrian army soldiers were killed"); the
    Syrian state's forces if it hit a military site or soldier no one else is named for; else, with no military
    target, civilians if it killed or hurt anyone or hit homes or trade ("... shelled al-Yamama; 1 woman
    injured"), as ACLED codes them. A shelling that says nothing of what it hit has none. A battle with no second
    side named that overran a military site or killed soldiers fought the Syrian state."""
    for incident in incidents:
        if (incident.event_type not in ("Explosions/Remote violence", "Battles")
                or incident.actor2 not in ("", "Civilians")):
            continue
        toll = next((note for note in incident.notes if note.startswith("fatalities from:")), "")
        hurt = " ".join(note[len("hurt: "):] for note in incident.notes if note.startswith("hurt: "))
        hit = _after_the_event_word(incident)
        if incident.event_type == "Battles":
            if not incident.actor2 and incident.actor1 and _the_states_target(incident, hit, toll):
                incident.actor2 = SYRIA  # "Ahrar al-Sham fighters overran the Taftanaz military airport"
                incident.notes.append("actor2: a military target, the Syrian state's")
            continue
        victims = [a.canonical for a in find_actors(toll) if a.inter in ARMED_INTER and a.canonical != incident.actor1]
        if incident.fatalities > 0 and victims and not CIVILIAN_VICTIMS.search(toll):
            # "Three Syrian army soldiers were killed | when a mine exploded under their truck" (a strike on "a car"
            # had made them civilians)
            incident.actor2 = victims[0]
            incident.notes.append(f"actor2 from: {toll[len('fatalities from: '):]}")
            continue
        if incident.actor2:
            continue
        wounded = _wounded_group(incident.evidence, incident.actor1) or _wounded_group(hurt, incident.actor1)
        if wounded:  # "SNA factions shelled Mreiran with rockets. 2 SDF fighters wounded."
            incident.actor2 = wounded
            incident.notes.append(f"actor2: its wounded were {wounded}'s")
            continue
        if _the_states_target(incident, hit, f"{toll} {hurt}"):
            incident.actor2 = SYRIA
            incident.notes.append("actor2: a military target, the Syrian state's")
            continue
        what_was_hit = WEAPONS_USED.sub("", _WHERE_FIRE_CAME_FROM.sub("", _FIRED_BY.sub("", hit)))
        if (MILITARY_TARGET.search(what_was_hit) or MILITARY_TARGET.search(_toll_with_its_of(toll, incident))
                or MILITARY_TARGET.search(hurt)):
            continue
        evidence = incident.evidence  # who was hurt may come first: "a civilian was injured | when a landmine ..."
        if (incident.fatalities > 0 or CIVILIAN_VICTIMS.search(evidence) or CIVILIAN_PLACE.search(hit)
                or _HURT.search(evidence) or hurt):
            incident.actor2 = "Civilians"
            incident.notes.append("actor2: no armed target")


def _wounded_group(evidence: str, striker: str) -> str:
    """The armed group whose men ``evidence`` says were wounded ("2 SDF fighters were wounded", "wounding three
    soldiers of the 4th Division"), other than the striker; "" if none or several."""
    groups = {a.canonical for hurt in _WOUNDED.finditer(evidence)
              for a in find_actors(evidence[max(0, hurt.start() - 40):hurt.end() + 40])
              if a.inter in ARMED_INTER and a.canonical not in (striker, UNIDENTIFIED, UNIDENTIFIED_MILITARY)}
    return groups.pop() if len(groups) == 1 else ""


# where the fire came from is not what it hit: "shelled Tlalayn from its positions around Tal Rifaat"
_WHERE_FIRE_CAME_FROM = compiled(r"\bfrom (?:(?:its|their|the|an?|nearby|[\w-]+'s|regime|army|government|rebel|SDF|"
                                 r"YPG|Turkish)\s+){0,3}(?:positions?|posts?|bases?)\b", re.I)
# ... nor who fired it: "Rockets fired by rebels from Jabal al-Akrad hit ...", "fired from rebel-held Khan al-Shih"
_FIRED_BY = compiled(r"\b(?:launched|fired|shot)\s+(?:by\s+(?:the\s+)?[\w-]+(?:\s+(?:fighters|forces|factions))?\s*)?"
                     r"(?:from\s+(?:the\s+)?[\w'’-]+-(?:held|controlled)\b)?", re.I)
_WOUNDED = compiled(r"\b(?:wounded|injured|wounding|injuring)\b", re.I)
# a sentence of the wounded alone, after an incident ("A woman was injured."), and one that says no one was
_DISAPPEARANCE = "Abduction/forced disappearance"
# the disappearance row of data/event_words.csv: what its phrases say
_VANISHED = compiled(r"disappear|incommunicado|disclose|acknowledged|whereabouts|no\s+news|unable\s+to\s+locate", re.I)
_HURT_LATER = Prefiltered(compiled(r"\b(?:wounded|injured|hurt)\b", re.I))
_NONE_HURT = compiled(r"\b(?:no|none|nobody|not|without)\b", re.I)
_DAMAGE_LATER = Prefiltered(compiled(r"\b(?:damag\w*|destroy\w*|fires? broke out|set (?:ablaze|on fire)|burn\w*|"
                                     r"collaps\w*|toppl\w*|out of service)\b", re.I))
_NO_DAMAGE = compiled(r"\b(?:no|not|without)\s+(?:[\w-]+\s+){0,3}?(?:damag|destroy)", re.I)
# ... and not one of another time: "Last week a similar attack wounded three"
_ANOTHER_TIME = compiled(r"\b(?:similar|another|earlier|previous|previously|last (?:week|month|year)|"
                         r"days? (?:before|earlier)|in 20\d\d)\b", re.I)


def _the_states_target(incident: Incident, hit: str, toll: str) -> bool:
    """ "Israeli missiles struck air defence positions near Masyaf", "an IED ..., killing a soldier": in Syria a
    military site or soldier no one else is named for is the Syrian state's, unless the state or an ally struck it,
    or it was struck once the old army had dissolved and before the new one was formed."""
    day = incident.when.event_date
    if incident.actor1 in _SYRIAS_SIDE or (day and _NO_ARMY[0] <= day <= _NO_ARMY[1]):
        return False
    if incident.actor1 == _ISRAEL and _STRUCK_BY_ISRAEL.search(hit) and not _NO_ONES.search(hit):
        return True  # "Israeli missiles hit a position near Hader", "... Damascus International Airport"
    site = _SYRIAN_MILITARY.search(hit)
    if site and _NO_ONES.search(hit, max(0, site.start() - 25), site.start()):
        site = None  # "abandoned army weapons depots": a site the army left
    return bool(site or _SYRIAN_MILITARY.search(toll))


# Israel's strikes in Syria are on the state's sites, or on Iran's and Hezbollah's where the text names them: a
# position, base, depot or airport it struck, with no owner named, is the state's (ACLED codes it so)
_ISRAEL = "Military Forces of Israel"
_STRUCK_BY_ISRAEL = compiled(r"\b(?:positions?|bases?|depots?|warehouses?|airports?|runways?|airbases?)\b", re.I)
_NO_ONES = compiled(r"\b(?:former|abandoned|disused)\b", re.I)  # "a former military base": no one's


# a military site, vehicle, store or man with no owner named ("a former military site" is no one's); and the actors
# who would not strike the Syrian state's (its allies; Turkey's strikes on "military positions" are as often on the
# SDF's)
_SYRIAN_MILITARY = Prefiltered(compiled(
    r"\b(?<!former )(?<!abandoned )(?:military (?:positions?|posts?|sites?|points?|vehicles?|convoys?|airports?|"
    r"air ?bases?|bases?|research|facilit(?:y|ies)|academy|barracks|headquarters|depots?|warehouses?|units?|"
    r"airfields?|compounds?|complex|outposts?|installations?)|government (?:posts?|positions?|checkpoints?)|"
    r"air defen[cs]es?|air defen[cs]e (?:positions?|sites?|batteries|systems?)|radars?|airbase|air base|"
    r"helicopter (?:base|airport|airfield)|"
    r"army (?:positions?|posts?|units?|checkpoints?|vehicles?|depots?|barracks|bases?|trucks?|buses|bus)|"
    r"(?:ammunition|arms|weapons) (?:depots?|stores?|warehouses?)|soldiers?|conscripts?|" + STATE_SITES + r")\b",
    re.I))
# from the regime's fall to the new Ministry of Defence's army (factions merged into it from late January 2025)
_NO_ARMY = (date(2024, 12, 8), date(2025, 1, 31))
_SYRIAS_SIDE = frozenset((SYRIA, SECURITY_FORCES, "Police Forces of Syria", "National Defence Forces",
                          "Military Forces of Russia", "Military Forces of Iran", "Hezbollah", "Military Forces of Turkey"))
_HURT = compiled(r"\b(?:wound\w*|injur\w*|hurt|damag\w*)\b", re.I)


def _toll_with_its_of(toll: str, incident: Incident) -> str:
    """A toll's phrase with the "of ..." after it: "killing a member" is "... a member of the local relief
    committee", no fighter."""
    phrase = toll[len("fatalities from: "):]
    at = incident.evidence.find(phrase) if phrase else -1
    if at < 0:
        return toll
    of = _OF_AFTER.match(incident.evidence, at + len(phrase))
    return incident.evidence[at:of.end() if of else at + len(phrase)]


_OF_AFTER = compiled(r"\s+of\s+[^,;.:()]*")


def _after_the_event_word(incident: Incident) -> str:
    """The evidence after the event word: what was hit ("rebel rockets hit Samandil" is no military target, nor is
    "tank fire" hit by it)."""
    evidence = incident.evidence
    word = next((note[len("event word: '"):-1] for note in incident.notes if note.startswith("event word: '")), "")
    at = evidence.find(word) if word else -1
    return evidence[at + len(word):] if at >= 0 else evidence


# what a claim is of: "claimed the attack", "claimed both blasts"
_CLAIMED_ACTS = r"(?:attack|bombing|blast|explosion|assassination|killing|ambush|operation|strike|shooting|raid)s?"
# "Islamic State claimed the attack", "the mine is believed to have been planted by IS", "ISIS is suspected"
_RESPONSIBILITY = Prefiltered(compiled(
    r"\bclaimed (?:responsibility|(?:the|both|all|these) (?:\w+ )?" + _CLAIMED_ACTS + r"\b|it\b)|\b(?:was|were) claimed by\b|"
    r"\b(?:is|are|was|were) (?:suspected|blamed)\b|"
    r"\b(?:believed|suspected|thought) to (?:be|have been)\b|\battributed to\b|\bcarried (?:it |them )?out\b|"
    # "partners attribute the shelling to X", "the shells came from positions of X"
    r"\battribut(?:e|es|ing) (?:the |it |them )?(?:[\w-]+ )?to\b|\b(?:came|fired) from (?:the )?positions of\b|"
    r"\b(?:was|were) behind\b|\b(?:believed|held) responsible\b|\bsuspected (?:of being )?(?:an? )?\w+ "
    r"(?:cells?|members?|militants|fighters|gunmen|attack)\b", re.I))


_UNNAMED = ("", UNIDENTIFIED, UNIDENTIFIED_MILITARY)
_ATTACKS_BEFORE = Prefiltered(compiled(r"\b(?:the|both|these|those) (?:\w+ )?(?:attacks|bombings|blasts|explosions)\b"))


def _credit_the_claimant(sentence: str, unnamed: list[Incident]) -> None:
    """Attacks no one was named behind, whose sentence or the next says who claimed them or is believed to have
    done them: ACLED codes that group as actor1 (the row's notes say so). Only one armed group may be named."""
    if _NO_CLAIM.search(sentence):
        return  # "No group claimed the attack; the Afrin Liberation Forces had claimed similar ones": no credit
    named = {a.canonical for a in find_actors(sentence) if a.inter in ARMED_INTER
             and a.canonical not in (UNIDENTIFIED, UNIDENTIFIED_MILITARY)}
    if len(named) != 1:
        return
    claimant = named.pop()
    for incident in unnamed:
        if claimant != incident.actor2:
            incident.actor1 = claimant
            incident.notes.append(f"actor1 from: {one_line(sentence)}")


_NO_CLAIM = compiled(r"\b(?:no (?:group|one|party|faction|side)|nobody)\b[^.;]{0,30}\bclaimed\b|"
                     r"\bnot (?:yet )?(?:been )?claimed\b|\bunclaimed\b", re.I)
_MET_WITH_FORCE = Prefiltered(compiled(
    r"\b(?:dispers(?:e|ed|es|ing)|tear gas|water cannons?|rubber bullets|stun grenades|batons|broke up|break up|breaking up|"
    r"fired (?:(?:live |warning )?(?:rounds|shots|bullets|ammunition) )?(?:in(?:to)? the air|at|on)|opened fire|"
    r"live (?:rounds|fire|ammunition)|"
    r"(?:detained|arrested) (?:(?:several|some|dozens of|scores of|a number of|\d+|two|three|four|five)\s+)?"
    r"(?:of the\s+)?(?:protesters|demonstrators|participants|them))\b", re.I))
_WITHDREW = Prefiltered(compiled(r"\b(?:withdrew|withdrawn|withdrawal|retreated|pulled out|pulled back|fled|abandoned|evacuated|"
                                 r"left|clash\w*|fighting|battles?|fought)\b", re.I))
_HOLDER_AFTER = compiled(r"-(?:held|controlled|dominated)\b", re.I)  # "the rebel-held town": who held it
_FOUGHT_WITH = compiled(r"\b(?:clash\w*|fighting|battles?|fought)\s+(?:with|against)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
                        re.I)


def _taken_from_who_withdrew(sentence: str, incidents: list[Incident]) -> None:
    """ "IS took control of Palmyra after regime forces withdrew", "... after clashes with the Islamic State",
    "took the rebel-held town": whoever the sentence says withdrew, fought the taker there or held the place lost
    it, the second side of the capture (when the clause that took it named none)."""
    for incident in incidents:
        if incident.actor2 or incident.sub_event_type not in ("Government regains territory",
                                                              "Non-state actor overtakes territory"):
            continue
        for actor in find_actors(sentence):
            if actor.inter in ARMED_INTER and actor.canonical != incident.actor1 and (
                    _HOLDER_AFTER.match(sentence, actor.end)  # "took the rebel-held town of Busra al-Harir"
                    or _WITHDREW.search_within(sentence, actor.end, actor.end + 30)
                    or _FOUGHT_WITH.search(sentence, max(0, actor.start - 40), actor.start)):
                incident.actor2 = actor.canonical
                incident.notes.append(f"actor2 from: {actor.alias}, who withdrew, fought there or held it")
                break


_HARMED = compiled(r"\b(?:kill\w*|wound\w*|injur\w*|dead|died|martyr\w*|shot)\b", re.I)


def _protest_met_with_force(sentence: str, incidents: list[Incident]) -> None:
    """ "Hundreds protested in Akrama; General Security fired in the air to disperse them": a peaceful protest
    the sentence says a force broke up is ACLED's protest with intervention, and that force its second actor."""
    for incident in incidents:
        if (incident.event_type, incident.sub_event_type) != ("Protests", "Peaceful protest"):
            continue
        force = next((a.canonical for a in find_actors(sentence)
                      if a.inter in ARMED_INTER and a.canonical != UNIDENTIFIED), "")
        if force:
            if incident.fatalities > 0 or _HARMED.search(sentence):  # the force did the harm: actor1, as in ACLED
                incident.sub_event_type, incident.actor1, incident.actor2 = EXCESSIVE_FORCE, force, "Protesters"
            else:
                incident.sub_event_type, incident.actor2 = "Protest with intervention", force
            incident.notes.append("coded by: protest-met-with-force")


def _read_clause(context: ArticleContext, sentence: Sentence, unit_start: int, unit_end: int,
                 made_here: list[Incident], unplaced_deaths: list[Reading], unresolved: list) -> None:
    """One clause through the pipeline: read, decide, code, date, place, add.

    Deaths that neither make an incident nor belong to one yet go to
    ``unplaced_deaths``, for an event a later clause of the sentence tells.
    """
    text, article = context.text, context.article
    unit = text[unit_start:unit_end]
    reading = _read(context, sentence, unit, unit_start, unit_end)
    decision, target = _decide(context, sentence, reading, unit, unit_start, unit_end, made_here)
    if decision == "deaths":
        _add_deaths(target, reading, unit, context)
        return
    if decision == "skip":
        if reading.dead and (reading.cue is None or reading.cue.weight == 0) and not not_an_incident(unit, None):
            unplaced_deaths.append(reading)
        return
    story = Story(context.actors, context.dominant, context.previous_actors,
                  (context.recent(sentence.number).actor1 if context.recent(sentence.number) else ""))
    draft = code_event(reading, story)
    when = _date(context, sentence, unit, unit_start, unit_end)
    dead, dead_phrase = reading.dead, reading.dead_phrase
    claimed = claimant(unit, list(reading.actors)) if dead else ""
    # civilian deaths told after a massacre belong to the massacre, not to the counter-attack
    if dead and CIVILIAN_VICTIMS.search(unit) and draft.event_type != "Violence against civilians":
        victim_row = next((i for i in reversed(context.incidents[-3:])
                           if i.event_type == "Violence against civilians"), None)
        if victim_row is not None:
            victim_row.fatalities = max(victim_row.fatalities, dead)
            dead, dead_phrase = 0, ""
    located, in_sentence = _locate(context, sentence, reading, draft, unit_start, unit_end, bool(dead),
                                   told_here=bool(made_here))
    if not located:
        if made_here and reading.dead:
            # "SDF launched the final push on al-Baghouz; heavy clashes erupted, with 13 IS fighters killed": the
            # deaths of the event the sentence has told, where no place of their own is said
            _add_deaths(made_here[-1], reading, unit, context)
            return
        if reading.cue.weight >= 2:
            unresolved.append((article.id, one_line(sentence.text)[:160]))
        if reading.dead:  # "The suicide bomber and 3 others were killed | when he blew himself up at X": X's
            unplaced_deaths.append(reading)
        return
    shared = len(located) > 1 and bool(dead)
    group: list[Incident] | None = [] if len(located) > 1 else None
    for number_in_list, place_mention in enumerate(located):
        parts = {"explicit_date": when.explicit, "actor1": draft.actor1, "actor2": draft.actor2,
                 "geo_precision": place_mention.geo_precision, "in_sentence": in_sentence, "claimed": bool(claimed)}
        incident = Incident(article=article, cue=reading.cue, start=sentence.start, end=sentence.end,
                            paragraph=sentence.paragraph, event_type=draft.event_type,
                            sub_event_type=draft.sub_event_type, actor1=draft.actor1, actor2=draft.actor2,
                            mention=place_mention, when=when,
                            fatalities=(dead or 0) if number_in_list == 0 else 0, claimed_by=claimed,
                            confidence=_confidence(parts), fatalities_unknown=dead_phrase == UNKNOWN_DEAD)
        incident.notes.append(f"event word: '{reading.cue.word}'")
        if draft.rules:
            incident.notes.append("coded by: " + ", ".join(draft.rules))
        if shared:  # one total for several places: on the first row only (see the module docstring)
            incident.notes.append(f"fatalities: {dead} in total for {', '.join(m.location for m in located)}, "
                                  f"counted on the row for {located[0].location}")
        incident.notes.extend(f"place: {note}" for note in place_mention.notes)  # how the text decided it
        if not in_sentence:
            incident.notes.append(f"place from the context: {place_mention.location}")
        if when.reason:
            incident.notes.append(f"date: {when.reason}")
        if dead_phrase == UNKNOWN_DEAD:
            incident.notes.append("fatalities: an unknown number (left empty, not 0)")
        elif dead_phrase and not shared:
            incident.notes.append(f"fatalities from: {dead_phrase}")
        _add_or_merge(context, sentence, incident, made_here)
        if group is not None and made_here and made_here[-1] is incident:
            group.append(incident)
            incident.listed = group


def _told_as_earlier(text: str, unit_start: int, unit: str, cue_at: int) -> bool:
    """Whether the clause tells an event from before the one reported, as background: it ends "two days
    earlier", or it is the "after ..." of "a day after ...". Not when the "earlier" ends a relative clause
    after the event word: "a drone struck a car near Baalbek, killing a member who had arrived from al-Qusayr
    a day earlier" tells the strike."""
    earlier = _EARLIER_AT_END.search(unit)
    if earlier:
        # (not an agreement's participle: "a rally welcoming the agreement signed five days earlier")
        # (nor the cause it answers: "kidnapped 5 Bedouin men in retaliation for the abduction of a young man ...
        # two days earlier")
        return (_RELATIVE_PAST.search(unit, cue_at, earlier.start()) is None
                and _SIGNED_JUST_BEFORE.search(unit, max(0, earlier.start() - 16), earlier.start()) is None
                and _REASON_AFTER_CUE.search(unit, cue_at, earlier.start()) is None)
    if _SPAN_AFTER_START.match(unit) and _COMMA_NEXT.match(text, unit_start + len(unit)):
        return True  # "A day after the drone attack on the Homs military academy, | regime artillery pounded ..."
    return _AFTER_START.match(unit) is not None and _SPAN_BEFORE_AFTER.search(text, max(0, unit_start - 24), unit_start) is not None


# a clause ending in a colon, a count after it: what it counts is told item by item ("... on 1 April: seven civilians
# killed in X, two in Y"), not a label ("| 3 killed | Source: INSO")
_A_LIST_FOLLOWS = compiled(r"\s*:\s*(?:\(?\d+\)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                           r"twelve)\b", re.I)


def _read(context: ArticleContext, sentence: Sentence, unit: str, unit_start: int, unit_end: int) -> Reading | None:
    """The clause's event word (territory words only with a place or a territory after them; not a word denied,
    nor someone's past), actors, deaths."""
    cues = [c for c in event_cues(unit) if (c.sub_event_type != "Territory" or (
        not _TO_BEFORE.search(unit[:c.start])  # "an offensive to recapture": not yet done
        and (_TERRITORY_OBJECT.search(unit[c.end:c.end + 80])
             # "took the village": its object inside the event word (not "after rebels took the city", a cause,
             # nor "took the town from IS in June 2017", a year's history)
             or (_TERRITORY_OBJECT.search(c.word)
                 and _CAUSE_BEFORE.search_within(unit, max(0, c.start - 60), c.start) is None
                 and _IN_A_YEAR.search(unit, c.end) is None)
             or any(unit_start + c.start < m.start <= unit_start + c.end + 60 for m in sentence.mentions)
             # the place taken as the passive's subject: "Khan Sheikhoun was retaken by regime forces"
             # ... or the subject of a verb of falling or taking: "Khan Sheikhoun fell to regime forces", "Al-Shafa was
             # taken by SDF forces", "Mleiha is back under government control"
             or ((_PASSIVE_BEFORE.search(unit, max(0, c.start - 30), c.start) is not None
                  or _PLACE_AS_SUBJECT.match(c.word))
                 and any(m.end <= unit_start + c.start and _SUBJECT_START.fullmatch(unit, 0, m.start - unit_start)
                         for m in sentence.mentions if m.start >= unit_start))
             # ... or a headline's, the place and the participle alone: "Hajin captured."
             or (_HEADLINE_PARTICIPLE.fullmatch(c.word)
                 and any(m.start == unit_start + len(unit) - len(unit.lstrip())
                         and _ASIDE_GAP.fullmatch(unit, m.end - unit_start, c.start) for m in sentence.mentions)))))
            and not _denied_or_past(unit, c)]
    # what someone is accused of is not the event, when the clause tells another ("arrested a former officer
    # accused of involvement in the 2013 Tadamon massacre"); a headline's accusation is ("Sultan Murad members
    # accused of raping a woman in Maabatli")
    cues = [c for c in cues if not _accused_of(unit, c)] or cues
    # what those spoken of had fled is no event of the note: "shelter tens of thousands who fled the fighting in Hama
    # and Aleppo"
    if "fled" in unit or "escaped" in unit or "displaced by" in unit:  # (a test of words before the pattern)
        cues = [c for c in cues if not _FLED_BEFORE.search(unit, max(0, c.start - 30), c.start)]
    if _SPAN_AFTER_START.match(unit) and "," in unit:
        # "A day after the drone attack on the Homs military academy, regime artillery pounded Darat Izza": the
        # event of another day sets the time of this one
        comma = unit.index(",")
        cues = [c for c in cues if c.start > comma] or cues
    cues = list(_main_cues(unit, tuple(cues)))
    # a strike told, then the defences that met some of it: "Israeli jets struck warehouses in Hessiya ..., adding
    # that air defences intercepted missiles over the Homs countryside" is the strike
    cues = [c for c in cues if not (c.sub_event_type == "Disrupted weapons use" and "intercept" in c.word.lower()
                                    and any(o.event_type == "Explosions/Remote violence" and o.start < c.start
                                            for o in cues))] or cues
    dead, phrase = fatalities(unit)
    listed = _A_LIST_FOLLOWS.match(context.text, unit_end) if dead else None
    if listed and (sentence.end <= listed.end() or (
            any(m.start >= unit_end and m.role != "context" for m in sentence.mentions)
            and fatalities(context.text[listed.start():sentence.end])[0] is not None)):
        # "SNHR said 17 people lost their lives on 1 April: seven civilians killed by security forces in Wajh
        # Elhajar, two in shelling on ...": a day's total, its items events with deaths of their own; but not a
        # total of the ways they died ("Twelve people were killed in Kabajeb: four shot, two beheaded"), nor of
        # the places that list only counts ("killed 5 civilians: 3 in Kafr Nabl and 2 in Hass"): the event's
        dead, phrase = None, ""
    grave = (next((c for c in cues if _OLD_DEAD_FOUND.search(c.word)), None)
             if cues and ("rave" in unit or "emains" in unit or "xhum" in unit) else None)  # most clauses: none
    if grave is not None:
        # "uncovered a mass grave holding the remains of dozens of people executed by IS": the finding is the
        # event, and its dead are an earlier time's, not counted again (ACLED codes such a find 0)
        cues, dead, phrase = [grave] + [c for c in cues if c is not grave], None, ""
    if not cues:
        return Reading(unit, None, (), dead, phrase)
    at = unit.find(phrase) if dead else -1
    accused = ACCUSED_BEFORE.search(unit, cues[0].end, at) if at > cues[0].end else None
    if accused:
        # "arrested a man accused of killing two soldiers": no deaths of this event; "a crowd beat to death a man
        # accused of killing a child": the deaths before the accusation
        dead, phrase = fatalities(unit[:accused.start()])
    return Reading(unit, cues[0], tuple(actors_between(context.text, unit_start, unit_end, context.dominant or None)),
                   dead, phrase)


# an event word said not to have happened ("no arrests were reported", "without clashes"), the verb of a relative
# clause telling someone's past ("a farmer who had returned from the Atmeh camps was killed"), an agreement
# told as broken ("in a breach of the ceasefire, Druze fighters fired mortar rounds")
_DENIED_OR_PAST_BEFORE = Prefiltered(compiled(r"(?:\b(?:no|without|not|never)\s+(?:any\s+|further\s+|immediate\s+)?|"
                                  + RELATIVE_PAST + r"\s+(?:been\s+|already\s+|recently\s+|just\s+)?)$", re.I))
_BROKEN_BEFORE = compiled(r"\b(?:breach(?:es|ed|ing)?|violat(?:ions?|ed|ing)|despite)\s+(?:of\s+)?(?:an?\s+|the\s+)?"
                          r"(?:[\w'’-]+\s+)?$", re.I)


# what may open a clause before its subject place: a date, "the village of"
_SUBJECT_START = compiled(r"\s*(?:On\s+[^,]{3,30},\s*)?"
                          # (reported: "The SDF announced on 12 August that Manbij was fully under its control")
                          r"(?:[^,;:]{0,60}?\b(?:said|says|announced|declared|confirmed|reported|stated)\s+"
                          r"(?:on\s+\S+(?:\s+\S+){0,2}\s+)?that\s+)?(?:(?:the\s+)?(?:town|village|city|area|hill|base|airport|"
                          r"district|neighbourhood|neighborhood|strategic\s+town|key\s+town)\s+of\s+"
                          # (a site by the place: "93rd Brigade base, near Ain Issa, falls to IS")
                          r"|(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:base|air\s*base|airport|barracks|checkpoint|post|"
                          r"hill|dam|station|depot|garrison|headquarters)\b,?\s+(?:just\s+)?(?:near|outside|by|"
                          r"close\s+to|"
                          r"(?:\d+\s*km\s+)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+of)\s+)?", re.I)
# the words after which the place before them is what was taken: "X fell to", "X was taken by", "X is back under the
# control of", "X changed hands"
_PLACE_AS_SUBJECT = compiled(r"(?:fell|has\s+fallen|had\s+fallen|falls|(?:was|were|has\s+been|had\s+been)\s+taken|"
                 r"(?:is|are|was|were|came|comes|returned|returns)\s+(?:now\s+)?back\s+under|changed\s+hands|back\s+in|"
                 # "Skeik came under government control", "Ariha was lost by the regime", "Manbij was fully under its
                 # control", "Abu Taltal and Abu Jabbar were taken from IS"
                 r"came\s+under|(?:was|were)\s+lost|(?:was|were|is|are)\s+(?:now\s+)?(?:fully|completely|entirely|"
                 r"totally)\s+under|(?:was|were)\s+taken\s+from|"
                 # "Suran is now in rebel hands", a headline's "Kafarbatna in army hands"
                 r"(?:(?:is|are|was|were)\s+(?:now\s+)?)?in\s+(?:the\s+)?[\w'’-]+\s+hands)\b", re.I)
_IN_A_YEAR = compiled(r"\bin\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|"
                      r"September|October|November|December)\s+)?(?:19|20)\d\d\b")
_ASIDE_GAP = compiled(r"\s*(?:\([^()]{0,60}\)\s*)?")  # nothing, or an aside: "Az-Zara (Tall Kalakh countryside) retaken"
_HEADLINE_PARTICIPLE = compiled(r"(?:re)?captured|retaken|taken|seized|liberated|freed|overrun", re.I)
_PASSIVE_BEFORE = compiled(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:fully|finally|later|then|"
                           r"also|reportedly)\s+)?$", re.I)
# what someone is accused or wanted of: "arrested a former officer accused of involvement in the 2013 Tadamon
# massacre" is an arrest
_ACCUSED_OF_BEFORE = compiled(r"\b(?:accused|accusing\s+(?:him|her|them)|suspected|convicted|charged|wanted)\s+"
                              r"(?:of|for|over|with|in)\s+(?:(?:involvement|taking\s+part|participating|participation|"
                              r"complicity|(?:a|his|her|their)\s+role)\s+in\s+)?(?:the\s+)?"
                              r"(?:(?!(?:and|then|before|after|but)\b)[\w'’-]+\s+){0,3}$", re.I)


def _denied_or_past(unit: str, cue: EventCue) -> bool:
    reach = max(0, cue.start - 40)  # read in place: no slice of the clause
    return (_DENIED_OR_PAST_BEFORE.search_within(unit, reach, cue.start) is not None
            or (cue.sub_event_type == "Agreement" and _BROKEN_BEFORE.search(unit, reach, cue.start) is not None))


def _accused_of(unit: str, cue: EventCue) -> bool:
    return (("accus" in unit or "uspect" in unit or "wanted" in unit or "onvicted" in unit or "charged" in unit)
            and _ACCUSED_OF_BEFORE.search(unit, max(0, cue.start - 80), cue.start) is not None)


# what makes an event word not the clause's event: support for it ("SDF fighters backed by coalition airstrikes
# clashed with ISIS"), or, after a protest, what the protest is about ("demonstrated against Russian air strikes")
_SUPPORT_BEFORE = Prefiltered(compile_guarded(
    r"\b(?:(?:backed|supported|covered|aided|assisted)\s+by|under\s+(?:the\s+)?cover\s+of|"
    r"with\s+(?:the\s+)?(?:support|cover|help|backing)\s+of)\s+(?:[\w'’-]+\s+){0,3}$", re.I))
_SUPPORT_AFTER = compiled(r"\s+(?:fire\s+)?(?:support|cover|backing)\b", re.I)
_WITH_BEFORE = compiled(r"\bwith\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_PROTEST_TOPIC = compile_guarded(r"\b(?:against|over|denounc\w*|condemn\w*|demand\w*|calling\s+for|call\s+for|reject\w*|"
                                 r"in\s+protest|to\s+protest|victims\s+of|solidarity|(?:in\s+)?support\s+of|supporting|after|following|"
                                 r"because\s+of|celebrat\w*|welcom\w*|mourn\w*|funerals?\s+of|chant\w*\s+for|"
                                 r"to\s+mark|marking|commemorat\w*|saluting|hailing)\b",  # "to mark three years since ... in Daraa"
                                 re.I)
_PROTEST_TYPES = ("Protests", "Riots")
# ... nor where those it names are: "demanding the SDF hand the area to the new government in Damascus", "in
# solidarity with the Arab tribes fighting the SDF in Deir ez-Zor"
_WHO_IS_THERE_BEFORE = compiled(r"\b(?:government|authorities|regime|administration|tribes|clans|fighters|forces|army|"
                                r"rebels|revolutionaries|"
                                r"detainees|prisoners|families|people|brothers|(?-i:SDF|HTS|SNA|IS|ISIS))\s+"
                                r"(?:in|at)\s+(?:the\s+)?$", re.I)
# what an event answered or followed, told beside it: the cause, not the event ("Turkish artillery shelled X in
# response to an air strike on Turkish troops", "took control of X after clashes with HTS")
# a clause's opening "following ...," or "after ...,": what its event came after (``_pick_location``)
_LEADING_CAUSE = Prefiltered(compile_guarded(r"\b(?:following|after|in\s+response\s+to)\b[^,;.]{0,120},", re.I))
_CAUSE_BEFORE = Prefiltered(compile_guarded(
    r"\b(?:in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)|in\s+the\s+wake\s+of|"
    r"following|after)\s+(?:[\w'’-]+\s+){0,4}$", re.I))


@lru_cache(maxsize=8192)  # the clause's words alone decide: reprinted copy reads the same clauses again
def _main_cues(unit: str, cues: tuple[EventCue, ...]) -> tuple[EventCue, ...]:
    """The clause's cues less those that support the event or are a protest's topic; all of them if that would
    leave none."""
    def supports(cue: EventCue) -> bool:  # the support's own word, no other event word between
        m = _SUPPORT_BEFORE.search_within(unit, max(0, cue.start - 60), cue.start)
        # (or a support named after its arm: "attacked Zirgan with Turkish artillery support")
        return (m is not None and not any(m.start() <= other.start and other.end <= cue.start for other in cues)
                or _SUPPORT_AFTER.match(unit, cue.end) is not None
                and _WITH_BEFORE.search(unit, max(0, cue.start - 30), cue.start) is not None)

    def caused_it(cue: EventCue) -> bool:  # "... in response to an air strike on Turkish troops"
        m = _CAUSE_BEFORE.search_within(unit, max(0, cue.start - 60), cue.start)
        return m is not None and not any(m.start() <= other.start and other.end <= cue.start for other in cues)

    protest = next((c for c in cues if c.event_type in _PROTEST_TYPES), None)
    # (the topic's word may end the protest's own phrase: "gathered in al-Ghariya demanding news of relatives
    # kidnapped")
    kept = [c for c in cues
            if not supports(c)
            and not (protest is not None and c.event_type not in _PROTEST_TYPES and c.start > protest.end
                     and _PROTEST_TOPIC.search(unit, protest.start + 1, c.start))]
    # told after the event it caused ("After riots in Kayseri, crowds in Afrin attacked ..." keeps its riots)
    causes = [c for c in kept if caused_it(c)]
    if causes and any(c.weight > 0 and c.start < causes[0].start for c in kept if c not in causes):
        kept = [c for c in kept if c not in causes]
    return tuple(kept) or cues


_TRAILING_CAUSE = compiled(r"[\s,]*(?:following|after|in\s+response\s+to|in\s+retaliation\s+for|in\s+revenge\s+for)\s+"
                           r"(?:the|an?|his|her|its|their)\s", re.I)
_CODER_S_TOTAL = compiled(r"(?:fatalities|deaths)\b", re.I)  # the phrase of events._CODED_DEATHS


def _decide(context: ArticleContext, sentence: Sentence, reading: Reading, unit: str, unit_start: int,
            unit_end: int, made_here: list[Incident]) -> tuple[str, Incident | None]:
    """ "new", "deaths" (add them to the returned incident) or "skip"."""
    # (not where the dead came from: "A soldier from Masyaf was killed", after the battle the sentence before told)
    placed = [m for m in sentence.mentions if unit_start <= m.start < unit_end and m.role != "context"]
    homes = [m for m in placed if _SOMEONE_FROM_BEFORE.search_within(context.text, max(0, m.start - 60), m.start)]
    own_place = len(placed) > len(homes)
    just_told = context.recent(sentence.number, within=1)
    if (just_told is None or just_told.sentence_number != sentence.number - 1 or own_place
            or not_an_incident(sentence.text, None) in ("aggregate", "history")):
        just_told = None
    cue = reading.cue
    if cue is None:
        # "..., after which ISIS claimed to have killed 15"; "Shells fell on X. 3 fatalities."
        target = made_here[-1] if made_here else just_told
        if target is None and _CODER_S_TOTAL.match(reading.dead_phrase):
            # "On 14 May 2012, FSA fighters clashed with regime forces in al-Rastan. Several army vehicles were
            # destroyed. Fatalities coded as 23.": a coder's total is the note's event's, sentences after it
            target = context.recent(sentence.number, within=3)
        if reading.dead and CIVILIAN_VICTIMS.search(unit):
            target = next((i for i in reversed(context.incidents[-3:]) if i.event_type == "Violence against civilians"
                           and sentence.number - i.sentence_number <= 2), target)
        return ("deaths", target) if target is not None else ("skip", None)
    if made_here and _TRAILING_CAUSE.match(unit) and not reading.dead:
        # "Clashes erupted in al-Busayrah ... | following the arrest of the council's commander in al-Hasakah": the
        # cause of the event the sentence told, named as a thing, is no event of the note
        return "skip", None
    if cue.weight == 0 and made_here:  # "...; at least 5 civilians were killed": the same incident
        # but not a toll of many days: "..., which said more than 700 civilians had been killed in two days"
        return ("skip", None) if not_an_incident(unit, None) == "aggregate" else ("deaths", made_here[-1])
    if cue.weight == 0 and own_place and reading.dead:
        # "Warplanes struck Al-Habeet, Abdin and Kafr Sajna. 2 civilians were killed in Al-Habeet": the deaths
        # of the strike the sentence before told there, not a second event
        here = {m.place.id for m in sentence.mentions
                if unit_start <= m.start < unit_end and m.role != "context" and m.place is not None}
        told = next((i for i in reversed(context.incidents[-8:]) if i.sentence_number == sentence.number - 1
                     and i.mention.place is not None and i.mention.place.id in here), None)
        if told is not None:
            return "deaths", told
    if cue.weight == 0 and just_told is not None:  # "Shells fell on Taftanaz. 1 woman was killed."
        return "deaths", just_told
    if cue.weight <= 1 and homes and not own_place and reading.dead and (
            told := context.recent(sentence.number, within=2)) is not None:
        # "... Rebels withdrew towards Rankous. A Hezbollah commander from Baalbek was killed in the final assault"
        return "deaths", told
    if reading.dead and just_told is not None and cue.event_type == just_told.event_type \
            and _THE_EVENT_TOLD_BEFORE.search(unit, max(0, cue.start - 12), cue.start):
        # "Clashes erupted near Sarin. SOHR documented the death of 4 fighters in the clashes": their deaths
        return "deaths", just_told
    # the sentence's background up to the clause's own end: "...; the area had not seen fighting since 2015" after
    # it tells of the place, not of this event
    after = sentence.text.find(";", unit_end - sentence.start)
    told = sentence.text if after < 0 else sentence.text[:after]
    if not_an_incident(unit, cue) or sentence_background(told, unit_start - sentence.start + cue.end) in (
            "history", "announcement") or _told_as_earlier(context.text, unit_start, unit, cue.start) or (
            context.incidents and "ago" in unit and _LONG_AGO_AT_END.search(unit)):
        return "skip", None
    if context.incidents and ((_PLUPERFECT_BEFORE.search(unit, 0, cue.start) or _HAD_BEFORE.search(unit, cue.start, cue.end)
                               or _HAD_BEEN_BEFORE.search(unit, max(0, cue.start - 40), cue.start))
                              and not reading.dead
                              and not _BY_THEN.match(sentence.text)  # "By evening, troops had retaken X": news
                              # (reported speech that places what it tells: "Rebel factions said they had
                              # repelled an IS assault on Akhtarein")
                              and not (_SAID_THEY_HAD.search(unit, 0, cue.start) and any(
                                  m.start > unit_start + cue.end and m.role != "context"
                                  and _AT_A_PLACE_BEFORE.search(context.text, max(0, m.start - 40), m.start)
                                  for m in sentence.mentions if m.start < unit_end))
                              or made_here and _SCENE_CLAUSE.match(unit)):
        return "skip", None  # the scene or the past of an event already told
    if made_here and _AFTER_START.match(unit):
        # "took control of Shahranaz after clashes with HTS ...": one battle; "protested against Turkey | after
        # attacks on Syrian refugees in Kayseri": what the event answered, not a second one
        return ("deaths", made_here[-1]) if cue.event_type == made_here[-1].event_type else ("skip", None)
    if _AFTER_START.match(unit) and _HAD_BEFORE.search(sentence.text, 0, max(0, unit_start - sentence.start)):
        return "skip", None  # "Turkey had announced an operation the same day, | after 34 of its soldiers were killed"
    if cue.weight == 0 and not reading.dead:
        return "skip", None  # "killed" alone, with no number, is not enough
    if cue.weight == 0 and not made_here and _told_by_the_next_clause(context.text, sentence, unit_end):
        # "A teenager was killed yesterday | when an old landmine exploded near Hajar Abyad": the deaths of the
        # event the next clause tells (``unplaced_deaths``), not a death of its own
        return "skip", None
    return "new", None


# someone's home, named to say who died: "A soldier from Masyaf was killed", "a Hezbollah commander from Baalbek",
# "Fighter Abdul Karim Hajji from Hayyan was among those killed", "one of them a displaced man from Kafr Nabudah"
_SOMEONE_FROM_BEFORE = Prefiltered(compiled(
    r"\b(?:soldiers?|fighters?|conscripts?|commanders?|officers?|members?|recruits?|"
    r"militiam[ae]n|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|civilians?|residents?|shepherds?|farmers?|youths?|"
    r"(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’.-]+))"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+)?\s*,?\s+(?:originally\s+)?"
    r"from\s+(?:the\s+)?(?:(?:nearby\s+|neighbouring\s+)?(?:village|town|city)\s+of\s+)?$", re.I))
_HOW_IT_HAPPENED = compiled(r"[\s,]*(?:when|as|after)\b", re.I)
# an event word naming the one just told: "(killed) in the clashes", "during the attack"
_THE_EVENT_TOLD_BEFORE = compiled(r"\b(?:in|during|amid|from)\s+(?:the|these|those|this|that)\s+$", re.I)


def _told_by_the_next_clause(text: str, sentence: Sentence, unit_end: int) -> bool:
    """Whether the clause after the one ending at ``unit_end`` says how it happened ("when ...", "as ...",
    "after ...") with an event word that is more than a death's."""
    following = min(((a, b) for a, b in sentence.event_clauses if a >= unit_end), default=None)
    # (not "..., a day after loyalists attacked security forces on the coast": an event of another day)
    return (following is not None and _HOW_IT_HAPPENED.match(text, following[0]) is not None
            and any(c.weight > 0 for c in event_cues(text[following[0]:following[1]]))
            and _SPAN_BEFORE_AFTER.search(text, max(0, following[0] - 24), following[0]) is None)


def _add_deaths(target: Incident, reading: Reading, unit: str, context: ArticleContext) -> None:
    """Deaths a later clause or sentence tells of an incident already made; of a list of places, one total
    for them all, on the first row (the module docstring's convention)."""
    group = target.listed or [target]
    target = group[0]
    # "...; 2 HTS fighters also died", "IS lost 2 men": more dead, not the toll told again ("the toll rose to 6")
    added = bool(reading.dead and target.fatalities and ADDED_DEAD.search(reading.dead_phrase))
    if reading.dead and (reading.dead > target.fatalities or added):
        target.fatalities = target.fatalities + reading.dead if added else reading.dead
        named = find_actors(unit, 0, context.dominant or None) if unit else ()
        if reading.cue is None or reading.cue.weight == 0:  # no event word of its own, or only a death's
            target.claimed_by = claimant(unit, list(named)) or target.claimed_by
        target.notes.append(f"fatalities from: {reading.dead_phrase}")
        victims = [a for a in named if a.canonical not in (target.actor1, target.claimed_by)]
        if not target.actor2 and victims and target.event_type != "Protests":
            # "...the attack near Kom, after which ISIS claimed to have killed 15 pro-regime fighters": the dead
            # say whom the attack was against
            for row in group:
                row.actor2 = victims[0].canonical
                row.notes.append(f"actor2 from: {victims[0].alias}")
                if row.sub_event_type == "Armed clash" and row.actor2 == "Civilians" and SHOOTING.search(
                        next((n for n in row.notes if n.startswith("event word: '")), "")):
                    # "A young man died | after gunmen opened fire on him": no fight, an attack on a civilian
                    row.event_type, row.sub_event_type = "Violence against civilians", "Attack"
                    row.notes.append("coded by: its dead were civilians")
        if len(group) > 1:
            note = (f"fatalities: {reading.dead} in total for {', '.join(i.mention.location for i in group)}, "
                    f"counted on the row for {target.mention.location}")
            for row in group:
                row.notes.append(note)
    elif reading.dead_phrase == UNKNOWN_DEAD and not target.fatalities:
        for row in group:
            row.fatalities_unknown = True
    if target.sub_event_type == "Protest with intervention" and target.fatalities:
        # "SDF fighters opened fire to disperse a demonstration in Abu Suseh ... | One protester was killed": a
        # protest broken up with deaths is excessive force, its force first (``coding.a_protest_is_by_protesters``)
        for row in group:
            row.sub_event_type = EXCESSIVE_FORCE
            if row.actor1 == "Protesters" and row.actor2:
                row.actor1, row.actor2 = row.actor2, "Protesters"


def _date(context: ArticleContext, sentence: Sentence, unit: str, unit_start: int, unit_end: int) -> DateGuess:
    """The clause's own date; else its sentence's; else the last explicit date (2 sentences) or claim."""
    article = context.article
    when = resolve_date(unit, article.published, article.date_precision)
    if when.claim and sentence.date.explicit and not sentence.date.claim:
        when = sentence.date  # "... when an IED struck their minibus, the Observatory said late on Saturday": Friday's
    if not when.explicit and sentence.date.explicit and not (sentence.dated_clauses - {(unit_start, unit_end)}):
        when = sentence.date  # "One such incident happened on May 18 | when ISIS fighters raided ..."
    number = sentence.number
    if when.explicit and not when.claim:
        context.last_date = (when, number)
    elif not when.explicit and context.last_date is not None and number - context.last_date[1] <= 2:
        when = context.last_date[0]
    elif not when.explicit and context.claim_date is not None and number - context.claim_date[1] <= 1:
        claim = context.claim_date[0]
        when = DateGuess(claim.event_date, 2, None, claim.event_date, explicit=True,
                         reason="on or before the day it was claimed", claim=True)
    return when


def _locate(context: ArticleContext, sentence: Sentence, reading: Reading, draft: Draft, unit_start: int,
            unit_end: int, dead: bool, told_here: bool = False) -> tuple[list[Mention], bool]:
    """Where: the clause's place; else the sentence's; else the context, when the sentence points at it."""
    text, cue = context.text, reading.cue
    protest = cue.event_type in _PROTEST_TYPES
    # (where a speaker spoke is no place of a strike, a killing or a town changing hands: "entered Khan Sheikhoun
    # without a fight, a commander told reporters in Idlib"; an announcement's is its own)
    spoken_elsewhere = (draft.event_type in _VIOLENT_TYPES
                        or draft.sub_event_type == "Non-violent transfer of territory")
    # (a local outlet's name is no place of the event: "..., Suwayda 24 said"; it still says which homonyms)
    here = [m for m in context.mentions_between(unit_start, unit_end) if not OUTLET_NAMED_AFTER.match(text, m.end)]
    # (nor where what someone is accused of happened)
    here = [m for m in here if not _in_an_accusation(text, unit_start + cue.end, m, any(
        o.start > m.end and _AT_HOME_BEFORE.search(text, max(0, o.start - 30), o.start) for o in here))]
    targets = [m for m in _not_launch_sites(text, here) if not stands_for_its_government(text, m, here)
               and not (_GOVERNMENT_AFTER.match(text, m.end) and text[max(0, m.start - 4):m.start].lower() == "the ")
               and not (spoken_elsewhere and _SAID_IN_BEFORE.search(text, max(0, m.start - 40), m.start))]
    if here and not targets:
        # "The rockets were launched from the area of Khasham": not where they fell, nor the last place; but where
        # the sentence's other clause says they killed ("Two civilians were killed in Masakin Barzeh | when mortar
        # rounds fired from Douma struck a street")
        others = [m for m in context.mentions_between(sentence.start, sentence.end)
                  if not unit_start <= m.start < unit_end and m.role != "context"
                  and not stands_for_its_government(text, m, here)
                  and not _SAID_IN_BEFORE.search(text, max(0, m.start - 40), m.start)]
        if not others:
            return [], False
        located, away = _pick_location(sentence.start, sentence.end, unit_start + cue.start, unit_start + cue.end,
                                       _not_launch_sites(text, others), text, protest)
        return (located, True) if located and not away else ([], False)
    located, away = _pick_location(unit_start, unit_end, unit_start + cue.start, unit_start + cue.end, targets, text,
                                   protest)
    if len(located) == 1 and not away:
        located = _labelled_scene(context, sentence, reading, located)
    headed_to = away and len(located) == 1 and _headed_to(text, located[0], unit_start)
    if headed_to and told_here and draft.event_type == "Strategic developments":
        # "the army entered X and Y under the deal; | rebels who rejected it boarded buses to Idlib": the departure
        # is the deal the sentence has told, not an event where the buses went
        return [], False
    gone_abroad = len(located) == 1 and _where_someone_went_abroad(text, located[0], unit_start)
    origin_only = len(located) == 1 and (gone_abroad or away or _where_someone_is_from(text, located[0], unit_start))
    if not located or origin_only:
        # "A civilian was shot dead by border guards | while trying to cross near Kobani": the place of
        # the sentence, from a clause that tells no event of its own
        # (nor of a clause that tells an event of its own; but the deaths this clause says how they came about
        # are its own: "A shepherd was killed near Tafas | when a landmine exploded under him" is at Tafas)
        how = _HOW_IT_HAPPENED.match(text, unit_start) is not None
        own = [(a, b) for a, b in sentence.event_clauses if (a, b) != (unit_start, unit_end)
               and not (how and b <= unit_start and not any(a < a2 < unit_start for a2, _ in sentence.event_clauses)
                        and not any(c.weight > 0 for c in event_cues(text[a:b])))]
        sentence_mentions = [m for m in context.mentions_between(sentence.start, sentence.end)
                             if not OUTLET_NAMED_AFTER.match(text, m.end)]
        others = [m for m in sentence_mentions
                  if not any(a <= m.start < b for a, b in own) and not stands_for_its_government(text, m, sentence_mentions)
                  and not _in_an_accusation(text, unit_start + cue.end, m)
                  and not _CONTRAST.match(text, _clause_start(sentence, m.start))  # no copy of the rest
                  and not (spoken_elsewhere and _SAID_IN_BEFORE.search(text, max(0, m.start - 40), m.start))]
        elsewhere, elsewhere_away = _pick_location(sentence.start, sentence.end, unit_start + cue.start,
                                                   unit_start + cue.end, _not_launch_sites(text, others), text, protest)
        # "a man from the village of X was killed by shelling | while visiting relatives in Y": Y, where he was
        if not origin_only or (elsewhere and not elsewhere_away
                               and not _where_someone_is_from(text, elsewhere[0], sentence.start)
                               and not _where_someone_went_abroad(text, elsewhere[0], sentence.start)):
            located = elsewhere
        elif gone_abroad:
            # no dot abroad where people or goods went ("a broker in Urfa"), nor the context's for such a clause
            return [], False
        last = context.last_place
        if (origin_only and located and id(located[0]) in {id(m) for m in here} and last is not None
                and sentence.number - last[1] <= 2
                and any(not reading.text.startswith(" of ", m.end()) for m in _IMPLICIT_PLACE.finditer(reading.text))):
            # "Darayya emptied. | The last gunmen were bused out of the town toward Idleb": the town, not where
            # they went (not "from the town of X", which names its own)
            return [last[0]], False
        if (headed_to and id(located[0]) in {id(m) for m in here} and last is not None
                and sentence.number - last[1] in (1, 2) and draft.event_type == "Strategic developments"
                and last[0].place is not None and located[0].place is not None
                and last[0].place.id != located[0].place.id):
            # "The last rebels of Madaya surrendered. | Hundreds boarded buses for Idleb": a departure is where
            # they left, the place just told, not where they went
            return [last[0]], False
    if not here and reading.dead and _A_LIST_FOLLOWS.match(text, unit_end):
        # "Regime shelling killed 5 civilians: 3 in Kafr Nabl and 2 in Hass": every place of the list, the
        # total on the first row (the module docstring's convention)
        after = context.mentions_between(unit_end, sentence.end)
        listed = [m for m in after if m.role != "context" and not stands_for_its_government(text, m, after)]
        located = listed if len(listed) > 1 else located
    if not located and not told_here:  # (deaths told after an event of the sentence are that event's)
        located = _place_told_next(context, sentence)
        if located:
            return located, False
    in_sentence = bool(located)
    # a place from the context only when the sentence points at one ("in the area",
    # "the village") or tells of deaths there; never for agreements or arrests
    if located or draft.event_type in ("Strategic developments", "Protests"):
        return located, in_sentence
    implicit = _IMPLICIT_PLACE.search(reading.text) is not None
    last = context.last_place
    # (deaths a later clause of the sentence tells, "...; one officer died", as yet no incident's; a heading of a
    # place and a date just before, "Talbiseh, 1 December 2025. A roadside bomb hit ...")
    points_back = (implicit or sentence.anaphoric or dead or fatalities(text[unit_end:sentence.end])[0]
                   or (last is not None and last[1] == sentence.number - 1 and _a_heading(context, last[1])))
    if points_back and last is not None and sentence.number - last[1] <= 2:
        located = [last[0]]
    if not located and implicit and context.focus is not None:
        located = [context.focus]
    return located, in_sentence


def _labelled_scene(context: ArticleContext, sentence: Sentence, reading: Reading,
                    located: list[Mention]) -> list[Mention]:
    """ "Fahel: At least 15 men were killed when gunmen opened fire in the village in the western Homs
    countryside": the village a post's label names, inside the land the clause names, when the clause points
    back at it ("the village", "the town"); else ``located``."""
    wide = located[0].place
    # (or a town a road is named for: "Khalidiyeh, south of Hama: regime forces shelled the village with tanks from
    # the Hama-Homs highway")
    # (or a town the clause gives a bearing from: "Kesweh: armed men abducted a trader from the town's market south of
    # Damascus")
    by_it = wide is not None and wide.is_settlement and (located[0].relation.endswith(" of") or ROAD_NAMED_AFTER.match(
        context.text, located[0].end) is not None)
    if (wide is None or (wide.is_settlement and not by_it) or wide.feature == "neighbourhood"
            or not _IMPLICIT_PLACE.search(reading.text)):
        return located
    first = next(iter(context.mentions_between(sentence.start, sentence.end)), None)
    label = first.place if first is not None else None
    if (label is None or not label.is_settlement or first is located[0]
            or not (label.admin1 == wide.admin1 or by_it and haversine_km(label.lat, label.lon, wide.lat, wide.lon)
                    <= _ROAD_FROM_LABEL_KM)
            or not _LABEL_END.match(context.text, first.end)
            or context.text[sentence.start:first.start].strip()):
        return located
    return [first]


_ROAD_FROM_LABEL_KM = 60.0  # a road named for a town (or a town a bearing is from) that far off may be by the label


# "Fahel: ...", "Jindires | ...", "Yabrud, Qalamoun: ...", "Saluk (north Raqqa): ..."
_LABEL_END = compiled(r"(?:,\s*[\w'’ -]{1,40}?|\s*\([^()]{1,40}\))?\s*[:|]\s")


def _a_heading(context: ArticleContext, number: int) -> bool:
    """Whether sentence ``number`` is a heading of a place and a date, telling no event: "Talbiseh, 1 December
    2025.", "Jableh, 25 November."."""
    start, end, _ = context.sentences[number]
    return end - start <= 60 and _HEADING.fullmatch(context.text, start, end) is not None and not event_cues(
        context.text[start:end])


_HEADING = compiled(r"\s*[A-Z][\w'’ -]{2,40}(?:\s*\([^()]{1,40}\))?,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?"
                    r"\s*[.:]?\s*")


def _in_an_accusation(text: str, cue_end: int, mention: Mention, place_after: bool = False) -> bool:
    """Whether the place is where what someone is accused of happened, in another year or with his home named after
    it (``place_after``): "detained a man accused of murdering a detainee at Hama central prison in 2012",
    "arrested an officer accused of torture in Sednaya prison at his home in al-Qadmous" (not "executed three men
    accused of smuggling people in the main square of Maskanah", where the execution was)."""
    return (mention.start > cue_end and (place_after or _IN_A_YEAR_AFTER.match(text, mention.end) is not None)
            and ACCUSED_BEFORE.search(text, cue_end, mention.start) is not None)


_AT_HOME_BEFORE = compiled(r"\b(?:at|in)\s+(?:his|her|their)\s+(?:homes?|houses?)\s+in\s+(?:the\s+)?$", re.I)


_IN_A_YEAR_AFTER = compiled(r"[\w\s'’-]{0,30}?\b(?:in|during)\s+(?:19|20)\d\d\b")


_VIOLENT_TYPES = frozenset(("Battles", "Explosions/Remote violence", "Violence against civilians"))
# where a speaker spoke: "The Israeli military said in Tel Aviv it struck tanks ... near Thaala"
# ... or a channel reported from: "al-Manar reported from Beirut"
_SAID_IN_BEFORE = compile_guarded(r"\b(?:said|says|announced|stated|added|statement|speaking|briefing|told\s+[\w-]+)\s+"
                                  r"(?:(?:on|late|early)\s+\w+\s+)?in\s+$|"
                                  r"\b(?:reported|reporting|speaking|writing)\s+from\s+$", re.I)
# a place that names a government: "accused of communicating with the Damascus government"
_GOVERNMENT_AFTER = compiled(r"[\s-]+(?:government|regime)\b", re.I)


# a sentence that says where what was just told is or happened: "The bakery is in Mismiyah", "The farm lies on the
# outskirts of Tal Sultan", "The killing took place in Tal Halaf", "It centred on Khafsin"
_PLACE_TOLD_NEXT = compile_guarded(
    r"\s*(?:The|This|That|It|Its)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:is|was|are|were|lies|lay|stands|stood|sits)\s+"
    r"(?:located\s+|situated\s+)?|(?:took\s+place|happened|occurred|centred|centered|was\s+made|was\s+held)\s+"
    r"(?:(?:on|early\s+on|late\s+on)\s+\w+\s+)?)(?:in|at|near|on|outside|inside|around|just\s+\w+\s+of)\b")


def _place_told_next(context: ArticleContext, sentence: Sentence) -> list[Mention]:
    """The place the next sentence gives an event this one tells without one: "An air strike hit a poultry farm at
    dawn, killing two workers. | The farm lies on the outskirts of Tal Sultan, east of Abu al-Duhur." """
    following = sentence.number + 1
    if following >= len(context.sentences):
        return []
    start, end, paragraph = context.sentences[following]
    if paragraph != sentence.paragraph or not _PLACE_TOLD_NEXT.match(context.text, start):
        return []
    named = [m for m in context.mentions_between(start, end) if m.role != "context"]
    return [evolve(named[0], notes=named[0].notes + ("told in the next sentence",))] if named else []


# the shooters' place, where what they fired landed said after it: "mortar shells fired by rebels in eastern Ghouta
# slammed into Bab Touma" (not "shells fired by the army in Daraa killed two", said of nowhere else)
_FIRED_BY_WORDS = Prefiltered(compile_guarded(r"\b(?:fired|launched|lobbed)\s+by\b", re.I))
_FIRED_BY_IN_BEFORE = compile_guarded(r"\b(?:fired|launched|lobbed)\s+by\s+(?:[\w'’-]+\s+){1,4}?"
                                      r"(?:in|from|based\s+in|stationed\s+in)\s+(?:the\s+)?$", re.I)
_LANDED_AFTER = compiled(r"\s+(?:slammed|crashed|fell|landed|hit|struck|exploded)\b")


def _not_launch_sites(text: str, mentions) -> list[Mention]:
    """Where the fire came from is never where it fell: "the rockets were launched from the Kabana hills",
    "shells fired from the rebel-held Qaboun area hit Masaken Barzeh"; nor where the guns stand: "Regime artillery
    positioned near Hadar shelled Darbel"."""
    mentions = list(mentions)
    if not mentions:
        return mentions
    # most clauses say nothing of where fire came from: one search, not one a name
    launched = _LAUNCH_WORDS.search_within(text, max(0, mentions[0].start - 70), mentions[-1].start) is not None
    guns = _GUNS_WORDS.search_within(text, max(0, mentions[0].start - 50), mentions[-1].start) is not None
    fired_by = _FIRED_BY_WORDS.search_within(text, max(0, mentions[0].start - 50), mentions[-1].start) is not None
    if not launched and not guns and not fired_by:
        return mentions
    return [m for m in mentions if not (launched and _LAUNCHED_FROM.search(text, max(0, m.start - 70), m.start))
            and not (guns and _GUNS_AT_BEFORE.search(text, max(0, m.start - 50), m.start)
                     and _FIRED_AFTER.match(text, m.end))
            and not (fired_by and _FIRED_BY_IN_BEFORE.search(text, max(0, m.start - 50), m.start)
                     and _LANDED_AFTER.match(text, m.end))]


_CLAIMED_THAT = Prefiltered(compiled(r"\bclaimed that\b"))
# "The Islamic State claimed responsibility for the attack": who did the attack just told with no one behind it
_CLAIMED_THE_ATTACK = Prefiltered(compiled(r"\bclaimed (?:responsibility for (?:the|both|these|those)|"
                                           r"the (?:\w+ )?" + _CLAIMED_ACTS + r")\b"))


def _add_or_merge(context: ArticleContext, sentence: Sentence, incident: Incident, made_here: list[Incident]) -> None:
    """A new row, or the incident just told told again ("The attack ...", "IS claimed that ...")."""
    previous = context.incidents[-1] if context.incidents else None
    recent = previous is not None and sentence.number - previous.sentence_number <= 2
    same_story = recent and (
        (sentence.anaphoric or _CLAIMED_THAT.search(sentence.text))
        and {previous.actor1, previous.actor2} & {incident.actor1, incident.actor2} - {""}
        # a claim names who did what was just told with no one behind it: "... an explosive device went off. The
        # Islamic State claimed responsibility for the attack"
        or previous.actor1 in _UNNAMED and _CLAIMED_THE_ATTACK.search(sentence.text))
    if same_story:
        # (a road's name is no better place than the town just told: "The blast set fire to shops along the Raju road")
        _merge(previous, incident, keep_place=ROAD_NAMED_AFTER.match(context.text, incident.mention.end) is not None)
        previous.sentence_number = sentence.number
    else:
        incident.sentence_number = sentence.number
        context.incidents.append(incident)
        made_here.append(incident)


def _add_alternative_place(incident: Incident, mention: Mention) -> None:
    """Two sources put one incident in two places: keep the point, widen the circle."""
    here = incident.mention
    if mention.place is None or here.lat is None:
        return
    apart = haversine_km(here.lat, here.lon, mention.lat, mention.lon)
    if mention.geo_precision == 3 and apart <= mention.uncertainty_km:
        return  # a province that contains the point adds nothing
    if apart > here.uncertainty_km:
        incident.mention = replace(here, uncertainty_km=round(apart + mention.uncertainty_km, 1),
                                   geo_precision=max(here.geo_precision, 2 if apart < 50 else 3))
        incident.notes.append(f"also reported at {mention.location} ({apart:.0f} km away): uncertainty widened")


def _compatible(a: Incident, b: Incident, loose: bool = False) -> bool:
    if a.event_type != b.event_type and not loose:
        return False
    if not _dates_overlap(a.when, b.when) and not (loose and (not a.when.explicit or not b.when.explicit)):
        return False
    return loose or _within_reach(a.mention, b.mention)


def _dates_overlap(a: DateGuess, b: DateGuess) -> bool:
    """Whether two dates' ranges share a day; an undated one overlaps any."""
    if not (a.event_date and b.event_date):
        return True
    lo_a, hi_a = a.date_start or a.event_date, a.date_end or a.event_date
    lo_b, hi_b = b.date_start or b.event_date, b.date_end or b.event_date
    return not (lo_a > hi_b or lo_b > hi_a)


def _within_reach(a, b) -> bool:
    """Two points (Mentions or _Reports) no further apart than the wider uncertainty, or 10 km."""
    reach = max(a.uncertainty_km, b.uncertainty_km, 10.0)
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= reach


_SPECIFIC = {"Explosions/Remote violence": 3, "Violence against civilians": 2, "Battles": 1,
             "Strategic developments": 0, "Protests": 0}


def _merge(kept: Incident, other: Incident, keep_place: bool = False) -> None:
    """Fold ``other`` into ``kept``: the more specific type, the better place (``keep_place``: kept's, not widened),
    the surer date."""
    if _SPECIFIC.get(other.event_type, 0) > _SPECIFIC.get(kept.event_type, 0) or (
            other.event_type == kept.event_type and other.cue.weight > kept.cue.weight):
        kept.event_type, kept.sub_event_type, kept.cue = other.event_type, other.sub_event_type, other.cue
    if keep_place:
        pass
    elif (other.mention.geo_precision, other.mention.uncertainty_km) < (kept.mention.geo_precision,
                                                                        kept.mention.uncertainty_km):
        previous = kept.mention
        kept.mention = other.mention
        _add_alternative_place(kept, previous)
    else:
        _add_alternative_place(kept, other.mention)
    if (other.when.explicit and not other.when.claim) and (not kept.when.explicit or kept.when.claim
                                                           or (other.when.time_precision or 9) < (kept.when.time_precision or 9)):
        kept.when = other.when
    if other.fatalities > kept.fatalities:
        kept.fatalities, kept.claimed_by = other.fatalities, other.claimed_by
    kept.fatalities_unknown = kept.fatalities_unknown or other.fatalities_unknown
    kept.actor1 = kept.actor1 or other.actor1
    if not kept.actor2 or kept.actor2 == kept.actor1:
        kept.actor2 = other.actor2 if other.actor2 != kept.actor1 else kept.actor2
    kept.start, kept.end = min(kept.start, other.start), max(kept.end, other.end) if other.article is kept.article else kept.end
    kept.confidence = max(kept.confidence, other.confidence)
    kept.notes.extend(n for n in other.notes if n not in kept.notes)


# a sentence that tells another incident, not the opening's own: "Separately, ...", "Elsewhere in the province ...",
# "Protesters also shut Baath offices in Shahba"
_ANOTHER_INCIDENT_OPENS = compiled(r"\s*(?:separately|elsewhere|meanwhile|in\s+(?:a|another)\s+(?:separate|other)?\s*"
                                   r"(?:incident|attack|development)|in\s+addition)", re.I)
_ALSO = compiled(r"\balso\b", re.I)
# a site that places a governorate's name in its city: "Thousands rallied in al-Karama square in Suwayda"
_A_SITE_OF_A_CITY = compiled(r"\b(?:square|street|roundabout|quarter|neighbou?rhood|district)\b", re.I)


def _fold_the_outline(context: ArticleContext) -> list[Incident]:
    """An opening told of a region and then of a place inside it is one incident, at the place: "Fighting flared
    again in the northern Aleppo countryside on Thursday. Rebel factions said they had repelled an IS assault on
    Akhtarein ...". The opening's row (its first sentence's only one, at a region, or at a governorate named as
    its city is: "... by Syrian government forces in Idlib. Syrian monitors placed the strike near Belyoun") folds
    into the next sentence's first finer row that lies within the region and on its day, unless that sentence
    tells another incident ("Separately, ...", "also")."""
    incidents = context.incidents
    if len(incidents) < 2 or incidents[0].sentence_number != 0 or incidents[1].sentence_number == 0:
        return incidents
    outline = incidents[0]
    start, end, _ = context.sentences[0]
    province = _named_as_its_province(outline.mention) and not _A_SITE_OF_A_CITY.search(context.text, start, end)
    if not (_region_wide(outline.mention) or province) or outline.mention.lat is None:
        return incidents  # (not a name whose namesakes lie far apart: a place, not an outline)
    for told in incidents[1:]:
        if told.sentence_number > 1:
            break
        start, end, _ = context.sentences[told.sentence_number]
        if (told.mention.geo_precision < 3 and told.mention.lat is not None
                and (haversine_km(outline.mention.lat, outline.mention.lon, told.mention.lat, told.mention.lon)
                     <= outline.mention.uncertainty_km
                     or province and told.mention.place is not None
                     and told.mention.place.admin1 == outline.mention.place.admin1)
                and _dates_overlap(outline.when, told.when)
                and not _ANOTHER_INCIDENT_OPENS.match(context.text, start)
                and not _ALSO.search(context.text, start, end)):
            _merge(told, outline, keep_place=True)
            return incidents[1:]
    return incidents


def _named_as_its_province(mention: Mention) -> bool:
    """Whether the mention is a city named as its governorate is ("Idlib", "Hama"), with no word saying the city."""
    place = mention.place
    return (place is not None and place.feature == "city" and place.name == place.admin1
            and not mention.relation and "city" not in mention.text.lower())


def _merge_within(incidents: list[Incident]) -> list[Incident]:
    """One article telling one incident twice (same type, place and time) gives one row.

    The twin is the first kept incident, in the order kept, that passes
    ``_twins_within``; it is looked for only where it can be (``_KeptOfType``),
    so a long report's rows are not each compared with all the others.
    """
    out: list[Incident] = []
    kept_by_type: dict[tuple[str, str], _KeptOfType] = {}
    for incident in incidents:
        same_type = kept_by_type.setdefault((incident.event_type, incident.sub_event_type), _KeptOfType())
        twin = next((number for number in same_type.could_repeat(incident)
                     if _twins_within(same_type.kept[number], incident)), None)
        if twin is not None:
            _merge(same_type.kept[twin], incident)
            same_type.refile(twin)  # the merge may have moved it (a better place, a wider circle)
        else:
            out.append(incident)
            same_type.add(incident)
    return out


def _twins_within(kept: Incident, incident: Incident) -> bool:
    """Two incidents of one type in one article are one: compatible dates and places, the same place or a
    region that holds the other, and an actor in common."""
    return bool(_compatible(kept, incident) and kept.mention.place and incident.mention.place
                and (kept.mention.place.id == incident.mention.place.id or _contains(kept.mention, incident.mention)
                     or _contains(incident.mention, kept.mention))
                and ({kept.actor1, kept.actor2} & {incident.actor1, incident.actor2} - {""}))


def _region_wide(mention: Mention) -> bool:
    """Whether the mention can hold another (``_contains``'s first test)."""
    wide = mention.place is None or mention.place.feature in REGION_FEATURES
    return wide and mention.geo_precision == 3


class _KeptOfType:
    """The kept incidents of one event type and sub-type, numbered in the order kept, filed by place id and
    by whether they are region-wide. A twin shares the type and sub-type (and a merge keeps them), and has
    the same place, or one of the two holds the other: so a new incident can repeat only a kept one of its
    place or a region-wide one, unless it is region-wide itself (then any)."""

    def __init__(self) -> None:
        self.kept: list[Incident] = []
        self._filed: list[tuple[str | None, bool]] = []  # (place id, region-wide) each is filed under
        self._by_place: dict[str | None, set[int]] = {}
        self._wide: set[int] = set()

    def add(self, incident: Incident) -> None:
        self.kept.append(incident)
        self._filed.append((None, False))
        self._by_place.setdefault(None, set()).add(len(self.kept) - 1)
        self.refile(len(self.kept) - 1)

    def refile(self, number: int) -> None:
        """File kept incident ``number`` again under its place and extent as they are now."""
        mention = self.kept[number].mention
        now = (mention.place.id if mention.place is not None else None, _region_wide(mention))
        before = self._filed[number]
        if now == before:
            return
        self._by_place[before[0]].discard(number)
        self._by_place.setdefault(now[0], set()).add(number)
        if now[1]:
            self._wide.add(number)
        else:
            self._wide.discard(number)
        self._filed[number] = now

    def could_repeat(self, incident: Incident) -> Iterable[int]:
        """The numbers of the kept incidents ``incident`` may repeat, in the order kept."""
        if _region_wide(incident.mention):
            return range(len(self.kept))
        place = incident.mention.place.id if incident.mention.place is not None else None
        return sorted(self._by_place.get(place, set()) | self._wide)


def _contains(broad: Mention, narrow: Mention) -> bool:
    """A region-wide mention (a province, a desert) that covers a finer one: the same incident told twice.

    A named feature (a mountain, a base) is a place of its own, however wide its
    radius: "near Mount Bishri" and "near al-Kom" are two places.
    """
    wide = broad.place is None or broad.place.feature in REGION_FEATURES
    return (wide and broad.geo_precision == 3
            and haversine_km(broad.lat, broad.lon, narrow.lat, narrow.lon) <= broad.uncertainty_km)


def _same_place(a, b) -> bool:
    """One place told two ways (Mentions or _Reports): the same row, or one within the other's uncertainty.

    Two villages named on one day are two events (coders record shelling of
    three villages as three), so a second village 6 km away is not a twin.
    """
    if a.place_id is not None and a.place_id == b.place_id:
        return True
    apart = haversine_km(a.lat, a.lon, b.lat, b.lon)
    return (a.geo_precision > 1 and apart <= a.uncertainty_km) or (b.geo_precision > 1 and apart <= b.uncertainty_km)


REGION_FEATURES = frozenset({"governorate", "district", "subdistrict", "area", "desert", "country"})


class _Report(NamedTuple):
    """What a day-precise report is matched on across articles: a few fields, not the incident.

    ``TwinIndex`` keeps these fields of every kept report of the whole run (in
    columns, and rebuilds a ``_Report`` to compare): no Mention, Place, Article
    or DateGuess. Its dates are the day numbers (ordinals) of the report's range,
    ``date_start or event_date`` to ``date_end or event_date`` as
    ``_dates_overlap`` compares them, both None when undated. Its ``uncertainty_km`` is how far it reaches for
    a twin: the mention's, but at most TWIN_DOUBT_KM for a name in doubt between namesakes.
    """
    article_id: str
    event_type: str
    first_day: int | None
    last_day: int | None
    place_id: str | None
    lat: float
    lon: float
    geo_precision: int
    uncertainty_km: float
    actors: tuple[str, ...]  # actor1 and actor2, blanks left out

    @classmethod
    def of(cls, incident: Incident) -> "_Report":
        m, when = incident.mention, incident.when
        first = last = None
        if when.event_date:
            first = (when.date_start or when.event_date).toordinal()
            last = (when.date_end or when.event_date).toordinal()
        # a name in doubt between far-apart namesakes is wide by that doubt, not by the event's extent: another
        # article's report 29 km off is no twin of "camps around Deir Hassan" (+-53 km, two villages of the name)
        reach = min(m.uncertainty_km, TWIN_DOUBT_KM) if m.place is not None and m.place.ambiguous else m.uncertainty_km
        return cls(incident.article.id, incident.event_type, first, last, m.place_id, m.lat, m.lon,
                   m.geo_precision, reach, tuple(a for a in (incident.actor1, incident.actor2) if a))


TWIN_DOUBT_KM = 10.0  # how far a report placed in doubt among namesakes reaches for its twins


def _reports_same(kept: _Report, new: _Report) -> bool:
    """Two articles telling one incident (both day-precise: only those are indexed): one type, overlapping
    dates (as ``_dates_overlap``: an undated one overlaps any), one place, a shared actor."""
    return (kept.article_id != new.article_id and kept.event_type == new.event_type
            and (kept.first_day is None or new.first_day is None
                 or not (kept.first_day > new.last_day or new.first_day > kept.last_day))
            and _within_reach(kept, new) and _same_place(kept, new)
            and any(actor in new.actors for actor in kept.actors))


MAX_INDEXED_DAYS = 366  # a longer date range is compared with every incident of its type (rare for day-precise ones)


def _days(report: _Report) -> range | None:
    """The days (ordinals) a report's date range covers; None when undated or too long to index.

    ``_compatible`` compares [date_start or event_date, date_end or event_date]
    only when both incidents have an event_date; an undated incident is
    compatible with any date, so it is a candidate for every incident of its
    type. The range is taken between its smaller and larger end, so two
    compatible incidents always share an indexed day (even a reversed range).
    """
    if report.first_day is None:
        return None
    lo, hi = min(report.first_day, report.last_day), max(report.first_day, report.last_day)
    return range(lo, hi + 1) if hi - lo < MAX_INDEXED_DAYS else None


class TwinIndex:
    """The kept day-precise reports of a run, indexed by (event type, day), to find a new report's twin.

    Only day-precise incidents of one event type with overlapping dates can be
    twins (``_reports_same``), so a report is compared only with the kept ones
    sharing a day with it: about linear in the number of incidents, where
    comparing with every kept one was quadratic. The twin is the first kept
    report in input order that passes ``_reports_same``. Positions are the
    caller's (a kept row's number in the output), given in increasing order, so
    the rows themselves can wait elsewhere (on disk: ``geomap.spill``).

    Within a day, kept reports are filed by cell (``CELL_DEGREES`` of latitude
    and longitude) and a report is compared only with those in the cells it can
    reach: a twin lies within the wider of the two uncertainties
    (``_within_reach``), so a kept report more uncertain than ``WIDE_KM`` is filed
    apart and always compared, and a new one is looked for within
    max(its uncertainty, ``WIDE_KM``, 10 km). Without cells, each report was
    compared with every one of its type that day: a number that grows with the
    run (6 a report by 30,000 generated notes, and rising; 0.7 with cells).

    The index lasts the whole run, so a kept report is stored column by column
    (a slot each): numbers in arrays, names as references to strings the run
    shares, the index's lists as arrays of slots, and a cell holding one report
    of a day as that slot alone: about 230 bytes a report (tracemalloc, 38,889
    reports of 20,000 generated notes, nearly each in a cell of its own that day;
    less where reports cluster), where an array for every cell took 307, and a
    ``_Report`` object with its own floats and ints, and no cells, 500.
    """

    def __init__(self) -> None:
        self._positions = array("q")
        self._days = array("q")  # first_day, last_day of each slot; NO_DAY where undated
        self._points = array("d")  # lat, lon, uncertainty_km of each slot
        self._precisions = array("b")
        self._names: list[str] = []  # article_id, event_type, place_id (or None) of each slot
        self._actors: list[tuple[str, ...]] = []
        self._actor_tuples: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple for each pair seen
        self.by_day: dict[tuple[str, int], dict] = {}  # (event type, day ordinal) -> {cell or WIDE: slots}
        self.by_type: dict[str, array] = {}  # every day-precise kept report of a type
        self.any_day: dict[str, array] = {}  # kept ones without indexed days: candidates for every date

    def __len__(self) -> int:
        return len(self._positions)

    def report(self, slot: int) -> _Report:
        """The kept report in ``slot`` (slots count kept reports in order)."""
        first, last = self._days[2 * slot], self._days[2 * slot + 1]
        lat, lon, uncertainty = self._points[3 * slot:3 * slot + 3]
        article_id, event_type, place_id = self._names[3 * slot:3 * slot + 3]
        return _Report(article_id, event_type, None if first == NO_DAY else first, None if last == NO_DAY else last,
                       place_id, lat, lon, self._precisions[slot], uncertainty, self._actors[slot])

    def twin_or_keep(self, incident: Incident | IncidentRow, position: int) -> int | None:
        """The position of the kept report ``incident`` repeats; None when it is new, and then it is kept
        at ``position`` (if it can ever have a twin: day-precise)."""
        report = incident.twin_report
        if report is None:
            return None  # never merged across articles
        kind, days = report.event_type, _days(report)
        if days is None:
            candidates = self.by_type.get(kind, ())
        else:
            cells = _files_within(report.lat, report.lon, max(report.uncertainty_km, WIDE_KM, 10.0))
            found = set(self.any_day.get(kind, ()))
            for day in days:
                filed = self.by_day.get((kind, day))
                if filed is None:
                    continue
                for slots in filed.values() if cells is None else map(filed.get, cells):
                    # cells is None: too far to list the cells, every report of the day
                    if type(slots) is int:
                        found.add(slots)
                    elif slots is not None:
                        found.update(slots)
            candidates = sorted(found)
        twin = next((slot for slot in candidates if _reports_same(self.report(slot), report)), None)
        if twin is not None:
            return self._positions[twin]
        if self._positions and position <= self._positions[-1]:
            raise ValueError(f"twin index: position {position} after {self._positions[-1]}; give them in order")
        slot = len(self._positions)
        self._positions.append(position)
        self._days.extend((NO_DAY if report.first_day is None else report.first_day,
                           NO_DAY if report.last_day is None else report.last_day))
        self._points.extend((report.lat, report.lon, report.uncertainty_km))
        self._precisions.append(report.geo_precision)
        self._names.extend((report.article_id, report.event_type, report.place_id))
        self._actors.append(self._actor_tuples.setdefault(report.actors, report.actors))
        self.by_type.setdefault(kind, array("q")).append(slot)
        if days is None:
            self.any_day.setdefault(kind, array("q")).append(slot)
        else:
            cell = _cell(report.lat, report.lon) if report.uncertainty_km <= WIDE_KM else WIDE
            for day in days:
                filed = self.by_day.setdefault((kind, day), {})
                slots = filed.get(cell)
                if slots is None:
                    filed[cell] = slot  # most cells of a day hold one report: its slot alone, not an array
                elif type(slots) is int:
                    filed[cell] = array("q", (slots, slot))
                else:
                    slots.append(slot)
        return None


NO_DAY = -1  # an undated slot in TwinIndex._days (day ordinals start at 1)
CELL_DEGREES = 0.25  # the twin index's cells: about 28 km by 23 km in Syria
WIDE_KM = 25.0  # a kept report more uncertain than this is compared with every report of its day
FAR_KM = 250.0  # a new report that reaches further is compared with every report of its days
WIDE = "wide"  # the twin index's file for kept reports more uncertain than WIDE_KM (and for unplaced ones)


def _cell(lat: float, lon: float):
    """The cell's number (an int is a smaller key than a pair: a day's cells are often one report each)."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return WIDE
    return _cell_number(math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES))


def _cell_number(row: int, column: int) -> int:
    return row * 2048 + column  # columns run from -720 to 720: never another row's


@lru_cache(maxsize=4096)  # reports come back to the same places (a town's point, a governorate's)
def _files_within(lat: float, lon: float, reach_km: float) -> tuple | None:
    """WIDE and ``_cells_within``: the files of a day a twin within reach can be in; None for all of them."""
    cells = _cells_within(lat, lon, reach_km)
    return None if cells is None else (WIDE, *cells)


def _cells_within(lat: float, lon: float, reach_km: float) -> list[int] | None:
    """Every cell holding a point within ``reach_km`` (haversine_km) of (lat, lon); None when too many to list.

    The bounds follow from the haversine formula: a point within reach differs
    in latitude by at most reach/R radians, and in longitude by at most
    2·asin(sin(reach/2R) / cos φ), φ the highest latitude either point can have.
    They are widened by a hair, so rounding can only add a cell.
    """
    if not (math.isfinite(lat) and math.isfinite(lon) and math.isfinite(reach_km)) or reach_km > FAR_KM:
        return None
    angle = reach_km / EARTH_RADIUS_KM * (1 + 1e-9) + 1e-12
    lat_reach = math.degrees(angle) + 1e-9
    top = abs(lat) + lat_reach
    if top >= 89.0:
        return None
    stretch = math.sin(angle / 2) / math.cos(math.radians(top))
    if stretch >= 1.0:
        return None
    lon_reach = math.degrees(2 * math.asin(stretch)) * (1 + 1e-9) + 1e-9
    if abs(lon) + lon_reach >= 180.0:
        return None  # the window would wrap round the antimeridian
    rows = range(math.floor((lat - lat_reach) / CELL_DEGREES), math.floor((lat + lat_reach) / CELL_DEGREES) + 1)
    columns = range(math.floor((lon - lon_reach) / CELL_DEGREES), math.floor((lon + lon_reach) / CELL_DEGREES) + 1)
    return [row * 2048 + column for row in rows for column in columns]  # _cell_number, inline: 10 a report


def fold_report(twin: Incident | IncidentRow, article: Article | ArticleRef, evidence: str, fatalities: int) -> None:
    """A second article's report of ``twin``: cited beside it; if the tolls differ, the most conservative
    is kept and both are noted."""
    twin.articles.append((article, evidence))
    if fatalities != twin.fatalities:
        counts = [n for n in (twin.fatalities, fatalities) if n] or [0]
        twin.notes.append(f"fatalities reported: {twin.fatalities} ({twin.article.id}), {fatalities} ({article.id})")
        twin.fatalities = min(counts)


def _merge_across(incidents: list[Incident]) -> list[Incident]:
    """The same incident reported by two articles becomes one row citing both (see ``TwinIndex``)."""
    out: list[Incident] = []
    index = TwinIndex()
    for incident in incidents:
        twin = index.twin_or_keep(incident, len(out))
        if twin is None:
            out.append(incident)
        else:
            fold_report(out[twin], incident.article, incident.evidence, incident.fatalities)
    return out


def extract_all(inputs: Iterable, gazetteer: Gazetteer | None = None, progress=None) -> Extraction:
    """Read every article and return incidents, control claims and what could not be placed.

    Events are read in English only (event words, actors and dates are English
    lexicons): an article in another language gives no incidents by design, and
    is counted in ``languages`` so the summary can say so. An article whose
    language is unsure ("") is read as English. Empty articles are named in
    ``empty`` rather than passing silently as "0 incidents".
    """
    geoparser = Geoparser(gazetteer or Gazetteer.default())
    articles = inputs if _are_articles(inputs) else read_articles(inputs)
    return merge_extractions([extract_articles(articles, geoparser, progress)])


def extract_articles(articles: Iterable[Article], geoparser: Geoparser, progress=None) -> Extraction:
    """Each article read on its own, with no merge across articles: one chunk's share of ``extract_all``.

    Incidents keep no article text (their evidence sentence only), so a chunk's
    result is small to hold or to send between processes. ``progress(n)`` is
    called after the n-th article.
    """
    incidents, control, unresolved, empty, languages, places_only, failed = [], [], [], [], {}, {}, []
    count = 0
    for article in articles:
        count += 1
        try:
            article = article.prepare()
            if not article.clean.strip():
                empty.append(article.id)
                continue
            languages[article.language] = languages.get(article.language, 0) + 1
            if article.language in ("en", ""):
                found, claims = _article_incidents(article, geoparser, unresolved)
                # keep incidents, not texts: a text is let go once read
                # a shallow copy, not dataclasses.replace (that would clean and date an empty text again), nor
                # copy.copy (its reduce protocol costs more than the copy)
                stub = object.__new__(Article)
                stub.__dict__.update(article.__dict__)
                stub.text = stub.clean = ""
                for incident in found:
                    incident.evidence_text, incident.article = incident.evidence, stub
                incidents.extend(found)
                control.extend(claims)
            else:  # events are read in English only; the places a text names are found in any script
                places_only[article.id] = sorted({m.place.name for m in geoparser.parse(article.clean)
                                                  if m.place is not None and m.role != "context"})
        except Exception as error:  # a bug one article meets must not lose a run of ten thousand: said, not hidden
            if os.environ.get(DEBUG_VARIABLE):
                raise
            failed.append((_article_label(article), _error_label(error)))
        finally:
            if progress:
                progress(count)
    return Extraction(incidents, control, count, unresolved, empty, languages, places_only, failed=failed)


def _article_label(article: Article) -> str:
    return f"{article.id} ({article.origin})" if article.origin and article.origin != article.id else article.id


def _error_label(error: Exception) -> str:
    """The error and the line of geomap that raised it: what a bug report needs, in one line."""
    import traceback

    frames = traceback.extract_tb(error.__traceback__)
    frames = [f for f in frames if f"{os.sep}geomap{os.sep}" in f.filename] or frames
    where = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno}" if frames else ""
    return f"{type(error).__name__}: {error}{where}"


def merge_extractions(parts: Iterable[Extraction]) -> Extraction:
    """Chunks' extractions, given in input order, as one; the same incident in two articles becomes one row.

    ``partitions`` says how many of the merged incidents came from each chunk
    (a merged row belongs to the chunk of its first report), so a partitioned
    output can keep one file a chunk. (``geomap.spill.Gathered`` does it; on
    disk, for a run too large to hold.)
    """
    from .spill import Gathered

    gathered = Gathered(on_disk=False)
    for part in parts:
        gathered.add(part)
    return gathered.extraction()


def _are_articles(inputs) -> bool:
    return isinstance(inputs, list) and bool(inputs) and all(isinstance(a, Article) for a in inputs)


def to_geodataframe(incidents: list[Incident]):
    """The incident table: one row an incident, EPSG:4326, ACLED names where ACLED has them."""
    import geopandas as gpd
    import shapely

    frame = incident_table(incidents)
    geometry = shapely.points(frame["longitude"].to_numpy(float), frame["latitude"].to_numpy(float))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def incident_table(incidents: list[Incident]):
    """``to_geodataframe`` without the geometry, a pandas DataFrame: what a CSV or JSONL holds, made without
    importing geopandas (a tenth of a second of every run).

    Built a column at a time (a tuple a row): a dict a row held several times
    the table's own size while it was made.
    """
    import pandas as pd

    frame = pd.DataFrame.from_records(map(_row, incidents), columns=COLUMNS, nrows=len(incidents))
    for column, kind in ROW_KINDS.items():
        # a measure as float: "5.0" in every batch of a streamed output, never "5"
        frame[column] = pd.to_datetime(frame[column]) if kind == "datetime" else \
            frame[column].astype("Int64" if kind == "integer" else float)
    return frame


ROW_KINDS = {**dict.fromkeys(("event_date", "date_start", "date_end"), "datetime"),
             **dict.fromkeys(("time_precision", "inter1", "inter2", "geo_precision", "char_start", "char_end",
                              "fatalities"), "integer"),
             **dict.fromkeys(("latitude", "longitude", "uncertainty_km", "confidence"), "real")}
# the non-text columns: ``incident_table`` makes them dates, nullable ints and floats; ``incident_rows`` plain values


def incident_rows(incidents: list[Incident]):
    """``incident_table``'s rows as plain values, for a CSV or JSONL written without pandas (importing it is
    0.2 s, half a short run's start): dates as ISO text, whole numbers as ints, measures as floats (so "5.0",
    as the table writes it), None where the table has no value."""
    from .io import Rows

    return Rows.typed(COLUMNS, ROW_KINDS, map(_row, incidents))


def _row(inc: Incident | IncidentRow) -> tuple:
    """One incident's values in the order of ``COLUMNS``."""
    if isinstance(inc, IncidentRow):
        return inc.row()
    place = inc.mention.place
    return _with_reports(_settled_values(inc), inc, f"place source: {place.source}" if place else "")


def _settled_values(inc: Incident) -> tuple:
    """The row's values a later report of the incident cannot change (``fold_report``), in column order."""
    place = inc.mention.place
    return (inc.incident_id,
            inc.when.event_date, inc.when.time_precision, inc.when.date_start, inc.when.date_end,
            inc.event_type, inc.sub_event_type,
            inc.actor1, actor_inter(inc.actor1), inc.actor2, actor_inter(inc.actor2),
            place.admin1 if place else "", inc.mention.location,
            round(inc.mention.lat, 5), round(inc.mention.lon, 5),
            inc.mention.geo_precision, inc.mention.uncertainty_km,
            inc.claimed_by, inc.confidence, inc.start, inc.end, place.id if place else "")


def _with_reports(settled: tuple, inc: Incident | IncidentRow, place_source: str) -> tuple:
    """The whole row: ``settled`` with the columns the reports of the incident fill in (the toll, the sources,
    the articles, their evidence, the notes), as they stand after every later report was folded in.

    ``settled`` is COLUMNS without those five: its values 0-16 come before fatalities (17), 17-18
    (claimed_by, confidence) before source, article_id and evidence (20-22), 19-20 (char_start, char_end)
    before notes (25), 21 (place_id) last."""
    article_ids = [inc.article.id] + [a.id for a, _ in inc.articles]
    sources = [inc.article.outlet or inc.article.id] + [a.outlet or a.id for a, _ in inc.articles]
    evidence = [inc.evidence] + [text for _, text in inc.articles]
    return (*settled[:17],
            None if inc.fatalities_unknown and not inc.fatalities else int(inc.fatalities),
            *settled[17:19],
            "; ".join(dict.fromkeys(sources)), ";".join(dict.fromkeys(article_ids)), " | ".join(evidence),
            *settled[19:21],
            "; ".join(inc.notes + [place_source]).strip("; "),
            *settled[21:])


class ArticleRef(NamedTuple):
    """What an incident's row says of its article."""
    id: str
    outlet: str


class IncidentRow:
    """An incident as the values of its row: what the engines send between processes and keep on disk.

    An ``Incident`` pickles as its object graph (its Mention's candidate Places
    with their aliases, its dates, its event word, its article): on a chunk of
    500 terse notes, 10 ms to pickle and 12 ms to load, where these plain values
    take 1.6 ms and 1 ms. The values a later article's report of the same
    incident changes are kept apart, as the Incident keeps them, and
    ``fold_report`` folds such a report into either; ``twin_report`` is what
    ``TwinIndex`` compares; ``row()`` is what ``_row`` gives for the Incident.
    """

    __slots__ = ("settled", "place_source", "twin_report", "article", "evidence", "fatalities",
                 "fatalities_unknown", "notes", "articles")

    def __init__(self, settled: tuple, place_source: str, twin_report: _Report | None, article: ArticleRef,
                 evidence: str, fatalities: int, fatalities_unknown: bool, notes: list[str],
                 articles: list[tuple[ArticleRef, str]]) -> None:
        self.settled, self.place_source, self.twin_report = settled, place_source, twin_report
        self.article, self.evidence = article, evidence
        self.fatalities, self.fatalities_unknown = fatalities, fatalities_unknown
        self.notes, self.articles = notes, articles

    @classmethod
    def of(cls, inc: Incident, article: ArticleRef | None = None) -> "IncidentRow":
        place = inc.mention.place
        return cls(_settled_values(inc), f"place source: {place.source}" if place else "", inc.twin_report,
                   article or ArticleRef(inc.article.id, inc.article.outlet), inc.evidence, inc.fatalities,
                   inc.fatalities_unknown, list(inc.notes),
                   [(ArticleRef(a.id, a.outlet), text) for a, text in inc.articles])

    def row(self) -> tuple:
        return _with_reports(self.settled, self, self.place_source)

    def __reduce__(self):
        return IncidentRow, (self.settled, self.place_source, self.twin_report, self.article, self.evidence,
                             self.fatalities, self.fatalities_unknown, self.notes, self.articles)


def as_rows(part: Extraction) -> Extraction:
    """``part`` with its incidents as ``IncidentRow``s: a worker's chunk, to send."""
    return replace(part, incidents=to_rows(part.incidents))


def to_rows(incidents: list[Incident | IncidentRow]) -> list[IncidentRow]:
    """Each incident as an ``IncidentRow`` (those that are already, as they are): to send or keep on disk.

    Not made in a run of one process until its rows go to disk: for rows written
    at once, it is work (2 µs an incident) that buys nothing."""
    refs: dict[str, ArticleRef] = {}  # one an article: pickled once, however many rows it has
    return [inc if isinstance(inc, IncidentRow) else
            IncidentRow.of(inc, refs.setdefault(inc.article.id, ArticleRef(inc.article.id, inc.article.outlet)))
            for inc in incidents]


def extract(inputs, gazetteer: Gazetteer | None = None):
    """Incidents from articles as a GeoDataFrame (EPSG:4326, one row an incident)."""
    if isinstance(inputs, (str, bytes)) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]
    return to_geodataframe(extract_all(list(inputs) if not isinstance(inputs, list) else inputs, gazetteer).incidents)
