"""Reading raw files: encodings, rejections with reasons, stable ids."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from flows.ingest import decode, read_documents

TEXT = "Beruf Bäcker in Köln\r\nDas Gehalt liegt bei 2.800 € – „brutto“.\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("cp1252"), "cp1252"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    ],
)
def test_decodes_encodings(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (TEXT, encoding)


def test_latin1_only_bytes_fall_back() -> None:
    assert decode(b"Gr\x81\xfc\xdfe").encoding == "latin-1"


@pytest.mark.parametrize(
    ("data", "check"),
    [(b"", "file_empty"), (b" \n\t ", "file_empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "file_not_text")],
)
def test_rejects_non_text(data: bytes, check: str) -> None:
    assert decode(data).reject_check == check


def test_read_documents(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "sub dir").mkdir(parents=True)
    (raw / "a.txt").write_bytes(TEXT.encode("cp1252"))
    (raw / "sub dir" / "Ärger.txt").write_text("Text", encoding="utf-8")
    (raw / "big.txt").write_bytes(b"x" * 2000)
    (raw / "notes.md").write_text("ignored", encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    os.symlink(outside, raw / "link.txt")
    docs = read_documents(raw, pattern="*.txt", max_bytes=1000)
    by_path = {r["source_path"]: r for r in docs.iter_rows(named=True)}
    assert sorted(by_path) == ["a.txt", "big.txt", "link.txt", "sub dir/Ärger.txt"]
    assert by_path["a.txt"]["document_id"] == hashlib.sha256(TEXT.encode("cp1252")).hexdigest()
    assert by_path["a.txt"]["encoding"] == "cp1252"
    assert by_path["a.txt"]["text"] == TEXT
    assert by_path["big.txt"]["reject_check"] == "file_too_large"
    assert by_path["link.txt"]["reject_check"] == "link_outside_raw"
    assert by_path["sub dir/Ärger.txt"]["text"] == "Text"


def test_known_files_with_same_size_and_mtime_are_not_read(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    path = raw / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    stat = path.stat()
    known = {"a.txt": (stat.st_size, stat.st_mtime_ns, "known-id")}
    skipped = read_documents(raw, known=known).row(0, named=True)
    assert (skipped["read"], skipped["document_id"], skipped["text"]) == (False, "known-id", None)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # touched, same bytes
    reread = read_documents(raw, known=known).row(0, named=True)
    assert reread["read"] is True
    assert reread["document_id"] == hashlib.sha256(TEXT.encode()).hexdigest()
