"""Normalisation of stated figures to monthly and annual equivalents (contract rules)."""

from __future__ import annotations

import polars as pl
from polars.testing import assert_frame_equal

from flows.normalise import normalise


def test_month_year_hour() -> None:
    stated = pl.DataFrame(
        {
            "period": ["month", "year", "hour", "month"],
            "amount_min": [4200.0, 68000.0, 15.0, None],
            "amount_max": [5500.0, None, 20.0, 5500.0],
        }
    )
    expected = stated.with_columns(
        currency=pl.lit("EUR"),
        monthly_min=pl.Series([4200.0, 5666.67, 2599.95, None]),
        monthly_max=pl.Series([5500.0, None, 3466.6, 5500.0]),
        annual_min=pl.Series([50400.0, 68000.0, 31200.0, None]),
        annual_max=pl.Series([66000.0, None, 41600.0, 66000.0]),
    )
    assert_frame_equal(normalise(stated), expected)
