"""The naive baseline: what a user would write by hand for the same job.

A loop over the files with Python ``re``, a pandas DataFrame, and one INSERT per record
into DuckDB. It extracts only the two commonest shapes (``zwischen X und Y €``,
``X € bis Y €``) and no seniority or validation, so it does less work than salary-etl.

    python -m bench.naive RAW_DIR WAREHOUSE
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import duckdb
import pandas as pd

AMOUNT = r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{2})?\s?(?:€|Euro|EUR)?"
RANGE = re.compile(rf"(?:zwischen\s+{AMOUNT}\s+und|{AMOUNT}\s+bis)\s+{AMOUNT}\s?(?:€|Euro|EUR)")
HEADER = re.compile(r"^Beruf (.+) in (.+)$", re.MULTILINE)


def number(text: str) -> float:
    return float(text.replace(".", ""))


def main(raw_dir: str, warehouse: str) -> int:
    rows = []
    for path in sorted(Path(raw_dir).rglob("*.txt")):
        data = path.read_bytes()
        text = data.decode("utf-8", errors="replace")
        header = HEADER.search(text)
        for match in RANGE.finditer(text):
            low = match.group(1) or match.group(2)
            rows.append(
                {
                    "document_id": hashlib.sha256(data).hexdigest(),
                    "source_path": str(path.relative_to(raw_dir)),
                    "occupation": header.group(1) if header else None,
                    "city": header.group(2) if header else None,
                    "amount_min": number(low),
                    "amount_max": number(match.group(3)),
                    "char_start": match.start(),
                    "char_end": match.end(),
                }
            )
    frame = pd.DataFrame(rows)
    con = duckdb.connect(warehouse)
    con.execute(
        "create or replace table naive_records (document_id varchar, source_path varchar, occupation varchar, "
        "city varchar, amount_min double, amount_max double, char_start bigint, char_end bigint)"
    )
    for row in frame.itertuples(index=False):
        con.execute("insert into naive_records values (?, ?, ?, ?, ?, ?, ?, ?)", list(row))
    con.close()
    print(f"{len(frame)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
