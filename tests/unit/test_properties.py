"""Property tests: sentence splitting covers every text; amounts parse back to themselves."""

from __future__ import annotations

import hashlib

import polars as pl
from hypothesis import example, given, settings
from hypothesis import strategies as st

from flows.extract import blank_inner_breaks, extract_records, split_sentences
from tests.unit.helpers import flat

WORDS = st.sampled_from(
    [
        "Gehalt",
        "ca.",
        "z. B.",
        "4.200",
        "€",
        "Köln",
        "\n",
        "\r\n",
        " ",
        ".",
        "!",
        "?",
        "„Zitat“",
        "–",
        "Tsd.",
        "p.a.",
    ]
)


@given(st.lists(st.one_of(WORDS, st.text(max_size=5)), max_size=40).map("".join))
@settings(max_examples=200, deadline=None)
def test_sentences_cover_every_line_of_the_text(text: str) -> None:
    sentences = split_sentences(pl.DataFrame({"document_id": ["d"], "text": [text]}), money_only=False)
    lengths = sentences["sent_len"].to_list()
    kept_breaks = pl.select(blank_inner_breaks(pl.lit(text))).item().count("\n")
    assert sum(lengths) == len(text) - kept_breaks  # every character but the sentence-ending breaks
    for start, sentence in zip(sentences["sent_start"], sentences["sentence"], strict=True):
        assert flat(text[start : start + len(sentence)]) == flat(sentence)
    starts = sentences["sent_start"].to_list()
    assert starts == sorted(starts)


def german(value: int, style: str) -> str:
    """``value`` euros written in one of the supported notations."""
    grouped = f"{value:,}".replace(",", ".")
    return {
        "dot": f"{grouped} €",
        "cents": f"{grouped},00 €",
        "dash": f"{grouped},- €",
        "euro": f"{value} Euro",
        "prefix": f"EUR {grouped}",
        "space": f"{value:,}".replace(",", " ") + " €",
        "nnbsp": f"{value:,}".replace(",", "\u202f") + " €",
    }[style]


STYLES = st.sampled_from(["dot", "cents", "dash", "euro", "prefix", "space", "nnbsp"])


@given(value=st.integers(500, 200_000), style=STYLES)
@example(value=19000, style="cents")  # not a year stuck to a figure (flattened tables)
@example(value=20219, style="euro")
@settings(max_examples=150, deadline=None)
def test_amount_parses_back(value: int, style: str) -> None:
    text = f"Das Gehalt liegt bei {german(value, style)} brutto."
    records = extract_records(
        pl.DataFrame({"document_id": [hashlib.sha256(text.encode()).hexdigest()], "text": [text]})
    )
    assert records["amount_min"].to_list() == [value]
    statement = text[records["char_start"][0] : records["char_end"][0]]
    assert german(value, style).split(" ")[0] in statement or str(value) in statement


@given(lo=st.integers(1000, 9000), width=st.integers(0, 5000), a=STYLES, b=STYLES)
@settings(max_examples=150, deadline=None)
def test_generated_ranges_keep_order_and_span(lo: int, width: int, a: str, b: str) -> None:
    hi = lo + width
    text = f"Einsteiger verdienen zwischen {german(lo, a)} und {german(hi, b)} im Monat."
    records = extract_records(pl.DataFrame({"document_id": ["x" * 64], "text": [text]}))
    assert records.select("amount_min", "amount_max").rows() == [(lo, hi)]
    assert records["amount_min"][0] <= records["amount_max"][0]
    statement = text[records["char_start"][0] : records["char_end"][0]]
    assert statement.startswith("zwischen") and statement.endswith(german(hi, b)[-1])
