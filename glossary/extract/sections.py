"""The 名词解释 extractor: a report's own explanations, each item read verbatim.

Reports number their items in many styles (1. 1． 1、 [1] 【1】 (1) （1） ①); an item may run
over several lines. `read.sections` has already split the section off the body.
"""

from __future__ import annotations

import re

from ..model import GlossaryItem, Report
from .forms import split_headword

_NUMBER = re.compile(
    r"^\s*(?:\d{1,3}\s*[.．、]|[\[【]\s*\d{1,3}\s*[\]】]|[(（]\s*\d{1,3}\s*[)）]|[①-⑳㉑-㉟]|[一二三四五六七八九十]{1,3}\s*[、．.])\s*"
)
_MAX_HEAD = 40  # the part before the colon is a name, not a sentence
_OPEN, _CLOSE = "（(《〈【[“‘「『", "）)》〉】]”’」』"


def parse_items(section: str, first_line: int = 1) -> list[GlossaryItem]:
    """Read the items of a 名词解释 section; lines without a number continue the item above.

    >>> [(i.term, i.display, i.definition) for i in parse_items("①林长制“7+X”制度：档案管理制度、\\n巡林制度。")]
    [('7+X', '林长制“7+X”制度', '档案管理制度、巡林制度。')]
    """
    items: list[GlossaryItem] = []
    chunks: list[tuple[int, str]] = []
    numbered = None  # a numbered section continues items on unnumbered lines; an unnumbered one cannot
    for number, line in enumerate(section.splitlines(), start=first_line):
        line = line.strip()
        if not line:
            continue
        if numbered is None:
            numbered = bool(_NUMBER.match(line))
        starts_item = _NUMBER.match(line) if numbered else _colon(line) is not None
        if starts_item or not chunks:
            chunks.append((number, _NUMBER.sub("", line, count=1)))
        else:
            chunks[-1] = (chunks[-1][0], chunks[-1][1] + line)
    for number, chunk in chunks:
        item = _item(chunk, number)
        if item is not None:
            items.append(item)
    return items


def _item(chunk: str, line: int) -> GlossaryItem | None:
    colon = _colon(chunk)
    if colon is None:
        return None
    head, definition = chunk[:colon].strip(), chunk[colon + 1:].strip()
    if not head or not definition:
        return None
    term, display = split_headword(head)
    return GlossaryItem(term=term, display=display, definition=definition, line=line)


def _colon(chunk: str) -> int | None:
    """Offset of the colon that ends the headword: the first one outside brackets and quotes."""
    depth = 0
    for i, ch in enumerate(chunk[: _MAX_HEAD + 1]):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)
        elif ch in ":：" and depth == 0:
            return i if i > 0 else None
    return None


def explained_terms(report: Report) -> list[GlossaryItem]:
    """The items of the report's 名词解释 section, each with its definition verbatim."""
    return parse_items(report.section, report.section_line)
