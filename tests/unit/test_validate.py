"""Record validation: error checks quarantine, warnings load and report; nothing dropped."""

from __future__ import annotations

import polars as pl
import pytest

from flows.normalise import normalise
from flows.validate import validate_records

DOC = "a" * 64


def records(rows: list[tuple[str, float | None, float | None]]) -> pl.DataFrame:
    """Well-formed records with the given (period, amount_min, amount_max)."""
    n = len(rows)
    frame = pl.DataFrame(
        {
            "record_id": [f"{DOC[:16]}:{i}-{i + 5}" for i in range(n)],
            "document_id": [DOC] * n,
            "seniority": ["entry"] * n,
            "period": [r[0] for r in rows],
            "period_inferred": [True] * n,
            "amount_min": [r[1] for r in rows],
            "amount_max": [r[2] for r in rows],
            "is_open_ended": [False] * n,
            "is_approximate": [False] * n,
            "evidence": ["Ein Satz."] * n,
            "char_start": list(range(n)),
            "char_end": [i + 5 for i in range(n)],
            "extractor_version": ["test"] * n,
            "occupation": ["IT Manager"] * n,
            "city": ["Köln"] * n,
        },
        schema_overrides={"amount_min": pl.Float64, "amount_max": pl.Float64},
    )
    return normalise(frame)


def test_valid_records_pass() -> None:
    result = validate_records(records([("month", 4200, 5500), ("year", 68000, None), ("hour", 15, 18)]))
    assert result.valid.height == 3
    assert result.quarantined.height == 0
    assert result.failures.height == 0


@pytest.mark.parametrize(
    ("row", "check"),
    [
        (("month", 5500, 4200), "range_not_backwards"),
        (("month", 300, 400), "monthly_min_within_bounds"),
        (("month", 4000, 60000), "monthly_max_within_bounds"),
        (("hour", 500, 500), "monthly_min_within_bounds"),
        (("month", None, None), "has_a_bound"),
    ],
)
def test_error_checks_quarantine(row: tuple[str, float | None, float | None], check: str) -> None:
    result = validate_records(records([("month", 4200, 5500), row]))
    assert result.valid.height == 1
    assert result.quarantined.height == 1
    assert check in result.quarantined["failed_checks"][0].split(", ")
    failure = result.failures.filter(pl.col("check_name") == check).row(0, named=True)
    assert failure["severity"] == "error"
    assert failure["record_id"] == result.quarantined["record_id"][0]
    assert failure["message"]


def test_inconsistent_normalised_figures_are_errors() -> None:
    frame = records([("month", 4200, 5500)]).with_columns(annual_min=pl.lit(1.0))
    result = validate_records(frame)
    assert result.quarantined["failed_checks"].to_list() == ["annual_consistent_with_stated"]
    assert result.failures["failure_value"].to_list() == ["1.0"]


def test_warning_loads_and_reports() -> None:
    result = validate_records(records([("month", 1000, 5000)]))
    assert result.valid.height == 1
    assert result.failures.select("check_name", "severity").rows() == [("spread_at_most_3", "warning")]
