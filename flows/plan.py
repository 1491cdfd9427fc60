"""Plan: compare the files in ``raw/`` with what the warehouse knows.

Each file is ``new`` (its path was never loaded), ``changed`` (same path, other bytes) or
``unchanged``; a path the warehouse holds that is gone from ``raw/`` is ``deleted``.
Documents are re-extracted when new or changed, when their records came from another
extractor version, or on ``full_refresh``.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from flows.validate import FAILURE_SCHEMA

ACTIVE = ["loaded", "rejected"]


@dataclass(frozen=True)
class Plan:
    """What a run has to do."""

    files: pl.DataFrame  # unique documents seen, with ``change`` and ``process``
    duplicates: pl.DataFrame  # failure rows for files repeating another file's bytes
    retired_ids: list[str]  # documents whose path is gone or whose bytes were replaced
    counts: dict[str, int]  # documents_seen/new/changed/unchanged/deleted


def known_files(state: pl.DataFrame, extractor_version: str) -> dict[str, tuple[int, int, str]]:
    """Files that need no re-reading when size and mtime match: loaded by this extractor
    version, or rejected (a rejected file is read again only when it changes)."""
    current = state.filter(
        ((pl.col("status") == "loaded") & (pl.col("extractor_version") == extractor_version))
        | (pl.col("status") == "rejected")
    ).drop_nulls(["byte_size", "mtime_ns"])
    return {
        path: (size, mtime, doc)
        for path, size, mtime, doc in current.select(
            "source_path", "byte_size", "mtime_ns", "document_id"
        ).iter_rows()
    }


def plan_run(files: pl.DataFrame, state: pl.DataFrame, extractor_version: str, full_refresh: bool) -> Plan:
    """Classify ``files`` (from ``ingest.read_documents``) against warehouse ``state``."""
    files = files.sort("source_path")
    first = pl.col("source_path").first().over("document_id")
    duplicates = files.filter(pl.col("source_path") != first).with_columns(original=first)
    unique = files.filter(pl.col("source_path") == first)
    active = state.filter(pl.col("status").is_in(ACTIVE)).select(
        "source_path",
        prev_id="document_id",
        prev_status="status",
        prev_version="extractor_version",
    )
    planned = unique.join(active, on="source_path", how="left", maintain_order="left").with_columns(
        change=pl.when(pl.col("prev_id").is_null())
        .then(pl.lit("new"))
        .when(pl.col("prev_id") == pl.col("document_id"))
        .then(pl.lit("unchanged"))
        .otherwise(pl.lit("changed"))
    )
    stale = (pl.col("prev_status") == "loaded") & (pl.col("prev_version") != extractor_version)
    planned = planned.with_columns(
        process=pl.lit(full_refresh) | (pl.col("change") != "unchanged") | stale.fill_null(False)
    )
    current_ids = set(planned["document_id"])
    gone = active.join(files.select("source_path"), on="source_path", how="anti")
    replaced = planned.filter(pl.col("change") == "changed")["prev_id"]
    retired = sorted((set(gone["prev_id"]) | set(replaced)) - current_ids)
    counts = {
        "documents_seen": files.height,
        "documents_new": int((planned["change"] == "new").sum()),
        "documents_changed": int((planned["change"] == "changed").sum()),
        "documents_unchanged": int((planned["change"] == "unchanged").sum()),
        "documents_deleted": gone.height,
    }
    duplicate_failures = duplicates.select(
        "document_id",
        record_id=pl.lit(None, dtype=pl.String),
        check_name=pl.lit("duplicate_file"),
        severity=pl.lit("warning"),
        column_name=pl.lit("source_path"),
        failure_value="source_path",
        message=pl.concat_str(
            pl.lit("The file repeats the bytes of "),
            "original",
            pl.lit("; it is loaded once, under that path."),
        ),
    ).cast(FAILURE_SCHEMA)  # type: ignore[arg-type]
    return Plan(files=planned, duplicates=duplicate_failures, retired_ids=retired, counts=counts)
