"""One entry per term whatever the corpus and the order of reports: the merge's identity rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary import store
from glossary.extract import extract_reports
from glossary.read.sources import parse_report
from glossary.read.text import normalize
from glossary.store.check import validate
from glossary.store.yamlio import parse

# cores and the head nouns reports write after them: the same core with and without its head,
# a versioned name, a bare code with different heads, two cores sharing one headed form
CORES = ["零就业", "专精特新", "三公", "民生微实事", "1+3", "18", "18条", "八类暴力", "碳达峰", "三资"]
HEADS = ["", "家庭", "企业", "经费", "3.0版本", "文件", "方案", "条", "警情", "十大行动", "交易"]
QUALIFIERS = ["", "社区", "稳增长"]
SENTENCES = ["推进{q}“{c}”{h}建设。", "落实{q}{c}{h}。", "“{c}{h}”取得实效。"]


@st.composite
def reports(draw):
    """A set of 1–4 reports writing terms of one small overlapping vocabulary, some with a 名词解释."""
    texts = []
    for _ in range(draw(st.integers(1, 4))):
        lines = [draw(st.sampled_from(SENTENCES)).format(q=draw(st.sampled_from(QUALIFIERS)),
                                                       c=draw(st.sampled_from(CORES)), h=draw(st.sampled_from(HEADS)))
                 for _ in range(draw(st.integers(1, 6)))]
        items = [f"{n}.“{draw(st.sampled_from(CORES))}”{draw(st.sampled_from(HEADS))}：第{n}项解释。"
                 for n in range(1, draw(st.integers(0, 3)) + 1)]
        texts.append("\n".join(lines) + ("\n名词解释\n" + "\n".join(items) if items else "") + "\n")
    return texts


def _extract(texts: list[str], order: list[int], glossary: store.Glossary | None = None) -> str:
    glossary = glossary or store.Glossary()
    batch = [parse_report(f"r{i}", normalize(texts[i])) for i in order]
    store.merge(glossary, batch, extract_reports(batch, [e["term"] for e in glossary.live()]))
    return store.dumps(glossary)


def _extracted_twice(texts: list[str]) -> store.Glossary:
    """The glossary of all the texts, in their order, after a second extract over it that must
    change nothing."""
    glossary = store.Glossary()
    first = _extract(texts, list(range(len(texts))), glossary)
    assert _extract(texts, list(range(len(texts))), glossary) == first
    return glossary


def _errors(text: str) -> list[str]:
    return [p.message for p in validate(parse(text, "terms.yml")) if p.error]


@given(reports(), st.randoms())
def test_a_batch_gives_valid_output_the_same_in_every_order_and_again_on_a_second_run(texts, random):
    order = list(range(len(texts)))
    glossary = store.Glossary()
    first = _extract(texts, order, glossary)
    random.shuffle(order)
    assert _extract(texts, order) == first
    assert _extract(texts, order, glossary) == first
    assert _errors(first) == []


@given(reports(), st.randoms())
def test_reports_added_one_at_a_time_in_any_order_never_make_the_file_invalid(texts, random):
    order = list(range(len(texts)))
    random.shuffle(order)
    glossary = store.Glossary()
    for i in order:
        text = _extract(texts, [i], glossary)
        assert _errors(text) == [], text


def test_a_term_with_and_without_its_head_noun_is_one_entry():
    texts = ["推进“零就业”家庭帮扶。\n", "“零就业家庭”动态清零。\n"]
    glossary = store.Glossary()
    _extract(texts, [0], glossary)
    _extract(texts, [1], glossary)
    # 动态清零 is the predicate (cleared to zero as it happens), not a head noun of 零就业家庭
    assert [(e["term"], e.get("aliases")) for e in glossary.live()] == [("零就业", ["零就业家庭"])]
    assert [s["report"] for s in glossary.live()[0]["sources"]] == ["r0", "r1"]


def test_a_second_run_over_the_same_reports_changes_nothing():
    """A 名词解释 item “中国杯”帆船赛 names the core 中国杯: the entry of another report's bare 中国杯
    and the entry of 中国杯帆船赛 are one term in the first run already, not only in the second."""
    texts = ["办好中国杯帆船赛。\n名词解释\n1.中国杯帆船赛：甲。\n",
             "举办“中国杯”帆船赛。\n名词解释\n1.“中国杯”帆船赛：乙。\n",
             "办好中国杯世界花样滑冰大奖赛。\n"]
    _extracted_twice(texts)


def test_a_bare_item_beside_its_core_under_a_head_noun_keeps_its_own_definition():
    """A report that explains “三公” and “三公”家庭 apart explains two things: the core of
    “三公”家庭 does not join it to 三公, whose definition would else be lost."""
    texts = ["压减“三公”支出。\n名词解释\n1.“三公”：甲。\n2.“三公”家庭：乙。\n"]
    glossary = store.Glossary()
    _extract(texts, [0], glossary)
    assert sorted((e["term"], e.get("definition")) for e in glossary.live()) == [("三公", "甲。"), ("三公家庭", "乙。")]


def test_a_core_told_apart_by_its_items_names_no_headed_form_of_the_body():
    """The second report explains “三公” apart from “三公”家庭 and writes “三公”企业, the first
    report's item: under its head noun that is a third name, not its bare item. Named by the core
    it joined 三公企业 in the first run, before the third report's bare 三公 existed, and 三公 in the
    second, which found that headword first."""
    texts = ["推进“零就业”建设。\n名词解释\n1.“三公”家庭：第1项解释。\n2.“三公”企业：第2项解释。\n",
             "推进“三公”企业建设。\n名词解释\n1.“三公”：第1项解释。\n2.“三公”家庭：第2项解释。\n3.“零就业”：第3项解释。\n",
             "推进“三公”建设。\n"]
    glossary = _extracted_twice(texts)
    entries = {e["term"]: e for e in glossary.live()}
    assert sorted(entries) == ["三公", "三公企业", "三公家庭", "零就业"]
    assert [(s["report"], s.get("definition")) for s in entries["三公企业"]["sources"]] == [("r0", "第2项解释。"), ("r1", None)]
    assert [s["report"] for s in entries["三公"]["sources"]] == ["r1", "r2"]


def test_entries_a_fold_joins_are_folded_again_by_the_core_they_no_longer_keep_apart():
    """The third report explains “零就业” apart from “零就业”家庭, so the core names neither its
    items nor its “零就业”企业. The fourth writes “零就业”家庭 for 零就业 and joins the two items;
    told apart no longer, the core then joins 零就业企业 too — in the first run already, not only
    in a second over the folded glossary."""
    texts = ["推进“零就业”建设。\n", "推进“零就业”建设。\n",
             "推进“零就业”企业建设。\n名词解释\n1.“零就业”：第1项解释。\n2.“零就业”家庭：第2项解释。\n",
             "推进“零就业”家庭建设。\n"]
    glossary = _extracted_twice(texts)
    assert [(e["term"], e.get("aliases")) for e in glossary.live()] == [("零就业", ["零就业企业", "零就业家庭"])]


def test_a_headed_name_a_report_tells_apart_is_found_unquoted_in_the_first_run_already():
    """The second report's items tell 零就业 apart from 零就业家庭, so its “零就业”企业 is a term of
    the batch, 零就业企业: the third report's unquoted 零就业企业 is found whole in the first run, as
    the second run finds it once the glossary holds the term, not as 零就业."""
    texts = ["推进“零就业”建设。\n",
             "推进“零就业”企业建设。\n名词解释\n1.“零就业”：第1项解释。\n2.“零就业”家庭：第2项解释。\n",
             "落实零就业企业。\n"]
    glossary = _extracted_twice(texts)
    assert [s["report"] for s in {e["term"]: e for e in glossary.live()}["零就业企业"]["sources"]] == ["r1", "r2"]


def test_items_that_share_a_quoted_core_under_different_heads_are_two_entries():
    """One report explains 安全管理“1+3”文件 and 社区换届“1+3”方案 apart; another report's “1+3”
    is a third thing. Each definition stays on its own entry, with the body's spelling of it."""
    texts = ["出台安全管理“1+3”文件。制定社区换届“1+3”方案。落实“1+3”要求。\n名词解释\n"
             "1.安全管理“1+3”文件：“1”是指安全管理意见，“3”是指三个配套文件。\n"
             "2.社区换届“1+3”方案：“1”是指总体方案，“3”是指三个换届方案。\n",
             "推进“1+3”财政金融互动。\n名词解释\n1.“1+3”财政金融互动：“1”是指实施意见。\n"]
    glossary = store.Glossary()
    first = _extract(texts, [0, 1], glossary)
    entries = {e["term"]: e for e in glossary.live()}
    assert entries["安全管理1+3文件"]["definition"] == "“1”是指安全管理意见，“3”是指三个配套文件。"
    assert entries["安全管理1+3文件"]["sources"][0]["forms"] == ["安全管理“1+3”文件"]
    assert entries["社区换届1+3方案"]["definition"] == "“1”是指总体方案，“3”是指三个换届方案。"
    assert [s["count"] for s in entries["社区换届1+3方案"]["sources"]] == [1]
    assert entries["1+3"]["definition"] == "“1”是指实施意见。"
    assert _extract(texts, [1, 0]) == first
    assert _extract(texts, [0, 1], glossary) == first


def test_an_item_that_names_several_terms_owns_their_occurrences():
    texts = ["实施“三压减”，推进“一提高”，巩固“三压减”成果。\n名词解释\n1.“三压减”、“一提高”：压减产能、压减库存、压减成本，提高效益。\n",
             "推广“一单制”“一箱制”。\n名词解释\n1.“一单制”“一箱制”：一张单证、一个箱子走到底。\n"]
    glossary = store.Glossary()
    _extract(texts, [0, 1], glossary)
    entries = {e["term"]: e for e in glossary.live()}
    assert sorted(entries) == ["一单制、一箱制", "三压减、一提高"]
    assert [(s["count"], s["forms"]) for s in entries["三压减、一提高"]["sources"]] == [(3, ["“三压减”、“一提高”"])]
    assert entries["一单制、一箱制"]["definition"] == "一张单证、一个箱子走到底。"


# dev reports whose policies named by a count or a version (科技金融20条, 人才新政73条,
# 林长制改革2.0版), levels after a formula (四省八县（区）) and bare counts several of them share
# (18条, 30条) are the entries the order of reading could decide
ORDER_SAMPLE = ["026_2020_shenzhen_futian_district", "046_2023_shenzhen_longgang_district",
                "059_2025_shenzhen_longgang_district", "192_2026_anhui_province", "206_2026_liaoning_province"]


def test_real_reports_in_a_folder_and_named_in_any_order_write_one_file(seeds, tmp_path):
    """The same reports read from their folder, named one by one in reverse and in another
    shuffled order, with the pool of workers sharing them out differently, give the same bytes."""
    dev = seeds.parent / "dev"
    files = [p for name in ORDER_SAMPLE for p in dev.glob(f"*/{name}.txt")]
    if len(files) != len(ORDER_SAMPLE):
        pytest.skip(f"{dev} lacks the sample reports")
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in files:
        (folder / path.name).write_bytes(path.read_bytes())
    orders = {"folder": [folder], "reversed": sorted(files, reverse=True), "shuffled": files[2:] + files[:2]}
    written = {}
    for name, paths in orders.items():
        out = tmp_path / f"{name}.yml"
        store.update(paths, out, workers=2 if name == "shuffled" else 1)
        written[name] = out.read_bytes()
    assert written["reversed"] == written["folder"] == written["shuffled"]
    assert "\n- term: 科技金融20条\n".encode() in written["folder"]


# dev reports where GDP is a 名词解释 item (013), a name written once (103) and a measured figure
# (万元GDP能耗, 占GDP比重: 002, 004), and acronyms explained by the one report that uses them (JCI,
# LDTs, SGS): the first run's glossary knows acronyms the batch alone did not
ACRONYM_SAMPLE = ["002_2014_shenzhen_city", "004_2014_shenzhen_longgang_district",
                  "013_2017_shenzhen_dapeng_district", "103_2016_shenzhen_guangming_district"]


def test_real_reports_extracted_again_into_their_own_output_change_nothing(seeds, tmp_path):
    """A second extract over its own terms.yml writes the same bytes: an acronym the glossary
    knows after the first run is taken where the first run took it, and nowhere else."""
    dev = seeds.parent / "dev"
    files = sorted(p for name in ACRONYM_SAMPLE for p in dev.glob(f"*/{name}.txt"))
    if len(files) != len(ACRONYM_SAMPLE):
        pytest.skip(f"{dev} lacks the sample reports")
    out = tmp_path / "terms.yml"
    store.update(files, out, workers=1)
    first = out.read_bytes()
    summary, _ = store.update(files, out, workers=1)
    assert out.read_bytes() == first
    assert summary.new == summary.updated == summary.removed == 0
