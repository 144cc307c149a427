"""Ingest: find every raw file, decode it, and give it a content-derived id.

Government offices save text as UTF-8 (with or without BOM), GB18030/GBK or UTF-16. Detection
uses charset-normalizer; its guesses are checked against what a Chinese report looks like, because
on short texts it happily decodes GBK bytes as UTF-16 gibberish.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

# Reasons a file is not published, kept as stable codes so a scheduler or analyst can group them.
EMPTY = "empty_file"
BINARY = "binary_file"
UNDECODABLE = "undecodable"
DUPLICATE = "duplicate"
UNREADABLE = "unreadable"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WHITESPACE = re.compile(r"\s+")
# Characters a Chinese government text is made of: CJK ideographs and punctuation, full-width
# forms, ASCII, toned pinyin (開(kāi), a mirror's glosses), general punctuation and whitespace.
# Anything else in bulk means a wrong decode.
_IMPLAUSIBLE = re.compile(
    r"[^\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2000-\u206f"
    r"\u0020-\u007e\u00a0-\u024f\u02c7-\u02d9\u2100-\u25ff\s]"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_PLAUSIBLE_SHARE = 0.97


@dataclass(frozen=True)
class RawDocument:
    """A decoded raw file. `text` is the exact decoded text all character offsets refer to."""

    source_path: str  # relative to the raw directory, '/'-separated
    n_bytes: int
    encoding: str
    text: str
    content_sha256: str  # of the raw bytes: what incremental runs compare
    doc_id: str  # of the normalized text: the same report in two encodings gets one id

    @property
    def source_file(self) -> str:
        return self.source_path.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Rejection:
    """A raw file that could not become a document, with a reason a person can act on."""

    source_path: str
    reason: str
    message: str
    n_bytes: int = 0
    duplicate_of: str | None = None

    @property
    def source_file(self) -> str:
        return self.source_path.rsplit("/", 1)[-1]


def list_raw_files(raw_dir: Path) -> list[Path]:
    """Every regular file below raw_dir, in a stable order; hidden files are editor/OS litter."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw directory {raw_dir} does not exist or is not a directory")
    return sorted(
        p
        for p in raw_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(raw_dir).parts)
    )


def doc_id_for(text: str) -> str:
    """Stable id from the content, blind to encoding, width forms and layout whitespace."""
    normalized = _WHITESPACE.sub("", unicodedata.normalize("NFKC", text))
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


def plausible_share(text: str) -> float:
    if not text:
        return 0.0
    return 1 - len(_IMPLAUSIBLE.findall(text)) / len(text)


def _is_plausible_chinese(text: str) -> bool:
    return plausible_share(text) >= MIN_PLAUSIBLE_SHARE and bool(_CJK.search(text))


def detect_and_decode(data: bytes) -> tuple[str, str] | None:
    """Return (text, encoding) or None when no encoding yields a plausible Chinese text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return (text, encoding) if _is_plausible_chinese(text) else None
    try:
        text = data.decode("utf-8")
        if _is_plausible_chinese(text):
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    for match in charset_normalizer.from_bytes(data):
        text = str(match)
        if _is_plausible_chinese(text):
            return text, _canonical_encoding(match.encoding)
    # GB18030 decodes any GBK byte string; charset-normalizer may not offer it for short texts.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return (text, "gb18030") if _is_plausible_chinese(text) else None


def _canonical_encoding(name: str) -> str:
    return codecs.lookup(name).name


def _looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 text mean a binary file (PDF, image, archive)."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    head = data[:8192]
    if b"\x00" not in head:
        return False
    # BOM-less UTF-16: every other byte NUL in ASCII stretches, but CJK text has few NULs.
    nul_share = head.count(b"\x00") / len(head)
    return not (_decodes_as_utf16(data) and nul_share < 0.5)


def _decodes_as_utf16(data: bytes) -> bool:
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            if _is_plausible_chinese(data.decode(encoding)):
                return True
        except UnicodeDecodeError:
            continue
    return False


def read_document(path: Path, raw_dir: Path, data: bytes | None = None) -> RawDocument | Rejection:
    """Decode one file (or its bytes, when the caller read them already); every failure becomes a
    Rejection that names the file and the problem."""
    relative = path.relative_to(raw_dir).as_posix()
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            return Rejection(relative, UNREADABLE, f"{relative}: cannot be read ({exc.strerror or exc})")
    if not data.strip():
        return Rejection(relative, EMPTY, f"{relative}: the file is empty", len(data))
    if _looks_binary(data):
        return Rejection(
            relative,
            BINARY,
            f"{relative}: binary content (NUL bytes), not a text file; extract its text first",
            len(data),
        )
    decoded = detect_and_decode(data)
    if decoded is None:
        return Rejection(
            relative,
            UNDECODABLE,
            f"{relative}: no encoding (UTF-8/16/32, GB18030, …) decodes it into Chinese text",
            len(data),
        )
    text, encoding = decoded
    return RawDocument(
        source_path=relative,
        n_bytes=len(data),
        encoding=encoding,
        text=text,
        content_sha256=hashlib.sha256(data).hexdigest(),
        doc_id=doc_id_for(text),
    )


def drop_duplicates(
    rows: list[dict], published: dict[str, str] | None = None
) -> tuple[list[dict], list[Rejection]]:
    """Keep the first row of each doc_id (path order); the others are recorded, not lost.
    `published` maps doc_id → path of documents an earlier run published and this one keeps."""
    kept: dict[str, dict] = {}
    earlier = {doc_id: {"source_path": path} for doc_id, path in (published or {}).items()}
    duplicates: list[Rejection] = []
    for row in sorted(rows, key=lambda r: r["source_path"]):
        first = earlier.get(row["doc_id"]) or kept.get(row["doc_id"])
        if first is None:
            kept[row["doc_id"]] = row
            continue
        duplicates.append(
            Rejection(
                row["source_path"],
                DUPLICATE,
                f"{row['source_path']}: same content as {first['source_path']} "
                f"(doc_id {row['doc_id']}); published once under the first name",
                row["n_bytes"],
                duplicate_of=first["source_path"],
            )
        )
    return list(kept.values()), duplicates
