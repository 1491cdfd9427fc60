"""Attribution: the occupation, city and Bundesland each record is about.

The portal header ``Beruf <occupation> in <city>`` comes first. Without it, the record's
own sentence decides (``als Mechatronikerin …``, ``in Leipzig …``, ``bundesweit …``), then the
document's title line (``Gehalt als Pilot``, ``Was verdient eine Hebamme in Kiel?``), then the
one occupation the text's other record sentences name. Places
are looked up in the gazetteer of German municipalities (``gazetteer``); ``Deutschland``
stands for national figures. What the text does not say stays NULL.
"""

from __future__ import annotations

import polars as pl

from flows.extract import patterns as rx
from flows.extract.gazetteer import places
from flows.extract.text import DOC_IDX

HEADER_CHARS = 2000
"""Only a text's first characters can hold its title and portal header."""


def parse_headers(docs: pl.DataFrame) -> pl.DataFrame:
    """Add ``title``, ``occupation`` and ``city`` from the header ``Beruf <occ> in <city>``."""
    head = pl.col("text").str.head(HEADER_CHARS)
    return (
        docs.with_columns(
            title=head.str.extract(rx.TITLE, 1).str.strip_chars(), _header=head.str.extract_groups(rx.HEADER)
        )
        .with_columns(
            occupation=pl.col("_header").struct.field("occupation").str.strip_chars(),
            city=pl.col("_header").struct.field("city").str.strip_chars(),
        )
        .drop("_header")
    )


def _place_candidates(text: pl.Expr) -> pl.Expr:
    """Every capitalised name after a place preposition (``in Leipzig``, ``aus Kiel``)."""
    return text.str.extract_all(rx.PLACE_AFTER).list.eval(
        pl.element().str.replace(rx.PLACE_PREPOSITION_PREFIX, "")
    )


def _places_in(frame: pl.DataFrame, key: str, text: pl.Expr, last: bool = False) -> pl.DataFrame:
    """``key`` → the first (or ``last``) name of ``text`` found in the gazetteer (``place``,
    ``place_state``); ``Deutschland`` (no state) where the text names none but speaks of the
    whole country (``patterns.NATIONAL``)."""
    found = (
        frame.select(key, cand=_place_candidates(text))
        .with_columns(pos=pl.int_ranges(pl.col("cand").list.len()))
        .explode("cand", "pos")
        .drop_nulls("cand")
        .with_columns(pl.col("cand").replace(rx.PLACE_ALIASES))
        .join(places().select("place", "state"), left_on="cand", right_on="place", how="inner")
        .sort(key, "pos", descending=[False, last])
        .unique(key, keep="first", maintain_order=True)
        .select(key, place="cand", place_state="state")
    )
    national = frame.filter(text.str.contains(rx.NATIONAL)).select(key).unique()
    return pl.concat(
        [
            found,
            national.join(found.select(key), on=key, how="anti").select(
                key, place=pl.lit("Deutschland"), place_state=pl.lit(None, dtype=pl.String)
            ),
        ]
    )


def _occupation(text: pl.Expr, patterns: list[str]) -> pl.Expr:
    """The first occupation ``patterns`` find in ``text`` (group ``occupation``), unless it
    is a word for people in general (``Beschäftigte``, ``Berufseinsteiger``)."""
    candidates = [text.str.extract(p, 1).str.strip_chars(" -–:,") for p in patterns]
    plausible = [
        pl.when(c.str.contains(rx.ci(rx.OCCUPATION_SUFFIX)) & ~c.str.contains(rx.ci(rx.NOT_OCCUPATION))).then(
            c
        )
        for c in candidates
    ]
    return pl.coalesce(plausible)


def attribute(records: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    """Add ``occupation``, ``city`` and ``state`` to ``records`` (which carry ``doc_idx``,
    ``sent_idx``, ``sentence`` and the statement's offsets in it) from the header, the
    record's sentence and the title of ``docs``. The text is read only where the header
    does not already say."""
    heads = (
        parse_headers(
            docs.select(DOC_IDX, pl.col("text").str.head(HEADER_CHARS)).join(
                records.select(DOC_IDX).unique(), on=DOC_IDX, how="semi"
            )
        )
        .with_columns(title=pl.when(pl.col("title").str.len_chars() <= rx.TITLE_MAX_CHARS).then("title"))
        .select(DOC_IDX, "title", head_occupation="occupation", head_city="city")
    )
    # The document's subject: its title, else the first lines' occupation words.
    opening = docs.select(DOC_IDX, _opening=pl.col("text").str.head(rx.OPENING_CHARS))
    title_occupation = (
        heads.filter(pl.col("head_occupation").is_null())
        .join(opening, on=DOC_IDX, how="left")
        .select(
            DOC_IDX,
            title_occupation=pl.coalesce(
                _occupation(pl.col("title"), rx.TITLE_OCCUPATION),
                _occupation(pl.col("_opening"), [f"(?m){p}" for p in rx.TITLE_OCCUPATION]),
                _occupation(pl.col("_opening"), rx.SENTENCE_OCCUPATION),
            ),
        )
    )
    no_city = heads.filter(pl.col("head_city").is_null() & pl.col("title").is_not_null())
    title_place = _places_in(no_city, DOC_IDX, pl.col("title")).rename(
        {"place": "title_place", "place_state": "title_state"}
    )
    rec = records.with_row_index("_rec").join(heads, on=DOC_IDX, how="left", maintain_order="left")
    # The place nearest the statement: the last one named before it, else the first after it.
    need_place = rec.filter(pl.col("head_city").is_null())
    before = _places_in(need_place, "_rec", pl.col("sentence").str.slice(0, pl.col("e_in_sent")), last=True)
    after = _places_in(
        need_place.join(before.select("_rec"), on="_rec", how="anti"),
        "_rec",
        pl.col("sentence").str.slice(pl.col("e_in_sent")),
    )
    # Records of one sentence share its occupation: each sentence is read once.
    sentence_occupation = (
        rec.filter(pl.col("head_occupation").is_null())
        .select("sent_idx", "sentence")
        .unique("sent_idx")
        .select("sent_idx", sentence_occupation=_occupation(pl.col("sentence"), rx.SENTENCE_OCCUPATION))
    )
    # Several figures of one sentence may each name their own (``als Zimmerin 2.900 €, als
    # Dachdecker 3.000 €``): the words since the previous figure come first.
    rec = rec.with_columns(
        local_occupation=pl.when(pl.col("head_occupation").is_null() & pl.col("has_previous")).then(
            pl.coalesce(
                _occupation(pl.col("pre_local").str.replace(r"(?s)^.*[,;]", ""), [rx.LOCAL_OCCUPATION]),
                _occupation(pl.col("pre_local").str.strip_chars_start(" ,;–-"), rx.SENTENCE_OCCUPATION),
            )
        )
    )
    out = (
        rec.join(title_occupation, on=DOC_IDX, how="left", maintain_order="left")
        .join(title_place, on=DOC_IDX, how="left", maintain_order="left")
        .join(pl.concat([before, after]), on="_rec", how="left", maintain_order="left")
        .join(sentence_occupation, on="sent_idx", how="left", maintain_order="left")
        .join(
            places().select(head_city="place", head_state="state"),
            on="head_city",
            how="left",
            maintain_order="left",
        )
    )
    # A text whose one-figure sentences name one occupation only is about it: its other records
    # (``Mit Erfahrung sind 3.900 € drin``) take it when nothing nearer names one.
    out = out.with_columns(_named=pl.coalesce("local_occupation", "sentence_occupation"))
    # (only sentences with one figure: ``…, als Schichtleiter 3.600 Euro`` names a role of one)
    subject = (
        out.filter(pl.col("_named").is_not_null() & ~pl.col("has_previous") & ~pl.col("has_next"))
        .group_by(DOC_IDX)
        .agg(pl.col("_named").unique())
        .filter(pl.col("_named").list.len() == 1)
        .select(DOC_IDX, subject_occupation=pl.col("_named").list.first())
    )
    out = out.join(subject, on=DOC_IDX, how="left", maintain_order="left")
    has_head = pl.col("head_city").is_not_null()
    return out.with_columns(
        occupation=pl.coalesce("head_occupation", "_named", "title_occupation", "subject_occupation"),
        city=pl.when(has_head).then("head_city").otherwise(pl.coalesce("place", "title_place")),
        state=pl.when(has_head)
        .then("head_state")
        .when(pl.col("place").is_not_null())
        .then("place_state")
        .otherwise("title_state"),
    )  # every join kept the records' order
