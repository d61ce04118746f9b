"""On the seed articles: every required gold incident found, no trap mapped, no furniture."""
import importlib.util

import pytest

from conftest import REPO

SEEDS = REPO / "seeds"


@pytest.fixture(scope="module")
def seed_incidents():
    from geomap import extract

    return extract([SEEDS])


def _evaluator():
    spec = importlib.util.spec_from_file_location("eval_seeds", REPO / "bench" / "eval_seeds.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_required_gold_incident_is_found(gold):
    report = _evaluator().evaluate(gold, SEEDS)
    failures = [f"{r['id']}: {r['status']} {r['problems']}" for r in report["results"]
                if not r["optional"] and r["status"] != "found"]
    assert not failures, "\n".join(failures)


def test_no_incident_at_a_trap_or_from_page_furniture(seed_incidents):
    for row in seed_incidents.itertuples():
        assert row.admin1, row.location  # every incident is in Syria
        for furniture in ("Read more", "Bombings in Syria's Idlib", "Abu Dhabi", "ISISIMG", "PayPal",
                          "Vengeance for Sham", "At its peak"):
            assert furniture not in row.evidence, row.evidence
        for trap in ("Jerusalem", "Baghdad", "Abu Dhabi", "Sulaymaniyah"):
            assert trap not in row.location
