"""Plain data passed between the stages: report text → candidates → terms."""

from __future__ import annotations

import sys
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
