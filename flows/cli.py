"""`pipeline`: the command line. Commands import their flow lazily so `--help` stays instant."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

app = typer.Typer(
    help=(
        "Turn Chinese government rule-of-law reports into validated Parquet tables.\n\n"
        "Exit codes: 0 every input published; 3 some inputs rejected or rows quarantined, the rest "
        "published; 1 the run failed; 2 bad command line."
    ),
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True, soft_wrap=True)  # never break a file name across lines


@app.callback()
def _main() -> None:
    """Exit codes: 0 all inputs published; 3 some inputs rejected or rows quarantined, the rest
    published; 1 the run failed; 2 bad command line."""


_RAW = typer.Option(Path("data/raw"), help="Folder of raw report texts (searched recursively).")
_CURATED = typer.Option(Path("data/curated"), help="Folder the Parquet tables are published to.")
_BATCH = typer.Option(200, min=1, help="Files per task: large enough that task overhead stays small.")
_RUNNER = typer.Option("threads", help="Task runner: 'threads', or 'dask' (a local cluster, or --dask-address).")
_ADDRESS = typer.Option(None, help="Address of an existing Dask scheduler (tcp://host:8786).")
_WORKERS = typer.Option(2, min=1, help="Threads, or local Dask worker processes.")
_LOCK_WAIT = typer.Option(600.0, min=0, help="Seconds to wait for another run holding the curated folder.")
_SYNC_TO = typer.Option(None, help="After publishing, copy the tables to this fsspec URL (s3://bucket/prefix).")


@app.command()
def run(
    raw_dir: Path = _RAW,
    curated_dir: Path = _CURATED,
    batch_size: int = _BATCH,
    full_refresh: bool = typer.Option(False, help="Reprocess every file, ignoring what earlier runs did."),
    task_runner: str = _RUNNER,
    dask_address: Optional[str] = _ADDRESS,
    workers: int = _WORKERS,
    lock_wait: float = _LOCK_WAIT,
    sync_to: Optional[str] = _SYNC_TO,
) -> None:
    """Run the pipeline on a folder of raw reports; files unchanged since the last run are skipped."""
    _execute(
        "run", raw_dir, task_runner, dask_address, workers,
        dict(raw_dir=str(raw_dir), curated_dir=str(curated_dir), batch_size=batch_size,
             full_refresh=full_refresh, lock_wait_s=lock_wait, sync_to_url=sync_to),
    )


@app.command()
def backfill(
    years: list[int] = typer.Option(..., "--years", help="Report years to reprocess, e.g. --years 2022 2023."),
    raw_dir: Path = _RAW,
    curated_dir: Path = _CURATED,
    batch_size: int = _BATCH,
    task_runner: str = _RUNNER,
    dask_address: Optional[str] = _ADDRESS,
    workers: int = _WORKERS,
    lock_wait: float = _LOCK_WAIT,
    sync_to: Optional[str] = _SYNC_TO,
) -> None:
    """Reprocess the documents of some report years and replace exactly those partitions."""
    _execute(
        "backfill", raw_dir, task_runner, dask_address, workers,
        dict(years=years, raw_dir=str(raw_dir), curated_dir=str(curated_dir), batch_size=batch_size,
             lock_wait_s=lock_wait, sync_to_url=sync_to),
    )


@app.command()
def serve(
    cron: str = typer.Option("0 6 * * *", help="When to run, as a cron expression (default: daily at 06:00)."),
    raw_dir: Path = _RAW,
    curated_dir: Path = _CURATED,
    name: str = typer.Option("daily", help="Deployment name."),
) -> None:
    """Serve the pipeline as a Prefect deployment on a cron schedule (runs until stopped).

    Uses the Prefect API in PREFECT_API_URL, or starts a local Prefect server (UI included) for as
    long as it serves."""
    from flows.main import pipeline_run
    from flows.runners import shared_prefect_api

    with shared_prefect_api() as url:
        console.print(f"serving deployment 'pipeline-run/{name}' on cron '{cron}' (Prefect API {url})")
        pipeline_run.serve(
            name=name,
            cron=cron,
            parameters={"raw_dir": str(raw_dir.resolve()), "curated_dir": str(curated_dir.resolve())},
        )


def _execute(kind: str, raw_dir: Path, task_runner: str, dask_address: Optional[str], workers: int,
             parameters: dict) -> None:
    from flows.main import pipeline_backfill, pipeline_run
    from flows.runners import DASK, make_task_runner, shared_prefect_api
    from pipeline.runs import EXIT_FAILED

    if not raw_dir.is_dir():
        console.print(f"[red]error:[/red] raw directory {raw_dir} does not exist or is not a directory")
        raise typer.Exit(EXIT_FAILED)
    base = pipeline_backfill if kind == "backfill" else pipeline_run
    try:
        if task_runner == DASK:
            with shared_prefect_api():
                flow = base.with_options(task_runner=make_task_runner(DASK, dask_address, workers))
                summary = flow(**parameters)
        else:
            summary = base.with_options(task_runner=make_task_runner(task_runner, None, workers))(**parameters)
    except Exception as exc:  # the run failed as a whole: say why, exit non-zero
        console.print(f"[red]run failed:[/red] {exc}")
        raise typer.Exit(EXIT_FAILED) from exc
    _print_summary(summary)
    raise typer.Exit(summary.exit_code)


@app.command()
def sync(
    to: str = typer.Option(..., "--to", help="fsspec URL to copy the tables to (s3://bucket/prefix, …)."),
    curated_dir: Path = _CURATED,
) -> None:
    """Copy the published tables to an object store or any fsspec URL (files first, manifest last,
    removed partitions deleted). s3:// needs the s3fs package, gcs:// gcsfs, and so on."""
    from pipeline.publish import sync_to

    counts = sync_to(curated_dir, to)
    console.print(f"synced {curated_dir} → {to}: {counts['uploaded']} files uploaded, {counts['deleted']} deleted")


@app.command()
def report(
    curated_dir: Path = _CURATED,
    out: Optional[Path] = typer.Option(None, help="HTML file to write (default: <curated-dir>/report.html)."),
    years: Optional[list[int]] = typer.Option(None, "--years", help="Only these report years (large corpora)."),
) -> None:
    """Write the self-contained HTML review report: every figure highlighted in its text."""
    from pipeline.report import write_report

    try:
        path = write_report(curated_dir, out, years)
    except FileNotFoundError as exc:
        console.print(f"[red]error:[/red] {exc}; run `pipeline run` first")
        raise typer.Exit(1) from exc
    console.print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


catalog_app = typer.Typer(help="The indicator catalog (contracts/indicators.toml).", no_args_is_help=True)
app.add_typer(catalog_app, name="catalog")


@catalog_app.command("unmapped")
def catalog_unmapped(
    curated_dir: Path = _CURATED,
    limit: int = typer.Option(50, min=1, help="How many subject groups to list."),
) -> None:
    """Unmapped mentions grouped by subject, most frequent first, with an example sentence: where
    to grow the catalog next."""
    from rich.table import Table

    from pipeline.catalog import unmapped_subjects
    from pipeline.publish import read_table

    try:
        mentions = read_table(curated_dir, "mentions")
    except FileNotFoundError as exc:
        console.print(f"[red]error:[/red] {exc}; run `pipeline run` first")
        raise typer.Exit(1) from exc
    groups = unmapped_subjects(mentions, limit)
    total, unmapped = mentions.height, int(mentions.get_column("indicator_code").null_count())
    output = Console(soft_wrap=True)
    view = Table(title=f"{unmapped} of {total} mentions unmapped; top {groups.height} subjects")
    for column in ("mentions", "subject", "unit", "kind", "example"):
        view.add_column(column, overflow="fold")
    for row in groups.iter_rows(named=True):
        view.add_row(str(row["mentions"]), row["subject"], row["unit"], row["kind"], row["example"])
    output.print(view)


@app.command()
def contracts(
    root: Path = typer.Option(Path("."), help="Checkout to write contracts/pandera/*.yaml and docs/ into."),
) -> None:
    """Regenerate the pandera YAML contracts and the data dictionary from contracts/tables.toml."""
    from pipeline.schema import write_generated_docs

    for path in write_generated_docs(root):
        console.print(f"wrote {path}")


def _print_summary(summary) -> None:
    console.print(
        f"[bold]run {summary.run_id}[/bold] ({summary.mode}): {summary.documents_seen} files seen, "
        f"{summary.documents_processed} processed, {summary.documents_skipped} skipped; "
        f"{summary.documents_published} documents published, {summary.documents_rejected} rejected, "
        f"{summary.mentions} mentions, {summary.rows_quarantined} rows quarantined → {summary.curated_dir}"
    )
    timings = ", ".join(f"{stage} {seconds:.2f}s" for stage, seconds in summary.timings_s.items())
    console.print(f"  timings: {timings}")
    for message in summary.rejections:
        console.print(f"  [yellow]rejected[/yellow] {message}")
    for message in summary.warnings:
        console.print(f"  [yellow]warning[/yellow] {message}")


def main() -> None:
    sys.exit(app())


if __name__ == "__main__":
    main()
