"""The JSON Schema of terms.yml, for completion and validation in editors' YAML tools.

Built from the fields the model declares, the ones `check` validates, so the two cannot drift
apart. Editors point their file at it with a first line such as
`# yaml-language-server: $schema=terms.schema.json`.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from ..model import Entry, Source

_TEXT = {"type": "string"}


def _properties(cls: type) -> dict[str, Any]:
    return {f.name: {**f.metadata["schema"], "description": f.metadata["description"]} for f in fields(cls)}


def schema() -> dict[str, Any]:
    source = {
        "type": "object",
        "description": "What one report says about the term; written by `glossary extract`.",
        "required": ["report"],
        "properties": _properties(Source),
    }
    entry = {"type": "object", "required": ["term"], "properties": _properties(Entry)}
    entry["properties"]["sources"]["items"] = source
    report = {
        "type": "object",
        "properties": {"title": _TEXT, "place": _TEXT, "level": {**_TEXT, "description": "province, city, county or district"},
                       "year": {"type": "integer"}},
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
