"""The extraction stages in order: every euro amount of a text ends as a record or as a
skipped amount with its reason."""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import polars as pl

from flows.extract import patterns as rx
from flows.extract.attribution import attribute
from flows.extract.context import (
    SENIORITY_CUES,
    contains_where,
    lower_where,
    period_fits,
    with_local_context,
    with_period,
    with_seniority,
    with_skip_reason,
)
from flows.extract.numbers import scale
from flows.extract.statements import (
    APPROX_KEYWORDS,
    UP_TO_KEYWORDS,
    bounds,
    find_statements,
    share_bound,
    share_currency,
)
from flows.extract.text import (
    DOC_IDX,
    DOC_KEY,
    SENT_KEY,
    in_sentence,
    lines_below,
    masked,
    split_sentences,
    text_units,
    with_shared,
)
from flows.settings import EXTRACTOR_VERSION, Settings, get_settings

RECORD_SCHEMA: dict[str, pl.DataType] = {
    "record_id": pl.String(),
    "document_id": pl.String(),
    "occupation": pl.String(),
    "city": pl.String(),
    "state": pl.String(),
    "seniority": pl.String(),
    "period": pl.String(),
    "period_inferred": pl.Boolean(),
    "amount_min": pl.Float64(),
    "amount_max": pl.Float64(),
    "is_open_ended": pl.Boolean(),
    "is_approximate": pl.Boolean(),
    "evidence": pl.String(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "statement": pl.String(),
    "line": pl.Int64(),
    "extractor_version": pl.String(),
}
"""The columns and types of ``Extraction.records``."""
RECORD_COLUMNS = list(RECORD_SCHEMA)

REPEAT_KEY = ["amount_min", "amount_max", "period", "occupation", "city"]
"""Two records of one text alike in all of these are one statement made twice (``repeated``;
not the level, which a list item repeating a figure may lack: ``2. Bjørn Gulden, Adidas, 9,1
Millionen Euro`` after ``Adidas-Chef Bjørn Gulden mit 9,1 Millionen Euro``)."""

PAY_OR_WORK = "|".join([rx.PAY_CONTEXT, rx.SENIORITY_ENTRY, rx.SENIORITY_EXPERIENCED, rx.SENIORITY_LEAD])
"""Words of pay, work, a period or a level (lower case; matched case-insensitively): a
statement whose sentence holds none is doubtful in a text about other money."""

SKIPPED_SCHEMA: dict[str, pl.DataType] = {
    "document_id": pl.String(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "mention": pl.String(),
    "reason": pl.String(),
}
SKIPPED_COLUMNS = list(SKIPPED_SCHEMA)
"""A euro amount that became no record: its span, its text and why (``patterns.NOT_PAY_REASONS``
codes, ``raise_or_difference`` for a small figure beside a raise word)."""


@dataclass(frozen=True)
class Extraction:
    """What extraction makes of a batch: records (``RECORD_COLUMNS``) and skipped euro
    amounts (``SKIPPED_COLUMNS``); together they hold every euro amount of the texts."""

    records: pl.DataFrame
    skipped: pl.DataFrame


def _neighbour_flags(stmt: pl.DataFrame) -> pl.DataFrame:
    """``prev_has_statement``/``next_has_statement``: the sentence before/after holds a kept
    statement (its cues then belong to that statement)."""
    with_statement = stmt.select(SENT_KEY).unique()
    for flag, shift in (("prev_has_statement", 1), ("next_has_statement", -1)):
        neighbours = with_statement.select(DOC_IDX, pl.col("sent_idx") + shift, pl.lit(True).alias(flag))
        stmt = stmt.join(neighbours, on=SENT_KEY, how="left", maintain_order="left")
    return stmt.with_columns(pl.col("prev_has_statement", "next_has_statement").fill_null(False))


def _with_text_flags(money: pl.DataFrame, sentences: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """Add what a statement's text says around it: ``executive_text`` (a document with a
    ``Mio.`` amount whose money lines speak of executives' pay), ``minijob_text`` (a
    document with an amount of a mini-job limit's size that speaks of mini-jobs) and
    ``benefit_text``, ``price_text`` and ``net_income_text`` (a document whose opening or
    title speaks of benefits, of rents and prices, or of disposable income, and not of pay; or
    whose opening declares its figures net, ``patterns.NET_FIGURES_DECLARED``),
    ``one_off_text`` (of one-off payments), ``allowance_text`` (of an honorary office's allowance),
    ``example_text`` (a calculator page by its title) and ``net_footnote`` (a figure starred under a
    footnote that declares the figures net, ``patterns.NET_FOOTNOTE``). Only the documents
    concerned are searched, and of them only the sentences naming money and those before."""
    sentence = pl.concat_str(pl.col("prev_sentence").fill_null(""), pl.lit(" "), "sentence")
    pay, executive = rx.EXECUTIVE_PAY
    flags = {
        "executive_text": (
            pl.col("a_million") | pl.col("b_million"),
            sentence.str.contains(rx.ci(executive)) & sentence.str.contains(rx.ci(pay)),
        ),
        "minijob_text": (
            pl.col("a_value").is_between(*rx.MINIJOB_LIMIT),
            sentence.str.contains(rx.ci(rx.MINIJOB)),
        ),
    }
    for name, (condition, says) in flags.items():
        concerned = money.filter(condition).select(DOC_IDX).unique()
        if concerned.is_empty():
            money = money.with_columns(pl.lit(False).alias(name))
            continue
        found = (
            money.join(concerned, on=DOC_IDX, how="semi")  # the money sentences of those documents
            .unique([DOC_IDX, "sent_idx"])
            .group_by(DOC_IDX)
            .agg(says.any().alias(name))
            .filter(name)
        )
        money = (
            money.with_columns(pl.lit(False).alias(name))
            if found.is_empty()
            else money.join(found, on=DOC_IDX, how="left", maintain_order="left").with_columns(
                pl.col(name).fill_null(False)
            )
        )
    first_line = pl.col("_opening").str.extract(rx.TITLE, 1)
    texts = docs.select(
        DOC_IDX,  # the opening and the title are read once, then judged for each topic
        _opening=pl.col("text").str.head(rx.BENEFIT_OPENING_CHARS),
    ).join(money.select(DOC_IDX).unique(), on=DOC_IDX, how="semi")
    texts = texts.select(
        DOC_IDX,
        _opening=pl.col("_opening").str.to_lowercase(),
        _title=masked(first_line.str.len_chars() <= rx.TITLE_MAX_CHARS, first_line).str.to_lowercase(),
    )
    # (a one-off text's opening is read with ``ohne Sonderzahlungen`` and the like blanked)
    texts = texts.with_columns(
        _blanked=pl.col("_opening").str.replace_all(rx.PAY_NOT_THRESHOLD, "_"),
        _title_blanked=pl.col("_title").str.replace_all(rx.PAY_NOT_THRESHOLD, "_"),
    )
    # A price text's opening must not even speak of getting money (``bekomme ich 15 €``).
    for name, topic, not_pay, opening, title in (
        ("benefit_text", rx.BENEFITS, rx.PAY_NAMES, pl.col("_opening"), pl.col("_title")),
        # (an honorary office's allowance: ``Ehrenamtliche Bürgermeister bekommen eine höhere
        # Aufwandsentschädigung``)
        ("allowance_text", rx.ALLOWANCE_TOPIC, rx.PAY_NAMES, pl.col("_opening"), pl.col("_title")),
        # (``Wer verdient am Führerschein?``: who profits from a price, no one's pay)
        (
            "price_text",
            rx.PRICES,
            rx.PRICE_TEXT_NOT_PAY,
            pl.col("_opening").str.replace_all(rx.PROFITS_FROM, "_"),
            pl.col("_title").str.replace_all(rx.PROFITS_FROM, "_"),
        ),
        (
            "one_off_text",
            rx.ONE_OFF_TOPIC,
            rx.ONE_OFF_TEXT_NOT_PAY,
            pl.col("_blanked"),
            pl.col("_title_blanked"),
        ),
        ("net_income_text", rx.NET_INCOME_TOPIC, rx.NET_INCOME_NOT, pl.col("_opening"), pl.col("_title")),
        # (prize money: ``… leben gut von den Preisgeldern ihrer Wettkämpfe``)
        ("prize_text", rx.PRIZE_TOPIC, rx.PRIZE_TEXT_NOT_PAY, pl.col("_opening"), pl.col("_title")),
        # (athletes' pay by the title alone: ``Gehälter in der Bundesliga``)
        ("sport_pay_text", rx.SPORT_PAY_TITLE, rx.NEVER, pl.lit(None, pl.String), pl.col("_title")),
        # (referees, paid per match: ``Was verdienen Schiedsrichter?``)
        ("match_fee_text", rx.MATCH_FEE_TOPIC, rx.NEVER, pl.col("_opening"), pl.col("_title")),
        # (a calculator page: its figures are examples, by its title alone)
        ("example_text", rx.CALCULATOR_TITLE, rx.CALCULATOR_NOT, pl.lit(None, pl.String), pl.col("_title")),
    ):
        about = texts.filter(
            (opening.str.contains(topic) & ~opening.str.contains(not_pay))
            | (title.str.contains(topic) & ~title.str.contains(not_pay)).fill_null(False)
        )
        money = money.with_columns(pl.col(DOC_IDX).is_in(about[DOC_IDX].implode()).alias(name))
    declared = texts.filter(pl.col("_opening").str.contains(rx.NET_FIGURES_DECLARED))
    money = money.with_columns(pl.col("net_income_text") | pl.col(DOC_IDX).is_in(declared[DOC_IDX].implode()))
    # A figure marked with a star whose footnote says the figures are net (``ca. 1.479 Euro* |`` …
    # ``* Beispiele der Netto-Gehälter …``): only the documents with a starred figure are read.
    starred = pl.col("sentence").str.slice(pl.col("e_in_sent"), 2).str.contains(r"^\s?\*").fill_null(False)
    concerned = money.filter(starred).select(DOC_IDX).unique()
    noted = (
        docs.join(concerned, on=DOC_IDX, how="semi")
        .filter(
            pl.col("text")
            .str.to_lowercase()
            .str.extract_all(rx.NET_FOOTNOTE)
            .list.eval(~pl.element().str.contains(rx.NET_FOOTNOTE_NOT))
            .list.any()
        )
        .select(DOC_IDX)
        if not concerned.is_empty()
        else concerned
    )
    return money.with_columns(net_footnote=starred & pl.col(DOC_IDX).is_in(noted[DOC_IDX].implode()))


def _led_lines(concerned: pl.DataFrame, lead: pl.Expr) -> pl.DataFrame:
    """The list or table lines right below a lead line (``text.lines_below``: ``LIST_ITEM``
    lines after a line where ``lead``, an expression over ``unit``, is not NULL; a line
    ending in a colon, or a heading naming pay without figures, is never an item), with their
    span and the lead's value: ``doc_idx``, ``unit_start``, ``_end``, ``_led``."""
    unit = pl.col("unit")
    # a heading about pay without figures (``Gehalt nach Erfahrung``) opens a block of its own
    # (a table's header cell, ``Grundentgelt |``, is none)
    heading = (
        ~unit.str.contains(r"[0-9]")
        & ~unit.str.contains("|", literal=True)
        & unit.str.to_lowercase().str.contains(rx.PAY_NAMES)
    )
    # (the line right after a lead is what it announces, list-like or not: ``… wie folgt aus:``
    # over ``Ab 01.11.2022 … monatlich 115 EUR, ab 01.08.2023 … 230 EUR, …``)
    announced = (
        lead.shift(1).is_not_null()
        & (pl.col(DOC_IDX).shift(1) == pl.col(DOC_IDX))
        & (unit.str.len_chars() <= rx.ANNOUNCED_LINE_MAX)
    ).fill_null(False)
    item = (unit.str.contains(rx.LIST_ITEM) & ~heading | announced) & ~unit.str.contains(rx.LEAD_LINE)
    return lines_below(text_units(concerned, money_only=False), lead, item).select(
        DOC_IDX, "unit_start", _end=pl.col("unit_start") + unit.str.len_chars(), _led="_led"
    )


def _sentences_led(frame: pl.DataFrame, lines: pl.DataFrame) -> pl.DataFrame:
    """``doc_idx``, ``sent_idx`` and ``_led`` of the sentences of ``frame`` in ``lines``."""
    return (
        frame.select(DOC_IDX, "sent_idx", "sent_start")
        .unique()
        .join(lines, on=DOC_IDX)
        .filter(pl.col("sent_start").is_between(pl.col("unit_start"), pl.col("_end"), closed="left"))
        .unique([DOC_IDX, "sent_idx"])
        .select(DOC_IDX, "sent_idx", "_led")
    )


def _with_lead_reason(money: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """``Die Kammer empfiehlt folgende Sätze:`` over a table, ``Die Prämie beträgt je nach
    Note:`` over a list: a line ending in a colon whose last sentence demands or recommends,
    or names a kind of payment that is no pay (``patterns.LEAD_REASONS``), governs the list or
    table lines right below it (``patterns.LIST_ITEM``); their amounts take its reason (a line
    naming base pay first, ``Grundgehalt 3.100 €``, keeps its own unless the lead demands or
    speaks of employers' costs). Only
    texts with a line ending in a colon are read line by line."""
    concerned = (
        docs.filter("_lead_marks")
        .join(money.filter(pl.col("reason").is_null()).select(DOC_IDX).unique(), on=DOC_IDX, how="semi")
        .filter(pl.col("text").str.contains_any(rx.LINE_ENDS_IN_COLON))
    )
    if concerned.is_empty():
        return money
    # (``ohne Zulagen:`` names no payment: the blanking of the reasons applies here too)
    lead_text = (
        pl.col("unit")
        .str.to_lowercase()
        .str.extract(rx.LEAD_LINE, 1)
        .str.replace_all(rx.PAY_NOT_THRESHOLD, "_")
    )
    lead_reason = pl.coalesce(
        [pl.when(lead_text.str.contains(words)).then(pl.lit(code)) for code, words in rx.LEAD_REASONS.items()]
        # (``ergeben sich folgende monatliche Nettobeträge:``; not over gross and net together)
        + [
            pl.when(
                lead_text.str.contains("netto", literal=True)
                & ~lead_text.str.contains("brutto", literal=True)
            ).then(pl.lit("net_pay"))
        ]
    )
    lines = _led_lines(concerned, lead_reason)
    if lines.is_empty():
        return money
    names_pay = pl.col("sentence").str.to_lowercase().str.contains(rx.BASE_PAY_LABEL)
    takes = pl.col("reason").is_null() & (
        # (a lead on what employers pay per pay group governs lines naming the group: ``folgende
        # Gesamtkosten in €/h:`` over ``- Lohngruppe 1 a 19,16 €``)
        pl.col("_led").is_in(["demand_or_proposal", "employer_cost"])
        | (pl.col("_led").is_not_null() & ~names_pay)
    )
    return (
        money.join(_sentences_led(money, lines), on=[DOC_IDX, "sent_idx"], how="left", maintain_order="left")
        .with_columns(reason=pl.when(takes.fill_null(False)).then("_led").otherwise("reason"))
        .drop("_led")
    )


def _with_floor_lead(money: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """``Lehrlingsentschädigung ab`` over ``1. Lehrjahr: 730 Euro`` …: a line without figures
    naming pay and ending in a floor's word, over a list (``patterns.FLOOR_LEAD_BEFORE``), makes
    the list's figures lower bounds (``kw`` ``ab``), where they carry no word of their own. Read
    from a window of the text before each figure, only in the texts holding such a line ending."""
    floor_docs = docs.filter(pl.col("text").str.contains_any(rx.FLOOR_LEAD_ENDS)).select(
        DOC_IDX, _text="text"
    )
    if floor_docs.is_empty():
        return money
    open_row = pl.col("kw").is_null() & pl.col("reason").is_null() & pl.col("_text").is_not_null()
    at = pl.col("sent_start") + pl.col("s_in_sent")
    start = pl.max_horizontal(at - rx.FLOOR_LEAD_REACH, pl.lit(0))
    # (a break put first: the lead line must start a line, not a window's cut)
    before = pl.concat_str(pl.lit("\n"), masked(open_row, pl.col("_text")).str.slice(start, at - start))
    return (
        money.join(floor_docs, on=DOC_IDX, how="left", maintain_order="left")
        .with_columns(
            kw=pl.when(before.str.contains(rx.FLOOR_LEAD_BEFORE).fill_null(False))
            .then(pl.lit("ab"))
            .otherwise("kw")
        )
        .drop("_text")
    )


def _with_restated_cents(money: pl.DataFrame) -> pl.DataFrame:
    """A single figure with cents that an earlier sentence of its text gave and that was skipped
    there as a ``restatement`` (a table's ``Jährliches Brutto | 21.496,44 €`` … ``verdient brutto
    im Jahr 21.496,44 €``): the same figure worked out again, a ``restatement`` too."""
    cents = pl.col("b_value").is_null() & (
        (pl.col("a_value") - pl.col("a_value").floor()).abs() > rx.CENTS_MIN
    )
    restated = (
        money.filter(cents & (pl.col("reason") == "restatement"))
        .group_by(DOC_IDX, "a_value")
        .agg(_restated_at=pl.col("sent_idx").min())
    )
    if restated.is_empty():
        return money
    return (
        money.join(restated, on=[DOC_IDX, "a_value"], how="left", maintain_order="left")
        .with_columns(
            reason=pl.when(
                pl.col("reason").is_null()
                & cents
                & (pl.col("_restated_at") < pl.col("sent_idx")).fill_null(False)
            )
            .then(pl.lit("restatement"))
            .otherwise("reason")
        )
        .drop("_restated_at")
    )


def _with_pair_period(kept: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """``von 10.814 Euro im Jahr 2006 auf 11.094 Euro``: the old and the new value of a change
    share the period that one of them states, when the other's is inferred and the stated one
    fits its size."""
    magnitude = pl.coalesce("amount_max", "amount_min")
    # (the text between this figure and the next one kept in its sentence)
    next_start = in_sentence(pl.col("s_in_sent"), -1)
    gap = pl.col("sentence").str.slice(pl.col("e_in_sent"), next_start - pl.col("e_in_sent"))
    old_value = masked(next_start.is_not_null(), gap).str.contains(rx.ci(rx.PAIR_GAP)).fill_null(False)
    # (the new value reads the old one's period, one row back; the old value the new one's, ahead)
    period, inferred = pl.col("period"), pl.col("period_inferred")
    takes = [
        (
            paired
            & inferred
            & in_sentence(~inferred, shift).fill_null(False)
            & period_fits(in_sentence(period, shift), magnitude, settings).fill_null(False),
            in_sentence(period, shift),
        )
        for paired, shift in ((in_sentence(old_value, 1).fill_null(False), 1), (old_value, -1))
    ]
    return kept.with_columns(
        period=pl.when(takes[0][0]).then(takes[0][1]).when(takes[1][0]).then(takes[1][1]).otherwise(period),
        period_inferred=inferred & ~takes[0][0] & ~takes[1][0],
    )


def _with_list_period(kept: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """``verdient die Kanzlerin dann monatlich 25.400 Euro (plus 343 Euro), ein Minister 21 845
    Euro``: a figure with no period word after one of its sentence that states a period, of like
    size (half to twice), goes on with that period when it fits (the period stays inferred)."""
    magnitude = pl.coalesce("amount_max", "amount_min")
    before = in_sentence(pl.col("period"), 1)
    takes = (
        pl.col("period_inferred")
        & ~in_sentence(pl.col("period_inferred"), 1)
        & (before != pl.col("period"))
        & in_sentence(magnitude, 1).is_between(magnitude / 2, magnitude * 2)
        & period_fits(before, magnitude, settings)
    ).fill_null(False)
    return kept.with_columns(period=pl.when(takes).then(before).otherwise("period"))


def _with_year_before(kept: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """``zwischen etwa 6.000 € und 24.000 € im Jahr`` ⏎ ``- Männer: 17.000 €``: a figure whose
    size fits a month and a year alike (``patterns.MONTH_OR_YEAR_MIN`` up to the year's least
    figure), inferred to be a month's, is a year's after a year's figure of a like size (within a
    factor of three; ``_with_period_before``)."""
    return _with_period_before(kept, "month", "year", (rx.MONTH_OR_YEAR_MIN, settings.annual_min_amount), 3)


def _with_month_before(kept: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """``Sein Gehalt wird nicht mehr 21.625 Euro im Monat betragen, sondern 23.003 Euro`` …
    ``Er bekommt nun 22.083 Euro statt 20.702 Euro``: a figure the size of a year's least ones
    (``Settings.annual_min_amount`` up to ``patterns.MONTH_LIKE_YEAR_MAX``), inferred to be a
    year's, is a month's after a month's figure of a like size (within a factor of 1.5; top
    politicians' and executives' monthly pay; ``_with_period_before``)."""
    return _with_period_before(
        kept, "year", "month", (settings.annual_min_amount, rx.MONTH_LIKE_YEAR_MAX), 1.5
    )


def _with_period_before(
    kept: pl.DataFrame, inferred: str, stated_period: str, sizes: tuple[float, float], factor: float
) -> pl.DataFrame:
    """A figure whose period was inferred as ``inferred`` and whose size is within ``sizes``
    (from, up to) takes ``stated_period`` when the last figure of its text stating a period, at
    most ``patterns.YEAR_BEFORE_SENTENCES`` sentences back, states that period and is of a like
    size (within ``factor``). The period stays inferred."""
    magnitude = pl.coalesce("amount_max", "amount_min")
    ambiguous = (
        pl.col("period_inferred")
        & (pl.col("period") == inferred)
        & magnitude.is_between(*sizes, closed="left")
    )
    if not kept.select(ambiguous.any()).item():
        return kept
    stated = ~pl.col("period_inferred")
    last = {
        name: pl.when(stated).then(expr).shift(1).forward_fill().over(DOC_IDX)
        for name, expr in (("_p", pl.col("period")), ("_m", magnitude), ("_s", pl.col("sent_idx")))
    }
    takes = (
        ambiguous
        & (pl.col("_p") == stated_period)
        & (pl.col("sent_idx") - pl.col("_s") <= rx.YEAR_BEFORE_SENTENCES)
        & (pl.col("_m") <= magnitude * factor)
        & (pl.col("_m") * factor >= magnitude)
    ).fill_null(False)
    return (
        kept.with_columns(**last)
        .with_columns(period=pl.when(takes).then(pl.lit(stated_period)).otherwise("period"))
        .drop("_p", "_m", "_s")
    )


def _with_kept_reasons(
    kept: pl.DataFrame, docs: pl.DataFrame, is_raise: pl.Expr, settings: Settings
) -> pl.DataFrame:
    """Add ``reason`` to the kept statements: a raise (``is_raise``), a difference column's
    cell, a table restated per year (``restatement``), and a size that fits no pay of its period
    (``too_small``, ``unclear_period``; settings ``monthly_plausible_min``, ``annual_stated_min``,
    ``unstated_hourly_min``, ``unstated_hourly_max``); NULL for the rest."""
    magnitude = pl.coalesce("amount_max", "amount_min")
    # (the last cell of a row under a header whose last column is a difference: ``Beruf | Mit
    # Ausbildung | Mit Meister | Gehaltssprung``)
    # (the texts holding such rows read whole, for the header)
    text = pl.col("text")
    row_end = pl.col("sentence").str.contains(rx.DIFFERENCE_ROW_END)
    difference_docs = docs.join(kept.filter(row_end).select(DOC_IDX).unique(), on=DOC_IDX, how="semi").filter(
        text.str.contains(rx.ci(rx.DIFFERENCE_COLUMN_HEADER))
    )[DOC_IDX]
    row = masked(pl.col(DOC_IDX).is_in(difference_docs.implode()), pl.col("sentence"))
    is_difference_cell = (row_end & ~row.str.slice(pl.col("e_in_sent")).str.contains(r"[0-9]")).fill_null(
        False
    )
    # (the figures under a title restating a table before it per year: ``Jahresbruttogehälter
    # (13 Monatsgehälter …)`` after the monthly table)
    restated_at = (
        docs.select(DOC_IDX, _restated_at=pl.col("text").str.find(rx.ci(rx.TABLE_RESTATED_PER_YEAR)))
        .filter(pl.col("_restated_at").is_not_null())
        .join(kept.select(DOC_IDX, _at=pl.col("sent_start") + pl.col("s_in_sent")), on=DOC_IDX)
        .group_by(DOC_IDX)
        .agg(pl.col("_restated_at").first(), _figures_before=(pl.col("_at") < pl.col("_restated_at")).any())
        .filter("_figures_before")
        .select(DOC_IDX, "_restated_at")
    )
    return (
        kept.join(restated_at, on=DOC_IDX, how="left", maintain_order="left")
        .pipe(
            with_shared,
            reason=pl.when(is_raise | is_difference_cell)
            .then(pl.lit("raise_or_difference"))
            .when((pl.col("sent_start") + pl.col("s_in_sent")) > pl.col("_restated_at"))
            .then(pl.lit("restatement"))
            # (a month's figure under the smallest plausible month's pay: a subscription, pocket
            # money, an allowance — ``Monatlich kündbar`` ⏎ ``9,90 €`` ⏎ ``monatlich``)
            .when(pl.col("period").eq("month") & (magnitude < settings.monthly_plausible_min))
            .then(pl.lit("too_small"))
            # (a year's under the smallest plausible year's pay, an hour's with no period word under
            # the smallest hour's: ``19,90 Euro im Jahr``, ``gab jedem 1 Euro``)
            .when(
                (
                    pl.col("period").eq("year")
                    & ~pl.col("period_inferred")
                    & (magnitude < settings.annual_stated_min)
                )
                | (
                    pl.col("period").eq("hour")
                    & pl.col("period_inferred")
                    & (magnitude < settings.unstated_hourly_min)
                )
            )
            .then(pl.lit("too_small"))
            # (no period word, and a size that fits no pay: ``Misten: 100 Euro``, ``sind 72 Euro fällig``)
            .when(
                pl.col("period").eq("hour")
                & pl.col("period_inferred")
                & (magnitude >= settings.unstated_hourly_max)
            )
            .then(pl.lit("unclear_period")),
        )
        .drop("_restated_at")
    )


def _with_lead_period(kept: pl.DataFrame, docs: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """``Monatliches Gehalt (brutto) |`` over a table, ``Jahresgrundgehälter je nach
    Berufsjahr:`` over a list, ``(monatlich in Euro)`` over a table's cells: a table's header
    row, a line ending in a colon or a line naming the currency, that names
    one period (and no amount) gives it to the figures below it that name none, when it
    fits their size (``period_inferred`` is then false)."""
    concerned = docs.filter("_lead_marks").join(
        kept.filter(pl.col("period_inferred")).select(DOC_IDX).unique(), on=DOC_IDX, how="semi"
    )
    if concerned.is_empty():
        return kept
    unit = pl.col("unit")
    words = {"month": rx.PERIOD_MONTH, "year": rx.PERIOD_YEAR, "hour": rx.PERIOD_HOUR}
    named = [unit.str.contains(rx.ci(w)) for w in words.values()]
    one_period = pl.sum_horizontal(named) == 1
    heads = (
        unit.str.contains(rx.LEAD_LINE)
        | unit.str.contains("|", literal=True)
        | unit.str.to_lowercase().str.contains(rx.CURRENCY_HEADER)
    ) & ~unit.str.contains(rx.ci(rx.MONEY_IN_TEXT))
    period = pl.coalesce(
        [pl.when(found).then(pl.lit(label)) for label, found in zip(words, named, strict=True)]
    )
    lines = _led_lines(concerned, pl.when(heads & one_period).then(period))
    if lines.is_empty():
        return kept
    magnitude = pl.coalesce("amount_max", "amount_min")
    takes = pl.col("period_inferred") & period_fits(pl.col("_led"), magnitude, settings).fill_null(False)
    return (
        kept.join(_sentences_led(kept, lines), on=[DOC_IDX, "sent_idx"], how="left", maintain_order="left")
        .with_columns(
            period=pl.when(takes).then("_led").otherwise("period"),
            period_inferred=pl.col("period_inferred") & ~takes,
        )
        .drop("_led")
    )


def _with_lead_seniority(kept: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """``Bruttodurchschnittsgehalt für Berufseinsteiger:`` over a list, ``Übersicht für
    Hochschulabsolventen:`` over a table: a line ending in a colon that names one seniority
    (``context.SENIORITY_CUES``) and no amount gives it to the figures below it whose own
    context names none (``unspecified``)."""
    concerned = docs.filter("_lead_marks").join(
        kept.filter(pl.col("seniority") == "unspecified").select(DOC_IDX).unique(), on=DOC_IDX, how="semi"
    )
    if concerned.is_empty():
        return kept
    unit = pl.col("unit")
    # (``je nach Erfahrung`` names no level; ``Fach- und Führungskräfte`` are all employees)
    # (the line's end, what it announces: a paragraph before it may speak of anything)
    neutral = (
        unit.str.tail(rx.LEAD_LINE_TAIL)
        .str.replace_all(rx.SENIORITY_NEUTRALISE, rx.SENIORITY_NEUTRALISED)
        .str.replace_all(rx.ci(rx.ALL_EMPLOYEES), "_")
    )
    named = [neutral.str.contains(rx.ci(cue)) for cue in SENIORITY_CUES.values()]
    heads = (
        unit.str.contains(rx.LEAD_LINE)
        & ~unit.str.contains(rx.ci(rx.MONEY_IN_TEXT))
        & ~neutral.str.contains(rx.ci(f"{rx.SENIORITY_NEUTRAL}|nachwuchs"))
        & (pl.sum_horizontal(named) == 1)
    )
    level = pl.coalesce(
        [pl.when(found).then(pl.lit(label)) for label, found in zip(SENIORITY_CUES, named, strict=True)]
    )
    lines = _led_lines(concerned, pl.when(heads).then(level))
    if lines.is_empty():
        return kept
    return (
        kept.join(_sentences_led(kept, lines), on=[DOC_IDX, "sent_idx"], how="left", maintain_order="left")
        .with_columns(
            seniority=pl.when((pl.col("seniority") == "unspecified") & pl.col("_led").is_not_null())
            .then("_led")
            .otherwise("seniority")
        )
        .drop("_led")
    )


def _with_net_note_two_back(money: pl.DataFrame) -> pl.DataFrame:
    """A note that the figures before were net (``Hierbei handelt es sich um Nettobeträge.``,
    ``patterns.NET_NOTE_PLURAL``) covers the two sentences before it when both hold figures
    (the one right before it is read by ``with_skip_reason``): ``net_pay``, unless the sentence
    says ``brutto``. Read from the figures' next sentences: no search of every sentence."""
    noted = money.filter(pl.col("next_sentence").str.contains("etto", literal=True)).filter(
        ~pl.col("next_sentence").str.contains(r"[0-9]")
        & pl.col("next_sentence").str.contains(rx.ci(rx.NET_NOTE_PLURAL))
    )
    if noted.is_empty():
        return money
    key = pl.col(DOC_IDX).cast(pl.Int64) * 2**32 + pl.col("sent_idx").cast(pl.Int64)
    targets = noted.select(key - 1).to_series()
    return money.with_columns(
        reason=pl.when(
            pl.col("reason").is_null()
            & key.is_in(targets.implode())
            & ~pl.col("sentence").str.contains("brutto", literal=True)
        )
        .then(pl.lit("net_pay"))
        .otherwise("reason")
    )


def _with_not_pay_columns(money: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """A table whose header names columns of no pay (``| Stufe | Brutto | Netto (SK I) | Netto
    (SK III) |``, ``| Kasse | Fixum | Variable Anteile | Gesamt |``,
    ``patterns.NOT_PAY_COLUMN_HEADER``): the figures of a row in those columns (the cell after as
    many ``|`` as the header's cell) take the column's reason (``patterns.NOT_PAY_COLUMNS``; a
    column other than a net one only in a row of the table right below the header, of as many
    cells). Only the texts holding such a header, and in them only the table rows, are read."""
    headed = docs.filter(
        pl.col("_lead_marks") & pl.col("text").str.contains(rx.NOT_PAY_COLUMN_HEADER)
    ).select(
        DOC_IDX,
        "text",
        _header=pl.col("text").str.extract(rx.NOT_PAY_COLUMN_HEADER, 1),
        # (in characters: ``find`` gives bytes)
        _header_at=pl.col("text")
        .cast(pl.Binary)
        .bin.head(pl.col("text").str.find(rx.NOT_PAY_COLUMN_HEADER))
        .cast(pl.String)
        .str.len_chars()
        .cast(pl.Int64),
    )
    if headed.is_empty():
        return money
    cells = pl.element().str.to_lowercase()
    kinds = pl.lit(None, dtype=pl.String)
    for reason, words in reversed(rx.NOT_PAY_COLUMNS.items()):
        names = cells.str.contains(words)
        if reason != "net_pay":
            names = names & ~cells.str.contains(rx.NOT_PAY_CELL_PAY)
        kinds = pl.when(names).then(pl.lit(reason)).otherwise(kinds)
    headed = headed.select(
        DOC_IDX,
        "text",
        "_header_at",
        _kinds=pl.col("_header").str.split("|").list.eval(kinds),
        _header_bars=pl.col("_header").str.count_matches("|", literal=True),
    )
    row = pl.col("reason").is_null() & pl.col("sentence").str.contains("|", literal=True)
    cell = (
        masked(row, pl.col("sentence")).str.slice(0, pl.col("s_in_sent")).str.count_matches("|", literal=True)
    )
    kind = pl.col("_kinds").list.get(cell.cast(pl.Int64), null_on_oob=True)
    aligned = masked(row, pl.col("sentence")).str.count_matches("|", literal=True) == pl.col("_header_bars")
    # (a row of the table right below the header: every line from the header to it holds a ``|``)
    at = pl.col("sent_start") + pl.col("s_in_sent")
    below = (at > pl.col("_header_at")) & ~masked(kind.is_not_null(), pl.col("text")).str.slice(
        pl.col("_header_at"), (at - pl.col("_header_at")).clip(lower_bound=0)
    ).str.contains(r"\n[^|\n]*\n")
    return (
        money.join(headed, on=DOC_IDX, how="left", maintain_order="left")
        .with_columns(
            reason=pl.when(
                row & ((kind == "net_pay") | (kind.is_not_null() & aligned & below)).fill_null(False)
            )
            .then(kind)
            .otherwise("reason")
        )
        .drop("text", "_header_at", "_kinds", "_header_bars")
    )


def _with_upper_columns(money: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """A table whose header names a column of caps (``Kasse | Grundvergütung | Höchstmögliche
    Bezüge``, ``patterns.UPPER_COLUMN_HEADER``): a figure without a bound word of its own in that
    column is an upper bound (``kw`` ``höchstens``). A row with one cell more than the header (a
    header without the rows' label cell) is read shifted by one. Only the texts holding such a
    header, and in them only the rows of the table right below it (lines holding ``|`` after
    the header, ``patterns.UPPER_COLUMN_TABLE_BEFORE``), are read."""
    cells = (
        pl.col("_header").str.strip_chars().str.strip_prefix("|").str.strip_chars_end("| \t").str.split("|")
    )
    headed = (
        docs.filter(pl.col("_lead_marks") & pl.col("text").str.contains("|", literal=True))
        .filter(pl.col("text").str.contains(rx.UPPER_COLUMN_HEADER))
        .select(DOC_IDX, _header=pl.col("text").str.extract(rx.UPPER_COLUMN_HEADER, 1))
        .select(
            DOC_IDX,
            _kinds=cells.list.eval(
                pl.when(pl.element().str.contains(rx.UPPER_COLUMN_CELL)).then(pl.lit("höchstens"))
            ),
        )
    )
    if headed.is_empty():
        return money
    row = (
        pl.col("kw").is_null()
        & pl.col("reason").is_null()
        & pl.col("sentence").str.contains("|", literal=True)
    )
    # (the row's line is read from the text: a sentence may run over several lines of a table;
    # only a window before the figure is cut out)
    at = pl.col("sent_start") + pl.col("s_in_sent")
    start = pl.max_horizontal(at - rx.UPPER_COLUMN_REACH, pl.lit(0))
    text = masked(row & pl.col("_kinds").is_not_null(), pl.col("text"))
    window = pl.concat_str(pl.lit("\n"), text.str.slice(start, at - start))
    under_header = window.str.contains(rx.UPPER_COLUMN_TABLE_BEFORE)
    before = window.str.extract(r"([^\n]*)$", 1).str.strip_chars_start()
    line = pl.concat_str(before, text.str.slice(at, rx.UPPER_COLUMN_REACH).str.extract(r"^([^\n]*)", 1))
    opens_with_bar = before.str.starts_with("|").cast(pl.Int64)
    cell = before.str.count_matches("|", literal=True) - opens_with_bar
    row_cells = (
        line.str.strip_prefix("|").str.strip_chars_end("| \t").str.count_matches("|", literal=True) + 1
    )
    shift = row_cells - pl.col("_kinds").list.len()
    kind = pl.col("_kinds").list.get((cell - shift).cast(pl.Int64), null_on_oob=True)
    return (
        money.join(headed, on=DOC_IDX, how="left", maintain_order="left")
        .join(docs.select(DOC_IDX, "text"), on=DOC_IDX, how="left", maintain_order="left")
        .with_columns(
            kw=pl.when(under_header & shift.is_between(0, 1) & (cell >= shift))
            .then(kind)
            .otherwise("kw")
            .fill_null(pl.col("kw"))
        )
        .drop("_kinds", "text")
    )


def _with_pay_context(money: pl.DataFrame, sentences: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """Skip as ``no_pay_context`` the pay-like statements whose sentence, the few sentences
    before it and the next one hold no word of pay or work (``patterns.PAY_CONTEXT``), in a
    text that never names pay (``STRONG_PAY``). Each wider look is taken only for the
    statements the narrower one left undecided."""
    pay_words = rx.ci(PAY_OR_WORK)
    unsure = money.filter(pl.col("reason").is_null() & ~pl.col("sentence").str.contains(pay_words)).select(
        DOC_IDX, "sent_idx"
    )
    if unsure.is_empty():
        return money
    # The sentences before (a heading, a list's opening line) or the next one.
    near = (
        sentences.join(unsure.select(DOC_IDX).unique(), on=DOC_IDX, how="semi")
        .with_columns(_has_pay=pl.col("sentence").str.contains(pay_words))
        .with_columns(
            _last=pl.when("_has_pay").then(pl.col("sent_idx")).forward_fill(),
            _last_doc=pl.when("_has_pay").then(pl.col(DOC_IDX)).forward_fill(),
        )
        .join(unsure.unique(), on=[DOC_IDX, "sent_idx"], how="semi")
        .filter(
            ~(
                (pl.col("_last_doc") == pl.col(DOC_IDX))
                & (pl.col("sent_idx") - pl.col("_last") <= rx.PAY_CONTEXT_SENTENCES)
            )
            .fill_null(False)
            .or_(pl.col("next_sentence").str.contains(pay_words).fill_null(False))
        )
        .select(DOC_IDX, "sent_idx")
    )
    # Where the neighbourhood says nothing either, the whole text decides.
    pay_texts = docs.join(near.select(DOC_IDX).unique(), on=DOC_IDX, how="semi").filter(
        pl.col("text").str.contains(rx.ci(rx.STRONG_PAY))
    )
    lost = near.join(pay_texts.select(DOC_IDX), on=DOC_IDX, how="anti").with_columns(_lost=pl.lit(True))
    if lost.is_empty():
        return money
    return (
        money.join(lost, on=[DOC_IDX, "sent_idx"], how="left", maintain_order="left")
        .with_columns(
            reason=pl.when(pl.col("reason").is_null() & pl.col("_lost").fill_null(False))
            .then(pl.lit("no_pay_context"))
            .otherwise("reason")
        )
        .drop("_lost")
    )


def _spans(docs: pl.DataFrame, frame: pl.DataFrame, with_line: bool = True) -> pl.DataFrame:
    """``char_start``/``char_end`` in the document, the ``statement`` text and (records)
    its ``line``."""
    spans = frame.with_columns(
        char_start=(pl.col("sent_start") + pl.col("s_in_sent")).cast(pl.Int64),
        char_end=(pl.col("sent_start") + pl.col("e_in_sent")).cast(pl.Int64),
    )
    if not with_line:  # the statement is the sentence's slice: no need for the whole text
        return spans.with_columns(
            statement=pl.col("sentence").str.slice(
                pl.col("s_in_sent"), pl.col("e_in_sent") - pl.col("s_in_sent")
            )
        )
    spans = spans.join(docs.select(DOC_IDX, "text"), on=DOC_IDX, how="left", maintain_order="left")
    # The line: the breaks before the statement. In document order each statement counts only
    # the breaks since the one before it (a running sum per document): every text is read once
    # instead of from its start for every statement.
    first = (pl.col(DOC_IDX) != pl.col(DOC_IDX).shift(1)).fill_null(True)
    since = pl.when(first).then(0).otherwise(pl.col("char_start").shift(1))
    in_order = spans.select(((pl.col("char_start") >= since) | first).all()).item()
    if in_order:
        breaks = pl.col("text").str.slice(since, pl.col("char_start") - since).str.count_matches("\n")
        running = pl.col("_breaks").cum_sum()
        line = running - pl.when(first).then(running - pl.col("_breaks")).forward_fill() + 1
        spans = spans.with_columns(_breaks=breaks).with_columns(line=line).drop("_breaks")
    else:
        spans = spans.with_columns(
            line=pl.col("text").str.slice(0, pl.col("char_start")).str.count_matches("\n") + 1
        )
    # (a currency word parted from a glued figure, ``2.310 Euro2.455 Euro``, read as ``Eur``: the
    # span takes its ``o`` back)
    parted = (
        pl.col("text")
        .str.slice(pl.col("char_end") - 3, 5)
        .str.contains(rx.EURO_PARTED_AT_END)
        .fill_null(False)
    )
    spans = spans.with_columns(char_end=pl.col("char_end") + parted.cast(pl.Int64))
    return spans.with_columns(
        statement=pl.col("text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")),
        line=pl.col("line").cast(pl.Int64),
    )


def _with_floor_or_ceiling(kept: pl.DataFrame) -> pl.DataFrame:
    """A single figure's bound that words around it turn open: a floor (``kaum jemand bekommt
    weniger als 2.900 €``, ``das Minimum liegt bei``, a floor going on over a list) or a ceiling
    (``Über 2.000 € kommt man kaum``, ``ist auf 2,17 Millionen Euro beschränkt``)."""
    # ``kaum jemand bekommt weniger als 2.900 €``: a negated upper bound is a floor.
    floor = (
        pl.col("kw").is_in(["weniger als", "unter"]).fill_null(False)
        & pl.col("pre_local").str.contains(rx.ci(rx.NEGATED_BEFORE)).fill_null(False)
        & (
            ~pl.col("pre_local").str.contains(rx.ci(rx.REASON_CLAUSE_BEFORE)).fill_null(False)
            | (
                pl.col("pre_local").str.contains(rx.ci(rx.NEGATED_IN_CLAUSE_BEFORE))
                # (the negation another verb's: ``dass sie keine Zulage bekommt und weniger als …``)
                & ~pl.col("pre_local")
                .str.extract(rx.ci(rx.AFTER_LAST_NEGATION), 1)
                .str.contains(rx.ci(rx.CLAUSE_JOINER))
                .fill_null(False)
            ).fill_null(False)
        )
    ) | (
        # (``Anfangsgehälter unter 34.000 Euro findet man kaum``: the negation after it)
        pl.col("kw").is_in(["weniger als", "unter"]).fill_null(False)
        & pl.col("post_local").str.contains(rx.ci(rx.NONE_BELOW_AFTER)).fill_null(False)
        & ~pl.col("post_local").str.contains(rx.ci(rx.NOWHERE_JOINED_AFTER)).fill_null(False)
    )
    # ``Über 2.000 € kommt man kaum``: a floor nobody passes is a ceiling.
    # ``Als Einstieg bekommen Fahrer selten mehr als 1.800 Euro``: so is one few pass.
    more = pl.col("kw").str.to_lowercase().is_in(["über", "mehr als", "besser als"]).fill_null(False)
    ceiling = more & (
        pl.col("post_local").str.contains(rx.ci(rx.CAPPED_AFTER)).fill_null(False)
        | (
            pl.col("pre_local").str.contains(rx.ci(rx.RARELY_BEFORE))
            & ~pl.col("pre_local").str.contains(rx.ci(rx.NOT_RARELY_BEFORE))
        ).fill_null(False)
    )
    # ``Die Vergütung ist auf 2,17 Millionen Euro beschränkt``: a cap is a ceiling; so is the top.
    ceiling = ceiling | (
        (pl.col("kw").is_null() | pl.col("kw").is_in(APPROX_KEYWORDS))
        & pl.col("b_value").is_null()
        & (
            (
                pl.col("pre_local").str.contains(r"(?i)(?-u:\b)auf\s*$")
                & pl.col("post_local").str.contains(rx.ci(rx.CAPPED_AT))
            )
            # (``bei zwölf Millionen Euro ist Schluss``)
            | (
                pl.col("pre_local").str.contains(r"(?i)(?-u:\b)bei\s*$")
                & pl.col("post_local").str.contains(rx.ci(rx.CLOSED_AT_AFTER))
            )
            | pl.col("pre_local").str.contains(rx.ci(rx.AT_THE_TOP_BEFORE))
            # (``kann sich bis auf 2.900 Euro brutto steigern``)
            | (
                pl.col("pre_local").str.contains(rx.ci(rx.UP_TO_RISE_BEFORE))
                & pl.col("post_local").str.contains(rx.ci(rx.UP_TO_RISE_AFTER))
            )
            | pl.col("pre_local").str.contains(rx.ci(rx.MAXIMUM_IS_BEFORE))
            | pl.col("left").str.contains(rx.ci(rx.UPPER_LIMIT_BEFORE))
        )
    ).fill_null(False)
    # (``bei einem Stundenlohn von 13,04 Euro ist Schluss``: the pay named between)
    ceiling = ceiling | (
        (pl.col("kw").str.to_lowercase() == "von")
        & pl.col("b_value").is_null()
        & pl.col("pre_local").str.contains(rx.ci(rx.CLOSED_AT_BEFORE))
        & pl.col("post_local").str.contains(rx.ci(rx.CLOSED_AT_AFTER))
    ).fill_null(False)
    # (``ein maximales Notfallsanitäter-Gehalt von 4.300 Euro``, ``einem Maximum von 253.000
    # Euro``: the ``von`` is the statement's own word)
    # (``ein maximales Gehalt von ca. 2.700 €``: an approximation's word after the ``von``)
    von = (pl.col("kw").str.to_lowercase() == "von") | pl.col("kw").is_in(APPROX_KEYWORDS)
    ceiling = ceiling | (
        von & pl.col("b_value").is_null() & pl.col("pre_local").str.contains(rx.ci(rx.MAXIMUM_NAMED_BEFORE))
    ).fill_null(False)
    floor = floor | (
        von & pl.col("b_value").is_null() & pl.col("pre_local").str.contains(rx.ci(rx.MINIMUM_NAMED_BEFORE))
    ).fill_null(False)
    floor = floor | (
        pl.col("kw").is_null()
        & pl.col("b_value").is_null()
        & (
            pl.col("pre_local").str.contains(rx.ci(rx.MINIMUM_IS_BEFORE))
            | pl.col("pre_local").str.contains(rx.MINIMUM_BUT_BEFORE)
            # (``kann das Einkommen sogar 5.000 Euro überschreiten``: pay passing a figure)
            | (
                pl.col("post_local").str.contains(rx.ci(rx.LIMIT_VERB_AFTER))
                & pl.col("pre_local").str.contains(rx.ci(rx.PAY_SUBJECT_BEFORE))
            )
            # (``darf die Mindestvergütung 620 € nicht unterschreiten``: a minimum not to undercut)
            | (
                pl.col("post_local").str.contains(rx.ci(rx.UNDERCUT_AFTER))
                & pl.col("pre_local").str.contains(rx.ci(rx.MINIMUM_PAY_BEFORE))
            )
        )
    ).fill_null(False)
    # (a floor goes on over a list: ``verdienen Gesellen mindestens 15,60 Euro in der Stunde,
    # ungelernte Arbeitskräfte 13,90 Euro``)
    # (and on along it, each item a bare figure after a listing gap: ``mindestens 515 Euro im ersten
    # Jahr, 608 Euro im zweiten und 695 Euro im dritten``)
    listed = (
        pl.col("kw").is_null()
        & pl.col("b_value").is_null()
        & pl.col("pre_local").str.contains(rx.ci(rx.LIST_FLOOR_GAP))
        & ~pl.col("pre_local").str.contains(rx.ci(rx.LIST_FLOOR_BREAK))
    )
    floor = floor | (
        listed
        & pl.any_horizontal(
            [
                in_sentence(pl.col("kw"), k).is_in(FLOOR_WORDS)
                & in_sentence(pl.col("b_value"), k).is_null()
                & pl.all_horizontal([in_sentence(listed, j) for j in range(1, k)] or [pl.lit(True)])
                for k in (1, 2, 3)
            ]
        )
    ).fill_null(False)
    # (a sign before the figure: ``> 48.500``, ``< 3.000 €``)
    bare_single = (pl.col("kw").is_null() | pl.col("kw").is_in(APPROX_KEYWORDS)) & pl.col("b_value").is_null()
    floor = floor | (bare_single & pl.col("pre_local").str.contains(r"(?:>|≥|&gt;)\s*$")).fill_null(False)
    ceiling = ceiling | (bare_single & pl.col("pre_local").str.contains(r"(?:<|≤|&lt;)\s*$")).fill_null(False)
    # (a pay named the maximum: ``das maximale Tarifgehalt liegt bei …``)
    ceiling = ceiling | (
        bare_single & pl.col("pre_local").str.contains(rx.ci(rx.MAX_PAY_NAMED_BEFORE))
    ).fill_null(False)
    # (a comparative before an approximate figure: ``weniger als rund 1650 Euro``, ``mehr als
    # etwa 3.000 Euro``)
    approx_single = pl.col("kw").is_in(APPROX_KEYWORDS) & pl.col("b_value").is_null()
    ceiling = ceiling | (
        approx_single & pl.col("pre_local").str.contains(rx.ci(rx.CAP_BEFORE_APPROX))
    ).fill_null(False)
    floor = floor | (
        approx_single & pl.col("pre_local").str.contains(rx.ci(rx.FLOOR_BEFORE_APPROX))
    ).fill_null(False)
    return kept.pipe(
        with_shared,
        amount_min=pl.when(floor).then("amount_max").when(ceiling).then(None).otherwise("amount_min"),
        amount_max=pl.when(floor).then(None).when(ceiling).then("amount_min").otherwise("amount_max"),
        kw_open=pl.col("kw_open") | floor | ceiling,
    )


def _join_modified_ranges(kept: pl.DataFrame, from_to_docs: pl.Series) -> pl.DataFrame:
    """``knapp 60.000 € bis gut 75.000 €``, ``zwischen 2.200 € und im besten Fall 2.800 €``:
    two single figures of one sentence, next to each other, joined by ``bis`` (or ``und``
    after ``zwischen``) across modifiers of the second, in the same period, the second larger
    but not more than three times the first, are one range: the first statement takes the
    second's figure as its upper bound and its span; the second is part of it. The first may be a
    floor ended by ``bis`` (``knapp über 41.000 Euro bis zu knapp 47.000 Euro``: one range, not
    open), the second a figure open upwards (``400.000 bis über 600.000 €``: an open range). So
    are a row's two cells in the texts of ``from_to_docs`` (a table header naming a lower and an
    upper column)."""
    if kept.height < 2:
        return kept
    kept = kept.sort(DOC_IDX, "sent_idx", "s_in_sent")
    nxt = {c: pl.col(c).shift(-1) for c in (DOC_IDX, "sent_idx", "s_in_sent", "e_in_sent", "amount_min",
                                            "amount_max", "period", "b_value", "is_approximate", "kw")}  # fmt: skip
    single = pl.col("b_value").is_null() & (pl.col("amount_min") == pl.col("amount_max"))
    # (``knapp über 41.000 Euro bis zu knapp 47.000 Euro``: a floor whose ``bis`` ends it)
    first_floor = (
        pl.col("kw").is_in(["über", "mehr als"]).fill_null(False)
        & pl.col("b_value").is_null()
        & pl.col("amount_max").is_null()
    )
    gap = pl.col("next_gap").fill_null("")
    from_to = pl.col(DOC_IDX).is_in(from_to_docs.implode())
    # ``knapp 40.000 € bis gut 52.000 €``: the second figure's keyword may hold the ``bis``.
    bis_kept = nxt["kw"].str.starts_with("bis ").fill_null(False) & gap.str.contains(r"^\s*$")
    same_sentence = (nxt[DOC_IDX] == pl.col(DOC_IDX)) & (nxt["sent_idx"] == pl.col("sent_idx"))
    # ``1.000 Euro (1. Jahr) bis 1.140 Euro (3. Jahr)``: a bracket between the figures
    # (the bracket's bare numbers stand between them: read the sentence itself)
    bis_bracket = (
        (nxt["kw"].eq("bis") | nxt["kw"].str.starts_with("bis "))
        & same_sentence
        & masked(same_sentence & nxt["kw"].str.starts_with("bis"), pl.col("sentence"))
        .str.slice(pl.col("e_in_sent"), nxt["s_in_sent"] - pl.col("e_in_sent"))
        .str.contains(rx.BRACKET_ONLY)
    ).fill_null(False)
    bis_kept = bis_kept | bis_bracket
    # ``300.000 bis über 450.000 €``: a second figure open upwards ends an open range
    over_next = nxt["kw"].is_in(["über", "mehr als"]).fill_null(False) & nxt["amount_max"].is_null()
    upper = pl.when(bis_kept).then(nxt["amount_max"]).otherwise(nxt["amount_min"])
    joins = (
        same_sentence
        & ((nxt["s_in_sent"] == pl.col("e_in_sent") + gap.str.len_chars()) | bis_bracket)
        & (single | (first_floor & bis_kept))
        & nxt["b_value"].is_null()
        & ((nxt["amount_min"] == nxt["amount_max"]) | bis_kept | over_next)
        & (nxt["period"] == pl.col("period"))
        & (upper > pl.col("amount_min"))
        & (upper <= pl.col("amount_min") * 3)
        & (
            bis_kept
            | gap.str.contains(rx.ci(rx.RANGE_ACROSS_MODIFIERS_BIS))
            | (
                gap.str.contains(rx.ci(rx.RANGE_ACROSS_MODIFIERS_UND))
                & pl.col("left").str.contains(rx.ci(rx.BETWEEN_BEFORE))
            )
            # (two cells of a table whose header names them ``von | bis``, in the row's line or
            # above it in the text: ``Einrichtung | Gehalt Minimum | Gehalt Maximum |``)
            | (
                gap.str.contains(rx.TABLE_CELL_GAP)
                & (
                    pl.col("sentence").str.contains(rx.ci(rx.FROM_TO_HEADER))
                    # (a row of exactly two figures: another table of the text keeps its cells)
                    | (masked(from_to, "sentence").str.count_matches(rx.FIGURE_WITH_CURRENCY) == 2)
                )
            )
        )
    ).fill_null(False)
    # ``mindestens 300 Euro brutto, maximal 3.800 Euro``: a floor and a cap, one range
    floor_cap = (
        same_sentence
        & (nxt["s_in_sent"] == pl.col("e_in_sent") + gap.str.len_chars())
        & pl.col("kw").is_in(FLOOR_WORDS)
        & pl.col("amount_max").is_null()
        & (
            (
                nxt["kw"].is_in(CAP_WORDS)
                & nxt["amount_min"].is_null()
                & gap.str.contains(rx.ci(rx.FLOOR_CAP_GAP))
            )
            # (``mindestens 21.300 € und im besten Fall 33.100 €``)
            | (
                nxt["b_value"].is_null()
                & (nxt["amount_min"] == nxt["amount_max"])
                & gap.str.contains(rx.ci(rx.FLOOR_BEST_CASE_GAP))
            )
        )
        & (nxt["period"] == pl.col("period"))
        & (nxt["amount_max"] > pl.col("amount_min"))
    ).fill_null(False)
    # ``reichen von rund 4.500 € / Monat in privaten Kliniken bis zu 4.840 € in Unikliniken``, ``reicht
    # von weniger als 40.000 Euro bis über 400.000 Euro``: a span's two ends across the words of each
    # (a verb of a span before it: the ends may lie far apart)
    low_end = pl.coalesce("amount_min", "amount_max")
    high_end = pl.coalesce(nxt["amount_max"], nxt["amount_min"])
    span = (
        same_sentence
        & (nxt["s_in_sent"] == pl.col("e_in_sent") + gap.str.len_chars())
        & _opens_with_von()
        & pl.col("b_value").is_null()
        & nxt["b_value"].is_null()
        & (nxt["kw"].is_in(["bis", "bis zu"]) | gap.str.contains(r"(?i)(?-u:\b)bis(?:\s+zu)?\s*$"))
        & (nxt["period"] == pl.col("period"))
        & (high_end > low_end)
        & (high_end <= low_end * rx.SPAN_RATIO_MAX)
        & gap.str.contains(rx.SPAN_GAP)
        & pl.col("left").str.contains(rx.ci(rx.SPAN_VERB_BEFORE))
    ).fill_null(False)
    # ``Über 39 000 Euro bis knapp 47 000 Euro für …``: a sentence opening with ``über`` a
    # figure and ``bis`` a like one right after it (not ``Über 3.000 Euro … bis 25``)
    opening_over = (
        same_sentence
        & (pl.col("kw") == "über")
        & (pl.col("s_in_sent") == 0)
        & pl.col("b_value").is_null()
        & nxt["b_value"].is_null()
        & nxt["kw"].is_in(["bis", "bis zu", "bis knapp", "bis etwa", "bis rund", "bis gut"])
        & gap.str.contains(r"^\s*$")
        & (nxt["s_in_sent"] == pl.col("e_in_sent") + gap.str.len_chars())
        & (nxt["period"] == pl.col("period"))
        & (high_end > low_end)
        & (high_end <= low_end * 3)
    ).fill_null(False)
    floor_cap = floor_cap | span | opening_over
    # (a pair only: in ``A | B | C`` a B joined to A joins no C)
    joins = (joins | floor_cap) & ~(joins | floor_cap).shift(1).fill_null(False)
    joined = kept.pipe(with_shared, _joins=joins).with_columns(
        _part=pl.col("_joins").shift(1).fill_null(False)
    )
    return (
        joined.with_columns(
            amount_min=pl.when(pl.col("_joins") & span).then(low_end).otherwise("amount_min"),
            amount_max=pl.when("_joins")
            .then(pl.when(span).then(high_end).when(floor_cap).then(nxt["amount_max"]).otherwise(upper))
            .otherwise("amount_max"),
            kw_open=(pl.col("kw_open") & ~floor_cap & ~(pl.col("_joins") & first_floor))
            | (pl.col("_joins") & ~floor_cap & over_next),
            e_in_sent=pl.when("_joins").then(nxt["e_in_sent"]).otherwise("e_in_sent"),
            is_approximate=pl.when("_joins")
            .then(pl.col("is_approximate") | nxt["is_approximate"])
            .otherwise("is_approximate"),
        )
        .filter(~pl.col("_part"))
        .drop("_joins", "_part")
        .pipe(_descending_span_ends)
    )


def _opens_with_von() -> pl.Expr:
    """The statement opens a span: its word is ``von`` or ``von`` stands right before it
    (``von rund 4.500 €``, ``von weniger als 40.000 Euro``)."""
    return (pl.col("kw") == "von") | pl.col("left").str.contains(r"(?i)(?-u:\b)von\s*$")


def _descending_span_ends(kept: pl.DataFrame) -> pl.DataFrame:
    """``Von 5.637 Euro in Ingolstadt bis 2.815 Euro im Erzgebirgskreis``: a ``bis`` figure below
    the ``von`` figure right before it in its sentence ends a ranking from the top down; it is
    a figure of its own, no upper bound."""
    prev_low = in_sentence(pl.coalesce("amount_min", "amount_max"), 1)
    prev_von = in_sentence(_opens_with_von(), 1)
    ends = (
        (pl.col("kw") == "bis")
        & pl.col("amount_min").is_null()
        & prev_von
        & (pl.col("amount_max") < prev_low)
        & pl.col("next_gap_before").str.contains(rx.RANKING_GAP)
    ).fill_null(False)
    gap_before = pl.col("sentence").str.slice(
        in_sentence(pl.col("e_in_sent"), 1), pl.col("s_in_sent") - in_sentence(pl.col("e_in_sent"), 1)
    )
    return (
        kept.with_columns(next_gap_before=gap_before)
        .with_columns(amount_min=pl.when(ends).then(pl.col("amount_max")).otherwise("amount_min"))
        .drop("next_gap_before")
    )


def _with_average_inside_span(money: pl.DataFrame) -> pl.DataFrame:
    """``von 3.401 € Ø 4.029 € bis 5.251 €`` (a salary box: lowest, average, highest): the ``von``
    figure and the ``bis`` figure are one range, the average between them a figure of its own
    (read as ``von 3.401 €`` and ``4.029 € bis 5.251 €`` first)."""
    opens = (
        (pl.col("kw") == "von")
        & pl.col("b_value").is_null()
        & pl.col("next_gap").str.contains(rx.AVERAGE_INSIDE_SPAN_GAP).fill_null(False)
        & in_sentence(pl.col("b_value"), -1).is_not_null()
        & (in_sentence(pl.col("conn"), -1) == "bis")
    ).fill_null(False)
    if not money.select(opens.any()).item():
        return money
    money = money.with_columns(_opens=opens)
    inner = in_sentence(pl.col("_opens"), 1).fill_null(False)
    # (the average's span ends before ``bis``)
    ends = pl.col("stmt").str.extract(r"(?s)^(.*?)\s+bis\s", 1).str.len_chars()
    return money.with_columns(
        amount_max=pl.when("_opens")
        .then(in_sentence(pl.col("amount_max"), -1))
        .when(inner)
        .then(pl.col("amount_min"))
        .otherwise("amount_max"),
        e_in_sent=pl.when(inner & ends.is_not_null()).then(pl.col("s_in_sent") + ends).otherwise("e_in_sent"),
    ).drop("_opens")


def _with_word_lower_bound(money: pl.DataFrame) -> pl.DataFrame:
    """``acht bis zehn Euro pro Stunde``: a number word right before ``bis`` and a figure is
    the lower bound of a range (the statement's grammar reads ``bis zehn Euro``; the word
    carries no currency of its own), when it is below the figure and at least a third of it.
    The word shares the figure's scale (``sechs bis sieben Millionen Euro``)."""
    word = pl.col("pre").str.extract(rx.NUMBER_WORD_BEFORE_BIS, 0)  # the word and its space
    lower = word.str.strip_chars().str.to_lowercase().replace_strict(
        rx.NUMBER_WORDS, default=None, return_dtype=pl.Float64
    ) * scale("a", "b")
    applies = (
        (pl.col("kw") == "bis")
        & pl.col("b_value").is_null()
        & pl.col("amount_min").is_null()
        & (lower < pl.col("amount_max"))
        & (lower * 3 >= pl.col("amount_max"))
    ).fill_null(False)
    # (the statement's span takes the word in: ``acht bis zehn Euro``)
    return money.with_columns(
        amount_min=pl.when(applies).then(lower).otherwise("amount_min"),
        s_in_sent=pl.when(applies).then(pl.col("s_in_sent") - word.str.len_chars()).otherwise("s_in_sent"),
    )


FLOOR_WORDS = ["mindestens", "mindestens bei", "mindestens mit", "mind.", "min."]
CAP_WORDS = ["maximal", "max.", "höchstens"]
"""``mindestens X, maximal Y`` (``_join_modified_ranges``): the words of a floor and a cap."""


PARALLEL_MIN_DOCS = 1_000
"""A batch of at least this many texts per core is cut into one slice per core (Polars'
thread pool), extracted side by side in threads: one slice's Python steps and narrow
operations leave a core idle, two slices keep both busy. Every stage works per text, so the
slices' results, concatenated in order, equal the whole batch's."""


def extract(docs: pl.DataFrame, settings: Settings | None = None) -> Extraction:
    """All salary statements of ``docs`` (columns ``document_id``, ``text``) as records, and
    every other euro amount as a skipped amount with its reason; both ordered by document
    and position. Records carry the stated figures only (``normalise`` adds the monthly and
    annual equivalents)."""
    if docs.is_empty():  # (planning the stages costs about a second, whatever the rows)
        return Extraction(
            records=pl.DataFrame(schema=RECORD_SCHEMA), skipped=pl.DataFrame(schema=SKIPPED_SCHEMA)
        )
    settings = settings or get_settings()
    slices = min(pl.thread_pool_size(), docs.height // PARALLEL_MIN_DOCS)
    if slices < 2:
        return _extract_slice(docs, settings)
    bounds_ = [docs.height * i // slices for i in range(slices + 1)]
    parts = [docs.slice(lo, hi - lo) for lo, hi in itertools.pairwise(bounds_)]
    with ThreadPoolExecutor(max_workers=slices) as pool:
        done = list(pool.map(lambda part: _extract_slice(part, settings), parts))
    return Extraction(
        records=pl.concat([d.records for d in done]), skipped=pl.concat([d.skipped for d in done])
    )


def _extract_slice(docs: pl.DataFrame, settings: Settings) -> Extraction:
    """``extract`` of one slice of texts."""
    # (whether a text has a line ending in a colon, a table or the currency named (``in Euro``):
    # read once, for the lead lines' stages)
    docs = docs.with_row_index(DOC_IDX).with_columns(
        # (three searches: one automaton for all, with the one-character ``|``, is slower)
        _lead_marks=pl.col("text").str.contains_any(rx.LINE_ENDS_IN_COLON)
        | pl.col("text").str.contains("|", literal=True)
        | pl.col("text").str.contains_any(rx.CURRENCY_NAMED)
    )
    sentences = split_sentences(docs)
    stmt = share_currency(find_statements(sentences))
    money = stmt.filter((pl.col("a_currency") | pl.col("b_currency")) & (pl.col("a_value") > 0))
    money = (
        _with_text_flags(money, sentences, docs)
        .pipe(with_skip_reason)
        # (a bare first bound takes the reason of the bound whose currency it took: ``Für 200 bis
        # über 300 Euro mietet sie ein Zimmer``)
        .with_columns(
            reason=pl.when(pl.col("reason").is_null() & pl.col("_bound_of_next").fill_null(False))
            .then(in_sentence(pl.col("reason"), -1))
            .otherwise("reason")
        )
        .pipe(_with_net_note_two_back)
        .pipe(_with_not_pay_columns, docs)
        .pipe(_with_upper_columns, docs)
        .pipe(_with_floor_lead, docs)
        .pipe(_with_lead_reason, docs)
        .pipe(_with_restated_cents)
        .pipe(_with_pay_context, sentences, docs)
        .pipe(share_bound)
        .pipe(with_shared, **bounds())
        .pipe(_with_word_lower_bound)
        .pipe(_with_average_inside_span)
    )
    kept = _neighbour_flags(money.filter(pl.col("reason").is_null()))
    kept = (
        _with_pair_period(
            _with_lead_period(with_period(with_local_context(kept), settings), docs, settings), settings
        )
        .pipe(_with_year_before, settings)
        .pipe(_with_month_before, settings)
        .pipe(_with_list_period, settings)
    )
    kept = _with_floor_or_ceiling(kept)
    # ``15 Euro brutto pro Stunde und mehr``: an open tail later in the clause also removes
    # the upper bound of a single figure.
    # (not after ``bis zu``: ``bis zu 4.800 € in leitenden Positionen oder mehr`` keeps its bound)
    open_later = pl.col("post_local").str.contains(rx.ci(rx.OPEN_TAIL_IN_CLAUSE)).fill_null(False) & ~pl.col(
        "kw"
    ).fill_null("").is_in(UP_TO_KEYWORDS)
    # ``etwa 2.000 Euro monatlich oder weniger``: a ceiling's tail removes the lower bound.
    single = pl.col("b_value").is_null() & ~pl.col("kw").fill_null("").is_in(UP_TO_KEYWORDS)
    ceiling_later = (
        pl.col("post_local").str.contains(rx.ci(rx.CEILING_TAIL_IN_CLAUSE)).fill_null(False)
        & single
        & ~open_later
    )
    kept = kept.with_columns(
        amount_max=pl.when(open_later & pl.col("b_value").is_null()).then(None).otherwise("amount_max"),
        amount_min=pl.when(open_later & pl.col("b_value").is_null())
        .then(pl.coalesce("amount_min", "amount_max"))
        .when(ceiling_later)
        .then(None)
        .otherwise("amount_min"),
        kw_open=pl.col("kw_open") | ceiling_later,
    )
    # ``12 Euro 55 pro Stunde``: euros, the currency word, then the cents.
    found = pl.col("post_local").str.extract_groups(rx.ci(rx.CENTS_AFTER))
    cents = pl.coalesce(found.struct[1], found.struct[3]).cast(pl.Float64, strict=False) / 100
    cents_chars = pl.coalesce(found.struct[0], found.struct[2]).str.len_chars()
    spoken = (
        cents.is_not_null()
        & pl.col("b_value").is_null()
        & pl.col("a_dec").is_null()
        & pl.col("stmt").str.contains(rx.ci(r"(?:euro|eur|€)\s*$"))
        # (bare cents only after a small figure; named ones, ``und 88 Cent``, after any)
        & ((pl.col("a_value") < rx.SPOKEN_CENTS_MAX) | found.struct[3].is_not_null())
    ).fill_null(False)
    kept = kept.with_columns(
        *((pl.when(spoken).then(pl.col(c) + cents).otherwise(pl.col(c))).round(2).alias(c)
          for c in ("amount_min", "amount_max")),
        e_in_sent=pl.when(spoken).then(pl.col("e_in_sent") + cents_chars).otherwise("e_in_sent"),
    )  # fmt: skip
    # A small monthly figure (or one without a period word) next to a raise word is the
    # raise itself (``Vergütungen steigen, zwischen 45 und 55 Euro pro Monat``).
    # (so is an inferred hourly figure too large for an hour's pay: ``In den unteren Gruppen gibt
    # es 75 Euro, dadurch liegen die Gehaltszuwächse …``)
    magnitude = pl.coalesce("amount_max", "amount_min")
    small = (
        (
            pl.col("_period_word").eq("month").fill_null(False)
            | (pl.col("period_inferred") & pl.col("period").eq("month"))
        )
        & (magnitude < settings.monthly_min)
    ) | (pl.col("period_inferred") & pl.col("period").eq("hour") & (magnitude >= rx.RAISE_NOT_HOURLY_MIN))
    # (read only for small figures; ``450, 550 Euro oder mehr``: an open tail's ``mehr`` is no
    # raise, nor is ``290 Euro plus Semesterticket``: words that only look like one are blanked)
    small_sentence = (
        masked(small, pl.col("sentence"))
        .str.to_lowercase()
        .str.replace_all(rx.PAY_NOT_THRESHOLD, "_")
        .str.replace_all(rx.ci(rx.OPEN_TAIL), "")
    )
    is_raise = (
        small
        & (
            small_sentence.str.contains(rx.ci(rx.RAISE_WORDS))
            # (``… jährlich eine Gehaltserhöhung. Diese bewegt sich zwischen 150 und 300 Euro``)
            | (
                (
                    pl.col("sentence").str.contains(rx.ci(rx.OPENS_WITH_DEMONSTRATIVE))
                    # (``Ich habe eine Gehaltserhöhung bekommen. 50 Cent / Stunde bzw. 80 Euro /
                    # Monat.``: a fragment after it)
                    | (pl.col("sentence").str.len_chars() < rx.FRAGMENT_MAX)
                )
                & pl.col("prev_sentence").str.contains(rx.ci(rx.RAISE_NOUNS))
            )
        ).fill_null(False)
        # (a new value, or the level a rise starts from: one search)
        & ~pl.col("left").str.contains(rx.ci(f"{rx.NEW_VALUE_BEFORE}|{rx.START_LEVEL_BEFORE}"))
        # (a level whose raise is given in per cent: ``430 Euro im 1. Lehrjahr bedeutet eine
        # Steigerung um rund 18 Prozent``)
        & ~masked(small, pl.col("sentence").str.slice(pl.col("e_in_sent")))
        .str.contains(rx.ci(rx.LEVEL_RAISED_BY_PERCENT_AFTER))
        .fill_null(False)
    )
    kept = _with_kept_reasons(kept, docs, is_raise, settings)
    # (a scale from its start to its end, read only in entry-level records)
    start_to_end = contains_where(pl.col("seniority") == "entry", pl.col("stmt"), rx.START_TO_END)
    text = pl.col("text")
    records = (
        with_seniority(
            _join_modified_ranges(
                kept.filter(pl.col("reason").is_null()),
                # (the texts with a table whose header names a lower and an upper column)
                docs.filter(
                    (
                        pl.col("text").str.contains("|", literal=True)
                        & pl.col("text").str.contains(rx.ci(rx.FROM_TO_COLUMNS))
                    )
                    | masked(text.str.contains_any(rx.UPPER_COLUMN_WORDS, ascii_case_insensitive=True), text)
                    .str.contains(rx.ci(rx.FROM_TO_FLAT_HEADER))
                    .fill_null(False)
                )[DOC_IDX],
            )
        )
        .pipe(_with_lead_seniority, docs)
        .pipe(_with_grid_seniority, docs)
        .with_columns(
            # (in a text about executives' millions, a year's figure of an executive's size
            # without a cue of its own is an executive's: ``Christian Klein, SAP, 8,8 Millionen
            # Euro``)
            seniority=pl.when(
                (pl.col("seniority") == "unspecified")
                & pl.col("executive_text")
                & (pl.col("period") == "year")
                & (pl.coalesce("amount_max", "amount_min") >= rx.EXECUTIVE_PAY_MIN)
            )
            .then(pl.lit("lead"))
            # (a scale from its start to its end is no starting pay: ``fängt bei 3.600 Euro an und
            # endet bei 5.800 Euro``)
            .when(start_to_end & ~lower_where(start_to_end, pl.col("sentence"), rx.SENIORITY_ENTRY_NAMED))
            .then(pl.lit("unspecified"))
            .otherwise("seniority"),
            is_open_ended=pl.col("kw_open")
            | pl.col("tail").is_not_null()
            | pl.col("post_local").str.contains(rx.ci(rx.OPEN_TAIL)).fill_null(False),
            evidence=pl.col("sentence").str.strip_chars(),
            extractor_version=pl.lit(EXTRACTOR_VERSION),
        )
        .pipe(lambda frame: _spans(docs, frame))
        .with_columns(
            record_id=pl.concat_str(
                pl.col(DOC_KEY).str.head(16), pl.lit(":"), "char_start", pl.lit("-"), "char_end"
            )
        )
    )
    # A statement made again (a title, a summary box, ``Seit 2022 beträgt der Mindestlohn 12 Euro``
    # … ``einen Lohn von derzeit 12 Euro``): the same figures, period, occupation and place
    # (``REPEAT_KEY``) in one text are one record, the first; the others, in other sentences,
    # are skipped as ``repeated``.
    attributed = attribute(records, docs).sort(DOC_IDX, "char_start", maintain_order=True)
    # (not within one sentence: ``800 Euro im ersten Jahr, … 1.000 Euro im dritten Jahr
    # beziehungsweise 1.000 Euro im zweiten Jahr bei der zweijährigen`` are two groups)
    same = pl.struct(DOC_IDX, *REPEAT_KEY)
    again = ~same.is_first_distinct() & (pl.col("sent_idx") != pl.col("sent_idx").first().over(same))
    # (nor a cell of a pay grid's row after one of another row: two rows of a grid share figures,
    # ``E 9 | 3.100 | 3.350`` … ``E 8 | 2.990 | 3.100``; a grid's cell after the prose still restates
    # it, and a row printed again is the same row)
    first_evidence = pl.col("evidence").first().over(same)
    again = again & ~(
        _grid_row(pl.col("evidence")) & _grid_row(first_evidence) & (pl.col("evidence") != first_evidence)
    )
    # (nor a list's line led by a label the first statement does not name: ``Großküchenkoch
    # 1.800 Euro`` … ``Spezialitätenkoch 1.800 Euro`` are two groups)
    # (or a label on a line of its own right above a line that is the figure alone:
    # ``Beamter/Beamtin`` over ``1.307 €``, ``Brandmeister/in`` over ``1.307 €``)
    label_above = pl.when(
        pl.col("evidence").str.contains(rx.FIGURE_ALONE)
        & (pl.col("prev_sentence").str.len_chars() <= rx.LIST_LINE_MAX)
        & ~pl.col("prev_sentence").str.contains(r"[0-9]")
    ).then(pl.col("prev_sentence").str.strip_chars(" \t\n|"))
    label = pl.coalesce(
        pl.col("evidence").str.extract(rx.LIST_LINE_LABEL, 1),
        pl.col("evidence").str.extract(rx.LIST_LINE_LABEL, 2),
        pl.col("evidence").str.extract(rx.LIST_LINE_LABEL, 3),
        pl.col("evidence").str.extract(rx.LIST_LINE_LABEL, 4),
        # (a row's first cell, when the first statement is a table's row too: a figure repeated in
        # a table restating the prose stays repeated, ``im ersten Lehrjahr | 1.000 €``)
        pl.when(first_evidence.str.contains("|", literal=True)).then(
            pl.col("evidence").str.extract(rx.TABLE_ROW_LABEL, 1)
        ),
        label_above,
    )
    label = pl.when(~label.str.contains(rx.LIST_LINE_NOT_LABEL)).then(label)
    # (the label's first and last words, in any case and inflection, are enough: ``Zweites
    # Lehrjahr | 810 €`` below ``810 Euro im zweiten Lehrjahr``)
    # (the two words in a row, the first word's stem at a word's start: not ``Zweiradmechaniker``)
    lower_label = label.str.to_lowercase()
    loose = pl.concat_str(
        pl.lit(r"(?:^|[^\p{L}])"),
        lower_label.str.extract(rx.LABEL_FIRST_STEM, 1),
        pl.lit(r"\p{L}*\s+"),
        lower_label.str.extract(rx.LABEL_HEAD_WORD, 1),
    )
    # (a pattern a row: searched only in the rows that repeat a figure on a short line)
    named_loosely = (
        masked(
            again & label.is_not_null() & (pl.col("evidence").str.len_chars() <= rx.LIST_LINE_MAX),
            pl.col("evidence").first().over(same),
        )
        .str.to_lowercase()
        .str.contains(loose)
    ).fill_null(False)
    other_label = (
        (pl.col("evidence").str.len_chars() <= rx.LIST_LINE_MAX)
        & label.is_not_null()
        & ~pl.col("evidence").first().over(same).str.contains(label, literal=True)
        & ~named_loosely
    ).fill_null(False)
    # (nor a figure of a list under another lead than the first's: ``Ausbildung im Handwerk: 1.
    # Jahr 1.000 Euro … 3. Jahr 1.400 Euro`` … ``Ausbildung in der Pflege: 1. Jahr 1.400 Euro``)
    lead = pl.col("evidence").str.extract(rx.EVIDENCE_LEAD, 1)
    # (and a chain of steps in one sentence: the old value of a step that is the new value of the
    # step before, ``von 10,01 Euro auf 10,25 Euro, ab 2017 von 10,25 Euro auf 10,50 Euro``, is that one)
    again = (
        again & ~other_label & ~(lead != lead.first().over(same)).fill_null(False)
    ) | _chained_old_value()
    attributed = attributed.pipe(with_shared, _again=again, _label=label, _lead=lead)
    # (an occupation or place one of the two leaves unknown is no other group: a summary box
    # ``Ø 41.300 €`` and ``… verdienen in Deutschland 41.300 € brutto im Jahr``)
    attributed = attributed.with_columns(_again=pl.col("_again") | _restates_unattributed(attributed))
    skipped_rows = pl.concat(
        [
            frame.filter(pl.col("reason").is_not_null()).select(
                DOC_KEY, DOC_IDX, "sentence", "sent_start", "s_in_sent", "e_in_sent", "reason"
            )
            for frame in (money, kept)
        ]
    )
    # A text most of whose euro amounts are no pay (prices, fees, benefits, …): a record there
    # whose sentence names neither pay nor being paid is doubtful (``no_pay_context``).
    # (net pay, restated figures and differences speak of pay too: a calculator page's net
    # column, a comparison table's column of differences are no sign of a text about prices)
    not_pay = (
        skipped_rows.filter(~pl.col("reason").is_in(["restatement", "net_pay", "raise_or_difference"]))
        .group_by(DOC_IDX)
        .len("_not_pay")
    )
    pay = attributed.filter(~pl.col("_again")).group_by(DOC_IDX).len("_pay")
    mostly_not_pay = pay.join(not_pay, on=DOC_IDX).filter(
        pl.col("_not_pay") >= rx.MOSTLY_NOT_PAY_SHARE * (pl.col("_not_pay") + pl.col("_pay"))
    )
    attributed = attributed.with_columns(
        _doubtful=~pl.col("_again")
        & pl.col(DOC_IDX).is_in(mostly_not_pay[DOC_IDX].implode())
        & ~pl.col("evidence").str.contains(rx.ci(f"{PAY_OR_WORK}|{rx.PAY_OR_PAID}|{rx.SCALE_STEP}"))
        & ~pl.col("evidence").str.contains("|", literal=True)
        # (nor a sentence going on about the pay named in the one before: ``… ein festes Gehalt.
        # Das liegt in der WT mindestens bei 39000 Euro``)
        & ~(
            pl.col("evidence").str.to_lowercase().str.contains(rx.OPENS_WITH_PRONOUN)
            & pl.col("prev_sentence").str.contains(rx.ci(PAY_OR_WORK))
        ).fill_null(False)
    )
    records = attributed.filter(~pl.col("_again") & ~pl.col("_doubtful")).select(RECORD_COLUMNS)
    dropped = attributed.filter(pl.col("_again") | pl.col("_doubtful")).select(
        DOC_KEY,
        DOC_IDX,
        "char_start",
        "char_end",
        mention="statement",
        reason=pl.when("_again").then(pl.lit("repeated")).otherwise(pl.lit("no_pay_context")),
    )
    skipped = (
        pl.concat(
            [
                _spans(docs, skipped_rows, with_line=False).select(
                    DOC_KEY, DOC_IDX, "char_start", "char_end", mention="statement", reason="reason"
                ),
                dropped,
            ]
        )
        .sort(DOC_IDX, "char_start")
        .drop(DOC_IDX)
    )
    return Extraction(records=records, skipped=skipped)


def _chained_old_value() -> pl.Expr:
    """An old value (``von X`` before ``auf``) equal to the new value right before it in its
    sentence, only a date between them (``… auf 10,25 Euro, ab 2017 von 10,25 Euro auf …``): the
    same figure (rows sorted by text and position)."""
    before = [pl.col(c).shift(1) for c in (DOC_IDX, "sent_idx", "amount_min", "amount_max", "period")]
    return (
        (pl.col("kw") == "von")
        & pl.col("next_gap").str.contains(rx.ci(rx.OLD_VALUE_GAP))
        & pl.col("left").shift(1).str.contains(rx.ci(rx.NEW_VALUE_LEFT_END))
        & pl.col("next_gap").shift(1).str.contains(rx.ci(rx.STEP_DATE_GAP))
        & (before[0] == pl.col(DOC_IDX))
        & (before[1] == pl.col("sent_idx"))
        & before[2].eq_missing(pl.col("amount_min"))
        & before[3].eq_missing(pl.col("amount_max"))
        & (before[4] == pl.col("period"))
    ).fill_null(False)


def _with_grid_seniority(kept: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """A cell of a pay grid whose columns are steps (a text with a header naming ``Stufe 1`` and
    a later step on one line, ``patterns.STEP_HEADER_ROW``): the row's first cell is the first
    step, entry; its last the top step, experienced; those between unspecified, whatever cue the
    header's words gave (``nach 5 Jahren in Stufe 5``)."""
    stepped = docs.filter(pl.col("text").str.contains(rx.STEP_HEADER_ROW))[DOC_IDX]
    if stepped.is_empty():
        return kept
    row = pl.col("sentence")
    grid = (pl.col(DOC_IDX).is_in(stepped.implode()) & _grid_row(row)).fill_null(False)
    before = masked(grid, row).str.slice(0, pl.col("s_in_sent")).str.count_matches(rx.GRID_FIGURE)
    after = masked(grid, row).str.slice(pl.col("e_in_sent")).str.count_matches(rx.GRID_FIGURE)
    return kept.with_columns(
        seniority=pl.when(grid & (before == 0))
        .then(pl.lit("entry"))
        .when(grid & (after == 0))
        .then(pl.lit("experienced"))
        .when(grid)
        .then(pl.lit("unspecified"))
        .otherwise("seniority")
    )


def _grid_row(evidence: pl.Expr) -> pl.Expr:
    """The statement's line is a row of a pay grid: ``GRID_ROW_MIN`` figures or more, and letters
    for at most ``GRID_LETTERS_MAX`` of its characters (a row's label, no prose)."""
    return (evidence.str.count_matches(rx.GRID_FIGURE) >= rx.GRID_ROW_MIN) & (
        evidence.str.count_matches(r"\p{L}") <= evidence.str.len_chars() * rx.GRID_LETTERS_MAX
    )


def _restates_unattributed(attributed: pl.DataFrame) -> pl.Series:
    """Per row of ``attributed`` (sorted by text and position): another record of its text, in
    another sentence, has the same figures and period, and an occupation and a place that are
    the same or unknown on one side (NULL matches anything), and this row is the later one or
    the one that knows less (only it leaves one of them unknown)."""
    keys = [DOC_IDX, "amount_min", "amount_max", "period"]
    rows = attributed.select(
        *keys, "occupation", "city", "sent_idx", "char_start", "evidence", "_label", "_lead"
    ).with_row_index("_row")
    rows = rows.with_columns(_grid=_grid_row(pl.col("evidence")))
    pairs = rows.join(rows, on=keys, suffix="_first", nulls_equal=True).filter(
        (pl.col("char_start_first") < pl.col("char_start"))
        & (pl.col("sent_idx_first") != pl.col("sent_idx"))
        # (nor two cells of two rows of a grid: ``_grid_row``)
        & ~(pl.col("_grid") & pl.col("_grid_first") & (pl.col("evidence") != pl.col("evidence_first")))
        # (nor a list's line led by a label the first does not name, as above)
        & ~(
            (pl.col("evidence").str.len_chars() <= rx.LIST_LINE_MAX)
            & pl.col("_label").is_not_null()
            & ~pl.col("evidence_first").str.contains(pl.col("_label"), literal=True)
        ).fill_null(False)
        & ~(pl.col("_lead") != pl.col("_lead_first")).fill_null(False)
        & (
            pl.col("occupation").is_null()
            | pl.col("occupation_first").is_null()
            | (pl.col("occupation") == pl.col("occupation_first"))
        )
        & (
            pl.col("city").is_null()
            | pl.col("city_first").is_null()
            | (pl.col("city") == pl.col("city_first"))
        )
    )

    # (the one that knows less goes: ``Ø 41.300 €`` in a box before the prose naming the place)
    def knows_less(a: str, b: str) -> pl.Expr:
        return pl.col(a).is_null() & pl.col(b).is_not_null()

    first_goes = (knows_less("occupation_first", "occupation") | knows_less("city_first", "city")) & ~(
        knows_less("occupation", "occupation_first") | knows_less("city", "city_first")
    )
    gone = pairs.select(pl.when(first_goes).then(pl.col("_row_first")).otherwise(pl.col("_row")))
    return rows["_row"].is_in(gone.to_series().implode())


def extract_records(docs: pl.DataFrame, settings: Settings | None = None) -> pl.DataFrame:
    """The records of ``extract`` alone."""
    return extract(docs, settings).records
