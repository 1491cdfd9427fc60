"""Context: what the words around a statement say about it.

- ``with_skip_reason``: why a euro amount is not a salary (net pay, a raise, a price, …), NULL
  for pay;
- ``with_period``: the nearest explicit period word that fits the figure, else the magnitude;
- ``with_seniority``: the nearest seniority cue, in widening scopes.

Helpers use no capture groups: Polars then runs the regex crate's fast automata (find,
replace) instead of its capture engine, which is many times slower.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import polars as pl
import polars.selectors as cs

from flows.extract import patterns as rx
from flows.extract.numbers import scale
from flows.extract.text import DOC_IDX, in_sentence, masked, same_sentence, with_shared
from flows.settings import Settings


def _clause_flags(text: pl.Expr, name: str) -> dict[str, pl.Expr]:
    """Columns saying which rewrites of ``_last_clause`` a ``text`` needs (``<name>_open``,
    ``_restate``, ``_relative``): computed once, as columns, for the rewrites to read."""
    end = text.str.tail(80)  # (the end is read in the last characters only)
    opened = end.str.contains(r"[–—-]\s+$|\([^()]*$")
    return {
        f"{name}_open": (
            opened & ~masked(opened, end).str.contains(_VERB_BEFORE_DASH).fill_null(False)
        ).fill_null(False),
        f"{name}_restate": (
            text.str.contains_any(_RESTATING_COMMAS) & ~text.str.contains_any(["netto", "Netto"])
        ).fill_null(False),
        f"{name}_relative": text.str.contains_any(_RELATIVE_COMMAS).fill_null(False),
    }


def _last_clause(text: pl.Expr, boundary: str, flags: str) -> pl.Expr:
    """The part of ``text`` after the last ``boundary`` (a dash right before the statement
    introduces it, like a colon: ``die Pensionsansprüche - von 227 auf 233 Euro``); ``flags``
    names the ``_clause_flags`` columns of ``text``."""
    # (an opening bracket just before it too: ``das Schulgeld (meist 400 Euro …)``)
    # (a relative clause goes on about the noun before its comma: ``eine Bonuskomponente, die
    # bei Linklaters bis zu 60.000 Euro betragen kann``; ``, die Kollegen`` opens a clause; not
    # an article before an adjective and its noun: ``Die Miete ist hoch, der durchschnittliche
    # Verdienst …`` opens a clause of its own)
    # (``…, also rund 2.300 Euro`` restates the clause before: it goes on with it; not across
    # net and gross: ``Rund 2.000 Euro netto, also etwa 3.100 Euro brutto``)
    # (a dash after a label, not after a clause with a verb: ``Das Urlaubsgeld wurde
    # gestrichen – 2.900 Euro …``)
    # Every rewrite reads only the texts that can hold it, and the rewritten ones replace the
    # originals once (each ``coalesce`` builds a new column of texts).
    opened, restate, relative = (pl.col(f"{flags}_{k}") for k in ("open", "restate", "relative"))
    rewritten = masked(opened | restate | relative, text)
    rewritten = (
        pl.when(restate).then(rewritten.str.replace_all(_RESTATING_CLAUSE, " $1")).otherwise(rewritten)
    )
    rewritten = (
        rewritten.str.replace_all(_ARTICLE_AFTER_COMMA, ",\x00$1")
        .str.replace_all(_RELATIVE_CLAUSE, " $1")
        .str.replace_all("\x00", "", literal=True)
    )
    rewritten = (
        pl.when(opened)
        .then(rewritten.str.replace(r"\s[–—-]\s+$", " ").str.replace(r"\((\s*(?:[^\s()]+\s+){1,2})$", " $1"))
        .otherwise(rewritten)
    )
    text = pl.coalesce(rewritten, text)
    return text.str.replace(rf"(?s)^.*(?:{boundary})", "")


_RELATIVE_COMMAS = [f", {w} " for w in ("die", "der", "das", "den", "dem", "welche", "welcher", "welches")]
_RESTATING_COMMAS = [", also ", ", sprich ", ", d.h. ", ", d. h. ", ", das entspricht ", ", das sind "]
_RESTATING_CLAUSE = r",(\s+(?:also|sprich|d\.\s?h\.|das\s+entspricht|das\s+sind)\s)"
"""A clause restating the one before (its commas: ``_RESTATING_COMMAS``, a fast first search)."""
_RELATIVE_CLAUSE = r",(\s+(?:die|der|das|den|dem|welche[rsnm]?)(?:\s+[a-zäöüß]|\s*$))"
_ARTICLE_AFTER_COMMA = r",(\s+(?:die|der|das|den|dem)\s+[a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ])"
_VERB_BEFORE_DASH = (
    r"(?i)(?-u:\b)(?:ist|sind|war|waren|wurde|wurden|wird|werden|gibt|gab|reicht|fällt|entfällt|bleibt|gestrichen"
    r"|überschritten|gekürzt|erhöht|gesenkt|hat|haben|hatte|kostet|kosten|fehlt|fehlen)(?:\s+\S+)?\s+[–—-]\s+$"
    r"|(?-u:\b)(?:aus|weg)\s+[–—-]\s+$"
)


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


_REGEX_META = frozenset(".^$*+?{}[]\\|()")


@cache
def _alternatives(pattern: str) -> tuple[str, ...]:
    """``pattern``'s top-level alternatives (split at ``|`` outside groups and classes)."""
    alternatives, depth, current, i = [], 0, "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        if c == "[":  # a class, whole: ``[^()|]`` holds no group nor alternative
            j = i + 1
            if pattern[j : j + 1] == "^":
                j += 1
            if pattern[j : j + 1] == "]":
                j += 1
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            current += pattern[i : j + 1]
            i = j + 1
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += c
        i += 1
    alternatives.append(current)
    return tuple(alternatives)


@cache
def _literal_split(pattern: str) -> tuple[list[str], str | None]:
    """``pattern``'s top-level alternatives that are plain words (for ``contains_any``, a
    fast multi-word search) and a regular expression of the others (``None``: none left)."""
    alternatives = _alternatives(pattern)
    words = [a for a in alternatives if not set(a) & _REGEX_META]
    rest = [a for a in alternatives if set(a) & _REGEX_META]
    return words, "|".join(rest) or None


GLOBAL_FLAGS = re.compile(r"^\(\?[a-zA-Z-]+\)")
"""A pattern opening with inline flags for all of it (``(?i)…``): searched whole."""
REGEX_CHUNK_CHARS = 600
"""A long alternation is searched as several regexes of at most about this many characters,
their results or-ed: one regex of many alternatives with bounded repetitions overflows the
lazy automaton's cache and runs several times slower than its parts one by one (the
sentence-wide ``hypothetical`` words: 150 ms as one, 14 ms as parts, over 22,000 sentences)."""


def _chunks(pattern: str) -> list[str]:
    """``pattern``'s top-level alternatives, joined again into chunks of at most
    ``REGEX_CHUNK_CHARS`` characters (an alternative longer than that is a chunk of its own)."""
    alternatives = _alternatives(pattern)
    chunks: list[str] = []
    for alternative in alternatives:
        if chunks and len(chunks[-1]) + len(alternative) < REGEX_CHUNK_CHARS:
            chunks[-1] += "|" + alternative
        else:
            chunks.append(alternative)
    return chunks


def contains_chunked(text: pl.Expr, pattern: str) -> pl.Expr:
    """``text.str.contains(pattern)`` for an alternation without global inline flags, searched
    in chunks (``_chunks``)."""
    chunks = _chunks(pattern)
    if len(chunks) == 1 or GLOBAL_FLAGS.match(pattern):  # (``(?i)a|b``: the flag is every part's)
        return text.str.contains(pattern)
    return pl.any_horizontal([text.str.contains(chunk) for chunk in chunks])


def any_words(text: pl.Expr, patterns: Iterable[str], *, one_regex: bool = True) -> pl.Expr:
    """Whether ``text`` may match one of the word alternations ``patterns``: all their plain
    words in one Aho-Corasick pass, all the rest in one regex (``one_regex=False``: one regex
    per pattern, in chunks). A row where it is false matches none of them, so the rules read a
    text masked by it (NULL there: no search)."""
    words = sorted({w for p in patterns for w in _literal_split(p)[0]})
    rests = [rest for p in patterns if (rest := _literal_split(p)[1])]
    found = text.str.contains_any(words) if words else pl.lit(False)
    if not rests:
        return found
    if one_regex:
        return found | text.str.contains("|".join(f"(?:{r})" for r in rests))
    return pl.any_horizontal([found, *(contains_chunked(text, rest) for rest in rests)])


def contains_words(text: pl.Expr, pattern: str) -> pl.Expr:
    """``text.str.contains(pattern)`` for a lower-case alternation of words, with its plain
    words searched by Aho-Corasick (many words, one pass) and only the rest by the regex (in
    chunks)."""
    words, rest = _literal_split(pattern)
    found = text.str.contains_any(words) if words else pl.lit(False)
    return found | contains_chunked(text, rest) if rest else found


class SharedSearch:
    """Many rules' searches of one text column, read only where one of them can hold: each
    ``search(pattern)`` is a rule's search (FALSE where the text does not match), a column of
    its own; ``with_hits(frame)``, called once after all rules are written, adds ``hits`` (the
    text where any of the patterns matches, one search with all of them; NULL elsewhere,
    ``masked``) and each pattern's column, searched in ``hits`` only. Where no row matches any
    pattern, no pattern of its own is compiled (Polars compiles a regex for a column of NULLs
    too, and its cache holds 32 a thread: every slice of texts compiles them anew)."""

    def __init__(self, column: str) -> None:
        self.column = column
        self.hits = f"{column}_hits"
        self.patterns: list[str] = []

    def __call__(self, pattern: str) -> pl.Expr:
        if pattern not in self.patterns:
            self.patterns.append(pattern)
        return pl.col(f"{self.hits}_{self.patterns.index(pattern)}")

    def read(self) -> pl.Expr:
        """The column's text where any pattern matches (each in a group of its own, so its
        inline flags stay its own)."""
        anything = "|".join(f"(?:{p})" for p in self.patterns)
        return masked(contains_chunked(pl.col(self.column), anything), self.column)

    def with_hits(self, frame: pl.DataFrame) -> pl.DataFrame:
        """``frame`` with ``hits`` and every pattern's column."""
        frame = frame.pipe(with_shared, **{self.hits: self.read()})
        none = frame[self.hits].null_count() == frame.height
        return frame.with_columns(
            **{
                f"{self.hits}_{i}": pl.lit(False)
                if none
                else pl.col(self.hits).str.contains(pattern).fill_null(False)
                for i, pattern in enumerate(self.patterns)
            }
        )


def lower_where(guard: pl.Expr, text: pl.Expr, pattern: str) -> pl.Expr:
    """``contains_where`` for a lower-case ``pattern``: ``text`` lower-cased in the rows where
    ``guard`` holds only (masked first, so the other rows cost nothing)."""
    return masked(guard, text).str.to_lowercase().str.contains(pattern).fill_null(False)


def contains_where(guard: pl.Expr, text: pl.Expr, pattern: str) -> pl.Expr:
    """``text`` contains ``pattern``, searched only in the rows where ``guard`` holds (a cheap
    literal test first: the regex reads few rows); FALSE elsewhere."""
    return masked(guard, text).str.contains(pattern).fill_null(False)


SKIP_REASONS = sorted(
    {
        *rx.NOT_PAY_REASONS,
        *rx.SENTENCE_NOT_PAY,
        "no_pay_context",
        "restatement",
        "negated",
        "not_an_amount",
        "repeated",
        "too_small",
        "unclear_period",
    }
)
"""Every reason code ``with_skip_reason`` can give."""


def _converts_previous() -> pl.Expr:
    """The figure is the previous one of its sentence converted to another period
    (``patterns.CONVERSION_RATIOS``)."""
    value, low = pl.col("_value"), pl.col("_low")  # (``_scaled``)
    # the figure before, or the lower bound of a range before (``zwischen 30.800 € und
    # 41.300 € pro Jahr und 2.567 € …``)
    befores = [in_sentence(value, 1), in_sentence(low, 1), in_sentence(low, 2)]
    near = [
        ((value / before / r) - 1).abs() <= rx.CONVERSION_TOLERANCE
        for before in befores
        for r in rx.CONVERSION_RATIOS
    ]
    return pl.any_horizontal(near).fill_null(False)


def _earlier_figures() -> list[pl.Expr]:
    """The figures (each statement's upper and lower one) of the three statements before this
    one in its text, when at most ``patterns.RESTATED_SENTENCES_BACK`` sentences back."""
    figures: list[pl.Expr] = []
    for k in (1, 2, 3):
        near = (
            (pl.col(DOC_IDX).shift(k) == pl.col(DOC_IDX))
            & (pl.col("sent_idx") - pl.col("sent_idx").shift(k) <= rx.RESTATED_SENTENCES_BACK)
            # (a raise by an amount is nothing worked out again: ``um 200 Euro erhöht. … demnach …
            # ein Bruttogehalt von 2.349 Euro im Monat``)
            & (pl.col("kw").shift(k) != "um").fill_null(True)
        )
        figures += [pl.when(near).then(pl.col(c).shift(k)) for c in ("_value", "_low")]
    return figures


def _restates_earlier(ratios: tuple[tuple[float, float], ...], back: int = 3) -> pl.Expr:
    """Whether the figure is an earlier one (``_earlier_figures``; of the ``back`` statements
    before it) times one of ``ratios`` (each a range: low, high)."""
    ratios_to = [pl.col("_value") / pl.col(f"_earlier{i}") for i in range(2 * back)]  # (columns)
    # (an hour's figure is one of an hour's size: ``14.202 Euro`` is no hourly rate of ``2,8
    # Millionen Euro`` before it; the ratio ranges below 1/100 work out an hour's figure from an
    # earlier one, those above 100 an earlier hour's figure for a month or a year)
    hourly = {
        i: (pl.col("_value") < rx.CONVERTED_HOURLY_MAX, pl.col(f"_earlier{i}") < rx.CONVERTED_HOURLY_MAX)
        for i in range(2 * back)
    }
    return pl.any_horizontal(
        [
            ratio.is_between(low, high)
            & (hourly[i][0] if high <= 1 / 100 else hourly[i][1] if low >= 100 else True)
            for i, ratio in enumerate(ratios_to)
            for low, high in ratios
        ]
    ).fill_null(False)


def _full_time_of_previous() -> pl.Expr:
    """The figure is the hourly one before it in its sentence worked out for a month of full
    time (``patterns.FULL_TIME_HOURS`` hours, the sentence speaking of full time or weekly
    hours, a word of result between the two: ``kommen … auf``, ``das sind``)."""
    before = in_sentence(pl.col("_low"), 1)
    ratio = pl.col("_low") / before
    low, high = rx.FULL_TIME_HOURS
    prev_end = in_sentence(pl.col("e_in_sent"), 1)
    between = pl.col("sentence").str.slice(prev_end, pl.col("s_in_sent") - prev_end).str.to_lowercase()
    return (
        (before < 100)
        & ratio.is_between(low, high)
        & pl.col("_sentence").str.contains(rx.FULL_TIME_WORDS)
        & between.str.contains(rx.FULL_TIME_CONVERTS)
    ).fill_null(False)


def _scaled() -> dict[str, pl.Expr]:
    """``_low``: the first figure with its scale (``68k`` is 68,000); ``_value``: the
    statement's upper figure, else its only one (columns: computed once for the rules)."""
    value = (
        pl.when(pl.col("b_value").is_not_null())
        .then(pl.col("b_value") * scale("b", "a"))
        .otherwise(pl.col("a_value") * scale("a", "b"))
    )
    # (a bare year before a dash and a smaller figure is a date, no figure: ``28.2.2025 – 13,75
    # Euro``: the first of the date readings of ``statements.bounds``; its rarer ones, such as a
    # year glued to a month, ``2021-11 187.000 Euro``, are not repeated here)
    year_first = (
        ~pl.col("a_currency")
        & pl.col("a_dec").is_null()
        & pl.col("a_value").is_between(1900, 2099)
        & (pl.col("b_value") < pl.col("a_value"))
    ).fill_null(False)
    return {
        "_low": pl.when(year_first).then(value).otherwise(pl.col("a_value") * scale("a", "b")),
        "_value": value,
    }


def _new_value_parts() -> dict[str, pl.Expr]:
    """``_nv_subject`` and ``_nv_antecedent``: for a new value (``… auf 3.342 Euro``), the
    sentence's subject before it and the noun a relative clause holding it goes back to, else
    NULL (columns: computed once for the rules of ``_new_value_rules``)."""
    # ``Die Kostenpauschale … steigt um 1,8 Prozent auf 3.342 Euro``: the new value of what the
    # sentence's subject names (its clause may name nothing)
    # (after a colon a new sentence opens: ``Der Gewinnrückgang zeigt sich: Seine Vergütung sank …``)
    # (a minimum wage's names are blanked: ``Damals lag die Lohnuntergrenze bei 8,50 Euro, bis
    # heute ist der Satz auf 9,82 Euro gestiegen``)
    before = (
        masked(pl.col("_new_value"), pl.col("sentence"))
        .str.slice(0, pl.col("s_in_sent"))
        .str.to_lowercase()
        .str.replace(r"^.*[:;]", "")
        .str.replace_all(rx.WAGE_FLOOR_NAMES, "_")
    )
    # (a bare ``Untergrenze`` after a sentence on a minimum wage is that wage: ``… ein Mindestlohn von
    # 9,10 Euro. Danach wird die Untergrenze auf 9,60 Euro angehoben``)
    before = (
        pl.when(
            masked(pl.col("_new_value"), pl.col("prev_sentence"))
            .str.contains(r"(?i)mindestlohn|mindestentgelt")
            .fill_null(False)
        )
        .then(before.str.replace_all("untergrenze", "_", literal=True))
        .otherwise(before)
    )
    return {
        "_nv_subject": before.str.extract(rx.SENTENCE_SUBJECT, 1),
        # (or the noun a relative clause holding the figure goes back to: ``… betrifft den
        # Freibetrag, der von 9.000 Euro auf 9.400 Euro steigt``)
        "_nv_antecedent": before.str.extract(rx.RELATIVE_CLAUSE_NOUN, 1),
        # (or what the change running to it names right after its verb or noun: ``erhöht sich das
        # Urlaubsgeld um 150 Euro auf``, ``eine Anhebung der Jahressonderzahlung um … auf``)
        "_nv_changed": before.str.extract(rx.CHANGED_THING, 1),
    }


def _new_value_rules(left: pl.Expr) -> list[tuple[str, pl.Expr]]:
    """Reasons of a new value (``… auf 3.342 Euro``) read beyond its clause: what the sentence's
    subject names (``_new_value_parts``), and a change only planned. ``left`` is the sentence
    before the figure."""
    subject, antecedent, changed = pl.col("_nv_subject"), pl.col("_nv_antecedent"), pl.col("_nv_changed")
    rules: list[tuple[str, pl.Expr]] = [
        (
            code,
            pl.col("_new_value")
            & (
                contains_words(subject, rx.NOT_PAY_REASONS[code]).fill_null(False)
                | contains_words(antecedent, rx.NOT_PAY_REASONS[code]).fill_null(False)
                | contains_words(changed, rx.NOT_PAY_REASONS[code]).fill_null(False)
            ),
        )
        for code in rx.NEW_VALUE_REASONS
        if code in rx.NOT_PAY_REASONS
    ]
    # (``Die Lücke ist damit von 443 Euro auf 394 Euro geschmolzen``: a gap's new value)
    rules.append(
        (
            "raise_or_difference",
            pl.col("_new_value") & contains_words(subject, rx.RAISE_AMOUNT_NOUNS).fill_null(False),
        )
    )
    # ``soll … von 12 auf 14,15 Euro steigen``: a planned new value (the old one is pay)
    new_only = masked(pl.col("_new_value"), left).str.contains(rx.ci(rx.NEW_VALUE_BEFORE)).fill_null(False)
    rules.append(
        (
            "demand_or_proposal",
            (
                masked(new_only, pl.col("_sentence")).str.contains(rx.PLANNED_CHANGE)
                # (the plan is the figure's: ``soll`` before it, or ``… erhöht werden soll`` right
                # after it; not ``stieg 2024 auf 12,41 Euro und soll 2025 weiter steigen``)
                & (
                    masked(new_only, pl.col("sentence"))
                    .str.slice(0, pl.col("s_in_sent"))
                    .str.to_lowercase()
                    .str.contains(rx.PLAN_BEFORE)
                    | masked(new_only, pl.col("sentence"))
                    .str.slice(pl.col("e_in_sent"))
                    .str.to_lowercase()
                    .str.contains(rx.PLAN_AFTER)
                )
                # (not beside words of a decision, in its sentence or the ones around it:
                # ``Beschlossen wurde auch … So sollen die Entgelte … auf 900 Euro … steigen``)
                & ~masked(
                    new_only,
                    pl.concat_str(
                        pl.col("prev_sentence").fill_null(""),
                        "sentence",
                        pl.col("next_sentence").fill_null(""),
                    ),
                )
                .str.to_lowercase()
                .str.contains(rx.PLAN_DECIDED)
            ).fill_null(False),
        )
    )
    return rules


NEW_VALUE_TOO = ("demand_or_proposal", "budget_or_turnover", "hypothetical", "per_unit_rate")
"""Sentence-wide reasons that hold for a new value too (``auf X``, ``X statt Y``): a demanded
one, a sum (``… zusammenrechne, kommen wir auf knapp 1200 Euro``), an example (``das macht
beispielsweise 37.600 Euro statt 40.000 Euro``), a rate per unit (``25 statt 20 Euro … für
Sitzungen``)."""


def _with_sentence_hit(frame: pl.DataFrame) -> pl.DataFrame:
    """Add ``_sentence_hit``: the statement's ``_sentence`` where one of the sentence-wide
    reasons' words occurs in it (``patterns.SENTENCE_NOT_PAY``), else NULL. Searched once per
    distinct sentence (a sentence holds three statements on average), one regex per reason:
    ``hypothetical`` and ``demand_or_proposal`` in one regex overflow its lazy automaton on
    long sentences, 18 times slower than apart."""
    says = [f"_says_{code}" for code in rx.SENTENCE_NOT_PAY]
    hits = (
        frame.select(pl.col("_sentence").unique())
        .pipe(
            with_shared,
            _sentence_hit=masked(
                any_words(pl.col("_sentence"), rx.SENTENCE_NOT_PAY.values(), one_regex=False), "_sentence"
            ),
        )
        .drop_nulls("_sentence_hit")
    )
    if hits.is_empty():
        # (no sentence holds any reason's words: the reasons' regexes are not compiled at all —
        # Polars compiles a regex for a column of NULLs too, and its cache holds 32)
        return frame.with_columns(
            _sentence_hit=pl.lit(None, dtype=pl.String), **dict.fromkeys(says, pl.lit(False))
        )
    hits = hits.with_columns(
        # (each reason's words, searched once per sentence that holds any; a limit's words
        # outside a bracket with a figure: ``(Obergrenze 538 Euro)`` is aside)
        **{
            f"_says_{code}": contains_words(
                pl.col("_sentence_hit")
                .str.replace_all(r"\([^()]*[0-9][^()]*\)", "")
                .str.replace_all(rx.MAY_EXPECT, "_${1}")
                if code == "threshold"
                else pl.col("_sentence_hit"),
                p,
            )
            for code, p in rx.SENTENCE_NOT_PAY.items()
        }
    )
    return frame.join(hits, on="_sentence", how="left", nulls_equal=True, maintain_order="left").with_columns(
        pl.col(says).fill_null(False)
    )


def _new_clause_after_colon_free_of(guard: pl.Expr, pattern: str) -> pl.Expr:
    """Where ``guard`` holds: the figure stands in a new clause after a colon
    (``patterns.CLAUSE_AFTER_COLON``) and neither that clause nor the first 30 characters of its
    clause after the figure (``_post``) hold ``pattern``'s words (look-alikes blanked: ``mit
    Abstand``), so the words before the colon are another statement's (``Es gibt Unterschiede:
    Am meisten verdienen …``)."""
    own = masked(guard, pl.col("sentence").str.slice(0, pl.col("s_in_sent"))).str.extract(
        rx.CLAUSE_AFTER_COLON, 1
    )
    words = (
        pl.concat_str(own, pl.lit(" "), pl.col("_post").str.head(30))
        .str.to_lowercase()
        .str.replace_all(rx.PAY_NOT_THRESHOLD, "_")
    )
    return (
        own.is_not_null()
        & ~contains_words(words, pattern).fill_null(True)
        # (not a pronoun going back to the words before the colon: ``Die Differenz ist groß: Bei
        # den Männern liegt sie bei 720 Euro``)
        & ~own.str.contains(rx.PRONOUN_IN_CLAUSE)
    ).fill_null(False)


def _sentence_rules() -> list[tuple[str, pl.Expr]]:
    """The rules of ``patterns.SENTENCE_NOT_PAY`` (``with_skip_reason``): a reason's words
    anywhere in the figure's sentence, each with the exceptions its kind needs."""
    left60, pre_lc = pl.col("_left60"), pl.col("_pre_lc")
    rules: list[tuple[str, pl.Expr]] = []
    for code, pattern in rx.SENTENCE_NOT_PAY.items():
        says = pl.col(f"_says_{code}")
        if code == "restatement":  # and works out a figure before it (when one is known)
            says = says & (
                pl.col("_restates")
                | (
                    ~pl.col("_earlier")
                    & masked(says, pl.col("prev_sentence")).str.contains(rx.ci(rx.MONEY_IN_TEXT))
                    # (not a pay named anew: ``Das macht insgesamt ein Durchschnittsgehalt von
                    # 30.000€ bis 63.400€`` after the allowances)
                    & ~masked(says, left60).str.contains(rx.PAY_OF_BEFORE).fill_null(False)
                )
            )
        # (``Das Einstiegsgehalt liegt bei 2.800 € – viel?``: a one-word question after a dash;
        # ``Wussten Sie, dass …?`` states a fact)
        if code == "question":
            says = (
                says
                & ~masked(says, pl.col("sentence").str.slice(pl.col("e_in_sent")))
                .str.contains(f"{rx.QUESTION_AFTER_DASH}|{rx.QUESTION_QUOTED_AFTER}")
                .fill_null(False)
                & ~masked(says, pl.col("_sentence")).str.contains(rx.DID_YOU_KNOW).fill_null(False)
            )
        if code == "raise_or_difference":
            # (not when a new clause after a colon holds the figure and none of the words:
            # ``Der Abstand ist groß: Eine Erzieherin verdient zwischen 3.100 und 3.700 Euro``)
            own = masked(says, pl.col("sentence").str.slice(0, pl.col("s_in_sent"))).str.extract(
                rx.CLAUSE_AFTER_COLON, 1
            )
            says = says & ~(
                own.is_not_null()
                & ~contains_words(
                    pl.concat_str(
                        own, pl.lit(" "), pl.col("sentence").str.slice(pl.col("e_in_sent"))
                    ).str.to_lowercase(),
                    pattern,
                ).fill_null(True)
            )
        if code == "one_off_payment":
            says = says & ~masked(says, pl.col("_after")).str.contains(rx.YEARLY_AFTER).fill_null(False)
        if code == "bonus_or_allowance":
            # (``Hinzu kommen Zulagen, sodass Du … ein Gehalt von etwa 2.500 Euro erwarten kannst``:
            # the total, a pay named right before the figure)
            says = says & ~masked(says, left60).str.contains(rx.WAGE_OF_BEFORE).fill_null(False)
            # (nor base pay named in the figure's own clause: ``Die Wechselschichtzulage beträgt 160
            # Euro - das Grundgehalt liegt bei 2.780 Euro``)
            says = says & ~masked(says, pre_lc).str.contains(rx.BASE_PAY_NAMED).fill_null(False)
        if code == "demand_or_proposal":
            # (a recommendation decided: ``Die Kommission hat die Erhöhung … beschlossen, und die
            # Bundesregierung setzt diese Empfehlung um``)
            says = says & ~masked(says, pl.col("_sentence")).str.contains(rx.DECIDED_IN_SENTENCE).fill_null(
                False
            )
        if code == "hypothetical":
            says = says & ~masked(says, pl.col("_sentence")).str.contains(
                rx.COMPARED_IN_MAIN_CLAUSE
            ).fill_null(False)
        if code == "per_unit_rate":
            own = masked(says, pl.concat_str(pre_lc, pl.col("_after")))
            says = says & ~own.str.contains(rx.OWN_PAY_NAMED).fill_null(False)
        if code == "threshold":
            # (a wage named right before its figure is pay: ``einen Stundenlohn von 3,82 Euro plus
            # Umsatzbeteiligung ab bestimmten Schwellenwerten``)
            says = says & ~masked(says, left60).str.contains(rx.WAGE_NAMED_BEFORE).fill_null(False)
        # a demanded new value is no pay either, nor a sum
        rules.append((code, (~pl.col("_new_value") | (code in NEW_VALUE_TOO)) & says.fill_null(False)))
    return rules


def _text_topic_without(flag: str, pattern: str) -> pl.Expr:
    """A statement in a text about a topic (``flag``: ``benefit_text``, ``prize_text``, …) whose
    sentence names no pay (``_names_pay``) nor ``pattern`` (lower case): the topic's reason holds."""
    return (
        pl.col(flag)
        & ~pl.col("_names_pay")
        & ~masked(pl.col(flag), pl.col("_sentence")).str.contains(pattern).fill_null(False)
    )


def with_skip_reason(money: pl.DataFrame) -> pl.DataFrame:
    """Add ``reason``: why a money statement is no salary, from the words of its own clause
    and sentence (NULL: pay).

    Words right after the amount (``-Job``, ``mehr``, ``netto``) and large scales (``Mio.``
    outside a text about pay) are decided first; then the clause left of the statement (back
    to a tight boundary, at most 80 characters) and right of it (30 characters) are searched
    for each reason's words in the order of ``patterns.NOT_PAY_REASONS``; then the sentence
    for ``patterns.SENTENCE_NOT_PAY``; then the text: a figure converting the one before it
    (× 12, ÷ 12, an hourly rate's month or year), a text about benefits, rents or
    mini-jobs (the ``*_text`` flags), a sentence opening with a pronoun after one about a
    bonus or a threshold. The first rule that holds names the reason. A statement continuing
    a not-pay statement of its sentence without pay words of its own (``Das Abo kostet 13 €,
    das Studio 29 €``) shares its reason. Every intermediate is a column, computed once.
    """
    left = pl.col("sentence").str.slice(0, pl.col("s_in_sent"))
    # (the words after the figure, once; none where the next label's capital is glued to ``Euro``: a
    # flattened list, ``Gehalt 3.000 EuroNetto 2.100 Euro``)
    money = money.with_columns(
        _right=pl.when(
            pl.col("stmt").str.ends_with("Euro")
            & pl.col("sentence").str.slice(pl.col("e_in_sent"), 1).str.contains(r"^[A-ZÄÖÜ]")
        )
        .then(pl.lit(""))
        .otherwise(pl.col("sentence").str.slice(pl.col("e_in_sent")))
    )
    right = pl.col("_right")
    # The clause before the figure ends at the previous figure of its sentence too (``eine
    # Prämie von 10.225 Euro insgesamt 103.040 Euro``): a ``;`` is set after that one.
    prev_end = in_sentence(pl.col("e_in_sent"), 1)
    with_previous = pl.when(prev_end.is_not_null())
    money = money.with_columns(
        _sentence=pl.col("sentence").str.to_lowercase().str.replace_all(rx.PAY_NOT_THRESHOLD, "_"),
        _left_clause=pl.coalesce(
            pl.concat_str(
                with_previous.then(pl.col("sentence")).str.slice(0, prev_end),
                pl.lit(";"),
                with_previous.then(pl.col("sentence")).str.slice(prev_end, pl.col("s_in_sent") - prev_end),
            ),
            left,
        ),
    )
    money = money.with_columns(**_clause_flags(pl.col("_left_clause"), "_lc"))
    blanked = pl.col("_sentence").str.len_bytes() != pl.col("sentence").str.len_bytes()
    # a line that is nothing but the figure, below a short line without figures (its label)
    labelled_line = (
        (pl.col("sentence").str.len_bytes() - pl.col("stmt").str.len_bytes() <= rx.LABEL_LINE_SLACK)
        & (pl.col("prev_sentence").str.len_chars() <= rx.LABEL_LINE_MAX)
        & ~pl.col("prev_sentence").str.contains(r"[0-9]")
        # (a word: an empty table cell above, ``-``, labels nothing)
        & pl.col("prev_sentence").str.contains(r"[A-Za-zÄÖÜäöüß]")
    )
    left_clause = pl.col("_left_clause")
    # (what follows the figure, an aside in brackets with a semicolon stepped over: it closes no
    # clause, ``ca. 3,59 € (Mittelwert; KI 2,4–4,8) pro Stunde weniger``)
    aside_free = (
        pl.when(right.str.contains(rx.ASIDE_AFTER))
        .then(right.str.replace(rx.ASIDE_AFTER, ""))
        .otherwise(right)
    )
    frame = (
        money.with_columns(
            # (an acronym in brackets closes no clause: ``eine Inflationsausgleichsprämie (IAP) in
            # Höhe von 1.200 Euro``; nor a payment's name before ``von``: ``eine Zulage (Landzulage) von``)
            _pre=_last_clause(
                left_clause.str.replace_all(rx.ACRONYM_IN_BRACKETS, " ${1} ").str.replace(
                    rx.NAME_IN_BRACKETS_BEFORE, " ${1} ${2}"
                ),
                rx.NON_PAY_CLAUSE_BOUNDARY,
                "_lc",
            ).str.tail(rx.CLAUSE_BEFORE_MAX)
        )
        .with_columns(
            _post=_first_clause(aside_free, rx.POST_CLAUSE_BOUNDARY),
            _after=aside_free.str.head(40).str.to_lowercase(),
            # the last 60 characters before the figure, lower-cased once for the rules below
            # (a place's name holding a reason's word is blanked: ``Bruck-Mürzzuschlag (2.921 €)``)
            _left60=left.str.tail(60)
            .str.to_lowercase()
            .str.replace_all("mürzzuschlag", "mürz", literal=True),
            _bracket_before=left.str.strip_chars_end().str.ends_with("("),
            # lower-cased, words that only look like a reason blanked in the whole sentence first
            # (``Ohne Zulagen, Urlaubs- und Weihnachtsgeld bekommen …`` spans clauses)
            # (clauses are cut in the original case: ``Plus`` is a noun, ``plus`` a boundary)
            # (the blanking is read only in sentences where it blanks something)
            _pre_lc=pl.coalesce(
                _last_clause(
                    # (or whose clause ends in words that are blanked only right before a figure:
                    # ``Er bekommt mit Zulagen 250.000 Euro``)
                    masked(
                        blanked | left.str.contains(rx.ci(rx.WITH_EXTRAS_BEFORE)), left_clause
                    ).str.replace_all(rx.ci(rx.PAY_NOT_THRESHOLD), "_"),
                    rx.NON_PAY_CLAUSE_BOUNDARY,
                    "_lc",
                ).str.tail(rx.CLAUSE_BEFORE_MAX),
                "_pre",
            ).str.to_lowercase(),
            _new_value=(
                left.str.contains(rx.ci(rx.NEW_VALUE_BEFORE))
                # (``beläuft sich auf``: amounts to, no change's new value)
                & ~left.str.contains(rx.ci(rx.AMOUNTS_TO_BEFORE))
            )
            | (
                pl.col("next_gap").str.contains(rx.ci(rx.OLD_VALUE_AFTER))
                # (not a raise's size: ``ein Gehaltsplus von rund 2.000 Euro auf 49.400 Euro``; a
                # figure close to the new one is its old value: ``eine Erhöhung von 9,35 Euro auf
                # 9,85 Euro``)
                # (after ``von`` a raise must be less than half the new value: ``eine Steigerung von
                # 41.000 Euro auf 74.000 Euro`` runs from the old value)
                & ~(
                    left.str.contains(rx.ci(rx.RAISE_OF_BEFORE))
                    & (
                        in_sentence(pl.col("a_value"), -1)
                        >= pl.col("a_value")
                        * pl.when(
                            (pl.col("kw").fill_null("").str.to_lowercase() == "von")
                            | left.str.contains(rx.ci(rx.RAISE_OF_VON_BEFORE))
                        )
                        .then(rx.RAISE_OF_VON_RATIO_MIN)
                        .otherwise(rx.RAISE_OF_RATIO_MIN)
                    )
                )
            ).fill_null(False),
            **_scaled(),
            _old_currency=contains_where(
                pl.col("sentence").str.contains_any(rx.OLD_CURRENCY_HINTS),
                pl.col("sentence"),
                rx.OLD_CURRENCY,
            ),
        )
        .with_columns(
            # A line that is nothing but the figure (a form or a pay calculator's result:
            # ``Jahressonderzahlung`` ⏎ ``2.933,70 €``): the short line before it is its label, its clause.
            _pre_lc=pl.when(labelled_line)
            .then(masked(labelled_line, "prev_sentence").str.to_lowercase())
            .otherwise(pl.col("_pre_lc"))
        )
        .with_columns(
            # (a list after a new value goes on with new values: ``auf 11,35 Euro im Westen und
            # 10,85 Euro im Osten erhöht``)
            _new_value=pl.col("_new_value")
            | (
                in_sentence(pl.col("_new_value"), 1)
                & in_sentence(pl.col("next_gap"), 1).str.contains(rx.ci(rx.LIST_GAP))
                & _gap_reaches()
            ).fill_null(False)
        )
        .with_columns(
            # Lower-cased once: the reasons' words are matched case-sensitively (fast automata).
            _around=pl.concat_str(
                pl.col("_pre_lc").str.replace_all(rx.CHANGE_IN_PERCENT_THEN_LEVEL, "_${1}"),
                pl.lit(" … "),
                # (a bracket right after the figure holding a figure of its own is that one's:
                # ``25.400 Euro (plus 343 Euro)``)
                pl.col("_post")
                .str.replace(r"^\s*\([^()]*[0-9][^()]*\)", "")
                # (nor the words after the next amount: ``zum Gehalt von 176 000 Euro noch 50 820
                # Euro Bonus``)
                .str.replace(rx.NEXT_AMOUNT_ON, "")
                .str.head(30)
                .str.to_lowercase()
                .str.replace_all(rx.PAY_NOT_THRESHOLD, "_")
                .str.replace_all(rx.CHANGE_IN_PERCENT_AFTER, "_"),
                ignore_nulls=True,
            ),
            _large_sentence=masked(pl.col("a_million") | pl.col("b_million"), "_sentence"),
            _pay_named_after=pl.col("_after").str.contains(rx.PAY_NAMED_AFTER),
        )
    )
    large = pl.col("a_million") | pl.col("b_million")
    # Expensive inputs are masked (NULL) on the rows a rule cannot hold for: Polars then
    # scans nothing there (``when`` evaluates every branch on every row).
    # (plain words: Aho-Corasick, ASCII case folded; none starts with an umlaut)
    large_pay_words = rx.LARGE_PAY_WORDS.split("|")
    pay_text = (
        pl.col("_large_sentence").str.contains_any(large_pay_words).fill_null(False)
        | masked(large, pl.col("prev_sentence"))
        .str.contains_any(large_pay_words, ascii_case_insensitive=True)
        .fill_null(False)
        | pl.col("executive_text")
        | pl.col("sport_pay_text")
    )
    left60, pre_lc = pl.col("_left60"), pl.col("_pre_lc")
    # (the searches of the three columns most rules read are searched first with all their
    # patterns at once: each rule then reads only the rows where one of them can hold)
    on_left60, on_sentence, on_after = (SharedSearch(c) for c in ("_left60", "_sentence", "_after"))
    # (a figure blank-grouped after a grade's letter; a clause of advocacy before the figure:
    # read once each, then only where they hold)
    grade_glued = pl.col("stmt").str.contains(rx.GRADE_GLUED_STATEMENT)
    advocating = pre_lc.str.contains(rx.ADVOCATE_BEFORE).fill_null(False)
    # (a figure opening its clause with no bound word: ``…: 1.127 Euro verdienen …``)
    opens_clause = on_left60(rx.CLAUSE_OPENS_BEFORE) & pl.col("kw").is_null()
    rules: list[tuple[str, pl.Expr]] = [
        (
            "not_an_amount",
            pl.col("stmt").str.contains(rx.BROKEN_NUMBER_STATEMENT) & on_left60(rx.BROKEN_NUMBER_BEFORE),
        ),
        # (a bare figure only: ``monatlich 1358 Euro, 32 Euro mehr`` is an amount and a raise)
        (
            "not_an_amount",
            on_after(rx.BROKEN_NUMBER_AFTER) & ~pl.col("stmt").str.contains(rx.ENDS_WITH_CURRENCY),
        ),
        (
            "not_an_amount",
            pl.col("stmt").str.contains(rx.GLUED_NUMBER_STATEMENT) & on_left60(rx.GLUED_NUMBER_BEFORE),
        ),
        ("not_an_amount", pl.col("stmt").str.contains(rx.MISTYPED_STATEMENT) & on_left60(rx.MISTYPED_BEFORE)),
        # (a currency heading a list, the list's first number after it: ``Stundenlohn in Euro`` ⏎
        # ``1. Facharbeiter …``)
        ("not_an_amount", pl.col("stmt").str.contains(rx.CURRENCY_THEN_ENUMERATOR) & on_after(r"^\.\s")),
        ("not_an_amount", (pl.col("a_value") == 100) & on_left60(rx.CENTS_FRACTION_BEFORE)),
        # (``15,2473 € pro Stunde``: the four decimals of a small figure, no amount of their own)
        (
            "not_an_amount",
            pl.col("a_num").str.contains(r"^[0-9]{4}$").fill_null(False) & on_left60(rx.FOUR_DECIMALS_BEFORE),
        ),
        # (``Jahr 1 Brutto EUR 4.852``: a row's number before the word ``Brutto``, no amount)
        (
            "not_an_amount",
            pl.col("stmt").str.contains(rx.LABEL_NUMBER_BRUTTO) & on_left60(rx.LABEL_NUMBER_BEFORE),
        ),
        (
            "not_an_amount",
            pl.col("stmt").str.contains(rx.DATE_YEAR_STATEMENT) & on_left60(rx.DATE_YEAR_BEFORE),
        ),
        (
            "raise_or_difference",
            contains_where(
                pl.col("_sentence").str.contains("auseinander", literal=True), right, rx.SPREAD_AFTER
            ),
        ),
        (
            "job_name",
            on_after(rx.JOB_NAME_AFTER)
            # (``4.000 Brutto-Gehalt``: the pay noun, no job's name)
            & ~pl.col("_after").str.contains(r"^-(?:gehalt|gehälter|lohn|löhne|einkommen|verdienst)")
            # (``5.173 € Jobs Augenoptiker``: a table cell before a link, no job named by its pay)
            & ((pl.col("_value") < 1000) | pl.col("_after").str.starts_with("-")),
        ),
        ("per_unit_rate", on_after(rx.PER_UNIT_AFTER)),
        ("price_or_fee", on_left60(rx.SUED_FOR_BEFORE) & on_after(rx.SUED_FOR_AFTER)),
        ("raise_or_difference", on_left60(rx.PERCENT_THEN_AMOUNT_BEFORE)),
        (
            "price_or_fee",
            (
                on_left60(rx.INTEREST_SINCE_BEFORE)
                | on_after(rx.INTEREST_SINCE_AFTER)
                | lower_where(on_left60(rx.INTEREST_BASE_BEFORE), right, rx.INTEREST_BASE_SINCE_AFTER)
            )
            & (
                pl.col("_sentence").str.contains("zins", literal=True)
                # (or a line of the same list before: ``• 40,41 € seit 02.09.2016, dazu auf``)
                | pl.col("prev_sentence").str.contains(rx.INTEREST_LINE_BEFORE).fill_null(False)
            ),
        ),
        # (not a change by it: ``pauschal um 1.800 Euro angehoben``)
        (
            "one_off_payment",
            on_left60(rx.LUMP_SUM_BEFORE) & ~on_after(rx.OWN_PERIOD_AFTER) & ~pl.col("_by_um"),
        ),
        ("not_an_amount", on_left60(rx.ARITHMETIC_BEFORE) | on_after(rx.ARITHMETIC_AFTER)),
        ("raise_or_difference", on_left60(rx.MISSING_BEFORE) | on_after(rx.MISSING_AFTER)),
        ("not_an_amount", on_left60(rx.ROUNDED_TO_BEFORE)),
        ("demand_or_proposal", on_after(rx.NEEDED_AFTER) & ~on_after(rx.MORE_THAN_NEEDED_AFTER)),
        (
            "threshold",
            on_left60(rx.CLAIM_CONDITION_BEFORE)
            & lower_where(pl.col("_sentence").str.contains("anspruch", literal=True), right, rx.CLAIM_AFTER),
        ),
        ("not_an_amount", on_left60(rx.THOUSANDS_GLUED_BEFORE)),
        ("not_an_amount", on_left60(rx.SEVERAL_BEFORE)),
        (
            "budget_or_turnover",
            contains_where(
                pl.col("_sentence").str.contains_any(["reinertr", "haushalt"]),
                left,
                rx.YIELD_OR_HOUSEHOLD_BEFORE,
            ),
        ),
        ("price_or_fee", on_after(rx.PAYWALL_AFTER)),
        (
            "hypothetical",
            on_left60(rx.READER_CONDITION_BEFORE)
            # (not a concession: ``Auch wenn sie mehr als 3.000 Euro verdient, bleibt …``)
            & ~on_left60(rx.CONCESSION_BEFORE)
            & ~on_left60(rx.READER_AS_SOMEONE)
            & lower_where(
                pl.col("_sentence").str.contains_any(["wenn ", "falls "]), right, rx.READER_CONDITION_AFTER
            ),
        ),
        # (``Auf dem Markt werden fünf Euro fällig``: a small sum due, a price or a fee; not a wage named in
        # the sentence or the one before, ``… gilt der Mindestlohn. Erst werden 8,10 Euro fällig``, nor an
        # hourly wage, ``Für Aushilfen sind künftig 13 Euro pro Stunde fällig``)
        (
            "price_or_fee",
            lower_where(
                pl.col("_sentence").str.contains("fällig", literal=True)
                & (pl.col("_value") < rx.DUE_FEE_MAX)
                & ~pl.col("_names_pay")
                & ~pl.col("_sentence").str.contains("stunde", literal=True),
                pl.col("_post"),
                r"(?-u:\b)fällig(?-u:\b)",
            )
            & ~masked(pl.col("_sentence").str.contains("fällig", literal=True), pl.col("prev_sentence"))
            .str.contains(rx.ci(rx.PAY_NAMES))
            .fill_null(False),
        ),
        ("raise_or_difference", on_left60(rx.GAIN_OR_LOSS_BEFORE)),
        ("bonus_or_allowance", on_left60(rx.SHARE_OF_PAY_BEFORE)),
        ("threshold", on_left60(rx.ENOUGH_TO_BEFORE) & on_after(rx.ENOUGH_TO_AFTER)),
        ("threshold", on_left60(rx.ENOUGH_FOR_THAT_BEFORE)),
        ("employer_cost", on_after(rx.PROVISION_AFTER)),
        ("demand_or_proposal", on_after(rx.CLAIMED_DUE_AFTER)),
        ("employer_cost", on_left60(rx.SPENT_PER_HEAD_BEFORE) & on_after(rx.SPENT_PER_HEAD_AFTER)),
        ("per_unit_rate", on_after(rx.PER_WEIGHT_AFTER)),
        (
            "not_an_amount",
            pl.col("a_num").str.contains(r"^[0-9]{3}$").fill_null(False)
            & pl.col("a_dec").is_null()
            & (
                on_left60(rx.BROKEN_THOUSANDS_BEFORE)
                # (or the sentence was split there: ``erhielt 214.`` ⏎ ``390 Euro``)
                | (
                    (pl.col("s_in_sent") == 0)
                    & pl.col("prev_sentence").str.contains(rx.BROKEN_THOUSANDS_BEFORE).fill_null(False)
                )
            ),
        ),
        ("hypothetical", on_sentence(rx.IF_ONE_EARNS_SENTENCE)),
        ("unclear_period", on_left60(rx.CONTRACT_TOTAL_BEFORE)),
        ("one_off_payment", on_after(rx.PER_HEAD_AFTER_FIGURE) & ~pl.col("_names_pay")),
        (
            "raise_or_difference",
            pl.col("b_value").is_null()
            & on_left60(rx.SPREAD_WIDTH_BEFORE)
            & (pl.col("kw").is_null() | ((pl.col("kw") == "bis zu") & on_left60(rx.WIDTH_MAY_REACH_BEFORE))),
        ),
        (
            "bonus_or_allowance",
            (pl.col("_value") < rx.BREAKDOWN_MAX)
            & on_left60(rx.BREAKDOWN_BRACKET_BEFORE)
            & (on_left60(rx.BREAKDOWN_SLASH_BEFORE) | on_after(rx.BREAKDOWN_BRACKET_AFTER)),
        ),
        ("price_or_fee", on_after(rx.SHOPPING_AFTER)),
        # (``2019 € 412.300, 2020 € 430.100``: a year, the currency before the figure after it)
        (
            "not_an_amount",
            pl.col("a_value").is_between(*rx.YEAR_SPAN)
            & pl.col("stmt").str.contains(rx.YEAR_STATEMENT)
            & pl.col("b_value").is_null()
            & (
                on_after(rx.GROUPED_FIGURE_AFTER)
                | (on_left60(rx.DATE_BEFORE) & on_after(rx.CELL_END_AFTER))
                | (pl.col("stmt").str.contains(rx.YEAR_AFTER_CURRENCY) & on_after(rx.YEAR_LABEL_AFTER))
            ),
        ),
        (
            "demand_or_proposal",
            lower_where(
                pl.col("next_sentence").str.contains_any(["ford", "verlang"]).fill_null(False),
                pl.col("next_sentence"),
                rx.DEMANDED_NEXT,
            )
            & ~masked(pl.col("next_sentence").str.contains_any(["ford", "verlang"]), pl.col("_sentence"))
            .str.contains(rx.HAS_VERB)
            .fill_null(False),
        ),
        (
            "budget_or_turnover",
            lower_where(
                pl.col("_sentence").str.contains("haushalt", literal=True), left, rx.HOUSEHOLD_INCOME_BEFORE
            ),
        ),
        (
            "raise_or_difference",
            lower_where(
                pl.col("_sentence").str.contains_any(["unterschied", "differenz", "abstand", "lücke"]),
                left.str.tail(200),
                rx.GAP_VERB_FIRST_BEFORE,
            ),
        ),
        (
            "unclear_period",
            (on_left60(rx.PART_OF_YEAR) | on_after(rx.PART_OF_YEAR))
            & (pl.col("_value") >= rx.PART_OF_YEAR_MIN)
            # (not pay whose period is named beside it: ``für die ersten sechs Monate 42.000 Euro
            # Jahresgehalt``)
            & ~masked(pl.col("_value") >= rx.PART_OF_YEAR_MIN, pl.col("_around"))
            .str.contains(rx.PERIOD_NAMED_NEAR)
            .fill_null(False),
        ),
        (
            "bonus_or_allowance",
            # (up to the next figure: ``neben 500.000 Euro Festgehalt noch 90.000 Euro als Prämie``)
            masked(pl.col("_sentence").str.contains(" als ", literal=True), pl.col("_post"))
            .str.replace(rx.NEXT_AMOUNT_ON, "")
            .str.to_lowercase()
            .str.contains(rx.AS_EXTRA_AFTER)
            .fill_null(False),
        ),
        # (``je gefahrenem Kilometer 0,30 €``: the unit named before the figure)
        ("per_unit_rate", on_left60(rx.PER_UNIT_BEFORE)),
        # ``ca. 1.500 € – 2.500 € pro Geburt``: per anything but a time or a person
        ("per_unit_rate", on_after(rx.PER_ANY_AFTER) & ~on_after(rx.PER_TIME_OR_HEAD_AFTER)),
        # (not a level: ``Zwischen Januar und Juni liegt der Stundenlohn bei 13 Euro``)
        (
            "raise_or_difference",
            on_left60(rx.GAP_BETWEEN_BEFORE) & ~pl.col("_left60").str.contains(r"(?-u:\b)(?:bei|auf)\s*$"),
        ),
        # (a low-wage line, not a wage: ``einen Niedriglohn, der unter 2.100 Euro liegt``)
        (
            "threshold",
            pl.col("kw").is_in(["unter", "weniger als"])
            & pre_lc.str.contains(rx.LOW_WAGE_LINE_BEFORE).fill_null(False),
        ),
        # ``bekommen keine 16 Euro``: what nobody gets (``nicht weniger als`` is a floor: a keyword)
        ("negated", pl.col("kw").is_null() & on_left60(rx.NEGATED_AMOUNT_BEFORE)),
        (
            "raise_or_difference",
            on_after(rx.DIFFERENCE_AFTER)
            & ~pl.col("_after").str.contains(rx.NEXT_COMPARATIVE_AFTER)
            & ~(pl.col("_new_value") & pl.col("_after").str.contains(rx.PERCENT_CHANGE_AFTER))
            # (``ist mit 3.180 € höher als im Osten mit 2.720 €``: two levels compared)
            & ~(on_left60(rx.WITH_LEVEL_BEFORE) & on_after(rx.WITH_LEVEL_AFTER))
            # (``zu einer um 7 % auf 2,4 Mill. Euro höheren Vergütung``: the new level)
            & ~on_left60(rx.BY_THEN_TO_BEFORE),
        ),
        (
            "demand_or_proposal",
            contains_where(
                left60.str.contains_any(["will", "wollen", "plan"]),
                pl.concat_str(left60, pl.lit(" … "), pl.col("_after")),
                rx.PLAN_AROUND,
            )
            # (not today's value in brackets: ``will … ein Einstiegsgehalt von 15 Euro (vorher 14
            # Euro) durchsetzen``)
            & ~left60.str.contains(rx.OLD_VALUE_IN_BRACKET_BEFORE),
        ),
        ("threshold", on_left60(rx.CATEGORY_BRACKET_BEFORE)),
        (
            "threshold",
            lower_where(on_left60(rx.INCOME_OF_BEFORE), left, rx.SUFFICES_BEFORE)
            & ~lower_where(on_left60(rx.INCOME_OF_BEFORE), left, rx.SUFFICES_BROKEN_BEFORE),
        ),
        ("demand_or_proposal", on_left60(rx.CLAIMED_BEFORE)),
        ("one_off_payment", on_sentence(rx.SENTENCED_SENTENCE) & on_after(rx.TO_PAY_AFTER)),
        (
            "threshold",
            on_left60(rx.INCOME_BRACKET_BEFORE)
            & on_after(rx.RAISED_BY_AFTER)
            & pl.col("kw").is_in(["bis", "bis zu", "über", "mehr als", "ab", "unter", "weniger als"]),
        ),
        ("one_off_payment", lower_where(on_left60(rx.AWARDED_BEFORE), right, rx.AWARDED_AFTER)),
        ("budget_or_turnover", on_left60(rx.PRODUCT_BEFORE)),
        ("budget_or_turnover", on_after(rx.COSTS_RELATIVE_AFTER)),
        # (the figure's sentence short, a figure alone: ``Fast 20.000 Euro.``)
        (
            "raise_or_difference",
            contains_where(
                pl.col("sentence").str.len_chars() < 40, pl.col("next_sentence"), rx.SIZE_OF_GAP_NEXT
            ),
        ),
        ("raise_or_difference", on_after(rx.PERCENT_ASIDE_DIFFERENCE_AFTER)),
        ("threshold", on_after(rx.MUST_AMOUNT_AFTER)),
        (
            "hypothetical",
            contains_where(
                pl.col("prev_sentence").str.len_chars() < 30, pl.col("prev_sentence"), rx.EXAMPLE_LINE
            ),
        ),
        (
            "raise_or_difference",
            on_left60(rx.RAISED_WITH_BEFORE)
            & on_after(rx.RAISED_WITH_AFTER)
            & ~on_after(rx.RAISED_WITH_BROKEN_AFTER),
        ),
        (
            "raise_or_difference",
            lower_where(opens_clause, right, rx.FIGURE_FIRST_COMPARED_AFTER)
            & ~lower_where(opens_clause, right, rx.FIGURE_FIRST_NOT_COMPARED_AFTER),
        ),
        ("budget_or_turnover", on_left60(rx.COUPLE_TOGETHER_BEFORE) & ~on_left60(rx.BOARD_EACH)),
        ("per_unit_rate", on_left60(rx.PER_NIGHT_BEFORE) & ~on_after(rx.OWN_PERIOD_AFTER)),
        (
            "hypothetical",
            on_left60(rx.EXAMPLE_INCOME_BEFORE)
            & (
                on_sentence(rx.EXAMPLE_INCOME_SENTENCE)
                | (
                    masked(on_left60(rx.EXAMPLE_INCOME_BEFORE), "_sentence").str.count_matches(
                        rx.EXAMPLE_INCOMES
                    )
                    >= 2
                )
            ),
        ),
        (
            "demand_or_proposal",
            pl.col("_sentence").str.contains(r"(?-u:\b)ziel") & on_after(rx.GOAL_TO_REACH_AFTER),
        ),
        # (its clause, not only 40 characters: ``die 16,20 Euro pro Stunde bis 2028 erreichen wollen``)
        ("demand_or_proposal", pl.col("_post").str.contains(rx.ci(rx.WANT_TO_REACH_AFTER)).fill_null(False)),
        ("demand_or_proposal", on_after(rx.OUGHT_TO_BE_AFTER)),
        ("price_or_fee", on_after(rx.PRICE_NAMED_AFTER)),
        ("demand_or_proposal", on_after(rx.SHALL_BE_GIVEN_AFTER)),
        (
            "demand_or_proposal",
            lower_where(pl.col("_sentence").str.contains("mehr", literal=True), left, rx.PLANNED_MORE_BEFORE)
            & ~on_left60(rx.MORE_THAN_BEFORE),
        ),
        ("net_pay", on_after(rx.NET_AFTER)),
        ("net_pay", on_after(rx.TAKE_HOME_AFTER) & ~on_left60(rx.GROSS_OR_YEARLY_BEFORE)),
        (
            "threshold",
            pl.col("b_value").is_null() & on_after(rx.CAP_NAMED_AFTER) & ~on_after(rx.CAP_OF_SCALE_AFTER),
        ),
        (
            "not_an_amount",
            masked(grade_glued, left.str.tail(20)).str.contains(rx.GRADE_GLUED_BEFORE).fill_null(False),
        ),
        (
            "demand_or_proposal",
            masked(advocating, right).str.to_lowercase().str.contains(rx.ADVOCATE_AFTER).fill_null(False),
        ),
        ("raise_or_difference", on_left60(rx.GAP_NAMED_BEFORE)),
        ("raise_or_difference", pl.col("_by_um") & on_left60(rx.GAP_CHANGED_BEFORE)),
        ("raise_or_difference", pl.col("stmt").str.contains(r"^[+-][0-9]") | on_left60(rx.SIGN_BEFORE)),
        ("bonus_or_allowance", on_left60(rx.ADDED_ROW)),
        ("bonus_or_allowance", on_left60(rx.EXTRA_BEFORE)),
        ("demand_or_proposal", on_after(rx.PLANNED_LATER_AFTER)),
        # (a bare figure only: ``13.10`` of ``Stand: 13.10.2025``, not ``2.800 Euro.2025 stieg …``)
        ("not_an_amount", pl.col("stmt").str.contains(r"[0-9]$") & on_after(rx.DATE_GOES_ON_AFTER)),
        ("demand_or_proposal", on_left60(rx.ANNOUNCED_BEFORE) | on_after(rx.AIMED_AFTER)),
        # (what a bill would give, in the figure's own clause: ``Nach der Gesetzesvorlage sollen
        # Zusteller … 9,10 Euro bekommen``)
        ("demand_or_proposal", on_left60(rx.BILL_WOULD_BEFORE)),
        # (a bound of a share: ``der Anteil der Einkommen oberhalb von 5.000 Euro``)
        (
            "threshold",
            (pl.col("stmt").str.contains(rx.SHARE_BOUND) | left.str.contains(rx.SHARE_BOUND))
            & on_left60(rx.SHARE_BEFORE),
        ),
        (
            "price_or_fee",
            contains_where(
                pl.col("_sentence").str.contains("rechnung", literal=True), right, rx.CHARGED_AFTER
            ),
        ),
        (
            "net_pay",
            on_after(rx.LIVE_ON_AFTER)
            & on_left60(rx.LIVE_ON_BEFORE)
            & ~pl.col("_after").str.contains("brutto", literal=True),
        ),
        (
            "raise_or_difference",
            contains_where(
                pl.col("_sentence").str.contains_any(["entgang", "entgeh", "entging"]),
                right.str.to_lowercase(),
                rx.LOST_AFTER,
            )
            & ~on_left60(rx.LOST_BEFORE_NOT),
        ),
        # (a turnover's size: millions, or named so)
        (
            "budget_or_turnover",
            on_left60(rx.FIRM_SIZE_BEFORE)
            & (
                pl.col("a_million")
                | pl.col("a_billion")
                | pl.col("_left60").str.contains("umsatz", literal=True)
            ),
        ),
        (
            "raise_or_difference",
            on_left60(rx.RAISE_IN_BRACKET_BEFORE)
            & pl.col("_after").str.starts_with(")")
            & (pl.col("_value") < in_sentence(pl.col("_value"), 1) * rx.RAISE_IN_BRACKET_RATIO).fill_null(
                False
            ),
        ),
        ("hypothetical", on_after(rx.HYPOTHETICAL_AFTER)),
        ("demand_or_proposal", pre_lc.str.contains(rx.GOAL_BEFORE).fill_null(False)),
        # (the noun an ``in Höhe von`` hangs on, across an ``und`` of its clause: ``eine einmalige
        # Prämie für Azubis und Teilzeitkräfte in Höhe von 300 Euro``)
        (
            "one_off_payment",
            contains_where(
                on_left60(rx.IN_AMOUNT_OF_BEFORE),
                left.str.tail(rx.ONE_OFF_NOUN_REACH).str.to_lowercase(),
                rx.ONE_OFF_IN_AMOUNT_OF,
            ),
        ),
        # (not a side job's whole pay: ``Für den Nebenjob bekomme ich 520 Euro extra im Monat``)
        (
            "bonus_or_allowance",
            on_after(rx.EXTRA_AFTER) & ~pre_lc.str.contains(rx.SIDE_JOB).fill_null(False),
        ),
        (
            "raise_or_difference",
            masked(pl.col("_sentence").str.contains("zwischen", literal=True), left)
            .str.to_lowercase()
            .str.contains(rx.DIFFERENCE_BETWEEN)
            .fill_null(False),
        ),
        (
            "threshold",
            pl.col("_pre_lc").str.contains(rx.MARK_BEFORE)
            # (``erreicht im Oktober die Marke von 23,28 € pro Stunde``: the pay reaches it)
            & ~(
                masked(pl.col("_pre_lc").str.contains("marke", literal=True), pl.col("_pre_lc")).str.contains(
                    rx.MARK_REACHED
                )
                & masked(pl.col("_pre_lc").str.contains("marke", literal=True), pl.col("_post")).str.contains(
                    rx.ci(rx.PERIOD_RIGHT_AFTER)
                )
            ).fill_null(False),
        ),
        (
            "bonus_or_allowance",
            pl.col("_around").str.contains_any(["entschädigung", "entschädigt"]).fill_null(False)
            # (an MP's or an (Austrian) apprentice's is pay, not the expenses allowance beside it:
            # ``Aufwandsentschädigungen gibt es für die Präsidentin (1079 Euro)``)
            & (
                ~(
                    pl.col("_sentence").str.contains(rx.PAID_AS_ENTSCHAEDIGUNG)
                    # (or the sentence before speaks of MPs: ``… steigen die Bezüge der Landtagsmitglieder.
                    # Ihre sogenannte Entschädigung klettert … auf 7950 Euro``)
                    | masked(
                        pl.col("_around").str.contains_any(["entschädigung", "entschädigt"]).fill_null(False),
                        pl.col("prev_sentence"),
                    )
                    .str.to_lowercase()
                    .str.contains(rx.MPS)
                    .fill_null(False)
                )
                | pl.col("_pre_lc").str.contains("aufwandsentschädigung", literal=True).fill_null(False)
            ),
        ),
        # ``Gehalt | Brutto | Netto`` above ``Monatsgehalt | 2.326 € | 1.657 €``: the smaller
        # figure after the gross one in a row under such a header is net
        (
            "net_pay",
            (in_sentence(pl.col("_value"), 1) * 0.9 > pl.col("_value")).fill_null(False)
            & contains_where(
                pl.col("sentence").str.contains("|", literal=True),
                pl.col("prev_sentence"),
                r"(?i)brutto\s*\|\s*netto",
            ),
        ),
        (
            "net_pay",
            pl.col("_around").str.contains(rx.NET_WORDS_WITHOUT_GROSS)
            # (gross named in the figure's own clause; a gross figure before it is the premise:
            # ``Von 3.000 Euro brutto bleiben 2.050 Euro übrig``)
            & ~pl.col("_around").str.contains("brutto", literal=True)
            & ~pl.col("_sentence").str.contains(r"(?-u:\b)brutto(?-u:\b)")
            # (millions, or hundreds of thousands, paid to a board member are no net pay: ``wurden 19,4
            # Millionen Euro überwiesen``, ``377.000 Euro überwiesen bekommen``)
            & ~(
                pl.col("a_million")
                | pl.col("b_million")
                | (
                    (pl.col("_value") >= rx.NET_PAID_OUT_MAX)
                    & pl.col("_around").str.contains("überwiesen", literal=True)
                )
            ),
        ),
        # (worked out from a figure before it: ``Der Stundenlohn lag rechnerisch bei 1,60 €``)
        (
            "restatement",
            pl.col("_earlier")
            & contains_where(
                pl.col("_left60").str.contains("rechnerisch", literal=True),
                pl.col("_left60"),
                rx.WORKED_OUT_BEFORE,
            ),
        ),
        # (a sentence opening with what is deducted: ``Nach Abzügen der Steuer … hat er etwa 6.700 Euro``)
        (
            "net_pay",
            pl.col("_sentence").str.contains(rx.AFTER_DEDUCTIONS_OPENING)
            & ~pl.col("_sentence").str.contains("brutto", literal=True),
        ),
        (
            "restatement",
            pl.col("sentence")
            .str.slice(
                in_sentence(pl.col("e_in_sent"), 1), pl.col("s_in_sent") - in_sentence(pl.col("e_in_sent"), 1)
            )
            .str.contains(rx.RESTATED_AFTER)
            .fill_null(False)
            # the figure before wrote its own currency (``13,20 (12,90) Euro`` shares one: two values)
            & in_sentence(pl.col("a_suf").is_not_null() | pl.col("a_pre").is_not_null(), 1).fill_null(False)
            # and this one works it out (``um 29 Euro (700 Euro)`` is a raise and the new pay; in
            # ``2967 Euro (Bundesschnitt: 2580), ein Maurer 2989 Euro (2599)`` the figure before)
            & pl.col("_restates_near")
            # (not a value dated after it: ``2.310 Euro (2.355 Euro ab Oktober 2026)``)
            & ~pl.col("_after").str.contains(rx.DATED_AFTER),
        ),
        # ``im 1. Jahr um 29 Euro (700 Euro)``: a change, with the new value in brackets
        (
            "raise_or_difference",
            (pl.col("kw").fill_null("") == "um")
            & pl.col("next_gap").str.contains(r"^\s*\(\s*$").fill_null(False)
            & (in_sentence(pl.col("_value"), -1) > 3 * pl.col("_value")).fill_null(False),
        ),
        (
            "threshold",
            on_sentence("minijob") & pl.col("a_value").is_between(*rx.MINIJOB_LIMIT),
        ),
        # ``ein Anstieg von 540 Euro auf 51.200 Euro``: the rise, the new value far larger
        (
            "raise_or_difference",
            on_left60(rx.RISE_OF_BEFORE)
            & pl.col("next_gap").str.contains(r"^\s*auf\s*$").fill_null(False)
            & (in_sentence(pl.col("_value"), -1) > rx.RISE_TO_RATIO * pl.col("_value")).fill_null(False),
        ),
        (
            "raise_or_difference",
            pre_lc.str.contains(rx.RAISE_BEFORE)
            # (not the old value after a percentage: ``steigt um 2,3 Prozent von 3110 Euro auf
            # 3182 Euro``, the level before the change)
            & ~(
                pl.col("stmt").str.contains(r"^(?i:von)\s")
                & pre_lc.str.contains(r"(?:%|prozent)\s*$")
                & pl.col("next_gap").str.contains(rx.ci(rx.OLD_VALUE_AFTER))
            ).fill_null(False),
        ),
        ("raise_or_difference", pl.col("_post").str.contains(rx.DIFFERENCE_NAMED_AFTER).fill_null(False)),
        # (the part of the figure before that a bracket names: ``224 Euro (inklusive 52 Euro
        # Arbeitsförderungsgeld)``)
        ("bonus_or_allowance", on_left60(r"\(\s*(?:inklusive|inkl\.|einschließlich|incl\.)\s*$")),
        (
            "raise_or_difference",
            pre_lc.str.contains(rx.DIFFERS_BY_BEFORE)
            & (pre_lc.str.contains(r"(?-u:\b)um\s*$") | (pl.col("kw").fill_null("") == "um")),
        ),
        ("demand_or_proposal", pl.col("_around").str.contains(rx.PLANNED_AROUND).fill_null(False)),
        (
            "raise_or_difference",
            on_left60(rx.MINIMUM_RAISE_BEFORE) & pl.col("_sentence").str.contains("prozent", literal=True),
        ),
        (
            "bonus_or_allowance",
            on_left60(rx.ALLOWANCE_OF_BEFORE)
            & (in_sentence(pl.col("_value"), 1) > 3 * pl.col("_value")).fill_null(False),
        ),
        (
            "bonus_or_allowance",
            on_sentence(rx.ALLOWANCE_SUBJECT)
            # (an MP's or an apprentice's ``Entschädigung`` is pay)
            & ~contains_where(
                on_sentence(rx.ALLOWANCE_SUBJECT), pl.col("_sentence"), rx.PAID_AS_ENTSCHAEDIGUNG
            )
            # (``…, das Grundgehalt liegt bei 2.900 Euro``: a clause of its own naming base pay)
            & ~masked(on_sentence(rx.ALLOWANCE_SUBJECT), pre_lc)
            .str.contains_any(rx.BASE_PAY_WORDS)
            .fill_null(False),
        ),
        ("bonus_or_allowance", on_left60(rx.BONUS_BEFORE_BRACKET)),
        (
            "bonus_or_allowance",
            contains_where(
                pl.col("_after").str.contains("auf ", literal=True),
                right.str.head(100),
                rx.ci(rx.BONUS_AFTER),
            ),
        ),
        ("tax_or_deduction", on_left60(rx.DEDUCTION_BEFORE_BRACKET)),
        ("restatement", left60.str.tail(40).str.contains(rx.COMPUTED_BEFORE)),
        ("restatement", on_left60(rx.REFERRED_BEFORE)),
        # (``300 Euro … bis zu 800 Euro dazu – also 1.100 Euro insgesamt``: the sum of the figures before)
        ("restatement", on_left60(rx.SUM_ALSO_BEFORE) & pl.col("_earlier")),
        (
            "restatement",
            on_left60(rx.SUM_ALSO_INSGESAMT[0])
            & on_after(rx.SUM_ALSO_INSGESAMT[1])
            & in_sentence(pl.col("_value"), 2).is_not_null(),
        ),
        ("restatement", on_after(rx.AMOUNTS_TO_AFTER)),
        (
            "bonus_or_allowance",
            contains_where(
                pl.col("_sentence").str.contains("neben", literal=True), pl.col("_around"), rx.BESIDES_PAY
            )
            # (not the figure of that pay itself: ``neben dem Grundgehalt von etwa 1.400 € einen
            # Zuschlag von …``)
            & ~on_left60(rx.BESIDES_PAY_OF_BEFORE),
        ),
        ("bonus_or_allowance", on_sentence(rx.EXPENSES_CLAIMED)),
        (
            "bonus_or_allowance",
            contains_where(
                pl.col("_sentence").str.contains("in form", literal=True),
                right.str.head(100),
                rx.ci(rx.BONUS_FORM_AFTER),
            ),
        ),
        ("per_unit_rate", on_left60(rx.DAY_RATE_BEFORE)),
        (
            "demand_or_proposal",
            contains_where(
                pl.col("_sentence").str.contains(rx.DEMAND_CONSEQUENCE_OPENING),
                pl.col("prev_sentence"),
                rx.DEMAND_BEFORE_CONSEQUENCE,
            ),
        ),
        # ``würden die Diäten um fast 300 Euro auf 10.073,69 Euro steigen``: a supposed new value
        (
            "hypothetical",
            pl.col("_new_value") & contains_where(pl.col("_new_value"), left, rx.ci(rx.SUPPOSED_BEFORE)),
        ),
        # ``… 3.090 Euro rechnen. Dann erhältst Du einen Stundenlohn von 20,32 Euro.``: a monthly
        # figure before worked out per hour
        (
            "restatement",
            pl.when(
                pl.col("_sentence").str.contains("stundenlohn", literal=True)
                & (pl.col("_value") < 100)
                & on_sentence(rx.CONVERSION_CUE)
            )
            .then(_restates_earlier(((1 / rx.FULL_TIME_HOURS[1], 1 / rx.FULL_TIME_HOURS[0]),), back=1))
            .fill_null(False),
        ),
        ("old_currency", on_left60(rx.FOREIGN_THEN_BRACKET)),
        ("old_currency", on_left60(rx.FOREIGN_CONVERTED_BEFORE)),
        ("restatement", on_left60(rx.EFFECTIVE_SUM_BEFORE)),
        ("hypothetical", on_left60(rx.QUOTED_EXAMPLE_BEFORE)),
        ("price_or_fee", on_after(rx.WORTH_AFTER)),
        ("price_or_fee", on_left60(rx.WORTH_BEFORE)),
        ("price_or_fee", on_left60(rx.PUBLISHER_BEFORE)),
        ("raise_or_difference", on_left60(rx.PLUS_BEFORE)),
        ("raise_or_difference", on_left60(rx.BY_EXACTLY_BEFORE)),
        ("hypothetical", on_left60(rx.EXAMPLE_IN_BRACKETS_BEFORE) & on_after(rx.BRACKET_CLOSES_AFTER)),
        (
            "budget_or_turnover",
            (pl.col("kw") == "um").fill_null(False)
            & on_left60(rx.AT_STAKE_BEFORE)
            & ~on_after(rx.OWN_PERIOD_AFTER),
        ),
        ("budget_or_turnover", on_left60(rx.SAVE_BEFORE)),
        ("budget_or_turnover", on_after(rx.SPENT_OR_TURNED_OVER_AFTER)),
        ("net_pay", on_after(rx.PER_HEAD_AFTER) & on_sentence(rx.DISPOSABLE_INCOME)),
        (
            "threshold",
            on_after(rx.EXCEEDED_AFTER)
            & on_left60(rx.ARTICLE_BEFORE)
            & ~pl.col("_pre_lc").str.contains(rx.PAY_SUBJECT).fill_null(False),
        ),
        ("raise_or_difference", on_left60(rx.SETTLEMENT_OF_BEFORE)),
        ("threshold", on_left60(rx.BARRIER_BEFORE)),
        (
            "not_an_amount",
            pl.col("a_value").is_between(*rx.YEAR_SPAN)
            & pl.col("b_value").is_null()
            & pl.col("a_dec").is_null()
            & pl.col("a_num").str.contains(r"^[0-9]{4}$").fill_null(False)
            & on_left60(rx.YEAR_NAMED_BEFORE),
        ),
        ("price_or_fee", on_left60(rx.NEEDED_BEFORE)),
        (
            "threshold",
            on_left60(rx.INCOME_CONDITION_BEFORE)
            & ~(
                on_left60(rx.INCOME_LEVEL_BEFORE)
                & (pre_lc.str.contains(rx.PAY_SUBJECT).fill_null(False) | on_left60(rx.AVERAGE_INCOME_BEFORE))
            ),
        ),
        # ``Da lieg ich ja knapp 1000 € drüber``: a difference
        ("raise_or_difference", on_after(rx.ABOVE_BY_AFTER)),
        # ``nach 3 Jahren um je 10 €``: each step's change
        ("raise_or_difference", pl.col("_pre").str.contains(rx.BY_EACH_BEFORE)),
        # ``65,04 Euro zzgl. 19 % MwSt.``: pay carries no VAT, a price does
        ("price_or_fee", on_after(rx.VAT_AFTER)),
        ("price_or_fee", on_left60(rx.VAT_BEFORE)),
        # ``… die Höhe von 450 Euro überschreiten``: a limit not to pass
        # (not pay passing a figure: ``kann das Einkommen sogar 5.000 Euro überschreiten``, a floor)
        (
            "threshold",
            on_after(rx.LIMIT_VERB_AFTER)
            & ~(on_left60(rx.PAY_SUBJECT_BEFORE) & ~on_left60(rx.MAY_NOT_BEFORE))
            & ~(on_left60(rx.MINIMUM_PAY_BEFORE) & on_after(rx.UNDERCUT_AFTER)),
        ),
        # ``8,50 Euro in der Stunde – das wären 20 Prozent mehr``: a figure only supposed
        (
            "hypothetical",
            contains_where(
                pl.col("sentence").str.contains_any(["wäre", "würde"]),
                right.str.head(120),
                rx.SUPPOSED_AFTER_DASH,
            ),
        ),
        # ``will die Bundesregierung mindestens 515 Euro … vorschreiben``: a plan
        (
            "demand_or_proposal",
            on_left60(rx.WILL_BEFORE)
            & contains_where(on_left60(rx.WILL_BEFORE), right.str.head(100), rx.WILL_RULE_AFTER),
        ),
        # ``…, bleiben 550 Euro``: what is left after costs
        (
            "tax_or_deduction",
            (on_left60(rx.LEFT_OVER_BEFORE) | ((pl.col("s_in_sent") <= 2) & on_after(rx.LEFT_OVER_AFTER)))
            & ~left60.str.contains("netto", literal=True),
        ),
        # ``mit 45 bis 60 Euro … mehr bekommen``: the figure is how much more
        (
            "raise_or_difference",
            on_left60(rx.WITH_BEFORE)
            & contains_where(
                pl.col("sentence").str.contains("mehr", literal=True), right.str.head(120), rx.MORE_AFTER_WITH
            ),
        ),
        # ``eine Sonderzulage, die von Rom vorgegeben ist, in Höhe von knapp 6400 Euro``: the
        # payment named before a relative clause
        *(
            (
                code,
                masked(pl.col("_left60").str.contains(", d", literal=True), pl.col("_left60"))
                .str.extract(rx.NOUN_BEFORE_RELATIVE, 1)
                .str.contains(rx.NOT_PAY_REASONS[code])
                .fill_null(False),
            )
            for code in ("bonus_or_allowance", "one_off_payment")
        ),
        # ``Addiert man die Einmalzahlung (1.240 Euro) und …``: a figure in brackets right after
        # the payment it names (the bracket is a clause boundary for the words before)
        *(
            (
                code,
                masked(pl.col("_bracket_before"), left60)
                .str.contains(rf"(?:{rx.NOT_PAY_REASONS[code]})[^\s(]*\s*\(\s*$")
                .fill_null(False),
            )
            for code in rx.BRACKETED_AFTER_REASONS
        ),
        (
            "old_currency",
            on_left60(rx.FOREIGN_THEN_WHICH) & on_after(rx.WHICH_CONVERTS_AFTER),
        ),
        (
            "budget_or_turnover",
            on_after(rx.TURNOVER_PARTICLE_AFTER) & on_left60(rx.TURNOVER_VERB_BEFORE),
        ),
        (
            "raise_or_difference",
            contains_where(
                pl.col("_sentence").str.contains("zwischen", literal=True),
                left.str.tail(200).str.to_lowercase(),
                rx.DIFFERENCE_BETWEEN_AT,
            ),
        ),
        (
            "demand_or_proposal",
            contains_where(
                on_sentence(rx.REPORTED_DRAFT),
                pl.col("prev_sentence").str.to_lowercase(),
                rx.REPORTED_DRAFT_BEFORE,
            ),
        ),
        ("restatement", on_after(rx.CALCULATION_AFTER)),
        # (not a decided step: ``eine weitere Anhebung … auf dann 14,60 Euro geplant``)
        ("demand_or_proposal", on_after(rx.PLANNED_AFTER) & ~pl.col("_new_value")),
        (
            "demand_or_proposal",
            contains_where(
                pl.col("_sentence").str.contains("geht es nach", literal=True),
                left.str.to_lowercase(),
                rx.WANTED_BY_BEFORE,
            ),
        ),
        ("demand_or_proposal", on_left60(rx.PAY_PLANNED_BEFORE)),
        ("threshold", on_left60(rx.EARNINGS_CAP_BEFORE)),
        (
            "threshold",
            pl.col("kw").is_in(["nicht über", "nicht mehr als", "höchstens", "maximal"])
            & on_left60(rx.EARNINGS_CAP_OPEN),
        ),
        (
            "price_or_fee",
            contains_where(
                pl.col("_sentence").str.contains_any(["kind", "eltern", "platz", "stundens"]),
                left.str.to_lowercase(),
                f"(?:{rx.PARENTS_PAY_BEFORE})|(?:{rx.FIRMS_RATE_BEFORE})",
            ),
        ),
        (
            "threshold",
            pl.col("kw").is_in(LINE_WORDS)
            & on_left60(rx.WHOEVER_BEFORE)
            # (``Auch wenn sie mehr als 3.000 Euro verdient, …``: her pay, conceded)
            & ~pl.col("_left60").str.contains("auch wenn", literal=True),
        ),
        ("old_currency", pl.col("is_between") & pl.col("stmt").str.contains(rx.FOREIGN_IN_STATEMENT)),
        ("tax_or_deduction", on_after(rx.HANDED_OVER_AFTER)),
        ("tax_or_deduction", on_left60(rx.DEDUCTION_MINUS_BEFORE)),
        (
            "threshold",
            on_left60(rx.CONTRIBUTION_BASE_BEFORE)
            # (the label's abbreviation ended the sentence before: ``sozialvers.`` ⏎ ``Brutto: …``)
            | (
                on_left60(r"^\s*brutto\s*:?\s*$")
                & pl.col("prev_sentence").str.contains(rx.CONTRIBUTION_BASE_CUT).fill_null(False)
            ),
        ),
        ("raise_or_difference", on_after(rx.TOP_UP_AFTER) & on_left60(rx.TOP_UP_VERB_BEFORE)),
        (
            "net_pay",
            on_sentence(rx.TO_THE_ACCOUNT_SENTENCE)
            & on_after(rx.TO_THE_ACCOUNT_AFTER)
            & ~pl.col("_sentence").str.contains("brutto", literal=True),
        ),
        (
            "restatement",
            contains_where(
                pre_lc.str.contains_any(["gerechnet", "umgerechnet"]), pre_lc, rx.EXTRAPOLATED_BEFORE
            ),
        ),
        (
            "budget_or_turnover",
            lower_where(
                pl.col("_sentence").str.contains_any(
                    ["beiden", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht"]
                )
                & ~on_sentence(rx.EACH_OF_GROUP),
                # (since the previous figure of the sentence: ``… insgesamt 466.000 EUR, der alleinige
                # Geschäftsführer … rund 220.000 EUR`` is one's)
                pl.col("_left_clause").str.replace(r"(?s)^.*;", ""),
                rx.GROUP_COUNTED_BEFORE,
            ),
        ),
        (
            "budget_or_turnover",
            on_after(rx.PAID_TO_GROUP_AFTER) & _board_size() & ~on_sentence(rx.EACH_OF_GROUP),
        ),
        ("demand_or_proposal", on_after(rx.FLOATED_AFTER)),
        ("demand_or_proposal", on_sentence(rx.PLANNED_BAND_SENTENCE)),
        (
            "not_an_amount",
            pl.col("_bracket_before")
            & (on_after(rx.SUM_TERM_AFTER) | on_after(rx.DIVIDED_AFTER))
            & on_left60(rx.WORKED_BRACKET_BEFORE),
        ),
        # (a year whose currency opens the next figure: ``für September 2009 € 334,25``, ``das sind 2020 EUR 25,78``)
        (
            "not_an_amount",
            on_after(r"^\s*[0-9]") & pl.col("stmt").str.contains(rx.DATE_YEAR_STATEMENT),
        ),
        ("restatement", on_left60(rx.PAY_PARTS_BEFORE) & pl.col("_earlier")),
        ("not_an_amount", on_left60(rx.POINTS_VALUE_BEFORE)),
        (
            "not_an_amount",
            (pl.col("a_dec").str.len_chars() == 3).fill_null(False)
            & (pl.col("_value") >= 1000)
            & on_after(rx.HOURLY_RIGHT_AFTER),
        ),
        ("benefit_or_stipend", on_left60(rx.PENSION_POINT_BEFORE)),
        ("one_off_payment", on_left60(rx.COURT_WON_BEFORE) & ~on_after(rx.OWN_PERIOD_AFTER)),
        ("restatement", (pl.col("s_in_sent") < 60) & on_left60(rx.RESTATED_OPENER_BEFORE)),
        (
            "raise_or_difference",
            on_left60(rx.THAT_IS_OPENER_BEFORE)
            & (pl.col("s_in_sent") < 40)
            & ~on_after(r"^\s*(?:\S+\s+){0,2}?(?:brutto|[a-zäöüß]*gehalt|[a-zäöüß]*lohn)(?-u:\b)")
            & lower_where(on_left60(rx.THAT_IS_OPENER_BEFORE), pl.col("prev_sentence"), rx.RAISE_IN_PREVIOUS),
        ),
        (
            "unclear_period",
            contains_where(pre_lc.str.contains("monate", literal=True), pre_lc, rx.MONTHS_SUM_BEFORE)
            & ~on_after(rx.OWN_PERIOD_AFTER),
        ),
        ("bonus_or_allowance", on_left60(rx.CHILD_SUPPLEMENT_BEFORE)),
        ("not_an_amount", on_sentence(rx.BANKNOTES_SENTENCE)),
        ("restatement", on_left60(rx.TIMES_A_YEAR_BEFORE)),
        (
            "per_unit_rate",
            pl.col("match_fee_text")
            & (pl.col("_value") < rx.MATCH_FEE_MAX)
            & ~on_sentence(rx.MATCH_FEE_PERIOD_SENTENCE),
        ),
        (
            "raise_or_difference",
            contains_where(right.str.contains_any(["über ", "unter "]), right, rx.COMPARED_PLACE_AFTER)
            & ~right.str.contains(r"^\s*(?:über|unter)\s+(?:Jahre|Monate|Wochen)(?-u:\b)").fill_null(False),
        ),
        (
            "price_or_fee",
            contains_where(
                pl.col("_sentence").str.contains_any(["stundens", "tagess"]),
                pl.col("_sentence"),
                rx.FREELANCE_RATE_SENTENCE,
            ),
        ),
        (
            "restatement",
            lower_where(pl.col("_sentence").str.starts_with("bei "), left, rx.COUNTED_PREMISE_BEFORE),
        ),
        (
            "restatement",
            lower_where(
                pl.col("_sentence").str.contains("bei ein", literal=True), left, rx.WORKED_FROM_PAY_BEFORE
            )
            # (the result, not the figure converted in brackets: ``(805€ Bruttolohn / 35 …)``)
            | lower_where(
                pl.col("_sentence").str.contains("umgerechnet", literal=True) & ~pl.col("_bracket_before"),
                left,
                rx.PER_HOUR_WORKED_BEFORE,
            ),
        ),
        # (a table line whose label stands before a bracket: ``Jahressonderzahlung (80 %) 2.480,00 €``,
        # ``Altersvorsorge (5,5 %) vom Arbeitgeber   2.310,80 €``)
        *(
            (code, contains_words(_label_before_bracket(), rx.NOT_PAY_REASONS[code]).fill_null(False))
            for code in ("one_off_payment", "bonus_or_allowance", "employer_cost")
        ),
        (
            "demand_or_proposal",
            contains_where(
                pl.col("_left60").str.contains("richtung", literal=True)
                | pl.col("kw").fill_null("").str.contains("richtung", literal=True),
                pl.concat_str(pl.col("_left60"), pl.col("kw").fill_null("")),
                rx.TOWARDS_BEFORE,
            ),
        ),
        (
            "hypothetical",
            contains_where(
                pl.col("_sentence").str.contains_any(
                    ["sagen wir", "angenommen", "stell dir vor", "stellen sie sich vor"]
                ),
                left.str.to_lowercase(),
                rx.SUPPOSE_BEFORE,
            ),
        ),
        (
            "threshold",
            pl.col("kw").is_in(LINE_WORDS) & on_left60(rx.PEOPLE_WITH_BEFORE),
        ),
        ("demand_or_proposal", on_after(rx.TO_BE_SET_AFTER) & on_left60(rx.IS_TO_BE_BEFORE)),
        (
            "demand_or_proposal",
            masked(
                pl.col("next_sentence").str.contains_any(["fordert", "verlangt", "empf", "schl", "wünsch"]),
                pl.col("next_sentence"),
            )
            .str.to_lowercase()
            .str.contains(rx.DEMAND_NEXT_SENTENCE)
            .fill_null(False),
        ),
        ("budget_or_turnover", on_left60(rx.TOGETHER_BEFORE)),
        # ``Gehälter bis 1.943,– steigen um 1,35%``: a band of pay a rule applies to, no one's pay
        (
            "threshold",
            pl.col("kw").is_in(rx.BAND_KEYWORDS).fill_null(False)
            & on_left60(rx.PAY_PLURAL_BEFORE)
            & on_after(rx.BAND_RULE_AFTER),
        ),
        (
            "budget_or_turnover",
            contains_where(
                pl.col("next_sentence").str.contains_any(["teil"]),
                pl.col("next_sentence").str.to_lowercase(),
                rx.SHARED_NEXT_SENTENCE,
            ),
        ),
        # ``Maschinenbau 3.948,73 € 3.175,83 € 772,90 €``: the difference of the two figures
        # before it, to the cent (a figure with cents: ``3.000, 2.000 und 1.000 Euro`` is a list)
        (
            "raise_or_difference",
            (
                (pl.col("_value") % 1 != 0)
                & (
                    (
                        pl.col("_value")
                        - (in_sentence(pl.col("_value"), 2) - in_sentence(pl.col("_value"), 1)).abs()
                    )
                    .abs()
                    .le(rx.DIFFERENCE_TOLERANCE)
                )
            ).fill_null(False),
        ),
        ("bonus_or_allowance", on_sentence(rx.PER_SITTINGS)),
        # (``3.246 € dividiert 172,8 Std. = 18,79 €``: an operand of a calculation shown)
        (
            "restatement",
            masked(pl.col("sentence").str.contains("=", literal=True), right.str.head(40))
            .str.to_lowercase()
            .str.contains(rx.OPERAND_OF_CALCULATION)
            .fill_null(False),
        ),
        (
            "threshold",
            pl.col("kw").is_in(["weniger als", "mehr als", "unter", "über"]).fill_null(False)
            & left60.str.tail(30).str.contains(rx.THRESHOLD_CLAUSE),
        ),
        (
            "raise_or_difference",
            ~pl.col("_new_value")
            & masked(pre_lc.str.contains(rx.PASSIVE_BEFORE), right.str.head(80))
            .str.to_lowercase()
            .str.contains(rx.RAISED_AFTER)
            .fill_null(False)
            & ~masked(pre_lc.str.contains(rx.PASSIVE_BEFORE), right.str.head(80))
            .str.to_lowercase()
            .str.contains(rx.PASSIVE_CHANGE_OTHER_VERB)
            .fill_null(False),
        ),
        # ``+5,5 %, mindestens aber 140 €``: a raise's floor beside a percentage, across a comma.
        # (the same step's raise for another group is a small figure: ``4,9 % ab dem 1. Juli,
        # 100 € für Auszubildende``; not ``um 4,5 % ab Januar, 2.900 Euro erhalten dann …``)
        (
            "raise_or_difference",
            on_left60(rx.PERCENT_CAP_BEFORE)
            & ((pl.col("_value") < rx.PASSIVE_CHANGE_MAX) | ~left60.str.contains(r",\s*$")),
        ),
        # ``Die Differenz beträgt 25.000 Euro``: a difference, when the clause names no pay
        # (the words since the previous figure, across ``und``: ``die Differenz zwischen Büros und
        # Unternehmen ganze 25.000 Euro``)
        (
            "raise_or_difference",
            # (a colon opens what follows: ``Die Differenzen … sind groß: Während der Einzelhändler …
            # mit 733 Euro rechnen kann``)
            pl.when(on_sentence(rx.DIFFERENCE_NOUNS))
            .then(left_clause.str.replace(r"^.*[;:]", "").str.to_lowercase())
            # (``Lohngruppe`` names a group, not pay)
            .str.replace_all(r"(?:lohn|entgelt|gehalts|vergütungs|besoldungs)(gruppe)", "$1")
            # (nor ``Lohnabstand``, ``Gehaltsvorsprung``: a gap, named by what it is a gap of)
            .str.replace_all(
                r"(?:lohn|entgelt|gehalts|einkommens|verdienst|besoldungs)"
                r"(abstand|unterschied|differenz|vorteil|vorsprung|rückstand)",
                "$1",
            )
            .pipe(lambda since: since.str.contains(rx.DIFFERENCE_NOUNS) & ~since.str.contains(rx.PAY_WORDS))
            .fill_null(False),
        ),
        # ``Mindestlohn von 9,19 Euro … (37,5 Wochenstunden) … knapp 1400 Euro``: an hourly
        # figure worked out for full time, roughly.
        ("restatement", _full_time_of_previous()),
        # (``Der Mindestlohn beträgt 12 Euro pro Stunde. … verdienen circa 2.080 Euro pro Monat, bei
        # einer 40-Stunden-Woche.``: an hourly figure of a sentence before worked out for a month)
        (
            "restatement",
            # (not when that hourly figure itself works out a month's figure before it: ``… 2.458,25 €
            # im Monat bzw. 14,2095 € pro Stunde. Für … ist ein Monatsgehalt von 2.048,54 € …``)
            pl.when(on_sentence(rx.WEEKLY_HOURS_WORDS))
            .then(
                _restates_earlier((rx.FULL_TIME_HOURS,), back=1)
                & (pl.col("_earlier0") < 100)
                & ~(pl.col("_earlier2") / pl.col("_earlier0"))
                .is_between(*rx.FULL_TIME_HOURS)
                .fill_null(False)
            )
            .fill_null(False),
        ),
        # ``um 1,1 Prozent (48,29 Euro)``: the change in euros beside the percentage.
        ("raise_or_difference", left60.str.tail(20).str.contains(rx.PERCENT_THEN_BRACKET)),
        (
            "restatement",
            pl.when(same_sentence(1))
            .then(
                pl.concat_str(
                    pre_lc.str.tail(40),
                    pl.lit(" … "),
                    # (not past a sentence the splitter kept joined after an abbreviation: ``auf
                    # 19,85 €/Std. Das sind 0,75 € mehr``)
                    pl.col("_post").str.head(20).str.replace(r"\.\s+[A-ZÄÖÜ].*$", ".").str.to_lowercase(),
                    ignore_nulls=True,
                ).str.contains(rx.RESTATEMENT)
                | left60.str.tail(40).str.contains(rx.RESTATED_IN_BRACKETS)
            )
            .fill_null(False),
        ),
        (
            "budget_or_turnover",
            pl.col("a_billion")
            | pl.col("b_billion")
            | (large & ~pay_text)
            | (
                # (one of the highest of a group blanked: ``eines der größten Gehälter aller Manager``)
                pl.col("_large_sentence").str.replace_all(rx.ONE_OF_THE_TOP, "_").str.contains(rx.AGGREGATE)
                # (``im Durchschnitt``: a sum over many divided again, one person's pay)
                & ~pl.col("_large_sentence").str.contains(rx.AVERAGE_WORDS)
                # (nor one member's own figure after the sum: ``…, Konzernchef X allein 9 Millionen``)
                & ~masked(large, pl.col("_around")).str.contains(rx.BOARD_EACH).fill_null(False)
            ).fill_null(False)
            | (
                pl.col("_large_sentence").str.contains(rx.AGGREGATE_GROUP_AFTER)
                & ~pl.col("_large_sentence").str.contains(rx.AVERAGE_WORDS)
                & ~pl.col("_large_sentence").str.contains(rx.COMPARED_WITH_GROUP)
            ).fill_null(False)
            | (
                # (the clause, or what leads to the figure across a bracket: ``die sieben
                # Vorstandsmitglieder (2019) insgesamt``)
                (
                    masked(large, pl.col("_around")).str.contains(rx.BOARD_TOTAL)
                    | masked(large, left60).str.contains(rx.BOARD_TOTAL)
                    # (a board counted, for an executive's size too: ``überwies die Stadtwerke GmbH
                    # 590.000 Euro an ihre drei Geschäftsführer``)
                    | masked(_board_size(), pl.col("_around")).str.contains(rx.BOARD_COUNTED)
                    # (or, for a new value, its sentence before it: ``Diese sechs Manager
                    # steigerten ihre Bezüge von … auf 3,4 Millionen Euro``)
                    | lower_where(_board_size() & pl.col("_new_value"), left, rx.BOARD_COUNTED)
                )
                & ~masked(_board_size(), pl.col("_around")).str.contains(rx.BOARD_EACH)
            ).fill_null(False),
        ),
        ("restatement", _converts_previous()),
        # ``… 2.925 € pro Monat. Es erwartet dich ein Jahresgehalt von 35.100 €!``: twelve times
        # a figure of the sentence before, exactly
        # (not an item of a list of like figures: ``Innere Medizin (372.000 Euro), Radiologie
        # (360.000 Euro)`` after ``30.000 Euro`` a month)
        (
            "restatement",
            pl.col("_twelvefold")
            & ~(in_sentence(pl.col("_value"), 1) / pl.col("_value"))
            .is_between(*rx.LIKE_FIGURES_RATIO)
            .fill_null(False),
        ),
        # ``| Hamburg | 2.951 EUR | 36.587 EUR |``: a table row's later column converting the
        # figure of the column before to another period (12 to 14 salaries a year, an hour's)
        (
            "restatement",
            pl.col("_converts_near")
            & same_sentence(1)
            & contains_where(pl.col("_converts_near"), pl.col("_sentence"), rx.TABLE_ROW),
        ),
        # ``33.657 € 2.714 € Bruttogehalt (Median)``: a figure right after another (nothing but
        # a space or a slash between) that converts it to another period
        (
            "restatement",
            pl.col("_converts_near")
            & same_sentence(1)
            & contains_where(pl.col("_converts_near"), in_sentence(pl.col("next_gap"), 1), r"^\s*/?\s*$"),
        ),
        # ``… 20,50 € pro Stunde. So wird der monatliche Mindestlohn entsprechend rund 3553 €
        # betragen.``: a word of conversion and another period's figure of the one before
        (
            "restatement",
            pl.col("_converts_near")
            & contains_where(pl.col("_converts_near"), left60, rx.CONVERSION_WORD_BEFORE),
        ),
        (
            "restatement",
            pl.col("_converts_near")
            & in_sentence(pl.col("e_in_sent"), 1).is_not_null()
            & contains_where(pl.col("_converts_near"), left60, rx.AT_RATE_BEFORE),
        ),
        # ``2.404 € im Monat bzw. 16,69 € pro Stunde``: the same pay for another period
        (
            "restatement",
            pl.col("_converts_near")
            & masked(pl.col("_converts_near"), left_clause)
            .str.replace(r"^.*;", "")
            .str.to_lowercase()
            .str.contains(rx.CONVERTED_AFTER_OR)
            .fill_null(False)
            & prev_end.is_not_null(),
        ),
        (
            "old_currency",
            pl.col("_old_currency") & pre_lc.str.contains(rx.CONVERTED_BEFORE),
        ),
        (
            "old_currency",
            contains_where(
                pl.col("_old_currency"),
                pl.concat_str("_pre", pl.lit(" "), pl.col("_post").str.head(30), ignore_nulls=True),
                rx.OLD_CURRENCY,
            ),
        ),
    ]
    # (``um 120 Euro``, ``um Beträge zwischen 125 und 195 Euro``)
    by_um = pl.col("_by_um")  # (a column: read by several parts of the rule below)
    change_by = (
        masked(by_um, pl.col("_around")).str.contains(rx.CHANGE_VERBS)
        | masked(by_um, pl.col("_after")).str.contains(rx.CHANGE_VERBS)
        | masked(by_um, pl.col("_after")).str.contains(rx.COMPARATIVE_AFTER)
        | masked(by_um, pl.col("_after")).str.contains(rx.MOVED_AFTER)
        # (``um 30 Euro und im zweiten Jahr um 50 Euro steigen``: the verb may close the sentence)
        | masked(by_um, right).str.to_lowercase().str.contains(rx.CHANGE_VERBS)
        # (or before it, across a list of times: ``steigen dieses und nächstes Jahr um 30 Euro``)
        | masked(by_um, pl.col("_left60")).str.contains(rx.CHANGE_VERBS)
        # (or further back in its sentence, before a long list of groups: ``Das Grundgehalt erhöht
        # sich in den Gruppen … für Beamte … sowie für … um 20 Euro``)
        | masked(by_um, left).str.to_lowercase().str.contains(rx.CHANGE_VERB_FINITE_BEFORE)
        # (``werden zwischen 45 und 60 Euro erhöht``: no ``auf`` before it, the participle closing
        # the sentence)
        | (
            ~pl.col("_new_value")
            # (nor the old value in brackets after the new one: ``auf 11,40 (10,95) Euro angehoben``)
            & ~(
                in_sentence(pl.col("_new_value"), 1).fill_null(False)
                & in_sentence(pl.col("next_gap"), 1).str.contains(r"^\s*\(\s*$").fill_null(False)
            )
            # (raises are small: only figures below ``patterns.PASSIVE_CHANGE_MAX`` are read)
            & contains_where(pl.col("_value") < rx.PASSIVE_CHANGE_MAX, right, rx.PASSIVE_CHANGE_CLOSES)
            & ~contains_where(pl.col("_value") < rx.PASSIVE_CHANGE_MAX, right, rx.PASSIVE_CHANGE_OTHER_VERB)
            & masked(pl.col("_value") < rx.PASSIVE_CHANGE_MAX, left).str.contains(
                r"(?-u:\b)(?:wird|werden|wurde|wurden)(?-u:\b)"
            )
        )
        | (
            ~pl.col("_new_value")
            & (pl.col("kw").fill_null("") != "von")
            & contains_where(pl.col("_value") < rx.PASSIVE_CHANGE_MAX, right, rx.PERFECT_CHANGE_CLOSES)
            & ~contains_where(pl.col("_value") < rx.PASSIVE_CHANGE_MAX, right, r"(?-u:\b)auf\s")
            & (
                contains_where(
                    pl.col("_value") < rx.PASSIVE_CHANGE_MAX, pl.col("_left60"), rx.PERFECT_CHANGE_BEFORE
                )
                | (pl.col("kw").fill_null("") == "um")
            )
        )
        | pl.col("sentence").str.contains(rx.SENTENCE_OPENS_WITH_UM)
        & (pl.col("s_in_sent") <= rx.OPENING_UM_MAX)
        # (a comparative, then a colon: ``um mehr als sieben Prozent niedriger: um rund 3 200 Euro``)
        | masked(by_um, pl.col("_left60")).str.contains(rx.COMPARATIVE_THEN_UM)
        # (``werden angehoben, um Beträge zwischen 125 und 195 Euro``: the verb before a comma)
        | masked(by_um, pl.col("_left60")).str.contains(
            rf"(?:{rx.CHANGE_VERBS})[a-zäöüß]*\s*,\s*(?:um\s+(?:beträge\s+)?)?$"
        )
    ).fill_null(False)
    rules += _around_rules(by_um, change_by, on_left60)
    rules += _new_value_rules(left)
    # ``und 2016 um 25 Euro auf 650 Euro``: by an amount to a new one, the verb clauses away
    # (after the other reasons: ``in der Tantieme … um 1 Mill. Euro auf 1,6 Mill. Euro`` is a bonus)
    rules.append(
        (
            "raise_or_difference",
            masked(by_um, pl.col("next_gap")).str.contains(rx.ci(rx.BY_TO_NEW_VALUE)).fill_null(False),
        )
    )
    # A new value (``über die Schwelle von 3.000 Euro auf 3.007 Euro``) is judged by its clause.
    # A sentence opening with a conversion restates a figure of the sentence before.
    rules += _sentence_rules()

    low, high = rx.MINIJOB_LIMIT
    rules += [
        (
            "threshold",
            pl.col("minijob_text")
            & (
                pl.col("a_value").is_between(low, high)
                # (a year's limit: ``maximal 5.400 Euro aus einer ganzjährigen Beschäftigung``)
                | (
                    pl.col("a_value").is_between(low * 12, high * 12)
                    & contains_where(pl.col("minijob_text"), pl.col("_sentence"), r"jahr|jährlich")
                )
            )
            & pl.col("b_value").is_null()
            # (``Die Mindestvergütung für Azubis … auf 649 Euro``: trainees' pay in a mini-job text)
            & ~contains_where(pl.col("minijob_text"), pl.col("_sentence"), rx.TRAINEE_PAY),
        ),
        (
            "net_pay",
            # (``Dabei handelt es sich um Nettobeträge.``; not when that sentence has figures of
            # its own, nor against the figure's own ``brutto``)
            pl.when(pl.col("_net_next"))
            .then(
                ~pl.col("next_sentence").str.contains(r"[0-9]")
                & ~pl.col("_sentence").str.contains("brutto", literal=True)
            )
            .fill_null(False),
        ),
        # (the answer to a question about net pay: ``… netto? – So um die 1.500 Euro``)
        (
            "net_pay",
            contains_where(
                pl.col("prev_sentence").str.contains("?", literal=True),
                pl.col("prev_sentence"),
                rx.ci(rx.NET_QUESTION_BEFORE),
            )
            & ~pl.col("_sentence").str.contains("brutto", literal=True),
        ),
        # (not a trainee's pay: ``Wer 2024 die Lehre beginnt, bekommt mindestens 620 Euro im ersten
        # Ausbildungsjahr`` in a text on what trainees get besides)
        ("benefit_or_stipend", _text_topic_without("benefit_text", rx.TRAINEE_PAY)),
        ("bonus_or_allowance", pl.col("allowance_text") & ~pl.col("_names_pay")),
        # (the old value of a change that is the new value of the change before it in its sentence:
        # ``ab 2018 von 11,30 Euro auf 11,75 Euro; ab 2019 von 11,75 Euro auf 12,20 Euro``)
        (
            "repeated",
            (pl.col("kw").fill_null("") == "von")
            & pl.col("next_gap").str.contains(r"(?i)^\s*auf\s*$").fill_null(False)
            & pl.any_horizontal(
                [
                    (
                        (in_sentence(pl.col("_value"), k) == pl.col("_value"))
                        # (that figure a new value itself: ``… auf`` before it)
                        & in_sentence(pl.col("next_gap"), k + 1).str.contains(r"(?i)^\s*auf\s*$")
                    ).fill_null(False)
                    for k in (1, 2)
                ]
            ),
        ),
        # (a market quote: the line below is its change with a percentage, ``-261,14 (-1,45%)``)
        (
            "price_or_fee",
            pl.col("next_sentence").str.contains(rx.QUOTE_CHANGE_LINE).fill_null(False)
            & (pl.col("sentence").str.len_bytes() - pl.col("stmt").str.len_bytes() <= rx.LABEL_LINE_SLACK),
        ),
        # (not a person earning: ``Moderator X erhält 630.000 Euro`` in a text opening on fees)
        (
            "price_or_fee",
            # (nor a trainee's pay: ``Im Schnitt 845 Euro gibt es im ersten Ausbildungsjahr`` in a text
            # asking what a flat costs)
            _text_topic_without("price_text", f"{rx.EARNS}|{rx.TRAINEE_PAY}")
            # (nor a sentence going on about a pay the one before names: ``… mehr als der Mindestlohn,
            # der … stieg. Vom Herbst an beträgt er 12 Euro je Stunde.``)
            & ~(
                masked(pl.col("price_text") & pl.col("_goes_on"), pl.col("prev_sentence"))
                .str.to_lowercase()
                .str.contains(rx.PAY_NAMES)
                # (not one paying a price itself: ``Sie zahlen für ein Brot jetzt 4,50 Euro``)
                & ~contains_where(
                    pl.col("price_text") & pl.col("_goes_on"), pl.col("_sentence"), rx.PAYING_A_PRICE
                )
            ).fill_null(False),
        ),
        # (a text opening on prize money: what a player gets where no pay is named is prize money)
        ("price_or_fee", _text_topic_without("prize_text", rx.PRIZE_NOT_IN_SENTENCE)),
        ("net_pay", pl.col("net_income_text") & ~pl.col("_sentence").str.contains("brutto", literal=True)),
        ("net_pay", pl.col("net_footnote")),
        ("hypothetical", pl.col("example_text")),
        (
            "restatement",
            pl.col("_worked_out")
            & (
                same_sentence(1)
                | contains_where(pl.col("_worked_out"), pl.col("prev_sentence"), rx.ci(rx.MONEY_IN_TEXT))
            ),
        ),
        # (``- ab dem 5. Jahr 300 € brutto`` below ``Urlaubs- und Weihnachtsgeld``: ``brutto``
        # alone names no pay here)
        (
            "one_off_payment",
            pl.col("one_off_text")
            & ~contains_where(pl.col("one_off_text"), pl.col("_sentence"), rx.ONE_OFF_TEXT_NOT_PAY)
            # (nor a month's or a training year's pay: no one-off, ``kommen auf 2.600 Euro im Monat``)
            & ~contains_where(pl.col("one_off_text"), pl.col("_around"), rx.MONTHLY_OR_TRAINING_YEAR),
        ),
        # ``Fortbildungskosten für Meisterschule und Prüfungen in Höhe von bis 10.000 Euro``: a
        # sentence about costs, fees or loans that names no pay (read only in those sentences)
        (
            "price_or_fee",
            ~pl.col("_names_pay")
            & ~pl.col("_pay_named_after")
            & contains_where(~pl.col("_names_pay"), pl.col("_sentence"), rx.COST_SENTENCE)
            # (nor getting money: ``Die Kosten trägt der Arbeitgeber, Fahrer bekommen 2.800 Euro``)
            & ~contains_where(~pl.col("_names_pay"), pl.col("_sentence"), rx.GETTING_MONEY),
        ),
        # A sentence about net pay that never says gross, net named before the figure
        # (``Netto-Range: … zwischen 2.900€ und 3.200€``; not ``2.300 €, netto rund 1.650 €``).
        (
            "net_pay",
            ~pl.col("_new_value")
            & masked(pl.col("_sentence").str.contains("netto", literal=True), left)
            .str.to_lowercase()
            .str.contains("netto", literal=True)
            .fill_null(False)
            & ~pl.col("_sentence").str.contains("brutto", literal=True),
        ),
    ]
    # A sentence opening with a pronoun and naming no pay goes on about the sentence before.
    goes_on = pl.col("_goes_on")
    # (Each text a rule reads is computed once, as a column, and masked to the rows where one
    # of the rules' words occurs at all: Polars does not share work between the rules.)
    topics = [*(rx.NOT_PAY_REASONS[code] for code in rx.TOPIC_REASONS), rx.BUDGET_TOPIC, "netto"]
    frame = (
        frame.pipe(_with_sentence_hit)
        .pipe(
            with_shared,
            **_new_value_parts(),
            _names_pay=pl.col("_sentence").str.contains(rx.PAY_NAMES),
            _by_um=(pl.col("kw").fill_null("") == "um")
            # (``um etwas mehr als 500 Euro``, ``um monatlich insgesamt 600 Euro``)
            | pl.col("_pre").str.contains(
                r"(?-u:\b)um(?:\s+(?:ca\.|rund|etwa|etwas|knapp|gut|fast|über|monatlich|jährlich|insgesamt|jeweils"
                r"|zaghafte|stolze|satte|magere|kräftige|deutliche|schlappe|happige|mickrige|bescheidene|beachtliche))*\s*$"
            )
            | pl.col("_left60").str.ends_with("um beträge "),
            _net_next=masked(
                pl.col("next_sentence").str.contains_any(["netto"], ascii_case_insensitive=True),
                pl.col("next_sentence"),
            )
            .str.to_lowercase()
            .str.contains(rx.NET_NEXT_SENTENCE)
            .fill_null(False),
            _around_hit=masked(any_words(pl.col("_around"), rx.NOT_PAY_REASONS.values()), "_around"),
            _worked_out=contains_where(
                pl.col("_sentence").str.contains_any(["ergibt", "ergab", "macht", "entspr"]),
                # (the sentence as written: ``_sentence`` has words blanked, its offsets differ)
                # (``entspricht das Grundgehalt``: the article of a pay named, blanked)
                pl.col("sentence")
                .str.slice(0, pl.col("s_in_sent"))
                .str.to_lowercase()
                .str.replace_all(rx.PAY_NOUN_OF_WORKED_OUT, "_"),
                rx.WORKED_OUT,
            ),
        )
        .with_columns(**{f"_earlier{i}": figure for i, figure in enumerate(_earlier_figures())})
        .with_columns(
            _restates=_restates_earlier(rx.RESTATED_RATIOS),
            # (a year's figure of a month's: ``zwischen 77 und 276 Euro`` … ``3302 Euro`` is no
            # conversion, 3302 is no year's pay)
            _twelvefold=(
                _restates_earlier(rx.TWELVEFOLD_RATIOS[:1]) & (pl.col("_value") >= rx.TWELVEFOLD_YEAR_MIN)
            )
            | (
                _restates_earlier(rx.TWELVEFOLD_RATIOS[1:])
                & (pl.col("_value") * 12 >= rx.TWELVEFOLD_YEAR_MIN)
            ),
            _converts_near=_restates_earlier(rx.CONVERTED_RATIOS, back=1),
            _restates_near=_restates_earlier(rx.RESTATED_RATIOS, back=1),
            _earlier=pl.any_horizontal([pl.col(f"_earlier{i}").is_not_null() for i in range(6)]),
        )
        .with_columns(
            _around_base=pl.coalesce(
                masked(pl.col("_around_hit").str.contains_any(rx.BASE_PAY_WORDS), pl.col("_around_hit"))
                # (not base pay the figure comes on top of: ``die höchsten Prämien neben der
                # Grundvergütung … mit 60.000 Euro``)
                .pipe(
                    lambda around: masked(~around.str.contains(rx.BESIDES_BASE_PAY).fill_null(True), around)
                )
                .str.replace(rx.BASE_PAY_LAST, ""),
                "_around_hit",
            )
            # (nor words before a pay named right before the figure: ``Hinzu kommen Pauschalen und
            # Gefahrenzulagen, sodass Du … ein Gehalt von etwa 2.500 Euro erwarten kannst``)
            .str.replace(rx.PAY_OF_LAST, "${1}")
        )
        .with_columns(
            _goes_on=~pl.when(pl.col("_sentence").str.contains(rx.OPENS_WITH_PRONOUN))
            .then(pl.col("_names_pay"))
            .fill_null(True)
        )
        # (a sentence before with figures of its own is followed by ``CONTINUED_REASONS`` below)
        .with_columns(_previous=masked(goes_on, pl.col("prev_sentence")).str.to_lowercase())
        .with_columns(_previous=masked(~pl.col("_previous").str.contains(rx.MONEY_IN_TEXT), "_previous"))
        .with_columns(_previous=masked(any_words(pl.col("_previous"), topics), "_previous"))
    )
    rules += [
        *_topic_rules(goes_on, left),
        ("budget_or_turnover", goes_on & pl.col("_previous").str.contains(rx.BUDGET_TOPIC).fill_null(False)),
        # (``… das durchschnittliche Nettoeinkommen … Demnach lag dieses bei 2426 Euro``)
        ("net_pay", goes_on & pl.col("_previous").str.contains("netto", literal=True).fill_null(False)),
        # (after every reason of its own: ``eine Kaufkraft von 29 850 Euro zur Verfügung`` is a budget)
        ("net_pay", on_after(rx.AT_DISPOSAL_AFTER)),
        # (last: any reason of its own comes first, ``Wer Geschenke im Wert von über 35 Euro annimmt, muss …``)
        (
            "hypothetical",
            on_left60(rx.WHOEVER_EARNS_BEFORE)
            & ~on_left60(rx.READER_AS_SOMEONE)
            & ~on_left60(rx.SOMEONE_NAMED_BEFORE)
            & lower_where(
                pl.col("_sentence").str.contains_any(["wer ", ", der ", ", die "]),
                right,
                rx.WHOEVER_EARNS_AFTER,
            ),
        ),
    ]

    for search in (on_left60, on_sentence, on_after):
        frame = search.with_hits(frame)
    # (the first rule that holds: the least index of the rules holding, then its code — one
    # integer column per rule is cheaper than one string column per rule and a coalesce)
    first = pl.min_horizontal(
        [
            pl.when(found.fill_null(False)).then(pl.lit(i, dtype=pl.UInt16))
            for i, (_, found) in enumerate(rules)
        ]
    )
    codes = {i: code for i, (code, _) in enumerate(rules)}
    frame = frame.pipe(
        with_shared, first.replace_strict(codes, default=None, return_dtype=pl.String).alias("reason")
    )
    # (the rules' searches are read: later stages copy every column on each filter and join)
    return _carry_reasons(frame).drop(cs.matches(r"^_(?:left60|after|sentence)_hits|^_nv_|^_right$"))


def _around_rules(by_um: pl.Expr, change_by: pl.Expr, on_left60: SharedSearch) -> list[tuple[str, pl.Expr]]:
    """The rules of ``patterns.NOT_PAY_REASONS`` (``with_skip_reason``): a reason's words in the
    figure's own clause around it (``_around``), each with the exceptions its kind needs.
    ``by_um`` marks a change ``um`` an amount, ``change_by`` a change by it whatever the words."""
    rules: list[tuple[str, pl.Expr]] = []
    pay_named_after = pl.col("_pay_named_after")
    for code, pattern in rx.NOT_PAY_REASONS.items():
        around = pl.col("_around_hit")
        if code in ("one_off_payment", "bonus_or_allowance", "budget_or_turnover"):
            # (``im Bonusmodell ein festes Grundgehalt von``: base pay named last decides)
            around = pl.col("_around_base")
        found = contains_words(around, pattern).fill_null(False)
        if code == "raise_or_difference":
            found = (
                found
                & ~(
                    pl.col("_new_value")
                    & ~contains_words(
                        pl.when(pl.col("_new_value")).then(around), rx.RAISE_AMOUNT_NOUNS
                    ).fill_null(False)
                )
                # (a level named right before it: ``Vom aktuellen Stand von 12,82 Euro entspricht die
                # Anhebung …``; pay named with its article: ``Dennoch bleibt der Unterschied spürbar:
                # Männer kamen … auf ein Monatsgehalt von 4.138 Euro``, not a change ``um`` it)
                & ~masked(found, pl.col("_left60")).str.contains(rx.LEVEL_OF_BEFORE).fill_null(False)
                & ~(on_left60(rx.WAGE_OF_BEFORE) & ~by_um)
                & ~_new_clause_after_colon_free_of(found, pattern)
                # (a new level with its old one in brackets: ``Bürgermeister 6.310 Euro (bisher 5.420 Euro)``)
                & ~masked(found, pl.col("sentence").str.slice(pl.col("e_in_sent")))
                .str.to_lowercase()
                .str.contains(rx.OLD_VALUE_BRACKET_AFTER)
                .fill_null(False)
            ) | change_by
        if code == "net_pay":
            # (``brutto`` right after the figure says what it is: ``laut dem Portal Steuerklassen
            # zwischen 3.000 und 4.000 Euro brutto``)
            # (not a calculator's input, net named after it: ``von 1.400 € brutto bleiben … netto``)
            # (only a tax class named before it: ``stehen … 3.500 Euro brutto zur Verfügung`` is
            # a household's money)
            found = found & ~(
                masked(found, pl.col("_after")).str.contains(r"^\s*brutto(?-u:\b)")
                & ~masked(found, pl.col("_after")).str.contains("netto", literal=True)
                & masked(found, pl.col("_pre_lc")).str.contains("steuerklasse", literal=True)
                & ~masked(found, pl.col("_pre_lc")).str.contains("netto", literal=True)
            ).fill_null(False)
        if code in ("employer_cost", "price_or_fee", "tax_or_deduction", "budget_or_turnover"):
            found = found & ~pay_named_after
        if code in ("price_or_fee", "budget_or_turnover"):
            # (``bei hohem Umsatz ein Tariflohn von 13,90 Euro``: pay named right
            # before the figure)
            found = found & ~on_left60(rx.WAGE_OF_BEFORE) & ~on_left60(rx.PAY_OF_ANY_CASE_BEFORE)
        if code == "one_off_payment":
            # (``eines Bruttomonatsgehalts von 3.400 Euro eine Abfindung von …``)
            found = found & ~on_left60(rx.PAY_OF_ANY_CASE_BEFORE)
        if code == "hypothetical":
            # (reported speech, no supposition: ``Cockpit gibt dem Bericht zufolge an, bei der
            # Billigtochter würden den Piloten zwischen 59.000 Euro und 171.000 Euro gezahlt``)
            found = found & ~contains_where(found, pl.col("_sentence"), rx.REPORTED_SPEECH)
            # (what a group could earn, as a study reports it: ``Absolventen könnten mit 47.000
            # Euro brutto im Jahr rechnen``; not under a condition: ``wenn …``)
            found = found & ~(
                contains_where(found, around, rx.POTENTIAL_PAY)
                & ~contains_where(found, pl.col("_sentence"), rx.CONDITION_WORDS)
            )
        rules.append((code, found))
    return rules


def _topic_rules(goes_on: pl.Expr, left: pl.Expr) -> list[tuple[str, pl.Expr]]:
    """The ``patterns.TOPIC_REASONS`` of a sentence going on (``goes_on``) about the sentence
    before, when that one names one of their words (``_previous``); ``left`` is the sentence
    before the figure."""
    rules: list[tuple[str, pl.Expr]] = []
    for code in rx.TOPIC_REASONS:
        found = goes_on & contains_words(pl.col("_previous"), rx.NOT_PAY_REASONS[code]).fill_null(False)
        if code == "price_or_fee":
            # (prices before, pay named too: ``… die Ablöse … das Gehalt weiter bezahlen. Dieses soll
            # … acht Millionen Euro betragen`` goes on about the pay; nor a list its sentence
            # introduces with a colon: ``Die Werte gibt das Institut heraus: 1. Jahr: 410 EUR``)
            found = found & ~(
                pl.col("_previous").str.contains(rx.PAY_NAMES).fill_null(False)
                | left.str.contains(":", literal=True).fill_null(False)
            )
        rules.append((code, found))
    return rules


LINE_WORDS = ["mindestens", "mehr als", "über", "weniger als", "unter", "bis zu", "ab"]
"""A statement's words that make its figure a line people earn above or below (``wer mindestens
3.400 Euro im Monat hat``, ``Beschäftigte mit weniger als …``)."""


def _label_before_bracket() -> pl.Expr:
    """The figure's table line, its brackets blanked, where the figure's own clause holds no word
    and a bracket stands before it (``Jahressonderzahlung (80 %) 2.480,00 €``: the label is the
    line's); NULL elsewhere."""
    return masked(
        ~pl.col("_pre_lc").str.contains(r"[a-zäöüß]").fill_null(True)
        & pl.col("_left60").str.contains(r"\)[^\n]*$").fill_null(False),
        pl.col("_left60").str.replace(r"^.*\n", "").str.replace_all(r"\([^()]*\)", " "),
    )


def _board_size() -> pl.Expr:
    """The figure is in millions or from ``patterns.BOARD_TOTAL_MIN`` up: a board's total may be it."""
    return pl.col("a_million") | pl.col("b_million") | (pl.col("_value") >= rx.BOARD_TOTAL_MIN)


def _gap_reaches() -> pl.Expr:
    """The gap after the statement before (``next_gap``) reaches this one: no bare number,
    dropped for want of a currency, stands between them."""
    return (
        in_sentence(pl.col("e_in_sent"), 1) + in_sentence(pl.col("next_gap"), 1).str.len_chars()
        == pl.col("s_in_sent")
    ).fill_null(False)


OLD_VALUE_REASONS = [r for r in [*rx.NEW_VALUE_REASONS, "per_unit_rate"] if r != "demand_or_proposal"]
"""Reasons of a new value (``auf X``) that its old value (``von Y``) shares."""


def _carry_reasons(frame: pl.DataFrame) -> pl.DataFrame:
    """Reasons carried from one statement to the next (``with_skip_reason``): along a list or
    chain of figures, to the new value after an old one, to the figure after a raise in a list,
    and to a sentence that goes on about the payment of the one before."""
    # (the statement's own words, lower-cased once: a column, read only where a reason may be
    # carried over — no reason of its own, a statement before it in the sentence)
    # (the words before it back to a comma only: the verb before the comma is the figure
    # before's, ``eine Prämie von 4.000 Euro erhalten, Meister sogar 5.000 Euro``)
    # (not a clause of its own after the comma: ``…, während in Hessen nur 2.300 Euro …``)
    after_comma = pl.col("pre").str.replace(rx.UP_TO_LAST_COMMA, "")
    own_pre = (
        pl.when(after_comma.str.to_lowercase().str.contains(rx.OWN_CLAUSE_OPENING))
        .then(pl.col("pre"))
        .otherwise(after_comma)
    )
    frame = frame.with_columns(
        _own=masked(
            pl.col("reason").is_null() & same_sentence(1), pl.concat_str(own_pre, "_post", ignore_nulls=True)
        ).str.to_lowercase()
    )
    own_words = pl.col("_own")
    # (along a chain: ``… eine Aufwandsentschädigung: bis 1000 Einwohner X; bis 3000 Einwohner Y;
    # bis 5000 Einwohner Z`` — each figure without pay words continues the one before)
    # (of a like size: ``… Leistungsentgelt von 560 Euro bei 32.605 Euro pro Jahr`` is the total)
    continues = (
        pl.col("reason").is_null()
        & ~pl.col("_new_value")
        & ~own_words.str.contains(rx.PAY_WORDS).fill_null(True)
        # (nor a clause with a verb of its own and no pronoun: ``die Marke von 14 Euro und liegt
        # nun bei 14,25 Euro``)
        & ~(
            masked(pl.col("_own").is_not_null(), own_pre).str.to_lowercase().str.contains(rx.OWN_PAY_VERB)
            & ~own_words.str.contains(r"(?-u:\b)(?:sie|er|es|diese[rs]?)(?-u:\b)")
        ).fill_null(False)
        & (pl.col("_value") / in_sentence(pl.col("_value"), 1)).is_between(*rx.CHAIN_RATIO).fill_null(True)
        # (near the figure before: not across a long clause with a subject of its own, ``Die
        # Schallmauer von 400.000 Euro … geknackt – der Vorstandschef verdiente … 397.000 Euro``)
        & ((pl.col("s_in_sent") - in_sentence(pl.col("e_in_sent"), 1)) <= rx.CHAIN_GAP_MAX).fill_null(True)
        # (nor after a mark, one figure like a raise: ``bricht die "Schallmauer" von zehn Millionen
        # Euro, er war … mit 10,3 Millionen Euro``)
        & ~in_sentence(pl.col("_left60").str.contains(rx.BARRIER_BEFORE), 1).fill_null(False)
        # (nor after a year read as no amount: ``2019 € 2.950 und 2023 € 3.400``)
        & ~in_sentence(
            (pl.col("reason") == "not_an_amount") & pl.col("a_value").is_between(*rx.YEAR_SPAN), 1
        ).fill_null(False)
    )
    chain = (~pl.col("_continues") | ~same_sentence(1)).cum_sum()
    inherited = pl.col("reason").first().over(chain)
    frame = (
        frame.with_columns(_continues=continues)
        .with_columns(
            reason=pl.when(
                pl.col("_continues")
                & inherited.is_not_null()
                # (today's value in brackets after a demanded one: ``15 Euro (vorher 14 Euro)``)
                & ~(
                    inherited.is_in(rx.OLD_VALUE_KEPT_REASONS)
                    & pl.col("_left60").str.contains(rx.OLD_VALUE_IN_BRACKET_BEFORE)
                )
                # (a list of raises each by an amount: ``im 2. Lehrjahr um € 20,-, im 3. Lehrjahr um € 30,-``)
                & (
                    (inherited != "raise_or_difference")
                    | (pl.col("kw").fill_null("") == "um")
                    # (``stieg um 117 Euro, im Westen waren es nur 86 Euro``)
                    | pl.col("pre").str.to_lowercase().str.contains(rx.IT_WAS_BEFORE).fill_null(False)
                    # (the same gap in earlier years: ``liegt bei 569 Euro (2022: 595 Euro; 2021: 619 Euro)``)
                    | pl.col("_left60").str.contains(rx.EARLIER_YEAR_BEFORE)
                    # (``steigen um 0,20 Euro zum 1. März und 0,40 Euro zum 1. Mai``: nothing but a
                    # joint between them, the dates read apart)
                    | pl.col("pre").str.contains(rx.ci(rx.BARE_JOINT))
                )
            )
            .then(inherited)
            .otherwise(pl.col("reason"))
        )
        .drop("_continues")
    )
    # (and back from the last of a list of changes by an amount, where only the last names
    # it a difference: ``um 410 Euro und in Stufe 3 um 445 Euro über dem Tarif``)
    # (of a like size, no verb of pay before the first: ``verdient um 3.500 Euro und damit um 400
    # Euro mehr`` is a level, ``um`` about; along a list of three, twice)
    by_um = pl.col("kw").fill_null("") == "um"
    for _ in range(2):
        frame = frame.with_columns(
            reason=pl.when(
                pl.col("reason").is_null()
                & by_um
                & in_sentence(by_um, -1).fill_null(False)
                & (in_sentence(pl.col("reason"), -1) == "raise_or_difference").fill_null(False)
                & pl.col("next_gap").str.to_lowercase().str.contains(rx.LIST_GAP_BACK).fill_null(False)
                & (in_sentence(pl.col("_value"), -1) / pl.col("_value"))
                .is_between(*rx.CONTINUED_RATIO)
                .fill_null(False)
                & ~pl.col("_left60").str.contains(rx.EARNING_VERB).fill_null(False)
            )
            .then(pl.lit("raise_or_difference"))
            .otherwise(pl.col("reason"))
        )
    # ``erhält 225 statt 180 Euro als Aufwandsentschädigung``: the new value of a pair is of the
    # old one's kind
    next_reason = in_sentence(pl.col("reason"), -1)
    frame = frame.with_columns(
        reason=pl.when(
            pl.col("reason").is_null()
            & next_reason.is_in(rx.PAIR_REASONS).fill_null(False)
            & pl.col("next_gap").str.contains(rx.ci(rx.INSTEAD_GAP)).fill_null(False)
        )
        .then(next_reason)
        # ``im ersten Jahr 250 und im zweiten 350 Euro mehr``: a bare number sharing the currency
        # of the next figure in a list shares what that one is
        .when(
            pl.col("reason").is_null()
            & next_reason.is_in(rx.SHARED_BACK_REASONS).fill_null(False)
            & ~pl.col("stmt").str.contains(rx.ci(rx.WRITTEN_CURRENCY_OR_SCALE))
            & pl.col("next_gap").str.contains(rx.ci(f"{rx.LIST_GAP}|{rx.LIST_GAP_LEADING}")).fill_null(False)
        )
        .then(next_reason)
        .otherwise(pl.col("reason"))
    )
    # ``die Grenze steigt von 1.300 Euro auf 1.600 Euro``: the new value of a payment that is
    # no pay is none either (unless the sentence names pay: ``der Lohn steigt über die Schwelle
    # von 3.000 Euro auf 3.007 Euro``)
    old_reason = in_sentence(pl.col("reason"), 1)
    gap_reaches = _gap_reaches()
    frame = frame.with_columns(
        reason=pl.when(
            pl.col("reason").is_null()
            & pl.col("_new_value")
            & old_reason.is_in(rx.NEW_VALUE_REASONS).fill_null(False)
            & ~own_words.str.contains(rx.PAY_WORDS)
            # (only right after the old value: ``von 1.300 Euro auf 1.600 Euro``; not ``Die
            # Prämie von 2.000 Euro entfällt; Ingenieure kommen dafür auf 5.200 Euro``)
            & in_sentence(pl.col("next_gap"), 1)
            .str.contains(r"(?i)^[^,;.:()]{0,20}?(?-u:\b)auf\s*$")
            .fill_null(False)
            & gap_reaches
        )
        .then(old_reason)
        .otherwise(pl.col("reason"))
    )
    # ``steigen die Zulagen für Schichtarbeit auf 100 Euro und für die Wechselschicht auf 200
    # Euro``: the next new value of a list of them is of the same kind
    frame = frame.with_columns(
        reason=pl.when(
            pl.col("reason").is_null()
            & pl.col("_new_value")
            & in_sentence(pl.col("_new_value"), 1).fill_null(False)
            & old_reason.is_in(rx.NEW_VALUE_REASONS).fill_null(False)
            & in_sentence(pl.col("next_gap"), 1).str.contains(rx.ci(rx.NEW_VALUE_LIST_GAP)).fill_null(False)
            & ~pl.col("_pre_lc").str.contains(rx.PAY_WORDS).fill_null(False)
        )
        .then(old_reason)
        .otherwise(pl.col("reason"))
    )
    # ``Es steigt von 20,50 Euro auf 40 Euro pro Urlaubstag``: the old value of a payment that is
    # no pay is none either (right before ``auf``, no pay words in its clause)
    new_reason = in_sentence(pl.col("reason"), -1)
    frame = frame.with_columns(
        reason=pl.when(
            pl.col("reason").is_null()
            # (not a planned one: ``von 12,50 auf 15,25 Euro steigen sollen``, 12,50 is paid now)
            & (
                new_reason.is_in(OLD_VALUE_REASONS)
                # (a change restated: ``Das entspricht einer Erhöhung von 630 auf rund 920 Euro``)
                | ((new_reason == "restatement") & (pl.col("kw") == "von"))
            ).fill_null(False)
            & pl.col("next_gap").str.contains(r"(?i)^\s*auf\s*$").fill_null(False)
            & ~pl.col("_pre_lc").str.contains(rx.PAY_WORDS).fill_null(False)
        )
        .then(new_reason)
        .otherwise(pl.col("reason"))
    )
    # ``um 70 bzw. 80 Euro``, ``um 50 Euro im Westen und 40 Euro im Osten``: the figure after a
    # raise in a list is a raise too (twice: the list's third figure after its second, ``- 50 Euro
    # zum 1. März 2018 und 50 Euro zum 1. März 2019``)
    after_raise = (in_sentence(pl.col("reason"), 1) == "raise_or_difference").fill_null(False)
    prev_end = in_sentence(pl.col("e_in_sent"), 1)
    dated_gap = pl.col("sentence").str.slice(prev_end, pl.col("s_in_sent") - prev_end)
    raise_in_list = (
        pl.when(
            pl.col("reason").is_null()
            & (in_sentence(pl.col("reason"), 1) == "raise_or_difference").fill_null(False)
            & ~pl.col("_new_value")
            & (
                in_sentence(pl.col("next_gap"), 1)
                .str.contains(rx.ci(rf"^\s*(?:€|euro)?\s*(?:beziehungsweise|/)\s*$|{rx.LIST_GAP}"))
                .fill_null(False)
                # (by year of training: ``30 Euro mehr, im zweiten 25 Euro``)
                | (
                    in_sentence(pl.col("next_gap"), 1).str.contains(rx.ci(rx.ORDINAL_LIST_GAP))
                    & in_sentence(pl.col("next_gap"), 1).str.contains(rx.ci(rx.ORDINAL_IN_GAP))
                    & (pl.col("_value") < rx.ORDINAL_RAISE_MAX)
                ).fill_null(False)
                # (``um insgesamt 100 Euro angehoben werden - 50 Euro zum 1. März …``: its parts)
                | (
                    in_sentence(pl.col("next_gap"), 1).str.contains(rx.RAISE_PARTS_GAP).fill_null(False)
                    & (pl.col("_value") <= in_sentence(pl.col("_value"), 1)).fill_null(False)
                )
            )
            & gap_reaches
        )
        .then(pl.lit("raise_or_difference"))
        # (a part after a date, no larger: ``- 50 Euro zum 1. März 2018 und 50 Euro zum …``)
        .when(
            pl.col("reason").is_null()
            & ~pl.col("_new_value")
            & (pl.col("_value") <= in_sentence(pl.col("_value"), 1)).fill_null(False)
            & masked(after_raise, dated_gap)
            .str.to_lowercase()
            .str.replace_all(rx.DATE_IN_GAP, "datum")
            .pipe(
                lambda gap: (
                    (gap.str.contains(rx.LIST_GAP) | gap.str.contains(rx.DATED_COMMA_GAP))
                    & ~gap.str.contains(r"[0-9]")
                )
            )
            .fill_null(False)
        )
        .then(pl.lit("raise_or_difference"))
        .otherwise(pl.col("reason"))
    )
    frame = frame.with_columns(reason=raise_in_list).with_columns(reason=raise_in_list)
    # ``dann würden Sie im Westen mindestens 13,95 EUR und im Osten mindestens 10,50 EUR
    # verdienen``: the figure after a supposed or demanded one in a list is one too
    frame = frame.with_columns(
        reason=pl.when(
            pl.col("reason").is_null()
            & in_sentence(pl.col("reason"), 1).is_in(["hypothetical", "demand_or_proposal"]).fill_null(False)
            & in_sentence(pl.col("next_gap"), 1)
            .str.contains(rx.ci(f"{rx.LIST_GAP}|{rx.LIST_GAP_LEADING}"))
            .fill_null(False)
            & gap_reaches
            # (not an old value after a planned new one: ``… auf 15,25 Euro und für Fachkräfte
            # von 15 Euro auf 18,25 Euro``)
            & ~pl.col("next_gap").str.contains(rx.ci(rx.OLD_VALUE_AFTER)).fill_null(False)
        )
        .then(in_sentence(pl.col("reason"), 1))
        .otherwise(pl.col("reason"))
    )
    # ``eine Einmalzahlung in Höhe von 720 Euro, Auszubildende in Höhe von 360 Euro``: a figure
    # after a comma and a group without a verb is of the same kind
    frame = frame.with_columns(
        reason=pl.when(
            pl.col("reason").is_null()
            & (
                in_sentence(pl.col("reason"), 1).is_in(rx.NEW_VALUE_REASONS)
                & in_sentence(pl.col("next_gap"), 1).str.contains(rx.ci(rx.LIST_GAP_ELLIPTIC))
                # (so is a supposed one after a comma and a group alone: ``würde dann bis zu 3.400
                # Euro, eine Hilfskraft bis 2.600 Euro verdienen``)
                | (in_sentence(pl.col("reason"), 1) == "hypothetical")
                & in_sentence(pl.col("next_gap"), 1).str.contains(rx.ci(rx.GROUP_ALONE_GAP))
            ).fill_null(False)
        )
        .then(in_sentence(pl.col("reason"), 1))
        .otherwise(pl.col("reason"))
    )
    # A sentence that refers back without pay words of its own continues the kind of
    # payment before it: ``… eine Einmalzahlung von 1.800 Euro. Bei Auszubildenden beträgt
    # die Höhe 1.000 Euro.``
    before = (
        frame.group_by(DOC_IDX, "sent_idx")
        .agg(
            _before=pl.col("reason").sort_by("s_in_sent").last(),
            _before_value=pl.col("_value").sort_by("s_in_sent").last(),
        )
        .filter(pl.col("_before").is_in([*rx.CONTINUED_REASONS, "per_unit_rate", "raise_or_difference"]))
        .with_columns(pl.col("sent_idx") + 1)
    )
    frame = frame.join(before, on=[DOC_IDX, "sent_idx"], how="left", maintain_order="left")
    # (the same kind of figure is of a like size: ``Die Sonderzahlung beträgt 500 Euro. Im Westen
    # sind es 600 Euro.``; not ``Die Zulage beträgt 150 Euro. Für Fachkräfte sind es insgesamt
    # 3.400 Euro.``)
    ratio = pl.col("_value") / pl.col("_before_value")
    # (``… einen Bonus von insgesamt 5,1 Millionen Euro. Der Chef kassiert davon rund 1,3
    # Millionen Euro.``: a share of it, whatever the verb, no larger)
    share_of = pl.col("_left60").str.contains(r"(?-u:\b)davon\s+(?:rund\s+|etwa\s+|knapp\s+|gut\s+)?$")
    group_share = (pl.col("_sentence").str.contains(rx.GROUP_FRAGMENT) & (ratio <= 1)) | (
        (pl.col("_before") == "bonus_or_allowance")
        & pl.col("_sentence").str.contains(rx.OTHER_GROUPS_FRAGMENT)
        & ratio.is_between(*rx.OTHER_GROUPS_RATIO)
    )
    continues = (
        (
            (~pl.col("_sentence").str.contains(rx.PAY_WORDS) | share_of | group_share)
            & (pl.col("_sentence").str.contains(rx.REFERS_BACK) | group_share)
            & (
                ratio.is_between(*rx.CONTINUED_RATIO)
                | (share_of & (ratio <= 1))
                | (
                    ratio.is_between(*rx.CONTINUED_RATIO_AS_SUBJECT)
                    & pl.col("_sentence").str.contains(rx.REFERS_BACK_AS_SUBJECT)
                )
            ).fill_null(True)
            & ~pl.col("_sentence").str.contains(r"(?-u:\b)insgesamt(?-u:\b)")
            & ~(
                (pl.col("_before") == "demand_or_proposal")
                & pl.col("_sentence").str.contains(rx.CONTINUED_NOW)
            )
            & (pl.col("_before") != "per_unit_rate")
        )
        | (
            (pl.col("_before") == "demand_or_proposal")
            & pl.col("_sentence").str.contains(rx.DEMAND_GOES_ON)
            & ~pl.col("_sentence").str.contains(rx.CONTINUED_NOW)
            & ratio.is_between(*rx.CONTINUED_RATIO).fill_null(False)
        )
        | (
            (pl.col("_before") == "per_unit_rate")
            & ~pl.col("_sentence").str.contains(rx.PER_UNIT_NOT_CONTINUED)
            & ratio.is_between(*rx.PER_UNIT_CONTINUED_RATIO).fill_null(False)
        )
    )
    frame = frame.pipe(
        with_shared,
        reason=pl.when(pl.col("reason").is_null() & continues).then("_before").otherwise("reason"),
    )
    # A bare number that lends the currency of the amount right after it is of that amount's
    # kind: ``erhalten 50 und 40 Euro höhere Vergütungen`` (the words after the second decide both).
    next_reason = in_sentence(pl.col("reason"), -1)
    gap = masked(pl.col("reason").is_null() & next_reason.is_not_null(), "next_gap")
    # (not two levels compared, ``liegen mit 53.000 bzw. 58.000 Euro über den Ingenieuren``)
    lends = (
        ~pl.col("stmt").str.contains(rx.CURRENCY_WORD)
        & gap.str.contains(rx.LIST_JOIN_GAP).fill_null(False)
        & ~pl.col("_left60").str.contains(rx.WITH_LEVEL_BEFORE)
    )
    for _ in range(6):  # back along a list of bare numbers (``20, 25, 25 und 30 Euro mehr``)
        lent = frame.with_columns(
            reason=pl.when(pl.col("reason").is_null() & lends).then(next_reason).otherwise("reason")
        )
        if lent["reason"].null_count() == frame["reason"].null_count():
            break
        frame = lent
    # The old value of a change only planned, demanded or supposed is the pay of today: ``Die
    # Diäten würden dann von 3.400 auf 3.900 Euro steigen`` (the new value stays skipped).
    # (the gap to the next amount, not ``next_gap``: that stops at a date's bare day, ``von derzeit
    # 11,80 Euro am 1. April auf 13,10 Euro``)
    before_new = masked(
        pl.col("reason").is_in(rx.OLD_VALUE_KEPT_REASONS)
        & ((pl.col("kw").fill_null("") == "von") | pl.col("_left60").str.contains(rx.FROM_TODAY_BEFORE)),
        pl.col("sentence"),
    ).str.slice(pl.col("e_in_sent"), in_sentence(pl.col("s_in_sent"), -1) - pl.col("e_in_sent"))
    # (so is today's value a supposition or a demand is measured against: ``… mehr als die 9,35
    # Euro, die derzeit gelten``)
    in_force = masked(
        pl.col("reason").is_in(["hypothetical", "demand_or_proposal"]), pl.col("_after")
    ).str.contains(rx.CURRENT_VALUE_AFTER)
    return frame.with_columns(
        reason=pl.when((before_new.str.contains(rx.OLD_TO_NEW_GAP) | in_force).fill_null(False))
        .then(None)
        .otherwise("reason")
    ).drop(
        "_pre",
        "_post",
        "_after",
        "_new_value",
        "_sentence",
        "_around",
        "_before",
        "_before_value",
        "_left60",
        "_bracket_before",
        "_pre_lc",
        "_old_currency",
        "_goes_on",
        "_net_next",
        "_by_um",
        "_names_pay",
        "_large_sentence",
        "_pay_named_after",
        "_low",
        "_value",
        "_around_hit",
        "_around_base",
        "_restates",
        *(f"_lc_{k}" for k in ("open", "restate", "relative")),
        "_own",
        "_twelvefold",
        "_converts_near",
        "_earlier",
        *(f"_earlier{i}" for i in range(6)),
        "_left_clause",
        "_sentence_hit",
        *(f"_says_{code}" for code in rx.SENTENCE_NOT_PAY),
        "_worked_out",
        "_previous",
        "benefit_text",
        "allowance_text",
        "price_text",
        "prize_text",
        "net_income_text",
        "net_footnote",
        "sport_pay_text",
        "one_off_text",
        "example_text",
        "_left60_hits",
        "_sentence_hits",
        "_after_hits",
    )


def with_local_context(stmt: pl.DataFrame) -> pl.DataFrame:
    """Add the sentence text left/right of each kept statement and up to its neighbours."""
    prev_end = in_sentence(pl.col("e_in_sent"), 1).fill_null(0)
    next_start = in_sentence(pl.col("s_in_sent"), -1).fill_null(pl.col("sent_len"))
    sentence = pl.col("_neutralised")  # (computed once)
    return (
        stmt.with_columns(
            _neutralised=pl.col("sentence").str.replace_all(rx.SENIORITY_NEUTRALISE, rx.SENIORITY_NEUTRALISED)
        )
        .with_columns(
            left=sentence.str.slice(0, pl.col("s_in_sent")),
            right=sentence.str.slice(pl.col("e_in_sent")),
            pre_local=sentence.str.slice(prev_end, pl.col("s_in_sent") - prev_end),
            has_previous=same_sentence(1),
            has_next=same_sentence(-1),
            post_local=sentence.str.slice(pl.col("e_in_sent"), next_start - pl.col("e_in_sent")),
        )
        .with_columns(pre_local_len=pl.col("pre_local").str.len_bytes())
        .drop("_neutralised")
    )


def period_fits(period: pl.Expr, magnitude: pl.Expr, settings: Settings) -> pl.Expr:
    """Whether a figure of this ``magnitude`` is plausible pay for ``period`` (``hour``,
    ``month``, ``year``; NULL for no period)."""
    return (
        pl.when(period == "hour")
        .then(magnitude <= settings.hourly_plausible_max)
        .when(period == "month")
        .then(magnitude.is_between(settings.monthly_plausible_min, settings.monthly_plausible_max))
        .when(period == "year")
        .then(magnitude >= settings.annual_plausible_min)
    )


def with_period(stmt: pl.DataFrame, settings: Settings) -> pl.DataFrame:
    """Add ``period`` and ``period_inferred``: the nearest explicit period word (local first,
    then sentence) if it fits the figure's size, else the magnitude decides
    (``_period_word`` keeps the word found, believed or not)."""
    # (``14 Mal jährlich``, ``zwölfmal im Jahr``: how often it is paid, not its period; blanked
    # with the same number of bytes, in the batches that hold such words at all)
    # (nor ``jährlich zum 1. Juli angepasst``: how often it is adjusted)
    times = [
        pl.col(side).str.contains_any(["mal ", "Mal ", "MAL ", "angepasst", "überprüft"])
        for side in ("left", "right")
    ]
    if stmt.select(pl.any_horizontal(times).any()).item():
        stmt = stmt.with_columns(
            **{
                f"_{side}_p": pl.when(
                    pl.col(side).str.contains(rx.ci(f"{rx.TIMES_A_YEAR_ANY}|{rx.YEARLY_ADJUSTED}"))
                )
                .then(
                    pl.col(side)
                    .str.replace_all(rx.ci(rx.TIMES_A_YEAR_WORD), "${1}_________")
                    .str.replace_all(rx.ci(rx.TIMES_A_YEAR), "${1}____")
                    .str.replace_all(rx.ci(rx.YEARLY_ADJUSTED), "_________${1}")
                )
                .otherwise(pl.col(side))
                for side in ("left", "right")
            }
        )
    else:
        stmt = stmt.with_columns(_left_p=pl.col("left"), _right_p=pl.col("right"))
    # (``mit 50 Überstunden pro Monat``, ``43 Stunden monatlich``: the period of a count of hours
    # or days, not of the figure; blanked with the same number of bytes)
    stmt = stmt.with_columns(
        **{
            f"_{side}_p": pl.when(
                masked(pl.col(f"_{side}_p").str.contains_any(["tunden ", "Tage ", "chichten "]), f"_{side}_p")
                .str.contains(rx.ci(rx.COUNT_BEFORE_PERIOD))
                .fill_null(False)
            )
            .then(
                pl.col(f"_{side}_p")
                .str.replace_all(rx.ci(rx.COUNT_BEFORE_PERIOD + "monatlich"), "${1}_________")
                .str.replace_all(rx.ci(rx.COUNT_BEFORE_PERIOD + r"((?:pro|im|je)\s+)monat"), "${1}${2}_____")
                .str.replace_all(rx.ci(rx.COUNT_BEFORE_PERIOD + r"((?:pro|im|je)\s+)jahr"), "${1}${2}____")
            )
            .otherwise(pl.col(f"_{side}_p"))
            for side in ("left", "right")
        }
    )
    # (``im Jahr vier bis sechs``: a year of service counted, no period)
    stmt = stmt.with_columns(
        **{
            f"_{side}_p": pl.when(
                masked(pl.col(f"_{side}_p").str.contains_any(["Jahr ", "jahr "]), f"_{side}_p")
                .str.contains(rx.ci(rx.YEAR_COUNTED))
                .fill_null(False)
            )
            .then(pl.col(f"_{side}_p").str.replace_all(rx.ci(rx.YEAR_COUNTED), "${1}____${2}"))
            .otherwise(pl.col(f"_{side}_p"))
            for side in ("left", "right")
        }
    )
    far = 100_000  # pushes matches outside the statement's neighbourhood behind local ones
    words = {"month": rx.PERIOD_MONTH, "year": rx.PERIOD_YEAR, "hour": rx.PERIOD_HOUR}
    candidates: dict[str, list[pl.Expr]] = {}
    # The neighbourhood on the right ends at the next statement, or where a clause converting
    # the figure begins (``2.400 Euro, was jährlich rund 28.800 Euro ausmacht``: ``jährlich``
    # is the converted figure's period).
    # (columns: each is read for every period word)
    converts_at, post_len = pl.col("_converts_at"), pl.col("_post_len")
    ends = {
        "_converts_at": pl.col("post_local").str.find(rx.ci(rx.CONVERSION_CLAUSE)),
        "_clause_ends": pl.col("post_local").str.find(rx.CLAUSE_BOUNDARY),
        # (nor past a slash opening the next figure's label: ``Jahres-Brutto 15.800 Euro /
        # Monats-Brutto 1.317 Euro``)
        # (nor past a comma opening the next figure's label: ``bei 36.100 €, das Monatsgehalt bei``)
        "_label_next": pl.col("post_local").str.find(f"{rx.SLASH_LABEL_NEXT}|{rx.COMMA_LABEL_NEXT}"),
    }
    # (a period word right after the figure before, up to a comma, is that one's: ``12,50 €
    # Stundenlohn, 1.600 € brutto im Monat``)
    taken = pl.col("has_previous") & pl.col("pre_local").str.contains(rx.ci(rx.PERIOD_OF_PREVIOUS)).fill_null(
        False
    )
    for label, pattern in words.items():
        d_left = _dist_before(pl.col("_left_p"), pattern)
        d_right = _dist_after(pl.col("_right_p"), pattern)
        candidates[label] = [
            d_left + pl.when((d_left >= pl.col("pre_local_len")) | taken).then(far).otherwise(0),
            # (past a bracket opening before the next figure, the word is that figure's: ``3.000 Euro
            # (36.000 Euro im Jahr)``, ``36.000 Euro (monatlich 3.000 Euro)``)
            # (nor one in a clause converting it: ``3.000 Euro, also rund 36.000 Euro im Jahr``)
            pl.when(
                ~(pl.col("_bracket_next") & (d_right >= pl.col("next_gap").str.find("(", literal=True)))
                & ~(d_right >= converts_at).fill_null(False)
            ).then(d_right + pl.when(d_right >= post_len).then(far).otherwise(0)),
        ]
    magnitude = pl.coalesce("amount_max", "amount_min")
    found = pl.col("_period_word")
    plausible = period_fits(found, magnitude, settings)
    # A period word that makes the figure absurd (``18,02 Euro`` in a sentence about the
    # ``monatliche Mehrverdienst``) belongs to another figure: the magnitude decides. One
    # right next to the figure (``900 Euro pro Stunde``) is believed: the checks judge it.
    adjacent = pl.col("_period_dist") <= rx.PERIOD_ADJACENT_BYTES
    # (a month word in the figure's own neighbourhood is believed for a figure too large for a
    # month's pay: ``monatliches Grundgehalt von 375.000 Euro``, a star's or a board's pay;
    # the checks judge it)
    # (in its clause, no other figure between: not ``850 Euro monatlich plus Urlaubsgeld, ein
    # Regionalleiter verdient 66.000 Euro``, nor ``399.000 Euro (entspricht 33.333 Euro pro Monat)``)
    large = masked((found == "month") & (magnitude > settings.monthly_plausible_max), "pre_local")
    large_month = (
        large.str.contains(rx.ci(rx.MONTH_IN_CLAUSE_BEFORE))
        | masked(large.is_not_null(), "post_local").str.contains(rx.ci(rx.MONTH_IN_CLAUSE_AFTER))
    ).fill_null(False)
    explicit = pl.when(adjacent | plausible | large_month).then(found)

    inferred = (
        pl.when(magnitude < settings.hourly_max_amount)
        .then(pl.lit("hour"))
        .when(magnitude >= settings.annual_min_amount)
        .then(pl.lit("year"))
        .otherwise(pl.lit("month"))
    )
    # A word outside the figure's clauses (``4500 Euro oder mehr - … 7,5 Prozent des
    # Jahresgehalts``) is believed only where the figure's size agrees with it.
    explicit = pl.when((pl.col("_period_dist") < far) | (explicit == inferred)).then(explicit)

    # Each distance is computed once, as a column; the nearest word is read from them.
    columns = {f"_d_{label}_{i}": d for label, ds in candidates.items() for i, d in enumerate(ds)}
    named = {label: [pl.col(f"_d_{label}_{i}") for i in range(len(ds))] for label, ds in candidates.items()}
    return (
        stmt.pipe(
            with_shared,
            _bracket_next=pl.col("next_gap").str.contains(rx.BRACKET_THEN_FIGURE_GAP).fill_null(False),
            **ends,
        )
        .with_columns(
            _post_len=pl.min_horizontal(
                pl.col("post_local").str.len_bytes(), "_converts_at", "_clause_ends", "_label_next"
            )
        )
        .with_columns(**columns)
        .with_columns(
            _period_word=_nearest(named), _period_dist=pl.min_horizontal(list(map(pl.col, columns)))
        )
        .with_columns(period=pl.coalesce(explicit, inferred), period_inferred=explicit.is_null())
        .pipe(_with_monthly_times)
        .pipe(_with_period_after_stop)
        .drop(*columns, "_bracket_next", *ends, "_post_len", "_left_p", "_right_p")
    )


def _with_period_after_stop(stmt: pl.DataFrame) -> pl.DataFrame:
    """A period stated on its own after the figure's sentence or after a dash (``Rund 30.000
    Euro. Im Monat.``, ``8,3 Millionen Euro – pro Monat.``): the last figure of its sentence,
    with nothing but that after it, has that period (``patterns.PERIOD_AFTER_STOP``)."""
    last = ~pl.col("has_next")
    own = masked(last, pl.col("right"))
    with_next = pl.concat_str(own.str.strip_chars_end(), pl.lit(" "), pl.col("next_sentence").fill_null(""))
    said = pl.coalesce(
        *(
            tail.str.extract(rx.ci(rx.PERIOD_AFTER_STOP), group)
            for tail in (own, with_next)
            for group in (1, 2)
        )
    ).str.to_lowercase()
    period = (
        pl.when(said.is_in(["monat", "monatlich"]))
        .then(pl.lit("month"))
        .when(said.is_in(["jahr", "jährlich"]))
        .then(pl.lit("year"))
        .when(said.is_in(["stunde"]))
        .then(pl.lit("hour"))
    )
    return (
        stmt.with_columns(_said=period)
        .with_columns(
            period=pl.coalesce("_said", "period"),
            period_inferred=pl.when(pl.col("_said").is_not_null()).then(False).otherwise("period_inferred"),
        )
        .drop("_said")
    )


def _with_monthly_times(stmt: pl.DataFrame) -> pl.DataFrame:
    """A figure paid twelve to fifteen times a year (``patterns.MONTHLY_TIMES``: ``14-mal 21.105
    Euro``) is a month's pay; read only in the batches that say ``mal`` at all."""
    times = pl.col("left").str.contains_any(["mal", "Mal"]) | pl.col("right").str.contains_any(
        ["mal ", "Mal "]
    )
    if not stmt.select(times.any()).item():
        return stmt
    monthly = (
        masked(times, pl.col("left").str.tail(30)).str.contains(rx.ci(rx.MONTHLY_TIMES))
        | masked(times, pl.col("right").str.head(40)).str.contains(rx.ci(rx.MONTHLY_TIMES))
        | (
            masked(times, pl.col("right").str.head(40)).str.contains(rx.ci(rx.MONTHLY_TIMES_AFTER_COMMA))
            & (pl.col("a_value") * scale("a", "b") < rx.MONTH_LIKE_YEAR_MAX)
            & ~masked(times, pl.col("left").str.tail(60).str.to_lowercase())
            .str.contains(rx.YEARLY_PAY_BEFORE)
            .fill_null(False)
        )
    ).fill_null(False)
    return stmt.with_columns(
        period=pl.when(monthly).then(pl.lit("month")).otherwise("period"),
        period_inferred=pl.when(monthly).then(False).otherwise("period_inferred"),
    )


SENIORITY_CUES = {
    "entry": rx.SENIORITY_ENTRY,
    "experienced": rx.SENIORITY_EXPERIENCED,
    "lead": rx.SENIORITY_LEAD,
}


def _after_previous() -> pl.Expr:
    """The text between the previous statement of the sentence and this one, past the comma
    or clause boundary after the previous one."""
    return pl.col("pre_local").str.replace(rf"(?s)^.*?(?:,|{rx.CLAUSE_BOUNDARY})", "")


def _own_clause() -> dict[str, pl.Expr]:
    """The statement's own clause: ``_own_left`` (back to a clause boundary, or past the
    previous statement and the comma after it) and ``_right_clause`` (up to a comma)."""
    after_previous = pl.col("_after_previous")  # (``_after_previous``)
    return {
        "_own_left": pl.when(pl.col("has_previous"))
        .then(after_previous)
        .otherwise(_last_clause(pl.col("left"), rx.CLAUSE_BOUNDARY, "_lf")),
        "_right_clause": _first_clause(pl.col("post_local"), rx.RIGHT_CLAUSE_BOUNDARY),
        # A statement after another one in the same sentence inherits the sentence's cue
        # only when its own clause continues the previous one (no subject of its own).
        # (``3,4 Millionen statt 3,8 Millionen Euro``: the scale word is no subject)
        "_inherits": ~pl.col("has_previous")
        | ~after_previous.str.replace(rx.ci(rx.SCALE_LEADS_GAP), "").str.contains(rx.NEW_SUBJECT),
    }


def _wider_context() -> dict[str, pl.Expr]:
    """What the wider scopes read: the rest of the sentence after the statement (if no
    statement follows), the sentence left of it (if it inherits), the neighbours (if they
    hold no statement; a heading after a figure introduces what follows it)."""

    def neighbour(sentence: str, taken: str) -> pl.Expr:
        text = masked(~pl.col(taken), sentence)  # (``taken`` is never NULL)
        if (
            sentence == "next_sentence"
        ):  # (only one that goes on about it: ``Ist das okay für den Einstieg?``)
            text = masked(
                text.str.contains(r"[.!?:]\s*$") & text.str.contains(rx.ci(rx.REFERS_BACK_NEXT)), text
            )
        return text.str.replace_all(rx.SENIORITY_NEUTRALISE, rx.SENIORITY_NEUTRALISED)

    return {
        "_right_rest": masked(~pl.col("has_next"), "post_local").str.replace(  # (``has_next`` is never NULL)
            rf"(?s)(?:^[A-ZÄÖÜ]|,\s*[A-ZÄÖÜ]|;|{rx.CLAUSE_BOUNDARY}).*$", ""
        ),
        "_left_inherited": masked("_inherits", "left"),
        "_prev": neighbour("prev_sentence", "prev_has_statement"),
        "_next": neighbour("next_sentence", "next_has_statement"),
        # Trainees' pay, minimums and averages: no level, when the clause names none.
        "_neutral_clause": pl.concat_str("_own_left", "_right_clause", ignore_nulls=True).str.contains(
            rx.ci(f"{rx.SENIORITY_NEUTRAL}|{rx.SENIORITY_AVERAGE}")
        ),
    }


def _seniority_scopes() -> list[dict[str, list[pl.Expr]]]:
    """Seniority from the nearest cue: one level (label -> distances) per scope, tried in order until
    one finds a cue (NULL: none in that scope); they read the columns of ``_own_clause`` and
    ``_wider_context``.

    0. (statements whose own clause says ``ersten`` only) the own clause with ``ersten Jahr``;
    1. the statement's own clause (a weak entry cue such as ``startet bei`` counts only when
       no stronger cue is near); 2. a trainee, minimum-wage or average word in that clause
       (``unspecified``); 3. the rest of the sentence after it, if no statement follows;
    4. the whole sentence left of it (trainee and minimum words compete by distance);
    5. the sentence before, 6. the sentence after (each only if it holds no statement).
    """
    cues = SENIORITY_CUES
    own_left, right_clause = pl.col("_own_left"), pl.col("_right_clause")
    own: dict[str, list[pl.Expr]] = {
        k: [_dist_before(own_left, c), _dist_after(right_clause, c)] for k, c in cues.items()
    } | {
        "entry": [
            _dist_before(own_left, rx.SENIORITY_ENTRY),
            _dist_after(right_clause, rx.SENIORITY_ENTRY),
            _dist_before(own_left, rx.SENIORITY_ENTRY_WEAK) + rx.WEAK_CUE_PENALTY,
        ]
    }
    levels: list[dict[str, list[pl.Expr]]] = [
        own,
        {"unspecified": [pl.when(pl.col("_neutral_clause")).then(0)]},
        {k: [_dist_after(pl.col("_right_rest"), c)] for k, c in cues.items()},
        {k: [_dist_before(pl.col("_left_inherited"), c)] for k, c in cues.items()}
        | {"unspecified": [_dist_before(pl.col("_left_inherited"), rx.SENIORITY_NEUTRAL)]},
        {k: [_dist_before(pl.col("_prev"), c)] for k, c in cues.items()},
        {k: [_dist_after(pl.col("_next"), c)] for k, c in cues.items()},
    ]
    # Where the own clause says ``ersten`` (few rows, read apart): ``im ersten Jahr`` is an
    # entry cue that a trainee or minimum-wage word of the clause beats.
    year = own | {
        "entry": [
            *own["entry"],
            _dist_before(own_left, rx.SENIORITY_ENTRY_YEAR) + rx.YEAR_CUE_PENALTY,
            _dist_after(right_clause, rx.SENIORITY_ENTRY_YEAR) + rx.YEAR_CUE_PENALTY,
        ],
        "unspecified": [
            pl.when(
                own_left.str.contains(rx.ci(rx.SENIORITY_NEUTRAL))
                | right_clause.str.contains(rx.ci(rx.SENIORITY_NEUTRAL))
            ).then(rx.NEUTRAL_CUE_DISTANCE)
        ],
    }
    levels.insert(0, year)
    return levels


def _with_nearest(
    frame: pl.DataFrame, levels: list[dict[str, list[pl.Expr]]], name: str, default: str | None = None
) -> pl.DataFrame:
    """Add ``name``: the label of the nearest cue of the first of ``levels`` that holds one
    (``_nearest``), else ``default``. Each distance is computed once, as a column (Polars
    would compute it again for the minimum and for each comparison with it)."""
    columns: dict[str, pl.Expr] = {}
    named_levels = []
    for level in levels:
        named: dict[str, list[pl.Expr]] = {}
        for label, distances in level.items():
            for distance in distances:
                columns[f"_dist{len(columns)}"] = distance
                named.setdefault(label, []).append(pl.col(f"_dist{len(columns) - 1}"))
        named_levels.append(named)
    found = pl.coalesce(*map(_nearest, named_levels), pl.lit(default, dtype=pl.String))
    return frame.with_columns(**columns).with_columns(found.alias(name)).drop(*columns)


def with_seniority(stmt: pl.DataFrame) -> pl.DataFrame:
    """Add ``seniority``: the cue of the first scope (``_seniority_scopes``) that holds one,
    else ``unspecified``. The wider scopes are read only for the statements whose own
    clause has no cue (most have one), keeping the rows' order."""
    year, first, *wider = _seniority_scopes()
    helpers = [*_own_clause(), *_wider_context()]
    stmt = (
        stmt.with_row_index("_row")
        .with_columns(_after_previous=_after_previous(), **_clause_flags(pl.col("left"), "_lf"))
        .with_columns(**_own_clause())
    )
    ersten = pl.concat_str("_own_left", "_right_clause", ignore_nulls=True).str.contains_any(
        ["ersten", "Ersten"]
    )
    stmt = pl.concat(
        [
            _with_nearest(stmt.filter(~ersten), [first], "seniority"),
            _with_nearest(stmt.filter(ersten), [year], "seniority"),
        ]
    )
    found = pl.col("seniority").is_not_null()
    rest = _with_nearest(
        stmt.filter(~found).with_columns(**_wider_context()), wider, "seniority", "unspecified"
    )
    return (
        pl.concat([stmt.filter(found), rest], how="diagonal")
        .sort("_row")
        .drop("_row", "_after_previous", *helpers, *(f"_lf_{k}" for k in ("open", "restate", "relative")))
    )
