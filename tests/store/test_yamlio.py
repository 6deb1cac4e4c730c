"""libyaml reads and writes terms.yml exactly as PyYAML does, or PyYAML does it."""

import os

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.errors import GlossaryError
from glossary.store.yamlio import comment_lines, dump, flow, parse

TRICKY = ["四横三纵", "“双停”企业", "𠀾", "😀", "a\nb", "a\rb", "\x85", "\u2028", "\ufeff", "\x07", "\t", "'", '"',
          ": ", " #", "? ", "- ", "!", "|", ">", "[", "]", "{", "}", ",", "~", "null", "true", "1e3", "0o7", "2024-01-01",
          " ", "\u3000", "\u00a0", "中" * 50, "x" * 130]


def entry(text: str) -> dict:
    return {"reports": {text or "r": {"title": text, "year": 2024}},
            "terms": [{"term": text, "aliases": flow([text, text + "村"]), text[:60] or "k": text,
                       "sources": [{"report": text, "count": 2, "context": f"…{text}…", "forms": flow([f"“{text}”"])}]}]}


@settings(max_examples=300, deadline=None, derandomize=bool(os.environ.get("CI")))
@given(st.lists(st.sampled_from(TRICKY) | st.text(max_size=3), max_size=6).map("".join))
def test_libyaml_writes_the_bytes_pyyaml_writes_and_reads_them_back(text):
    data = entry(text)
    written = dump(data)
    assert written == dump(data, libyaml=False)
    assert parse(written, "t.yml") == data == parse(written, "t.yml", libyaml=False) == yaml.safe_load(written)


@pytest.mark.parametrize("text", [
    "base: &b {term: 四乱, count: 2}\nterms:\n- <<: *b\n  count: 3\n- *b\n",  # a merge key and an alias
    "terms:\n- term: '00'\n  count: 00\n  year: 2024-01-01\n  note: null\n  ok: yes\n  list: [a, '1', 1]\n",
])
def test_a_file_reads_as_pyyamls_own_loader_reads_it(text):
    assert parse(text, "t.yml") == parse(text, "t.yml", libyaml=False) == yaml.safe_load(text)


@pytest.mark.parametrize("text", [
    "terms:\n- term: 四\t乱\n",                    # a tab in plain text: libyaml reads it, PyYAML refuses
    "terms:\n- term: 四乱\n  aliases: [四乱?]\n",   # '?' in a flow list: libyaml reads on, PyYAML stops
    "terms:\n- term: 四乱\n  note: >#\n",           # a block header libyaml takes
    "terms:\n- term: ! \n",                        # a bare tag: '' for libyaml, None for PyYAML
    "terms:\n- term: 四乱\n\ufeff- term: 双停\n",    # a byte order mark inside the file
    "terms:\n- term: 四乱\n  term: 双停\n",         # duplicate key
    "terms:\n- term: 四乱\n  status: [auto\n",      # unclosed flow list
    "terms:\n- term: 四乱\n  \x07status: auto\n",   # a control character
    "terms:\n- 1: 四乱\n",                          # a key that is not text
    "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nterms: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n",  # a bomb
])
def test_a_file_reads_the_same_and_fails_on_the_same_line_whichever_parser(text):
    def outcome(libyaml):
        try:
            return parse(text, "t.yml", libyaml=libyaml)
        except GlossaryError as exc:
            return str(exc)
    assert outcome(True) == outcome(False)


def test_a_control_character_in_terms_yml_is_one_line_naming_the_line():
    with pytest.raises(GlossaryError, match=r"^t\.yml:3: YAML error: unacceptable character #x0007"):
        parse("terms:\n- term: 四乱\n  status: au\x07to\n", "t.yml", libyaml=False)


def test_comments_are_found_below_the_header_only():
    text = "# schema\n# licence\nterms: # list\n- term: \"a #b\"\n  # gone\n  note: a #c\n"
    assert comment_lines(text) == [1, 2, 3, 5, 6]
    assert comment_lines(text, after_line=2) == [3, 5, 6]
    assert comment_lines("# schema\nterms:\n- term: a#b\n", after_line=1) == []
