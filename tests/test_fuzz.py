"""Fuzzed: arbitrary bytes and mutated seed articles raise only GeomapError, and offsets stay true."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO
from geomap import GeomapError
from geomap.articles import Article, clean_text, decode, read_articles
from geomap.incidents import extract_all

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(st.binary(max_size=4000))
def test_any_bytes_decode_or_are_refused_in_one_error(data):
    try:
        assert isinstance(decode(data, "fuzz.txt"), str)
    except GeomapError:
        pass


@FAST
@given(st.text(max_size=3000))
def test_the_cleaner_keeps_every_offset(text):
    assert len(clean_text(text)) == len(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".jsonl", ".csv", ".html"]))
def test_any_file_is_read_or_refused_in_one_error(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        list(read_articles([path]))
    except GeomapError:
        pass


@st.composite
def mutated_seed(draw):
    """A seed article cut, spliced, with stray characters and bytes-turned-text in it."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["cut", "insert", "swap"]))
        if kind == "cut":
            text = text[:at] + text[at + draw(st.integers(1, 400)):]
        elif kind == "insert":
            text = text[:at] + draw(st.text(max_size=40)) + text[at:]
        else:
            other = draw(st.sampled_from(SEEDS))
            start = draw(st.integers(0, len(other)))
            text = text[:at] + other[start:start + draw(st.integers(1, 300))] + text[at:]
    return text


CONTROLS = {code: " " for code in range(0x20) if chr(code) not in "\t\n\r"} | {0x7F: " "}


@settings(max_examples=60, deadline=None)
@given(st.lists(mutated_seed(), min_size=1, max_size=3))
def test_mutated_articles_give_rows_or_geomap_errors_only(texts):
    articles = [Article(id=f"m{i}", text=t, published=None, date_precision="unknown", outlet="", url="")
                for i, t in enumerate(texts)]
    try:
        result = extract_all(articles)
    except GeomapError:
        return
    for incident in result.incidents:
        text = texts[int(incident.article.id[1:])]
        assert 0 <= incident.start < incident.end <= len(text)
        # the sentence on one line, control characters shown as spaces (articles.one_line)
        assert incident.evidence == " ".join(text[incident.start:incident.end].translate(CONTROLS).split())
