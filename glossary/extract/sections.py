"""The 名词解释 extractor: a report's own explanations, each item read verbatim.

Reports number their items in many styles (1. 1． 1、 [1] 【1】 ［1］ [1]. (1) （1） ①, full-width
digits, or a bare number stuck to the headword: 20“一件事”); an item may run over several
lines. `read.sections` has already split the section off the body.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ..keys import key, unquote
from ..model import GlossaryItem, Report
from .forms import split_headword

# matched on the line with full-width digits and brackets folded to half width: ［１］ is [1]
_NUMBER = re.compile(
    r"^\s*(?:(?P<dotted>\d{1,3})\s*[.。、]|\[\s*(?P<bracketed>\d{1,3})\s*\][.。、]?|【\s*(?P<boxed>\d{1,3})\s*】[.。、]?"
    r"|\(\s*(?P<parenthesised>\d{1,3})\s*\)|[①-⑳㉑-㉟]|[一二三四五六七八九十]{1,3}\s*[、.])\s*"
)
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟"
_BARE_NUMBER = re.compile(r"^\s*(\d{1,3})(?=[“\"「『《〈\u4e00-\u9fff])")  # 20“一件事”：… — an item only where 20 comes next
# a page reference the editor left on the headword: 术语（P4）, 术语(p.12), 术语（第4页）
_PAGE = re.compile(r"\s*[(（]\s*(?:[Pp]\.?\s*\d+(?:\s*[-–—~]\s*\d+)?|第\s*\d+\s*页)\s*[)）]\s*$")
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』]+)[”\"」』]")
_MAX_HEAD = 40  # the part before the colon is a name, not a sentence
_OPEN, _CLOSE = "（(《〈【[“‘「『", "）)》〉】]”’」』"


def parse_items(section: str, first_line: int = 1) -> list[GlossaryItem]:
    """Read the items of a 名词解释 section; lines without a number continue the item above.

    >>> [(i.term, i.display, i.definition) for i in parse_items("①林长制“7+X”制度：档案管理制度、\\n巡林制度。")]
    [('7+X', '林长制“7+X”制度', '档案管理制度、巡林制度。')]
    """
    chunks: list[tuple[int, str]] = []
    numbered = None  # a numbered section continues items on unnumbered lines; an unnumbered one cannot
    last = 0  # the number of the item above, when it had one
    for number, line in enumerate(section.splitlines(), start=first_line):
        line = line.strip()
        if not line:
            continue
        mark, value = _item_number(line, last + 1)
        if numbered is None:
            numbered = mark > 0
        starts_item = mark > 0 if numbered else _colon(line) is not None
        if starts_item or not chunks:
            chunks.append((number, line[mark:].lstrip() if numbered else line))
            last = value or 0
        else:
            chunks[-1] = (chunks[-1][0], chunks[-1][1] + line)
    return _named_apart([item for number, chunk in chunks if (item := _item(chunk, number)) is not None])


def _item_number(line: str, expected: int) -> tuple[int, int | None]:
    """Length of the item number that opens a line (0 if none) and its value when it has one.

    Widths are folded first (［１］ is [1]). A bare number stuck to the headword (20“一件事”：) is
    an item number only when it is the one that comes next and a headword follows: a line that
    continues a definition may well begin with a figure.

    >>> _item_number("［12］.“四乱”：", 12), _item_number("20“一件事”：整治。", 20), _item_number("2024年完成。", 20)
    ((5, 12), (2, 20), (0, None))
    """
    folded = line.translate(_HALF_WIDTH)
    match = _NUMBER.match(folded)
    if match:
        digits = next((d for d in match.group("dotted", "bracketed", "boxed", "parenthesised") if d), None)
        circled = folded.lstrip()[:1]
        value = int(digits) if digits else _CIRCLED.index(circled) + 1 if circled in _CIRCLED else None
        return match.end(), value
    bare = _BARE_NUMBER.match(folded)
    if bare and int(bare.group(1)) == expected and _colon(line[bare.end():]) is not None:
        return bare.end(), expected
    return 0, None


def _item(chunk: str, line: int) -> GlossaryItem | None:
    colon = _colon(chunk)
    if colon is None:
        return None
    head, definition = _visible(chunk[:colon]).strip(), _visible(chunk[colon + 1:]).strip()
    head = _PAGE.sub("", head)
    if not head or not definition:
        return None
    parts = tuple(_QUOTED.findall(head))
    if len(parts) > 1:  # “三压减”、“一提高”, “一单制”“一箱制”: one item, several terms
        return GlossaryItem(unquote(re.sub(r"”\s*“", "”、“", head)), head, definition, line, parts)
    term, display = split_headword(head)
    return GlossaryItem(term=term, display=display, definition=definition, line=line)


def _named_apart(items: list[GlossaryItem]) -> list[GlossaryItem]:
    """Items that share a quoted core under different head nouns (安全管理“1+3”文件,
    社区换届“1+3”方案) explain different things: each is named by its whole written form, so
    neither definition is lost to the other.

    >>> [i.term for i in _named_apart(parse_items("1.城区安全“1+3”文件：甲。\\n2.产业“1+3”文件：乙。\\n3.“四乱”：丙。"))]
    ['城区安全1+3文件', '产业1+3文件', '四乱']
    """
    heads: dict[str, set[str]] = {}
    for item in items:
        heads.setdefault(key(item.term), set()).add(key(item.display or item.term))
    return [replace(item, term=unquote(item.display)) if item.display and not item.parts and len(heads[key(item.term)]) > 1
            else item for item in items]


def _visible(text: str) -> str:
    """The text without invisible characters (zero-width spaces and joiners, soft hyphens,
    direction marks, control characters) that pages copied from the web carry: a definition
    is quoted verbatim, and these are no part of what the report says."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf" and (ch.isspace() or unicodedata.category(ch) != "Cc"))


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
