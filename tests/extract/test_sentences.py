"""The sentence that says most about a term nothing defines (extract.sentences)."""

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from glossary.extract import extract_reports
from glossary.extract.sentences import _after_last_end, around, best_sentence, last_of
from glossary.model import Occurrence
from glossary.read.sources import parse_report
from glossary.store.terms import source_record


def occurrences(text: str, term: str) -> list[Occurrence]:
    return [Occurrence(term, m.start(), m.end(), m.group(), "“" in m.group())
            for m in re.finditer(f"“?{re.escape(term)}”?", text)]


@pytest.mark.parametrize("text, term, expected", [
    # 1. the sentence that says what the term is wins, wherever it stands
    ("全面推行“放管服”改革，成效明显，企业和群众办事更加便利快捷。“放管服”即简政放权、放管结合、优化服务。",
     "放管服", "“放管服”即简政放权、放管结合、优化服务。"),
    ("“三个一批”主要是谋划一批、储备一批、建设一批重大项目。推进“三个一批”。", "三个一批",
     "“三个一批”主要是谋划一批、储备一批、建设一批重大项目。"),
    # 2. otherwise the one with most to say besides the term, not a heading that only names it
    ("（三）实施“暖心工程”\n聚焦一老一小，实施“暖心工程”，新建社区食堂20个、托育机构15家，惠及群众5万人。\n",
     "暖心工程", "聚焦一老一小，实施“暖心工程”，新建社区食堂20个、托育机构15家，惠及群众5万人。"),
    # 3. on a tie, the first: where the report introduces the term
    ("开展“清风行动”，整治群众身边不正之风和腐败问题百件以上。深化“清风行动”，查处群众身边不正之风和腐败问题百件以上。",
     "清风行动", "开展“清风行动”，整治群众身边不正之风和腐败问题百件以上。"),
    # a sentence ends at a line break, never runs into the next paragraph; markup around it goes
    ("**推进“五化”建设。**\n下一段。", "五化", "推进“五化”建设。"),
    ("必须坚持“五化”**，凝心聚力。", "五化", "必须坚持“五化”，凝心聚力。"),
])
def test_the_sentence_that_says_most(text, term, expected):
    assert best_sentence(text, occurrences(text, term)) == expected


LONG_PART = "持续优化营商环境，全面落实各项减税降费政策措施，切实减轻市场主体负担" * 2  # 70 characters, two commas


def test_a_very_long_sentence_is_cut_to_whole_parts_between_semicolons_around_the_term():
    clause = "推进“两业融合”，培育服务型制造示范企业5家"
    text = "；".join([LONG_PART] * 3 + [clause] + ["加快数字化转型"] * 2) + "。"  # 246 characters
    expected = "…" + "；".join([LONG_PART] * 2 + [clause] + ["加快数字化转型"] * 2) + "。"
    assert best_sentence(text, occurrences(text, "两业融合")) == expected


@pytest.mark.parametrize("limit, expected", [
    (300, "；".join([LONG_PART, "推进“两业融合”，培育服务型制造示范企业5家", "加快数字化转型"]) + "。"),
    # the term's part between semicolons, and the parts after and before it that fit
    (40, "…推进“两业融合”，培育服务型制造示范企业5家；加快数字化转型。"),
    # the term's part is too long: its clauses, never a clause of another part
    (20, "…推进“两业融合”…"),
])
def test_a_context_is_the_sentence_cut_at_the_coarsest_punctuation_that_fits(limit, expected):
    text = "开头。" + "；".join([LONG_PART, "推进“两业融合”，培育服务型制造示范企业5家", "加快数字化转型"]) + "。下一句。"
    start = text.index("两业融合")
    assert around(text, start, start + 4, limit) == expected


def test_a_long_list_is_cut_between_its_items_and_a_clause_without_punctuation_stays_whole():
    items = "、".join(["甲乙丙丁"] * 30 + ["“四横三纵”"] + ["戊己庚辛"] * 30)
    text = f"前言。建设{items}等项目。"
    start = text.index("四横三纵")
    assert around(text, start, start + 4, 40) == "…甲乙丙丁、甲乙丙丁、甲乙丙丁、“四横三纵”、戊己庚辛、戊己庚辛、戊己庚辛…"
    unbroken = "甲乙丙丁" * 30 + "“四横三纵”" + "戊己庚辛" * 30 + "。"
    assert around(unbroken, 121, 125, 40) == unbroken


def test_every_report_keeps_the_whole_sentence_its_term_first_stands_in_as_context():
    text = "总体要求。**实施“暖心工程”，新建社区食堂20个。**\n深化“暖心工程”。\n"
    found = {f.term: f for f in extract_reports([parse_report("r", text)])["r"]}
    assert found["暖心工程"].context == "实施“暖心工程”，新建社区食堂20个。"


def test_a_sentence_a_line_break_cuts_after_a_comma_says_that_it_goes_on():
    text = "完善城市功能。健全“四横三纵”市政主干路网，完成永吉大桥建设，\n\n畅通城市“微循环”。"
    start = text.index("四横三纵")
    assert around(text, start, start + 4) == "健全“四横三纵”市政主干路网，完成永吉大桥建设…"


def test_a_report_that_does_not_define_a_term_stores_its_best_sentence_a_defining_one_does_not():
    text = "加快推进“两业融合”，培育服务型制造示范企业5家。深化“放管服”改革。“放管服”，即简政放权、放管结合、优化服务。\n"
    found = {f.term: f for f in extract_reports([parse_report("r", text)])["r"]}
    merged = source_record("r", found["两业融合"])
    assert merged["sentence"] == "加快推进“两业融合”，培育服务型制造示范企业5家。"
    defined = source_record("r", found["放管服"])
    assert defined["how"] == "inline" and "sentence" not in defined


@given(st.lists(st.sampled_from(["。", "！", "\n", "，", "x", "x" * 300, "两学一做"]), max_size=40).map("".join),
       st.integers(0, 5000), st.integers(0, 5000))
@example("!" + "x" * 3000, 0, 3001)
@example("x" * 3000 + "。", 1, 3001)
def test_a_sentence_starts_after_the_last_end_mark_before_the_term(text, lo, start):
    start = min(start, len(text))
    lo = min(lo, start)
    assert _after_last_end(text, lo, start) == max(max(text.rfind(mark, lo, start) for mark in "。！？!?\n") + 1, lo)


@given(st.lists(st.sampled_from(["。", "，", "?", "\n", "x", "x" * 300, "十大工程"]), max_size=40).map("".join),
       st.sampled_from(["。？?\n", "，,：:", "?"]), st.integers(0, 10_000))
@example("?" + "x" * 3000, "?", 3001)
@example("x" * 3000 + "?", "?", 3000)
def test_the_last_mark_before_an_offset_is_found_back_to_the_start(text, marks, end):
    end = min(end, len(text))
    assert last_of(text, marks, end) == max(text.rfind(mark, 0, end) for mark in marks)
