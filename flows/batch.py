"""Pure steps between ingest and load: extract the planned documents, validate, assemble.

These functions are what the Prefect tasks call; tests call them directly on small frames.
"""

from __future__ import annotations

from datetime import datetime

import polars as pl

from flows.extract import extract_records, parse_headers
from flows.load import RECORD_TABLE_COLUMNS, Batch
from flows.normalise import normalise
from flows.plan import Plan
from flows.settings import EXTRACTOR_VERSION, Settings
from flows.validate import FAILURE_SCHEMA, Validated, validate_documents, validate_records

DOCUMENT_COLUMNS = [
    "document_id",
    "source_path",
    "title",
    "occupation",
    "city",
    "byte_size",
    "encoding",
    "status",
    "first_seen_run",
    "last_seen_run",
    "mtime_ns",
    "extractor_version",
    "text",
    "reject_reason",
]


def extract_documents(files: pl.DataFrame, settings: Settings) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Headers of every readable file, and the normalised records of the planned ones."""
    readable = parse_headers(files.filter(pl.col("text").is_not_null()))
    todo = readable.filter(pl.col("process"))
    records = extract_records(todo.select("document_id", "text"), settings)
    records = records.join(
        todo.select("document_id", "occupation", "city"),
        on="document_id",
        how="left",
        maintain_order="left",
    )
    return readable, normalise(records)


def validate_batch(
    headers: pl.DataFrame, records: pl.DataFrame, context: pl.DataFrame, plan: Plan
) -> Validated:
    """Record checks (against the warehouse's other records) and document checks."""
    replaced = set(plan.retired_ids) | set(plan.files.filter(pl.col("process"))["document_id"])
    validated = validate_records(records, context.filter(~pl.col("document_id").is_in(list(replaced))))
    counts = records.group_by("document_id").agg(records=pl.len())
    documents = (
        headers.filter(pl.col("process"))
        .join(counts, on="document_id", how="left", maintain_order="left")
        .with_columns(pl.col("records").fill_null(0).cast(pl.Int64))
    )
    document_warnings = validate_documents(documents)
    return Validated(
        valid=validated.valid,
        quarantined=validated.quarantined,
        failures=pl.concat([document_warnings, validated.failures]),
    )


def document_failures(files: pl.DataFrame) -> pl.DataFrame:
    """One ``error`` failure per planned file that could not be read as text."""
    return (
        files.filter(pl.col("process") & pl.col("reject_check").is_not_null())
        .select(
            "document_id",
            record_id=pl.lit(None, dtype=pl.String),
            check_name="reject_check",
            severity=pl.lit("error"),
            column_name=pl.lit("source_path"),
            failure_value="source_path",
            message="reject_message",
        )
        .cast(FAILURE_SCHEMA)  # type: ignore[arg-type]
    )


def build_batch(
    *,
    run_id: str,
    flow_run_id: str | None,
    started_at: datetime,
    plan: Plan,
    headers: pl.DataFrame,
    validated: Validated,
) -> Batch:
    """Assemble the rows one run writes, and the run's ``etl_runs`` row."""
    files = plan.files.join(
        headers.select("document_id", "title", "occupation", "city"),
        on="document_id",
        how="left",
        maintain_order="left",
    )
    documents = (
        files.filter(pl.col("read"))
        .with_columns(
            status=pl.when(pl.col("reject_check").is_not_null())
            .then(pl.lit("rejected"))
            .otherwise(pl.lit("loaded")),
            reject_reason=pl.col("reject_check"),
            first_seen_run=pl.lit(run_id),
            last_seen_run=pl.lit(run_id),
            extractor_version=pl.when(pl.col("process"))
            .then(pl.lit(EXTRACTOR_VERSION))
            .otherwise("prev_version"),
        )
        .select(DOCUMENT_COLUMNS)
    )
    failures = pl.concat([document_failures(files), plan.duplicates, validated.failures])
    failures = failures.with_columns(run_id=pl.lit(run_id))
    with_run = {"run_id": pl.lit(run_id)}
    records = validated.valid.with_columns(**with_run).select(RECORD_TABLE_COLUMNS)
    quarantined = validated.quarantined.with_columns(**with_run).select(
        [*RECORD_TABLE_COLUMNS, "failed_checks"]
    )
    rejected = int((files["process"] & files["reject_check"].is_not_null()).sum())
    warnings = int((failures["severity"] == "warning").sum())
    problems = rejected + quarantined.height
    run: dict[str, object] = {
        "run_id": run_id,
        "flow_run_id": flow_run_id,
        "started_at": started_at,
        "finished_at": datetime.now(started_at.tzinfo),
        "status": "completed_with_failures" if problems else "completed",
        **plan.counts,
        "documents_rejected": rejected,
        "records_loaded": records.height,
        "records_quarantined": quarantined.height,
        "warnings": warnings,
        "extractor_version": EXTRACTOR_VERSION,
    }
    processed = files.filter(pl.col("process"))["document_id"].to_list()
    return Batch(
        run=run,
        documents=documents,
        seen_ids=files.filter(~pl.col("read"))["document_id"].to_list(),
        retired_ids=plan.retired_ids,
        reextracted_ids=processed,
        records=records,
        quarantined=quarantined,
        failures=failures,
    )
