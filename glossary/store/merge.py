"""Merging one extraction into the glossary. Rules (see docs/terms-format.md): editors win,
rejected entries are tombstones, extraction is incremental per report, output is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..keys import key
from ..model import Found, Report
from . import terms as entries
from .diff import counts
from .identity import fold_same_terms
from .persist import Glossary


@dataclass
class Summary:
    reports: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0

    def __str__(self) -> str:
        return (f"{self.reports} report{'s' if self.reports != 1 else ''} read: {self.new} new, "
                f"{self.updated} updated, {self.unchanged} unchanged, {self.removed} removed terms")


def merge(glossary: Glossary, reports: list[Report], found: dict[str, list[Found]]) -> Summary:
    """Merge one extraction into the glossary in place: replace the given reports' source
    records, refresh every entry's record of the national shorthand lexicon (it may have grown
    since the last run), then fold entries that turned out to be one term (see `identity`)."""
    before = glossary.live()
    _merge_reports(glossary, reports)
    extracted = {r.id for r in reports}
    index = _index(glossary.terms)
    incoming: dict[int, dict[str, dict]] = {}
    fresh: list[str] = []
    for report_id in sorted(found):
        for item in found[report_id]:
            slot = _slot(index, item)
            if slot is None:
                fresh.append(item.term)
                slot = len(glossary.terms) + len(fresh) - 1
                for k in _found_keys(item):
                    index.setdefault(k, slot)
            _add_record(incoming.setdefault(slot, {}), report_id, item)

    kept_terms = []
    for slot, entry in enumerate(glossary.terms):
        if entry.get("status") == "rejected":
            kept_terms.append(entry)
            continue
        old = entry.get("sources") or []
        new = sorted([s for s in old if s.get("report") not in extracted] + list(incoming.get(slot, {}).values()),
                     key=lambda s: str(s["report"]))
        if new == old and not entries.lexicon_changed(entry):
            kept_terms.append(entry)
            continue
        updated = entries.update(entry, new)
        if new or not entries.untouched(updated):
            kept_terms.append(updated)
    for offset, term in enumerate(fresh):
        records = sorted(incoming[len(glossary.terms) + offset].values(), key=lambda s: s["report"])
        kept_terms.append(entries.new_entry(term, records))
    glossary.terms = fold_same_terms(kept_terms)
    return _summary(len(reports), before, glossary.live())


def _summary(reports: int, before: list[dict], after: list[dict]) -> Summary:
    """Counts of live entries new, changed, unchanged and gone, by headword."""
    counted = counts(before, after)
    return Summary(reports=reports, new=counted["new"], updated=counted["updated"], removed=counted["removed"],
                   unchanged=len(before) - counted["updated"] - counted["removed"])


def _merge_reports(glossary: Glossary, reports: list[Report]) -> None:
    """Detected title, place, level and year fill gaps only: an editor's correction stays."""
    for report in reports:
        detected = {"title": report.title, "place": report.place, "level": report.level, "year": report.year}
        current = dict(glossary.reports.get(report.id) or {})
        for name, value in detected.items():
            if current.get(name) is None and value is not None:
                current[name] = value
        glossary.reports[report.id] = current


def _index(terms: list[dict]) -> dict[str, int]:
    """Every name an entry answers to → its position; headwords win over other names."""
    index: dict[str, int] = {}
    for slot, entry in enumerate(terms):
        index.setdefault(key(entry["term"]), slot)
    for slot, entry in enumerate(terms):
        names = [entry.get("display") or "", *(entry.get("aliases") or [])]
        names += [f for s in entry.get("sources") or [] for f in s.get("forms") or []]
        for name in names:
            if name:
                index.setdefault(key(name), slot)
    return index


def _found_keys(item: Found) -> list[str]:
    return list(dict.fromkeys([key(item.term), *(key(s) for s in item.surfaces)]))


def _slot(index: dict[str, int], item: Found) -> int | None:
    return next((index[k] for k in _found_keys(item) if k in index), None)


def _add_record(records: dict[str, dict], report_id: str, item: Found) -> None:
    """Two variants of one report that land on one entry share one record."""
    record = entries.source_record(report_id, item)
    records[report_id] = entries.combine(records[report_id], record) if report_id in records else record
