"""Terms already known found again wherever they stand unquoted: the batch's vocabulary in a
report that did not quote it, and the national shorthand every report uses (三农, 新发展理念).

Thousands of terms are looked for in one pass of one regular expression built as a trie.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..language import NUMERALS, WordBounds, lexicon_spellings, national_terms, word_frequency
from ..model import Occurrence
from .heads import follows_a_name
from .judge import has_numeral

_COUNT = re.compile(f"^[{NUMERALS}]+[大个项条类年]$")


def known_pattern(terms: Iterable[str]) -> re.Pattern | None:
    """One regular expression for a set of known terms, longest first; None when there are none.

    A bare number (“12345”) and a count (“五大”, “两个”, “22条”) are terms only in quotation
    marks; unquoted they are a number and the start of a phrase (五大发展举措, 新建道路22条).
    """
    words = {t for t in terms if len(t) >= 2 and not t.isascii() and not _COUNT.match(t)}
    return re.compile(_first_chars(words) + _trie_regex(_trie(words))) if words else None


def _first_chars(words: set[str]) -> str:
    """A lookahead on the characters the words begin with: at most places of a report the
    search then fails on one test of its character, before trying the trie's branches."""
    return f"(?=[{''.join(re.escape(char) for char in sorted({w[0] for w in words}))}])"


def _trie(words: Iterable[str]) -> dict:
    """Words as a tree of characters; the key '' marks where a word ends."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _trie_regex(node: dict) -> str:
    """The regular expression of a trie, for finding thousands of terms in one pass.

    A plain alternation of thousands of terms makes the engine try each of them at every
    character; here each character of a term is tried once per position, however many terms
    share it, and the characters a position can continue with are narrowed by halves (see
    `_choose`). The optional group is greedy, so at each position the longest term wins.

    >>> _trie_regex(_trie(["两学一做", "两山", "两山四岸"]))
    '两(?:学一做|山(?:四岸)?)'
    >>> _trie_regex(_trie(["三农", "三农工作", "三个"]))
    '三(?:个|农(?:工作)?)'
    """
    branches = [(char, child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = _choose(branches)
    if "" not in node:
        return body
    return f"{body}?" if len(branches) > 1 or len(body) == 1 else f"(?:{body})?"


_FAN_OUT = 16  # alternatives tried one by one; more are split in halves by a character class


def _choose(branches: list[tuple[str, dict]]) -> str:
    """Alternatives for the next character: up to _FAN_OUT tried in turn, more split in two by
    a lookahead on the first half's characters, so a position tests a few classes, not all."""
    if len(branches) > _FAN_OUT:
        half = len(branches) // 2
        first = "".join(re.escape(char) for char, _ in branches[:half])
        return f"(?:(?=[{first}]){_choose(branches[:half])}|{_choose(branches[half:])})"
    alternatives = [re.escape(char) + _trie_regex(child) for char, child in branches]
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


@functools.cache
def national() -> re.Pattern | None:
    """The pattern of the national shorthand (glossary/data/national.txt), built once."""
    return known_pattern(national_terms())


# a word of proportion right after a name: the share it has reached (普惠性幼儿园覆盖率达到83%,
# 绿色建筑比例) is a figure the report measures, as a measured acronym is (占GDP比重); there the
# name is the indicator's subject, not named as a programme or a designation of the report
_PROPORTION = re.compile("覆盖率|比例|比重|占比")


def unmeasured(text: str, occurrences: Iterable[Occurrence]) -> Iterator[Occurrence]:
    """The occurrences that are not the subject of a proportion the report measures.

    >>> text = "普惠性幼儿园覆盖率达到83%，新增普惠性幼儿园10所。"
    >>> [o.start for o in unmeasured(text, [Occurrence("普惠性幼儿园", i, i + 6, "普惠性幼儿园", quoted=False) for i in (0, 17)])]
    [17]
    """
    return (o for o in occurrences if _PROPORTION.match(text, o.end) is None)


def find_known(text: str, pattern: re.Pattern | None, bounds: WordBounds, by: str = "known") -> Iterator[Occurrence]:
    """Unquoted occurrences of known terms that start and end on word bounds, marked as found
    `by` that name.

    A term is found only as whole words: 稳增长 is not in 平稳增长, nor 新作为 in 创新作为, nor
    1号文 in 1号文件, which jieba reads as other words. Where the longest term at a place ends
    inside a word, a shorter one may still end on a bound; the search then goes on after it.
    """
    if pattern is None:
        return
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        start = match.start()
        end = _sound_end(text, pattern, bounds, start, match.end())
        if end is None:
            pos = start + 1
            continue
        term = text[start:end]
        if not _numbers_a_point(text, start, end):
            yield Occurrence(term, start, end, term, quoted=False, by=by)
        pos = end


_POINT_NUMERALS = frozenset("一二三四五六七八九十百")
_POINT_OPENS = frozenset("\n。；;！!？?：:，,")  # where a point of a series opens: after the one before


def _numbers_a_point(text: str, start: int, end: int) -> bool:
    """Whether the words at start:end are the number of a point: reports list their points as
    一是…二是…十五是…, so a bare numeral followed by 是 where a point opens numbers the point
    (十五是打造80个新型公共文化空间 is the fifteenth thing to do), never names the period 十五
    or any term spelled in numerals alone, however long the series.

    >>> text = "十四是免费送戏下乡。十五是打造80个公共文化空间。完成十五计划。"
    >>> [_numbers_a_point(text, start, start + 2) for start in (0, 10, 28)]
    [True, True, False]
    """
    return (text.startswith("是", end) and all(char in _POINT_NUMERALS for char in text[start:end])
            and (start == 0 or text[start - 1] in _POINT_OPENS))


def _sound_end(text: str, pattern: re.Pattern, bounds: WordBounds, start: int, end: int) -> int | None:
    """The end of the longest known term at `start` that stands on word bounds outside a number."""
    if not _on_bound(text, start, bounds, end - start):
        return None
    while not _on_bound(text, end, bounds, end - start) or _inside_number(text, start, end, text[start:end]):
        shorter = pattern.match(text, start, end - 1)
        if shorter is None:
            return None
        end = shorter.end()
    return end


_COMPOUND_PART = 2  # characters of the shortest word a compound splits into at a term's edge


def _on_bound(text: str, offset: int, bounds: WordBounds, length: int) -> bool:
    """Whether a term of `length` characters can start or end at `offset`: on a word bound, or,
    for a term longer than two characters, where jieba's word is a compound of two words of two
    characters or more (绿色建筑 ends inside 建筑面积, 大数据 inside 数据中心: the genre stacks
    nouns, and jieba's dictionary holds some stacks as one word). A single character split off
    a word is no such place: 稳增长 is not in 平稳增长, nor 1号文 in 1号文件.
    """
    if offset in bounds:
        return True
    if length <= _COMPOUND_PART:
        return False
    first = next(i for i in range(offset - 1, -1, -1) if i in bounds)
    last = next(i for i in range(offset + 1, len(text) + 1) if i in bounds)
    left, right = text[first:offset], text[offset:last]
    return (min(len(left), len(right)) >= _COMPOUND_PART
            and word_frequency(left) > 0 and word_frequency(right) > 0)


def _inside_number(text: str, start: int, end: int, term: str) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return (term[0] in NUMERALS and before in NUMERALS) or (term[-1] in NUMERALS and after in NUMERALS)


_SHORTEST_NAME = 2


def named_before_head(occ: Occurrence, names: frozenset[str] | set[str]) -> Occurrence:
    """A quoted occurrence of a known name with its head noun inside the quotation marks, taken
    as that name: reports put a name's head noun inside the quotes or after them at will, and
    “城市管家服务” is the “城市管家” other reports quote, “放管服改革” the “放管服”. The written form
    stays; only the term is the name's. The longest known name wins. Not a numbered name: what
    follows a count is what it counts (“三小场所”, “五个一工程”), part of the name.

    >>> named_before_head(Occurrence("城市管家服务", 4, 12, "“城市管家服务”", quoted=True), {"城市管家"}).term
    '城市管家'
    >>> named_before_head(Occurrence("河长制", 4, 9, "“河长制”", quoted=True), {"河长"}).term
    '河长制'
    """
    if not occ.quoted or has_numeral(occ.term):
        return occ
    for end in range(len(occ.term) - 2, _SHORTEST_NAME - 1, -1):
        if occ.term[:end] in names and follows_a_name(occ.term[end:]):
            return replace(occ, term=occ.term[:end])
    return occ


_LONGEST_COMPLETION = 4  # characters a fuller name adds on one side: 中央, 经费, 精神


def spelled_fuller(occ: Occurrence, body: str) -> Occurrence:
    """The occurrence in the fuller form the lexicon also names its term by, where the words
    around it spell that form: 中央八项规定 around 八项规定, “三公”经费 around “三公”.

    Reports write national shorthand by its official full name as often as by the short one;
    the lexicon lists both as names of one entry, so the words added are the name's own, not
    the sentence going on. Only the written form grows: the term stays the one found. The
    words are compared where they stand, never by copying the text before them: a report of
    100 MB holds hundreds of thousands of occurrences.

    >>> text = "落实中央八项规定，压减“三公”经费。"
    >>> [spelled_fuller(Occurrence(t.strip("“”"), text.index(t), text.index(t) + len(t), t, quoted=False), text).surface
    ...  for t in ["八项规定", "“三公”"]]
    ['中央八项规定', '“三公”经费']
    """
    core = occ.term
    fuller = sorted((name for name in lexicon_spellings().get(core, ()) if core in name and name != core),
                    key=len, reverse=True)
    for name in fuller:
        before, after = name.split(core, 1)
        if (len(before) <= _LONGEST_COMPLETION >= len(after) and body.startswith(after, occ.end)
                and occ.start >= len(before) and body.startswith(before, occ.start - len(before))):
            return replace(occ, start=occ.start - len(before), end=occ.end + len(after),
                           surface=before + occ.surface + after)
    return occ
