"""Validation failure reports: what failed, where in which source text, and why.

A report is rendered from the warehouse (so ``salary-etl report`` shows exactly what a
run committed) as Markdown and as JSON (stable keys, for machines).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from flows.settings import SQL_DIR

REPORT_FORMAT_VERSION = 1


def reports_dir(warehouse: Path) -> Path:
    """Where a warehouse's reports are written: ``<warehouse folder>/reports``."""
    return warehouse.parent / "reports"


def load_report(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, Any]:
    """The report of ``run_id`` as plain data: the run row and its located failures."""
    cur = con.execute("select * from etl_runs where run_id = ?", [run_id])
    names = [d[0] for d in cur.description or []]
    row = cur.fetchone()
    if row is None:
        raise LookupError(f"no run {run_id!r} in the warehouse")
    run = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in zip(names, row, strict=True)}
    query = (SQL_DIR / "queries" / "run_failures.sql").read_text(encoding="utf-8")
    failures = con.execute(query, {"run_id": run_id}).pl()
    return {
        "report_format_version": REPORT_FORMAT_VERSION,
        "run": run,
        "failures_by_check": _by_check(failures),
        "failures": failures.to_dicts(),
    }


def _by_check(failures: pl.DataFrame) -> list[dict[str, Any]]:
    return (
        failures.group_by("check_name", "severity", maintain_order=True)
        .agg(count=pl.len(), documents=pl.col("document_id").n_unique())
        .sort("severity", "check_name")
        .to_dicts()
    )


def render_markdown(report: dict[str, Any]) -> str:
    """A data steward's Markdown view of a report."""
    run = report["run"]
    lines = [
        f"# Validation report for run {run['run_id']}",
        "",
        f"Status **{run['status']}**, started {run['started_at']}, extractor {run['extractor_version']}.",
        "",
        "| documents seen | new | changed | unchanged | deleted | rejected | records loaded | quarantined | warnings |",
        "|---|---|---|---|---|---|---|---|---|",
        "| {documents_seen} | {documents_new} | {documents_changed} | {documents_unchanged} | "
        "{documents_deleted} | {documents_rejected} | {records_loaded} | {records_quarantined} | "
        "{warnings} |".format(**run),
        "",
    ]
    if not report["failures"]:
        lines.append("No check failed: every statement was loaded.")
        return "\n".join(lines) + "\n"
    lines += ["## Failures by check", "", "| check | severity | failures | documents |", "|---|---|---|---|"]
    lines += [
        f"| `{c['check_name']}` | {c['severity']} | {c['count']} | {c['documents']} |"
        for c in report["failures_by_check"]
    ]
    current = None
    for f in report["failures"]:
        if f["check_name"] != current:
            current = f["check_name"]
            lines += ["", f"## `{current}` ({f['severity']})", ""]
        where = f["source_path"] or f["document_id"]
        if f["line"] is not None:
            where += f", line {f['line']}, characters {f['char_start']}–{f['char_end']}"
        lines.append(f"- **{where}**: {f['message']}")
        if f["failure_value"] is not None:
            lines.append(f"  - value of `{f['column_name']}`: `{f['failure_value']}`")
        if f["evidence"]:
            highlighted = f["evidence"].replace(f["statement"], f"**{f['statement']}**", 1)
            lines.append(f"  - evidence: “{highlighted}”")
    return "\n".join(lines) + "\n"


def write_reports(con: duckdb.DuckDBPyConnection, run_id: str, out_dir: Path) -> dict[str, Path]:
    """Write ``<run_id>.md`` and ``<run_id>.json`` to ``out_dir``; return their paths."""
    report = load_report(con, run_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"md": out_dir / f"{run_id}.md", "json": out_dir / f"{run_id}.json"}
    paths["md"].write_text(render_markdown(report), encoding="utf-8")
    paths["json"].write_text(
        json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    return paths
