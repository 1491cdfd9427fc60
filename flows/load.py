"""Load: the DuckDB warehouse, its migrations, and the one transaction a run commits.

The schema lives in ``warehouse/sql``: ``V###__name.sql`` migrations applied in order
(the applied version is kept in ``schema_version``) and ``views/*.sql`` re-created on
every run. ``RunWriter`` gives a run one transaction on the next snapshot of the warehouse
(``flows/snapshot.py``: a copy of the published file, swapped in when the run commits, so
analysts' read-only sessions never block a run nor see half of one): chunks are committed
one by one into a staging file next to it (``<warehouse>.staging``, so memory does not
grow with the run), and after the last chunk one transaction moves them into the snapshot
with set-based statements and commits, or rolls back. A killed run leaves the published
warehouse as it was, and a staging file and a snapshot the next run discards.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from flows import runlog, snapshot
from flows.extract.pipeline import RECORD_COLUMNS
from flows.settings import PROJECT_ROOT, SQL_DIR, get_settings

MIGRATION_NAME = re.compile(r"^V(\d{3})__\w+\.sql$")


def _record_table_columns() -> list[str]:
    """The columns of ``salary_records``: the extracted record's, with the run that loaded
    it after ``document_id`` and the normalised figures after the stated ones."""
    columns: list[str] = []
    for name in RECORD_COLUMNS:
        columns.append(name)
        if name == "document_id":
            columns.append("run_id")
        if name == "amount_max":
            columns += ["currency", "monthly_min", "monthly_max", "annual_min", "annual_max"]
    return columns


RECORD_TABLE_COLUMNS = _record_table_columns()

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
class ChunkRows:
    """What one chunk of a run writes."""

    documents: pl.DataFrame  # documents read this run: inserted or updated
    seen_ids: list[str]  # unchanged documents not read: only last_seen_run moves
    replaced_ids: list[str]  # previous versions of changed files: status 'deleted'
    reextracted_ids: list[str]  # documents extracted this run: their old records go
    records: pl.DataFrame  # valid records (RECORD_TABLE_COLUMNS)
    quarantined: pl.DataFrame  # records failing an error check (+ failed_checks)
    failures: pl.DataFrame  # validation_failures rows
    skipped: pl.DataFrame  # skipped_amounts rows


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


def _pause_for_tests() -> None:
    """Test hook: with ``SALARY_ETL_TEST_PAUSE_BEFORE_COMMIT=<marker file>`` the load writes
    the marker and waits (up to 120 s) inside its open transaction, so a test can kill it."""
    marker = os.environ.get("SALARY_ETL_TEST_PAUSE_BEFORE_COMMIT")
    if marker:
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
        time.sleep(120)


EARLIER_RUN_SCHEMA = pl.Schema(
    {
        "run_id": pl.String(),
        "flow_run_id": pl.String(),
        "started_at": pl.Datetime(time_unit="us", time_zone="UTC"),
        "finished_at": pl.Datetime(time_unit="us", time_zone="UTC"),
        "status": pl.String(),
        "error": pl.String(),
        "extractor_version": pl.String(),
    }
)


def source_label(raw: Path) -> str:
    """How ``documents.source`` names a raw folder: relative to the project root when inside
    it (the warehouse survives moving the project), else absolute; '/'-separated."""
    raw = raw.resolve()
    return raw.relative_to(PROJECT_ROOT).as_posix() if raw.is_relative_to(PROJECT_ROOT) else raw.as_posix()


class DuplicateKeyError(RuntimeError):
    """A run would have written one key twice (a bug: the run is rolled back)."""


UNIQUE_KEYS = {"documents": "document_id", "salary_records": "record_id", "quarantined_records": "record_id"}
"""Keys unique by construction; checked before every commit, not held in an index."""


def _sql_text(text: str) -> str:
    """``text`` inside a single-quoted SQL literal (ATTACH takes no parameters)."""
    return text.replace("'", "''")


def _ids(ids: list[str] | pl.Series) -> pl.DataFrame:
    return pl.DataFrame({"document_id": ids}, schema={"document_id": pl.String})


STAGED_TABLES = {
    "documents": "documents",
    "records": "salary_records",
    "quarantined": "quarantined_records",
    "failures": "validation_failures",
    "skipped": "skipped_amounts",
}
"""Staging table -> the warehouse table it is moved into (same columns)."""


def _pages(sizes: list[tuple[str, int]], limit: int) -> Iterator[list[str]]:
    """Group named sizes into pages of at most ``limit`` in total (a larger one alone)."""
    page: list[str] = []
    total = 0
    for name, size in sizes:
        if page and total + size > limit:
            yield page
            page, total = [], 0
        page.append(name)
        total += size
    if page:
        yield page


def staging_path(warehouse: Path) -> Path:
    """``salaries.duckdb`` -> ``salaries.duckdb.staging``: a run's chunks before they move."""
    return warehouse.with_name(warehouse.name + ".staging")


class RunWriter:
    """A run's writes: chunks staged (committed per chunk) in ``<warehouse>.staging``, then
    moved in one transaction into the run's copy of the warehouse (``<warehouse>.next``),
    which ``finish`` commits and swaps in for the published file. Any exit without
    ``finish``, an exception or a killed process, leaves the published warehouse as it was.
    """

    def __init__(
        self, warehouse: Path, run_id: str, source: str = "raw", default_source: bool = True
    ) -> None:
        self.warehouse = warehouse  # the published snapshot analysts open: never written
        self.source = source  # the raw folder this run reads (``source_label``)
        self.legacy = default_source  # it may adopt and retire documents of unknown folder (V008)
        self.next = snapshot.next_path(warehouse)  # this run's copy: all writes go here
        self.staging = staging_path(warehouse)
        self.run_id = run_id
        self.con: duckdb.DuckDBPyConnection | None = None
        self.published = False
        self.committed = False
        self.copied = snapshot.Copied(0, 0.0)
        self.swap_seconds = 0.0

    def __enter__(self) -> RunWriter:
        self.warehouse.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._open()
        except BaseException:
            self.__exit__()
            raise

    def _open(self) -> RunWriter:
        self.copied = snapshot.take(self.warehouse, self.next)
        settings = get_settings()
        # A bounded memory: beyond it DuckDB spills to disk. Insertion order is irrelevant
        # here (every table has a key, unique by construction), and not keeping it lets large appends stream.
        config: dict[str, str | bool | int | float | list[str]] = {
            "memory_limit": settings.duckdb_memory_limit,
            "preserve_insertion_order": False,
        }
        self.con = duckdb.connect(str(self.next), config=config)
        self.db.execute("begin transaction")
        migrate(self.db)  # schema only, into the run's copy; committed before any data moves
        self.db.execute("commit")
        snapshot.discard(self.staging)
        self.db.execute(f"attach '{_sql_text(str(self.staging))}' as stage")
        for staged, table in STAGED_TABLES.items():
            self.db.execute(f"create table stage.{staged} as select * from main.{table} limit 0")
        self.db.execute("create table stage.ids (kind varchar not null, document_id varchar not null)")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.con is not None:
            if self.published and not self.committed:
                self.db.execute("rollback")
            self.con.close()
            self.con = None
        snapshot.discard(self.staging)
        snapshot.discard(self.next)  # swapped in already, or never to be

    @property
    def db(self) -> duckdb.DuckDBPyConnection:
        assert self.con is not None, "use RunWriter as a context manager"
        return self.con

    def _with(self, frames: dict[str, pl.DataFrame], *statements: tuple[str, list[object]]) -> None:
        for name, frame in frames.items():
            self.db.register(name, frame)
        try:
            for sql, params in statements:
                self.db.execute(sql, params)
        finally:
            for name in frames:
                self.db.unregister(name)

    def _query(
        self, name: str, frame: pl.DataFrame, sql: str, params: list[object] | None = None
    ) -> pl.DataFrame:
        """The result of ``sql``, which reads ``frame`` as the table ``name``."""
        self.db.register(name, frame)
        try:
            return self.db.execute(sql, params or []).pl()
        finally:
            self.db.unregister(name)

    def state_of(self, paths: list[str]) -> pl.DataFrame:
        """What the warehouse knows of these paths (``STATE_COLUMNS``)."""
        state = self._query(
            "chunk_paths",
            pl.DataFrame({"source_path": paths}, schema={"source_path": pl.String}),
            f"select {', '.join(STATE_COLUMNS)} from main.documents "
            "where source_path in (select source_path from chunk_paths) and (source = ? or (source is null and ?))",
            [self.source, self.legacy],
        )
        return state.cast(STATE_COLUMNS)  # type: ignore[arg-type]

    def written_ids(self, ids: pl.Series) -> pl.Series:
        """Which of ``ids`` this run has already written (in an earlier chunk)."""
        found = self._query(
            "candidates",
            _ids(ids),
            "select document_id from stage.documents where document_id in (select document_id from candidates)",
        )
        return found["document_id"].cast(pl.String)

    def write_chunk(self, rows: ChunkRows) -> None:
        """Stage one chunk's documents, records, quarantined records, failures and ids (one
        commit of the staging file per chunk)."""
        assert not self.published, "every chunk is written before the run is published"
        ids = pl.concat(
            [
                _ids(rows.replaced_ids).with_columns(kind=pl.lit("replaced")),
                _ids(rows.reextracted_ids).with_columns(kind=pl.lit("reextracted")),
                _ids(rows.seen_ids).with_columns(kind=pl.lit("seen")),
            ]
        )
        self.db.execute("begin transaction")
        self._with(
            {
                "chunk_ids": ids,
                "chunk_documents": rows.documents,
                "chunk_records": rows.records,
                "chunk_quarantined": rows.quarantined,
                "chunk_failures": rows.failures,
                "chunk_skipped": rows.skipped,
            },
            ("insert into stage.ids by name (select * from chunk_ids)", []),
            ("insert into stage.documents by name (select * from chunk_documents)", []),
            ("insert into stage.records by name (select * from chunk_records)", []),
            ("insert into stage.quarantined by name (select * from chunk_quarantined)", []),
            ("insert into stage.failures by name (select * from chunk_failures)", []),
            ("insert into stage.skipped by name (select * from chunk_skipped)", []),
        )
        self.db.execute("commit")

    def publish(self) -> None:
        """Open the run's transaction on the warehouse and move the staged chunks into it
        (set-based: a few statements for the whole run, whatever its size)."""
        if self.published:
            return
        self.db.execute("begin transaction")
        self.published = True
        # Documents loaded before V008 recorded their folder belong to the default raw folder
        # (warehouses were fed from it): its runs claim them, other folders' runs leave them.
        if self.legacy:
            self.db.execute("update main.documents set source = ? where source is null", [self.source])
        touched = "select document_id from stage.ids where kind in ('replaced', 'reextracted')"
        self.db.execute(f"delete from main.salary_records where document_id in ({touched})")
        self.db.execute(f"delete from main.quarantined_records where document_id in ({touched})")
        self.db.execute(f"delete from main.skipped_amounts where document_id in ({touched})")
        self.db.execute(
            "update main.documents set status = 'deleted', last_seen_run = ? "
            "where document_id in (select document_id from stage.ids where kind = 'replaced')",
            [self.run_id],
        )
        self.db.execute(
            "update main.documents set last_seen_run = ?, source = ? "
            "where document_id in (select document_id from stage.ids where kind = 'seen')",
            [self.run_id, self.source],
        )
        self.db.execute(
            """
            update main.documents as d set
                source = c.source, source_path = c.source_path, title = c.title, occupation = c.occupation,
                city = c.city, byte_size = c.byte_size, encoding = c.encoding, status = c.status,
                last_seen_run = c.last_seen_run, mtime_ns = c.mtime_ns,
                extractor_version = c.extractor_version, reject_reason = c.reject_reason
            from stage.documents as c
            where d.document_id = c.document_id
            """
        )
        self.db.execute(
            "insert into main.documents by name (select * from stage.documents "
            "where document_id not in (select document_id from main.documents))"
        )
        for staged, table in STAGED_TABLES.items():
            if staged != "documents":
                self.db.execute(f"insert into main.{table} by name (select * from stage.{staged})")

    def retire_missing(self) -> int:
        """After the last chunk: publish, then mark documents whose file this run did not
        see 'deleted' and remove their records."""
        self.publish()
        gone = self.db.execute(
            "select document_id from documents where status in ('loaded', 'rejected') and last_seen_run <> ? "
            "and source = ?",
            [self.run_id, self.source],
        ).pl()
        self._with(
            {"gone": gone},
            ("delete from salary_records where document_id in (select document_id from gone)", []),
            ("delete from quarantined_records where document_id in (select document_id from gone)", []),
            ("delete from skipped_amounts where document_id in (select document_id from gone)", []),
            (
                "update documents set status = 'deleted', last_seen_run = ? "
                "where document_id in (select document_id from gone)",
                [self.run_id],
            ),
        )
        return gone.height

    def cross_check_pages(self, page_records: int) -> Iterator[pl.DataFrame]:
        """The loaded records the cross-document checks need (``CONTEXT_SCHEMA`` plus
        ``in_batch``: written by this run), whole occupations per page of about
        ``page_records`` rows. Only occupations holding a record of this run are read: the
        checks compare within an occupation and records of earlier runs never fail again;
        records without an occupation are never compared."""
        self.publish()
        loaded = (
            "from salary_records r join documents d using (document_id) "
            "where d.status = 'loaded' and r.occupation is not null"
        )
        sizes = self.db.execute(
            f"select r.occupation, count(*) {loaded} group by r.occupation "
            "having bool_or(r.run_id = ?) order by r.occupation",
            [self.run_id],
        ).fetchall()
        columns = ", ".join(f"r.{c}" for c in CONTEXT_SCHEMA)
        for page in _pages([(str(name), int(n)) for name, n in sizes], page_records):
            frame = self._query(
                "page_occupations",
                pl.DataFrame({"occupation": page}, schema={"occupation": pl.String}),
                f"select {columns}, r.run_id = ? as in_batch {loaded} "
                "and r.occupation in (select occupation from page_occupations)",
                [self.run_id],
            )
            yield frame.cast(CONTEXT_SCHEMA)  # type: ignore[arg-type]

    def verify_keys(self) -> None:
        """Refuse to commit a key held twice (the tables keep no key index, see V004). Only
        keys this run wrote are looked at: rows are only ever added from the staged ones,
        and every earlier run verified its own."""
        staged_as = {table: staged for staged, table in STAGED_TABLES.items()}
        for table, key in UNIQUE_KEYS.items():
            row = self.db.execute(
                f"select {key}, count(*) from main.{table} where {key} in "
                f"(select {key} from stage.{staged_as[table]}) group by {key} having count(*) > 1 limit 1"
            ).fetchone()
            if row is not None:
                raise DuplicateKeyError(
                    f"{table}.{key} {row[0]!r} is held {row[1]} times; nothing was committed"
                )

    def finish(
        self, failures: pl.DataFrame, run: dict[str, object], metrics: pl.DataFrame | None = None
    ) -> dict[str, object]:
        """Write the last failures, the run's metrics and its ``etl_runs`` row, then commit;
        the row as written."""
        self.publish()
        run = {**run, "finished_at": datetime.now(UTC)}
        columns = list(run)
        self._with(
            {"run_failures": failures} | ({"run_metrics_now": metrics} if metrics is not None else {}),
            ("insert into validation_failures by name (select * from run_failures)", []),
            *(
                [("insert into run_metrics by name (select * from run_metrics_now)", [])]
                if metrics is not None and not metrics.is_empty()
                else []
            ),
            (
                f"insert into etl_runs ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})",
                list(run.values()),
            ),
        )
        self._earlier_runs()
        self.verify_keys()
        _pause_for_tests()
        self.db.execute("commit")
        self.committed = True
        # The snapshot is complete: fold the log into the file, close it, swap it in.
        began = time.perf_counter()
        self.db.execute("checkpoint")
        self.db.close()
        self.con = None
        snapshot.swap_in(self.next, self.warehouse)
        runlog.committed(self.warehouse)
        self.swap_seconds = time.perf_counter() - began
        return run

    def _earlier_runs(self) -> None:
        """The ``etl_runs`` rows of runs that failed, were interrupted or crashed since the
        last commit (flows/runlog.py); counts 0: nothing of theirs was committed."""
        earlier = [
            r for r in runlog.pending(self.warehouse, running=self.run_id) if r["run_id"] != self.run_id
        ]
        if not earlier:
            return
        from flows.batch import RUN_COUNTS  # noqa: PLC0415 (flows.batch imports this module)

        frame = pl.DataFrame(earlier, schema=EARLIER_RUN_SCHEMA)
        zeros = ", ".join(f"0 as {key}" for key in RUN_COUNTS)
        self._with(
            {"earlier_runs": frame},
            (
                f"insert into etl_runs by name (select *, {zeros} from earlier_runs "
                "where run_id not in (select run_id from etl_runs))",
                [],
            ),
        )
