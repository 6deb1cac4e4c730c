"""The renderer alone: terms → Markdown pages, no mkdocs."""


import pytest
import yaml

from glossary.search import search_keys, suffixes
from glossary.site.render import Site, escape, highlight, numbered_pattern, related_terms, slugs
from glossary.store import Glossary


def entry(term, **fields):
    return {"term": term, "pinyin": fields.pop("pinyin", None) or term, "kind": "numbered", "status": "auto", **fields}


@pytest.fixture
def glossary():
    return Glossary(
        reports={"2024-a": {"title": "2024年甲县政府工作报告", "place": "甲县", "year": 2024}},
        terms=[
            entry("四横三纵", pinyin="sì héng sān zòng", definition="吉桦路、建设路。",
                  sources=[{"report": "2024-a", "count": 2, "definition": "吉桦路、建设路。", "how": "glossary",
                            "context": "…健全“四横三纵”市政主干路网<script>alert(1)</script>**粗**[链](x)…",
                            "forms": ["“四横三纵”市政主干路网"]},
                           {"report": "2018-b", "count": 1, "definition": "另一种说法。", "how": "inline"}]),
            entry("两横三纵", pinyin="liǎng héng sān zòng", sources=[{"report": "2018-b", "count": 1}]),
            entry("双停", pinyin="shuāng tíng", note="编辑的备注 [链接](javascript:x)"),
            entry("双停企业", pinyin="shuāng tíng qǐ yè", definition="编辑写的释义。"),
            entry("假词条", pinyin="jiǎ cí tiáo", status="rejected"),
        ],
    )


def pages(glossary):
    return {p.path: p.markdown for p in Site(glossary).pages()}


def test_every_live_term_has_a_page_and_rejected_ones_appear_nowhere(glossary):
    rendered = pages(glossary)
    assert "terms/si-heng-san-zong.md" in rendered and "terms/shuang-ting-qi-ye.md" in rendered
    assert not any("假词条" in text for text in rendered.values())


def test_report_text_is_escaped_not_run(glossary):
    page = pages(glossary)["terms/si-heng-san-zong.md"]
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "\\[链\\]\\(x\\)" in page


def test_a_markdown_reports_bold_markers_never_show_in_a_context(glossary):
    page = pages(glossary)["terms/si-heng-san-zong.md"]
    assert "粗" in page and "*" not in page.split("## 出现于")[1]


def test_context_highlights_the_written_form(glossary):
    page = pages(glossary)["terms/si-heng-san-zong.md"]
    assert "<mark>“四横三纵”市政主干路网</mark>" in page


def test_definition_says_where_it_comes_from(glossary):
    rendered = pages(glossary)
    assert "[2024年甲县政府工作报告](../reports/2024-a.md)名词解释" in rendered["terms/si-heng-san-zong.md"]
    assert "编辑撰写" in rendered["terms/shuang-ting-qi-ye.md"]
    assert "暂无释义" in rendered["terms/liang-heng-san-zong.md"]


def test_reports_that_mean_different_things_each_show_their_meaning_with_report_and_year(glossary):
    page = pages(glossary)["terms/si-heng-san-zong.md"]
    first, second = page.split('!!! abstract "释义一"')[1].split('!!! abstract "释义二"')
    assert "吉桦路、建设路。" in first and "来源：[2024年甲县政府工作报告](../reports/2024-a.md)名词解释，写作“四横三纵”市政主干路网" in first
    assert "另一种说法。" in second and "来源：[2018\\-b](../reports/2018-b.md)正文" in second
    assert "共 2 种释义" in page and "其他报告的解释" not in page


def test_a_lexicon_definition_is_labelled_with_the_lexicon_and_its_introduction():
    glossary = Glossary(terms=[entry("三农", pinyin="sān nóng", definition="农业、农村、农民。", sources=[{"report": "2024-a", "count": 1}],
                                     lexicon={"definition": "农业、农村、农民。", "introduced": "2004年*中央*一号文件"})])
    page = pages(glossary)["terms/san-nong.md"]
    assert "农业、农村、农民。" in page and "来源：全国通用提法释义（首提：2004年\\*中央\\*一号文件）" in page


def test_an_editors_definition_comes_first_and_the_reports_definitions_after_it():
    glossary = Glossary(reports={"2014-a": {"title": "A区政府工作报告", "year": 2014}}, terms=[
        entry("1+3", definition="编辑写的。", sources=[{"report": "2014-a", "count": 1, "definition": "甲。", "how": "glossary"}])])
    page = pages(glossary)["terms/1-3.md"]
    assert "编辑写的。" in page and "来源：编辑撰写" in page
    assert "其他报告的解释" in page and "[A区政府工作报告](../reports/2014-a.md)名词解释：甲。" in page


def test_editor_note_is_shown_escaped(glossary):
    page = pages(glossary)["terms/shuang-ting.md"]
    assert "编辑备注" in page and "\\[链接\\]\\(javascript:x\\)" in page


def test_term_pages_stay_out_of_materials_search_index(glossary):
    """The glossary's own index finds them; Material's would rebuild them into lunr on every page."""
    front = yaml.safe_load(pages(glossary)["terms/si-heng-san-zong.md"].split("---")[1])
    assert front["search"] == {"exclude": True} and "tags" not in front


def test_term_pages_carry_no_search_markers_of_their_own(glossary):
    """The whole page is out of Material's index, so a section's marker would say nothing."""
    page = pages(glossary)["terms/si-heng-san-zong.md"]
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings and "data-search-exclude" not in page


def test_indexes_list_terms_by_initial_kind_and_report(glossary):
    rendered = pages(glossary)
    assert "[S](s.md)" in rendered["a-z/index.md"] and "[L](l.md)" in rendered["a-z/index.md"]
    assert "- [四横三纵](../terms/si-heng-san-zong.md) <span class=\"glossary-pinyin\">sì héng sān zòng</span>：吉桦路、建设路。" in rendered["a-z/s.md"]
    assert "数字缩略语（4）" in rendered["kinds/index.md"] and "[双停](../../terms/shuang-ting.md)" in rendered["kinds/numbered/s.md"]
    report = rendered["reports/2024-a.md"]
    assert "# 2024年甲县政府工作报告" in report and "| [四横三纵](../terms/si-heng-san-zong.md) | 数字缩略语 | 2 | ✓ |" in report
    assert "reports/2018-b.md" in rendered  # a report known only from source records still gets a page


def test_summary_counts_terms_and_reports(glossary):
    summary = Site(glossary).summary(base="../")
    assert "**4** 个词条" in summary and "**2** 份" in summary and "(../a-z/index.md)" in summary
    assert "[glossary.tbx](../downloads/glossary.tbx)" in summary and "(../downloads/glossary-jieba.txt)" in summary


def test_escape_keeps_chinese_and_neutralises_markup():
    assert escape("“四横三纵”") == "“四横三纵”"
    assert escape("1. 标题\n# 不是标题") == "1\\. 标题 \\# 不是标题"


def test_highlight_matches_forms_with_and_without_quotes():
    assert highlight("推动“双停”企业盘活", ["双停", "“双停”企业"]) == "推动<mark>“双停”企业</mark>盘活"


def test_slugs_are_pinyin_and_collisions_get_numbers():
    result = slugs([entry("双创", pinyin="shuāng chuàng"), entry("霜创", pinyin="shuāng chuàng"), entry("1+16")])
    assert result == {"双创": "shuang-chuang", "霜创": "shuang-chuang-2", "1+16": "1-16"}


def test_a_new_term_never_moves_an_existing_slug():
    before = slugs([entry("双创", pinyin="shuāng chuàng")])
    after = slugs([entry("双创", pinyin="shuāng chuàng"), entry("四横三纵", pinyin="sì héng sān zòng")])
    assert before["双创"] == after["双创"]


@pytest.mark.parametrize("term, pattern", [("四横三纵", "N横N纵"), ("五小工程", "N小工程"), ("1314", None), ("城市更新", None)])
def test_numbered_pattern(term, pattern):
    assert numbered_pattern(term) == pattern


def test_related_terms_share_a_pattern_or_contain_each_other():
    related = related_terms([entry("四横三纵"), entry("两横三纵"), entry("双停"), entry("双停企业")])
    assert related["四横三纵"] == ["两横三纵"]
    assert related["双停"] == ["双停企业"] and related["双停企业"] == ["双停"]


def test_every_piece_of_a_term_starts_one_of_its_endings():
    term = "一基地四园区"
    endings = [term, *suffixes(term)]
    for i in range(len(term)):
        for j in range(i + 2, len(term) + 1):
            assert any(e.startswith(term[i:j]) for e in endings)
    assert "1314" in suffixes("婚俗改革1314工作法")


def test_search_keys_include_other_readings_of_polyphones():
    keys = search_keys({"term": "三级联调", "pinyin": "sān jí lián diào"})
    assert {"sanjiliandiao", "sjld", "sanjiliantiao", "sjlt"} <= set(keys)


def test_a_sentence_the_box_quotes_is_not_quoted_again_under_its_report():
    said, also = "实施“暖心工程”，新建社区食堂20个。", "推进“暖心工程”，新建托育机构15家。"
    terms = Glossary(reports={"2024-a": {"title": "甲", "year": 2024}, "2023-b": {"title": "乙", "year": 2023},
                              "2022-c": {"title": "丙", "year": 2022}},
                     terms=[entry("暖心工程", pinyin="nuǎn xīn gōng chéng", sources=[
                         {"report": "2024-a", "count": 1, "context": said, "sentence": said},
                         {"report": "2023-b", "count": 1, "context": also, "sentence": also},
                         {"report": "2022-c", "count": 1, "context": "深化“暖心工程”。", "sentence": "深化“暖心工程”。"}])])
    box, listed = pages(terms)["terms/nuan-xin-gong-cheng.md"].split("## 出现于")
    assert "新建社区食堂20个" in box and "新建托育机构15家" in box and "深化" not in box
    assert "新建社区食堂20个" not in listed and "新建托育机构15家" not in listed and "深化" in listed
    assert listed.count("1 次，原句见上") == 2


def test_a_wrapped_letter_bar_never_starts_a_line_with_its_separator(glossary):
    bar = next(line for line in pages(glossary)["a-z/s.md"].splitlines() if "[L](l.md)" in line)
    assert " ·" not in bar and "\u00a0· " in bar  # no break before a dot, one after it
