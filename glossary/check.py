"""Validating terms.yml as an editor left it: every problem with its line, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .keys import key

STATUSES = ("auto", "reviewed", "rejected")
KINDS = ("numbered", "slogan", "other")
HOWS = ("glossary", "inline")
_TEXT_FIELDS = ("term", "display", "pinyin", "kind", "definition", "note")
_LIST_FIELDS = ("aliases",)


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
    problems = []
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
    if entry.get("status", "auto") not in STATUSES:
        problems.append(Problem(line, f"unknown status {entry.get('status')!r} (use {', '.join(STATUSES)})"))
    sources = entry.get("sources") or []
    if not isinstance(sources, list):
        problems.append(Problem(line, "'sources' must be a list"))
        sources = []
    for source in sources:
        problems.extend(_source_problems(source, line))
    return problems


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
    return problems


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
                problems.append(Problem(_line(entry), f"'{name}' is already used by the entry '{first['term']}' (line {_line(first)})"))
    return problems
