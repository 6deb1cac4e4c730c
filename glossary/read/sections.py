"""Splitting a report's 名词解释 section off its body: the body is what the report says, the
section what it explains.

Reports append their explanations under many headings (名词解释, 有关名词解释,
《政府工作报告》名词解释, 名词、术语注释, 注释, 附件：…).
"""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"^(附件\s*\d*\s*[:：]?\s*)?"
    r"[^。！？；]{0,24}?"
    r"(名词|术语|词语|名词术语|名词、术语|用语)[和及、]?(术语)?(解释|注释|解读|说明|释义)"
    r"(\s*[（(][^）)]*[）)])?[:：]?$"
    r"|^[（(]?(注\s*释|注\s*解|注)[）)]?[:：]?$"
)
_ATTACHMENT_FILE = re.compile(r"\.(docx?|pdf|xlsx?|jpe?g|png)$", re.I)


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
