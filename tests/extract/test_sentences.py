"""The sentence that says most about a term nothing defines (extract.sentences)."""

import re

import pytest

from glossary.extract import extract_reports
from glossary.extract.sentences import best_sentence
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


def test_a_very_long_sentence_is_cut_to_the_clause_between_semicolons_that_holds_the_term():
    clause = "推进“两业融合”，培育服务型制造示范企业5家"
    text = "；".join(["持续优化营商环境，全面落实各项减税降费政策措施，切实减轻市场主体负担" * 2] * 3 + [clause] + ["加快数字化转型"] * 2) + "。"
    assert best_sentence(text, occurrences(text, "两业融合")) == clause + "；"


def test_a_report_that_does_not_define_a_term_stores_its_best_sentence_a_defining_one_does_not():
    text = "加快推进“两业融合”，培育服务型制造示范企业5家。深化“放管服”改革。“放管服”，即简政放权、放管结合、优化服务。\n"
    found = {f.term: f for f in extract_reports([parse_report("r", text)])["r"]}
    merged = source_record("r", found["两业融合"])
    assert merged["sentence"] == "加快推进“两业融合”，培育服务型制造示范企业5家。"
    defined = source_record("r", found["放管服"])
    assert defined["how"] == "inline" and "sentence" not in defined
