"""Score the document fields on held-out sets: folders of pages with gold the rules never saw.

A held-out set is a folder with `raw/` (the page texts) and `gold/` (one JSONL per text whose first
line is its document record, as in ../shared/eval/gold). The texts are copies of public pages and
stay out of the repository (docs/heldout.md), so this script is how a stop measures first contact
and checks a rule against every set it still has on its machine.

    uv run python scripts/score_heldout.py SET_DIR... [--json OUT] [--baseline OLD.json]

It runs the library in-process (ingest, clean, metadata: no Prefect, no Parquet) and compares each
field exactly as ../shared/eval/score.py does. `--json` keeps every document's gold and prediction;
`--baseline` lists the fields that changed against an earlier `--json`, to review a rule.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import asdict
from pathlib import Path

from pipeline.clean import clean
from pipeline.ingest import Rejection, read_document
from pipeline.metadata import extract_metadata

ROOT = Path(__file__).resolve().parents[1]
GENRES = ("annual_report", "news", "other")


def load_scorer(path: Path):
    """The shared scorer, so that a field counts as right here exactly when it does there."""
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or not path.is_file():
        sys.exit(f"score_heldout: no scorer at {path} (give --scorer)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_records(set_dir: Path) -> list[dict]:
    records = []
    for path in sorted((set_dir / "gold").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if not lines:
            sys.exit(f"score_heldout: {path} is empty; its first line must be the document record")
        records.append(json.loads(lines[0]))
    return records


def predict(raw_dir: Path, name: str) -> dict | None:
    doc = read_document(raw_dir / name, raw_dir)
    if isinstance(doc, Rejection):
        return None
    return asdict(extract_metadata(clean(doc.text)))


def score_sets(set_dirs: list[Path], scorer) -> list[dict]:
    rows = []
    for set_dir in set_dirs:
        for gold in gold_records(set_dir):
            pred = predict(set_dir / "raw", gold["doc"]) or {}
            fields = {}
            for field in scorer.DOC_FIELDS:
                value = pred.get("published_date" if field == "published" else field)
                value = None if value is None else str(value)
                ok = scorer.norm_text(gold.get(field)) == scorer.norm_text(value)
                fields[field] = {"gold": gold.get(field), "pred": value, "ok": ok}
            rows.append({"set": set_dir.name, "doc": gold["doc"], "genre": gold.get("doc_type"), "fields": fields})
    return rows


def accuracy_table(rows: list[dict], fields: list[str]) -> str:
    def line(label: str, group: list[dict]) -> str:
        cells = [f"{sum(r['fields'][f]['ok'] for r in group) / len(group):.3f}" for f in fields]
        return f"| {label} | {len(group)} | " + " | ".join(cells) + " |"

    out = ["| texts | n | " + " | ".join(fields) + " |", "|---" * (len(fields) + 2) + "|", line("all", rows)]
    for genre in GENRES:
        group = [r for r in rows if r["genre"] == genre]
        if group:
            out.append(line(f"gold {genre}", group))
    return "\n".join(out)


def changes(baseline: list[dict], rows: list[dict]) -> list[str]:
    """One line per field whose prediction moved: + now right, - now wrong, ~ still wrong."""
    before = {(r["set"], r["doc"]): r for r in baseline}
    out = []
    for row in rows:
        old = before.get((row["set"], row["doc"]))
        if old is None:
            continue
        for field, now in row["fields"].items():
            was = old["fields"][field]
            if was["pred"] != now["pred"]:
                mark = "+" if now["ok"] and not was["ok"] else "-" if was["ok"] and not now["ok"] else "~"
                out.append(f"{mark} {row['set']}/{row['doc']} {field}: gold {now['gold']!r}; {was['pred']!r} -> {now['pred']!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", type=Path, help="held-out set folders (each with raw/ and gold/)")
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    parser.add_argument("--json", type=Path, help="write every document's fields here")
    parser.add_argument("--baseline", type=Path, help="an earlier --json to list changes against")
    args = parser.parse_args(argv)
    for set_dir in args.sets:
        if not (set_dir / "raw").is_dir() or not (set_dir / "gold").is_dir():
            parser.error(f"{set_dir} is no held-out set: it needs raw/ and gold/ folders")
    scorer = load_scorer(args.scorer)
    rows = score_sets(args.sets, scorer)
    if not rows:
        parser.error("no gold records in those sets")
    print(accuracy_table(rows, list(scorer.DOC_FIELDS)))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.baseline:
        moved = changes(json.loads(args.baseline.read_text(encoding="utf-8")), rows)
        print("\n".join(moved) if moved else "no field changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
