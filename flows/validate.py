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

from schemas.records import CHECKS, SalaryRecord, SalaryRecordWarnings

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


def _failed_checks(model: type[pa.DataFrameModel], records: pl.DataFrame) -> pl.DataFrame:
    """Rows ``index``, ``check_name``, ``severity``, ``column_name``, ``message`` per failure."""
    schema = {
        "index": pl.Int64,
        "check_name": pl.String,
        "severity": pl.String,
        "column_name": pl.String,
        "message": pl.String,
    }
    try:
        model.validate(records, lazy=True)
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
            {"check_name": k, "severity": v.severity, "info_column": v.column, "info_message": v.message}
            for k, v in CHECKS.items()
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


def _failure_values(failed: pl.DataFrame, records: pl.DataFrame) -> pl.DataFrame:
    """Attach ``record_id``, ``document_id`` and the failing column's value to each failure."""
    indexed = records.with_row_index("index").with_columns(pl.col("index").cast(pl.Int64))
    columns = [c for c in failed["column_name"].unique().drop_nulls() if c in records.columns]
    value: pl.Expr = pl.lit(None, dtype=pl.String)
    for column in columns:
        value = (
            pl.when(pl.col("column_name") == column)
            .then(pl.col(f"value__{column}").cast(pl.String))
            .otherwise(value)
        )
    values = indexed.select(
        "index",
        "record_id",
        "document_id",
        *[pl.col(c).alias(f"value__{c}") for c in columns],
    )
    return (
        failed.join(values, on="index", how="left", maintain_order="left")
        .with_columns(failure_value=value)
        .select(["index", *FAILURE_SCHEMA])
    )


def validate_records(records: pl.DataFrame) -> Validated:
    """Check ``records`` against the error and warning models; quarantine error failures."""
    failed = pl.concat([_failed_checks(SalaryRecord, records), _failed_checks(SalaryRecordWarnings, records)])
    failures = _failure_values(failed, records)
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
