"""Record validation: error checks quarantine, warnings load and report; nothing dropped."""

from __future__ import annotations

import polars as pl
import pytest

from flows.normalise import normalise
from flows.validate import cross_source_failures, validate_records

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
            "statement": ["4.000 €"] * n,
            "line": [1] * n,
            "extractor_version": ["test"] * n,
            "occupation": ["IT Manager"] * n,
            "city": ["Köln"] * n,
            "state": ["Nordrhein-Westfalen"] * n,
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


def with_seniority(
    frame: pl.DataFrame, seniorities: list[str], docs: list[str] | None = None
) -> pl.DataFrame:
    out = frame.with_columns(seniority=pl.Series(seniorities))
    if docs is not None:
        out = out.with_columns(document_id=pl.Series(docs))
    return out


def warnings_of(result_failures: pl.DataFrame) -> list[tuple[str, str]]:
    return sorted(
        result_failures.filter(pl.col("severity") == "warning").select("record_id", "check_name").rows()
    )


def test_seniority_bands_out_of_order_warn_both() -> None:
    frame = with_seniority(records([("month", 5000, 5500), ("month", 3800, 4200)]), ["entry", "experienced"])
    result = validate_records(frame)
    assert result.valid.height == 2
    assert [c for _, c in warnings_of(result.failures)] == ["seniority_bands_in_order"] * 2


def test_seniority_bands_in_order_pass() -> None:
    frame = with_seniority(
        records([("month", 3000, 3500), ("month", 4000, 4500), ("month", None, 6000)]),
        ["entry", "experienced", "lead"],
    )
    assert validate_records(frame).failures.height == 0


def test_duplicate_statement_warns_on_the_repeat_only() -> None:
    result = validate_records(records([("month", 2500, 2500), ("month", 2500, 2500)]))
    assert warnings_of(result.failures) == [(result.valid["record_id"][1], "duplicate_statement")]


def test_sources_disagree_across_documents_and_context() -> None:
    other = "b" * 64
    batch = records([("month", 2000, 2000)])
    context = pl.DataFrame(
        {
            "record_id": ["ctx"], "document_id": [other], "occupation": ["IT Manager"], "city": ["Köln"],
            "seniority": ["entry"], "monthly_min": [6500.0], "monthly_max": [6500.0],
        }
    )  # fmt: skip
    failures = cross_source_failures(batch, context)
    assert warnings_of(failures) == [(batch["record_id"][0], "sources_agree")]  # context never fails
    assert cross_source_failures(batch).height == 0  # one source: nothing to compare


def test_outlier_for_occupation() -> None:
    frame = records([("month", v, v) for v in (2700, 2800, 2650, 2750, 9500)])
    frame = frame.with_columns(
        document_id=pl.Series([c * 64 for c in "abcde"]), city=pl.Series(list("vwxyz"))
    )
    assert warnings_of(cross_source_failures(frame)) == [(frame["record_id"][4], "typical_for_occupation")]
