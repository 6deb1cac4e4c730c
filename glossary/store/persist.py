"""terms.yml on disk: load it with line numbers, merge new extraction into it, write it atomically.

The only module that writes terms.yml. Rules (see docs/terms-format.md): editors win, rejected
entries are tombstones, extraction is incremental per report, output is deterministic.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import terms as entries
from .check import validate
from ..errors import GlossaryError
from ..keys import key, sort_key
from ..model import Found, Report
from .yamlio import comment_lines, dump, flow, parse


@dataclass
class Glossary:
    """The contents of terms.yml: report metadata, entries, and the comment block at its top."""

    reports: dict[str, dict] = field(default_factory=dict)
    terms: list[dict] = field(default_factory=list)
    header: str = ""
    stray_comments: list[int] = field(default_factory=list)

    def live(self) -> list[dict]:
        """Entries readers see: everything but the rejected tombstones."""
        return [t for t in self.terms if t.get("status") != "rejected"]


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


def load(path: Path, missing_ok: bool = False) -> Glossary:
    """Read terms.yml; a YAML or schema error is raised as one line naming file and line."""
    if missing_ok and not path.exists():
        return Glossary()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GlossaryError(f"{path}: no such file (create it with `glossary extract REPORTS -o {path}`)") from None
    except UnicodeDecodeError:
        raise GlossaryError(f"{path}: not UTF-8 text; terms.yml must be UTF-8") from None
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot read: {exc.strerror}") from None
    return loads(text, str(path))


def loads(text: str, name: str = "terms.yml") -> Glossary:
    data = parse(text, name)
    errors = [p for p in validate(data) if p.error]
    if errors:
        raise GlossaryError(errors[0].format(name) + (f" (and {len(errors) - 1} more: run `glossary check`)" if len(errors) > 1 else ""))
    return build(data, text)


def build(data: Any, text: str) -> Glossary:
    """A Glossary of already parsed and validated data; `text` supplies the comments YAML drops."""
    data = data or {}
    header = _header(text)
    header_lines = header.count("\n")
    return Glossary(
        reports=dict(data.get("reports") or {}),
        terms=list(data.get("terms") or []),
        header=header,
        stray_comments=[n for n in comment_lines(text) if n > header_lines],
    )


def _header(text: str) -> str:
    """The comment lines at the top of the file (a schema modeline, a licence): kept on every write."""
    lines = []
    for line in text.splitlines(keepends=True):
        if line.startswith("#") or (lines and not line.strip()):
            lines.append(line)
        else:
            break
    while lines and not lines[-1].strip():
        lines.pop()
    return "".join(lines)


def dumps(glossary: Glossary) -> str:
    """terms.yml text: entries in pinyin order, fields in the documented order."""
    terms = sorted(glossary.terms, key=lambda t: sort_key(t["term"], t.get("pinyin") or ""))
    data: dict[str, Any] = {}
    if glossary.reports:
        data["reports"] = {rid: glossary.reports[rid] for rid in sorted(glossary.reports)}
    data["terms"] = [_for_yaml(t) for t in terms]
    return glossary.header + dump(data)


def _for_yaml(entry: dict) -> dict:
    out = dict(entry)
    if out.get("aliases"):
        out["aliases"] = flow(out["aliases"])
    if out.get("sources"):
        out["sources"] = [dict(s, forms=flow(s["forms"])) if s.get("forms") else dict(s) for s in out["sources"]]
    return out


def refuse_lost_comments(glossary: Glossary, path: Path) -> None:
    """Stop before a write would drop an editor's comment (PyYAML keeps none below the header)."""
    if glossary.stray_comments:
        lines = ", ".join(map(str, glossary.stray_comments[:5]))
        raise GlossaryError(
            f"{path}:{glossary.stray_comments[0]}: comments on line(s) {lines} would be lost when the file is "
            "rewritten; move them into a 'note:' field or to the comment block at the top of the file"
        )


def save(glossary: Glossary, path: Path) -> bool:
    """Write atomically (temporary file, then rename); returns False when nothing changed."""
    refuse_lost_comments(glossary, path)
    text = dumps(glossary)
    if path.exists() and path.read_text(encoding="utf-8", errors="replace") == text:
        return False
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot write in {directory}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise GlossaryError(f"{path}: not written ({exc.strerror}); the old file is unchanged") from None
    return True


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold terms.yml for one read-merge-write; a second writer is refused, never interleaved.

    The lock is an flock on a hidden file beside terms.yml, so a crashed run never leaves the
    file locked; the lock file is removed when the run ends.
    """
    lock_path = path.with_name(f".{path.name}.lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot lock: {exc.strerror}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if os.fstat(fd).st_ino != os.stat(lock_path).st_ino:  # the lock file was replaced under us
            raise BlockingIOError
    except (BlockingIOError, FileNotFoundError):
        os.close(fd)
        raise GlossaryError(f"{path}: another glossary command (extract or review) is changing it; run again when it has finished") from None
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)


@dataclass
class Change:
    """How one entry differs between two versions of the glossary."""

    term: str
    action: str  # new | updated | removed
    fields: list[str] = field(default_factory=list)


def diff(before: list[dict], after: list[dict]) -> list[Change]:
    """Entries added, changed (with the changed fields) and dropped, in pinyin order."""
    old = {key(t["term"]): t for t in before}
    new = {key(t["term"]): t for t in after}
    changes = []
    for name in sorted(old.keys() | new.keys(), key=lambda n: sort_key(n, (new.get(n) or old[n]).get("pinyin") or "")):
        if name not in old:
            changes.append(Change(new[name]["term"], "new"))
        elif name not in new:
            changes.append(Change(old[name]["term"], "removed"))
        elif old[name] != new[name]:
            fields = [f for f in dict.fromkeys([*old[name], *new[name]]) if old[name].get(f) != new[name].get(f)]
            changes.append(Change(new[name]["term"], "updated", fields))
    return changes


def merge(glossary: Glossary, reports: list[Report], found: dict[str, list[Found]]) -> Summary:
    """Merge one extraction into the glossary in place: replace the given reports' source records."""
    summary = Summary(reports=len(reports))
    _merge_reports(glossary, reports)
    extracted = {r.id for r in reports}
    index = _index(glossary.terms)
    incoming: dict[int, dict[str, dict]] = {}
    fresh: list[dict] = []
    for report_id in sorted(found):
        for item in found[report_id]:
            slot = _slot(index, item)
            if slot is None:
                entry = {"term": item.term, "sources": []}
                fresh.append(entry)
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
        if new == old:
            summary.unchanged += 1
            kept_terms.append(entry)
            continue
        updated = entries.update(entry, new)
        if not new and entries.untouched(updated):
            summary.removed += 1
            continue
        summary.updated += 1
        kept_terms.append(updated)
    for offset, entry in enumerate(fresh):
        records = sorted(incoming[len(glossary.terms) + offset].values(), key=lambda s: s["report"])
        kept_terms.append(entries.new_entry(entry["term"], records))
        summary.new += 1
    glossary.terms = kept_terms
    return summary


def _merge_reports(glossary: Glossary, reports: list[Report]) -> None:
    """Detected title, place and year fill gaps only: an editor's correction stays."""
    for report in reports:
        detected = {"title": report.title, "place": report.place, "year": report.year}
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
    if report_id not in records:
        records[report_id] = record
        return
    merged = records[report_id]
    merged["count"] += record["count"]
    forms = list(dict.fromkeys((merged.get("forms") or []) + (record.get("forms") or [])))
    if forms:
        merged["forms"] = forms
    for name in ("definition", "how", "context"):
        if name in record and name not in merged:
            merged[name] = record[name]
    records[report_id] = {k: merged[k] for k in _RECORD_ORDER if k in merged}


_RECORD_ORDER = ("report", "count", "definition", "how", "context", "forms")
