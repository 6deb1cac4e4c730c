"""The lexicon of national shorthand: a strict loader, a definition of last resort, editors win."""

import pytest
from test_store import edit, entry

from glossary import store
from glossary.errors import GlossaryError
from glossary.extract import extract_reports
from glossary.extract.counts import numeral_total
from glossary.model import meanings
from glossary.read.sources import parse_report
from glossary.store import lexicon, terms
from glossary.store.check import validate
from glossary.store.yamlio import parse

SANNONG = "农业、农村、农民。"
BODY = "坚持把解决好“三农”问题作为重中之重。\n"
OFFICIAL = BODY + "名词解释\n1.三农：指农业、农村和农民，报告自己的解释。\n"


def run(path, **reports):
    glossary = store.load(path, missing_ok=True)
    parsed = [parse_report(rid, text) for rid, text in reports.items()]
    store.merge(glossary, parsed, extract_reports(parsed, [e["term"] for e in glossary.live()]))
    store.save(glossary, path)


@pytest.fixture
def small_lexicon(monkeypatch):
    """Swap the bundled lexicon for one the test writes, as a later release would ship it."""
    def use(text):
        monkeypatch.setattr(terms, "lexicon", lambda: lexicon.loads(text, "lexicon.yml"))
    use(f"lexicon:\n- term: 三农\n  definition: {SANNONG}\n  introduced: 2004年\n  items: [农业, 农村, 农民]\n")
    return use


# ---- the bundled lexicon ------------------------------------------------------------------

def test_the_bundled_lexicon_loads_with_300_defined_terms():
    bundled = lexicon.bundled()
    assert sum(1 for e in bundled.entries if e.definition) >= 300
    assert bundled.find(["中央八项规定"]).term == "八项规定"


def test_the_bundled_lexicon_passes_glossary_check():
    """Every definition, recorded on an entry as extract records it, draws no warning: the items
    of a numbered term agree with its numeral wherever `check` can count them."""
    lines = ["terms:"]
    for e in lexicon.bundled().entries:
        record = e.record()
        if record:
            lines += [f"- term: '{e.term}'", "  kind: numbered", "  lexicon:",
                      *(f"    {k}: '{v}'" for k, v in record.items())]
    found = validate(parse("\n".join(lines) + "\n", "terms.yml"))
    assert [p.message for p in found] == []


def test_every_numbered_entry_of_the_bundled_lexicon_counts_its_items():
    for e in lexicon.bundled().entries:
        if e.items:
            assert len(e.items) == numeral_total(e.term), e.term
            assert all(i in e.definition for i in e.items), e.term


@pytest.mark.parametrize("written, headword", [
    ("创新链产业链资金链人才链深度融合", "四链融合"),
    ("政府带头过紧日子", "紧日子"),
    ("经济大省要挑大梁，为全国发展大局作贡献", "经济大省挑大梁"),
    ("新官依法理旧账", "新官理旧账"),
    ("“全国义务教育均衡区”", "义务教育发展基本均衡区"),
    ("两院院士", "两院院士"),
])
def test_a_national_term_spelled_out_as_reports_write_it_finds_its_entry(written, headword):
    """Reports quote a formula in full as often as by its shorthand; each such spelling the dev
    corpus uses is an alias, so the term is explained whichever way the report wrote it."""
    assert lexicon.bundled().find([written]).term == headword


def test_no_bundled_definition_opens_by_naming_its_entry():
    """The page shows the headword above the definition: “钉钉子精神：像钉钉子那样…” says it twice."""
    for e in lexicon.bundled().entries:
        opening = (e.definition or "").partition("：")[0]
        assert opening not in (e.term, *e.aliases), e.term



@pytest.mark.parametrize("name, elsewhere", [
    ("大督查", "a district's own supervision system, 构建…的大督查体系 (the State Council's is 国务院大督查)"),
    ("五个必须", "the discipline of 2015 (牢记“五个必须”，严防“七个有之”) and the economic work conference of 2025"),
    ("四化", "四化同步 in one province, 新型工业化、新型城镇化、农业现代化、旅游产业化 in another"),
    ("三新", "消费“三新” in one report, a city's own “三新”、“三量”工作 in another"),
    ("两化", "两化融合 in one report, 两化一振兴 in another"),
    ("两创", "科技创新和产业创新 in one province, 文化的创造性转化、创新性发展 in another"),
    ("六个坚持", "the principles of the Party's plenum in one province, a provincial committee's own in another"),
    ("白名单", "the housing-finance white list in most reports, a list of the vaccinated in another"),
])
def test_a_name_that_means_other_things_in_other_reports_has_no_bundled_entry(name, elsewhere):
    """One lexicon meaning per name: a definition recorded on an entry is shown for every report
    that uses the name, so a name whose reports mean different things stays out of the lexicon
    (or is claimed only in the fuller form that means one thing)."""
    assert lexicon.bundled().find([name]) is None, elsewhere


def test_the_state_councils_inspection_is_explained_and_a_districts_own_is_not(tmp_path):
    """大督查 alone is also a district's own supervision system (打造“大督查”体系); the national
    meaning belongs to 国务院大督查, which reports write in full, a name of its own."""
    path = tmp_path / "terms.yml"
    run(path, a="获国务院大督查通报表扬。\n", b="构建“围绕中心、全面覆盖”的大督查体系，打造“大督查”体系。\n")
    assert "国务院" in entry(path, "国务院大督查")["lexicon"]["definition"]
    assert [s["report"] for s in entry(path, "国务院大督查")["sources"]] == ["a"]
    assert "lexicon" not in entry(path, "大督查")


def test_a_campaign_that_reaches_beyond_work_safety_is_not_confined_to_it(tmp_path):
    """打非治违 began as a campaign of work safety, and reports run it over refined oil and
    measuring instruments too: the lexicon's meaning must fit them all."""
    path = tmp_path / "terms.yml"
    run(path, a="持续开展成品油和计量设施“打非治违”。\n")
    definition = entry(path, "打非治违")["lexicon"]["definition"]
    assert definition.startswith("打击非法违法") and "市场" in definition


def test_a_shorthand_is_defined_itself_not_by_the_system_named_after_it(tmp_path):
    """米袋子 is the grain supply, paired with the 菜篮子 of vegetables and meat (充实城市“菜篮子”
    “米袋子”); the governors' responsibility for grain security is “米袋子”省长负责制, a system
    named after it, which the definition may mention but must not give as the word's meaning."""
    path = tmp_path / "terms.yml"
    run(path, a="充实城市“菜篮子”“米袋子”“果盘子”。\n")
    definition = entry(path, "米袋子")["lexicon"]["definition"]
    assert definition.startswith("粮食") and "菜篮子" in definition
    assert not definition.startswith("粮食安全省长责任制")


@pytest.mark.parametrize("text, term, said", [
    ("确保零就业家庭“动态清零”。\n", "动态清零", "零就业家庭"),
    ("科学城制度基础“四梁八柱”基本确立。\n", "四梁八柱", "比喻"),
    ("发挥社会保障制度“保护伞”作用。\n", "保护伞", "比喻"),
    ("逐步打造专科领域的“单项冠军”。\n", "单项冠军", "细分领域"),
    ("对拟上市企业实行“五个一批”梯度培育。\n", "五个一批", "所指因工作而异"),
    ("让“办事不求人”成为“新常态”。\n", "新常态", "泛指"),
    ("环卫指数测评跃居全市“三甲”。\n", "三甲", "前三"),
    ("评选首批巴渝“土特产”名优百品40款。\n", "土特产", "土产和特产"),
    ("更好“走出去”和“引进来”，面向全球招引中国500强企业。\n", "引进来", "国内外的招商引资"),
])
def test_a_national_name_a_report_uses_in_its_wider_sense_is_defined_for_that_sense_too(tmp_path, text, term, said):
    """The lexicon speaks for every report that uses a name: where reports also use it in its
    everyday or wider sense (零就业家庭动态清零, not only the pandemic policy; 发展的四梁八柱, not
    only the framework of the reform), the definition says so before the national sense."""
    path = tmp_path / "terms.yml"
    run(path, a=text)
    assert said in entry(path, term)["lexicon"]["definition"]


def test_a_count_of_five_years_that_names_two_periods_explains_both(tmp_path):
    """“九五” was the ninth five-year plan (1996—2000) in the reports of 2001, and is the ninth
    five-year plan of legal education (2026—2030) in those of 2026: one entry serves both."""
    path = tmp_path / "terms.yml"
    run(path, a="“九五”计划胜利完成。\n", b="实施“九五”普法规划。\n")
    definition = entry(path, "九五")["lexicon"]["definition"]
    assert "1996" in definition and "普法" in definition and "2026" in definition


# ---- the loader ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("terms: []\n", "lexicon.yml:1: a lexicon file is a mapping with a 'lexicon:' list of entries"),
    ("lexicon:\n- term: 三农\n  meaning: 甲\n", "lexicon.yml:2: unknown field 'meaning' (known: term, aliases, definition, introduced, items)"),
    ("lexicon:\n- definition: 甲\n", "lexicon.yml:2: entry has no 'term'"),
    ("lexicon:\n- term: 三农\n  definition: 甲\n- term: 四风\n  definition: [乙]\n", "lexicon.yml:4: the definition of '四风' must be text"),
    ("lexicon:\n- term: 四风\n  items: [形式主义, 官僚主义, 享乐主义]\n", "lexicon.yml:2: '四风' promises 4 items but lists 3"),
    ("lexicon:\n- term: 放管服\n  items: [简政放权]\n", "lexicon.yml:2: '放管服' has items but no numeral that counts them"),
    ("lexicon:\n- term: 三农\n  definition: 农业、农村。\n", "lexicon.yml:2: '三农' promises 3 items but its definition lists 2"),
    ("lexicon:\n- term: 两新\n  definition: 设备更新。\n  items: [设备更新, 以旧换新]\n",
     "lexicon.yml:2: the definition of '两新' does not name its item '以旧换新'"),
    ("lexicon:\n- term: 三个必须\n  aliases: [三管三必须]\n  definition: 管甲、管乙、管丙。\n",
     "lexicon.yml:2: '三管三必须' promises 6 items but its definition lists 3"),
    ("lexicon:\n- term: 三农\n- term: 农村三农\n  aliases: [三农]\n", "lexicon.yml:3: '三农' is also a name of '三农' (line 2)"),
    ("lexicon:\n- term: 三农\n  aliases: 农业\n", "lexicon.yml:2: 'aliases' of '三农' must be a list of text"),
    ("lexicon:\n- 三农\n", "lexicon.yml:2: a lexicon entry must be a mapping with 'term' and 'definition'"),
    ("lexicon:\n- term: [三农\n", "lexicon.yml:3: YAML error: expected ',' or ']', but got '<stream end>'"),
])
def test_a_bad_entry_is_one_line_naming_file_and_line(text, message):
    with pytest.raises(GlossaryError) as raised:
        lexicon.loads(text, "lexicon.yml")
    assert str(raised.value) == message


def test_an_entry_is_found_by_its_aliases_and_without_a_definition_records_nothing():
    found = lexicon.loads("lexicon:\n- term: 双碳\n  aliases: [碳达峰碳中和]\n- term: 国之大者\n", "x")
    assert found.find(["碳达峰碳中和"]).term == "双碳"
    assert found.record(["国之大者"]) is None


# ---- in terms.yml ---------------------------------------------------------------------------

def test_an_entry_no_report_defines_gets_the_lexicon_definition(tmp_path, small_lexicon):
    path = tmp_path / "terms.yml"
    run(path, a=BODY)
    e = entry(path, "三农")
    assert e["definition"] == SANNONG
    assert e["lexicon"] == {"definition": SANNONG, "introduced": "2004年"}
    assert [(m.definition, m.origin) for m in meanings(e, {})] == [(SANNONG, "lexicon")]


def test_a_reports_own_explanation_ranks_above_the_lexicon(tmp_path, small_lexicon):
    path = tmp_path / "terms.yml"
    run(path, a=BODY, b=OFFICIAL)
    e = entry(path, "三农")
    assert e["definition"] == "指农业、农村和农民，报告自己的解释。"
    assert e["lexicon"]["definition"] == SANNONG
    assert [m.origin for m in meanings(e, {})] == ["glossary"]


def test_an_editors_definition_survives_and_a_rejected_entry_stays_rejected(tmp_path, small_lexicon):
    path = tmp_path / "terms.yml"
    run(path, a=BODY, b="落实“两新”政策。\n")
    edit(path, f"definition: {SANNONG}", "definition: 编辑写的释义。")
    run(path, a=BODY, b="落实“两新”政策。\n")
    assert entry(path, "三农")["definition"] == "编辑写的释义。"
    assert [m.origin for m in meanings(entry(path, "三农"), {})] == ["editor"]
    small_lexicon(f"lexicon:\n- term: 两新\n  definition: 甲和乙。\n- term: 三农\n  definition: {SANNONG}\n")
    run(path, b="落实“两新”政策。\n")
    assert entry(path, "两新")["definition"] == "甲和乙。"
    text = path.read_text(encoding="utf-8")
    at = text.index("status: auto", text.index("term: 两新"))
    path.write_text(text[:at] + "status: rejected" + text[at + len("status: auto"):], encoding="utf-8")
    before = entry(path, "两新")
    small_lexicon("lexicon:\n- term: 两新\n  definition: 丙和丁。\n")
    run(path, b="落实“两新”政策。\n")
    assert entry(path, "两新") == before


def test_an_improved_lexicon_text_replaces_the_old_one_on_every_entry(tmp_path, small_lexicon):
    """Even on an entry whose reports were not extracted again: the lexicon changed, not them."""
    path = tmp_path / "terms.yml"
    run(path, a=BODY)
    small_lexicon("lexicon:\n- term: 三农\n  definition: 农业、农村、农民三个方面。\n")
    run(path, b="另一份报告。\n")
    assert entry(path, "三农")["definition"] == "农业、农村、农民三个方面。"
    assert entry(path, "三农")["lexicon"] == {"definition": "农业、农村、农民三个方面。"}
    small_lexicon("lexicon: []\n")
    run(path, b="另一份报告。\n")
    assert "definition" not in entry(path, "三农") and "lexicon" not in entry(path, "三农")


def test_an_alias_an_editor_adds_brings_the_lexicon_definition(tmp_path, small_lexicon):
    path = tmp_path / "terms.yml"
    run(path, a="推进“农业农村农民”工作。\n")
    small_lexicon(f"lexicon:\n- term: 三农\n  aliases: [农业农村]\n  definition: {SANNONG}\n")
    edit(path, "term: 农业农村农民\n", "term: 农业农村农民\n  aliases: [农业农村]\n")
    run(path, a="推进“农业农村农民”工作。\n")
    assert entry(path, "农业农村农民")["definition"] == SANNONG


@pytest.mark.parametrize("record, warning", [
    ({"definition": "农业、农村。"}, "'三农' promises 3 items but the 全国通用提法释义 lists 2"),
    ({"definition": SANNONG}, None),
])
def test_check_warns_when_a_lexicon_definition_disagrees_with_the_numeral(record, warning):
    text = ("terms:\n- term: 三农\n  kind: numbered\n  definition: 报告的解释。\n  lexicon:\n"
            + "".join(f"    {k}: {v}\n" for k, v in record.items()))
    assert [p.message for p in validate(parse(text, "terms.yml"))] == ([warning] if warning else [])


def test_check_refuses_a_lexicon_record_that_is_not_one():
    text = "terms:\n- term: 三农\n  lexicon: 农业\n"
    assert [(p.error, p.line) for p in validate(parse(text, "terms.yml"))] == [(True, 2)]
