#!/usr/bin/env python3
"""Build former_divisions.csv: county-/prefecture-level division names of the PRC
that existed at some point since 1 Jan 2010 but are absent from the newest
national division code table.

Source: yescallop/areacodes (CC0 1.0), a year-by-year compilation of the
Ministry of Civil Affairs (民政部) 县级以上行政区划代码 tables, plus its
`result.csv` (old->new code mapping) and `diff/*.diff` (approval documents).

Usage:
    python3 build.py [--repo GIT_DIR] [--commit SHA] [--start 2009] [--out DIR]
    python3 build.py --from-url            # read raw files from GitHub instead

`--repo` is a git directory (bare or not) of https://github.com/yescallop/areacodes;
files are read with `git show COMMIT:path`, so no work tree is needed.
"""
import argparse
import csv
import io
import os
import re
import subprocess
import sys
import urllib.request
from collections import defaultdict

DEFAULT_REPO = "areacodes"  # a clone of https://github.com/yescallop/areacodes
DEFAULT_COMMIT = "eed219a0678d36bacaa717f62443b10e869f0291"
RAW_URL = "https://raw.githubusercontent.com/yescallop/areacodes/{commit}/{path}"
MUNICIPALITIES = {"11", "12", "31", "50"}
PROVINCE_DIRECT = "省直辖县级行政区划"


class Source:
    def __init__(self, repo, commit, from_url):
        self.repo, self.commit, self.from_url = repo, commit, from_url

    def read(self, path):
        if self.from_url:
            with urllib.request.urlopen(RAW_URL.format(commit=self.commit, path=path)) as r:
                data = r.read()
        else:
            try:
                data = subprocess.run(
                    ["git", "--git-dir", self.repo, "show", f"{self.commit}:{path}"],
                    check=True, capture_output=True).stdout
            except subprocess.CalledProcessError:
                return None
        return data.decode("utf-8-sig")

    def list_years(self):
        if self.from_url:
            years, y = [], 1981
            while True:  # probe sequentially until the first missing year
                try:
                    self.read(f"data/{y}.txt")
                except Exception:
                    break
                years.append(y)
                y += 1
            return years
        out = subprocess.run(["git", "--git-dir", self.repo, "ls-tree", "--name-only",
                              self.commit, "data/"], check=True, capture_output=True,
                             text=True).stdout.split()
        return sorted(int(m.group(1)) for p in out if (m := re.match(r"data/(\d{4})\.txt$", p)))


def level(code):
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def parse_table(text):
    t = {}
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        code, name = line.split(None, 1)
        t[code] = name.strip()
    return t


def parent_city(table, code):
    """City (prefecture-level) name of a county-level code in a given year's table."""
    pc = code[:4] + "00"
    if pc in table and pc != code:
        return table[pc]
    if code[:2] in MUNICIPALITIES:
        return table[code[:2] + "0000"]
    return PROVINCE_DIRECT


def parse_result(text):
    """result.csv -> {(code, name): [row, ...]}"""
    rows = defaultdict(list)
    for r in csv.DictReader(io.StringIO(text)):
        rows[(r["代码"], r["名称"])].append(r)
    return rows


def successors_at_change(row):
    """Codes the record turned into at its change year (ignore earlier [year] transfers)."""
    end = row["变更/弃用时间"]
    out = []
    for tok in filter(None, row["新代码"].split(";")):
        m = re.match(r"(\d{6})(?:\[(\d{4})\])?$", tok)
        if not m:
            continue
        if m.group(2) is None or m.group(2) == end:
            if m.group(1) not in out:
                out.append(m.group(1))
    return out


def parse_diffs(src, years):
    """(to_year, code, name) of '-' lines -> (date, doc number, title)."""
    info = {}
    for y in years[1:]:
        text = src.read(f"diff/{y-1}-{y}.diff")
        if text is None:
            continue
        block, in_block = [], False
        for line in text.splitlines():
            if line.startswith("#"):
                if not in_block:
                    block, in_block = [], True
                block.append(line.lstrip("#").strip())
                continue
            in_block = False
            m = re.match(r"^-(\d{6}) ([^>]+)", line)
            if not m:
                continue
            title = next((b for b in block if b), "")
            date = doc = ""
            for b in block:
                if b.startswith("日期："):
                    dm = re.match(r"日期：\s*([0-9〇零一二三四五六七八九]+)年([0-9十一二三四五六七八九]+)月"
                                  r"([0-9十一二三四五六七八九]+)日", b)
                    date = (f"{cn_number(dm.group(1))}-{cn_number(dm.group(2)):02d}-"
                            f"{cn_number(dm.group(3)):02d}") if dm else b[3:].strip()
                elif b.startswith("文号："):
                    doc = b[3:]
            info[(y, m.group(1), m.group(2).strip())] = (date, doc, title)
    return info


CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CN_DIGITS["零"] = 0


def cn_number(s):
    """'二〇一〇' -> 2010, '二十八' -> 28, '十二' -> 12."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIGITS[a] if a else 1) * 10 + (CN_DIGITS[b] if b else 0)
    return int("".join(str(CN_DIGITS[c]) for c in s))


def suffix_kind(name):
    for s, k in (("自治县", "县"), ("自治旗", "旗"), ("地区", "地区"), ("自治州", "州"),
                 ("林区", "林区"), ("特区", "特区"), ("矿区", "区"), ("盟", "盟"), ("旗", "旗"),
                 ("县", "县"), ("区", "区"), ("市", "市")):
        if name.endswith(s):
            return k
    return ""


CONVERSION = {("县", "区"): "撤县设区", ("县", "市"): "撤县设市", ("市", "区"): "撤市设区",
              ("地区", "市"): "撤地设市", ("旗", "区"): "撤旗设区", ("旗", "市"): "撤旗设市",
              ("盟", "市"): "撤盟设市", ("特区", "区"): "撤特区设区",
              ("区", "县"): "撤区设县", ("市", "县"): "撤市设县"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=DEFAULT_REPO)
    ap.add_argument("--commit", default=DEFAULT_COMMIT)
    ap.add_argument("--from-url", action="store_true")
    ap.add_argument("--start", type=int, default=2009,
                    help="oldest table (year-end); 2009 = state on 1 Jan 2010")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    src = Source(a.repo, a.commit, a.from_url)

    all_years = src.list_years()
    years = [y for y in all_years if y >= a.start]
    latest = years[-1]
    tables = {y: parse_table(src.read(f"data/{y}.txt")) for y in years}
    cur = tables[latest]
    cur_names = {(c[:2], n) for c, n in cur.items()}           # any level
    cur_pairs = set(cur.items())
    result = parse_result(src.read("result.csv"))
    diffinfo = parse_diffs(src, all_years)

    def record_row(code, name, last_year):
        for r in result.get((code, name), []):
            start = int(r["启用时间"])
            end = int(r["变更/弃用时间"]) if r["变更/弃用时间"] else 10**4
            if start <= last_year < end:
                return r
        return None

    def table_at(y):
        if y not in tables:
            tables[y] = parse_table(src.read(f"data/{y}.txt"))
        return tables[y]

    def resolve_now(code, name, depth=0):
        """Follow a (code, name) record forward to the records in the latest table."""
        if (code, name) in cur_pairs or depth > 10:
            return [(code, name)]
        r = None
        for rr in result.get((code, name), []):
            if rr["变更/弃用时间"]:
                r = rr  # latest ended row for this pair
        if r is None:
            return [(code, name)]
        y = int(r["变更/弃用时间"])
        t = table_at(y)
        succ = successors_at_change(r) or ([code] if code in t else [])
        if not succ:
            return [("", "(prefecture abolished)")]
        out = []
        for s in succ:
            for x in resolve_now(s, t.get(s, "?"), depth + 1):
                if x not in out:
                    out.append(x)
        return out or [(code, name)]

    # 1. every (code, name) seen in [start, latest-1], remembering its last year
    last_seen = {}
    for y in years[:-1]:
        for code, name in tables[y].items():
            if level(code) == "province":
                continue
            last_seen[(code, name)] = y

    candidates, shadowed = [], []
    for (code, name), y in last_seen.items():
        if (code, name) in cur_pairs:
            continue
        if (code[:2], name) in cur_names:
            # the unit is gone but its name is still in use in the same province
            shadowed.append((code, name, y))
            continue
        candidates.append((code, name, y))

    # 2. describe each candidate
    rows = []
    for code, name, y in candidates:
        t = tables[y]
        prov = t[code[:2] + "0000"]
        lv = level(code)
        city = name if lv == "prefecture" else parent_city(t, code)
        district = "" if lv == "prefecture" else name
        change_year = y + 1  # first year-end table in which the record is absent
        r = record_row(code, name, y)
        tnext = table_at(change_year)
        succ = successors_at_change(r) if r else []
        if lv == "prefecture" and not succ:
            if code in tnext:
                succ = [code]
            else:  # abolished prefecture: where did its counties go?
                seen = []
                for cc, cn in t.items():
                    if cc[:4] == code[:4] and cc != code:
                        rr = record_row(cc, cn, y)
                        for s in (successors_at_change(rr) if rr else []):
                            pc = s[:4] + "00"
                            p = pc if pc in tnext and pc != s else s
                            if p not in seen:
                                seen.append(p)
                succ = seen
        succ_named = [(s, tnext.get(s, "?")) for s in succ]
        # kind of change
        if not succ_named:
            desc = f"abolished {change_year}"
        elif len(succ_named) > 1:
            desc = "split into " + "、".join(n for _, n in succ_named) + f" {change_year}"
        else:
            s, sn = succ_named[0]
            existed_before = table_at(y).get(s) == sn and s != code
            merged_peers = [k for k in last_seen if k != (code, name) and last_seen[k] == y
                            and (rr := record_row(k[0], k[1], y)) and s in successors_at_change(rr)
                            and level(k[0]) == lv]
            if existed_before or merged_peers:
                desc = f"merged into {sn} {change_year}"
            else:
                kind = CONVERSION.get((suffix_kind(name), suffix_kind(sn)), "")
                desc = f"renamed {sn} {change_year}" + (f" {kind}" if kind else "")
        if succ_named and ([s for s, _ in succ_named] != [code] or desc.startswith("merged")):
            codes = code + "→" + ";".join(s for s, _ in succ_named)
        else:
            codes = code + (", code kept" if succ_named else "")
        note = f"{desc} ({codes})"
        now = []
        for s, sn in succ_named:
            for x in resolve_now(s, sn):
                if x not in now:
                    now.append(x)
        if now and set(now) != set(succ_named) and all(x in cur_pairs for x in now):
            note += "; now " + "、".join(f"{n} {c}" for c, n in now)
        d = diffinfo.get((change_year, code, name))
        if d and (d[0] or d[1]):
            note += "; approved " + " ".join(x for x in d[:2] if x)
        rows.append(dict(name=name, province=prov, city=city, district=district,
                         note=note, _code=code, _year=y))

    # 3. one row per (province, name): keep the most recently existing record
    by_key = defaultdict(list)
    for r in rows:
        by_key[(r["province"], r["name"])].append(r)
    final = []
    for key, rs in by_key.items():
        rs.sort(key=lambda r: (r["_year"], r["_code"]), reverse=True)
        keep = dict(rs[0])
        others = [r for r in rs[1:] if r["city"] != keep["city"]]
        if others:
            keep["note"] += "; also formerly in " + "、".join(
                f"{r['city']} ({r['_code']}, until {r['_year'] + 1})" for r in others)
        final.append(keep)
    final.sort(key=lambda r: (r["_code"][:2], r["district"] != "", r["_code"], r["_year"]))

    os.makedirs(a.out, exist_ok=True)
    cols = ["name", "province", "city", "district", "note"]
    with open(os.path.join(a.out, "former_divisions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(final)
    # side file: units that are gone but whose name still exists in the same province
    with open(os.path.join(a.out, "excluded_name_still_in_use.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "province", "city", "former_code", "last_year_end_table", "now"])
        for code, name, y in sorted(shadowed):
            if any(n == name for _, n in resolve_now(code, name)):
                continue  # same unit, only re-coded / moved: genuinely still exists
            t = tables[y]
            city = name if level(code) == "prefecture" else parent_city(t, code)
            w.writerow([name, t[code[:2] + "0000"], city, code, y,
                        "、".join(f"{n} {c}" for c, n in resolve_now(code, name))])
    print(f"tables {years[0]}..{latest}; candidates {len(candidates)}; rows {len(final)}; "
          f"excluded (name still in use in province) {len(shadowed)}", file=sys.stderr)


if __name__ == "__main__":
    main()
