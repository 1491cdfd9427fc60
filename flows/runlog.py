"""Runs that ended without committing: ``failed``, ``interrupted`` and ``crashed`` runs.

Only a run's commit writes the published warehouse (flows/snapshot.py), so a run that
fails or is stopped cannot put its ``etl_runs`` row there. It appends one JSON line to
``<warehouse>.runs.jsonl`` instead: ``running`` when it takes the warehouse, then
``failed`` or ``interrupted`` with the error in one line (one ``O_APPEND`` write, safe in
a signal handler). A run killed with -9 writes nothing more: its ``running`` line stays,
and since only the holder of the warehouse lock writes this file, any ``running`` line
that is not the holder's own is a run that died: ``crashed``.

The next run that commits inserts these rows into ``etl_runs`` in its own transaction
(data tables untouched, counts 0: nothing of those runs was committed) and then empties
the file; ``salary-etl runs`` shows them meanwhile.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flows.settings import EXTRACTOR_VERSION

CURRENT: dict[Path, str] = {}
"""The run id this process is running on each warehouse (for the signal handler)."""


def log_path(warehouse: Path) -> Path:
    """``salaries.duckdb`` -> ``salaries.duckdb.runs.jsonl``."""
    return warehouse.with_name(warehouse.name + ".runs.jsonl")


def _append(warehouse: Path, entry: dict[str, Any]) -> None:
    line = (json.dumps(entry, default=str) + "\n").encode()
    fd = os.open(log_path(warehouse), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def begin(warehouse: Path, run_id: str, flow_run_id: str | None, started_at: datetime) -> None:
    """The run took the warehouse (call with the lock held)."""
    _append(
        warehouse,
        {
            "run_id": run_id,
            "status": "running",
            "flow_run_id": flow_run_id,
            "started_at": started_at.isoformat(),
            "pid": os.getpid(),
            "extractor_version": EXTRACTOR_VERSION,
        },
    )
    CURRENT[warehouse] = run_id  # after the line: an interruption always finds its start


def end(warehouse: Path, status: str, error: BaseException | str) -> None:
    """The current run of ``warehouse`` ended without committing (``failed``/``interrupted``)."""
    run_id = CURRENT.pop(warehouse, None)
    if run_id is None:
        return
    text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    line = " ".join(text.split())[:500] or status
    with contextlib.suppress(OSError):
        _append(
            warehouse,
            {"run_id": run_id, "status": status, "finished_at": datetime.now(UTC).isoformat(), "error": line},
        )


def committed(warehouse: Path) -> None:
    """The current run committed: it and the rows it carried are in ``etl_runs``."""
    CURRENT.pop(warehouse, None)
    with contextlib.suppress(FileNotFoundError):
        log_path(warehouse).unlink()


def pending(warehouse: Path, running: str | None = None) -> list[dict[str, Any]]:
    """The ``etl_runs`` rows of the runs in the log, oldest first. ``running``: the run id
    that holds the warehouse now (its line stays ``running``); any other ``running`` line
    is a run that died: ``crashed``, found now."""
    runs: dict[str, dict[str, Any]] = {}
    try:
        lines = log_path(warehouse).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for line in lines:
        with contextlib.suppress(ValueError, KeyError, TypeError):
            entry = json.loads(line)
            runs.setdefault(entry["run_id"], {}).update(entry)
    rows = []
    for run in runs.values():
        if "started_at" not in run:
            continue
        status = run["status"]
        if status == "running" and run["run_id"] != running:
            status = "crashed"
            run["error"] = f"process {run.get('pid')} died without a word (killed?)"
        rows.append(
            {
                "run_id": run["run_id"],
                "flow_run_id": run.get("flow_run_id"),
                "started_at": datetime.fromisoformat(run["started_at"]),
                # a crashed run's end is unknown: its start (``error`` says it crashed)
                "finished_at": datetime.fromisoformat(
                    run["finished_at"] if "finished_at" in run else run["started_at"]
                ),
                "status": status,
                "error": run.get("error"),
                "extractor_version": run.get("extractor_version", EXTRACTOR_VERSION),
            }
        )
    return sorted(rows, key=lambda r: r["started_at"])


@contextlib.contextmanager
def recorded(warehouse: Path, run_id: str, flow_run_id: str | None, started_at: datetime) -> Iterator[None]:
    """Log the run as ``running`` (the lock held), and as ``failed``/``interrupted`` if it
    raises before it committed."""
    begin(warehouse, run_id, flow_run_id, started_at)
    try:
        yield
    except BaseException as exc:
        stopped = isinstance(exc, KeyboardInterrupt | SystemExit) or type(exc).__name__ == "TerminationSignal"
        end(warehouse, "interrupted" if stopped else "failed", exc)
        raise
