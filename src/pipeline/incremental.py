"""Incremental runs: process only the files whose content or pipeline code changed.

A state table (`<curated>/_state/files.parquet`, one row per raw file) remembers each file's
size, modification time, content hash, the code version that processed it, and what came of it
(published as doc_id in report_year, or rejected and why). A run compares the raw folder with it:

- a file whose size and mtime match and whose code version is current is skipped unread;
- a file whose mtime changed but whose bytes hash the same is skipped after hashing;
- everything else is processed, and the partitions it leaves or enters are rebuilt from the rows
  of the files that did not change plus the new rows; other partitions are not touched;
- a new code version (any change to the library or the contracts) reprocesses everything.

A backfill names report years: it reprocesses the files of those years (and new files, to learn
their year) and rebuilds exactly those partitions.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipeline import __version__
from pipeline.ingest import Rejection
from pipeline.schema import contracts_dir

STATE_DIR = "_state"
STATE_FILE = "files.parquet"
PUBLISHED, REJECTED = "published", "rejected"

STATE_SCHEMA = pl.Schema(
    {
        "source_path": pl.String,
        "n_bytes": pl.Int64,
        "mtime_ns": pl.Int64,
        "content_sha256": pl.String,
        "code_version": pl.String,
        "status": pl.String,
        "doc_id": pl.String,
        "report_year": pl.Int32,
        "reason": pl.String,
        "message": pl.String,
        "duplicate_of": pl.String,
    }
)


@lru_cache(maxsize=1)
def code_version() -> str:
    """The package version plus a hash of the library's code and the contracts: any change to
    either makes every file stale."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    sources = sorted(package.rglob("*.py")) + sorted(package.rglob("*.csv")) + sorted(contracts_dir().glob("*.toml"))
    for path in sources:
        digest.update(path.relative_to(path.parents[1]).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def state_path(curated_dir: Path) -> Path:
    return curated_dir / STATE_DIR / STATE_FILE


def read_state(curated_dir: Path) -> dict[str, dict]:
    path = state_path(curated_dir)
    if not path.is_file():
        return {}
    return {row["source_path"]: row for row in pl.read_parquet(path).iter_rows(named=True)}


def state_frame(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=STATE_SCHEMA, orient="row").sort("source_path") if rows else pl.DataFrame(
        schema=STATE_SCHEMA
    )


@dataclass
class RunPlan:
    to_process: list[Path] = field(default_factory=list)
    unchanged: list[dict] = field(default_factory=list)  # state rows carried over as they are
    deleted: list[dict] = field(default_factory=list)  # state rows of files no longer present
    known_sha: dict[str, str] = field(default_factory=dict)  # path → hash, to skip touched files
    previous: dict[str, dict] = field(default_factory=dict)  # state rows of the files to process
    full: bool = True  # no usable state: every partition is rebuilt
    years: frozenset[int] | None = None  # a backfill's report years


def plan_run(paths: list[Path], raw_dir: Path, state: dict[str, dict], years: set[int] | None = None) -> RunPlan:
    """Which files to process, which to carry over, which were deleted."""
    version = code_version()
    usable = bool(state) and all(row["code_version"] == version for row in state.values())
    plan = RunPlan(full=not usable, years=frozenset(years) if years else None)
    present = set()
    for path in paths:
        relative = path.relative_to(raw_dir).as_posix()
        present.add(relative)
        row = state.get(relative) if usable else None
        if row is None:
            plan.to_process.append(path)
            continue
        stat = path.stat()
        same_file = row["n_bytes"] == stat.st_size and row["mtime_ns"] == stat.st_mtime_ns
        in_backfill = years is not None and row["report_year"] in years
        if same_file and not in_backfill:
            plan.unchanged.append(row)
            continue
        plan.to_process.append(path)
        plan.previous[relative] = row
        if not in_backfill and row["content_sha256"]:
            plan.known_sha[relative] = row["content_sha256"]
    if usable:
        plan.deleted = [row for path, row in state.items() if path not in present]
    return plan


def carried_rejections(plan: RunPlan) -> list[Rejection]:
    return [
        Rejection(row["source_path"], row["reason"], row["message"], row["n_bytes"], row["duplicate_of"])
        for row in plan.unchanged
        if row["status"] == REJECTED
    ]


def affected_partitions(plan: RunPlan, new_documents: list[dict]) -> set[object] | None:
    """Report years whose partitions this run must rebuild; None means all (a full run)."""
    if plan.full:
        return None
    if plan.years is not None:
        return set(plan.years)
    years: set[object] = {row["report_year"] for row in new_documents}
    years |= {row["report_year"] for row in plan.previous.values() if row["status"] == PUBLISHED}
    years |= {row["report_year"] for row in plan.deleted if row["status"] == PUBLISHED}
    return years


def replaced_paths(plan: RunPlan) -> set[str]:
    """Files whose earlier rows must go: processed again, or deleted."""
    return set(plan.previous) | {row["source_path"] for row in plan.deleted}


def replaced_doc_ids(plan: RunPlan) -> set[str]:
    rows = list(plan.previous.values()) + plan.deleted
    return {row["doc_id"] for row in rows if row["doc_id"]}


def new_state_rows(
    documents: list[dict], rejections: list[Rejection], stats: dict[str, tuple[int, int, str | None]]
) -> list[dict]:
    """State rows for the files this run processed. `stats` maps path → (bytes, mtime_ns, sha)."""
    version = code_version()
    rows = []
    for doc in documents:
        n_bytes, mtime_ns, sha = stats[doc["source_path"]]
        rows.append(
            {"source_path": doc["source_path"], "n_bytes": n_bytes, "mtime_ns": mtime_ns, "content_sha256": sha,
             "code_version": version, "status": PUBLISHED, "doc_id": doc["doc_id"],
             "report_year": doc["report_year"], "reason": None, "message": None, "duplicate_of": None}
        )
    for rejection in rejections:
        n_bytes, mtime_ns, sha = stats.get(rejection.source_path, (rejection.n_bytes, 0, None))
        rows.append(
            {"source_path": rejection.source_path, "n_bytes": n_bytes, "mtime_ns": mtime_ns,
             "content_sha256": sha, "code_version": version, "status": REJECTED, "doc_id": None,
             "report_year": None, "reason": rejection.reason, "message": rejection.message,
             "duplicate_of": rejection.duplicate_of}
        )
    return rows
