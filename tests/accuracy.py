"""Extraction accuracy on the labelled corpus (``make accuracy``).

Records are matched per text on (amount_min, amount_max, period); precision, recall and
F1 count those matches. Seniority accuracy and flag accuracy (open-ended, approximate,
period inferred) are measured on the matched records. Every miss is listed.

    python -m tests.accuracy [--corpus FILE ...]   (default: every corpus file)
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import yaml

from flows.extract import extract_records

CORPUS_DIR = Path(__file__).resolve().parent / "fixtures" / "corpus"
CORPORA = [
    CORPUS_DIR / "cases.yaml",
    CORPUS_DIR / "holdout.yaml",
    CORPUS_DIR / "holdout2.yaml",
    CORPUS_DIR / "real_world.yaml",
]

FLAG_LETTERS = {"is_open_ended": "o", "is_approximate": "a", "period_inferred": "i"}

Key = tuple[float | None, float | None, str]


@dataclass
class Record:
    key: Key
    seniority: str
    flags: str

    def show(self) -> str:
        lo, hi, period = self.key
        fmt = lambda v: "-" if v is None else f"{v:g}"  # noqa: E731
        return f"{fmt(lo)} {fmt(hi)} {period} {self.seniority} {self.flags}".strip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    seniority_ok: int = 0
    flags_ok: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def seniority_accuracy(self) -> float:
        return self.seniority_ok / self.tp if self.tp else 1.0

    @property
    def flag_accuracy(self) -> float:
        return self.flags_ok / self.tp if self.tp else 1.0


def parse_expected(line: str) -> Record:
    """``"4200 5500 month entry i"`` -> a Record (``| occupation | place`` after it, as the
    blind rounds write it, is not scored here)."""
    parts = line.split("|", maxsplit=1)[0].split()
    lo, hi = (None if p == "-" else float(p) for p in parts[:2])
    flags = "".join(sorted("".join(parts[4:])))
    return Record((lo, hi, parts[2]), parts[3], flags)


def load_cases(*paths: Path) -> list[dict[str, Any]]:
    """The cases of every corpus file (default: all of ``CORPORA``)."""
    cases: list[dict[str, Any]] = []
    for path in paths or CORPORA:
        cases += yaml.safe_load(path.read_text(encoding="utf-8"))
    return cases


def predict(cases: list[dict[str, Any]]) -> dict[str, list[Record]]:
    """Run the extractor once over every case text (one batch)."""
    docs = pl.DataFrame(
        {
            "document_id": [hashlib.sha256(c["id"].encode()).hexdigest() for c in cases],
            "text": [c["text"] for c in cases],
        }
    )
    records = extract_records(docs)
    by_doc: dict[str, list[Record]] = {d: [] for d in docs["document_id"]}
    for r in records.iter_rows(named=True):
        flags = "".join(sorted(letter for col, letter in FLAG_LETTERS.items() if r[col]))
        by_doc[r["document_id"]].append(
            Record((r["amount_min"], r["amount_max"], r["period"]), r["seniority"], flags)
        )
    return {c["id"]: by_doc[d] for c, d in zip(cases, docs["document_id"], strict=True)}


def score(cases: list[dict[str, Any]]) -> Score:
    """Compare predictions with the expected records of every case."""
    result = Score()
    predictions = predict(cases)
    for case in cases:
        expected = [parse_expected(line) for line in case["expect"]]
        got = list(predictions[case["id"]])
        for exp in expected:
            match = next((g for g in got if g.key == exp.key), None)
            if match is None:
                result.fn += 1
                result.misses.append(f"MISSED   {case['id']}: {exp.show()}")
                continue
            got.remove(match)
            result.tp += 1
            if match.seniority == exp.seniority:
                result.seniority_ok += 1
            else:
                result.misses.append(f"SENIORITY {case['id']}: expected {exp.show()}, got {match.seniority}")
            if match.flags == exp.flags:
                result.flags_ok += 1
            else:
                result.misses.append(
                    f"FLAGS    {case['id']}: expected {exp.show()}, got flags '{match.flags}'"
                )
        for extra in got:
            result.fp += 1
            result.misses.append(f"SPURIOUS {case['id']}: {extra.show()}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, nargs="*", default=CORPORA)
    args = parser.parse_args(argv)
    cases = load_cases(*args.corpus)
    print(
        "corpus files: "
        + ", ".join(
            str(p.relative_to(Path.cwd()) if p.is_relative_to(Path.cwd()) else p) for p in args.corpus
        )
    )
    result = score(cases)
    genres = Counter(c.get("genre", "?") for c in cases)
    print(f"corpus: {len(cases)} texts ({', '.join(f'{g} {n}' for g, n in genres.most_common())})")
    print(
        f"records: expected {result.tp + result.fn}, extracted {result.tp + result.fp}, matched {result.tp}"
    )
    print(f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}")
    print(f"seniority accuracy {result.seniority_accuracy:.3f}  flag accuracy {result.flag_accuracy:.3f}")
    print(f"misses ({len(result.misses)}):" if result.misses else "misses: none")
    for miss in result.misses:
        print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
