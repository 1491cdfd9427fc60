"""Load: the DuckDB warehouse, its migrations, and the one transaction a run commits.

The schema lives in ``warehouse/sql``: ``V###__name.sql`` migrations applied in order
(the applied version is kept in ``schema_version``) and ``views/*.sql`` re-created on
every run. A run writes everything, migrations included, in a single transaction:
it commits all of its changes or none.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from flows.settings import SQL_DIR

MIGRATION_NAME = re.compile(r"^V(\d{3})__\w+\.sql$")

RECORD_TABLE_COLUMNS = [
    "record_id",
    "document_id",
    "run_id",
    "occupation",
    "city",
    "seniority",
    "period",
    "period_inferred",
    "amount_min",
    "amount_max",
    "currency",
    "monthly_min",
    "monthly_max",
    "annual_min",
    "annual_max",
    "is_open_ended",
    "is_approximate",
    "evidence",
    "char_start",
    "char_end",
    "extractor_version",
]

CONTEXT_SCHEMA = {
    "record_id": pl.String,
    "document_id": pl.String,
    "occupation": pl.String,
    "city": pl.String,
    "seniority": pl.String,
    "monthly_min": pl.Float64,
    "monthly_max": pl.Float64,
}
"""What the cross-document checks need of the records already loaded."""

STATE_COLUMNS = {
    "document_id": pl.String,
    "source_path": pl.String,
    "status": pl.String,
    "byte_size": pl.Int64,
    "mtime_ns": pl.Int64,
    "extractor_version": pl.String,
}


@dataclass(frozen=True)
class Batch:
    """Everything one run writes."""

    run: dict[str, object]  # the etl_runs row
    documents: pl.DataFrame  # documents rows to insert or update (read this run)
    seen_ids: list[str]  # unchanged documents not read this run: only last_seen_run moves
    retired_ids: list[str]  # document_ids that left raw/ or were replaced
    reextracted_ids: list[str]  # document_ids whose records are replaced
    records: pl.DataFrame  # valid records (RECORD_TABLE_COLUMNS)
    quarantined: pl.DataFrame  # records failing an error check (+ failed_checks)
    failures: pl.DataFrame  # validation_failures rows


def migrations(sql_dir: Path = SQL_DIR) -> list[tuple[int, Path]]:
    """The migration files, ordered by version."""
    found = [(int(m.group(1)), p) for p in sql_dir.glob("V*.sql") if (m := MIGRATION_NAME.match(p.name))]
    return sorted(found)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The warehouse's applied schema version (0 for an empty file)."""
    con.execute(
        "create table if not exists schema_version (version integer not null, applied_at timestamptz not null)"
    )
    row = con.execute("select coalesce(max(version), 0) from schema_version").fetchone()
    return int(row[0]) if row else 0


class SchemaTooNewError(RuntimeError):
    """The warehouse was written by a newer salary-etl."""


def migrate(con: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR) -> int:
    """Apply pending migrations and re-create the views, inside the caller's transaction."""
    current = schema_version(con)
    known = max((v for v, _ in migrations(sql_dir)), default=0)
    if current > known:
        raise SchemaTooNewError(
            f"the warehouse has schema version {current}, this salary-etl knows versions up to {known}: "
            "upgrade salary-etl before loading into it"
        )
    for version, path in migrations(sql_dir):
        if version > current:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("insert into schema_version values (?, now())", [version])
            current = version
    for view in sorted((sql_dir / "views").glob("*.sql")):
        con.execute(view.read_text(encoding="utf-8"))
    return current


@dataclass(frozen=True)
class WarehouseState:
    """What a run needs to know of the warehouse before it starts."""

    documents: pl.DataFrame  # STATE_COLUMNS of every document ever seen
    records: pl.DataFrame  # CONTEXT_SCHEMA of the loaded records (for cross-document checks)


def read_state(warehouse: Path) -> WarehouseState:
    """The documents and loaded records the warehouse holds; empty for a new warehouse."""
    empty = WarehouseState(pl.DataFrame(schema=STATE_COLUMNS), pl.DataFrame(schema=CONTEXT_SCHEMA))
    if not warehouse.exists():
        return empty
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
        if "documents" not in tables:
            return empty
        documents = con.execute(f"select {', '.join(STATE_COLUMNS)} from documents").pl()
        records = con.execute(
            f"select {', '.join('r.' + c for c in CONTEXT_SCHEMA)} from salary_records r "
            "join documents d using (document_id) where d.status = 'loaded'"
        ).pl()
    return WarehouseState(
        documents.cast(STATE_COLUMNS),  # type: ignore[arg-type]
        records.cast(CONTEXT_SCHEMA),  # type: ignore[arg-type]
    )


def write_batch(warehouse: Path, batch: Batch) -> None:
    """Write one run's changes in a single transaction (all or nothing)."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("begin transaction")
        try:
            migrate(con)
            _write(con, batch)
            _pause_for_tests()
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise


def _pause_for_tests() -> None:
    """Test hook: with ``SALARY_ETL_TEST_PAUSE_BEFORE_COMMIT=<marker file>`` the load writes
    the marker and waits (up to 120 s) inside its open transaction, so a test can kill it."""
    marker = os.environ.get("SALARY_ETL_TEST_PAUSE_BEFORE_COMMIT")
    if marker:
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
        time.sleep(120)


def _ids(ids: list[str]) -> pl.DataFrame:
    return pl.DataFrame({"document_id": ids}, schema={"document_id": pl.String})


def _write(con: duckdb.DuckDBPyConnection, batch: Batch) -> None:
    """All statements of one run; the caller holds the transaction."""
    run_id = batch.run["run_id"]
    frames = {
        "touched": _ids(batch.retired_ids + batch.reextracted_ids),
        "retired": _ids(batch.retired_ids),
        "seen": _ids(batch.seen_ids),
        "batch_documents": batch.documents,
        "batch_records": batch.records,
        "batch_quarantined": batch.quarantined,
        "batch_failures": batch.failures,
    }
    for name, frame in frames.items():
        con.register(name, frame)
    try:
        for table in ("salary_records", "quarantined_records"):
            con.execute(f"delete from {table} where document_id in (select document_id from touched)")
        con.execute(
            "update documents set status = 'deleted', last_seen_run = ? "
            "where document_id in (select document_id from retired)",
            [run_id],
        )
        con.execute(
            "update documents set last_seen_run = ? where document_id in (select document_id from seen)",
            [run_id],
        )
        con.execute(
            """
            insert into documents by name (select * from batch_documents)
            on conflict (document_id) do update set
                source_path = excluded.source_path, title = excluded.title,
                occupation = excluded.occupation, city = excluded.city,
                byte_size = excluded.byte_size, encoding = excluded.encoding,
                status = excluded.status, last_seen_run = excluded.last_seen_run,
                mtime_ns = excluded.mtime_ns, extractor_version = excluded.extractor_version,
                text = excluded.text, reject_reason = excluded.reject_reason
            """
        )
        con.execute("insert into salary_records by name (select * from batch_records)")
        con.execute("insert into quarantined_records by name (select * from batch_quarantined)")
        con.execute("insert into validation_failures by name (select * from batch_failures)")
        run = {**batch.run, "finished_at": datetime.now(UTC)}  # the load is part of the run
        columns = list(run)
        con.execute(
            f"insert into etl_runs ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})",
            list(run.values()),
        )
    finally:
        for name in frames:
            con.unregister(name)
