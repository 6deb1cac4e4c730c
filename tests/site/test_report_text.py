"""Report pages that show the report's text with every term marked (the plugin's `reports:` option)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser import serve
from building import ROOT, mkdocs_build
from click.testing import CliRunner

from glossary.cli import main
from glossary.read.sources import parse_report
from glossary.site.annotate import Forms, pieces
from glossary.site.render import Site
from glossary.store import Glossary

TEXT = "推进两不愁三保障，落实“三保障”**要求**<script>alert(1)</script>。\n\n名词解释\n1.“三保障”：义务教育、基本医疗、住房安全有保障。\n"


def entry(term: str, definition: str | None = None, forms: list[str] | None = None) -> dict:
    source = {"report": "2020-x", "count": 1, "forms": forms or [term]}
    return {"term": term, "pinyin": term, "kind": "numbered", "definition": definition, "status": "auto",
            "sources": [source]}


def report_page(terms: list[dict]) -> str:
    glossary = Glossary(terms=terms, reports={"2020-x": {"title": "某县报告", "year": 2020}})
    return Site(glossary, {"2020-x": parse_report("2020-x", TEXT)}).report_page("2020-x")


def test_the_longest_term_starting_at_a_place_wins():
    found = [p for p, is_term in pieces("两不愁三保障和三保障", Forms(["三保障", "两不愁三保障", "不愁"])) if is_term]
    assert found == ["两不愁三保障", "三保障"]


def test_report_page_marks_each_term_with_a_link_and_its_gloss():
    page = report_page([entry("三保障", "义务教育、基本医疗、住房安全有保障。", ["“三保障”"]), entry("两不愁三保障")])
    text = page.split("## 全文", 1)[1]
    assert "[两不愁三保障](../terms/" in text and "暂无释义" in text
    assert '[“三保障”](../terms/' in text and "义务教育、基本医疗、住房安全有保障" in text
    assert "### 名词解释" in text and "[阅读全文](#full-text)" in page


def test_report_text_is_text_not_markup():
    text = report_page([entry("三保障")]).split("## 全文", 1)[1]
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "**" not in text  # bold marks of a web copy are dropped, not rendered or shown


def test_report_pages_without_texts_are_unchanged():
    glossary = Glossary(terms=[entry("三保障")], reports={"2020-x": {}})
    assert "## 全文" not in Site(glossary).report_page("2020-x")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A new project (its mkdocs.yml names its reports/ folder) with one report, extracted."""
    from conftest import REPORT

    project = tmp_path_factory.mktemp("reader") / "project"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(project)]).exit_code == 0
    (project / "reports" / "2024-sample-county.txt").write_text(REPORT, encoding="utf-8")
    assert runner.invoke(main, ["extract", str(project / "reports" / "2024-sample-county.txt"),
                                "-o", str(project / "terms.yml")]).exit_code == 0
    return project


@pytest.fixture(scope="module")
def built(project) -> Path:
    result = mkdocs_build(project, project.parent / "site")
    assert result.returncode == 0, result.stderr
    return project.parent / "site"


def test_plugin_reads_the_reports_folder_and_links_marked_terms(built):
    html = (built / "reports" / "2024-sample-county" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../terms/si-heng-san-zong/"' in html
    assert "停产、半停产工业企业" in html  # the gloss of “双停”企业


def test_a_report_not_yet_extracted_is_named(project, built, tmp_path):
    shutil.copytree(project, tmp_path / "p")
    (tmp_path / "p" / "reports" / "2023-not-extracted.txt").write_text("另一份报告。\n", encoding="utf-8")
    result = mkdocs_build(tmp_path / "p", tmp_path / "site")
    assert "2023-not-extracted.txt: not in terms.yml; run glossary extract on it" in result.stderr


def test_a_missing_reports_folder_stops_the_build_with_one_line(project, tmp_path):
    shutil.copytree(project, tmp_path / "p")
    shutil.rmtree(tmp_path / "p" / "reports")
    result = mkdocs_build(tmp_path / "p", tmp_path / "site")
    assert result.returncode != 0
    assert "glossary: reports: " in result.stderr and "reports: no such file or folder" in result.stderr


def test_repository_ships_its_reports_and_marks_them():
    names = sorted(p.stem for p in (ROOT / "reports").iterdir())
    assert len(names) == 5 and "reports: reports" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_gloss_shows_on_hover(browser, built):
    with serve(built) as base:
        page = browser.new_page()
        page.goto(base + "reports/2024-sample-county/")
        mark = page.locator(".glossary-mark").first
        assert not mark.locator(".glossary-gloss").is_visible()
        mark.locator("a").hover()
        assert mark.locator(".glossary-gloss").is_visible()
        page.close()


def test_on_a_touch_screen_the_first_tap_shows_the_gloss_and_the_second_opens_the_page(browser, built):
    with serve(built) as base:
        page = browser.new_page()
        # a phone: no hover (Chromium cannot emulate the media feature in a desktop context)
        page.add_init_script("const m = window.matchMedia; window.matchMedia = q => "
                             "q === '(hover: none)' ? {matches: true} : m.call(window, q);")
        page.goto(base + "reports/2024-sample-county/")
        mark = page.locator(".glossary-mark").first
        mark.locator("a").click()
        assert mark.locator(".glossary-gloss").is_visible() and page.url.endswith("/reports/2024-sample-county/")
        page.locator("h1").click()
        assert not mark.locator(".glossary-gloss").is_visible()
        mark.locator("a").click()
        mark.locator("a").click()
        page.wait_for_url("**/terms/**")
        page.close()
