"""Text units: lines near money, cut into sentences that know their character offsets.

Line breaks inside sentences are blanked at equal length first, so every offset computed on
the blanked text indexes the original text too.
"""

from __future__ import annotations

import polars as pl

from flows.extract import patterns as rx

DOC_KEY = "document_id"
DOC_IDX = "doc_idx"  # an integer per document: window functions group on it much faster
SENT_KEY = [DOC_IDX, "sent_idx"]


def masked(guard: pl.Expr | str, text: pl.Expr | str) -> pl.Expr:
    """``text`` where ``guard`` holds, NULL elsewhere, with nothing behind the NULLs: the
    way to search or rewrite only the rows that can matter.

    ``pl.when(guard).then(text)`` keeps each masked row's string behind its NULL, and Polars'
    ``str.contains``, ``replace_all`` and ``to_lowercase`` read those strings too (Polars
    2.1, measured: a search of 23 rows masked from 136,000 cost as much as searching all of
    them); ``find``, ``extract`` and ``contains_any`` skip them. Emptied first, the masked rows
    cost nothing in any of them (the guard is computed once where the frame is built with
    ``with_shared``, which shares common expressions; ``DataFrame.with_columns`` computes it
    twice)."""
    guard = pl.col(guard) if isinstance(guard, str) else guard
    text = pl.col(text) if isinstance(text, str) else text
    return pl.when(guard).then(pl.when(guard).then(text).otherwise(pl.lit("")))


def with_shared(frame: pl.DataFrame, /, *exprs: pl.Expr, **named: pl.Expr) -> pl.DataFrame:
    """``frame.with_columns(*exprs, **named)``, with each expression common to them computed
    once. ``DataFrame.with_columns`` computes every copy (a ``masked`` guard twice, a text that
    several rules rewrite the same way once per rule); the lazy in-memory engine eliminates
    common subexpressions. For the heavy steps (measured: where it pays, 17 % of their time;
    for a few cheap ones, window functions mostly, it costs more than it saves)."""
    return frame.lazy().with_columns(*exprs, **named).collect(engine="in-memory")


CONTEXT_CHARS = 300
"""Of a line next to a line naming a currency, only this much (its end before, its start
after) is parsed: enough for the neighbouring sentence's seniority cue."""


def hard_wrapped(text: pl.Expr, breaks: pl.Expr | None = None) -> pl.Expr:
    """Whether a text is hard-wrapped (``patterns.WRAPPED_LINE_MAX``/``_MEAN_MIN``), from
    counts, no split: the lines' mean length is the characters that are no break over the
    lines; a line too long is a run of characters without a break."""
    # (the count is used twice: a column, when the caller has one; searched as a regex,
    # measured faster than the literal search here)
    breaks = text.str.count_matches("\n") if breaks is None else breaks
    mean_length = (text.str.len_chars() - breaks) / (breaks + 1)
    maybe_wrapped = (breaks >= 2) & (mean_length >= rx.WRAPPED_LINE_MEAN_MIN)
    # (every text is searched: masking a column of whole texts with ``when`` copies them, which
    # costs more than the search)
    too_long = text.str.contains(f"[^\\n]{{{rx.WRAPPED_LINE_MAX + 1}}}")
    return maybe_wrapped & ~too_long


def blank_inner_breaks(text: pl.Expr, wrapped: pl.Expr | None = None) -> pl.Expr:
    """The text with every line break inside a sentence blanked (same length, so offsets
    hold): all breaks of a hard-wrapped text, and in any text a break before a lower-case
    word, a digit or ``€``; never the break before a row of a flattened pay table
    (``patterns.CENT_ROW_BREAK``) nor between two rows of a table written with ``|``
    (``patterns.PIPE_ROW_BREAK``). Every line break left ends a sentence. ``wrapped``: the text's
    ``hard_wrapped`` when already computed (a column: Polars would compute it again for each
    use of the result below)."""
    wrapped = hard_wrapped(text) if wrapped is None else wrapped
    # (a pay table's rows stay lines of their own, in a hard-wrapped text too: their breaks are
    # marked first, then restored)
    rows = text.str.contains(rx.CENT_ROW_BREAK) | text.str.contains(rx.PIPE_ROW_BREAK)
    text = pl.coalesce(
        masked(rows, text)
        .str.replace_all(rx.CENT_ROW_BREAK, rx.ROW_BREAK_MARK + "${1}")
        .str.replace_all(rx.PIPE_ROW_BREAK, "${1}" + rx.ROW_BREAK_MARK + "${2}"),
        text,
    )
    unwrapped = (
        masked(wrapped, text)
        .str.replace_all(rx.WRAPPED_BREAK_CRLF, "${1}  ${2}")
        .str.replace_all(rx.WRAPPED_BREAK_LF, "${1} ${2}")
    )
    text = pl.coalesce(unwrapped, text)
    crlf = masked(text.str.contains("\r", literal=True), text).str.replace_all(
        rx.CONTINUED_BREAK_CRLF, "  ${1}"
    )
    text = pl.coalesce(crlf, text).str.replace_all(rx.CONTINUED_BREAK_LF, " ${1}")
    return pl.coalesce(masked(rows, text).str.replace_all(rx.ROW_BREAK_MARK, "\n", literal=True), text)


def _rewritten_where_found(
    text: pl.Expr, pattern: str, replacement: str, *, literal: bool = False
) -> pl.Expr:
    """``text`` with ``pattern`` replaced at equal length (offsets hold), only in the texts
    holding it (the others are not copied)."""
    found = masked(text.str.contains(pattern, literal=literal), text)
    return pl.coalesce(found.str.replace_all(pattern, replacement, literal=literal), text)


def _one_dot_leaders_as_points(text: pl.Expr) -> pl.Expr:
    """A one-dot leader written as a thousands point (``2․400€``) read as one (same length)."""
    return _rewritten_where_found(text, "\u2024", ".", literal=True)


def _footnote_marks_blanked(text: pl.Expr) -> pl.Expr:
    """A footnote's superscript mark after the currency (``3.510 €¹``) blanked at equal length
    (``patterns.FOOTNOTE_AFTER_CURRENCY``), only in the lines holding one."""
    return _rewritten_where_found(text, rx.FOOTNOTE_AFTER_CURRENCY, "${1} ")


def _glued_euro_parted(text: pl.Expr) -> pl.Expr:
    """A table's cells glued after the currency word (``2.419 Euro2.538 Euro2.737 Euro``) parted
    at equal length: ``Euro`` followed by a figure is read as ``Eur`` and a space, so both
    figures are amounts (``patterns.EURO_GLUED``; the records' spans take the ``o`` back)."""
    return _rewritten_where_found(text, rx.EURO_GLUED, "${1} ${2}")


def _row_label_parted(text: pl.Expr) -> pl.Expr:
    """A row label ending in a dot glued to the first cell of a flattened table (``1. – 3.2.080
    Euro``: the years 1 to 3, then 2.080 Euro) parted at equal length: the label's dot is read as a
    space (``patterns.ROW_LABEL_GLUED``; no number has one digit between two thousands points)."""
    return _rewritten_where_found(text, rx.ROW_LABEL_GLUED, "${1} ${2}")


def _emphasis_before_figure_blanked(text: pl.Expr) -> pl.Expr:
    """An emphasis mark opening a figure (``Mind. *13,00€* die Stunde``, ``**2.500 €**``) blanked at
    equal length, so the word before it shapes the figure (``patterns.EMPHASIS_BEFORE_FIGURE``;
    a mark after a figure, a footnote's, stays). Only texts holding a ``*`` are searched."""
    starred = masked(text.str.contains("*", literal=True), text)
    blanked = starred.str.replace_all(rx.EMPHASIS_BEFORE_FIGURE, "${1}  ${2}").str.replace_all(
        rx.EMPHASIS_BEFORE_FIGURE_ONE, "${1} ${2}"
    )
    return pl.coalesce(blanked, text)


def text_units(docs: pl.DataFrame, money_only: bool = True) -> pl.DataFrame:
    """The lines (sentence groups) worth reading: ``document_id``, ``doc_idx``, ``unit``,
    ``unit_start``.

    With ``money_only`` only lines that name a currency (or are cells of a table below a
    heading naming it: ``cur_block``) are kept whole; of the line before and after each
    (where seniority cues may stand) only ``CONTEXT_CHARS`` next to it. Most of an article
    is never parsed.
    """
    if DOC_IDX not in docs.columns:
        docs = docs.with_row_index(DOC_IDX)
    # (``_lead_marks``, when the caller has it: whether the text names the currency in words
    # such as ``in Euro`` at all; a currency heading is searched only in those texts)
    marks = pl.col("_lead_marks") if "_lead_marks" in docs.columns else pl.lit(True)
    n = pl.col("unit").str.len_chars() + 1  # the line and its break
    # Rows stay grouped by document, so offsets and neighbours come from running sums and
    # shifts checked against the document index: no window (``over``) is needed.
    same_doc_before = (pl.col(DOC_IDX).shift(1) == pl.col(DOC_IDX)).fill_null(False)
    same_doc_after = (pl.col(DOC_IDX).shift(-1) == pl.col(DOC_IDX)).fill_null(False)
    units = (
        docs.with_columns(_breaks=pl.col("text").str.count_matches("\n"))
        .with_columns(_wrapped=hard_wrapped(pl.col("text"), pl.col("_breaks")))
        .pipe(with_shared, _blanked=blank_inner_breaks(pl.col("text"), pl.col("_wrapped")))
        .select(
            DOC_KEY,
            DOC_IDX,
            # (a one-dot leader written as a thousands point, ``2․400€``, is read as one: same length)
            unit=_row_label_parted(
                _glued_euro_parted(
                    _one_dot_leaders_as_points(_emphasis_before_figure_blanked(pl.col("_blanked")))
                )
            ).str.split("\n"),
            _marks=marks,
        )
        .explode("unit")
        .pipe(with_shared, unit_start=start_within(n, ~same_doc_before))
        .filter(pl.col("unit").str.len_chars() > 0)
    )
    if not money_only:
        return units.with_columns(cur_block=pl.lit(False)).drop("_marks")
    money = pl.col("money")
    before_money = (money.shift(-1) & same_doc_after).fill_null(False) & ~money
    after_money = (money.shift(1) & same_doc_before).fill_null(False) & ~money
    # (signed: a line shorter than the context must not wrap around below zero)
    length = pl.col("unit").str.len_chars().cast(pl.Int64)
    whole = pl.col("money") | (pl.col("before") & pl.col("after"))
    tail_only = pl.col("before") & ~pl.col("after") & ~pl.col("money")
    return (
        units.with_columns(money=pl.col("unit").str.contains(rx.MONEY_HINT))
        .pipe(_with_currency_block)
        .pipe(_with_cent_rows)
        .with_columns(money=pl.col("money") | pl.col("cur_block"))
        .with_columns(before=before_money, after=after_money)
        .filter(pl.col("money") | pl.col("before") | pl.col("after"))
        .pipe(
            with_shared,
            # (one slice per line: the whole line, its tail before a money line, its head after
            # one; no string is built by ``when``)
            unit=pl.col("unit").str.slice(
                pl.when(tail_only).then((length - CONTEXT_CHARS).clip(lower_bound=0)).otherwise(0),
                pl.when(whole).then(length).otherwise(CONTEXT_CHARS),
            ),
            unit_start=pl.when(tail_only)
            .then(pl.col("unit_start") + (length - CONTEXT_CHARS).clip(lower_bound=0))
            .otherwise("unit_start"),
        )
        .drop("money", "before", "after", "_marks")
    )


def _with_currency_block(units: pl.DataFrame) -> pl.DataFrame:
    """``cur_block``: the line is a cell of a table (or an item of a list) below a heading
    that names the currency for all of it (``(monatlich in Euro)``, ``Beträge in €``;
    ``patterns.CURRENCY_HEADER``), up to the first line that is no list or table line. Such
    a heading names a currency, so only the lines that do (``money``) are searched for one,
    and only the texts holding one are read further."""
    unit = pl.col("unit")
    maybe = pl.col("money") & (
        unit.str.contains(rx.ENDS_NAMING_CURRENCY)
        | unit.str.contains("|", literal=True)
        | masked("_marks", unit).str.contains_any(["in euro", "in eur", "in €"], ascii_case_insensitive=True)
    ).fill_null(False)
    head = masked(maybe, unit).str.to_lowercase().str.contains(rx.CURRENCY_HEADER)
    # (a pay scale's header row names no currency: ``Entgeltgruppe | Stufe 1 | Stufe 2 |``)
    scale_head = (
        masked(unit.str.contains_any(["| Stufe", "|Stufe", "| stufe"]), unit)
        .str.to_lowercase()
        .str.contains(rx.PAY_SCALE_HEADER)
    )
    # (a pay heading with its period and no figure: ``Bruttomonatsgehälter``,
    # ``Mindestausbildungsvergütung pro Monat``)
    # (read in short lines only: ``contains_any`` over every line of a batch costs more than
    # all the rest of this step; the length test first, then the words, then the pattern)
    short = unit.str.len_bytes() <= rx.PAY_HEADING_MAX
    maybe_pay_head = masked(short, unit).str.contains_any(rx.PAY_HEADING_WORDS, ascii_case_insensitive=True)
    pay_head = masked(maybe_pay_head, unit).str.to_lowercase().str.contains(rx.PAY_HEADING)
    # (a pay scale's header cell alone on its line, its table one cell a line: ``Entgeltgruppe`` ⏎
    # ``Stufe 1`` ⏎ … ⏎ ``P 8`` ⏎ ``3.211,40``)
    # (the next line a step's header: not a grade's list, ``Besoldungsgruppe`` ⏎ ``B 1 7 664,65``)
    next_unit = pl.when(pl.col(DOC_IDX).shift(-1) == pl.col(DOC_IDX)).then(unit.shift(-1))
    scale_alone = masked(short, unit).str.contains(rx.PAY_SCALE_HEADER_ALONE) & next_unit.str.contains(
        rx.STEP_HEADER_LINE
    )
    units = units.pipe(
        with_shared,
        _head=head.fill_null(False) | scale_head.fill_null(False) | pay_head.fill_null(False),
        _scale_alone=scale_alone.fill_null(False),
    )
    # (a pay heading the table below was joined to, its rows opening with a digit:
    # ``Mindestausbildungsvergütung pro Monat 1. Lehrjahr | 2. Lehrjahr | … 2021 | 550,00 | …``)
    headed_table = (
        masked(~pl.col("money") & unit.str.contains("|", literal=True), unit)
        .str.extract(rx.HEADING_BEFORE_TABLE, 1)
        .str.to_lowercase()
        .str.contains(rx.PAY_HEADING)
        .fill_null(False)
    )
    # (a header naming only the currency that its rows were joined to: ``EG | € ab 01.10.24 | 1 |
    # 13,50 |``)
    joined = (
        masked(maybe & unit.str.contains("|", literal=True), unit)
        .str.to_lowercase()
        .str.contains(rx.JOINED_CURRENCY_TABLE)
        .fill_null(False)
    )
    units = units.pipe(with_shared, _headed_table=headed_table | joined)
    concerned = units.filter(pl.col("_head") | pl.col("_scale_alone")).select(DOC_IDX).unique()
    if concerned.is_empty():
        return units.with_columns(cur_block=pl.col("_headed_table")).drop(
            "_head", "_scale_alone", "_headed_table"
        )
    read = units.join(concerned, on=DOC_IDX, how="semi")
    blocks = lines_below(
        read, lead=pl.when(pl.col("_head")).then(True), item=pl.col("unit").str.contains(rx.LIST_ITEM)
    ).select(DOC_IDX, "unit_start", cur_block="_led")
    # (a scale flattened one cell a line ends at its first line that is no grade, step, dash or
    # figure: not ``Wochenarbeitszeit`` ⏎ ``39,50`` below it)
    if read.select(pl.col("_scale_alone").any()).item():
        cells = lines_below(
            read,
            lead=pl.when(pl.col("_scale_alone")).then(True),
            item=pl.col("unit").str.contains(rx.SCALE_CELL_LINE),
        ).select(DOC_IDX, "unit_start", _scale_cell="_led")
        blocks = blocks.join(cells, on=[DOC_IDX, "unit_start"], how="full", coalesce=True).select(
            DOC_IDX,
            "unit_start",
            cur_block=pl.col("cur_block").fill_null(False) | pl.col("_scale_cell").fill_null(False),
        )
    return (
        units.join(blocks, on=[DOC_IDX, "unit_start"], how="left", maintain_order="left")
        .with_columns(pl.col("cur_block").fill_null(False) | pl.col("_headed_table"))
        .drop("_head", "_scale_alone", "_headed_table")
    )


def _with_cent_rows(units: pl.DataFrame) -> pl.DataFrame:
    """A line naming no currency that holds three figures in a row written with thousands and
    cents (``Bayern 4.649,61 5.846,76 7.043,94 …``, ``patterns.CENT_ROW``: a pay table
    flattened into text), in a text that names pay and no other currency
    (``patterns.OTHER_CURRENCY``): its cells are euros (``cur_block``). Only the lines without a
    currency are searched, and the texts holding such a row read whole."""
    rows = masked(~pl.col("money"), pl.col("unit")).str.contains(rx.CENT_ROW).fill_null(False)
    units = units.pipe(with_shared, _cent_row=rows)
    concerned = units.filter("_cent_row").select(DOC_IDX).unique()
    if concerned.is_empty():
        return units.drop("_cent_row")
    text = pl.col("unit").str.join(" ")
    paid = (
        units.join(concerned, on=DOC_IDX, how="semi")
        .group_by(DOC_IDX)
        .agg(_paid=text.str.to_lowercase().str.contains(rx.PAY_NAMES) & ~text.str.contains(rx.OTHER_CURRENCY))
        .filter("_paid")
        .select(DOC_IDX)
    )
    return units.with_columns(
        cur_block=pl.col("cur_block") | (pl.col("_cent_row") & pl.col(DOC_IDX).is_in(paid[DOC_IDX].implode()))
    ).drop("_cent_row")


def lines_below(units: pl.DataFrame, lead: pl.Expr, item: pl.Expr) -> pl.DataFrame:
    """The ``item`` lines (of a list or table) right below a lead line, with ``_led``: the
    value of ``lead`` (an expression, NULL on lines that lead nothing) on the line leading
    them. A block starts at every line that is no item, every lead line and every text's
    first line; its first line leads it."""
    first_of_doc = (pl.col(DOC_IDX) != pl.col(DOC_IDX).shift(1)).fill_null(True)
    return (
        units.with_columns(_lead=lead, _item=item)
        .with_columns(_block=(~pl.col("_item") | pl.col("_lead").is_not_null() | first_of_doc).cum_sum())
        .with_columns(_led=pl.col("_lead").first().over("_block"))
        .filter(pl.col("_led").is_not_null() & pl.col("_lead").is_null())
        .drop("_lead", "_item", "_block")
    )


def start_within(length: pl.Expr, first_of_group: pl.Expr) -> pl.Expr:
    """Offset of each row within its group of consecutive rows (``first_of_group`` marks
    where one starts), from the ``length`` of the rows before it: a running sum, no window."""
    end = length.cum_sum()
    group_start = pl.when(first_of_group).then(end - length).forward_fill()
    return end - length - group_start


def same_sentence(shift: int) -> pl.Expr:
    """Whether the row ``shift`` rows away is in the same sentence (``sent_idx`` is unique
    within a batch, and a sentence's rows are consecutive)."""
    return (pl.col("sent_idx").shift(shift) == pl.col("sent_idx")).fill_null(False)


def in_sentence(value: pl.Expr, shift: int) -> pl.Expr:
    """``value`` of the row ``shift`` rows away if in the same sentence, else NULL."""
    return pl.when(same_sentence(shift)).then(value.shift(shift))


def split_sentences(docs: pl.DataFrame, money_only: bool = True) -> pl.DataFrame:
    """One row per sentence: ``document_id``, ``sent_idx``, ``sentence``, ``sent_start``,
    ``sent_len``, ``prev_sentence``, ``next_sentence`` (of the units ``text_units`` keeps)."""
    n = pl.col("sentence").str.len_chars()
    same_doc_before = (pl.col(DOC_IDX).shift(1) == pl.col(DOC_IDX)).fill_null(False)
    same_doc_after = (pl.col(DOC_IDX).shift(-1) == pl.col(DOC_IDX)).fill_null(False)
    new_unit = (pl.col("unit_idx") != pl.col("unit_idx").shift(1)).fill_null(True)
    return (
        text_units(docs, money_only)
        .with_columns(
            # (footnote marks blanked in the lines kept only: the whole texts are not copied again)
            _footnote_marks_blanked(pl.col("unit")).str.extract_all(rx.SENTENCE).alias("sentence"),
            unit_idx=pl.int_range(pl.len()),
        )
        .explode("sentence")
        .filter(n > 0)
        .pipe(
            with_shared,
            sent_idx=pl.int_range(pl.len()),  # unique in the batch; a document's neighbours are ±1
            sent_start=pl.col("unit_start") + start_within(n, new_unit),
            sent_len=n,
            prev_sentence=pl.when(same_doc_before).then(pl.col("sentence").shift(1)),
            next_sentence=pl.when(same_doc_after).then(pl.col("sentence").shift(-1)),
        )
        .drop("unit", "unit_start", "unit_idx")
    )
