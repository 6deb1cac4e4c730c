"""What one entry is: the rule that keeps a merged glossary free of names claimed twice.

Reports write one term in many ways: 零就业, “零就业”家庭, “零就业家庭”; 民生微实事 and
“民生微实事”3.0版本. One report's written form (an alias) can be another report's headword, and
two entries can pick up the same alias. The rule, applied after every merge to the whole
glossary: live entries that share a name (headword, alias or written form) are one term, kept under the
shortest headword, whose sources gather all their reports. It looks only at the set of entries,
so the result does not depend on the order in which reports were read.

Editors win: an entry an editor touched is never folded into another; a machine-made alias that
another entry claims is dropped instead.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from ..extract.forms import split_headword
from ..keys import key, sort_key
from . import terms as entries


def fold_same_terms(terms: list[dict]) -> list[dict]:
    """The entries with every group of entries that share a name folded into one."""
    live = [i for i, e in enumerate(terms) if e.get("status") != "rejected"]
    groups = _groups(terms, live)
    folded: dict[int, dict] = {}
    gone: set[int] = set()
    for group in groups:
        if len(group) < 2:
            continue
        survivor = min(group, key=lambda i: _seniority(terms[i]))
        absorbed = [i for i in group if i != survivor and entries.untouched(terms[i])]
        if absorbed:
            sources = _merged_sources([terms[i] for i in [survivor, *absorbed]])
            folded[survivor] = entries.update(terms[survivor], sources)
            gone.update(absorbed)
    result = [folded.get(i, e) for i, e in enumerate(terms) if i not in gone]
    return _drop_claimed_aliases(result)


@dataclass(frozen=True)
class _Names:
    """Every name an entry answers to, taken apart once for every round of `_groups`: its
    headword, display, aliases and each form a report wrote (`written`), and the quoted core of
    each form with the form's report (`cores`: “中国杯”帆船赛 names 中国杯 too). These are the
    keys a new extraction is matched by, so with all of them here the grouping cannot depend on
    which entry a match happened to find first: a second run over the same reports changes
    nothing. `held`: the (report, name) pairs the entry's 名词解释 items hold, headword and cores
    (see `_shared_cores`)."""

    written: tuple[str, ...]
    cores: tuple[tuple[str, str], ...]
    held: tuple[tuple[str, str], ...]

    def keys(self, shared: Set[tuple[str, str]]) -> list[str]:
        """The entry's names, without a core where its report explains several terms around it
        (`shared`)."""
        cores = [core for report, core in self.cores if (report, core) not in shared]
        return list(dict.fromkeys([*self.written, *cores]))


def _names(entry: dict) -> _Names:
    """An entry's names, taken apart (see `_Names`)."""
    sources = entry.get("sources") or []
    forms = [f for s in sources for f in s.get("forms") or []]
    written = [entry["term"], entry.get("display") or "", *(entry.get("aliases") or []), *forms]
    cores, held = [], []
    for source in sources:
        glossary = source.get("how") == "glossary"
        if glossary:
            held.append((source["report"], key(entry["term"])))
        for form in source.get("forms") or []:
            core = split_headword(form)[0]
            if core:
                cores.append((source["report"], key(core)))
            if glossary and key(core) != key(form):
                held.append((source["report"], key(core)))
    return _Names(tuple(key(n) for n in written if n), tuple(cores), tuple(held))


def _shared_cores(names: dict[int, _Names], group: dict[int, int]) -> set[tuple[str, str]]:
    """(report, core) where one report's 名词解释 explains two terms with that quoted core under
    different head nouns (安全管理“1+3”文件, 社区换届“1+3”方案), or the core bare beside it under
    one (“三公”, “三公”家庭): two entries that the core must not join. A bare item holds the core
    as its headword, as its form only where the body writes it. Entries count by their `group`:
    holders joined by another name hold the core as one."""
    holders: dict[tuple[str, str], set[int]] = {}
    for i, entry_names in names.items():
        for pair in entry_names.held:
            holders.setdefault(pair, set()).add(group[i])
    return {pair for pair, entries_ in holders.items() if len(entries_) > 1}


def _groups(terms: list[dict], live: list[int]) -> list[list[int]]:
    """Live entries joined by a shared name, until the groups no longer change: entries that
    a report's items tell apart by a core's head nouns, once joined by another name, no longer
    keep that core from naming them (see `_shared_cores`), and the groups must be those a fold
    of the folded glossary finds too, or a second extract over the same reports would differ.
    Groups whose shared cores are those of the round before are that round's groups again."""
    names = {i: _names(terms[i]) for i in live}
    groups = [[i] for i in live]
    shared: set[tuple[str, str]] | None = None
    while True:
        now = _shared_cores(names, {i: g[0] for g in groups for i in g})
        if now == shared:
            return groups
        shared = now
        joined = _joined(names, shared)
        if len(joined) == len(groups):
            return joined
        groups = joined


def _joined(names: dict[int, _Names], shared: Set[tuple[str, str]]) -> list[list[int]]:
    """Live entries joined by a name other than a shared core (union-find over entry positions)."""
    parent = {i: i for i in names}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, entry_names in names.items():
        for name in entry_names.keys(shared):
            j = owner.setdefault(name, i)
            if j != i:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in names:
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _seniority(entry: dict) -> tuple:
    """The entry a group keeps: the shortest headword (the core that the longer names extend),
    then the one more reports use, then pinyin order."""
    return (len(key(entry["term"])), -len(entry.get("sources") or []), sort_key(entry["term"], entry.get("pinyin") or ""))


def _merged_sources(group: list[dict]) -> list[dict]:
    """All source records of the group, one per report."""
    by_report: dict[str, dict] = {}
    for entry in group:
        for source in entry.get("sources") or []:
            current = by_report.get(source["report"])
            by_report[source["report"]] = dict(source) if current is None else entries.combine(current, source)
    return [by_report[r] for r in sorted(by_report)]


def _drop_claimed_aliases(terms: list[dict]) -> list[dict]:
    """An alias the machine made is dropped where another live entry claims the name first
    (as its headword, or an entry earlier in pinyin order as its alias)."""
    live = sorted((e for e in terms if e.get("status") != "rejected"),
                  key=lambda e: sort_key(e["term"], e.get("pinyin") or ""))
    headwords = {key(e["term"]): e for e in live}
    claimed: dict[str, dict] = dict(headwords)
    drop: dict[int, set[str]] = {}
    for entry in live:
        taken = [alias for alias in entry.get("aliases") or [] if claimed.setdefault(key(alias), entry) is not entry]
        if taken:  # derived only here: few entries have an alias another claims
            derived = set(entries.derive(entry["term"], entry.get("sources") or [])["aliases"] or [])
            if machine_made := {alias for alias in taken if alias in derived}:
                drop[id(entry)] = machine_made
    out = []
    for entry in terms:
        if id(entry) in drop:
            kept = [a for a in entry["aliases"] if a not in drop[id(entry)]]
            entry = entries.ordered(dict(entry, aliases=kept or None))
        out.append(entry)
    return out
