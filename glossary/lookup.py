"""Finding entries the way readers type: headword, display form, alias, pinyin, initials, substring."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .keys import key
from .search import readings

_SUGGESTIONS = 5


def names(entry: dict) -> list[str]:
    """Every written name of an entry, normalised."""
    return list(dict.fromkeys(key(n) for n in [entry["term"], entry.get("display") or "", *(entry.get("aliases") or [])] if n))


def find(entries: Iterable[dict], query: str) -> list[dict]:
    """Entries matching a query, best first: exact name, exact pinyin or initials, then substrings."""
    wanted = key(query)
    if not wanted:
        return []
    ranked = []
    for entry in entries:
        rank = _rank(entry, wanted)
        if rank is not None:
            ranked.append((rank, len(entry["term"]), entry["term"], entry))
    return [entry for *_, entry in sorted(ranked, key=lambda r: r[:3])]


def _rank(entry: dict, wanted: str) -> int | None:
    written = names(entry)
    spellings = [s for pair in readings(entry) for s in pair]
    if wanted == key(entry["term"]):
        return 0
    if wanted in written:
        return 1
    if wanted in spellings:
        return 2
    if any(wanted in n for n in written):
        return 3
    if wanted.isascii() and any(s.startswith(wanted) for s in spellings):
        return 4
    return None


def suggest(entries: Iterable[dict], query: str) -> list[str]:
    """Headwords close to a query that matched nothing: typos in Chinese or in pinyin."""
    entries = list(entries)
    wanted = key(query)
    by_name = {n: e["term"] for e in entries for n in names(e)}
    by_reading = {r: e["term"] for e in entries for pair in readings(e) for r in pair}
    close = difflib.get_close_matches(wanted, list(by_name), n=_SUGGESTIONS, cutoff=0.5)
    close_reading = difflib.get_close_matches(wanted, list(by_reading), n=_SUGGESTIONS, cutoff=0.7)
    return list(dict.fromkeys([by_name[c] for c in close] + [by_reading[c] for c in close_reading]))[:_SUGGESTIONS]
