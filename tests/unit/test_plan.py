"""Planning a chunk: new, changed, unchanged, duplicates, re-extraction."""

from __future__ import annotations

import polars as pl

from flows.ingest import DOCUMENT_SCHEMA
from flows.load import STATE_COLUMNS
from flows.plan import plan_chunk


def files(rows: list[tuple[str, str]]) -> pl.DataFrame:
    return pl.DataFrame(
        [{"source_path": p, "document_id": d, "text": "t", "read": True} for p, d in rows],
        schema=DOCUMENT_SCHEMA,
    )


def state(rows: list[tuple[str, str, str, str]]) -> pl.DataFrame:
    return pl.DataFrame(
        [{"source_path": p, "document_id": d, "status": s, "extractor_version": v} for p, d, s, v in rows],
        schema=STATE_COLUMNS,
    )


def test_classifies_against_state() -> None:
    current = files([("a.txt", "A"), ("b.txt", "B2"), ("c.txt", "C"), ("e.txt", "E")])
    known = state(
        [
            ("a.txt", "A", "loaded", "1"),
            ("b.txt", "B1", "loaded", "1"),
            ("e.txt", "E", "loaded", "0"),
            ("x.txt", "X", "deleted", "1"),
        ]
    )
    plan = plan_chunk(current, known, "1", full_refresh=False)
    got = dict(zip(plan.files["source_path"], plan.files["change"], strict=True))
    assert got == {"a.txt": "unchanged", "b.txt": "changed", "c.txt": "new", "e.txt": "unchanged"}
    process = dict(zip(plan.files["source_path"], plan.files["process"], strict=True))
    assert process == {"a.txt": False, "b.txt": True, "c.txt": True, "e.txt": True}  # e: old extractor
    assert plan.replaced_ids == ["B1"]
    assert plan.counts == {
        "documents_seen": 4,
        "documents_new": 1,
        "documents_changed": 1,
        "documents_unchanged": 2,
    }


def test_full_refresh_processes_everything() -> None:
    plan = plan_chunk(files([("a.txt", "A")]), state([("a.txt", "A", "loaded", "1")]), "1", full_refresh=True)
    assert plan.files["process"].to_list() == [True]


def test_duplicate_bytes_load_once_and_warn() -> None:
    plan = plan_chunk(files([("b.txt", "S"), ("a.txt", "S")]), state([]), "1", full_refresh=False)
    assert plan.files["source_path"].to_list() == ["a.txt"]
    assert plan.duplicates.select("check_name", "severity", "failure_value").rows() == [
        ("duplicate_file", "warning", "b.txt")
    ]


def test_bytes_written_by_an_earlier_chunk_are_duplicates() -> None:
    plan = plan_chunk(files([("z.txt", "S")]), state([]), "1", False, earlier_ids=pl.Series(["S"]))
    assert plan.files.height == 0
    assert plan.duplicates["failure_value"].to_list() == ["z.txt"]
