"""Extraction speed next to cn2an.transform on the same text, measured in one run.

    uv run python bench/extract_speed.py [--repeat N] [--json]

The corpus is the sample reports in data/raw/. Both sides get the same decoded texts; the
extraction side does the whole job a document needs (clean with offset map + find, value,
qualify and attribute every mention), cn2an.transform only rewrites numerals.
"""
from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

import cn2an

from pipeline.clean import clean
from pipeline.extract import extract_mentions

ROOT = Path(__file__).resolve().parents[1]


def _rate(function, texts: list[str], repeat: int) -> float:
    """Characters per second of `function` over `texts`, best of `repeat` passes."""
    total = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - started)
    return total / best


def measure(texts: list[str], repeat: int = 5) -> dict:
    extraction = _rate(lambda t: extract_mentions(clean(t).text), texts, repeat)
    with warnings.catch_warnings():  # cn2an warns on every numeral it cannot read (十四五, 万)
        warnings.simplefilter("ignore")
        baseline = _rate(lambda t: cn2an.transform(t, "cn2an"), texts, repeat)
    return {
        "chars": sum(len(t) for t in texts),
        "extract_chars_per_s": round(extraction),
        "cn2an_transform_chars_per_s": round(baseline),
        "cn2an_ratio": round(extraction / baseline, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    result = measure(texts, args.repeat)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['chars']} chars: extraction {result['extract_chars_per_s']:,} chars/s, "
            f"cn2an.transform {result['cn2an_transform_chars_per_s']:,} chars/s, "
            f"ratio {result['cn2an_ratio']}"
        )


if __name__ == "__main__":
    main()
