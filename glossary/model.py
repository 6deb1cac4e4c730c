"""The data passed between the stages (report text → candidates → terms) and the format of
terms.yml: `Entry` and `Source` declare its fields, in their order, with their JSON Schema and
meaning, and `check`, the schema, the field order of a saved file and the merge derive theirs
from them. A new terms.yml field is one line here.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields
from typing import Any

from .keys import QUOTES, unquote
from .language import is_numbered, national_terms

STATUSES = ("auto", "reviewed", "rejected")
KINDS = ("numbered", "slogan", "other")
HOWS = ("glossary", "inline", "lexicon")  # inline: the body (extract.inline); lexicon: glossary/data/lexicon.yml
DEFINED_IN = {"glossary": "名词解释", "inline": "正文", "lexicon": "全国通用提法释义"}  # where each `how` stands, as readers are told
_QUOTE_MARKS = frozenset(QUOTES)
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
    sentence: str | None = _field("When the report does not define the term: its whole sentence that says most "
                                  "about it (extract.sentences gives the rule).", _TEXT)
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
    lexicon: dict | None = _field(
        "Machine-owned, refreshed by every extract: what the national shorthand lexicon says the term means "
        "(glossary/data/lexicon.yml), used when no report defines it. To change what the entry says, edit "
        "`definition`; to drop the entry, reject it.",
        {"type": "object", "properties": {"definition": _TEXT, "introduced": _TEXT}, "additionalProperties": False})
    sources: list[Source] = _field("Machine-owned, refreshed per report.", {"type": "array"}, [])


def field_names(cls: type) -> tuple[str, ...]:
    """The fields of an Entry or a Source in the order terms.yml writes them.

    >>> field_names(Source)
    ('report', 'count', 'definition', 'how', 'context', 'sentence', 'forms')
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


def kind_of(term: str, quoted: bool) -> str:
    """The kind of a term, the extractors' verdict: numbered when it starts by counting; a
    slogan when a report marks it as a coinage (`quoted`: quotation marks or a 名词解释 item)
    or it is national shorthand; else other. An entry's kind is the verdict on its headword
    with what all its sources say.

    >>> kind_of("四横三纵", False), kind_of("放管服", False), kind_of("千村美丽", True), kind_of("城市大脑", False)
    ('numbered', 'slogan', 'slogan', 'other')
    """
    if is_numbered(term):
        return "numbered"
    return "slogan" if quoted or term in national_terms() else "other"


def written_quoted(source: dict) -> bool:
    """Whether a report wrote the term in quotation marks, as its source record keeps that: a
    written form with its marks (“双停”企业).

    >>> written_quoted({"report": "a", "forms": ["“双停”企业"]}), written_quoted({"report": "a", "forms": ["PM2.5浓度"]})
    (True, False)
    """
    return any(set(form) & _QUOTE_MARKS for form in source.get("forms") or [])


def marked_quoted(source: dict) -> bool:
    """Whether a report marks the term as a coinage, as its source record keeps `Found.quoted`:
    in quotation marks, or explained by a 名词解释 item (`how: glossary`)."""
    return written_quoted(source) or source.get("how") == "glossary"


ENTRY_FIELDS = field_names(Entry)
SOURCE_FIELDS = field_names(Source)
TOP_FIELDS = ("reports", "terms")


@dataclass(frozen=True)
class GlossaryItem:
    """One entry of a report's 名词解释 section, definition kept verbatim. `parts` are the terms
    an item names together (“三压减”、“一提高”): their occurrences in the report are the item's.
    `by` names the extractor that read it (see `extract.extractors`)."""

    term: str
    display: str | None
    definition: str
    line: int
    parts: tuple[str, ...] = ()
    by: str = ""


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
    level: str | None = None  # province | city | county | district
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One place in a report body where a term occurs.

    `surface` is the text as written there, quotation marks and head noun included
    (“双停”企业); `quoted` says whether the report put the term in quotation marks; `by` names
    the extractor that found it (see `extract.extractors`; "known" for a term of the batch found
    again unquoted, "acronym" for an acronym the batch shares). Slots and interned strings: a 100 MB report has millions of occurrences of a
    few hundred terms.
    """

    term: str
    start: int
    end: int
    surface: str
    quoted: bool
    by: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "term", sys.intern(self.term))
        object.__setattr__(self, "surface", sys.intern(self.surface))


Candidate = Occurrence | GlossaryItem  # what an extractor yields: a place in the body, or a 名词解释 item


@dataclass
class Found:
    """Everything one report says about one term: the extraction result before merging, with
    the extractors' verdicts on it.

    `quoted`: the report marks the term as a coinage, in quotation marks or with a 名词解释
    item (`marked_quoted` reads it back from a source record); `kind`: `kind_of(term, quoted)`;
    `found_by`: the extractors that found it, in the registry's order (`extract.extractors`),
    "acronym" and "known" last when the second pass found it (an acronym the batch shares, a
    term of another report found again here); `how`: where its
    definition comes from (one of HOWS), as its source record keeps it.
    """

    term: str
    count: int = 0
    surfaces: list[str] = field(default_factory=list)
    context: str = ""
    definition: str | None = None
    how: str | None = None
    sentence: str | None = None
    quoted: bool = False
    kind: str = "other"
    found_by: tuple[str, ...] = ()


_HOW_ORDER = {how: rank for rank, how in enumerate(HOWS)}  # an official 名词解释 before what a body says


@dataclass(frozen=True)
class Cited:
    """A report as a meaning cites it: its id, and its title and year from `reports:`."""

    id: str
    title: str | None = None
    year: int | None = None

    def label(self) -> str:
        """How a reader is told which report: its title with the year, else its id.

        >>> Cited("a", "A区政府工作报告", 2014).label(), Cited("a", "2014年政府工作报告", 2014).label(), Cited("a").label()
        ('A区政府工作报告（2014 年）', '2014年政府工作报告', 'a')
        """
        name = self.title or self.id
        return f"{name}（{self.year} 年）" if self.year and str(self.year) not in name else name


@dataclass(frozen=True)
class Meaning:
    """One thing a headword means, and where that comes from.

    `origin` is "editor" (an editor wrote the entry's definition), a source's `how` ("glossary":
    a report's 名词解释 section, "inline": its body), or None when nobody defined the term.
    `reports` give this definition word for word, newest first; `form` is how the first of them
    writes the term (the entry's display form when it records none, or for an editor's text).
    """

    definition: str | None
    origin: str | None
    reports: tuple[Cited, ...]
    form: str


def defining_sources(sources: list[dict]) -> list[dict]:
    """The source records that define the term, in the order their definitions count: official
    名词解释 before the body, then the newest report first. The first one gives the entry's
    machine definition.

    >>> [s["report"] for s in defining_sources([{"report": "2019-a", "definition": "x", "how": "inline"},
    ...     {"report": "2017-b", "definition": "y", "how": "glossary"}, {"report": "2024-c"}])]
    ['2017-b', '2019-a']
    """
    defining = [s for s in sources if s.get("definition") and s.get("how") in _HOW_ORDER]
    return sorted(sorted(defining, key=lambda s: str(s["report"]), reverse=True), key=lambda s: _HOW_ORDER[s["how"]])


def meanings(entry: dict, reports: dict[str, dict]) -> list[Meaning]:
    """Each distinct meaning of an entry of terms.yml, the one that counts first.

    An editor's definition (one that differs from what the sources give) is the entry's only
    meaning. Otherwise each distinct source definition is one, and identical texts from several
    reports are one meaning citing them all: “1+3” of one district and of another stay apart.
    The national shorthand lexicon speaks only where no report does: a report's own explanation
    is what its readers need. An entry nobody defined has one meaning without a definition.

    >>> entry = {"term": "1+3", "sources": [
    ...     {"report": "2014-a", "definition": "甲", "how": "glossary", "forms": ["“1+3”文件"]},
    ...     {"report": "2017-b", "definition": "乙", "how": "glossary", "forms": ["“1+3”方案"]},
    ...     {"report": "2019-c", "definition": "甲", "how": "inline"}]}
    >>> [(m.definition, [r.id for r in m.reports], m.form) for m in meanings(entry, {"2017-b": {"year": 2017}})]
    [('乙', ['2017-b'], '“1+3”方案'), ('甲', ['2014-a', '2019-c'], '“1+3”文件')]
    >>> [(m.definition, m.origin) for m in meanings({"term": "三农", "lexicon": {"definition": "农业、农村、农民。"}}, {})]
    [('农业、农村、农民。', 'lexicon')]
    """
    display = entry.get("display") or entry["term"]
    defining = defining_sources(entry.get("sources") or [])
    national = lexicon_definition(entry)
    machine = defining[0]["definition"] if defining else national
    if entry.get("definition") and entry["definition"] != machine:
        return [Meaning(entry["definition"], "editor", (), display)]
    if not defining:
        return [Meaning(national, "lexicon" if national else None, (), display)]
    same_text: dict[str, list[dict]] = {}
    for source in defining:
        same_text.setdefault(source["definition"], []).append(source)
    return [Meaning(text, group[0]["how"], tuple(_cited(s["report"], reports) for s in group), (group[0].get("forms") or [display])[0])
            for text, group in same_text.items()]


def explained_for(entry: dict, reports: dict[str, dict]) -> dict[str, Meaning | None]:
    """What the readers of each report that uses the term are told it means, by report id.

    A report's own explanation (名词解释 or body) is its readers'; an editor's definition, the
    entry's one meaning, is everyone's, and so is the national shorthand lexicon's where no
    report explains the term (national shorthand means one thing everywhere). A report that uses the term without explaining it
    borrows an explanation only where it surely names the same thing, since a district's
    “1+3”文件 is not another district's: a 名词解释 item of a report of its own place (its 2018
    report's for its 2020 one; a body definition is the items one sentence counts, and the same
    district's “双下降” counts 集体访、重复访 one year and 警情、案件 another), and only when they agree (one meaning among them) and the two write the
    term alike (a form in common, or one of them the bare name: “1+3”工作小组 does not borrow
    the explanation of “1+3”文件). Otherwise None: the reader gets the report's own sentence
    (`Source.sentence`) and the meanings of the other reports, each with its report, never one
    of them as this report's. The meaning borrowed cites the reports that give it, so a reader
    always sees where an explanation comes from.

    >>> sannong = {"term": "三农", "lexicon": {"definition": "农业、农村、农民。"}, "sources": [{"report": "a"}]}
    >>> {rid: m.origin for rid, m in explained_for(sannong, {}).items()}
    {'a': 'lexicon'}

    >>> entry = {"term": "十大工程", "sources": [
    ...     {"report": "a-2018", "definition": "甲", "how": "glossary", "forms": ["“十大工程”项目"]},
    ...     {"report": "a-2020", "forms": ["“十大工程”"]}, {"report": "b-2020"},
    ...     {"report": "a-2021", "forms": ["“十大工程”包"]}]}
    >>> places = {"a-2018": {"place": "A区"}, "a-2020": {"place": "A区"}, "a-2021": {"place": "A区"}, "b-2020": {"place": "B区"}}
    >>> {rid: m and [c.id for c in m.reports] for rid, m in explained_for(entry, places).items()}
    {'a-2018': ['a-2018'], 'a-2020': ['a-2018'], 'b-2020': None, 'a-2021': None}
    """
    sources = [s for s in entry.get("sources") or [] if isinstance(s, dict) and s.get("report")]
    found = [m for m in meanings(entry, reports) if m.definition]
    if len(found) == 1 and found[0].origin in ("editor", "lexicon"):
        return {s["report"]: found[0] for s in sources}
    giver = {cited.id: meaning for meaning in found for cited in meaning.reports}
    by_id = {s["report"]: s for s in sources}
    told: dict[str, Meaning | None] = {}
    for source in sources:
        report = source["report"]
        if report in giver:
            told[report] = giver[report]
            continue
        place = (reports.get(report) or {}).get("place")
        near = {id(m): m for rid, m in giver.items() if m.origin == "glossary" and place
                and (reports.get(rid) or {}).get("place") == place and _written_alike(entry["term"], source, by_id.get(rid) or {})}
        told[report] = next(iter(near.values())) if len(near) == 1 else None
    return told


def _written_alike(term: str, one: dict, other: dict) -> bool:
    """Two reports write a term alike: a written form in common, or one of them only the bare name."""
    mine, theirs = ({unquote(f) for f in s.get("forms") or []} - {term} for s in (one, other))
    return not mine or not theirs or bool(mine & theirs)


def lexicon_definition(entry: dict) -> str | None:
    """The national shorthand lexicon's definition recorded on an entry, if any."""
    record = entry.get("lexicon")
    text = record.get("definition") if isinstance(record, dict) else None
    return text if isinstance(text, str) and text else None


def _cited(report_id: str, reports: dict[str, dict]) -> Cited:
    meta = reports.get(report_id) or {}
    return Cited(report_id, meta.get("title"), meta.get("year"))
