"""End-to-end benchmark: N generated reports through the Prefect flow, with baselines in the same run.

    uv run python bench/run.py --docs 1000 [--json] [--task-runner threads|dask]
    uv run python bench/run.py --write-docs          # N = 100, 1,000, 10,000 → docs/benchmarks.md

For one N it builds the corpus (bench/scale_corpus.py), starts one local Prefect server (as a
deployment would have; its start-up is reported on its own), runs the main flow from scratch,
runs it again on the unchanged corpus, and measures in the same process:
- cn2an.transform over a sample of the same texts next to the extraction stage on that sample
  (`cn2an_ratio` = extraction chars/s ÷ cn2an.transform chars/s), and the same with cleaning;
- the I/O floor: reading the same bytes and writing the same rows to Parquet.
Each N runs in its own process, so peak resident memory is that N's.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
SAMPLE_DOCS = 200  # texts the side-by-side baselines run on


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)  # Linux reports KiB


def _rate(function, texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        function(text)
    return sum(map(len, texts)) / (time.perf_counter() - started)


def baselines(texts: list[str]) -> dict:
    """Extraction next to cn2an.transform on the same texts, in this process, best of three."""
    import cn2an

    from pipeline.clean import clean
    from pipeline.extract import extract_mentions

    cleaned = [clean(t).text for t in texts]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cn2an warns on every numeral it cannot read
        transform = max(_rate(lambda t: cn2an.transform(t, "cn2an"), cleaned) for _ in range(3))
    extraction = max(_rate(extract_mentions, cleaned) for _ in range(3))
    with_clean = max(_rate(lambda t: extract_mentions(clean(t).text), texts) for _ in range(3))
    return {
        "extract_chars_per_s": round(extraction),
        "extract_with_clean_chars_per_s": round(with_clean),
        "cn2an_transform_chars_per_s": round(transform),
        "cn2an_ratio": round(extraction / transform, 2),
        "cn2an_ratio_with_clean": round(with_clean / transform, 2),
    }


def io_floor(raw_dir: Path, curated_dir: Path) -> float:
    """Seconds to read every raw byte and write the published rows to Parquet: no pipeline can
    be faster than this."""
    import polars as pl

    started = time.perf_counter()
    for path in raw_dir.rglob("*.txt"):
        path.read_bytes()
    with tempfile.TemporaryDirectory() as scratch:
        for table in ("documents", "mentions", "indicators", "sections"):
            frame = pl.read_parquet(str(curated_dir / table / "**" / "*.parquet"))
            frame.write_parquet(Path(scratch) / f"{table}.parquet", compression="zstd")
    return time.perf_counter() - started


def run_one(docs: int, task_runner: str, workdir: Path) -> dict:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from scale_corpus import build

    from flows.main import pipeline_run
    from flows.runners import make_task_runner, shared_prefect_api

    raw, curated = workdir / "raw", workdir / "curated"
    shutil.rmtree(workdir, ignore_errors=True)
    build(docs, raw)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in raw.rglob("*.txt"))

    started = time.perf_counter()
    with shared_prefect_api():
        server_start = time.perf_counter() - started
        flow = pipeline_run.with_options(task_runner=make_task_runner(task_runner, None, 2))
        started = time.perf_counter()
        first = flow(raw_dir=str(raw), curated_dir=str(curated))
        wall = time.perf_counter() - started
        started = time.perf_counter()
        second = flow(raw_dir=str(raw), curated_dir=str(curated))
        rerun = time.perf_counter() - started
    assert second.documents_processed == 0, "the re-run should skip every unchanged document"

    sample = [p.read_text(encoding="utf-8") for p in sorted(raw.rglob("*.txt"))[:SAMPLE_DOCS]]
    result = {
        "docs": docs,
        "chars": chars,
        "task_runner": task_runner,
        "wall_s": round(wall, 2),
        "docs_per_s": round(docs / wall, 1),
        "chars_per_s": round(chars / wall),
        "rerun_s": round(rerun, 2),
        "prefect_server_start_s": round(server_start, 2),
        "mentions": first.mentions,
        "indicators": first.indicators,
        "stages_s": first.timings_s,
        "io_floor_s": round(io_floor(raw, curated), 2),
        **baselines(sample),
    }
    result["peak_rss_mb"] = _peak_rss_mb()
    shutil.rmtree(workdir, ignore_errors=True)
    return result


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except OSError:
        memory_kb = 0
    return (f"{os.cpu_count()} cores ({cpu}), {memory_kb / 1024 / 1024:.0f} GiB RAM, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}")


def write_docs(results: list[dict], target: Path) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Written by `bench/run.py --write-docs`; do not edit by hand.",
        "",
        f"Machine: {machine()}.",
        "",
        "Each N runs in its own process: the corpus is built from `data/raw/` by "
        "`bench/scale_corpus.py` (other cities, shifted years, changed figures: no two documents "
        "share a doc_id), one local Prefect server is started (its start-up is listed apart, a "
        "deployment pays it once), the main flow runs from scratch (`wall_s`), then again on the "
        "unchanged corpus (`rerun_s`).",
        "",
        "| N | wall s | docs/s | chars/s | re-run s | peak RSS MB | I/O floor s | Prefect server start s | mentions | indicators |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        lines.append(
            f"| {r['docs']:,} | {r['wall_s']} | {r['docs_per_s']} | {r['chars_per_s']:,} | {r['rerun_s']} | "
            f"{r['peak_rss_mb']} | {r['io_floor_s']} | {r['prefect_server_start_s']} | {r['mentions']:,} | "
            f"{r['indicators']:,} |"
        )
    lines += [
        "",
        "Extraction next to `cn2an.transform`, measured side by side in the same process on the "
        f"first {SAMPLE_DOCS} documents of each corpus (`cn2an_ratio` = extraction chars/s ÷ "
        "cn2an.transform chars/s; the extraction stage reads the cleaned text, as cn2an.transform "
        "does here; the last column adds cleaning, offset map included):",
        "",
        "| N | extraction chars/s | cn2an.transform chars/s | cn2an_ratio | with cleaning chars/s | ratio with cleaning |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        lines.append(
            f"| {r['docs']:,} | {r['extract_chars_per_s']:,} | {r['cn2an_transform_chars_per_s']:,} | "
            f"{r['cn2an_ratio']} | {r['extract_with_clean_chars_per_s']:,} | {r['cn2an_ratio_with_clean']} |"
        )
    lines += [
        "",
        "Time per stage in the first run, seconds. `ingest_clean_extract`, `validate`, `publish` and "
        "`report` are wall time; `*_in_batches` are the time spent in that stage inside the batch "
        "tasks, summed over batches: two threads run batches side by side and wait for each other's "
        "interpreter lock, so these add up to more than the wall time.",
        "",
    ]
    stages = sorted({s for r in results for s in r["stages_s"]})
    lines += ["| N | " + " | ".join(stages) + " |", "| --- |" + " --- |" * len(stages)]
    for r in results:
        lines.append(f"| {r['docs']:,} | " + " | ".join(str(r["stages_s"].get(s, "")) for s in stages) + " |")
    lines += [
        "",
        "Reproduce: `uv run python bench/run.py --write-docs` (all three N, about 5 minutes), or "
        "`uv run python bench/run.py --docs N --json` for one.",
        "",
    ]
    target.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, help="corpus size N")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--task-runner", default="threads", choices=["threads", "dask"])
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--write-docs", action="store_true", help="run N = 100, 1000, 10000 and write docs/benchmarks.md")
    args = parser.parse_args()
    if args.write_docs:
        results = []
        for docs in (100, 1000, 10000):
            command = [sys.executable, __file__, "--docs", str(docs), "--json", "--task-runner", args.task_runner]
            completed = subprocess.run(command, capture_output=True, text=True, check=True)
            results.append(json.loads(completed.stdout.strip().splitlines()[-1]))
            print(json.dumps(results[-1]), flush=True)
        write_docs(results, ROOT / "docs" / "benchmarks.md")
        return
    if not args.docs:
        parser.error("give --docs N, or --write-docs")
    workdir = args.workdir or Path(tempfile.gettempdir()) / f"pipeline-bench-{args.docs}"
    result = run_one(args.docs, args.task_runner, workdir)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
