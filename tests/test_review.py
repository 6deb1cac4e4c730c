"""`glossary review`: order by doubt, one key per decision, every decision saved at once."""

import click
from click.testing import CliRunner

from glossary import store
from glossary.cli import main
from glossary.confidence import confidence
from glossary.review import describe, queue


def review(terms, keys: str, **env):
    return CliRunner().invoke(main, ["review", "-f", str(terms)], input=keys, env=env)


def statuses(terms):
    return {e["term"]: e.get("status") for e in store.load(terms).terms}


def test_most_doubtful_entries_come_first(terms):
    scores = [confidence(e) for e in queue(store.load(terms))]
    assert scores == sorted(scores) and scores[0] < scores[-1]


def test_doubt_reads_the_kind_the_entry_records_an_editors_correction_included():
    """The numbered sign is the kind terms.yml records (the extractors' verdict, or an editor's
    correction of it), not the headword's characters read again."""
    sources = [{"report": "a", "forms": ["“三好”学生"]}]
    assert confidence({"term": "三好", "kind": "numbered", "sources": sources}) == 0.6
    assert confidence({"term": "三好", "kind": "other", "sources": sources}) == 0.3


def test_review_describes_an_entry_as_lookup_does_with_its_evidence():
    """One way to print an entry: the editor sees the written form, each meaning with its reports
    and what each report's readers are told, as lookup prints them, plus the evidence."""
    entry = {"term": "1+3", "pinyin": "1+3", "kind": "numbered", "display": "“1+3”文件", "note": "两区不同", "sources": [
        {"report": "a", "count": 1, "definition": "甲。", "how": "glossary", "context": "落实“1+3”文件", "forms": ["“1+3”文件"]},
        {"report": "b", "count": 2, "definition": "乙。", "how": "glossary", "context": "制定“1+3”方案", "forms": ["“1+3”方案"]},
        {"report": "c", "count": 1, "sentence": "推进“1+3”改革。"}, {"report": "d", "count": 1, "context": "“1+3”"}]}
    reports = {"a": {"title": "A区政府工作报告", "year": 2016}, "b": {"title": "B区政府工作报告", "year": 2017}}
    lines = click.unstyle(describe(entry, reports)).splitlines()
    assert lines == [
        "1+3  1+3  [numbered]",
        "  confidence 0.90 (quoted +0.3, numbered +0.3, reports +0.3)",
        "  written: “1+3”文件",
        "  meanings (they differ between reports):",
        "  - 在B区政府工作报告（2017 年）名词解释中，“1+3”方案指：乙。",
        "  - 在A区政府工作报告（2016 年）名词解释中，“1+3”文件指：甲。",
        "  note: 两区不同",
        "  a ×1, glossary: 落实“1+3”文件",
        "  b ×2, glossary: 制定“1+3”方案",
        "  c ×1: 推进“1+3”改革。",
        "  … and 1 more report",
    ]


def test_accept_reject_and_skip(terms):
    order = [e["term"] for e in queue(store.load(terms))]
    result = review(terms, "ars")
    assert result.exit_code == 0, result.output
    assert "2 decisions saved" in result.output
    after = statuses(terms)
    assert after[order[0]] == "reviewed" and after[order[1]] == "rejected" and after[order[2]] == "auto"


def test_edit_definition_by_prompt_then_accept(terms):
    first = queue(store.load(terms))[0]["term"]
    result = review(terms, "d新的释义。\na")
    assert result.exit_code == 0, result.output
    entry = next(e for e in store.load(terms).terms if e["term"] == first)
    assert entry["definition"] == "新的释义。" and entry["status"] == "reviewed"


def test_edit_kind_and_pinyin(terms):
    first = queue(store.load(terms))[0]["term"]
    result = review(terms, "knumbered\npnew pin\nq")
    assert result.exit_code == 0, result.output
    entry = next(e for e in store.load(terms).terms if e["term"] == first)
    assert (entry["kind"], entry["pinyin"]) == ("numbered", "new pin")


def test_ctrl_c_keeps_every_decision_made_before_it(terms):
    order = [e["term"] for e in queue(store.load(terms))]
    result = review(terms, "ar\x03a")
    assert result.exit_code == 130 and "interrupted: 2 decisions saved" in result.output
    after = statuses(terms)
    assert (after[order[0]], after[order[1]], after[order[2]]) == ("reviewed", "rejected", "auto")
    assert not terms.with_name(f".{terms.name}.lock").exists()


def test_review_refuses_while_extract_holds_the_file(terms):
    with store.locked(terms):
        result = review(terms, "a")
    assert result.exit_code == 1 and "another glossary command (extract or review) is changing it" in result.output
