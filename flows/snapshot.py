"""The analysts' warehouse file is a snapshot: a run builds the next one beside it and
swaps it in.

DuckDB lets one process hold a database file read-write, or any number hold it
read-only, never both (``fcntl`` locks on the file). Analysts keep read-only sessions
open for hours; a run must never wait for them, and they must never see a half-written
run. So nobody ever writes the file analysts open (``salaries.duckdb``):

1. the run copies it, under a shared lock, to ``salaries.duckdb.next``;
2. it migrates, stages and commits into that copy, checkpoints and closes it (no WAL is
   left: the file alone is the whole database) and ``fsync``s it;
3. ``rename(2)`` puts the copy in the published file's place, atomically, and the folder
   is ``fsync``ed.

A session opened before the swap keeps reading the inode it opened, the previous run,
for as long as it stays open; a session opened after it sees the new run; no session
ever sees anything in between. A run killed at any moment leaves the published file as
it was and a ``.next`` file the next run discards.

The price is a copy of the file per run. ``copy_file_range(2)`` lets the file system
clone the blocks instead where it can (Btrfs, XFS with reflink, NFS 4.2 server-side
copy); on ext4 it is a full copy in the kernel, which ``bench/snapshot_cost.py`` measures.
"""

from __future__ import annotations

import fcntl
import os
import time
from dataclasses import dataclass
from pathlib import Path


class WarehouseOpenForWritingError(RuntimeError):
    """Another program holds the published warehouse file read-write."""


def next_path(published: Path) -> Path:
    """``salaries.duckdb`` -> ``salaries.duckdb.next``: the snapshot a run builds."""
    return published.with_name(published.name + ".next")


def wal_path(database: Path) -> Path:
    """DuckDB's write-ahead log of ``database``."""
    return database.with_name(database.name + ".wal")


def writer_pid(published: Path) -> int | None:
    """The process holding ``published`` read-write (a DuckDB write lock), if any."""
    try:
        fd = os.open(published, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        import struct  # noqa: PLC0415 (only on this rare path)

        probe = struct.pack("hhqqi", fcntl.F_RDLCK, os.SEEK_SET, 0, 0, 0)
        found = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, probe))
        return int(found[4]) or -1
    finally:
        os.close(fd)  # also releases the probe's lock
    return None


def in_use_message(published: Path, pid: int) -> str:
    who = f"process {pid}" if pid > 0 else "another process"
    return (
        f"the warehouse {published} is open read-write by {who}; analysts open it read-only "
        f"(duckdb -readonly, duckdb.connect(path, read_only=True), salary-etl sql)"
    )


@dataclass(frozen=True)
class Copied:
    """What taking the snapshot cost."""

    bytes: int
    seconds: float


def _copy_range(source: int, target: int, size: int) -> None:
    copied = 0
    while copied < size:
        step = os.copy_file_range(source, target, size - copied)
        if step == 0:
            break
        copied += step


def take(published: Path, target: Path) -> Copied:
    """Copy the published warehouse (and a WAL an older salary-etl left beside it) to
    ``target`` under a shared lock: readers keep reading, a read-write holder is refused
    (``WarehouseOpenForWritingError``). No published file yet: nothing to copy."""
    began = time.perf_counter()
    for leftover in (target, wal_path(target)):
        leftover.unlink(missing_ok=True)
    try:
        source = os.open(published, os.O_RDONLY)
    except FileNotFoundError:
        return Copied(0, 0.0)
    total = 0
    try:
        try:
            fcntl.lockf(source, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            pid = writer_pid(published)
            raise WarehouseOpenForWritingError(in_use_message(published, pid or -1)) from None
        pairs = [(source, target)]
        wal = wal_path(published)
        if wal.exists():  # a log a killed writer of the older, in-place layout left
            pairs.append((os.open(wal, os.O_RDONLY), wal_path(target)))
        for fd, to in pairs:
            size = os.fstat(fd).st_size
            out = os.open(to, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            try:
                try:
                    _copy_range(fd, out, size)
                except OSError:  # a file system without copy_file_range: plain copy
                    os.lseek(fd, 0, os.SEEK_SET)
                    os.ftruncate(out, 0)
                    os.lseek(out, 0, os.SEEK_SET)
                    while chunk := os.read(fd, 1 << 20):
                        os.write(out, chunk)
            finally:
                os.close(out)
            total += size
            if fd != source:
                os.close(fd)
    finally:
        os.close(source)
    return Copied(total, time.perf_counter() - began)


def _fsync(path: Path, flags: int = os.O_RDONLY) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def swap_in(built: Path, published: Path) -> None:
    """Make the closed, checkpointed database ``built`` the published warehouse: durable
    first, then one atomic rename. Readers of the old file keep it until they close it."""
    if wal_path(built).exists():
        raise RuntimeError(f"{built} still has a write-ahead log: it was not checkpointed")
    _fsync(built)
    wal_path(published).unlink(missing_ok=True)  # it belonged to the older layout, now merged
    os.replace(built, published)
    _fsync(published.parent, os.O_RDONLY | os.O_DIRECTORY)
    SWAPPED.add(published)


SWAPPED: set[Path] = set()
"""Warehouses this process has published a run into (after that, an interrupt changes nothing)."""


def discard(built: Path) -> None:
    """Remove a database file a run built and did not publish (a snapshot never swapped
    in, a staging file), and its log."""
    for leftover in (built, wal_path(built)):
        leftover.unlink(missing_ok=True)
