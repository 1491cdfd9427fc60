"""Extraction throughput on generated articles (extraction only: no I/O, no Prefect).

python -m bench.extract_throughput [N]     (default 10000)
"""

from __future__ import annotations

import hashlib
import sys
import time

import polars as pl

from bench.generate import articles
from flows.extract import extract_records
from flows.normalise import normalise


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 10_000
    texts = [text for text, _ in articles(n)]
    docs = pl.DataFrame(
        {"document_id": [hashlib.sha256(t.encode()).hexdigest() for t in texts], "text": texts}
    )
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    began = time.perf_counter()
    records = normalise(extract_records(docs))
    seconds = time.perf_counter() - began
    print(
        f"{n} documents, {megabytes:.1f} MB -> {records.height} records in {seconds:.2f} s: "
        f"{n / seconds:,.0f} documents/s, {megabytes / seconds:.1f} MB/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
