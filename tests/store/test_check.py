"""`glossary check` as the gate before a commit, and the JSON Schema of terms.yml."""

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from glossary.cli import main
from glossary.store.check import validate
from glossary.store.yamlio import parse

ROOT = Path(__file__).resolve().parents[2]


def problems(text: str):
    return [(p.error, p.message) for p in validate(parse(text, "terms.yml"))]


def test_an_alias_that_is_another_headword_is_an_error():
    found = problems("terms:\n- term: 四乱\n- term: 河湖四乱\n  aliases: [四乱]\n")
    assert (True, "alias '四乱' of '河湖四乱' is the headword of the entry '四乱' (line 2)") in found


def test_a_headword_claimed_twice_is_an_error():
    assert any(error and "also the headword" in m for error, m in problems("terms:\n- term: 双停\n- term: “双停”\n"))


def test_reviewed_entry_without_definition_is_a_warning():
    assert problems("terms:\n- term: 双停\n  status: reviewed\n") == [(False, "'双停' is reviewed but has no definition")]


@pytest.mark.parametrize("definition, warned", [
    ("乱占、乱采、乱建。", True),
    ("乱占、乱采、乱堆、乱建。", False),
    ("乱占、乱采、乱堆和乱建。", False),
    ("整治乱占乱采乱堆乱建等突出问题，全面改善河湖面貌，维护河湖健康生命。", False),
])
def test_numbered_term_listing_another_number_of_items_is_a_warning(definition, warned):
    found = problems(f"terms:\n- term: 四乱\n  kind: numbered\n  definition: {definition}\n")
    assert found == ([(False, "'四乱' promises 4 items but its definition lists 3")] if warned else [])


def test_unknown_fields_are_warnings_not_errors():
    found = problems("extra: 1\nterms:\n- term: 双停\n  colour: red\n  sources:\n  - report: a\n    page: 3\n")
    assert [e for e, _ in found] == [False, False, False]
    assert {m.split("'")[1] for _, m in found} == {"extra", "colour", "page"}


def test_check_takes_several_files_and_fails_if_one_fails(tmp_path):
    good, bad = tmp_path / "good.yml", tmp_path / "bad.yml"
    good.write_text("terms:\n- term: 双停\n", encoding="utf-8")
    bad.write_text("terms:\n- term: 双停\n  status: maybe\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(good), str(bad)])
    assert result.exit_code == 1
    assert f"{good}: ok, 1 terms" in result.output and f"{bad}:2: error: unknown status 'maybe'" in result.output


@pytest.fixture(scope="module")
def schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    return json.loads(result.output)


def test_schema_accepts_the_curated_glossary(schema):
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(yaml.safe_load((ROOT / "terms.yml").read_text(encoding="utf-8")), schema)


@pytest.mark.parametrize("text", [
    "terms:\n- term: 双停\n  status: maybe\n",
    "terms:\n- term: 双停\n  aliases: 双停企业\n",
    "terms:\n- definition: 无词条\n",
    "terms:\n  term: 双停\n",
])
def test_schema_and_check_reject_the_same_mistakes(schema, text):
    jsonschema = pytest.importorskip("jsonschema")
    assert any(error for error, _ in problems(text))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(yaml.safe_load(text), schema)


def test_schema_can_be_written_beside_terms(tmp_path):
    target = tmp_path / "terms.schema.json"
    assert CliRunner().invoke(main, ["schema", "-o", str(target)]).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "terms.yml"


def test_pre_commit_hook_runs_check_on_terms_files():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "glossary-check" and hooks[0]["entry"] == "glossary check"
    assert hooks[0]["language"] == "python"


def test_a_source_definition_listing_another_number_of_items_is_a_warning():
    text = ("terms:\n- term: 四乱\n  kind: numbered\n  definition: 乱占、乱采、乱堆、乱建。\n  sources:\n"
            "  - report: a\n    definition: 乱占、乱采、乱堆、乱建。\n    how: glossary\n"
            "  - report: b\n    definition: 乱占……乱采……乱建\n    how: inline\n")
    assert problems(text) == [(False, "'四乱' promises 4 items but the 正文 of b lists 3")]


def test_the_warning_about_the_entrys_definition_names_the_report_it_comes_from():
    text = ("terms:\n- term: 四乱\n  kind: numbered\n  definition: 乱占、乱采、乱建。\n  sources:\n"
            "  - report: a\n    definition: 乱占、乱采、乱建。\n    how: glossary\n")
    assert problems(text) == [(False, "'四乱' promises 4 items but its definition (the 名词解释 of a) lists 3")]


def test_a_reviewed_entry_without_definition_is_still_checked_for_every_source():
    text = ("terms:\n- term: 四乱\n  kind: numbered\n  status: reviewed\n  sources:\n"
            "  - report: b\n    definition: 乱占……乱采……乱建\n    how: inline\n")
    assert problems(text) == [(False, "'四乱' is reviewed but has no definition"),
                              (False, "'四乱' promises 4 items but the 正文 of b lists 3")]


def test_a_long_list_whose_last_item_joins_its_words_with_he_agrees_with_the_numeral():
    """…、低空经济和商业航天 is one item of 五大新兴产业, as the body reading took it: no warning."""
    text = "terms:\n- term: 五大新兴产业\n  kind: numbered\n  definition: 新材料、人工智能、机器人、生物医药、低空经济和商业航天\n"
    assert problems(text) == []
