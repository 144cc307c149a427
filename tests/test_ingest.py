"""Ingestion: encodings detected, same content recognized, bad files rejected with a reason."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from pipeline.batch import merge_batches, process_batch
from pipeline.ingest import (
    BINARY,
    DUPLICATE,
    EMPTY,
    UNDECODABLE,
    RawDocument,
    Rejection,
    doc_id_for,
    list_raw_files,
    read_document,
)
from tests.conftest import seed_paths, seed_text

ENCODINGS = [
    # (how the bytes are made, the encoding we expect to report)
    (lambda t: t.encode("utf-8"), "utf-8"),
    (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    (lambda t: t.encode("gb18030"), "gb18030"),
    (lambda t: t.encode("utf-16"), "utf-16"),
    (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    (lambda t: t.encode("utf-16-le"), "utf-16-le"),
]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
@pytest.mark.parametrize(("encode", "expected"), ENCODINGS, ids=[e for _, e in ENCODINGS])
def test_seed_reencoded_decodes_to_same_text(tmp_path, path, encode, expected) -> None:
    text = path.read_text(encoding="utf-8")
    doc = read_document(_write(tmp_path, "doc.txt", encode(text)), tmp_path)
    assert isinstance(doc, RawDocument), doc
    assert doc.text == text
    assert doc.encoding == expected
    assert doc.doc_id == doc_id_for(text)


@pytest.mark.parametrize("prefix", ["001", "003", "004"])  # the others hold characters GBK lacks
def test_gbk_seed_decodes(tmp_path, prefix) -> None:
    text = seed_text(prefix)
    doc = read_document(_write(tmp_path, "gbk.txt", text.encode("gbk")), tmp_path)
    assert isinstance(doc, RawDocument) and doc.text == text


def test_short_gbk_text_is_not_mistaken_for_utf16(tmp_path) -> None:
    title = "南京市公安局2024年度法治政府建设情况报告"
    doc = read_document(_write(tmp_path, "short.txt", title.encode("gbk")), tmp_path)
    assert isinstance(doc, RawDocument) and doc.text == title


def test_mirror_with_toned_pinyin_glosses_decodes(tmp_path) -> None:
    """A mirror's pinyin glosses (公開(kāi), 網(wǎng)) are text, not a wrong decode."""
    text = "湖南省交通運輸廳2020年度政府信息公開(kāi)報告\n公開(kāi)方式:政府網(wǎng)站 發(fā)文日期:2021-01-29\n" * 3
    doc = read_document(_write(tmp_path, "mirror.txt", text.encode("utf-8")), tmp_path)
    assert isinstance(doc, RawDocument) and doc.text == text


BAD_FILES = [
    ("empty.txt", b"", EMPTY),
    ("blank.txt", b"  \n\r\n ", EMPTY),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, BINARY),
    ("random.bin", bytes((i * 97 + 13) % 256 for i in range(4096)), BINARY),  # has NUL bytes
    ("noise.txt", bytes(1 + (i * 131 + 7) % 255 for i in range(4096)), UNDECODABLE),  # none
    ("latin.txt", "Café résumé naïve".encode("latin-1"), UNDECODABLE),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_are_rejected_with_reason_naming_the_file(tmp_path, name, data, reason) -> None:
    result = read_document(_write(tmp_path, name, data), tmp_path)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert name in result.message


def test_random_bytes_are_rejected(tmp_path) -> None:
    for seed in range(20):
        data = os.urandom(3000)
        if seed % 2:
            data = data.replace(b"\x00", b"\x01")  # no NUL: must fail decoding, not the NUL test
        result = read_document(_write(tmp_path, f"r{seed}.dat", data), tmp_path)
        assert isinstance(result, Rejection), seed
        assert result.reason in {BINARY, UNDECODABLE}


def test_same_report_in_two_encodings_is_one_document(tmp_path) -> None:
    text = seed_text("004")
    (tmp_path / "a").mkdir()
    _write(tmp_path / "a", "report.txt", text.encode("utf-8"))
    _write(tmp_path, "copy-gbk.txt", text.encode("gb18030"))
    _write(tmp_path, "empty.txt", b"")
    merged = merge_batches([process_batch(list_raw_files(tmp_path), tmp_path)])
    assert [d["source_path"] for d in merged.documents] == ["a/report.txt"]
    reasons = {r.source_path: r.reason for r in merged.rejections}
    assert reasons == {"copy-gbk.txt": DUPLICATE, "empty.txt": EMPTY}
    duplicate = next(r for r in merged.rejections if r.reason == DUPLICATE)
    assert duplicate.duplicate_of == "a/report.txt" and "a/report.txt" in duplicate.message


def test_list_raw_files_is_recursive_and_skips_hidden(tmp_path) -> None:
    (tmp_path / "2023" / "deep").mkdir(parents=True)
    _write(tmp_path / "2023" / "deep", "x.txt", b"x")
    _write(tmp_path, ".DS_Store", b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in list_raw_files(tmp_path)] == ["2023/deep/x.txt"]
    with pytest.raises(FileNotFoundError, match="does not exist"):
        list_raw_files(tmp_path / "missing")
