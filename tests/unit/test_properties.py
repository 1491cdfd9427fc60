"""Property tests: sentence splitting covers every text; amounts parse back to themselves."""

from __future__ import annotations

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


def extract_each(texts: list[str]) -> dict[str, pl.DataFrame]:
    """Each text's records, all texts extracted in one call (one document per text)."""
    ids = [f"{n:064d}" for n in range(len(texts))]
    records = extract_records(pl.DataFrame({"document_id": ids, "text": texts}))
    return {doc: records.filter(pl.col("document_id") == doc) for doc in ids}


# (a batch of cases per example, up to 50: one extraction call costs ~0.2 s however many texts it
# reads, so ten examples of many cases test as much as twenty of half as many, in half the time)
AMOUNTS = st.lists(st.tuples(st.integers(500, 200_000), STYLES), min_size=1, max_size=50)


@given(cases=AMOUNTS)
@example(cases=[(19000, "cents"), (20219, "euro")])  # not a year stuck to a figure (flattened tables)
@settings(max_examples=10, deadline=None)
def test_amount_parses_back(cases: list[tuple[int, str]]) -> None:
    texts = [f"Das Gehalt liegt bei {german(value, style)} brutto." for value, style in cases]
    for ((value, style), text), records in zip(
        zip(cases, texts, strict=True), extract_each(texts).values(), strict=True
    ):
        assert records["amount_min"].to_list() == [value], text
        statement = text[records["char_start"][0] : records["char_end"][0]]
        assert german(value, style).split(" ")[0] in statement or str(value) in statement


RANGES = st.lists(
    st.tuples(st.integers(1000, 9000), st.integers(0, 5000), STYLES, STYLES), min_size=1, max_size=50
)


@given(cases=RANGES)
@settings(max_examples=10, deadline=None)
def test_generated_ranges_keep_order_and_span(cases: list[tuple[int, int, str, str]]) -> None:
    texts = [
        f"Einsteiger verdienen zwischen {german(lo, a)} und {german(lo + width, b)} im Monat."
        for lo, width, a, b in cases
    ]
    for ((lo, width, _a, b), text), records in zip(
        zip(cases, texts, strict=True), extract_each(texts).values(), strict=True
    ):
        hi = lo + width
        assert records.select("amount_min", "amount_max").rows() == [(lo, hi)], text
        statement = text[records["char_start"][0] : records["char_end"][0]]
        assert statement.startswith("zwischen") and statement.endswith(german(hi, b)[-1])
