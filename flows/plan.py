"""Plan: compare one chunk of files in ``raw/`` with what the warehouse knows.

Each file is ``new`` (its path was never loaded), ``changed`` (same path, other bytes) or
``unchanged``. Documents are re-extracted when new or changed, when their records came
from another extractor version, or on ``full_refresh``. Paths the warehouse holds that
are gone from ``raw/`` are found after the last chunk (``load.RunWriter.retire_missing``).
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from flows.validate import FAILURE_SCHEMA

ACTIVE = ["loaded", "rejected"]


@dataclass(frozen=True)
class ChunkPlan:
    """What a run has to do with one chunk of files."""

    files: pl.DataFrame  # unique documents of the chunk, with ``change``, ``process``, ``prev_version``
    duplicates: pl.DataFrame  # failure rows for files repeating bytes seen earlier in the run
    replaced_ids: list[str]  # the previous documents of changed paths
    counts: dict[str, int]  # documents_seen/new/changed/unchanged


def known_files(state: pl.DataFrame, extractor_version: str) -> dict[str, tuple[int, int, str]]:
    """Files that need no re-reading when size and mtime match: loaded by this extractor
    version, or rejected (a rejected file is read again only when it changes)."""
    current = state.filter(
        ((pl.col("status") == "loaded") & (pl.col("extractor_version") == extractor_version))
        | (pl.col("status") == "rejected")
    ).drop_nulls(["byte_size", "mtime_ns"])
    rows = current.select("source_path", "byte_size", "mtime_ns", "document_id").iter_rows()
    return {path: (size, mtime, doc) for path, size, mtime, doc in rows}


def plan_chunk(
    files: pl.DataFrame,
    state: pl.DataFrame,
    extractor_version: str,
    full_refresh: bool,
    earlier_ids: pl.Series | None = None,
) -> ChunkPlan:
    """Classify ``files`` (``ingest.read_documents``) against the warehouse ``state`` of their
    paths. ``earlier_ids``: documents this run already wrote (same bytes seen in an earlier
    chunk make a file a duplicate)."""
    files = files.sort("source_path")
    first = pl.col("source_path").first().over("document_id")
    seen_before = pl.col("document_id").is_in(
        earlier_ids if earlier_ids is not None else pl.Series([], dtype=pl.String)
    )
    duplicates = files.filter((pl.col("source_path") != first) | seen_before).with_columns(
        original=pl.when(seen_before).then(pl.lit("a file read earlier in this run")).otherwise(first)
    )
    unique = files.filter((pl.col("source_path") == first) & ~seen_before)
    active = state.filter(pl.col("status").is_in(ACTIVE)).select(
        "source_path", prev_id="document_id", prev_status="status", prev_version="extractor_version"
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
    replaced = planned.filter(pl.col("change") == "changed")["prev_id"]
    counts = {
        "documents_seen": files.height,
        "documents_new": int((planned["change"] == "new").sum()),
        "documents_changed": int((planned["change"] == "changed").sum()),
        "documents_unchanged": int((planned["change"] == "unchanged").sum()),
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
    current = set(planned["document_id"])
    return ChunkPlan(
        files=planned,
        duplicates=duplicate_failures,
        replaced_ids=sorted(set(replaced) - current),
        counts=counts,
    )
