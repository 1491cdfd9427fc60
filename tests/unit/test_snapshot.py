"""The snapshot a run builds and swaps in (flows/snapshot.py), on real DuckDB files and
real processes holding them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import snapshot

LEFT_A_LOG = """
import duckdb, os, sys
con = duckdb.connect(sys.argv[1])
con.execute("set checkpoint_threshold = '1GB'")
con.execute("create table t as select 1 as x")
con.execute("checkpoint")
con.execute("insert into t values (2)")  # committed, only in the log
os._exit(0)  # killed before any checkpoint folds it into the file
"""


def test_a_log_left_by_the_older_in_place_layout_is_carried_into_the_snapshot(tmp_path: Path) -> None:
    published = tmp_path / "salaries.duckdb"
    subprocess.run([sys.executable, "-c", LEFT_A_LOG, str(published)], check=True)
    assert snapshot.wal_path(published).exists()

    built = snapshot.next_path(published)
    copied = snapshot.take(published, built)
    assert copied.bytes == published.stat().st_size + snapshot.wal_path(published).stat().st_size
    with duckdb.connect(str(built)) as con:
        assert con.execute("select x from t order by x").fetchall() == [(1,), (2,)]
        con.execute("checkpoint")
    snapshot.swap_in(built, published)
    assert not built.exists() and not snapshot.wal_path(published).exists()
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select x from t order by x").fetchall() == [(1,), (2,)]


def test_a_snapshot_with_a_log_is_never_swapped_in(tmp_path: Path) -> None:
    built = tmp_path / "w.duckdb.next"
    subprocess.run([sys.executable, "-c", LEFT_A_LOG, str(built)], check=True)
    with pytest.raises(RuntimeError, match="not checkpointed"):
        snapshot.swap_in(built, tmp_path / "w.duckdb")
    assert not (tmp_path / "w.duckdb").exists()


def test_no_published_file_yet_copies_nothing_and_clears_leftovers(tmp_path: Path) -> None:
    published = tmp_path / "w.duckdb"
    built = snapshot.next_path(published)
    built.write_bytes(b"a killed run's half-built snapshot")
    snapshot.wal_path(built).write_bytes(b"and its log")
    assert snapshot.take(published, built) == snapshot.Copied(0, 0.0)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_read_write_holder_is_named_readers_are_not(tmp_path: Path) -> None:
    published = tmp_path / "w.duckdb"
    with duckdb.connect(str(published)) as con:
        con.execute("create table t as select 1 as x")
    hold = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'ro'); print('open', flush=True); time.sleep(60)"
    for mode, refused in (("ro", False), ("rw", True)):
        holder = subprocess.Popen(
            [sys.executable, "-c", hold, str(published), mode], stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
            assert snapshot.writer_pid(published) == (holder.pid if refused else None)
            built = snapshot.next_path(published)
            if refused:
                with pytest.raises(snapshot.WarehouseOpenForWritingError, match=f"process {holder.pid}"):
                    snapshot.take(published, built)
                assert not built.exists()
            else:
                assert snapshot.take(published, built).bytes == published.stat().st_size
        finally:
            holder.kill()
            holder.communicate(timeout=30)
