"""Charts for the HTML report and the reports index: inline SVG drawn by pygal, no script,
nothing fetched when a page opens.

- the trend of the run metrics over the last runs, the current run marked;
- the monthly pay of the run's records per seniority (box plots), quarantined ones beside;
- the pay ranges of the run's largest occupations (box plots), their quarantined records beside.
"""

from __future__ import annotations

import html
import re
import sys
from typing import Any

import duckdb
import pygal
from pygal.style import Style

# pygal installs a legacy import hook for its ``pygal.maps`` plugins (not used here) that
# makes every later import warn (ImportWarning: no find_spec): take it out again.
sys.meta_path[:] = [finder for finder in sys.meta_path if type(finder).__name__ != "PluginImportFixer"]

STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#333",
    foreground_strong="#111",
    foreground_subtle="#777",
    colors=("#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2"),
    font_family="system-ui, sans-serif",
)
CHART = {
    "style": STYLE,
    "js": [],
    "disable_xml_declaration": True,
    "width": 760,
    "height": 300,
    "truncate_legend": -1,
}
"""No JavaScript (pygal's tooltips load a script from the web), no XML declaration (the SVG
sits inside the HTML page)."""

TREND_RUNS = 20
PAY = "(coalesce(monthly_min, monthly_max) + coalesce(monthly_max, monthly_min)) / 2"


def _svg(chart: Any) -> str:
    """The chart's SVG without pygal's inline configuration script (its only use is the
    tooltips script, which is not loaded) and comments: a page with no script at all."""
    svg = re.sub(r"<script\b.*?</script>|<!--.*?-->", "", str(chart.render(is_unicode=True)), flags=re.S)
    # Inline in HTML5 an <svg> needs no namespace declarations (their URLs are names, but
    # a page that names no URL at all is plainly self-contained).
    return re.sub(r'\s+xmlns(?::xlink)?="[^"]*"', "", svg)


def trend(con: duckdb.DuckDBPyConnection, run_id: str | None = None, runs: int = TREND_RUNS) -> str:
    """Salary coverage and quarantine rate (%) of the last ``runs`` runs with metrics, ending
    with ``run_id`` (marked ``▶``); empty without metrics."""
    have = con.execute("select count(*) from duckdb_tables() where table_name = 'run_metrics'").fetchone()
    if not have or not have[0]:
        return ""
    until = "and r.started_at <= (select started_at from etl_runs where run_id = ?)" if run_id else ""
    rows = con.execute(
        "select r.run_id, "
        "max(m.value) filter (where m.metric = 'salary_coverage' and m.subject is null), "
        "max(m.value) filter (where m.metric = 'quarantine_rate' and m.subject is null), "
        "max(m.value) filter (where m.metric = 'documents_seen' and m.subject is null) "
        "from etl_runs r join run_metrics m using (run_id) "
        f"where r.status like 'completed%' {until} group by r.run_id, r.started_at "
        "order by r.started_at desc limit ?",
        [*([run_id] if run_id else []), runs],
    ).fetchall()[::-1]
    if len(rows) < 2:
        return ""
    chart = pygal.Line(
        **CHART, title="Run metrics over the last runs (%)", x_label_rotation=30, show_minor_x_labels=True
    )
    chart.x_labels = [("▶ " if r[0] == run_id else "") + r[0][:15] for r in rows]
    chart.add("texts with a salary", [None if r[1] is None else round(100 * r[1], 1) for r in rows])
    chart.add("records quarantined", [None if r[2] is None else round(100 * r[2], 1) for r in rows])
    return _svg(chart)


def pay_by_seniority(con: duckdb.DuckDBPyConnection, run_id: str) -> str:
    """Box plots of the run's monthly pay per seniority; quarantined records as their own boxes."""
    chart = pygal.Box(**CHART, title="Monthly pay of this run's records by seniority (€)", box_mode="tukey")
    found = False
    for table, label in (("salary_records", "{}"), ("quarantined_records", "{} (quarantined)")):
        for level, values in con.execute(
            f"select seniority, list({PAY} order by {PAY}) from {table} where run_id = ? "
            f"and {PAY} is not null group by seniority order by seniority",
            [run_id],
        ).fetchall():
            chart.add(label.format(level), [float(v) for v in values])
            found = True
    return _svg(chart) if found else ""


def occupation_ranges(con: duckdb.DuckDBPyConnection, run_id: str, largest: int = 8) -> str:
    """Box plots of the monthly pay of the run's largest occupations."""
    rows = con.execute(
        f"select occupation, list({PAY} order by {PAY}) as pay from salary_records "
        f"where run_id = ? and occupation is not null and {PAY} is not null "
        "group by occupation order by len(pay) desc, occupation limit ?",
        [run_id, largest],
    ).fetchall()
    if not rows:
        return ""
    flagged = dict(
        con.execute(
            f"select occupation, list({PAY} order by {PAY}) from quarantined_records where run_id = ? "
            f"and occupation in (select unnest(?::varchar[])) and {PAY} is not null group by occupation",
            [run_id, [r[0] for r in rows]],
        ).fetchall()
    )
    chart = pygal.Box(
        **CHART,
        title="Monthly pay of the largest occupations in this run (€), quarantined beside",
        box_mode="tukey",
    )
    for occupation, values in rows:
        chart.add(f"{occupation} ({len(values)})", [float(v) for v in values])
        if occupation in flagged:
            chart.add(
                f"{occupation}: quarantined ({len(flagged[occupation])})",
                [float(v) for v in flagged[occupation]],
            )
    return _svg(chart)


def section(con: duckdb.DuckDBPyConnection, run_id: str) -> str:
    """The report's charts as one HTML section (empty when there is nothing to draw)."""
    figures = [
        svg
        for svg in (trend(con, run_id), pay_by_seniority(con, run_id), occupation_ranges(con, run_id))
        if svg
    ]
    if not figures:
        return ""
    return "<h2>Charts</h2>" + "".join(f'<figure class="chart">{svg}</figure>' for svg in figures)


def index_page(con: duckdb.DuckDBPyConnection, reports: set[str]) -> str:
    """``reports/index.html``: every run, newest first, with its status and counts, linked to
    its report where the file is kept; the trend of the run metrics on top."""
    e = html.escape
    runs = con.execute(
        "select run_id, status, started_at, documents_seen, documents_new, documents_changed, documents_rejected, "
        "records_loaded, records_quarantined, warnings from etl_runs order by started_at desc"
    ).fetchall()
    rows = []
    for r in runs:
        name = f'<a href="{e(r[0])}.html">{e(r[0])}</a>' if r[0] in reports else e(r[0])
        cells = "".join(f"<td>{v}</td>" for v in r[3:])
        rows.append(f'<tr><td>{name}</td><td><span class="badge {e(r[1])}">{e(r[1])}</span></td>'
                    f"<td>{e(str(r[2])[:19])}</td>{cells}</tr>")  # fmt: skip
    chart = trend(con, runs[0][0] if runs else None, runs=50)
    head = (
        "<tr><th>run</th><th>status</th><th>started</th><th>seen</th><th>new</th><th>changed</th>"
        "<th>rejected</th><th>loaded</th><th>quarantined</th><th>warnings</th></tr>"
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>salary-etl runs</title>'
        f"<style>{INDEX_CSS}</style></head><body><main><h1>salary-etl runs</h1>"
        + (f'<figure class="chart">{chart}</figure>' if chart else "")
        + f"<table>{head}{''.join(rows)}</table></main></body></html>\n"
    )


INDEX_CSS = (
    "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse}"
    "td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:right;white-space:nowrap;font-size:14px}td:first-child,th:first-child"
    "{text-align:left}.badge{padding:.1rem .4rem;border-radius:.3rem;background:#eee}.completed{background:#dcfce7}"
    ".completed_with_failures{background:#fee2e2}.failed,.crashed,.interrupted{background:#fde68a}"
    "figure.chart{margin:1rem 0;max-width:780px}"
)
