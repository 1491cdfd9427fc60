"""Numbers: the groups of one matched amount (``patterns.amount``) as a value in euros.

``4.200`` → 4200, ``4.200,50`` → 4200.5, ``zwölf Euro`` → 12, ``68 T€``/``68k €``/``68 Tsd. €`` → 68 with a
thousand scale, ``1,2 Mio. €`` → 1.2 with a million scale. The scale is applied by the
statement (``statements.bounds``): a bare first bound of a range may share the second's.
"""

from __future__ import annotations

import polars as pl

from flows.extract import patterns as rx


def parse_amount(prefix: str) -> dict[str, pl.Expr]:
    """Columns ``<prefix>_value``, ``_currency`` (a currency sign or word is part of the
    amount), ``_thousand`` and ``_million`` (scale words) from the amount's groups."""
    written = pl.coalesce(f"{prefix}_num", f"{prefix}_gnum", f"{prefix}_glued", f"{prefix}_gplain")
    # (a glued figure may carry its cents: ``ca14,50 Euro``)
    # (blanks and dots mixed are two numbers: ``2021-11 187.000 Euro``, ``Gruppe 3 187.000 Euro`` —
    # the figure is the dotted part)
    written = written.str.replace(r"^[0-9]{1,3}[\s\u00a0\u202f\u2009]([0-9]{3}\.[0-9]{3})", "${1}")
    num = written.str.replace_all(r"[.\s\u00a0\u202f\u2009’']", "").str.replace(",", ".", literal=True)
    # A year stuck to a figure in a flattened table (``1. Januar 20219,50 Euro``): the year is
    # dropped. Only digits written without a separator (``19.000,00 €`` is nineteen thousand).
    num = (
        pl.when(written.str.contains(rx.YEAR_GLUED) & pl.col(f"{prefix}_dec").is_not_null())
        .then(num.str.slice(4))
        .otherwise(num)
    )
    word = pl.col(f"{prefix}_word").str.to_lowercase()
    fraction = pl.coalesce(f"{prefix}_dec", f"{prefix}_dot")
    value = pl.coalesce(
        num.cast(pl.Float64, strict=False),
        word.replace_strict(rx.NUMBER_WORDS, default=None, return_dtype=pl.Float64),
    ) + pl.when(fraction.is_not_null()).then(
        pl.concat_str(pl.lit("0."), fraction).cast(pl.Float64, strict=False)
    ).otherwise(0.0)
    suffix = pl.coalesce(
        f"{prefix}_suf",
        f"{prefix}_dsuf",
        f"{prefix}_nsuf",
        f"{prefix}_wsuf",
        f"{prefix}_gsuf",
        f"{prefix}_gpsuf",
    )
    # ``im April 2022 brutto 1.778 Euro``: a year before ``brutto`` is no amount.
    # ``in Stufe 3 brutto 3.800 Euro``: nor is a small whole number before ``brutto``.
    year_brutto = (
        suffix.str.contains(r"^\s*brutto")
        & (
            pl.col(f"{prefix}_num").str.contains(r"^(?:19|20)[0-9][0-9]$")
            | (pl.col(f"{prefix}_num").str.len_chars() <= 2)
        )
        & fraction.is_null()
    ).fill_null(False)
    # ``2,556 Millionen Euro``: three decimals of millions; elsewhere a comma before three digits
    # separates thousands (``3,500 Euro``: no euro amount has three decimals)
    three_decimals = pl.col(f"{prefix}_dec").str.len_chars().eq(3).fill_null(False)
    large = suffix.str.contains(rx.ci(f"{rx.MILLION_SCALE}|{rx.BILLION_SCALE}")).fill_null(False)
    value = pl.when(three_decimals & ~large).then((value * 1000).round(2)).otherwise(value)
    return {
        f"{prefix}_value": value,
        f"{prefix}_currency": (pl.col(f"{prefix}_pre").is_not_null() | suffix.is_not_null()) & ~year_brutto,
        f"{prefix}_thousand": suffix.str.contains(rx.ci(rx.THOUSAND_SCALE)).fill_null(False),
        f"{prefix}_million": suffix.str.contains(rx.ci(rx.MILLION_SCALE)).fill_null(False),
        f"{prefix}_billion": suffix.str.contains(rx.ci(rx.BILLION_SCALE)).fill_null(False),
    }


def scale(prefix: str, other: str) -> pl.Expr:
    """The factor of ``<prefix>``'s scale word; a bare bound below 1000 shares the scale of
    the other bound (``zwischen 4,2 und 5,5 Tsd. €``), one with its own digits never does
    (``zwischen 52.000 und 61k €`` stays 52,000)."""
    shares = ~pl.col(f"{prefix}_currency") & (pl.col(f"{prefix}_value") < 1000)
    factor = pl.lit(1.0)
    for word, times in (("thousand", 1e3), ("million", 1e6), ("billion", 1e9)):
        own = pl.col(f"{prefix}_{word}")
        factor = pl.when(own | (shares & pl.col(f"{other}_{word}"))).then(times).otherwise(factor)
    return factor
