"""Terms worth a reader's next click from a term's page."""

from __future__ import annotations

import re
from collections import defaultdict

from ..language import NUMERALS

_NUMERAL = re.compile(f"[{NUMERALS}]+")
_RELATED = 8  # related terms shown on a page: a handful of next clicks, not a second index


def related_terms(entries: list[dict]) -> dict[str, list[str]]:
    """The same numbered pattern (四横三纵, 两横三纵) or one headword inside another (双停, 双停企业)."""
    by_pattern: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        pattern = numbered_pattern(entry["term"])
        if pattern:
            by_pattern[pattern].append(entry["term"])
    terms = [e["term"] for e in entries]
    known = set(terms)
    nested: dict[str, list[str]] = defaultdict(list)
    for term in terms:
        for inner in _substrings(term) & known:
            nested[term].append(inner)
            nested[inner].append(term)
    related: dict[str, list[str]] = {}
    for term in terms:
        same = [t for t in by_pattern.get(numbered_pattern(term) or "", []) if t != term]
        found = list(dict.fromkeys(same + sorted(nested.get(term, []))))[:_RELATED]
        if found:
            related[term] = found
    return related


def _substrings(term: str) -> set[str]:
    """Every piece of two or more characters, the term itself left out."""
    return {term[i:j] for i in range(len(term)) for j in range(i + 2, len(term) + 1)} - {term}


def numbered_pattern(term: str) -> str | None:
    """四横三纵 → N横N纵; None for terms without numerals or with nothing but numerals.

    >>> numbered_pattern("四横三纵"), numbered_pattern("1314")
    ('N横N纵', None)
    """
    pattern = _NUMERAL.sub("N", term)
    if pattern == term or not pattern.strip("N"):
        return None
    return pattern
