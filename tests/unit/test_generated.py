"""The extractor on generated articles whose records are known (bench/generate.py)."""

from __future__ import annotations

import hashlib

import polars as pl
import pytest

from bench.generate import articles
from flows.extract import extract_records, pipeline
from flows.settings import get_settings


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


def test_a_large_batch_extracted_in_slices_equals_one_slice() -> None:
    """``extract`` cuts a large batch into one slice per core, extracted in threads: the
    concatenated result must equal extracting the batch as one slice."""
    if pl.thread_pool_size() < 2:
        pytest.skip("one core: extract never cuts slices")

    corpus = [t for t, _ in articles(2 * pipeline.PARALLEL_MIN_DOCS + 17, seed=5)]
    docs = pl.DataFrame({"document_id": [f"d{i:05d}" for i in range(len(corpus))], "text": corpus})
    whole = pipeline._extract_slice(docs, get_settings())
    sliced = pipeline.extract(docs)
    assert sliced.records.height > 0
    assert sliced.records.equals(whole.records)
    assert sliced.skipped.equals(whole.skipped)
