"""Numbered abbreviations written without quotation marks: 三大攻坚战, 两学一做, 一岗双责.

Numerals are everywhere in reports (一年来, 二十大, 十届二中全会, 二甲双胍), so a match must
start and end on jieba word boundaries, must not be part of a longer number, and must not be an
idiom (一心一意) or a time phrase (一年一度).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Occurrence
from ..text import HAN
from .lexicon import idioms, jieba, word_frequency

_DIGIT = "一二三四五六七八九十两"
_PAIRED = "一二三四五六七八九十两双多"
# 三大攻坚战, 五大发展理念: N大 + a noun phrase of two to four characters
_N_BIG = re.compile(f"(?<![{_DIGIT}百千万第0-9])[{_DIGIT}]大[{HAN}]{{2,4}}")
# 两学一做, 一岗双责, 一老一小: numeral, character, numeral, character
_FORMULA = re.compile(f"(?<![{_PAIRED}百千万第0-9])[{_DIGIT}][{HAN}][{_PAIRED}][{HAN}](?![{HAN}]{{0}}[{_PAIRED}])")
# characters that make 一年一度, 一次一个 phrases of time and quantity, not policies
_MEASURES = frozenset("年月日天周季次个些批遍回样般直起向切同旦")
_NOUN_TAGS = ("n", "nz", "vn", "j", "l")


def numbered_terms(text: str) -> Iterator[Occurrence]:
    """Yield unquoted numbered abbreviations of a body, in order."""
    bounds = _word_bounds(text)
    for match in _N_BIG.finditer(text):
        term = _n_big_phrase(match.group())
        if term and match.start() in bounds and match.start() + len(term) in bounds:
            yield Occurrence(term, match.start(), match.start() + len(term), term, quoted=False)
    for match in _FORMULA.finditer(text):
        term = match.group()
        if _is_formula(term) and match.start() in bounds and match.end() in bounds:
            yield Occurrence(term, match.start(), match.end(), term, quoted=False)


def _word_bounds(text: str) -> set[int]:
    bounds, pos = {0}, 0
    for word in jieba().cut(text, HMM=False):
        pos += len(word)
        bounds.add(pos)
    return bounds


def _n_big_phrase(span: str) -> str:
    """三大攻坚战 from 三大攻坚战取得: N大 and the nouns after it, up to four characters."""
    tail = ""
    for word in jieba().posseg.cut(span[2:]):
        if word.flag not in _NOUN_TAGS or len(tail) + len(word.word) > 4:
            break
        tail += word.word
    return span[:2] + tail if len(tail) >= 2 and word_frequency(span[:2] + tail) == 0 else ""


def _is_formula(term: str) -> bool:
    return term not in idioms() and not (_MEASURES & {term[1], term[3]}) and word_frequency(term) < 50
