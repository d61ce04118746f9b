"""report.md stays readable however many incidents there are."""
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from geomap.report import write_report
from geomap.sources import read_incidents

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_report_of_thousands_of_incidents_lists_summaries_and_the_deadliest(tmp_path):
    one = read_incidents(FIXTURES / "acled_sample.csv")
    many = pd.concat([one] * 200, ignore_index=True)  # 6,000 rows
    many["incident_id"] = [f"x{i}" for i in range(len(many))]
    many["article_id"], many["claimed_by"], many["evidence"] = "acled", "", many["notes"]
    many["time_precision"] = 1
    write_report(SimpleNamespace(articles=0, unresolved_count=0, first_unresolved=lambda n: []), many, [],
                 tmp_path)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert len(report) < 60_000
    assert "## Summary" in report and "deadliest of 6000 incidents" in report and "incidents.csv" in report


def test_the_report_names_the_articles_a_bug_in_geomap_skipped(tmp_path):
    incidents = read_incidents(FIXTURES / "acled_sample.csv")
    incidents["article_id"], incidents["claimed_by"], incidents["evidence"] = "acled", "", incidents["notes"]
    incidents["time_precision"] = 1
    failed = [("n7 (notes.jsonl:7)", "TypeError: a bug at geoparse.py:1275")]
    write_report(SimpleNamespace(articles=9, unresolved_count=0, first_unresolved=lambda n: [], failed=failed),
                 incidents, [], tmp_path)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "## Articles skipped" in report and "- n7 (notes.jsonl:7): TypeError: a bug at geoparse.py:1275" in report
