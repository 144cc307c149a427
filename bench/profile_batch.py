"""Profile the hot path (one batch of generated reports through every stage) with pyinstrument.

    uv run python bench/profile_batch.py [--docs 300] [--out docs/profile.txt]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from pyinstrument import Profiler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    from scale_corpus import build

    from pipeline.batch import process_batch

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "profile.txt")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch)
        paths = build(args.docs, raw)
        process_batch(paths[:5], raw)  # warm caches (division table, catalog, regexes)
        profiler = Profiler(interval=0.0005)
        profiler.start()
        process_batch(paths, raw)
        profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    args.out.write_text(text, encoding="utf-8")
    print(text[:4000])


if __name__ == "__main__":
    main()
