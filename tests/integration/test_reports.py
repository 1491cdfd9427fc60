"""Validation on the defect corpus: the exact failures, golden reports, highlighted HTML."""

from __future__ import annotations

import json
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest
from prefect.client.orchestration import get_client

from flows.flow import salary_etl
from flows.report import iter_failures, load_report, render, write_json
from flows.settings import get_settings
from tests.conftest import FIXTURES

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]

DEFECTS = FIXTURES / "defects"


@pytest.fixture(scope="module")
def defect_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("defects")
    shutil.copytree(DEFECTS / "raw", base / "raw")
    return salary_etl(raw_dir=str(base / "raw"), warehouse=str(base / "w.duckdb"))


def query(result: dict[str, Any], sql: str) -> pl.DataFrame:
    with duckdb.connect(result["warehouse"], read_only=True) as con:
        return con.execute(sql).pl()


def test_exact_failures(defect_run: dict[str, Any]) -> None:
    got = query(
        defect_run,
        "select d.source_path, f.check_name, f.severity, f.failure_value "
        "from validation_failures f join documents d using (document_id) order by all",
    )
    expected = pl.read_csv(DEFECTS / "expected_failures.csv", infer_schema=False).sort(pl.all())
    assert got.rows() == expected.rows()
    assert defect_run["status"] == "completed_with_failures"
    assert (defect_run["documents_rejected"], defect_run["records_quarantined"]) == (2, 4)


def test_nothing_is_lost(defect_run: dict[str, Any]) -> None:
    docs = query(defect_run, "select source_path, status, encoding from documents order by source_path")
    assert docs.height == len(list((DEFECTS / "raw").iterdir()))
    statuses = dict(zip(docs["source_path"], docs["status"], strict=True))
    assert statuses["empty.txt"] == statuses["binary.txt"] == "rejected"
    encodings = dict(zip(docs["source_path"], docs["encoding"], strict=True))
    assert (encodings["legacy_cp1252.txt"], encodings["bom_crlf.txt"]) == ("cp1252", "utf-8-sig")
    quarantined = query(
        defect_run, "select amount_min, amount_max from quarantined_records order by record_id"
    )
    assert quarantined.height == 4
    reversed_range = query(
        defect_run, "select amount_min, amount_max from quarantined_records where amount_min > amount_max"
    )
    assert [float(v) for v in reversed_range.row(0)] == [5500.0, 4200.0]  # as stated, never swapped


def normalised(report: dict[str, Any]) -> dict[str, Any]:
    fixed = {
        "run_id": "RUN",
        "flow_run_id": "FLOW-RUN",
        "started_at": "START",
        "finished_at": "END",
        "extractor_version": "X",
        "snapshot_bytes": "BYTES",  # what the run's copy of the warehouse cost: machine-dependent
        "snapshot_seconds": "SECONDS",
    }
    run = report["run"] | fixed
    return report | {"run": run}


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_golden_reports(defect_run: dict[str, Any], fmt: str) -> None:
    with duckdb.connect(defect_run["warehouse"], read_only=True) as con:
        text = render(normalised(load_report(con, defect_run["run_id"])), fmt)
    golden = DEFECTS / f"report.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


class Marks(HTMLParser):
    """Collects the text of every <mark> and of every <blockquote>."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[str] = []
        self.quotes: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.marks.append("")
        if tag == "blockquote":
            self.quotes.append("")
        self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self._in.pop()

    def handle_data(self, data: str) -> None:
        if "mark" in self._in:
            self.marks[-1] += data
        if "blockquote" in self._in:
            self.quotes[-1] += data


def test_html_report_highlights_the_evidence(defect_run: dict[str, Any]) -> None:
    page = Path(defect_run["report"]["html"]).read_text(encoding="utf-8")
    assert "<script" not in page and "http://" not in page and "https://" not in page  # self-contained
    assert page.count("<svg") >= 2 and "(quarantined)" in page  # charts, flagged records beside
    parser = Marks()
    parser.feed(page)
    assert "zwischen 5.500 € und 4.200 €" in parser.marks
    assert "Einsteiger verdienen zwischen 5.500 € und 4.200 € im Monat." in parser.quotes
    assert "2,50 €" in parser.marks
    assert 'id="range_not_backwards"' in page


def test_artifacts_published(defect_run: dict[str, Any]) -> None:
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts()
    keys = {
        a.key
        for a in artifacts
        if a.flow_run_id is not None and str(a.flow_run_id) == defect_run["flow_run_id"]
    }
    assert {"salary-validation-failures", "salary-validation-report"} <= keys


def test_long_listings_are_cut_but_counted(
    defect_run: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SALARY_ETL_REPORT_FAILURES_LISTED", "1")
    get_settings.cache_clear()
    try:
        with duckdb.connect(defect_run["warehouse"], read_only=True) as con:
            report = load_report(con, defect_run["run_id"])
        page = render(report, "md")
        section = page.split("## `monthly_max_within_bounds` (error, 3)")[1].split("\n## ")[0]
        assert section.count("\n- line ") == 1  # one of three listed
        assert "2 more failures of this check are not listed here" in section
        assert len(report["failures"]) == 18  # the JSON keeps every failure
        assert "more failures of this check" in render(report, "html")
        with duckdb.connect(defect_run["warehouse"], read_only=True) as con:
            cut = load_report(con, defect_run["run_id"], listed=1)
        assert cut["by_check"] == report["by_check"] and cut["summary"] == report["summary"]
        assert len(cut["failures"]) == len(report["by_check"]) < 18  # one per check is loaded
        assert render(cut, "md") == page
    finally:
        get_settings.cache_clear()


def test_json_report_streamed_is_the_whole_report(defect_run: dict[str, Any], tmp_path: Path) -> None:
    with duckdb.connect(defect_run["warehouse"], read_only=True) as con:
        whole = load_report(con, defect_run["run_id"])
        head = load_report(con, defect_run["run_id"], listed=0)
        with (tmp_path / "r.json").open("w", encoding="utf-8") as out:
            write_json(head, iter_failures(con, defect_run["run_id"], page=4), out)
    assert head["failures"] == [] and len(whole["failures"]) == 18
    assert (tmp_path / "r.json").read_text(encoding="utf-8") == render(whole, "json")
    with (tmp_path / "none.json").open("w", encoding="utf-8") as out:
        write_json(head, [], out)
    assert json.loads((tmp_path / "none.json").read_text(encoding="utf-8"))["failures"] == []


def test_cross_checks_paged_by_occupation_find_the_same(
    defect_run: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cross = (
        "select d.source_path, f.check_name, f.failure_value from validation_failures f "
        "join documents d using (document_id) "
        "where f.check_name in ('sources_agree', 'typical_for_occupation') order by all"
    )
    monkeypatch.setenv("SALARY_ETL_CROSS_CHECK_PAGE_RECORDS", "1")  # one occupation per page
    get_settings.cache_clear()
    try:
        shutil.copytree(DEFECTS / "raw", tmp_path / "raw")
        paged = salary_etl(raw_dir=str(tmp_path / "raw"), warehouse=str(tmp_path / "w.duckdb"))
    finally:
        get_settings.cache_clear()
    with duckdb.connect(paged["warehouse"], read_only=True) as con:
        occupations = con.execute("select count(distinct occupation) from salary_records").fetchone()
    assert occupations is not None and occupations[0] > 2  # several pages were judged
    expected = query(defect_run, cross)
    assert expected.height >= 3
    assert query(paged, cross).rows() == expected.rows()
