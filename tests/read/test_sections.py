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


_ITEMS = "　　1.“四乱”：乱占、乱采、乱堆、乱建。\n　　2.“五勤”：身勤、眼勤、嘴勤、手勤、脑勤。\n"


@pytest.mark.parametrize("after", [
    "　　附件2\n　　2024年区政府民生实事\n　　1.新增学位2000个。牵头单位：区教育局\n",
    "附件2：2023年民生实事完成情况清单\n序号\n项目名称\n",
    "　　附表\n　　重点项目：10个\n",
    "相关报道：\n代表热议政府工作报告：振奋人心\n",
    "责任编辑：李明\n扫一扫在手机打开当前页\n打印本页\n关闭窗口\n",
])
def test_the_section_ends_where_an_attachment_or_page_furniture_begins(after):
    _, section, _ = split_section(f"正文。\n　　名词解释\n{_ITEMS}{after}")
    assert section == _ITEMS
    assert [i.definition for i in parse_items(section)] == ["乱占、乱采、乱堆、乱建。", "身勤、眼勤、嘴勤、手勤、脑勤。"]


def test_a_list_of_attachments_under_the_first_heading_gives_way_to_the_glossary_itself():
    text = ("正文。\n　　附件：1. 政府工作报告名词、术语注释\n　　2．2023年区政府民生实事完成清单\n"
            f"　　附件1\n　　政府工作报告名词、术语注释\n{_ITEMS}　　附件2\n　　序号\n")
    body, section, line = split_section(text)
    assert (body, section, line) == ("正文。\n", _ITEMS, 6)


def test_an_attachment_titled_as_the_glossary_starts_it_again():
    text = f"正文。\n附件：\n1.名词解释\n2.民生实事清单\n附件1：名词解释\n{_ITEMS}"
    assert split_section(text)[1:] == (_ITEMS, 6)


def test_furniture_after_a_last_definition_without_its_full_stop_is_not_glued_onto_it():
    from glossary.read.text import normalize

    text = normalize("名词解释\n1.“四下基层”：宣传党的路线、方针、政策下基层，调查研究下基层，信访接待下基层，现场办公下基层\n相关报道：代表热议\n")
    (item,) = parse_items(split_section(text)[1])
    assert item.definition.endswith("现场办公下基层")


@pytest.mark.parametrize("line", ["附件中的表格列出了全部项目。", "相关部门：发改局、财政局", "编辑出版《福田年鉴》"])
def test_lines_that_only_begin_like_an_ending_do_not_end_the_section(line):
    section = split_section(f"名词解释\n1.“四乱”：乱占、\n{line}\n")[1]
    assert line in section
