"""Entries of terms.yml as evidence plus editing: machine fields are derived from the sources.

An entry's machine-owned fields (display, aliases, pinyin, kind, definition) are a pure function
of its term and its source records. That gives the rule "editors win" a precise meaning: a field
whose value differs from what the old sources derive was changed by an editor and is kept; any
other field follows the new evidence. Aliases are compared one by one, so an alias the editor
removed is told apart from one the machine never proposed, with no bookkeeping in the file.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..extract.heads import names_kind
from ..keys import key, pinyin, unquote
from ..model import ENTRY_FIELDS, SOURCE_FIELDS, Entry, Found, defining_sources, fields_where, kind_of, marked_quoted
from .lexicon import bundled as lexicon

FIELD_ORDER = ENTRY_FIELDS
DERIVED = fields_where(Entry, derived=True)


def source_record(report_id: str, found: Found) -> dict[str, Any]:
    """What one report says about a term, as stored under the entry's `sources`."""
    record: dict[str, Any] = {"report": report_id, "count": found.count}
    if found.definition:
        record["definition"] = found.definition
        record["how"] = found.how
    if found.context:
        record["context"] = found.context
    if found.sentence and not found.definition:
        record["sentence"] = found.sentence
    forms = [f for f in found.surfaces if f != found.term]
    if forms:
        record["forms"] = list(dict.fromkeys(forms))
    return record


def combine(first: dict, second: dict) -> dict:
    """One record of two that a report gave the same entry (two variants, or two entries folded
    into one): counts added, forms of both, the first one's definition and context kept."""
    merged = dict(first, count=first.get("count", 0) + second.get("count", 0))
    forms = list(dict.fromkeys((first.get("forms") or []) + (second.get("forms") or [])))
    if forms:
        merged["forms"] = forms
    for name in ("definition", "how", "context", "sentence"):
        if name not in merged and name in second:
            merged[name] = second[name]
    if "definition" in merged:
        merged.pop("sentence", None)  # the sentence stands in for a definition only
    return {k: merged[k] for k in SOURCE_FIELDS if k in merged}


def derive(term: str, sources: list[dict], national: dict | None = None) -> dict[str, Any]:
    """The machine's value of each derived field for a term with these sources and this record
    of the national shorthand lexicon (the entry's `lexicon:`)."""
    forms = [f for s in sources for f in s.get("forms") or []]
    aliases = sorted({unquote(f) for f in forms if key(f) != key(term)})
    return {
        "display": None if national else _display(term, sources),
        "aliases": aliases or None,
        "pinyin": pinyin(term),
        "kind": kind_of(term, any(marked_quoted(s) for s in sources)),
        "definition": _definition(sources) or _national_definition(national),
    }


def _display(term: str, sources: list[dict]) -> str | None:
    """The fuller form with a head noun (“双停”企业) a reader should see the term as.

    A term of one report is shown as that report writes it: its 名词解释 heading, else its most
    frequent fuller form. A term several reports share is shown in a fuller form only when more
    of them write that form than write the term bare and than write any other form: reports add
    a head noun of their own to a shared term (“双碳”云脑平台, “双碳”战略), and one report's head
    noun names its own thing, not the term. Reports count once per form, so the choice does not
    depend on the order they are read in. National shorthand stays bare (see derive)."""
    bare = key(term)
    glossary = [f for s in sources if s.get("how") == "glossary" for f in s.get("forms") or []]
    written = [f for f in glossary + [f for s in sources for f in s.get("forms") or []] if key(f) != bare]
    if len(sources) <= 1 or not written:
        return _single_display(term, sources[0], written[0], bool(glossary)) if written else None
    votes = Counter(k for s in sources for k in {key(f) for f in s.get("forms") or []} or {bare})
    first = {key(f): f for f in reversed(written)}  # the first spelling of each form
    top, *rest = sorted(first, key=lambda k: -votes[k])
    tied = rest and votes[rest[0]] == votes[top]
    return None if votes[top] <= votes[bare] or tied else first[top]


def _single_display(term: str, source: dict, form: str, heading: bool) -> str | None:
    """The fuller form of a term one report writes, when it is the name and not the sentence.

    A 名词解释 heading is the report's own name for the term. In the body a quotation is
    followed by whatever the sentence says next, and the head noun taken after it may be that
    (“两污”处理率, “湘易办”用户): the fuller form is the name when its head says what kind of
    thing the term is (“扫楼”行动, “1+3”文件) or when the report writes it more than once — at
    least twice, by the count of the term less one for each other form it takes."""
    core = unquote(form)
    if heading or not core.startswith(term):
        return form  # a heading, or a topic written before a count (支持创业带动就业“15条”)
    others = len(source.get("forms") or []) - 1
    if names_kind(core[len(term):]) or source.get("count", 0) - others >= 2:
        return form
    return None


def _definition(sources: list[dict]) -> str | None:
    """An official 名词解释 first, then what the body says; the newest report first."""
    defining = defining_sources(sources)
    return defining[0]["definition"] if defining else None


def _national_definition(national: dict | None) -> str | None:
    return national.get("definition") if isinstance(national, dict) else None


def lexicon_record(term: str, aliases: list[str], sources: list[dict]) -> dict | None:
    """What the national shorthand lexicon says about an entry known by these names."""
    forms = (f for s in sources for f in s.get("forms") or [])
    return lexicon().record(list(dict.fromkeys([term, *aliases, *forms])))


def lexicon_changed(entry: dict) -> bool:
    """Whether the lexicon now says something else about the entry than it records."""
    return entry.get("lexicon") != lexicon_record(entry["term"], entry.get("aliases") or [], entry.get("sources") or [])


def new_entry(term: str, sources: list[dict]) -> dict[str, Any]:
    national = lexicon_record(term, [], sources)
    entry = {"term": term, **derive(term, sources, national), "status": "auto", "lexicon": national, "sources": sources}
    return ordered(entry)


def update(entry: dict, sources: list[dict]) -> dict:
    """Give an entry new source records and the lexicon's word on it as it stands now; fields an
    editor changed stay as they are. A field that still holds what the old evidence (old
    sources, the lexicon's old text) derived follows the new: an improved lexicon definition
    replaces the old one, an editor's never."""
    national = lexicon_record(entry["term"], entry.get("aliases") or [], sources)
    before = derive(entry["term"], entry.get("sources") or [], entry.get("lexicon"))
    after = derive(entry["term"], sources, national)
    updated = dict(entry, sources=sources, lexicon=national)
    for field in DERIVED:
        if field == "aliases":
            updated["aliases"] = _aliases(entry.get("aliases") or [], before["aliases"] or [], after["aliases"] or [])
        elif entry.get(field) == before[field]:
            updated[field] = after[field]
    return ordered(updated)


def _aliases(current: list[str], before: list[str], after: list[str]) -> list[str] | None:
    """The rule "editors win", alias by alias: one the editor added stays; one the machine
    derived before and the editor removed (or renamed) stays removed while the machine keeps
    deriving it; one the new evidence brings for the first time comes in."""
    added = set(current) - set(before)
    removed = set(before) - set(current)
    return sorted(added | (set(after) - removed)) or None


def untouched(entry: dict) -> bool:
    """An auto entry no editor has changed: safe to drop when its evidence is gone."""
    derived = derive(entry["term"], entry.get("sources") or [], entry.get("lexicon"))
    return (
        entry.get("status", "auto") == "auto"
        and not entry.get("note")
        and all(entry.get(f) == derived[f] for f in DERIVED)
    )


def ordered(entry: dict) -> dict:
    """Fields in the documented order, empty ones left out, unknown ones kept at the end."""
    known = {f: entry[f] for f in FIELD_ORDER if entry.get(f) not in (None, [], "")}
    extra = {f: v for f, v in entry.items() if f not in FIELD_ORDER}
    return {**known, **extra}
