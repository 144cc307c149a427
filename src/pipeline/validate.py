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
