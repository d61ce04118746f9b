"""The English words geoparse reads as no respelled village are what scripts/build_english_words.py makes."""
import importlib.util

from conftest import REPO


def test_the_shipped_word_list_is_exactly_what_its_script_writes():
    spec = importlib.util.spec_from_file_location("build_english_words", REPO / "scripts" / "build_english_words.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = (REPO / "geomap" / "data" / "english_words.txt").read_text(encoding="utf-8").splitlines()
    # (a new development set changes the list: run the script again)
    assert [w for w in shipped if not w.startswith("#")] == script.english_words()
