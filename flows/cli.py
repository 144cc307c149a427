"""`pipeline`: the command line. Commands import their flow lazily so `--help` stays instant."""
from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

app = typer.Typer(
    help="Turn Chinese government rule-of-law reports into validated Parquet tables.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True, soft_wrap=True)  # never break a file name across lines


@app.callback()
def _main() -> None:
    """Exit codes: 0 all inputs published; 3 some inputs rejected or rows quarantined, the rest
    published; 1 the run failed; 2 bad command line."""


@app.command()
def run(
    raw_dir: Path = typer.Option(Path("data/raw"), help="Folder of raw report texts (searched recursively)."),
    curated_dir: Path = typer.Option(Path("data/curated"), help="Folder the Parquet tables are published to."),
    batch_size: int = typer.Option(200, min=1, help="Files per task."),
) -> None:
    """Run the whole pipeline on a folder of raw reports and publish the tables."""
    from flows.main import pipeline_run
    from pipeline.runs import EXIT_FAILED

    if not raw_dir.is_dir():
        console.print(f"[red]error:[/red] raw directory {raw_dir} does not exist or is not a directory")
        raise typer.Exit(EXIT_FAILED)
    try:
        summary = pipeline_run(raw_dir=str(raw_dir), curated_dir=str(curated_dir), batch_size=batch_size)
    except Exception as exc:  # the run failed as a whole: say why, exit non-zero
        console.print(f"[red]run failed:[/red] {exc}")
        raise typer.Exit(EXIT_FAILED) from exc
    _print_summary(summary)
    raise typer.Exit(summary.exit_code)


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
        f"[bold]run {summary.run_id}[/bold]: {summary.documents_seen} files seen, "
        f"{summary.documents_published} documents published, {summary.documents_rejected} rejected, "
        f"{summary.rows_quarantined} rows quarantined → {summary.curated_dir}"
    )
    for message in summary.rejections:
        console.print(f"  [yellow]rejected[/yellow] {message}")
    for message in summary.warnings:
        console.print(f"  [yellow]warning[/yellow] {message}")


def main() -> None:
    sys.exit(app())


if __name__ == "__main__":
    main()
