"""The Prefect flow on real components: a Prefect test API and a real DuckDB file."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from flows.explain import explain_bytes, render_html
from flows.flow import salary_etl
from flows.settings import get_settings
from tests.conftest import FIXTURES

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]

LOADED = """
select d.source_path, r.occupation, r.city, r.seniority, r.period, r.period_inferred,
       r.amount_min, r.amount_max, r.monthly_min, r.monthly_max, r.annual_min, r.annual_max,
       r.is_open_ended, r.is_approximate,
       r.statement
from salary_records r join documents d using (document_id)
order by d.source_path, r.char_start
"""


def query(path: Path, sql: str) -> pl.DataFrame:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).pl()


def test_seeds_load_exactly_the_ten_contract_records(raw_copy: Path, warehouse_path: Path) -> None:
    result = salary_etl(raw_dir=str(raw_copy), warehouse=str(warehouse_path))
    assert result["status"] == "completed"
    assert (result["documents_new"], result["records_loaded"], result["records_quarantined"]) == (5, 10, 0)
    expected = pl.read_csv(
        FIXTURES / "seeds_expected.csv",
        schema_overrides={c: pl.Decimal(12, 2) for c in ("amount_min", "amount_max", "monthly_min",
                                                          "monthly_max", "annual_min", "annual_max")},
    )  # fmt: skip
    assert_frame_equal(query(warehouse_path, LOADED), expected, check_dtypes=False)
    errors = query(warehouse_path, "select * from validation_failures where severity = 'error'")
    assert errors.height == 0
    assert Path(result["report"]["md"]).is_file()
    bands = query(warehouse_path, "select * from salary_bands")
    assert bands.height == 10
    assert set(bands["sources"]) == {1}


def test_rerun_is_a_no_op_and_changes_are_tracked(raw_copy: Path, warehouse_path: Path) -> None:
    salary_etl(raw_dir=str(raw_copy), warehouse=str(warehouse_path))
    before = query(warehouse_path, "select * exclude (run_id) from salary_records order by record_id")
    second = salary_etl(raw_dir=str(raw_copy), warehouse=str(warehouse_path))
    assert (second["documents_unchanged"], second["documents_new"], second["records_loaded"]) == (5, 0, 0)
    after = query(warehouse_path, "select * exclude (run_id) from salary_records order by record_id")
    assert_frame_equal(before, after)

    seed = raw_copy / "000_ade9caef5978f778.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("4.200 € und 5.500 €", "4.300 € und 5.600 €"),
                    encoding="utf-8")  # fmt: skip
    (raw_copy / "004_e7bd437aea724619.txt").unlink()
    third = salary_etl(raw_dir=str(raw_copy), warehouse=str(warehouse_path))
    assert (third["documents_changed"], third["documents_deleted"], third["records_loaded"]) == (1, 1, 2)
    amounts = query(warehouse_path, "select amount_min from salary_records order by amount_min")
    assert 4300 in amounts["amount_min"].to_list()
    assert 4200 in amounts["amount_min"].to_list()  # other seeds still hold 4.200 €
    assert query(warehouse_path, "select count(*) n from salary_records")["n"][0] == 8
    statuses = query(warehouse_path, "select status, count(*) n from documents group by all order by status")
    assert statuses.rows() == [("deleted", 2), ("loaded", 4)]  # old version + removed file


def test_bad_inputs_are_rejected_or_quarantined_never_lost(tmp_path: Path, warehouse_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (raw / "backwards.txt").write_text(
        "Beruf Koch in Bremen\nEinsteiger verdienen zwischen 3.500 € und 2.500 € im Monat.\n",
        encoding="utf-8",
    )
    (raw / "legacy.txt").write_bytes(
        "Beruf Bäcker in Köln\r\nGesellen verdienen rund 2.900 € im Monat.\r\n".encode("cp1252")
    )
    result = salary_etl(raw_dir=str(raw), warehouse=str(warehouse_path))
    assert result["status"] == "completed_with_failures"
    assert (result["documents_rejected"], result["records_loaded"], result["records_quarantined"]) == (
        2,
        1,
        1,
    )
    docs = query(
        warehouse_path, "select source_path, status, encoding, city from documents order by source_path"
    )
    assert docs.rows() == [
        ("backwards.txt", "loaded", "utf-8", "Bremen"),
        ("binary.txt", "rejected", None, None),
        ("empty.txt", "rejected", None, None),
        ("legacy.txt", "loaded", "cp1252", "Köln"),
    ]
    quarantined = query(
        warehouse_path, "select amount_min, amount_max, failed_checks from quarantined_records"
    )
    assert quarantined.rows()[0][2] == "range_not_backwards"
    assert [float(v) for v in quarantined.rows()[0][:2]] == [3500.0, 2500.0]
    failures = query(
        warehouse_path, "select check_name, severity from validation_failures order by check_name"
    )
    assert ("file_empty", "error") in failures.rows()
    assert ("file_not_text", "error") in failures.rows()
    assert ("range_not_backwards", "error") in failures.rows()
    report = Path(result["report"]["md"]).read_text(encoding="utf-8")
    assert "### backwards.txt\n\n- line 2, characters" in report
    assert "**zwischen 3.500 € und 2.500 €**" in report


def test_failed_run_leaves_the_warehouse_untouched(raw_copy: Path, warehouse_path: Path) -> None:
    salary_etl(raw_dir=str(raw_copy), warehouse=str(warehouse_path))
    before = warehouse_path.read_bytes()
    with pytest.raises(FileNotFoundError):
        salary_etl(raw_dir=str(raw_copy / "missing"), warehouse=str(warehouse_path))
    assert warehouse_path.read_bytes() == before
    shutil.rmtree(raw_copy)


def test_documents_from_an_older_extractor_are_re_extracted(raw_copy: Path, warehouse_path: Path) -> None:
    salary_etl(raw_dir=str(raw_copy), warehouse=str(warehouse_path))
    with duckdb.connect(str(warehouse_path)) as con:
        con.execute("update documents set extractor_version = '0.9.0' where source_path like '000%'")
    rerun = salary_etl(raw_dir=str(raw_copy), warehouse=str(warehouse_path))
    assert (rerun["documents_unchanged"], rerun["records_loaded"]) == (5, 2)
    versions = query(warehouse_path, "select distinct extractor_version from documents")
    assert versions["extractor_version"].to_list() == [rerun["extractor_version"]]
    assert query(warehouse_path, "select count(*) as n from salary_records")["n"][0] == 10


def test_small_chunks_load_the_same_and_find_duplicates_across_chunks(
    raw_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = sorted(raw_copy.glob("*.txt"))
    # Chunks of two files: [0, 1] [2, 3] [4, zz_1] [zz_2, zz_3]. Copies of file 4 in its own
    # chunk and in the next one, of file 0 three chunks on.
    assert len(seeds) == 5
    shutil.copy(seeds[4], raw_copy / "zz_1_copy.txt")
    shutil.copy(seeds[4], raw_copy / "zz_2_copy.txt")
    shutil.copy(seeds[0], raw_copy / "zz_3_copy.txt")
    warehouse_path = tmp_path / "w.duckdb"
    monkeypatch.setenv("SALARY_ETL_CHUNK_SIZE", "2")
    monkeypatch.setenv("SALARY_ETL_BATCH_SIZE", "1")
    get_settings.cache_clear()
    try:
        chunked = salary_etl(raw_dir=str(raw_copy), warehouse=str(warehouse_path))
    finally:
        get_settings.cache_clear()
    assert (chunked["documents_seen"], chunked["records_loaded"]) == (8, 10)
    expected = pl.read_csv(FIXTURES / "seeds_expected.csv", infer_schema=False)
    loaded = query(warehouse_path, LOADED).select(pl.all().cast(pl.String))
    assert (
        loaded.select("source_path", "statement").rows() == expected.select("source_path", "statement").rows()
    )
    documents = query(warehouse_path, "select source_path, status from documents order by source_path")
    assert documents.rows() == [(p.name, "loaded") for p in seeds]  # each text once, under its first path
    duplicates = query(
        warehouse_path,
        "select f.failure_value, d.source_path from validation_failures f join documents d using (document_id) "
        "where check_name = 'duplicate_file' order by all",
    )
    assert duplicates.rows() == [
        ("zz_1_copy.txt", seeds[4].name),
        ("zz_2_copy.txt", seeds[4].name),
        ("zz_3_copy.txt", seeds[0].name),
    ]


MIXED_TEXT = """Gehalt als Zahntechnikerin
In Leipzig verdient eine Zahntechnikerin rund 2.650 Euro brutto, netto bleiben etwa 1.820 Euro.
Die Weiterbildung zur Meisterin kostet 9.800 Euro, der Tarif steigt zum Herbst um 75 Euro.
"""


def test_every_euro_amount_is_a_record_or_a_skipped_amount(tmp_path: Path, warehouse_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "zahntechnik.txt").write_text(MIXED_TEXT, encoding="utf-8")
    result = salary_etl(raw_dir=str(raw), warehouse=str(warehouse_path))
    records = query(
        warehouse_path, "select occupation, city, state, amount_min, statement from salary_records"
    )
    assert records.rows() == [("Zahntechnikerin", "Leipzig", "Sachsen", 2650, "rund 2.650 Euro")]
    skipped = query(
        warehouse_path,
        "select source_path, mention, reason, run_id from skipped_amounts_with_source order by char_start",
    )
    assert skipped.select("mention", "reason").rows() == [
        ("etwa 1.820 Euro", "net_pay"),
        ("9.800 Euro", "price_or_fee"),
        ("um 75 Euro", "raise_or_difference"),
    ]
    assert set(skipped["run_id"]) == {result["run_id"]}
    bands = query(warehouse_path, "select occupation, city, state, sources from salary_bands")
    assert bands.rows() == [("Zahntechnikerin", "Leipzig", "Sachsen", 1)]

    # The run's report counts the reasons and links the document's explain page.
    markdown = Path(result["report"]["md"]).read_text(encoding="utf-8")
    assert "| `net_pay` | 1 | 1 |" in markdown and "| zahntechnik.txt | 1 | 0 | 3 | 0 | 0 |" in markdown
    page = Path(result["report"]["html"]).parent / result["run_id"] / "explain"
    explained = next(page.glob("*.html")).read_text(encoding="utf-8")
    assert "net_pay" in explained and ">rund 2.650 Euro</mark>" in explained
    # (read back from the warehouse, it is the page ``salary-etl explain`` makes of the file)
    assert explained == render_html(explain_bytes((raw / "zahntechnik.txt").read_bytes(), "zahntechnik.txt"))

    # Re-extracting replaces the skipped amounts; retiring the file removes them.
    (raw / "zahntechnik.txt").write_text(MIXED_TEXT.replace("9.800", "9.900"), encoding="utf-8")
    salary_etl(raw_dir=str(raw), warehouse=str(warehouse_path))
    mentions = query(warehouse_path, "select mention from skipped_amounts order by char_start")["mention"]
    assert mentions.to_list() == ["etwa 1.820 Euro", "9.900 Euro", "um 75 Euro"]
    (raw / "zahntechnik.txt").unlink()
    salary_etl(raw_dir=str(raw), warehouse=str(warehouse_path))
    assert query(warehouse_path, "select count(*) n from skipped_amounts")["n"][0] == 0
