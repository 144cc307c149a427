"""Numerals: the value of a numeral expression that is meant as a number.

cn2an gives the value of a Chinese numeral core; this module finds the cores worth asking about
and folds in what cn2an does not handle (full-width digits, thousands separators, 万亿, 百分之…,
N成). Whether a numeral is meant as a number at all (一是, 统一, 十四五, 12345) is decided by
`word_numeral_reason`, from the characters around it: cn2an.transform, which rewrites whole
sentences, turns 统一 into 统1, so it is never used here.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cn2an

CN_DIGITS = "零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖"
CN_MAGNITUDES = "十百千万亿拾佰仟廿"
_CN_CHARS = CN_DIGITS + CN_MAGNITUDES

# Arabic digits (ASCII or full-width), optional thousands separators, optional decimals.
ARABIC = r"[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?"
CHINESE = rf"[{_CN_CHARS}]+(?:点[{CN_DIGITS}]+)?"
NUMBER_CORE = re.compile(rf"(?P<arabic>{ARABIC})|百分之(?P<percent>{CHINESE})|(?P<chinese>{CHINESE})")
MULTIPLIERS = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "百": 1e2}

# Set phrases whose numerals name a policy or slogan, never a count.
SET_PHRASES = (
    "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "两个大局", "三个代表", "八项规定", "五位一体",
    "两学一做", "三严三实", "三会一课", "一带一路", "两个责任", "四个一律", "一岗双责", "两个毫不动摇",
    "四下基层", "三个务必", "五个必须", "两个结合", "一件事", "一张网", "一盘棋", "一张图", "一站式",
    "一次性", "一把手", "一体化", "一网通办", "一窗通办", "一网统管", "一码通", "最多跑一次", "一次办",
)
_SET_PHRASE = re.compile("|".join(map(re.escape, sorted(SET_PHRASES, key=len, reverse=True))))


_CODE_AFTER = re.compile(r"[A-Za-z/_\-]")
_CODE_BEFORE = re.compile(r"[A-Za-z/_]$")
_RANGE_AFTER = re.compile(r"-[1-9][0-9]{0,3}(?:[.][0-9]+)?(?:[\u4e00-\u9fff]|%)")
_SESSION = re.compile(r"次(?:全会|全体会议|会议|党代会|代表大会|大会|常委会)")


@dataclass(frozen=True)
class Numeral:
    start: int
    end: int
    value: float
    chinese: bool
    percent: bool = False  # 百分之…


def to_halfwidth(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def arabic_value(text: str) -> float:
    return float(to_halfwidth(text).replace(",", ""))


def chinese_value(text: str) -> float | None:
    """The value of a Chinese numeral (十, 两千, 一万二千九百八十六, 九十五点一六), or None."""
    text = text.replace("廿", "二十").replace("〇", "零")
    if text.startswith("两"):
        text = "二" + text[1:]
    if "万亿" in text:  # cn2an cannot fold 万亿
        head, _, tail = text.partition("万亿")
        high = chinese_value(head) if head else 1.0
        low = chinese_value(tail) if tail else 0.0
        return None if high is None or low is None else high * 1e12 + low
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError):
        pass
    # 五亿一千 (as cn2an.an2cn writes 500001000, without its 零) is read group by group
    for unit, scale in (("亿", 1e8), ("万", 1e4)):
        head, found, tail = text.rpartition(unit)
        if found and head and tail:
            high, low = chinese_value(head + unit), chinese_value(tail)
            if high is not None and low is not None and low < scale:
                return high + low
    return None


def _is_digit_string(text: str) -> bool:
    """二〇二三: digits read one by one (a year or code), not a magnitude numeral."""
    return len(text) >= 3 and all(c in "零〇一二三四五六七八九" for c in text)


def word_numeral_reason(text: str, start: int, end: int) -> str | None:
    """Why the numeral text[start:end] is a word rather than a number, or None if it is a number."""
    core = text[start:end]
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if before.endswith("第") or (before.endswith("初") and core[0] in CN_DIGITS):
        return "ordinal"
    if after.startswith("是") and core in "一二三四五六七八九十":
        return "enumerator"
    if before.endswith("届") or _SESSION.match(text, end):
        return "session number"  # 十三届全国人大二次会议, 十二届十一次全会
    if after[:1] and after[:1] in "、）)" and len(core) <= 2 and (start == 0 or text[start - 1] in "\n（(　 "):
        return "list marker"
    if core[0] in _CN_CHARS:
        window_start = max(0, start - 6)
        for phrase in _SET_PHRASE.finditer(text, window_start, end + 6):
            if phrase.start() <= start < phrase.end():
                return "set phrase"
    if core[0] in _CN_CHARS and _is_digit_string(core):
        return "digit string"
    if core[0] in _CN_CHARS and _slogan(text, start, end):
        return "slogan"
    if core[0] not in _CN_CHARS:
        if (before[-1:] and before[-1:] in "+＋") or (after[:1] and after[:1] in "+＋"):
            return "formula slogan"
        is_range = _RANGE_AFTER.match(text, end) and len(core) <= 3 and not core.startswith("0")  # 3-5天
        if (_CODE_AFTER.match(after[:1]) and not is_range) or _CODE_BEFORE.search(before):
            return "code"
    return None


def _slogan(text: str, start: int, end: int) -> bool:
    """一案一周一通报, 两队一室, 三圈五域, 两升两降: numerals alternating with single words."""
    chinese_numeral = re.compile(rf"[{_CN_CHARS}]")
    left, right = text[max(0, start - 3) : start], text[end : end + 3]
    return bool(
        (len(right) >= 2 and chinese_numeral.match(right[1]) and not chinese_numeral.match(right[0]))
        or (len(left) >= 2 and chinese_numeral.match(left[-2]) and not chinese_numeral.match(left[-1]))
    )


@lru_cache(maxsize=8)
def _core_pattern(next_chars: str | None) -> re.Pattern[str]:
    """NUMBER_CORE, with Chinese numerals kept only when one of `next_chars` follows: 一 and 二
    occur in a great many words, and most are never followed by a measure word."""
    if next_chars is None:
        return NUMBER_CORE
    follow = "[" + re.escape(next_chars) + "]"
    return re.compile(
        rf"(?P<arabic>{ARABIC})|百分之(?P<percent>{CHINESE})|(?P<chinese>{CHINESE})(?=\s*{follow})"
    )


def find_numerals(text: str, next_chars: str | None = None) -> list[Numeral]:
    """Every numeral core in `text` meant as a number, with its value (multipliers not folded).
    `next_chars`: when given, a Chinese numeral counts only if one of these characters follows."""
    found = []
    for match in _core_pattern(next_chars).finditer(text):
        start, end = match.span()
        if match.group("percent"):
            value = chinese_value(match.group("percent"))
            if value is not None:
                found.append(Numeral(start, end, value, chinese=True, percent=True))
            continue
        if word_numeral_reason(text, start, end):
            continue
        if match.group("arabic"):
            found.append(Numeral(start, end, arabic_value(match.group("arabic")), chinese=False))
            continue
        core = match.group("chinese")
        # Strip a trailing magnitude the tail reads as a multiplier (五十万 stays whole: cn2an folds it).
        value = chinese_value(core)
        if value is not None:
            found.append(Numeral(start, end, value, chinese=True))
    return found
