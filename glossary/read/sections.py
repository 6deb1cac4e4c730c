"""Splitting a report's 名词解释 section off its body: the body is what the report says, the
section what it explains.

Reports append their explanations under many headings (名词解释, 有关名词解释,
《政府工作报告》名词解释, 名词、术语注释, 注释, 附件：…). The section ends where the next
attachment or table begins (附件2, 附表) or where a web page's furniture starts (责任编辑：,
相关报道：, 打印本页): what follows is not an explanation, and read as items it would glue a
table onto the last definition or turn its rows into terms.
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
# 附件2, 附件 2：2024年民生实事, 附表, 附图一: the next attachment, titled or not
_ATTACHMENT = re.compile(r"^附[件表图]\s*[0-9０-９一二三四五六七八九十]{0,3}\s*(?:[:：.．、]\s*[^。！？；]{0,40})?$")
# what a government web page puts after the article: editor, share and print links, related items
_FURNITURE = re.compile(
    r"^[【\[]?(?:相关(?:报道|新闻|链接|附件|阅读|文章|稿件)|责任编辑|编辑|扫一扫|分享到|打印本页|关闭窗口|"
    r"打印|关闭|上一篇|下一篇|返回顶部)[】\]]?\s*(?:[:：>》]|$)"
)
_BLANKS = " \t\r\n\u3000\u00a0\ufeff"
_LONGEST_END_LINE = 60


def split_section(text: str) -> tuple[str, str, int]:
    """Return (body, section, line number of the section's first line); section is '' if none.

    >>> body, section, line = split_section("正文。\\n\\n名词解释\\n1.“四乱”：乱占、乱采。\\n")
    >>> body, section, line
    ('正文。\\n\\n', '1.“四乱”：乱占、乱采。\\n', 4)
    >>> split_section("正文。\\n名词解释\\n1.“四乱”：乱占、乱采。\\n附件2\\n序号\\n")[1]
    '1.“四乱”：乱占、乱采。\\n'
    """
    lines = text.splitlines(keepends=True)
    heading = next((i for i, line in enumerate(lines) if _is_heading(line.strip(_BLANKS))), None)
    if heading is None:
        return text, "", 0
    first, end = _section_span(lines, heading + 1)
    return "".join(lines[:heading]), "".join(lines[first:end]), first + 1


def _section_span(lines: list[str], first: int) -> tuple[int, int]:
    """[first, end) of the section's lines. A list of attachments often stands under the first
    heading (附件：1.名词解释 2.民生实事清单) and the section proper follows under its own
    (附件1 / 名词解释): an attachment line that the glossary's heading follows starts it again."""
    for i in range(first, len(lines)):
        line = lines[i].strip(_BLANKS)
        if not line or len(line) > _LONGEST_END_LINE:
            continue
        if _ATTACHMENT.match(line):
            if _is_heading(line):
                return _section_span(lines, i + 1)
            following = next((j for j in range(i + 1, len(lines)) if lines[j].strip(_BLANKS)), None)
            if following is not None and _is_heading(lines[following].strip(_BLANKS)):
                return _section_span(lines, following + 1)
            return first, i
        if _FURNITURE.match(line):
            return first, i
    return first, len(lines)


def ends_section(line: str) -> bool:
    """Whether a line starts what follows a 名词解释 section: an attachment or page furniture.

    >>> ends_section("　　附件2"), ends_section("相关报道："), ends_section("附件中的表格列出了项目。")
    (True, True, False)
    """
    line = line.strip(_BLANKS)
    return len(line) <= _LONGEST_END_LINE and bool(_ATTACHMENT.match(line) or _FURNITURE.match(line))


def _is_heading(line: str) -> bool:
    return 0 < len(line) <= 40 and bool(_HEADING.search(line)) and not _ATTACHMENT_FILE.search(line)
