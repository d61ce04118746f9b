"""Shared fixtures. ``../shared`` (seeds and gold) exists in CI, not in a user's clone."""
from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Tests build gazetteers and lexicons of their own: their prepared indexes and kept regexes go to a folder of
# the run's, so they neither fill the user's cache nor clear the regexes kept there (a store past its bound
# starts afresh: a test run once left the next real run compiling every lexicon again). Registered before
# geomap saves its regexes at exit, so removed after.
if "GEOMAP_CACHE" not in os.environ:
    os.environ["GEOMAP_CACHE"] = tempfile.mkdtemp(prefix="geomap-tests-cache-")
    atexit.register(shutil.rmtree, os.environ["GEOMAP_CACHE"], ignore_errors=True)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
GOLD = SHARED / "eval" / "seeds_gold.json"


@pytest.fixture(scope="session")
def gold() -> dict:
    if not GOLD.exists():
        pytest.skip("../shared/eval/seeds_gold.json is not beside this clone")
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gazetteer():
    from geomap import Gazetteer

    return Gazetteer.default()


def write_places(path: Path, rows: list[dict]) -> Path:
    """Write a places CSV with the standard header (missing fields left empty)."""
    import csv

    from geomap.gazetteer import COLUMNS

    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in COLUMNS})
    return path
