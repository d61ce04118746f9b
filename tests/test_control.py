"""Control assertions true to the sentence: the holder, the status, the place, the side that lost it."""
import json
from pathlib import Path


from geomap.incidents import extract_all


def _claims(tmp_path, text, published="2018-09-12"):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "published": published, "text": text}), encoding="utf-8")
    return [(c.actor, c.status, c.mention.place.name, c.lost_by, c.contested_with)
            for c in extract_all([path]).control]


def test_the_subject_of_occupies_holds_the_place(tmp_path):
    claims = _claims(tmp_path, "ISIS cells cannot be eliminated in the desert as long as the US occupies the al-Tanf area.")
    assert [c[:2] for c in claims] == [("Military Forces of the United States", "controls")]


def test_the_army_took_back_the_village_from_isis(tmp_path):
    claims = _claims(tmp_path, "The Syrian military has been making rapid gains against ISIS near Deir Ezzor, recently "
                               "taking back the important village of al-Sukhna, while Salamiyah saw a seesaw battle.")
    assert [(c[0], c[1], c[3]) for c in claims] == [("Military Forces of Syria", "captured", "Islamic State")]
    assert claims[0][2] == "Sokhneh"


def test_the_possessor_of_a_stronghold_holds_it(tmp_path):
    claims = _claims(tmp_path, "The Syrian military made a major push to oust the group from the ISIS stronghold of "
                               "Deir Ezzor.")
    assert ("Islamic State", "controls") in [c[:2] for c in claims]
    assert all(c[0] != "Military Forces of Syria" or c[1] != "controls" for c in claims)


def test_previously_held_territory_was_lost_by_its_holder(tmp_path):
    claims = _claims(tmp_path, "In the desert to the east of Palmyra, the Syrian army cleared hundreds of square miles "
                               "of previously ISIS-held territory on Tuesday.")
    assert {(c[0], c[1]) for c in claims} == {("Military Forces of Syria", "captured"), ("Islamic State", "lost")}


def test_a_siege_is_told_as_the_side_inside_besieged(tmp_path):
    claims = _claims(tmp_path, "ISIS fighters hold out in the desert. To the east of the city of Sweida, the Syrian "
                               "army has surrounded the As-Safa volcanic field.")
    assert ("Islamic State", "besieged", "As-Safa", "", "Military Forces of Syria") in claims


def test_a_planned_capture_is_not_a_capture(tmp_path):
    assert _claims(tmp_path, "Regime forces are preparing to recapture Morek from HTS.") == []


def test_the_seeds_control_assertions_match_the_gold_list(gold):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from eval_control import count

    found, total, wrong = count()
    assert total == 13 and found >= 11 and wrong <= 1


def test_the_word_gates_let_through_every_sentence_a_control_pattern_matches():
    """asserts_control searches a sentence only with the patterns whose words it holds; no gate may hide a
    match (a pattern given a new word must add it to its words in _PATTERN_WORDS)."""
    import json
    import re

    from geomap.control import _PATTERN_WORDS

    data = Path(__file__).resolve().parent / "data"
    texts = [json.loads(line)["text"] for name in ("terse_dev.jsonl", "terse_check.jsonl")
             for line in (data / name).read_text(encoding="utf-8").splitlines()]
    texts += [p.read_text(encoding="utf-8") for p in (Path(__file__).resolve().parent.parent / "seeds").glob("*.txt")]
    texts += re.findall(r'"([A-Z][^"\n]{15,})"', Path(__file__).read_text(encoding="utf-8"))
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()]
    matched = 0
    for pattern, words in _PATTERN_WORDS:
        for sentence in sentences:
            if pattern.search(sentence):
                matched += 1
                assert any(word in sentence.lower() for word in words), (pattern.pattern[:40], sentence)
    assert matched > 30
