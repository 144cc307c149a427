"""End to end: the Prefect flow over the sample corpus plus bad files, read back with DuckDB."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import duckdb
import pytest

from tests.conftest import ROOT, seed_paths, seed_text

pytestmark = pytest.mark.slow


def _corpus(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in seed_paths():
        shutil.copy(path, raw / path.name)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "noise.bin").write_bytes(os.urandom(4096))
    # A sixth, distinct report saved by an office in GBK, in a subfolder.
    sixth = seed_text("004").replace("南郑分局", "城固分局").replace("2022", "2021")
    (raw / "gbk").mkdir()
    (raw / "gbk" / "chenggu.txt").write_bytes(sixth.encode("gbk"))
    return raw


def test_flow_publishes_documents_and_records_bad_files(tmp_path, prefect_harness) -> None:
    from flows.main import pipeline_run

    raw, curated = _corpus(tmp_path), tmp_path / "curated"
    summary = pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    assert summary.documents_seen == 8
    assert summary.documents_published == 6
    assert summary.documents_rejected == 2
    assert summary.exit_code == 3

    con = duckdb.connect()
    docs = con.sql(
        f"select source_file, report_year, encoding, district from read_parquet("
        f"'{curated}/documents/**/*.parquet', hive_partitioning=true) order by source_file"
    ).fetchall()
    assert [d[0] for d in docs] == [p.name for p in seed_paths()] + ["chenggu.txt"]
    assert ("chenggu.txt", 2021, "gb18030", "城固县") in docs
    years = con.sql(
        f"select distinct report_year from read_parquet('{curated}/documents/**/*.parquet', "
        "hive_partitioning=true) order by 1"
    ).fetchall()
    assert [y[0] for y in years] == [2021, 2022, 2023, 2024, 2025]
    rejects = dict(
        con.sql(f"select source_file, reason from read_parquet('{curated}/rejects/**/*.parquet')").fetchall()
    )
    assert rejects == {"empty.txt": "empty_file", "noise.bin": "binary_file"}

    runs = list((curated / "_runs").glob("*.json"))
    assert len(runs) == 1
    recorded = json.loads(runs[0].read_text(encoding="utf-8"))
    assert recorded["documents_rejected"] == 2 and recorded["exit_code"] == 3
    assert any("empty.txt" in message for message in recorded["rejections"])


def test_rerun_gives_identical_tables(tmp_path, prefect_harness) -> None:
    from flows.main import pipeline_run

    raw, curated = _corpus(tmp_path), tmp_path / "curated"
    pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    first = {p: p.read_bytes() for p in sorted((curated / "documents").rglob("*.parquet"))}
    pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    second = {p: p.read_bytes() for p in sorted((curated / "documents").rglob("*.parquet"))}
    assert first == second


def test_cli_run_reports_and_exits_with_partial_code(tmp_path) -> None:
    raw, curated = _corpus(tmp_path), tmp_path / "curated"
    completed = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--raw-dir", str(raw), "--curated-dir", str(curated)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert completed.returncode == 3, completed.stderr
    assert "6 documents published" in completed.stderr
    assert "empty.txt: the file is empty" in completed.stderr


def test_cli_names_a_missing_raw_dir(tmp_path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--raw-dir", str(tmp_path / "nope")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert completed.returncode == 1
    assert "does not exist" in completed.stderr


def test_seeds_score_against_gold(tmp_path, prefect_harness, gold_documents) -> None:
    """The published tables, read by the project's scorer: every document field right, mention
    F1 at least 0.95 on the sample corpus."""
    from flows.main import pipeline_run

    from tests.conftest import GOLD_DIR, RAW_DIR

    curated = tmp_path / "curated"
    summary = pipeline_run(raw_dir=str(RAW_DIR), curated_dir=str(curated))
    assert summary.exit_code == 0 and summary.mentions > 150
    completed = subprocess.run(
        [sys.executable, str(GOLD_DIR.parent / "score.py"), "--curated", str(curated), "--gold", str(GOLD_DIR),
         "--json"],
        capture_output=True, text=True, check=True,
    )
    result = json.loads(completed.stdout)
    assert set(result["document_field_accuracy"].values()) == {1.0}
    assert result["f1"] >= 0.95
    assert min(result["attribute_accuracy"][a] for a in ("kind", "qualifier", "direction")) >= 0.95
    assert result["attribute_accuracy"]["subject"] >= 0.85


def test_every_table_reads_the_same_from_files_and_catalog(tmp_path, prefect_harness) -> None:
    from flows.main import pipeline_run

    raw, curated = _corpus(tmp_path), tmp_path / "curated"
    pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    files = duckdb.connect()
    catalog = duckdb.connect(str(curated / "catalog.duckdb"), read_only=True)
    for name in ("documents", "mentions", "indicators", "sections", "rejects", "quarantine"):
        from_files = files.sql(
            f"select * from read_parquet('{curated}/{name}/**/*.parquet', hive_partitioning=true) order by all"
        ).fetchall()
        from_catalog = catalog.sql(f"select * from {name} order by all").fetchall()
        assert from_files == from_catalog, name
    assert catalog.sql("select count(*) from documents").fetchall() == [(6,)]
    orphans = catalog.sql("select count(*) from mentions anti join documents using (doc_id)").fetchall()
    assert orphans == [(0,)]
    assert catalog.sql("select count(*) from indicators anti join mentions using (mention_id)").fetchall() == [(0,)]
    pivot = catalog.sql(
        "pivot (select agency, indicator_name, report_year, value from indicators) "
        "on report_year using first(value) group by agency, indicator_name"
    ).fetchall()
    assert len(pivot) > 20


def test_a_table_that_breaks_its_contract_stops_the_run_and_keeps_the_last_good_data(
    tmp_path, prefect_harness, monkeypatch
) -> None:
    import polars as pl

    import pipeline.runs
    from flows.main import pipeline_run
    from pipeline.validate import ContractViolation

    raw, curated = _corpus(tmp_path), tmp_path / "curated"
    pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    before = {p: p.read_bytes() for p in curated.rglob("*") if p.is_file() and "_runs" not in p.parts}

    real = pipeline.runs.documents_frame
    monkeypatch.setattr(
        pipeline.runs, "documents_frame",
        lambda rows: real(rows).with_columns(pl.col("report_year").cast(pl.String)),
    )
    with pytest.raises(ContractViolation, match="report_year"):
        pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    after = {p: p.read_bytes() for p in curated.rglob("*") if p.is_file() and "_runs" not in p.parts}
    assert after == before
