"""Report text out of the formats governments publish: web pages (.html, .htm) and Word (.docx).

Standard library only: html.parser for pages, zipfile and ElementTree for Word files.
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree

from .text import HAN

_SKIPPED = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "select", "button",
            "iframe", "svg", "template", "head"}
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table",
           "blockquote", "pre", "dd", "dt", "td"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
_ARTICLE = re.compile(r"article|content|zoom|trs_editor|detail|main|text|body", re.IGNORECASE)
_HAN = re.compile(f"[{HAN}]")
_ENOUGH = 200  # Chinese characters: a region with fewer is a teaser, not the article
_NEARLY_ALL = 0.8
_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class _PageText(HTMLParser):
    """Collects the page's text and, separately, the text of each region that looks like the
    article (<article>, or an element whose id or class says content, article, zoom …)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, int | None]] = []
        self.skipping = 0
        self.page: list[str] = []
        self.regions: list[list[str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS:
            self._write("\n")
        if tag in _VOID:
            return
        names = " ".join(v or "" for k, v in attrs if k in ("id", "class"))
        region = None
        if not self.skipping and (tag == "article" or _ARTICLE.search(names)):
            region = len(self.regions)
            self.regions.append([])
        self.stack.append((tag, region))
        if tag in _SKIPPED:
            self.skipping += 1

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag in _SKIPPED:
                self.skipping -= 1
            if open_tag == tag:
                break
        if tag in _BLOCKS:
            self._write("\n")

    def handle_data(self, data):
        if not self.skipping:
            self._write(data)

    def _write(self, text: str) -> None:
        self.page.append(text)
        for _, region in self.stack:
            if region is not None:
                self.regions[region].append(text)


def html_text(markup: str) -> str:
    """The article of a web page as plain text, one block per line; navigation, scripts and
    styles left out. The tightest region that looks like the article and holds nearly all of
its text wins, else the whole page.

    >>> html_text("<nav>首页</nav><div class='content'><p>推进“四横三纵”建设。</p></div><script>x()</script>").strip()
    '推进“四横三纵”建设。'
    """
    parser = _PageText()
    parser.feed(markup)
    parser.close()
    counts = [(_han_count(r), len("".join(r)), r) for r in parser.regions]
    most = max((c for c, _, _ in counts), default=0)
    # the tightest region holding nearly all the article: not the wrapper with the sidebars too
    tight = min((r for r in counts if r[0] >= _NEARLY_ALL * most), key=lambda r: r[1], default=(0, 0, []))
    chosen = tight[2] if most >= _ENOUGH or (most and most == _han_count(parser.page)) else parser.page
    lines = (" ".join(line.split()) for line in "".join(chosen).splitlines())
    return "\n".join(line for line in lines if line)


def _han_count(parts: list[str]) -> int:
    return sum(len(_HAN.findall(p)) for p in parts)


def docx_text(data: bytes) -> str:
    """The paragraphs of a Word document, one per line. Raises ValueError for a broken file."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise ValueError("not a Word .docx file (no word/document.xml inside)") from exc
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise ValueError(f"broken Word XML: {exc}") from exc
    paragraphs = []
    for paragraph in root.iter(f"{_WORD}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_WORD}t":
                parts.append(node.text or "")
            elif node.tag == f"{_WORD}tab":
                parts.append("\t")
            elif node.tag in (f"{_WORD}br", f"{_WORD}cr"):
                parts.append("\n")
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)
