"""Word bounds found clause by clause are the bounds of cutting the whole text at once."""

import os
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.language import _predecessors, _viterbi, jieba, word_bounds, word_ends

PIECES = ["推进乡村振兴", "“四横三纵”", "两学一做", "5G+智慧农业", "abc", " ", "\u3000", "\r\n", "\n", "，", "。",
          "1+16", "2024年", "一老一小", "-", ".", "%", "_", "#", "&", "中华人民共和国", "𠀾", "é"]


def whole_text_bounds(text: str) -> set[int]:
    """Offsets between the words of one jieba cut of the whole text (no HMM)."""
    bounds, pos = {0}, 0
    for word in jieba().cut(text, HMM=False):
        pos += len(word)
        bounds.add(pos)
    return bounds


@settings(max_examples=200, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=30).map("".join), st.randoms())
def test_bounds_asked_in_any_order_are_those_of_the_whole_text(text, random):
    offsets = list(range(-1, len(text) + 2))
    random.shuffle(offsets)
    bounds = word_bounds(text)
    assert {i for i in offsets if i in bounds} == whole_text_bounds(text)


RUN_PIECES = ["推进乡村振兴", "两学一做", "中华人民共和国", "5G", "PM2.5", "abc", "x", "1", "V2G", "+", "-", ".", "%",
              "研究生命起源", "结婚的和尚未结婚的", "长江大桥", "二〇二四年", "O2O体验店"]


@settings(max_examples=300, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(st.lists(st.sampled_from(RUN_PIECES) | st.text("中国人民大学生活动abcXY0129+.%_", min_size=1, max_size=4),
                min_size=1, max_size=12).map("".join))
def test_the_word_ends_of_a_run_are_those_of_jiebas_cut(run):
    ends, pos = [], 0
    for word in jieba().cut(run, HMM=False):
        pos += len(word)
        ends.append(pos)
    assert word_ends(run) == ends


@settings(max_examples=300, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(st.lists(st.sampled_from(RUN_PIECES) | st.text("中国人民大学生活动abcXY0129+.%_", min_size=1, max_size=4),
                min_size=1, max_size=12).map("".join))
def test_the_route_through_a_sentence_is_jiebas(sentence):
    tokenizer = jieba().dt
    dag = tokenizer.get_DAG(sentence)
    ours, theirs = {}, {}
    tokenizer.calc(sentence, dag, ours)
    type(tokenizer).calc(tokenizer, sentence, dag, theirs)
    assert ours == theirs


def test_jieba_reads_its_dictionary_cache_whole_and_keeps_its_own_marshal():
    import marshal

    assert jieba().dt.FREQ["乡村"] > 0 and jieba().lcut("推进乡村振兴") == ["推进", "乡村", "振兴"]
    assert jieba().marshal is marshal


def test_jieba_loads_without_importing_pkg_resources_and_leaves_it_importable():
    import subprocess
    import sys

    script = ("import sys; from glossary.language import jieba; jieba(); "
              "assert 'pkg_resources' not in sys.modules; assert jieba().lcut('两学一做') ; "
              "import importlib.util; assert importlib.util.find_spec('pkg_resources') is None or __import__('pkg_resources')")
    subprocess.run([sys.executable, "-c", script], check=True)


def test_tagging_with_the_remembered_guesses_tags_as_jieba_does():
    """posseg's HMM guesses for runs its dictionary does not cut, asked twice and among others."""
    import importlib

    posseg = jieba().posseg
    viterbi, posseg_tokenizer = importlib.import_module("jieba.posseg.viterbi").viterbi, posseg.POSTokenizer
    texts = ["推进“警地融合”试点，滴灌式精准供给", "扩中提低秒批秒办", "推进“警地融合”试点"]
    expected = []
    for text in texts:
        original, posseg.viterbi = posseg.viterbi, viterbi
        try:
            expected.append([tuple(pair) for pair in posseg_tokenizer(jieba().dt).cut(text)])
        finally:
            posseg.viterbi = original
    assert posseg.viterbi is not viterbi
    assert [[tuple(pair) for pair in posseg.cut(text)] for text in texts * 2] == expected * 2


@settings(max_examples=200, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(st.text("推进乡村振兴双停扫楼改革企业工作的了和与是滴灌式秒批提低扩中", min_size=1, max_size=12))
def test_the_part_of_speech_guess_is_jiebas_own(run):
    """Weighing only the transitions jieba's HMM has seen gives its result exactly, ties included."""
    posseg = jieba().posseg
    model = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    assert _viterbi(run, *model, _predecessors(posseg.trans_P)) == sys.modules["jieba.posseg.viterbi"].viterbi(run, *model)
