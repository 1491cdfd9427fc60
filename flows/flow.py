"""The Prefect flow ``salary-etl``: ingest -> extract -> validate -> load -> report.

The flow only orders the steps; each task is a thin wrapper around a plain function.
I/O tasks retry transient errors; pure transforms never do. Tasks work on whole
batches (all documents of a run), not one task per document.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State
from prefect.runtime import flow_run

from flows import batch as steps
from flows.ingest import read_documents
from flows.load import Batch, WarehouseState, read_state, write_batch
from flows.lock import warehouse_lock
from flows.plan import Plan, known_files, plan_run
from flows.report import reports_dir, write_reports
from flows.settings import EXTRACTOR_VERSION, get_settings, resolve
from flows.validate import Validated


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


@task(name="read-warehouse-state", cache_policy=NO_CACHE, **IO_RETRIES)
def warehouse_state(warehouse: Path) -> WarehouseState:
    """The documents and records the warehouse already holds."""
    return read_state(warehouse)


@task(name="plan", cache_policy=NO_CACHE)
def plan(files: pl.DataFrame, state: pl.DataFrame, full_refresh: bool) -> Plan:
    """Classify files as new, changed, unchanged or deleted."""
    result = plan_run(files, state, EXTRACTOR_VERSION, full_refresh)
    get_run_logger().info("plan: %s", result.counts)
    return result


@task(name="extract", cache_policy=NO_CACHE)
def extract(files: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Extract and normalise the salary statements of the planned documents."""
    headers, records = steps.extract_documents(files, get_settings())
    get_run_logger().info(
        "extract: %d statements from %d documents", records.height, int(files["process"].sum())
    )
    return headers, records


@task(name="validate", cache_policy=NO_CACHE)
def validate(
    headers: pl.DataFrame, records: pl.DataFrame, state: WarehouseState, the_plan: Plan
) -> Validated:
    """Run the Pandera checks; split valid from quarantined records."""
    result = steps.validate_batch(headers, records, state.records, the_plan)
    get_run_logger().info(
        "validate: %d valid, %d quarantined, %d failures",
        result.valid.height,
        result.quarantined.height,
        result.failures.height,
    )
    return result


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


def new_run_id(now: datetime) -> str:
    """A sortable, unique run id: ``20261121T093012Z-3f2a9c``."""
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


@flow(name="salary-etl", log_prints=True)
def salary_etl(
    raw_dir: str = "raw",
    warehouse: str = "warehouse/salaries.duckdb",
    full_refresh: bool = False,
) -> dict[str, Any]:
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
        headers, records = extract(the_plan.files)
        validated = validate(headers, records, state, the_plan)
        batch = steps.build_batch(
            run_id=run_id,
            flow_run_id=flow_run.id,
            started_at=started_at,
            plan=the_plan,
            headers=headers,
            validated=validated,
        )
        load(warehouse_path, batch)
        paths = report(warehouse_path, run_id)
    return {**batch.run, "warehouse": str(warehouse_path), "report": {k: str(v) for k, v in paths.items()}}
