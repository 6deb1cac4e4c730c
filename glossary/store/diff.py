"""How two versions of the glossary differ, entry by entry: what `extract --dry-run` shows and
what the summary of an extract counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..keys import key, sort_key


@dataclass
class Change:
    """How one entry differs between two versions of the glossary."""

    term: str
    action: str  # new | updated | removed
    fields: list[str] = field(default_factory=list)


def diff(before: list[dict], after: list[dict]) -> list[Change]:
    """Entries added, changed (with the changed fields) and dropped, in pinyin order."""
    old, new = _by_headword(before), _by_headword(after)
    changes = []
    for name in sorted(old.keys() | new.keys(), key=lambda n: sort_key(n, (new.get(n) or old[n]).get("pinyin") or "")):
        action = _action(old.get(name), new.get(name))
        if action == "updated":
            fields = [f for f in dict.fromkeys([*old[name], *new[name]]) if old[name].get(f) != new[name].get(f)]
            changes.append(Change(new[name]["term"], action, fields))
        elif action:
            changes.append(Change((new.get(name) or old[name])["term"], action))
    return changes


def counts(before: list[dict], after: list[dict]) -> Counter[str]:
    """How many entries `diff` finds new, updated and removed, without putting them in order
    or naming the fields: all a summary says of a merge of thousands of entries."""
    old, new = _by_headword(before), _by_headword(after)
    return Counter(action for name in old.keys() | new.keys() if (action := _action(old.get(name), new.get(name))))


def _by_headword(entries: list[dict]) -> dict[str, dict]:
    return {key(t["term"]): t for t in entries}


def _action(old: dict | None, new: dict | None) -> str | None:
    """What became of one entry, or None where it stayed as it was."""
    if old is None:
        return "new"
    if new is None:
        return "removed"
    return "updated" if old != new else None
