"""The Prefect flow ``salary-etl``: ingest -> extract -> validate -> load -> report.

The flow only orders the steps; each task is a thin wrapper around a plain function.
I/O tasks retry transient errors; pure transforms never do. Extraction and the
within-document checks run as one task per batch of documents (``batch_size``), on
threads by default or on a Dask cluster; cross-document checks, the single-transaction
load and the report run in the flow process.
"""

from __future__ import annotations

import json
import uuid
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

from flows import batch as steps
from flows.ingest import read_documents
from flows.load import Batch, WarehouseState, read_state, write_batch
from flows.lock import warehouse_lock
from flows.notify import post_json
from flows.plan import Plan, known_files, plan_run
from flows.report import reports_dir, write_reports
from flows.settings import EXTRACTOR_VERSION, get_settings, resolve


def transient(task: Any, task_run: Any, state: State[Any]) -> bool:
    """Retry only I/O errors (a file system hiccup, a DuckDB lock held by a reader)."""
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


@task(name="read-warehouse-state", cache_policy=NO_CACHE, **IO_RETRIES)
def warehouse_state(warehouse: Path) -> WarehouseState:
    """The documents and records the warehouse already holds."""
    return read_state(warehouse)


@task(name="ingest", cache_policy=NO_CACHE, **IO_RETRIES)
def ingest(raw_dir: Path, known: dict[str, tuple[int, int, str]]) -> pl.DataFrame:
    """Read, hash and decode the raw files; skip those whose size and mtime are known."""
    settings = get_settings()
    files = read_documents(raw_dir, settings.file_glob, settings.max_file_bytes, known)
    get_run_logger().info(
        "ingest: %d files in %s, %d read, %d unchanged by size and mtime",
        files.height, raw_dir, int(files["read"].sum()), int((~files["read"]).sum()),
    )  # fmt: skip
    return files


@task(name="plan", cache_policy=NO_CACHE)
def plan(files: pl.DataFrame, documents: pl.DataFrame, full_refresh: bool) -> Plan:
    """Classify files as new, changed, unchanged or deleted."""
    result = plan_run(files, documents, EXTRACTOR_VERSION, full_refresh)
    get_run_logger().info("plan: %s", result.counts)
    return result


@task(name="extract-and-check", cache_policy=NO_CACHE)
def extract_and_check(batch: pl.DataFrame) -> steps.Checked:
    """Extract, normalise and validate one batch of documents."""
    return steps.check_documents(batch, get_settings())


@task(name="cross-check", cache_policy=NO_CACHE)
def cross_check(checked: steps.Checked, state: WarehouseState, the_plan: Plan) -> pl.DataFrame:
    """Warnings across documents (sources that disagree, outliers for an occupation)."""
    return steps.cross_check(checked, state.records, the_plan)


@task(name="load", cache_policy=NO_CACHE, **IO_RETRIES)
def load(warehouse: Path, batch: Batch) -> None:
    """Write the run's changes to the warehouse in one transaction."""
    write_batch(warehouse, batch)
    get_run_logger().info(
        "load: %d records, %d quarantined into %s", batch.records.height, batch.quarantined.height, warehouse
    )


@task(name="report", cache_policy=NO_CACHE, **IO_RETRIES)
def report(warehouse: Path, run_id: str) -> dict[str, Path]:
    """Write the run's validation failure report and publish it as Prefect artifacts."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        paths = write_reports(con, run_id, reports_dir(warehouse))
    failures = json.loads(paths["json"].read_text(encoding="utf-8"))["failures"]
    create_markdown_artifact(
        key="salary-validation-report",
        markdown=paths["md"].read_text(encoding="utf-8"),
        description=f"Validation report of salary-etl run {run_id}",
    )
    columns = ["severity", "check_name", "source_path", "line", "failure_value", "statement", "message"]
    create_table_artifact(
        key="salary-validation-failures",
        table=[{c: f[c] for c in columns} for f in failures],
        description=f"Validation failures of salary-etl run {run_id}",
    )
    get_run_logger().info("report: %s (%d failures)", paths["html"], len(failures))
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
    started_at = datetime.now(UTC)
    run_id = new_run_id(started_at)
    with warehouse_lock(warehouse_path, run_id):
        state = warehouse_state(warehouse_path)
        files = ingest(raw_path, {} if full_refresh else known_files(state.documents, EXTRACTOR_VERSION))
        the_plan = plan(files, state.documents, full_refresh)
        batches = steps.split_batches(the_plan.files, get_settings().batch_size)
        checked = steps.merge(extract_and_check.map(batches).result(), get_settings())
        cross = cross_check(checked, state, the_plan)
        batch = steps.build_batch(
            run_id=run_id,
            flow_run_id=flow_run.id,
            started_at=started_at,
            plan=the_plan,
            checked=checked,
            cross=cross,
        )
        load(warehouse_path, batch)
        paths = report(warehouse_path, run_id)
    result = {**batch.run, "warehouse": str(warehouse_path), "report": {k: str(v) for k, v in paths.items()}}
    problems = batch.run["status"] != "completed"
    if problems and notify_url:
        notify(notify_url, result)
    return Completed(
        data=result,
        name="Completed with failures" if problems else "Completed",
        message=summary_message(batch.run) + (f"; report {paths['md']}" if problems else ""),
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
