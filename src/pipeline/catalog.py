"""Catalog: map each mention to a canonical indicator, and pick one value per agency and year.

The catalog is data (`contracts/indicators.toml`); this module reads it, maps mentions with the
evidence each entry names, and derives the `indicators` table. A mention that matches nothing
stays unmapped in `mentions`; `unmapped_subjects` lists those to grow the catalog from.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import polars as pl

from pipeline.schema import contracts_dir, table

SUBJECT, CLAUSE, SENTENCE = 0.9, 0.7, 0.5
_CLAUSE_STOP = re.compile(r"[，。；：,;:！？!?]")


@dataclass(frozen=True)
class Indicator:  # noqa: D101 - fields mirror contracts/indicators.toml
    code: str
    name_zh: str
    name_en: str
    category: str
    definition: str
    kinds: tuple[str, ...]
    units: tuple[str, ...] | None
    subject_words: tuple[str, ...]
    context_words: tuple[str, ...]
    exclude_words: tuple[str, ...]
    subject_pattern: re.Pattern[str] = field(compare=False, repr=False)
    exclude_pattern: re.Pattern[str] | None = field(compare=False, repr=False)


def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@dataclass(frozen=True)
class Mapping:
    code: str
    confidence: float
    rule: str  # which evidence fired: subject:行政复议, clause:培训, sentence:普法+宣传


@lru_cache(maxsize=None)
def load_catalog(path: Path | None = None) -> tuple[Indicator, ...]:
    source = path or contracts_dir() / "indicators.toml"
    raw = tomllib.loads(source.read_text(encoding="utf-8"))
    catalog = []
    seen = set()
    for entry in raw["indicator"]:
        if entry["code"] in seen:
            raise ValueError(f"{source}: indicator code {entry['code']} appears twice")
        seen.add(entry["code"])
        catalog.append(
            Indicator(
                code=entry["code"],
                name_zh=entry["name_zh"],
                name_en=entry["name_en"],
                category=entry["category"],
                definition=entry["definition"],
                kinds=tuple(entry["kind"]),
                units=tuple(entry["unit"]) if "unit" in entry else None,
                subject_words=tuple(entry["subject"]),
                context_words=tuple(entry.get("context", ())),
                exclude_words=tuple(entry.get("exclude", ())),
                subject_pattern=_alternation(tuple(entry["subject"])),
                exclude_pattern=_alternation(tuple(entry["exclude"])) if entry.get("exclude") else None,
            )
        )
    return tuple(catalog)


def clause_of(sentence: str, surface: str) -> str:
    """The clause of the sentence that holds the mention (between two commas or stops)."""
    at = sentence.find(surface)
    if at < 0:
        return sentence
    starts = [m.end() for m in _CLAUSE_STOP.finditer(sentence, 0, at)]
    stop = _CLAUSE_STOP.search(sentence, at + len(surface))
    return sentence[starts[-1] if starts else 0 : stop.start() if stop else len(sentence)]


def map_mention(
    subject: str | None, sentence: str, surface: str, unit: str, kind: str,
    catalog: tuple[Indicator, ...] | None = None,
) -> Mapping | None:
    """The best indicator for one mention, or None."""
    catalog = catalog or load_catalog()
    # A count or measure whose counted noun was found is what that noun says, nothing nearer:
    # reading the clause would let 36个行政审批单位 borrow 审批事项 from the figure beside it.
    subject_only = bool(subject) and kind in ("count", "measure")
    subject = subject or ""
    clause = clause_of(sentence, surface)
    best: tuple[float, int, int, Mapping] | None = None
    for order, indicator in _candidates(catalog, kind):
        if indicator.units is not None and unit not in indicator.units:
            continue
        exclude = indicator.exclude_pattern
        if exclude is not None and (exclude.search(subject) or exclude.search(clause)):
            continue
        found = _evidence(indicator, subject, clause, sentence, subject_only)
        if found is None:
            continue
        confidence, word, rule = found
        key = (confidence, len(word), -order)
        if best is None or key > best[:3]:
            best = (*key, Mapping(indicator.code, confidence, rule))
    return best[3] if best else None


_BY_KIND: dict[int, dict[str, list[tuple[int, Indicator]]]] = {}


def _candidates(catalog: tuple[Indicator, ...], kind: str) -> list[tuple[int, Indicator]]:
    """The catalog entries that accept a kind, in catalog order (indexed once per catalog)."""
    index = _BY_KIND.get(id(catalog))
    if index is None:
        index = {}
        for order, indicator in enumerate(catalog):
            for accepted in indicator.kinds:
                index.setdefault(accepted, []).append((order, indicator))
        _BY_KIND[id(catalog)] = index
    return index.get(kind, [])


def _longest(pattern: re.Pattern[str], text: str) -> str | None:
    """The longest catalog word in `text` (alternatives are ordered longest first)."""
    found = pattern.findall(text)
    return max(found, key=len) if found else None


def _evidence(
    indicator: Indicator, subject: str, clause: str, sentence: str, subject_only: bool
) -> tuple[float, str, str] | None:
    for confidence, text, label in ((SUBJECT, subject, "subject"), (CLAUSE, clause, "clause")):
        if subject_only and label == "clause":
            return None
        word = _longest(indicator.subject_pattern, text)
        if word and (not indicator.context_words or label == "subject" or _any_in(indicator.context_words, sentence)):
            return confidence, word, f"{label}:{word}"
    word = _longest(indicator.subject_pattern, sentence)
    context = [w for w in indicator.context_words if w in sentence]
    if word and context:
        return SENTENCE, word, f"sentence:{word}+{context[0]}"
    return None


def _any_in(words: tuple[str, ...], text: str) -> bool:
    return any(word in text for word in words)


def map_rows(mentions: list[dict]) -> None:
    """Add indicator_code, indicator_confidence and indicator_rule to mention rows, in place."""
    catalog = load_catalog()
    for row in mentions:
        mapping = map_mention(row["subject"], row["sentence"], row["surface"], row["unit"], row["kind"], catalog)
        row["indicator_code"] = mapping.code if mapping else None
        row["indicator_confidence"] = mapping.confidence if mapping else None
        row["indicator_rule"] = mapping.rule if mapping else None


DOC_TYPE_RANK = {"annual_report": 0, "news": 1, "other": 2}
QUALIFIER_RANK = {"exact": 0, "more_than": 1, "approx": 2, "less_than": 3}


def indicators_frame(documents: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """One row per agency × report_year × indicator.

    When several mentions map to the same indicator for an agency and year, the row is taken
    from: an annual report before a news article; then the higher mapping confidence; then an
    exact figure before a qualified one (余/约/…); then the first in reading order (earliest
    document path, then earliest offset). Every candidate stays in `mentions`; `n_candidates`
    says how many there were.
    """
    spec = table("indicators")
    mapped = mentions.filter(pl.col("indicator_code").is_not_null())
    if mapped.height == 0:
        return spec.empty_frame()
    catalog = {i.code: i for i in load_catalog()}
    docs = documents.select("doc_id", pl.col("agency_key").alias("agency"), "province", "city", "district", "doc_type").filter(
        pl.col("agency").is_not_null()
    )
    joined = mapped.join(docs, on="doc_id", how="inner").with_columns(
        pl.col("doc_type").replace_strict(DOC_TYPE_RANK, default=9).alias("_type_rank"),
        pl.col("qualifier").replace_strict(QUALIFIER_RANK, default=9).alias("_qualifier_rank"),
    )
    key = ["agency", "report_year", "indicator_code"]
    ranked = joined.sort(
        ["_type_rank", "indicator_confidence", "_qualifier_rank", "source_path", "char_start"],
        descending=[False, True, False, False, False],
        nulls_last=True,
    )
    counts = ranked.group_by(key).len("n_candidates")
    # a report whose year is unknown still gets its count: null years join as equals
    chosen = ranked.unique(subset=key, keep="first", maintain_order=True).join(
        counts, on=key, how="left", nulls_equal=True
    )
    rows = [
        {
            "agency": row["agency"],
            "province": row["province"],
            "city": row["city"],
            "district": row["district"],
            "report_year": row["report_year"],
            "indicator_code": row["indicator_code"],
            "indicator_name": catalog[row["indicator_code"]].name_zh,
            "category": catalog[row["indicator_code"]].category,
            "value": row["value"],
            "unit": row["unit"],
            "kind": row["kind"],
            "qualifier": row["qualifier"],
            "direction": row["direction"],
            "confidence": row["indicator_confidence"],
            "mention_id": row["mention_id"],
            "doc_id": row["doc_id"],
            "source_path": row["source_path"],
            "n_candidates": row["n_candidates"],
        }
        for row in chosen.iter_rows(named=True)
    ]
    return spec.frame(rows)


def unmapped_subjects(mentions: pl.DataFrame, limit: int = 50) -> pl.DataFrame:
    """Unmapped mentions grouped by subject, most frequent first, with an example sentence."""
    return (
        mentions.filter(pl.col("indicator_code").is_null())
        .with_columns(pl.col("subject").fill_null("(no subject)"))
        .group_by("subject")
        .agg(
            pl.len().alias("mentions"),
            pl.col("unit").mode().first().alias("unit"),
            pl.col("kind").mode().first().alias("kind"),
            pl.col("sentence").first().alias("example"),
        )
        .sort(["mentions", "subject"], descending=[True, False])
        .head(limit)
    )
