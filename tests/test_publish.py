"""Publishing: one file per partition, swapped in atomically, idempotent, partial by partition."""
from __future__ import annotations

import polars as pl
import pytest

import pipeline.publish as publish
from pipeline.publish import NULL_PARTITION, publish_table, read_table
from pipeline.schema import table
from tests.test_contracts import GOOD


def _docs(*years):
    return table("documents").frame(
        [dict(GOOD, doc_id=f"{i:016x}", source_path=f"{i}.txt", report_year=y) for i, y in enumerate(years)]
    )


def _files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_partitions_and_null_year(tmp_path) -> None:
    publish_table(_docs(2023, 2024, None), table("documents"), tmp_path)
    assert _files(tmp_path) == [
        "documents/report_year=2023/data.parquet",
        "documents/report_year=2024/data.parquet",
        f"documents/report_year={NULL_PARTITION}/data.parquet",
    ]
    back = read_table(tmp_path, "documents")
    assert sorted(back.get_column("report_year").to_list(), key=str) == sorted([2023, 2024, None], key=str)


def test_republishing_same_rows_gives_same_bytes(tmp_path) -> None:
    first = publish_table(_docs(2023, 2024), table("documents"), tmp_path)
    second = publish_table(_docs(2023, 2024).reverse(), table("documents"), tmp_path)
    assert [f.sha256 for f in first.files] == [f.sha256 for f in second.files]


def test_full_publish_removes_stale_partitions(tmp_path) -> None:
    publish_table(_docs(2022, 2023), table("documents"), tmp_path)
    result = publish_table(_docs(2023), table("documents"), tmp_path)
    assert result.removed_partitions == ["report_year=2022"]
    assert _files(tmp_path) == ["documents/report_year=2023/data.parquet"]


def test_partial_publish_touches_only_its_partitions(tmp_path) -> None:
    publish_table(_docs(2022, 2023), table("documents"), tmp_path)
    kept = tmp_path / "documents/report_year=2022/data.parquet"
    before = (kept.stat().st_mtime_ns, kept.read_bytes())
    publish_table(_docs(2022, 2023, 2023), table("documents"), tmp_path, partitions={2023})
    assert (kept.stat().st_mtime_ns, kept.read_bytes()) == before
    assert read_table(tmp_path, "documents").filter(pl.col("report_year") == 2023).height == 2


def test_crash_mid_write_leaves_previous_file(tmp_path, monkeypatch) -> None:
    publish_table(_docs(2023), table("documents"), tmp_path)
    target = tmp_path / "documents/report_year=2023/data.parquet"
    before = target.read_bytes()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(publish.pq, "write_table", crash)
    with pytest.raises(OSError, match="disk full"):
        publish_table(_docs(2023, 2023), table("documents"), tmp_path)
    assert target.read_bytes() == before
    assert _files(tmp_path) == ["documents/report_year=2023/data.parquet"]  # no staging litter
