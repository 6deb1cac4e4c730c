import os
import stat

import pytest

from glossary import store
from glossary.errors import GlossaryError
from glossary.extract import extract_reports
from glossary.read.sources import parse_report

A = "健全“四横三纵”市政主干路网，推动“双停”企业盘活，坚持“项目为王”。\n"
B = "推进“智改数转”，推动“双停”企业盘活。\n"


def run(path, **reports):
    """One `glossary extract` of the given reports (id=text) into path."""
    glossary = store.load(path, missing_ok=True)
    parsed = [parse_report(rid, text) for rid, text in reports.items()]
    known = [e["term"] for e in glossary.live()]
    summary = store.merge(glossary, parsed, extract_reports(parsed, known))
    store.save(glossary, path)
    return summary


def entry(path, term):
    return next(e for e in store.load(path).terms if e["term"] == term)


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_new_file_has_the_contract_fields(tmp_path):
    path = tmp_path / "terms.yml"
    summary = run(path, a=A)
    assert (summary.new, summary.updated) == (3, 0)
    e = entry(path, "四横三纵")
    assert e["display"] == "“四横三纵”市政主干路网" and e["aliases"] == ["四横三纵市政主干路网"]
    assert e["pinyin"] == "sì héng sān zòng" and e["kind"] == "numbered" and e["status"] == "auto"
    assert e["sources"][0]["report"] == "a" and e["sources"][0]["count"] == 1
    assert "“四横三纵”" in e["sources"][0]["context"]


def test_an_editors_changes_survive_re_extraction(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, a=A)
    edit(path, "pinyin: sì héng sān zòng", "pinyin: sì héng sān zōng")
    edit(path, "term: 项目为王\n", "term: 项目为王\n  definition: 把项目摆在首位。\n  note: 编辑补充\n")
    run(path, a=A + "再提“四横三纵”。\n")
    assert entry(path, "四横三纵")["pinyin"] == "sì héng sān zōng"
    assert entry(path, "四横三纵")["sources"][0]["count"] == 2
    assert entry(path, "项目为王")["definition"] == "把项目摆在首位。"
    assert entry(path, "项目为王")["note"] == "编辑补充"


def test_a_rejected_entry_never_returns(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, a=A)
    text = path.read_text(encoding="utf-8")
    start = text.index("term: 项目为王")
    at = text.index("status: auto", start)
    path.write_text(text[:at] + "status: rejected" + text[at + len("status: auto"):], encoding="utf-8")
    before = entry(path, "项目为王")
    run(path, a=A, b="坚持“项目为王”。\n")
    assert entry(path, "项目为王") == before
    assert [e["term"] for e in store.load(path).live()].count("项目为王") == 0


def test_extracting_b_keeps_as_records_and_re_extracting_a_replaces_them(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, a=A)
    run(path, b=B)
    assert [s["report"] for s in entry(path, "双停")["sources"]] == ["a", "b"]
    assert entry(path, "四横三纵")["sources"][0]["report"] == "a"
    summary = run(path, a="推动“双停”企业盘活。\n")
    assert summary.removed == 2  # 四横三纵 and 项目为王 no longer in a, and nobody edited them
    assert [s["report"] for s in entry(path, "双停")["sources"]] == ["a", "b"]


def test_an_edited_entry_stays_when_its_evidence_goes(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, a=A)
    edit(path, "term: 项目为王\n", "term: 项目为王\n  note: keep me\n")
    run(path, a="别的内容。“双停”企业。\n")
    assert entry(path, "项目为王")["note"] == "keep me"


def test_a_second_run_is_byte_identical(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, a=A, b=B)
    first = path.read_bytes()
    summary = run(path, a=A, b=B)
    assert path.read_bytes() == first and summary.new == summary.updated == summary.removed == 0


def test_entries_are_in_pinyin_order(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, a=A, b=B)
    terms = [e["term"] for e in store.load(path).terms]
    assert terms == ["双停", "四横三纵", "项目为王", "智改数转"]


def test_the_top_comment_block_is_kept_and_other_comments_refuse_the_write(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, a=A)
    path.write_text("# yaml-language-server: $schema=terms.schema.json\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    run(path, b=B)
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server")
    edit(path, "term: 双停\n", "term: 双停  # 停产、半停产\n")
    before = path.read_bytes()
    with pytest.raises(GlossaryError, match="comments on line"):
        run(path, a=A + "“五勤”。\n")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "text, message",
    [
        ("terms:\n  - term: 四乱\n\tstatus: auto\n", ":3: YAML error"),
        ("terms:\n  - term: 四乱\n    term: 五勤\n", ":3: duplicate key 'term'"),
        ("terms:\n  - term: 四乱\n    status: maybe\n", ":2: error: unknown status"),
        ("terms:\n  - term: [四乱]\n", ":2: error: 'term' must be text"),
        ("terms:\n  term: 四乱\n", ":1: error: 'terms' must be a list"),
        ("terms:\n  - 四乱\n", ":1: error: an entry must be a mapping"),
    ],
)
def test_a_broken_file_names_its_line_and_is_left_alone(tmp_path, text, message):
    path = tmp_path / "terms.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError, match=message):
        run(path, a=A)
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_failed_write_leaves_the_old_file_whole(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, a=A)
    before = path.read_bytes()
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(GlossaryError, match="cannot write"):
            run(path, b=B)
    finally:
        tmp_path.chmod(stat.S_IRWXU)
    assert path.read_bytes() == before


def test_a_failed_rename_leaves_the_old_file_whole_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "terms.yml"
    run(path, a=A)
    before = path.read_bytes()

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(GlossaryError, match="No space left"):
        run(path, b=B)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["terms.yml"]


def test_report_metadata_is_detected_and_an_editors_fix_stays(tmp_path):
    path = tmp_path / "terms.yml"
    run(path, **{"2024-x": "永吉县人民政府工作报告\n一、2023年工作回顾\n“四乱”整治。\n"})
    assert store.load(path).reports["2024-x"] == {
        "title": "永吉县人民政府工作报告", "place": "永吉县", "level": "county", "year": 2024}
    edit(path, "place: 永吉县", "place: 吉林省永吉县")
    run(path, **{"2024-x": "永吉县人民政府工作报告\n一、2023年工作回顾\n“四乱”整治。\n"})
    assert store.load(path).reports["2024-x"]["place"] == "吉林省永吉县"


def test_extracting_into_an_existing_glossary_gives_what_a_fresh_run_gives(tmp_path):
    fresh, again = tmp_path / "fresh.yml", tmp_path / "again.yml"
    reports = {"a": "做深“钢铁冶炼”，推进“警地融合”。\n", "b": "钢铁冶炼企业，警地融合机制。\n"}
    run(fresh, **reports)
    run(again, **reports)
    summary = run(again, **reports)
    assert again.read_bytes() == fresh.read_bytes() and summary.updated == 0


def test_text_with_yaml_line_breaks_round_trips():
    """Found by hypothesis: NEL (U+0085) in a definition was folded into a space on reload."""
    glossary = store.Glossary(terms=[{"term": "四乱", "definition": "乱占\x85乱采\u2028乱堆\x07"}])
    text = store.dumps(glossary)
    assert store.loads(text).terms[0]["definition"] == "乱占\x85乱采\u2028乱堆\x07"
    assert store.dumps(store.loads(text)) == text
