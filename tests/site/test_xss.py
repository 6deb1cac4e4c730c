"""Nothing in a report or in terms.yml runs as script on the published site.

Sites are built by a real `mkdocs build` from report files and a terms.yml on disk; their pages
and search index are read as a browser parses HTML, and headless Chromium visits every page and
searches. Material's search renders the titles, text and tags of its index as HTML.
"""

from __future__ import annotations

import html.parser
import json
import re
import urllib.parse
from pathlib import Path

import pytest
import yaml
from browser import serve
from building import mkdocs_build
from click.testing import CliRunner
from conftest import REPORT

from glossary.cli import main

_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
_SCRIPT_URL = re.compile(r"^(?:javascript|data|vbscript):")


class Parsed(html.parser.HTMLParser):
    """An HTML document as a browser reads it: its elements with their attributes, the text of
    its scripts, its <title>, and the text of its <article> and of the article's <h1>."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.title = self.article = self.h1 = ""
        self._open: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {name: value or "" for name, value in attrs}))
        if tag not in ("img", "br", "hr", "meta", "link", "input", "source", "wbr"):
            self._open.append(tag)

    def handle_endtag(self, tag):
        if tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag):]

    def handle_data(self, data):
        if self._open[-1:] == ["script"]:
            self.scripts.append(data)
        if "title" in self._open:
            self.title += data
        if "article" in self._open:
            self.article += data
            if "h1" in self._open and data != "¶":  # the heading's permalink
                self.h1 += data


def live_markup(markup: str) -> list[str]:
    """What in a piece of HTML could run script: event handlers, script and data URLs, scripts
    that came from a payload (the theme's own scripts call no alert)."""
    parsed = Parsed(markup)
    found = []
    for tag, attributes in parsed.elements:
        for name, value in attributes.items():
            url = re.sub(r"[\x00-\x20]", "", value).lower()
            if name.startswith("on") or (name in _URL_ATTRIBUTES and _SCRIPT_URL.match(url)):
                found.append(f"<{tag} {name}={value[:60]!r}>")
    return found + [f"<script>{s[:60]}" for s in parsed.scripts if "alert(" in s or "xss_" in s]


def pages(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))}


def search_index(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def term_index(site: Path) -> list[dict]:
    """The rows of the glossary's search index, whose title and text the search box shows as HTML."""
    folder = site / "search" / "glossary"
    lines = (folder / "keys.txt").read_bytes().decode("utf-8").split("\n")[1:]  # \r is part of a line
    texts = [row for n in range(len(list(folder.glob("texts-*.json"))))
             for row in json.loads((folder / f"texts-{n}.json").read_text(encoding="utf-8"))]
    return [{"title": title, "text": text, "keys": keys.replace("\r", "\t").split("\t")}
            for (_, title, text), keys in zip(texts, lines, strict=True)]


def page_titled(site: Path, h1: str) -> Parsed:
    """The built page whose heading contains `h1`."""
    found = [p for p in pages(site).values() if h1 in Parsed(p).h1]
    assert len(found) == 1, f"{len(found)} pages with {h1!r} in their heading"
    return Parsed(found[0])


def links(site: Path, page: str) -> set[Path]:
    """The files a built page links to from its article."""
    parsed = Parsed(pages(site)[page])
    hrefs = [a["href"] for tag, a in parsed.elements if tag == "a" and a.get("href", "").endswith("/")]
    return {(site / page).parent.joinpath(urllib.parse.unquote(h), "index.html").resolve() for h in hrefs}


# a report file name, a 名词解释 item and an editor's kind with markup ------------------------------

MARKUP_REPORT_NAME = "a)<img src=x onerror=alert(1)>(b"
EDITOR_KINDS = {"四横三纵": "[k](javascript:alert(1))", "双停": "<img src=x onerror=alert(1)>"}


@pytest.fixture(scope="module")
def small_site(tmp_path_factory) -> Path:
    """The sample report saved under a file name with markup, its 名词解释 grown by the item
    “<img/src/onerror=alert(1)>计划”, and an editor's kinds with markup and a script link."""
    root = tmp_path_factory.mktemp("small")
    project = root / "project"
    report = root / "reports" / f"{MARKUP_REPORT_NAME}.txt"
    report.parent.mkdir()
    report.write_text(REPORT + "3.“<img/src/onerror=alert(1)>计划”：一项计划。\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(project)]).exit_code == 0
    assert runner.invoke(main, ["extract", str(report), "-o", str(project / "terms.yml")]).exit_code == 0
    data = yaml.safe_load((project / "terms.yml").read_text(encoding="utf-8"))
    for entry in data["terms"]:
        entry["kind"] = EDITOR_KINDS.get(entry["term"], entry.get("kind"))
    assert {e["term"] for e in data["terms"]} >= {*EDITOR_KINDS, "<img/src/onerror=alert(1)>计划"}
    (project / "terms.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = mkdocs_build(project, root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_search_index_holds_a_report_term_as_text(small_site):
    """Result titles, which the search box shows as HTML, hold a report's headword escaped."""
    titles = [row["title"] for row in term_index(small_site)]
    assert "&lt;img/src/onerror=alert(1)&gt;计划" in titles
    assert [title for title in titles if Parsed(title).elements] == []


def test_kind_is_text_and_never_a_link(small_site):
    """An editor's kind on the home, kinds, report and term pages."""
    built = pages(small_site)
    shown = [name for name, markup in built.items() if EDITOR_KINDS["双停"] in Parsed(markup).article]
    assert {"index.html", "kinds/index.html"} <= set(shown) and any(name.startswith("terms/") for name in shown)
    assert any(name.startswith("reports/") and name != "reports/index.html" for name in shown)
    assert EDITOR_KINDS["四横三纵"] in page_titled(small_site, "四横三纵").article
    assert {name: found for name, markup in built.items() if (found := live_markup(markup))} == {}


def test_a_report_file_name_is_never_markup_nor_a_link_target(small_site):
    """The report gets a page inside reports/, linked from the index and from its terms."""
    built = pages(small_site)
    reports = [name for name in built if name.startswith("reports/") and name != "reports/index.html"]
    assert len(reports) == 1 and reports[0].count("/") == 2
    report_page = (small_site / reports[0]).resolve()
    assert report_page in links(small_site, "reports/index.html")
    term = next(name for name, markup in built.items() if "四横三纵" in Parsed(markup).h1)
    assert report_page in links(small_site, term)
    assert live_markup(built["reports/index.html"]) == [] and live_markup(built[term]) == []


@pytest.mark.parametrize("name", ["index", "README"])
def test_a_report_named_like_an_index_page_gets_a_page_of_its_own(tmp_path, report_file, name):
    """index.txt (a saved web page is usually index.html), and README.txt, which mkdocs takes
    for a folder's index page too."""
    report = report_file.rename(report_file.with_name(f"{name}.txt"))
    project = tmp_path / "p"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(project)]).exit_code == 0
    assert runner.invoke(main, ["extract", str(report), "-o", str(project / "terms.yml")]).exit_code == 0
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    built = pages(tmp_path / "site")
    assert Parsed(built["reports/index.html"]).h1 == "报告"
    reports = [n for n in built if n.startswith("reports/") and n != "reports/index.html"]
    assert len(reports) == 1 and Parsed(built[reports[0]]).h1 == "永吉县人民政府工作报告"
    assert (tmp_path / "site" / reports[0]).resolve() in links(tmp_path / "site", "reports/index.html")


def test_init_title_is_text_on_the_home_page_and_in_the_site_name(tmp_path):
    """`glossary init --title` lands in docs/index.md and in mkdocs.yml's site_name,
    which the theme prints as HTML."""
    title = "</title><img src=x onerror=alert(1)>\u2028---\u2028[k](javascript:alert(1)) 词典"
    shown = title.replace("\u2028", " ")
    project = tmp_path / "p"
    assert CliRunner().invoke(main, ["init", str(project), "--title", title]).exit_code == 0
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    built = pages(tmp_path / "site")
    assert {name: found for name, markup in built.items() if (found := live_markup(markup))} == {}
    assert Parsed(built["index.html"]).h1 == shown
    assert Parsed(built["kinds/index.html"]).title == f"按类型 - {shown}"


# every field an editor or a report controls --------------------------------------------------

def payload(label: str) -> str:
    """Script for every place text may land: HTML text, a double- or single-quoted attribute, the
    <title>, a Markdown link and autolink, an attribute list, a link target, YAML front matter
    (a line break, a document marker, a control character). Each sets its own global."""
    run = f"alert('{label}');window.xss_{label}=1"
    return (f"\"'></title></textarea><img src=x onerror=\"{run}\"><script>{run}</script><svg onload={run}>"
            f"[{label}](javascript:{run}) <javascript:{run}> [d](data:text/html,{label}) {{: onclick=\"{run}\" }} "
            f"](javascript:{run}) \"]\u2028---\u2028tags: [{label}]\x85\x07")


def shown(text: str) -> str:
    """What a reader sees of a text: the text itself, on one line, without control characters."""
    return " ".join(text.replace("\x07", "").split())


ENTRY_FIELDS = ("display", "alias", "pinyin", "kind", "definition", "note", "context", "source_definition", "form")
REPORT_FIELDS = ("title", "place", "year")
# A file name holds no '/', so the report's own name and text carry what does without.
REPORT_NAME = "a)<img src=x onerror=alert('reportid')>(b [x](javascript:alert('reportid')) {: onclick=alert(1) }"
HOSTILE_REPORT = f"""<img src=x onerror=alert('report_title')>县人民政府工作报告

一、2023年工作回顾

实施“<img/src/onerror=alert('rt')>计划”，推进“四横三纵”市政主干路网建设{" ".join(payload('report_context').split())}，
推动“双停”企业盘活，实施“<img/src/onerror=alert('rt')>计划”。

名词解释

1.“<img/src/onerror=alert('rt')>计划”：<script>alert('report_definition')</script>计划的解释。
2.“四横三纵”市政主干路网：吉桦路、建设路。
"""
EDITOR_REPORT_ID = f"../../{payload('editor_reportid')}"


def editor_entries() -> list[dict]:
    """Entries as a hostile editor may write them: script in every field, the search keys too
    (written forms, readings, and a headword with Latin letters whose endings become keys)."""
    fields = {f: payload(f) for f in ENTRY_FIELDS}
    return [
        {"term": f"{payload('term')}示范工程", "display": fields["display"], "aliases": [fields["alias"]],
         "pinyin": fields["pinyin"], "kind": fields["kind"], "definition": fields["definition"],
         "status": "reviewed", "note": fields["note"],
         "sources": [{"report": EDITOR_REPORT_ID, "count": 1, "definition": fields["source_definition"],
                      "how": "inline", "context": fields["context"] + "示范工程", "forms": [fields["form"]]}]},
        {"term": "四乱", "kind": "[k](javascript:alert('kind_link'))", "pinyin": "sì luàn",
         "definition": "乱占、乱采、乱堆、乱建。", "aliases": ["<script>alert('searchkey')</script> key2024"]},
    ]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """A site from a report whose file name and text carry script, and a terms.yml whose editor
    put script into every field, the report metadata included."""
    root = tmp_path_factory.mktemp("hostile")
    project, report = root / "project", root / "reports" / f"{REPORT_NAME}.txt"
    report.parent.mkdir()
    report.write_text(HOSTILE_REPORT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(project), "--title", payload("site_name")]).exit_code == 0
    result = runner.invoke(main, ["extract", str(report), "-o", str(project / "terms.yml")])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load((project / "terms.yml").read_text(encoding="utf-8"))
    assert any("计划" in t["term"] and t["sources"][0]["report"] == REPORT_NAME for t in data["terms"])
    data["reports"] = {REPORT_NAME: {f: payload(f) for f in REPORT_FIELDS},
                       EDITOR_REPORT_ID: {f: payload(f"editor_{f}") for f in REPORT_FIELDS}}
    data["terms"] += editor_entries()
    (project / "terms.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = mkdocs_build(project, root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_no_page_and_no_search_entry_holds_live_markup(hostile_site):
    built = pages(hostile_site)
    assert {name: found for name, markup in built.items() if (found := live_markup(markup))} == {}
    entries = search_index(hostile_site) + term_index(hostile_site)
    assert [found for doc in entries for field in ("title", "text") if (found := live_markup(doc[field]))] == []
    assert [row["title"] for row in term_index(hostile_site) if Parsed(row["title"]).elements] == []


def test_every_field_shows_as_the_text_that_was_written(hostile_site):
    term = page_titled(hostile_site, "示范工程")
    assert term.h1 == shown(payload("term") + "示范工程") and term.title.startswith(term.h1 + " - ")
    for field in ("display", "alias", "kind", "definition", "note", "source_definition", "editor_title"):
        assert shown(payload(field)) in term.article, field
    assert shown(payload("pinyin")) in term.article.replace("*", "")
    report = page_titled(hostile_site, shown(payload("title")))
    assert report.h1 == shown(payload("title")) and report.title.startswith(shown(payload("title")) + " - ")
    assert shown(payload("place")) in report.article and shown(payload("year")) in report.article
    reports = Parsed(pages(hostile_site)["reports/index.html"]).article
    assert all(shown(payload(f"{prefix}{f}")) in reports for f in REPORT_FIELDS for prefix in ("", "editor_"))


def test_report_pages_stay_inside_reports(hostile_site):
    """A report id an editor wrote with '../' in it, and the hostile file name, get pages in reports/."""
    reports = [p.parent for p in (hostile_site / "reports").glob("*/index.html")]
    assert len(reports) == 2
    assert {p.resolve() / "index.html" for p in reports} <= links(hostile_site, "reports/index.html")
    assert sorted(p.name for p in hostile_site.iterdir()) == sorted(
        ["404.html", "a-z", "assets", "downloads", "index.html", "kinds", "places", "reports", "search", "sitemap.xml",
         "sitemap.xml.gz", "terms"])


def test_front_matter_holds_whatever_the_text(hostile_site):
    """A line break (U+2028, NEL) or a control character in a term would end or break the YAML
    front matter, and mkdocs would then print it as page text."""
    built = pages(hostile_site)
    assert [name for name, markup in built.items() if "boost:" in Parsed(markup).article] == []
    keys = [key for row in term_index(hostile_site) for key in row["keys"]]
    assert any("示范工程" in key for key in keys) and any("key2024" in key for key in keys)


# the browser ---------------------------------------------------------------------------------

SEARCHES = ["计划", "示范工程", "四乱", "四横三纵", "key2024", "img", "onerror", "alert", "script",
            "javascript", "title", "tags", "reportid", "editor", "kind", "xss"]
_FIRED = "Object.keys(window).filter(k => k.startsWith('xss_'))"
_SCRIPT_LINKS = """[...document.querySelectorAll('[href],[src],[action],[formaction]')]
    .flatMap(e => ['href', 'src', 'action', 'formaction'].map(a => e.getAttribute(a)).filter(Boolean))
    .filter(url => /^(javascript|data|vbscript):/i.test(url.replace(/[\\x00-\\x20]/g, '')))"""


def url_path(built: Path) -> str:
    """The path a static server answers with a built file: its folder for an index.html."""
    if built.name != "index.html":
        return built.as_posix()
    return "" if built.parent == Path(".") else built.parent.as_posix() + "/"


def visit_and_search(browser, site: Path) -> tuple[list[str], dict[str, list[str]], dict[str, int]]:
    """Every page of a built site visited and every query searched: the dialogs that opened,
    the payload globals set and script links found (by page), the number of results by query."""
    dialogs: list[str] = []
    problems: dict[str, list[str]] = {}
    results: dict[str, int] = {}
    page = browser.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    def check(where: str) -> None:
        page.wait_for_timeout(100)  # an image's onerror fires once its load has failed
        found = page.evaluate(_FIRED) + page.evaluate(_SCRIPT_LINKS)
        if found:
            problems[where] = found

    with serve(site) as base:
        for path in sorted(site.rglob("*.html")):
            url = base + urllib.parse.quote(url_path(path.relative_to(site)))
            assert page.goto(url).ok, url
            check(url)
        for query in SEARCHES:
            page.goto(base + "?q=" + urllib.parse.quote(query))
            page.wait_for_function("/结果/.test(document.querySelector('.md-search-result__meta').textContent)")
            results[query] = page.locator(".md-search-result__item").count()
            check(f"search {query}")
    page.close()
    return dialogs, problems, results


def test_a_report_file_name_and_kinds_with_markup_run_nowhere_in_the_browser(browser, small_site):
    dialogs, problems, results = visit_and_search(browser, small_site)
    assert results["计划"] > 0 and results["四横三纵"] > 0
    assert (dialogs, problems) == ([], {})


def test_no_payload_runs_in_the_browser(browser, hostile_site):
    """Every page visited and every search made: no dialog, no payload's global, no script link."""
    dialogs, problems, results = visit_and_search(browser, hostile_site)
    assert all(results[query] > 0 for query in ("计划", "示范工程", "四乱", "key2024", "img", "alert"))
    assert (dialogs, problems) == ([], {})
