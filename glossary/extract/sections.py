"""Splitting off a report's 名词解释 section and reading its items verbatim.

Reports append their explanations under many headings (名词解释, 有关名词解释,
《政府工作报告》名词解释, 名词、术语注释, 注释, 附件：…) and number them in many styles
(1. 1． 1、 [1] 【1】 (1) （1） ①). An item may run over several lines.
"""

from __future__ import annotations

import re

from ..model import GlossaryItem
from .forms import split_headword

_HEADING = re.compile(
    r"^(附件\s*\d*\s*[:：]?\s*)?"
    r"[^。！？；]{0,24}?"
    r"(名词|术语|词语|名词术语|名词、术语|用语)[和及、]?(术语)?(解释|注释|解读|说明|释义)"
    r"(\s*[（(][^）)]*[）)])?[:：]?$"
    r"|^[（(]?(注\s*释|注\s*解|注)[）)]?[:：]?$"
)
_ATTACHMENT_FILE = re.compile(r"\.(docx?|pdf|xlsx?|jpe?g|png)$", re.I)
_NUMBER = re.compile(
    r"^\s*(?:\d{1,3}\s*[.．、]|[\[【]\s*\d{1,3}\s*[\]】]|[(（]\s*\d{1,3}\s*[)）]|[①-⑳㉑-㉟]|[一二三四五六七八九十]{1,3}\s*[、．.])\s*"
)
_MAX_HEAD = 40  # the part before the colon is a name, not a sentence
_OPEN, _CLOSE = "（(《〈【[“‘「『", "）)》〉】]”’」』"


def split_section(text: str) -> tuple[str, str, int]:
    """Return (body, section, line number of the section's first line); section is '' if none.

    >>> body, section, line = split_section("正文。\\n\\n名词解释\\n1.“四乱”：乱占、乱采。\\n")
    >>> body, section, line
    ('正文。\\n\\n', '1.“四乱”：乱占、乱采。\\n', 4)
    """
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        if _is_heading(line.strip()):
            return text[:offset], text[offset + len(line):], number + 1
        offset += len(line)
    return text, "", 0


def _is_heading(line: str) -> bool:
    return 0 < len(line) <= 40 and bool(_HEADING.search(line)) and not _ATTACHMENT_FILE.search(line)


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
