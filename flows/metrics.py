"""Run metrics and the checks across runs (``schemas/runs.py``).

Each run stores what it saw in ``run_metrics`` (``measure``): documents seen, new,
changed and rejected; the share of its new or changed texts that state a salary; records
per such text; the quarantine and rejection rates; the skipped amounts per reason; the
median monthly pay overall, per seniority and for its largest occupations. ``judge``
compares a run's metrics with the median of the trailing runs, with the median absolute
deviation (MAD) as the spread: a run is unusual when it lies more than
``check_mad_threshold`` scaled MADs away (a perfectly steady source must not alarm at
its first wobble). ``salary-etl check`` judges
the warehouse as it is, without loading anything. The scale of a count never falls below a
tenth of its median, that of a share never below two percentage points.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from statistics import median
from typing import Any

import duckdb
import polars as pl

from flows.settings import Settings
from flows.validate import FAILURE_SCHEMA
from schemas.runs import RUN_CHECKS

METRIC_SCHEMA = {"run_id": pl.String, "metric": pl.String, "subject": pl.String, "value": pl.Float64}

LARGEST_OCCUPATIONS = 10
"""Occupations whose median pay a run records (the run's largest by records)."""

EXTRACTION_CHECKS = ("salary_coverage_within_usual", "quarantine_rate_within_usual", "median_pay_stable")
"""Checks whose metrics depend on the extractor: compared with care across its versions."""

MAD_SCALE = 1.4826
"""MAD times this estimates a normal distribution's standard deviation."""


def measure(
    db: duckdb.DuckDBPyConnection, run_id: str, counts: dict[str, int], source: str | None = None
) -> pl.DataFrame:
    """The run's metrics, from the run's own rows (call inside its transaction, published);
    ``source``: the raw folder it read (runs of one folder are compared with each other)."""
    rows: list[tuple[str, str | None, float | None]] = [("source", f"source:{source}", 1.0)] if source else []
    rows += [
        (key, None, float(counts.get(key, 0)))
        for key in ("documents_seen", "documents_new", "documents_changed", "documents_rejected")
    ]
    loaded, with_salary = db.execute(
        "select count(*), count(*) filter (where document_id in (select document_id from main.salary_records "
        "where run_id = $1 union all select document_id from main.quarantined_records where run_id = $1)) "
        "from main.documents where first_seen_run = $1 and status = 'loaded'",
        [run_id],
    ).fetchone() or (0, 0)
    records, quarantined = counts.get("records_loaded", 0), counts.get("records_quarantined", 0)
    rows += [
        ("salary_coverage", None, with_salary / loaded if loaded else None),
        ("records_per_document", None, (records + quarantined) / loaded if loaded else None),
        ("quarantine_rate", None, quarantined / (records + quarantined) if records + quarantined else None),
        (
            "rejection_rate",
            None,
            counts.get("documents_rejected", 0) / counts["documents_seen"]
            if counts.get("documents_seen")
            else None,
        ),
    ]
    rows += [
        ("skipped", f"reason:{reason}", float(n))
        for reason, n in db.execute(
            "select reason, count(*) from main.skipped_amounts where run_id = ? group by reason order by reason",
            [run_id],
        ).fetchall()
    ]
    pay = "(coalesce(monthly_min, monthly_max) + coalesce(monthly_max, monthly_min)) / 2"
    overall = db.execute(
        f"select median({pay}) from main.salary_records where run_id = ?", [run_id]
    ).fetchone()
    if overall and overall[0] is not None:
        rows.append(("median_monthly", None, float(overall[0])))
    rows += [
        ("median_monthly", f"seniority:{level}", float(value))
        for level, value in db.execute(
            f"select seniority, median({pay}) from main.salary_records where run_id = ? group by seniority "
            "order by seniority",
            [run_id],
        ).fetchall()
    ]
    for occupation, n, value in db.execute(
        f"select occupation, count(*) as n, median({pay}) from main.salary_records "
        "where run_id = ? and occupation is not null group by occupation order by n desc, occupation limit ?",
        [run_id, LARGEST_OCCUPATIONS],
    ).fetchall():
        rows += [("records", f"occupation:{occupation}", float(n))]
        rows += [("median_monthly", f"occupation:{occupation}", float(value))]
    return pl.DataFrame(
        [{"run_id": run_id, "metric": m, "subject": s, "value": v} for m, s, v in rows], schema=METRIC_SCHEMA
    )


@dataclass(frozen=True)
class History:
    """The trailing runs' metrics, their extractor versions and the freshest delivery."""

    metrics: pl.DataFrame  # METRIC_SCHEMA rows of the trailing runs
    versions: dict[str, str]  # run_id -> extractor_version
    last_change: datetime | None  # when a run last saw a new or changed document


def history(
    db: duckdb.DuckDBPyConnection, before: datetime, settings: Settings, source: str | None = None
) -> History:
    """The ``check_history_runs`` committed runs with metrics that started before ``before``,
    of the raw folder ``source`` when given (another folder's runs are no yardstick)."""
    of_source = "metric = 'source' and subject = ?" if source else "true"
    params: list[object] = [f"source:{source}"] if source else []
    runs = db.execute(
        "select r.run_id, r.extractor_version from etl_runs r where r.started_at < ? "
        "and r.status like 'completed%' "
        f"and r.run_id in (select run_id from run_metrics where {of_source}) "
        "order by r.started_at desc limit ?",
        [before, *params, settings.check_history_runs],
    ).fetchall()
    ids = [r[0] for r in runs]
    metrics = (
        db.execute("select * from run_metrics where run_id in (select unnest(?::varchar[]))", [ids]).pl()
        if ids
        else pl.DataFrame(schema=METRIC_SCHEMA)
    )
    last = db.execute(
        "select max(started_at) from etl_runs where status like 'completed%' "
        "and documents_new + documents_changed > 0 and started_at < ? "
        f"and run_id in (select run_id from run_metrics where {of_source})",
        [before, *params],
    ).fetchone()
    return History(metrics.cast(METRIC_SCHEMA), {r[0]: r[1] for r in runs}, last[0] if last else None)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Verdict:
    check_name: str
    severity: str  # error | warning (the check's, or warning when compared with care)
    status: str  # ok | failed | skipped
    observed: str
    expected: str
    note: str

    def as_row(self) -> dict[str, Any]:
        return {
            "document_id": None,
            "record_id": None,
            "check_name": self.check_name,
            "severity": self.severity,
            "column_name": RUN_CHECKS[self.check_name].column,
            "failure_value": self.observed,
            "message": f"{RUN_CHECKS[self.check_name].message} {self.note} Expected: {self.expected}.",
        }


def _values(frame: pl.DataFrame, metric: str, subject: str | None = None) -> pl.Series:
    """The values of ``metric`` (for ``subject``; None: the run as a whole) in ``frame``."""
    return frame.filter(
        (pl.col("metric") == metric)
        & (pl.col("subject").is_null() if subject is None else pl.col("subject") == subject)
    )["value"]


def _value(frame: pl.DataFrame, metric: str, subject: str | None = None) -> float | None:
    rows = _values(frame, metric, subject)
    return None if rows.is_empty() or rows[0] is None else float(rows[0])


def _trail(past: pl.DataFrame, metric: str, subject: str | None = None) -> list[float]:
    return [float(v) for v in _values(past, metric, subject).drop_nulls()]


def _spread(values: list[float], share: bool = False) -> tuple[float, float]:
    """Median and the scaled MAD, never below a tenth of the median for counts, nor below
    two percentage points for shares (a steady source must not alarm at its first wobble)."""
    mid = median(values)
    mad = median(abs(v - mid) for v in values)
    return mid, max(MAD_SCALE * mad, 0.02 if share else 0.1 * abs(mid), 1e-9)


def judge(
    current: pl.DataFrame,
    version: str,
    past: History,
    settings: Settings,
    now: datetime | None = None,
    last_change: datetime | None = None,
) -> list[Verdict]:
    """Every check across runs on ``current`` (one run's metrics) against ``past``.
    ``last_change``: when the source last delivered, if known (``salary-etl check``, judging
    freshness at ``now``); else the run itself counts as a delivery if it saw new texts."""
    k = settings.check_mad_threshold
    expected = {name: info.expectation.format(**settings.model_dump()) for name, info in RUN_CHECKS.items()}
    runs = past.metrics["run_id"].unique().to_list()
    if len(runs) < settings.check_min_history:
        note = f"{len(runs)} earlier runs with metrics; checks start after {settings.check_min_history}."
        return [
            Verdict(name, info.severity, "skipped", "", expected[name], note)
            for name, info in RUN_CHECKS.items()
        ]
    same = [r for r in runs if past.versions.get(r) == version]
    careful = len(same) < settings.check_min_history
    other = sorted({v for r, v in past.versions.items() if v != version})
    extraction_past = past.metrics if careful else past.metrics.filter(pl.col("run_id").is_in(same))
    care = (
        f"The extractor changed ({', '.join(other)} → {version}): compared with the earlier versions' runs, "
        "so this warns rather than fails."
        if careful
        else ""
    )
    verdicts = []

    def judged(name: str, failed: bool | None, observed: str, note: str) -> None:
        severity = RUN_CHECKS[name].severity
        if careful and name in EXTRACTION_CHECKS:
            severity, note = "warning", f"{note} {care}".strip()
        status = "skipped" if failed is None else ("failed" if failed else "ok")
        verdicts.append(Verdict(name, severity, status, observed, expected[name], note))

    seen, trail = _value(current, "documents_seen"), _trail(past.metrics, "documents_seen")
    mid, scale = _spread(trail)
    judged(
        "volume_within_usual",
        None if seen is None else abs(seen - mid) > k * scale,
        "" if seen is None else f"{seen:,.0f} documents",
        f"Usual: {mid:,.0f} (scaled MAD {scale:,.1f}) over {len(trail)} runs.",
    )

    cover, trail = _value(current, "salary_coverage"), _trail(extraction_past, "salary_coverage")
    if cover is None or len(trail) < settings.check_min_history:
        judged(
            "salary_coverage_within_usual",
            None,
            "",
            "No new or changed texts in this run, or too few earlier.",
        )
    else:
        mid, scale = _spread(trail, share=True)
        judged(
            "salary_coverage_within_usual",
            cover < mid - k * scale and mid - cover > settings.coverage_max_drop,
            f"{cover:.1%} of new or changed texts state a salary",
            f"Usual: {mid:.1%} (scaled MAD {scale:.1%}) over {len(trail)} runs.",
        )

    rate, trail = _value(current, "quarantine_rate"), _trail(extraction_past, "quarantine_rate")
    if rate is None or len(trail) < settings.check_min_history:
        judged(
            "quarantine_rate_within_usual",
            None,
            "",
            "No records in this run, or too few earlier runs with records.",
        )
    else:
        mid, scale = _spread(trail, share=True)
        judged(
            "quarantine_rate_within_usual",
            rate > mid + k * scale,
            f"{rate:.1%} of records quarantined",
            f"Usual: {mid:.1%} over {len(trail)} runs.",
        )

    moved = []
    for subject in current.filter(pl.col("metric") == "records")["subject"].to_list():
        n = _value(current, "records", subject) or 0
        pay, trail = (
            _value(current, "median_monthly", subject),
            _trail(extraction_past, "median_monthly", subject),
        )
        if n < settings.median_pay_min_records or pay is None or len(trail) < settings.check_min_history:
            continue
        usual = median(trail)
        if usual and abs(pay - usual) / usual > settings.median_pay_max_change:
            moved.append(f"{subject.removeprefix('occupation:')} {usual:,.0f} → {pay:,.0f} €")
    judged(
        "median_pay_stable",
        bool(moved),
        "; ".join(moved),
        "Occupations whose median monthly pay moved: " + ("; ".join(moved) if moved else "none") + ".",
    )

    now = now or datetime.now(UTC)
    fresh_now = delivered(current)
    last = last_change or past.last_change
    if last_change is None and fresh_now:
        last = now
    days = None if last is None else (now - last).total_seconds() / 86400
    judged(
        "source_fresh",
        None if days is None else days > settings.source_fresh_days,
        "" if days is None else f"{days:.1f} days since a new or changed document",
        "",
    )
    return verdicts


def delivered(current: pl.DataFrame) -> bool:
    """The run saw new or changed texts."""
    return (_value(current, "documents_new") or 0) + (_value(current, "documents_changed") or 0) > 0


def failures(verdicts: list[Verdict]) -> pl.DataFrame:
    """The failed verdicts as ``validation_failures`` rows (``FAILURE_SCHEMA``)."""
    return pl.DataFrame([v.as_row() for v in verdicts if v.status == "failed"], schema=FAILURE_SCHEMA)
