"""Publish: the one module that writes Parquet.

Every table lives at `<curated>/<table>/`; a partitioned table has one file per partition at a
fixed path (`report_year=2024/data.parquet`, nulls under `__HIVE_DEFAULT_PARTITION__`), an
unpartitioned one a single `data.parquet`. A file is written beside its target under a hidden
name that no `*.parquet` glob matches, flushed, and swapped in with `os.replace`, so a reader
sees the old file or the new one, never half of one, and rewriting the same rows yields the same
bytes.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from pipeline.schema import TableSpec

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
DATA_FILE = "data.parquet"


@dataclass(frozen=True)
class PublishedFile:
    path: str  # relative to the curated directory
    rows: int
    sha256: str


@dataclass
class PublishedTable:
    name: str
    rows: int = 0
    files: list[PublishedFile] = field(default_factory=list)
    removed_partitions: list[str] = field(default_factory=list)


def partition_dir(spec: TableSpec, value: object) -> str:
    return f"{spec.partition_by}={NULL_PARTITION if value is None else value}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sorted(frame: pl.DataFrame, spec: TableSpec) -> pl.DataFrame:
    """A fixed row order, so the same rows always give the same file."""
    keys = list(spec.order_by) or list(spec.primary_key) or spec.column_names
    return frame.sort(keys, nulls_last=True, maintain_order=True)


def write_parquet_atomic(frame: pl.DataFrame, spec: TableSpec, target: Path) -> str:
    """Write `frame` with the table's Arrow schema to `target` atomically; returns its SHA-256."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    arrow = frame.select(spec.column_names).to_arrow().cast(spec.arrow_schema())
    try:
        pq.write_table(arrow, staging, compression="zstd")
        with staging.open("rb") as handle:
            os.fsync(handle.fileno())
        digest = _sha256(staging)
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)
    return digest


def _existing_partitions(table_dir: Path, spec: TableSpec) -> set[str]:
    if not table_dir.is_dir():
        return set()
    prefix = f"{spec.partition_by}="
    return {p.name for p in table_dir.iterdir() if p.is_dir() and p.name.startswith(prefix)}


def publish_table(
    frame: pl.DataFrame,
    spec: TableSpec,
    curated_dir: Path,
    partitions: set[object] | None = None,
) -> PublishedTable:
    """Replace a table (or, with `partitions`, exactly those partitions of it) by `frame`.

    A full publish removes partitions that no longer have rows; a partial one leaves every
    partition outside `partitions` untouched, file and modification time alike.
    """
    table_dir = curated_dir / spec.name
    result = PublishedTable(spec.name)
    frame = _sorted(frame, spec)
    if spec.partition_by is None:
        target = table_dir / DATA_FILE
        digest = write_parquet_atomic(frame, spec, target)
        result.rows = frame.height
        result.files.append(PublishedFile(target.relative_to(curated_dir).as_posix(), frame.height, digest))
        return result

    if partitions is not None:
        frame = frame.filter(_in_partitions(spec.partition_by, partitions))
    written: set[str] = set()
    for (value,), part in frame.group_by(spec.partition_by, maintain_order=True):
        name = partition_dir(spec, value)
        target = table_dir / name / DATA_FILE
        digest = write_parquet_atomic(part, spec, target)
        written.add(name)
        result.rows += part.height
        result.files.append(PublishedFile(target.relative_to(curated_dir).as_posix(), part.height, digest))

    in_scope = (
        _existing_partitions(table_dir, spec)
        if partitions is None
        else {partition_dir(spec, value) for value in partitions}
    )
    for stale in sorted(in_scope - written):
        stale_dir = table_dir / stale
        if stale_dir.is_dir():
            shutil.rmtree(stale_dir)
            result.removed_partitions.append(stale)
    result.files.sort(key=lambda f: f.path)
    return result


def _in_partitions(column: str, partitions: set[object]) -> pl.Expr:
    values = [v for v in partitions if v is not None]
    expression = pl.col(column).is_in(values)
    return expression | pl.col(column).is_null() if None in partitions else expression


def read_table(curated_dir: Path, name: str) -> pl.DataFrame:
    """Read a published table back (tests, the report, incremental runs)."""
    files = sorted((curated_dir / name).rglob("*.parquet"))
    if not files:
        raise FileNotFoundError(f"no published Parquet files for table {name} under {curated_dir}")
    return pl.read_parquet([str(f) for f in files], hive_partitioning=False)
