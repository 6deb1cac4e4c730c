"""What the site's search must know about each entry: the words jieba keeps whole, and the keys
a reader may type instead of the headword.

Material's search cuts Chinese text with jieba when it builds the index, and its browser side
matches each query word as a prefix of an indexed word. So a term is found by its headword only
when jieba keeps the headword whole, by an inner word (协调 in 九解一协调) only when that word
also stands alone on the page, and by pinyin or initials only when those are written there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .extract.lexicon import jieba
from .keys import QUOTES, initials, all_readings, toneless
from .lookup import readings

_NO_QUOTES = str.maketrans("", "", QUOTES)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_OR_DIGITS = re.compile(r"[0-9A-Za-z]+")


def written_forms(entry: dict) -> list[str]:
    """Headword, display form and aliases without quotation marks, each once."""
    forms = [entry["term"], entry.get("display") or "", *(entry.get("aliases") or [])]
    return list(dict.fromkeys(f.translate(_NO_QUOTES) for f in forms if f))


def add_to_jieba(entries: Iterable[dict]) -> None:
    """Make every written form of every entry one word to jieba (idempotent).

    Dictionary words jieba would still cut (四上 as 四 上) count too. `suggest_freq` gives the
    lowest frequency that makes jieba keep the word whole, so ordinary text is cut as before.
    """
    tokenizer = jieba().dt
    for entry in entries:
        for form in written_forms(entry):
            if _HAN.search(form) and form not in _ADDED and tokenizer.lcut(form) != [form]:
                tokenizer.add_word(form, tokenizer.suggest_freq(form, tune=False))
                _ADDED.add(form)


# Words add_to_jieba gave a frequency. Inner words come from jieba's own dictionary and the
# glossary's headwords only, so an entry's keys never depend on what was loaded before it.
_ADDED: set[str] = set()


def inner_words(term: str, headwords: frozenset[str] = frozenset()) -> list[str]:
    """Parts of a term a reader may search for: every two-character piece of its Chinese (数转
    in 智改数转 is no dictionary word, yet readers type it), longer dictionary words and other
    headwords inside it, and its runs of digits or letters.

    >>> inner_words("九解一协调")
    ['九解', '解一', '一协', '协调']
    """
    freq = jieba().dt.FREQ

    def is_word(part: str) -> bool:
        return part in headwords or (freq.get(part, 0) > 0 and part not in _ADDED)

    found = [
        term[i:j]
        for i in range(len(term))
        for j in range(i + 2, len(term) + 1)
        if (i, j) != (0, len(term)) and _HAN_ONLY.fullmatch(term[i:j]) and (j - i == 2 or is_word(term[i:j]))
    ]
    found += [run for run in _LATIN_OR_DIGITS.findall(term) if run != term]
    return list(dict.fromkeys(found))


def search_keys(entry: dict, headwords: frozenset[str] = frozenset()) -> list[str]:
    """Everything besides the headword a reader may type: toneless pinyin, initials, other
    written forms and inner words.

    >>> search_keys({"term": "九解一协调", "pinyin": "jiǔ jiě yī xié tiáo"})
    ['jiujieyixietiao', 'jjyxt', 'jiuxieyixietiao', 'jxyxt', '九解', '解一', '一协', '协调']
    """
    keys: list[str] = []
    if _HAN.search(entry["term"]):
        keys += [k for k in readings(entry) if k]
        for reading in all_readings(entry["term"]):
            keys += [toneless(reading), initials(reading)]
    keys += written_forms(entry)[1:]
    keys += inner_words(entry["term"], headwords)
    return [k for k in dict.fromkeys(keys) if k != entry["term"]]
