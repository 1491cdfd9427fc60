"""``salary-etl run --plan``: what a run would add, change, re-extract and retire, written nowhere.

The same questions a run's plan asks (flows/plan.py), from the published warehouse opened
read-only and the raw folder: a path the folder's documents do not hold is ``new``; a
known path with other bytes is ``changed``; a known path whose size and mtime are as
loaded, or whose bytes hash the same, is ``unchanged`` (``re-extract`` if its records came
from another extractor version, or on ``--full-refresh``); a known path gone from the
folder is retired. No Prefect, no lock: it reads files and one table.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from flows.ingest import discover_chunks
from flows.load import source_label
from flows.settings import EXTRACTOR_VERSION, Settings, resolve

KINDS = ("new", "changed", "re-extract", "unchanged", "retire")


@dataclass
class Preview:
    source: str
    paths: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})

    def count(self, kind: str) -> int:
        return len(self.paths[kind])


def known_documents(
    warehouse: Path, source: str, default: bool
) -> dict[str, tuple[int | None, int | None, str, str | None]]:
    """``source_path`` -> (byte_size, mtime_ns, document_id, extractor_version) of the
    folder's active documents in the published warehouse (none if there is no warehouse).
    Documents of unknown folder (loaded before V008) are the ``default`` folder's."""
    if not warehouse.is_file():
        return {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        have = {
            r[0]
            for r in con.execute(
                "select column_name from duckdb_columns() where table_name = 'documents'"
            ).fetchall()
        }
        if "source" in have:
            of_source, params = "(source = ? or (source is null and ?))", [source, default]
        else:
            of_source, params = "?", [default]
        rows = con.execute(
            "select source_path, byte_size, mtime_ns, document_id, extractor_version from documents "
            f"where status in ('loaded', 'rejected') and {of_source}",
            params,
        ).fetchall()
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


def preview(raw: Path, warehouse: Path, settings: Settings, full_refresh: bool = False) -> Preview:
    source = source_label(raw)
    known = known_documents(warehouse, source, raw.resolve() == resolve(settings.raw_dir))
    result = Preview(source)
    for chunk in discover_chunks(raw, settings.file_glob, settings.chunk_size):
        for rel in chunk:
            result.paths[_kind(raw, rel, known.pop(rel, None), full_refresh)].append(rel)
    result.paths["retire"] = sorted(known)  # known, not seen
    return result


def _kind(
    raw: Path, rel: str, known: tuple[int | None, int | None, str, str | None] | None, full: bool
) -> str:
    if known is None:
        return "new"
    size, mtime, document_id, version = known
    again = "re-extract" if full or version != EXTRACTOR_VERSION else "unchanged"
    path = raw / rel
    try:
        stat = path.stat()
        if stat.st_size == size and stat.st_mtime_ns == mtime:
            return again
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "changed"  # unreadable now: the run will reject it
    return again if digest == document_id else "changed"


def describe(p: Preview, listed: int = 10) -> str:
    """The plan as a user reads it: counts, then the first ``listed`` paths of each kind."""
    lines = [
        f"plan for raw folder {p.source}: "
        + ", ".join(f"{p.count(kind)} {kind}" for kind in KINDS)
        + " (nothing written)"
    ]
    meaning = {
        "new": "would be extracted and loaded",
        "changed": "would be re-extracted; their old records replaced",
        "re-extract": "unchanged, re-extracted (--full-refresh or another extractor version)",
        "retire": "gone from the folder: would be marked deleted, their records removed",
    }
    for kind, what in meaning.items():
        if p.paths[kind]:
            lines.append(f"{kind} ({p.count(kind)}): {what}")
            lines += [f"  {path}" for path in p.paths[kind][:listed]]
            if p.count(kind) > listed:
                lines.append(f"  … and {p.count(kind) - listed} more")
    return os.linesep.join(lines)
