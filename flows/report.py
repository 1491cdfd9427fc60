"""Validation failure reports: what failed, where in which source text, and why.

A report is rendered from the warehouse, so ``salary-etl report`` shows exactly what a
run committed: Markdown for people, a single self-contained HTML file for browsers and
JSON (format below, stable) for machines.

JSON format (``report_format_version`` 1)::

    {
      "report_format_version": 1,
      "run": {<the etl_runs row: run_id, status, started_at, documents_*, records_*, warnings, ...>},
      "summary": {"failures": N, "errors": N, "warnings": N, "documents_with_failures": N},
      "by_check": [{"check_name", "severity", "count", "documents", "expected", "remedy"}],
      "skipped_by_reason": [{"reason", "count", "documents", "meaning"}],
      "documents": [{"source_path", "document_id", "records", "quarantined", "skipped",
                     "skip_reasons", "without_occupation", "without_place"}],

      "failures": [{"check_name", "severity", "source_path", "document_id", "record_id",
                    "line", "char_start", "char_end", "amount_min", "amount_max", "period",
                    "column_name", "failure_value",
                    "message", "expected", "remedy", "statement", "evidence",
                    "evidence_before", "evidence_after"}]
    }

``statement`` is ``text[char_start:char_end]`` of the source; ``evidence_before`` +
``statement`` + ``evidence_after`` is its sentence. Record-less failures (a file that
could not be read) have NULL offsets. Failures are ordered by severity (errors first),
check, source path and position. ``skipped_by_reason`` counts the run's euro amounts that
became no record; ``documents`` lists the run's documents (at most
``report_documents_listed``, those with something to say first).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import textwrap
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import Any, TextIO

import duckdb

from flows import charts
from flows.explain import REASON_TEXT, Explanation, split_by
from flows.explain import render_html as render_explanation
from flows.ingest import decode
from flows.settings import SQL_DIR, get_settings
from flows.validate import ALL_CHECKS

REPORT_FORMAT_VERSION = 1
FORMATS = ("md", "html", "json")


def reports_dir(warehouse: Path) -> Path:
    """Where a warehouse's reports are written: ``<warehouse folder>/reports``."""
    return warehouse.parent / "reports"


RUN_FILE = re.compile(r"(\d{8}T\d{6}Z-[0-9a-f]{6})(\.(md|html|json))?")
"""A run's report files and explain folder in the reports folder: ``<run_id>[.md|.html|.json]``."""


def prune_reports(out_dir: Path, keep: int) -> list[str]:
    """Remove the report files of all but the ``keep`` newest runs (run ids sort by time);
    the warehouse keeps every run's data, and ``salary-etl report --run ID`` writes any of
    them again. Other files are left alone. Returns the run ids whose files went."""
    runs: dict[str, list[Path]] = {}
    for entry in out_dir.iterdir() if out_dir.is_dir() else []:
        if (match := RUN_FILE.fullmatch(entry.name)) is not None:
            runs.setdefault(match[1], []).append(entry)
    gone = sorted(runs)[: max(0, len(runs) - keep)]
    for run_id in gone:
        for path in runs[run_id]:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
    return gone


def _split_evidence(evidence: str | None, statement: str | None) -> tuple[str | None, str | None, str | None]:
    """Cut the evidence sentence around the statement (white space compared loosely)."""
    if not evidence or not statement:
        return evidence, statement, None
    flat_evidence, flat_statement = " ".join(evidence.split()), " ".join(statement.split())
    at = flat_evidence.find(flat_statement)
    if at < 0:
        return flat_evidence, flat_statement, ""
    return flat_evidence[:at], flat_statement, flat_evidence[at + len(flat_statement) :]


def _located(row: dict[str, Any]) -> dict[str, Any]:
    """A failure row of ``run_failures.sql`` as a report failure: the sentence cut around the
    statement, the check's expectation and remedy attached."""
    info = ALL_CHECKS.get(row["check_name"])
    before, statement, after = _split_evidence(row.pop("evidence"), row.pop("statement"))
    return row | {
        "expected": info.expected(get_settings()) if info else None,
        "remedy": info.remedy if info else None,
        "statement": statement,
        "evidence": None if before is None else f"{before}{statement or ''}{after or ''}",
        "evidence_before": before,
        "evidence_after": after,
    }


def _failures_query(listed: int | None) -> str:
    query = (SQL_DIR / "queries" / "run_failures.sql").read_text(encoding="utf-8")
    if listed is None:
        return query
    return (
        f"select * from ({query}) qualify row_number() over "
        "(partition by severity, check_name order by source_path, char_start) <= $listed "
        "order by severity, check_name, source_path, char_start"
    )


def iter_failures(
    con: duckdb.DuckDBPyConnection, run_id: str, listed: int | None = None, page: int = 5000
) -> Iterator[dict[str, Any]]:
    """The failures of ``run_id`` in report order, fetched ``page`` rows at a time; at most
    ``listed`` per check (all when ``None``). Use the connection for nothing else meanwhile."""
    params: dict[str, object] = {"run_id": run_id} | ({} if listed is None else {"listed": listed})
    cur = con.execute(_failures_query(listed), params)
    names = [d[0] for d in cur.description or []]
    while rows := cur.fetchmany(page):
        for row in rows:
            yield _located(dict(zip(names, row, strict=True)))


def _rows(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | dict[str, object]
) -> list[dict[str, Any]]:
    """The rows of ``sql`` as dicts (column name → value)."""
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def load_report(con: duckdb.DuckDBPyConnection, run_id: str, listed: int | None = None) -> dict[str, Any]:
    """The report of ``run_id`` as plain data (the JSON format above).

    ``summary`` and ``by_check`` count every failure; ``failures`` lists at most ``listed``
    per check (all when ``None``): a large run's failures need not all be in memory to be
    rendered for people (``write_json`` streams them all)."""
    found = _rows(con, "select * from etl_runs where run_id = ?", [run_id])
    if not found:
        raise LookupError(f"no run {run_id!r} in the warehouse; `salary-etl runs` lists the runs")
    run = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in found[0].items()}
    counts = con.execute(
        "select check_name, severity, count(*), count(distinct document_id) from validation_failures "
        "where run_id = ? group by all order by severity, check_name",
        [run_id],
    ).fetchall()
    totals = con.execute(
        "select count(*), count(*) filter (severity = 'error'), count(*) filter (severity = 'warning'), "
        "count(distinct document_id) from validation_failures where run_id = ?",
        [run_id],
    ).fetchone()
    assert totals is not None
    settings = get_settings()
    by_check = []
    for name, severity, count, documents in counts:
        info = ALL_CHECKS.get(name)
        by_check.append(
            {
                "check_name": name,
                "severity": severity,
                "count": count,
                "documents": documents,
                "expected": info.expected(settings) if info else None,
                "remedy": info.remedy if info else None,
            }
        )
    skipped = con.execute(
        "select reason, count(*) as count, count(distinct document_id) as documents from skipped_amounts "
        "where run_id = ? group by reason order by count desc, reason",
        [run_id],
    ).fetchall()
    documents = _rows(
        con,
        (SQL_DIR / "queries" / "run_documents.sql").read_text(encoding="utf-8"),
        {"run_id": run_id, "listed": settings.report_documents_listed},
    )
    return {
        "report_format_version": REPORT_FORMAT_VERSION,
        "run": run,
        "summary": dict(
            zip(["failures", "errors", "warnings", "documents_with_failures"], totals, strict=True)
        ),
        "by_check": by_check,
        "skipped_by_reason": [
            {"reason": r, "count": n, "documents": d, "meaning": REASON_TEXT.get(r, "")}
            for r, n, d in skipped
        ],
        "documents": documents,
        "failures": [] if listed == 0 else list(iter_failures(con, run_id, listed)),
    }


def _location(f: dict[str, Any]) -> str:
    if f["line"] is None:
        return "the whole file"
    return f"line {f['line']}, characters {f['char_start']}–{f['char_end']}"


def _euros(value: object) -> str:
    """``4,200`` / ``2.5`` / ``…`` (no bound)."""
    if value is None:
        return "…"
    return f"{float(str(value)):,.2f}".rstrip("0").rstrip(".")


def _stated(f: dict[str, Any]) -> str:
    """``stated 2.5–3 € per hour`` for a record failure, empty for a file failure."""
    if f.get("period") is None:
        return ""
    lo, hi = f["amount_min"], f["amount_max"]
    figures = _euros(lo) if lo == hi else f"{_euros(lo)}–{_euros(hi)}"
    return f"stated {figures} € per {f['period']}"


def _by_check_and_document(
    report: dict[str, Any],
) -> list[tuple[dict[str, Any], list[tuple[str, list[Any]]], int]]:
    """[(check summary, [(source_path, failures)], failures not listed)] in report order.

    At most ``report_failures_listed`` (setting) failures of a check are listed: a run over
    a large corpus can fail a warning hundreds of thousands of times, and a page for
    people must stay readable; the JSON report and ``validation_failures`` hold all."""
    limit = get_settings().report_failures_listed
    by_name: dict[str, list[dict[str, Any]]] = {}
    for f in report["failures"]:
        by_name.setdefault(f["check_name"], []).append(f)
    out = []
    for check in report["by_check"]:
        shown = by_name.get(check["check_name"], [])[:limit]
        docs = [
            (path, list(group))
            for path, group in groupby(
                shown, key=lambda f: f["source_path"] or f["document_id"] or "the run as a whole"
            )
        ]
        out.append((check, docs, check["count"] - len(shown)))
    return out


def _not_listed(hidden: int, run_id: str) -> str:
    return (
        f"{hidden:,} more failures of this check are not listed here: all are in the JSON report "
        f"and in the table validation_failures (run_id '{run_id}')."
    )


HEADLINE = [
    ("documents_seen", "documents seen"),
    ("documents_new", "new"),
    ("documents_changed", "changed"),
    ("documents_unchanged", "unchanged"),
    ("documents_extracted", "extracted"),
    ("documents_deleted", "deleted"),
    ("documents_rejected", "rejected"),
    ("records_loaded", "records loaded"),
    ("records_quarantined", "quarantined"),
    ("warnings", "warnings"),
]


def explain_page(document_id: str) -> str:
    """Where a document's explain page lies, relative to the run's reports."""
    return f"explain/{document_id[:16]}.html"


def _skips_and_documents_md(report: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    if report["skipped_by_reason"]:
        lines += [
            "",
            "## Euro amounts that became no record",
            "",
            "| reason | amounts | documents | meaning |",
        ]
        lines.append("|---|---:|---:|---|")
        lines += [
            f"| `{s['reason']}` | {s['count']} | {s['documents']} | {s['meaning']} |"
            for s in report["skipped_by_reason"]
        ]
    if report["documents"]:
        lines += [
            "",
            "## Documents",
            "",
            "| document | records | quarantined | skipped | without occupation | without place |",
        ]
        lines.append("|---|---:|---:|---:|---:|---:|")
        lines += [
            f"| {d['source_path']} | {d['records']} | {d['quarantined']} | {d['skipped']} "
            f"| {d['without_occupation']} | {d['without_place']} |"
            for d in report["documents"]
        ]
    return lines


def render_markdown(report: dict[str, Any]) -> str:
    """A data steward's Markdown view of a report."""
    run = report["run"]
    lines = [
        f"# Validation report: run {run['run_id']}",
        "",
        f"**{run['status']}** — started {run['started_at']}, extractor {run['extractor_version']}.",
        "",
        "| " + " | ".join(label for _, label in HEADLINE) + " |",
        "|" + "---:|" * len(HEADLINE),
        "| " + " | ".join(str(run[key]) for key, _ in HEADLINE) + " |",
        "",
    ]
    if not report["summary"]["failures"]:
        lines.append("No check failed: every statement was loaded and no file was rejected.")
        return "\n".join(lines + _skips_and_documents_md(report)) + "\n"

    lines += [
        "## Failures by check",
        "",
        "| check | severity | failures | documents | expected |",
        "|---|---|---:|---:|---|",
    ]
    lines += [
        f"| `{c['check_name']}` | {c['severity']} | {c['count']} | {c['documents']} | {c['expected'] or ''} |"
        for c in report["by_check"]
    ]
    for check, docs, hidden in _by_check_and_document(report):
        lines += ["", f"## `{check['check_name']}` ({check['severity']}, {check['count']})", ""]
        if check["expected"]:
            lines.append(f"Expected: {check['expected']}. What to do: {check['remedy']}")
        for path, items in docs:
            lines += ["", f"### {path}", ""]
            for f in items:
                value = (
                    f" — `{f['column_name']}` = `{f['failure_value']}`"
                    if f["failure_value"] is not None
                    else ""
                )
                stated = f" ({_stated(f)})" if _stated(f) else ""
                lines.append(f"- {_location(f)}{value}{stated}: {f['message']}")
                if f["statement"]:
                    lines.append(f"  > {f['evidence_before']}**{f['statement']}**{f['evidence_after']}")
        if hidden:
            lines += ["", f"*{_not_listed(hidden, run['run_id'])}*"]
    return "\n".join(lines + _skips_and_documents_md(report)) + "\n"


CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
main{max-width:1000px;margin:0 auto;padding:24px 32px 48px}
h1{font-size:24px;margin:8px 0 4px}h2{font-size:19px;margin:32px 0 6px}h3{font-size:15px;margin:18px 0 6px;font-family:ui-monospace,monospace}
.meta{color:#5b6575;margin:0 0 18px}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0 8px}
.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:8px 14px;min-width:88px}
.card b{display:block;font-size:22px}.card span{color:#5b6575;font-size:12px}
.card.error b{color:#b42318}.card.warning b{color:#b54708}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #dde1e7;border-radius:8px}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid #eceef2;vertical-align:top}th{font-size:13px;color:#5b6575}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600}
.badge.error{background:#fee4e2;color:#b42318}.badge.warning{background:#fef0c7;color:#b54708}
.hint{background:#fff;border-left:4px solid #98a2b3;padding:6px 12px;margin:6px 0 10px;color:#344054}
.failure{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:10px 14px;margin:8px 0}
.where{font-size:13px;color:#5b6575}.value code{background:#f2f4f7;padding:1px 5px;border-radius:4px}
blockquote{margin:8px 0 0;padding:8px 12px;background:#f9fafb;border-left:3px solid #d0d5dd;font-style:normal}
mark{background:#ffe58f;padding:1px 2px;border-radius:3px;font-weight:600}
.ok{background:#ecfdf3;border:1px solid #abefc6;border-radius:8px;padding:12px 16px;color:#067647}
code{font-family:ui-monospace,monospace}
figure.chart{background:#fff;border:1px solid #dde1e7;border-radius:8px;margin:10px 0;padding:6px}
figure.chart svg{width:100%;height:auto}
"""


def render_html(report: dict[str, Any], charts: str = "") -> str:
    """A single self-contained HTML page (inline CSS and SVG charts, no scripts, no external
    resources)."""
    e = html.escape
    run, summary = report["run"], report["summary"]
    cards = "".join(
        f'<div class="card"><b>{e(str(run[k]))}</b><span>{e(label)}</span></div>' for k, label in HEADLINE
    )
    cards += f'<div class="card error"><b>{summary["errors"]}</b><span>error failures</span></div>'
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>salary-etl report {e(run['run_id'])}</title>",
        f"<style>{CSS}</style></head><body><main>",
        f"<h1>Validation report: run <code>{e(run['run_id'])}</code></h1>",
        f'<p class="meta"><b>{e(run["status"])}</b> · started {e(str(run["started_at"]))} · '
        f"extractor {e(str(run['extractor_version']))}</p>",
        f'<div class="cards">{cards}</div>',
        charts,
    ]
    if not report["summary"]["failures"]:
        parts.append(
            '<p class="ok">No check failed: every statement was loaded and no file was rejected.</p>'
        )
    else:
        parts.append("<h2>Failures by check</h2><table><tr><th>check</th><th>severity</th><th>failures</th>")
        parts.append("<th>documents</th><th>expected</th></tr>")
        for c in report["by_check"]:
            parts.append(
                f'<tr><td><a href="#{e(c["check_name"])}"><code>{e(c["check_name"])}</code></a></td>'
                f'<td><span class="badge {e(c["severity"])}">{e(c["severity"])}</span></td>'
                f"<td>{c['count']}</td><td>{c['documents']}</td><td>{e(c['expected'] or '')}</td></tr>"
            )
        parts.append("</table>")
        for check, docs, hidden in _by_check_and_document(report):
            parts.append(
                f'<h2 id="{e(check["check_name"])}"><code>{e(check["check_name"])}</code> '
                f'<span class="badge {e(check["severity"])}">{e(check["severity"])}</span> · {check["count"]}</h2>'
            )
            if check["expected"]:
                parts.append(
                    f'<div class="hint"><b>Expected:</b> {e(check["expected"])}<br>'
                    f"<b>What to do:</b> {e(check['remedy'])}</div>"
                )
            for path, items in docs:
                parts.append(f"<h3>{e(path)}</h3>")
                for f in items:
                    value = (
                        f' <span class="value"><code>{e(f["column_name"])}</code> = <code>{e(str(f["failure_value"]))}</code></span>'
                        if f["failure_value"] is not None
                        else ""
                    )
                    stated = f" · {e(_stated(f))}" if _stated(f) else ""
                    parts.append(
                        f'<div class="failure"><div class="where">{e(_location(f))}{value}{stated}</div>'
                    )
                    parts.append(f"<div>{e(f['message'])}</div>")
                    if f["statement"]:
                        parts.append(
                            f"<blockquote>{e(f['evidence_before'] or '')}<mark>{e(f['statement'])}</mark>"
                            f"{e(f['evidence_after'] or '')}</blockquote>"
                        )
                    parts.append("</div>")
            if hidden:
                parts.append(f'<p class="hint">{e(_not_listed(hidden, run["run_id"]))}</p>')
    if report["skipped_by_reason"]:
        parts.append("<h2 id='skipped'>Euro amounts that became no record</h2><table>")
        parts.append("<tr><th>reason</th><th>amounts</th><th>documents</th><th>meaning</th></tr>")
        parts += [
            f"<tr><td><code>{e(s['reason'])}</code></td><td>{s['count']}</td><td>{s['documents']}</td>"
            f"<td>{e(s['meaning'])}</td></tr>"
            for s in report["skipped_by_reason"]
        ]
        parts.append("</table>")
    if report["documents"]:
        parts.append(
            "<h2 id='documents'>Documents</h2><p class='meta'>Each links to the text with its records "
        )
        parts.append("and skipped amounts marked.</p><table><tr><th>document</th><th>records</th>")
        parts.append(
            "<th>quarantined</th><th>skipped</th><th>without occupation</th><th>without place</th></tr>"
        )
        parts += [
            f"<tr><td><a href='{e(run['run_id'])}/{e(explain_page(d['document_id']))}'>{e(d['source_path'])}</a></td>"
            f"<td>{d['records']}</td><td>{d['quarantined']}</td><td>{d['skipped']}</td>"
            f"<td>{d['without_occupation']}</td><td>{d['without_place']}</td></tr>"
            for d in report["documents"]
        ]
        parts.append("</table>")
    parts.append("</main></body></html>")

    return "\n".join(parts) + "\n"


def render(report: dict[str, Any], fmt: str, charts: str = "") -> str:
    """The report in format ``md``, ``html`` (with ``charts``: ``flows.charts.section``) or ``json``."""
    if fmt == "md":
        return render_markdown(report)
    if fmt == "html":
        return render_html(report, charts)
    if fmt == "json":
        return json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n"
    raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")


def write_json(report: dict[str, Any], failures: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Write ``report`` as JSON with ``failures`` in place of its listing, streamed one failure
    at a time: the same text as ``render(report, "json")`` on a report listing them all."""
    head = {k: v for k, v in report.items() if k != "failures"}
    text = json.dumps(head, indent=2, ensure_ascii=False, default=str)
    out.write(text[: text.rindex("\n}")] + ',\n  "failures": [')
    separator = "\n"
    for failure in failures:
        item = json.dumps(failure, indent=2, ensure_ascii=False, default=str)
        out.write(separator + textwrap.indent(item, "    "))
        separator = ",\n"
    out.write("\n  ]\n}\n" if separator == ",\n" else "]\n}\n")


def write_explain_pages(
    con: duckdb.DuckDBPyConnection, report: dict[str, Any], out_dir: Path, raw_dir: Path
) -> int:
    """Write the explain page of every listed document whose raw file still holds the bytes
    the run loaded (``<out_dir>/<run_id>/explain/<document>.html``): its text, marked with
    the records and skipped amounts the run wrote to the warehouse (read back, not extracted
    again). Return how many."""
    run_id = report["run"]["run_id"]
    texts: dict[str, tuple[str, str | None, str]] = {}
    for doc in report["documents"]:
        try:
            data = (raw_dir / doc["source_path"]).read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() != doc["document_id"]:  # the file changed since the run
            continue
        decoded = decode(data)
        if decoded.text is not None:
            texts[doc["document_id"]] = (doc["source_path"], decoded.encoding, decoded.text)
    if not texts:
        return 0
    params = {"run_id": run_id, "ids": list(texts)}
    queries = SQL_DIR / "queries"
    records = con.execute((queries / "run_explained_records.sql").read_text(encoding="utf-8"), params).pl()
    skipped = con.execute((queries / "run_explained_skipped.sql").read_text(encoding="utf-8"), params).pl()
    by_doc_records = split_by(records, "document_id")
    by_doc_skipped = split_by(skipped, "document_id")
    for document_id, (source, encoding, text) in texts.items():
        explanation = Explanation(
            source,
            document_id,
            encoding,
            text,
            None,
            by_doc_records.get(document_id, records.clear()).sort("char_start"),
            by_doc_skipped.get(document_id, skipped.clear()).sort("char_start"),
        )
        page = out_dir / run_id / explain_page(document_id)
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(render_explanation(explanation), encoding="utf-8")
    return len(texts)


def write_reports(
    con: duckdb.DuckDBPyConnection, report: dict[str, Any], out_dir: Path, raw_dir: Path | None = None
) -> dict[str, Path]:
    """Write a report (``load_report``, its listing possibly cut) as ``<run_id>.md``, ``.html``
    and ``.json`` to ``out_dir``, and, given the raw folder, the listed documents' explain
    pages; the JSON streams every failure from ``con``. Return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    run_id = report["run"]["run_id"]
    if raw_dir is not None:
        write_explain_pages(con, report, out_dir, raw_dir)

    paths = {fmt: out_dir / f"{run_id}.{fmt}" for fmt in FORMATS}
    for fmt, path in paths.items():
        with path.open("w", encoding="utf-8") as out:
            if fmt == "json":  # streamed: a large run's failures are never all in memory
                write_json(report, iter_failures(con, run_id), out)
            else:
                out.write(render(report, fmt, charts.section(con, run_id) if fmt == "html" else ""))
    return paths


def write_index(con: duckdb.DuckDBPyConnection, out_dir: Path) -> Path:
    """``<out_dir>/index.html``: every run, linked to the reports still kept (``flows.charts``)."""
    kept = {m[1] for p in out_dir.glob("*.html") if (m := RUN_FILE.fullmatch(p.name)) is not None}
    index = out_dir / "index.html"
    index.write_text(charts.index_page(con, kept), encoding="utf-8")
    return index
