"""The language an article is written in, so geomap can say what it did not read.

Event words, actors and dates are read in English only. An article in another
language still goes through the reader, but gets no incidents; the summary
says so instead of reporting a silent "0 incidents".

The script decides first (Arabic script is Arabic, Cyrillic is Russian); Latin
text goes to lingua, restricted to the languages conflict reporting on Syria
comes in. Place names (capitalised words, "al-..." words) are taken out before
lingua looks, because a sentence that is half Syrian place names reads as
Dutch or French to a character-model detector.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .regex_cache import compiled
from .patterns import compile_guarded

__all__ = ["language_of", "language_name", "LANGUAGE_NAMES"]

LANGUAGE_NAMES = {"en": "English", "ar": "Arabic", "fr": "French", "de": "German", "es": "Spanish",
                  "tr": "Turkish", "it": "Italian", "nl": "Dutch", "ru": "Russian"}
_LATIN_LANGUAGES = ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "TURKISH", "ITALIAN", "DUTCH")  # lingua has no Kurdish
SHORT_TEXT = 400  # characters (names taken out): below this lingua's fast mode misreads English news
MAJORITY = 0.5  # share of letters a script needs to decide the language alone
SAMPLE = 5000  # characters looked at: a page of text is plenty
# lingua's fast models' confidence that a short text is English, above which the full models are not asked:
# 95% of English sentences with their names out reach it; no foreign note of the tests' came near (0.49 at most)
FAST_ENGLISH = 0.9

# English words that carry no content: a text that is a fifth of them is English (French, Spanish, German,
# Turkish, Dutch and Italian share almost none of them)
_ENGLISH_FUNCTION_WORDS = frozenset("the of and in to was were a an by on with from at is are has have had "
                                    "that which who after near killing killed they their them my its not did "
                                    "been this these those would could should what when where there said".split())
# English word forms of conflict reporting that none of the other languages above writes the same way:
# a coder's note ("On 3 May, IS attacked SAA positions in Tadmur (Homs). 3 fatalities.") has few
# function words, and would otherwise wait for lingua's full models (about a second to load)
_ENGLISH_REPORTING_WORDS = frozenset("attacked attacks shelled shelling clashed clashes gunmen fatalities troops "
                                     "soldiers fighters civilians wounded injured airstrike airstrikes exploded "
                                     "targeted reported ambushed unidentified "
                                     "arrested detained captured raided protested bombarded fired dropped landed "
                                     "shot dead deaths casualties injuries rockets shells bombs mortar rounds "
                                     "helicopters army armed security people residents dozens deserters returnees "
                                     "evading town city countryside governorate northern southern eastern western "
                                     "for into during between against across two three "
                                     # and more of the same, none of them a word of the languages below
                                     "attack struck strike strikes striking militia militias militiamen demolished "
                                     "deployed reinforcements airbase repelled arrived artillery bombardment "
                                     "outskirts bombed pounded surroundings seized weapons belonging homes youths "
                                     "rocket fighting several unexploded detonated child children bomb "
                                     "gunfire smugglers border guards member members teachers unpaid salaries "
                                     "motorcycle road assassination attempt targeting official officials failed "
                                     "unknown property houses house kill kills wounding destroyed burned looted "
                                     "looting kidnapped abducted assassinated executed beheaded ambush withdrew "
                                     "advanced launched carried conducted vehicle vehicles convoy checkpoint "
                                     "checkpoints landmine landmines device warplane warplanes aircraft helicopter "
                                     "exchanged heavy died bombing woman women girl family released release "
                                     "demanding gathered rally protesters demonstrators detainees prisoners soldier "
                                     "officer officers persons".split())
# Function words of the other Latin-script languages above ("in", "an", "a" are theirs too): a text with
# more of these than English ones is not plainly English, and goes to lingua
_OTHER_FUNCTION_WORDS = frozenset("der die das und ist mit von den dem des le la les et du une est dans pour el "
                                  "los las del y una por para il di che della het een van ve bir ile "
                                  "sur auf aux en im zu ad dei nel nella sui tra bij uit op".split())
_ENGLISH_WORDS = _ENGLISH_FUNCTION_WORDS | _ENGLISH_REPORTING_WORDS


def english_words() -> frozenset[str]:
    """The English words the check counts (function and reporting words): no place's name."""
    return _ENGLISH_WORDS
_LOWER_WORD = compiled(r"[a-z]+")
_NON_ASCII = compiled(r"[^\x00-\x7f]")
ENGLISH_SHARE = 0.2
FEW_WORDS = 3  # lower-case words (names left out) below which no detector can tell: "Clashes in Hajin."
_ARABIC = compiled(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_CYRILLIC = compiled(r"[\u0400-\u04FF]")
_LATIN = compiled(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_LETTER = compiled(r"[^\W\d_]")  # a letter in any script: counted in C, not one str.isalpha() call a character
_NAME = compile_guarded(r"\b(?:[A-Z][\w'’-]*|(?:al|el|as|ash|ad|ar|at|az|an)-\w+)")


def _other_script(sample: str) -> bool:
    """Whether the sample holds a letter ("[^\\W\\d_]") outside the Latin script, read off the set of its
    distinct non-ASCII characters (curly quotes make most news non-ASCII, but few characters repeat)."""
    for ch in set(_NON_ASCII.findall(sample)):
        if ch.isalnum() and not ch.isdecimal() and not _LATIN.match(ch):
            return True
    return False


def language_name(code: str) -> str:
    """'ar' -> 'Arabic'; an unknown code is given back as it is."""
    return LANGUAGE_NAMES.get(code, code or "an unknown language")


def language_of(text: str) -> str:
    """ISO 639-1 code of the language of ``text`` ("en", "ar", "fr", ...), or "" when unsure.

    Without lingua installed, Latin-script text is taken to be English (what
    geomap reads); text with too few letters to tell is "".
    """
    sample = text[:SAMPLE]
    if not _LETTER.search(sample):
        return ""
    if not sample.isascii() and _other_script(sample):  # counting letters only pays when another script is there
        letters = len(_LETTER.findall(sample))
        if len(_ARABIC.findall(sample)) > MAJORITY * letters:
            return "ar"
        if len(_CYRILLIC.findall(sample)) > MAJORITY * letters:
            return "ru"
        if len(_LATIN.findall(sample)) <= MAJORITY * letters:
            return ""
    # word counts add up line by line (no word or name spans a newline), and lines repeat across articles
    tokens, english, reporting, foreign = (sum(counts) for counts in zip(*map(_word_counts, sample.split("\n"))))
    if tokens and english >= max(2, ENGLISH_SHARE * tokens) and english > foreign:
        return "en"  # plainly English: no model needed (the common case, and the fast one)
    if tokens < FEW_WORDS and not foreign:
        return ""  # "Clashes in Hajin.": one word left ("in") is German to a model; unsure, so read as English
    words = _NAME.sub(" ", sample)
    short = len(words.strip()) < SHORT_TEXT
    if short and reporting and not foreign:
        # "Russian jets bombed Jabal al-Zawiya villages.": a word only English writes, none of the others'
        # function words; the full models would cost a second to load for a headline
        return "en"
    detector = _detector(short=False)
    if detector is None:
        return "en"
    if short:
        # The full models cost a second to load, a fifth of a run over thousands of notes, for one note that
        # needs them. The fast ones decide a short text they find English: sure of it, or English first with
        # no other language's function word. They misread English as another language far more often than the
        # reverse (of the terse sets' 3,625 sentences, 3 go on to the full models; of the 143 foreign notes in
        # tests/data/short_notes_languages.tsv, none is taken for English).
        confidence = detector.compute_language_confidence(words, _english())
        if confidence >= FAST_ENGLISH or (not foreign and detector.detect_language_of(words) == _english()):
            return "en"
        detector = _detector(short=True)
    found = detector.detect_language_of(words)
    return found.iso_code_639_1.name.lower() if found is not None else ""


@lru_cache(maxsize=8192)  # a line can be a whole article: bounded in lines, so in memory
def _word_counts(line: str) -> tuple[int, int, int, int]:
    """(words, English function or reporting words, English reporting words, other languages' function
    words) of one line, names (capitalised words, "al-..." forms) left out; counted in C."""
    tokens = _LOWER_WORD.findall(_NAME.sub(" ", line).lower())
    return (len(tokens), sum(map(_ENGLISH_WORDS.__contains__, tokens)),
            sum(map(_ENGLISH_REPORTING_WORDS.__contains__, tokens)),
            sum(map(_OTHER_FUNCTION_WORDS.__contains__, tokens)))


def _english():
    from lingua import Language
    return Language.ENGLISH


@lru_cache(maxsize=2)
def _detector(short: bool):
    """lingua's detector, built once: low-accuracy mode (fast, small) for long text; the full models for short
    text the fast mode doubts: it reads one English sentence in fifty as French, Spanish, Dutch or Turkish."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    builder = LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in _LATIN_LANGUAGES))
    return builder.build() if short else builder.with_low_accuracy_mode().build()
