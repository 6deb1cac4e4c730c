"""Normalising report text: remove what carries no meaning, keep every character that does.

Reports copied from web pages and PDFs carry CRLF, full-width spaces, spaces inside
Chinese runs (``2023 年``) and sentences cut by page breaks (``党员干\\n\\n部带头``).
Extraction and the verbatim definitions both want the text as the author wrote it.
"""

from __future__ import annotations

import re

from .sections import ends_section

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = "\u3000-\u303f\uff00-\uffef“”‘’—…·"
_SPACES = "[ \t\u00a0\u2002-\u200b\u3000\ufeff]"

# a space between two characters of which one is Chinese and the other Chinese or a digit
_INNER_SPACE = re.compile(
    rf"(?<=[{HAN}{CJK_PUNCT}0-9]){_SPACES}+(?=[{HAN}{CJK_PUNCT}])|(?<=[{HAN}{CJK_PUNCT}]){_SPACES}+(?=[0-9])"
)
_ITEM_START = re.compile(r"\s*(\d+\s*[.．、]|[\[【(（]\s*\d+\s*[\]】)）]|[①-⑳]|[一二三四五六七八九十]+[、．.]|——|附件|[（(][一二三四五六七八九十]+[)）])")
_SENTENCE_END = "。！？；：!?;:）)」』”"
_BROKEN_LINE_MIN = 30  # a page break leaves a long line cut short; short lines are titles and names
_LONGEST_HEADING = 40  # characters of a point's heading line


def normalize(text: str) -> str:
    """Return report text with meaningless whitespace and page-break line cuts removed.

    >>> normalize("2023 年，创新4项保障机制。党员干部带头移风易俗“头雁”机制、党员干\\r\\n\\r\\n部带头")
    '2023年，创新4项保障机制。党员干部带头移风易俗“头雁”机制、党员干部带头\\n'
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [_INNER_SPACE.sub("", line).strip(" \t\u00a0\u3000\ufeff") for line in text.split("\n")]
    return "\n".join(_join_broken_lines(lines)).rstrip("\n") + "\n"


def _join_broken_lines(lines: list[str]) -> list[str]:
    """Join a long line that stops mid-sentence with the next non-blank line."""
    out: list[str] = []
    pending_blank = 0
    for line in lines:
        if not line:
            pending_blank += 1
            continue
        if out and _cut_mid_sentence(out[-1], line):
            out[-1] += line
        else:
            out.extend([""] * pending_blank)
            out.append(line)
        pending_blank = 0
    return out


def _cut_mid_sentence(previous: str, line: str) -> bool:
    return (
        len(previous) >= _BROKEN_LINE_MIN
        and re.match(f"[{HAN}]", previous[-1]) is not None
        and re.match(f"[{HAN}]", line[0]) is not None
        and not _ITEM_START.match(line)
        and not ends_section(line)  # 附表 or 相关报道： after a last definition left without its 。
        and not _is_heading(previous)
    )


def _is_heading(line: str) -> bool:
    """（二）突出发展高度提升，着力把握定位高端，不断增强核心竞争力: a short line opening with a
    point's marker is a heading, which ends without punctuation by the genre's habit, not a
    sentence a page break cut (the paragraph under it starts on the next line)."""
    return len(line) <= _LONGEST_HEADING and _ITEM_START.match(line) is not None
