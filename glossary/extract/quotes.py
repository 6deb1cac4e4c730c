"""Quoted slogans: spans a report puts in quotation marks that name a policy, not a phrase.

Reports quote three kinds of things: coined names (“四横三纵”, “放管服”), whole sentences
(“扎实做好‘六稳’工作，全面落实‘六保’任务”) and plain words used loosely (“绿”, “网红”).
Only the first are terms; the terms quoted inside a quoted sentence are terms too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Occurrence
from .heads import head_noun
from .judge import is_term, may_name_programme, names_honour, names_programme

PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "＂": "＂", '"': '"'}
_HONOUR_WINDOW = 3  # characters after a quote that can say it is a title won: 称号, 一等奖
_MAX_SPAN = 40  # longer than any slogan: an unclosed quote swallowing a sentence
_MARKS = re.compile("[\n" + re.escape("".join(sorted(set(PAIRS) | set(PAIRS.values())))) + "]")


def quoted_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (open, close, depth) offsets of balanced quotations, nested ones included.

    An opening mark without its closing mark before the sentence ends is left alone.

    >>> [(text[a + 1:b], d) for text in ["“扎实做好‘六稳’工作”"] for a, b, d in quoted_spans(text)]
    [('扎实做好‘六稳’工作', 0), ('六稳', 1)]
    """
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int, int]] = []
    previous = -1
    for match in _MARKS.finditer(text):  # the characters between marks only count towards _MAX_SPAN
        i, ch = match.start(), match.group()
        if stack and max(previous + 1, stack[0][1] + _MAX_SPAN + 1) < i:
            stack.clear()  # an ordinary character too far from the first open mark came before this one
        previous = i
        if stack and ch == PAIRS[stack[-1][0]]:
            _mark, start = stack.pop()
            found.append((start, i, len(stack)))
        elif ch in PAIRS:
            stack.append((ch, i))
        elif ch == "\n" or (stack and i - stack[0][1] > _MAX_SPAN):
            stack.clear()
    yield from sorted(found)


def quoted_terms(text: str) -> Iterator[Occurrence]:
    """Yield the quoted spans of a body that are terms, with the head noun that follows them."""
    for start, end, _depth in quoted_spans(text):
        inner = text[start + 1:end]
        term = re.sub(r"\s+", "", inner)
        head = _head_of_term(text, term, end + 1)
        if head is None:
            continue
        surface = text[start:end + 1] + head
        yield Occurrence(term=term, start=start, end=end + 1 + len(head), surface=surface, quoted=True)


def _head_of_term(text: str, term: str, pos: int) -> str | None:
    """The head noun after a quoted term (maybe ''), or None when the span is no term."""
    if is_term(term):
        return None if names_honour(term, text[pos:pos + _HONOUR_WINDOW]) else head_noun(text, pos)
    if may_name_programme(term):  # a word quoted for emphasis, unless it names the programme after it
        head = head_noun(text, pos)
        return head if names_programme(term, head) else None
    return None
