"""Build a corpus of N distinct reports from the real texts in data/raw/.

Each copy gets another city (so agencies and places differ), its years shifted (so partitions
spread over a decade) and every figure changed (so no two documents share a doc_id and nothing
is deduplicated or cached away). Deterministic for a given N and seed.

    uv run python bench/scale_corpus.py --docs 1000 --out /tmp/corpus-1000
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CITIES = [
    "苏州", "无锡", "常州", "徐州", "扬州", "镇江", "泰州", "盐城", "淮安", "宿迁", "连云港", "南通",
    "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "台州", "合肥", "芜湖", "蚌埠", "安庆",
    "福州", "厦门", "泉州", "漳州", "南昌", "九江", "赣州", "济南", "青岛", "淄博", "烟台", "潍坊",
    "郑州", "洛阳", "开封", "武汉", "宜昌", "襄阳", "长沙", "株洲", "湘潭", "广州", "深圳", "佛山",
    "东莞", "珠海", "南宁", "柳州", "桂林", "成都", "绵阳", "德阳", "贵阳", "遵义", "昆明", "曲靖",
    "西安", "宝鸡", "咸阳", "兰州", "天水", "银川", "西宁", "太原", "大同", "石家庄", "保定", "唐山",
    "沈阳", "大连", "鞍山", "长春", "吉林", "哈尔滨", "齐齐哈尔", "呼和浩特", "包头", "乌鲁木齐",
]
SEED_CITIES = ["南京", "济宁", "中山", "汉中"]
_YEAR = re.compile(r"(?<!\d)(20[12]\d)(?=\s*年)")
_FIGURE = re.compile(r"(?<![\d.])(\d{1,4})(?=\s*(?:余|多)?\s*(?:万)?\s*(?:次|件|起|个|名|人次|人|期|场次|项|篇|条|部|册|间|辆|套|案|份))")


def variant(text: str, index: int, rng: random.Random) -> str:
    city = CITIES[index % len(CITIES)]
    for seed_city in SEED_CITIES:
        text = text.replace(seed_city, city)
    shift = rng.randint(-8, 1)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    return _FIGURE.sub(lambda m: str(max(1, int(int(m.group(1)) * rng.uniform(0.5, 1.5)) + index % 7)), text)


def build(n_docs: int, out_dir: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(n_docs):
        text = variant(sources[index % len(sources)], index, rng) + f"\n（编号{index:07d}）\n"
        path = out_dir / f"{index // 1000:03d}" / f"doc_{index:07d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"wrote {len(build(args.docs, args.out, args.seed))} documents under {args.out}")


if __name__ == "__main__":
    main()
