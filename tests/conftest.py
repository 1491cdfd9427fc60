"""Shared fixtures. Prefect gets a temporary home before it is imported anywhere."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

PREFECT_HOME = Path(tempfile.mkdtemp(prefix="salary-etl-prefect-"))
os.environ["PREFECT_HOME"] = str(PREFECT_HOME)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session", autouse=True)
def no_background_server_left() -> Iterator[None]:
    """Ad-hoc ``salary-etl run`` subprocesses share a background Prefect server in the
    session's PREFECT_HOME (flows/server.py); it goes when the session ends."""
    yield
    from flows.server import stop  # noqa: PLC0415

    stop(PREFECT_HOME)


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A temporary Prefect API for the whole session (one server start)."""
    from prefect.testing.utilities import prefect_test_harness  # noqa: PLC0415

    with prefect_test_harness(server_startup_timeout=60):
        yield


@pytest.fixture(scope="session")
def prefect_api_url(prefect_harness: None) -> str:
    """The session's Prefect API (the harness's server on loopback), for ``salary-etl``
    subprocesses: given ``PREFECT_API_URL`` they skip starting a temporary server of their
    own (3-20 s per process on a shared machine)."""
    from prefect.settings import PREFECT_API_URL  # noqa: PLC0415

    url = PREFECT_API_URL.value()
    assert url and url.startswith("http"), url
    return str(url)


@pytest.fixture
def shared_prefect_server(prefect_api_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Subprocesses of this test use the session's Prefect server."""
    monkeypatch.setenv("PREFECT_API_URL", prefect_api_url)


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A private copy of the seed texts in raw/."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    """Where a test's warehouse file goes (not created)."""
    return tmp_path / "warehouse" / "salaries.duckdb"
