"""Shared fixtures. ``../shared`` (seeds and gold) exists in CI, not in a user's clone."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

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
