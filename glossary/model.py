"""The data passed between the stages (report text → candidates → terms) and the format of
terms.yml: `Entry` and `Source` declare its fields, in their order, with their JSON Schema and
meaning, and `check`, the schema, the field order of a saved file and the merge derive theirs
from them. A new terms.yml field is one line here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields
from typing import Any

STATUSES = ("auto", "reviewed", "rejected")
KINDS = ("numbered", "slogan", "other")
HOWS = ("glossary", "inline")  # inline: a definition the body gives; no extractor produces it yet
_TEXT: dict[str, Any] = {"type": "string"}
_TEXTS: dict[str, Any] = {"type": "array", "items": _TEXT}


def _field(description: str, schema: dict[str, Any], default: Any = None, derived: bool = False) -> Any:
    """A terms.yml field: its JSON Schema, what it means, and whether the machine derives it
    from the sources (an editor's change to a derived field is kept, see store.terms)."""
    metadata = {"schema": schema, "description": description, "derived": derived}
    if isinstance(default, list):
        return field(default_factory=list, metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass
class Source:
    """What one report says about a term; written by `glossary extract`."""

    report: str = _field("The report's id: its file name without extension.", _TEXT)
    count: int = _field("Occurrences in that report.", {"type": "integer", "minimum": 0}, 0)
    definition: str | None = _field("What that report says the term means.", _TEXT)
    how: str | None = _field("glossary: its 名词解释 section; inline: the body says it.", {"enum": list(HOWS)})
    context: str | None = _field("A short snippet around one occurrence.", _TEXT)
    forms: list[str] | None = _field("How the report writes the term.", _TEXTS)


@dataclass
class Entry:
    """One term of terms.yml: the evidence (sources) and what editors made of it."""

    term: str = _field("Headword, without quotation marks or spaces.", {**_TEXT, "minLength": 1})
    display: str | None = _field("The fuller form with its head noun: “双停”企业.", _TEXT, derived=True)
    aliases: list[str] | None = _field("Other spellings of this entry.", _TEXTS, derived=True)
    pinyin: str | None = _field("Pinyin with tone marks; correct it where pypinyin is wrong.", _TEXT, derived=True)
    kind: str | None = _field("numbered, slogan or other.", {**_TEXT, "enum": list(KINDS)}, derived=True)
    definition: str | None = _field("What the term means; an editor's text wins.", _TEXT, derived=True)
    status: str = _field("auto (not reviewed), reviewed, or rejected (a tombstone: never comes back).",
                         {"enum": list(STATUSES), "default": "auto"}, "auto")
    note: str | None = _field("Free text for editors; shown on the term's page.", _TEXT)
    sources: list[Source] = _field("Machine-owned, refreshed per report.", {"type": "array"}, [])


def field_names(cls: type) -> tuple[str, ...]:
    """The fields of an Entry or a Source in the order terms.yml writes them.

    >>> field_names(Source)
    ('report', 'count', 'definition', 'how', 'context', 'forms')
    """
    return tuple(f.name for f in fields(cls))


def fields_where(cls: type, **wanted: Any) -> tuple[str, ...]:
    """Fields whose JSON Schema (or `derived` flag) has the given values.

    >>> fields_where(Entry, derived=True)
    ('display', 'aliases', 'pinyin', 'kind', 'definition')
    """
    def matches(f) -> bool:
        return all((f.metadata["derived"] if k == "derived" else f.metadata["schema"].get(k)) == v
                   for k, v in wanted.items())
    return tuple(f.name for f in fields(cls) if matches(f))


ENTRY_FIELDS = field_names(Entry)
SOURCE_FIELDS = field_names(Source)
TOP_FIELDS = ("reports", "terms")


@dataclass(frozen=True)
class GlossaryItem:
    """One entry of a report's 名词解释 section, definition kept verbatim."""

    term: str
    display: str | None
    definition: str
    line: int


@dataclass(frozen=True)
class Report:
    """A report as read from disk: its body, its 名词解释 section (from `section_line` on) and
    what it says about itself. The section's items are the 名词解释 extractor's to read."""

    id: str
    body: str
    section: str = ""
    section_line: int = 0
    title: str | None = None
    place: str | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One place in a report body where a term occurs.

    `surface` is the text as written there, quotation marks and head noun included
    (“双停”企业); `quoted` says whether the report put the term in quotation marks. Slots and
    interned strings: a 100 MB report has millions of occurrences of a few hundred terms.
    """

    term: str
    start: int
    end: int
    surface: str
    quoted: bool

    def __post_init__(self) -> None:
        object.__setattr__(self, "term", sys.intern(self.term))
        object.__setattr__(self, "surface", sys.intern(self.surface))


@dataclass
class Found:
    """Everything one report says about one term: the extraction result before merging."""

    term: str
    count: int = 0
    surfaces: list[str] = field(default_factory=list)
    context: str = ""
    definition: str | None = None
    how: str | None = None
