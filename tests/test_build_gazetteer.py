"""The generated gazetteer layers are what scripts/build_gazetteer.py makes from the sources."""
import filecmp
import shutil
import subprocess
import sys

import pytest

from conftest import REPO, SHARED

DATA = SHARED / "data"


def test_the_shipped_layers_are_exactly_what_the_build_script_writes(tmp_path):
    if not (DATA / "ocha-cod-syria" / "Locations.xlsx").exists():
        pytest.skip("../shared/data (OCHA, Who's On First) is not beside this clone")
    pytest.importorskip("openpyxl")
    out = tmp_path / "gazetteer"
    shutil.copytree(REPO / "gazetteer", out)
    generated = ["places/ocha_communities.csv", "places/ocha_neighbourhoods.csv", "places/ocha_admin.csv",
                 "places/wof.csv", "areas.geojson"] + [f"boundaries/ocha_adm{i}.geojson" for i in range(4)]
    for name in generated:
        (out / name).unlink()
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_gazetteer.py"), str(DATA),
                             "--output", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    differ = [name for name in generated + [f"curated/{p.name}" for p in (REPO / "gazetteer" / "curated").iterdir()]
              if not filecmp.cmp(REPO / "gazetteer" / name, out / name, shallow=False)]
    assert differ == [], f"rerun scripts/build_gazetteer.py and commit: {differ}"
