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


def test_crash_while_staging_a_run_leaves_every_table_as_it_was(tmp_path, monkeypatch) -> None:
    from pipeline.publish import publish_tables

    frames = {"documents": (_docs(2022, 2023), table("documents")),
              "rejects": (table("rejects").empty_frame(), table("rejects"))}
    publish_tables(frames, tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*.parquet")}
    calls = {"n": 0}
    real = publish.pq.write_table

    def fail_on_third(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(publish.pq, "write_table", fail_on_third)
    new = {"documents": (_docs(2022, 2023, 2024, 2024), table("documents")),
           "rejects": (table("rejects").empty_frame(), table("rejects"))}
    with pytest.raises(OSError, match="disk full"):
        publish_tables(new, tmp_path)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.parquet")} == before
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_leftover_staging_files_are_swept(tmp_path) -> None:
    publish_table(_docs(2023), table("documents"), tmp_path)
    litter = tmp_path / "documents/report_year=2023/.data.parquet.999.tmp"
    litter.write_bytes(b"half a file")
    publish_table(_docs(2023), table("documents"), tmp_path)
    assert not litter.exists()


def test_manifest_catalog_and_dictionary(tmp_path) -> None:
    import json

    import duckdb

    from pipeline.publish import publish_tables, record_run

    specs = [table("documents"), table("mentions"), table("rejects")]
    frames = {"documents": (_docs(2022, 2023, 2023), specs[0]), "mentions": (specs[1].empty_frame(), specs[1]),
              "rejects": (specs[2].empty_frame(), specs[2])}
    published = publish_tables(frames, tmp_path)
    record_run(tmp_path, specs, published, {"run_id": "r1", "pipeline_version": "test"})

    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["run_id"] == "r1"
    documents = manifest["tables"]["documents"]
    assert documents["rows"] == 3 and documents["partitions"] == ["report_year=2022", "report_year=2023"]
    assert [c["name"] for c in documents["schema"]] == specs[0].column_names
    for entry in documents["files"]:
        assert publish._sha256(tmp_path / entry["path"]) == entry["sha256"]
    assert manifest["tables"]["mentions"]["rows"] == 0

    con = duckdb.connect(str(tmp_path / "catalog.duckdb"), read_only=True)
    assert con.sql("select count(*) from documents").fetchall() == [(3,)]
    assert con.sql("select count(*) from mentions").fetchall() == [(0,)]  # empty, still typed
    assert [r[0] for r in con.sql("select table_name from _tables order by 1").fetchall()] == [
        "documents", "mentions", "rejects"]
    assert "## `mentions`" in (tmp_path / "data_dictionary.md").read_text(encoding="utf-8")


def test_sync_to_an_fsspec_url_uploads_files_then_manifest_and_removes_stale(tmp_path) -> None:
    import fsspec

    from pipeline.publish import publish_tables, record_run, sync_to

    specs = [table("documents"), table("rejects")]
    frames = {"documents": (_docs(2022, 2023), specs[0]), "rejects": (specs[1].empty_frame(), specs[1])}
    record_run(tmp_path, specs, publish_tables(frames, tmp_path), {"run_id": "r1"})
    target = "memory://bucket/curated"
    assert sync_to(tmp_path, target)["uploaded"] == 5  # 2 partitions, rejects, manifest, dictionary
    fs = fsspec.filesystem("memory")
    assert fs.exists("/bucket/curated/documents/report_year=2022/data.parquet")
    assert not fs.exists("/bucket/curated/catalog.duckdb")

    frames = {"documents": (_docs(2023), specs[0]), "rejects": (specs[1].empty_frame(), specs[1])}
    record_run(tmp_path, specs, publish_tables(frames, tmp_path), {"run_id": "r2"})
    assert sync_to(tmp_path, target)["deleted"] == 1
    assert not fs.exists("/bucket/curated/documents/report_year=2022/data.parquet")
    with fs.open("/bucket/curated/documents/report_year=2023/data.parquet", "rb") as handle:
        assert pl.read_parquet(handle).height == 1
