"""Table definitions: read once from contracts/tables.toml, derived into every other form.

From one column list come the pandera contract (polars backend), the Arrow schema every Parquet
file is written with, the polars schema frames are built with, and the Markdown data dictionary
(the approach of catalyst-cooperative/pudl), so a column cannot change in one place only.
"""
from __future__ import annotations

import datetime as dt
import importlib.resources
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandera.polars as pa
import polars as pl
import pyarrow as pa_arrow

_POLARS_TYPES = {
    "string": pl.String,
    "int32": pl.Int32,
    "int64": pl.Int64,
    "float64": pl.Float64,
    "date": pl.Date,
    "datetime": pl.Datetime("us", "UTC"),
    "bool": pl.Boolean,
}
_ARROW_TYPES = {
    "string": pa_arrow.string(),
    "int32": pa_arrow.int32(),
    "int64": pa_arrow.int64(),
    "float64": pa_arrow.float64(),
    "date": pa_arrow.date32(),
    "datetime": pa_arrow.timestamp("us", tz="UTC"),
    "bool": pa_arrow.bool_(),
}


# Checks across columns of one row, named in tables.toml under a table's `checks`. Each is a
# polars expression that is true for a valid row.
ROW_CHECKS: dict[str, tuple[pl.Expr, str]] = {
    "percent_level_within_0_1000": (
        # a share is at most 100, but a completion rate (完成任务的117.46%) may pass it
        (pl.col("kind") != "percent") | pl.col("value").is_between(0, 1000),
        "a percent level lies within 0–1000",
    ),
    "direction_only_on_changes": (
        (pl.col("kind") == "change") | pl.col("direction").is_null(),
        "only a change has a direction",
    ),
    "span_is_ordered": (pl.col("char_start") < pl.col("char_end"), "char_start < char_end"),
}


def contracts_dir() -> Path:
    """contracts/ of a source checkout, else the copy packed into the wheel."""
    checkout = Path(__file__).resolve().parents[2] / "contracts"
    if (checkout / "tables.toml").is_file():
        return checkout
    return Path(str(importlib.resources.files("pipeline") / "_contracts"))


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    type: str
    description: str
    nullable: bool = False
    unique: bool = False
    allowed: tuple | None = None
    min: object = None
    max: object = None
    pattern: str | None = None

    def checks(self) -> list[pa.Check]:
        checks = []
        if self.allowed is not None:
            checks.append(pa.Check.isin(list(self.allowed)))
        low, high = _bound(self.min, self.type), _bound(self.max, self.type)
        if low is not None and high is not None:
            checks.append(pa.Check.in_range(low, high))
        elif low is not None:
            checks.append(pa.Check.ge(low))
        elif high is not None:
            checks.append(pa.Check.le(high))
        if self.pattern is not None:
            checks.append(pa.Check.str_matches(self.pattern))
        return checks

    def rules(self) -> str:
        """The checks in words, for the data dictionary."""
        parts = ["nullable" if self.nullable else "required"]
        if self.unique:
            parts.append("unique")
        if self.allowed is not None:
            parts.append("one of " + ", ".join(f"`{v}`" for v in self.allowed))
        if self.min is not None:
            parts.append(f"≥ {self.min}")
        if self.max is not None:
            parts.append(f"≤ {self.max}")
        if self.pattern is not None:
            parts.append(f"matches `{self.pattern}`")
        return "; ".join(parts)


def _bound(value: object, type_name: str) -> object:
    if value is None:
        return None
    if type_name == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


@dataclass(frozen=True)
class TableSpec:
    name: str
    description: str
    grain: str
    columns: tuple[ColumnSpec, ...]
    primary_key: tuple[str, ...] = ()
    partition_by: str | None = None
    row_checks: tuple[str, ...] = ()
    order_by: tuple[str, ...] = ()  # row order in the files: reading order for mentions

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def polars_schema(self) -> pl.Schema:
        return pl.Schema({c.name: _POLARS_TYPES[c.type] for c in self.columns})

    def arrow_schema(self) -> pa_arrow.Schema:
        return pa_arrow.schema(
            [pa_arrow.field(c.name, _ARROW_TYPES[c.type], nullable=c.nullable) for c in self.columns]
        )

    def contract(self) -> pa.DataFrameSchema:
        return pa.DataFrameSchema(
            {
                c.name: pa.Column(
                    _POLARS_TYPES[c.type], checks=c.checks(), nullable=c.nullable, unique=c.unique
                )
                for c in self.columns
            },
            checks=[_row_check(name) for name in self.row_checks],
            name=self.name,
            strict=True,
            ordered=True,
            unique=list(self.primary_key) if len(self.primary_key) > 1 else None,
        )

    def empty_frame(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.polars_schema())

    def frame(self, rows: list[dict]) -> pl.DataFrame:
        """Build a frame in this table's column order and types from row dicts."""
        return pl.DataFrame(rows, schema=self.polars_schema(), orient="row") if rows else self.empty_frame()


def _row_check(name: str) -> pa.Check:
    expression, description = ROW_CHECKS[name]
    return pa.Check(
        lambda data: data.lazyframe.select(expression), name=name, error=f"{name}: {description}"
    )


@lru_cache(maxsize=None)
def load_tables(path: Path | None = None) -> dict[str, TableSpec]:
    source = path or contracts_dir() / "tables.toml"
    raw = tomllib.loads(source.read_text(encoding="utf-8"))
    tables = {}
    for name, spec in raw.items():
        columns = tuple(
            ColumnSpec(
                name=c["name"],
                type=c["type"],
                description=c["description"],
                nullable=c.get("nullable", False),
                unique=c.get("unique", False),
                allowed=tuple(c["allowed"]) if "allowed" in c else None,
                min=c.get("min"),
                max=c.get("max"),
                pattern=c.get("pattern"),
            )
            for c in spec["columns"]
        )
        unknown = {c.type for c in columns} - set(_POLARS_TYPES)
        if unknown:
            raise ValueError(f"{source}: table {name} uses unknown column types {sorted(unknown)}")
        unknown_checks = set(spec.get("checks", ())) - set(ROW_CHECKS)
        if unknown_checks:
            raise ValueError(f"{source}: table {name} names unknown checks {sorted(unknown_checks)}")
        tables[name] = TableSpec(
            name=name,
            description=spec["description"],
            grain=spec["grain"],
            columns=columns,
            primary_key=tuple(spec.get("primary_key", ())),
            partition_by=spec.get("partition_by"),
            row_checks=tuple(spec.get("checks", ())),
            order_by=tuple(spec.get("order_by", ())),
        )
    return tables


def table(name: str) -> TableSpec:
    return load_tables()[name]


def data_dictionary() -> str:
    """Markdown description of every table, generated from the contracts."""
    lines = ["# Data dictionary", "", "Generated from `contracts/tables.toml`; do not edit by hand.", ""]
    for spec in load_tables().values():
        lines += [f"## `{spec.name}`", "", spec.description, "", f"- Grain: {spec.grain}"]
        if spec.primary_key:
            lines.append(f"- Key: {', '.join(f'`{k}`' for k in spec.primary_key)}")
        if spec.partition_by:
            lines.append(f"- Partitioned by: `{spec.partition_by}` (hive layout)")
        for check in spec.row_checks:
            lines.append(f"- Row rule `{check}`: {ROW_CHECKS[check][1]}")
        lines += ["", "| column | type | rules | meaning |", "| --- | --- | --- | --- |"]
        lines += [f"| `{c.name}` | {c.type} | {c.rules()} | {c.description} |" for c in spec.columns]
        lines.append("")
    return "\n".join(lines)


def pandera_yaml(name: str) -> str:
    """A table's pandera contract in pandera's own YAML form (row rules listed in a comment:
    pandera serializes only registered checks)."""
    import warnings

    spec = table(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "only registered checks may be serialized"
        body = spec.contract().to_yaml()
    header = [f"# pandera contract of `{name}`, generated from contracts/tables.toml; do not edit."]
    header += [f"# row rule {check}: {ROW_CHECKS[check][1]}" for check in spec.row_checks]
    return "\n".join(header) + "\n" + body


def write_generated_docs(root: Path) -> list[Path]:
    """Regenerate contracts/pandera/*.yaml and docs/data_dictionary.md under a checkout."""
    written = []
    for name in load_tables():
        target = root / "contracts" / "pandera" / f"{name}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(pandera_yaml(name), encoding="utf-8")
        written.append(target)
    dictionary = root / "docs" / "data_dictionary.md"
    dictionary.parent.mkdir(parents=True, exist_ok=True)
    dictionary.write_text(data_dictionary(), encoding="utf-8")
    written.append(dictionary)
    return written
