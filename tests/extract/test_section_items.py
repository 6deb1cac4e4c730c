"""The 名词解释 extractor: items read from a section, whatever their numbering."""

import pytest

from glossary.extract.sections import parse_items


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


def test_an_item_that_joins_its_name_to_other_items_gives_it_no_fuller_form():
    """科技英才领航工程和“双千”计划 names two things; the whole was an alias of 双千."""
    items = parse_items("8.科技英才领航工程和“双千”计划：“双千”计划是指面向共建“一带一路”国家实施千项合作项目。\n"
                        "9.人大“介入式”全口径、全过程监督：“介入式”指人大代表实质性提前介入。\n")
    assert [(i.term, i.display) for i in items] == [("双千", None), ("介入式", None)]
