"""Reading the inputs users have, and keeping page furniture out of the news."""
import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap import InputError
from geomap.articles import Article, clean_text, parse_published, read_articles

TEXT = "Regime forces shelled the town of Kafr Nabl on Monday, killing two civilians."


def test_folder_of_txt_with_metadata(tmp_path):
    (tmp_path / "a1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet,published,url\na1.txt,Test Wire,2018-03-07,http://x\n",
                                           encoding="utf-8")
    [article] = list(read_articles([tmp_path]))
    assert (article.id, article.outlet, str(article.published), article.date_precision) == \
        ("a1", "Test Wire", "2018-03-07", "day")


def test_jsonl_keeps_unknown_fields_and_names_bad_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": TEXT, "published": "2018-03-07", "outlet": "W",
                                "coder": "A"}) + "\n", encoding="utf-8")
    [article] = list(read_articles([path]))
    assert article.id == "x1" and article.extra["coder"] == "A"
    path.write_text(path.read_text() + "{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"in\.jsonl:2: not valid JSON"):
        list(read_articles([path]))


def test_jsonl_is_read_line_by_line_with_a_stray_byte_named_by_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": "Ma\u2019arrat: " + TEXT}, ensure_ascii=False).encode()
             for i in range(3)]
    lines[1] = lines[1].replace(b"Kafr", b"Kafr\xff")  # one bad byte in the second article, UTF-8 around it
    path.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n")
    articles = read_articles([path])
    assert next(articles).id == "a0"  # the first article comes before the file is read to its end
    with pytest.warns(UnicodeWarning, match=r"feed\.jsonl:2: 1 byte"):
        second = next(articles)
    assert "Kafr\ufffd" in second.text and next(articles).id == "a2"


def test_a_json_escape_of_half_a_surrogate_pair_is_replaced_and_named_not_fatal_at_the_end(tmp_path):
    """'\\ud800' alone is valid JSON but no UTF-8 file can hold it: the run used to fail writing its output."""
    from geomap.cli import main

    path = tmp_path / "feed.jsonl"
    lines = ['{"id": "a1", "text": "On 3 May 2019, regime forces shelled Kafr Nabl, killing 2 civilians \\ud83d\\ude00."}',
             '{"id": "a2", "outlet": "W\\uDC00", "text": "On 4 May 2019, regime forces shelled Hish \\ud800, '
             'killing 2 civilians."}']
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    articles = read_articles([path])
    assert "civilians \U0001F600." in next(articles).text  # a whole pair is one character, no warning
    with pytest.warns(UnicodeWarning, match=r"feed\.jsonl:2: 2 unpaired UTF-16 surrogate"):
        second = next(articles)
    assert "Hish \ufffd," in second.text and second.outlet == "W\ufffd"
    for suffix in (".csv", ".gpkg"):  # every output, which used to fail after reading everything
        assert main(["extract", str(path), "-o", str(tmp_path / f"out{suffix}")]) == 0
        assert (tmp_path / f"out{suffix}").exists()


def test_csv_needs_a_text_column(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text(f'id,text,published\nc1,"{TEXT}",2018-03-07\n', encoding="utf-8")
    assert [a.id for a in read_articles([good])] == ["c1"]
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.csv:1: .*'text' column"):
        list(read_articles([bad]))


def test_an_acled_export_is_read_as_articles_its_notes_the_texts_and_a_warning_says_so(tmp_path):
    fixtures = Path(__file__).parent / "fixtures"
    with open(fixtures / "acled_sample.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with pytest.warns(UserWarning, match=r"acled_sample\.csv: an ACLED export: each row's 'notes' is read"):
        articles = list(read_articles([fixtures / "acled_sample.csv"]))
    assert [a.id for a in articles] == [row["event_id_cnty"] for row in rows]
    assert [a.text for a in articles] == [row["notes"] for row in rows]
    assert articles[0].published == parse_published(rows[0]["event_date"])[0] is not None
    assert articles[0].outlet == rows[0]["source"]
    assert articles[0].extra == {}  # ACLED's own coding is not carried as the article's
    # the same fields as JSON Lines (an API download, one event a line); a row without notes is named
    jsonl = tmp_path / "acled.jsonl"
    jsonl.write_text("\n".join(json.dumps(row) for row in rows[:2] + [{**rows[2], "notes": ""}]), encoding="utf-8")
    with pytest.warns(UserWarning, match="ACLED export"), \
            pytest.raises(InputError, match=r"acled\.jsonl:3: field 'notes' is missing or empty"):
        list(read_articles([jsonl]))


def test_a_ucdp_export_given_as_articles_is_refused_with_what_to_do_instead():
    fixtures = Path(__file__).parent / "fixtures"
    with pytest.raises(InputError, match=r"ucdp_ged_sample\.csv:1: .*looks like a UCDP GED export"):
        list(read_articles([fixtures / "ucdp_ged_sample.csv"]))


def test_stdin_plain_text_and_jsonl():
    [plain] = list(read_articles(["-"], stdin=io.BytesIO(TEXT.encode())))
    assert plain.id == "stdin"
    record = json.dumps({"id": "s1", "text": TEXT}).encode()
    assert [a.id for a in read_articles(["-"], stdin=io.BytesIO(record))] == ["s1"]


def test_encodings_bom_legacy_and_refusal(tmp_path):
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeff".encode() + TEXT.encode())
    assert next(read_articles([bom])).text.startswith("Regime")
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Caf\xe9 in Homs was shelled.".encode("latin-1"))
    assert "Café" in next(read_articles([legacy])).text
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"Homs \xc3\x28 was \x81 shelled")
    with pytest.raises(InputError, match="broken.txt: not UTF-8"):
        list(read_articles([broken]))


def test_missing_input_is_named(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file"):
        list(read_articles([tmp_path / "nope.txt"]))


PAGE = """Abu Dhabi, UAEWednesday 22 January 2020

ISIS holdouts under siege in Syria

The SDF offensive began on Monday near Hajin, the coalition said.

Read more:

Bombings in Syria's Idlib drive more than 30,000 from their homes

Foreign fighters in Syria's Idlib face last stand

02 Syria Salamiyah ISISIMG_1911

Fighting continued near the village of Al-Bagouz on Tuesday.

Updated: September 13, 2018 02:35 PM

Note to readers: please click the share buttons. PayPal: someone@example.org
"""


def test_cleaning_blanks_furniture_and_keeps_offsets():
    cleaned = clean_text(PAGE)
    assert len(cleaned) == len(PAGE)
    for gone in ("Abu Dhabi", "Bombings in Syria", "Foreign fighters", "ISISIMG", "Note to readers", "PayPal",
                 "example.org"):
        assert gone not in cleaned, gone
    for kept in ("The SDF offensive began on Monday near Hajin", "Fighting continued near the village of Al-Bagouz"):
        start = cleaned.index(kept)
        assert PAGE[start:start + len(kept)] == kept


@pytest.mark.parametrize("text", [
    "Former regime gunmen attacked a General Security checkpoint at the entrance of the village of al-Marqab in the "
    "Baniyas countryside, on Friday, killing four security members, the Interior Ministry said.",
    "On 5 April 2019, residents of Kafta in the Harem countryside demonstrated after Friday prayers.",
    # a report that opens with its source and day, as monitors' logs do
    "SOHR, Thursday: unknown persons threw a hand grenade at a house in Qantara, south-east of Hama.",
])
def test_a_sentence_that_runs_on_to_a_weekday_is_no_banner(text):
    assert clean_text(text) == text  # both were blanked whole, as "Abu Dhabi, UAEWednesday" is


def test_publication_date_comes_from_updated_line_not_banner():
    article = Article(id="x", text=PAGE)
    assert str(article.published) == "2018-09-13"


def test_every_seed_keeps_its_incidents_as_one_paragraph(tmp_path):
    from conftest import REPO
    from geomap import extract

    seeds = sorted((REPO / "seeds").glob("*.txt"))
    for seed in seeds:
        (tmp_path / seed.name).write_text(" ".join(seed.read_text(encoding="utf-8").split()), encoding="utf-8")
    as_written = extract([REPO / "seeds"])
    one_paragraph = extract([tmp_path])
    for seed in seeds:
        written = sorted(as_written.loc[as_written["article_id"].str.contains(seed.stem), "place_id"])
        flat = sorted(one_paragraph.loc[one_paragraph["article_id"].str.contains(seed.stem), "place_id"])
        # every incident survives; without paragraphs, quotations and headlines run into the text, so one
        # more may appear
        assert set(written) <= set(flat) and len(flat) <= len(written) + 1, seed.name


def test_an_article_read_unprepared_is_cleaned_where_it_is_prepared(tmp_path):
    """--jobs hands workers unprepared articles; preparing one gives exactly what reading it whole gives."""
    path = tmp_path / "in.jsonl"
    page = "Syria News\n\nRead more:\nOther headline\n\n" + TEXT
    path.write_text(json.dumps({"id": "p1", "text": page}) + "\n", encoding="utf-8")
    [whole] = list(read_articles([path]))
    [raw] = list(read_articles([path], prepare=False))
    assert raw.clean == "" and raw.language == "" and not raw.prepared
    assert raw.prepare() == whole and whole.prepare() is whole


@pytest.mark.parametrize("encoding,body", [
    ("utf-8-sig", 'id,text,outlet\na1,"Shells hit Dayr az-Zawr, killing 3.\nA second line — café",Wire\n'),
    ("utf-8", "id,text\r\na2,Clashes in Ḥamā\r\n"),
    ("cp1252", "id,text\na3,Caf\u00e9 owners in Hama said \u201cthree\u201d died\n"),
    ("utf-16", "id,text\na4,Shelling of Idlib\n"),
])
def test_a_csv_of_articles_reads_the_same_row_by_row_as_whole(tmp_path, encoding, body):
    from geomap.articles import _csv_file_records, _csv_records, decode

    path = tmp_path / "articles.csv"
    path.write_bytes(body.encode(encoding))
    whole = list(_csv_records(decode(path.read_bytes(), str(path)), str(path)))
    assert list(_csv_file_records(path)) == whole
    assert whole and all("text" in row for _, row in whole)


def test_a_line_is_furniture_exactly_where_the_whole_pattern_matches():
    """``_furniture_line`` searches the pattern's parts only where a hint of each is present; the hints must
    never hide a match (case folds such as "ſ" for "s" included)."""
    from pathlib import Path

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.articles import _FURNITURE_LINE, _furniture_line

    def agrees(line: str) -> None:
        assert _furniture_line.__wrapped__(line) == (_FURNITURE_LINE.search(line) is not None), line

    repo = Path(__file__).resolve().parent.parent
    for path in [*(repo / "seeds").glob("*.txt"), *(repo / "tests" / "fixtures").rglob("*.txt")]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            agrees(line.strip())
    pieces = ["IMG_12", "img_3", "İMG_4", "ımg_5", "x.JPG", ".jpeg", ".png", ".gif", "12:30 - source:", "Source: AFP",
              "ſource: x", "Ads", "advertisement", "Email", "print", "SHARE", "ſhare", "tweet", "Comments", "updated:",
              "Published:", "*", "AFP", "Reuters", "REUTERſ", "AP", "Getty Images", "EPA Photo", "map", " ", "\t",
              "\n", "\u2003", "٣", "a", ".", ",", "Photo", "s", "P"]

    @settings(max_examples=600, deadline=None)
    @given(st.lists(st.sampled_from(pieces), max_size=6))
    def random_lines(parts):
        agrees("".join(parts))
        agrees(" ".join(parts))

    random_lines()


def test_an_iso_publication_day_is_read_as_strptime_reads_it():
    """parse_published reads "YYYY-MM-DD" directly (strptime costs a note about 8 µs): the same day, and an
    impossible day still falls through to the other formats."""
    from datetime import date, datetime

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from geomap.articles import parse_published

    @settings(max_examples=500, deadline=None)
    @given(st.dates(date(1, 1, 1), date(9999, 12, 31)) | st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True))
    def same(value):
        text = value if isinstance(value, str) else value.isoformat()
        try:
            expected = (datetime.strptime(text, "%Y-%m-%d").date(), "day")
        except ValueError:
            expected = None
        assert parse_published(text) == (expected or (None, "unknown"))  # no other format reads such a text

    same()
    assert parse_published("2018-09-12") == (date(2018, 9, 12), "day")
    assert parse_published("2018-02-30") == (None, "unknown") and parse_published("2017-08") == (date(2017, 8, 1), "month")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", ".", "@", " ", "\n", "http", "HTTPS", "://", "www.", "WWW.", "x1", "[email",
                                 "[email protected]", "protected]", "\t", "İ", "’", "wWw.", "Www", "W", "[EMAIL",
                                 "HtTp:", "//"]), max_size=30).map("".join))
def test_emails_and_links_found_line_by_line_are_the_ones_a_scan_of_the_whole_text_finds(text):
    from geomap.articles import _EMAIL_OR_URL, _email_or_url_spans, _may_hold_address

    assert _email_or_url_spans(text) == [m.span() for m in _EMAIL_OR_URL.finditer(text)]
    assert _may_hold_address(text) or _EMAIL_OR_URL.search(text) is None  # the gate passes every text with one


def test_a_posts_pictographs_and_tags_are_read_as_words_with_offsets_kept():
    post = "🔴 Protest at Atme camp yesterday\n📍 Atme camp #Idlib_countryside\n☠️ no casualties\n🕐 yesterday"
    cleaned = clean_text(post)
    assert len(cleaned) == len(post)
    assert "Protest at Atme camp" in cleaned and "#Idlib countryside" in cleaned  # a field line is not furniture
    assert not any(ch in cleaned for ch in "🔴📍☠🕐")


@pytest.mark.parametrize("data", [b"\xfe\xff\x00", b"\xff\xfeS\x00h\x00\x00\xd8"])  # an odd byte; a lone surrogate
def test_a_broken_utf16_file_is_refused_with_its_name(tmp_path, data):
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"notes\.txt: starts with a UTF-16 byte-order mark but is not valid UTF-16"):
        list(read_articles([path]))
