"""Plain data passed between the stages: report text → candidates → terms."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class GlossaryItem:
    """One entry of a report's 名词解释 section, definition kept verbatim."""

    term: str
    display: str | None
    definition: str
    line: int


@dataclass(frozen=True)
class Report:
    """A report as read from disk: its body, its 名词解释 items and what it says about itself."""

    id: str
    body: str
    glossary: tuple[GlossaryItem, ...] = ()
    title: str | None = None
    place: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Occurrence:
    """One place in a report body where a term occurs.

    `surface` is the text as written there, quotation marks and head noun included
    (“双停”企业); `quoted` says whether the report put the term in quotation marks.
    """

    term: str
    start: int
    end: int
    surface: str
    quoted: bool


@dataclass
class Found:
    """Everything one report says about one term: the extraction result before merging."""

    term: str
    count: int = 0
    surfaces: list[str] = field(default_factory=list)
    context: str = ""
    definition: str | None = None
    how: str | None = None
