"""Reading raw files: encodings, rejections with reasons, stable ids."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.ingest import RAW_COLUMNS, decode, decode_all, read_documents

TEXT = "Beruf Bäcker in Köln\r\nDas Gehalt liegt bei 2.800 € – „brutto“.\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("cp1252"), "cp1252"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM: every other byte NUL
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decodes_encodings(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (TEXT, encoding)


def test_latin1_only_bytes_fall_back() -> None:
    assert decode(b"Gr\x81\xfc\xdfe").encoding == "latin-1"


@pytest.mark.parametrize(
    ("data", "check"),
    [
        (b"", "file_empty"),
        (b" \n\t ", "file_empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "file_not_text"),
        (b"\x01\x00\x02\x00" * 50, "file_not_text"),  # NUL every other byte, but control characters
    ],
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


ODD_BYTES = [
    b"", b" \t\r\n", "\u00a0".encode(), codecs.BOM_UTF8, codecs.BOM_UTF8 + b"x", b"a\x0cb", b"ab\x00cd",
    b"\x07" * 50 + b"abc", ("x" * 500 + "\x07").encode(), b"Gr\x81\xfc\xdfe", b"\xfe\xff\x00a\x00b",
    TEXT.encode("utf-16"), TEXT.encode("cp1252"), TEXT.encode("utf-8"),
]  # fmt: skip

file_bytes = st.one_of(
    st.sampled_from(ODD_BYTES),
    st.binary(max_size=40),
    st.text(max_size=40).map(str.encode),
    st.text(alphabet="aä€ \n\x07\x0c", max_size=40).flatmap(
        lambda t: st.sampled_from(["utf-8", "cp1252", "utf-16"]).map(lambda enc: t.encode(enc, "replace"))
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(file_bytes, min_size=1, max_size=150))
def test_decoding_a_column_is_decoding_each_file(contents: list[bytes]) -> None:
    # Enough rows that a bad value makes the column cast split in halves more than once.
    raw = pl.DataFrame(
        {
            "source_path": [f"{i}.txt" for i in range(len(contents))],
            "document_id": ["x"] * len(contents),
            "byte_size": [len(c) for c in contents],
            "mtime_ns": [0] * len(contents),
            "data": contents,
            "reject_check": [None] * len(contents),
            "reject_message": [None] * len(contents),
            "read": [True] * len(contents),
        },
        schema=RAW_COLUMNS,
    )
    got = decode_all(raw).select("text", "encoding", "reject_check", "reject_message").rows()
    expected = [(d.text, d.encoding, d.reject_check, d.reject_message) for d in map(decode, contents)]
    assert got == expected
