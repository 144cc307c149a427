"""The indicator catalog: well-formed, maps the hard cases, and picks one figure per agency-year."""
from __future__ import annotations

import polars as pl
import pytest

from pipeline.catalog import indicators_frame, load_catalog, map_mention, unmapped_subjects
from pipeline.clean import clean
from pipeline.extract import mention_rows
from pipeline.catalog import map_rows
from pipeline.schema import table
from tests.conftest import seed_paths

CATEGORIES = {"立法与制度", "执法监督", "行政复议与应诉", "普法宣传", "队伍与培训", "政务服务", "治安与打击犯罪",
              "社会评价", "信访与矛盾化解", "法律服务", "经济发展", "财政", "民生", "安全生产", "生态环境"}


def test_catalog_is_well_formed() -> None:
    catalog = load_catalog()
    assert len(catalog) >= 40
    assert len({i.code for i in catalog}) == len(catalog)
    kinds = {"count", "percent", "change", "money", "measure"}
    for indicator in catalog:
        assert indicator.category in CATEGORIES, indicator.code
        assert set(indicator.kinds) <= kinds and indicator.subject_words and len(indicator.definition) > 20
        assert indicator.name_zh and indicator.name_en


MAPPING_CASES = [
    # (subject, sentence, surface, unit, kind, expected code or None)
    ("行政复议案件", "全国新收行政复议案件31.5万件,同比增长17.1%", "31.5万件", "件", "count", "admin_reconsideration.cases"),
    ("行政复议案件", "全国新收行政复议案件31.5万件,同比增长17.1%", "17.1%", "%", "change",
     "admin_reconsideration.cases_change"),
    ("纠错率", "纠错率达12.83%", "12.83%", "%", "percent", "admin_reconsideration.correction_rate"),
    ("负责人出庭应诉率", "行政机关负责人出庭应诉率达100%", "100%", "%", "percent",
     "admin_litigation.leader_appearance_rate"),
    ("规范性文件", "反馈32件涉及公安业务的规范性文件征求意见", "32件", "件", "count", "normative_documents.reviewed"),
    ("培训", "派出所所长等各类培训118期", "118期", "期", "count", "training.sessions"),
    ("培训", "培训1.5万人次，全警能力素质全面提升", "1.5万人次", "人次", "count", "training.attendance"),
    ("刑事警情", "治安警情、刑事警情同比分别下降7.1%、14.1%", "14.1%", "%", "change", "public_security.incidents_change"),
    ("安全感满意度", "2022年上半年南京安全感满意度达99.23%", "99.23%", "%", "percent", "satisfaction.rate"),
    ("线索转案率", "线索转案率95.16%", "95.16%", "%", "percent", "enforcement.clue_conversion_rate"),
    ("全区生产总值完成", "全区生产总值完成346.3亿元,同比增长6.1%", "346.3亿元", "元", "money", "economy.gdp"),
    ("全区生产总值完成", "全区生产总值完成346.3亿元,同比增长6.1%", "6.1%", "%", "change", "economy.gdp_growth"),
    ("社会消费品零售总额实现", "社会消费品零售总额实现261.5亿元", "261.5亿元", "元", "money", "consumption.retail_sales"),
    ("普法报道", "传统媒体刊播普法报道900余次", "900余次", "次", "count", "law_popularization.media"),
    ("通过高级执法资格考试民警", "通过高级执法资格考试民警8人", "8人", "人", "count", "training.law_exam_passed"),
    ("行政处罚案件", "共审核各类行政处罚案件61案113人", "61案", "案", "count", "admin_penalty.cases"),
    ("步态", "采集声纹、虹膜536套，步态254套", "254套", "套", "count", None),
]


@pytest.mark.parametrize("case", MAPPING_CASES, ids=[c[2] + "-" + c[4] for c in MAPPING_CASES])
def test_mapping_cases(case) -> None:
    subject, sentence, surface, unit, kind, expected = case
    mapping = map_mention(subject, sentence, surface, unit, kind)
    assert (mapping.code if mapping else None) == expected
    if mapping:
        assert 0 < mapping.confidence <= 1 and mapping.rule


def _mention(doc_id, path, offset, value, confidence, qualifier="exact"):
    return {
        "mention_id": f"{offset:016x}", "doc_id": doc_id, "source_file": path, "source_path": path,
        "report_year": 2024, "surface": f"{value}件", "value": float(value), "unit": "件", "kind": "count",
        "qualifier": qualifier, "direction": None, "subject": "行政复议案件", "char_start": offset,
        "char_end": offset + 3, "sentence": "s", "section_path": None,
        "indicator_code": "admin_reconsideration.cases", "indicator_confidence": confidence,
        "indicator_rule": "subject:行政复议",
    }


def test_one_figure_per_agency_year_by_the_documented_rule() -> None:
    from tests.test_contracts import GOOD

    documents = table("documents").frame([
        dict(GOOD, doc_id="a" * 16, source_path="news.txt", doc_type="news"),
        dict(GOOD, doc_id="b" * 16, source_path="report.txt", doc_type="annual_report"),
    ])
    mentions = table("mentions").frame([
        _mention("a" * 16, "news.txt", 1, 999, 0.9),  # a news article: ranked after the report
        _mention("b" * 16, "report.txt", 50, 120, 0.7),  # lower confidence
        _mention("b" * 16, "report.txt", 90, 130, 0.9, "more_than"),  # 余: after an exact figure
        _mention("b" * 16, "report.txt", 70, 125, 0.9),  # chosen: report, 0.9, exact
        _mention("b" * 16, "report.txt", 95, 126, 0.9),  # same rank, later in the text
    ])
    frame = indicators_frame(documents, mentions)
    assert frame.height == 1
    row = frame.row(0, named=True)
    assert (row["value"], row["n_candidates"], row["agency"]) == (125.0, 5, "南京市公安局")


def test_a_report_without_a_year_keeps_its_candidate_count() -> None:
    """Regression: null report_year rows used to get n_candidates null and be quarantined."""
    from tests.test_contracts import GOOD

    documents = table("documents").frame([dict(GOOD, doc_id="a" * 16, source_path="r.txt", report_year=None)])
    mentions = table("mentions").frame([
        dict(_mention("a" * 16, "r.txt", 1, 10, 0.9), report_year=None),
        dict(_mention("a" * 16, "r.txt", 9, 12, 0.9), report_year=None),
    ])
    row = indicators_frame(documents, mentions).row(0, named=True)
    assert (row["report_year"], row["n_candidates"], row["value"]) == (None, 2, 10.0)


def test_unmapped_subjects_are_grouped_most_frequent_first() -> None:
    rows = [dict(_mention("a" * 16, "x.txt", i, i, None), indicator_code=None, subject=s, sentence=f"句{i}")
            for i, s in enumerate(["步态", "步态", "功能区"])]
    groups = unmapped_subjects(table("mentions").frame(rows))
    assert groups.get_column("subject").to_list() == ["步态", "功能区"]
    assert groups.row(0, named=True)["mentions"] == 2 and groups.row(0, named=True)["example"] == "句0"


def test_most_seed_mentions_land_on_an_indicator() -> None:
    rows = []
    for path in seed_paths():
        rows += mention_rows("0" * 16, path.name, 2024, clean(path.read_text(encoding="utf-8")))
    map_rows(rows)
    mapped = sum(1 for r in rows if r["indicator_code"])
    assert mapped / len(rows) >= 0.6
    assert len({r["indicator_code"] for r in rows if r["indicator_code"]}) >= 25
    assert pl.DataFrame(rows).height == len(rows)
