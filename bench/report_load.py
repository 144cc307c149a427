"""How the review report behaves on a large corpus: file size, load time, scrolling, opening a
document, in headless Chromium (Debian's `chromium`).

    uv run python bench/report_load.py --curated /tmp/c1000r
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--curated", type=Path, required=True)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    report = args.curated / "report.html"
    result = {"report_mb": round(report.stat().st_size / 1e6, 1)}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        started = time.perf_counter()
        page.goto(f"file://{report.resolve()}#index", wait_until="load")
        result["load_s"] = round(time.perf_counter() - started, 2)
        result["index_rows"] = page.locator("#index-table tbody tr").count()
        started = time.perf_counter()
        for _ in range(20):  # page through the index
            page.click("#next")
        result["index_20_pages_s"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        page.goto(f"file://{report.resolve()}#doc=999")
        marks = page.locator("#doc-text mark").count()
        result["open_document_s"] = round(time.perf_counter() - started, 2)
        result["marks_in_document"] = marks
        started = time.perf_counter()
        for step in range(30):  # scroll the text through
            page.mouse.wheel(0, 600)
        page.evaluate("document.getElementById('doc-text').scrollTop = 1e9")
        result["scroll_s"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        result["responsive"] = page.evaluate("1 + 1") == 2
        result["eval_after_scroll_s"] = round(time.perf_counter() - started, 3)
        browser.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
