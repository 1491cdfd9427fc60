"""The ``salary-etl`` command line (Typer).

Commands: ``run``, ``sql``, ``runs``, ``report``, ``explain``, ``check``, ``schema`` and
``server status|stop``.

Exit codes of ``run``: 0 completed cleanly; 3 completed, but records were quarantined,
documents rejected or a check across runs failed; 2 usage or configuration error (nothing
written); 1 the run failed and the warehouse is exactly as it was before; 130/143
interrupted by Ctrl-C/SIGTERM (nothing written).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import duckdb
import polars as pl
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from flows.lock import WarehouseBusyError, busy_message, current_holder
from flows.settings import Settings, SettingsError, get_settings, resolve, unknown_variables
from flows.snapshot import WarehouseOpenForWritingError, in_use_message, writer_pid

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_QUARANTINED = 0, 1, 2, 3

app = typer.Typer(
    name="salary-etl",
    help="Turn German job-market articles into a validated DuckDB salary warehouse.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)


class TaskRunner(StrEnum):
    threads = "threads"
    dask = "dask"


class SqlFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


WarehouseOption = Annotated[
    Path | None,
    typer.Option(
        "--warehouse", "-w", help="DuckDB warehouse file.", show_default="warehouse/salaries.duckdb"
    ),
]


def _version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version  # noqa: PLC0415

        from flows.settings import EXTRACTOR_VERSION  # noqa: PLC0415

        out.print(f"salary-etl {version('salary-etl')} (extractor {EXTRACTOR_VERSION})", highlight=False)
        raise typer.Exit(EXIT_OK)


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn German job-market articles into a validated DuckDB salary warehouse.

    Settings come from SALARY_ETL_* environment variables (see the README); a value that is
    not allowed stops every command with exit 2.
    """
    if "--help" in sys.argv[1:]:
        return  # help always works, whatever the environment
    try:
        get_settings()
    except SettingsError as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    if unknown := unknown_variables():
        err.print(
            f"[yellow]warning:[/] ignoring unknown setting{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(unknown)} (the known names: SALARY_ETL_ + a field of flows/settings.py, e.g. SALARY_ETL_MONTHLY_MAX)",
            highlight=False,
            soft_wrap=True,
        )


def fail(message: str, code: int) -> typer.Exit:
    """Print one clear line to stderr and return the exit to raise."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def one_line(exc: BaseException) -> str:
    """An exception's message on one line (DuckDB's span several)."""
    return " ".join(str(exc).split())


def user_path(given: Path | None, default: Path) -> Path:
    """A path the user typed is taken from the working directory; defaults from the project root."""
    return given.expanduser().resolve() if given is not None else resolve(default)


def existing_warehouse(given: Path | None) -> Path:
    """The warehouse file for read-only commands; exit 2 if there is none yet."""
    path = user_path(given, get_settings().warehouse)
    if not path.is_file():
        raise fail(f"no warehouse at {path}; load one first with: salary-etl run", EXIT_USAGE)
    if (problem := not_a_warehouse(path)) is not None:
        raise fail(problem, EXIT_USAGE)
    return path


def not_a_warehouse(path: Path) -> str | None:
    """Why the existing file ``path`` cannot be a warehouse (unreadable, not DuckDB), or None."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        return f"cannot read the warehouse {path}: {exc.strerror or exc}"
    if head[8:12] != b"DUCK":
        return f"{path} is not a DuckDB database; give another --warehouse or move that file away"
    return None


def writable_warehouse(path: Path) -> None:
    """``run``'s warehouse: a file path in a folder the run can write, holding a DuckDB
    database or nothing yet. Checked before Prefect starts; nothing is created when it fails."""
    if path.is_dir():
        raise fail(
            f"warehouse {path} is a folder; give a file path such as {path / 'salaries.duckdb'}", EXIT_USAGE
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(
            f"cannot create the warehouse folder {path.parent}: {exc.strerror or exc}", EXIT_USAGE
        ) from None
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise fail(f"cannot write to the warehouse folder {path.parent}: permission denied", EXIT_USAGE)
    if path.exists() and (problem := not_a_warehouse(path)) is not None:
        raise fail(problem, EXIT_USAGE)


READ_ONLY_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False,
    "lock_configuration": True,
}
"""Analysts' connections: no writes (read-only attach), no file system access (no COPY TO,
ATTACH, INSTALL/LOAD, EXPORT), and no way to switch either back on."""


def connect_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection, or exit 1 with one clear line. Runs never write this file
    (they swap in a new snapshot), so only a program holding it read-write can refuse us."""
    try:
        return duckdb.connect(str(path), read_only=True, config=READ_ONLY_CONFIG)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise fail(in_use_message(path, writer_pid(path) or -1), EXIT_FAILED) from None
        raise fail(f"cannot open {path}: {exc}", EXIT_FAILED) from None
    except duckdb.Error as exc:
        raise fail(f"cannot open {path}: {exc}", EXIT_FAILED) from None


@app.command()
def run(
    raw: Annotated[
        Path | None,
        typer.Option(
            "--raw", "-r", help="Folder of raw texts (*.txt, searched recursively).", show_default="raw"
        ),
    ] = None,
    warehouse: WarehouseOption = None,
    full_refresh: Annotated[
        bool, typer.Option("--full-refresh", help="Re-extract every document, not only new and changed ones.")
    ] = False,
    task_runner: Annotated[TaskRunner, typer.Option(help="Where the tasks run.")] = TaskRunner.threads,
    dask_address: Annotated[
        str | None,
        typer.Option(
            help="Scheduler of an existing Dask cluster (tcp://host:8786); implies --task-runner dask."
        ),
    ] = None,
    notify_url: Annotated[
        str | None, typer.Option(help="Webhook called (JSON POST) when a run quarantines, rejects or fails.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only the summary and errors (no progress).")
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="Also print Prefect's log lines (INFO and up, tracebacks)."),
    ] = False,
    show_plan: Annotated[
        bool,
        typer.Option(
            "--plan", help="Print what the run would add, change, re-extract and retire; write nothing."
        ),
    ] = False,
) -> None:
    """Run the Prefect flow salary-etl once: ingest -> extract -> validate -> load -> report.

    Only new and changed files are extracted; files gone from the raw folder are marked deleted.

    Exit codes: 0 completed, nothing quarantined or rejected; 3 completed, but records were quarantined, documents rejected or a check across runs failed (valid data is committed, the report says what); 2 usage or configuration error (nothing written); 1 the run failed and the warehouse is exactly as it was before the run; 130/143 interrupted (Ctrl-C, SIGTERM).
    """
    settings = get_settings()
    raw_path = user_path(raw, settings.raw_dir)
    warehouse_path = user_path(warehouse, settings.warehouse)
    if not raw_path.is_dir():
        raise fail(f"raw folder {raw_path} does not exist or is not a folder", EXIT_USAGE)
    if notify_url is not None and not notify_url.startswith(("http://", "https://")):
        raise fail(f"--notify-url must be an http(s) URL, not {notify_url!r}", EXIT_USAGE)
    if quiet and verbose:
        raise fail("--quiet and --verbose exclude each other", EXIT_USAGE)
    if show_plan:
        print_plan(raw_path, warehouse_path, settings, full_refresh)
        return
    writable_warehouse(warehouse_path)
    if current_holder(warehouse_path) is not None:
        raise fail(busy_message(warehouse_path), EXIT_FAILED)
    if (holder := writer_pid(warehouse_path)) is not None:  # checked again by the flow
        raise fail(f"the warehouse is unchanged: {in_use_message(warehouse_path, holder)}", EXIT_FAILED)
    runner = TaskRunner.dask if dask_address else task_runner

    began = time.perf_counter()
    stop_on_signals(warehouse_path)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Prefect's temporary server needs 8-20 s to start on a busy 2-core machine; its default
    # patience (20 s) made ad-hoc runs fail under load.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    # Prefect's console lines (INFO per task, tracebacks) only with --verbose: the CLI says
    # what matters in one line; the Prefect UI and the run's report keep the details.
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "INFO" if verbose else "CRITICAL")
    server = attach_server(settings, quiet)  # a new one starts while Prefect is imported
    from flows.flow import ReportFailedError, with_task_runner  # noqa: PLC0415 (Prefect imports slowly)

    wait_for_server(server)
    if not quiet:
        err.print(f"salary-etl: loading [bold]{raw_path}[/] into [bold]{warehouse_path}[/]", highlight=False)
    try:
        salary_etl = with_task_runner(runner.value, dask_address)
        with progress_bar(enabled=not quiet and not verbose):
            result: dict[str, Any] = salary_etl(  # type: ignore[assignment]  # returns its state's data
                raw_dir=str(raw_path),
                warehouse=str(warehouse_path),
                full_refresh=full_refresh,
                notify_url=notify_url,
            )
    except WarehouseBusyError as exc:
        raise fail(str(exc), EXIT_FAILED) from None
    except WarehouseOpenForWritingError as exc:
        raise fail(f"the run stopped, the warehouse is unchanged: {exc}", EXIT_FAILED) from None
    except ReportFailedError as exc:  # committed: the warehouse did change
        raise fail(str(exc).splitlines()[0], EXIT_FAILED) from None
    except Exception as exc:  # the flow logged the details; the user gets one line
        raise fail(
            f"the run failed, the warehouse is unchanged: {type(exc).__name__}: {one_line(exc)}", EXIT_FAILED
        ) from None
    print_summary(result, time.perf_counter() - began)
    raise typer.Exit(EXIT_OK if result["status"] == "completed" else EXIT_QUARANTINED)


def print_plan(raw: Path, warehouse: Path, settings: Settings, full_refresh: bool) -> None:
    """``run --plan``: flows/preview.py, nothing written (not even the warehouse's folder)."""
    from flows.preview import describe, preview  # noqa: PLC0415

    if warehouse.is_dir():
        raise fail(f"warehouse {warehouse} is a folder; give a file path", EXIT_USAGE)
    if warehouse.exists() and (problem := not_a_warehouse(warehouse)) is not None:
        raise fail(problem, EXIT_USAGE)
    try:
        plan = preview(raw, warehouse, settings, full_refresh)
    except duckdb.Error as exc:
        raise fail(f"cannot read {warehouse}: {one_line(exc)}", EXIT_FAILED) from None
    out.print(describe(plan), highlight=False, soft_wrap=True, markup=False)


@contextlib.contextmanager
def progress_bar(enabled: bool) -> Iterator[None]:
    """A spinner with the run's phase, documents and records so far, and the elapsed time,
    on stderr when it is a terminal (flows/progress.py); gone when the run ends."""
    if not enabled or not err.is_terminal:
        yield
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn  # noqa: PLC0415

    from flows import progress  # noqa: PLC0415

    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err, transient=True
    ) as bar:
        task = bar.add_task("starting")

        def show(phase: str, counts: dict[str, int]) -> None:
            bar.update(
                task,
                description=f"{phase}: {counts.get('documents', 0):,} documents, "
                f"{counts.get('records', 0):,} records loaded",
            )

        progress.listen(show)
        yield


def attach_server(settings: Settings, quiet: bool = False) -> Any:
    """The local Prefect server a run uses (started now if none runs; ``flows/server.py``),
    unless the user gave PREFECT_API_URL or asked for Prefect's temporary server."""
    if os.environ.get("PREFECT_API_URL") or settings.prefect_server != "background":
        return None
    from flows import server as background  # noqa: PLC0415

    if background.configured_api_url():  # a profile's or prefect.toml's server (Prefect Cloud)
        return None

    idle_minutes = settings.server_idle_minutes
    home = background.prefect_home()

    try:
        server = background.attach(idle_minutes, home)
    except OSError as exc:
        raise fail(
            f"cannot start the local Prefect server in {home}: {exc.strerror or exc} "
            "(set PREFECT_HOME to a writable folder, or SALARY_ETL_PREFECT_SERVER=temporary)",
            EXIT_USAGE,
        ) from None
    os.environ["PREFECT_API_URL"] = server.url
    if server.started_now and not quiet:
        err.print(
            f"salary-etl: starting a local Prefect server at {server.url.removesuffix('/api')} for this "
            f"and later runs (it stops after {idle_minutes:g} min without a run; "
            "`salary-etl server stop` stops it now)",
            highlight=False,
            soft_wrap=True,
        )
    return server


def wait_for_server(server: Any) -> None:
    if server is None:
        return
    from flows.server import ServerStartError, prefect_home  # noqa: PLC0415

    try:
        server.wait_ready(prefect_home())
    except ServerStartError as exc:
        raise fail(f"the warehouse is unchanged: {exc}", EXIT_FAILED) from None


def _children(pid: int) -> list[int]:
    """The processes ``pid`` started (Prefect's temporary server, Dask workers), from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def stop_on_signals(warehouse: Path) -> None:
    """Ctrl-C (SIGINT) or SIGTERM stop a run at once: the run's own files (staging, the
    snapshot it was building) are removed, the processes it started are stopped, one line is
    printed and the process exits 130 or 143. The published warehouse was never written
    (runs write a copy), so nothing else needs undoing; the lock goes with the process."""

    def stop(signum: int, frame: object) -> None:
        from flows import snapshot  # noqa: PLC0415
        from flows.load import staging_path  # noqa: PLC0415
        from flows.lock import HELD  # noqa: PLC0415

        word = "interrupted" if signum == signal.SIGINT else "terminated"
        if warehouse in snapshot.SWAPPED:
            line = f"{word}: the run is committed in {warehouse}; its report was not written"
        else:
            line = f"{word}: the warehouse is unchanged"
            if warehouse in HELD:  # our run's files, nobody else's
                snapshot.discard(staging_path(warehouse))  # the file and its log, like the snapshot's
                snapshot.discard(snapshot.next_path(warehouse))
                from flows import runlog  # noqa: PLC0415

                runlog.end(warehouse, "interrupted", f"{signal.Signals(signum).name} received ({word})")
        from flows.server import SPAWNED  # noqa: PLC0415

        for child in set(_children(os.getpid())) - SPAWNED:  # the background server stays
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGTERM)
        os.write(2, f"\n{line}\n".encode())
        os._exit(128 + signum)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)


SUMMARY = [
    ("documents_seen", "documents seen", "files read or recognised unchanged in the raw folder"),
    ("documents_new", "  new", ""),
    ("documents_changed", "  changed", "same path, other bytes"),
    ("documents_unchanged", "  unchanged", "same bytes as already loaded"),
    ("documents_extracted", "documents extracted", "new + changed + re-extracted"),
    ("documents_deleted", "documents deleted", "gone from the raw folder: records retired"),
    ("documents_rejected", "documents rejected", "not readable as text: see the report"),
    ("records_loaded", "records loaded", ""),
    ("records_quarantined", "records quarantined", "failed a check: see the report"),
    ("warnings", "warnings", "suspicious but loaded: see the report"),
]
"""The summary's rows: key, label, what it means."""


def print_summary(result: dict[str, Any], seconds: float) -> None:
    """The end-of-run summary: a heading line, then a table whose figures are those of the
    run's ``etl_runs`` row (``salary-etl runs``), each with what it means."""
    out.print(f"run {result['run_id']}: {result['status']}", highlight=False, soft_wrap=True)
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_column("meaning", style="dim")
    reextracted = result["documents_extracted"] - result["documents_new"] - result["documents_changed"]
    for key, label, usual in SUMMARY:
        meaning = usual
        if key == "documents_extracted" and reextracted > 0:
            meaning = (
                f"incl. {reextracted} unchanged, re-extracted (--full-refresh or a new extractor version)"
            )
        table.add_row(label, f"{result[key]:,}", meaning)
    run_seconds = (result["finished_at"] - result["started_at"]).total_seconds()
    table.add_row("run time", f"{run_seconds:.1f} s", "the flow's work: the seconds `salary-etl runs` shows")
    table.add_row("wall time", f"{seconds:.1f} s", "this command, start-up included")
    out.print(table)
    out.print(f"warehouse: {result['warehouse']}", highlight=False, soft_wrap=True)
    out.print(f"report:    {result['report']['md']}", highlight=False, soft_wrap=True)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help='SQL to run, e.g. "select * from salary_bands".')],
    warehouse: WarehouseOption = None,
    format: Annotated[SqlFormat, typer.Option("--format", "-f", help="Output format.")] = SqlFormat.table,
    limit: Annotated[
        int,
        typer.Option(
            "--limit",
            "-n",
            min=0,
            help="Rows a table shows (0: all); it says how many more there are. csv and json stream every row.",
        ),
    ] = 50,
) -> None:
    """Run ad-hoc SQL on a read-only connection to the warehouse.

    Tables: documents, salary_records, quarantined_records, skipped_amounts, validation_failures, etl_runs; views: salary_bands, salary_records_with_source, skipped_amounts_with_source. The table format fits the terminal (long cells end in …); csv and json stream any number of rows in bounded memory.
    """
    if not query.strip():
        raise fail('no query given; for example: salary-etl sql "select * from salary_bands"', EXIT_USAGE)
    path = existing_warehouse(warehouse)
    with connect_read_only(path) as con:
        try:
            statements = con.extract_statements(query)
            if len(statements) > 1:
                raise fail(
                    f"give one statement at a time (got {len(statements)}: only the last one's result "
                    "would be shown)",
                    EXIT_USAGE,
                )
            cursor = con.execute(query)
            if cursor.description is None:
                return
            if format is SqlFormat.table:
                shown, more = first_rows(cursor, limit or None)
                print_frame(shown, format, more=more)
            else:
                stream_rows(cursor, format)
        except (duckdb.PermissionException, duckdb.InvalidInputException) as exc:
            reason = str(exc).strip().splitlines()[0]
            raise fail(
                f"refused: `salary-etl sql` is read-only and has no file access ({reason})", EXIT_FAILED
            ) from None
        except duckdb.Error as exc:
            raise fail(str(exc).strip(), EXIT_FAILED) from None


BATCH_ROWS = 10_000
"""Rows fetched at a time when a result streams."""


def unique_names(names: list[str]) -> list[str]:
    """``a, a, b`` -> ``a, a_1, b``: a join's ``select *`` repeats names; every column is shown."""
    seen: dict[str, int] = {}
    out_names = []
    for name in names:
        n = seen.get(name, 0)
        seen[name] = n + 1
        candidate = name if n == 0 else f"{name}_{n}"
        while candidate in seen and candidate != name:
            n += 1
            candidate = f"{name}_{n}"
        seen.setdefault(candidate, 1)
        out_names.append(candidate)
    return out_names


def _batches(cursor: duckdb.DuckDBPyConnection) -> Iterator[pl.DataFrame]:
    names = unique_names([d[0] for d in cursor.description or []])
    reader = cursor.fetch_record_batch(BATCH_ROWS)
    for raw_batch in reader:
        batch = raw_batch.rename_columns(names)
        try:
            yield pl.from_arrow(batch)  # type: ignore[misc]
        except pl.exceptions.PolarsError:  # a type Polars cannot take (INTERVAL, …): as text
            yield pl.DataFrame(
                {
                    name: [None if v is None else str(v) for v in column.to_pylist()]
                    for name, column in zip(names, batch.columns, strict=True)
                },
                schema=dict.fromkeys(names, pl.String),
            )


def first_rows(cursor: duckdb.DuckDBPyConnection, limit: int | None) -> tuple[pl.DataFrame, int]:
    """The first ``limit`` rows (all if None) and how many more the result holds (counted
    while streaming: the rest is never kept)."""
    kept: list[pl.DataFrame] = []
    have, more = 0, 0
    columns = unique_names([d[0] for d in cursor.description or []])
    for frame in _batches(cursor):
        if limit is None or have < limit:
            take = frame if limit is None else frame.head(limit - have)
            kept.append(take)
            have += take.height
            more += frame.height - take.height
        else:
            more += frame.height
    shown = pl.concat(kept, how="vertical_relaxed") if kept else pl.DataFrame(schema=columns)
    return shown, more


def stream_rows(cursor: duckdb.DuckDBPyConnection, format: SqlFormat) -> None:
    """Every row as CSV (one header) or as a JSON list of objects, batch by batch."""
    first = True
    if format is SqlFormat.json:
        sys.stdout.write("[")
    for batch in _batches(cursor):
        frame = batch
        if format is SqlFormat.csv:
            nested = [c for c, t in frame.schema.items() if t.is_nested()]
            if nested:  # CSV has no lists or structs: their JSON text
                frame = frame.with_columns(
                    pl.Series(
                        c, [None if v is None else json.dumps(v, default=str) for v in frame[c].to_list()]
                    )
                    for c in nested
                )
            sys.stdout.write(frame.write_csv(include_header=first))
        else:
            for row in frame.iter_rows(named=True):
                sys.stdout.write(
                    ("\n  " if first else ",\n  ") + json.dumps(row, ensure_ascii=False, default=str)
                )
                first = False
        first = False
    if format is SqlFormat.csv and first:  # no rows: still the header
        header = pl.DataFrame(
            schema=dict.fromkeys(unique_names([d[0] for d in cursor.description or []]), pl.String)
        )
        sys.stdout.write(header.write_csv())
    if format is SqlFormat.json:
        sys.stdout.write("\n]\n" if not first else "]\n")


def print_frame(frame: pl.DataFrame, format: SqlFormat, more: int = 0) -> None:
    """Write a result frame to stdout as a table (fitted to the terminal; ``more``: rows
    not shown), CSV or JSON (a list of objects)."""
    if format is SqlFormat.csv:
        sys.stdout.write(frame.write_csv())
        return
    if format is SqlFormat.json:
        sys.stdout.write(json.dumps(frame.to_dicts(), ensure_ascii=False, default=str, indent=2) + "\n")
        return
    cells = [["NULL" if v is None else str(v) for v in row] for row in frame.iter_rows()]
    # As many columns as fit the terminal, each at least as wide as its name or 12 characters
    # (long cells end in …); the rest are named below.
    budgets: list[int] = []
    used = 1
    for i, name in enumerate(frame.columns):
        budget = max(len(name), min(max([0, *(len(r[i]) for r in cells)]), 30))
        used += budget + 3
        if used > out.width and budgets:
            break
        budgets.append(budget)
    fits = len(budgets)
    spare = out.width - used if fits == len(frame.columns) else 0
    for i in reversed(range(fits)):  # room left: to the cut columns, the last one first
        natural = max([len(frame.columns[i]), *(len(r[i]) for r in cells)])
        extra = min(max(0, spare), natural - budgets[i], 120 - budgets[i])
        budgets[i] += max(0, extra)
        spare -= max(0, extra)
    table = Table(*frame.columns[:fits])
    for column, budget in zip(table.columns, budgets, strict=True):
        column.overflow = "ellipsis"
        column.no_wrap = True
        column.min_width = column.max_width = budget
    for row_cells in cells:
        table.add_row(*(Text(cell) for cell in row_cells[:fits]))  # cells are data, not markup
    out.print(table)
    shown = f"{frame.height:,} row{'s' if frame.height != 1 else ''}"
    if more:
        shown += f", {more:,} more not shown (--limit 0 shows all; --format csv streams them)"
    hidden = frame.columns[fits:]
    if hidden:
        shown += f"; {len(hidden)} columns not shown for the terminal's width: {', '.join(hidden)}"
    out.print(shown, style="dim", highlight=False, soft_wrap=True)


@app.command()
def runs(
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many runs to show.")] = 10,
    format: Annotated[SqlFormat, typer.Option("--format", "-f", help="Output format.")] = SqlFormat.table,
    warehouse: WarehouseOption = None,
) -> None:
    """Recent runs with their counts and status, newest first.

    Status: completed, completed_with_failures (records quarantined or documents rejected), failed, interrupted (Ctrl-C, SIGTERM), crashed (the process died: found by the next run), running. Runs that did not commit have counts 0 and their error; they reach etl_runs with the next run that commits. Seconds: the flow's own time, from taking the warehouse to the commit (the CLI's wall time adds start-up).
    """
    from flows import runlog  # noqa: PLC0415
    from flows.lock import holder_run_id  # noqa: PLC0415

    path = existing_warehouse(warehouse)
    with connect_read_only(path) as con:
        have = {
            r[0]
            for r in con.execute(
                "select column_name from duckdb_columns() where table_name = 'etl_runs'"
            ).fetchall()
        }  # a warehouse from an older salary-etl lacks the newer columns until its next run
        extracted = "documents_extracted" if "documents_extracted" in have else "null::integer"
        error = "error" if "error" in have else "null::varchar"
        frame = con.execute(
            "select run_id, status, documents_seen as seen, documents_new as new, "
            "documents_changed as changed, documents_unchanged as unchanged, "
            f"{extracted} as extracted, documents_deleted as deleted, "
            "documents_rejected as rejected, records_loaded as loaded, "
            "records_quarantined as quarantined, warnings, "
            "round(epoch(finished_at) - epoch(started_at), 2) as seconds, "
            f"{error} as error, started_at "
            "from etl_runs order by started_at desc limit ?",
            [limit],
        ).pl()
    holder = holder_run_id(path)
    waiting = [r for r in runlog.pending(path, running=holder) if r["run_id"] not in set(frame["run_id"])]
    if waiting:
        extra = pl.DataFrame(waiting).select(
            "run_id",
            "status",
            *(
                pl.lit(0, dtype=pl.Int32).alias(c)
                for c in ("seen", "new", "changed", "unchanged", "extracted")
            ),
            *(pl.lit(0, dtype=pl.Int32).alias(c) for c in ("deleted", "rejected")),
            *(pl.lit(0, dtype=pl.Int32).alias(c) for c in ("loaded", "quarantined", "warnings")),
            seconds=((pl.col("finished_at") - pl.col("started_at")).dt.total_milliseconds() / 1000).round(2),
            error="error",
            started_at=pl.col("started_at").cast(frame.schema["started_at"]),
        )
        frame = (
            pl.concat([frame, extra], how="vertical_relaxed").sort("started_at", descending=True).head(limit)
        )
    print_frame(frame.drop("started_at").with_columns(pl.col("error").fill_null("")), format)


@app.command()
def report(
    run_id: Annotated[str, typer.Option("--run", help="Run id, or 'latest'.")] = "latest",
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")] = ReportFormat.md,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    warehouse: WarehouseOption = None,
) -> None:
    """The validation failure report of a run: what failed, where in which source text, and why.

    Every failure names its check and severity, the source file with line and character span, the sentence with the offending statement highlighted, the value, the bound it broke and what to do. The HTML format is one self-contained file for a browser; JSON is stable, for machines.
    """
    from flows.report import iter_failures, load_report, render, write_json  # noqa: PLC0415

    path = existing_warehouse(warehouse)
    if output is not None and not output.expanduser().parent.is_dir():
        raise fail(
            f"cannot write {output}: the folder {output.expanduser().parent} does not exist", EXIT_USAGE
        )
    if output is not None and output.expanduser().is_dir():
        raise fail(f"cannot write {output}: it is a folder; give a file name", EXIT_USAGE)
    with connect_read_only(path) as con:
        if run_id == "latest":
            row = con.execute("select run_id from etl_runs order by started_at desc limit 1").fetchone()
            if row is None:
                raise fail("the warehouse holds no run yet", EXIT_USAGE)
            run_id = row[0]
        streamed = format is ReportFormat.json  # every failure, one at a time
        try:
            data = load_report(con, run_id, listed=0 if streamed else get_settings().report_failures_listed)
        except LookupError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
        with contextlib.ExitStack() as stack:
            try:
                out = (
                    sys.stdout
                    if output is None
                    else stack.enter_context(output.expanduser().open("w", encoding="utf-8"))
                )
            except OSError as exc:
                raise fail(f"cannot write {output}: {exc.strerror or exc}", EXIT_USAGE) from None
            if streamed:
                write_json(data, iter_failures(con, run_id), out)
            else:
                from flows.charts import section  # noqa: PLC0415

                out.write(render(data, format.value, section(con, run_id) if format.value == "html" else ""))
    if output is not None:
        err.print(f"report written to {output}", highlight=False)


class ExplainFormat(StrEnum):
    text = "text"
    html = "html"


@app.command()
def explain(
    path: Annotated[Path, typer.Argument(help="A raw text file.", show_default=False)],
    format: Annotated[
        ExplainFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExplainFormat.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    warehouse: WarehouseOption = None,
) -> None:
    """One text with its salary records and its skipped euro amounts marked: why a figure is (not) in the warehouse.

    Runs the same decoding, extraction, normalisation and record checks as a run, on this one file, and loads nothing. Every euro amount is marked where it stands: R1, R2, … are records (loaded or quarantined, with the failed checks), S1, S2, … amounts that became no record, with the reason (net_pay, raise_or_difference, price_or_fee, …). In text format it also says what the warehouse (the default one if it exists, or --warehouse) holds of this file.
    """
    from flows.explain import explain_bytes, render_html, render_text  # noqa: PLC0415

    if not path.is_file():
        raise fail(f"{path} is not a file", EXIT_USAGE)
    # A warehouse the user names must exist; the default one is consulted only if it does.
    stored = (
        existing_warehouse(warehouse) if warehouse is not None else user_path(None, get_settings().warehouse)
    )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise fail(f"cannot read {path}: {exc.strerror or exc}", EXIT_USAGE) from None
    explanation = explain_bytes(data, str(path))
    text = render_html(explanation) if format is ExplainFormat.html else render_text(explanation)
    if format is ExplainFormat.text and stored.is_file():
        with connect_read_only(stored) as con:
            row = con.execute(
                "select d.status, d.last_seen_run, d.extractor_version, "
                "(select count(*) from salary_records r where r.document_id = d.document_id), "
                "(select count(*) from quarantined_records q where q.document_id = d.document_id), "
                "(select count(*) from skipped_amounts s where s.document_id = d.document_id) "
                "from documents d where d.document_id = ?",
                [explanation.document_id],
            ).fetchone()
        text += (
            f"warehouse {stored}: this text is not in it (its bytes were never loaded)\n"
            if row is None
            else f"warehouse {stored}: {row[0]} (run {row[1]}, extractor {row[2]}): "
            f"{row[3]} records loaded, {row[4]} quarantined, {row[5]} amounts skipped\n"
        )
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror or exc}", EXIT_USAGE) from None
    err.print(f"explanation written to {output}", highlight=False)


@app.command()
def check(warehouse: WarehouseOption = None) -> None:
    """Run the checks across runs on the warehouse as it is, loading nothing: the latest run's metrics against the runs before it (volume, salary coverage, quarantine rate, median pay per occupation, source freshness).

    Exit codes: 0 no check failed with severity error (warnings are printed); 3 a check failed with severity error (for example the share of texts with a salary collapsed); 2 no warehouse.
    """
    from datetime import UTC, datetime  # noqa: PLC0415

    from flows import metrics  # noqa: PLC0415

    path = existing_warehouse(warehouse)
    settings = get_settings()
    with connect_read_only(path) as con:
        has_metrics = con.execute(
            "select count(*) from duckdb_tables() where table_name = 'run_metrics'"
        ).fetchone()
        latest = (
            con.execute(
                "select run_id, started_at, extractor_version from etl_runs where status like 'completed%' "
                "and run_id in (select run_id from run_metrics) order by started_at desc limit 1"
            ).fetchone()
            if has_metrics and has_metrics[0]
            else None
        )
        if latest is None:
            out.print(f"no run with metrics in {path} yet: `salary-etl run` records them", highlight=False)
            return
        run_id, started_at, version = latest
        current = con.execute("select * from run_metrics where run_id = ?", [run_id]).pl()
        labels = current.filter(pl.col("metric") == "source")["subject"].to_list()
        source = labels[0].removeprefix("source:") if labels else None
        past = metrics.history(con, started_at, settings, source)
    # When the source last delivered: this run, if it saw new or changed texts, else before it.
    delivered = metrics.delivered(current)
    last_change = started_at if delivered else past.last_change
    verdicts = metrics.judge(current, version, past, settings, now=datetime.now(UTC), last_change=last_change)
    out.print(f"checks across runs: run {run_id} against {len(past.versions)} earlier runs", highlight=False)
    mark = {"ok": "ok     ", "failed": "FAILED ", "skipped": "skipped"}
    for v in verdicts:
        observed = f": {v.observed}" if v.observed else ""
        out.print(
            f"{mark[v.status]} {v.check_name} ({v.severity}){observed}", highlight=False, soft_wrap=True
        )
        if v.note:
            out.print(f"        {v.note}", highlight=False, style="dim", soft_wrap=True)
        if v.status == "failed":
            out.print(f"        expected: {v.expected}", highlight=False, style="dim", soft_wrap=True)
    errors = [v for v in verdicts if v.status == "failed" and v.severity == "error"]
    raise typer.Exit(EXIT_QUARANTINED if errors else EXIT_OK)


@app.command()
def schema() -> None:
    """Print the salary record contract as JSON Schema (from the Pandera model), with every check and its severity."""
    from flows.contract import record_json_schema  # noqa: PLC0415

    sys.stdout.write(json.dumps(record_json_schema(), indent=2, ensure_ascii=False) + "\n")


server_app = typer.Typer(
    help=(
        "The local Prefect server ad-hoc runs use: started by the first `salary-etl run` without "
        "PREFECT_API_URL, reused by later runs, stopped after SALARY_ETL_SERVER_IDLE_MINUTES without a run."
    ),
    no_args_is_help=True,
)
app.add_typer(server_app, name="server")


NO_SERVER = "no background Prefect server runs for PREFECT_HOME {home}"


@server_app.command("status")
def server_status() -> None:
    """Say whether the background Prefect server runs, where, and for how long it was idle (exit 0 either way)."""
    from flows import server as background  # noqa: PLC0415

    home = background.prefect_home()
    state = background.describe(home)
    if state is None:
        out.print(NO_SERVER.format(home=home), highlight=False)
        return
    idle = "a run is using it" if state["idle_seconds"] is None else f"idle {state['idle_seconds']:.0f} s"
    health = "answering" if state["healthy"] else "not answering yet"
    out.print(
        f"background Prefect server {state['url'].removesuffix('/api')} (pid {state['pid']}), "
        f"up {state['up_seconds']:.0f} s, {idle}, {health}; log: {state['log']}",
        highlight=False,
        soft_wrap=True,
    )


@server_app.command("stop")
def server_stop() -> None:
    """Stop the background Prefect server now (a run using it fails; the next run starts a new one)."""
    from flows import server as background  # noqa: PLC0415

    home = background.prefect_home()
    stopped = background.stop(home)
    if stopped is None:
        out.print(NO_SERVER.format(home=home), highlight=False)
        return
    out.print(
        f"stopped the background Prefect server (pid {stopped.pid}, port {stopped.port})", highlight=False
    )
