"""Exports, each parsed back by the tool its users read it with and found equal to terms.yml:
on the bundled glossary and on one with several meanings per headword and hostile text."""

from __future__ import annotations

import contextlib
import csv
import importlib.util
import io
import json
import re
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import jieba
import pytest

from glossary import store
from glossary.cli import main
from glossary.export import FORMATS, Chosen, choose, export, jieba_words, record, source_text, xml_safe
from glossary.keys import initials
from glossary.model import DEFINED_IN, explained_for, meanings

ROOT = Path(__file__).resolve().parents[1]
NS = "{urn:iso:std:iso:30042:ed-2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HOSTILE = 'say "hi" <b>&amp; a,b\nnext line\u2028after U+2028\r\nend'
CONTROLS = "\x01\x1f\x7f"  # terms.yml may refuse them; an export given them must still be sound

# TBX-Basic 1.0 (ISO 30042:2019): the data categories it allows, their values, and where.
# No package on PyPI ships its schema, so the rules that apply to what we write are here.
TBX_BASIC = {
    "descrip": {"definition": {"conceptEntry", "langSec"}, "subjectField": {"conceptEntry"}, "context": {"termSec"}},
    "admin": {"source": {"conceptEntry", "langSec", "termSec"}},
    "termNote": {"termType": {"termSec"}, "administrativeStatus": {"termSec"}},
}
TERM_TYPES = {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"}
STATUSES = {"preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"}


def hostile_glossary(extra: str = "") -> store.Glossary:
    """Two districts define “1+3” differently (and a third report like one of them), an editor
    rewrote 十大工程, 四横三纵 is undefined; every text a report or an editor could hold."""
    text = HOSTILE + extra
    reports = {"2014-a-district": {"title": f"A区报告 {text}", "place": "A区", "year": 2014},
               "2017-b-district": {"title": "B区报告, 第二份", "year": 2017},
               "2019-c-city": {"year": 2019}}
    terms = [
        {"term": "1+3", "display": "“1+3”文件", "aliases": ["1+3文件", "1+3方案", 'x,"y"<&>'], "pinyin": "1+3", "kind": "numbered",
         "definition": f"B区的定义 {text}", "status": "auto", "sources": [
             {"report": "2014-a-district", "count": 2, "definition": f"A区的定义 {text}", "how": "glossary",
              "context": f"…{text}…", "forms": ["“1+3”文件"]},
             {"report": "2017-b-district", "count": 1, "definition": f"B区的定义 {text}", "how": "glossary",
              "context": "…“1+3”方案…", "forms": ["“1+3”方案"]},
             {"report": "2019-c-city", "count": 4, "definition": f"B区的定义 {text}", "how": "inline"}]},
        {"term": "十大工程", "pinyin": "shí dà gōng chéng", "kind": "numbered", "definition": f"编辑的定义 {text}",
         "status": "reviewed", "note": text, "sources": [
             {"report": "2014-a-district", "count": 1, "definition": "原文", "how": "glossary"}]},
        {"term": "四横三纵", "display": "“四横三纵”市政主干路网", "aliases": ["四横三纵市政主干路网"], "pinyin": "sì héng sān zòng",
         "kind": "numbered", "status": "reviewed", "sources": [{"report": "2019-c-city", "count": 3, "context": "…四横三纵…"}]},
        {"term": "假阳性", "pinyin": "jiǎ yáng xìng", "kind": "other", "status": "rejected", "sources": []},
    ]
    return store.Glossary(reports=reports, terms=terms)


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "terms.yml"
    path.write_text(store.dumps(hostile_glossary()), encoding="utf-8")
    return path


@pytest.fixture(scope="module", params=["bundled", "hostile", "controls"])
def chosen(request, hostile_file) -> Chosen:
    """The bundled terms.yml, the hostile one, and the hostile entries with control characters
    as well, given to the export directly."""
    if request.param == "controls":
        glossary = hostile_glossary(CONTROLS)
        return choose(glossary.terms, glossary.reports, title="terms.yml")
    path = ROOT / "terms.yml" if request.param == "bundled" else hostile_file
    glossary = store.load(path)
    return choose(glossary.terms, glossary.reports, title=path.name)


def expected_rows(chosen: Chosen) -> list[dict]:
    """What an analyst's table must say of each entry, straight from terms.yml."""
    rows = []
    for entry in chosen.entries:
        first = meanings(entry, chosen.reports)[0]
        sources = entry.get("sources") or []
        years = [(chosen.reports.get(s["report"]) or {}).get("year") for s in sources]
        rows.append({
            "term": entry["term"], "display": entry.get("display"), "aliases": entry.get("aliases") or [],
            "pinyin": entry.get("pinyin"), "initials": initials(entry["pinyin"]) if entry.get("pinyin") else None,
            "kind": entry.get("kind"), "status": entry.get("status", "auto"), "definition": first.definition,
            "definition_origin": first.origin, "definition_reports": [r.id for r in first.reports],
            "reports": [s["report"] for s in sources], "report_years": years, "report_counts": [s["count"] for s in sources],
            "first_year": min((y for y in years if y), default=None),
        })
    return rows


# ---- every format -------------------------------------------------------------------------

def test_rejected_entries_are_never_exported_and_reviewed_only_on_request(hostile_file):
    glossary = store.load(hostile_file)
    assert [e["term"] for e in choose(glossary.terms, glossary.reports).entries] == ["1+3", "十大工程", "四横三纵"]
    assert [e["term"] for e in choose(glossary.terms, glossary.reports, reviewed=True).entries] == ["十大工程", "四横三纵"]
    for name in FORMATS:
        assert "假阳性" not in export(name, choose(glossary.terms, glossary.reports)).decode()


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_export_is_deterministic(name, chosen):
    assert export(name, chosen) == export(name, Chosen(list(chosen.entries), dict(chosen.reports), chosen.title))


# ---- CSV, JSON, JSON Lines ----------------------------------------------------------------

def test_csv_reads_back_equal_with_the_csv_module_and_starts_with_a_bom(chosen, tmp_path):
    data = export("csv", chosen)
    assert data.startswith("\ufeff".encode())
    path = tmp_path / "terms.csv"
    path.write_bytes(data)
    with path.open(encoding="utf-8-sig", newline="") as f:  # as the csv documentation opens files
        rows = list(csv.DictReader(f))
    lists = {"aliases", "definition_reports", "reports", "report_years", "report_counts"}
    parsed = [{k: json.loads(v) if k in lists else int(v) if k == "first_year" and v else v or None for k, v in row.items()}
              for row in rows]
    assert parsed == expected_rows(chosen)


def test_csv_cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe():
    """A report or an editor can write =, +, -, @ first; Excel and LibreOffice would run the cell."""
    formulas = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
    entries = [{"term": f, "definition": f, "status": "auto", "sources": []} for f in formulas]
    rows = list(csv.reader(io.StringIO(export("csv", Chosen(entries, {})).decode("utf-8-sig"))))[1:]
    assert [(row[0], row[7]) for row in rows] == [("'" + f, "'" + f) for f in formulas]


def test_json_reads_back_equal(chosen):
    records = json.loads(export("json", chosen))
    flat = [{**{k: v for k, v in r.items() if k != "meanings"}, "reports": [c["id"] for c in r["reports"]],
             "report_years": [c["year"] for c in r["reports"]], "report_counts": [c["count"] for c in r["reports"]]}
            for r in records]
    assert flat == expected_rows(chosen)
    assert [[m["definition"] for m in r["meanings"]] for r in records] == \
        [[m.definition for m in meanings(e, chosen.reports)] for e in chosen.entries]
    assert [[(c["meaning"], c["sentence"]) for c in r["reports"]] for r in records] == \
        [[(_told(e, chosen.reports, s["report"]), s.get("sentence")) for s in e.get("sources") or []] for e in chosen.entries]
    assert [[c["title"] for c in r["reports"]] for r in records] == \
        [[(chosen.reports.get(s["report"]) or {}).get("title") for s in e.get("sources") or []] for e in chosen.entries]


def _told(entry, reports, report_id):
    told = explained_for(entry, reports)[report_id]
    return meanings(entry, reports).index(told) if told else None


def test_json_says_which_meaning_each_reports_readers_are_told_and_its_sentence():
    reports = {"2018-a": {"place": "A区", "year": 2018}, "2020-a": {"place": "A区", "year": 2020}, "2020-b": {"place": "B区"}}
    entry = {"term": "十大工程", "definition": "甲", "sources": [
        {"report": "2018-a", "definition": "甲", "how": "glossary"},
        {"report": "2020-a", "sentence": "推进“十大工程”。"}, {"report": "2020-b", "sentence": "完成“十大工程”。"}]}
    told = [(c["id"], c["meaning"], c["sentence"]) for c in record(entry, reports)["reports"]]
    assert told == [("2018-a", 0, None), ("2020-a", 0, "推进“十大工程”。"), ("2020-b", None, "完成“十大工程”。")]


def test_json_lines_is_one_record_a_line_whatever_splits_lines(chosen):
    text = export("jsonl", chosen).decode()
    assert [json.loads(line) for line in text.splitlines()] == json.loads(export("json", chosen))  # str.splitlines splits at U+2028


def test_hostile_glossary_has_several_meanings_per_headword(hostile_file):
    record = json.loads(export("json", choose(*_parts(hostile_file))))[0]
    assert [(m["origin"], m["reports"], m["form"]) for m in record["meanings"]] == [
        ("glossary", ["2017-b-district", "2019-c-city"], "“1+3”方案"), ("glossary", ["2014-a-district"], "“1+3”文件")]


def _parts(path: Path):
    glossary = store.load(path)
    return glossary.terms, glossary.reports


# ---- TBX ------------------------------------------------------------------------------------

def expected_concepts(chosen: Chosen) -> list[dict]:
    """What a CAT tool must find in the TBX: a concept per meaning, its definition with the
    reports (or the editor) it comes from, the written forms, pinyin, an example of use."""
    concepts = []
    for entry in chosen.entries:
        for meaning in meanings(entry, chosen.reports):
            forms = dict.fromkeys([entry["term"], meaning.form, entry.get("display"), *(entry.get("aliases") or [])])
            cited = [r.id for r in meaning.reports]
            with_context = [s for s in entry.get("sources") or [] if s.get("context")]
            # the first citing report with a context, in the meaning's order (several reports can cite one)
            with_context.sort(key=lambda s: cited.index(s["report"]) if s["report"] in cited else len(cited))
            uncited = DEFINED_IN["lexicon"] if meaning.origin == "lexicon" else "editor"  # no report gives it
            concepts.append({
                "subject": entry.get("kind"),
                "definition": xml_safe(meaning.definition) if meaning.definition else None,
                "sources": [xml_safe(source_text(r, chosen.reports)) for r in cited] or ([uncited] if meaning.definition else []),
                "terms": [xml_safe(f) for f in forms if f],
                "pinyin": entry.get("pinyin"),
                "context": xml_safe(with_context[0]["context"]) if with_context else None,
            })
    return concepts


def read_with_elementtree(data: bytes) -> list[dict]:
    root = ET.fromstring(data)
    assert root.tag == NS + "tbx" and root.get("type") == "TBX-Basic" and root.get("style") == "dca" and root.get(XML_LANG) == "zh"
    concepts = []
    for concept in root.iter(NS + "conceptEntry"):
        lang = concept.find(NS + "langSec")
        definition = lang.find(f"{NS}descripGrp/{NS}descrip[@type='definition']")
        head = lang.find(NS + "termSec")
        context = head.find(f"{NS}descripGrp/{NS}descrip[@type='context']")
        concepts.append({
            "subject": concept.findtext(f"{NS}descrip[@type='subjectField']"),
            "definition": None if definition is None else definition.text,
            "sources": [a.text for a in lang.findall(f"{NS}descripGrp/{NS}admin[@type='source']")],
            "terms": [t.findtext(NS + "term") for t in lang.findall(NS + "termSec")],
            "pinyin": head.findtext(NS + "note"),
            "context": None if context is None else context.text,
        })
    return concepts


def test_tbx_reads_back_equal_with_elementtree(chosen):
    assert read_with_elementtree(export("tbx", chosen)) == expected_concepts(chosen)


def test_tbx_keeps_the_carriage_returns_and_drops_only_what_xml_cannot_carry():
    glossary = hostile_glossary(CONTROLS)
    definitions = [c["definition"] for c in read_with_elementtree(export("tbx", choose(glossary.terms, glossary.reports)))]
    assert "\r\nend" in definitions[0] and "\u2028" in definitions[0] and "\x7f" in definitions[0]
    assert "\x01" not in definitions[0] and "\x1f" not in definitions[0]


def test_tbx_follows_tbx_basic(chosen):
    root = ET.fromstring(export("tbx", chosen))
    parents = {child: parent for parent in root.iter() for child in parent}
    ids = [c.get("id") for c in root.iter(NS + "conceptEntry")]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[A-Za-z_][\w.-]*", i) for i in ids)
    for element in root.iter():
        tag = element.tag.removeprefix(NS)
        if tag in TBX_BASIC:
            allowed = TBX_BASIC[tag][element.get("type")]
            level = parents[element]
            if level.tag == NS + "descripGrp":
                level = parents[level]
            assert level.tag.removeprefix(NS) in allowed, (tag, element.get("type"), level.tag)
        if tag == "termSec":
            assert element[0].tag == NS + "term"
            notes = {n.get("type"): n.text for n in element.findall(NS + "termNote")}
            assert notes["administrativeStatus"] in STATUSES and notes.get("termType", "fullForm") in TERM_TYPES
        if tag == "langSec":
            assert element.get(XML_LANG) == "zh" and element.find(NS + "termSec") is not None
    for concept in root.iter(NS + "conceptEntry"):
        preferred = concept.findall(f".//{NS}termNote[@type='administrativeStatus']")
        assert [n.text for n in preferred].count("preferredTerm-admn-sts") == 1


@pytest.fixture(scope="module")
def termate_reader():
    """termate's TbxDocument, a TBX v3 reader from PyPI. The package's __init__ imports modules
    that need packages it does not declare (pydantic 1, Google's API client, …), so the module
    with the reader is imported on its own, under a bare package."""
    spec = importlib.util.find_spec("termate")
    assert spec is not None, "termate is in the test extra: pip install -e '.[test]'"
    package = types.ModuleType("termate")
    package.__path__ = list(spec.submodule_search_locations)
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sys.modules, "termate", package)
        module = importlib.import_module("termate.termate")
        yield module.TbxDocument
        sys.modules.pop("termate.termate", None)
        sys.modules.pop("termate.const", None)


def read_with_termate(reader, path: Path) -> list[dict]:
    """The concepts as termate reads them (it reads no group inside a termSec: no context)."""
    concepts = []
    for concept in reader().open(str(path)).concepts_list:
        sections = concept["lang"]["zh"]
        definition = [s for s in sections if s[0]["type"] == "descrip"]
        terms = [s for s in sections if s[0]["type"] == "term"]
        concepts.append({
            "id": concept["id"],
            "subject": next((d["text"] for d in concept.get("descrip", []) if d["attr"]["type"] == "subjectField"), None),
            "definition": definition[0][0]["text"] if definition else None,
            "sources": [i["text"] for i in definition[0] if i["type"] == "admin"] if definition else [],
            "terms": [s[0]["text"] for s in terms],
            "pinyin": next((i["text"] for i in terms[0] if i["type"] == "note"), None),
        })
    return concepts


def test_tbx_reads_back_equal_with_termate(chosen, termate_reader, tmp_path):
    path = tmp_path / "glossary.tbx"
    path.write_bytes(export("tbx", chosen))
    ids = [c.get("id") for c in ET.parse(path).getroot().iter(NS + "conceptEntry")]
    expected = [{"id": i, **{k: v for k, v in c.items() if k != "context"}} for i, c in zip(ids, expected_concepts(chosen), strict=True)]
    assert read_with_termate(termate_reader, path) == expected


# ---- jieba ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def loaded(chosen):
    """A fresh jieba tokenizer with the exported dictionary loaded, as a user would load it."""
    data = export("jieba", chosen)
    tokenizer = jieba.Tokenizer()
    with contextlib.redirect_stderr(io.StringIO()):
        tokenizer.load_userdict(io.BytesIO(data))
    return tokenizer, data.decode()


def test_jieba_dictionary_has_every_written_form_a_line(chosen, loaded):
    _, text = loaded
    lines = text.splitlines()
    assert all(re.fullmatch(r"\S+ [1-9][0-9]* nz", line) for line in lines)
    words = {line.split(" ")[0] for line in lines}
    assert {e["term"] for e in chosen.entries} <= words
    assert words == {w for e in chosen.entries for w in jieba_words(e)}


def test_jieba_dictionary_keeps_the_terms_whole_in_a_sentence(chosen, loaded):
    tokenizer, _ = loaded
    sentence = "完成四横三纵建设，落实九解一协调机制"
    plain = jieba.Tokenizer()
    assert "四横三纵" not in plain.lcut(sentence, HMM=False) and "九解一协调" not in plain.lcut(sentence)  # jieba alone cuts them
    assert "四横三纵" in tokenizer.lcut(sentence, HMM=False) and "四横三纵" in tokenizer.lcut(sentence)
    headwords = {e["term"] for e in chosen.entries}
    assert ("九解一协调" in tokenizer.lcut(sentence)) == ("九解一协调" in headwords)  # a term of the bundled glossary


def test_jieba_dictionary_keeps_each_of_its_words_whole(loaded):
    tokenizer, text = loaded
    words = [line.split(" ")[0] for line in text.splitlines()]
    keepable = [w for w in words if jieba.re_han_default.fullmatch(w)]
    assert [w for w in keepable if tokenizer.lcut(w) != [w]] == []


# ---- the command ----------------------------------------------------------------------------

def test_cli_writes_each_format_to_stdout_or_a_file(runner, hostile_file, tmp_path):
    chosen = choose(*_parts(hostile_file), title="terms.yml")
    for name in FORMATS:
        result = runner.invoke(main, ["export", name, "-f", str(hostile_file)])
        assert result.exit_code == 0, result.output
        assert result.stdout_bytes == export(name, chosen)
    out = tmp_path / "out.tbx"
    assert runner.invoke(main, ["export", "tbx", "-f", str(hostile_file), "-o", str(out)]).exit_code == 0
    assert out.read_bytes() == export("tbx", chosen)


def test_cli_reviewed_only(runner, hostile_file):
    result = runner.invoke(main, ["export", "jsonl", "--reviewed", "-f", str(hostile_file)])
    assert [json.loads(line)["term"] for line in result.stdout.splitlines()] == ["十大工程", "四横三纵"]


def test_cli_refuses_to_overwrite_the_glossary_and_unknown_formats(runner, hostile_file):
    before = hostile_file.read_bytes()
    result = runner.invoke(main, ["export", "json", "-f", str(hostile_file), "-o", str(hostile_file)])
    assert result.exit_code != 0 and "terms.yml" in result.output and hostile_file.read_bytes() == before
    assert runner.invoke(main, ["export", "xlsx", "-f", str(hostile_file)]).exit_code == 2


def test_cli_broken_glossary_is_one_line(runner, tmp_path):
    path = tmp_path / "terms.yml"
    path.write_text("terms:\n- term: [\n", encoding="utf-8")
    result = runner.invoke(main, ["export", "csv", "-f", str(path)])
    assert result.exit_code == 1 and str(path) in result.output and len(result.output.strip().splitlines()) == 1


def test_the_command_offers_every_format():
    from glossary.cli import EXPORT_FORMATS

    assert EXPORT_FORMATS == tuple(FORMATS)
