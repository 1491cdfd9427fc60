"""Statements: amount-like statements in money sentences, with their shapes and bounds.

Every sentence naming a currency is cut into pieces (text before a statement plus the
statement); the running sum of piece lengths gives each statement's exact character span.
The statement's keyword (``bis zu``, ``ab``, ``rund``) and connector (``bis``, ``–``,
``zwischen … und``) give its bounds and flags.
"""

from __future__ import annotations

import re

import polars as pl

from flows.extract import patterns as rx
from flows.extract.numbers import parse_amount, scale
from flows.extract.text import (
    DOC_IDX,
    SENT_KEY,
    in_sentence,
    masked,
    same_sentence,
    start_within,
    with_shared,
)

OPEN_MIN_KEYWORDS = [
    "ab",
    "mindestens",
    "wenigstens",
    "zumindest",
    "mind.",
    "min.",
    "über",
    "mehr als",
    "weit über",
    "oberhalb von",
    "jenseits der",
    "jenseits von",
    "nicht unter",
    "nicht weniger als",
    "richtung",
    "in richtung",
    "nicht niedriger als",
    "besser als",
    "mindestens mit",
    "mindestens bei",
]
"""Keywords giving a lower bound only: ``ab 3.000 €`` is (3000, NULL), open-ended."""

UP_TO_KEYWORDS = [
    "bis zu",
    "bis hin zu",
    "bis",
    "maximal",
    "max.",
    "höchstens",
    "maximal auf",
    "höchstens auf",
    "maximal mit",
    "höchstens mit",
    "unter",
    "weniger als",
    "nicht mehr als",
    "nicht über",
    "kaum",
]
"""Keywords giving an upper bound only: ``bis zu 5.500 €`` is (NULL, 5500)."""

APPROX_KEYWORDS = [
    "um die",
    "um",
    "rund",
    "etwa",
    "ca.",
    "circa",
    "zirka",
    "knapp",
    "gut",
    "annähernd",
    "ungefähr",
    "gegen",
    "fast",
    "beinahe",
    "richtung",
    "in richtung",
]
"""Keywords marking an approximate figure: ``rund 4.000 €`` is (4000, 4000), approximate."""

_APPROX_BOUND = ["rund", "etwa", "ca.", "circa", "knapp", "gut", "ungefähr"]
OPEN_MIN_KEYWORDS += [
    f"{bound} {word}" for bound in ("ab", "mehr als", "oberhalb von") for word in _APPROX_BOUND
]
UP_TO_KEYWORDS += [f"{bound} {word}" for bound in ("bis", "bis zu") for word in _APPROX_BOUND]
APPROX_KEYWORDS += [
    f"{bound} {word}"
    for bound in ("ab", "bis", "bis zu", "mehr als", "oberhalb von")
    for word in _APPROX_BOUND
]
"""``bis rund 86.000 €`` is (NULL, 86000), approximate; ``ab etwa 3.000 €`` (3000, NULL)."""


_GROUP_NAMES = list(dict.fromkeys(re.findall(r"\(\?P<(\w+)>", rx.STATEMENT_GROUPS)))
_SHAPED_NAMES = set(re.findall(r"\(\?P<(\w+)>", rx.SHAPED_GROUPS))
"""The group names of the whole statement grammar and of its shaped-amount alternative."""


def _with_groups(stmt: pl.DataFrame) -> pl.DataFrame:
    """The groups of each statement (``patterns.STATEMENT_GROUPS``) as columns. A statement
    that does not open with a range's word (``zwischen``, ``von``, ``ab``, ``bei``,
    ``mindestens``) can only be a shaped amount: it is read with that alternative alone
    (``patterns.SHAPED_GROUPS``, the same groups; the capture engine is about twice as fast
    with the fewer groups)."""
    ranged = pl.col("stmt").str.contains(rx.RANGE_OPENS)
    full = masked(ranged, "stmt").str.extract_groups(rx.STATEMENT_GROUPS)
    shaped = masked(~ranged, "stmt").str.extract_groups(rx.SHAPED_GROUPS)
    return (
        stmt.with_columns(_full=full, _shaped=shaped)
        .with_columns(
            *(
                pl.coalesce(pl.col("_full").struct.field(n), pl.col("_shaped").struct.field(n)).alias(n)
                if n in _SHAPED_NAMES
                else pl.col("_full").struct.field(n).alias(n)
                for n in _GROUP_NAMES
            )
        )
        .drop("_full", "_shaped")
    )


def find_statements(sentences: pl.DataFrame) -> pl.DataFrame:
    """One row per amount-like statement with its offsets, groups and sentence context."""
    piece_len = pl.col("piece").str.len_chars()
    stmt = (
        sentences.filter(pl.col("sentence").str.contains(rx.MONEY_HINT) | pl.col("cur_block"))
        .with_columns(piece=pl.col("sentence").str.extract_all(rx.PIECE))
        .explode("piece")
        .drop_nulls("piece")
        .with_columns(piece_start=start_within(piece_len, ~same_sentence(1)))
        .with_columns(pre=pl.col("piece").str.replace(rx.FIRST_STATEMENT_ON, ""))
        .with_columns(stmt=pl.col("piece").str.slice(pl.col("pre").str.len_chars()))
        .pipe(_with_groups)
    )
    # (a plus before a percentage is a change's sign, no open tail: ``2.306 Euro+ 7 %``)
    signed = (pl.col("tail") == "+") & pl.col("sentence").str.slice(
        pl.col("piece_start") + piece_len
    ).str.contains(r"^\s*[0-9]+(?:,[0-9]+)?\s*%")
    stmt = stmt.with_columns(
        tail=pl.when(signed).then(None).otherwise("tail"),
        stmt=pl.when(signed).then(pl.col("stmt").str.strip_suffix("+")).otherwise("stmt"),
    )
    fields = (
        "pre",
        "gnum",
        "nsuf",
        "num",
        "dec",
        "dot",
        "suf",
        "dsuf",
        "word",
        "wsuf",
        "glued",
        "gsuf",
        "gplain",
        "gpsuf",
    )
    stmt = stmt.with_columns(
        *(pl.coalesce(f"a1_{f}", f"a3_{f}", f"a2_{f}").alias(f"a_{f}") for f in fields),
        *(pl.coalesce(f"b1_{f}", f"b3_{f}", f"b2_{f}").alias(f"b_{f}") for f in fields),
    ).with_columns(
        # (a figure glued to ``Euro`` is read like any other)
        a_num=pl.coalesce("a_num", "a_gnum"),
        b_num=pl.coalesce("b_num", "b_gnum"),
    )
    # ``bei 68.000 € bis 75.000 €`` is a plain range: ``bei`` opens a split range only when
    # words stand between its bounds, so the statement starts at the first amount.
    plain = pl.col("mid").eq("").fill_null(False) & pl.col("stmt").str.contains(r"^(?i:bei)\s")
    # ``über`` has no word boundary in the pattern: inside ``gegenüber`` it is no keyword, and
    # the statement starts at the figure (``44,71 gegenüber 29,37 Euro``).
    # (nor after ``sich freuen``: ``freuen sich Facharbeiter über 3.567 €`` is glad of it)
    # (nor ``kann sich über 73.000 Euro im Jahr freuen``: the verb after the figure)
    ueber = pl.col("kw").str.starts_with("über")
    glad_after = (
        masked(ueber & pl.col("pre").str.contains(r"(?-u:\b)sich\s+(?:[^\s,;:]+\s+){0,5}$"), "sentence")
        .str.slice(pl.col("piece_start") + piece_len)
        .str.contains(rx.GLAD_OF_AFTER)
        .fill_null(False)
    )
    inner_ueber = ueber & (
        pl.col("pre").str.contains(r"\p{L}$")
        | pl.col("pre").str.contains(rx.ci(f"{rx.GLAD_OF_BEFORE}|{rx.TALK_ABOUT_BEFORE}"))
        | glad_after
    )
    glued = pl.coalesce("a_glued", "a_gplain").is_not_null() & pl.col("kw").is_null()
    # (a grade's step glued between its letter and a cell with cents: ``TV-L 9b13.336,59 €`` is
    # step 1, 3.336,59 €)
    at = pl.col("piece_start") + pl.col("pre").str.len_chars()  # where the statement starts
    before = pl.when(at > 0).then(pl.col("sentence").str.slice(at - 1, 1))
    step_glued = (
        glued & before.str.contains(r"[0-9]") & pl.col("a_glued").str.contains(rx.STEP_GLUED)
    ).fill_null(False)
    lead = (
        pl.when(plain)
        .then(pl.col("stmt").str.extract(r"^((?i:bei)\s+)", 1).str.len_chars())
        .when(inner_ueber)
        .then(pl.col("stmt").str.extract(r"^(über\s*)", 1).str.len_chars())
        .when(step_glued)
        .then(2)
        .when(glued)  # ``Sachsen33.420 €``
        .then(1)
        .otherwise(0)
    )
    stmt = stmt.pipe(
        with_shared,
        pre=pl.concat_str("pre", pl.col("stmt").str.slice(0, lead)),
        # (the next line's capital glued to ``Euro`` is no part of the statement)
        stmt=pl.col("stmt").str.slice(lead).str.replace(r"(Euro)[A-ZÄÖÜ]$", "${1}"),
        kw=pl.when(inner_ueber.fill_null(False)).then(None).otherwise("kw"),
        a_glued=pl.when(step_glued).then(pl.col("a_glued").str.slice(1)).otherwise("a_glued"),
    )
    start_in_sent = pl.col("piece_start") + pl.col("pre").str.len_chars()

    stmt = stmt.with_columns(
        **parse_amount("a"),
        **parse_amount("b"),
        kw=pl.col("kw").str.to_lowercase().str.replace_all(r"\s+", " "),
        is_between=pl.col("a1_num").is_not_null(),
        s_in_sent=start_in_sent,
        e_in_sent=start_in_sent + pl.col("stmt").str.len_chars(),
    )
    # ``1,288 Millionen und …``: three decimals before a bare million word are decimals, no
    # thousands (``parse_amount`` reads ``3,500 Euro`` as 3,500)
    millions_after = (
        pl.col("a_dec").str.len_chars().eq(3)
        & pl.col("b_value").is_null()
        & ~pl.col("a_million")
        & pl.col("sentence")
        .str.slice(pl.col("e_in_sent"), 14)
        .str.to_lowercase()
        .str.contains(rx.SCALE_LEADS_GAP)
    ).fill_null(False)
    stmt = stmt.with_columns(
        a_value=pl.when(millions_after).then(pl.col("a_value") / 1000).otherwise("a_value")
    )
    # ``Küchenhilfe: 1462,-``: a figure written with ``,-`` is money, the currency left out (in a
    # sentence naming none: ``538,- Euro (netto ca. 428,-)`` says which figure is which)
    money_dash = pl.col("stmt").str.contains(rx.MONEY_DASH) & ~pl.col("sentence").str.contains(
        rx.CURRENCY_WORD
    )
    # ``ein durchschnittliches Jahresbruttogehalt von 43.100``: a figure written with thousands
    # right after a pay named for it is money, in a sentence naming no other currency
    pay_named = (
        pl.col("a_currency").not_()
        & pl.col("b_value").is_null()
        & pl.col("a_num").str.contains(rx.THOUSANDS_WRITTEN).fill_null(False)
        & pl.concat_str(pl.col("pre").str.tail(40), "stmt")
        .str.to_lowercase()
        .str.contains(rx.PAY_OF_FIGURE)
        .fill_null(False)
        & ~pl.col("sentence").str.contains(rx.OTHER_CURRENCY)
    )
    # (not a count of people whose pay it is: ``den Verdienst von 12.417 Absolventen``)
    after = masked(pay_named, pl.col("sentence").str.slice(pl.col("e_in_sent"), 20))
    pay_named = pay_named & ~(
        after.str.contains(rx.COUNT_NOUN_AFTER) & ~after.str.contains(rx.AMOUNT_WORD_AFTER)
    ).fill_null(False)
    stmt = stmt.with_columns(
        a_currency=pl.col("a_currency") | money_dash | pay_named,
        b_currency=pl.col("b_currency") | (money_dash & pl.col("b_value").is_not_null()),
    )
    # ``231,4 Millionen Euro – 10,4 Prozent mehr``: a dash before a percentage closes no range
    dashed = pl.col("b_value").is_not_null() & pl.col("conn").is_not_null() & ~pl.col("b_currency")
    percent = _percent_follows(dashed)
    stmt = stmt.with_columns(
        stmt=pl.when(percent).then(pl.col("stmt").str.replace(rx.RANGE_SECOND_BOUND, "")).otherwise("stmt"),
        **{c: pl.when(percent).then(None).otherwise(c) for c in ("b_value", "conn")},
    ).with_columns(e_in_sent=start_in_sent + pl.col("stmt").str.len_chars())
    # ``Mindestens 11,80 Euro bis 2023``: a bare year after ``bis`` is a date, no second bound
    # (the statement ends before it; a floor's word opening it is its keyword)
    year_after = (
        pl.col("a_currency")
        & ~pl.col("b_currency")
        & pl.col("b_dec").is_null()
        & pl.col("b_value").is_between(1990, 2099)
        & (
            (pl.col("a_value") * 20 < pl.col("b_value"))
            # (``von 1.500 Euro brutto monatlich bis 2020``: a period between, a year without a point)
            | (
                pl.col("stmt").str.contains(rx.YEAR_AFTER_PERIOD)
                & pl.col("b_num").str.contains(r"^[0-9]{4}$")
            )
            # (``ein Mindestlohn von 1.600 Euro bis 2022``: the currency right before ``bis``, a year
            # of this century after it, no currency of its own)
            | (
                pl.col("stmt").str.contains(rx.CURRENCY_THEN_YEAR)
                & pl.col("b_value").is_between(*rx.NEAR_YEARS)
            )
        )
        & pl.col("stmt").str.contains(rx.YEAR_AFTER_BIS)
    ).fill_null(False)
    stmt = stmt.with_columns(
        stmt=pl.when(year_after)
        .then(pl.col("stmt").str.replace(rx.PERIOD_THEN_YEAR, "").str.replace(rx.YEAR_AFTER_BIS, ""))
        .otherwise("stmt"),
        kw=pl.when(year_after & pl.col("kw").is_null())
        .then(pl.col("stmt").str.extract(r"(?i)^(mindestens|ab)(?-u:\b)", 1).str.to_lowercase())
        .otherwise("kw"),
        **{c: pl.when(year_after).then(None).otherwise(c) for c in ("b_value", "conn")},
    ).with_columns(e_in_sent=start_in_sent + pl.col("stmt").str.len_chars())
    # ``reicht von 2.804 Euro im Großhandel über 3.304 Euro … bis zu 3.601 Euro``: the stops of
    # a span are single figures, not open bounds.
    kw = pl.col("kw")
    opens_span = (kw == "von") | pl.col("pre").str.contains(r"(?i)(?-u:\b)von\s+(?:\S+\s+)?$")
    stop = (
        (kw == "über")
        & in_sentence(opens_span, 1).fill_null(False)
        & in_sentence(kw, -1).str.starts_with("bis")
    )
    stmt = (
        stmt.with_columns(_stop=stop.fill_null(False))
        .with_columns(
            kw=pl.when(
                pl.col("_stop")
                | (kw.str.starts_with("bis") & in_sentence(pl.col("_stop"), 1)).fill_null(False)
            )
            .then(None)
            .otherwise(kw)
        )
        .drop("_stop")
    )
    # ``um mehrere hundert Euro``: a number word after a vague quantity is no figure.
    vague = pl.col("a_word").is_not_null() & pl.col("pre").str.contains(rx.ci(rx.VAGUE_BEFORE))
    # A table's cell below ``(monatlich in Euro)``: a figure written as money is in euros.
    # (or a plain whole number of three to six digits that is no year, in a cell of a table row
    # whose figures are all written so: ``Maurer | 632 | 548 |``; beside a figure written as money,
    # ``| Maurer | 1250 | 2.900 |``, it is a count)
    # (read only in the cells of a table under a currency heading: ``cur_block``)
    in_table = pl.col("cur_block") & pl.col("sentence").str.contains("|", literal=True)
    row = in_table & ~masked(in_table, pl.col("sentence")).str.contains(rx.MONEY_WRITTEN_IN_ROW).fill_null(
        True
    )
    money_like = {
        p: pl.col(f"{p}_dec").is_not_null()
        | pl.col(f"{p}_num").str.contains(rx.THOUSANDS_WRITTEN).fill_null(False)
        | (
            row
            & pl.col(f"{p}_num").str.contains(r"^[1-9][0-9]{2,5}$").fill_null(False)
            & ~pl.col(f"{p}_value").is_between(1900, 2099).fill_null(False)
        )
        for p in ("a", "b")
    }
    # (a percentage is none: ``Erhöhung der Stundenlöhne`` ⏎ ``- in der Lohngruppe 1 um 8,5 %``)
    cell = pl.col("cur_block") & ~_percent_follows(pl.col("cur_block"))
    return stmt.with_columns(
        a_value=pl.when(vague).then(None).otherwise("a_value"),
        a_currency=pl.col("a_currency") | (cell & money_like["a"]),
        b_currency=pl.col("b_currency") | (cell & money_like["b"]),
    ).pipe(_split_descending_spans)


def _split_descending_spans(stmt: pl.DataFrame) -> pl.DataFrame:
    """``von 4.304 Euro in Hamburg bis 3.098 Euro in Mecklenburg-Vorpommern``: a ``von … bis``
    statement whose bounds each carry their own words and fall from the first to the second is
    a ranking from the top down, two figures of their own: it is cut into a ``von`` statement
    and a ``bis`` statement (the ``bis`` one then reads as a single figure,
    ``pipeline._descending_span_ends``). So is a span whose first bound carries a date in
    brackets (``steigt von 17,87 Euro (Januar 2023) bis 20,24 Euro (Januar 2026)``): the steps
    of a change, each a level, and so is a span whose first bound names its year of training
    or service (``von 550 Euro im ersten Lehrjahr bis zu 770 Euro im vierten``, ``patterns.
    STEP_BOUND_MID``), and so is a span whose second bound names a pay of its own (``ein
    Anfangsgehalt von … sowie ein Spitzengehalt von bis zu …``, ``patterns.OWN_PAY_MID``), and so
    is an old level and a new cap (``von 2.400 auf bis zu 3.600 Euro``, ``patterns.
    CHANGE_TO_CAP_MID``, the currency once or twice). Other
    ranges stay as stated: ``zwischen 5.500 € und 4.200 €`` is quarantined as backwards
    (contract)."""
    # (bounds that are two levels of their own: the steps of a dated change, of training years)
    steps = pl.col("mid").str.contains(rx.DATED_BOUND_MID) | pl.col("mid").str.contains(
        rx.ci(rx.STEP_BOUND_MID)
    )
    # (an old level and a new cap, the currency once or twice: ``von 2.400 auf bis zu 3.600 Euro``)
    to_cap = pl.col("mid").str.contains(rx.CHANGE_TO_CAP_MID)
    # (a start and what years of work bring: ``bei 2.931 Euro und kann im Laufe der Jahre auf bis
    # zu 3.979 € steigen``)
    gained = (
        pl.col("mid").str.contains(rx.EXPERIENCE_MID)
        & ~pl.col("mid").str.contains(rx.EXPERIENCE_NEGATED_MID)
        & pl.col("pre").str.tail(80).str.contains(rx.ci(rx.SENIORITY_ENTRY_NAMED))
    )
    cut = (
        pl.col("b_value").is_not_null()
        & ~pl.col("is_between")
        & ((pl.col("a_currency") & pl.col("b_currency")) | to_cap)
        & (
            pl.col("stmt").str.contains(r"^(?i:von)\s")
            | (gained & pl.col("stmt").str.contains(r"^(?i:bei)\s"))
        )
        & pl.col("mid").str.contains(r"\p{L}")
        & pl.col("stmt")
        .str.slice(pl.col("stmt").str.find(pl.col("mid"), literal=True) + pl.col("mid").str.len_chars())
        .str.contains(r"^\s*(?i:bis)\s")
        & (
            (pl.col("a_value") * scale("a", "b") > pl.col("b_value") * scale("b", "a"))
            | steps
            # (a pay of its own named for the second bound: two statements)
            | pl.col("mid").str.contains(rx.OWN_PAY_MID)
            | gained
            | to_cap
        )
    ).fill_null(False)
    if not stmt.select(cut.any()).item():
        return stmt.pipe(_split_signed_second)
    a_len, rest, b_start = _mid_cut()
    # (steps are levels: ``von 17,87 Euro (Januar 2023) bis 20,24 Euro``)
    second_kw = (
        pl.when(steps)
        .then(None)
        .otherwise(
            rest.str.strip_chars_start().str.extract(r"^((?i:bis)(?:\s+(?i:zu))?)\s", 1).str.to_lowercase()
        )
    )
    return _cut_statements(stmt, cut, a_len, b_start, pl.lit("von"), second_kw).pipe(_split_signed_second)


def _split_signed_second(stmt: pl.DataFrame) -> pl.DataFrame:
    """``55.425 € -4153 €``: a hyphen with a space before it and the digits right after it
    (``patterns.SIGNED_SECOND``) signs the figure after it (a difference in a table's next
    column), it joins no range: the statement is cut into its two figures."""
    cut = (
        (pl.col("conn") == "-")
        & pl.col("a_currency")
        & pl.col("b_currency")
        & pl.col("stmt").str.contains(rx.SIGNED_SECOND)
        & (
            pl.col("b_value") * scale("b", "a")
            <= pl.col("a_value") * scale("a", "b") * rx.SIGNED_SECOND_RATIO
        )
    ).fill_null(False)
    if not stmt.select(cut.any()).item():
        return stmt.pipe(_split_mixed_periods).pipe(_split_counted_first)
    # (the first figure ends before the blanks, the second starts at its sign)
    a_len = pl.col("stmt").str.extract(rx.SIGNED_SECOND_BEFORE, 1).str.len_chars()
    b_start = pl.col("stmt").str.extract(rx.SIGNED_SECOND_BEFORE_SIGN, 1).str.len_chars()
    return (
        _cut_statements(stmt, cut, a_len, b_start, pl.col("kw"), pl.lit(None, dtype=pl.String))
        .pipe(_split_mixed_periods)
        .pipe(_split_counted_first)
    )


def _mid_cut() -> tuple[pl.Expr, pl.Expr, pl.Expr]:
    """Where a split range is cut at its middle words (``mid``): the first figure's length, the
    rest after the middle words, and where the second figure starts."""
    a_len = pl.col("stmt").str.find(pl.col("mid"), literal=True)
    rest = pl.col("stmt").str.slice(a_len + pl.col("mid").str.len_chars())
    b_start = (
        a_len
        + pl.col("mid").str.len_chars()
        + rest.str.len_chars()
        - rest.str.strip_chars_start().str.len_chars()
    )
    return a_len, rest, b_start


def _split_counted_first(stmt: pl.DataFrame) -> pl.DataFrame:
    """``ab 180 Plätzen können bis zu 5785,20 Euro``: a bare first bound followed by a counted noun
    (``patterns.COUNT_NOUN_AFTER``) counts places or people, no euros: the statement is cut, its second
    figure stands alone (the first, bare, is no money)."""
    cut = (
        pl.col("b_value").is_not_null()
        & ~pl.col("a_currency")
        & pl.col("mid").str.contains(rx.COUNT_NOUN_AFTER).fill_null(False)
    )
    if not stmt.select(cut.any()).item():
        return stmt
    a_len, rest, b_start = _mid_cut()
    second_kw = (
        rest.str.strip_chars_start().str.extract(r"^((?i:bis)(?:\s+(?i:zu))?)\s", 1).str.to_lowercase()
    )
    return _cut_statements(stmt, cut, a_len, b_start, pl.lit(None, dtype=pl.String), second_kw)


def _period_named(text: pl.Expr) -> pl.Expr:
    """``month``, ``year`` or ``hour`` where ``text`` names one period (``patterns.PERIOD_*``), else NULL."""
    periods = {"month": rx.PERIOD_MONTH, "year": rx.PERIOD_YEAR, "hour": rx.PERIOD_HOUR}
    named = {p: text.str.contains(pattern).fill_null(False) for p, pattern in periods.items()}
    out = pl.lit(None, dtype=pl.String)
    for p in periods:
        alone = named[p]
        for other in periods:
            if other != p:
                alone = alone & ~named[other]
        out = pl.when(alone).then(pl.lit(p)).otherwise(out)
    return out


def _split_mixed_periods(stmt: pl.DataFrame) -> pl.DataFrame:
    """``zwischen 48.000 Euro p.a. und 4.500 Euro im Monat``: a ``zwischen`` range whose first bound
    names one period and whose second is followed by another is no range but two figures, each
    with its period: the statement is cut at its ``und``."""
    first = pl.col("stmt").str.extract(rx.BETWEEN_FIRST_BOUND, 1)
    after = pl.col("sentence").str.slice(pl.col("e_in_sent")).str.head(rx.BETWEEN_PERIOD_AFTER_MAX)
    candidate = pl.col("is_between").fill_null(False) & first.str.contains(
        rx.BETWEEN_PERIOD_AFTER_FIGURE
    ).fill_null(False)
    own = masked(candidate, first).str.extract(rx.BETWEEN_PERIOD_AFTER_FIGURE, 1)
    first_period = _period_named(own)
    second_period = _period_named(masked(candidate, after).str.extract(rx.PERIOD_OPENS_AFTER, 1))
    cut = (candidate & (first_period != second_period)).fill_null(False)
    if not stmt.select(cut.any()).item():
        return stmt
    a_len = first.str.len_chars()
    rest = pl.col("stmt").str.slice(a_len)
    b_start = a_len + rest.str.extract(r"^(\s+(?:und|u\.|bis)\s+)", 1).str.len_chars()
    none = pl.lit(None, dtype=pl.String)
    return _cut_statements(stmt, cut, a_len, b_start, none, none)


def _cut_statements(
    stmt: pl.DataFrame, cut: pl.Expr, a_len: pl.Expr, b_start: pl.Expr, first_kw: pl.Expr, second_kw: pl.Expr
) -> pl.DataFrame:
    """The statements where ``cut`` holds, each cut into its first figure (the ``a_len``
    characters of ``stmt``, keyword ``first_kw``) and its second (from ``b_start`` on, keyword
    ``second_kw``)."""
    stmt = stmt.with_columns(_cut=cut)
    cuts = stmt.filter("_cut")
    paired = [
        c for c in stmt.columns if c.startswith(("a_", "a1_", "a2_", "a3_")) and "b" + c[1:] in stmt.columns
    ]
    seconds = [c for c in stmt.columns if c.startswith(("b_", "b1_", "b2_", "b3_"))]
    first = cuts.with_columns(
        stmt=pl.col("stmt").str.slice(0, a_len),
        kw=first_kw,
        e_in_sent=pl.col("s_in_sent") + a_len,
        mid=None,
        conn=None,
        **dict.fromkeys(seconds),
    )
    second = cuts.with_columns(
        pre=pl.concat_str("pre", pl.col("stmt").str.slice(0, b_start)),
        stmt=pl.col("stmt").str.slice(b_start),
        s_in_sent=pl.col("s_in_sent") + b_start,
        kw=second_kw,
        mid=None,
        conn=None,
        **{c: pl.col("b" + c[1:]) for c in paired},
    ).with_columns(**dict.fromkeys(seconds))
    return (
        pl.concat([stmt.filter(~pl.col("_cut")), first, second], how="vertical_relaxed")
        .sort("sent_idx", "s_in_sent", maintain_order=True)
        .drop("_cut")
    )


def _share_forward(stmt: pl.DataFrame) -> pl.DataFrame:
    """A bare number takes the currency and scale of the next amount of its sentence when
    only ``patterns.CURRENCY_SHARED_GAP`` stands between them, or when it is the first bound of
    a range whose second bound carries a word of its own (``300.000 bis über 450.000 €``,
    ``300.000 bis knapp 450.000 €``: ``_bound_of_next``, which then also takes that bound's
    skip reason), unless it looks like a year or is far from that amount's size (more than three
    times); ``next_gap`` is that text."""
    nxt = {
        c: in_sentence(pl.col(c), -1)
        for c in ("a_currency", "a_value", "a_million", "a_thousand", "s_in_sent", "b_currency", "kw")
    }
    # (the next amount a range whose second bound names it: ``zwischen 530 und 630, im zweiten
    # Jahr zwischen 570 und 680 und im dritten Jahr zwischen 640 und 730 Euro``)
    nxt["a_currency"] = nxt["a_currency"] | nxt["b_currency"]
    gap = pl.col("sentence").str.slice(pl.col("e_in_sent"), nxt["s_in_sent"] - pl.col("e_in_sent"))
    value = pl.col("a_value")
    # (``3,4 Millionen statt 3,8 Millionen Euro``: a scale word after the bare number when the
    # next amount has it too)
    asks = ~pl.col("a_currency") & nxt["a_currency"].fill_null(False)
    scaled = masked(asks, gap).str.contains(rx.ci(rx.SCALE_LEADS_GAP)).fill_null(False)
    # (the first bound of a range whose second bound carries a word of its own: ``300.000 bis
    # über 450.000 €``, ``300.000 bis knapp 450.000 €``; it takes that bound's reason too,
    # ``_bound_of_next``)
    bound_of_next = (
        masked(asks, gap).str.contains(r"^\s*bis\s*$").fill_null(False)
        & nxt["kw"].is_in(["über", "mehr als"]).fill_null(False)
    ) | (
        masked(asks, gap).str.contains(r"^\s*$").fill_null(False)
        & nxt["kw"].str.starts_with("bis ").fill_null(False)
    )
    # (the old value after ``statt``, the new one closing the clause: ``Statt 1.610 gibt es ab Juni
    # 1.690 Euro``)
    instead_first = masked(asks, pl.col("pre")).str.contains(rx.INSTEAD_LEADS_BEFORE).fill_null(
        False
    ) & masked(asks, gap).str.contains(rx.INSTEAD_LEADS_GAP).fill_null(False)
    shares = (
        ~pl.col("a_currency")
        # (a bare range too: ``750 bis 900 und im dritten bis zu 950 Euro``)
        & (pl.col("b_value").is_null() | ~pl.col("b_currency"))
        & nxt["a_currency"].fill_null(False)
        & (
            masked(asks, gap)
            .str.replace(rx.ci(rx.SCALE_LEADS_GAP), "")
            .str.contains(rx.ci(rx.CURRENCY_SHARED_GAP))
            .fill_null(False)
            | bound_of_next
            | instead_first
        )
        & (~scaled | nxt["a_million"].fill_null(False))
        & ~_year_like()
        & (value * 3 >= nxt["a_value"])
        & (value <= nxt["a_value"] * 3)
        # (``$9.99 (ca. 8,89€)``: a figure in another currency)
        & ~masked(asks, pl.col("pre")).str.contains(rx.FOREIGN_BEFORE).fill_null(False)
        # (``der Lohngruppe 6 auf 13,82 €``: a grade's number)
        & ~masked(asks, pl.col("pre")).str.contains(rx.GRADE_BEFORE).fill_null(False)
        & ~_percent_follows(asks)
    )
    return stmt.pipe(
        with_shared,
        next_gap=gap,
        _bound_of_next=(pl.col("_bound_of_next") if "_bound_of_next" in stmt.columns else pl.lit(False))
        | (shares & bound_of_next),
        a_currency=pl.col("a_currency") | shares,
        b_currency=pl.col("b_currency") | (shares & pl.col("b_value").is_not_null()),
        a_million=pl.when(shares).then(nxt["a_million"]).otherwise(pl.col("a_million")),
        a_thousand=pl.when(shares).then(nxt["a_thousand"]).otherwise(pl.col("a_thousand")),
    )


def _percent_follows(asks: pl.Expr) -> pl.Expr:
    """Where ``asks``: a percentage sign or word right after the bare number (``8,4 Prozent``),
    which then shares no currency."""
    return (
        masked(asks, pl.col("sentence"))
        .str.slice(pl.col("e_in_sent"), 12)
        .str.contains(rx.ci(rx.PERCENT_AFTER))
        .fill_null(False)
    )


def _year_like() -> pl.Expr:
    value = pl.col("a_value")
    return pl.col("a_dec").is_null() & value.is_between(1900, 2099) & pl.col("a_num").str.len_chars().eq(4)


def share_currency(stmt: pl.DataFrame) -> pl.DataFrame:
    """A bare number takes the currency and scale of the next amount of its sentence when
    only ``patterns.CURRENCY_SHARED_GAP`` stands between them (``15,72 (zuvor: 15,26) Euro``;
    along a list: ``bei 450, 510 bzw. 595 Euro``), unless it looks like a year
    or is far from that amount's size (more than three times); or, after
    ``patterns.CURRENCY_SHARED_BACK_GAP``, those of the amount before it."""
    for _ in range(6):  # along a list of bare numbers (``640, 690, 785 und 850 Euro``)
        bare = ~stmt["a_currency"]
        stmt = _share_forward(stmt)
        if not (bare & stmt["a_currency"]).any():
            break
    for _ in range(6):  # along a list (``Zetsche (13,04 Millionen), Bock (10,96 Millionen), …``)
        bare = ~stmt["a_currency"]
        stmt = _share_back(stmt)
        if not (bare & stmt["a_currency"]).any():
            break
    return stmt


def _share_back(stmt: pl.DataFrame) -> pl.DataFrame:
    """A bare number after an amount takes its currency and scale (``share_currency``)."""
    value = pl.col("a_value")
    # ``14,60 Euro statt 13,20``: the amount before lends its currency to a bare number.
    prev = {
        c: in_sentence(pl.col(c), 1)
        for c in ("a_currency", "a_value", "a_million", "a_thousand", "e_in_sent")
    }
    # (read only for a bare number after an amount: masked inputs cost nothing)
    back_gap = masked(
        ~pl.col("a_currency") & prev["a_currency"].fill_null(False), pl.col("sentence")
    ).str.slice(prev["e_in_sent"], pl.col("s_in_sent") - prev["e_in_sent"])
    # ``erhalten 62.000 Euro jährlich, bei mehr als fünf Jahren Erfahrung gibt es 72.000.``: a
    # figure written with thousands closing a clause after an amount, no figure between them
    asks_back = ~pl.col("a_currency") & prev["a_currency"].fill_null(False)
    closes_clause = (
        masked(asks_back, pl.col("a_num")).str.contains(rx.THOUSANDS_WRITTEN).fill_null(False)
        & masked(asks_back, pl.col("sentence").str.slice(pl.col("e_in_sent"), 3))
        .str.contains(r"^\s*(?:[.;,)]|$)")
        .fill_null(False)
        & ~back_gap.str.contains(r"[0-9]").fill_null(True)
        & (back_gap.str.len_chars() <= rx.BARE_CLOSING_GAP_MAX).fill_null(False)
    )
    # ``… mit jährlich 8,09 Millionen Euro, gefolgt von X mit 6,83 Millionen.``: millions after
    # millions of euros, no noun after them (not ``1,2 Millionen Kunden``)
    millions_again = prev["a_million"].fill_null(False) & masked(
        asks_back & prev["a_million"], pl.col("sentence").str.slice(pl.col("e_in_sent"), 14)
    ).str.contains(rx.MILLIONS_AGAIN_AFTER).fill_null(False)
    borrows = (
        ~pl.col("a_currency")
        & pl.col("b_value").is_null()
        & prev["a_currency"].fill_null(False)
        & (
            (
                (
                    back_gap.str.contains(rx.ci(rx.CURRENCY_SHARED_BACK_GAP))
                    # (not in a row whose cells write their currency, two or more: a bare figure
                    # there is another column's, ``B-W 26,51 € 10,14 B-W 22,03 € 10,76``)
                    | (
                        back_gap.str.contains(rx.TABLE_CELL_GAP)
                        & pl.col("a_dec").is_not_null()
                        & (
                            (pl.col("a_currency").sum().over(SENT_KEY) < 2)
                            # (or of the size of the cell before: ``1.018,20 € 1.068,20``)
                            | (value / prev["a_value"]).is_between(*rx.TABLE_CELL_LIKE_RATIO)
                        )
                    )
                    | closes_clause
                    # (steps named after each figure: ``926 Euro im ersten, 988 im zweiten und 1050
                    # im dritten Jahr``)
                    | (
                        back_gap.str.contains(rx.ci(rx.STEP_NAMED_AFTER_GAP))
                        & masked(asks_back, pl.col("sentence").str.slice(pl.col("e_in_sent"), 24))
                        .str.contains(rx.ci(rx.STEP_NAMED_AFTER))
                        .fill_null(False)
                    )
                )
                & ~_year_like()
                & (value * 3 >= prev["a_value"])
                & (value <= prev["a_value"] * 3)
            )
            # (one person's millions beside a board's: no size check)
            | millions_again
        )
        # (``mit 3,34 Millionen Euro 8,4 Prozent weniger``: a percentage)
        & ~_percent_follows(asks_back)
        # (no noun counted in a bracket opened before the number: not ``(46.022 Angaben)``)
        & ~(
            back_gap.str.contains(r"\(\s*(?:[^\s():0-9]{3,30}\s*:\s*)?$")
            & masked(asks_back, pl.col("sentence").str.slice(pl.col("e_in_sent"), 12)).str.contains(
                r"^\s*[A-ZÄÖÜ]"
            )
            & ~masked(asks_back, pl.col("sentence").str.slice(pl.col("e_in_sent"), 12)).str.contains(
                r"^\s*(?:Mio|Mill|Mrd|Tsd|Tausend|Euro|EUR)"
            )
        )
    ).fill_null(False)
    # ``… mit 9,2 Millionen Euro. Allerdings liegt X mit gut 9,3 Millionen vor ihm``: millions,
    # no noun after them, in a sentence about pay one or two sentences after the text's last
    # figure, millions of euros
    after_millions = (
        ~pl.col("a_currency")
        & pl.col("b_value").is_null()
        & (pl.col(DOC_IDX).shift(1) == pl.col(DOC_IDX))
        & (pl.col("sent_idx") - pl.col("sent_idx").shift(1)).is_between(1, 2)
        & pl.col("a_million").shift(1)
        & pl.col("a_currency").shift(1)
    ).fill_null(False)
    after_millions = (
        after_millions
        & masked(after_millions, pl.col("sentence").str.slice(pl.col("e_in_sent"), 14))
        .str.contains(rx.MILLIONS_AGAIN_AFTER)
        .fill_null(False)
        & masked(after_millions, pl.col("sentence"))
        .str.to_lowercase()
        .str.contains(rx.PAID_MILLIONS)
        .fill_null(False)
    )
    borrows = borrows & ~after_millions
    return stmt.pipe(
        with_shared,
        a_currency=pl.col("a_currency") | borrows | after_millions,
        a_million=pl.when(borrows).then(prev["a_million"]).otherwise(pl.col("a_million") | after_millions),
        a_thousand=pl.when(borrows).then(prev["a_thousand"]).otherwise(pl.col("a_thousand")),
    )


SHARED_BOUND_KEYWORDS = [
    "mindestens",
    "wenigstens",
    "zumindest",
    "mind.",
    "min.",
    "über",
    "mehr als",
    "nicht unter",
    "nicht weniger als",
    "bis zu",
    "maximal",
    "max.",
    "höchstens",
    "unter",
    "weniger als",
    "nicht mehr als",
]
"""Bound words a figure listed right after passes on to it (``share_bound``); not ``ab`` nor
``bis`` (``ab 2.000 € und 2.500 € nach der Probezeit``: a start, then a step)."""
STRICT_BOUND_KEYWORDS = ["mindestens", "mind.", "min.", "bis zu", "maximal", "max.", "höchstens"]
"""Bound words passed on across a comma and the next figure's place too (``mindestens 9 Euro
pro Stunde, im Osten 8,50 Euro``)."""


def share_bound(money: pl.DataFrame) -> pl.DataFrame:
    """``mindestens 9,27 Euro in Ost und 9,49 Euro in West``, ``weniger als 9,62 Euro (im
    Westen) und 7,18 Euro (im Osten)``, ``bis zu 61.000 € und 58.500 € in Köln bzw. Bonn``: a
    figure without a word of its own, listed right after one with a bound word
    (``patterns.PARALLEL_GAP``: only a connector, after a bracket or a short place) and of like
    size (half to twice), is bounded the same way: its ``kw`` is that word."""
    prev_kw = in_sentence(pl.col("kw"), 1).str.to_lowercase()
    prev_value = in_sentence(pl.col("a_value"), 1)
    shared = (
        pl.col("kw").is_null()
        & pl.col("b_value").is_null()
        & prev_kw.is_in(SHARED_BOUND_KEYWORDS)
        & in_sentence(pl.col("b_value"), 1).is_null()
        & (pl.col("a_million") == in_sentence(pl.col("a_million"), 1))
        & (pl.col("a_thousand") == in_sentence(pl.col("a_thousand"), 1))
        & pl.col("a_value").is_between(prev_value / 2, prev_value * 2)
        & (
            masked(prev_kw.is_in(SHARED_BOUND_KEYWORDS), in_sentence(pl.col("next_gap"), 1)).str.contains(
                rx.ci(rx.PARALLEL_GAP)
            )
            | masked(prev_kw.is_in(STRICT_BOUND_KEYWORDS), in_sentence(pl.col("next_gap"), 1)).str.contains(
                rx.ci(rx.PARALLEL_COMMA_GAP)
            )
        )
    ).fill_null(False)
    return money.with_columns(kw=pl.when(shared).then(prev_kw).otherwise("kw"))


def bounds() -> dict[str, pl.Expr]:
    """Stated bounds and flags from the statement's shape."""
    kw = pl.col("kw").fill_null("")
    # ``22.07.2022 – 13,31 Euro`` is a date before a figure, not a range from 2022.
    # ``01.04.2022- 500 Euro`` too: a year-like first bound above the second is a date.
    year_first = (
        ~pl.col("a_currency") & pl.col("a_dec").is_null() & pl.col("a_value").is_between(1900, 2099)
    ) & (pl.col("b_value") < pl.col("a_value")).fill_null(False)
    # ``… bis S 17⏎bis zu 5.513 €``: a small bare number before ``bis zu`` and a figure more than
    # ten times its size is no lower bound (a pay group's number ending the line before); nor
    # before a table's empty cell ``-`` (``P 16 - 5.097 5.268``)
    year_first = year_first | (
        ~pl.col("a_currency")
        & pl.col("a_dec").is_null()
        & (pl.col("a_value") < 100)
        & (pl.col("a_value") * 10 < pl.col("b_value"))
        & (pl.col("conn").str.starts_with("bis zu") | pl.col("conn").is_in(["-", "–"]))
    ).fill_null(False)
    # (``FC Schalke 04 – 2,19 Mio. Euro``: a bare number before a dash above the figure after it
    # is a name's, no lower bound)
    year_first = year_first | (
        ~pl.col("a_currency")
        & pl.col("a_dec").is_null()
        & pl.col("conn").is_in(["-", "–"])
        & (pl.col("a_value") * scale("a", "b") > pl.col("b_value") * scale("b", "a"))
    ).fill_null(False)
    # (``Stufe 2 bis 7000 Euro``: a bare number after a grade's name before ``bis`` and a figure
    # more than ten times its size is the grade's number, no lower bound)
    grade_first = (
        ~pl.col("a_currency")
        & pl.col("a_dec").is_null()
        & (pl.col("a_value") < 100)
        & (pl.col("a_value") * 10 < pl.col("b_value"))
        & (pl.col("conn") == "bis")
        & pl.col("sentence").str.slice(0, pl.col("s_in_sent")).str.contains(rx.GRADE_NAME_BEFORE)
    ).fill_null(False)
    # (``2021-11 187.000 Euro``: a year glued to a month by a hyphen, then a figure far larger,
    # is a date before the figure)
    year_first = year_first | (
        ~pl.col("a_currency")
        & pl.col("a_dec").is_null()
        & pl.col("a_value").is_between(1900, 2099)
        & pl.col("stmt").str.contains(r"^[0-9]{4}-[0-9]")
        & (pl.col("b_value") > pl.col("a_value") * 10)
    ).fill_null(False)
    # (``für das Jahr 2026 bis zu 4.100 Euro``: a year written without a point before ``bis zu`` is a
    # date before the figure's cap, no lower bound)
    year_first = year_first | (
        ~pl.col("a_currency")
        & pl.col("a_dec").is_null()
        & pl.col("a_value").is_between(1900, 2099)
        & pl.col("stmt").str.contains(r"^(?:19|20)[0-9]{2}\s")
        & pl.col("conn").str.starts_with("bis zu")
        # (after a word of dates: not ``Erzieherinnen verdienen 2000 bis zu 2800 Euro``)
        & pl.col("sentence")
        .str.slice(0, pl.col("s_in_sent"))
        .str.contains(r"(?i)(?:jahr|jahre|für|seit|ab|im)\s*$")
    ).fill_null(False)
    year_first = year_first | grade_first
    has_range = pl.col("b_value").is_not_null() & ~year_first
    # (``ab 2019 werden bis zu 1.656 Euro``: after a year, the figure's own ``bis zu`` shapes it;
    # after a grade's number, its ``bis``)
    up_to_after_year = (year_first & pl.col("stmt").str.contains(rx.UP_TO_LAST_FIGURE)) | grade_first
    a = (
        pl.when(year_first)
        .then(pl.col("b_value") * scale("b", "a"))
        .otherwise(pl.col("a_value") * scale("a", "b"))
    ).round(2)
    b = (pl.col("b_value") * scale("b", "a")).round(2)
    # ``zwischen 5.500 € und 4.200 €`` stays as stated: the checks quarantine it (contract).
    return {
        "amount_min": pl.when(has_range)
        .then(a)
        .when(kw.is_in(UP_TO_KEYWORDS) | up_to_after_year)
        .then(None)
        .otherwise(a),
        # ``4.000 € oder mehr`` is at least 4.000 €: an adjacent open tail removes the upper
        # bound; after ``bis zu`` it keeps it (``bis zu 4.500 € und mehr`` is up to 4.500 €,
        # sometimes more: open-ended, like ``bis zu 5.500 €, manchmal darüber``).
        "amount_max": pl.when(has_range)
        .then(b)
        .when(kw.is_in(UP_TO_KEYWORDS))
        .then(a)
        .when(kw.is_in(OPEN_MIN_KEYWORDS) | pl.col("tail").is_not_null())
        .then(None)
        .otherwise(a),
        "is_approximate": kw.is_in(APPROX_KEYWORDS),
        "kw_open": ~has_range & kw.is_in(OPEN_MIN_KEYWORDS),
    }
