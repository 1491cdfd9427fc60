"""The one configuration file of salary-etl: paths, limits and every validation threshold.

Each value can be overridden by an environment variable with the prefix ``SALARY_ETL_``
(``SALARY_ETL_MONTHLY_MIN=800``, ``SALARY_ETL_MAX_FILE_BYTES=1000000``). Relative paths
are resolved from the project root (the folder holding ``pyproject.toml``), not from the
current working directory, so the CLI, the flow and scheduled deployments agree.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
"""The repository root: parent of the ``flows`` package."""

SQL_DIR = PROJECT_ROOT / "warehouse" / "sql"
"""Migrations (``V###__name.sql``) and analyst views (``views/*.sql``)."""

EXTRACTOR_VERSION = "2.137.0"
"""Bump when extraction rules change: documents extracted by another version are re-extracted."""

HOURS_PER_MONTH = 173.33
"""40 h x 52 weeks / 12: converts an hourly rate to a monthly figure (contract)."""

HOURS_PER_YEAR = 2080
"""40 h x 52 weeks: converts an hourly rate to an annual figure (contract)."""


class Settings(BaseSettings):
    """Typed settings; defaults are the product's documented behaviour."""

    model_config = SettingsConfigDict(env_prefix="SALARY_ETL_", extra="ignore")

    # --- paths ---------------------------------------------------------------------
    raw_dir: Path = Field(Path("raw"), description="Folder of raw article texts.")
    warehouse: Path = Field(Path("warehouse/salaries.duckdb"), description="DuckDB warehouse file.")
    file_glob: str = Field("*.txt", description="Which files under raw_dir are read (recursive).")

    # --- the Prefect API of ad-hoc runs (flows/server.py) ------------------------------
    prefect_server: Literal["background", "temporary"] = Field(
        "background",
        description=(
            "Without PREFECT_API_URL: 'background' starts a local Prefect server on first use and "
            "reuses it (runs start in ~3 s); 'temporary' lets Prefect start one inside every run "
            "(5-10 s more per run)."
        ),
    )
    server_idle_minutes: float = Field(
        30.0, gt=0, description="The background Prefect server stops after this long without a run."
    )

    # --- ingest limits ---------------------------------------------------------------

    max_file_bytes: int = Field(
        5_000_000, gt=0, description="Files larger than this are rejected (document-level error)."
    )

    # --- work distribution ---------------------------------------------------------------
    chunk_size: int = Field(
        10_000,
        gt=0,
        description=(
            "Files read, extracted and written per step of a run: the run's memory depends on this, "
            "not on the corpus size."
        ),
    )
    duckdb_memory_limit: str = Field(
        "256MB",
        description=(
            "Memory DuckDB may use during a run; beyond it DuckDB spills to disk (the tables keep no "
            "key index, so nothing of a run's size has to stay in memory). DuckDB fills what it may "
            "with cached pages as the staged run grows: at 512MB a 1M-document run peaked 0.2-0.3 GB "
            "higher and published ~40 % faster than at 256MB."
        ),
    )
    batch_size: int = Field(
        5000,
        gt=0,
        description="Documents per extraction task (a task ships this many texts, not the corpus).",
    )

    cross_check_page_records: int = Field(
        250_000,
        gt=0,
        description=(
            "Records judged together by the cross-document checks: whole occupations are paged "
            "(both checks compare within an occupation), so this bounds their memory (an occupation "
            "larger than this is judged in one page of its own)."
        ),
    )

    report_failures_listed: int = Field(
        200,
        gt=0,
        description=(
            "Failures listed per check in the Markdown and HTML reports and the Prefect table artifact "
            "(the JSON report and validation_failures hold all)."
        ),
    )
    reports_kept: int = Field(
        50,
        gt=0,
        description=(
            "Runs whose report files (md, html, json, explain pages) stay in the reports folder; older "
            "ones are removed after each run. The warehouse keeps every run: `salary-etl report --run ID` "
            "writes any report again."
        ),
    )
    report_documents_listed: int = Field(
        200,
        gt=0,
        description=(
            "Documents listed in a report's per-document section, each with its explain page "
            "(records, skipped euro amounts, what the text left unknown); the warehouse holds all."
        ),
    )

    # --- period inference by magnitude (used only when no period word is present) -----
    hourly_max_amount: float = Field(
        150.0, gt=0, description="A figure below this, with no period word, is read as hourly pay."
    )
    annual_min_amount: float = Field(
        20_000.0,
        gt=0,
        description=(
            "A figure from this up, with no period word, is read as yearly (below: monthly; "
            "a politician's or doctor's monthly pay reaches 15,000-20,000 €)."
        ),
    )
    unstated_hourly_min: float = Field(
        3.0,
        gt=0,
        description="A figure below this with no period word is no hour's pay (skipped as too_small).",
    )
    unstated_hourly_max: float = Field(
        40.0,
        gt=0,
        description=(
            "A figure from this up to hourly_max_amount with no period word fits no pay (an hour's "
            "rarely, a month's never): a fee or a price, skipped as unclear_period."
        ),
    )
    annual_stated_min: float = Field(
        5_000.0,
        gt=0,
        description="A figure called a year's under this is no year's pay (skipped as too_small).",
    )
    hourly_plausible_max: float = Field(
        500.0, gt=0, description="A period word 'per hour' is believed only for figures up to this."
    )
    monthly_plausible_min: float = Field(
        100.0,
        gt=0,
        description="A period word 'per month' is believed only for figures from this "
        "(a month's figure under it is skipped as too_small) ...",
    )
    monthly_plausible_max: float = Field(50_000.0, gt=0, description="... up to this.")
    annual_plausible_min: float = Field(
        1_000.0,
        gt=0,
        description=(
            "A period word 'per year' is believed only for figures from this up; an implausible "
            "period word belongs to another figure of the sentence, and the magnitude decides."
        ),
    )

    # --- record-level error bounds (contract) --------------------------------------------
    monthly_min: float = Field(500.0, gt=0, description="Smallest plausible monthly gross figure (EUR).")
    monthly_max: float = Field(50_000.0, gt=0, description="Largest plausible monthly gross figure (EUR).")
    consistency_tolerance: float = Field(
        0.01, ge=0, description="Allowed absolute difference (EUR) between stored and recomputed figures."
    )

    # --- checks across runs (schemas/runs.py, flows/metrics.py) --------------------------
    check_history_runs: int = Field(20, gt=0, description="Earlier runs a run's metrics are compared with.")
    check_min_history: int = Field(
        5, gt=0, description="No check across runs judges before this many earlier runs with data."
    )
    check_mad_threshold: float = Field(
        4.0,
        gt=0,
        description="How many median absolute deviations from the trailing median count as unusual.",
    )
    coverage_max_drop: float = Field(
        0.2,
        gt=0,
        description=(
            "The share of new or changed texts with a salary must also fall by more than this (absolute) "
            "below its usual median before the coverage check fails (a steady source has a tiny MAD)."
        ),
    )
    median_pay_max_change: float = Field(
        0.25, gt=0, description="Relative move of an occupation's median monthly pay that counts as unusual."
    )
    median_pay_min_records: int = Field(
        20, gt=0, description="Occupations need this many records in a run for their median pay to be judged."
    )
    source_fresh_days: float = Field(
        7.0, gt=0, description="Warn when no new or changed document arrived for this many days."
    )

    # --- warnings: suspicious but possible -------------------------------------------
    max_spread: float = Field(
        3.0, gt=0, description="Warn when a range's upper bound is more than this many times its lower bound."
    )
    source_disagreement_share: float = Field(
        0.5,
        gt=0,
        description=(
            "Warn when a figure for an occupation, city and seniority differs from the median of all "
            "sources for it by more than this share of that median (0.5 = 50 %)."
        ),
    )
    outlier_z: float = Field(
        3.5,
        gt=0,
        description="Warn when a monthly figure's robust z-score within its occupation exceeds this.",
    )
    outlier_min_records: int = Field(
        5, gt=0, description="Outliers are only judged for occupations with at least this many records."
    )

    @field_validator("duckdb_memory_limit")
    @classmethod
    def _memory_size(cls, value: str) -> str:
        if not MEMORY_SIZE.fullmatch(value.strip()):
            raise ValueError("a size such as 256MB, 1.5GB or 800MiB")
        return value.strip()

    @field_validator("file_glob")
    @classmethod
    def _pattern(cls, value: str) -> str:
        if not value.strip() or "/" in value:
            raise ValueError("a file name pattern such as *.txt (no folder)")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Settings:
        for low, high in ORDERED:
            if getattr(self, low) >= getattr(self, high):
                raise ValueError(
                    f"{ENV_PREFIX}{low.upper()} ({getattr(self, low):g}) must be below "
                    f"{ENV_PREFIX}{high.upper()} ({getattr(self, high):g})"
                )
        return self


ENV_PREFIX = "SALARY_ETL_"

MEMORY_SIZE = re.compile(r"(?i)\d+(\.\d+)?\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)")

ORDERED = [
    ("monthly_min", "monthly_max"),
    ("monthly_plausible_min", "monthly_plausible_max"),
    ("hourly_max_amount", "annual_min_amount"),
    ("unstated_hourly_min", "unstated_hourly_max"),
    ("unstated_hourly_max", "hourly_max_amount"),
]
"""Pairs of settings whose first must stay below the second."""

INTERNAL_VARIABLES = {"SALARY_ETL_TEST_PAUSE_BEFORE_COMMIT"}
"""``SALARY_ETL_`` variables that are not settings (test hooks)."""


class SettingsError(ValueError):
    """A ``SALARY_ETL_*`` value is not allowed: one line naming the variable, the value and
    what is allowed."""


def _explain(error: ValidationError) -> str:
    problems = []
    for found in error.errors():
        field = str(found["loc"][0]) if found["loc"] else ""
        reason = str(found["msg"]).removeprefix("Value error, ")
        if not field:  # a rule between settings: the message names them
            problems.append(reason)
            continue
        name = ENV_PREFIX + field.upper()
        problems.append(f"{name}={os.environ.get(name, found.get('input'))!r} is not allowed: {reason}")
    return "; ".join(problems)


def unknown_variables(environ: Mapping[str, str] | None = None) -> list[str]:
    """``SALARY_ETL_*`` variables that name no setting (a typo is otherwise silently ignored)."""
    known = {ENV_PREFIX + name.upper() for name in Settings.model_fields} | INTERNAL_VARIABLES
    return sorted(
        n
        for n in (os.environ if environ is None else environ)
        if n.upper().startswith(ENV_PREFIX) and n.upper() not in known
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment (``SettingsError`` if a
    value is not allowed)."""
    try:
        return Settings()
    except ValidationError as exc:
        raise SettingsError(_explain(exc)) from None


def resolve(path: Path | str) -> Path:
    """Resolve a user path: absolute stays absolute, relative is taken from the project root."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else PROJECT_ROOT / p
