import pytest

from glossary.extract.sections import parse_items
from glossary.read.sections import split_section


@pytest.mark.parametrize(
    "heading",
    ["名词解释", "有关名词解释", "《政府工作报告》名词解释", "名词、术语注释", "名词注释", "注释", "注释：",
     "附件：名词解释", "附件：2024年政府工作报告有关名词解释", "名词术语解释", "（注释）"],
)
def test_section_headings(heading):
    body, section, _ = split_section(f"正文里提到“五勤”。\n\n{heading}\n1.“五勤”：身勤、眼勤。\n")
    assert body.startswith("正文") and "五勤" in section and heading not in section


@pytest.mark.parametrize("line", ["加强名词解释工作，方便群众理解政策。", "附件：名词解释.docx", "注释工作有序推进"])
def test_body_lines_are_not_headings(line):
    assert split_section(f"{line}\n正文。\n")[1] == ""


@pytest.mark.parametrize("number", ["1.", "1．", "1、", "[1]", "【1】", "(1)", "（1）", "①", "一、", " 1. "])
def test_numbering_styles(number):
    items = parse_items(f"{number}“四乱”：乱占、乱采、乱堆、乱建。\n{number.replace('1', '2').replace('①', '②').replace('一', '二')}“五勤”：身勤。")
    assert [(i.term, i.definition) for i in items] == [("四乱", "乱占、乱采、乱堆、乱建。"), ("五勤", "身勤。")]


def test_colon_inside_brackets_belongs_to_the_headword():
    (item,) = parse_items("1.《自然》（英语：Nature）：英国科学期刊。")
    assert item.term == "《自然》（英语：Nature）" and item.definition == "英国科学期刊。"


def test_items_run_over_lines_and_keep_their_words():
    (first, second) = parse_items("1.“一基地四园区”：创新创业基地、\n钨尾矿综合利用产业园。\n\n2.婚俗改革“1314”工作法：传承1个满族经典。")
    assert first.definition == "创新创业基地、钨尾矿综合利用产业园。"
    assert (second.term, second.display) == ("1314", "婚俗改革“1314”工作法")


def test_unnumbered_items():
    items = parse_items("放管服：简政放权、放管结合、优化服务。\n两个维护：坚决维护……。")
    assert [i.term for i in items] == ["放管服", "两个维护"]
