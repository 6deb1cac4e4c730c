"""What readers see, in a real browser: term pages meaning first, when and where a term
occurs, indexes that scale, and the web basics (fonts, language, sitemap, 404, no JavaScript)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import serve
from building import mkdocs_build
from click.testing import CliRunner

from glossary.cli import main
from glossary.site import indexes
from glossary.store import Glossary, dumps

REPORTS = {
    "2014-longgang": {"title": "2014年龙岗区政府工作报告", "place": "龙岗区", "year": 2014, "level": "district"},
    "2016-dapeng": {"title": "大鹏新区管理委员会工作报告", "place": "大鹏新区", "year": 2016, "level": "district"},
    "2019-futian": {"title": "2019年福田区政府工作报告", "place": "福田区", "year": 2019, "level": "district"},
}
PHONE = {"width": 390, "height": 844}


def _terms() -> Glossary:
    terms = [
        {"term": "1+3", "pinyin": "1+3", "kind": "numbered", "sources": [
            {"report": "2019-futian", "count": 2, "context": "…落实“1+3”文件。"},
            {"report": "2014-longgang", "count": 1, "definition": "推动产业转型升级的系列文件。", "how": "glossary",
             "context": "…甲。落实城区安全“1+3”文件，构建和谐劳动关系。乙…", "forms": ["“1+3”文件"]},
            {"report": "2016-dapeng", "count": 3, "definition": "加强安全管理工作的意见及三个配套文件。", "how": "glossary",
             "context": "…出台“1+3”文件…", "forms": ["“1+3”文件"]}]},
        {"term": "民生微实事", "pinyin": "mín shēng wēi shí shì", "kind": "slogan", "status": "auto", "sources": [
            {"report": "2016-dapeng", "count": 1, "context": "…上年。**推进“民生微实事”**，办好群众身边的小事。下…"}]},
        {"term": "八大民生工程", "pinyin": "bā dà mín shēng gōng chéng", "kind": "numbered", "definition": "编辑写的释义。",
         "status": "reviewed", "sources": [{"report": "2019-futian", "count": 1}]},
        {"term": "百城千县", "pinyin": "bǎi chéng qiān xiàn", "kind": "numbered", "sources": [{"report": "2014-longgang", "count": 1}]},
        {"term": "八同三联", "pinyin": "bā tóng sān lián", "kind": "numbered", "sources": [{"report": "2019-futian", "count": 1}]},
    ]
    return Glossary(reports=REPORTS, terms=terms)


@pytest.fixture(scope="session")
def atlas(tmp_path_factory) -> Path:
    """A site of three reports in three years and places: a term with two meanings, one that
    nobody defined, and terms that begin with 八 and 百."""
    root = tmp_path_factory.mktemp("atlas")
    assert CliRunner().invoke(main, ["init", str(root / "p"), "--url", "https://glossary.example.cn/zh/"]).exit_code == 0
    (root / "p" / "terms.yml").write_text(dumps(_terms()), encoding="utf-8")
    result = mkdocs_build(root / "p", root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="session")
def atlas_url(atlas):
    with serve(atlas) as base:
        yield base


def open_page(browser, url: str, viewport: dict | None = None):
    page = browser.new_page()
    if viewport:
        page.set_viewport_size(viewport)
    page.goto(url)
    return page


# 1. meaning first ---------------------------------------------------------------------

def test_each_meaning_comes_first_in_a_box_with_its_report(browser, atlas_url):
    page = open_page(browser, atlas_url + "terms/1-3/")
    first = page.locator("article > *").nth(1)  # right after the heading
    assert "各报告所指不同" in first.inner_text()
    boxes = page.locator("article .admonition")
    assert boxes.count() == 2
    assert "加强安全管理工作的意见" in boxes.nth(0).inner_text() and "大鹏新区管理委员会工作报告（2016 年）" in boxes.nth(0).inner_text()
    assert "推动产业转型升级" in boxes.nth(1).inner_text() and "2014年龙岗区政府工作报告" in boxes.nth(1).inner_text()
    top = page.locator("article .admonition").first.bounding_box()["y"]
    assert top < page.locator(".glossary-pinyin, .glossary-fact").first.bounding_box()["y"]


def test_a_term_nobody_defined_shows_its_best_sentence_whole_and_as_text(browser, atlas_url):
    page = open_page(browser, atlas_url + "terms/min-sheng-wei-shi-shi/")
    box = page.locator("article .admonition").first
    assert "暂无释义" in box.inner_text() and "推进“民生微实事”，办好群众身边的小事。" in box.inner_text()
    article = page.locator("article").inner_text()
    assert "**" not in article and "上年" not in article and "下…" not in article
    assert page.locator("article strong").count() == 0


def test_status_and_kind_never_break_mid_word_on_a_phone(browser, atlas_url):
    page = open_page(browser, atlas_url + "terms/min-sheng-wei-shi-shi/", PHONE)
    for fact in page.locator(".glossary-fact").all():
        assert fact.evaluate("e => e.getClientRects().length") == 1, fact.inner_text()


def test_term_page_describes_itself_by_its_definition(atlas):
    page = (atlas / "terms" / "ba-da-min-sheng-gong-cheng" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="八大民生工程：编辑写的释义。">' in page


# 2. time and place -----------------------------------------------------------------------

def test_term_page_charts_years_and_places_with_the_first_sighting(browser, atlas_url):
    page = open_page(browser, atlas_url + "terms/1-3/")
    chart = page.locator(".glossary-chart")
    assert chart.count() == 1 and chart.locator("svg circle").count() == 3
    assert chart.locator(".gc-place").all_text_contents() == ["龙岗区", "大鹏新区", "福田区"]  # in order of year
    assert "2014" in chart.locator(".gc-first title").text_content()
    assert "首见：2014 年，龙岗区" in page.locator(".glossary-timeline .glossary-caption").inner_text()
    reports = page.locator("article li a[href*='reports/']").all_inner_texts()
    assert reports == ["2014年龙岗区政府工作报告", "大鹏新区管理委员会工作报告（2016 年）", "2019年福田区政府工作报告"]
    assert page.evaluate("document.scripts.length") > 0  # the theme's; the chart is drawn without any


def test_the_chart_is_readable_on_a_phone_and_fits_its_width(browser, atlas_url):
    """Names and years keep their size in CSS px on a narrow screen (a scaled SVG made them 7 px),
    and the chart, dots and year labels included, stays within the screen."""
    page = open_page(browser, atlas_url + "terms/1-3/", PHONE)
    labels = page.locator(".glossary-chart .gc-place, .glossary-chart .gc-year").all()
    assert len(labels) >= 5
    for label in labels:
        assert label.bounding_box()["height"] >= 12, label.text_content()
    right = max(e.bounding_box()["x"] + e.bounding_box()["width"]
                for e in page.locator(".glossary-chart .gc-year, .glossary-chart circle").all())
    assert right <= PHONE["width"] - 8


def test_suggestions_for_a_typo_do_not_repeat_the_typo_as_missing(browser, atlas_url):
    page = open_page(browser, atlas_url + "?q=百城三联", PHONE)
    page.wait_for_selector(".md-search-result__item")
    assert "百城三联" in page.locator(".md-search-result__meta").inner_text()
    assert page.locator(".md-search-result__item h1").all_inner_texts() == ["百城千县", "八同三联"]
    missing = page.locator(".md-search-result__terms").all()  # Material's "缺少: 百城三联" under each, hidden
    assert len(missing) == 2 and not any(line.is_visible() for line in missing)


def test_home_shows_the_terms_new_in_the_latest_year(browser, atlas_url):
    page = open_page(browser, atlas_url)
    section = page.locator("article").inner_text().split("2019 年新见词条", 1)[1]
    assert "八大民生工程" in section and "八同三联" in section and "1+3" not in section.split("索引")[0]
    page.get_by_role("link", name="2 个词条").click()
    page.wait_for_url("**/new/2019/")
    page.get_by_role("link", name="B", exact=True).click()
    assert "八同三联" in page.locator("article").inner_text()


def test_reports_are_browsable_by_year_and_by_place(browser, atlas_url):
    page = open_page(browser, atlas_url + "reports/")
    headings = page.locator("article h2").all_inner_texts()
    assert [h.rstrip("¶").split("（")[0] for h in headings] == ["2019 年", "2016 年", "2014 年"]
    page.get_by_role("link", name="按地区浏览").click()
    page.wait_for_url("**/places/")
    places = [h.rstrip("¶") for h in page.locator("article h2").all_inner_texts()]
    assert places == ["大鹏新区（区级） · 1 份", "福田区（区级） · 1 份", "龙岗区（区级） · 1 份"]


def test_a_reports_table_of_terms_fits_a_phone_without_breaking_a_word(browser, atlas_url):
    page = open_page(browser, atlas_url + "reports/2019-futian/", PHONE)
    table = page.locator("article table").first
    assert table.evaluate("t => t.getBoundingClientRect().right") <= PHONE["width"]
    lines = "e => { const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects().length }"
    for cell in page.locator("article table th, article table td:not(:first-child)").all():
        assert cell.evaluate(lines) <= 1, cell.inner_text()


# 6. indexes --------------------------------------------------------------------------------

def test_a_to_z_is_a_page_per_letter_in_whole_pinyin_order_with_glosses(browser, atlas_url):
    page = open_page(browser, atlas_url + "a-z/")
    page.get_by_role("link", name="B", exact=True).click()
    page.wait_for_url("**/a-z/b/")
    lines = page.locator("article li").all_inner_texts()
    assert [line.split(" ")[0] for line in lines] == ["八大民生工程", "八同三联", "百城千县"]
    assert lines[0].endswith("：编辑写的释义。")
    assert "民生微实事" not in page.locator("article").inner_text()  # on the page of M


def test_a_long_letter_is_paged_and_each_page_names_its_pinyin():
    entries = [{"term": f"八{n:04d}", "pinyin": f"bā {n:04d}"} for n in range(indexes.PAGE_SIZE + 5)]

    class Stub:
        def gloss(self, entry):
            return ""

        def term_link(self, term, base):
            return f"[{term}]({base}terms/{term}.md)"

    pages = {p.path: p.markdown for p in indexes.listing(Stub(), "a-z", "按拼音首字母", entries)}
    assert set(pages) == {"a-z/index.md", "a-z/b.md", "a-z/b-2.md"}
    assert pages["a-z/b-2.md"].count("\n- [") == 5 and "[下一页 →](b-2.md)" in pages["a-z/b.md"]
    assert "B（2/2）" in pages["a-z/b-2.md"]


def test_kinds_are_paged_by_letter(browser, atlas_url):
    page = open_page(browser, atlas_url + "kinds/")
    assert "数字缩略语（4）" in page.locator("article").inner_text()
    page.locator("article p a", has_text="B").first.click()
    page.wait_for_url("**/kinds/numbered/b/")
    assert page.locator("article li").count() == 3


# 7. the web ----------------------------------------------------------------------------

def test_no_font_is_fetched_from_elsewhere_and_the_text_font_names_chinese_fonts(browser, atlas_url):
    page = browser.new_page()
    hosts = []
    page.on("request", lambda request: hosts.append(request.url.split("/")[2]))
    page.goto(atlas_url + "terms/1-3/")
    page.wait_for_load_state("networkidle")
    assert {h for h in hosts} == {atlas_url.split("/")[2]}
    font = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "PingFang SC" in font and "Noto Sans CJK SC" in font
    assert page.evaluate("document.documentElement.lang") == "zh-CN"


def test_sitemap_lists_every_page_at_the_site_url(atlas):
    sitemap = (atlas / "sitemap.xml").read_text(encoding="utf-8")
    urls = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert "https://glossary.example.cn/zh/terms/1-3/" in urls and "https://glossary.example.cn/zh/a-z/b/" in urls


def test_404_page_is_chinese_and_points_to_the_indexes(browser, atlas_url):
    page = open_page(browser, atlas_url + "404.html")
    assert "页面不存在" in page.locator("h1").inner_text()
    assert page.locator("article").get_by_role("link", name="按拼音首字母").get_attribute("href") == "/zh/a-z/"


def test_without_javascript_a_note_points_to_the_indexes(browser, atlas_url):
    page = browser.new_page()
    session = browser.new_cdp_session(page)
    session.send("Emulation.setScriptExecutionDisabled", {"value": True})
    page.goto(atlas_url)
    note = page.locator(".glossary-noscript")
    assert note.is_visible() and "搜索需要 JavaScript" in note.inner_text()
    note.get_by_role("link", name="按拼音首字母").click()
    page.wait_for_url("**/a-z/")
    with_script = browser.new_page()
    with_script.goto(atlas_url)
    assert not with_script.locator(".glossary-noscript").is_visible()


def test_init_refuses_a_site_url_that_is_not_a_web_address(tmp_path):
    result = CliRunner().invoke(main, ["init", str(tmp_path / "p"), "--url", "example.org"])
    assert result.exit_code == 1 and "not a web address" in result.output
    assert not (tmp_path / "p").exists()
