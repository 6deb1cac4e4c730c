"""The sentence of a report that says most about a term, for readers of a term nothing defines.

A 48-character window around the first occurrence often cuts the words that matter; a whole
sentence does not. Which sentence, by a rule a reader can check:
1. one that says what the term is: the term (with its closing quote and head noun) followed by
   是, 即, 指, 就是, 包括, 主要是 or 涵盖;
2. otherwise the one that says most besides the term: the most characters outside its mentions,
   counted up to `_ENOUGH` (a longer sentence is mostly a list of other things, no better);
3. on a tie, the first (where the report introduces the term).
A sentence ends at 。！？ or a line break. One longer than `_LONGEST` is cut to the clauses
around the term (`around`), so that the reader gets a unit of prose, never a window cut inside
a word. Bold marks of Markdown (`**`) are left out: they are layout, not text.

`around` is also every report's context (`Source.context`): the sentence the term first stands
in, cut the same way to `CONTEXT_CHARS`.
"""

from __future__ import annotations

import functools
import re

from ..model import Occurrence

__all__ = ["CONTEXT_CHARS", "around", "best_sentence"]

_ENDS = "。！？!?\n"
_END = re.compile(f"[{_ENDS}]")
_CUTS = ("；;", "；;：:，,", "；;：:，,、")  # where a long sentence is cut: its parts, clauses, list items
_ENOUGH = 120  # characters besides the term: enough to say what it is about
_LONGEST = 200  # a sentence longer than this is cut to the clauses around the term
CONTEXT_CHARS = 120  # a context: one sentence of most reports, six lines of a phone
_ELLIPSIS = "…"
_SAYS_WHAT = re.compile(r"[”’」』\"]?[\u4e00-\u9fff]{0,3}?(?:[，,]\s*)?(?:是指|就是|即|指|是|包括|主要是|涵盖)")
_REACH = 2000  # characters searched for a sentence's ends: never the whole of a 100 MB report
_LOOKED_AT = 32  # occurrences considered: a 100 MB report may name a term thousands of times
_MARKUP = re.compile(r"^[\s\u3000*#>-]+|[\s\u3000*]+$")


def best_sentence(text: str, occurrences: list[Occurrence]) -> str | None:
    """The whole sentence that says most about the term of these occurrences, by the rule above.

    >>> from glossary.model import Occurrence as O
    >>> text = "推进“三抓三促”。“三抓三促”是指抓学习促提升、抓执行促落实、抓效能促发展。全面落实“三抓三促”行动要求，狠抓落实。"
    >>> best_sentence(text, [O("三抓三促", m.start(), m.end(), m.group(), True) for m in re.finditer("“三抓三促”", text)])
    '“三抓三促”是指抓学习促提升、抓执行促落实、抓效能促发展。'
    """
    best, best_rank = None, None
    for occ in occurrences[:_LOOKED_AT]:
        span = _span(text, occ.start, occ.end)
        sentence = _cut(text, span, occ.start, occ.end, _LONGEST)
        if not sentence:
            continue
        says_what = bool(_SAYS_WHAT.match(text, occ.end, span[1]))
        besides = len(sentence) - sentence.count(occ.surface) * len(occ.surface)
        rank = (says_what, min(besides, _ENOUGH))
        if best_rank is None or rank > best_rank:
            best, best_rank = sentence, rank
    return best


def around(text: str, start: int, end: int, limit: int = CONTEXT_CHARS) -> str:
    """The sentence that text[start:end] stands in; one longer than `limit` cut to the clauses
    around it, … where cut: between the parts of the sentence at ；, else between the clauses of
    the term's part at ：，, else between the items of a list in the term's clause at 、 — the
    coarsest cuts that leave the term's piece within `limit`, then as many whole pieces after
    and before it as fit. A piece too long by itself stays whole: never cut inside a word.

    >>> text = "坚持稳中求进。" + "，".join(["持续优化营商环境"] * 6 + ["推进“两业融合”发展"] + ["加快数字化转型"] * 6) + "。"
    >>> around(text, text.index("两业融合"), text.index("两业融合") + 4, 40)
    '…持续优化营商环境，推进“两业融合”发展，加快数字化转型，加快数字化转型…'
    """
    return _cut(text, _span(text, start, end), start, end, limit)


def _cut(text: str, span: tuple[int, int], start: int, end: int, limit: int) -> str:
    """`around`, given the sentence's span: best_sentence has it already."""
    begin, stop = span
    lo, hi = _clauses(text, begin, stop, start, end, limit) if stop - begin > limit else (begin, stop)
    piece = _MARKUP.sub("", text[lo:hi].replace("**", ""))
    if piece and piece[-1] in _CUTS[-1]:  # cut after a clause, or a line break inside a sentence
        piece = piece[:-1] + _ELLIPSIS
    return _ELLIPSIS + piece if lo > begin else piece


def _clauses(text: str, begin: int, stop: int, start: int, end: int, limit: int) -> tuple[int, int]:
    """The span of whole pieces around text[start:end] in the sentence text[begin:stop]: at the
    coarsest cuts whose piece holding the term fits `limit` (finer cuts stay inside the coarser
    piece that was too long), grown a piece at a time, after and before in turn, while it fits."""
    for marks in _CUT_MARKS:
        cuts = [begin, *(m.end() for m in marks.finditer(text, begin, stop - 1) if not start <= m.start() < end), stop]
        lo, hi = max(c for c in cuts if c <= start), min(c for c in cuts if c >= end)
        if hi - lo <= limit:
            break
        begin, stop = lo, hi
    grown = True
    while grown:
        after = min((c for c in cuts if c > hi), default=stop + limit)
        before = max((c for c in cuts if c < lo), default=begin - limit)
        grown = after - lo <= limit or hi - before <= limit
        if after - lo <= limit:
            hi = after
        if hi - before <= limit:
            lo = before
    return lo, hi


_CUT_MARKS = [re.compile(f"[{re.escape(marks)}]") for marks in _CUTS]
_FIRST_LOOK_BACK = 256  # characters searched back for a sentence's start before the search widens


def _span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends (its end mark included)."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    begin = _after_last_end(text, lo, start)
    found = _END.search(text, end, hi)
    stop = found.start() if found else hi
    return begin, stop + 1 if stop < len(text) and text[stop] != "\n" else stop


def _after_last_end(text: str, lo: int, start: int) -> int:
    """Just after the last sentence end in text[lo:start], else lo."""
    return max(last_of(text, _ENDS, start, lo) + 1, lo)


def last_of(text: str, marks: str, end: int, lo: int = 0) -> int:
    """Where the last of `marks` in text[lo:end] stands, or -1: max(text.rfind(mark, lo, end)
    for mark in marks), searched in widening windows back from `end`, because most sentences and
    clauses are short, and a mark a report never uses (a Latin ?) would otherwise have each of
    thousands of calls read all the text back to `lo`."""
    width, last_mark = _FIRST_LOOK_BACK, _last_mark(marks)
    while True:
        window = max(lo, end - width)
        found = last_mark.match(text, window, end)
        if found or window == lo:
            return found.end() - 1 if found else -1
        width *= 8


@functools.cache
def _last_mark(marks: str) -> re.Pattern:
    """A pattern whose match ends just after the last of `marks`: one search in C instead of a
    str.rfind per mark (the callers pass a few constant sets of marks)."""
    return re.compile(f"(?s:.*)[{re.escape(marks)}]")
