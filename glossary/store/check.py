"""Validating terms.yml as an editor left it: every problem with its line, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..extract.counts import listed_items, numeral_total
from ..keys import key
from ..model import DEFINED_IN, ENTRY_FIELDS, HOWS, SOURCE_FIELDS, STATUSES, TOP_FIELDS, Entry, fields_where, lexicon_definition

_TEXT_FIELDS = fields_where(Entry, type="string")
_LIST_FIELDS = fields_where(Entry, type="array", items={"type": "string"})


@dataclass(frozen=True)
class Problem:
    line: int
    message: str
    error: bool = True

    def format(self, path: str) -> str:
        return f"{path}:{self.line}: {'error' if self.error else 'warning'}: {self.message}"


def validate(data: Any) -> list[Problem]:
    """All schema problems of a parsed terms.yml, in file order."""
    if data is None:
        return []
    if not isinstance(data, dict):
        return [Problem(1, "the file must be a mapping with a 'terms:' list")]
    problems = [Problem(_line(data), f"unknown field '{name}' (known: {', '.join(TOP_FIELDS)})", error=False)
                for name in data if name not in TOP_FIELDS]
    reports = data.get("reports", {})
    if reports is not None and not isinstance(reports, dict):
        problems.append(Problem(_line(data), "'reports' must be a mapping of report ids"))
    terms = data.get("terms", [])
    if terms is None:
        terms = []
    if not isinstance(terms, list):
        return problems + [Problem(_line(data), "'terms' must be a list of entries")]
    for entry in terms:
        problems.extend(_entry_problems(entry, _line(data)))
    problems.extend(_duplicates([e for e in terms if isinstance(e, dict)]))
    return sorted(problems, key=lambda p: p.line)


def _line(node: Any, default: int = 1) -> int:
    return getattr(node, "line", default) or default


def _entry_problems(entry: Any, parent_line: int) -> list[Problem]:
    if not isinstance(entry, dict):
        return [Problem(parent_line, f"an entry must be a mapping, not {type(entry).__name__}")]
    line = _line(entry, parent_line)
    problems = []
    if entry.get("term") is None or (isinstance(entry["term"], str) and not entry["term"].strip()):
        problems.append(Problem(line, "entry has no 'term'"))
    for field in _TEXT_FIELDS:
        if entry.get(field) is not None and not isinstance(entry[field], str):
            problems.append(Problem(line, f"'{field}' must be text, not {type(entry[field]).__name__}"))
    for field in _LIST_FIELDS:
        value = entry.get(field)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            problems.append(Problem(line, f"'{field}' must be a list of text"))
    if not _is_lexicon_record(entry.get("lexicon")):
        problems.append(Problem(line, "'lexicon' must be a mapping of 'definition' and 'introduced' texts "
                                      "(extract writes it; edit 'definition' instead)"))
    if entry.get("status", "auto") not in STATUSES:
        problems.append(Problem(line, f"unknown status {entry.get('status')!r} (use {', '.join(STATUSES)})"))
    problems += [Problem(line, f"unknown field '{name}' in entry '{entry.get('term')}'", error=False)
                 for name in entry if name not in ENTRY_FIELDS]
    problems += _content_warnings(entry, line)
    sources = entry.get("sources") or []
    if not isinstance(sources, list):
        problems.append(Problem(line, "'sources' must be a list"))
        sources = []
    for source in sources:
        problems.extend(_source_problems(source, line))
    return problems


def _is_lexicon_record(record: Any) -> bool:
    return record is None or (isinstance(record, dict) and set(record) <= {"definition", "introduced"}
                              and all(isinstance(v, str) for v in record.values()))


def _source_problems(source: Any, entry_line: int) -> list[Problem]:
    if not isinstance(source, dict):
        return [Problem(entry_line, "a source must be a mapping with 'report'")]
    line = _line(source, entry_line)
    problems = []
    if not isinstance(source.get("report"), str):
        problems.append(Problem(line, "source has no 'report' id"))
    if "count" in source and (not isinstance(source["count"], int) or source["count"] < 0):
        problems.append(Problem(line, "'count' must be a whole number"))
    if source.get("how") is not None and source["how"] not in HOWS:
        problems.append(Problem(line, f"unknown 'how' {source['how']!r} (use {', '.join(HOWS)})"))
    problems += [Problem(line, f"unknown field '{name}' in a source", error=False)
                 for name in source if name not in SOURCE_FIELDS]
    return problems


def _content_warnings(entry: dict, line: int) -> list[Problem]:
    """Doubts worth an editor's look that do not make the file wrong."""
    if entry.get("status") == "rejected" or not isinstance(entry.get("term"), str):
        return []
    definition = entry.get("definition")
    problems = []
    if entry.get("status") == "reviewed" and not (isinstance(definition, str) and definition.strip()):
        problems.append(Problem(line, f"'{entry['term']}' is reviewed but has no definition", error=False))
    if entry.get("kind") != "numbered":
        return problems
    sources = [s for s in entry.get("sources") or [] if isinstance(s, dict)]
    national = lexicon_definition(entry)
    giver = next((s for s in sources if s.get("definition") == definition), None)
    whose = _whose(giver) if giver else f"the {DEFINED_IN['lexicon']}" if definition == national else None
    problems += _count_warning(entry["term"], definition, line, f"its definition ({whose})" if whose else "its definition")
    for source in sources:
        if source.get("definition") != definition:  # the entry's own text is warned about once
            problems += _count_warning(entry["term"], source.get("definition"), _line(source, line), _whose(source))
    if national != definition:
        problems += _count_warning(entry["term"], national, line, f"the {DEFINED_IN['lexicon']}")
    return problems


def _whose(source: dict) -> str:
    """Where a source's definition stands, as the warning names it: the 名词解释 of 2024-a."""
    return f"the {DEFINED_IN.get(source.get('how'), 'definition')} of {source.get('report')}"


def _count_warning(term: str, definition: object, line: int, whose: str) -> list[Problem]:
    """四乱 with three items, wherever the definition comes from (an editor, 名词解释, the body)."""
    expected = numeral_total(term)
    listed = listed_items(definition, expected)
    if expected and listed and expected != listed:
        return [Problem(line, f"'{term}' promises {expected} items but {whose} lists {listed}", error=False)]
    return []


def _duplicates(entries: list[dict]) -> list[Problem]:
    """Two live entries claiming one headword or alias: lookup could not tell them apart."""
    owner: dict[str, dict] = {}
    problems = []
    for entry in entries:
        if entry.get("status") == "rejected" or not isinstance(entry.get("term"), str):
            continue
        names = [entry["term"], *[a for a in entry.get("aliases") or [] if isinstance(a, str)]]
        for name in dict.fromkeys(key(n) for n in names):
            first = owner.setdefault(name, entry)
            if first is not entry:
                problems.append(Problem(_line(entry), _clash(name, entry, first)))
    return problems


def _clash(name: str, entry: dict, first: dict) -> str:
    where = f"the entry '{first['term']}' (line {_line(first)})"
    if key(first["term"]) == name and key(entry["term"]) != name:
        return f"alias '{name}' of '{entry['term']}' is the headword of {where}"
    if key(entry["term"]) == name and key(first["term"]) != name:
        return f"headword '{name}' is an alias of {where}"
    if key(entry["term"]) == name:
        return f"headword '{name}' is also the headword of {where}"
    return f"alias '{name}' of '{entry['term']}' is also an alias of {where}"
