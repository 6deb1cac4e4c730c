"""Finding entries the way readers type: headword, display form, alias, pinyin (with or without
tones and spaces), initials, substring. One ranking for every path: `find` over entries as they
are, `index` over the keys it stored, so a cached answer is the answer.

`glossary lookup` imports this module on every run, so it stays light: a named tuple rather
than a dataclass (importing dataclasses, with inspect, costs a cold lookup several ms).
"""

from __future__ import annotations

import unicodedata
from collections import namedtuple
from collections.abc import Iterable

from ..keys import key, toneless

_SUGGESTIONS = 5


class Keys(namedtuple("Keys", "term written spellings")):
    """What a query is compared with: an entry's headword, its written names (tuple) and the
    pinyin a reader types (tuple)."""

    __slots__ = ()


def keys_of(entry: dict) -> Keys:
    """An entry's keys; its pinyin readings need pypinyin, so they are computed once per
    terms.yml by `index`, never on a cached lookup."""
    from ..search import readings

    written = dict.fromkeys(loose(n) for n in [entry["term"], entry.get("display") or "", *(entry.get("aliases") or [])] if n)
    spellings = dict.fromkeys(s for pair in readings(entry) for s in pair)
    return Keys(entry["term"], tuple(written), tuple(spellings))


def query_key(query: str) -> str:
    """The query as keys are written: pinyin with tone marks as `lookup` prints it (sì héng sān
    zòng, or with the list's 、 as in yí gè zhōng xīn 、 sì gè jī dì) loses its tones; any query loses spaces, punctuation (quotation marks, brackets, 、。，
    full width or not) and case, as names do in `loose`.

    >>> query_key("sì héng sān zòng"), query_key("si heng san zong"), query_key("“四横三纵”。")
    ('sihengsanzong', 'sihengsanzong', '四横三纵')
    """
    plain = unicodedata.normalize("NFKD", query)
    if plain != query and all(ch.isascii() or unicodedata.combining(ch) or _punctuation(ch) for ch in plain.replace("ü", "v")):
        return toneless(query)
    return loose(query)


def loose(text: str) -> str:
    """A name as a query is compared with it: `key` without punctuation, so a term pasted with
    its quotation marks, book-title marks or a full stop (《四横三纵》。) is still found, and
    一个中心四个基地 finds 一个中心、四个基地. Symbols such as + stay: 1+3 is not 13.

    >>> loose("一个中心、四个基地"), loose("【1+3】"), loose("ＡＢ·Ｃ")
    ('一个中心四个基地', '1+3', 'abc')
    """
    return "".join(ch for ch in key(text) if not _punctuation(ch))


def _punctuation(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def rank(keys: Keys, wanted: str) -> int | None:
    """0 the headword, 1 another name, 2 the whole pinyin or initials, 3 part of the headword,
    4 part of another name, 5 the start of the pinyin or initials; None when the entry does not
    match. The headword is `written[0]`: 基地 finds 五大基地 before 双创, written 双创基地."""
    if wanted == keys.written[0]:
        return 0
    if wanted in keys.written:
        return 1
    if wanted in keys.spellings:
        return 2
    if wanted in keys.written[0]:
        return 3
    if any(wanted in n for n in keys.written[1:]):
        return 4
    if wanted.isascii() and any(s.startswith(wanted) for s in keys.spellings):
        return 5
    return None


def best_first(candidates: Iterable[tuple[Keys, object]], wanted: str) -> list:
    """The matching candidates, best rank first, then shorter and alphabetically earlier headwords."""
    ranked = [(r, len(k.term), k.term, item) for k, item in candidates if (r := rank(k, wanted)) is not None]
    return [item for *_, item in sorted(ranked, key=lambda r: r[:3])]


def find(entries: Iterable[dict], query: str) -> list[dict]:
    """Entries matching a query, best first: exact name, exact pinyin or initials, then substrings."""
    wanted = query_key(query)
    return best_first(((keys_of(e), e) for e in entries), wanted) if wanted else []


def suggest(entries: Iterable[dict], query: str) -> list[str]:
    """Headwords close to a query that matched nothing: typos in Chinese or in pinyin."""
    return close_to((keys_of(e) for e in entries), query)


def close_to(all_keys: Iterable[Keys], query: str) -> list[str]:
    import difflib  # only a lookup that found nothing needs it

    all_keys = list(all_keys)
    wanted = query_key(query)
    by_name = {n: k.term for k in all_keys for n in k.written}
    by_reading = {s: k.term for k in all_keys for s in k.spellings}
    close = difflib.get_close_matches(wanted, list(by_name), n=_SUGGESTIONS, cutoff=0.5)
    close_reading = difflib.get_close_matches(wanted, list(by_reading), n=_SUGGESTIONS, cutoff=0.7)
    return list(dict.fromkeys([by_name[c] for c in close] + [by_reading[c] for c in close_reading]))[:_SUGGESTIONS]


