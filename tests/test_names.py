"""Spellings real reports use must meet in one key; different places must not."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.names import elided_spellings, fold_key, light_key, name_keys, skeleton_key, split_descriptors


@pytest.mark.parametrize("group", [
    ["Sukhnah", "al-Sukhna", "al-Sukhnah", "Sokhneh", "As Sukhnah", "Es-Sukhneh", "As-Sukhnah"],
    ["Deir Ezzor", "Deir ez-Zor", "Deir al-Zor", "Dayr az-Zawr", "Deir-ez-Zor", "Deir el-Zor", "Dayr al Zawr"],
    ["Sheikh Maqsoud", "Shaykh Maqsud", "Cheikh Maksoud", "Sheikh Maksoud"],
    ["Tall Abyad", "Tell Abiad", "Tal Abyad", "Tal Abiad"],
    ["Ma'arrat An Nu'man", "Maarat al-Numan", "Ma’arrat al-Nu‘man", "Maarrat Al-Numan"],
    ["Jisr Ash-Shughur", "Jisr al-Shughour", "Jisr esh-Shughur", "Dschisr asch-Schughur"],
    ["Yabroud", "Yabrud"],
    ["Hama", "Hamah", "Hamaa"],
    ["Abu al-Naitel", "Abul Nitel", "Abu l-Naytal"],
    # the diminutive's glide after the first consonant, written w, uw, u or ou
    ["Tweil", "Tuwayl", "Touil", "Tuweil"],
    ["Hweijet Shnan", "Huwayjat Shnan", "Hwaijet Shnan", "Huwayja Shnan"],
    # a word in construct keeps its ta marbuta as a "t" in some spellings
    ["Qeshlet Yusef Basha", "Qishla Yusef Basha", "Qishlat Yusuf Basha"],
    ["Sweida", "Suwayda", "Souaida", "Suwaida"],
    ["Kweires", "Kuwayris", "Kuweires"],
    # "son of" in a name: Ibn, bin, Ben, bn
    ["Tareq Ben Ziad", "Tareq Ibn Ziad", "Tariq bin Ziad", "Tareq bn Ziad"],
    ["Ammar Ibn Yaser", "Ammar bin Yaser", "Ammar Ben Yaser"],
    # Arabizi: digits for Arabic letters (3 ayn, 7 ha, 2 qaf spoken as a hamza)
    ["Hawalik", "7awalik"], ["Zanbaqa", "Zanba2a"], ["Ahmad", "A7mad"], ["Shabaaniyeh", "el-Sheb3aniyye"],
    # the article glued to a word that begins with a vowel, as OCHA writes it after the first word
    ["Mazraet Deir Elashayer", "Mazraat Deir al-Ashayer"], ["Tal Elahmar", "Tal al-Ahmar", "Tell el-Ahmar"],
    # the nisba ending -iyya with its y written or not, after a consonant
    ["Qahtaniyeh", "Qahtanieh", "Qahtaniya", "Qahtania", "Qahtaniyyah"],
    ["Deir Attiyeh", "Deir Attieh", "Deir Attiya"], ["Malotya", "Malotia", "Malotiyeh"],
])
def test_spelling_variants_share_a_fold_key(group):
    keys = {fold_key(name) for name in group}
    assert len(keys) == 1, dict(zip(group, map(fold_key, group)))


@pytest.mark.parametrize("a, b", [("Sukhnah", "Sahnaya"), ("Homs", "Hama"), ("Hajin", "Hama"),
                                  ("Raqqa", "Rukban"), ("Idlib", "Adra"),
                                  ("Mweileh", "Mil"), ("Suwayda", "Sadd"),  # the glide is a letter
                                  ("Mashrafieh", "Mashrafa")])  # a nisba is no ta marbuta
def test_different_places_keep_different_keys(a, b):
    assert fold_key(a) != fold_key(b)


@pytest.mark.parametrize("name", ["T3 pumping station", "3rd Division", "Tishrin 6", "Regiment 137", "7th of April"])
def test_digits_that_are_numbers_stay_numbers(name):
    assert any(ch.isdigit() for ch in fold_key(name))


def test_arabic_script_normalises_article_hamza_and_ta_marbuta():
    assert light_key("السخنة") == light_key("سخنه")
    assert light_key("إدلب") == light_key("ادلب")
    assert fold_key("دير الزور") == fold_key("دير  زور")


def test_apostrophes_and_diacritics_are_ignored():
    assert light_key("Dar‘ā") == light_key("Dar'a") == light_key("Dara")
    assert light_key("Ḩamāh") == "hamah"


def test_descriptors_are_split_from_the_name_with_feature_hints():
    assert split_descriptors("Sidnaya Military Prison")[0] == "sidnaya"
    assert "prison" in split_descriptors("Sidnaya Military Prison")[1]
    assert split_descriptors("Mount Bishri")[0] == split_descriptors("Bishri Mountain")[0] == "bishri"
    assert split_descriptors("Regiment 46")[0] == "regiment 46"
    # a name made only of generic words is not emptied
    assert split_descriptors("Military Base")[0] == "Military Base"


def test_skeleton_keeps_consonants_only():
    assert skeleton_key("Kafr Nabl") == skeleton_key("Kafranbel")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=127), max_size=30))
def test_an_ascii_name_keys_as_its_accented_twin_does(ascii_name):
    """Names in reports are mostly ASCII and are read without Unicode normalisation; a name must key the
    same whether or not it carries marks the normalisation strips ("Dayr" and "Dáyr")."""
    accented = ascii_name.replace("a", "\u00e1").replace("e", "e\u0301")
    assert (light_key(accented), fold_key(accented), split_descriptors(accented)[1]) == \
        (light_key(ascii_name), fold_key(ascii_name), split_descriptors(ascii_name)[1])


def test_ascii_names_split_into_the_words_the_three_substitutions_give():
    """The ASCII fast path of _split_tokens (one translate) against the substitutions it stands for."""
    import re
    import string

    from geomap.names import _APOSTROPHES, _NON_WORD, _SEPARATORS, _split_tokens

    def by_substitutions(text):
        text = _APOSTROPHES.sub("", text.lower())
        return _NON_WORD.sub("", _SEPARATORS.sub(" ", text)).split()

    @settings(max_examples=2000, deadline=None)
    @given(st.text(alphabet=st.sampled_from(string.printable + "\x1c\x1f\x00\x7f"), max_size=30))
    def agree(text):
        assert _split_tokens(text) == by_substitutions(text)

    agree()
    assert _split_tokens("Ma'arrat An-Nu`man (Idlib)") == ["maarrat", "an", "numan", "idlib"]
    assert re.fullmatch(r"[a-z0-9 ]*", " ".join(_split_tokens(string.printable)))


def test_glued_articles_are_taken_off_as_the_patterns_say():
    """light_key tries the glued-article patterns only on words that can begin as they do: never fewer."""
    from geomap.names import _GLUED_ARTICLE, _GLUED_EL, ARTICLES, _light_of_tokens

    def every_word_tried(tokens):
        kept = [_GLUED_EL.sub("", t) for t in tokens if t not in ARTICLES]
        kept = kept[:1] + [_GLUED_ARTICLE.sub(r"\1", t) for t in kept[1:]]
        return " ".join(t for t in kept if t) or " ".join(tokens)

    words = st.sampled_from(["al", "el", "alla", "ella", "assad", "abbas", "ebbin", "ezzor", "eddin", "deir",
                             "a", "e", "aa", "albab", "elbab", "ashsham", "kafr", "", "ab", "abb"])

    @settings(max_examples=2000, deadline=None)
    @given(st.lists(words, max_size=6))
    def agree(tokens):
        assert _light_of_tokens(tokens) == every_word_tried(tokens)

    agree()
    assert light_key("Deir Ezzor") == "deir zor" and light_key("al-Bab") == "bab"


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=30),
                 st.text(alphabet=st.sampled_from("Al-ZawiyaMountEasternİdlibḨalabẞé '’()دير"), max_size=30)))
def test_name_keys_agree_with_each_key_function(name):
    """name_keys (what the index and a place's spelling keys are made of) against the key functions, the
    name without its generic words included: a name's words joined are not worked out again."""
    keys = name_keys(name)
    core = split_descriptors(name)[0]
    assert (keys.light, keys.fold, keys.skeleton) == (light_key(name), fold_key(name), skeleton_key(name))
    assert keys.core_keys == (light_key(core), fold_key(core), skeleton_key(core))


@pytest.mark.parametrize("name", ["Eastern Ghouta", "Jabal al-Zawiya", "Sidnaya Military Prison", "İdlib",
                                  "Ḩalab countryside", "the Euphrates valley", "Military Base"])
def test_the_keys_of_a_name_without_its_generic_words(name):
    core = split_descriptors(name)[0]
    assert name_keys(name).core_keys == (light_key(core), fold_key(core), skeleton_key(core))


@pytest.mark.parametrize("written, gazetteer", [
    ("al-Qteifeh", "Al Qutayfah"), ("Qmeira", "Qumayra"), ("Jdeideh", "Judaydah"), ("Hreitan", "Huraytan")])
def test_a_diminutive_written_without_its_first_u_keys_as_one_of_the_gazetteers_derived_spellings(written, gazetteer):
    derived = elided_spellings(light_key(gazetteer))
    assert fold_key(written) in {fold_key(d) for d in derived}
    assert fold_key(written) != fold_key(gazetteer)  # the fold alone does not join them


@pytest.mark.parametrize("name", ["Suhaylah", "Ragib", "Kafr Nubl", "Salma", "Hama"])
def test_names_that_are_no_such_diminutive_derive_nothing(name):
    # not before an h: "Suhaylah" without its u would read "Shaylah"
    assert elided_spellings(light_key(name)) == ()
