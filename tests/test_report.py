"""The review report: self-contained HTML, every mention highlighted, tooltips right, text escaped.

The browser test drives Debian's Chromium with Playwright (no browser download). The set-up
installs Chromium with apt when it is missing and this user may; otherwise it skips, saying why.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from opencc import OpenCC

from pipeline.report import build_report, write_report
from tests.conftest import seed_paths

pytestmark = pytest.mark.slow
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def curated(tmp_path_factory):
    from prefect.testing.utilities import prefect_test_harness

    from flows.main import pipeline_run

    root = tmp_path_factory.mktemp("report")
    raw = root / "raw"
    raw.mkdir()
    for path in seed_paths():
        shutil.copy(path, raw / path.name)
    (raw / "zz_script.txt").write_text(
        "某某县司法局2023年度法治政府建设情况报告\n\n2023年，县司法局坚持依法行政，办理案件12件。"
        "<script>window.PWNED = 1</script><b>粗体</b>\n\n某某县司法局\n2024年1月5日\n",
        encoding="utf-8",
    )
    (raw / "empty.txt").write_bytes(b"")
    jining = next(path for path in seed_paths() if path.name.startswith("001_"))
    mirror = OpenCC("s2t").convert(jining.read_text(encoding="utf-8"))  # a mirror site's traditional copy
    (raw / "zz_mirror.txt").write_text(mirror, encoding="utf-8")
    with prefect_test_harness(server_startup_timeout=120):
        pipeline_run(raw_dir=str(raw), curated_dir=str(root / "curated"))
    return root / "curated"


def test_report_is_written_by_the_run_and_self_contained(curated) -> None:
    page = (curated / "report.html").read_text(encoding="utf-8")
    assert "<script>window.PWNED" not in page  # the text's HTML stays data, never markup
    assert "http://" not in page and "https://" not in page  # nothing to fetch
    assert "<svg" in page and "rejected files" in page and "empty.txt" in page


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "update", "-qq"], check=False, capture_output=True, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=False, capture_output=True, timeout=1200)
        found = shutil.which("chromium")
    if not found:
        pytest.skip("Chromium is not installed and could not be installed with apt-get")
    return found


def test_report_in_headless_chromium(curated, tmp_path) -> None:
    import polars as pl
    from playwright.sync_api import sync_playwright

    from pipeline.publish import read_table

    executable = _chromium()
    report = write_report(curated, tmp_path / "report.html")
    documents = read_table(curated, "documents").sort("source_path")
    mentions = read_table(curated, "mentions")
    index_of = {doc_id: n for n, doc_id in enumerate(
        read_table(curated, "documents").sort(["agency", "report_year", "source_path"], nulls_last=True)
        .get_column("doc_id").to_list())}
    doc = documents.filter(pl.col("source_path").str.starts_with("000_")).row(0, named=True)
    expected = mentions.filter(pl.col("doc_id") == doc["doc_id"]).sort("char_start")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"file://{report}#doc={index_of[doc['doc_id']]}")
        marks = page.locator("#doc-text mark")
        assert marks.count() == expected.height  # every mention of the document is highlighted
        shown = [re.sub(r"\s+", "", text) for text in marks.all_inner_texts()]
        assert shown == expected.get_column("surface").to_list()
        for index in (0, expected.height // 2, expected.height - 1):
            mention = expected.row(index, named=True)
            marks.nth(index).hover()
            tip = page.locator("#tip")
            assert tip.is_visible()
            assert f"value: {_js_number(mention['value'])}\n" in tip.inner_text() + "\n"
            assert f"unit: {mention['unit'] or '—'}" in tip.inner_text()
        page.screenshot(path=str(curated / "report-screenshot.png"))

        script_doc = documents.filter(pl.col("source_path") == "zz_script.txt").row(0, named=True)
        page.goto(f"file://{report}#doc={index_of[script_doc['doc_id']]}")
        assert "<script>window.PWNED = 1</script>" in page.locator("#doc-text").inner_text()
        assert page.evaluate("window.PWNED") is None
        browser.close()


def _js_number(value: float) -> str:
    """How JavaScript prints a JSON number: 15.0 → 15, 95.16 → 95.16."""
    return str(int(value)) if float(value).is_integer() else repr(value)


def test_report_counts_one_body_whatever_its_script(curated) -> None:
    page = (curated / "report.html").read_text(encoding="utf-8")
    assert "<tr><td>济宁市公安局</td><td>2023</td><td>2</td></tr>" in page  # the seed and its 濟寧 mirror


def test_report_escapes_markup_in_metadata(curated) -> None:
    assert "<b>粗体</b>" not in build_report(curated).split('id="index-data"')[0]
