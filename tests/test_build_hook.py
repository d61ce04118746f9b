"""The wheel's build hook (scripts/hatch_build.py) ships the gazetteer's prepared index, or, failing, nothing."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("hatchling")

from geomap.gazetteer import _Prepared, _sources_digest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def _hook(tmp_path, target: str = "wheel"):
    spec = importlib.util.spec_from_file_location("hatch_build", REPO / "scripts" / "hatch_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, module.PreparedIndexHook(str(REPO), {}, None, None, str(tmp_path), target)


def test_a_wheel_gets_the_index_made_from_the_checkouts_data(tmp_path):
    module, hook = _hook(tmp_path)
    build_data = {"force_include": {}}
    hook.initialize("standard", build_data)
    [(made, shipped_as)] = build_data["force_include"].items()
    assert shipped_as == module.SHIPPED_AS == "geomap/_gazetteer/prepared.index"
    prepared = _Prepared(Path(made))  # whole, current format, checked by its CRC
    assert prepared.sources == _sources_digest(REPO / "gazetteer")
    hook.finalize("standard", build_data, str(tmp_path / "x.whl"))
    assert not Path(made).exists()  # its temporary folder removed once the wheel holds it


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


@pytest.mark.parametrize("target, version", [("wheel", "editable"), ("sdist", "standard")])
def test_an_editable_install_or_an_sdist_ships_no_index(tmp_path, target, version):
    _, hook = _hook(tmp_path, target)
    build_data = {"force_include": {}}
    hook.initialize(version, build_data)
    assert build_data["force_include"] == {}
