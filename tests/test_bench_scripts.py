"""The benchmark scripts run, at a tiny size (benchmarks are not tests: no timing is asserted here)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _module(name: str):
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize("kind", ["news", "seeds", "terse"])
def test_generator_is_deterministic_and_reads_as_articles(kind, tmp_path):
    make = _module("make_articles")
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    make.main([kind, "12", str(first)])
    make.main([kind, "12", str(second)])
    assert first.read_bytes() == second.read_bytes()
    records = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 12 and len({r["id"] for r in records}) == 12
    assert all(set(r) == {"id", "text", "published", "outlet", "url"} for r in records)
    mean = sum(len(r["text"]) for r in records) / len(records)
    assert (2500 < mean < 4500) if kind != "terse" else (60 < mean < 800)
    from geomap.articles import read_articles

    assert len(list(read_articles([first]))) == 12


def test_news_articles_carry_furniture_and_traps():
    make = _module("make_articles")
    texts = " ".join(r["text"] for r in make.generate("news", 30))
    assert "ISISIMG_" in texts or "Read more:" in texts or "Share this article" in texts
    assert "At its peak" in texts or "since the start of the year" in texts or "has seen sporadic fighting" in texts


def test_extract_benchmark_runs_on_a_tiny_corpus(tmp_path):
    pytest.importorskip("ahocorasick")
    bench = _module("bench_extract")
    result = bench.bench("terse", 20, tmp_path, core=None)
    assert result["articles"] == 20 and result["rows"] > 0 and result["scan_seconds"] > 0
