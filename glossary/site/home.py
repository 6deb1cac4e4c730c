"""The home page's summary (counts, how to search, what the latest year brought, the indexes)
and the downloads page."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..export import FORMATS
from ..search import readings, search_keys
from .indexes import ALPHABET, KINDS, index_line
from .reports import NEW
from .term_page import kind_name
from .text import escape

Site = Any  # render.Site, whose parts these pages are: they cannot import it back

SUMMARY_MARKER = "<!-- glossary-summary -->"
DOWNLOADS = "downloads"  # the folder of the site that offers terms.yml in other formats
HOME_INTRO = "# 政府工作报告词典\n\n政府工作报告中的政策提法与数字缩略语及其解释。\n"
NEW_ON_HOME = 20  # new terms shown on the home page; the year's page lists them all


def summary(site: Site, base: str = "") -> str:
    """Counts, how to search and the entry points: what replaces SUMMARY_MARKER on the home page."""
    kinds: dict[str, int] = defaultdict(int)
    for entry in site.entries:
        kinds[entry.get("kind") or "other"] += 1
    counted = "，".join(f"{kind_name(k)} {n} 个" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
    lines = [f"本词典收录 **{len(site.entries)}** 个词条（{counted or '暂无'}），"
             f"来自 **{len(site.report_ids)}** 份政府工作报告。", ""]
    lines += ["## 如何检索", "", "在页面顶部的搜索框输入词条本身、其中的词语、不带声调的拼音或拼音首字母"]
    example = _search_example(site)
    if example:
        spelled, abbreviated = readings(example)[0]
        inner = search_keys(example)[-1]
        lines[-1] += (f"：{escape(example['term'])}、{escape(inner)}、{escape(spelled)} 和 {escape(abbreviated)} "
                      f"都能找到“{escape(example['term'])}”")
    lines[-1] += "。"
    lines += [""]
    lines += _new_terms(site, base)
    lines += ["## 索引", "",
              f"- [按拼音首字母]({base}{ALPHABET}/index.md)",
              f"- [按类型]({base}{KINDS}/index.md)",
              f"- [按报告年份]({base}reports/index.md)",
              f"- [按地区]({base}places/index.md)", ""]
    lines += ["## 下载", "", _download_list(f"{base}{DOWNLOADS}/"), ""]
    return "\n".join(lines)


def _new_terms(site: Site, base: str) -> list[str]:
    """The terms first seen in the latest year, the most widespread first."""
    if site.years is None or site.years[0] == site.years[1] or not site.new_terms.get(site.years[1]):
        return []  # a glossary of one year: everything is new
    year = site.years[1]
    new = site.new_terms[year]
    shown = sorted(new, key=lambda e: -len(e.get("sources") or []))[:NEW_ON_HOME]
    lines = [f"## {year} 年新见词条", "",
             f"{year} 年的报告中首次出现 [{len(new)} 个词条]({base}{NEW}/{year}/index.md)"
             + ("，以下是出现在报告最多的几个：" if len(new) > len(shown) else "："), ""]
    return lines + [index_line(site, e, base) for e in shown] + [""]


def downloads_page() -> str:
    """The glossary as files for other tools, each named with what reads it."""
    return ("# 下载\n\n本词典的全部词条（不含已否决的词条），每种格式一个文件：\n\n"
            + _download_list("") + "\n\n生成方式与命令行相同：`glossary export FORMAT`。\n")


def _download_list(base: str) -> str:
    return "\n".join(f"- [{f.filename}]({base}{f.filename})：{f.label}" for f in FORMATS.values())


def _search_example(site: Site) -> dict | None:
    """A numbered term written in Chinese characters, to show every way of searching."""
    for entry in site.entries:
        term = entry["term"]
        if entry.get("kind") == "numbered" and 3 <= len(term) <= 6 and all("\u4e00" <= ch <= "\u9fff" for ch in term):
            return entry
    return None


def home_page() -> str:
    """The home page of a project without docs/index.md: a title, a line, the summary."""
    return HOME_INTRO + "\n" + SUMMARY_MARKER + "\n"
