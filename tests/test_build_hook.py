"""The wheel's build hook (scripts/hatch_build.py) ships the gazetteer's prepared index, or, failing, nothing."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

pytest.importorskip("hatchling")

from geomap import regex_cache  # noqa: E402
from geomap.gazetteer import _Prepared, _sources_digest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _temporary_folders_in_tmp_path(tmp_path, monkeypatch):
    """The hook's temporary folder goes under tmp_path: a test that stops before ``finalize`` leaves no 23 MB
    index in the system's temporary folder."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))


def _hook(tmp_path, target: str = "wheel"):
    spec = importlib.util.spec_from_file_location("hatch_build", REPO / "scripts" / "hatch_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, module.PreparedIndexHook(str(REPO), {}, None, None, str(tmp_path), target)


def test_a_wheel_gets_the_index_made_from_the_checkouts_data(tmp_path):
    module, hook = _hook(tmp_path)
    build_data = {"force_include": {}}
    hook.initialize("standard", build_data)
    shipped = {shipped_as: Path(made) for made, shipped_as in build_data["force_include"].items()}
    made = shipped[module.SHIPPED_AS]
    assert module.SHIPPED_AS == "geomap/_gazetteer/prepared.index"
    prepared = _Prepared(made)  # whole, current format, checked by its CRC
    assert prepared.sources == _sources_digest(REPO / "gazetteer")
    # the lexicons' regexes, under the name this interpreter and this code read
    regexes = shipped[f"geomap/_regexes/{regex_cache.cache_path().name}"]
    _a_run_from_the_shipped_regexes_compiles_nothing(regexes.parent, tmp_path / "empty cache")
    hook.finalize("standard", build_data, str(tmp_path / "x.whl"))
    assert not made.exists() and not regexes.exists()  # their temporary folder removed once the wheel holds them


def _a_run_from_the_shipped_regexes_compiles_nothing(shipped: Path, cache: Path) -> None:
    """A run with an empty cache folder reads the seeds and the dev notes without compiling a lexicon."""
    import subprocess
    import sys

    probe = ("import sys; from pathlib import Path; import geomap.regex_cache as r; r.SHIPPED = Path(sys.argv[1]); "
             "from geomap.cli import main; main(['extract', *sys.argv[3:], '-q', '-o', sys.argv[2]]); "
             "print(r._changed, len(r._store))")
    texts = [str(REPO / "tests" / "data" / "terse_dev.jsonl"), str(REPO / "seeds")]
    env = {**os.environ, "GEOMAP_CACHE": str(cache), "PYTHONPATH": str(REPO)}
    run = subprocess.run([sys.executable, "-c", probe, str(shipped), str(cache.parent / "out.csv"), *texts],
                         capture_output=True, text=True, env=env, cwd=cache.parent)
    assert run.returncode == 0, run.stderr
    changed, kept = run.stdout.split()
    assert changed == "False" and int(kept) > 300  # every regex it asked for was in the shipped store


def test_a_failed_build_leaves_the_wheel_without_it_and_says_so(tmp_path, monkeypatch):
    import geomap.gazetteer

    def fail(directory, target):
        raise ImportError("No module named 'numpy'")

    monkeypatch.setattr(geomap.gazetteer, "write_shipped_index", fail)
    _, hook = _hook(tmp_path)
    build_data = {"force_include": {}}
    with pytest.warns(UserWarning, match="prepared index is not in this wheel.*numpy.*build it on first use"):
        hook.initialize("standard", build_data)
    assert build_data["force_include"] == {}
    assert not list(tmp_path.glob("geomap-index-*"))  # nothing to ship: its temporary folder is gone already


def test_a_failed_warm_up_leaves_the_wheel_without_regexes_and_says_so(tmp_path, monkeypatch):
    module, hook = _hook(tmp_path)
    monkeypatch.setattr(module, "WARM_UP_TEXTS", ("no such folder",))
    build_data = {"force_include": {}}
    with pytest.warns(UserWarning, match="compiled regexes are not in this wheel.*no such folder.*first run"):
        hook.initialize("standard", build_data)
    assert list(build_data["force_include"].values()) == [module.SHIPPED_AS]  # the index still ships
    monkeypatch.setattr(module, "WARM_UP_TEXTS", ("tests/data/terse_dev.jsonl",))
    monkeypatch.setattr(module.sys, "executable", str(tmp_path / "no python here"))
    with pytest.warns(UserWarning, match="compiled regexes are not in this wheel"):
        hook.initialize("standard", {"force_include": {}})


@pytest.mark.parametrize("target, version", [("wheel", "editable"), ("sdist", "standard")])
def test_an_editable_install_or_an_sdist_ships_no_index(tmp_path, target, version):
    _, hook = _hook(tmp_path, target)
    build_data = {"force_include": {}}
    hook.initialize(version, build_data)
    assert build_data["force_include"] == {}
