"""Extraction: article texts in, one row per salary statement out (Polars, vectorised).

All documents of a batch are processed at once by Polars expressions; there is no Python
loop per document, sentence or statement. The steps:

1. ``parse_headers`` reads title, occupation and city from the portal header.
2. ``split_sentences`` cuts every text into sentences whose lengths add up to the text,
   so each sentence knows its character offset.
3. ``find_statements`` cuts every sentence into pieces (text before a statement plus the
   statement), which gives each statement's exact ``char_start``/``char_end``.
4. Amounts are parsed, statements without a currency or in a not-pay context dropped,
   shapes (range, ``bis zu``, ``ab``, ``rund``) turned into bounds and flags.
5. Period and seniority come from the nearest cue: in the statement's clause, then its
   sentence, then (seniority only) the sentence before.
"""

from __future__ import annotations

import polars as pl

from flows import patterns as rx
from flows.settings import EXTRACTOR_VERSION, Settings, get_settings

DOC_KEY = "document_id"
DOC_IDX = "doc_idx"  # an integer per document: window functions group on it much faster
SENT_KEY = [DOC_IDX, "sent_idx"]

CONTEXT_CHARS = 300
"""Of a line next to a line naming a currency, only this much (its end before, its start
after) is parsed: enough for the neighbouring sentence's seniority cue."""

OPEN_MIN_KEYWORDS = [
    "ab",
    "mindestens",
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
]
"""Keywords giving a lower bound only: ``ab 3.000 €`` is (3000, NULL), open-ended."""

UP_TO_KEYWORDS = ["bis zu", "bis hin zu", "bis", "maximal", "max.", "höchstens", "unter", "weniger als"]
"""Keywords giving an upper bound only: ``bis zu 5.500 €`` is (NULL, 5500)."""
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

RECORD_COLUMNS = [
    "record_id",
    "document_id",
    "seniority",
    "period",
    "period_inferred",
    "amount_min",
    "amount_max",
    "is_open_ended",
    "is_approximate",
    "evidence",
    "char_start",
    "char_end",
    "statement",
    "line",
    "extractor_version",
]


def parse_headers(docs: pl.DataFrame) -> pl.DataFrame:
    """Add ``title``, ``occupation`` and ``city`` from the header ``Beruf <occ> in <city>``."""
    head = pl.col("text").str.head(2000)
    return docs.with_columns(
        title=head.str.extract(rx.TITLE, 1).str.strip_chars(),
        occupation=head.str.extract(rx.HEADER, 1).str.strip_chars(),
        city=head.str.extract(rx.HEADER, 2).str.strip_chars(),
    )


def blank_inner_breaks(text: pl.Expr) -> pl.Expr:
    """The text with every line break inside a sentence blanked (same length, so offsets
    hold): all breaks of a hard-wrapped text, and in any text a break before a lower-case
    word, a digit or ``€``. Every line break left ends a sentence."""
    lines = text.str.split("\n")
    line_lengths = lines.list.eval(pl.element().str.len_chars())
    wrapped = (
        (lines.list.len() >= 3)
        & (line_lengths.list.max() <= rx.WRAPPED_LINE_MAX)
        & (line_lengths.list.mean() >= rx.WRAPPED_LINE_MEAN_MIN)
    )
    unwrapped = text.str.replace_all(rx.WRAPPED_BREAK_CRLF, "${1}  ${2}").str.replace_all(
        rx.WRAPPED_BREAK_LF, "${1} ${2}"
    )
    return (
        pl.when(wrapped)
        .then(unwrapped)
        .otherwise(text)
        .str.replace_all(rx.CONTINUED_BREAK_CRLF, "  ${1}")
        .str.replace_all(rx.CONTINUED_BREAK_LF, " ${1}")
    )


def text_units(docs: pl.DataFrame, money_only: bool = True) -> pl.DataFrame:
    """The lines (sentence groups) worth reading: ``document_id``, ``doc_idx``, ``unit``,
    ``unit_start``.

    With ``money_only`` only lines that name a currency are kept whole; of the line before
    and after each (where seniority cues may stand) only ``CONTEXT_CHARS`` next to it. Most
    of an article is never parsed.
    """
    if DOC_IDX not in docs.columns:
        docs = docs.with_row_index(DOC_IDX)
    n = pl.col("unit").str.len_chars() + 1  # the line and its break
    # Rows stay grouped by document, so offsets and neighbours come from running sums and
    # shifts checked against the document index: no window (``over``) is needed.
    same_doc_before = (pl.col(DOC_IDX).shift(1) == pl.col(DOC_IDX)).fill_null(False)
    same_doc_after = (pl.col(DOC_IDX).shift(-1) == pl.col(DOC_IDX)).fill_null(False)
    units = (
        docs.select(DOC_KEY, DOC_IDX, unit=blank_inner_breaks(pl.col("text")).str.split("\n"))
        .explode("unit")
        .with_columns(unit_start=_start_within(n, ~same_doc_before))
        .filter(pl.col("unit").str.len_chars() > 0)
    )
    if not money_only:
        return units
    money = pl.col("money")
    before_money = (money.shift(-1) & same_doc_after).fill_null(False) & ~money
    after_money = (money.shift(1) & same_doc_before).fill_null(False) & ~money
    unit, length = pl.col("unit"), pl.col("unit").str.len_chars()
    return (
        units.with_columns(money=pl.col("unit").str.contains(rx.MONEY_HINT))
        .with_columns(before=before_money, after=after_money)
        .filter(pl.col("money") | pl.col("before") | pl.col("after"))
        .with_columns(
            unit=pl.when(pl.col("money") | (pl.col("before") & pl.col("after")))
            .then(unit)
            .when(pl.col("before"))
            .then(unit.str.tail(CONTEXT_CHARS))
            .otherwise(unit.str.head(CONTEXT_CHARS)),
            unit_start=pl.when(pl.col("before") & ~pl.col("after"))
            .then(pl.col("unit_start") + (length - CONTEXT_CHARS).clip(lower_bound=0))
            .otherwise("unit_start"),
        )
        .drop("money", "before", "after")
    )


def _start_within(length: pl.Expr, first_of_group: pl.Expr) -> pl.Expr:
    """Offset of each row within its group of consecutive rows (``first_of_group`` marks
    where one starts), from the ``length`` of the rows before it: a running sum, no window."""
    end = length.cum_sum()
    group_start = pl.when(first_of_group).then(end - length).forward_fill()
    return end - length - group_start


def _same_sentence(shift: int) -> pl.Expr:
    """Whether the row ``shift`` rows away is in the same sentence (``sent_idx`` is unique
    within a batch, and a sentence's rows are consecutive)."""
    return (pl.col("sent_idx").shift(shift) == pl.col("sent_idx")).fill_null(False)


def _in_sentence(value: pl.Expr, shift: int) -> pl.Expr:
    """``value`` of the row ``shift`` rows away if in the same sentence, else NULL."""
    return pl.when(_same_sentence(shift)).then(value.shift(shift))


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
            pl.col("unit").str.extract_all(rx.SENTENCE).alias("sentence"), unit_idx=pl.int_range(pl.len())
        )
        .explode("sentence")
        .filter(n > 0)
        .with_columns(
            sent_idx=pl.int_range(pl.len()),  # unique in the batch; a document's neighbours are ±1
            sent_start=pl.col("unit_start") + _start_within(n, new_unit),
            sent_len=n,
            prev_sentence=pl.when(same_doc_before).then(pl.col("sentence").shift(1)),
            next_sentence=pl.when(same_doc_after).then(pl.col("sentence").shift(-1)),
        )
        .drop("unit", "unit_start", "unit_idx")
    )


def _amount(prefix: str) -> dict[str, pl.Expr]:
    """Parse the groups of ``patterns.amount(prefix)``: value, currency present, scale."""
    num = pl.col(f"{prefix}_num").str.replace_all(r"[.\s\u00a0\u202f\u2009]", "")
    dec = pl.col(f"{prefix}_dec")
    value = num.cast(pl.Float64, strict=False) + pl.when(dec.is_not_null()).then(
        pl.concat_str(pl.lit("0."), dec).cast(pl.Float64, strict=False)
    ).otherwise(0.0)
    suffix = pl.col(f"{prefix}_suf")
    return {
        f"{prefix}_value": value,
        f"{prefix}_currency": pl.col(f"{prefix}_pre").is_not_null() | suffix.is_not_null(),
        f"{prefix}_thousand": suffix.str.contains(rx.ci(rx.THOUSAND_SCALE)).fill_null(False),
        f"{prefix}_large": suffix.str.contains(rx.ci(rx.LARGE_SCALE)).fill_null(False),
    }


def find_statements(sentences: pl.DataFrame) -> pl.DataFrame:
    """One row per amount-like statement with its offsets, groups and sentence context."""
    piece_len = pl.col("piece").str.len_chars()
    stmt = (
        sentences.filter(pl.col("sentence").str.contains(rx.MONEY_HINT))
        .with_columns(piece=pl.col("sentence").str.extract_all(rx.PIECE))
        .explode("piece")
        .drop_nulls("piece")
        .with_columns(piece_start=_start_within(piece_len, ~_same_sentence(1)))
        .with_columns(pre=pl.col("piece").str.replace(rx.FIRST_STATEMENT_ON, ""))
        .with_columns(stmt=pl.col("piece").str.slice(pl.col("pre").str.len_chars()))
        .with_columns(groups=pl.col("stmt").str.extract_groups(rx.STATEMENT_GROUPS))
        .unnest("groups")
    )
    for field in ("pre", "num", "dec", "suf"):
        stmt = stmt.with_columns(
            pl.coalesce(f"a1_{field}", f"a3_{field}", f"a2_{field}").alias(f"a_{field}"),
            pl.coalesce(f"b1_{field}", f"b3_{field}", f"b2_{field}").alias(f"b_{field}"),
        )
    start_in_sent = pl.col("piece_start") + pl.col("pre").str.len_chars()
    return stmt.with_columns(
        **_amount("a"),
        **_amount("b"),
        # ``über`` has no word boundary in the pattern: inside ``gegenüber`` it is no keyword.
        kw=pl.when(pl.col("kw").str.starts_with("über") & pl.col("pre").str.contains(r"\p{L}$"))
        .then(None)
        .otherwise(pl.col("kw").str.to_lowercase().str.replace_all(r"\s+", " ")),
        is_between=pl.col("a1_num").is_not_null(),
        s_in_sent=start_in_sent,
        e_in_sent=start_in_sent + pl.col("stmt").str.len_chars(),
    )


# Context helpers. None uses capture groups: Polars then runs the regex crate's fast
# automata (find, replace) instead of its capture engine, which is many times slower.


def _last_clause(text: pl.Expr, boundary: str) -> pl.Expr:
    """The part of ``text`` after the last ``boundary``."""
    return text.str.replace(rf"(?s)^.*(?:{boundary})", "")


def _first_clause(text: pl.Expr, boundary: str) -> pl.Expr:
    """The part of ``text`` before the first ``boundary``."""
    return text.str.replace(rf"(?s)(?:{boundary}).*$", "")


def _dist_before(text: pl.Expr, pattern: str) -> pl.Expr:
    """Bytes between the end of the last match of ``pattern`` in ``text`` and its end (NULL: none).

    The pieces ``.*?PATTERN`` found one after another end exactly at each match, so their
    summed length is where the last match ends (measured faster here than replacing a greedy
    ``^.*PATTERN``, which must scan every text to its end)."""
    pieces = text.str.extract_all(rf"(?s).*?(?:{rx.ci(pattern)})")
    last_end = pieces.list.eval(pl.element().str.len_bytes()).list.sum()
    return pl.when(pieces.list.len() > 0).then(text.str.len_bytes() - last_end)


def _dist_after(text: pl.Expr, pattern: str) -> pl.Expr:
    """Bytes before the first match of ``pattern`` in ``text`` (NULL: none)."""
    return text.str.find(rx.ci(pattern))


def _nearest(candidates: dict[str, list[pl.Expr]]) -> pl.Expr:
    """The label whose distance is smallest (NULL when no label has a distance)."""
    best = pl.min_horizontal([d for ds in candidates.values() for d in ds])
    expr: pl.Expr = pl.lit(None, dtype=pl.String)
    for label, dists in reversed(candidates.items()):
        hit = pl.any_horizontal([d == best for d in dists]).fill_null(False)
        expr = pl.when(hit).then(pl.lit(label)).otherwise(expr)
    return expr


def _not_pay() -> pl.Expr:
    """A money statement in a not-pay context: a price, fee, budget, net pay, difference."""
    left = pl.col("sentence").str.slice(0, pl.col("s_in_sent"))
    right = pl.col("sentence").str.slice(pl.col("e_in_sent"))
    pre_np = _last_clause(left, rx.NON_PAY_CLAUSE_BOUNDARY).str.tail(80)
    post_np = _first_clause(right, rx.NON_PAY_CLAUSE_BOUNDARY).str.head(30)
    return (
        pl.col("a_large")
        | pl.col("b_large")
        | right.str.contains(rx.ci(rx.NON_PAY_AFTER))
        | pre_np.str.contains(rx.ci(rx.NON_PAY)).fill_null(False)
        | post_np.str.contains(rx.ci(rx.NON_PAY)).fill_null(False)
    )


def keep_salaries(stmt: pl.DataFrame) -> pl.DataFrame:
    """Money statements that are salaries: a currency, no not-pay context, and not an
    elliptical continuation of a price (``Das Abo kostet 13 €, das Studio 29 €``)."""
    money = stmt.filter((pl.col("a_currency") | pl.col("b_currency")) & pl.col("a_value").is_not_null())
    money = money.with_columns(not_pay=_not_pay())
    right = pl.col("sentence").str.slice(pl.col("e_in_sent"))
    own_words = pl.concat_str("pre", _first_clause(right, rx.NON_PAY_CLAUSE_BOUNDARY), ignore_nulls=True)
    continues_price = _in_sentence(pl.col("not_pay"), 1).fill_null(False) & ~own_words.str.contains(
        rx.ci(rx.PAY_WORDS)
    )
    return money.filter(~pl.col("not_pay") & ~continues_price)


def _bounds() -> dict[str, pl.Expr]:
    """Stated bounds and flags from the statement's shape."""
    kw = pl.col("kw").fill_null("")
    has_range = pl.col("b_value").is_not_null()
    # A bare first bound shares the second bound's scale: ``zwischen 4,2 und 5,5 Tsd. €``.
    a_scale = (
        pl.when(pl.col("a_thousand") | (~pl.col("a_currency") & pl.col("b_thousand")))
        .then(1000.0)
        .otherwise(1.0)
    )
    b_scale = pl.when(pl.col("b_thousand")).then(1000.0).otherwise(1.0)
    a = (pl.col("a_value") * a_scale).round(2)
    b = (pl.col("b_value") * b_scale).round(2)
    return {
        "amount_min": pl.when(has_range).then(a).when(kw.is_in(UP_TO_KEYWORDS)).then(None).otherwise(a),
        # ``4.000 € oder mehr`` is at least 4.000 €: an adjacent open tail removes the upper bound.
        "amount_max": pl.when(has_range)
        .then(b)
        .when(kw.is_in(OPEN_MIN_KEYWORDS) | (pl.col("tail").is_not_null() & ~kw.is_in(UP_TO_KEYWORDS)))
        .then(None)
        .otherwise(a),
        "is_approximate": kw.is_in(APPROX_KEYWORDS),
        "kw_open": ~has_range & kw.is_in(OPEN_MIN_KEYWORDS),
    }


def _with_local_context(stmt: pl.DataFrame) -> pl.DataFrame:
    """Add the sentence text left/right of each kept statement and up to its neighbours."""
    prev_end = _in_sentence(pl.col("e_in_sent"), 1).fill_null(0)
    next_start = _in_sentence(pl.col("s_in_sent"), -1).fill_null(pl.col("sent_len"))
    sentence = pl.col("sentence").str.replace_all(rx.SENIORITY_NEUTRALISE, "${1}_${2}")
    return stmt.with_columns(
        left=sentence.str.slice(0, pl.col("s_in_sent")),
        right=sentence.str.slice(pl.col("e_in_sent")),
        pre_local_len=sentence.str.slice(prev_end, pl.col("s_in_sent") - prev_end).str.len_bytes(),
        pre_local=sentence.str.slice(prev_end, pl.col("s_in_sent") - prev_end),
        has_previous=_same_sentence(1),
        has_next=_same_sentence(-1),
        post_local=sentence.str.slice(pl.col("e_in_sent"), next_start - pl.col("e_in_sent")),
    )


def _period(settings: Settings) -> dict[str, pl.Expr]:
    """Period from the nearest explicit word (local first, then sentence) or by magnitude."""
    far = 100_000  # pushes matches outside the statement's neighbourhood behind local ones
    words = {"month": rx.PERIOD_MONTH, "year": rx.PERIOD_YEAR, "hour": rx.PERIOD_HOUR}
    candidates: dict[str, list[pl.Expr]] = {}
    post_len = pl.col("post_local").str.len_bytes()
    for label, pattern in words.items():
        d_left = _dist_before(pl.col("left"), pattern)
        d_right = _dist_after(pl.col("right"), pattern)
        candidates[label] = [
            d_left + pl.when(d_left >= pl.col("pre_local_len")).then(far).otherwise(0),
            d_right + pl.when(d_right >= post_len).then(far).otherwise(0),
        ]
    explicit = _nearest(candidates)
    magnitude = pl.coalesce("amount_max", "amount_min")
    inferred = (
        pl.when(magnitude < settings.hourly_max_amount)
        .then(pl.lit("hour"))
        .when(magnitude >= settings.annual_min_amount)
        .then(pl.lit("year"))
        .otherwise(pl.lit("month"))
    )
    return {
        "period": pl.coalesce(explicit, inferred),
        "period_inferred": explicit.is_null(),
    }


def _seniority_scopes() -> list[pl.Expr]:
    """Seniority from the nearest cue, one expression per scope, to be tried in order until
    one finds a cue (NULL: none in that scope).

    1. the statement's own clause: left of it (back to a clause boundary, or past the
       previous statement and the comma after it) and right of it up to a comma;
    2. right of it to the end of the sentence, if no statement follows; 3. the whole
       sentence left of it;
    4. the sentence before, 5. the sentence after (each only if it holds no statement).
    """
    cues = {
        "entry": rx.SENIORITY_ENTRY,
        "experienced": rx.SENIORITY_EXPERIENCED,
        "lead": rx.SENIORITY_LEAD,
    }
    after_previous = pl.col("pre_local").str.replace(rf"(?s)^.*?(?:,|{rx.CLAUSE_BOUNDARY})", "")
    own_left = (
        pl.when(pl.col("has_previous"))
        .then(after_previous)
        .otherwise(_last_clause(pl.col("left"), rx.CLAUSE_BOUNDARY))
    )
    right_clause = _first_clause(pl.col("post_local"), rx.RIGHT_CLAUSE_BOUNDARY)
    # After the last statement of a sentence the rest of the sentence still describes it;
    # before another statement it describes that one.
    right_rest = (
        pl.when(pl.col("has_next"))
        .then(None)
        .otherwise(pl.col("post_local").str.replace(rf"(?s)(?:,\s*[A-ZÄÖÜ]|;|{rx.CLAUSE_BOUNDARY}).*$", ""))
    )
    # A statement after another one in the same sentence inherits the sentence's cue only
    # when its own clause continues the previous one (no subject of its own).
    inherits = ~pl.col("has_previous") | ~after_previous.str.contains(rx.NEW_SUBJECT)
    left_inherited = pl.when(inherits).then(pl.col("left")).otherwise(None)

    def neighbour(sentence: str, taken: str) -> pl.Expr:
        text = pl.when(pl.col(taken)).then(None).otherwise(pl.col(sentence))
        return text.str.replace_all(rx.SENIORITY_NEUTRALISE, "${1}_${2}")

    levels = [
        {k: [_dist_before(own_left, c), _dist_after(right_clause, c)] for k, c in cues.items()}
        | {
            "entry": [
                _dist_before(own_left, rx.SENIORITY_ENTRY),
                _dist_after(right_clause, rx.SENIORITY_ENTRY),
                _dist_before(own_left, rx.SENIORITY_ENTRY_WEAK) + rx.WEAK_CUE_PENALTY,
            ]
        },
        {k: [_dist_after(right_rest, c)] for k, c in cues.items()},
        {k: [_dist_before(left_inherited, c)] for k, c in cues.items()},
        {k: [_dist_before(neighbour("prev_sentence", "prev_has_statement"), c)] for k, c in cues.items()},
        {k: [_dist_after(neighbour("next_sentence", "next_has_statement"), c)] for k, c in cues.items()},
    ]
    return [_nearest(level) for level in levels]


def with_seniority(stmt: pl.DataFrame) -> pl.DataFrame:
    """Add ``seniority``: the cue of the first scope (``_seniority_scopes``) that holds one,
    else ``unspecified``. The wider scopes are searched only for the statements whose own
    clause has no cue (most have one), keeping the rows' order."""
    first, *wider = _seniority_scopes()
    stmt = stmt.with_row_index("_row").with_columns(seniority=first)
    found = pl.col("seniority").is_not_null()
    rest = stmt.filter(~found).with_columns(seniority=pl.coalesce(*wider, pl.lit("unspecified")))
    return pl.concat([stmt.filter(found), rest]).sort("_row").drop("_row")


def extract_records(docs: pl.DataFrame, settings: Settings | None = None) -> pl.DataFrame:
    """All salary statements of ``docs`` (columns ``document_id``, ``text``) as record rows.

    The result has ``RECORD_COLUMNS`` (stated figures only; ``normalise`` adds the
    monthly and annual equivalents), ordered by document and position.
    """
    settings = settings or get_settings()
    docs = docs.with_row_index(DOC_IDX)
    sentences = split_sentences(docs)
    stmt = find_statements(sentences)
    stmt = keep_salaries(stmt).with_columns(**_bounds())
    with_statement = stmt.select(SENT_KEY).unique()
    for flag, shift in (("prev_has_statement", 1), ("next_has_statement", -1)):
        neighbours = with_statement.select(DOC_IDX, pl.col("sent_idx") + shift, pl.lit(True).alias(flag))
        stmt = stmt.join(neighbours, on=SENT_KEY, how="left", maintain_order="left")
    stmt = stmt.with_columns(pl.col("prev_has_statement", "next_has_statement").fill_null(False))
    stmt = _with_local_context(stmt)
    char_start = pl.col("sent_start") + pl.col("s_in_sent")
    stmt = stmt.with_columns(**_period(settings))
    # A small figure without a period word next to a raise word is the raise itself.
    is_raise = (
        pl.col("period_inferred")
        & (pl.col("period") == "month")
        & (pl.coalesce("amount_max", "amount_min") < settings.monthly_min)
        & pl.col("sentence").str.contains(rx.ci(rx.RAISE_WORDS))
    )
    return (
        with_seniority(stmt.filter(~is_raise))
        .with_columns(
            is_open_ended=pl.col("kw_open")
            | pl.col("tail").is_not_null()
            | pl.col("post_local").str.contains(rx.ci(rx.OPEN_TAIL)).fill_null(False),
            evidence=pl.col("sentence").str.strip_chars(),
            char_start=char_start,
            char_end=pl.col("sent_start") + pl.col("e_in_sent"),
            extractor_version=pl.lit(EXTRACTOR_VERSION),
        )
        .with_columns(
            record_id=pl.concat_str(
                pl.col(DOC_KEY).str.head(16), pl.lit(":"), "char_start", pl.lit("-"), "char_end"
            )
        )
        .join(docs.select(DOC_IDX, "text"), on=DOC_IDX, how="left", maintain_order="left")
        .with_columns(
            statement=pl.col("text").str.slice(
                pl.col("char_start"), pl.col("char_end") - pl.col("char_start")
            ),
            line=pl.col("text").str.slice(0, pl.col("char_start")).str.count_matches("\n") + 1,
        )
        .select(RECORD_COLUMNS)
        .with_columns(pl.col("char_start", "char_end", "line").cast(pl.Int64))
    )
