"""Reading honestly: stray bytes, legacy encodings, binary files, web pages, empty and non-English articles."""
import html
import re
import shutil

import pytest

from conftest import REPO
from geomap import InputError
from geomap.articles import read_articles
from geomap.cli import main
from geomap.incidents import extract
from geomap.language import language_of

DATA = REPO / "tests" / "data"

SEEDS = REPO / "seeds"
SEED_000 = "000_5e07f6c301e48b34.txt"
SEED_004 = "004_7a23d0efe585e2f8.txt"
ARABIC = "قصفت قوات النظام مدينة دير الزور يوم الاثنين، وقتل ثلاثة مدنيين في القصف."
SAME = ["event_type", "sub_event_type", "location", "event_date", "fatalities", "actor1", "actor2", "evidence"]


def _seed_folder(folder, name, data: bytes):
    """A folder with one seed (as ``data``) and the seeds' metadata.csv, so dates are as for the real seed."""
    folder.mkdir(exist_ok=True)
    shutil.copy(SEEDS / "metadata.csv", folder / "metadata.csv")
    (folder / name).write_bytes(data)
    return folder


def _rows(gdf):
    return sorted(map(tuple, gdf[SAME].astype(str).values.tolist()))


def test_a_stray_byte_in_a_utf8_seed_is_replaced_not_read_as_cp1252(tmp_path):
    original = (SEEDS / SEED_004).read_bytes()
    at = original.index(b"\n")  # at the end of the first line: one byte a bad copy-paste left
    folder = _seed_folder(tmp_path / "in", SEED_004, original[:at] + b"\x81" + original[at:])
    with pytest.warns(UnicodeWarning, match=rf"{SEED_004}: 1 byte\(s\) not valid UTF-8 .*offset {at}\b"):
        gdf = extract([folder])
    evidence = " ".join(gdf["evidence"])
    assert "Syrian Arab Army’s 18th Division" in evidence
    assert "â€" not in evidence
    assert _rows(gdf) == _rows(extract([SEEDS / SEED_004]))


def test_cp1252_and_cp1256_files_decode(tmp_path):
    french = "Les forces du régime ont bombardé Alep ; « très lourdes pertes », déclare l’OSDH."
    (tmp_path / "fr.txt").write_bytes(french.encode("cp1252"))
    (tmp_path / "ar.txt").write_bytes(ARABIC.encode("cp1256"))
    texts = {a.id: a.text for a in read_articles([tmp_path])}
    assert texts == {"fr": french, "ar": ARABIC}


def test_a_binary_file_is_refused_by_name(tmp_path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64)
    with pytest.raises(InputError, match=r"photo\.txt: looks like a binary file"):
        list(read_articles([png]))


def test_a_web_page_gives_the_seeds_incidents_and_nothing_from_its_script(tmp_path):
    text = (SEEDS / SEED_000).read_text(encoding="utf-8")
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.splitlines() if p.strip())
    page = f"""<!DOCTYPE html><html><head><title>Syrian army: Fight to defeat ISIS escalates</title>
<style>p {{ color: #333 }}</style><script>var x = "ISIS attacked Palmyra";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/palmyra">ISIS attacks in Palmyra kill 20</a></li></ul></nav>
<article>{paragraphs}</article><script>document.write("ISIS shelled Palmyra, killing 12");</script></body></html>"""
    for name in ("000_5e07f6c301e48b34.html", SEED_000):  # a saved page is HTML whatever its name says
        folder = _seed_folder(tmp_path / name.replace(".", "_"), name, page.encode("utf-8"))
        [article] = list(read_articles([folder]))
        assert "var x" not in article.text and "Palmyra" not in article.text
        assert article.extra["title"] == "Syrian army: Fight to defeat ISIS escalates"
        gdf = extract([folder])
        assert _rows(gdf) == _rows(extract([SEEDS / SEED_000]))
        assert not any("Palmyra" in location or "Tadmor" in location for location in gdf["location"])


def test_an_empty_file_is_named_in_the_summary(tmp_path, capsys):
    folder = _seed_folder(tmp_path / "in", SEED_000, (SEEDS / SEED_000).read_bytes())
    (folder / "blank.txt").write_text("  \n\n", encoding="utf-8")
    assert main(["extract", str(folder), "-o", str(tmp_path / "out.csv")]) == 0
    assert "1 empty article(s): blank" in capsys.readouterr().err


def test_a_folder_of_empty_files_exits_non_zero(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n", encoding="utf-8")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "out.csv")]) != 0
    assert "no article had any text: a, b" in capsys.readouterr().err


def test_an_arabic_article_is_counted_and_gives_no_incidents(tmp_path, capsys):
    (tmp_path / "ar.txt").write_text(ARABIC, encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path / "ar.txt"), "-o", str(out)]) == 1  # ran, found nothing
    err = capsys.readouterr().err
    assert "0 incident(s)" in err and "1 article(s) in Arabic (ar): places only" in err
    assert "Deir-ez-Zor" in err and "Madinah" not in err  # "مدينة" (city) is a word, not the village
    assert out.read_text(encoding="utf-8").count("\n") == 1  # the header alone


def test_language_of_english_french_and_arabic():
    assert language_of("Regime forces shelled the town of Kafr Nabl on Monday, killing two civilians.") == "en"
    assert language_of("A shell fell on Mzeireb, western Daraa, killing a child.") == "en"  # names are not Dutch
    assert language_of("Les forces du régime ont bombardé la ville de Deir ez-Zor lundi, tuant trois civils.") == "fr"
    assert language_of(ARABIC) == "ar"
    assert language_of("") == ""


def test_terse_coder_notes_are_english_without_waiting_for_lingua(monkeypatch):
    """Coders' notes have few function words; they must not each cost a call of lingua's full models
    (a second to load, then tens of milliseconds a note): one note in twenty did, in the terse sets."""
    import geomap.language as language

    def no_model(short):
        raise AssertionError("lingua was asked")

    notes = ["Regime forces shelled Halfaya, Hama. No casualties.",
             "Regime military intelligence arrested 4 former rebels in Inkhil, northern Daraa countryside.",
             "Rockets fell on Kafr Sousa, western Damascus, wounding 2.",
             "Regime helicopters dropped barrel bombs on Saraqib. 7 civilian deaths.",
             "Dozens protested in Salkhad, southern Sweida, against forced conscription.",
             # the shortest notes, with no function word to speak of
             "Israeli missiles struck Iranian militia positions near Albu Kamal.",
             "Property destruction: SDF demolished houses in Raqqa.",
             "Hezbollah reinforcements arrived at Qusayr.",
             "Turkish artillery pounded Tal Rifaat surroundings.",
             "Mine blast kills shepherd east of Salamiyah."]
    with monkeypatch.context() as patch:
        patch.setattr(language, "_detector", no_model)
        assert [language_of(note) for note in notes] == ["en"] * len(notes)
    # a foreign note with one of those words still goes to the model, and is not taken for English
    assert language_of("Les forces du régime ont tiré des obus sur Saraqib, tuant deux civils.") == "fr"


def test_short_notes_are_not_dropped_as_foreign_and_foreign_ones_are_not_taken_for_english(monkeypatch):
    """A note of a few words ("Clashes in Hajin.") was German or French to lingua, and went unread; the
    full models also cost a second to load for one such note in a corpus of thousands."""
    import geomap.language as language

    asked = []
    real_detector = language._detector
    monkeypatch.setattr(language, "_detector", lambda short: asked.append(short) or real_detector(short))
    rows = [line.rstrip("\n").split("\t") for line in (DATA / "short_notes_languages.tsv").open(encoding="utf-8")
            if not line.startswith("#")]
    english = [text for code, text in rows if code == "en"]
    foreign = [(code, text) for code, text in rows if code != "en"]
    assert len(english) >= 20 and len({code for code, _ in foreign}) == 6
    wrong = [text for text in english if language_of(text) not in ("en", "")]  # "": unsure, read as English
    assert wrong == []
    asked.clear()
    assert language_of("Clashes in Hajin.") == "" and language_of("Russian jets bombed Jabal al-Zawiya villages.") == "en"
    assert asked == []  # neither needed the models
    taken_for_english = [text for code, text in foreign if language_of(text) == "en"]
    assert taken_for_english == []
    assert language_of("Bombardements sur Idlib.") != "en"  # one word left, but a French one: the model decides


def test_a_short_english_note_the_fast_models_are_sure_of_does_not_load_the_full_ones(monkeypatch):
    """A note with too few English words for the word lists ("Regime forces arrest 3 young men in Hay
    al-Shuhada") went to lingua's full models: a second to load, a fifth of a run over thousands of notes.
    The fast models decide it; a short foreign note they doubt still gets the full models."""
    import geomap.language as language

    asked = []
    real_detector = language._detector
    monkeypatch.setattr(language, "_detector", lambda short: asked.append(short) or real_detector(short))
    notes = ["Regime forces arrest 3 young men in Hay al-Shuhada, Daraa al-Mahatta",
             "Turkish drones hit SDF positions.", "They were taken to Al-Hasakeh."]
    assert [language_of(note) for note in notes] == ["en"] * len(notes)
    assert True not in asked and False in asked
    asked.clear()
    assert language_of("Autobomba ad Azaz, diversi morti.") == "it"  # English to the fast models, barely
    assert True in asked


def test_a_bad_file_beside_good_ones_is_named_and_the_good_ones_are_read(tmp_path):
    import shutil
    import subprocess
    import sys

    from conftest import REPO

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next((REPO / "seeds").glob("000_*.txt")), folder)
    (folder / "junk.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    result = subprocess.run([sys.executable, "-m", "geomap", "extract", str(folder), "-o", str(tmp_path / "o.csv")],
                            capture_output=True, text=True)
    assert result.returncode == 1  # ran, but an input was rejected
    assert "junk.txt" in result.stderr and "Traceback" not in result.stderr
    assert "1 article(s) read" in result.stderr and (tmp_path / "o.csv").stat().st_size > 1000


def test_an_article_too_long_to_be_one_is_refused_with_what_to_do(tmp_path, monkeypatch):
    import geomap.articles as articles

    monkeypatch.setattr(articles, "MAX_ARTICLE_CHARS", 1000)
    path = tmp_path / "dump.txt"
    path.write_text("Regime forces shelled Kafr Zita. " * 100, encoding="utf-8")
    with pytest.raises(articles.InputError, match="dump.txt.*split it"):
        list(articles.read_articles([path]))


def test_the_other_script_test_reads_as_the_regex_does():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.language import _other_script

    _NOT_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")  # the regex it replaced

    @settings(max_examples=300, deadline=None)
    @given(st.text(max_size=30))
    def agree(text):
        assert _other_script(text) == bool(_NOT_LATIN_LETTER.search(text))

    agree()
    for text in ["Salamiyah ’quoted’", "دير الزور", "Дейр", "x²", "½", "ǅ", "Ⅻ", "_", "é"]:
        assert _other_script(text) == bool(_NOT_LATIN_LETTER.search(text)), text


def test_line_by_line_word_counts_add_up_to_the_whole_texts():
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.language import _ENGLISH_REPORTING_WORDS, _ENGLISH_WORDS, _NAME, _OTHER_FUNCTION_WORDS, _word_counts

    def whole(text):
        tokens = re.findall(r"[a-z]+", _NAME.sub(" ", text).lower())
        return (len(tokens), sum(t in _ENGLISH_WORDS for t in tokens), sum(t in _ENGLISH_REPORTING_WORDS for t in tokens),
                sum(t in _OTHER_FUNCTION_WORDS for t in tokens))

    pieces = ["the", "The", "al-Bab", "and", "der", "shelled", "Σ", "İn", "killed", "x1", "-", " ", "\n", "\n\n", "’s", "of", "la"]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(pieces), max_size=20).map("".join))
    def agree(text):
        by_line = tuple(sum(c) for c in zip(*map(_word_counts, text.split("\n"))))
        assert by_line == whole(text), text

    agree()


def test_quotation_marks_are_counted_sentence_by_sentence_as_from_the_paragraph_start():
    """incidents._QuoteTally adds each sentence's marks to the last count: the same verdict as counting the
    paragraph from its start for every sentence."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.incidents import _QuoteTally

    def from_the_start(text, paragraph_start, position):
        chunk = text[paragraph_start:position]
        return chunk.count("“") - chunk.count("”") > 0 or chunk.count('"') % 2 == 1

    @settings(max_examples=500, deadline=None)
    @given(st.text(st.sampled_from('ab “”". '), max_size=40), st.data())
    def same(text, data):
        start = data.draw(st.integers(0, len(text)))
        positions = sorted(data.draw(st.lists(st.integers(start, len(text)), max_size=6)))
        tally = _QuoteTally(text, start)
        assert [tally.inside(p) for p in positions] == [from_the_start(text, start, p) for p in positions]

    same()
