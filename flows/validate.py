"""Validation: run the Pandera models, split records into valid and quarantined.

Nothing is dropped: a record failing an ``error`` check goes to ``quarantined`` with the
names of the checks it failed; every failed check, of either severity, becomes one row
of ``failures`` (the ``validation_failures`` table without ``run_id``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandera.polars as pa
import polars as pl
from pandera.errors import SchemaErrors

from flows.settings import get_settings
from schemas.documents import DOCUMENT_CHECKS, REJECTIONS, DocumentChecks
from schemas.records import CHECKS, CheckInfo, CrossSourceWarnings, SalaryRecord, SalaryRecordWarnings
from schemas.runs import RUN_CHECKS

ALL_CHECKS: dict[str, CheckInfo] = CHECKS | DOCUMENT_CHECKS | REJECTIONS | RUN_CHECKS
"""Every named check of the product, for reports: severity, expectation, remedy."""

FAILURE_SCHEMA = {
    "document_id": pl.String,
    "record_id": pl.String,
    "check_name": pl.String,
    "severity": pl.String,
    "column_name": pl.String,
    "failure_value": pl.String,
    "message": pl.String,
}
"""Columns of a failure row (``validation_failures`` less ``run_id``)."""


@dataclass(frozen=True)
class Validated:
    """The outcome of validating one batch of records."""

    valid: pl.DataFrame
    quarantined: pl.DataFrame
    failures: pl.DataFrame


def empty_failures() -> pl.DataFrame:
    """A failure frame with no rows."""
    return pl.DataFrame(schema=FAILURE_SCHEMA)


def message_of(check_name: str) -> str:
    """The report sentence of a check: what it means and the bound that was applied."""
    info = ALL_CHECKS[check_name]
    return f"{info.message} Expected: {info.expected(get_settings())}."


def _failed_checks(model: type[pa.DataFrameModel], frame: pl.DataFrame) -> pl.DataFrame:
    """Rows ``index``, ``check_name``, ``severity``, ``column_name``, ``message`` per failure."""
    schema = {
        "index": pl.Int64,
        "check_name": pl.String,
        "severity": pl.String,
        "column_name": pl.String,
        "message": pl.String,
    }
    try:
        model.validate(frame, lazy=True)
    except SchemaErrors as err:
        cases: pl.DataFrame = err.failure_cases
    else:
        return pl.DataFrame(schema=schema)
    if cases["index"].null_count():
        raise RuntimeError(f"records do not fit the {model.__name__} schema:\n{cases}")
    frame_level = pl.col("schema_context") == "DataFrameSchema"
    name = (
        pl.when(frame_level)
        .then(pl.col("check"))
        .otherwise(pl.concat_str("column", pl.lit("_"), pl.col("check").str.extract(r"^(\w+)")))
    )
    info = pl.DataFrame(
        [
            {"check_name": k, "severity": v.severity, "info_column": v.column, "info_message": message_of(k)}
            for k, v in ALL_CHECKS.items()
        ]
    )
    return (
        cases.with_columns(check_name=name, index=pl.col("index").cast(pl.Int64))
        .join(info, on="check_name", how="left", maintain_order="left")
        .select(
            "index",
            "check_name",
            pl.col("severity").fill_null("error"),
            column_name=pl.coalesce("info_column", pl.when(~frame_level).then("column")),
            message=pl.coalesce("info_message", pl.concat_str(pl.lit("Failed Pandera check "), "check")),
        )
    )


def _failure_values(failed: pl.DataFrame, frame: pl.DataFrame, id_columns: list[str]) -> pl.DataFrame:
    """Attach ids and the failing column's value (as text) to each failure."""
    indexed = frame.with_row_index("index").with_columns(pl.col("index").cast(pl.Int64))
    columns = [c for c in failed["column_name"].unique().drop_nulls() if c in frame.columns]
    value: pl.Expr = pl.lit(None, dtype=pl.String)
    for column in columns:
        value = (
            pl.when(pl.col("column_name") == column)
            .then(pl.col(f"value__{column}").cast(pl.String))
            .otherwise(value)
        )
    values = indexed.select("index", *id_columns, *[pl.col(c).alias(f"value__{c}") for c in columns])
    missing_ids = [
        pl.lit(None, dtype=pl.String).alias(c) for c in ("record_id", "document_id") if c not in id_columns
    ]
    return (
        failed.join(values, on="index", how="left", maintain_order="left")
        .with_columns(*missing_ids, failure_value=value)
        .select(["index", *FAILURE_SCHEMA])
    )


def validate_records(records: pl.DataFrame) -> Validated:
    """Check whole documents' ``records`` against the error model and the within-document
    warnings; quarantine records failing an error check."""
    ids = ["record_id", "document_id"]
    failures = pl.concat(
        [
            _failure_values(_failed_checks(SalaryRecord, records), records, ids),
            _failure_values(_failed_checks(SalaryRecordWarnings, records), records, ids),
        ]
    )
    errors = (
        failures.filter(pl.col("severity") == "error")
        .group_by("index", maintain_order=True)
        .agg(failed_checks=pl.col("check_name").unique(maintain_order=True).str.join(", "))
    )
    indexed = records.with_row_index("index").with_columns(pl.col("index").cast(pl.Int64))
    quarantined = indexed.join(errors, on="index", how="inner", maintain_order="left")
    valid = indexed.join(errors, on="index", how="anti", maintain_order="left")
    return Validated(
        valid=valid.drop("index"),
        quarantined=quarantined.drop("index"),
        failures=failures.drop("index").sort("document_id", "record_id", "check_name"),
    )


def cross_source_failures(valid: pl.DataFrame, context: pl.DataFrame | None = None) -> pl.DataFrame:
    """Warnings across documents for the run's ``valid`` records, judged together with
    ``context``: records already in the warehouse (``load.CONTEXT_SCHEMA``), which never fail."""
    parts = [valid.with_columns(in_batch=pl.lit(True))]
    if context is not None and context.height:
        parts.append(context.with_columns(in_batch=pl.lit(False)))
    return judge_across_sources(pl.concat(parts, how="diagonal_relaxed"))


def judge_across_sources(records: pl.DataFrame) -> pl.DataFrame:
    """Warnings across documents for ``records`` (``load.CONTEXT_SCHEMA`` plus ``in_batch``):
    only those with ``in_batch`` can fail, the others are context."""
    failed = _failed_checks(CrossSourceWarnings, records)
    return (
        _failure_values(failed, records, ["record_id", "document_id"])
        .drop("index")
        .sort("document_id", "record_id")
    )


def validate_documents(documents: pl.DataFrame) -> pl.DataFrame:
    """Document-level warnings for readable documents (``document_id``, ``occupation``,
    ``records``, ``source_path``) as failure rows."""
    failed = _failed_checks(DocumentChecks, documents)
    return _failure_values(failed, documents, ["document_id"]).drop("index")
