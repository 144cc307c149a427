"""Validate: hold every frame to its pandera contract before it is published.

Row failures are split off into quarantine rows (with the failed check and the row as JSON) and
the rest goes on; a failure of the table itself (missing column, wrong type) stops the run,
because publishing it would break every reader.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import pandera.errors
import polars as pl

from pipeline.schema import TableSpec, table


class ContractViolation(Exception):
    """A whole table breaks its contract; nothing of it may be published."""


@dataclass(frozen=True)
class Validated:
    valid: pl.DataFrame
    quarantine: pl.DataFrame


def validate(frame: pl.DataFrame, spec: TableSpec, run_id: str) -> Validated:
    quarantine_spec = table("quarantine")
    try:
        spec.contract().validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        failures = errors.failure_cases
    else:
        return Validated(frame, quarantine_spec.empty_frame())

    table_level = failures.filter(pl.col("index").is_null())
    if table_level.height:
        problems = "; ".join(
            f"{row['column']}: {row['check']} (found {row['failure_case']})"
            for row in table_level.iter_rows(named=True)
        )
        raise ContractViolation(f"table {spec.name} breaks its contract as a whole: {problems}")

    rows = []
    for failure in failures.sort("index", "column").iter_rows(named=True):
        record = frame.row(failure["index"], named=True)
        rows.append(
            {
                "run_id": run_id,
                "table_name": spec.name,
                "doc_id": record.get("doc_id"),
                "failed_check": (
                    f"{failure['column']}: {failure['check']}" if failure["column"] not in (None, spec.name)
                    else failure["check"]
                ),
                "row_json": json.dumps(record, ensure_ascii=False, default=str, sort_keys=True),
            }
        )
    bad = failures.get_column("index").unique().to_list()
    valid = frame.with_row_index("_row").filter(~pl.col("_row").is_in(bad)).drop("_row")
    return Validated(valid, quarantine_spec.frame(rows))


def validate_references(
    mentions: pl.DataFrame, documents: pl.DataFrame, run_id: str
) -> Validated:
    """Checks across tables: a mention belongs to a published document and lies inside its text."""
    quarantine_spec = table("quarantine")
    lengths = documents.select("doc_id", pl.col("n_chars").alias("_n_chars"))
    joined = mentions.with_row_index("_row").join(lengths, on="doc_id", how="left")
    orphan = joined.filter(pl.col("_n_chars").is_null())
    outside = joined.filter(pl.col("_n_chars").is_not_null() & (pl.col("char_end") > pl.col("_n_chars")))
    rows = []
    for failures, check in (
        (orphan, "doc_id: references documents.doc_id"),
        (outside, "char_end: within documents.n_chars"),
    ):
        for record in failures.drop("_row", "_n_chars").iter_rows(named=True):
            rows.append(
                {
                    "run_id": run_id,
                    "table_name": "mentions",
                    "doc_id": record["doc_id"],
                    "failed_check": check,
                    "row_json": json.dumps(record, ensure_ascii=False, default=str, sort_keys=True),
                }
            )
    bad = orphan.get_column("_row").to_list() + outside.get_column("_row").to_list()
    valid = mentions.with_row_index("_row").filter(~pl.col("_row").is_in(bad)).drop("_row")
    return Validated(valid, quarantine_spec.frame(rows))
