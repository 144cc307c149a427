"""Contracts: derived from one definition, and bad rows quarantined with the failed check."""
from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest

from pipeline.schema import data_dictionary, load_tables, table
from pipeline.validate import ContractViolation, validate

GOOD = {
    "doc_id": "0123456789abcdef",
    "source_file": "a.txt",
    "source_path": "a.txt",
    "agency": "南京市公安局",
    "agency_key": "南京市公安局",
    "province": "江苏省",
    "city": "南京市",
    "district": None,
    "report_year": 2024,
    "published_date": dt.date(2025, 2, 28),
    "doc_type": "annual_report",
    "title": "南京市公安局2024年度法治政府建设情况报告",
    "encoding": "utf-8",
    "n_bytes": 100,
    "n_chars": 40,
    "content_sha256": "a" * 64,
}

BAD_ROWS = [
    ({"report_year": 1800}, "report_year: in_range(1990, 2100)"),
    ({"doc_type": "memo"}, "doc_type: isin"),
    ({"doc_id": "not-hex"}, "doc_id: str_matches"),
    ({"n_chars": 0}, "n_chars: greater_than_or_equal_to(1)"),
    ({"published_date": dt.date(1900, 1, 1)}, "published_date: in_range"),
    ({"source_file": None}, "source_file: not_nullable"),
    ({"content_sha256": "xyz"}, "content_sha256: str_matches"),
]


@pytest.mark.parametrize(("change", "failed_check"), BAD_ROWS, ids=[c for _, c in BAD_ROWS])
def test_bad_document_row_is_quarantined_with_reason(change, failed_check) -> None:
    good = dict(GOOD, doc_id="fedcba9876543210", source_file="b.txt", source_path="b.txt")
    bad = dict(GOOD, **change)
    result = validate(table("documents").frame([good, bad]), table("documents"), "run-1")
    assert result.valid.get_column("source_path").to_list() == ["b.txt"]
    assert result.quarantine.height >= 1
    row = result.quarantine.row(0, named=True)
    assert row["table_name"] == "documents" and row["run_id"] == "run-1"
    assert row["failed_check"].startswith(failed_check)
    assert json.loads(row["row_json"])["source_path"] == "a.txt"


def test_duplicate_keys_are_quarantined() -> None:
    frame = table("documents").frame([GOOD, dict(GOOD, source_path="copy.txt")])
    result = validate(frame, table("documents"), "run-1")
    assert result.valid.height == 0
    assert set(result.quarantine.get_column("failed_check")) == {"doc_id: field_uniqueness"}


def test_every_check_failure_is_collected() -> None:
    bad = dict(GOOD, report_year=1800, doc_type="memo", n_chars=0)
    result = validate(table("documents").frame([bad]), table("documents"), "run-1")
    assert result.quarantine.height == 3


def test_wrong_column_type_stops_the_table() -> None:
    frame = table("documents").frame([GOOD]).with_columns(pl.col("report_year").cast(pl.String))
    with pytest.raises(ContractViolation, match="report_year"):
        validate(frame, table("documents"), "run-1")


def test_missing_column_stops_the_table() -> None:
    frame = table("documents").frame([GOOD]).drop("title")
    with pytest.raises(ContractViolation, match="title"):
        validate(frame, table("documents"), "run-1")


@pytest.mark.parametrize("name", list(load_tables()))
def test_contract_arrow_schema_and_dictionary_agree(name: str) -> None:
    spec = table(name)
    assert list(spec.contract().columns) == spec.column_names
    assert spec.arrow_schema().names == spec.column_names
    assert list(spec.polars_schema()) == spec.column_names
    dictionary = data_dictionary()
    assert f"## `{name}`" in dictionary
    assert all(f"| `{c}` |" in dictionary for c in spec.column_names)
    validate(spec.empty_frame(), spec, "run-1")  # an empty table is valid


MENTION = {
    "mention_id": "0123456789abcdef",
    "doc_id": "0123456789abcdef",
    "source_file": "a.txt",
    "source_path": "a.txt",
    "report_year": 2024,
    "surface": "15次",
    "value": 15.0,
    "unit": "次",
    "kind": "count",
    "qualifier": "exact",
    "direction": None,
    "subject": "批示肯定",
    "char_start": 10,
    "char_end": 13,
    "sentence": "受到15次批示肯定。",
    "section_path": None,
}

BAD_MENTIONS = [
    ({"kind": "percent", "unit": "%", "value": 1500.0}, "percent_level_within_0_1000"),
    ({"direction": "up"}, "direction_only_on_changes"),
    ({"char_start": 13, "char_end": 13}, "span_is_ordered"),
    ({"value": -3.0}, "value: greater_than_or_equal_to(0)"),
    ({"qualifier": "roughly"}, "qualifier: isin"),
    ({"kind": "ratio"}, "kind: isin"),
    ({"direction": "sideways", "kind": "change"}, "direction: isin"),
    ({"report_year": 3000}, "report_year: in_range"),
    ({"mention_id": "x"}, "mention_id: str_matches"),
]


@pytest.mark.parametrize(("change", "failed_check"), BAD_MENTIONS, ids=[c for _, c in BAD_MENTIONS])
def test_bad_mention_row_is_quarantined_with_reason(change, failed_check) -> None:
    good = dict(MENTION, mention_id="fedcba9876543210")
    result = validate(table("mentions").frame([good, dict(MENTION, **change)]), table("mentions"), "run-1")
    assert result.valid.get_column("mention_id").to_list() == ["fedcba9876543210"]
    assert any(check.startswith(failed_check) for check in result.quarantine.get_column("failed_check"))


def test_mentions_must_point_at_published_documents() -> None:
    from pipeline.validate import validate_references

    documents = table("documents").frame([dict(GOOD, n_chars=12)])
    mentions = table("mentions").frame(
        [
            dict(MENTION, mention_id="1" * 16, char_start=1, char_end=5),  # fine
            dict(MENTION, mention_id="2" * 16, char_start=10, char_end=13),  # ends past the text
            dict(MENTION, mention_id="3" * 16, doc_id="f" * 16),  # no such document
        ]
    )
    result = validate_references(mentions, documents, "run-1")
    assert result.valid.get_column("mention_id").to_list() == ["1" * 16]
    assert sorted(result.quarantine.get_column("failed_check")) == [
        "char_end: within documents.n_chars",
        "doc_id: references documents.doc_id",
    ]


def test_generated_contracts_and_dictionary_are_current() -> None:
    """contracts/pandera/*.yaml and docs/data_dictionary.md are regenerated by `pipeline contracts`."""
    from pipeline.schema import pandera_yaml
    from tests.conftest import ROOT

    for name in load_tables():
        assert (ROOT / "contracts" / "pandera" / f"{name}.yaml").read_text(encoding="utf-8") == pandera_yaml(name)
    assert (ROOT / "docs" / "data_dictionary.md").read_text(encoding="utf-8") == data_dictionary()
