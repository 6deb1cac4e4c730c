"""The sentence of a report that says most about a term, for readers of a term nothing defines.

A 48-character window around the first occurrence often cuts the words that matter; a whole
sentence does not. Which sentence, by a rule a reader can check:
1. one that says what the term is: the term (with its closing quote and head noun) followed by
   是, 即, 指, 就是, 包括, 主要是 or 涵盖;
2. otherwise the one that says most besides the term: the most characters outside its mentions,
   counted up to `_ENOUGH` (a longer sentence is mostly a list of other things, no better);
3. on a tie, the first (where the report introduces the term).
A sentence ends at 。！？ or a line break. One longer than `_LONGEST` is cut to its clause
between semicolons that holds the term, so that the reader gets a unit of prose, never a
window cut inside a word. Bold marks of Markdown (`**`) are left out: they are layout, not text.
"""

from __future__ import annotations

import re

from ..model import Occurrence

__all__ = ["best_sentence"]

_ENDS = "。！？!?\n"
_END = re.compile(f"[{_ENDS}]")
_CLAUSE_ENDS = "；;"
_ENOUGH = 120  # characters besides the term: enough to say what it is about
_LONGEST = 200  # a sentence longer than this is cut to its clause
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
        start, end = _span(text, occ.start, occ.end)
        sentence = _MARKUP.sub("", text[start:end].replace("**", ""))
        if not sentence:
            continue
        says_what = bool(_SAYS_WHAT.match(text, occ.end, end))
        besides = len(sentence) - sentence.count(occ.surface) * len(occ.surface)
        rank = (says_what, min(besides, _ENOUGH))
        if best_rank is None or rank > best_rank:
            best, best_rank = sentence, rank
    return best


def _span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends (its end mark included)."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    begin = max(max(text.rfind(mark, lo, start) for mark in _ENDS) + 1, lo)
    found = _END.search(text, end, hi)
    stop = found.start() if found else hi
    stop = stop + 1 if stop < len(text) and text[stop] != "\n" else stop
    if stop - begin > _LONGEST:
        begin = max(begin, max(text.rfind(mark, begin, start) for mark in _CLAUSE_ENDS) + 1)
        clause_end = min((i for i in (text.find(mark, end, stop) for mark in _CLAUSE_ENDS) if i >= 0), default=stop - 1)
        stop = clause_end + 1
    return begin, stop
