"""Analysts and runs never block each other: read-only sessions on the published
warehouse file stay open across runs, see the last committed run (a snapshot), and are
never refused, also while a run writes, commits or is killed. Real processes, real
DuckDB files, the DuckDB CLI as a second analyst."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from bench.generate import write_corpus
from flows.load import migrate
from tests.conftest import RAW
from tests.integration.test_reliability import BIN, kill_hard, run, start, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("shared_prefect_server")]

STATE = (
    "select (select count(*) from etl_runs where status like 'completed%'), (select count(*) from documents), "
    "(select count(*) from salary_records)"
)
"""What a committed run leaves: committed runs, documents and records (each run changes all
three; a killed run's ``crashed`` row comes with the next commit)."""

POLLER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    import duckdb

    warehouse, stop, out = sys.argv[1], Path(sys.argv[2]), open(sys.argv[3], "w")
    while not stop.exists():
        began = time.perf_counter()
        try:
            con = duckdb.connect(warehouse, read_only=True)
            try:
                answer = list(con.execute({state!r}).fetchone())
            finally:
                con.close()
            row = {{"state": answer}}
        except Exception as exc:
            row = {{"error": f"{{type(exc).__name__}}: {{exc}}"}}
        row["seconds"] = time.perf_counter() - began
        out.write(json.dumps(row) + "\\n")
        out.flush()
        time.sleep(0.1)
    """
).format(state=STATE)


def state_of(warehouse: Path) -> tuple[int, int, int]:
    """The warehouse's state as a new analyst (another process: the DuckDB CLI) sees it."""
    cli = subprocess.run(
        [str(BIN / "duckdb"), "-readonly", "-csv", "-noheader", str(warehouse), "-c", STATE],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    runs, documents, records = cli.stdout.strip().split(",")
    return int(runs), int(documents), int(records)


def test_a_reader_open_across_runs_keeps_its_snapshot_also_when_a_run_is_killed(
    tmp_path: Path, raw_copy: Path
) -> None:
    warehouse = tmp_path / "wh" / "salaries.duckdb"
    assert run("run", "--raw", raw_copy, "--warehouse", warehouse).returncode == 0
    (raw_copy / "new.txt").write_text(
        "Beruf Koch in Kiel\nKöche verdienen 2.900 € im Monat.\n", encoding="utf-8"
    )

    analyst = duckdb.connect(str(warehouse), read_only=True)  # a notebook left open
    try:
        before = analyst.execute(STATE).fetchone()
        assert before == (1, 5, 10)
        marker = tmp_path / "paused"
        writer = start("run", "--raw", raw_copy, "--warehouse", warehouse,
                       env={"SALARY_ETL_TEST_PAUSE_BEFORE_COMMIT": str(marker)})  # fmt: skip
        try:
            wait_for(marker, writer)  # inside the run's open transaction
            assert analyst.execute(STATE).fetchone() == before
            assert state_of(warehouse) == before  # a new reader meanwhile: the last run
        finally:
            kill_hard(writer)
        assert analyst.execute(STATE).fetchone() == before  # the kill changed nothing for it

        proc = run("run", "--raw", raw_copy, "--warehouse", warehouse)
        assert proc.returncode == 0, proc.stderr  # the open session does not fail the run
        assert analyst.execute(STATE).fetchone() == before  # still the run it opened
        assert analyst.execute("select count(*) from salary_records where city = 'Kiel'").fetchone() == (0,)
        assert state_of(warehouse) == (2, 6, 11)  # a session opened now sees the new run
    finally:
        analyst.close()
    with duckdb.connect(str(warehouse), read_only=True) as reopened:
        assert reopened.execute(STATE).fetchone() == (2, 6, 11)
    leftovers = sorted(p.name for p in warehouse.parent.iterdir())
    assert leftovers == ["reports", "salaries.duckdb", "salaries.duckdb.lock"]


@pytest.fixture
def poller(tmp_path: Path) -> tuple[Path, Path]:
    script = tmp_path / "poll.py"
    script.write_text(POLLER, encoding="utf-8")
    return script, tmp_path / "polls.jsonl"


def test_a_reader_polling_every_100_ms_is_never_refused_during_a_run(
    tmp_path: Path, poller: tuple[Path, Path]
) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "salaries.duckdb"
    shutil.copytree(RAW, raw)
    assert run("run", "--raw", raw, "--warehouse", warehouse).returncode == 0
    first = state_of(warehouse)
    write_corpus(raw / "generated", 2000, seed=13)

    script, polls = poller
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, str(script), str(warehouse), str(stop), str(polls)])
    try:
        time.sleep(1.0)
        proc = run("run", "--raw", raw, "--warehouse", warehouse)
        assert proc.returncode in (0, 3), proc.stderr
        time.sleep(1.0)  # a few answers after the swap
    finally:
        stop.write_text("", encoding="utf-8")
        reader.wait(timeout=60)
    second = state_of(warehouse)
    assert second[0] == 2 and second[1] == 2005

    answers = [json.loads(line) for line in polls.read_text(encoding="utf-8").splitlines()]
    assert len(answers) > 20  # more than two seconds of polling, the run among them
    assert [a for a in answers if "error" in a] == []  # never refused
    seen = [tuple(a["state"]) for a in answers]
    assert set(seen) == {first, second}  # every answer a committed state: the old run or the new
    switched = seen.index(second)
    assert all(s == second for s in seen[switched:])  # and never back
    slowest = max(a["seconds"] for a in answers)
    assert slowest < 1.0, f"a read-only open and query took {slowest:.2f} s"


def test_a_session_holding_the_file_read_write_is_named_and_the_run_changes_nothing(
    tmp_path: Path, raw_copy: Path
) -> None:
    warehouse = tmp_path / "wh" / "salaries.duckdb"
    warehouse.parent.mkdir()
    with duckdb.connect(str(warehouse)) as con:  # an empty warehouse of today's schema
        migrate(con)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('open', flush=True); time.sleep(120)",
         str(warehouse)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        proc = run("run", "--raw", raw_copy, "--warehouse", warehouse)
        sql = run("sql", "select 1", "--warehouse", warehouse)
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    assert proc.returncode == 1
    assert f"is open read-write by process {holder.pid}" in proc.stderr
    assert "the warehouse is unchanged" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sql.returncode == 1
    assert f"is open read-write by process {holder.pid}" in sql.stderr
    assert state_of(warehouse) == (0, 0, 0)
