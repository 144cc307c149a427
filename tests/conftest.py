from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW_DIR = ROOT / "data" / "raw"
GOLD_DIR = ROOT.parent / "shared" / "eval" / "gold"


def seed_paths() -> list[Path]:
    return sorted(RAW_DIR.glob("*.txt"))


def seed_path_by_prefix(prefix: str) -> Path:
    return next(RAW_DIR.glob(f"{prefix}*.txt"))


def seed_text(prefix: str) -> str:
    return seed_path_by_prefix(prefix).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold_documents() -> dict[str, dict]:
    """Gold document records when ../shared is beside the checkout (it is in CI)."""
    if not GOLD_DIR.is_dir():
        pytest.skip("../shared/eval/gold is not beside this checkout")
    records = {}
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        record = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        records[record["doc"]] = record
    return records


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for every flow test (starting one costs seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
