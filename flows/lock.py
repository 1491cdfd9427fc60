"""One writer per warehouse: an advisory lock file next to the DuckDB file.

``<warehouse>.lock`` is locked with ``flock`` for the whole run and names the run that
holds it (run id, process id, host, since when). The operating system releases the lock
when the process ends, however it ends (``kill -9`` included), so a crashed run never
leaves a stale lock behind; the file's text only says who held it last.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path


class WarehouseBusyError(RuntimeError):
    """Another run holds the warehouse."""


def lock_path(warehouse: Path) -> Path:
    """``salaries.duckdb`` -> ``salaries.duckdb.lock``."""
    return warehouse.with_name(warehouse.name + ".lock")


def _holder_text(path: Path) -> str:
    try:
        holder = json.loads(path.read_text(encoding="utf-8"))
        return f"run {holder['run_id']} (pid {holder['pid']} on {holder['host']}, since {holder['since']})"
    except (OSError, ValueError, KeyError):
        return "another salary-etl run"


def busy_message(warehouse: Path) -> str:
    """The one line a user sees when the warehouse is taken."""
    return f"the warehouse {warehouse} is being written by {_holder_text(lock_path(warehouse))}; try again when it has finished"


def current_holder(warehouse: Path) -> str | None:
    """Who holds the warehouse now (``None`` if nobody), without taking it."""
    path = lock_path(warehouse)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _holder_text(path)
    finally:
        os.close(fd)
    return None


@contextmanager
def warehouse_lock(warehouse: Path, run_id: str) -> Iterator[None]:
    """Hold the warehouse for ``run_id``; raise ``WarehouseBusyError`` if another run has it."""
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WarehouseBusyError(busy_message(warehouse)) from None
        holder = {
            "run_id": run_id,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        HELD.add(warehouse)
        yield
    finally:
        HELD.discard(warehouse)
        os.close(fd)  # closing releases the flock


HELD: set[Path] = set()
"""The warehouses this process holds now (a signal handler may clean up only their files)."""


def holder_run_id(warehouse: Path) -> str | None:
    """The run id of the run holding the warehouse now, ``None`` if nobody holds it."""
    if current_holder(warehouse) is None:
        return None
    try:
        return str(json.loads(lock_path(warehouse).read_text(encoding="utf-8"))["run_id"])
    except (OSError, ValueError, KeyError):
        return None
