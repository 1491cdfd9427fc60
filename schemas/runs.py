"""Checks across runs: each run's metrics against the trailing runs' (flows/metrics.py).

A broken source rarely fails a run: the texts still arrive, only fewer of them state pay.
These checks compare the run with the median of the last ``check_history_runs`` runs,
measuring spread with the median absolute deviation (MAD), which one odd run cannot drag.
"""

from __future__ import annotations

from schemas.records import CheckInfo

RUN_CHECKS: dict[str, CheckInfo] = {
    "volume_within_usual": CheckInfo(
        "warning", "documents_seen",
        "The run saw an unusual number of documents for this source.",
        "within {check_mad_threshold} MADs of the median of the last {check_history_runs} runs",
        "Check the source's delivery: files missing, duplicated, or a folder moved.",
    ),
    "salary_coverage_within_usual": CheckInfo(
        "error", "salary_coverage",
        "Far fewer of the run's new or changed texts state a salary than usual: the source's pages may have changed.",
        "no more than {check_mad_threshold} MADs and {coverage_max_drop} below the median share of the last "
        "{check_history_runs} runs",
        "Open a few of the run's texts (salary-etl explain FILE): if the pay paragraph is gone or reworded, fix "
        "the scraper or the extraction rule before trusting this run's figures.",
    ),
    "quarantine_rate_within_usual": CheckInfo(
        "warning", "quarantine_rate",
        "An unusual share of the run's records was quarantined.",
        "within {check_mad_threshold} MADs of the median rate of the last {check_history_runs} runs",
        "Read the quarantine section of the report: a new notation in the texts, or a wrong rule.",
    ),
    "median_pay_stable": CheckInfo(
        "warning", "median_monthly",
        "An occupation's median monthly pay moved more than usual against the last runs.",
        "within {median_pay_max_change} of the median of the last {check_history_runs} runs (occupations with at "
        "least {median_pay_min_records} records in the run)",
        "Compare a few of the occupation's records with their texts: a period or unit misread moves a median.",
    ),
    "source_fresh": CheckInfo(
        "warning", "days_since_change",
        "No new or changed text arrived for a long time: the source may have stopped delivering.",
        "a new or changed document within {source_fresh_days} days",
        "Check that the scraper still runs and writes into the raw folder.",
    ),
}  # fmt: skip
"""Every check across runs. Before ``check_min_history`` earlier runs none of them judges;
after a change of the extractor version the checks on extraction warn instead of failing."""
