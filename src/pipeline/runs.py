"""A run's last step: validate every table, publish it, and record what happened.

Exit codes let a scheduler alert: 0 when every input published, 3 when some inputs were rejected
or rows quarantined but the rest published, 1 when the run failed (2 is the CLI's usage error).
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl

from pipeline import __version__
from pipeline.batch import BatchResult, documents_frame, mentions_frame, rejects_frame
from pipeline.publish import PublishedTable, publish_tables, record_run
from pipeline.schema import table
from pipeline.validate import validate, validate_references

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_PARTIAL = 3
RUNS_DIR = "_runs"


def new_run_id() -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


@dataclass
class RunSummary:
    run_id: str
    pipeline_version: str
    started_at: str
    raw_dir: str
    curated_dir: str
    documents_seen: int = 0
    documents_published: int = 0
    documents_rejected: int = 0
    mentions: int = 0
    rows_quarantined: int = 0
    tables: dict[str, int] = field(default_factory=dict)
    rejections: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings_s: dict[str, float] = field(default_factory=dict)
    finished_at: str | None = None

    @property
    def exit_code(self) -> int:
        return EXIT_PARTIAL if self.documents_rejected or self.rows_quarantined else EXIT_OK

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "exit_code": self.exit_code}, ensure_ascii=False, indent=2)


def start_summary(run_id: str, raw_dir: Path, curated_dir: Path) -> RunSummary:
    return RunSummary(
        run_id=run_id,
        pipeline_version=__version__,
        started_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        raw_dir=str(raw_dir),
        curated_dir=str(curated_dir),
    )


def publish_run(
    merged: BatchResult, curated_dir: Path, summary: RunSummary, partitions: set[object] | None = None
) -> dict[str, PublishedTable]:
    """Validate every table, then publish them together; with `partitions`, only those years."""
    documents = validate(documents_frame(merged.documents), table("documents"), summary.run_id)
    mentions = validate(mentions_frame(merged.mentions), table("mentions"), summary.run_id)
    related = validate_references(mentions.valid, documents.valid, summary.run_id)
    rejects = rejects_frame(merged.rejections)
    validate(rejects, table("rejects"), summary.run_id)  # our own rows: a failure is a bug, so raise
    quarantine = pl.concat([documents.quarantine, mentions.quarantine, related.quarantine])
    frames = {
        "documents": (documents.valid, table("documents")),
        "mentions": (related.valid, table("mentions")),
        "rejects": (rejects, table("rejects")),
        "quarantine": (quarantine, table("quarantine")),
    }
    published = publish_tables(frames, curated_dir, partitions)
    summary.documents_published = documents.valid.height
    summary.documents_rejected = len(merged.rejections)
    summary.mentions = related.valid.height
    summary.rows_quarantined = quarantine.height
    summary.tables = {name: t.rows for name, t in published.items()}
    summary.rejections = [r.message for r in merged.rejections]
    summary.warnings = list(merged.warnings)
    record_run(
        curated_dir,
        [spec for _, spec in frames.values()],
        published,
        {"run_id": summary.run_id, "started_at": summary.started_at, "pipeline_version": summary.pipeline_version},
    )
    return published


def write_summary(summary: RunSummary, curated_dir: Path) -> Path:
    summary.finished_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    target = curated_dir / RUNS_DIR / f"{summary.run_id}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.tmp")
    staging.write_text(summary.to_json(), encoding="utf-8")
    staging.replace(target)
    return target

