"""`glossary lookup` through its index beside terms.yml: the same answers as reading terms.yml,
never from a stale index, and unharmed by a corrupt, missing or unwritable one."""

import os
import sqlite3
import subprocess
import sys

import pytest

from glossary import store
from glossary.cli import main
from glossary.lookup import find, suggest
from glossary.lookup import index as lookup_index

QUERIES = ["四横三纵", "shsz", "sihengsanzong", "SiHeng", "四横三纵市政主干路网", "横三", "双停", "四横二纵", "sq", "zzz",
           "《四横三纵》。"]


def answer(runner, terms, query, *options):
    result = runner.invoke(main, ["lookup", query, "-f", str(terms), *options])
    return result.exit_code, result.output


@pytest.mark.parametrize("query", QUERIES)
def test_the_index_answers_as_terms_yml_does(runner, terms, query):
    live = store.load(terms).live()
    built = lookup_index.lookup(terms, query)  # reads terms.yml and writes the index
    assert lookup_index.index_path(terms).is_file()
    cached = lookup_index.lookup(terms, query)
    assert cached.hits == built.hits == find(live, query)
    assert cached.suggestions == built.suggestions == ([] if built.hits else suggest(live, query))


@pytest.mark.parametrize("query", ["“四横三纵”", "《四横三纵》。", "「四横三纵」，", "四横三纵！", "ＳＨＳＺ"])
def test_quotation_marks_and_punctuation_of_any_width_are_ignored(query):
    assert [e["term"] for e in find([{"term": "四横三纵"}, {"term": "三纵"}], query)] == ["四横三纵"]


def test_pinyin_with_tones_as_terms_yml_writes_a_list_finds_it():
    entry = {"term": "一个中心、四个基地", "pinyin": "yí gè zhōng xīn 、 sì gè jī dì"}
    assert find([entry], "yí gè zhōng xīn 、 sì gè jī dì") == [entry]


def test_punctuation_inside_a_name_is_ignored_too():
    entries = [{"term": "一个中心、四个基地"}, {"term": "1+3"}, {"term": "13"}]
    assert [e["term"] for e in find(entries, "一个中心四个基地")] == ["一个中心、四个基地"]
    assert [e["term"] for e in find(entries, "1+3")] == ["1+3"]


def test_part_of_the_headword_ranks_before_part_of_another_name():
    entries = [{"term": "双创", "display": "“双创”基地"}, {"term": "一基地四园区"}]
    assert [e["term"] for e in find(entries, "基地")] == ["一基地四园区", "双创"]


def test_pinyin_as_lookup_prints_it_and_with_spaces(runner, terms):
    code, printed = answer(runner, terms, "shsz")
    assert code == 0 and printed.startswith("四横三纵  sì héng sān zòng")
    for query in ("sì héng sān zòng", "si heng san zong", "Sì Héng Sān"):
        assert answer(runner, terms, query) == (0, printed)


def test_an_edit_is_seen_at_once_even_within_the_same_second(runner, terms):
    answer(runner, terms, "双停")
    before = os.stat(terms)
    text = terms.read_text(encoding="utf-8")
    edited = text.replace("停产、半停产工业企业。", "停业、半停业工业企业。")  # same length in bytes
    assert len(edited.encode()) == len(text.encode())
    terms.write_text(edited, encoding="utf-8")
    os.utime(terms, ns=(before.st_atime_ns, before.st_mtime_ns))  # size and mtime as before
    code, printed = answer(runner, terms, "双停")
    assert code == 0 and "停业、半停业工业企业。" in printed


def test_equal_file_times_do_not_hide_an_edit_made_soon_after_the_index(terms):
    """Where the file system keeps coarse times, an edit right after the index was built can
    leave size, times and inode all equal: the content hash is then asked."""
    lookup_index.lookup(terms, "双停")
    with sqlite3.connect(lookup_index.index_path(terms)) as db:
        stamp = dict(db.execute("SELECT name, value FROM meta"))
    text = terms.read_text(encoding="utf-8")
    terms.write_text(text.replace("停产、半停产", "停业、半停业"), encoding="utf-8")
    forged = {name: stamp[name] for name in lookup_index._stamp(terms)}  # as if nothing had changed
    with sqlite3.connect(lookup_index.index_path(terms)) as db:
        assert not lookup_index._fresh(db, terms, forged)
    terms.write_text(text, encoding="utf-8")
    with sqlite3.connect(lookup_index.index_path(terms)) as db:
        assert lookup_index._fresh(db, terms, forged)


def test_a_corrupt_index_is_rebuilt(runner, terms):
    expected = answer(runner, terms, "shsz")
    index = lookup_index.index_path(terms)
    index.write_bytes(b"SQLite format 3\x00" + b"\xff" * 600)
    assert answer(runner, terms, "shsz") == expected
    with sqlite3.connect(index) as db:
        assert db.execute("SELECT count(*) FROM keys").fetchone()[0] > 0


def test_an_index_that_cannot_be_written_only_makes_lookup_slower(runner, terms):
    expected = answer(runner, terms, "shsz")
    index = lookup_index.index_path(terms)
    index.unlink()
    index.mkdir()  # something in the way that no lookup can replace
    assert answer(runner, terms, "shsz") == expected
    assert index.is_dir()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_only_makes_lookup_slower(runner, terms):
    expected = answer(runner, terms, "shsz")
    lookup_index.index_path(terms).unlink()
    terms.parent.chmod(0o555)
    try:
        assert answer(runner, terms, "shsz") == expected
        assert not lookup_index.index_path(terms).exists()
    finally:
        terms.parent.chmod(0o755)


def test_an_error_in_one_entry_leaves_the_others_found_with_one_warning(runner, tmp_path):
    terms = tmp_path / "terms.yml"
    terms.write_text("terms:\n- term: 零就业\n  aliases: [零就业家庭]\n- term: 零就业家庭\n- term: 四乱\n"
                     "- definition: an entry without its term\n", encoding="utf-8")
    for _ in range(2):  # reading terms.yml, then from the index
        result = runner.invoke(main, ["lookup", "零就业家庭", "-f", str(terms)])
        assert result.exit_code == 0 and result.stdout.startswith("零就业家庭")
        warnings = result.stderr.strip().splitlines()
        assert len(warnings) == 1 and warnings[0].startswith(f"warning: {terms}:") and "glossary check" in warnings[0]
    assert runner.invoke(main, ["lookup", "四乱", "-f", str(terms)]).exit_code == 0
    assert runner.invoke(main, ["check", str(terms)]).exit_code == 1  # check stays strict


def test_a_lookup_from_the_index_loads_no_yaml_pinyin_or_jieba(terms):
    """Nor click, the model and the code that prints entries (the index holds the printed lines),
    nor the standard library's slower modules that only extraction and the site need: a lookup
    is mostly Python's start-up and imports."""
    heavy = {"yaml", "pypinyin", "jieba", "mkdocs", "logging", "importlib.resources", "tempfile", "click",
             "dataclasses", "typing", "glossary.model", "glossary.terminal"}
    probe = ("import sys\nfrom glossary.entry import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
             f"print(sorted({{m for m in sys.modules if m.split('.')[0] in {heavy!r} or m in {heavy!r}}}))")
    command = [sys.executable, "-c", probe, "lookup", "shsz", "-f", str(terms)]
    first = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "yaml" in first.stdout  # the first lookup reads terms.yml
    again = subprocess.run(command, capture_output=True, text=True, check=True)
    assert again.stdout.strip().endswith("[]") and again.stdout.startswith("四横三纵")
