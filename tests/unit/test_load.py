"""The warehouse: migrations are idempotent, a run commits all or nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows.batch import DOCUMENT_COLUMNS, RUN_COUNTS
from flows.load import ChunkRows, DuplicateKeyError, RunWriter, migrate, migrations
from flows.validate import empty_failures


def test_migrate_twice_is_a_no_op(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        first = migrate(con)
        second = migrate(con)
        rows = con.execute("select count(*) from schema_version").fetchone()
    assert first == second == migrations()[-1][0]
    assert rows == (len(migrations()),)


def run_row(run_id: str) -> dict[str, object]:
    now = datetime.now(UTC)
    return {"run_id": run_id, "flow_run_id": None, "started_at": now, "finished_at": now, "status": "completed",
            **dict.fromkeys(RUN_COUNTS, 0), "extractor_version": "test"}  # fmt: skip


def one_document(run_id: str) -> ChunkRows:
    docs = pl.DataFrame(
        {c: [None] for c in DOCUMENT_COLUMNS}, schema=dict.fromkeys(DOCUMENT_COLUMNS, pl.String)
    ).with_columns(
        document_id=pl.lit("d" * 64), source_path=pl.lit("a.txt"), status=pl.lit("loaded"),
        first_seen_run=pl.lit(run_id), last_seen_run=pl.lit(run_id),
        byte_size=pl.lit(1, pl.Int64), mtime_ns=pl.lit(1, pl.Int64),
    )  # fmt: skip
    no_records = pl.DataFrame(schema={"record_id": pl.String})
    failures = empty_failures().with_columns(run_id=pl.lit(run_id))
    no_skipped = pl.DataFrame(schema={"document_id": pl.String})
    return ChunkRows(docs, [], [], [], no_records, no_records, failures, no_skipped)


def test_a_run_commits_in_finish_only(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with RunWriter(path, "r1") as writer:
        writer.write_chunk(one_document("r1"))
        writer.finish(empty_failures().with_columns(run_id=pl.lit("r1")), run_row("r1"))

    def failing_run() -> None:
        with RunWriter(path, "r2") as writer:
            writer.write_chunk(one_document("r2"))
            assert writer.retire_missing() == 0  # the document was seen by this run
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        failing_run()
    with RunWriter(path, "r3") as writer:
        assert writer.state_of(["a.txt"])["document_id"].to_list() == ["d" * 64]
        assert writer.retire_missing() == 1  # r3 did not see a.txt; never committed
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("select run_id from etl_runs").fetchall() == [("r1",)]
        assert con.execute("select status, last_seen_run from documents").fetchall() == [("loaded", "r1")]


def test_a_key_written_twice_is_refused_and_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with RunWriter(path, "r1") as writer:
        writer.write_chunk(one_document("r1"))
        writer.finish(empty_failures().with_columns(run_id=pl.lit("r1")), run_row("r1"))
    with RunWriter(path, "r2") as writer:  # the same document again, as new: a bug upstream
        writer.write_chunk(one_document("r2"))
        writer.publish()
        writer.db.execute("insert into documents select * from stage.documents")
        with pytest.raises(DuplicateKeyError, match=r"documents\.document_id 'd{64}' is held 2 times"):
            writer.finish(empty_failures().with_columns(run_id=pl.lit("r2")), run_row("r2"))
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("select count(*) from documents").fetchone() == (1,)
        assert con.execute("select run_id from etl_runs").fetchall() == [("r1",)]
