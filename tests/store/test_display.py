"""The display form of an entry several reports share: the form most of them write, else the term."""

from test_store import entry, run

from glossary.store.terms import derive

NAMED = "健全“四横三纵”市政主干路网。\n"
BARE = "完善“四横三纵”，畅通城市交通。\n"


def test_one_reports_head_noun_is_not_the_display_of_a_term_others_write_bare(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, a=NAMED, b=BARE, c=BARE)
    e = entry(path, "四横三纵")
    assert "display" not in e and "四横三纵市政主干路网" in e["aliases"]


def test_the_fuller_form_most_reports_write_is_the_display_whatever_the_order(tmp_path):
    texts = {"a": "建成“四横三纵”骨架路网。\n", "b": NAMED, "c": "优化“四横三纵”市政主干路网。\n"}
    for name, order in (("forward", "abc"), ("backward", "cba")):
        path = tmp_path / f"{name}.yml"
        for rid in order:
            run(path, **{rid: texts[rid]})
        assert entry(path, "四横三纵")["display"] == "“四横三纵”市政主干路网", name


def test_national_shorthand_keeps_its_bare_name_against_a_local_head_noun(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, a="建设“双碳”云脑平台。\n", b="围绕“双碳”，推动绿色转型。\n")
    assert "display" not in entry(path, "双碳")


def test_reports_split_between_fuller_forms_show_the_term():
    sources = [{"report": "a", "count": 1, "forms": ["“双停”企业"]}, {"report": "b", "count": 1, "forms": ["“双停”厂房"]}]
    assert derive("双停", sources)["display"] is None


def test_a_term_of_one_report_shows_its_fuller_form_even_where_it_also_writes_it_bare():
    sources = [{"report": "a", "count": 3, "forms": ["“双停”企业", "“双停”"]}]
    assert derive("双停", sources)["display"] == "“双停”企业"


def test_a_noun_the_sentence_goes_on_with_after_a_name_written_once_is_no_head():
    """“两污”处理率, “湘易办”用户: the sentence after the quotation, not the name (issue 11)."""
    for term, form in (("两污", "“两污”处理率"), ("湘易办", "“湘易办”用户"), ("1+6+2", "“1+6+2”社会")):
        assert derive(term, [{"report": "a", "count": 1, "forms": [form]}])["display"] is None, form


def test_a_head_that_names_a_kind_of_thing_or_is_written_twice_is_the_name():
    one = [("扫楼", "“扫楼”行动"), ("1+3", "“1+3”文件"), ("净地", "“净地”出让"), ("6411", "“6411”产业体系")]
    for term, form in one:
        assert derive(term, [{"report": "a", "count": 1, "forms": [form]}])["display"] == form, form
    twice = [{"report": "a", "count": 2, "forms": ["“订单班”毕业生"]}]
    assert derive("订单班", twice)["display"] == "“订单班”毕业生"


def test_a_compound_name_is_displayed_whole_not_cut_where_jieba_sees_a_verb(tmp_path):
    """Reports write “1+6+2”社会救助帮扶体系 (body and 名词解释 item) and “1+11+N”基层就业服务网点;
    jieba tags 帮扶 and 就业 verbs, and the displays were cut to “1+6+2”社会, “1+11+N”基层."""
    path = tmp_path / "terms.yml"
    run(path, **{
        "futian_2016": "整合多部门资源，打造“1+6+2”社会救助帮扶体系，更多地关心残疾、失独、孤寡等特殊人群和家庭。\n"
                       "名词解释\n31.“1+6+2”社会救助帮扶体系：整合多部门力量，建立以低保为基础的社会救助帮扶体系。\n",
        "futian_2021": "建立“1+6+2”社会救助帮扶体系，累计发放救助帮扶资金超2亿元。\n",
        "longgang_2025": "整合青年驿站、南粤家政等服务载体，布局“1+11+N”基层就业服务网点。\n"
                         "名词解释\n24.“1+11+N”基层就业服务网点：“11”是指在每个街道分别设立一家就业驿站。\n",
    })
    assert entry(path, "1+6+2")["display"] == "“1+6+2”社会救助帮扶体系"
    assert entry(path, "1+11+N")["display"] == "“1+11+N”基层就业服务网点"
