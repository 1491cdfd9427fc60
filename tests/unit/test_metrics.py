"""The checks across runs on made-up metric histories (flows/metrics.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import polars as pl

from flows.metrics import METRIC_SCHEMA, History, judge
from flows.settings import Settings

NOW = datetime(2026, 12, 4, tzinfo=UTC)


def run(run_id: str, coverage: float, seen: float = 100, new: float = 50, pay: float = 3000) -> pl.DataFrame:
    rows = [
        ("documents_seen", None, seen),
        ("documents_new", None, new),
        ("documents_changed", None, 0.0),
        ("salary_coverage", None, coverage),
        ("quarantine_rate", None, 0.01),
        ("records", "occupation:Koch", 40.0),
        ("median_monthly", "occupation:Koch", pay),
    ]
    return pl.DataFrame(
        [{"run_id": run_id, "metric": m, "subject": s, "value": v} for m, s, v in rows], schema=METRIC_SCHEMA
    )


def past(n: int, version: str = "2.1.0", **kwargs: float) -> History:
    runs = [run(f"r{i}", 0.9 + 0.01 * (i % 3), **kwargs) for i in range(n)]
    return History(pl.concat(runs), {f"r{i}": version for i in range(n)}, NOW - timedelta(days=1))


def by_name(
    current: pl.DataFrame, history: History, version: str = "2.1.0", **settings: float
) -> dict[str, object]:
    return {v.check_name: v for v in judge(current, version, history, Settings(**settings), now=NOW)}  # type: ignore[arg-type]


def test_no_verdict_before_enough_history() -> None:
    verdicts = by_name(run("now", 0.1), past(4))
    assert {v.status for v in verdicts.values()} == {"skipped"}  # type: ignore[attr-defined]


def test_a_steady_source_passes_and_a_coverage_collapse_is_an_error() -> None:
    steady = by_name(run("now", 0.9), past(6))
    assert {n: v.status for n, v in steady.items()} == dict.fromkeys(steady, "ok")  # type: ignore[attr-defined]
    broken = by_name(run("now", 0.55), past(6))["salary_coverage_within_usual"]
    assert (broken.status, broken.severity) == ("failed", "error")  # type: ignore[attr-defined]
    small = by_name(run("now", 0.8), past(6))["salary_coverage_within_usual"]  # unusual, but under 20 points
    assert small.status == "ok"  # type: ignore[attr-defined]


def test_after_an_extractor_change_it_warns_and_says_why() -> None:
    verdict = by_name(run("now", 0.55), past(6, version="2.0.0"))["salary_coverage_within_usual"]
    assert (verdict.status, verdict.severity) == ("failed", "warning")  # type: ignore[attr-defined]
    assert "extractor changed (2.0.0 → 2.1.0)" in verdict.note  # type: ignore[attr-defined]


def test_volume_median_pay_and_freshness() -> None:
    verdicts = by_name(run("now", 0.9, seen=400, new=0, pay=4500), past(6))
    assert verdicts["volume_within_usual"].status == "failed"  # type: ignore[attr-defined]
    moved = verdicts["median_pay_stable"]
    assert moved.status == "failed" and "Koch 3,000 → 4,500 €" in moved.observed  # type: ignore[attr-defined]
    assert verdicts["source_fresh"].status == "ok"  # one day since the last delivery
    stale = History(past(6).metrics, past(6).versions, NOW - timedelta(days=9))
    assert by_name(run("now", 0.9, new=0), stale)["source_fresh"].status == "failed"  # type: ignore[attr-defined]
