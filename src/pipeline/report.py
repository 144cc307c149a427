"""Report: one self-contained HTML file to review every figure in its text.

No network and no server: the page opens from disk. It holds an overview (counts per agency and
year, the most reported indicators as inline SVG bars, the run's quality figures), a searchable,
paged index of documents, and one view per document with its raw text and every mention
highlighted by kind. Each document's text and mentions sit in their own JSON block that the page
parses only when the document is opened, so a corpus of thousands stays responsive. All text is
inserted with `textContent`, never as HTML: a report containing `<script>` shows it as text.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import polars as pl

from pipeline.publish import read_table, write_text_atomic


def _safe_json(value: object) -> str:
    """JSON that can sit inside <script>: every <, > and & escaped, so no text can end the
    element early or open a comment."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _table_or_empty(curated_dir: Path, name: str) -> pl.DataFrame:
    try:
        return read_table(curated_dir, name)
    except FileNotFoundError:
        return pl.DataFrame()


def _bars(rows: list[tuple[str, int]], width: int = 560) -> str:
    """Horizontal bar chart as inline SVG."""
    if not rows:
        return "<p>No indicators yet.</p>"
    top = max(count for _, count in rows)
    bar_height, label_width = 22, 250
    parts = [f'<svg class="bars" width="{width}" height="{bar_height * len(rows) + 4}" role="img">']
    for index, (label, count) in enumerate(rows):
        y = index * bar_height
        length = max(2, int((width - label_width - 50) * count / top))
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">{html.escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{length}" height="{bar_height - 6}"></rect>'
            f'<text x="{label_width + length + 4}" y="{y + 15}">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _quarantined_mentions(quarantine: pl.DataFrame) -> dict[str, list[dict]]:
    """Mention rows held back by a contract, by doc_id, with the check they failed."""
    found: dict[str, list[dict]] = {}
    if quarantine.height == 0:
        return found
    for row in quarantine.filter(pl.col("table_name") == "mentions").iter_rows(named=True):
        record = json.loads(row["row_json"])
        if "char_start" in record and "char_end" in record:
            found.setdefault(row["doc_id"], []).append(
                {"s": record["char_start"], "e": record["char_end"], "surface": record.get("surface"),
                 "check": row["failed_check"]}
            )
    return found


MAX_DOCUMENTS_PER_RUN = 2000  # beyond this a flow run skips the report (one file of ~20 MB per 1,000)


def build_report(curated_dir: Path, years: list[int] | None = None) -> str:
    documents = read_table(curated_dir, "documents").sort(["agency", "report_year", "source_path"], nulls_last=True)
    if years:
        documents = documents.filter(pl.col("report_year").is_in(years))
    mentions = _table_or_empty(curated_dir, "mentions")
    texts = _table_or_empty(curated_dir, "texts")
    rejects = _table_or_empty(curated_dir, "rejects")
    quarantine = _table_or_empty(curated_dir, "quarantine")
    indicators = _table_or_empty(curated_dir, "indicators")
    text_by_doc = dict(texts.select("doc_id", "text").iter_rows()) if texts.height else {}
    held_back = _quarantined_mentions(quarantine)

    by_doc: dict[str, list[dict]] = {}
    if mentions.height:
        for m in mentions.sort("char_start").iter_rows(named=True):
            by_doc.setdefault(m["doc_id"], []).append(
                {"s": m["char_start"], "e": m["char_end"], "surface": m["surface"], "value": m["value"],
                 "unit": m["unit"], "kind": m["kind"], "qualifier": m["qualifier"], "direction": m["direction"],
                 "subject": m["subject"], "code": m["indicator_code"], "confidence": m["indicator_confidence"]}
            )

    index_rows, payloads = [], []
    for number, doc in enumerate(documents.iter_rows(named=True)):
        doc_mentions = by_doc.get(doc["doc_id"], [])
        codes = sorted({m["code"] for m in doc_mentions if m["code"]})
        index_rows.append(
            {"n": number, "id": doc["doc_id"], "agency": doc["agency"] or "", "year": doc["report_year"],
             "type": doc["doc_type"], "title": doc["title"] or "(title lost)", "file": doc["source_path"],
             "mentions": len(doc_mentions), "unmapped": sum(1 for m in doc_mentions if not m["code"]),
             "quarantined": len(held_back.get(doc["doc_id"], [])), "codes": codes}
        )
        meta = {k: doc[k] for k in ("agency", "province", "city", "district", "report_year", "published_date",
                                    "doc_type", "title", "source_path", "encoding", "doc_id")}
        payload = {"meta": meta, "text": text_by_doc.get(doc["doc_id"], ""), "mentions": doc_mentions,
                   "quarantined": held_back.get(doc["doc_id"], [])}
        payloads.append(f'<script type="application/json" id="doc-{number}">{_safe_json(payload)}</script>')

    per_agency_year = (  # one row per body whatever script its pages were written in
        documents.group_by(pl.col("agency_key").alias("agency"), "report_year").len()
        .sort(["agency", "report_year"], nulls_last=True)
        if documents.height else pl.DataFrame()
    )
    top_indicators = (
        indicators.group_by("indicator_name").len().sort(["len", "indicator_name"], descending=[True, False]).head(15)
        if indicators.height else pl.DataFrame()
    )
    unmapped_share = (mentions.get_column("indicator_code").null_count() / mentions.height) if mentions.height else 0
    quality = {
        "documents": documents.height,
        "mentions": mentions.height,
        "rejected files": rejects.height,
        "quarantined rows": quarantine.height,
        "unmapped mentions": f"{unmapped_share:.0%}",
        "indicator rows": indicators.height,
    }
    overview_rows = "".join(
        f"<tr><td>{html.escape(str(r['agency']))}</td><td>{r['report_year']}</td><td>{r['len']}</td></tr>"
        for r in per_agency_year.iter_rows(named=True)
    ) if per_agency_year.height else ""
    quality_html = "".join(f"<div class='figure'><b>{html.escape(str(v))}</b><span>{html.escape(k)}</span></div>"
                           for k, v in quality.items())
    rejects_html = "".join(
        f"<li>{html.escape(r['source_path'])}: {html.escape(r['reason'])}</li>" for r in rejects.iter_rows(named=True)
    ) if rejects.height else "<li>none</li>"
    bars = _bars([(r["indicator_name"], r["len"]) for r in top_indicators.iter_rows(named=True)]
                 if top_indicators.height else [])
    return _PAGE.format(
        quality=quality_html,
        overview_rows=overview_rows,
        bars=bars,
        rejects=rejects_html,
        index=_safe_json(index_rows),
        payloads="\n".join(payloads),
    )


def write_report(curated_dir: Path, out: Path | None = None, years: list[int] | None = None) -> Path:
    return write_text_atomic(out or curated_dir / "report.html", build_report(curated_dir, years))


_PAGE = """<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>Pipeline review report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; color: #222; }}
header {{ background: #23395d; color: white; padding: 10px 18px; }} header a {{ color: #cfe0ff; margin-right: 14px; }}
main {{ padding: 12px 18px; }} .figure {{ display: inline-block; margin: 0 18px 10px 0; }}
.figure b {{ display: block; font-size: 22px; }} .figure span {{ color: #666; font-size: 12px; }}
table {{ border-collapse: collapse; }} td, th {{ border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: left; }}
tr.doc:hover {{ background: #eef3ff; cursor: pointer; }}
svg.bars text {{ font-size: 12px; }} svg.bars rect {{ fill: #4a78c2; }}
#doc-view {{ display: flex; gap: 16px; }} #doc-text {{ flex: 3; white-space: pre-wrap; line-height: 1.9;
  border: 1px solid #ddd; padding: 10px; max-height: 80vh; overflow: auto; }}
#doc-side {{ flex: 1; max-height: 80vh; overflow: auto; font-size: 13px; }} #doc-side a {{ display: block; }}
mark {{ border-radius: 3px; padding: 0 1px; cursor: help; }}
mark.count {{ background: #cfe8ff; }} mark.percent {{ background: #ffe3b3; }} mark.change {{ background: #d8f5d0; }}
mark.money {{ background: #f4d0f0; }} mark.measure {{ background: #e6e0ff; }}
mark.unmapped {{ outline: 1px dashed #888; }} mark.quarantined {{ background: #ffb3b3; outline: 2px solid #c00; }}
mark.flash {{ box-shadow: 0 0 0 3px #ff0; }}
#tip {{ position: fixed; display: none; background: #fffbe6; border: 1px solid #c9a800; padding: 6px 8px;
  font-size: 13px; max-width: 360px; box-shadow: 0 2px 6px rgba(0,0,0,.2); z-index: 10; }}
.legend mark {{ margin-right: 6px; }} input {{ font-size: 14px; padding: 3px 6px; margin-right: 8px; }}
</style></head><body>
<header><b>Pipeline review report</b> &nbsp; <a href="#overview">Overview</a><a href="#index">Documents</a></header>
<main>
<section id="overview-view">
<h2>Run quality</h2>{quality}
<h3>Rejected files</h3><ul>{rejects}</ul>
<h2>Most reported indicators (agency-years)</h2>{bars}
<h2>Documents per agency and year</h2><table><tr><th>agency</th><th>year</th><th>documents</th></tr>{overview_rows}</table>
</section>
<section id="index-view" hidden>
<h2>Documents</h2>
<input id="q-agency" placeholder="agency"><input id="q-year" placeholder="year" size="6">
<input id="q-code" placeholder="indicator code"> <span id="count"></span>
<table id="index-table"><thead><tr><th>agency</th><th>year</th><th>type</th><th>title</th><th>mentions</th>
<th>unmapped</th><th>quarantined</th></tr></thead><tbody></tbody></table>
<p><button id="prev">◀</button> <span id="page"></span> <button id="next">▶</button></p>
</section>
<section id="document-view" hidden>
<p><a href="#index">◀ all documents</a></p><h2 id="doc-title"></h2><table id="doc-meta"></table>
<p class="legend"><mark class="count">count</mark><mark class="percent">percent</mark><mark class="change">change</mark>
<mark class="money">money</mark><mark class="measure">measure</mark><mark class="count unmapped">unmapped</mark>
<mark class="quarantined">quarantined</mark></p>
<div id="doc-view"><div id="doc-text"></div><div id="doc-side"><b>Mentions</b><div id="doc-list"></div></div></div>
</section>
</main>
<div id="tip" role="tooltip"></div>
<script type="application/json" id="index-data">{index}</script>
{payloads}
<script>
"use strict";
const INDEX = JSON.parse(document.getElementById("index-data").textContent);
const PAGE_SIZE = 50; let page = 0; let current = null;
const $ = (id) => document.getElementById(id);
function el(tag, text, cls) {{ const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }}
function show(view) {{ for (const v of ["overview-view", "index-view", "document-view"]) $(v).hidden = v !== view; }}
function filtered() {{
  const a = $("q-agency").value.trim(), y = $("q-year").value.trim(), c = $("q-code").value.trim();
  return INDEX.filter(d => (!a || d.agency.includes(a)) && (!y || String(d.year) === y) && (!c || d.codes.some(x => x.includes(c))));
}}
function renderIndex() {{
  const rows = filtered(); const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE)); page = Math.min(page, pages - 1);
  const body = document.querySelector("#index-table tbody"); body.replaceChildren();
  for (const d of rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)) {{
    const tr = el("tr", undefined, "doc"); tr.dataset.n = d.n;
    for (const v of [d.agency, d.year, d.type, d.title, d.mentions, d.unmapped, d.quarantined]) tr.append(el("td", String(v ?? "")));
    tr.addEventListener("click", () => {{ location.hash = "doc=" + d.n; }}); body.append(tr);
  }}
  $("count").textContent = rows.length + " documents"; $("page").textContent = "page " + (page + 1) + " / " + pages;
}}
function describe(m) {{
  if (m.check) return "Quarantined: " + m.check + " (" + (m.surface || "") + ")";
  return ["value: " + m.value, "unit: " + (m.unit || "—"), "kind: " + m.kind, "qualifier: " + m.qualifier,
          "direction: " + (m.direction || "—"), "subject: " + (m.subject || "—"),
          "indicator: " + (m.code || "unmapped"), "confidence: " + (m.confidence ?? "—")].join("\\n");
}}
function openDoc(n) {{
  const data = JSON.parse($("doc-" + n).textContent); current = data;
  $("doc-title").textContent = data.meta.title || "(title lost)";
  const meta = $("doc-meta"); meta.replaceChildren();
  for (const [k, v] of Object.entries(data.meta)) {{ const tr = el("tr"); tr.append(el("th", k), el("td", String(v ?? "—"))); meta.append(tr); }}
  const marks = data.mentions.map(m => Object.assign({{}}, m)).concat(data.quarantined.map(q => Object.assign({{quarantine: true}}, q)));
  marks.sort((a, b) => a.s - b.s);
  const box = $("doc-text"); box.replaceChildren(); const list = $("doc-list"); list.replaceChildren();
  let at = 0;
  marks.forEach((m, i) => {{
    if (m.s < at) return;
    box.append(document.createTextNode(data.text.slice(at, m.s)));
    const mark = el("mark", data.text.slice(m.s, m.e), m.quarantine ? "quarantined" : m.kind + (m.code ? "" : " unmapped"));
    mark.id = "m-" + i; mark.dataset.value = m.value ?? ""; mark.dataset.tip = describe(m);
    box.append(mark); at = m.e;
    const link = el("a", (m.surface || "") + (m.subject ? " · " + m.subject : ""), m.quarantine ? "quarantined" : "");
    link.href = "javascript:void 0"; link.addEventListener("click", () => {{ mark.scrollIntoView({{block: "center"}}); mark.classList.add("flash"); setTimeout(() => mark.classList.remove("flash"), 1200); tip(mark); }});
    list.append(link);
  }});
  box.append(document.createTextNode(data.text.slice(at)));
  show("document-view");
}}
function tip(mark) {{
  const t = $("tip"); t.textContent = mark.dataset.tip; t.style.whiteSpace = "pre-line"; t.style.display = "block";
  const r = mark.getBoundingClientRect(); t.style.left = Math.min(r.left, innerWidth - 380) + "px"; t.style.top = (r.bottom + 6) + "px";
}}
document.addEventListener("mouseover", (e) => {{ if (e.target.tagName === "MARK" && e.target.dataset.tip) tip(e.target); }});
document.addEventListener("click", (e) => {{ if (e.target.tagName === "MARK" && e.target.dataset.tip) tip(e.target); }});
document.addEventListener("mouseout", (e) => {{ if (e.target.tagName === "MARK") $("tip").style.display = "none"; }});
for (const id of ["q-agency", "q-year", "q-code"]) $(id).addEventListener("input", () => {{ page = 0; renderIndex(); }});
$("prev").addEventListener("click", () => {{ page = Math.max(0, page - 1); renderIndex(); }});
$("next").addEventListener("click", () => {{ page += 1; renderIndex(); }});
function route() {{
  const h = location.hash.slice(1);
  if (h.startsWith("doc=")) openDoc(Number(h.slice(4)));
  else if (h === "index") {{ renderIndex(); show("index-view"); }}
  else show("overview-view");
}}
addEventListener("hashchange", route); renderIndex(); route();
</script></body></html>
"""
