"""Extract: every quantity a report states, as a row an analyst can trace back to its words.

A mention is a numeral meant as a number (see `numerals`) followed by a measure word or unit, a
percentage, or a number carrying 万/亿 (注册用户突破105万). Around it we read the qualifier
(余/多/约/近/超/以上/内…), whether it is a change (同比下降 7.1%) and which way, and the subject:
the words naming what is counted, taken from the text after the unit (15次批示肯定) or, when the
number closes its clause, before it (协同任务15万余起); 分别 pairs a list of subjects with a
list of values. Work is done on the clean text; spans are mapped back to the raw text.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, replace

from pipeline.clean import CleanText
from pipeline.numerals import MULTIPLIERS, Numeral, find_numerals

COUNT, PERCENT, CHANGE, MONEY, MEASURE = "count", "percent", "change", "money", "measure"
EXACT, MORE_THAN, APPROX, LESS_THAN = "exact", "more_than", "approx", "less_than"

COUNT_UNITS = (
    "人次 场次 件次 户次 家次 辆次 架次 批次 课时 学时 个 次 件 起 部 名 人 期 场 篇 条 项 类 档 册 间 张 辆 套 案 份 家 户 所"
    " 座 处 台 架 艘 批 宗 本 幅 首 门 支 组 节 堂 轮 位 例 种 款 页 封 栋 幢 床 枚 笔 单 只 头 株 棵 块 名次 位次 余人"
).split()
MEASURE_UNITS = (
    "微克/立方米 毫克/立方米 毫克/升 平方公里 平方千米 平方米 立方米 千瓦时 个工作小时 工作小时 个工作日 工作日 个小时 个月"
    " 公里 千米 公顷 千克 公斤 小时 分钟 千瓦 米 亩 吨 秒 天 周 倍"
).split()
MONEY_UNITS = {"万亿元": 1e12, "亿元": 1e8, "千万元": 1e7, "百万元": 1e6, "万元": 1e4, "千元": 1e3, "元": 1.0}
POINTS = "个百分点"
_UNITS = sorted(set(COUNT_UNITS) | set(MEASURE_UNITS) | set(MONEY_UNITS) | {POINTS, "%", "％", "成"},
                key=len, reverse=True)
_UNIT_ALTERNATION = "|".join(map(re.escape, _UNITS))
_TAIL = re.compile(
    rf"(?P<q1>余|多)?(?P<mult>万亿|亿|千万|百万|万|千)?(?P<q2>余|多)?\s*"
    rf"(?P<unit>{_UNIT_ALTERNATION})?(?P<per>/[人户次件天年])?(?P<post>以上|以下|以内|之内|左右|上下|内(?![容部涵设网保务控外地陆河蒙]))?"
)
# What may follow a Chinese numeral that is a quantity: a unit's first character or a multiplier.
_NEXT_CHARS = "".join(sorted({unit[0] for unit in _UNITS} | set("余多万亿千百")))
_NEXT_FIGURE = re.compile(rf"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:余|多)?(?:万|亿)?(?:{_UNIT_ALTERNATION})")
_UNIT_FIRST = re.compile(r"\s*(?P<unit>千米|千克|千瓦时|千瓦|百分点)")

_BEFORE_QUALIFIER = (
    ("将近", APPROX), ("接近", APPROX), ("大约", APPROX), ("约", APPROX), ("近", APPROX),
    ("超过", MORE_THAN), ("多于", MORE_THAN), ("逾", MORE_THAN), ("突破", MORE_THAN), ("超", MORE_THAN),
    ("不足", LESS_THAN), ("不到", LESS_THAN), ("少于", LESS_THAN), ("不超过", LESS_THAN),
)
_SURFACE_QUALIFIERS = ("约", "近", "超", "逾")
_AFTER_QUALIFIER = {"以上": MORE_THAN, "以下": LESS_THAN, "以内": LESS_THAN, "之内": LESS_THAN,
                    "内": LESS_THAN, "左右": APPROX, "上下": APPROX}

_UP = ("上升", "增长", "提升", "提高", "增加", "攀升", "上涨", "增幅", "增速", "升高", "扩大", "前进", "增", "升")
_DOWN = ("下降", "减少", "降低", "下滑", "回落", "降幅", "缩减", "压缩", "缩短", "下跌", "后退", "减", "降")
_CHANGE_VERB = re.compile("|".join(sorted(_UP + _DOWN, key=len, reverse=True)))
_RATE_NOUNS = ("增幅", "降幅", "增速")  # 增幅为8%: the noun names a change whatever follows
_RANGE_LINK = re.compile(r"\s*(?:至|到|-|~|～|—|－)\s*")
_SIBLING_VALUES = re.compile(r"[0-9０-９.．%％、]+|个百分点")
_LEVEL_AFTER_VERB = re.compile(r"^(?:了)?(?:至|到|为)")
_CLAUSE_STOP = "，。；：,;:！？!?\n"
_ITEM_STOP = _CLAUSE_STOP + "、"
_SUBJECT_STOP = re.compile(rf"[{re.escape(_ITEM_STOP)}（）()【】]")
_CLAUSE_STOP_RE = re.compile(rf"[{re.escape(_CLAUSE_STOP)}（(]")
_QUOTE_MARKS = re.compile(r"[“”\"《》‘’「」]")
_LEADING_NON_CJK = re.compile(r"^[^\u4e00-\u9fff]+")
_LEADING_NON_WORD = re.compile(r"^[^\u4e00-\u9fffA-Za-z]+")
_COMPARISON_TAIL = re.compile(r"(?:同比|环比|较[^、]{0,8}?|与[^、]{0,12}?相比)$")
_LIST_SEPARATOR = re.compile(r"、|和|及")
_WHITESPACE = re.compile(r"\s+")
_VERB_START = re.compile(r"受邀|被|参加|参与|得到|获得|实现|完成|到位|办结|出席|进行|开展|落实|纳入|覆盖|受理")
_RELATIVE_START = re.compile(r"由|兼具|具有|具备|涉及|可|覆盖|包括|包含|用于|针对|来自|涵盖|集|融合|面向|服务于")
_SUBJECT_TRIM_END = re.compile(
    r"(?:同比|环比|分别|均|共|累计|合计|总计|达到|达|为|是|约|近|超过|超|突破|逾|不足|不到|保持|实现|至|到|"
    rf"{_CHANGE_VERB.pattern}|了|的|有|计|占|较[^，。]{{0,6}}?前?|比[^，。]{{0,6}}?)+$"
)
_SUBJECT_TRIM_START = re.compile(r"^(?:其中|同时|并|共|累计|全年|今年以来|年内|此外|另外|以及|及|和|与)+")
_NOT_SUBJECT_START = re.compile(r"^(?:[的了着过是在于从把被将由与和及或等至到为以上下内左右余多就均都]|[0-9０-９])")
_QUOTED = re.compile(r"“[^“”\n]{1,20}”|《[^《》\n]{1,40}》|\"[^\"\n]{1,20}\"")
_WITHIN = re.compile(r"^(?:内|以内|之内)")
_CLAUSE_END_OR_RANK = re.compile(rf"$|[{re.escape(_CLAUSE_STOP)}]|位次|名次")
_SHARE_OF = re.compile(r"占")  # used with .match at the clause start
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_HEADING_END = re.compile(r"[。；;！？!?\n]")
_SECTION_PATTERNS = (
    (1, re.compile(r"^(?P<marker>[一二三四五六七八九十]+、)", re.M)),
    (2, re.compile(r"^(?P<marker>[（(][一二三四五六七八九十]+[）)])", re.M)),
    (3, re.compile(r"(?:^|[。；])(?P<marker>[一二三四五六七八九十]是)", re.M)),
    (3, re.compile(r"^(?P<marker>\d{1,2}[.．、])(?!\d)", re.M)),
)


@dataclass
class Mention:
    start: int  # clean-text span of the surface
    end: int
    surface: str
    value: float
    unit: str
    kind: str
    qualifier: str
    direction: str | None
    subject: str | None
    sentence: str
    section_path: str | None
    unit_end: int  # clean offset right after the unit (and qualifier words)


def _qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    for word, qualifier in _BEFORE_QUALIFIER:
        if text.endswith(word, max(0, start - len(word)), start):
            return qualifier, start - len(word)
    return None, start


def _clause_start(text: str, position: int) -> int:
    """Offset just after the last stop character before `position`, looking back 200 characters."""
    window = max(0, position - 200)  # a clause is never this long; bound the search
    found = max(text.rfind(stop, window, position) for stop in _CLAUSE_STOP)
    return found + 1 if found >= 0 else window


def _change_direction(text: str, start: int) -> str | None:
    """up/down when a change verb in the clause governs the number (下降7.1%), else None."""
    clause = text[_clause_start(text, start) : start]
    verbs = list(_CHANGE_VERB.finditer(clause))
    if not verbs:
        return None
    verb = verbs[-1]
    between = clause[verb.end() :]
    if verb.group() not in _RATE_NOUNS and _LEVEL_AFTER_VERB.match(between):  # 下降至 / 提升到: a level
        return None
    if len(_SIBLING_VALUES.sub("", between)) > 8:  # 下降7.1%、14.1%: siblings share the verb
        return None
    return "up" if verb.group() in _UP else "down"


def _subject_after(text: str, unit_end: int) -> str | None:
    """The noun after the unit: 15次批示肯定, 32件涉及公安业务的规范性文件 → 规范性文件."""
    relative = _RELATIVE_START.match(text, unit_end) is not None
    stop = (_CLAUSE_STOP_RE if relative else _SUBJECT_STOP).search(text, unit_end)
    phrase = _QUOTE_MARKS.sub("", text[unit_end : stop.start() if stop else len(text)]).lstrip("的")
    figure = _NEXT_FIGURE.search(phrase, 1)
    if figure:
        phrase = phrase[: figure.start()]  # 36个行政审批单位200项…: the next figure starts a new noun
    if relative and "的" in phrase:
        phrase = phrase[phrase.rindex("的") + 1 :]  # 由…主导的社区警务团队 → 社区警务团队
    elif "的" in phrase[1:]:
        phrase = phrase[: phrase.index("的", 1)]  # 易受骗重点群体的精准建库 → 易受骗重点群体
    if "等" in phrase[:-2]:
        phrase = phrase[phrase.rindex("等") + 1 :]  # “天下无诈”等普法视频 → 普法视频
    phrase = _LEADING_NON_CJK.sub("", phrase)  # 的“1+3+N”社区警务团队
    if len(phrase) < 2 or _NOT_SUBJECT_START.match(phrase):
        return None
    return phrase[:16]


def _subject_before(text: str, start: int, floor: int = 0) -> str | None:
    """The words before the number: 全局发起协同任务15万余起 → 全局发起协同任务."""
    begin = max(_clause_start(text, start), floor)
    phrase = _QUOTE_MARKS.sub("", text[begin:start])
    phrase = _SUBJECT_TRIM_END.sub("", phrase)
    phrase = _SUBJECT_TRIM_START.sub("", phrase)
    phrase = _LEADING_NON_WORD.sub("", phrase)
    if len(phrase) < 2:
        return None
    return phrase[-16:]


def _pick_subject(text: str, mention: Mention, floor: int) -> str | None:
    """Rates and changes name their subject before the number (线索转案率95.16%), counts after
    the unit (15次批示肯定), measures before unless the number sits in a 在…内 phrase."""
    if mention.kind in (PERCENT, CHANGE):
        return _subject_before(text, mention.start, floor) or _subject_after(text, mention.unit_end)
    if mention.kind == MEASURE:
        before = _subject_before(text, mention.start, floor)
        preposition = text[max(floor, mention.start - 1) : mention.start] in ("在", "于", "需")
        if before and not preposition:
            return before
        return _subject_after(text, mention.unit_end) or before
    after = _subject_after(text, mention.unit_end)
    if after and not _VERB_START.match(after):
        return after
    before = _subject_before(text, mention.start, floor)
    return (before or after) if after else before  # 群众代表20余人受邀参加: the doers come first


def _respectively_subjects(text: str, first_value_start: int) -> list[str] | None:
    """破获各类案件、抓获刑事犯罪嫌疑人同比分别上升… → [破获各类案件, 抓获刑事犯罪嫌疑人]."""
    clause_begin = _clause_start(text, first_value_start)
    clause = text[clause_begin:first_value_start]
    if "分别" not in clause:
        return None
    head = clause[: clause.index("分别")]
    head = _COMPARISON_TAIL.sub("", head)
    items = [_SUBJECT_TRIM_END.sub("", item) for item in _LIST_SEPARATOR.split(head)]
    items = [item for item in items if len(item) >= 2]
    return items or None


def _in_quotes(text: str, quoted: list[tuple[int, int]], start: int) -> bool:
    return any(a < start < b for a, b in quoted)


def _read_tail(text: str, numeral: Numeral) -> re.Match[str] | None:
    first = _UNIT_FIRST.match(text, numeral.end)
    if first:
        return first
    return _TAIL.match(text, numeral.end)


def _mention(text: str, numeral: Numeral, quoted: list[tuple[int, int]]) -> Mention | None:
    tail = _read_tail(text, numeral)
    groups = tail.groupdict() if tail else {}
    unit = groups.get("unit") or ""
    multiplier_word = groups.get("mult")
    if numeral.chinese and numeral.value == 1 and text[numeral.start : numeral.end] == "一":
        return None  # 一个/一批/一次: idiom far more often than a count
    if numeral.chinese and _in_quotes(text, quoted, numeral.start):
        return None  # “八项举措”, 《十项措施》: names of programs
    if numeral.percent:
        unit = "%"
    if not unit and not multiplier_word:
        return None
    after_unit = tail.end() if tail else numeral.end
    if unit == "小时" and text[numeral.start : numeral.end] == "24" and not _WITHIN.match(text[after_unit - 1 :]):
        return None  # 24小时轮班值守 / 24小时屯警: an operating mode, not a measurement
    if unit in {"年", "月"}:
        return None
    if unit == "成" and (numeral.value > 10 or multiplier_word):
        return None  # 2020成绩单: 成 starts a word; N成 is at most 十成

    value = numeral.value
    if multiplier_word:
        value *= MULTIPLIERS[multiplier_word]
    kind = COUNT
    if unit in ("%", "％"):
        unit, kind = "%", PERCENT
    elif unit == "成":
        unit, kind, value = "%", PERCENT, value * 10
    elif unit in MONEY_UNITS:
        value *= MONEY_UNITS[unit]
        unit, kind = "元", MONEY
    elif unit in MEASURE_UNITS:
        kind = MEASURE
    elif unit == POINTS:
        kind = CHANGE
    if groups.get("per"):
        unit += groups["per"]

    qualifier = EXACT
    if groups.get("q1") or groups.get("q2"):
        qualifier = MORE_THAN
    if groups.get("post"):
        qualifier = _AFTER_QUALIFIER[groups["post"]]
    before_qualifier, qualifier_start = _qualifier_before(text, numeral.start)
    if before_qualifier and qualifier == EXACT:
        qualifier = before_qualifier

    direction = None
    if kind in (PERCENT, CHANGE):
        direction = _change_direction(text, qualifier_start)
        if direction is not None:
            kind = CHANGE
    elif _verb_adjacent(text, qualifier_start) and (kind != COUNT or _CLAUSE_END_OR_RANK.match(text, after_unit)):
        # 增加5件。 is a count change the text states; 提升五项工程 names a programme.
        direction = _change_direction(text, qualifier_start)
        if direction is not None:
            kind = CHANGE

    unit_end = tail.end("unit") if tail and tail.group("unit") else (tail.end("mult") if multiplier_word else numeral.end)
    if groups.get("per"):
        unit_end = tail.end("per")
    surface_start = qualifier_start if text[qualifier_start : numeral.start] in _SURFACE_QUALIFIERS else numeral.start
    surface = _WHITESPACE.sub("", text[surface_start:unit_end])
    return Mention(
        start=surface_start,
        end=unit_end,
        surface=surface,
        value=value,
        unit=unit,
        kind=kind,
        qualifier=qualifier,
        direction=direction,
        subject=None,
        sentence="",
        section_path=None,
        unit_end=after_unit,
    )


def _verb_adjacent(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip("了")
    return bool(before) and any(before.endswith(v) for v in _UP + _DOWN if len(v) >= 2)


def _same_sentence(text: str, previous_end: int, start: int) -> bool:
    return _SENTENCE_END.search(text, previous_end, start) is None


def _sentence(text: str, start: int, end: int, boundaries: list[int]) -> str:
    """The sentence around [start, end); `boundaries` are the offsets just after each stop."""
    begin = boundaries[bisect.bisect_right(boundaries, start) - 1] if boundaries and boundaries[0] <= start else 0
    after = bisect.bisect_left(boundaries, end + 1)
    stop = boundaries[after] if after < len(boundaries) else len(text)
    return text[begin:stop].strip()


def _sections(text: str) -> list[tuple[int, int, str]]:
    """(offset, level, marker) of every heading marker, in text order."""
    found = []
    for level, pattern in _SECTION_PATTERNS:
        for match in pattern.finditer(text):
            found.append((match.start("marker"), level, match.group("marker")))
    return sorted(found)


def _section_paths(text: str, positions: list[int]) -> list[str | None]:
    headings = _sections(text)
    paths: list[str | None] = []
    current: dict[int, str] = {}
    index = 0
    for position in positions:
        while index < len(headings) and headings[index][0] <= position:
            _, level, marker = headings[index]
            current = {lvl: m for lvl, m in current.items() if lvl < level}
            current[level] = marker
            index += 1
        paths.append("/".join(current[lvl] for lvl in sorted(current)) or None)
    return paths


def extract_mentions(text: str) -> list[Mention]:
    """All quantity mentions of a (clean) text, in reading order; never raises on odd input."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    mentions: list[Mention] = []
    bare: Numeral | None = None  # the last numeral that carried no unit: a range's lower end
    for numeral in find_numerals(text, _NEXT_CHARS):
        mention = _mention(text, numeral, quoted)
        if mention is not None and bare is not None:
            mention = _as_range(text, bare, numeral, mention)
        bare = numeral if mention is None else None
        if mention is not None and (not mentions or mention.start >= mentions[-1].end):
            mentions.append(mention)
    return _with_context(text, mentions)


def _as_range(text: str, low: Numeral, high: Numeral, mention: Mention) -> Mention:
    """3至5次, 3-5天: one mention with the lower value, as the guidelines want, its multiplier
    and unit from the upper end (3至5万元 is 30000 元)."""
    if not _RANGE_LINK.fullmatch(text, low.end, high.start) or not high.value or mention.start != high.start:
        return mention
    value = low.value * mention.value / high.value
    return replace(mention, start=low.start, surface=_WHITESPACE.sub("", text[low.start : mention.end]), value=value)


def _with_context(text: str, mentions: list[Mention]) -> list[Mention]:
    paths = _section_paths(text, [m.start for m in mentions])
    boundaries = [m.end() for m in _SENTENCE_END.finditer(text)] if mentions else []
    result: list[Mention] = []
    run_items: list[str] | None = None
    run_index = 0
    previous: Mention | None = None
    for mention, path in zip(mentions, paths):
        same_clause = previous is not None and not any(c in _CLAUSE_STOP for c in text[previous.end : mention.start])
        if not same_clause:
            run_items, run_index = _respectively_subjects(text, mention.start), 0
        else:
            run_index += 1
        floor = previous.end if same_clause and previous is not None else 0
        share_of_previous = result and _SHARE_OF.match(text, _clause_start(text, mention.start), mention.start)
        if run_items:
            subject = run_items[min(run_index, len(run_items) - 1)]
        elif share_of_previous and _same_sentence(text, result[-1].end, mention.start):
            subject = result[-1].subject  # 税收收入30.2亿元,占财政收入的82.1%: the share is of the tax
        else:
            subject = _pick_subject(text, mention, floor)
            if subject is None and result and _same_sentence(text, result[-1].end, mention.start):
                # 61案113人, 生产总值346.3亿元,同比增长6.1%: the figures share one subject
                subject = result[-1].subject
        mention.subject = subject
        mention.sentence = _sentence(text, mention.start, mention.end, boundaries)
        mention.section_path = path
        result.append(mention)
        previous = mention
    return result


def section_rows(doc_id: str, source_path: str, report_year: int | None, cleaned: CleanText) -> list[dict]:
    """Rows of the `sections` table: every heading with the raw span of its section."""
    text = cleaned.text
    headings = _sections(cleaned.simplified or text)
    rows = []
    current: dict[int, str] = {}
    for index, (start, level, marker) in enumerate(headings):
        current = {lvl: m for lvl, m in current.items() if lvl < level}
        current[level] = marker
        end = next((s for s, lvl, _ in headings[index + 1 :] if lvl <= level), len(text))
        stop = _HEADING_END.search(text, start)
        heading_end = min(stop.start() if stop else len(text), start + 60)
        raw_start, raw_end = cleaned.raw_span(start, max(end, start + 1))
        rows.append(
            {
                "doc_id": doc_id,
                "source_path": source_path,
                "report_year": report_year,
                "section_path": "/".join(current[lvl] for lvl in sorted(current)),
                "level": level,
                "heading": text[start:heading_end],
                "char_start": raw_start,
                "char_end": raw_end,
            }
        )
    return rows


def mention_id(doc_id: str, char_start: int, char_end: int) -> str:
    return hashlib.sha256(f"{doc_id}:{char_start}:{char_end}".encode()).hexdigest()[:16]


def _as_printed(mention: Mention, original: str) -> Mention:
    """Surface and measure word as the traditional-character text printed them (36.43萬人次, 個)."""
    surface = _WHITESPACE.sub("", original[mention.start : mention.end])
    unit = mention.unit
    if unit and unit not in ("元", "%"):
        unit_start = mention.end - len(unit)
        unit = original[unit_start : mention.end]
    return Mention(**{**mention.__dict__, "surface": surface, "unit": unit})


def mentions_of(cleaned: CleanText) -> list[Mention]:
    """Mentions of a clean text; one in traditional characters is read in simplified form."""
    if cleaned.simplified is None:
        return extract_mentions(cleaned.text)
    return [_as_printed(m, cleaned.text) for m in extract_mentions(cleaned.simplified)]


def mention_rows(doc_id: str, source_path: str, report_year: int | None, cleaned: CleanText) -> list[dict]:
    """Rows of the `mentions` table for one document, spans in raw-text offsets."""
    rows = []
    for mention in mentions_of(cleaned):
        char_start, char_end = cleaned.raw_span(mention.start, mention.end)
        rows.append(
            {
                "mention_id": mention_id(doc_id, char_start, char_end),
                "doc_id": doc_id,
                "source_file": source_path.rsplit("/", 1)[-1],
                "source_path": source_path,
                "report_year": report_year,
                "surface": mention.surface,
                "value": mention.value,
                "unit": mention.unit,
                "kind": mention.kind,
                "qualifier": mention.qualifier,
                "direction": mention.direction,
                "subject": mention.subject,
                "char_start": char_start,
                "char_end": char_end,
                "sentence": mention.sentence,
                "section_path": mention.section_path,
            }
        )
    return rows

