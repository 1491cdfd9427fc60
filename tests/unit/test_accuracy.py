"""The extractor on the labelled corpus: F1 >= 0.97 and seniority accuracy >= 0.95."""

from __future__ import annotations

from tests.accuracy import load_cases, score


def test_corpus_is_large_and_varied() -> None:
    cases = load_cases()
    assert len(cases) >= 80
    assert len({c["genre"] for c in cases}) >= 6
    assert sum(1 for c in cases if not c["expect"]) >= 10  # texts without any salary
    assert len({c["id"] for c in cases}) == len(cases)


def test_extraction_accuracy() -> None:
    result = score(load_cases())
    report = "\n".join(result.misses)
    assert result.f1 >= 0.97, report
    assert result.seniority_accuracy >= 0.95, report
