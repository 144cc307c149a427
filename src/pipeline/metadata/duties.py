"""A bureau that calls itself only 我局, named from the duties its text describes."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from pipeline.metadata.vocabulary import BUREAU_SELF

_BUREAU_DUTIES = Path(__file__).parent.parent / "data" / "bureau_duties.csv"

# A bureau is named from its duties only when they clearly point one way.
MIN_DUTY_HITS = 2
MIN_DUTY_LEAD = 2.0


@lru_cache(maxsize=1)
def _duty_table() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    with _BUREAU_DUTIES.open(encoding="utf-8") as handle:
        return tuple((row["bureau"], row["self"], tuple(row["keywords"].split("|"))) for row in csv.DictReader(handle))


def bureau_from_duties(text: str) -> str | None:
    """我局 in a text that never names itself: the bureau whose duties it describes
    (企业开办, 个体工商户 → 市场监督管理局), when they clearly point to one."""
    selves = set(BUREAU_SELF.findall(text))
    # a province's department says 我厅: the bureau's duties, its name ending in 厅 (生态环境厅)
    bureaus = [(bureau, words) for bureau, self, words in _duty_table() if self in selves]
    if "厅" in selves:
        bureaus += [(bureau[:-1] + "厅", words) for bureau, self, words in _duty_table() if self == "局"]
    scores = sorted(((sum(text.count(word) for word in words), bureau) for bureau, words in bureaus), reverse=True)
    if not scores or scores[0][0] < MIN_DUTY_HITS:
        return None
    runner_up = next((score for score, bureau in scores[1:] if bureau[:2] != scores[0][1][:2]), 0)
    return scores[0][1] if scores[0][0] >= MIN_DUTY_LEAD * runner_up else None
