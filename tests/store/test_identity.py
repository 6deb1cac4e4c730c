"""One entry per term whatever the corpus and the order of reports: the merge's identity rule."""

from __future__ import annotations

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
    assert [(e["term"], e.get("aliases")) for e in glossary.live()] == [("零就业", ["零就业家庭", "零就业家庭动态"])]
    assert [s["report"] for s in glossary.live()[0]["sources"]] == ["r0", "r1"]


def test_a_second_run_over_the_same_reports_changes_nothing():
    """A 名词解释 item “中国杯”帆船赛 names the core 中国杯: the entry of another report's bare 中国杯
    and the entry of 中国杯帆船赛 are one term in the first run already, not only in the second."""
    texts = ["办好中国杯帆船赛。\n名词解释\n1.中国杯帆船赛：甲。\n",
             "举办“中国杯”帆船赛。\n名词解释\n1.“中国杯”帆船赛：乙。\n",
             "办好中国杯世界花样滑冰大奖赛。\n"]
    glossary = store.Glossary()
    first = _extract(texts, [0, 1, 2], glossary)
    assert _extract(texts, [0, 1, 2], glossary) == first
