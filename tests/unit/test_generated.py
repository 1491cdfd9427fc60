"""The extractor on generated articles whose records are known (bench/generate.py)."""

from __future__ import annotations

import hashlib

import polars as pl

from bench.generate import articles
from flows.extract import extract_records


def test_generated_articles_yield_exactly_their_records() -> None:
    corpus = list(articles(300, seed=11))
    ids = [hashlib.sha256(f"{i}".encode()).hexdigest() for i in range(len(corpus))]
    records = extract_records(pl.DataFrame({"document_id": ids, "text": [t for t, _ in corpus]}))
    got = {
        (r["document_id"], r["amount_min"], r["amount_max"], r["period"], r["seniority"])
        for r in records.iter_rows(named=True)
    }
    expected = {
        (doc, e.amount_min, e.amount_max, e.period, e.seniority)
        for doc, (_, exp) in zip(ids, corpus, strict=True)
        for e in exp
    }
    assert records.height == len(expected)
    assert got == expected


def test_generator_is_deterministic() -> None:
    assert list(articles(5, seed=3)) == list(articles(5, seed=3))
