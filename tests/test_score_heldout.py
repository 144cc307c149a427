"""The held-out scorer: it must count a field right exactly when the shared scorer does."""
from __future__ import annotations

import importlib.util
import json
import shutil

import pytest

from tests.conftest import GOLD_DIR, ROOT, seed_paths

SCORER = GOLD_DIR.parent / "score.py"


def _script():
    spec = importlib.util.spec_from_file_location("score_heldout", ROOT / "scripts" / "score_heldout.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def seed_set(tmp_path, gold_documents):
    """The seeds as one held-out set, with one gold record made wrong on purpose."""
    (tmp_path / "raw").mkdir()
    (tmp_path / "gold").mkdir()
    for path in seed_paths():
        shutil.copyfile(path, tmp_path / "raw" / path.name)
    for name, record in gold_documents.items():
        if name.startswith("002_"):
            record = {**record, "agency": "某某局", "report_year": 1999}
        (tmp_path / "gold" / name.replace(".txt", ".jsonl")).write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return tmp_path


def test_scores_each_field_like_the_shared_scorer(seed_set, capsys):
    script = _script()
    rows = script.score_sets([seed_set], script.load_scorer(SCORER))
    assert len(rows) == 5
    wrong = {(r["doc"][:3], f) for r in rows for f, v in r["fields"].items() if not v["ok"]}
    assert wrong == {("002", "agency"), ("002", "report_year")}

    assert script.main([str(seed_set), "--scorer", str(SCORER)]) == 0
    table = capsys.readouterr().out
    assert "| all | 5 | 0.800 | 1.000 | 1.000 | 1.000 | 0.800 | 1.000 | 1.000 | 1.000 |" in table


def test_lists_changes_against_a_baseline(seed_set, tmp_path_factory, capsys):
    script = _script()
    baseline = tmp_path_factory.mktemp("b") / "base.json"
    assert script.main([str(seed_set), "--scorer", str(SCORER), "--json", str(baseline)]) == 0
    rows = json.loads(baseline.read_text(encoding="utf-8"))
    for row in rows:  # pretend the baseline got one agency wrong and another right by chance
        if row["doc"].startswith("000_"):
            row["fields"]["agency"].update(pred="南京市", ok=False)
    baseline.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    script.main([str(seed_set), "--scorer", str(SCORER), "--baseline", str(baseline)])
    moved = [line for line in capsys.readouterr().out.splitlines() if line[:2] in ("+ ", "- ", "~ ")]
    assert moved == [f"+ {seed_set.name}/000_a36333c96ce77c4d.txt agency: gold '南京市公安局'; '南京市' -> '南京市公安局'"]


def test_refuses_a_folder_that_is_no_set(tmp_path):
    with pytest.raises(SystemExit):
        _script().main([str(tmp_path)])
