"""The main flow: ingest → clean → describe → validate → publish over a raw folder.

Prefect sits only here, at the edge: each task calls the library on a batch of files, so per-task
overhead (milliseconds) stays small next to the work, and tasks can run on any task runner.
"""
from __future__ import annotations

import time
from pathlib import Path

from prefect import flow, get_run_logger, task, unmapped

from pipeline.batch import BatchResult, merge_batches, process_batch, split_batches
from pipeline.ingest import list_raw_files
from pipeline.runs import RunSummary, new_run_id, publish_run, start_summary, write_summary

DEFAULT_BATCH_SIZE = 200


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


@task(name="process-batch", retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io_error)
def process_batch_task(paths: list[str], raw_dir: str) -> BatchResult:
    logger = get_run_logger()
    result = process_batch([Path(p) for p in paths], Path(raw_dir))
    for rejection in result.rejections:
        logger.warning("rejected %s", rejection.message)
    for warning in result.warnings:
        logger.warning(warning)
    logger.info("batch of %d files: %d documents", len(paths), len(result.documents))
    return result


@task(name="publish", retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io_error)
def publish_task(merged: BatchResult, curated_dir: str, summary: RunSummary) -> RunSummary:
    publish_run(merged, Path(curated_dir), summary)
    return summary


@flow(name="pipeline-run")
def pipeline_run(
    raw_dir: str = "data/raw",
    curated_dir: str = "data/curated",
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> RunSummary:
    logger = get_run_logger()
    raw, curated = Path(raw_dir), Path(curated_dir)
    summary = start_summary(new_run_id(), raw, curated)

    started = time.perf_counter()
    paths = list_raw_files(raw)
    summary.documents_seen = len(paths)
    batches = [[str(p) for p in batch] for batch in split_batches(paths, batch_size)]
    futures = process_batch_task.map(batches, raw_dir=unmapped(str(raw)))
    merged = merge_batches([future.result() for future in futures])
    summary.timings_s["ingest_clean_describe"] = round(time.perf_counter() - started, 3)

    started = time.perf_counter()
    summary = publish_task(merged, str(curated), summary)
    summary.timings_s["validate_publish"] = round(time.perf_counter() - started, 3)
    path = write_summary(summary, curated)
    logger.info(
        "run %s: %d files seen, %d documents published, %d rejected; summary at %s",
        summary.run_id, summary.documents_seen, summary.documents_published,
        summary.documents_rejected, path,
    )
    return summary
