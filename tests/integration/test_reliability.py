"""A warehouse that loses nothing: atomic under kill -9, one writer, read-only SQL,
migrations, incremental runs, and the DuckDB CLI. Real processes, real DuckDB files."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from bench.generate import write_corpus
from flows.load import migrate, migrations
from flows.settings import SQL_DIR
from tests.conftest import RAW

# Every run here is a `salary-etl` subprocess; they share the session's Prefect server (the
# CLI's own temporary server is covered by tests/integration/test_cli.py).
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("shared_prefect_server")]

BIN = Path(sys.executable).parent
TABLES = [
    "documents",
    "salary_records",
    "quarantined_records",
    "skipped_amounts",
    "validation_failures",
    "etl_runs",
]


def start(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """``salary-etl ARGS`` in its own process group (it starts a Prefect server child)."""
    return subprocess.Popen(
        [str(BIN / "salary-etl"), *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "COLUMNS": "200", **(env or {})}, start_new_session=True,
    )  # fmt: skip


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    proc = start(*args, env=env)
    out, err = proc.communicate(timeout=600)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def kill_hard(proc: subprocess.Popen[str]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)


def fingerprint(warehouse: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted: equal fingerprints mean equal warehouses. A table
    that does not exist yet counts as empty (migrations commit first, on their own: a run
    killed after them leaves the empty schema, and no row)."""
    if not warehouse.exists():
        return {t: [] for t in TABLES}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        existing = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
        return {
            t: con.execute(f"select * from {t} order by all").fetchall() if t in existing else []
            for t in TABLES
        }


def wait_for(path: Path, proc: subprocess.Popen[str], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never reached the load"
        time.sleep(0.2)


def test_kill_9_inside_the_load_transaction_one_writer_and_sql_meanwhile(tmp_path: Path) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "salaries.duckdb"
    shutil.copytree(RAW, raw)
    assert run("run", "--raw", raw, "--warehouse", warehouse).returncode == 0
    before = fingerprint(warehouse)
    seed = raw / "001_49b029b600d8e923.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("5.200 €", "5.250 €"), encoding="utf-8")
    (raw / "new.txt").write_text("Beruf Koch in Kiel\nKöche verdienen 2.900 € im Monat.\n", encoding="utf-8")

    marker = tmp_path / "paused"
    writer = start("run", "--raw", raw, "--warehouse", warehouse,
                   env={"SALARY_ETL_TEST_PAUSE_BEFORE_COMMIT": str(marker)})  # fmt: skip
    try:
        wait_for(marker, writer)
        second = run("run", "--raw", raw, "--warehouse", warehouse)
        assert second.returncode == 1
        assert "is being written by run" in second.stderr
        assert "Traceback" not in second.stderr
        # Analysts are not refused while a run holds the warehouse: they read the last run.
        sql = run("sql", "select count(*) from salary_records", "--warehouse", warehouse, "--format", "csv")
        assert sql.returncode == 0, sql.stderr
        assert sql.stdout.split() == ["count_star()", "10"]
    finally:
        kill_hard(writer)

    assert fingerprint(warehouse) == before  # nothing of the killed run is visible
    assert warehouse.with_name("salaries.duckdb.next").exists()  # the killed run's snapshot
    after = run("run", "--raw", raw, "--warehouse", warehouse)
    assert after.returncode == 0, after.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        runs = con.execute(
            "select documents_new, documents_changed, records_loaded from etl_runs order by started_at"
        ).fetchall()
        assert runs[-1] == (1, 1, 3)
        assert con.execute("select count(*) from salary_records").fetchone() == (11,)
    assert sorted(p.name for p in warehouse.parent.iterdir()) == [
        "reports",
        "salaries.duckdb",
        "salaries.duckdb.lock",
    ]


def test_runs_that_did_not_commit_are_recorded_and_shown(tmp_path: Path) -> None:
    """Killed with -9 (crashed, found by the next run), Ctrl-C (interrupted), refused by a
    newer warehouse (failed): each gets an etl_runs row with its error and counts 0, and
    ``salary-etl runs`` shows it at once; the data tables are untouched."""
    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "salaries.duckdb"
    shutil.copytree(RAW, raw)
    assert run("run", "--raw", raw, "--warehouse", warehouse).returncode == 0
    data = {t: rows for t, rows in fingerprint(warehouse).items() if t != "etl_runs"}
    marker = tmp_path / "paused"
    for how in (signal.SIGKILL, signal.SIGINT):
        proc = start("run", "--raw", raw, "--warehouse", warehouse, "--full-refresh",
                     env={"SALARY_ETL_TEST_PAUSE_BEFORE_COMMIT": str(marker)})  # fmt: skip
        wait_for(marker, proc)
        os.killpg(proc.pid, how)
        proc.communicate(timeout=60)
        marker.unlink()
        shown = run("runs", "--warehouse", warehouse)
        assert shown.returncode == 0, shown.stderr
        status = "crashed" if how == signal.SIGKILL else "interrupted"
        assert re.search(rf"│ {status}\s+│ 0 ", shown.stdout), shown.stdout
    listed = run("runs", "--warehouse", warehouse, "--format", "csv").stdout
    assert "died without a word (killed?)" in listed and "SIGINT received (interrupted)" in listed
    assert run("run", "--raw", raw, "--warehouse", warehouse).returncode == 0
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "select status, documents_seen, records_loaded, error is null from etl_runs order by started_at"
        ).fetchall()
    assert rows == [
        ("completed", 5, 10, True),
        ("crashed", 0, 0, False),
        ("interrupted", 0, 0, False),
        ("completed", 5, 0, True),
    ]
    assert {t: r for t, r in fingerprint(warehouse).items() if t not in ("etl_runs", "documents")} == {
        t: r for t, r in data.items() if t != "documents"
    }
    assert not warehouse.with_name("salaries.duckdb.runs.jsonl").exists()  # all in etl_runs now

    with duckdb.connect(str(warehouse)) as con:
        con.execute("insert into schema_version values (99, now())")  # from a newer salary-etl
    assert run("run", "--raw", raw, "--warehouse", warehouse).returncode == 1
    shown = run("runs", "--warehouse", warehouse, "-n", "1", "--format", "json")
    (failed,) = json.loads(shown.stdout)
    assert (failed["status"], failed["seen"], failed["loaded"]) == ("failed", 0, 0)
    assert "upgrade salary-etl" in failed["error"]


def test_kill_9_at_random_moments_of_a_larger_run(tmp_path: Path) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "salaries.duckdb"
    write_corpus(raw, 3000, seed=5)
    rng = random.Random(20261121)
    for _ in range(3):
        before = fingerprint(warehouse)
        proc = start("run", "--raw", raw, "--warehouse", warehouse)
        time.sleep(rng.uniform(1.0, 9.0))  # start-up, extraction, staging, publish or commit
        if proc.poll() is None:
            kill_hard(proc)
        else:  # it finished first: collect its output (closes the pipes)
            proc.communicate(timeout=60)
        after = fingerprint(warehouse)
        committed = lambda f: [r for r in f.get("etl_runs", []) if str(r[4]).startswith("completed")]  # noqa: E731
        runs_before, runs_after = len(committed(before)), len(committed(after))
        if runs_after == runs_before:
            assert after == before  # killed before its commit: nothing of it is visible
        else:
            assert runs_after == runs_before + 1  # committed: the whole run is there
            assert len(after["documents"]) == 3000
    final = run("run", "--raw", raw, "--warehouse", warehouse)
    assert final.returncode in (0, 3), final.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        docs = con.execute("select count(*) from documents where status = 'loaded'").fetchone()
        last = con.execute("select documents_seen from etl_runs order by started_at desc limit 1").fetchone()
        per_doc = con.execute("select count(distinct document_id) from salary_records").fetchone()
    assert docs == (3000,)
    assert last == (3000,)
    assert per_doc is not None and per_doc[0] > 2700  # most generated articles state a salary


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("copy salary_records to '{out}/x.csv'", "file"),
        ("attach '{out}/other.duckdb' as other", "file"),
        ("install httpfs", "file"),
        ("load httpfs", "disabled"),
        ("export database '{out}/dump'", "file"),
        ("drop table documents", "read-only"),
        ("delete from salary_records", "read-only"),
        ("set enable_external_access = true", "configuration"),
    ],
)
def test_sql_cannot_change_anything(tmp_path: Path, statement: str, reason: str) -> None:
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        migrate(con)
    before = fingerprint(warehouse)
    proc = run("sql", statement.format(out=tmp_path), "--warehouse", warehouse)
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: refused")
    assert reason in proc.stderr.lower()
    assert fingerprint(warehouse) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb"]


def test_migrates_a_version_1_warehouse_in_place(tmp_path: Path, raw_copy: Path) -> None:
    old_sql = tmp_path / "sql_v1"
    shutil.copytree(SQL_DIR, old_sql)
    for later in old_sql.glob("V00[2-9]__*.sql"):
        later.unlink()
    shutil.rmtree(old_sql / "views")  # today's views need today's columns
    warehouse = tmp_path / "wh" / "salaries.duckdb"
    warehouse.parent.mkdir()
    with duckdb.connect(str(warehouse)) as con:
        assert migrate(con, old_sql) == 1
        con.execute(
            "insert into documents (document_id, source_path, status, first_seen_run, last_seen_run) "
            "values ('old', 'gone.txt', 'loaded', 'r0', 'r0')"
        )
    proc = run("run", "--raw", raw_copy, "--warehouse", warehouse)
    assert proc.returncode == 0, proc.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select max(version) from schema_version").fetchone() == (migrations()[-1][0],)
        keys = "select count(*) from duckdb_constraints() where constraint_type = 'PRIMARY KEY' and table_name = ?"
        for table in ("documents", "salary_records", "quarantined_records"):
            assert con.execute(keys, [table]).fetchone() == (0,), table  # V004 dropped the key index
        assert con.execute("select count(*) from salary_records where statement is null").fetchone() == (0,)
        # Loaded before folders were recorded: the default raw folder's, not this one's to retire.
        assert con.execute("select status, source from documents where document_id = 'old'").fetchone() == (
            "loaded", None,
        )  # fmt: skip
        assert con.execute("select count(*) from salary_records").fetchone() == (10,)


def test_refuses_a_warehouse_from_a_newer_version(tmp_path: Path, raw_copy: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        migrate(con)
        con.execute("insert into schema_version values (99, now())")
    before = fingerprint(warehouse)
    proc = run("run", "--raw", raw_copy, "--warehouse", warehouse)
    assert proc.returncode == 1
    assert "upgrade salary-etl" in proc.stderr
    assert fingerprint(warehouse) == before


def test_duckdb_cli_opens_the_warehouse(tmp_path: Path, raw_copy: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    assert run("run", "--raw", raw_copy, "--warehouse", warehouse).returncode == 0
    cli = subprocess.run(
        [str(BIN / "duckdb"), "-readonly", "-csv", str(warehouse), "-c", "select count(*) as n from salary_bands"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.split() == ["n", "10"]


def test_bad_and_odd_inputs(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "Unterordner mit Ümlaut").mkdir(parents=True)
    ok = "Beruf Koch in Kiel\nKöche verdienen 2.900 € im Monat.\n"
    (raw / "Unterordner mit Ümlaut" / "Köche in Kiel.txt").write_text(ok, encoding="utf-8")
    (raw / "target.txt").write_text(ok.replace("Kiel", "Ulm"), encoding="utf-8")
    os.symlink(raw / "target.txt", raw / "inside link.txt")  # followed: same bytes, loaded once
    os.symlink(raw / "missing.txt", raw / "broken.txt")  # dangling, inside raw/: unreadable
    outside = tmp_path / "outside.txt"
    outside.write_text(ok, encoding="utf-8")
    os.symlink(outside, raw / "outside.txt")
    (raw / "notes.md").write_text(ok, encoding="utf-8")  # not *.txt: ignored
    os.symlink(raw / "loop b.txt", raw / "loop a.txt")  # a loop of links: both unreadable,
    os.symlink(raw / "loop a.txt", raw / "loop b.txt")  # the rest of the run goes on
    (raw / "SHOUTED.TXT").write_text(ok.replace("Kiel", "Jena"), encoding="utf-8")  # *.txt in any case
    (raw / "latin1.txt").write_bytes(
        "Beruf Bäcker in Köln\nBäcker verdienen 2.700 Euro im Monat.\n".encode("latin-1")
    )
    warehouse = tmp_path / "w.duckdb"
    proc = run("run", "--raw", raw, "--warehouse", warehouse)
    assert proc.returncode == 3, proc.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        docs = dict(
            con.execute("select source_path, coalesce(reject_reason, status) from documents").fetchall()
        )
        cities = {r[0] for r in con.execute("select city from salary_records").fetchall()}
    assert docs == {
        "Unterordner mit Ümlaut/Köche in Kiel.txt": "loaded",
        "inside link.txt": "loaded",  # target.txt has the same bytes: reported as duplicate_file
        "broken.txt": "file_unreadable",
        "outside.txt": "link_outside_raw",
        "latin1.txt": "loaded",
        "loop a.txt": "file_unreadable",
        "loop b.txt": "file_unreadable",
        "SHOUTED.TXT": "loaded",
    }
    assert cities == {"Kiel", "Ulm", "Köln", "Jena"}


@pytest.mark.parametrize(
    ("signum", "code", "word", "to_group"),
    [(signal.SIGINT, 130, "interrupted", True), (signal.SIGTERM, 143, "terminated", False)],
)
def test_ctrl_c_and_sigterm_stop_a_run_at_once(
    tmp_path: Path, signum: int, code: int, word: str, to_group: bool
) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "salaries.duckdb"
    shutil.copytree(RAW, raw)
    marker = tmp_path / "paused"  # the first run of a new warehouse: nothing may be published
    writer = start("run", "--raw", raw, "--warehouse", warehouse,
                   env={"SALARY_ETL_TEST_PAUSE_BEFORE_COMMIT": str(marker)})  # fmt: skip
    try:
        wait_for(marker, writer)  # inside the run's open transaction, staging and snapshot written
        assert {p.name for p in warehouse.parent.iterdir()} >= {
            "salaries.duckdb.staging",
            "salaries.duckdb.next",
        }
        sent = time.monotonic()
        if to_group:  # Ctrl-C in a terminal: the whole process group
            os.killpg(writer.pid, signum)
        else:  # a scheduler or `docker stop`: the main process only
            os.kill(writer.pid, signum)
        _, err = writer.communicate(timeout=60)
        stopped = time.monotonic() - sent
    finally:
        if writer.poll() is None:
            kill_hard(writer)
    assert writer.returncode == code
    assert stopped < 2.0, f"took {stopped:.1f} s to stop"
    assert err.strip().splitlines()[-1] == f"{word}: the warehouse is unchanged"
    assert "Traceback" not in err
    assert sorted(p.name for p in warehouse.parent.iterdir()) == [
        "salaries.duckdb.lock",
        "salaries.duckdb.runs.jsonl",  # the run's outcome, for etl_runs (flows/runlog.py)
    ]
    assert '"status": "interrupted"' in warehouse.with_name("salaries.duckdb.runs.jsonl").read_text()
    again = run("run", "--raw", raw, "--warehouse", warehouse)
    assert again.returncode == 0, again.stderr
