"""The reports: browsable by year (with the terms each year brought) and by place, and a page
per report listing its terms. Titles, places, levels and years come from `reports:` in
terms.yml; a report known only from source records shows its id."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..keys import pinyin, toneless
from ..model import Report
from .annotate import Forms, pieces
from .indexes import listing
from .paths import Page
from .term_page import kind_name
from .text import escape, escape_html, front_matter, shorten

Site = Any  # render.Site, whose parts these pages are: they cannot import it back

LEVEL_NAMES = {"province": "省级", "city": "市级", "county": "县级", "district": "区级"}
UNDATED = "年份不详"
NEW = "new"  # folder of the terms first seen in each year: new/<year>/
_TOOLTIP_CHARS = 120  # a tooltip recalls the meaning; the term's page has all of it
EXCLUDED = "{: data-search-exclude }"  # a report page is in Material's index: its lists and text are not


def pages(site: Site) -> list[Page]:
    result = [Page("reports/index.md", by_year_page(site)), Page("places/index.md", by_place_page(site))]
    result += [Page(site.report_path(rid), report_page(site, rid)) for rid in site.report_ids]
    for year, entries in site.new_terms.items():
        result += listing(site, f"{NEW}/{year}", f"{year} 年新见词条", entries)
    return result


def by_year_page(site: Site) -> str:
    """Every report under its year, newest year first, with the terms first seen that year."""
    groups: dict[int | None, list[str]] = defaultdict(list)
    for rid in site.report_ids:
        groups[site.report_year(rid)].append(rid)
    lines = front_matter(title="报告", search={"exclude": True}) + ["# 报告", "", "[按地区浏览](../places/index.md)", ""]
    years = sorted((y for y in groups if y is not None), reverse=True)
    lines += [" · ".join(f"[{y}](#y{y})" for y in years), ""]
    for year in [*years, None] if None in groups else years:
        heading = f"{year} 年" if year is not None else UNDATED
        anchor = f"y{year}" if year is not None else "undated"
        lines += [f"## {heading}（{len(groups[year])} 份） {{: #{anchor} }}", ""]
        new = site.new_terms.get(year) if year is not None else None
        if new:
            lines += [f"本年新见词条 [{len(new)} 个](../{NEW}/{year}/index.md)。", ""]
        lines += _report_table(site, sorted(groups[year], key=lambda r: (_place_order(site, r), r)), show_year=year is None)
    return "\n".join(lines) + "\n"


def by_place_page(site: Site) -> str:
    """Every report under its place (in pinyin order), oldest first: how a place's reports run."""
    groups: dict[str, list[str]] = defaultdict(list)
    for rid in site.report_ids:
        groups[site.report_meta(rid, "place") or "地区不详"].append(rid)
    places = sorted(groups, key=lambda p: (p == "地区不详", toneless(pinyin(p)), p))
    lines = front_matter(title="报告 · 按地区", search={"exclude": True})
    lines += ["# 报告 · 按地区", "", "[按年份浏览](../reports/index.md)", ""]
    for place in places:
        level = {site.report_meta(r, "level") for r in groups[place]} - {None}
        named = f"{escape(place)}（{'、'.join(LEVEL_NAMES.get(str(v), escape(v)) for v in sorted(map(str, level)))}）" if level else escape(place)
        lines += [f"## {named} · {len(groups[place])} 份", ""]
        lines += _report_table(site, sorted(groups[place], key=lambda r: (site.report_year(r) or 0, r)), show_place=False)
    return "\n".join(lines) + "\n"


def _report_table(site: Site, report_ids: list[str], show_year: bool = True, show_place: bool = True) -> list[str]:
    head = ["报告", *(["地区"] if show_place else []), *(["年份"] if show_year else []), "级别", "词条"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for rid in report_ids:
        cells = [site.report_link(rid, "../")]
        if show_place:
            cells.append(escape(site.report_meta(rid, "place") or "—"))
        if show_year:
            cells.append(escape(site.report_meta(rid, "year") or "—"))  # as an editor wrote it, if not a year
        level = site.report_meta(rid, "level")
        cells += [LEVEL_NAMES.get(str(level), escape(level or "—")), str(len(site.by_report.get(rid, [])))]
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]


def _place_order(site: Site, report_id: str) -> str:
    return toneless(pinyin(site.report_meta(report_id, "place") or ""))


def report_page(site: Site, report_id: str) -> str:
    terms = site.by_report.get(report_id, [])
    explained = [t for t, s in terms if s.get("how") == "glossary"]
    title = site.report_title(report_id)
    lines = front_matter(title=escape_html(title)) + [f"# {escape(title)}", ""]
    facts = [f"地区：{escape(site.report_meta(report_id, 'place') or '—')}",
             f"年份：{escape(site.report_meta(report_id, 'year') or '—')}"]
    level = site.report_meta(report_id, "level")
    if level:
        facts.append(f"级别：{LEVEL_NAMES.get(str(level), escape(level))}")
    facts.append(f"词条 {len(terms)} 个，其中 {len(explained)} 个见于本报告的名词解释")
    if report_id in site.texts:
        facts.append("[阅读全文](#full-text)")
    lines += [" · ".join(facts), ""]
    lines += [f"## 词条 {EXCLUDED}", "", "| 词条 | 类型 | 次数 | 名词解释 |", "| --- | --- | --- | --- |"]
    for entry, source in terms:
        mark = "✓" if source.get("how") == "glossary" else ""
        lines.append(f"| {site.term_link(entry['term'], '../')} | {kind_name(entry.get('kind'))} "
                     f"| {source.get('count', 0)} | {mark} |")
    if report_id in site.texts:
        lines += ["", *_full_text(site, site.texts[report_id], terms)]
    return "\n".join(lines) + "\n"


def _full_text(site: Site, report: Report, terms: list[tuple[dict, dict]]) -> list[str]:
    """The report as it reads, each term linked to its page with its gloss beside it (shown
    on hover, focus or a first tap: glossary.css, glossary.js). Out of the search index,
    which finds terms, not the reports' sentences."""
    owners: dict[str, tuple[dict, dict]] = {}
    for entry, source in terms:
        for form in [entry["term"], entry.get("display"), *(entry.get("aliases") or []), *(source.get("forms") or [])]:
            if form:
                owners.setdefault(form, (entry, source))
    forms = Forms(owners)
    lines = ["## 全文 {: #full-text data-search-exclude }", "<small>文中标出的词条：指向或轻点可看释义，点击进入词条页。</small>"]
    lines += [_marked(site, line, forms, owners) for line in report.body.splitlines() if line.strip()]
    if report.section.strip():
        lines += [f"### 名词解释 {EXCLUDED}"]
        lines += [_marked(site, line, forms, owners) for line in report.section.splitlines() if line.strip()]
    return [line for paragraph in lines for line in (paragraph, "")]


def _marked(site: Site, line: str, forms: Forms, owners: dict[str, tuple[dict, dict]]) -> str:
    marked = []
    for piece, is_term in pieces(line.replace("**", ""), forms):  # bold marks of web copies, not words
        if not is_term:
            marked.append(escape(piece))
            continue
        entry, source = owners[piece]
        definition = entry.get("definition") or source.get("definition")
        gloss = shorten(definition, _TOOLTIP_CHARS) if definition else "暂无释义，见词条页。"
        marked.append(f'<span class="glossary-mark">[{escape(piece)}](../{site.term_path(entry["term"])})'
                      f'<span class="glossary-gloss" role="tooltip"><strong>{escape(entry["term"])}</strong>：{escape(gloss)}</span></span>')
    return "".join(marked)
