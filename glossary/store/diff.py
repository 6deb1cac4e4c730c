"""How two versions of the glossary differ, entry by entry: what `extract --dry-run` shows."""

from __future__ import annotations

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
