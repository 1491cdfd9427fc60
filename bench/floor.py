"""The floor: read every file once, the fastest way found here (one thread, plain system
calls, as salary-etl's ingest), and run one Polars regex over all the text. No run of
salary-etl can beat this.

    python -m bench.floor RAW_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import polars as pl

from flows.extract.patterns import MONEY_HINT
from flows.ingest import discover_chunks


def main(raw_dir: str) -> int:
    total = 0
    for paths in discover_chunks(Path(raw_dir), "*.txt", 20_000):
        texts = []
        for rel in paths:
            fd = os.open(os.path.join(raw_dir, rel), os.O_RDONLY)
            try:
                texts.append(os.read(fd, 1 << 24).decode("utf-8"))
            finally:
                os.close(fd)
        total += int(pl.Series(texts).str.count_matches(MONEY_HINT).sum())
    print(f"{total} currency mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
