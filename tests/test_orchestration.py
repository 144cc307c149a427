"""Orchestration: incremental runs, backfills, the lock, and the Dask task runner."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from pipeline.locking import CuratedFolderBusy, curated_lock
from tests.conftest import seed_paths

pytestmark = pytest.mark.slow


def _raw(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in seed_paths():
        shutil.copy(path, raw / path.name)
    return raw


def _tables(curated):
    con = duckdb.connect()
    return {
        name: con.sql(
            f"select * from read_parquet('{curated}/{name}/**/*.parquet', hive_partitioning=false) order by all"
        ).fetchall()
        for name in ("documents", "mentions", "rejects", "quarantine")
    }


def _files(curated):
    return {p.relative_to(curated).as_posix(): p.stat().st_mtime_ns
            for p in (curated / "documents").rglob("*.parquet")} | {
        p.relative_to(curated).as_posix(): p.stat().st_mtime_ns for p in (curated / "mentions").rglob("*.parquet")}


def test_second_run_over_unchanged_input_skips_everything(tmp_path, prefect_harness) -> None:
    from flows.main import pipeline_run

    raw, curated = _raw(tmp_path), tmp_path / "curated"
    first = pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    assert (first.mode, first.documents_processed, first.documents_skipped) == ("full", 5, 0)
    tables, files = _tables(curated), _files(curated)

    second = pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    assert (second.mode, second.documents_processed, second.documents_skipped) == ("incremental", 0, 5)
    assert _tables(curated) == tables and _files(curated) == files

    # Touched but identical bytes: hashed, not processed.
    for path in raw.iterdir():
        path.touch()
    third = pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    assert (third.documents_processed, third.documents_skipped) == (0, 5)
    assert _files(curated) == files


def test_changed_and_deleted_files_rebuild_only_their_partitions(tmp_path, prefect_harness) -> None:
    from flows.main import pipeline_run

    raw, curated = _raw(tmp_path), tmp_path / "curated"
    pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    before = _files(curated)
    changed = next(raw.glob("003_*"))  # the 2025 report
    changed.write_text(changed.read_text(encoding="utf-8") + "\n另查处案件99起。", encoding="utf-8")
    next(raw.glob("001_*")).unlink()  # the only 2023 document

    summary = pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    assert (summary.documents_processed, summary.documents_skipped, summary.documents_deleted) == (1, 3, 1)
    assert summary.partitions_rebuilt == ["report_year=2023", "report_year=2025"]
    after = _files(curated)
    for path in ("documents/report_year=2022/data.parquet", "documents/report_year=2024/data.parquet"):
        assert after[path] == before[path]
    assert "documents/report_year=2023/data.parquet" not in after

    fresh = tmp_path / "fresh"
    pipeline_run(raw_dir=str(raw), curated_dir=str(fresh))
    assert _tables(curated) == _tables(fresh)  # incremental result equals a run from scratch


def test_backfill_of_one_year_leaves_other_partitions_untouched(tmp_path, prefect_harness) -> None:
    from flows.main import pipeline_backfill, pipeline_run

    raw, curated = _raw(tmp_path), tmp_path / "curated"
    pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    tables, before = _tables(curated), _files(curated)
    summary = pipeline_backfill(years=[2022], raw_dir=str(raw), curated_dir=str(curated))
    assert (summary.mode, summary.documents_processed) == ("backfill", 2)
    after = _files(curated)
    for path, mtime in before.items():
        if "report_year=2022" in path:
            assert after[path] != mtime
        else:
            assert after[path] == mtime, path
    assert _tables(curated) == tables


def test_new_code_version_reprocesses_everything(tmp_path, prefect_harness, monkeypatch) -> None:
    import pipeline.incremental
    import pipeline.runs
    from flows.main import pipeline_run

    raw, curated = _raw(tmp_path), tmp_path / "curated"
    pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    for module in (pipeline.incremental, pipeline.runs):
        monkeypatch.setattr(module, "code_version", lambda: "9.9.9+changed")
    summary = pipeline_run(raw_dir=str(raw), curated_dir=str(curated))
    assert (summary.mode, summary.documents_processed) == ("full", 5)


def test_dask_run_equals_default_run(tmp_path, prefect_harness) -> None:
    from prefect.settings import PREFECT_API_URL

    from flows.main import pipeline_run
    from flows.runners import make_task_runner

    raw = _raw(tmp_path)
    pipeline_run(raw_dir=str(raw), curated_dir=str(tmp_path / "threads"), batch_size=2)
    runner = make_task_runner("dask", workers=2)
    runner.cluster_kwargs["env"] = {"PREFECT_API_URL": PREFECT_API_URL.value()}  # the harness's API
    summary = pipeline_run.with_options(task_runner=runner)(
        raw_dir=str(raw), curated_dir=str(tmp_path / "dask"), batch_size=2
    )
    assert summary.documents_processed == 5
    assert _tables(tmp_path / "dask") == _tables(tmp_path / "threads")


def test_a_second_run_waits_for_the_lock_then_stops_with_a_clear_message(tmp_path) -> None:
    messages = []
    with curated_lock(tmp_path, wait_s=0):
        with pytest.raises(CuratedFolderBusy, match="locked by another pipeline run"):
            with curated_lock(tmp_path, wait_s=0.2, on_wait=messages.append):
                pass
    assert messages and "waiting up to" in messages[0]
    with curated_lock(tmp_path, wait_s=0):  # released: the next run gets it at once
        pass
