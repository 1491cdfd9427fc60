"""The Prefect flow ``salary-etl``: ingest -> extract -> validate -> load -> report.

The flow only orders the steps; each task is a thin wrapper around a plain function.
I/O tasks retry transient errors; pure transforms never do. The corpus streams through
in chunks of ``chunk_size`` files (read, planned, extracted, checked, written), so memory
does not grow with the corpus; extraction and the within-document checks run as one
task per batch of ``batch_size`` documents, on threads or on a Dask cluster. All writes
of a run are staged chunk by chunk, then published into the warehouse in one DuckDB
transaction, committed after the cross-document checks.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
from prefect import Flow, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import FlowRun, State
from prefect.runtime import flow_run
from prefect.states import Completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from flows import batch as steps
from flows import metrics, progress, runlog
from flows.ingest import discover_chunks, read_documents
from flows.load import ChunkRows, RunWriter, source_label
from flows.lock import warehouse_lock
from flows.notify import post_json
from flows.plan import ChunkPlan, known_files, plan_chunk
from flows.report import load_report, prune_reports, reports_dir, write_index, write_reports
from flows.settings import EXTRACTOR_VERSION, get_settings, resolve
from flows.validate import empty_failures, judge_across_sources


class ReportFailedError(RuntimeError):
    """The run committed; writing its report failed afterwards."""


def transient(task: Any, task_run: Any, state: State[Any]) -> bool:
    """Retry only I/O errors (a file system hiccup, a DuckDB lock held by another program)."""
    try:
        state.result()
    except (OSError, duckdb.IOException):
        return True
    except Exception:
        return False
    return False


IO_RETRIES: dict[str, Any] = {
    "retries": 3,
    "retry_delay_seconds": [2, 5, 15],
    "retry_condition_fn": transient,
}


@task(name="ingest", cache_policy=NO_CACHE, **IO_RETRIES)
def ingest(raw_dir: Path, paths: list[str], known: dict[str, tuple[int, int, str]]) -> pl.DataFrame:
    """Read, hash and decode a chunk of raw files; skip those whose size and mtime are known."""
    settings = get_settings()
    files = read_documents(raw_dir, paths, settings.file_glob, settings.max_file_bytes, known)
    get_run_logger().info(
        "ingest: %d files, %d read, %d unchanged by size and mtime",
        files.height, int(files["read"].sum()), int((~files["read"]).sum()),
    )  # fmt: skip
    return files


@task(name="plan", cache_policy=NO_CACHE)
def plan(files: pl.DataFrame, state: pl.DataFrame, full_refresh: bool, earlier_ids: pl.Series) -> ChunkPlan:
    """Classify a chunk of files as new, changed or unchanged."""
    return plan_chunk(files, state, EXTRACTOR_VERSION, full_refresh, earlier_ids)


@task(name="extract-and-check", cache_policy=NO_CACHE)
def extract_and_check(batch: pl.DataFrame) -> steps.Checked:
    """Extract, normalise and validate one batch of documents."""
    return steps.check_documents(batch, get_settings())


@task(name="write-chunk", cache_policy=NO_CACHE)
def write_chunk(writer: RunWriter, rows: ChunkRows) -> None:
    """Write one chunk into the run's open transaction (in the flow process)."""
    writer.write_chunk(rows)


@task(name="cross-check", cache_policy=NO_CACHE)
def cross_check(writer: RunWriter, records_loaded: int) -> pl.DataFrame:
    """Warnings across documents: this run's records against every other loaded record of
    their occupation, a page of occupations at a time (memory bounded by the page)."""
    if not records_loaded:  # nothing new to compare (a no-op rerun)
        return empty_failures()
    found = [empty_failures()]
    for page in writer.cross_check_pages(get_settings().cross_check_page_records):
        found.append(judge_across_sources(page))
    return pl.concat(found).sort("document_id", "record_id")


def check_run(
    writer: RunWriter, run_id: str, counts: Counter[str], started_at: datetime, cross: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The run's metrics and the checks across runs (flows/metrics.py) on them. Returns the
    cross-document warnings ``cross`` with the failed checks added (``validation_failures``
    rows: warnings count as warnings, errors as ``check_errors``, which make the run end
    with failures), and the metrics."""
    counts["warnings"] += cross.height
    settings = get_settings()
    now = metrics.measure(writer.db, run_id, dict(counts), writer.source)
    verdicts = metrics.judge(
        now, EXTRACTOR_VERSION, metrics.history(writer.db, started_at, settings, writer.source), settings
    )
    found = metrics.failures(verdicts)
    counts["warnings"] += int((found["severity"] == "warning").sum())
    counts["check_errors"] += int((found["severity"] == "error").sum())
    for v in verdicts:
        if v.status == "failed":
            get_run_logger().warning("check %s (%s): %s", v.check_name, v.severity, v.observed)
    return pl.concat([cross, found.with_columns(run_id=pl.lit(run_id))], how="diagonal_relaxed"), now


@task(name="report", cache_policy=NO_CACHE, **IO_RETRIES)
def report(warehouse: Path, run_id: str, raw_dir: Path | None = None) -> dict[str, Path]:
    """Write the run's validation failure report and publish it as Prefect artifacts."""
    settings = get_settings()
    listed = settings.report_failures_listed
    config: dict[str, str | bool | int | float | list[str]] = {"memory_limit": settings.duckdb_memory_limit}
    with duckdb.connect(str(warehouse), read_only=True, config=config) as con:
        data = load_report(con, run_id, listed)
        paths = write_reports(con, data, reports_dir(warehouse), raw_dir)
        pruned = prune_reports(reports_dir(warehouse), settings.reports_kept)
        paths["index"] = write_index(con, reports_dir(warehouse))

    create_markdown_artifact(
        key="salary-validation-report",
        markdown=paths["md"].read_text(encoding="utf-8"),
        description=f"Validation report of salary-etl run {run_id}",
    )
    columns = ["severity", "check_name", "source_path", "line", "failure_value", "statement", "message"]
    total = data["summary"]["failures"]
    create_table_artifact(
        key="salary-validation-failures",
        table=[{c: f[c] for c in columns} for f in data["failures"][:listed]],
        description=f"Validation failures of salary-etl run {run_id}"
        + (f" (the first {listed} of {total}; all in {paths['json']})" if total > listed else ""),
    )
    get_run_logger().info("report: %s (%d failures)", paths["html"], total)
    if pruned:
        get_run_logger().info(
            "reports: removed the files of %d older runs (kept %d; the warehouse keeps them all)",
            len(pruned), settings.reports_kept,
        )  # fmt: skip
    return paths


@task(name="notify", cache_policy=NO_CACHE)
def notify(url: str, summary: dict[str, Any]) -> bool:
    """Send the run summary to the webhook (never fails the run)."""
    delivered = post_json(url, {"event": "salary-etl.run.completed_with_failures", "run": summary})
    get_run_logger().info("notify: %s %s", url, "delivered" if delivered else "NOT delivered")
    return delivered


def notify_failure(flow: Flow[..., Any], run: FlowRun, state: State[Any]) -> None:
    """Flow hook: a failed run calls the webhook with what failed."""
    url = (run.parameters or {}).get("notify_url")
    if url:
        post_json(
            url, {"event": "salary-etl.run.failed", "flow_run_id": str(run.id), "message": state.message}
        )


def new_run_id(now: datetime) -> str:
    """A sortable, unique run id: ``20261121T093012Z-3f2a9c``."""
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


def summary_message(run: dict[str, Any]) -> str:
    """The final state's message: what the run did, in one line."""
    return (
        f"{run['documents_seen']} documents ({run['documents_new']} new, {run['documents_changed']} changed, "
        f"{run['documents_rejected']} rejected): {run['records_loaded']} records loaded, "
        f"{run['records_quarantined']} quarantined, {run['warnings']} warnings"
    )


@flow(
    name="salary-etl",
    log_prints=True,
    task_runner=ThreadPoolTaskRunner(max_workers=2),  # type: ignore[arg-type]
    on_failure=[notify_failure],  # type: ignore[list-item]
)
def salary_etl(
    raw_dir: str = "raw",
    warehouse: str = "warehouse/salaries.duckdb",
    full_refresh: bool = False,
    notify_url: str | None = None,
) -> State[dict[str, Any]]:
    """Load the salary statements of the texts in ``raw_dir`` into the DuckDB ``warehouse``."""
    raw_path, warehouse_path = resolve(raw_dir), resolve(warehouse)
    if not raw_path.is_dir():
        raise FileNotFoundError(f"raw folder {raw_path} does not exist or is not a folder")
    settings = get_settings()
    started_at = datetime.now(UTC)
    run_id = new_run_id(started_at)
    source = source_label(raw_path)
    counts: Counter[str] = Counter()
    logger = get_run_logger()
    with (
        warehouse_lock(warehouse_path, run_id),
        runlog.recorded(warehouse_path, run_id, flow_run.id, started_at),
        RunWriter(warehouse_path, run_id, source, raw_path == resolve(settings.raw_dir)) as writer,
    ):
        # A pipeline two chunks deep: while the workers extract chunk N, this process reads
        # and plans chunk N+1 and queues it, then writes chunk N (reading is Python and
        # system calls, extraction is Polars off the GIL).
        pending: tuple[ChunkPlan, list[Any]] | None = None

        def write_pending(chunk_plan: ChunkPlan, futures: list[Any]) -> None:
            checked = steps.merge([future.result() for future in futures], settings)
            rows, chunk_counts = steps.chunk_rows(run_id, chunk_plan, checked, source)
            write_chunk(writer, quote(rows))  # type: ignore[call-overload]  # quote: Prefect skips walking it
            counts.update(chunk_counts)
            logger.info(
                "progress: %d documents, %d records loaded",
                counts["documents_seen"],
                counts["records_loaded"],
            )
            progress.report(
                "reading, extracting and writing",
                documents=counts["documents_seen"],
                records=counts["records_loaded"],
            )

        for paths in discover_chunks(raw_path, settings.file_glob, settings.chunk_size):
            state = writer.state_of(paths)  # the warehouse as committed: the run only stages
            known = {} if full_refresh else known_files(state, EXTRACTOR_VERSION)
            files = ingest(raw_path, quote(paths), quote(known))  # type: ignore[call-overload]
            # Documents this run wrote in earlier chunks, and those chunk N is about to write.
            earlier = writer.written_ids(files["document_id"])
            if pending is not None:
                earlier = pl.concat([earlier, steps.written_ids(pending[0])])
            chunk_plan = plan(files, state, full_refresh, earlier)
            batches = steps.split_batches(chunk_plan.files, settings.batch_size)
            # Chunk N+1 is queued before chunk N is written: the workers never wait for a write.
            queued = (chunk_plan, list(extract_and_check.map(batches)))
            if pending is not None:
                write_pending(*pending)
            pending = queued
        if pending is not None:
            write_pending(*pending)
        progress.report(
            "publishing and checking across documents",
            documents=counts["documents_seen"],
            records=counts["records_loaded"],
        )
        counts["documents_deleted"] = writer.retire_missing()
        cross = cross_check(writer, counts["records_loaded"]).with_columns(run_id=pl.lit(run_id))
        cross, metrics_now = check_run(writer, run_id, counts, started_at, cross)
        run = steps.run_row(
            run_id=run_id, flow_run_id=flow_run.id, started_at=started_at, counts=dict(counts)
        ) | {"snapshot_bytes": writer.copied.bytes, "snapshot_seconds": round(writer.copied.seconds, 3)}
        run = writer.finish(cross, run, metrics_now)
    logger.info(
        "snapshot: %.0f MB copied in %.2f s, checkpointed and swapped in in %.2f s",
        writer.copied.bytes / 1e6, writer.copied.seconds, writer.swap_seconds,
    )  # fmt: skip
    progress.report(
        "writing the report", documents=counts["documents_seen"], records=counts["records_loaded"]
    )
    try:
        reports = report(warehouse_path, run_id, raw_path)
    except Exception as exc:  # the data is committed: say so, not "unchanged"
        raise ReportFailedError(
            f"run {run_id} is committed, but its report failed: {type(exc).__name__}: {exc}"
        ) from exc

    result = {**run, "warehouse": str(warehouse_path), "report": {k: str(v) for k, v in reports.items()}}
    problems = run["status"] != "completed"
    if problems and notify_url:
        notify(notify_url, result)
    return Completed(
        data=result,
        name="Completed with failures" if problems else "Completed",
        message=summary_message(run) + (f"; report {reports['md']}" if problems else ""),
    )


def with_task_runner(kind: str = "threads", dask_address: str | None = None) -> Flow[..., Any]:
    """The flow on the chosen task runner: ``threads`` (default) or ``dask``.

    Dask: the scheduler at ``dask_address`` (``tcp://host:8786``), else a temporary local
    cluster of two worker processes on loopback. Only extraction and the per-batch checks
    run there; the load stays one transaction in the flow process.
    """
    if kind == "threads":
        return salary_etl
    from prefect_dask.task_runners import DaskTaskRunner  # noqa: PLC0415 (dask imports slowly; only when asked)

    if dask_address:
        runner = DaskTaskRunner(address=dask_address)
    else:
        runner = DaskTaskRunner(
            cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True,
                            "host": "127.0.0.1", "dashboard_address": None},
        )  # fmt: skip
    return salary_etl.with_options(task_runner=runner)  # type: ignore[arg-type]
