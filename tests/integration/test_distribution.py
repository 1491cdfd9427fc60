"""Distributed runs on a real Dask LocalCluster (2 worker processes on loopback), and
webhook notifications against a real HTTP server on loopback."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, ClassVar

import duckdb
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from bench.generate import write_corpus
from flows.flow import salary_etl, with_task_runner
from flows.settings import get_settings
from tests.conftest import FIXTURES

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]

RECORDS = "select * exclude (run_id) from salary_records order by record_id"


def records(warehouse: Path) -> pl.DataFrame:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(RECORDS).pl()


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Batches of 40 documents, so a run ships several tasks (workers read the env too)."""
    monkeypatch.setenv("SALARY_ETL_BATCH_SIZE", "40")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("small_batches")
def test_dask_local_cluster_gives_the_same_records_as_threads(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_corpus(raw, 200, seed=3)
    threads = salary_etl(raw_dir=str(raw), warehouse=str(tmp_path / "threads.duckdb"))
    dask = with_task_runner("dask")(raw_dir=str(raw), warehouse=str(tmp_path / "dask.duckdb"))
    assert threads["records_loaded"] == dask["records_loaded"] > 300
    assert_frame_equal(records(tmp_path / "threads.duckdb"), records(tmp_path / "dask.duckdb"))


class Hook(BaseHTTPRequestHandler):
    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Hook.received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:  # keep the test output quiet
        pass


@pytest.fixture
def webhook() -> Iterator[str]:
    Hook.received = []
    server = HTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


def test_webhook_on_quarantine_and_on_failure_not_on_success(
    webhook: str, tmp_path: Path, raw_copy: Path
) -> None:
    salary_etl(raw_dir=str(raw_copy), warehouse=str(tmp_path / "clean.duckdb"), notify_url=webhook)
    assert Hook.received == []
    shutil.copytree(FIXTURES / "defects" / "raw", tmp_path / "defects")
    salary_etl(raw_dir=str(tmp_path / "defects"), warehouse=str(tmp_path / "w.duckdb"), notify_url=webhook)
    assert [m["event"] for m in Hook.received] == ["salary-etl.run.completed_with_failures"]
    assert Hook.received[0]["run"]["records_quarantined"] == 4
    assert Hook.received[0]["run"]["report"]["html"].endswith(".html")
    with pytest.raises(FileNotFoundError):
        salary_etl(
            raw_dir=str(tmp_path / "missing"), warehouse=str(tmp_path / "w.duckdb"), notify_url=webhook
        )
    assert Hook.received[-1]["event"] == "salary-etl.run.failed"
    assert "does not exist" in Hook.received[-1]["message"]
