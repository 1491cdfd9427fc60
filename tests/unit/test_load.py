"""The warehouse: migrations are idempotent, a failing load leaves nothing behind."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows.batch import DOCUMENT_COLUMNS
from flows.load import Batch, migrate, migrations, write_batch
from flows.validate import empty_failures


def test_migrate_twice_is_a_no_op(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        first = migrate(con)
        second = migrate(con)
        rows = con.execute("select count(*) from schema_version").fetchone()
    assert first == second == migrations()[-1][0]
    assert rows == (len(migrations()),)


def empty_batch(run_id: str, seen_run: str | None = None) -> Batch:
    now = datetime.now(UTC)
    run = {
        "run_id": run_id, "flow_run_id": None, "started_at": now, "finished_at": now, "status": "completed",
        "documents_seen": 0, "documents_new": 0, "documents_changed": 0, "documents_unchanged": 0,
        "documents_deleted": 0, "documents_rejected": 0, "records_loaded": 0, "records_quarantined": 0,
        "warnings": 0, "extractor_version": "test",
    }  # fmt: skip
    docs = pl.DataFrame(
        {c: [None] for c in DOCUMENT_COLUMNS}, schema=dict.fromkeys(DOCUMENT_COLUMNS, pl.String)
    ).with_columns(
        document_id=pl.lit("d" * 64), source_path=pl.lit("a.txt"), status=pl.lit("loaded"),
        first_seen_run=pl.lit(run_id), last_seen_run=pl.lit(seen_run or run_id),
        byte_size=pl.lit(1, pl.Int64), mtime_ns=pl.lit(1, pl.Int64),
    )  # fmt: skip
    return Batch(
        run=run, documents=docs, seen_ids=[], retired_ids=[], reextracted_ids=[],
        records=pl.DataFrame({"record_id": []}, schema={"record_id": pl.String}).clear(),
        quarantined=pl.DataFrame({"record_id": []}, schema={"record_id": pl.String}),
        failures=empty_failures().with_columns(run_id=pl.lit(run_id)),
    )  # fmt: skip


def test_failed_load_rolls_back_everything(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    write_batch(path, empty_batch("r1"))
    broken = empty_batch("r1", seen_run="r2")  # same run_id: the etl_runs insert violates its key
    with pytest.raises(duckdb.ConstraintException):
        write_batch(path, broken)
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("select count(*) from etl_runs").fetchone() == (1,)
        assert con.execute("select last_seen_run from documents").fetchall() == [("r1",)]
