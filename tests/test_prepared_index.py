"""The prepared gazetteer index on disk: the answers of the gazetteer built from its files, rebuilt when stale or damaged."""
import os

import pytest

from conftest import write_places
from geomap.gazetteer import (COLUMNS, SHARD, Gazetteer, _build, _cache_path, _from_prepared, _load_prepared,
                              SHIPPED_INDEX, _Prepared, _write_prepared, data_dir, write_shipped_index)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _row(place, **changes):
    row = {c: getattr(place, c, "") for c in COLUMNS if c != "aliases"}
    return {**row, "aliases": "|".join(place.aliases), **changes}


@pytest.fixture
def sources(tmp_path, gazetteer):
    """A small data folder (three shipped rows, their own coordinates) and a user file over it."""
    tadmor, sukhnah, hajin = (gazetteer.lookup(n)[0] for n in ("Palmyra", "Sukhnah", "Hajin"))
    (tmp_path / "data" / "places").mkdir(parents=True)
    write_places(tmp_path / "data" / "places" / "shipped.csv", [_row(tadmor), _row(sukhnah)])
    user = write_places(tmp_path / "mine.csv", [_row(hajin, id="my-hajin", name="My Hajin", aliases="")])
    return tmp_path / "data", user


def test_the_prepared_index_answers_as_the_gazetteer_built_from_its_files(tmp_path):
    built = _build(data_dir(), ())
    _write_prepared(built, tmp_path / "g.index")
    prepared = _from_prepared(_Prepared(tmp_path / "g.index"))
    names = [p.name for p in built.places[::211]] + [
        "Deir-ez-Zor - Hatla", "Regiment 46 - Military Base", "Mansura - Idleb", "Sukhnh", "al-Taim oil field"]
    for name in names:
        assert prepared.lookup(name) == built.lookup(name), name
    assert prepared.lookup("Homs", admin1="Homs") == built.lookup("Homs", admin1="Homs")
    assert prepared.suggest("Qxzlmorr") == built.suggest("Qxzlmorr") and prepared.suggest("Sukhnahhh")
    assert len(prepared) == len(built) and list(prepared.places) == built.places
    assert list(prepared._spellings) == built._spellings
    assert prepared.get(built.places[7].id) == built.places[7] and prepared.get("no such id") is None
    fresh = _from_prepared(_Prepared(tmp_path / "g.index")).places  # read by position, in any order
    for position in (-1, 5000, 0, SHARD - 1, SHARD, 4 * SHARD + 1, -len(built.places)):  # shards' edges
        assert fresh[position] == built.places[position]
    assert fresh[3:2000:97] == built.places[3:2000:97] and list(fresh) == built.places
    with pytest.raises(IndexError):
        fresh[len(built.places)]


def test_a_changed_user_file_is_read_again_not_answered_from_the_old_index(cache, sources):
    directory, user = sources
    assert _load_prepared(directory, (user,)).lookup("My Hajin")
    assert len(list(cache.glob("*.index"))) == 1
    user.write_text(user.read_text(encoding="utf-8").replace("My Hajin", "Our Hajin"), encoding="utf-8")
    stat = user.stat()
    os.utime(user, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    again = _load_prepared(directory, (user,))
    assert again.lookup("Our Hajin") and not again.lookup("My Hajin")
    assert list(cache.glob("*.index")) == [_cache_path(directory, (user,))]  # the stale one is gone


@pytest.mark.parametrize("damage", ["flipped bytes", "truncated", "empty"])
def test_a_damaged_index_is_rebuilt_not_trusted(cache, sources, damage):
    directory, user = sources
    _load_prepared(directory, (user,))
    path = _cache_path(directory, (user,))
    data = bytearray(path.read_bytes())
    if damage == "flipped bytes":
        middle = len(data) // 2
        data[middle:middle + 16] = bytes(b ^ 0xFF for b in data[middle:middle + 16])
    path.write_bytes(bytes(data[: len(data) // 2] if damage == "truncated" else b"" if damage == "empty" else data))
    gazetteer = _load_prepared(directory, (user,))
    assert gazetteer.lookup("My Hajin")[0].id == "my-hajin"
    assert gazetteer.lookup("Palmyra")[0].name == "Tadmor"
    _Prepared(path)  # written whole again


def test_an_unwritable_cache_folder_still_answers(tmp_path, monkeypatch, sources):
    directory, user = sources
    (tmp_path / "a file").write_text("not a folder")
    monkeypatch.setenv("GEOMAP_CACHE", str(tmp_path / "a file"))
    assert _load_prepared(directory, (user,)).lookup("My Hajin")


def test_the_default_gazetteer_with_a_user_file_is_prepared_too(cache, sources):
    _, user = sources
    mine = Gazetteer.default([user])
    assert mine.lookup("My Hajin")[0].source == mine.get("my-hajin").source
    assert len(mine) == len(Gazetteer.default()) + 1


def test_the_text_scan_table_and_the_suggestion_counts_are_what_their_definitions_say():
    """word_keys is made while the index is built, the letter counts on arrays: each against its definition."""
    import numpy as np
    from hypothesis import given, settings
    from hypothesis import strategies as st

    import sys

    from geomap.gazetteer import (_letter_count_bytes, _letter_count_rows, _letter_counts, _qualifier_moved,
                                  _without_qualifier)

    def without_numpy(keys):  # as the wheel's build hook counts them, where numpy is not installed
        with pytest.MonkeyPatch.context() as patch:
            patch.setitem(sys.modules, "numpy", None)
            return _letter_count_bytes(keys)
    from geomap.names import (_fold_word, construct_state, elided_spellings, fold_key, light_key, skeleton_key,
                              split_descriptors)

    built = _build(data_dir(), ())
    expected = {}
    def word_key(written):  # a word with more of the name after it without its construct "t"
        words = written.split()
        return tuple(_fold_word(w[:-1] if n < len(words) - 1 and construct_state(w) else w) for n, w in enumerate(words))

    for place in built.places:
        lights = []
        for spelling in (place.name, *place.aliases):
            light = light_key(spelling)
            lights.append(light)
            # and "Western X" as "X Gharbiya", and a settlement's "Western X" as "X" (a text that drops the qualifier)
            bare = _without_qualifier(light) if light and place.is_settlement else None
            for written in [light] + _qualifier_moved(light) + ([bare] if bare else []) if light else []:
                expected.setdefault(word_key(written), spelling)
        # then its diminutives without their first u ("Qteifeh" for Al Qutayfah), under its name
        for derived in sorted({d for light in lights for d in elided_spellings(light)} - set(lights)):
            expected.setdefault(word_key(derived), place.name)
    assert list(built.word_keys().items()) == list(expected.items())  # the first spelling of a key wins

    def keys(name):
        return light_key(name), fold_key(name), skeleton_key(name)

    # each place's spelling keys, ranking's copy of what the key functions say of its spellings, then of the
    # diminutives the index derives from them
    def rows(place):
        own = [(*keys(s), *keys(split_descriptors(s)[0])) for s in (place.name, *place.aliases)]
        lights = {row[0] for row in own}
        derived = sorted({d for light in lights for d in elided_spellings(light)} - lights)
        return tuple(own + [(*keys(d), *keys(split_descriptors(d)[0])) for d in derived])

    assert built._spellings == [rows(p) for p in built.places]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.text(alphabet=st.sampled_from("abcxyz az{`0 دير\u00e9"), max_size=8), max_size=12))
    def agree(keys):
        rows = _letter_count_rows(keys)
        assert rows.dtype == np.int32 and rows.shape == (len(keys), 27)
        assert rows.tolist() == [_letter_counts(k) for k in keys]
        assert _letter_count_bytes(keys) == rows.astype("<i4").tobytes() == without_numpy(keys)

    agree()


def test_an_index_shipped_beside_the_data_is_used_only_while_it_was_made_from_them(cache, sources):
    """A wheel ships the data's prepared index (scripts/hatch_build.py): the first command reads it instead of
    building one into the cache; a changed data file (or code) makes it stale, and it is passed over."""
    directory, _ = sources
    write_shipped_index(directory, directory / SHIPPED_INDEX)
    shipped = _load_prepared(directory)
    assert shipped.prepared_path() == directory / SHIPPED_INDEX and not cache.exists()  # nothing built
    assert shipped.lookup("Palmyra") == _build(directory, ()).lookup("Palmyra") and shipped.lookup("Palmyra")
    data = directory / "places" / "shipped.csv"
    data.write_text(data.read_text(encoding="utf-8").replace("Sokhneh", "Sokhna2"), encoding="utf-8")
    changed = _load_prepared(directory)
    assert changed.prepared_path() != directory / SHIPPED_INDEX and len(list(cache.glob("*.index"))) == 1
    assert changed.lookup("Sokhna2") and not shipped.lookup("Sokhna2")
    (directory / SHIPPED_INDEX).write_bytes(b"damaged")
    assert _load_prepared(directory).lookup("Sokhna2")  # a damaged shipped file: the cache route


def test_the_installed_wheel_reads_its_shipped_index(tmp_path):
    """CI installs the wheel (.ci/run): its geomap, imported from outside the checkout, opens the index the
    build hook put beside its data, with nothing in the cache, and has the regexes compiled for this Python."""
    import subprocess
    import sys

    probe = ("import geomap.gazetteer as g, geomap.regex_cache as r; d = g.data_dir(); "
             "print(d.name, (d / g.SHIPPED_INDEX).is_file(), (r.SHIPPED / r.cache_path().name).is_file(), "
             "g.Gazetteer.default().prepared_path())")
    env = {**os.environ, "GEOMAP_CACHE": str(tmp_path / "cache"), "PYTHONPATH": ""}
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert found.returncode == 0, f"the installed geomap (older than this checkout?) failed: {found.stderr}"
    folder, has_index, has_regexes, opened = found.stdout.split(" ", 3)
    if folder != "_gazetteer":
        pytest.skip("geomap is not installed from a wheel here (an editable install reads the checkout)")
    assert has_index == "True", "the wheel has no prepared index: see scripts/hatch_build.py's warning"
    assert has_regexes == "True", "the wheel has no compiled regexes for this Python: see scripts/hatch_build.py"
    assert opened.strip().endswith(f"_gazetteer/{SHIPPED_INDEX}") and not (tmp_path / "cache").exists()
