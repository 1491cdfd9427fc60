"""Pure steps between ingest and load: extract the planned documents, validate, assemble.

These functions are what the Prefect tasks call; tests call them directly on small frames.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import polars as pl

from flows.extract import SKIPPED_COLUMNS, extract, parse_headers
from flows.load import RECORD_TABLE_COLUMNS, ChunkRows
from flows.normalise import normalise
from flows.plan import ChunkPlan
from flows.settings import EXTRACTOR_VERSION, Settings, get_settings
from flows.validate import FAILURE_SCHEMA, validate_documents, validate_records

BATCH_SCHEMA = {"document_id": pl.String, "text": pl.String, "process": pl.Boolean}
"""What one extraction task receives."""

RUN_COUNTS = [
    "documents_seen", "documents_new", "documents_changed", "documents_unchanged", "documents_extracted",
    "documents_deleted", "documents_rejected", "records_loaded", "records_quarantined", "warnings",
]  # fmt: skip
"""The counters of an ``etl_runs`` row, summed over a run's chunks."""

DOCUMENT_COLUMNS = [
    "document_id",
    "source",
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
    "reject_reason",
]


@dataclass(frozen=True)
class Checked:
    """Extracted and validated documents: one batch, or all batches merged."""

    headers: pl.DataFrame  # document_id, title, occupation, city of every readable document read
    valid: pl.DataFrame  # records passing every error check
    quarantined: pl.DataFrame  # records failing one (with failed_checks)
    failures: pl.DataFrame  # record failures and document warnings (FAILURE_SCHEMA)
    skipped: pl.DataFrame  # euro amounts that became no record (SKIPPED_COLUMNS)


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
    extraction = extract(todo.select("document_id", "text"), settings)
    records = extraction.records
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
        skipped=extraction.skipped.select(SKIPPED_COLUMNS),
    )


@lru_cache(maxsize=1)
def _empty_checked() -> Checked:
    """What no documents give (built once: validating nothing still costs Pandera's set-up;
    frames are immutable, so sharing it is safe)."""
    empty = pl.DataFrame({"document_id": [], "text": [], "process": []}, schema=BATCH_SCHEMA)
    return check_documents(empty, get_settings())


def merge(parts: list[Checked], settings: Settings) -> Checked:
    """All batches as one (an empty run gives empty frames of the right shape)."""
    if not parts:
        return _empty_checked()
    return Checked(
        headers=pl.concat([p.headers for p in parts]),
        valid=pl.concat([p.valid for p in parts]),
        quarantined=pl.concat([p.quarantined for p in parts]),
        failures=pl.concat([p.failures for p in parts]),
        skipped=pl.concat([p.skipped for p in parts]),
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


def written_ids(plan: ChunkPlan) -> pl.Series:
    """The documents ``chunk_rows`` will write for this plan (every file read), known before
    extraction: what the next chunk's plan must count as seen earlier in the run."""
    return plan.files.filter(pl.col("read"))["document_id"]


def chunk_rows(
    run_id: str, plan: ChunkPlan, checked: Checked, source: str = "raw"
) -> tuple[ChunkRows, dict[str, int]]:
    """The rows one chunk writes (documents of the raw folder ``source``), and its counts for
    the run's ``etl_runs`` row."""
    files = plan.files.join(checked.headers, on="document_id", how="left", maintain_order="left")
    documents = (
        files.filter(pl.col("read"))
        .with_columns(
            status=pl.when(pl.col("reject_check").is_not_null())
            .then(pl.lit("rejected"))
            .otherwise(pl.lit("loaded")),
            reject_reason=pl.col("reject_check"),
            source=pl.lit(source),
            first_seen_run=pl.lit(run_id),
            last_seen_run=pl.lit(run_id),
            extractor_version=pl.when(pl.col("process"))
            .then(pl.lit(EXTRACTOR_VERSION))
            .otherwise("prev_version"),
        )
        .select(DOCUMENT_COLUMNS)
    )
    failures = pl.concat([document_failures(files), plan.duplicates, checked.failures]).with_columns(
        run_id=pl.lit(run_id)
    )
    records = checked.valid.with_columns(run_id=pl.lit(run_id)).select(RECORD_TABLE_COLUMNS)
    quarantined = checked.quarantined.with_columns(run_id=pl.lit(run_id)).select(
        [*RECORD_TABLE_COLUMNS, "failed_checks"]
    )
    skipped = checked.skipped.with_columns(run_id=pl.lit(run_id))
    counts = plan.counts | {
        "documents_extracted": int(files["process"].sum()),
        "documents_rejected": int((files["process"] & files["reject_check"].is_not_null()).sum()),
        "records_loaded": records.height,
        "records_quarantined": quarantined.height,
        "warnings": int((failures["severity"] == "warning").sum()),
    }
    rows = ChunkRows(
        documents=documents,
        seen_ids=files.filter(~pl.col("read"))["document_id"].to_list(),
        replaced_ids=plan.replaced_ids,
        reextracted_ids=files.filter(pl.col("process"))["document_id"].to_list(),
        records=records,
        quarantined=quarantined,
        failures=failures,
        skipped=skipped,
    )
    return rows, counts


def run_row(
    *, run_id: str, flow_run_id: str | None, started_at: datetime, counts: dict[str, int]
) -> dict[str, object]:
    """The ``etl_runs`` row of a run from its summed counts."""
    problems = (
        counts.get("documents_rejected", 0)
        + counts.get("records_quarantined", 0)
        + counts.get("check_errors", 0)
    )

    return {
        "run_id": run_id,
        "flow_run_id": flow_run_id,
        "started_at": started_at,
        "finished_at": datetime.now(started_at.tzinfo),
        "status": "completed_with_failures" if problems else "completed",
        **{key: counts.get(key, 0) for key in RUN_COUNTS},
        "extractor_version": EXTRACTOR_VERSION,
    }
