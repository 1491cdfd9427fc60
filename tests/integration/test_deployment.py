"""The deployments on a real Prefect server: `prefect server start` on a free loopback
port, the process work pool, `prefect deploy --all` from prefect.yaml, a worker."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.conftest import FIXTURES, RAW, ROOT

pytestmark = pytest.mark.slow

PREFECT = Path(sys.executable).parent / "prefect"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A real Prefect server with its own PREFECT_HOME; yields the environment to talk to it."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
    }
    proc = subprocess.Popen(
        [str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            assert proc.poll() is None, "prefect server exited"
            assert time.monotonic() < deadline, "prefect server did not start"
            time.sleep(0.5)
        yield env
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def prefect(env: dict[str, str], *args: str, timeout: float = 300) -> str:
    proc = subprocess.run(
        [str(PREFECT), *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def api(env: dict[str, str], method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    request = urllib.request.Request(
        env["PREFECT_API_URL"] + path, method=method,
        data=None if body is None else json.dumps(body).encode(), headers={"Content-Type": "application/json"},
    )  # fmt: skip
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_nightly_and_adhoc_deployments_run_on_a_worker(server: dict[str, str], tmp_path: Path) -> None:
    shutil.copytree(RAW, tmp_path / "raw")
    shutil.copytree(FIXTURES / "defects" / "raw", tmp_path / "defects")
    prefect(server, "work-pool", "create", "salary-etl", "--type", "process")
    prefect(server, "--no-prompt", "deploy", "--all")
    deployments = {d["name"]: d for d in api(server, "POST", "/deployments/filter", {})}
    assert set(deployments) == {"nightly", "adhoc"}
    schedule = deployments["nightly"]["schedules"][0]["schedule"]
    assert (schedule["cron"], schedule["timezone"]) == ("30 2 * * *", "Europe/Berlin")

    def trigger(name: str, raw: Path, warehouse: Path) -> str:
        out = prefect(server, "deployment", "run", f"salary-etl/{name}",
                      "--param", f"raw_dir={raw}", "--param", f"warehouse={warehouse}")  # fmt: skip
        return out.split("UUID:")[1].split()[0]

    nightly = trigger("nightly", tmp_path / "raw", tmp_path / "w1" / "salaries.duckdb")
    adhoc = trigger("adhoc", tmp_path / "defects", tmp_path / "w2" / "salaries.duckdb")
    prefect(server, "worker", "start", "--pool", "salary-etl", "--run-once", timeout=400)

    clean = api(server, "GET", f"/flow_runs/{nightly}")
    assert clean["state"]["type"] == "COMPLETED", clean["state"]
    assert clean["state"]["name"] == "Completed"
    with duckdb.connect(str(tmp_path / "w1" / "salaries.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from salary_records").fetchone() == (10,)

    flawed = api(server, "GET", f"/flow_runs/{adhoc}")
    assert flawed["state"]["type"] == "COMPLETED"
    assert flawed["state"]["name"] == "Completed with failures"
    assert "4 quarantined" in flawed["state"]["message"]
    artifacts = api(server, "POST", "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [adhoc]}}})
    assert {a["key"] for a in artifacts} >= {"salary-validation-failures", "salary-validation-report"}
