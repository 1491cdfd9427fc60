"""The ``salary-etl`` console script as a user runs it: a subprocess, real files, exit codes."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from bench.generate import write_corpus
from tests.conftest import RAW

CLI = Path(sys.executable).parent / "salary-etl"


def cli(
    *args: str | Path, cwd: Path | None = None, ad_hoc: bool = False, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``salary-etl ARGS``; ``ad_hoc``: with no Prefect server configured (the CLI starts one)."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", **(env or {})}
    if ad_hoc:
        env.pop("PREFECT_API_URL", None)
    return subprocess.run(
        [str(CLI), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=cwd,
        check=False,
    )


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse loaded from the seeds by ``salary-etl run`` (exit 0 checked here), as a
    user runs it ad hoc: no Prefect server configured, the CLI starts a temporary one."""
    base = tmp_path_factory.mktemp("cli")
    shutil.copytree(RAW, base / "raw")
    warehouse = base / "wh" / "salaries.duckdb"
    proc = cli("run", "--raw", base / "raw", "--warehouse", warehouse, ad_hoc=True)
    assert proc.returncode == 0, proc.stderr
    assert "records loaded" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr
    return warehouse


@pytest.mark.slow
def test_run_prints_summary_and_report_path(loaded: Path) -> None:
    assert loaded.is_file()
    assert list((loaded.parent / "reports").glob("*.md"))


@pytest.mark.slow
@pytest.mark.usefixtures("shared_prefect_server")
def test_run_with_rejected_file_exits_3(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ok.txt").write_text("Beruf Koch in Bremen\nKöche verdienen 2.900 € im Monat.\n", encoding="utf-8")
    (raw / "broken.txt").write_bytes(b"\x00\xff\x00\xfe")
    proc = cli("run", "--raw", raw, "--warehouse", tmp_path / "w.duckdb")
    assert proc.returncode == 3, proc.stderr
    assert re.search(r"documents rejected\s+1\s", proc.stdout), proc.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("run", "--raw", "/nonexistent/raw"), "raw folder"),
        (("run", "--warehouse", "/proc/forbidden/w.duckdb"), "cannot create the warehouse folder"),
        (("run", "--task-runner", "nope"), "Invalid value"),
        (("run", "--notify-url", "ftp://x"), "must be an http(s) URL"),
        (("sql", "select 1", "--warehouse", "/nonexistent/w.duckdb"), "no warehouse"),
        (("explain", "/nonexistent/text.txt"), "is not a file"),
        (("sql", ""), "no query given"),
        (("sql", "   "), "no query given"),
        (("explain", str(next(RAW.glob("*.txt"))), "--warehouse", "/nonexistent/w.duckdb"), "no warehouse"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: tuple[str, ...], needle: str, tmp_path: Path) -> None:
    proc = cli(*args, cwd=tmp_path)
    assert proc.returncode == 2
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not list(tmp_path.iterdir())  # nothing written


@pytest.mark.parametrize("command", [("run",), ("sql", "select 1"), ("runs",), ("report",)])
def test_a_file_that_is_no_warehouse_is_refused_before_anything_starts(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    foreign = tmp_path / "notes.duckdb"
    foreign.write_text("meeting notes, not a database\n" * 10, encoding="utf-8")
    proc = cli(*command, "--warehouse", foreign, cwd=tmp_path, ad_hoc=True)
    assert proc.returncode == 2, proc.stderr
    assert f"{foreign} is not a DuckDB database" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Prefect" not in proc.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["notes.duckdb"]  # no .lock, no snapshot
    assert foreign.read_text(encoding="utf-8").startswith("meeting notes")


@pytest.mark.parametrize(
    ("variable", "value", "needle"),
    [
        (
            "SALARY_ETL_MONTHLY_MAX",
            "abc",
            "SALARY_ETL_MONTHLY_MAX='abc' is not allowed: Input should be a valid number",
        ),
        (
            "SALARY_ETL_MONTHLY_MAX",
            "-5",
            "SALARY_ETL_MONTHLY_MAX='-5' is not allowed: Input should be greater than 0",
        ),
        (
            "SALARY_ETL_MONTHLY_MAX",
            "400",
            "SALARY_ETL_MONTHLY_MIN (500) must be below SALARY_ETL_MONTHLY_MAX (400)",
        ),
        ("SALARY_ETL_CHUNK_SIZE", "0", "SALARY_ETL_CHUNK_SIZE='0' is not allowed"),
        ("SALARY_ETL_DUCKDB_MEMORY_LIMIT", "lots", "a size such as 256MB"),
        ("SALARY_ETL_FILE_GLOB", "sub/*.txt", "a file name pattern such as *.txt"),
    ],
)
def test_settings_not_allowed_exit_2_before_anything_happens(
    variable: str, value: str, needle: str, tmp_path: Path
) -> None:
    proc = cli("run", "--warehouse", tmp_path / "w.duckdb", cwd=tmp_path, env={variable: value})
    assert proc.returncode == 2
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith(f"error: {variable}") or line.startswith("error: SALARY_ETL_MONTHLY_MIN")
    assert needle in line
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("command", [("sql", "select 1"), ("runs",), ("explain", "x.txt")])
def test_every_command_checks_the_settings(command: tuple[str, ...], tmp_path: Path) -> None:
    proc = cli(*command, cwd=tmp_path, env={"SALARY_ETL_MONTHLY_MAX": "-5"})
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        == "error: SALARY_ETL_MONTHLY_MAX='-5' is not allowed: Input should be greater than 0"
    )


def test_an_unknown_setting_is_named_in_one_warning(tmp_path: Path) -> None:
    proc = cli("runs", "--warehouse", tmp_path / "w.duckdb", env={"SALARY_ETL_MONTLY_MAX": "60000"})
    lines = proc.stderr.strip().splitlines()
    assert lines[0].startswith("warning: ignoring unknown setting SALARY_ETL_MONTLY_MAX")
    assert lines[1].startswith("error: no warehouse")  # the command itself went on
    assert proc.returncode == 2


def test_version_and_help_work_whatever_the_settings() -> None:
    proc = cli("--version", env={"SALARY_ETL_MONTHLY_MAX": "abc"})
    assert proc.returncode == 0
    assert re.fullmatch(r"salary-etl \d+\.\d+\.\d+ \(extractor \d+\.\d+\.\d+\)\n", proc.stdout)
    assert cli("run", "--help", env={"SALARY_ETL_MONTHLY_MAX": "abc"}).returncode == 0


def test_help_explains_every_command() -> None:
    for command in ("run", "sql", "runs", "report", "explain"):
        proc = cli(command, "--help")
        assert proc.returncode == 0
        assert "Usage" in proc.stdout


@pytest.mark.slow
def test_sql_and_report_mistakes_on_a_real_warehouse(loaded: Path, tmp_path: Path) -> None:
    both = cli("sql", "select 1; select 2", "--warehouse", loaded)
    assert both.returncode == 2
    assert (
        both.stderr.strip()
        == "error: give one statement at a time (got 2: only the last one's result would be shown)"
    )
    missing = cli("report", "--warehouse", loaded, "--output", tmp_path / "missing" / "r.html")
    assert missing.returncode == 2
    assert missing.stderr.strip().startswith("error: cannot write") and "does not exist" in missing.stderr
    folder = cli("report", "--warehouse", loaded, "--output", tmp_path)
    assert folder.returncode == 2 and "it is a folder" in folder.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_sql_formats(loaded: Path) -> None:
    query = "select occupation, city, seniority, monthly_min from salary_bands order by all"
    as_json = json.loads(cli("sql", query, "--warehouse", loaded, "--format", "json").stdout)
    assert len(as_json) == 10
    assert as_json[0]["occupation"] == "IT Leiter"
    as_csv = cli("sql", query, "--warehouse", loaded, "--format", "csv").stdout.splitlines()
    assert as_csv[0] == "occupation,city,seniority,monthly_min"
    assert len(as_csv) == 11
    table = cli("sql", "select count(*) as n from salary_records", "--warehouse", loaded)
    assert table.returncode == 0
    assert "10" in table.stdout


@pytest.mark.slow
def test_sql_tables_show_a_page_that_fits_and_csv_json_stream_everything(loaded: Path) -> None:
    many = "select i, 'row ' || i as label, repeat('x', 300) as wide from range(120000) t(i) order by i"
    wide = cli("sql", many, "--warehouse", loaded, env={"COLUMNS": "60"})
    assert max(len(line) for line in wide.stdout.splitlines()[:-1]) <= 60
    assert "xxx… │" in wide.stdout  # a long cell ends in …
    table = cli("sql", many, "--warehouse", loaded, env={"COLUMNS": "40"})
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert max(len(line) for line in lines[:-1]) <= 40  # fits the terminal
    assert "│ 49 " in table.stdout and "│ 50 " not in table.stdout  # 50 rows by default
    assert "50 rows, 119,950 more not shown" in lines[-1]
    assert "columns not shown for the terminal's width: wide" in lines[-1]
    assert "119,990 more" in cli("sql", many, "--warehouse", loaded, "-n", "10").stdout
    as_csv = cli("sql", many, "--warehouse", loaded, "--format", "csv").stdout.splitlines()
    assert (
        len(as_csv) == 120_001 and as_csv[0] == "i,label,wide" and as_csv[-1].startswith("119999,row 119999,")
    )
    as_json = json.loads(cli("sql", many, "--warehouse", loaded, "--format", "json").stdout)
    assert len(as_json) == 120_000 and as_json[-1]["label"] == "row 119999"
    empty = cli("sql", "select 1 as a where false", "--warehouse", loaded, "--format", "csv")
    assert empty.stdout == "a\n"
    odd = cli("sql", "select interval 1 day as iv, 1 as n", "--warehouse", loaded)  # no Polars type
    assert odd.returncode == 0 and "days=1" in odd.stdout and "Traceback" not in odd.stderr
    twice = cli("sql", "select 1 as a, 2 as a, '[/Monat] [sic]' as t", "--warehouse", loaded)
    assert twice.returncode == 0 and "a_1" in twice.stdout and "[/Monat] [sic]" in twice.stdout, twice.stderr
    nested = cli("sql", "select [1, 2] as l, 3 as n", "--warehouse", loaded, "--format", "csv")
    assert nested.returncode == 0 and nested.stdout.splitlines() == ["l,n", '"[1, 2]",3'], nested.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    "statement", ["delete from salary_records", "drop table documents", "create table x (a int)"]
)
def test_sql_is_read_only(loaded: Path, statement: str) -> None:
    proc = cli("sql", statement, "--warehouse", loaded)
    assert proc.returncode == 1
    assert "read-only" in proc.stderr.lower()
    assert "Traceback" not in proc.stderr
    count = cli("sql", "select count(*) as n from salary_records", "--warehouse", loaded, "--format", "csv")
    assert count.stdout.splitlines()[1] == "10"


@pytest.mark.slow
def test_sql_error_prints_duckdb_message(loaded: Path) -> None:
    proc = cli("sql", "select nope from salary_records", "--warehouse", loaded)
    assert proc.returncode == 1
    assert "nope" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_runs_and_report(loaded: Path) -> None:
    runs = cli("runs", "--warehouse", loaded)
    assert runs.returncode == 0
    assert "completed" in runs.stdout
    report = cli("report", "--warehouse", loaded, "--format", "json")
    assert json.loads(report.stdout)["run"]["records_loaded"] == 10


@pytest.mark.slow
def test_report_formats_and_unknown_run(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    proc = cli("report", "--warehouse", loaded, "--format", "html", "--output", out)
    assert proc.returncode == 0
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    markdown = cli("report", "--warehouse", loaded).stdout
    assert "No check failed" in markdown
    missing = cli("report", "--warehouse", loaded, "--run", "nope")
    assert missing.returncode == 2
    assert "no run 'nope'" in missing.stderr


def test_schema_is_json_schema_from_the_pandera_model() -> None:
    proc = cli("schema")
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    assert schema["properties"]["seniority"]["enum"] == ["entry", "experienced", "lead", "unspecified"]
    assert schema["properties"]["amount_min"]["type"] == ["number", "null"]
    checks = {c["name"]: c["severity"] for c in schema["x-checks"]}
    assert checks["range_not_backwards"] == "error"
    assert checks["sources_agree"] == "warning"


@pytest.mark.slow
@pytest.mark.usefixtures("shared_prefect_server")
def test_the_summary_says_what_its_figures_mean_and_agrees_with_runs(tmp_path: Path) -> None:
    shutil.copytree(RAW, tmp_path / "raw")
    args = ("run", "--raw", tmp_path / "raw", "--warehouse", tmp_path / "w.duckdb")
    assert cli(*args).returncode == 0
    proc = cli(*args, "--full-refresh", env={"COLUMNS": "70"})
    assert proc.returncode == 0, proc.stderr
    heading = proc.stdout.splitlines()[0]
    assert re.fullmatch(r"run \d{8}T\d{6}Z-[0-9a-f]{6}: completed", heading), heading  # one line
    assert re.search(r"unchanged\s+5\s", proc.stdout)
    assert re.search(r"documents extracted\s+5\s+incl\. 5 unchanged, re-extracted", proc.stdout), proc.stdout
    assert re.search(r"records loaded\s+10\s", proc.stdout)
    run_time = float(re.search(r"run time\s+([\d.]+) s", proc.stdout)[1])  # type: ignore[index]
    shown = cli("runs", "--warehouse", tmp_path / "w.duckdb", "--format", "csv", "-n", "1")
    assert shown.returncode == 0, shown.stderr
    row = dict(zip(*(line.split(",") for line in shown.stdout.splitlines()[:2]), strict=True))
    assert (row["status"], row["extracted"], row["unchanged"], row["loaded"]) == ("completed", "5", "5", "10")
    # (the summary shows the time rounded to 0.1 s: at most half a step apart, float error aside)
    assert abs(float(row["seconds"]) - run_time) <= 0.05 + 1e-9


@pytest.mark.slow
@pytest.mark.usefixtures("shared_prefect_server")
def test_run_on_dask_from_the_command_line(tmp_path: Path) -> None:
    shutil.copytree(RAW, tmp_path / "raw")
    proc = cli(
        "run", "--raw", tmp_path / "raw", "--warehouse", tmp_path / "w.duckdb", "--task-runner", "dask"
    )
    assert proc.returncode == 0, proc.stderr
    # The table's value column is as wide as its widest cell (the wall time): match loosely on space.
    assert re.search(r"records loaded\s+10\s", proc.stdout), proc.stdout


@pytest.mark.slow
def test_explain_marks_records_and_skipped_amounts(loaded: Path, tmp_path: Path) -> None:
    seed = loaded.parent.parent / "raw" / "004_e7bd437aea724619.txt"
    proc = cli("explain", seed, "--warehouse", loaded)
    assert proc.returncode == 0, proc.stderr
    assert "[R1 zwischen 3.000 € und 4.000 €]" in proc.stdout
    assert "[R2 bis zu 5.500 €]" in proc.stdout
    assert "Produktmanager, Dortmund (Nordrhein-Westfalen)" in proc.stdout
    assert "2 records loaded, 0 quarantined, 0 amounts skipped" in proc.stdout  # what the warehouse holds

    text = tmp_path / "mixed.txt"
    text.write_text(
        "Gehalt als Florist\nFloristen verdienen 2.300 €, netto rund 1.650 €.\n", encoding="utf-8"
    )
    mixed = cli("explain", text, "--warehouse", loaded)
    assert "[S1 rund 1.650 €]" in mixed.stdout and "net_pay" in mixed.stdout
    assert "this text is not in it" in mixed.stdout
    page = tmp_path / "mixed.html"
    assert cli("explain", text, "--format", "html", "--output", page).returncode == 0
    assert "<mark id='S1' class='s'" in page.read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_prefect_server")
def test_two_raw_folders_feed_one_warehouse_and_plan_shows_what_a_run_would_do(tmp_path: Path) -> None:
    seeds, other, warehouse = tmp_path / "seeds", tmp_path / "other", tmp_path / "wh" / "salaries.duckdb"
    shutil.copytree(RAW, seeds)
    other.mkdir()
    (other / "baecker.txt").write_text(
        "Beruf Bäcker in Jena\nBäcker verdienen 2.650 € im Monat.\n", encoding="utf-8"
    )
    (other / "pfleger.txt").write_text(
        "Beruf Pfleger in Gera\nPfleger verdienen 3.300 € im Monat.\n", encoding="utf-8"
    )

    plan = cli("run", "--raw", other, "--warehouse", warehouse, "--plan")
    assert plan.returncode == 0, plan.stderr
    assert "2 new, 0 changed, 0 re-extract, 0 unchanged, 0 retire (nothing written)" in plan.stdout
    assert not warehouse.parent.exists()  # nothing written, not even the folder

    assert cli("run", "--raw", seeds, "--warehouse", warehouse).returncode == 0
    before = warehouse.stat().st_mtime_ns
    plan = cli("run", "--raw", other, "--warehouse", warehouse, "--plan")
    assert "2 new, 0 changed, 0 re-extract, 0 unchanged, 0 retire" in plan.stdout, plan.stdout
    assert warehouse.stat().st_mtime_ns == before
    assert cli("run", "--raw", other, "--warehouse", warehouse).returncode == 0

    def by_source() -> list[tuple[str, str, int]]:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            return con.execute(
                "select source, status, count(*) from documents group by all order by all"
            ).fetchall()

    assert by_source() == [(str(other), "loaded", 2), (str(seeds), "loaded", 5)]  # the seeds stay

    (other / "baecker.txt").unlink()
    (other / "pfleger.txt").write_text(
        "Beruf Pfleger in Gera\nPfleger verdienen 3.450 € im Monat.\n", encoding="utf-8"
    )
    plan = cli("run", "--raw", other, "--warehouse", warehouse, "--plan")
    assert "0 new, 1 changed, 0 re-extract, 0 unchanged, 1 retire" in plan.stdout, plan.stdout
    assert "  baecker.txt" in plan.stdout and "  pfleger.txt" in plan.stdout
    assert cli("run", "--raw", other, "--warehouse", warehouse).returncode == 0
    assert by_source() == [
        (str(other), "deleted", 2),  # baecker gone; pfleger's old bytes replaced
        (str(other), "loaded", 1),
        (str(seeds), "loaded", 5),
    ]
    plan = cli("run", "--raw", seeds, "--warehouse", warehouse, "--plan", "--full-refresh")
    assert "0 new, 0 changed, 5 re-extract, 0 unchanged, 0 retire" in plan.stdout, plan.stdout


@pytest.mark.slow
@pytest.mark.usefixtures("shared_prefect_server")
def test_quiet_default_and_verbose_output(tmp_path: Path) -> None:
    shutil.copytree(RAW, tmp_path / "raw")
    args = ("run", "--raw", tmp_path / "raw", "--warehouse", tmp_path / "w.duckdb")
    default = cli(*args)
    assert default.returncode == 0, default.stderr
    assert default.stderr.strip().splitlines() == [
        f"salary-etl: loading {tmp_path / 'raw'} into {tmp_path / 'w.duckdb'}"
    ]
    quiet = cli(*args, "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == "" and "records loaded" in quiet.stdout
    verbose = cli(*args, "--verbose")
    assert verbose.returncode == 0 and "| INFO    | Flow run" in verbose.stderr
    assert cli(*args, "-q", "-v").returncode == 2

    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        con.execute("insert into schema_version values (99, now())")
    failed = cli(*args)
    assert failed.returncode == 1
    assert (
        failed.stderr.strip().splitlines()[-1].startswith("error: the run failed, the warehouse is unchanged")
    )
    assert "Traceback" not in failed.stderr and "| ERROR" not in failed.stderr  # one line, no Prefect log
    assert "Traceback" in cli(*args, "--verbose").stderr  # the details, when asked for


@pytest.mark.slow
@pytest.mark.usefixtures("shared_prefect_server")
def test_a_terminal_sees_a_progress_line_that_goes_when_the_run_ends(tmp_path: Path) -> None:
    write_corpus(tmp_path / "raw", 3000, seed=3)
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(
        [str(CLI), "run", "--raw", str(tmp_path / "raw"), "--warehouse", str(tmp_path / "w.duckdb")],
        stdout=subprocess.PIPE, stderr=secondary, text=True,
        env={**os.environ, "TERM": "xterm", "COLUMNS": "120", "SALARY_ETL_CHUNK_SIZE": "500"},
    )  # fmt: skip
    os.close(secondary)
    seen = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the run closed its end
            break
        if not chunk:
            break
        seen += chunk
    out, _ = proc.communicate(timeout=300)
    os.close(primary)
    assert proc.returncode in (0, 3), seen.decode(errors="replace")
    text = seen.decode(errors="replace")
    assert "reading, extracting and writing: 500 documents" in text  # chunk by chunk
    assert "3,000 documents" in text and "publishing" in text
    assert "records loaded" in out


@pytest.mark.slow
@pytest.mark.usefixtures("shared_prefect_server")
def test_only_the_last_runs_keep_report_files_and_any_report_can_be_written_again(tmp_path: Path) -> None:
    shutil.copytree(RAW, tmp_path / "raw")
    warehouse = tmp_path / "wh" / "w.duckdb"
    reports = warehouse.parent / "reports"
    (reports).mkdir(parents=True)
    (reports / "notes.txt").write_text("a steward's notes", encoding="utf-8")  # not ours: stays
    for _ in range(3):
        done = cli("run", "--raw", tmp_path / "raw", "--warehouse", warehouse, "--full-refresh",
                   env={"SALARY_ETL_REPORTS_KEPT": "2"})  # fmt: skip
        assert done.returncode == 0, done.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        run_ids = [r[0] for r in con.execute("select run_id from etl_runs order by started_at").fetchall()]
    left = sorted(p.name for p in reports.iterdir())
    assert left == sorted(
        [
            "index.html",
            "notes.txt",
            *(f"{r}{ext}" for r in run_ids[1:] for ext in ("", ".md", ".html", ".json")),
        ]
    )
    again = cli("report", "--run", run_ids[0], "--warehouse", warehouse)
    assert again.returncode == 0 and run_ids[0] in again.stdout
