"""Report and editor text as the site shows it: escaped, on one line, cut to whole sentences.

One rule for everything that came from a report or an editor, wherever it lands: it is text,
never markup and never a URL. Markdown gets it through `escape`, HTML and the page tags (which
Material's search shows as HTML) through `escape_html`, so a report quoting `<script>` or `**`
shows it as text.
"""

from __future__ import annotations

import html
import json
import re

from ..keys import unquote

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")  # < > & are escaped as HTML
_UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")  # not spaces
_SENTENCE_END = "。！？!?"
_ELLIPSIS = "…"
_BOLD = re.compile(r"\*\*|__")  # a Markdown report's emphasis: formatting of the file, not words of the text
GLOSS_CHARS = 48  # a one-line gloss in an index: about one line of a phone screen


def plain(text: object) -> str:
    """Text on one line, without the control characters that HTML and YAML cannot hold: line
    breaks (U+2028 too) would end a Markdown block or the front matter's YAML early.

    >>> plain("a\\u2028---\\x85b\\x07c")
    'a --- bc'
    """
    return " ".join(_UNPRINTABLE.sub("", str(text)).split())


def escape_html(text: object) -> str:
    """Report or editor text as literal HTML text or attribute value.

    >>> escape_html('"><img src=x onerror=alert(1)>')
    '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'
    """
    return html.escape(plain(text), quote=True)


def escape(text: object) -> str:
    """Report or editor text as literal text in Markdown: Markdown syntax backslashed, then HTML
    escaped (in this order, so that the '#' of an entity such as &#x27; stays an entity).

    >>> escape("<script>**1.** [a](b)")
    '&lt;script&gt;\\\\*\\\\*1\\\\.\\\\*\\\\* \\\\[a\\\\]\\\\(b\\\\)'
    """
    return html.escape(_MARKDOWN_SPECIAL.sub(r"\\\1", plain(text)), quote=True)


def shorten(text: object, limit: int = GLOSS_CHARS) -> str:
    """Text cut to `limit` characters, with … where it was cut: a gloss, a meta description.

    >>> shorten("一二三四五", 3), shorten("一二三", 3)
    ('一二…', '一二三')
    """
    flat = plain(text)
    return flat if len(flat) <= limit else flat[: limit - 1] + _ELLIPSIS


def sentence(context: str, names: list[str]) -> str:
    """The whole sentences of a context snippet around the term: the snippet's cut-off ends
    dropped where a sentence ends inside it, a Markdown report's `**` left out. An end that
    the snippet cuts inside the term's own sentence keeps its …

    >>> sentence("…建南部冰雪旅居融合区。**完善城市功能。**健全“四横三纵”市政主干路网，完成永吉大桥、滨北路建设，", ["四横三纵"])
    '健全“四横三纵”市政主干路网，完成永吉大桥、滨北路建设，…'
    >>> sentence("…甲。乙说“双停”企业。丙…", ["双停"])
    '乙说“双停”企业。'
    """
    text = _BOLD.sub("", plain(context))
    found = [(text.find(n), n) for n in names if n and n in text]
    if not found:
        return text
    start, name = min(found)
    before = max(text.rfind(end, 0, start) for end in _SENTENCE_END)
    ends = [i for i in (text.find(end, start + len(name)) for end in _SENTENCE_END) if i >= 0]
    stop = min(ends) + 1 if ends else len(text)
    whole = text[before + 1:stop].strip().lstrip(_ELLIPSIS)
    if not ends and not whole.endswith(_ELLIPSIS):
        whole += _ELLIPSIS
    if before < 0 and text.startswith(_ELLIPSIS):
        whole = _ELLIPSIS + whole
    return whole


def highlight(context: str, names: list[str]) -> str:
    """A context as Markdown, escaped, with each written form of the term in <mark>: the
    leftmost form, the longest where several start there.

    >>> highlight("推动“双停”企业**盘活**", ["双停", "“双停”企业"])
    '推动<mark>“双停”企业</mark>\\\\*\\\\*盘活\\\\*\\\\*'
    """
    forms = {n for n in names if n} | {unquote(n) for n in names if n}
    forms.discard("")
    out, last = [], 0
    while True:
        found = [(start, -len(form)) for form in forms if (start := context.find(form, last)) >= 0]
        if not found:
            break
        start, length = min(found)
        out += [escape(context[last:start]), f"<mark>{escape(context[start:start - length])}</mark>"]
        last = start - length
    out.append(escape(context[last:]))
    return "".join(out)


def front_matter(**fields: object) -> list[str]:
    """A page's front matter, one line per field: JSON is YAML, and escaped text holds no line
    break. `search` takes YAML as it is (a nested mapping such as {"exclude": True})."""
    return ["---", *(f"{name}: {json.dumps(value, ensure_ascii=False)}" for name, value in fields.items()), "---", ""]
