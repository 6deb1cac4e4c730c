"""Numbered formulas written without quotation marks: 两学一做, 一岗双责, 一老一小.

Numerals are everywhere in reports (一年来, 二十大, 十届二中全会, 二甲双胍), so a match must
start and end on jieba word boundaries, must not be part of a longer number, and must not be an
idiom (一心一意) or a time phrase (一年一度).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..language import WordBounds, idioms, word_bounds, word_frequency
from ..model import Occurrence

# counting in coinages uses 两, not 二: 二甲双胍 and 一二三产 are no formulas
_DIGIT = "一三四五六七八九十两"
_PAIRED = "一三四五六七八九十两双多"
_ANY_NUMERAL = "一二三四五六七八九十两双多百千万第0-9"
# 两学一做, 一岗双责, 一老一小: numeral, character, numeral, character
_FORMULA = re.compile(f"(?<![{_ANY_NUMERAL}])[{_DIGIT}][^{_ANY_NUMERAL}\\W][{_PAIRED}][^{_ANY_NUMERAL}\\W]")
# characters that make 一年一度, 一次一个 phrases of time and quantity, not policies
_MEASURES = frozenset("年月日天周季次个些批遍回样般直起向切同旦")


def numbered_terms(text: str, bounds: WordBounds | None = None) -> Iterator[Occurrence]:
    """Yield unquoted numbered abbreviations of a body, in order; `bounds` saves a jieba pass."""
    bounds = word_bounds(text) if bounds is None else bounds
    for match in _FORMULA.finditer(text):
        term = match.group()
        if _is_formula(term) and match.start() in bounds and match.end() in bounds:
            yield Occurrence(term, match.start(), match.end(), term, quoted=False)


# jieba frequency from which a numeral pattern is a set phrase even when jieba does not tag it an
# idiom: 五湖四海 57, 三令五申 54; the coined formulas are rare (一岗双责 5, 两学一做 0). Lower than
# judge._ORDINARY, which weighs two-character words, far more frequent than four-character phrases.
_SET_PHRASE = 50


def _is_formula(term: str) -> bool:
    return term not in idioms() and not (_MEASURES & {term[1], term[3]}) and word_frequency(term) < _SET_PHRASE
