"""The site's search in a real browser on the repository's site: what readers type (quoted,
full width, pinyin with spaces and tones, typos), what a result shows, and the same answers as
`glossary lookup` gives."""

from __future__ import annotations

import json
import re
import urllib.parse

import pytest
from browser import serve
from building import ROOT, mkdocs_build
from click.testing import CliRunner

from glossary import store
from glossary.cli import main
from glossary.keys import pinyin
from glossary.lookup import find, suggest
from glossary.site.search_index import SHARD
from glossary.store import Glossary, dumps


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
        requested.clear()
        page.goto(site_url + path + "?q=" + urllib.parse.quote("双停"))
        page.wait_for_selector(".md-search-result__item")
        assert "/search/glossary/keys.txt" in requested
        assert [p for p in requested if "lunr" in p or "/workers/search." in p] == []
    page.close()


@pytest.mark.parametrize("path", ["index.html", "terms/si-heng-san-zong/index.html", "a-z/s/index.html", "404.html"])
def test_each_page_prefetches_the_very_files_search_loads_first(root_site, path):
    """The worker's keys and Material's index, on their way while Material's scripts load."""
    html = (root_site / path).read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config"[^>]*>(.*?)</script>', html).group(1))
    prefetched = re.findall(r'<link rel="prefetch" href="([^"]+)" as="fetch" crossorigin>', html)
    page = "http://glossary.test/" + ("" if path == "404.html" else path)  # 404.html is served at any address
    worker = urllib.parse.urljoin(page, config["search"])
    keys = urllib.parse.urljoin(worker, urllib.parse.parse_qs(urllib.parse.urlsplit(worker).query)["index"][0])
    materials = urllib.parse.urljoin(urllib.parse.urljoin(page, config["base"].rstrip("/") + "/"), "search/search_index.json")
    assert [urllib.parse.urljoin(page, href) for href in prefetched] == [keys, materials]
    assert [urllib.parse.urlsplit(url).path for url in (keys, materials)] == ["/search/glossary/keys.txt", "/search/search_index.json"]


def test_a_page_loads_only_the_keys_a_hit_the_texts_it_shows_and_a_miss_the_order(browser, site_url):
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(urllib.parse.urlsplit(request.url).path))
    with page.expect_response(lambda response: response.url.split("?")[0].endswith("/keys.txt")):
        page.goto(site_url)
    page.wait_for_timeout(500)
    assert index_files(requested) == {"keys.txt"}
    assert titles(page, site_url, "双停")[0] == "双停"
    assert index_files(requested) == {"keys.txt", "texts-0.json"}
    assert titles(page, site_url, "四横二纵")[0] == "四横三纵"
    assert index_files(requested) == {"keys.txt", "texts-0.json", "order.json"}
    page.close()


def index_files(requested: list[str]) -> set[str]:
    return {path.rsplit("/", 1)[1] for path in requested if path.startswith("/search/glossary/")}


# a glossary of several files of result texts -------------------------------------------------

_CHARACTERS = "安北长东发方丰富港广海和华惠吉江金锦九康乐丽龙美明南宁平青庆瑞山盛顺泰通万文"


def _many_terms() -> list[dict]:
    """SHARD·2 + 100 terms (三…工程), each defined by its own number, so that results come from
    three files of result texts."""
    names = [f"{a}{b}工程" for a in _CHARACTERS for b in _CHARACTERS][:SHARD * 2 + 100]
    return [{"term": name, "pinyin": pinyin(name), "kind": "other", "status": "auto", "definition": f"第{n}号释义。"}
            for n, name in enumerate(names)]


@pytest.fixture(scope="module")
def big_url(tmp_path_factory):
    root = tmp_path_factory.mktemp("many")
    assert CliRunner().invoke(main, ["init", str(root / "p")]).exit_code == 0
    (root / "p" / "terms.yml").write_text(dumps(Glossary(reports={}, terms=_many_terms())), encoding="utf-8")
    result = mkdocs_build(root / "p", root / "site")
    assert result.returncode == 0, result.stderr
    assert len(list((root / "site" / "search" / "glossary").glob("texts-*.json"))) == 3
    with serve(root / "site") as base:
        yield base


def test_each_result_shows_its_own_text_from_whichever_file_holds_it(page, big_url):
    rows = sorted(_many_terms(), key=lambda e: (len(e["term"]), e["term"]))  # the index's order
    for entry in (rows[0], rows[SHARD - 1], rows[SHARD], rows[-1]):
        first = results(page, big_url, entry["term"])[0]
        assert first == {"title": entry["term"], "text": f"{entry['pinyin']} {entry['definition']}"}


def test_results_from_several_files_rank_and_read_as_lookup_finds(page, big_url):
    terms = _many_terms()
    definitions = {e["term"]: e["definition"] for e in terms}
    for query in ("工程", "gc", "an"):
        found = results(page, big_url, query)
        assert [r["title"] for r in found[:10]] == [e["term"] for e in find(terms, query)][:10]
        assert all(r["text"].endswith(definitions[r["title"]]) for r in found)


def test_suggestions_from_several_files_are_lookups(page, big_url):
    terms = _many_terms()
    for query in ("文万工程", "wenwangongcen", "北安工成"):
        assert not find(terms, query)
        assert titles(page, big_url, query) == suggest(terms, query)


def test_term_pages_stay_out_of_materials_index(root_site):
    docs = json.loads((root_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert docs and not any(doc["location"].startswith("terms/") for doc in docs)
