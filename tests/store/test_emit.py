"""Entries written straight to text are the bytes PyYAML writes, whatever they hold."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary import store
from glossary.store.emit import terms_block
from glossary.store.persist import _for_yaml
from glossary.store.yamlio import dump, flow

TRICKY = ["四横三纵", "“双停”企业", "𠀾", "a\nb", "\x85", "\u2028", "\u2029", "\ufeff", "\x07", "\t", "'", '"', ": ", " #", "#",
          "? ", "?", "- ", "-", ":", "!", "|", ">", "[", "]", "{", "}", ",", "~", "null", "No", "true", "1e3", "0o7",
          "00", "12345", "2024-01-01", "1_000", ".5", "---", "...", "<<", "=", " ", "\u3000", "\u00a0", "x" * 130]
TRICKY_TEXT = st.lists(st.sampled_from(TRICKY) | st.text(max_size=3), max_size=5).map("".join)
ORDINARY = st.text("四横三纵“”企业ab1-: ", min_size=1, max_size=6)
TEXT = st.integers(0, 9).flatmap(lambda n: TRICKY_TEXT if n == 0 else ORDINARY)  # one entry in three has none tricky
VALUE = TEXT | st.integers(-5, 10**6) | st.sampled_from([None, True, [], {}, 1.5])


@st.composite
def entries(draw) -> dict:
    """An entry of terms.yml's shape with any text anywhere, sometimes a value of another kind."""
    source = {"report": draw(TEXT), "count": draw(st.integers(0, 99)), "context": draw(TEXT),
              "forms": flow(draw(st.lists(TEXT, min_size=1, max_size=3)))}
    entry = {"term": draw(TEXT), "aliases": flow(draw(st.lists(TEXT, max_size=3))), "pinyin": draw(TEXT),
             "lexicon": {"definition": draw(TEXT)}, "sources": [source, dict(source, count=0)]}
    if draw(st.booleans()):
        entry[draw(st.sampled_from(["note", "no", "x" * 130, "定义", "a b"]))] = draw(VALUE)
    return entry


@pytest.mark.parametrize("tricky", TRICKY)
def test_each_tricky_text_is_written_as_pyyaml_writes_it(tricky):
    """Alone, first, last and inside ordinary text, as a value, in a flow list and nested."""
    for text in (tricky, tricky + "企业", "双停" + tricky, "双停" + tricky + "企业"):
        terms = [{"term": "四横三纵", "display": text, "aliases": flow(["四横", text]), "pinyin": "sì",
                  "lexicon": {"definition": text}, "sources": [{"report": "a", "count": 1, "forms": flow([text])}]}]
        assert terms_block(terms) == dump({"terms": terms}, libyaml=False)


@given(st.lists(entries(), max_size=4))
def test_entries_are_written_as_pyyaml_writes_them(terms):
    assert terms_block(terms) == dump({"terms": terms}, libyaml=False)


def test_the_committed_glossary_is_written_as_pyyaml_writes_it():
    glossary = store.load(Path(__file__).parents[2] / "terms.yml")
    terms = [_for_yaml(t) for t in glossary.terms]
    assert terms_block(terms) == dump({"terms": terms}, libyaml=False)


def test_a_glossary_is_written_as_one_dump_of_it():
    """Entries that only PyYAML writes (a line break, a character beyond the BMP, a long key)
    among entries written here, with other top-level fields around them."""
    entries = []
    for n in range(60):
        entry = {"term": f"第{n}项“工程”", "display": f"“第{n}项”工程", "aliases": [f"a: b{n}", f"#x{n}", f"{n}"],
                 "pinyin": "dì", "kind": "slogan", "status": "auto", "definition": "一、\n二、" if n % 7 == 0 else "是",
                 "note": "𠀀" if n == 31 else "12", "sources": [{"report": "2024-a", "count": n, "forms": [f"“{n}”"]}]}
        if n == 45:
            entry["x" * 130] = True
        entries.append(entry)
    glossary = store.loads("# top comment\nlicence: CC0\nreports:\n  2024-a:\n    year: 2024\nterms: []\neditors: [甲]\n")
    glossary.terms = entries
    text = store.dumps(glossary)
    assert text.count("\n- term: ") == 60 and text.startswith("# top comment\nlicence: CC0\nreports:")
    parts = [dump({"licence": "CC0"}), dump({"reports": glossary.reports}, libyaml=False),
             dump({"terms": [_for_yaml(t) for t in sorted(entries, key=lambda t: t["term"])]}, libyaml=False), dump({"editors": ["甲"]})]
    assert text == "# top comment\n" + "".join(parts)
