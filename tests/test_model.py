"""Meanings of an entry: what the term pages, lookup and the exports show as its definitions."""

from glossary.model import Cited, Meaning, explained_for, meanings
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


# what the readers of each report are told (explained_for) ---------------------------------

PLACES = {"a-2018": {"title": "A区报告", "year": 2018, "place": "A区"}, "a-2020": {"place": "A区"},
          "a-2022": {"place": "A区"}, "b-2020": {"place": "B区"}}


def _told(sources, reports=PLACES, **entry):
    told = explained_for({"term": "十大工程", "sources": sources, **entry}, reports)
    return {rid: meaning and (meaning.definition, [c.id for c in meaning.reports]) for rid, meaning in told.items()}


def test_a_report_of_the_same_place_borrows_the_explanation_citing_where_it_comes_from():
    told = explained_for({"term": "十大工程", "sources": [
        {"report": "a-2018", "definition": "甲", "how": "glossary"}, {"report": "a-2020"}]}, PLACES)
    assert told["a-2020"] == Meaning("甲", "glossary", (Cited("a-2018", "A区报告", 2018),), "十大工程")
    assert told["a-2018"] is told["a-2020"]


def test_a_report_of_another_place_borrows_nothing_since_its_term_may_mean_another_thing():
    assert _told([{"report": "a-2018", "definition": "甲", "how": "glossary"}, {"report": "b-2020"}])["b-2020"] is None


def test_a_body_definition_is_not_borrowed_since_it_counts_what_one_sentence_lists():
    """双下降 of one year's report is 集体访、重复访, of another year's of the same district 警情、案件."""
    told = _told([{"report": "a-2018", "definition": "集体访、重复访", "how": "inline"}, {"report": "a-2020"}])
    assert told == {"a-2018": ("集体访、重复访", ["a-2018"]), "a-2020": None}


def test_a_report_without_a_known_place_borrows_nothing():
    assert _told([{"report": "a-2018", "definition": "甲", "how": "glossary"}, {"report": "c"}])["c"] is None


def test_when_reports_of_the_place_disagree_each_keeps_its_own_and_the_others_borrow_none():
    told = _told([{"report": "a-2018", "definition": "甲", "how": "glossary"},
                  {"report": "a-2020", "definition": "乙", "how": "glossary"}, {"report": "a-2022"}])
    assert told == {"a-2018": ("甲", ["a-2018"]), "a-2020": ("乙", ["a-2020"]), "a-2022": None}


def test_agreeing_reports_of_the_place_are_one_meaning_to_borrow():
    told = _told([{"report": "a-2018", "definition": "甲", "how": "glossary"},
                  {"report": "a-2020", "definition": "甲", "how": "inline"}, {"report": "a-2022"}])
    assert told["a-2022"] == ("甲", ["a-2018", "a-2020"])


def test_a_report_writing_the_name_with_another_head_noun_borrows_nothing():
    told = _told([{"report": "a-2018", "definition": "甲", "how": "glossary", "forms": ["“十大工程”项目"]},
                  {"report": "a-2020", "forms": ["“十大工程”包"]}, {"report": "a-2022", "forms": ["“十大工程”"]}])
    assert told == {"a-2018": ("甲", ["a-2018"]), "a-2020": None, "a-2022": ("甲", ["a-2018"])}


def test_an_editors_definition_is_told_to_the_readers_of_every_report():
    told = _told([{"report": "a-2018", "definition": "甲", "how": "glossary"}, {"report": "b-2020"}], definition="编辑写的")
    assert told == {"a-2018": ("编辑写的", []), "b-2020": ("编辑写的", [])}


def test_nobody_explains_a_term_nobody_defined():
    assert _told([{"report": "a-2018"}, {"report": "a-2020"}]) == {"a-2018": None, "a-2020": None}
