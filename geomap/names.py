"""Normalise place names so that the spellings real reports use meet in one key.

Three keys of decreasing strictness, each derived from the one before:

* ``light_key``: case, diacritics, apostrophes, hyphens and the Arabic article
  (al-, el-, as-, ash-, ...) removed; Arabic script normalised the same way.
* ``fold_key``: transliteration pairs folded (kh/h, q/k, ou/u, ei/ay, e/a,
  double letters, final -ah/-eh), spaces dropped. "Deir ez-Zor", "Dayr az-Zawr"
  and "Deir al-Zor" all fold to the same key.
* ``skeleton_key``: consonants only; a last resort that the gazetteer accepts
  only when the spellings are also similar as a whole.

``split_descriptors`` separates generic words ("Mount", "Military Prison",
"oil field") from the proper name, so "Bishri Mountain" meets "Jabal Bishri".
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

__all__ = ["light_key", "fold_key", "skeleton_key", "split_descriptors", "is_arabic",
           "name_keys", "NameKeys", "DESCRIPTOR_FEATURES", "construct_state"]

ARTICLES = frozenset({"al", "el", "il", "ul", "as", "es", "ash", "esh", "ech", "ach", "ad", "ed", "ar", "er",
                      "at", "et", "az", "ez", "an", "en", "ath", "adh", "l", "asch", "esch"})  # (German's ash)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
                                 "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي", "\u200c": " "})
_APOSTROPHES = re.compile(r"['’‘`´ʿʾʼʻ′]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_./,;:()\[\]{}\"“”«»]+")
_NON_WORD = re.compile(r"[^a-z0-9 ]")
# An article assimilated into the next word: "Deir Ezzor", "Dayr Assafir"; not a name that is a doubled letter and
# its ending, "Azzeh" ("Darat Azzeh" is Daret Azza).
_GLUED_ARTICLE = re.compile(r"^[ae]([bcdfghjklmnpqrstvwxz])\1(?=[a-z]{2})(?![aeiou]h?$)")
# An article written together with the next word, as OCHA does: "Elbab", "Tallet Elkhader".
_GLUED_EL = re.compile(r"^(?:el|al)(?=[bcdfghjklmnpqrstvwxz][a-z]{2})")
_EL_OR_AL = ("el", "al")  # how a word _GLUED_EL can match begins
# ... and before a vowel, after the name's first word, as OCHA writes 115 names: "Mazraet Deir Elashayer" is Deir
# al-Ashayer, "Tal Elahmar" Tal al-Ahmar (a first word keeps it: Elias)
_GLUED_EL_VOWEL = re.compile(r"^el(?=[aeiou][a-z]{2})")
_A_OR_E = ("a", "e")  # how a word _GLUED_ARTICLE can match begins (then a doubled letter)
_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
                          "đ": "d", "ħ": "h", "ŧ": "t"})

# Generic words that name a kind of place rather than the place itself, and the
# feature types they hint at. Kept here, beside the code that strips them.
DESCRIPTOR_FEATURES: dict[str, tuple[str, ...]] = {
    "mount": ("mountain", "hill"), "mountain": ("mountain", "hill"), "mountains": ("mountain",),
    "mt": ("mountain",), "jabal": ("mountain",), "jebel": ("mountain",), "jbel": ("mountain",),
    "djebel": ("mountain",), "hill": ("hill", "mountain"), "hills": ("hill", "mountain"),
    "peak": ("mountain", "hill"), "summit": ("mountain", "hill"), "citadel": ("area",),
    "mintaqat": ("district", "area"),  # Arabic: "the area of", as reports transliterate it
    "prison": ("prison",), "jail": ("prison",), "camp": ("camp", "military_base"), "camps": ("camp", "military_base"),
    "airbase": ("airbase",), "airport": ("airbase", "airport"), "airfield": ("airbase",), "airstrip": ("airbase",),
    "base": ("military_base", "airbase"), "military": ("military_base", "prison", "airbase"),
    "barracks": ("military_base",), "bases": ("military_base", "airbase"),
    "oilfield": ("oil_field",), "oil": ("oil_field",), "gas": ("gas_field",),
    "field": ("oil_field", "gas_field"), "fields": ("oil_field", "gas_field"),
    "station": ("pumping_station", "power_station"), "plant": ("power_station",), "power": ("power_station",),
    "mine": ("area",), "mines": ("area",), "phosphate": ("area",), "dam": ("dam",), "bridge": ("bridge",),
    "crossing": ("border_crossing",), "border": ("border_crossing",), "gate": ("border_crossing",),
    "checkpoint": ("checkpoint",),
    "village": ("village", "settlement", "town"), "town": ("town", "city", "settlement", "village"),
    "city": ("city", "town"), "district": ("district", "town", "city"),
    "subdistrict": ("subdistrict", "town"), "subdistricts": ("subdistrict", "town"), "province": ("governorate",),
    # the Arabic word for a sub-district (OCHA's COD, adm3: "sub-districts (Nahya)"), as the press spells it too
    "nahya": ("subdistrict", "town"), "nahiya": ("subdistrict", "town"), "nahiyah": ("subdistrict", "town"),
    "nahia": ("subdistrict", "town"), "nahiyat": ("subdistrict", "town"), "nahiyet": ("subdistrict", "town"),
    "nahiyeh": ("subdistrict", "town"), "nahiye": ("subdistrict", "town"), "nahieh": ("subdistrict", "town"),
    # ... and for a district, "the area of" as lists write it ("Mantiqat Afrin"); "dist." as tables abbreviate it
    "mantiqa": ("district", "area"), "mantiqat": ("district", "area"), "mantika": ("district", "area"),
    "mantikat": ("district", "area"), "mintaqa": ("district", "area"), "mantaqa": ("district", "area"),
    "mantaqat": ("district", "area"), "dist": ("district", "town", "city"),
    "governorate": ("governorate",), "countryside": ("governorate", "area"),
    "coast": ("governorate", "area"),  # "the Tartous coast": the governorate's shore, not the city
    # "rural Hama", "eastern rural Idlib": the governorate's countryside ("Rural Damascus" is matched whole first);
    # "Muhafazat Idlib", the Arabic word; "Kisreh SD", a sheet's sub-district; "Salqin city centre"
    "rural": ("governorate", "area"), "muhafazat": ("governorate",), "muhafaza": ("governorate",),
    "mohafazat": ("governorate",), "sd": ("subdistrict", "town"), "centre": ("city", "town"),
    "center": ("city", "town"),
    "neighbourhood": ("neighbourhood",), "neighborhood": ("neighbourhood",),
    "quarter": ("neighbourhood",), "section": ("neighbourhood",), "quarters": ("neighbourhood",),
    "sections": ("neighbourhood",), "neighbourhoods": ("neighbourhood",), "neighborhoods": ("neighbourhood",),
    "quartier": ("neighbourhood",), "quartiers": ("neighbourhood",),  # French: "Hama, quartier Dabbagha"
    "desert": ("desert", "area"), "plain": ("plain", "area"),
    "valley": ("valley", "area"), "area": ("area",), "region": ("area",), "lake": ("lake",),
    "island": ("island",), "river": ("river",), "volcanic": ("area",), "air": ("airbase",),
    "industrial": ("area",), "zone": ("area",),  # "the Sheikh Najjar industrial zone"
    "idp": (), "idps": (),  # "the al-Hol IDP camp"
    # as humanitarian lists name camps: "Jaramana Palestine refugee camp" (``_PALESTINE_REFUGEE``), "Kafr Lusin IDP site"
    "refugee": (), "refugees": (), "site": ("camp",), "sites": ("camp",),
    # Arabic words for "the village of", "the quarter of", "the camp of" as field sheets and the press transliterate
    # them: "Qaryat al-Wasita", "Hay al-Fursan", "Mukhayyam Khan Dannun"
    "qaryat": ("village", "town"), "qaryet": ("village", "town"), "qariyat": ("village", "town"),
    "hay": ("neighbourhood",), "hayy": ("neighbourhood",), "hai": ("neighbourhood",), "haiy": ("neighbourhood",),
    "mukhayyam": ("camp",), "mukhayam": ("camp",), "mokhayam": ("camp",), "mokhayyam": ("camp",),
    "mukhaiyam": ("camp",),
    # what scrapers and field sheets leave round a name: "Mountar vlg.", "Al Ajrash vicinity", "Khan Arnabah CS"
    "vlg": ("village", "settlement", "town"), "vicinity": (), "environs": (), "surroundings": (), "cs": (),
    "the": (), "of": (), "near": (), "outskirts": (), "eastern": (), "western": (),
    "northern": (), "southern": (),
}


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def _arabic_key(text: str) -> str:
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    words = []
    for word in re.split(r"[\s\-_.,()]+", text):
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        if word:
            words.append(word)
    return " ".join(words)


def _ascii_token_table() -> dict[int, str | None]:
    """What _latin_tokens' three substitutions make of each ASCII character, read off their own patterns:
    deleted (apostrophes, anything not a letter, digit or space) or a space (separators). Each acts on one
    character at a time, and runs of spaces split as one, so one translate gives the same tokens."""
    table: dict[int, str | None] = {}
    for code in range(128):
        ch = chr(code).lower()
        if _APOSTROPHES.fullmatch(ch):
            table[code] = None
        elif _SEPARATORS.fullmatch(ch):
            table[code] = " "
        else:
            table[code] = None if _NON_WORD.fullmatch(ch) else ch
    return table


def _latin_tokens(text: str) -> list[str]:
    """The lower-case words of a Latin-script name, marks and punctuation gone, Arabizi digits read as letters."""
    tokens = _split_tokens(text)
    if not all(map(str.isalpha, tokens)):  # a word with a digit (an accented text's may come from normalising)
        tokens = [_ARABIZI_WORD.sub(_arabizi_letter, t) if _ARABIZI_TOKEN.fullmatch(t) else t for t in tokens]
    return tokens


def _split_tokens(text: str) -> list[str]:
    if text.isascii():  # most names: one pass in C (_ascii_token_table)
        return text.translate(_ASCII_TOKENS).split()
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    text = _APOSTROPHES.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    text = _NON_WORD.sub("", text)
    return text.split()


# Arabic letters as chat and field sheets write them with digits ("Arabizi"): 3 ayn (dropped, as an apostrophe
# is), 7 ha, 2 the hamza Levantine speech makes of qaf; in a word of letters ("3ein 7laqim" is Ein Halaqim,
# "M7eirikeh" Muhayrikah), not in numbers, ordinals ("3rd") or codes of one letter ("T3", a pumping station)
_ARABIZI_TOKEN = re.compile(r"(?=(?:[0-9]*[a-z]){2})(?![0-9]+(?:st|nd|rd|th)$)[a-z0-9]*[237][a-z0-9]*")
_ARABIZI_WORD = re.compile(r"[237]")  # every one in such a word: read once, its keys read the same again
_ARABIZI_LETTERS = {"3": "", "7": "h", "2": "q"}  # "Zanba2a" is Zanbaqa


def _arabizi_letter(match: re.Match) -> str:
    return _ARABIZI_LETTERS[match.group()]


_ASCII_TOKENS = _ascii_token_table()


@lru_cache(maxsize=1 << 17)
def light_key(name: str) -> str:
    """Case, marks, punctuation and the Arabic article removed; word order kept."""
    if is_arabic(name):
        return _arabic_key(name)
    return _light_of_tokens(_latin_tokens(name))


def _light_of_tokens(tokens: list[str]) -> str:
    """``light_key`` of a Latin-script name from its tokens (``_latin_tokens``). The glued-article patterns
    are tried only on words that begin as they must ("al"/"el"; "a"/"e" and a doubled letter)."""
    kept = [_GLUED_EL.sub("", t) if t.startswith(_EL_OR_AL) else t for t in tokens if t not in ARTICLES]
    kept = kept[:1] + [_GLUED_ARTICLE.sub(r"\1", t) if t[:1] in _A_OR_E and t[1:2] == t[2:3]
                       else _GLUED_EL_VOWEL.sub("", t) if t.startswith("el") else t for t in kept[1:]]
    return " ".join(t for t in kept if t) or " ".join(tokens)


# (German writes j "dsch" and ch "tsch": "Dschisr asch-Schughur")
_FOLDS = [("dsch", "j"), ("tsch", "ch"), ("ou", "u"), ("oo", "u"), ("ei", "ay"), ("ee", "i"), ("dj", "j"),
          ("tch", "ch"), ("ch", "sh"),
          ("kh", "h"), ("gh", "g"), ("q", "k"), ("ck", "k"), ("c", "k"), ("th", "t"),
          ("dh", "d"), ("ph", "f"), ("x", "ks")]
_DOUBLE = re.compile(r"(.)\1+")
# the feminine nisba ending (-iyya) however it is written after a consonant: "-iyeh", "-ieh", "-ia", "-ya", "-yeh"
_NISBA_WITHOUT_Y = re.compile(r"(?<=[^aeiouy])(?:i|y|iy+)[ae]$")
_VOWEL_RUN = re.compile(r"[aeiouy]+")
_CONSONANT_Y = re.compile(r"(?<=[aeiou])y(?=[aeiou])")
_VOWEL_W = re.compile(r"[aeiou]w|w(?![aeiou])")
_VOWELS = re.compile(r"[aeiouy]")
# after a word's first consonant, a glide before a vowel is one w however it is written: Tweil, Tuwayl and
# Touil; Hweijet and Huwayjat; Sweida, Suwayda and Souaida (the diminutive's u is often not written)
_OPENING_W = re.compile(r"^([^aeiouy]h?)(?:uw|u|w)(?=[aeiou])")


# Words that real reports spell several ways and that vowel folding alone does not join.
_WORD_VARIANTS = {"kfar": "kafr", "kafar": "kafr", "kefr": "kafr", "kafer": "kafr", "kfr": "kafr",
                  "kefer": "kafr", "kufr": "kafr",
                  "khrbt": "kherba", "khrbet": "kherba",  # "Khrbt Fares": Khirbet (folded as in construct), its vowels left out as field sheets do
                  "abul": "abu",  # "Abul Nitel" is "Abu al-Naitel", the article run into "Abu"
                  "ibn": "bin", "ben": "bin", "bn": "bin"}  # "son of": Tariq Ibn Ziyad, Tareq Ben Ziad
# generic words some transliterate with an i where the gazetteer has e or a: "Khirbit Hawwas" is Kherbet Hawas
_GENERIC_RESPELLED = {"khirbit": "kherbet", "kherbit": "kherbet"}
# Qualifiers, in English or Arabic, folded to one word and moved to the end of the
# name: "Big Orm" / "Orm al-Kubra", "Eastern Kwaires" / "Kuwayris Sharqi".
QUALIFIERS = {
    "big": "kabir", "great": "kabir", "greater": "kabir", "large": "kabir", "kabir": "kabir", "kebir": "kabir",
    "kbir": "kabir", "kabira": "kabir", "kabirah": "kabir", "kbireh": "kabir", "kabireh": "kabir", "kubra": "kabir",
    "small": "saghir", "little": "saghir", "saghir": "saghir", "sghir": "saghir", "zghir": "saghir",
    "saghira": "saghir", "saghirah": "saghir", "sghireh": "saghir", "saghireh": "saghir", "sughra": "saghir",
    "upper": "fawqani", "fawqani": "fawqani", "foqani": "fawqani", "fouqani": "fawqani", "fawqa": "fawqani",
    "fuqani": "fawqani", "lower": "tahtani", "tahtani": "tahtani", "tahtaniyah": "tahtani",
    # "X al-Tahta", "X al-Fawqa" (the article glued or not), feminine endings, and "zghireh" as Levantine speech has it
    "tahta": "tahtani", "tahtaniya": "tahtani", "tahtaniyeh": "tahtani", "fawqaniya": "fawqani",
    "fawqaniyah": "fawqani", "fawqaniyeh": "fawqani", "foqa": "fawqani", "fouqa": "fawqani",
    "zghireh": "saghir", "zghira": "saghir", "zghirah": "saghir", "zgheer": "saghir", "sgheer": "saghir",
    "kbira": "kabir", "kbeer": "kabir", "kabeer": "kabir",
    "eastern": "sharqi", "east": "sharqi", "sharqi": "sharqi", "sharqiyah": "sharqi", "sharqiyeh": "sharqi",
    "sharqiya": "sharqi", "western": "gharbi", "west": "gharbi", "gharbi": "gharbi", "gharbiyah": "gharbi",
    "gharbiyeh": "gharbi", "gharbiya": "gharbi", "northern": "shamali", "north": "shamali", "shamali": "shamali",
    "shamaliyah": "shamali", "southern": "janubi", "south": "janubi", "janubi": "janubi", "janoubi": "janubi",
    "orientale": "sharqi", "oriental": "sharqi", "occidentale": "gharbi", "occidental": "gharbi",  # French
    "qibli": "janubi", "qabli": "janubi", "qibliyeh": "janubi", "qabliyeh": "janubi",  # "south", as qibla's side
    # as French and field sheets write them: k for q, ou for u, the feminine endings
    "sharki": "sharqi", "sharkiya": "sharqi", "sharkiyah": "sharqi", "sharkiyeh": "sharqi", "charqi": "sharqi",
    "shamaliya": "shamali", "shamaliyeh": "shamali", "janubiya": "janubi", "janubiyah": "janubi",
    "janubiyeh": "janubi", "janoubiya": "janubi", "janoubiyeh": "janubi", "gharbiye": "gharbi", "sharqiye": "sharqi",
    # "New Adra" is Adra al-Jadidah; "Old Qamishli" al-Qadima
    "new": "jadid", "jadid": "jadid", "jadida": "jadid", "jadidah": "jadid", "jadideh": "jadid", "jadidat": "jadid",
    "old": "qadim", "qadim": "qadim", "qadima": "qadim", "qadimah": "qadim", "qadimeh": "qadim",
}


@lru_cache(maxsize=1 << 16)  # a large gazetteer has some 44,000 distinct words: fewer thrash while it is indexed
def _fold_word(word: str) -> str:
    word = _WORD_VARIANTS.get(word, word)
    if len(word) > 3 and word.endswith("h") and word[-2] in "aeiouy":
        word = word[:-1]  # ta marbuta: Sukhnah/Sukhna, Hamah/Hama
    if len(word) >= 3:
        word = _NISBA_WITHOUT_Y.sub("iya", word)  # Qahtanieh as Qahtaniyeh, Ashrafia as Ashrafiya
    final_a_or_e = word[-1:] in ("a", "e")
    for old, new in _FOLDS:
        word = word.replace(old, new)
    word = _DOUBLE.sub(r"\1", word)
    word = _OPENING_W.sub(r"\1w", word)
    word = _CONSONANT_Y.sub("Y", word)  # consonantal y: Sahnaya
    head, rest = word[:1], word[1:]
    if head == "y" and rest[:1] in "aeiou":
        head = "y"  # keep an initial consonantal y (Yabroud)
    elif head in "aeiouy":
        head = "a"
    rest = rest.replace("w", "u") if _VOWEL_W.search(rest) else rest
    word = head + _VOWEL_RUN.sub("a", rest)
    if final_a_or_e and len(word) >= 4 and word[-1] == "a" and word[-2] != "a":
        word = word[:-1]  # ... and its final vowel: Sukhna/Sokhne, Surra/Sura, Sharba/Sharbaa
    return word.replace("Y", "y")


def _fold_light(light: str, arabic: bool) -> str:
    if arabic:
        return light.replace(" ", "")
    words = light.split()
    qualifiers = sorted(QUALIFIERS[w] for w in words if w in QUALIFIERS)
    if qualifiers and len(qualifiers) < len(words):
        words = [w for w in words if w not in QUALIFIERS] + qualifiers
    words = [_GENERIC_RESPELLED.get(w, w) for w in words]
    words = [w[:-1] if i < len(words) - 1 and construct_state(w) else w for i, w in enumerate(words)]
    return "".join(map(_fold_word, words))


def construct_state(word: str) -> bool:
    """Whether a (light) word may be in construct before another, its ta marbuta a "t" that some spellings keep
    and others drop: Qeshlet / Qishla Yusuf, Hweijet / Huwayja Shnan."""
    return len(word) >= 5 and word[-1] == "t" and word[-2] in "ae"


def _skeleton_fold(folded: str) -> str:
    return folded[:1] + _VOWELS.sub("", folded[1:]) if folded else ""


@lru_cache(maxsize=1 << 17)
def fold_key(name: str) -> str:
    """Transliteration-tolerant key: vowels collapsed, common digraph pairs folded."""
    return _fold_light(light_key(name), is_arabic(name))


def skeleton_key(name: str) -> str:
    """Consonants of the fold key (the first letter kept): a last resort key. An Arabic name's are its
    letters romanized as the Latin fold writes them, so one key joins the scripts."""
    if is_arabic(name):
        return _arabic_skeleton(_arabic_key(name))
    return _skeleton_fold(fold_key(name))


# Each Arabic letter as the Latin fold key writes it (kh and h both "h", q "k", th "t", dh "d"; the long
# vowels and ayn as vowels, which the skeleton drops): from the letters' standard romanization
_ARABIC_ROMAN = str.maketrans({
    "ا": "a", "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "h", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a", "غ": "g", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "u", "ي": "i", "ء": ""})


@lru_cache(maxsize=1 << 16)
def _arabic_skeleton(light: str) -> str:
    """The consonant skeleton of an Arabic name (its ``_arabic_key``) in Latin letters: "خالديه" is "hld", as
    "al-Khalidiyah" is (OCHA's Latin "Kalidiyeh" is "kld"). A word-initial waw is a consonant; a final ha
    is the ta marbuta the Latin fold drops (Sukhnah, Sukhna)."""
    words = []
    for word in light.split():
        if len(word) > 2 and word.endswith("ه"):
            word = word[:-1]
        roman = ("w" + word[1:].translate(_ARABIC_ROMAN)) if word.startswith("و") else word.translate(_ARABIC_ROMAN)
        if not roman.isascii():
            return ""  # a letter outside the table: no key rather than a wrong one
        words.append(roman)
    return skeleton_key(" ".join(words)) if words else ""


class NameKeys(NamedTuple):
    light: str
    fold: str
    skeleton: str
    core_fold: str  # fold key of the name without generic words; "" when it has none
    hints: tuple[str, ...]
    # light, fold and skeleton keys of split_descriptors(name)[0] (the name's own when it is the same)
    core_keys: tuple[str, str, str]


# the diminutive's first u, which Levantine speech and the press drop: Qteifeh for Qutayfah, Qmeira for Qumayra,
# Jdeideh for Judaydah, Hreitan for Huraytan (not before an h: Suhayl is no Shayl)
_DIMINUTIVE_U = re.compile(r"\b(kh|sh|th|gh|dh|[bcdfghjklmnpqrstvxz])(?:ou|u|o)"
                           r"(?=(?:kh|sh|th|gh|dh|[bcdfgjklmnpqrstvxz])(?:ay|ai|ei|ey))")
# ... and its diphthong, after the two consonants it then starts with, as the Levantine spelling writes it: "ei"
_DIMINUTIVE_AY = re.compile(r"\b((?:kh|sh|th|gh|dh|[bcdfghjklmnpqrstvxz])(?:kh|sh|th|gh|dh|[bcdfgjklmnpqrstvxz]))"
                            r"(?:ay|ai|ey)")


def elided(light: str) -> str | None:
    """A Latin light key with its diminutives' first vowel dropped, as reports often write them; None when it
    has none. The gazetteer indexes it beside the spelling, so "al-Qteifeh" finds Al Qutayfah while "al-Rughaib"
    still finds Ragib, which OCHA writes without the diminutive."""
    if not light.isascii():
        return None
    dropped = _DIMINUTIVE_U.sub(r"\1", light)
    return dropped if dropped != light else None


def elided_spellings(light: str) -> tuple[str, ...]:
    """``elided``, and that with its diphthong as the Levantine spelling writes it ("qtayfah", "qteifah"): the
    gazetteer indexes both, so a name written either way is one of its spellings but for long vowels."""
    dropped = elided(light)
    if dropped is None:
        return ()
    levantine = _DIMINUTIVE_AY.sub(r"\1ei", dropped)
    return (dropped, levantine) if levantine != dropped else (dropped,)


def name_keys(name: str) -> NameKeys:
    """All keys of one spelling at once (what the gazetteer index needs), the name read into words once:
    a gazetteer ten times the shipped one has 830,000 spellings, nearly all of them distinct."""
    if is_arabic(name):
        light = _arabic_key(name)
        own = (light, _fold_light(light, True), _arabic_skeleton(light))
        core, hints = split_descriptors(name)  # "قرية X": X, as "X village" is
        if not hints:
            return NameKeys(*own, "", (), own)
        core_light = _arabic_key(core)
        core_keys = (core_light, _fold_light(core_light, True), _arabic_skeleton(core_light))
        return NameKeys(*own, core_keys[1], hints, core_keys)
    tokens = _latin_tokens(name)
    light = _light_of_tokens(tokens)
    folded = _fold_light(light, False)
    own = (light, folded, _skeleton_fold(folded))
    core, hints = _descriptors_of_tokens(name, tokens)
    core_fold = fold_key(core) if hints and core != name else ""
    if core == name or core == " ".join(tokens):
        # words are made of a-z and 0-9 only (_NON_WORD): joined, they read back as the same words,
        # so the same keys, not worked out again
        core_keys = own
    else:
        core_keys = (light_key(core), fold_key(core), skeleton_key(core))
        core_keys = own if core_keys == own else core_keys  # one object: kept once in a pickle
    return NameKeys(*own, core_fold, hints, core_keys)


_SUBDISTRICT_WORDS = re.compile(r"\bsub districts?\b")
_PALESTINE_REFUGEE = re.compile(r"\bpalestin(?:e|ian) refugees?\b")


@lru_cache(maxsize=1 << 16)  # asked of each query twice or more (gazetteer._lookup_one, _spelling_target)
def split_descriptors(name: str) -> tuple[str, tuple[str, ...]]:
    """Return (name without generic words, feature hints from those words).

    Numbers stay with the name ("Regiment 46"), and a name made only of generic
    words is returned whole, so "Military Base" alone names nothing.
    """
    if is_arabic(name):
        words = name.split()
        hints = _ARABIC_GENERIC_BEFORE.get(_ARABIC_MARKS.sub("", words[0])) if len(words) > 1 else None
        return (" ".join(words[1:]), hints) if hints else (name, ())
    return _descriptors_of_tokens(name, _latin_tokens(name))


_SETTLEMENT_HINTS = ("village", "town", "city")
# a generic word Arabic writes before a name, and the kinds of place it may stand for: "قرية X" the village X,
# "بلدة X" the town X (used loosely, so any settlement), "حي X" the quarter X
_ARABIC_GENERIC_BEFORE = {"قرية": _SETTLEMENT_HINTS, "قريه": _SETTLEMENT_HINTS, "بلدة": _SETTLEMENT_HINTS,
                          "بلده": _SETTLEMENT_HINTS, "مدينة": _SETTLEMENT_HINTS, "مدينه": _SETTLEMENT_HINTS,
                          "منطقة": _SETTLEMENT_HINTS, "منطقه": _SETTLEMENT_HINTS, "حي": ("neighbourhood",),
                          "ناحية": ("subdistrict",), "ناحيه": ("subdistrict",), "مخيم": ("camp",)}


def _descriptors_of_tokens(name: str, tokens: list[str]) -> tuple[str, tuple[str, ...]]:
    """``split_descriptors`` of a Latin-script name from its tokens (``_latin_tokens``)."""
    if "sub" in tokens:  # "the Al-Bab sub-district": one generic word, not "sub" left in the name
        tokens = _SUBDISTRICT_WORDS.sub("subdistrict", " ".join(tokens)).split()
    if "refugee" in tokens or "refugees" in tokens:  # "Palestine refugee camp": what the camp is, not its name
        tokens = _PALESTINE_REFUGEE.sub("refugee", " ".join(tokens)).split()
    core = [t for t in tokens if t not in DESCRIPTOR_FEATURES]
    hints: list[str] = []
    for t in tokens:
        for feature in DESCRIPTOR_FEATURES.get(t, ()):
            if feature not in hints:
                hints.append(feature)
    if not [t for t in core if t not in ARTICLES]:
        return name, tuple(hints)
    return " ".join(core), tuple(hints)
