"""Pandera model of a readable document: the document-level checks (all warnings).

A file that cannot be read as text never gets here: ingest rejects it with an ``error``
(``file_empty``, ``file_not_text``, ``file_too_large``, ``file_unreadable``,
``link_outside_raw``).
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.records import CheckInfo

DOCUMENT_CHECKS: dict[str, CheckInfo] = {
    "has_header": CheckInfo(
        "warning", "occupation",
        "The text has no portal header 'Beruf <occupation> in <city>': occupation and city are unknown.",
        "a line 'Beruf <occupation> in <city>' near the top",
        "Add the header to the raw text if the source has one; records are loaded without occupation and city.",
    ),
    "salary_found": CheckInfo(
        "warning", "records",
        "No salary statement was found in this text.",
        "at least one salary statement",
        "Fine for texts without pay figures; otherwise look for an unusual phrasing the extractor misses.",
    ),
}  # fmt: skip

REJECTIONS: dict[str, CheckInfo] = {
    name: CheckInfo("error", "source_path", message, expectation, remedy)
    for name, message, expectation, remedy in [
        ("file_empty", "The file is empty or holds only white space.", "some text",
         "Re-export the article; an empty file usually means a failed download."),
        ("file_not_text", "The file holds binary data, not text.", "a text file (UTF-8, cp1252, latin-1)",
         "Convert the source to plain text, or remove it from the raw folder."),
        ("file_too_large", "The file is larger than the size limit.", "at most {max_file_bytes:,} bytes",
         "Split the file, or raise SALARY_ETL_MAX_FILE_BYTES if such files are expected."),
        ("file_unreadable", "The file cannot be read.", "a readable file",
         "Check the file's permissions and that the disk is healthy."),
        ("link_outside_raw", "The link points outside the raw folder.", "links that stay inside raw/",
         "Copy the file into the raw folder instead of linking to it."),
        ("duplicate_file", "The file repeats the bytes of another file; it is loaded once.",
         "each text once", "Remove the copy from the raw folder."),
    ]
}  # fmt: skip
"""Document-level failures found by ingest and planning (reported like checks)."""


class DocumentChecks(pa.DataFrameModel):
    """A readable document of the batch: ``document_id``, ``occupation``, ``records``."""

    document_id: str
    occupation: str = pa.Field(nullable=True)
    records: int

    class Config:
        strict = False

    @pa.dataframe_check(name="has_header")
    def has_header(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("occupation").is_not_null())

    @pa.dataframe_check(name="salary_found")
    def salary_found(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("records") > 0)
