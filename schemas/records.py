"""Pandera models of a salary record: what every row of ``salary_records`` promises.

``SalaryRecord`` holds the ``error`` checks: a record failing one is quarantined.
The ``warning`` checks load the record and report it: ``SalaryRecordWarnings`` judges
within one document (so it runs per batch of documents), ``CrossSourceWarnings`` across
documents, on the run's records together with those already in the warehouse (column
``in_batch`` tells them apart; only the run's records can fail). Every check is named for
what it means to a data steward; ``CHECKS`` gives its severity, the column it is about,
what it expects and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandera.polars as pa
import polars as pl

from flows.normalise import ANNUAL_FACTOR, MONTHLY_FACTOR, factor
from flows.settings import Settings, get_settings

SENIORITIES = ["entry", "experienced", "lead", "unspecified"]
PERIODS = ["month", "year", "hour"]
SENIORITY_RANK = {"entry": 0, "experienced": 1, "lead": 2}


@dataclass(frozen=True)
class CheckInfo:
    """How a check is reported.

    ``expectation`` may name settings in braces (``{monthly_max}``): they are filled in
    from the configuration in force, so a report states the bound that was applied.
    """

    severity: str
    column: str
    message: str
    expectation: str
    remedy: str

    def expected(self, settings: Settings) -> str:
        return self.expectation.format(**settings.model_dump())


FIX_TEXT = "Correct the source text if it is wrong; otherwise the extraction rule needs a fix."

CHECKS: dict[str, CheckInfo] = {
    "range_not_backwards": CheckInfo(
        "error", "amount_min",
        "The range is stated backwards: its lower bound is larger than its upper bound.",
        "amount_min ≤ amount_max",
        "Check the sentence: a typo or swapped figures. The record is kept as stated, never swapped.",
    ),
    "has_a_bound": CheckInfo(
        "error", "amount_min", "The statement has neither a lower nor an upper bound.",
        "amount_min or amount_max present", FIX_TEXT,
    ),
    "monthly_min_within_bounds": CheckInfo(
        "error", "monthly_min",
        "The monthly equivalent of the lower bound is not a plausible gross salary.",
        "{monthly_min:,.0f} € ≤ monthly_min ≤ {monthly_max:,.0f} €",
        "Look for a typo, a wrong period (a yearly figure read as monthly, an hourly rate) or an "
        "amount that is not a salary.",
    ),
    "monthly_max_within_bounds": CheckInfo(
        "error", "monthly_max",
        "The monthly equivalent of the upper bound is not a plausible gross salary.",
        "{monthly_min:,.0f} € ≤ monthly_max ≤ {monthly_max:,.0f} €",
        "Look for a typo, a wrong period (a yearly figure read as monthly, an hourly rate) or an "
        "amount that is not a salary.",
    ),
    "monthly_consistent_with_stated": CheckInfo(
        "error", "monthly_min",
        "The monthly figures do not follow from the stated amounts and period.",
        "monthly = stated × (1 per month, 1/12 per year, 173.33 per hour), ± {consistency_tolerance} €",
        "A defect of the normalisation step: report it to the salary-etl developers.",
    ),
    "annual_consistent_with_stated": CheckInfo(
        "error", "annual_min",
        "The annual figures do not follow from the stated amounts and period.",
        "annual = stated × (12 per month, 1 per year, 2080 per hour), ± {consistency_tolerance} €",
        "A defect of the normalisation step: report it to the salary-etl developers.",
    ),
    "evidence_span_valid": CheckInfo(
        "error", "char_start", "The character span of the statement is empty or negative.",
        "0 ≤ char_start < char_end", "A defect of the extractor: report it to the salary-etl developers.",
    ),
    "spread_at_most_3": CheckInfo(
        "warning", "amount_max", "The range is unusually wide.",
        "amount_max ≤ {max_spread:g} × amount_min",
        "Check that both figures belong to the same statement (e.g. not an hourly and a monthly figure).",
    ),
    "seniority_bands_in_order": CheckInfo(
        "warning", "seniority",
        "Within this text the seniority bands are out of order (on monthly lower figures).",
        "entry ≤ experienced ≤ lead within one document",
        "Check which group each figure is for; the seniority cue may belong to another figure.",
    ),
    "duplicate_statement": CheckInfo(
        "warning", "amount_min", "The same figures for the same group are stated again in this text.",
        "each (range, period, seniority) once per document",
        "Usually harmless (a summary repeats a figure); check that it is not a copy-paste error.",
    ),
    "sources_agree": CheckInfo(
        "warning", "monthly_min",
        "This figure differs strongly from what other sources say for the same occupation, city and seniority.",
        "within ±{source_disagreement_share:.0%} of the median of all sources",
        "Compare with the other sources (salary_records_with_source); one of them may be outdated or wrong.",
    ),
    "typical_for_occupation": CheckInfo(
        "warning", "monthly_min", "This figure is an outlier for its occupation.",
        "robust z-score ≤ {outlier_z:g} within the occupation (needs {outlier_min_records} records)",
        "Check the figure and its period against the source sentence.",
    ),
}  # fmt: skip


def lower_figure() -> pl.Expr:
    """The monthly figure a band starts at: the lower bound, else the upper one."""
    return pl.coalesce("monthly_min", "monthly_max")


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
    state: str = pa.Field(nullable=True)
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
    char_start: int = pa.Field(ge=0)
    char_end: int
    statement: str
    line: int = pa.Field(ge=1)
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
        return data.lazyframe.select(
            (pl.col("char_start") >= 0) & (pl.col("char_end") > pl.col("char_start"))
        )


class SalaryRecordWarnings(pa.DataFrameModel):
    """Suspicious but possible, judged within one document: reported, still loaded.

    Validated on whole documents, so it runs on any batch of documents independently.
    """

    class Config:
        strict = False

    @pa.dataframe_check(name="spread_at_most_3")
    def spread_at_most_3(cls, data: pa.PolarsData) -> pl.LazyFrame:
        lo, hi = pl.col("amount_min"), pl.col("amount_max")
        spread = get_settings().max_spread
        return data.lazyframe.select(
            (lo.is_null() | hi.is_null() | (lo <= 0) | (hi <= spread * lo)).fill_null(True)
        )

    @pa.dataframe_check(name="seniority_bands_in_order")
    def seniority_bands_in_order(cls, data: pa.PolarsData) -> pl.LazyFrame:
        rank = pl.col("seniority").replace_strict(SENIORITY_RANK, default=None, return_dtype=pl.Int8)
        figure = lower_figure()
        band = figure.min().over("document_id", rank)
        # The smallest band figure of every higher group, and the largest of every lower one.
        higher = pl.concat_list(
            [pl.when(rank < r).then(figure.filter(rank == r).min().over("document_id")) for r in (1, 2)]
        ).list.min()
        lower = pl.concat_list(
            [pl.when(rank > r).then(figure.filter(rank == r).min().over("document_id")) for r in (0, 1)]
        ).list.max()
        in_order = rank.is_null() | ((band <= higher).fill_null(True) & (band >= lower).fill_null(True))
        return data.lazyframe.select(in_order.fill_null(True))

    @pa.dataframe_check(name="duplicate_statement")
    def duplicate_statement(cls, data: pa.PolarsData) -> pl.LazyFrame:
        key = ["document_id", "amount_min", "amount_max", "period", "seniority"]
        first = pl.col("char_start") == pl.col("char_start").min().over(key, mapping_strategy="group_to_rows")
        return data.lazyframe.select(first.fill_null(True))


def _only_batch(ok: pl.Expr) -> pl.Expr:
    """Records already in the warehouse give context but never fail again."""
    return ~pl.col("in_batch") | ok.fill_null(True)


class CrossSourceWarnings(pa.DataFrameModel):
    """Suspicious but possible, judged across documents: reported, still loaded.

    Validated on the run's valid records plus the warehouse's loaded records
    (``in_batch`` false), which give context but never fail again.
    """

    in_batch: bool

    class Config:
        strict = False

    @pa.dataframe_check(name="sources_agree")
    def sources_agree(cls, data: pa.PolarsData) -> pl.LazyFrame:
        group = ["occupation", "city", "seniority"]
        share = get_settings().source_disagreement_share
        figure = lower_figure()
        median = figure.median().over(group)
        sources = pl.col("document_id").n_unique().over(group)
        agrees = (sources < 2) | pl.col("occupation").is_null() | ((figure - median).abs() <= share * median)
        return data.lazyframe.select(_only_batch(agrees))

    @pa.dataframe_check(name="typical_for_occupation")
    def typical_for_occupation(cls, data: pa.PolarsData) -> pl.LazyFrame:
        s = get_settings()
        figure = lower_figure()
        median = figure.median().over("occupation")
        mad = (figure - median).abs().median().over("occupation")
        z = 0.6745 * (figure - median) / mad
        enough = figure.count().over("occupation") >= s.outlier_min_records
        typical = ~enough | (mad <= 0) | pl.col("occupation").is_null() | (z.abs() <= s.outlier_z)
        return data.lazyframe.select(_only_batch(typical))
