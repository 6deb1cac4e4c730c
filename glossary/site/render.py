"""terms.yml → the site's pages as Markdown: a pure function, no mkdocs and no disk.

The mkdocs plugin hands each page to mkdocs as an in-memory file. One rule for everything that
came from a report or an editor, wherever it lands: it is text, never markup and never a URL.
Markdown gets it through `escape`, HTML and the search index (whose text Material's search box
shows as HTML) through `escape_html`, so a report quoting `<script>` or `**` shows it as text; links
point at slugs of letters, digits and '-', never at a file name or anything an editor wrote.
Term pages stay out of Material's search index: the glossary's own search index
(search_index.py) finds them by what names them, rather than by the snippets of other terms
they mention.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from ..export import FORMATS
from ..keys import key, sort_key, toneless, unquote
from ..language import NUMERALS
from ..model import DEFINED_IN, Meaning, Report, lexicon_definition, meanings
from ..search import readings, search_keys
from ..store import Glossary
from .annotate import Forms, pieces

KIND_NAMES = {"numbered": "数字缩略语", "slogan": "政策提法", "other": "其他词语"}
STATUS_NAMES = {"reviewed": "已审核", "auto": "自动抽取，未经审核"}
SUMMARY_MARKER = "<!-- glossary-summary -->"
DOWNLOADS = "downloads"  # the folder of the site that offers terms.yml in other formats
HOME_INTRO = "# 政府工作报告词典\n\n政府工作报告中的政策提法与数字缩略语及其解释。\n"
EXCLUDED = "{: data-search-exclude }"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")  # < > & are escaped as HTML
_UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")  # not spaces
_NUMERAL = re.compile(f"[{NUMERALS}]+")
_RELATED = 8  # related terms shown on a page: a handful of next clicks, not a second index
_INDEX_NAMES = ("index", "readme")  # mkdocs takes index.md and README.md for the folder's page
_GLOSS_CHARS = 120  # a tooltip recalls the meaning; the term's page has all of it
_SLUG_BYTES = 120  # a page is a folder of that name: file systems allow 255 bytes


@dataclass(frozen=True)
class Page:
    """One generated page: where it lives in the docs tree and its Markdown."""

    path: str
    markdown: str


def plain(text: object) -> str:
    """Text on one line, without the control characters that HTML and YAML cannot hold: line
    breaks (U+2028 too) would end a Markdown block or the front matter's YAML early.

    >>> plain("a\\u2028---\\x85b\\x07c")
    'a --- bc'
    """
    return " ".join(_UNPRINTABLE.sub("", str(text)).split())


def escape_html(text: object) -> str:
    """Report or editor text as literal HTML text or attribute value.

    >>> escape_html('"><img src=x onerror=alert(1)>')
    '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'
    """
    return html.escape(plain(text), quote=True)


def escape(text: object) -> str:
    """Report or editor text as literal text in Markdown: Markdown syntax backslashed, then HTML
    escaped (in this order, so that the '#' of an entity such as &#x27; stays an entity).

    >>> escape("<script>**1.** [a](b)")
    '&lt;script&gt;\\\\*\\\\*1\\\\.\\\\*\\\\* \\\\[a\\\\]\\\\(b\\\\)'
    """
    return html.escape(_MARKDOWN_SPECIAL.sub(r"\\\1", plain(text)), quote=True)


def kind_name(kind: str | None) -> str:
    """The kind as Markdown: its name for the known ones, an editor's own kind escaped."""
    return KIND_NAMES.get(kind or "other") or escape(kind)


class Site:
    """The pages of one glossary, with the URLs that link them."""

    def __init__(self, glossary: Glossary, texts: dict[str, Report] | None = None):
        self.reports = glossary.reports
        self.texts = texts or {}
        self.entries = sorted(glossary.live(), key=lambda e: sort_key(e["term"], e.get("pinyin") or ""))
        self.slugs = slugs(self.entries)
        self.related = related_terms(self.entries)
        self.by_report = _terms_by_report(self.entries)
        self.report_ids = sorted(set(self.reports) | set(self.by_report))
        self.report_slugs = report_slugs(self.report_ids)

    def pages(self) -> list[Page]:
        """Every generated page; index.md only when the project has none of its own."""
        pages = [Page(self.term_path(e["term"]), self.term_page(e)) for e in self.entries]
        pages += [Page("a-z.md", self.alphabet_page()), Page("kinds.md", self.kinds_page())]
        pages += [Page("reports/index.md", self.reports_page())]
        pages += [Page(self.report_path(rid), self.report_page(rid)) for rid in self.report_ids]
        pages += [Page(f"{DOWNLOADS}/index.md", self.downloads_page())]
        return pages

    # paths and links ---------------------------------------------------------------

    def term_path(self, term: str) -> str:
        return f"terms/{self.slugs[term]}.md"

    def report_path(self, report_id: str) -> str:
        return f"reports/{self.report_slugs[report_id]}.md"

    def report_title(self, report_id: str) -> str:
        return str((self.reports.get(report_id) or {}).get("title") or report_id)

    def term_link(self, term: str, base: str) -> str:
        return f"[{escape(term)}]({base}{self.term_path(term)})"

    def report_link(self, report_id: str, base: str, text: str | None = None) -> str:
        return f"[{escape(text or self.report_title(report_id))}]({base}{self.report_path(report_id)})"

    # term pages -----------------------------------------------------------------

    def term_page(self, entry: dict) -> str:
        term = entry["term"]
        lines = _front_matter(entry)
        lines += [f"# {escape(term)}", ""]
        facts = [f"*{escape(entry['pinyin'])}*"] if entry.get("pinyin") and entry["pinyin"] != term else []
        facts += [kind_name(entry.get("kind")), STATUS_NAMES.get(entry.get("status", "auto"), "")]
        lines += [" · ".join(f for f in facts if f), ""]
        lines += self._definition(entry)
        forms = [f for f in [entry.get("display"), *(entry.get("aliases") or [])] if f and key(f) != key(term)]
        if forms:
            lines += ["写法：" + "、".join(escape(f) for f in dict.fromkeys(forms)), ""]
        lines += self._other_definitions(entry)
        lines += self._occurrences(entry)
        lines += self._related(entry)
        if entry.get("note"):
            lines += [f"## 编辑备注 {EXCLUDED}", "", escape(entry["note"]), ""]
        return "\n".join(lines)

    def _definition(self, entry: dict) -> list[str]:
        found = meanings(entry, self.reports)
        if len(found) > 1:
            return self._meanings(found)
        definition = entry.get("definition")
        if not definition:
            return ["*暂无释义。*", ""]
        return [escape(definition), "", f"<small>释义来源：{self._origin(entry, definition)}</small>", ""]

    def _meanings(self, found: list[Meaning]) -> list[str]:
        """Reports that mean different things by one name: each meaning with the reports giving it,
        so no report's definition reads as the meaning of another report's term."""
        lines = ["各报告所指不同：", ""]
        for number, meaning in enumerate(found, 1):
            where = "、".join(self.report_link(cited.id, "../", cited.label()) for cited in meaning.reports)
            lines.append(f"{number}. 在{where}{DEFINED_IN[meaning.origin]}中，{escape(meaning.form)}指：{escape(meaning.definition)}")
        return lines + [""]

    def _origin(self, entry: dict, definition: str) -> str:
        for source in entry.get("sources") or []:
            if source.get("definition") == definition:
                return f"{self.report_link(source['report'], '../')}{_where(source)}"
        if definition == lexicon_definition(entry):
            introduced = entry["lexicon"].get("introduced")
            return DEFINED_IN["lexicon"] + (f"（首提：{escape(introduced)}）" if introduced else "")
        return "编辑撰写"

    def _other_definitions(self, entry: dict) -> list[str]:
        if len(meanings(entry, self.reports)) > 1:
            return []  # every report's definition is one of the meanings above
        others = [s for s in entry.get("sources") or [] if s.get("definition") and s["definition"] != entry.get("definition")]
        if not others:
            return []
        lines = [f"## 其他报告的解释 {EXCLUDED}", ""]
        for source in others:
            lines.append(f"- {self.report_link(source['report'], '../')}{_where(source)}：{escape(source['definition'])}")
        return lines + [""]

    def _occurrences(self, entry: dict) -> list[str]:
        sources = entry.get("sources") or []
        if not sources:
            return []
        lines = [f"## 出现于 {len(sources)} 份报告 {EXCLUDED}", ""]
        for source in sources:
            lines.append(f"- {self.report_link(source['report'], '../')}：{source.get('count', 0)} 次")
            if source.get("context"):
                names = [entry["term"], *(source.get("forms") or [])]
                lines += ["", f"    > {highlight(source['context'], names)}", ""]
        return lines + [""]

    def _related(self, entry: dict) -> list[str]:
        related = self.related.get(entry["term"]) or []
        if not related:
            return []
        lines = [f"## 相关词条 {EXCLUDED}", ""]
        lines += [f"- {self.term_link(t, '../')}" for t in related]
        return lines + [""]

    # indexes --------------------------------------------------------------------

    def alphabet_page(self) -> str:
        groups: dict[str, list[dict]] = defaultdict(list)
        for entry in self.entries:
            groups[initial_letter(entry)].append(entry)
        letters = sorted(groups, key=lambda g: (g == "#", g))
        lines = _excluded_front_matter() + ["# 按拼音首字母", ""]
        lines += [" · ".join(f"[{g}](#{_anchor(g)})" for g in letters), ""]
        for letter in letters:
            lines += [f"## {letter} {{: #{_anchor(letter)} }}", ""]
            lines += [self._index_line(e) for e in groups[letter]] + [""]
        return "\n".join(lines)

    def kinds_page(self) -> str:
        groups: dict[str, list[dict]] = defaultdict(list)
        for entry in self.entries:
            groups[entry.get("kind") or "other"].append(entry)
        order = [k for k in KIND_NAMES if k in groups] + sorted(k for k in groups if k not in KIND_NAMES)
        lines = _excluded_front_matter() + ["# 按类型", ""]
        for kind in order:
            lines += [f"## {kind_name(kind)}（{len(groups[kind])}）", ""]
            lines += [self._index_line(e) for e in groups[kind]] + [""]
        return "\n".join(lines)

    def _index_line(self, entry: dict) -> str:
        reading = f" {escape(entry['pinyin'])}" if entry.get("pinyin") and entry["pinyin"] != entry["term"] else ""
        return f"- {self.term_link(entry['term'], '')}{reading}"

    def reports_page(self) -> str:
        lines = _excluded_front_matter() + ["# 报告", "", "| 报告 | 地区 | 年份 | 词条 |", "| --- | --- | --- | --- |"]
        for rid in sorted(self.report_ids, key=lambda r: (str(self._meta(r, "year")), r), reverse=True):
            lines.append(f"| {self.report_link(rid, '../')} | {escape(self._meta(rid, 'place'))} "
                         f"| {escape(self._meta(rid, 'year'))} | {len(self.by_report.get(rid, []))} |")
        return "\n".join(lines) + "\n"

    def report_page(self, report_id: str) -> str:
        terms = self.by_report.get(report_id, [])
        explained = [t for t, s in terms if s.get("how") == "glossary"]
        lines = _title_front_matter(self.report_title(report_id)) + [f"# {escape(self.report_title(report_id))}", ""]
        lines += [f"地区：{escape(self._meta(report_id, 'place'))} · 年份：{escape(self._meta(report_id, 'year'))} · "
                  f"词条 {len(terms)} 个，其中 {len(explained)} 个见于本报告的名词解释"
                  + (" · [阅读全文](#full-text)" if report_id in self.texts else ""), ""]
        lines += [f"## 词条 {EXCLUDED}", "", "| 词条 | 类型 | 次数 | 名词解释 |", "| --- | --- | --- | --- |"]
        for entry, source in terms:
            mark = "✓" if source.get("how") == "glossary" else ""
            lines.append(f"| {self.term_link(entry['term'], '../')} | {kind_name(entry.get('kind'))} "
                         f"| {source.get('count', 0)} | {mark} |")
        if report_id in self.texts:
            lines += ["", *self._full_text(self.texts[report_id], terms)]
        return "\n".join(lines) + "\n"

    def _full_text(self, report: Report, terms: list[tuple[dict, dict]]) -> list[str]:
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
        lines += [self._marked(line, forms, owners) for line in report.body.splitlines() if line.strip()]
        if report.section.strip():
            lines += [f"### 名词解释 {EXCLUDED}"]
            lines += [self._marked(line, forms, owners) for line in report.section.splitlines() if line.strip()]
        return [line for paragraph in lines for line in (paragraph, "")]

    def _marked(self, line: str, forms: Forms, owners: dict[str, tuple[dict, dict]]) -> str:
        marked = []
        for piece, is_term in pieces(line.replace("**", ""), forms):  # bold marks of web copies, not words
            if not is_term:
                marked.append(escape(piece))
                continue
            entry, source = owners[piece]
            definition = entry.get("definition") or source.get("definition")
            gloss = _gloss(definition) if definition else "暂无释义，见词条页。"
            marked.append(f'<span class="glossary-mark">[{escape(piece)}](../{self.term_path(entry["term"])})'
                          f'<span class="glossary-gloss" role="tooltip"><strong>{escape(entry["term"])}</strong>：{escape(gloss)}</span></span>')
        return "".join(marked)

    def _meta(self, report_id: str, name: str) -> str:
        value = (self.reports.get(report_id) or {}).get(name)
        return "—" if value is None else str(value)

    # home -----------------------------------------------------------------------

    def summary(self, base: str = "") -> str:
        """Counts, how to search and the entry points: what replaces SUMMARY_MARKER on the home page."""
        kinds: dict[str, int] = defaultdict(int)
        for entry in self.entries:
            kinds[entry.get("kind") or "other"] += 1
        counted = "，".join(f"{kind_name(k)} {n} 个" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
        lines = [f"本词典收录 **{len(self.entries)}** 个词条（{counted or '暂无'}），"
                 f"来自 **{len(self.report_ids)}** 份政府工作报告。", ""]
        lines += ["## 如何检索", "", "在页面顶部的搜索框输入词条本身、其中的词语、不带声调的拼音或拼音首字母"]
        example = self._search_example()
        if example:
            spelled, abbreviated = readings(example)[0]
            inner = search_keys(example)[-1]
            lines[-1] += (f"：{escape(example['term'])}、{escape(inner)}、{escape(spelled)} 和 {escape(abbreviated)} "
                          f"都能找到“{escape(example['term'])}”")
        lines[-1] += "。"
        lines += [""]
        lines += ["## 索引", "",
                  f"- [按拼音首字母]({base}a-z.md)",
                  f"- [按类型]({base}kinds.md)",
                  f"- [按报告]({base}reports/index.md)", ""]
        lines += ["## 下载", "", self._download_list(f"{base}{DOWNLOADS}/"), ""]
        return "\n".join(lines)

    def downloads_page(self) -> str:
        """The glossary as files for other tools, each named with what reads it."""
        return ("# 下载\n\n本词典的全部词条（不含已否决的词条），每种格式一个文件：\n\n"
                + self._download_list("") + "\n\n生成方式与命令行相同：`glossary export FORMAT`。\n")

    @staticmethod
    def _download_list(base: str) -> str:
        return "\n".join(f"- [{f.filename}]({base}{f.filename})：{f.label}" for f in FORMATS.values())

    def _search_example(self) -> dict | None:
        """A numbered term written in Chinese characters, to show every way of searching."""
        for entry in self.entries:
            term = entry["term"]
            if entry.get("kind") == "numbered" and 3 <= len(term) <= 6 and all("\u4e00" <= ch <= "\u9fff" for ch in term):
                return entry
        return None

    def home_page(self) -> str:
        """The home page of a project without docs/index.md: a title, a line, the summary."""
        return HOME_INTRO + "\n" + SUMMARY_MARKER + "\n"


def _terms_by_report(entries: list[dict]) -> dict[str, list[tuple[dict, dict]]]:
    """Each report's (entry, source record) pairs, in the entries' order."""
    by_report: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for entry in entries:
        for source in entry.get("sources") or []:
            by_report[source["report"]].append((entry, source))
    return dict(by_report)


def _gloss(definition: str) -> str:
    """A definition cut to a tooltip's length.

    >>> _gloss("甲" * 130)[-3:]
    '甲……'
    """
    return definition if len(definition) <= _GLOSS_CHARS else definition[:_GLOSS_CHARS] + "……"


def _where(source: dict) -> str:
    """Where in the report a definition stands."""
    return DEFINED_IN[source.get("how") or "inline"]


def highlight(context: str, names: list[str]) -> str:
    """A context snippet, escaped, with each written form of the term in <mark>."""
    plain = sorted({n for n in names if n} | {unquote(n) for n in names if n}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in plain if n))
    out, last = [], 0
    for match in pattern.finditer(context):
        out += [escape(context[last:match.start()]), f"<mark>{escape(match.group())}</mark>"]
        last = match.end()
    out.append(escape(context[last:]))
    return "".join(out)


def report_slugs(report_ids: list[str]) -> dict[str, str]:
    """A page name per report id (a file name, or whatever an editor wrote under `reports:`):
    its letters and digits joined by '-', lower case (two pages differing in case would be one
    on a case-insensitive disk), never a name mkdocs takes for a folder's index page.

    Ids that are their own slug keep it; the others take the next free number.

    >>> ids = ["2024-jilin", "../2024 Jilin", "a)<img src=x>(b", "index"]
    >>> [report_slugs(ids)[i] for i in ids]
    ['2024-jilin', '2024-jilin-2', 'a-img-src-x-b', 'index-2']
    """
    wanted = {rid: _slug(rid, r"[^\w-]+", "report") for rid in report_ids}
    taken = set(_INDEX_NAMES)
    result = {}
    for rid in sorted(report_ids, key=lambda r: (wanted[r] != r, r)):
        slug, n = wanted[rid], 1
        while slug in taken:
            n += 1
            slug = f"{wanted[rid]}-{n}"
        taken.add(slug)
        result[rid] = slug
    return result


def _slug(text: str, unsafe: str, empty: str) -> str:
    """Text as a page name: runs of `unsafe` characters as '-', lower case, short enough for
    any file system."""
    slug = re.sub(unsafe, "-", unicodedata.normalize("NFKC", text).lower()).strip("-")
    slug = slug.encode("utf-8")[:_SLUG_BYTES].decode("utf-8", errors="ignore").rstrip("-")
    return slug or empty


def slugs(entries: list[dict]) -> dict[str, str]:
    """A stable URL slug per term: its toneless pinyin by syllable (si-heng-san-zong).

    Terms that read alike get the slug in order of the terms themselves, the later ones with a
    number: adding an unrelated term never moves a page.
    """
    by_slug: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        by_slug[_slug_text(entry)].append(entry["term"])
    result = {}
    for slug, terms in by_slug.items():
        for n, term in enumerate(sorted(terms)):
            result[term] = slug if n == 0 else f"{slug}-{n + 1}"
    return result


def _slug_text(entry: dict) -> str:
    text = unicodedata.normalize("NFKD", (entry.get("pinyin") or entry["term"]).replace("ü", "v"))
    return _slug("".join(ch for ch in text if not unicodedata.combining(ch)), r"[^a-z0-9]+", "term")


def initial_letter(entry: dict) -> str:
    """The A–Z heading a term is listed under; terms that start with a digit go under #."""
    first = toneless(entry.get("pinyin") or entry["term"])[:1].upper()
    return first if "A" <= first <= "Z" else "#"


def related_terms(entries: list[dict]) -> dict[str, list[str]]:
    """Terms worth a reader's next click: the same numbered pattern (四横三纵, 两横三纵) or one
    headword inside another (双停, 双停企业)."""
    by_pattern: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        pattern = numbered_pattern(entry["term"])
        if pattern:
            by_pattern[pattern].append(entry["term"])
    terms = [e["term"] for e in entries]
    known = set(terms)
    nested: dict[str, list[str]] = defaultdict(list)
    for term in terms:
        for inner in _substrings(term) & known:
            nested[term].append(inner)
            nested[inner].append(term)
    related: dict[str, list[str]] = {}
    for term in terms:
        same = [t for t in by_pattern.get(numbered_pattern(term) or "", []) if t != term]
        found = list(dict.fromkeys(same + sorted(nested.get(term, []))))[:_RELATED]
        if found:
            related[term] = found
    return related


def _substrings(term: str) -> set[str]:
    """Every piece of two or more characters, the term itself left out."""
    return {term[i:j] for i in range(len(term)) for j in range(i + 2, len(term) + 1)} - {term}


def numbered_pattern(term: str) -> str | None:
    """四横三纵 → N横N纵; None for terms without numerals or with nothing but numerals.

    >>> numbered_pattern("四横三纵"), numbered_pattern("1314")
    ('N横N纵', None)
    """
    pattern = _NUMERAL.sub("N", term)
    if pattern == term or not pattern.strip("N"):
        return None
    return pattern


def _front_matter(entry: dict) -> list[str]:
    """The page's title, as for `_title_front_matter`; the page stays out of Material's search
    index, since the glossary's search index finds it."""
    return ["---", _meta("title", escape_html(entry["term"])), "search:", "  exclude: true", "---", ""]


def _title_front_matter(title: str) -> list[str]:
    """The page title, escaped, for the theme's <title>: from the page's heading the theme would
    take it through `striptags`, which unescapes &lt;/title&gt; back into markup."""
    return ["---", _meta("title", escape_html(title)), "---", ""]


def _meta(name: str, value: object) -> str:
    """One line of front matter: JSON is YAML, and escaped text holds no line break."""
    return f"{name}: {json.dumps(value, ensure_ascii=False)}"


def _excluded_front_matter() -> list[str]:
    return ["---", "search:", "  exclude: true", "---", ""]


def _anchor(letter: str) -> str:
    return "digits" if letter == "#" else letter.lower()
