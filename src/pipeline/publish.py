"""Publish: the one module that writes the curated folder.

Every table lives at `<curated>/<table>/`; a partitioned table has one file per partition at a
fixed path (`report_year=2024/data.parquet`, nulls under `__HIVE_DEFAULT_PARTITION__`), an
unpartitioned one a single `data.parquet`, so re-publishing is idempotent by construction.

A run publishes in two phases. First every new file of every table is written beside its target
under a hidden name no `*.parquet` glob matches, and flushed; a crash here leaves the last good
version whole (the next run sweeps the leftovers). Then all files are swapped in with
`os.replace` (atomic per file, microseconds for the lot) and partitions that lost their rows are
removed. Last come the manifest, the data dictionary and the DuckDB catalog for BI tools.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa_arrow
import pyarrow.parquet as pq

from pipeline.schema import TableSpec, data_dictionary

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
DATA_FILE = "data.parquet"
MANIFEST = "manifest.json"
DICTIONARY = "data_dictionary.md"
CATALOG = "catalog.duckdb"
_STAGING_SUFFIX = ".tmp"


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


@dataclass
class _StagedTable:
    spec: TableSpec
    table_dir: Path
    result: PublishedTable
    moves: list[tuple[Path, Path]] = field(default_factory=list)  # (staging file, target)
    stale: list[Path] = field(default_factory=list)  # partition folders to remove


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


def _staging_path(target: Path) -> Path:
    """Beside the target, hidden and ending in .tmp: no `*.parquet` glob matches it, and
    `sweep_staging` finds it after a crash."""
    return target.with_name(f".{target.name}.{os.getpid()}{_STAGING_SUFFIX}")


def write_text_atomic(target: Path, text: str) -> Path:
    """Write a text file (summary, manifest, report) so a reader sees the old or the new one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = _staging_path(target)
    staging.write_text(text, encoding="utf-8")
    os.replace(staging, target)
    return target


def _write_staging(frame: pl.DataFrame, spec: TableSpec, target: Path) -> tuple[Path, str]:
    """Write `frame` with the table's Arrow schema beside `target`; returns (staging, sha256)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = _staging_path(target)
    arrow = frame.select(spec.column_names).to_arrow().cast(spec.arrow_schema())
    try:
        pq.write_table(arrow, staging, compression="zstd")
        with staging.open("rb") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    return staging, _sha256(staging)


def _existing_partitions(table_dir: Path, spec: TableSpec) -> set[str]:
    if not table_dir.is_dir():
        return set()
    prefix = f"{spec.partition_by}="
    return {p.name for p in table_dir.iterdir() if p.is_dir() and p.name.startswith(prefix)}


def _in_partitions(column: str, partitions: set[object]) -> pl.Expr:
    values = [v for v in partitions if v is not None]
    expression = pl.col(column).is_in(values)
    return expression | pl.col(column).is_null() if None in partitions else expression


def _stage(frame: pl.DataFrame, spec: TableSpec, curated_dir: Path, partitions: set[object] | None) -> _StagedTable:
    table_dir = curated_dir / spec.name
    staged = _StagedTable(spec, table_dir, PublishedTable(spec.name))
    frame = _sorted(frame, spec)

    def add(part: pl.DataFrame, target: Path) -> None:
        staging, digest = _write_staging(part, spec, target)
        staged.moves.append((staging, target))
        staged.result.rows += part.height
        staged.result.files.append(PublishedFile(target.relative_to(curated_dir).as_posix(), part.height, digest))

    if spec.partition_by is None:
        add(frame, table_dir / DATA_FILE)
        return staged
    if partitions is not None:
        frame = frame.filter(_in_partitions(spec.partition_by, partitions))
    written: set[str] = set()
    for (value,), part in frame.group_by(spec.partition_by, maintain_order=True):
        name = partition_dir(spec, value)
        add(part, table_dir / name / DATA_FILE)
        written.add(name)
    in_scope = (
        _existing_partitions(table_dir, spec)
        if partitions is None
        else {partition_dir(spec, value) for value in partitions}
    )
    staged.stale = [table_dir / name for name in sorted(in_scope - written) if (table_dir / name).is_dir()]
    staged.result.files.sort(key=lambda f: f.path)
    return staged


def _commit(staged: list[_StagedTable]) -> None:
    for table in staged:
        for staging, target in table.moves:
            os.replace(staging, target)
    for table in staged:
        for folder in table.stale:
            shutil.rmtree(folder)
            table.result.removed_partitions.append(folder.name)


def _discard(curated_dir: Path) -> None:
    """Remove this process's staging files, including those of a table staged only in part."""
    for path in curated_dir.rglob(f".*.{os.getpid()}{_STAGING_SUFFIX}"):
        path.unlink(missing_ok=True)


def sweep_staging(curated_dir: Path) -> int:
    """Remove staging files a crashed run left behind; returns how many."""
    leftovers = list(curated_dir.rglob(f".*{_STAGING_SUFFIX}")) if curated_dir.is_dir() else []
    for path in leftovers:
        path.unlink(missing_ok=True)
    return len(leftovers)


def publish_tables(
    frames: dict[str, tuple[pl.DataFrame, TableSpec]],
    curated_dir: Path,
    partitions: set[object] | None = None,
) -> dict[str, PublishedTable]:
    """Replace several tables together: all files are written before any is swapped in.

    With `partitions`, partitioned tables replace exactly those partitions (others keep their
    files and modification times); unpartitioned tables are replaced whole.
    """
    curated_dir.mkdir(parents=True, exist_ok=True)
    sweep_staging(curated_dir)
    staged: list[_StagedTable] = []
    try:
        for frame, spec in frames.values():
            staged.append(_stage(frame, spec, curated_dir, partitions))
    except BaseException:
        _discard(curated_dir)
        raise
    _commit(staged)
    return {table.spec.name: table.result for table in staged}


def publish_table(
    frame: pl.DataFrame, spec: TableSpec, curated_dir: Path, partitions: set[object] | None = None
) -> PublishedTable:
    return publish_tables({spec.name: (frame, spec)}, curated_dir, partitions)[spec.name]


def read_table(curated_dir: Path, name: str) -> pl.DataFrame:
    """Read a published table back (tests, the report, incremental runs)."""
    files = sorted((curated_dir / name).rglob("*.parquet"))
    if not files:
        raise FileNotFoundError(f"no published Parquet files for table {name} under {curated_dir}")
    return pl.read_parquet([str(f) for f in files], hive_partitioning=False)


def read_partitions(curated_dir: Path, spec: TableSpec, partitions: set[object] | None) -> pl.DataFrame:
    """The published rows of a table, of some partitions only (all when `partitions` is None)."""
    table_dir = curated_dir / spec.name
    if spec.partition_by is None or partitions is None:
        files = sorted(table_dir.rglob("*.parquet")) if table_dir.is_dir() else []
    else:
        files = [table_dir / partition_dir(spec, value) / DATA_FILE for value in partitions]
        files = [f for f in files if f.is_file()]
    if not files:
        return spec.empty_frame()
    return pl.read_parquet([str(f) for f in files], hive_partitioning=False).select(spec.column_names)


def write_state(target: Path, frame: pl.DataFrame) -> Path:
    """The incremental-run state, written atomically like any table file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = _staging_path(target)
    frame.write_parquet(staging)
    os.replace(staging, target)
    return target


# --- manifest, dictionary, catalog ------------------------------------------------------------


def _current_files(curated_dir: Path, spec: TableSpec, known: dict[str, str]) -> list[dict]:
    """Every published file of a table with rows and checksum (reusing checksums just computed)."""
    files = []
    for path in sorted((curated_dir / spec.name).rglob("*.parquet")):
        relative = path.relative_to(curated_dir).as_posix()
        files.append(
            {
                "path": relative,
                "rows": pq.ParquetFile(path).metadata.num_rows,
                "bytes": path.stat().st_size,
                "sha256": known.get(relative) or _sha256(path),
            }
        )
    return files


def write_manifest(
    curated_dir: Path,
    specs: list[TableSpec],
    published: dict[str, PublishedTable],
    run: dict,
) -> Path:
    """manifest.json: what the curated folder holds after this run, file by file."""
    known = {f.path: f.sha256 for table in published.values() for f in table.files}
    tables = {}
    for spec in specs:
        files = _current_files(curated_dir, spec, known)
        tables[spec.name] = {
            "rows": sum(f["rows"] for f in files),
            "partitioned_by": spec.partition_by,
            "partitions": sorted({f["path"].split("/")[1] for f in files if spec.partition_by}),
            "schema": [
                {"name": field.name, "type": str(field.type), "nullable": field.nullable}
                for field in spec.arrow_schema()
            ],
            "files": files,
        }
    manifest = {
        **run,
        "written_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "tables": tables,
    }
    target = curated_dir / MANIFEST
    write_text_atomic(target, json.dumps(manifest, ensure_ascii=False, indent=2))
    return target


def write_dictionary(curated_dir: Path) -> Path:
    target = curated_dir / DICTIONARY
    write_text_atomic(target, data_dictionary())
    return target


_DUCKDB_TYPES = {
    pa_arrow.string(): "VARCHAR",
    pa_arrow.int32(): "INTEGER",
    pa_arrow.int64(): "BIGINT",
    pa_arrow.float64(): "DOUBLE",
    pa_arrow.date32(): "DATE",
    pa_arrow.bool_(): "BOOLEAN",
    pa_arrow.timestamp("us", tz="UTC"): "TIMESTAMPTZ",
}


def _view_sql(curated_dir: Path, spec: TableSpec) -> str:
    table_dir = (curated_dir / spec.name).resolve()
    if any(table_dir.rglob("*.parquet")):
        glob = (table_dir / "**" / "*.parquet").as_posix().replace("'", "''")
        hive = "true" if spec.partition_by else "false"
        source = f"read_parquet('{glob}', hive_partitioning = {hive}, union_by_name = true)"
        columns = ", ".join(f'"{name}"' for name in spec.column_names)
        return f'create view "{spec.name}" as select {columns} from {source}'
    typed = ", ".join(f'null::{_DUCKDB_TYPES[f.type]} as "{f.name}"' for f in spec.arrow_schema())
    return f'create view "{spec.name}" as select {typed} where false'  # a table with no rows yet


def write_catalog(curated_dir: Path, specs: list[TableSpec]) -> Path:
    """catalog.duckdb: one view per table over its Parquet files, for Superset, Metabase, DBeaver.

    Views name the files by absolute path (DuckDB resolves relative ones against the reader's
    working directory); the catalog is rebuilt on every publish, so it follows the folder.
    """
    target = curated_dir / CATALOG
    staging = _staging_path(target)
    staging.unlink(missing_ok=True)
    connection = duckdb.connect(str(staging))
    try:
        for spec in specs:
            connection.execute(_view_sql(curated_dir, spec))
        connection.execute(
            "create view _tables as select * from (values "
            + ", ".join(f"('{s.name}', '{s.description.replace(chr(39), chr(39) * 2)}')" for s in specs)
            + ") as t(table_name, description)"
        )
    finally:
        connection.close()
    os.replace(staging, target)
    return target


def record_run(curated_dir: Path, specs: list[TableSpec], published: dict[str, PublishedTable], run: dict) -> None:
    """After a publish: manifest, data dictionary and catalog describe the folder as it now is."""
    write_manifest(curated_dir, specs, published, run)
    write_dictionary(curated_dir)
    write_catalog(curated_dir, specs)



# --- copies elsewhere ---------------------------------------------------------------------------

_NOT_SYNCED = (CATALOG,)  # its views name local paths


def sync_to(curated_dir: Path, target_url: str) -> dict[str, int]:
    """Copy the published folder to any fsspec URL (s3://bucket/prefix, gcs://…, a mounted
    share), so BI tools that read object stores see the same tables.

    Each object is uploaded whole (an object store replaces an object atomically); table files go
    first and manifest.json last, so a reader that follows the manifest never sees it ahead of
    its files; objects the folder no longer has (removed partitions) are deleted at the end.
    The run state and the lock stay local; so does catalog.duckdb, whose views name local paths.
    """
    import fsspec

    fs, root = fsspec.core.url_to_fs(target_url)
    root = root.rstrip("/")
    local = sorted(
        p for p in curated_dir.rglob("*")
        if p.is_file() and not any(part.startswith((".", "_state")) for part in p.relative_to(curated_dir).parts)
        and p.name not in _NOT_SYNCED
    )
    relative = [p.relative_to(curated_dir).as_posix() for p in local]
    ordered = sorted(zip(relative, local), key=lambda item: (item[0] == MANIFEST, item[0]))
    for name, path in ordered:
        fs.makedirs(f"{root}/{name}".rsplit("/", 1)[0], exist_ok=True)
        fs.put_file(str(path), f"{root}/{name}")
    remote = {p[len(root) + 1 :] for p in fs.find(root)} if fs.exists(root) else set()
    stale = sorted(remote - set(relative) - set(_NOT_SYNCED))
    for name in stale:
        fs.rm_file(f"{root}/{name}")
    return {"uploaded": len(ordered), "deleted": len(stale)}
