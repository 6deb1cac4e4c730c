"""Properties that hold whatever the input: hypothesis generates the text and the extractions."""

from __future__ import annotations

import unicodedata

import pypinyin
from hypothesis import example, given
from hypothesis import strategies as st

from glossary import store
from glossary.extract import extract_reports
from glossary.keys import key, pinyin, toneless
from glossary.model import Found
from glossary.read.sources import parse_report
from glossary.read.text import normalize

PIECES = ["“", "”", "四横三纵", "双停", "企业", "推进", "一老一小", "名词解释\n", "1.", "：", "，", "。", "\n",
          "两学一做", "“1+16”", "工作方案", "（", "）", "放管服", "三", "五小工程", " ", "“四乱”"]
report_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join)



@given(report_text)
@example("名词解释\n0\x080：“")  # a headword read without its control character is still found in the text
def test_random_text_never_crashes_and_terms_occur_in_it(text):
    report = parse_report("2024-random", normalize(text))
    found = extract_reports([report])["2024-random"]
    flat = key(normalize(text))
    for item in found:
        assert key(item.term) in flat
        assert item.count > 0 or item.definition  # found in the body, or explained by the report
        if item.count:
            # its sentence, cut at … and without the * of Markdown bold
            assert key(item.context.strip("…").replace("*", "")) in flat.replace("*", "")


terms = st.sampled_from(["四横三纵", "双停", "五小工程", "一老一小", "放管服", "城市更新", "四乱"])


@st.composite
def found(draw) -> Found:
    """What extraction may say of one term: its spellings always spell the term."""
    term = draw(terms)
    heads = draw(st.lists(st.sampled_from(["", "企业", "工程", "机制"]), min_size=1, max_size=2))
    definition = draw(st.none() | st.text(min_size=1, max_size=8))
    return Found(term=term, count=draw(st.integers(1, 5)), surfaces=[f"“{term}”{h}" for h in heads],
                 context=draw(st.text(max_size=10)), definition=definition, how="glossary" if definition else None)


founds = st.lists(found(), max_size=6)


def glossary_with_editors() -> store.Glossary:
    return store.Glossary(terms=[
        {"term": "四横三纵", "definition": "编辑写的释义", "note": "编辑的备注", "status": "reviewed",
         "sources": [{"report": "2024-a", "count": 1}]},
        {"term": "城市更新", "status": "rejected", "note": "普通词语", "sources": [{"report": "2024-a", "count": 3}]},
        {"term": "双停", "kind": "slogan", "aliases": ["编辑加的别名"], "sources": [{"report": "2024-b", "count": 1}]},
    ])


@given(st.dictionaries(st.sampled_from(["2024-a", "2024-b", "2024-c"]), founds, max_size=3))
def test_merging_never_drops_an_editor_field_or_a_tombstone(extracted):
    glossary = glossary_with_editors()
    reports = [parse_report(rid, "报告") for rid in extracted]
    store.merge(glossary, reports, extracted)
    entries = {e["term"]: e for e in glossary.terms}
    assert entries["四横三纵"]["definition"] == "编辑写的释义" and entries["四横三纵"]["note"] == "编辑的备注"
    assert entries["四横三纵"]["status"] == "reviewed"
    assert entries["城市更新"]["status"] == "rejected" and entries["城市更新"]["note"] == "普通词语"
    assert entries["双停"]["kind"] == "slogan" and "编辑加的别名" in entries["双停"]["aliases"]


@given(st.dictionaries(st.sampled_from(["2024-a", "2024-b"]), founds, max_size=2))
def test_load_save_load_is_identity(extracted):
    glossary = glossary_with_editors()
    store.merge(glossary, [parse_report(rid, "报告") for rid in extracted], extracted)
    text = store.dumps(glossary)
    again = store.loads(text)
    assert store.dumps(again) == text
    assert again.terms == store.loads(store.dumps(again)).terms


@given(st.text(st.characters(blacklist_categories=("Cs",))) | st.text("āáǎàüǖǘǚǜ \u0308ΣΟ①ﬁ"))
def test_toneless_pinyin_is_the_letters_and_digits_of_the_whole_text_decomposed(text):
    """Done character by character, toneless pinyin is what decomposing the whole text gives."""
    plain = unicodedata.normalize("NFKD", text.replace("ü", "v"))
    assert toneless(text) == "".join(ch for ch in plain if ch.isalnum() and not unicodedata.combining(ch)).lower()


@given(st.lists(st.sampled_from(["中国", "长", "重庆", "行", "还", "乐", "了", "一", "不", "四横三纵", "PM2.5", " ", "“",
                                 "ǖ", "𠀀", "银行", "行长"]) | st.text(max_size=3)).map("".join))
def test_pinyin_is_pypinyins_reading_of_the_whole_text(text):
    """Read word by word, each word once, the pinyin is what pypinyin reads of the whole text."""
    whole = pypinyin.pinyin(text, style=pypinyin.Style.TONE, errors=lambda chars: [chars])
    assert pinyin(text) == " ".join(p[0] for p in whole if p[0].strip())
