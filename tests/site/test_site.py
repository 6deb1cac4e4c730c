"""Real mkdocs builds of glossary sites, and the built site searched in a real browser."""

from __future__ import annotations

import subprocess
import sys
import urllib.parse

import pytest
from building import QUIET, ROOT, mkdocs_build
from click.testing import CliRunner

from glossary.cli import main


def search(page, base: str, query: str) -> list[str]:
    """Titles of the search results for a query, best first."""
    page.goto(base + "?q=" + urllib.parse.quote(query))
    page.wait_for_selector(".md-search-result__item", timeout=5000)
    page.wait_for_timeout(200)
    return [h.inner_text().replace("\u200b", "") for h in page.locator(".md-search-result__item h1").all()]


# builds ------------------------------------------------------------------------------

def test_repository_site_builds_strictly_without_writing_into_docs(root_site):
    assert (root_site / "terms" / "si-heng-san-zong" / "index.html").is_file()
    assert sorted(p.name for p in (ROOT / "docs").iterdir()) == ["index.md"]


def test_site_offers_the_exports_linked_from_the_home_page(root_site):
    home = (root_site / "index.html").read_text(encoding="utf-8")
    for name, filename in [("tbx", "glossary.tbx"), ("csv", "glossary.csv"), ("json", "glossary.json"),
                           ("jsonl", "glossary.jsonl"), ("jieba", "glossary-jieba.txt")]:
        assert f'href="downloads/{filename}"' in home
        exported = CliRunner().invoke(main, ["export", name, "-f", str(ROOT / "terms.yml")]).stdout_bytes
        assert (root_site / "downloads" / filename).read_bytes() == exported
    assert (root_site / "downloads" / "index.html").is_file()
    assert not (ROOT / "docs" / "downloads").exists()


def test_broken_terms_file_stops_the_build_with_the_check_message(tmp_path):
    CliRunner().invoke(main, ["init", str(tmp_path / "p")])
    (tmp_path / "p" / "terms.yml").write_text("terms:\n\t- term: x\n", encoding="utf-8")
    result = mkdocs_build(tmp_path / "p", tmp_path / "site")
    check = CliRunner().invoke(main, ["check", str(tmp_path / "p" / "terms.yml")])
    assert result.returncode != 0
    assert check.output.strip().splitlines()[0].split(": ", 1)[1] in result.stderr


def test_init_gives_a_project_that_builds_from_any_reports(tmp_path, report_file):
    project = tmp_path / "glossary-site"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(project), "--title", "样例词典"]).exit_code == 0
    assert runner.invoke(main, ["extract", str(report_file), "-o", str(project / "terms.yml")]).exit_code == 0
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "样例词典" in home and "份政府工作报告" in home
    assert (tmp_path / "site" / "terms" / "shuang-ting" / "index.html").is_file()


def test_init_refuses_to_overwrite(tmp_path):
    runner = CliRunner()
    runner.invoke(main, ["init", str(tmp_path)])
    (tmp_path / "terms.yml").write_text("terms: []\n# mine\n", encoding="utf-8")
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 1 and "already exists" in result.output
    assert (tmp_path / "terms.yml").read_text(encoding="utf-8").endswith("# mine\n")


def test_init_keeps_the_built_site_and_the_lookup_index_out_of_git(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("*.log\n/site/", encoding="utf-8")  # the editor's own, kept
    assert CliRunner().invoke(main, ["init", str(tmp_path)]).exit_code == 0
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "*.log\n/site/\n.*.lookup.sqlite3\n"
    ignored = subprocess.run(["git", "check-ignore", "--no-index", "site/index.html", ".terms.yml.lookup.sqlite3"],
                             cwd=tmp_path, capture_output=True, text=True)
    assert ignored.stdout.split() == ["site/index.html", ".terms.yml.lookup.sqlite3"]


def test_project_template_searches_like_the_repository_site():
    template = (ROOT / "glossary" / "data" / "project" / "mkdocs.yml").read_text(encoding="utf-8")
    own = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert template.split("theme:", 1)[1] == own.split("theme:", 1)[1]


# the browser ----------------------------------------------------------------------------

@pytest.mark.parametrize("query, term", [
    ("四横三纵", "四横三纵"), ("九解一协调", "九解一协调"), ("四乱", "四乱"), ("双停", "双停"),
])
def test_headword_finds_its_own_page_first(browser, site_url, query, term):
    assert search(browser.new_page(), site_url, query)[0] == term


@pytest.mark.parametrize("query, term", [
    ("协调", "九解一协调"), ("sihengsanzong", "四横三纵"), ("shsz", "四横三纵"),
    ("sanjiliantiao", "三级联调"), ("四横三纵市政主干路网", "四横三纵"),
])
def test_inner_words_pinyin_initials_and_forms_find_the_term(browser, site_url, query, term):
    assert term in search(browser.new_page(), site_url, query)[:5]


def test_term_page_shows_definition_source_and_highlighted_context(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "terms/si-heng-san-zong/")
    assert page.locator("h1").inner_text().rstrip("¶") == "四横三纵"
    body = page.locator("article").inner_text()
    assert "sì héng sān zòng" in body and "吉桦路" in body and "名词解释" in body
    assert page.locator("article mark").first.inner_text().startswith("“四横三纵”")


def test_each_report_shows_the_whole_sentence_its_term_stands_in_as_text(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "terms/si-heng-san-zong/")
    quote = page.locator("article li blockquote").first.inner_text()
    # the report breaks this sentence with a blank line after its comma; the heading before it is bold
    assert quote == "健全“四横三纵”市政主干路网，完成永吉大桥、滨北路建设…"


def test_indexes_link_to_term_and_report_pages(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "a-z/")
    page.get_by_role("link", name="S", exact=True).click()
    page.get_by_role("link", name="四横三纵", exact=True).click()
    page.wait_for_url("**/terms/si-heng-san-zong/")
    page.locator("article a[href*='reports/']").first.click()
    page.wait_for_url("**/reports/*/")
    page.wait_for_selector("article table")
    assert page.locator("article table").count() == 1
    page.goto(site_url + "kinds/")
    assert "数字缩略语" in page.locator("article").inner_text()


def test_serve_rebuilds_when_terms_change(tmp_path, report_file):
    import socket
    import time
    import urllib.request

    project = tmp_path / "p"
    runner = CliRunner()
    runner.invoke(main, ["init", str(project)])
    runner.invoke(main, ["extract", str(report_file), "-o", str(project / "terms.yml")])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}",
                               "-f", str(project / "mkdocs.yml")], env=QUIET, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)

    def page(path: str) -> str | None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=2) as response:
                return response.read().decode("utf-8")
        except OSError:
            return None

    def wait_for(path: str, text: str) -> bool:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if text in (page(path) or ""):
                return True
            time.sleep(0.5)
        return False

    try:
        assert wait_for("a-z/s/", "双停")
        terms = project / "terms.yml"
        terms.write_text(terms.read_text(encoding="utf-8").replace("terms:\n", "terms:\n- term: 新增词条\n", 1), encoding="utf-8")
        assert wait_for("a-z/x/", "新增词条")
    finally:
        server.terminate()
        server.wait(timeout=10)
