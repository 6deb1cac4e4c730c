"""The JSON Schema of terms.yml, for completion and validation in editors' YAML tools.

Built from the same constants `check` validates with, so the two cannot drift apart.
Editors point their file at it with a first line such as
`# yaml-language-server: $schema=terms.schema.json`.
"""

from __future__ import annotations

from typing import Any

from .check import HOWS, KINDS, STATUSES

_TEXT = {"type": "string"}


def schema() -> dict[str, Any]:
    source = {
        "type": "object",
        "description": "What one report says about the term; written by `glossary extract`.",
        "required": ["report"],
        "properties": {
            "report": {**_TEXT, "description": "The report's id: its file name without extension."},
            "count": {"type": "integer", "minimum": 0, "description": "Occurrences in that report."},
            "definition": {**_TEXT, "description": "What that report says the term means."},
            "how": {"enum": list(HOWS), "description": "glossary: its 名词解释 section; inline: the body says it."},
            "context": {**_TEXT, "description": "A short snippet around one occurrence."},
            "forms": {"type": "array", "items": _TEXT, "description": "How the report writes the term."},
        },
    }
    entry = {
        "type": "object",
        "required": ["term"],
        "properties": {
            "term": {**_TEXT, "minLength": 1, "description": "Headword, without quotation marks or spaces."},
            "display": {**_TEXT, "description": "The fuller form with its head noun: “双停”企业."},
            "aliases": {"type": "array", "items": _TEXT, "description": "Other spellings of this entry."},
            "pinyin": {**_TEXT, "description": "Pinyin with tone marks; correct it where pypinyin is wrong."},
            "kind": {"enum": list(KINDS), "description": "numbered, slogan or other."},
            "definition": {**_TEXT, "description": "What the term means; an editor's text wins."},
            "status": {"enum": list(STATUSES), "default": "auto",
                       "description": "auto (not reviewed), reviewed, or rejected (a tombstone: never comes back)."},
            "note": {**_TEXT, "description": "Free text for editors; shown on the term's page."},
            "sources": {"type": "array", "items": source, "description": "Machine-owned, refreshed per report."},
        },
    }
    report = {
        "type": "object",
        "properties": {"title": _TEXT, "place": _TEXT, "year": {"type": "integer"}},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "terms.yml",
        "description": "A glossary of the policy slogans and numbered abbreviations of government work reports.",
        "type": "object",
        "properties": {
            "reports": {"type": "object", "additionalProperties": report},
            "terms": {"type": "array", "items": entry},
        },
    }
