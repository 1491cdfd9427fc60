"""Checks across runs on a sequence of real runs: a source that loses its salary paragraphs
is caught (exit 3, the webhook called), and ``salary-etl check`` says the same afterwards."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from bench.generate import write_corpus
from tests.integration.test_cli import cli
from tests.integration.test_distribution import Hook, webhook  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("shared_prefect_server")]

SETTINGS = {"SALARY_ETL_CHECK_MIN_HISTORY": "3"}


def a_batch(raw: Path, run: int, broken: bool = False) -> None:
    """The run's new texts: 60 generated articles; ``broken``: a third of them lose every
    line that names a euro figure (a portal that moved its pay box)."""
    batch = raw / f"delivery-{run:02d}"
    write_corpus(batch, 60, seed=100 + run)
    if broken:
        for i, path in enumerate(sorted(batch.rglob("*.txt"))):
            if i % 3 == 0:
                lines = path.read_text(encoding="utf-8").splitlines()
                kept = [
                    line for line in lines if "€" not in line and "Euro" not in line and "EUR" not in line
                ]
                path.write_text("\n".join(kept) + "\n", encoding="utf-8")


def test_a_coverage_collapse_fails_the_run_notifies_and_check_agrees(tmp_path: Path, webhook: str) -> None:  # noqa: F811
    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "salaries.duckdb"
    raw.mkdir()
    args = ("run", "--raw", raw, "--warehouse", warehouse, "--notify-url", webhook, "-q")
    for run in range(4):  # steady deliveries: no alarm, none before three earlier runs
        a_batch(raw, run)
        done = cli(*args, env=SETTINGS)
        assert done.returncode == 0, done.stdout + done.stderr
    assert Hook.received == []
    steady = cli("check", "--warehouse", warehouse, env=SETTINGS)
    assert steady.returncode == 0, steady.stdout
    assert re.search(r"^ok\s+salary_coverage_within_usual \(error\)", steady.stdout, re.M), steady.stdout

    a_batch(raw, 4, broken=True)
    broken = cli(*args, env=SETTINGS)
    assert broken.returncode == 3, broken.stdout + broken.stderr
    assert "completed_with_failures" in broken.stdout
    (event,) = Hook.received
    assert event["event"] == "salary-etl.run.completed_with_failures"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        (message,) = con.execute(
            "select message from validation_failures where check_name = 'salary_coverage_within_usual'"
        ).fetchone()  # type: ignore[misc]
        coverage = con.execute(
            "select value from run_metrics where metric = 'salary_coverage' order by run_id"
        ).fetchall()
    assert "state a salary" in message
    assert all(v > 0.85 for (v,) in coverage[:4]) and coverage[4][0] < 0.75, coverage

    verdict = cli("check", "--warehouse", warehouse, env=SETTINGS)
    assert verdict.returncode == 3, verdict.stdout
    assert re.search(
        r"^FAILED\s+salary_coverage_within_usual \(error\): \d+\.\d% of new", verdict.stdout, re.M
    )
    report = cli("report", "--warehouse", warehouse)
    assert "salary_coverage_within_usual" in report.stdout

    # The pictures: the run's report and the index of runs, inline SVG, nothing to fetch.
    reports = warehouse.parent / "reports"
    latest = sorted(reports.glob("*Z-*.html"))[-1].read_text(encoding="utf-8")
    assert latest.count("<svg") == 3 and "Run metrics over the last runs" in latest
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "<svg" in index and index.count('.html">') == 5  # every run links to its report
    for page in (latest, index):
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # nothing fetched
        assert "<script" not in page

    # As a person sees them: headless Chromium with the network cut off (a dead proxy, no
    # name resolves), screenshots kept with the test's files.
    report_html = sorted(reports.glob("*Z-*.html"))[-1]
    for name, page_path in (("report", report_html), ("index", reports / "index.html")):
        shot = tmp_path / f"{name}.png"
        browser = subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
             "--window-size=1100,1600", f"--screenshot={shot}", page_path.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert browser.returncode == 0 and shot.is_file(), browser.stderr[-2000:]
        png = shot.read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 30_000, len(png)  # drawn, not blank


def test_no_alarm_before_enough_history_and_after_an_unchanged_rerun(tmp_path: Path) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "wh" / "salaries.duckdb"
    raw.mkdir()
    a_batch(raw, 0, broken=True)
    first = cli("run", "--raw", raw, "--warehouse", warehouse, "-q")
    assert first.returncode == 0, first.stdout + first.stderr
    again = cli("run", "--raw", raw, "--warehouse", warehouse, "-q")  # nothing new: no coverage to judge
    assert again.returncode == 0
    shown = cli("check", "--warehouse", warehouse)
    assert shown.returncode == 0 and "checks start after 5" in shown.stdout
    shutil.rmtree(raw)
