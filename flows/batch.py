"""Pure steps between ingest and load: extract the planned documents, validate, assemble.

These functions are what the Prefect tasks call; tests call them directly on small frames.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import polars as pl

from flows.extract import extract_records, parse_headers
from flows.load import RECORD_TABLE_COLUMNS, Batch
from flows.normalise import normalise
from flows.plan import Plan
from flows.settings import EXTRACTOR_VERSION, Settings
from flows.validate import FAILURE_SCHEMA, cross_source_failures, validate_documents, validate_records

BATCH_SCHEMA = {"document_id": pl.String, "text": pl.String, "process": pl.Boolean}
"""What one extraction task receives."""

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


@dataclass(frozen=True)
class Checked:
    """Extracted and validated documents: one batch, or all batches merged."""

    headers: pl.DataFrame  # document_id, title, occupation, city of every readable document read
    valid: pl.DataFrame  # records passing every error check
    quarantined: pl.DataFrame  # records failing one (with failed_checks)
    failures: pl.DataFrame  # record failures and document warnings (FAILURE_SCHEMA)


def split_batches(files: pl.DataFrame, size: int) -> list[pl.DataFrame]:
    """The readable files read this run, ``size`` documents a batch: what a task ships."""
    work = files.filter(pl.col("read") & pl.col("text").is_not_null()).select(
        "document_id", "text", "process"
    )
    return [work.slice(offset, size) for offset in range(0, work.height, size)]


def check_documents(batch: pl.DataFrame, settings: Settings) -> Checked:
    """Extract, normalise and validate one batch of whole documents (any worker can run it).

    ``batch``: ``document_id``, ``text``, ``process`` (false: header only, no extraction).
    """
    readable = parse_headers(batch)
    todo = readable.filter(pl.col("process"))
    records = extract_records(todo.select("document_id", "text"), settings).join(
        todo.select("document_id", "occupation", "city"), on="document_id", how="left", maintain_order="left"
    )
    validated = validate_records(normalise(records))
    counts = records.group_by("document_id").agg(records=pl.len())
    documents = todo.join(counts, on="document_id", how="left", maintain_order="left").with_columns(
        pl.col("records").fill_null(0).cast(pl.Int64)
    )
    return Checked(
        headers=readable.select("document_id", "title", "occupation", "city"),
        valid=validated.valid,
        quarantined=validated.quarantined,
        failures=pl.concat([validate_documents(documents), validated.failures]),
    )


def merge(parts: list[Checked], settings: Settings) -> Checked:
    """All batches as one (an empty run gives empty frames of the right shape)."""
    if not parts:
        empty = pl.DataFrame({"document_id": [], "text": [], "process": []}, schema=BATCH_SCHEMA)
        return check_documents(empty, settings)
    return Checked(
        headers=pl.concat([p.headers for p in parts]),
        valid=pl.concat([p.valid for p in parts]),
        quarantined=pl.concat([p.quarantined for p in parts]),
        failures=pl.concat([p.failures for p in parts]),
    )


def cross_check(checked: Checked, context: pl.DataFrame, plan: Plan) -> pl.DataFrame:
    """Warnings across documents: this run's valid records against the warehouse's others."""
    replaced = set(plan.retired_ids) | set(plan.files.filter(pl.col("process"))["document_id"])
    return cross_source_failures(checked.valid, context.filter(~pl.col("document_id").is_in(list(replaced))))


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
    checked: Checked,
    cross: pl.DataFrame,
) -> Batch:
    """Assemble the rows one run writes, and the run's ``etl_runs`` row."""
    files = plan.files.join(
        checked.headers,
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
    failures = pl.concat([document_failures(files), plan.duplicates, checked.failures, cross])
    failures = failures.with_columns(run_id=pl.lit(run_id))
    with_run = {"run_id": pl.lit(run_id)}
    records = checked.valid.with_columns(**with_run).select(RECORD_TABLE_COLUMNS)
    quarantined = checked.quarantined.with_columns(**with_run).select(
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
