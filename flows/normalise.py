"""Normalisation: stated figures to monthly and annual gross euros (contract rules).

monthly = annual / 12; annual = monthly x 12; hourly: monthly = hourly x 173.33,
annual = hourly x 2080. Figures are rounded to cents, as stored (``DECIMAL(12,2)``).
"""

from __future__ import annotations

import polars as pl

from flows.settings import HOURS_PER_MONTH, HOURS_PER_YEAR

MONTHLY_FACTOR = {"month": 1.0, "year": 1.0 / 12.0, "hour": HOURS_PER_MONTH}
"""Multiply a stated figure of this period by the factor to get the monthly equivalent."""

ANNUAL_FACTOR = {"month": 12.0, "year": 1.0, "hour": float(HOURS_PER_YEAR)}
"""Multiply a stated figure of this period by the factor to get the annual equivalent."""


def factor(table: dict[str, float], period: pl.Expr) -> pl.Expr:
    """The factor of ``table`` for each row's period (NULL for an unknown period)."""
    return period.replace_strict(table, default=None, return_dtype=pl.Float64)


def normalise(records: pl.DataFrame) -> pl.DataFrame:
    """Add ``currency``, ``monthly_min/max`` and ``annual_min/max`` to extracted records."""
    monthly = factor(MONTHLY_FACTOR, pl.col("period"))
    annual = factor(ANNUAL_FACTOR, pl.col("period"))
    return records.with_columns(
        currency=pl.lit("EUR"),
        monthly_min=(pl.col("amount_min") * monthly).round(2),
        monthly_max=(pl.col("amount_max") * monthly).round(2),
        annual_min=(pl.col("amount_min") * annual).round(2),
        annual_max=(pl.col("amount_max") * annual).round(2),
    )
