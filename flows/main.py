"""The flows: a run over a raw folder (incremental by default) and a backfill of chosen years.

Prefect sits only here, at the edge: each task calls the library on a batch of files, so per-task
overhead (milliseconds) stays small next to the work, and batches can run on any task runner
(threads here, a Dask cluster when one machine is not enough; see `flows/runners.py`).
"""
from __future__ import annotations

import time
from pathlib import Path

from prefect import flow, get_run_logger, task, unmapped
from prefect.cache_policies import NONE as NO_CACHE
from prefect.utilities.annotations import quote
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from pipeline.batch import BatchResult, process_batch, split_batches
from pipeline.incremental import RunPlan, plan_run, read_state
from pipeline.ingest import list_raw_files
from pipeline.locking import curated_lock
from pipeline.publish import sync_to
from pipeline.runs import RunSummary, finalize_run, new_run_id, start_summary, write_summary

DEFAULT_BATCH_SIZE = 200
DEFAULT_LOCK_WAIT_S = 600.0


def _retry_on_io_error(task, task_run, state) -> bool:
    """Retry what the filesystem may fix (a busy disk, a network share); a broken contract or a
    bug fails the same way every time."""
    try:
        state.result()
    except OSError:
        return True
    except Exception:
        return False
    return False


# Results are never cached by Prefect: hashing a batch's inputs would cost more than the work, and
# incremental runs key on content hashes and the code version themselves (pipeline.incremental).
@task(name="process-batch", retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io_error,
      cache_policy=NO_CACHE)
def process_batch_task(paths: list[str], raw_dir: str, known_sha: dict[str, str]) -> BatchResult:
    logger = get_run_logger()
    raw = Path(raw_dir)
    result = process_batch([Path(p) for p in paths], raw, known_sha)
    for rejection in result.rejections:
        logger.warning("rejected document=%s reason=%s: %s", rejection.source_path, rejection.reason, rejection.message)
    for warning in result.warnings:
        logger.warning("document warning: %s", warning)
    for row in result.documents:
        logger.debug(
            "processed document=%s doc_id=%s report_year=%s agency=%s",
            row["source_path"], row["doc_id"], row["report_year"], row["agency"],
        )
    logger.info(
        "batch of %d files: %d documents, %d unchanged, %d rejected",
        len(paths), len(result.documents), len(result.unchanged), len(result.rejections),
    )
    return result


@task(name="validate-and-publish", retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io_error,
      cache_policy=NO_CACHE)
def finalize_task(plan: RunPlan, results: list[BatchResult], curated_dir: str, summary: RunSummary) -> RunSummary:
    finalize_run(plan, results, Path(curated_dir), summary)
    return summary


@task(name="sync-to-object-store", retries=3, retry_delay_seconds=5, cache_policy=NO_CACHE)
def sync_task(curated_dir: str, target_url: str) -> dict[str, int]:
    counts = sync_to(Path(curated_dir), target_url)
    get_run_logger().info("synced %s to %s: %s", curated_dir, target_url, counts)
    return counts


def _run(
    raw_dir: str, curated_dir: str, batch_size: int, years: list[int] | None, full_refresh: bool,
    lock_wait_s: float, sync_to_url: str | None = None,
) -> RunSummary:
    logger = get_run_logger()
    raw, curated = Path(raw_dir), Path(curated_dir)
    summary = start_summary(new_run_id(), raw, curated)
    with curated_lock(curated, lock_wait_s, on_wait=lambda message: logger.warning(message)):
        started = time.perf_counter()
        paths = list_raw_files(raw)
        state = {} if full_refresh else read_state(curated)
        plan = plan_run(paths, raw, state, set(years) if years else None)
        summary.mode = "backfill" if years else ("full" if plan.full else "incremental")
        summary.years = sorted(years) if years else None
        summary.documents_seen = len(paths)
        summary.timings_s["plan"] = round(time.perf_counter() - started, 3)
        logger.info(
            "%s run over %d files: %d to process, %d unchanged, %d deleted",
            summary.mode, len(paths), len(plan.to_process), len(plan.unchanged), len(plan.deleted),
        )

        started = time.perf_counter()
        batches = [[str(p) for p in batch] for batch in split_batches(plan.to_process, batch_size)]
        futures = process_batch_task.map(batches, raw_dir=unmapped(str(raw)), known_sha=unmapped(plan.known_sha))
        results = []
        for done, future in enumerate(futures, start=1):
            results.append(future.result())
            logger.info("progress: %d/%d batches done", done, len(batches))
        summary.timings_s["ingest_clean_extract"] = round(time.perf_counter() - started, 3)

        # quote(): Prefect would otherwise walk every row of every batch looking for futures.
        summary = finalize_task(quote(plan), quote(results), str(curated), summary)
        path = write_summary(summary, curated)
        if sync_to_url:
            sync_task(str(curated), sync_to_url)
    _publish_artifacts(summary)
    logger.info(
        "run %s (%s): %d seen, %d processed, %d skipped, %d rejected, %d mentions; summary at %s",
        summary.run_id, summary.mode, summary.documents_seen, summary.documents_processed,
        summary.documents_skipped, summary.documents_rejected, summary.mentions, path,
    )
    return summary


def _publish_artifacts(summary: RunSummary) -> None:
    """A Markdown summary and a per-document table on the run's page in the Prefect UI."""
    lines = [
        f"# Pipeline run `{summary.run_id}` ({summary.mode})",
        "",
        "| files seen | processed | skipped | deleted | rejected | mentions | quarantined |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        f"| {summary.documents_seen} | {summary.documents_processed} | {summary.documents_skipped} | "
        f"{summary.documents_deleted} | {summary.documents_rejected} | {summary.mentions} | "
        f"{summary.rows_quarantined} |",
        "",
        f"Curated folder: `{summary.curated_dir}`; partitions rebuilt: {', '.join(summary.partitions_rebuilt) or 'none'}.",
        "",
        "Timings (s): " + ", ".join(f"{k} {v}" for k, v in summary.timings_s.items()),
    ]
    if summary.report:
        lines += ["", f"Review report: [{summary.report}](file://{Path(summary.report).resolve()})"]
    if summary.rejections:
        lines += ["", "## Rejected files", ""] + [f"- {message}" for message in summary.rejections]
    create_markdown_artifact("\n".join(lines), key="pipeline-run-summary", description="Pipeline run summary")
    if summary.per_document:
        create_table_artifact(summary.per_document, key="pipeline-run-documents", description="Documents processed")


@flow(name="pipeline-run")
def pipeline_run(
    raw_dir: str = "data/raw",
    curated_dir: str = "data/curated",
    batch_size: int = DEFAULT_BATCH_SIZE,
    full_refresh: bool = False,
    lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
    sync_to_url: str | None = None,
) -> RunSummary:
    """Ingest → extract → validate → publish; files unchanged since the last run are skipped.
    With `sync_to_url`, the published folder is then copied to that fsspec URL."""
    return _run(raw_dir, curated_dir, batch_size, None, full_refresh, lock_wait_s, sync_to_url)


@flow(name="pipeline-backfill")
def pipeline_backfill(
    years: list[int],
    raw_dir: str = "data/raw",
    curated_dir: str = "data/curated",
    batch_size: int = DEFAULT_BATCH_SIZE,
    lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
    sync_to_url: str | None = None,
) -> RunSummary:
    """Reprocess the documents of the given report years and rebuild exactly those partitions."""
    if not years:
        raise ValueError("a backfill needs at least one report year")
    return _run(raw_dir, curated_dir, batch_size, years, False, lock_wait_s, sync_to_url)
