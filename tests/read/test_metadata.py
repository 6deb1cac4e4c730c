"""Title, place, level and year from the lines reports open with, as they are written."""

import pytest

from glossary.read.metadata import Metadata, detect

WEB_PAGE = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (WEB_PAGE + "2026年安徽省政府工作报告\n——2026年2月5日在安徽省第十四届人民代表大会第四次会议上\n"
         "来源：安徽日报\n时间：2026-02-11\n省人民政府省长 王清宪\n各位代表：\n",
         Metadata("2026年安徽省政府工作报告", "安徽省", "province", 2026)),
        ("当前位置：\n首页\n>\n政务信息\n2026年宁夏回族自治区政府工作报告\n发表时间：\n2026-02-09 09:45:30\n",
         Metadata("2026年宁夏回族自治区政府工作报告", "宁夏回族自治区", "province", 2026)),
        ("2026年北京市政府工作报告\n", Metadata("2026年北京市政府工作报告", "北京市", "province", 2026)),
        ("陕西省2026年政府工作报告\n", Metadata("陕西省2026年政府工作报告", "陕西省", "province", 2026)),
        ("2018年吉林市政府工作报告\n2018年01月31日 阅读：76次\n", Metadata("2018年吉林市政府工作报告", "吉林市", "city", 2018)),
        ("(吉林省)2022年通化县人民政府工作报告(全文)\n  2021年11月24日在通化县第十八届\n  人民代表大会第一次会议上\n",
         Metadata("(吉林省)2022年通化县人民政府工作报告(全文)", "通化县", "county", 2022)),
    ],
)
def test_title_lines_after_web_page_furniture(text, expected):
    assert detect(text) == expected


def test_a_bare_title_is_completed_from_the_delivery_line():
    text = "政府工作报告\n――2026年1月27日在青海省第十四届人民代表大会第四次会议上\n省长 罗东川\n2026-01-31 07:00:44\n"
    assert detect(text) == Metadata("2026年青海省政府工作报告", "青海省", "province", 2026)


def test_a_delivery_line_alone():
    text = "——2024年1月10日在白城市第七届人民代表大会第四次会议上\n市长 杨大勇\n各位代表:\n"
    assert detect(text) == Metadata("2024年白城市政府工作报告", "白城市", "city", 2024)


def test_a_congress_in_november_plans_the_next_year():
    assert detect("2021年11月24日在通化县第十八届\n人民代表大会第一次会议上\n").year == 2022


@pytest.mark.parametrize(
    "speaker, place, level",
    [
        ("现在，我代表深圳市福田区人民政府，向大会报告政府工作，请予审议。", "福田区", "district"),
        ("现在，我代表光明区一届人民政府向大会作报告，请予审议。", "光明区", "district"),
        ("现在，我代表深圳市人民政府向大会作政府工作报告，请予审议。", "深圳市", "city"),
        ("现在，我代表永吉县人民政府向大会报告工作，请予审议。", "永吉县", "county"),
        ("现在，我代表区人民政府向大会作政府工作报告，请予审议。", None, "district"),
        ("现在，我受市长李鸿忠同志委托，代表市人民政府向大会作政府工作报告。", None, "city"),
        ("现在，我代表自治区人民政府，向大会报告政府工作，请予审议。", None, "province"),
        ("受华楠书记委托，我代表新区党工委、管委会向大会报告工作。", None, "district"),
    ],
)
def test_the_speakers_sentence(speaker, place, level):
    meta = detect(f"各位代表：\n{speaker}\n一、2023年工作回顾\n")
    assert (meta.place, meta.level, meta.year) == (place, level, 2024)
    assert meta.title == (f"2024年{place}政府工作报告" if place else None)


def test_a_management_committee_reports_under_its_own_name():
    text = "各位代表：\n现在，我代表大鹏新区管理委员会向大会作工作报告，请予审议。\n一、2016年工作回顾\n二、2017年主要工作\n"
    assert detect(text) == Metadata("2017年大鹏新区管理委员会工作报告", "大鹏新区", "district", 2017)


@pytest.mark.parametrize(
    "headings, year",
    [
        (["一、2013年工作回顾", "二、2014年工作思路和重点"], 2014),
        (["一、“十四五”时期发展成就和2025年工作回顾"], 2026),
        (["一、“九五”时期简要回顾和2000年经济社会发展基本情况"], 2001),
        (["一、过去五年工作回顾", "四、对2005年政府重点工作的建议"], 2005),
        (["一、“十五”工作简要回顾和2005年经济社会发展基本情况", "到2010年，主要预期目标和约束指标是：",
          "三、2006年的主要工作"], 2006),
        (["2015年工作回顾"], 2016),
        (["“十四五”时期主要目标和2035年远景目标", "二、2021年工作安排"], 2021),
        (["2011年12月30日挂牌成立以来，新区管委会认真贯彻落实各项决策部署。", "二、2017年主要工作"], 2017),
        (["（一）2023年主要目标任务完成情况"], 2024),
    ],
)
def test_the_year_from_section_headings(headings, year):
    assert detect("各位代表：\n" + "\n".join(headings) + "\n").year == year


def test_a_report_cut_from_a_page_mid_speech():
    text = "各位代表！前进的道路充满希望，我们也清醒认识到，大鹏发展还存在一些挑战。\n二、2023年重点工作安排\n" \
           "深圳市委市政府支持大鹏新区建设。\n"
    assert detect(text) == Metadata(None, None, None, 2023)
    assert detect(text, "151_2023_shenzhen_dapeng_district") == Metadata(
        "2023年大鹏新区政府工作报告", "大鹏新区", "district", 2023)


def test_the_file_name_in_pinyin_picks_the_unit_the_text_names():
    text = "各位代表：\n现在，我代表区人民政府向大会作政府工作报告。\n加快福田区建设，深圳市福田区，福田保税区。\n"
    assert detect(text, "003_2014_shenzhen_futian_district") == Metadata(
        "2014年福田区政府工作报告", "福田区", "district", 2014)
    assert detect(text, "notes").place is None  # no guess from the text alone


def test_a_name_the_text_never_writes_in_full_takes_the_suffix_of_its_level():
    text = "各位代表：\n现在，我代表区人民政府向大会作工作报告。\n坪山高新区，坪山市民中心，深圳市委。\n"
    assert detect(text, "2022_shenzhen_pingshan_district").place == "坪山区"
    assert detect(text, "2022_shenzhen_pingshan").place == "坪山区"  # the speaker says 区


def test_a_polyphone_spells_its_name_in_any_reading():
    text = "——在长春市第十六届人民代表大会上\n"
    assert detect("各位代表：\n我代表市人民政府。\n长春发展，长春市委。\n", "changchun_city").place == "长春市"
    assert detect(text).place == "长春市"


def test_the_level_tells_a_city_from_its_province():
    text = "各位代表：\n我代表市政府向大会报告工作。\n吉林省委、省政府，吉林市委。\n一、2023年工作回顾\n"
    assert detect(text, "2024-jilin-city").place == "吉林市"
    assert detect(text.replace("市政府", "省政府"), "2024-jilin").place == "吉林省"


def test_the_file_name_in_characters():
    text = "各位代表：\n现在，我代表区人民政府向大会作政府工作报告。\n"
    assert detect(text, "福田区政府工作报告（2014）_2014") == Metadata(
        "2014年福田区政府工作报告", "福田区", "district", 2014)


def test_a_province_that_never_writes_its_full_name():
    text = "各位代表：\n现在，我代表省人民政府，向大会报告工作。\n" + "广东经济，广东制造，广东人民，深圳先行。\n"
    assert detect(text).place == "广东省"


def test_the_text_wins_over_the_file_name():
    meta = detect("2018年吉林市政府工作报告\n", "2024_baicheng_city")
    assert (meta.place, meta.year) == ("吉林市", 2018)


def test_nothing_said_is_nothing_guessed():
    assert detect("各位代表：\n一年来，我们主要做了以下工作。\n") == Metadata(None, None, None, None)
