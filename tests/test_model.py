"""Meanings of an entry: what the term pages, lookup and the exports show as its definitions."""

from glossary.model import Cited, Meaning, meanings
from glossary.store.terms import derive

REPORTS = {"2014-a": {"title": "A区报告", "year": 2014}, "2017-b": {"title": "B区报告", "year": 2017}}
SOURCES = [
    {"report": "2014-a", "count": 1, "definition": "甲", "how": "glossary", "forms": ["“1+3”文件"]},
    {"report": "2017-b", "count": 1, "definition": "乙", "how": "inline", "forms": ["“1+3”方案"]},
    {"report": "2019-c", "count": 1, "definition": "甲", "how": "glossary"},
]


def test_each_distinct_definition_is_a_meaning_official_first_newest_first_same_text_merged():
    entry = {"term": "1+3", "display": "“1+3”文件", "definition": derive("1+3", SOURCES)["definition"], "sources": SOURCES}
    assert meanings(entry, REPORTS) == [
        Meaning("甲", "glossary", (Cited("2019-c"), Cited("2014-a", "A区报告", 2014)), "“1+3”文件"),
        Meaning("乙", "inline", (Cited("2017-b", "B区报告", 2017),), "“1+3”方案"),
    ]


def test_the_first_meaning_is_the_machine_definition():
    assert meanings({"term": "1+3", "sources": SOURCES}, {})[0].definition == derive("1+3", SOURCES)["definition"]


def test_an_editors_definition_is_the_only_meaning():
    entry = {"term": "1+3", "display": "“1+3”文件", "definition": "编辑写的", "sources": SOURCES}
    assert meanings(entry, REPORTS) == [Meaning("编辑写的", "editor", (), "“1+3”文件")]


def test_an_entry_nobody_defined_has_one_meaning_without_definition():
    entry = {"term": "四横三纵", "sources": [{"report": "2014-a", "count": 2, "context": "…"}]}
    assert meanings(entry, REPORTS) == [Meaning(None, None, (), "四横三纵")]
