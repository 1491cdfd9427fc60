"""Extraction: article texts in, salary records and skipped euro amounts out (Polars).

A package of pure, vectorised stages; each is a function over frames with its own tests:

- ``text``: lines near money, cut into sentences that know their offsets;
- ``statements`` (with ``numbers``): amount-like statements, their spans, shapes, bounds;
- ``context``: why an amount is not pay (``with_skip_reason``), period, seniority;
- ``attribution``: occupation, city and Bundesland of each record;
- ``pipeline``: the stages in order (``extract``).

The regular expressions are named, documented constants in ``patterns``.
"""

from __future__ import annotations

from flows.extract.attribution import parse_headers
from flows.extract.pipeline import RECORD_COLUMNS, SKIPPED_COLUMNS, Extraction, extract, extract_records
from flows.extract.text import blank_inner_breaks, split_sentences

__all__ = [
    "RECORD_COLUMNS",
    "SKIPPED_COLUMNS",
    "Extraction",
    "blank_inner_breaks",
    "extract",
    "extract_records",
    "parse_headers",
    "split_sentences",
]
