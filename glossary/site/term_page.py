"""A term's page, meaning first: what it means and who says so, in a box; then how it is
written and read; then when and where it occurs, as a chart and as the reports' own sentences.

The page stays out of Material's search index: the glossary's own index (search_index.py)
finds the term by what names it.
"""

from __future__ import annotations

from typing import Any

from ..keys import key
from ..model import DEFINED_IN, Meaning, meanings
from .chart import Sighting, chart, first_seen
from .text import escape, escape_html, front_matter, highlight, sentence, shorten

Site = Any  # render.Site, whose parts these pages are: they cannot import it back

KIND_NAMES = {"numbered": "数字缩略语", "slogan": "政策提法", "other": "其他词语"}
STATUS_NAMES = {"reviewed": "已审核", "auto": "自动抽取，未经审核"}
DESCRIPTION_CHARS = 150  # a search engine shows about this much of a meta description
BEST_SENTENCES = 2  # sentences shown in the box when no report defines the term
ORDINALS = "一二三四五六七八九十"


def kind_name(kind: str | None) -> str:
    """The kind as Markdown: its name for the known ones, an editor's own kind escaped."""
    return KIND_NAMES.get(kind or "other") or escape(kind)


def render(site: Site, entry: dict) -> str:
    """The Markdown of one term's page."""
    term = entry["term"]
    found = meanings(entry, site.reports)
    best = best_sentences(site, entry) if found[0].definition is None else []
    lines = front_matter(title=escape_html(term), description=escape_html(shorten(_description(entry, found, best), DESCRIPTION_CHARS)),
                         search={"exclude": True})
    lines += [f"# {escape(term)}", ""]
    lines += _meaning_boxes(site, entry, found, best)
    lines += _facts(entry)
    lines += _other_definitions(site, entry, found)
    lines += _time_and_place(site, entry)
    lines += _occurrences(site, entry, {(source['report'], text) for source, text in best})
    lines += _related(site, entry)
    if entry.get("note"):
        lines += ["## 编辑备注", "", escape(entry["note"]), ""]
    return "\n".join(lines)


# the meaning ------------------------------------------------------------------------

def _meaning_boxes(site: Site, entry: dict, found: list[Meaning], best: list[tuple[dict, str]]) -> list[str]:
    """One box per meaning, each with where it comes from; the reports' own sentences in the
    box when nobody defined the term."""
    if found[0].definition is None:
        return _sentences_box(site, entry, best)
    if len(found) == 1:
        return _box("abstract", "释义", [escape(found[0].definition), "", f"<small>{_origin(site, found[0], entry)}</small>"])
    lines = [f"<p class=\"glossary-several\">各报告所指不同，共 {len(found)} 种释义：</p>", ""]
    for number, meaning in enumerate(found, 1):
        lines += _box("abstract", f"释义{_ordinal(number)}", [escape(meaning.definition), "", f"<small>{_origin(site, meaning, entry)}</small>"])
    return lines


def _origin(site: Site, meaning: Meaning, entry: dict) -> str:
    """Who gives a meaning, as readers are told: the reports (title and year) and where in them,
    and the form they define."""
    if meaning.origin == "lexicon":
        introduced = (entry.get("lexicon") or {}).get("introduced")
        return "来源：" + DEFINED_IN["lexicon"] + (f"（首提：{escape(introduced)}）" if introduced else "")
    if meaning.origin == "editor" or not meaning.reports:
        return "来源：编辑撰写"
    where = "、".join(site.report_link(cited.id, "../", cited.label()) for cited in meaning.reports)
    form = f"，写作{escape(meaning.form)}" if key(meaning.form) != key(entry["term"]) else ""
    return f"来源：{where}{DEFINED_IN.get(meaning.origin or '', '')}{form}"


def _sentences_box(site: Site, entry: dict, best: list[tuple[dict, str]]) -> list[str]:
    """No report defines the term: the sentences that say most about it, with their reports."""
    if not best:
        return _box("note", "暂无释义", ["尚无报告解释这个词条。"])
    body: list[str] = []
    for source, text in best:
        body += [f"“{highlight(text, _names(entry, source))}”", "",
                 f"<small>——{site.report_link(source['report'], '../', site.report_label(source['report']))}</small>", ""]
    return _box("quote", "暂无释义 · 报告原文", body[:-1])


def best_sentences(site: Site, entry: dict) -> list[tuple[dict, str]]:
    """The sentences a reader learns most from when no report defines the term: each report's
    own choice (`sentence`, extract.sentences) where it made one, else the whole sentence of its
    context; the longest first, earliest report first among equals, at most BEST_SENTENCES."""
    found = [(source, source.get("sentence") or sentence(source["context"], _names(entry, source)))
             for source in site.by_year(entry.get("sources") or []) if source.get("sentence") or source.get("context")]
    return sorted(found, key=lambda pair: (not pair[0].get("sentence"), -len(pair[1])))[:BEST_SENTENCES]


def _box(kind: str, title: str, body: list[str]) -> list[str]:
    """A Material admonition: a titled, coloured box (`title` is our text, never a report's)."""
    return [f'!!! {kind} "{title}"', "", *(f"    {line}" if line else "" for line in body), ""]


def _ordinal(number: int) -> str:
    return ORDINALS[number - 1] if number <= len(ORDINALS) else str(number)


def _description(entry: dict, found: list[Meaning], best: list[tuple[dict, str]]) -> str:
    """The meta description: the definition, else the best sentence, else what it is."""
    if found[0].definition:
        return f"{entry['term']}：{found[0].definition}"
    if best:
        return f"{entry['term']}：{best[0][1]}"
    return f"{entry['term']}：政府工作报告中的{KIND_NAMES.get(entry.get('kind') or 'other', '词语')}"


# forms, reading, kind ---------------------------------------------------------------

def _facts(entry: dict) -> list[str]:
    """Written forms, then pinyin, kind and status, each kept whole on a narrow screen."""
    term = entry["term"]
    lines = []
    forms = [f for f in [entry.get("display"), *(entry.get("aliases") or [])] if f and key(f) != key(term)]
    if forms:
        lines += ["写法：" + "、".join(escape(f) for f in dict.fromkeys(forms)), ""]
    facts = []
    if entry.get("pinyin") and entry["pinyin"] != term:
        facts.append(f'<span class="glossary-fact glossary-pinyin">{escape(entry["pinyin"])}</span>')
    facts.append(f'<span class="glossary-fact">{kind_name(entry.get("kind"))}</span>')
    status = STATUS_NAMES.get(entry.get("status", "auto"))
    if status:
        facts.append(f'<span class="glossary-fact glossary-status-{entry.get("status", "auto")}">{status}</span>')
    return lines + [" · ".join(facts), ""]


def _other_definitions(site: Site, entry: dict, found: list[Meaning]) -> list[str]:
    """An editor's definition stands alone above: what the reports said is kept below it."""
    if found[0].origin != "editor":
        return []
    others = [s for s in entry.get("sources") or [] if s.get("definition")]
    if not others:
        return []
    lines = ["## 其他报告的解释", ""]
    for source in others:
        where = DEFINED_IN.get(source.get("how") or "inline", "")
        lines.append(f"- {site.report_link(source['report'], '../')}{where}：{escape(source['definition'])}")
    return lines + [""]


# when and where ---------------------------------------------------------------------

def sightings(site: Site, entry: dict) -> list[Sighting]:
    """The term's reports that have a year, as the chart draws them."""
    found = []
    for source in entry.get("sources") or []:
        meta = site.reports.get(source["report"]) or {}
        if isinstance(meta.get("year"), int):
            found.append(Sighting(meta["year"], str(meta.get("place") or ""), int(source.get("count") or 0),
                                  site.report_label(source["report"])))
    return found


def _time_and_place(site: Site, entry: dict) -> list[str]:
    seen = sightings(site, entry)
    if not seen or site.years is None:
        return []
    first = first_seen(seen)
    places = {s.place for s in seen}
    years = sorted({s.year for s in seen})
    span = f"{years[0]} 年" if len(years) == 1 else f"{years[0]}—{years[-1]} 年"
    caption = (f"首见：{first.year} 年，{first.place or '地区不详'}（{first.report}）。"
               f"共 {len(seen)} 份报告，{len(places)} 个地区，{span}。")
    undated = len(entry.get("sources") or []) - len(seen)
    if undated:
        caption += f"另有 {undated} 份报告年份不详。"
    return ["## 时间与地区", "",
            f'<div class="glossary-timeline">{chart(seen, site.report_years)}'
            f'<p class="glossary-caption">{escape_html(caption)}</p></div>', ""]


def _occurrences(site: Site, entry: dict, shown: set[tuple[str, str]]) -> list[str]:
    """Each report the term occurs in, in order of year, with the whole sentence it stands in,
    unless the box above already quotes that sentence of that report (`shown`)."""
    sources = site.by_year(entry.get("sources") or [])
    if not sources:
        return []
    lines = [f"## 出现于 {len(sources)} 份报告", ""]
    for source in sources:
        names = _names(entry, source)
        text = sentence(source["context"], names) if source.get("context") else ""
        again = (source["report"], text) in shown
        lines.append(f"- {site.report_link(source['report'], '../', site.report_label(source['report']))}："
                     f"{source.get('count', 0)} 次{'，原句见上' if again else ''}")
        if text and not again:
            lines += ["", f"    > {highlight(text, names)}", ""]
    return lines + [""]


def _names(entry: dict, source: dict) -> list[str]:
    return [entry["term"], *(source.get("forms") or [])]


def _related(site: Site, entry: dict) -> list[str]:
    related = site.related.get(entry["term"]) or []
    if not related:
        return []
    return ["## 相关词条", "", *(f"- {site.term_link(t, '../')}" for t in related), ""]
