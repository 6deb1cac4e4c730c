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


@pytest.mark.parametrize("first, second", [
    ("［1］", "［2］"), ("[1].", "[2]."), ("【1】.", "【2】."), ("１．", "２．"), ("（１）", "（２）"), ("1", "2"),
])
def test_item_numbers_in_full_width_with_a_dot_or_bare(first, second):
    items = parse_items(f"{first}“四乱”：乱占、乱采、乱堆、乱建。\n{second}“五勤”：身勤、眼勤。")
    assert [(i.term, i.display, i.definition) for i in items] == [("四乱", None, "乱占、乱采、乱堆、乱建。"), ("五勤", None, "身勤、眼勤。")]


def test_a_bare_number_starts_an_item_only_where_it_comes_next():
    items = parse_items("19.“暖心驿站”：面向外卖骑手的服务站点，全年建成\n300个。\n20“一件事”全链条专项整治：由一个部门牵头、多个部门协同。\n"
                        "21.“两重”：重大战略实施和重点领域安全能力建设。")
    assert [(i.term, i.definition) for i in items] == [
        ("暖心驿站", "面向外卖骑手的服务站点，全年建成300个。"),
        ("一件事", "由一个部门牵头、多个部门协同。"),
        ("两重", "重大战略实施和重点领域安全能力建设。"),
    ]


@pytest.mark.parametrize("reference", ["（P4）", "(P12)", "（p.4）", "（第4页）", "（P4-5）"])
def test_page_references_are_not_part_of_the_headword(reference):
    (item,) = parse_items(f"1.“双随机、一公开”{reference}：随机抽取检查对象、随机选派执法检查人员、抽查情况及查处结果及时向社会公开。")
    assert item.term == "双随机、一公开" and item.display is None


def test_invisible_characters_are_removed_from_items():
    (item,) = parse_items("1.“四\u200b乱”\u2060：乱占\u200b、乱采\u00ad、\u200e乱堆、乱建\ufeff。")
    assert (item.term, item.definition) == ("四乱", "乱占、乱采、乱堆、乱建。")


def test_an_unnumbered_section_keeps_a_headword_that_begins_with_a_figure():
    items = parse_items("六重：重大设施、重大平台。\n1+6+N+6+1：即1个区安全管理委员会。\n5G基站：第五代移动通信基站。")
    assert [i.term for i in items] == ["六重", "1+6+N+6+1", "5G基站"]


@pytest.mark.parametrize("head, term, parts", [
    ("“三压减”、“一提高”", "三压减、一提高", ("三压减", "一提高")),
    ("“一单制”“一箱制”", "一单制、一箱制", ("一单制", "一箱制")),
    ("川渝“氢走廊”“电走廊”", "川渝氢走廊、电走廊", ("氢走廊", "电走廊")),
    ("“城中村环境长”和“环境清洁日”", "城中村环境长和环境清洁日", ("城中村环境长", "环境清洁日")),
])
def test_an_item_that_names_several_terms_keeps_them_as_its_parts(head, term, parts):
    (item,) = parse_items(f"1.{head}：一并解释。")
    assert (item.term, item.display, item.parts) == (term, head, parts)


def test_items_that_share_a_quoted_core_under_different_heads_are_named_by_their_whole_form():
    items = parse_items("1.安全管理“1+3”文件：甲。\n2.社区换届“1+3”方案：乙。\n3.“五勤”：丙。\n4.“五勤”工作法：丁。\n5.“两重”：戊。")
    assert [(i.term, i.display) for i in items] == [
        ("安全管理1+3文件", "安全管理“1+3”文件"), ("社区换届1+3方案", "社区换届“1+3”方案"),
        ("五勤", None), ("五勤工作法", "“五勤”工作法"), ("两重", None)]
