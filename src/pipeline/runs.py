"""A run's last step: merge, validate, publish, and record what happened.

Exit codes let a scheduler alert: 0 when every input published, 3 when some inputs were rejected
or rows quarantined but the rest published, 1 when the run failed (2 is the CLI's usage error).
"""
from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl

from pipeline.batch import (
    BatchResult,
    documents_frame,
    merge_batches,
    rejects_frame,
)
from pipeline.catalog import indicators_frame
from pipeline.incremental import (
    PUBLISHED,
    RunPlan,
    affected_partitions,
    carried_rejections,
    code_version,
    new_state_rows,
    replaced_doc_ids,
    replaced_paths,
    state_frame,
    state_path,
)
from pipeline.report import MAX_DOCUMENTS_PER_RUN, write_report
from pipeline.publish import (
    PublishedTable,
    publish_tables,
    read_partitions,
    record_run,
    write_state,
    write_text_atomic,
)
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
    mode: str = "full"  # full | incremental | backfill
    years: list[int] | None = None
    documents_seen: int = 0
    documents_processed: int = 0
    documents_skipped: int = 0
    documents_deleted: int = 0
    documents_published: int = 0  # documents in the published table after the run
    documents_rejected: int = 0  # files in the rejects table after the run
    mentions: int = 0  # mention rows written by this run
    indicators: int = 0
    rows_quarantined: int = 0  # quarantine rows written by this run
    partitions_rebuilt: list[str] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)
    rejections: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    per_document: list[dict] = field(default_factory=list)
    report: str | None = None  # the HTML review report written by this run
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
        pipeline_version=code_version(),
        started_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        raw_dir=str(raw_dir),
        curated_dir=str(curated_dir),
    )


def _keep_years(merged: BatchResult, years: frozenset[int]) -> set[str]:
    """A backfill publishes only its years; returns the paths it set aside for a later run."""
    outside = {d["source_path"] for d in merged.documents if d["report_year"] not in years}
    merged.documents = [d for d in merged.documents if d["source_path"] not in outside]
    merged.keep_rows_of(d["source_path"] for d in merged.documents)
    return outside


def finalize_run(plan: RunPlan, results: list[BatchResult], curated_dir: Path, summary: RunSummary) -> bool:
    """Merge the batches with what earlier runs published, validate, publish the partitions the
    run changed, and save the state. Returns whether anything was published."""
    started = time.perf_counter()
    published_before = {r["doc_id"]: r["source_path"] for r in plan.unchanged if r["status"] == PUBLISHED}
    merged = merge_batches(results, published_before)
    for stage, seconds in merged.timings.items():
        # Seconds inside batch tasks per stage, summed over batches: with several threads these
        # overlap (and include waits for the interpreter lock), so they can add up past wall time.
        summary.timings_s[f"{stage}_in_batches"] = round(seconds, 3)
    set_aside = _keep_years(merged, plan.years) if plan.years is not None else set()
    touched = replaced_paths(plan)
    unchanged_by_hash = set(merged.unchanged)
    summary.documents_skipped = len(plan.unchanged) + len(unchanged_by_hash)
    summary.documents_processed = len(plan.to_process) - len(unchanged_by_hash) - len(set_aside)
    summary.documents_deleted = len(plan.deleted)
    summary.warnings = list(merged.warnings)

    documents = validate(documents_frame(merged.documents), table("documents"), summary.run_id)
    mentions = validate(merged.mentions, table("mentions"), summary.run_id)
    related = validate_references(mentions.valid, documents.valid, summary.run_id)
    sections = validate(merged.sections, table("sections"), summary.run_id)
    summary.timings_s["validate"] = round(time.perf_counter() - started, 3)

    new_quarantine = pl.concat(
        [documents.quarantine, mentions.quarantine, related.quarantine, sections.quarantine]
    )
    summary.mentions = related.valid.height
    summary.rows_quarantined = new_quarantine.height
    summary.per_document = _per_document(documents.valid, related.valid)
    changed = bool(merged.documents or merged.rejections or (touched - unchanged_by_hash) or plan.full)

    state_rows = _state_after(plan, merged, documents.valid, set_aside)
    if not changed:
        write_state(state_path(curated_dir), state_frame(state_rows))  # new mtimes of touched files
        carried = carried_rejections(plan)
        summary.documents_published = sum(1 for r in state_rows if r["status"] == PUBLISHED)
        summary.documents_rejected = len(carried)
        summary.rejections = [r.message for r in carried]
        return False

    started = time.perf_counter()
    partitions = affected_partitions(plan, merged.documents)
    gone_ids = replaced_doc_ids(plan) | set(documents.valid.get_column("doc_id").to_list())

    def with_carried(name: str, new_rows: pl.DataFrame) -> pl.DataFrame:
        if plan.full:
            return new_rows
        kept = read_partitions(curated_dir, table(name), partitions)
        kept = kept.filter(~pl.col("source_path").is_in(list(touched)))
        return pl.concat([kept, new_rows])

    rejections = carried_rejections(plan) + merged.rejections
    previous_quarantine = pl.DataFrame(schema=table("quarantine").polars_schema())
    if not plan.full:
        previous_quarantine = read_partitions(curated_dir, table("quarantine"), None).filter(
            pl.col("doc_id").is_not_null() & ~pl.col("doc_id").is_in(list(gone_ids))
        )
    all_documents = with_carried("documents", documents.valid)
    all_mentions = with_carried("mentions", related.valid)
    indicators = validate(indicators_frame(all_documents, all_mentions), table("indicators"), summary.run_id)
    summary.indicators = indicators.valid.height
    frames = {
        "documents": (all_documents, table("documents")),
        "mentions": (all_mentions, table("mentions")),
        "indicators": (indicators.valid, table("indicators")),
        "sections": (with_carried("sections", sections.valid), table("sections")),
        "texts": (with_carried("texts", _published_texts(merged, documents.valid)), table("texts")),
        "rejects": (rejects_frame(rejections), table("rejects")),
        "quarantine": (
            pl.concat([previous_quarantine, new_quarantine, indicators.quarantine]), table("quarantine")
        ),
    }
    published = publish_tables(frames, curated_dir, partitions)
    write_state(state_path(curated_dir), state_frame(state_rows))
    summary.timings_s["publish"] = round(time.perf_counter() - started, 3)

    summary.partitions_rebuilt = sorted(
        {f.path.split("/")[1] for f in published["documents"].files} | set(published["documents"].removed_partitions)
    )
    summary.documents_published = sum(1 for r in state_rows if r["status"] == PUBLISHED)
    summary.documents_rejected = len(rejections)
    summary.rejections = [r.message for r in rejections]
    summary.tables = {name: t.rows for name, t in published.items()}
    _record(curated_dir, frames, published, summary)
    if summary.documents_published <= MAX_DOCUMENTS_PER_RUN:
        started = time.perf_counter()
        summary.report = str(write_report(curated_dir))
        summary.timings_s["report"] = round(time.perf_counter() - started, 3)
    else:
        summary.warnings.append(
            f"review report skipped: {summary.documents_published} documents exceed {MAX_DOCUMENTS_PER_RUN} "
            "for one HTML file; write one per year with `pipeline report --years YEAR`"
        )
    return True


def _published_texts(merged: BatchResult, documents: pl.DataFrame) -> pl.DataFrame:
    return merged.texts.filter(pl.col("doc_id").is_in(documents.get_column("doc_id").to_list()))


def _state_after(plan: RunPlan, merged: BatchResult, documents: pl.DataFrame, set_aside: set[str]) -> list[dict]:
    published_paths = set(documents.get_column("source_path").to_list())
    new_docs = [d for d in merged.documents if d["source_path"] in published_paths]
    rows = {r["source_path"]: r for r in plan.unchanged}
    for path in merged.unchanged:  # touched but identical: keep the row, remember the new mtime
        n_bytes, mtime_ns, _ = merged.stats[path]
        rows[path] = {**plan.previous[path], "n_bytes": n_bytes, "mtime_ns": mtime_ns}
    for path in set_aside:  # outside a backfill's years: left for the next regular run
        if path in plan.previous:
            rows[path] = plan.previous[path]
    for row in new_state_rows(new_docs, merged.rejections, merged.stats):
        rows[row["source_path"]] = row
    return list(rows.values())


def _per_document(documents: pl.DataFrame, mentions: pl.DataFrame) -> list[dict]:
    counts = mentions.group_by("doc_id").len() if mentions.height else pl.DataFrame(
        schema={"doc_id": pl.String, "len": pl.UInt32}
    )
    joined = documents.select("source_path", "doc_id", "agency", "report_year").join(counts, on="doc_id", how="left")
    return [
        {**row, "mentions": row.pop("len") or 0}
        for row in joined.sort("source_path").iter_rows(named=True)
    ]


def _record(curated_dir: Path, frames: dict, published: dict[str, PublishedTable], summary: RunSummary) -> None:
    record_run(
        curated_dir,
        [spec for _, spec in frames.values()],
        published,
        {"run_id": summary.run_id, "started_at": summary.started_at, "pipeline_version": summary.pipeline_version},
    )


def write_summary(summary: RunSummary, curated_dir: Path) -> Path:
    summary.finished_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    return write_text_atomic(curated_dir / RUNS_DIR / f"{summary.run_id}.json", summary.to_json())
