"""The local Prefect server ad-hoc runs share (flows/server.py): real processes, a real server."""

from __future__ import annotations

import os
import shutil
import signal
import time
import urllib.request
from pathlib import Path

import pytest

from flows.server import STATE, read_state
from tests.conftest import RAW
from tests.integration.test_reliability import start, wait_for

pytestmark = pytest.mark.slow


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def ad_hoc(home: Path, **settings: str) -> dict[str, str]:
    """A user's environment: no PREFECT_API_URL, a Prefect home of its own."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return {**env, "PREFECT_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "200", **settings}


def salary_etl(*args: str | Path, env: dict[str, str]) -> tuple[int, str, str]:
    proc = start(*args, env=env)
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


def test_ad_hoc_runs_share_one_background_server_until_it_is_stopped(tmp_path: Path) -> None:
    home, raw, warehouse = tmp_path / "home", tmp_path / "raw", tmp_path / "wh" / "salaries.duckdb"
    shutil.copytree(RAW, raw)
    env = ad_hoc(home)
    try:
        code, out, err = salary_etl("run", "--raw", raw, "--warehouse", warehouse, env=env)
        assert code == 0, err
        assert "starting a local Prefect server at http://127.0.0.1:" in err
        first = read_state(home)
        assert first is not None and not gone(first.pid) and answers(first.url)

        code, out, err = salary_etl("run", "--raw", raw, "--warehouse", warehouse, env=env)
        assert code == 0, err
        assert "starting a local Prefect server" not in err  # attached to the running one
        assert read_state(home) == first
        assert "Traceback" not in out + err

        code, out, _ = salary_etl("server", "status", env=env)
        assert code == 0 and f"pid {first.pid}" in out and "answering" in out, out
    finally:
        code, out, _ = salary_etl("server", "stop", env=env)
    assert code == 0 and f"pid {first.pid}" in out, out
    assert gone(first.pid) and not answers(first.url)
    assert not (home / STATE).exists()
    code, out, _ = salary_etl("server", "status", env=env)
    assert code == 0 and "no background Prefect server" in out


def test_the_server_outlives_no_run_and_stops_itself_when_idle(tmp_path: Path) -> None:
    """A run longer than the idle time keeps the server; Ctrl-C on the run leaves it to its
    idle timer, which then stops it."""
    home, raw, warehouse = tmp_path / "home", tmp_path / "raw", tmp_path / "wh" / "salaries.duckdb"
    shutil.copytree(RAW, raw)
    marker = tmp_path / "paused"
    env = ad_hoc(home, SALARY_ETL_SERVER_IDLE_MINUTES="0.05")  # 3 s
    proc = start(
        "run", "--raw", raw, "--warehouse", warehouse,
        env={**env, "SALARY_ETL_TEST_PAUSE_BEFORE_COMMIT": str(marker)},
    )  # fmt: skip
    try:
        wait_for(marker, proc)
        server = read_state(home)
        assert server is not None
        time.sleep(6)  # twice the idle time, with the run still going
        assert not gone(server.pid) and answers(server.url)
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130, err
        deadline = time.monotonic() + 60
        while not gone(server.pid):
            assert time.monotonic() < deadline, "the idle server never stopped"
            time.sleep(0.2)
        assert not answers(server.url) and not (home / STATE).exists()
        assert "no run for" in (home / "salary-etl-server.log").read_text()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        salary_etl("server", "stop", env=env)


def test_a_temporary_server_on_request_and_a_given_api_url_win(tmp_path: Path, prefect_api_url: str) -> None:
    home, raw, warehouse = tmp_path / "home", tmp_path / "raw", tmp_path / "wh" / "salaries.duckdb"
    shutil.copytree(RAW, raw)
    code, _, err = salary_etl(
        "run", "--raw", raw, "--warehouse", warehouse,
        env=ad_hoc(home, SALARY_ETL_PREFECT_SERVER="temporary"),
    )  # fmt: skip
    assert code == 0, err
    assert "starting a local Prefect server" not in err and not (home / STATE).exists()
    code, _, err = salary_etl("run", env=ad_hoc(home, SALARY_ETL_PREFECT_SERVER="forever"))
    assert code == 2 and "SALARY_ETL_PREFECT_SERVER" in err and len(err.strip().splitlines()) == 1, err
    code, _, err = salary_etl(
        "run",
        "--raw",
        raw,
        "--warehouse",
        warehouse,
        env={**ad_hoc(home), "PREFECT_API_URL": prefect_api_url},
    )
    assert code == 0, err
    assert "starting a local Prefect server" not in err and not (home / STATE).exists()
