"""Shared knowledge of the genre: jieba's dictionary and the national shorthand every report uses.

Loaded lazily: jieba builds its prefix dictionary in about a second, which `glossary lookup`
should never pay for.
"""

from __future__ import annotations

import functools
import logging
from importlib import resources

NUMERALS = "一二三四五六七八九十百千万两双〇零0123456789"


@functools.cache
def jieba():
    import jieba as _jieba
    import jieba.posseg  # noqa: F401  (part-of-speech tags, used through _jieba.posseg)

    _jieba.setLogLevel(logging.WARNING)
    _jieba.initialize()
    return _jieba


def word_frequency(word: str) -> int:
    """How common a word is in jieba's dictionary (0 for coinages it does not know)."""
    return jieba().dt.FREQ.get(word, 0)


@functools.cache
def idioms() -> frozenset[str]:
    """Four-character idioms and set phrases (jieba tags i and l): 一心一意 is no policy."""
    tags = jieba().posseg.dt.word_tag_tab
    return frozenset(w for w, tag in tags.items() if tag in ("i", "l"))


@functools.cache
def national_terms() -> frozenset[str]:
    """Coined national shorthand (三农, 放管服, 新发展理念) worth finding even without quotes."""
    text = resources.files("glossary").joinpath("data/national.txt").read_text(encoding="utf-8")
    return frozenset(line.split("#")[0].strip() for line in text.splitlines() if line.split("#")[0].strip())


class WordBounds:
    """Offsets where jieba's dictionary lets a word start or end: sound boundaries for a match.

    One byte per character rather than a set of ints: a 100 MB report has tens of millions of
    boundaries, which as a set would take gigabytes.
    """

    def __init__(self, text: str):
        self._marks = bytearray(len(text) + 1)
        self._marks[0] = 1
        pos = 0
        for chunk in _chunks(text):  # jieba splits its whole input into a list first
            for word in jieba().cut(chunk, HMM=False):
                pos += len(word)
                self._marks[pos] = 1

    def __contains__(self, offset: int) -> bool:
        return 0 <= offset < len(self._marks) and self._marks[offset] == 1


def _chunks(text: str, size: int = 100_000):
    """Pieces of about `size` characters that end at a line break, a word boundary anyway."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def word_bounds(text: str) -> WordBounds:
    """The word boundaries of a text (see WordBounds).

    >>> bounds = word_bounds("推进乡村振兴")
    >>> [i for i in range(7) if i in bounds]
    [0, 2, 4, 6]
    """
    return WordBounds(text)
