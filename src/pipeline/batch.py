"""The pipeline's stages over a batch of files, as plain functions a flow (or a test) can call.

A batch is the unit of work an orchestrator schedules: large enough that per-task overhead is
small next to it, small enough that memory stays bounded. Rows leave a batch as Polars frames.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl

from pipeline.clean import clean
from pipeline.catalog import map_rows
from pipeline.extract import mention_rows, section_rows
from pipeline.ingest import RawDocument, Rejection, drop_duplicates, read_document
from pipeline.metadata import OTHER, extract_metadata
from pipeline.schema import table


@dataclass
class BatchResult:
    documents: list[dict] = field(default_factory=list)
    # Row tables leave a batch as Polars frames: columnar, a fraction of the memory of dicts.
    mentions: pl.DataFrame = field(default_factory=lambda: table("mentions").empty_frame())
    sections: pl.DataFrame = field(default_factory=lambda: table("sections").empty_frame())
    texts: pl.DataFrame = field(default_factory=lambda: table("texts").empty_frame())
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # touched files whose bytes hash the same
    stats: dict[str, tuple[int, int, str | None]] = field(default_factory=dict)  # path → bytes, mtime, sha
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, summed over files

    def keep_rows_of(self, source_paths) -> None:
        """Keep the mention, section and text rows of these documents only."""
        paths = list(source_paths)
        self.mentions = self.mentions.filter(pl.col("source_path").is_in(paths))
        self.sections = self.sections.filter(pl.col("source_path").is_in(paths))
        self.texts = self.texts.filter(pl.col("source_path").is_in(paths))



class _Stopwatch:
    """Adds the time spent in each stage to a dict, so runs can report time per stage."""

    def __init__(self, totals: dict[str, float]) -> None:
        self.totals = totals
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.totals[stage] = self.totals.get(stage, 0.0) + now - self.last
        self.last = now


def describe(doc: RawDocument, timings: dict[str, float] | None = None) -> tuple[dict, list[dict], list[dict]]:
    """The document row, the mention rows (mapped to indicators) and the section rows of a file."""
    watch = _Stopwatch({} if timings is None else timings)
    cleaned = clean(doc.text)
    watch.lap("clean")
    metadata = extract_metadata(cleaned)
    watch.lap("metadata")
    row = {
        "doc_id": doc.doc_id,
        "source_file": doc.source_file,
        "source_path": doc.source_path,
        **asdict(metadata),
        "encoding": doc.encoding,
        "n_bytes": doc.n_bytes,
        "n_chars": len(doc.text),
        "content_sha256": doc.content_sha256,
    }
    mentions = mention_rows(doc.doc_id, doc.source_path, metadata.report_year, cleaned)
    sections = section_rows(doc.doc_id, doc.source_path, metadata.report_year, cleaned)
    watch.lap("extract")
    map_rows(mentions)
    watch.lap("map")
    return row, mentions, sections


def process_batch(paths: list[Path], raw_dir: Path, known_sha: dict[str, str] | None = None) -> BatchResult:
    """Ingest, clean and describe each file; failures become rejections naming the file.
    A file whose bytes hash to its `known_sha` is only recorded as unchanged."""
    result = BatchResult()
    mentions: list[dict] = []
    sections: list[dict] = []
    texts: list[dict] = []
    for path in paths:
        watch = _Stopwatch(result.timings)
        relative = path.relative_to(raw_dir).as_posix()
        try:
            stat = path.stat()
            data = path.read_bytes()
        except OSError:
            stat, data = None, None
        sha = hashlib.sha256(data).hexdigest() if data is not None else None
        if stat is not None:
            result.stats[relative] = (stat.st_size, stat.st_mtime_ns, sha)
        if known_sha and sha is not None and known_sha.get(relative) == sha:
            result.unchanged.append(relative)
            watch.lap("ingest")
            continue
        doc = read_document(path, raw_dir, data)
        watch.lap("ingest")
        if isinstance(doc, Rejection):
            result.rejections.append(doc)
            continue
        row, doc_mentions, doc_sections = describe(doc, result.timings)
        mentions += doc_mentions
        sections += doc_sections
        texts.append(
            {"doc_id": doc.doc_id, "source_path": doc.source_path, "report_year": row["report_year"], "text": doc.text}
        )
        if row["doc_type"] == OTHER:
            result.warnings.append(
                f"{doc.source_path}: does not read as a government report or news article "
                "(doc_type=other); published, but check that it belongs in the corpus"
            )
        result.documents.append(row)
    result.mentions = table("mentions").frame(mentions)
    result.sections = table("sections").frame(sections)
    result.texts = table("texts").frame(texts)
    return result


def merge_batches(results: list[BatchResult], published: dict[str, str] | None = None) -> BatchResult:
    """Combine batches and resolve duplicates, which only the whole corpus can reveal;
    `published` (doc_id → path) are documents kept from earlier runs."""
    merged = BatchResult()
    for result in results:
        merged.documents += result.documents
        merged.rejections += result.rejections
        merged.warnings += result.warnings
        merged.unchanged += result.unchanged
        merged.stats.update(result.stats)
        for stage, seconds in result.timings.items():
            merged.timings[stage] = merged.timings.get(stage, 0.0) + seconds
    for name in ("mentions", "sections", "texts"):  # one concatenation, not one per batch
        frames = [getattr(merged, name)] + [getattr(result, name) for result in results]
        setattr(merged, name, pl.concat(frames))
    merged.documents, duplicates = drop_duplicates(merged.documents, published)
    merged.keep_rows_of(row["source_path"] for row in merged.documents)
    merged.rejections = sorted(merged.rejections + duplicates, key=lambda r: r.source_path)
    return merged


def split_batches(paths: list[Path], batch_size: int) -> list[list[Path]]:
    return [paths[i : i + batch_size] for i in range(0, len(paths), batch_size)]


def documents_frame(rows: list[dict]) -> pl.DataFrame:
    return table("documents").frame(rows)


def rejects_frame(rejections: list[Rejection]) -> pl.DataFrame:
    rows = [
        {
            "source_path": r.source_path,
            "source_file": r.source_file,
            "reason": r.reason,
            "message": r.message,
            "n_bytes": r.n_bytes,
            "duplicate_of": r.duplicate_of,
        }
        for r in rejections
    ]
    return table("rejects").frame(rows)
