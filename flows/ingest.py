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
import stat
from collections.abc import Iterator
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

CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
"""Bytes that do not occur in text files (all C0 controls but tab, LF, FF, CR)."""

CONTROL_CHARACTER_SET = frozenset(chr(b) for b in CONTROL_BYTES)


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
    if (guessed := _utf16_without_bom(data)) is not None:
        return guessed
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


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 saved without a byte-order mark (some Windows tools): text whose every other
    byte is NUL, the high byte of Latin characters. Taken only if it decodes to text with
    no control characters; else ``None`` (then binary data is what it is)."""
    sample = data[:8192]
    if len(sample) < 16 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) >= 0.6 * len(high) and low.count(0) <= 0.02 * len(low):
            try:
                text = data[: len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
            if any(ch in text for ch in CONTROL_CHARACTER_SET):
                return None
            plain = sum(ch.isascii() and (ch.isprintable() or ch.isspace()) for ch in text[:4096])
            if plain < 0.6 * min(len(text), 4096):  # German text is mostly ASCII letters
                return None
            return Decoded(text, codec)
    return None


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
    prefix = len(str(root).rstrip(os.sep)) + 1  # plain string slicing: this runs per file
    yield from _walk_strings(str(folder), prefix, pattern)


def _walk_strings(folder: str, prefix: int, pattern: str) -> Iterator[str]:
    with os.scandir(folder) as it:
        entries = sorted(it, key=lambda e: e.name)
    pattern = pattern.lower()  # NOTES.TXT is a text file too
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_strings(entry.path, prefix, pattern)
        elif fnmatch.fnmatchcase(entry.name.lower(), pattern) and not _is_dir(entry):
            rel = entry.path[prefix:]
            yield rel if os.sep == "/" else rel.replace(os.sep, "/")


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """A link to a folder is not a file; a link that cannot be followed (a loop) is listed,
    and reading it rejects it as ``file_unreadable``."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _path_id(rel: str) -> str:
    """The id of a file that could not be hashed: the hash of its path."""
    return hashlib.sha256(f"path:{rel}".encode()).hexdigest()


def _read_bytes(path: str, size: int) -> bytes:
    fd = os.open(path, os.O_RDONLY)
    try:
        data = os.read(fd, size + 1)  # one read for a file of the size just seen
        if len(data) > size:  # it grew meanwhile: read the rest
            parts = [data]
            while parts[-1]:
                parts.append(os.read(fd, 1 << 20))
            data = b"".join(parts)
    finally:
        os.close(fd)
    return data


Row = tuple[object, ...]
"""One file: ``RAW_COLUMNS`` in order."""

RAW_COLUMNS = {
    "source_path": pl.String,
    "document_id": pl.String,
    "byte_size": pl.Int64,
    "mtime_ns": pl.Int64,
    "data": pl.Binary,
    "reject_check": pl.String,
    "reject_message": pl.String,
    "read": pl.Boolean,
}
"""What reading gives per file, before decoding: ``data`` holds the bytes (NULL when the
file was not read or cannot be)."""

CONTROL_CHARACTERS = "[" + "".join(f"\\x{b:02x}" for b in CONTROL_BYTES) + "]"
"""``CONTROL_BYTES`` as a regex class."""

NOT_BLANK = r"[^ \t\n\r\x0b\x0c]"
"""A character ``bytes.strip`` keeps."""


def _read_one(rel: str, root: str, real_root: str, max_bytes: int, known: Known) -> Row:
    """One file as a row: plain system calls and no per-file objects (this runs per file)."""
    path = os.path.join(root, rel)
    size = mtime = None
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            path = os.path.realpath(path)
            if not path.startswith(real_root + os.sep):
                message = f"The link points outside the raw folder, to {path}."
                return _rejected(rel, None, None, "link_outside_raw", message)
            info = os.stat(path)
        size, mtime = info.st_size, info.st_mtime_ns
        size_mtime_id = known.get(rel)
        if size_mtime_id is not None and size_mtime_id[:2] == (size, mtime):
            return (rel, size_mtime_id[2], size, mtime, None, None, None, False)
        if size > max_bytes:
            message = (
                f"The file has {size:,} bytes, more than the limit of {max_bytes:,} (setting max_file_bytes)."
            )
            return _rejected(rel, size, mtime, "file_too_large", message)
        data = _read_bytes(path, size)
    except OSError as exc:
        return _rejected(
            rel, size, mtime, "file_unreadable", f"The file cannot be read: {exc.strerror or exc}."
        )
    return (rel, hashlib.sha256(data).hexdigest(), len(data), mtime, data, None, None, True)


def _rejected(rel: str, size: int | None, mtime: int | None, check: str, message: str) -> Row:
    return (rel, _path_id(rel), size, mtime, None, check, message, True)


def _utf8(data: pl.Series) -> pl.Series:
    """Each value as UTF-8 text, NULL where it is not valid UTF-8. Polars validates a whole
    column at once and refuses it for one bad value: halve until the bad ones are found."""
    try:
        return data.cast(pl.String)
    except pl.exceptions.PolarsError:
        if len(data) > 64:
            half = len(data) // 2
            return pl.concat([_utf8(data.slice(0, half)), _utf8(data.slice(half))])
    return pl.Series(data.name, [_utf8_or_none(value) for value in data], dtype=pl.String)


def _utf8_or_none(data: bytes | None) -> str | None:
    try:
        return None if data is None else data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode_all(raw: pl.DataFrame) -> pl.DataFrame:
    """Decode the ``data`` column of ``RAW_COLUMNS`` rows into ``DOCUMENT_SCHEMA``.

    Plain UTF-8 text (no BOM, no control characters, not blank), what almost every file
    is, is decoded by Polars in one go; ``decode`` sees only the other files, with the
    same result as if it had seen every file."""
    text = pl.col("text")
    plain = (
        text.is_not_null()
        & text.str.contains(NOT_BLANK)
        & ~text.str.contains(CONTROL_CHARACTERS)
        & ~text.str.starts_with("\ufeff")
    )
    frame = (
        raw.with_columns(text=_utf8(raw["data"]))
        .with_columns(plain=plain.fill_null(False))
        .with_columns(text=pl.when("plain").then(text), encoding=pl.when("plain").then(pl.lit("utf-8")))
    )
    other = frame.select((pl.col("data").is_not_null() & ~pl.col("plain")).arg_true())[:, 0]
    if len(other):
        decoded = [decode(value) for value in frame["data"].gather(other)]
        frame = frame.with_columns(
            frame[name].scatter(other, pl.Series([getattr(d, name) for d in decoded], dtype=pl.String))
            for name in ("text", "encoding", "reject_check", "reject_message")
        )
    return frame.select(list(DOCUMENT_SCHEMA))


def read_documents(
    raw_dir: Path,
    paths: list[str] | None = None,
    pattern: str = "*.txt",
    max_bytes: int = 5_000_000,
    known: Known | None = None,
) -> pl.DataFrame:
    """Read, hash and decode raw files; one row per file (``DOCUMENT_SCHEMA``).

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
    root = str(raw_dir)
    real_root = os.path.realpath(root)
    # One thread: on small files Python's per-file work, not the disk, is the limit, and
    # threads only contend for the interpreter (measured here: three times slower with 8).
    rows = [_read_one(rel, root, real_root, max_bytes, skip) for rel in todo]
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in RAW_COLUMNS]
    del rows
    raw = pl.DataFrame(
        {name: list(values) for name, values in zip(RAW_COLUMNS, columns, strict=True)}, schema=RAW_COLUMNS
    )
    del columns  # the bytes now live in the frame only
    return decode_all(raw)
