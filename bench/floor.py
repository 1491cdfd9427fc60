"""The floor: read every file once (in threads, as salary-etl does) and run one Polars
regex over all the text. No run of salary-etl can be faster than this.

    python -m bench.floor RAW_DIR
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import polars as pl

from flows.ingest import READ_THREADS, discover_chunks
from flows.patterns import MONEY_HINT


def main(raw_dir: str) -> int:
    root = Path(raw_dir)
    total = 0
    for paths in discover_chunks(root, "*.txt", 20_000):
        with ThreadPoolExecutor(max_workers=READ_THREADS) as pool:
            texts = list(pool.map(lambda p: (root / p).read_bytes().decode("utf-8"), paths))
        total += int(pl.Series(texts).str.count_matches(MONEY_HINT).sum())
    print(f"{total} currency mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
