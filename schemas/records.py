"""Pandera models of a salary record: what every row of ``salary_records`` promises.

``SalaryRecord`` holds the ``error`` checks (a failing record is quarantined);
``SalaryRecordWarnings`` the ``warning`` checks (the record is loaded and the failure
reported). Every check is named for what it means to a data steward, and ``CHECKS``
gives its severity, the column it is about and the sentence a report shows.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandera.polars as pa
import polars as pl

from flows.normalise import ANNUAL_FACTOR, MONTHLY_FACTOR, factor
from flows.settings import get_settings

SENIORITIES = ["entry", "experienced", "lead", "unspecified"]
PERIODS = ["month", "year", "hour"]


@dataclass(frozen=True)
class CheckInfo:
    """How a check is reported: severity, the column it is about, what it means."""

    severity: str
    column: str
    message: str


CHECKS: dict[str, CheckInfo] = {
    "range_not_backwards": CheckInfo(
        "error",
        "amount_min",
        "The lower bound is larger than the upper bound: the range is stated backwards "
        "(recorded as stated, never swapped). Check the source sentence.",
    ),
    "has_a_bound": CheckInfo("error", "amount_min", "The statement has neither a lower nor an upper bound."),
    "monthly_min_within_bounds": CheckInfo(
        "error",
        "monthly_min",
        "The monthly equivalent of the lower bound is outside the plausible range "
        "(settings monthly_min..monthly_max): a typo, a wrong period or not a salary.",
    ),
    "monthly_max_within_bounds": CheckInfo(
        "error",
        "monthly_max",
        "The monthly equivalent of the upper bound is outside the plausible range "
        "(settings monthly_min..monthly_max): a typo, a wrong period or not a salary.",
    ),
    "monthly_consistent_with_stated": CheckInfo(
        "error",
        "monthly_min",
        "The monthly figures do not follow from the stated amounts and period.",
    ),
    "annual_consistent_with_stated": CheckInfo(
        "error",
        "annual_min",
        "The annual figures do not follow from the stated amounts and period.",
    ),
    "evidence_span_valid": CheckInfo(
        "error", "char_start", "The character span of the statement is empty or negative."
    ),
    "spread_at_most_3": CheckInfo(
        "warning",
        "amount_max",
        "The upper bound is more than three times the lower bound: an unusually wide range.",
    ),
}


def _within(col: str) -> pl.Expr:
    s = get_settings()
    value = pl.col(col)
    return value.is_null() | value.is_between(s.monthly_min, s.monthly_max)


def _consistent(prefix: str, table: dict[str, float]) -> pl.Expr:
    tol = get_settings().consistency_tolerance
    f = factor(table, pl.col("period"))
    ok = pl.lit(True)
    for bound in ("min", "max"):
        stated, derived = pl.col(f"amount_{bound}"), pl.col(f"{prefix}_{bound}")
        same_nullness = stated.is_null() == derived.is_null()
        close = ((stated * f).round(2) - derived).abs() <= tol
        ok = ok & same_nullness & (stated.is_null() | close.fill_null(False))
    return ok


class SalaryRecord(pa.DataFrameModel):
    """A salary statement fit for ``salary_records``; failures of these checks quarantine it."""

    record_id: str = pa.Field(unique=True)
    document_id: str = pa.Field(str_length={"min_value": 64, "max_value": 64})
    occupation: str = pa.Field(nullable=True)
    city: str = pa.Field(nullable=True)
    seniority: str = pa.Field(isin=SENIORITIES)
    period: str = pa.Field(isin=PERIODS)
    period_inferred: bool
    amount_min: float = pa.Field(nullable=True)
    amount_max: float = pa.Field(nullable=True)
    currency: str = pa.Field(isin=["EUR"])
    monthly_min: float = pa.Field(nullable=True)
    monthly_max: float = pa.Field(nullable=True)
    annual_min: float = pa.Field(nullable=True)
    annual_max: float = pa.Field(nullable=True)
    is_open_ended: bool
    is_approximate: bool
    evidence: str
    char_start: int
    char_end: int
    extractor_version: str

    class Config:
        strict = False
        coerce = False

    @pa.dataframe_check(name="range_not_backwards")
    def range_not_backwards(cls, data: pa.PolarsData) -> pl.LazyFrame:
        lo, hi = pl.col("amount_min"), pl.col("amount_max")
        return data.lazyframe.select(lo.is_null() | hi.is_null() | (lo <= hi))

    @pa.dataframe_check(name="has_a_bound")
    def has_a_bound(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("amount_min").is_not_null() | pl.col("amount_max").is_not_null())

    @pa.dataframe_check(name="monthly_min_within_bounds")
    def monthly_min_within_bounds(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(_within("monthly_min"))

    @pa.dataframe_check(name="monthly_max_within_bounds")
    def monthly_max_within_bounds(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(_within("monthly_max"))

    @pa.dataframe_check(name="monthly_consistent_with_stated")
    def monthly_consistent_with_stated(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(_consistent("monthly", MONTHLY_FACTOR))

    @pa.dataframe_check(name="annual_consistent_with_stated")
    def annual_consistent_with_stated(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(_consistent("annual", ANNUAL_FACTOR))

    @pa.dataframe_check(name="evidence_span_valid")
    def evidence_span_valid(cls, data: pa.PolarsData) -> pl.LazyFrame:
        start, end = pl.col("char_start"), pl.col("char_end")
        return data.lazyframe.select((start >= 0) & (end > start))


class SalaryRecordWarnings(pa.DataFrameModel):
    """Suspicious but possible: failures are reported, the record is still loaded."""

    class Config:
        strict = False

    @pa.dataframe_check(name="spread_at_most_3")
    def spread_at_most_3(cls, data: pa.PolarsData) -> pl.LazyFrame:
        lo, hi = pl.col("amount_min"), pl.col("amount_max")
        return data.lazyframe.select(
            (lo.is_null() | hi.is_null() | (lo <= 0) | (hi <= 3 * lo)).fill_null(True)
        )
