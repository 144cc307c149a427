"""The pipeline's stages over a batch of files, as plain functions a flow (or a test) can call.

A batch is the unit of work an orchestrator schedules: large enough that per-task overhead is
small next to it, small enough that memory stays bounded. Only rows leave a batch, never texts.
"""
from __future__ import annotations

import hashlib
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
    mentions: list[dict] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # touched files whose bytes hash the same
    stats: dict[str, tuple[int, int, str | None]] = field(default_factory=dict)  # path → bytes, mtime, sha

    def extend(self, other: BatchResult) -> None:
        self.documents += other.documents
        self.mentions += other.mentions
        self.sections += other.sections
        self.rejections += other.rejections
        self.warnings += other.warnings
        self.unchanged += other.unchanged
        self.stats.update(other.stats)


def describe(doc: RawDocument) -> tuple[dict, list[dict], list[dict]]:
    """The document row, the mention rows (mapped to indicators) and the section rows of a file."""
    cleaned = clean(doc.text)
    metadata = extract_metadata(cleaned)
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
    map_rows(mentions)
    sections = section_rows(doc.doc_id, doc.source_path, metadata.report_year, cleaned)
    return row, mentions, sections


def process_batch(paths: list[Path], raw_dir: Path, known_sha: dict[str, str] | None = None) -> BatchResult:
    """Ingest, clean and describe each file; failures become rejections naming the file.
    A file whose bytes hash to its `known_sha` is only recorded as unchanged."""
    result = BatchResult()
    for path in paths:
        relative = path.relative_to(raw_dir).as_posix()
        try:
            stat = path.stat()
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            stat, sha = None, None
        if stat is not None:
            result.stats[relative] = (stat.st_size, stat.st_mtime_ns, sha)
        if known_sha and sha is not None and known_sha.get(relative) == sha:
            result.unchanged.append(relative)
            continue
        doc = read_document(path, raw_dir)
        if isinstance(doc, Rejection):
            result.rejections.append(doc)
            continue
        row, mentions, sections = describe(doc)
        result.mentions += mentions
        result.sections += sections
        if row["doc_type"] == OTHER:
            result.warnings.append(
                f"{doc.source_path}: does not read as a government report or news article "
                "(doc_type=other); published, but check that it belongs in the corpus"
            )
        result.documents.append(row)
    return result


def merge_batches(results: list[BatchResult], published: dict[str, str] | None = None) -> BatchResult:
    """Combine batches and resolve duplicates, which only the whole corpus can reveal;
    `published` (doc_id → path) are documents kept from earlier runs."""
    merged = BatchResult()
    for result in results:
        merged.extend(result)
    merged.documents, duplicates = drop_duplicates(merged.documents, published)
    published = {row["source_path"] for row in merged.documents}
    merged.mentions = [m for m in merged.mentions if m["source_path"] in published]
    merged.sections = [s for s in merged.sections if s["source_path"] in published]
    merged.rejections = sorted(merged.rejections + duplicates, key=lambda r: r.source_path)
    return merged


def split_batches(paths: list[Path], batch_size: int) -> list[list[Path]]:
    return [paths[i : i + batch_size] for i in range(0, len(paths), batch_size)]


def documents_frame(rows: list[dict]) -> pl.DataFrame:
    return table("documents").frame(rows)


def mentions_frame(rows: list[dict]) -> pl.DataFrame:
    return table("mentions").frame(rows)


def sections_frame(rows: list[dict]) -> pl.DataFrame:
    return table("sections").frame(rows)


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
