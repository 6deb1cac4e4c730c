"""The site's search in a real browser on the repository's site: what readers type (quoted,
full width, pinyin with spaces and tones, typos), what a result shows, and the same answers as
`glossary lookup` gives."""

from __future__ import annotations

import json
import urllib.parse

import pytest
from building import ROOT

from glossary import store
from glossary.lookup import find, suggest


def results(page, base: str, query: str) -> list[dict]:
    """The results listed for a query, best first: each title and the text under it."""
    page.goto(base + "?q=" + urllib.parse.quote(query))
    page.wait_for_function("/结果/.test(document.querySelector('.md-search-result__meta').textContent)")
    found = []
    for item in page.locator(".md-search-result__item").all():
        title = item.locator("h1").inner_text()
        found.append({"title": title, "text": item.inner_text().replace(title, "", 1).strip()})
    return found


def titles(page, base: str, query: str) -> list[str]:
    return [r["title"] for r in results(page, base, query)]


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    return store.load(ROOT / "terms.yml").live()


@pytest.fixture(scope="module")
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


@pytest.mark.parametrize("query", ["“四横三纵”", "《四横三纵》。", "「四横三纵」", "四横三纵，", "‘四横三纵’ ", "ＳＨＳＺ"])
def test_quotes_and_full_width_punctuation_in_a_query_are_ignored(page, site_url, query):
    assert titles(page, site_url, query)[0] == "四横三纵"


@pytest.mark.parametrize("query", ["si heng san zong", "sì héng sān zòng", "Si Heng San Zong", "sihengsanzong", "si heng san"])
def test_pinyin_with_or_without_spaces_and_tones_ranks_the_term_first(page, site_url, query):
    assert titles(page, site_url, query)[0] == "四横三纵"


def test_pinyin_with_tones_as_terms_yml_writes_a_list_ranks_it_first(page, site_url):
    assert titles(page, site_url, "yí gè zhōng xīn 、 sì gè jī dì")[0] == "一个中心、四个基地"


@pytest.mark.parametrize("query", ["四横二纵", "sihengsanzhong", "sì héng èr zòng"])
def test_a_typo_offers_the_nearest_terms_and_says_so(page, site_url, query):
    found = results(page, site_url, query)
    assert found[0]["title"] == "四横三纵"
    assert page.locator(".md-search-result__meta").inner_text() == f"没有“{query}”的结果。您要找的是不是："


@pytest.mark.parametrize("query", ["四横二纵", "sihengsanzhong", "九解二协调", "双亭", "wuxiogongcheng", "一基地五园区"])
def test_the_site_suggests_what_lookup_suggests(page, site_url, entries, query):
    assert not find(entries, query)
    assert titles(page, site_url, query) == suggest(entries, query)


@pytest.mark.parametrize("query", ["协调", "工程", "基地", "sh", "shsz", "三", "1314", "sanji"])
def test_the_site_ranks_as_lookup_does(page, site_url, entries, query):
    """The first ten, which the search box lists before the reader scrolls."""
    assert titles(page, site_url, query)[:10] == [e["term"] for e in find(entries, query)][:10]


def test_a_result_shows_the_reading_and_definition_never_the_search_keys(page, site_url):
    first = results(page, site_url, "四横三")[0]
    assert first == {"title": "四横三纵", "text": "sì héng sān zòng 吉桦路、建设路、连山路、越山路；永吉大街、兴华街、东山街。"}
    assert page.locator(".md-search-result .md-tag").count() == 0


def test_a_term_without_definition_says_so(page, site_url, entries):
    undefined = next(e for e in entries if not e.get("definition") and not any(s.get("definition") for s in e.get("sources") or []))
    first = results(page, site_url, undefined["term"])[0]
    assert first["title"] == undefined["term"] and first["text"].endswith("暂无释义")


def test_other_pages_are_found_by_their_title(page, site_url):
    assert any(t.replace("\u200b", "") == "永吉县人民政府工作报告" for t in titles(page, site_url, "永吉县人民政府"))


def test_every_page_loads_the_prebuilt_index_and_builds_no_lunr_index(browser, site_url):
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(urllib.parse.urlsplit(request.url).path))
    for path in ("", "terms/si-heng-san-zong/", "a-z/"):
        page.goto(site_url + path + "?q=" + urllib.parse.quote("双停"))
        page.wait_for_selector(".md-search-result__item")
    assert sum(p == "/search/glossary.json" for p in requested) == 3
    assert [p for p in requested if "lunr" in p or "/workers/search." in p] == []
    page.close()


def test_term_pages_stay_out_of_materials_index(root_site):
    docs = json.loads((root_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert docs and not any(doc["location"].startswith("terms/") for doc in docs)
