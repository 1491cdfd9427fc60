"""Ingest: find the raw files, read and hash them, decode them to text, or reject them.

A file that cannot be read as text (empty, binary, too large, unreadable, a link that
leaves the raw folder) is not skipped: it becomes a ``rejected`` document with a
document-level failure, so nothing vanishes without a trace.
"""

from __future__ import annotations

import codecs
import fnmatch
import hashlib
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import polars as pl

DOCUMENT_SCHEMA = {
    "source_path": pl.String,
    "document_id": pl.String,
    "byte_size": pl.Int64,
    "mtime_ns": pl.Int64,
    "encoding": pl.String,
    "text": pl.String,
    "reject_check": pl.String,
    "reject_message": pl.String,
    "read": pl.Boolean,
}
"""One row per raw file. ``text`` is NULL and ``reject_check`` set for a rejected file;
``read`` is false for a file skipped because its size and mtime match what the warehouse
already holds (its ``document_id`` is then the known one)."""

Known = dict[str, tuple[int, int, str]]
"""``source_path`` -> (byte_size, mtime_ns, document_id) of files that need no re-reading."""

READ_THREADS = 8
"""Files are read by this many threads: reading is I/O bound and releases the GIL."""

CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
"""Bytes that do not occur in text files (all C0 controls but tab, LF, FF, CR)."""


@dataclass(frozen=True)
class Decoded:
    """A file's text and encoding, or why it is not text."""

    text: str | None
    encoding: str | None
    reject_check: str | None = None
    reject_message: str | None = None


def decode(data: bytes) -> Decoded:
    """Decode raw bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1.

    >>> decode("Gehalt: 4.200 €".encode("cp1252")).encoding
    'cp1252'
    """
    if not data.strip():
        return Decoded(None, None, "file_empty", "The file is empty or holds only white space.")
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                break
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if b"\x00" in data or controls > len(sample) // 100:
        return Decoded(
            None,
            None,
            "file_not_text",
            "The file holds binary data (NUL or control bytes), not text.",
        )
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError:
            pass
    for codec in ("utf-8", "cp1252", "latin-1"):
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def discover_chunks(raw_dir: Path, pattern: str, size: int) -> Iterator[list[str]]:
    """The files below ``raw_dir`` matching ``pattern`` (relative ``/`` paths, sorted within
    each folder), ``size`` at a time: a corpus of any size is walked without listing it whole."""
    chunk: list[str] = []
    for path in _walk(raw_dir, raw_dir, pattern):
        chunk.append(path)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _walk(folder: Path, root: Path, pattern: str) -> Iterator[str]:
    with os.scandir(folder) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), root, pattern)
        elif fnmatch.fnmatchcase(entry.name, pattern) and not entry.is_dir():
            yield Path(entry.path).relative_to(root).as_posix()


def _read_one(rel: str, raw_root: Path, max_bytes: int, known: Known) -> dict[str, object]:
    path = raw_root / rel
    # A file that cannot be hashed still needs a stable id: the hash of its path.
    row: dict[str, object] = {
        "source_path": rel,
        "document_id": hashlib.sha256(f"path:{rel}".encode()).hexdigest(),
        "read": True,
    }
    try:
        real = path.resolve()
        if not real.is_relative_to(raw_root.resolve()):
            return row | _reject("link_outside_raw", f"The link points outside the raw folder, to {real}.")
        stat = real.stat()
        row |= {"byte_size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        size_mtime_id = known.get(rel)
        if size_mtime_id is not None and size_mtime_id[:2] == (stat.st_size, stat.st_mtime_ns):
            return row | {"document_id": size_mtime_id[2], "read": False}
        if stat.st_size > max_bytes:
            return row | _reject(
                "file_too_large",
                f"The file has {stat.st_size:,} bytes, more than the limit of {max_bytes:,} "
                "(setting max_file_bytes).",
            )
        data = real.read_bytes()
    except OSError as exc:
        return row | _reject("file_unreadable", f"The file cannot be read: {exc.strerror or exc}.")
    decoded = decode(data)
    return row | {
        "document_id": hashlib.sha256(data).hexdigest(),
        "byte_size": len(data),
        "encoding": decoded.encoding,
        "text": decoded.text,
        "reject_check": decoded.reject_check,
        "reject_message": decoded.reject_message,
    }


def _reject(check: str, message: str) -> dict[str, object]:
    return {"reject_check": check, "reject_message": message}


def read_documents(
    raw_dir: Path,
    paths: list[str] | None = None,
    pattern: str = "*.txt",
    max_bytes: int = 5_000_000,
    known: Known | None = None,
) -> pl.DataFrame:
    """Read, hash and decode raw files (in threads); one row per file (``DOCUMENT_SCHEMA``).

    ``paths``: relative paths to read (default: every file matching ``pattern``). Files in
    ``known`` whose size and modification time are unchanged are not read (the cheap test
    of an incremental run); any other difference means read and hash. A file that could
    not be read gets the sha256 of ``path:<source_path>`` as its id.
    """
    todo = (
        paths
        if paths is not None
        else [p for chunk in discover_chunks(raw_dir, pattern, 10_000) for p in chunk]
    )
    skip = known or {}
    with ThreadPoolExecutor(max_workers=READ_THREADS) as pool:
        rows = list(pool.map(lambda p: _read_one(p, raw_dir, max_bytes, skip), todo))
    return pl.DataFrame(rows, schema=DOCUMENT_SCHEMA)
