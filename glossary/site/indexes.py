"""Indexes that stay usable at tens of thousands of terms: a list of terms is one page per
initial letter, a long letter paged, every line a term with its pinyin and a one-line gloss,
in the order of whole pinyin (syllable by syllable, see paths.reading_order).

The same listing serves the A–Z index, each kind, and the terms first seen in a year.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .paths import Page, initial_letter, letter_slug, page_slugs
from .term_page import KIND_NAMES, kind_name
from .text import escape, escape_html, front_matter

Site = Any  # render.Site, whose parts these pages are: they cannot import it back

PAGE_SIZE = 200  # terms per page: ~60 KB of HTML, a few screens on a phone
ALPHABET = "a-z"
KINDS = "kinds"
HIDDEN = {"exclude": True}  # index pages stay out of search: each term is found on its own page


def alphabet_pages(site: Site) -> list[Page]:
    return listing(site, ALPHABET, "按拼音首字母", site.entries)


def kind_pages(site: Site) -> list[Page]:
    """An overview of the kinds with their letters, and a listing per kind."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for entry in site.entries:
        groups[entry.get("kind") or "other"].append(entry)
    order = [k for k in KIND_NAMES if k in groups] + sorted(k for k in groups if k not in KIND_NAMES)
    folders = page_slugs(order, "kind")
    lines = front_matter(search=HIDDEN) + ["# 按类型", ""]
    pages = []
    for kind in order:
        folder = f"{KINDS}/{folders[kind]}"
        lines += [f"## {kind_name(kind)}（{len(groups[kind])}）", "", letter_bar(groups[kind], f"{folders[kind]}/"), ""]
        shown = KIND_NAMES.get(kind) or escape_html(kind)
        pages += listing(site, folder, f"按类型 · {shown}", groups[kind], overview=False, heading=f"按类型 · {kind_name(kind)}")
    return [Page(f"{KINDS}/index.md", "\n".join(lines)), *pages]


def listing(site: Site, folder: str, title: str, entries: list[dict], overview: bool = True,
            heading: str | None = None) -> list[Page]:
    """`entries` (in reading order) as pages under `folder`: `<letter>.md`, `<letter>-2.md`, …
    and, with `overview`, an index.md with the letters, their counts and pinyin ranges.
    `title` is HTML for the page's <title>, `heading` the same as Markdown (default: `title`)."""
    pages = []
    plan = _plan(entries)
    for letter, chunks in plan.items():
        for number, chunk in enumerate(chunks, 1):
            part = f" · {_letter_name(letter)}" + (f"（{number}/{len(chunks)}）" if len(chunks) > 1 else "")
            base = "../" * (folder.count("/") + 1)
            lines = front_matter(title=title + part, search=HIDDEN) + [f"# {heading or title}{part}", ""]
            lines += [_letter_links(plan, current=letter), ""]
            if len(chunks) > 1:
                lines += [_pager(letter, chunks, number), ""]
            lines += [index_line(site, e, base) for e in chunk] + [""]
            if len(chunks) > 1 and number < len(chunks):
                lines += [f"[下一页 →]({_page_name(letter, number + 1)})", ""]
            pages.append(Page(f"{folder}/{_page_name(letter, number)}", "\n".join(lines)))
    if overview:
        lines = front_matter(title=title, search=HIDDEN) + [f"# {heading or title}", "", f"共 {len(entries)} 个词条。", ""]
        for letter, chunks in plan.items():
            count = sum(len(c) for c in chunks)
            lines.append(f"- [{_letter_name(letter)}]({_page_name(letter, 1)})：{count} 个词条，{escape(_range(chunks[0][0], chunks[-1][-1]))}")
        pages.insert(0, Page(f"{folder}/index.md", "\n".join(lines) + "\n"))
    return pages


def letter_bar(entries: list[dict], base: str = "") -> str:
    """Links to the first page of each letter the entries begin with."""
    return _letter_links(_plan(entries), current=None, base=base)


def index_line(site: Site, entry: dict, base: str) -> str:
    """A term in an index: link, pinyin, and its gloss on the same line."""
    reading = ""
    if entry.get("pinyin") and entry["pinyin"] != entry["term"]:
        reading = f' <span class="glossary-pinyin">{escape(entry["pinyin"])}</span>'
    gloss = site.gloss(entry)
    return f"- {site.term_link(entry['term'], base)}{reading}" + (f"：{escape(gloss)}" if gloss else "")


def _plan(entries: list[dict]) -> dict[str, list[list[dict]]]:
    """Entries by initial letter (A–Z, then #), each letter cut into pages of PAGE_SIZE."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        groups[initial_letter(entry)].append(entry)
    letters = sorted(groups, key=lambda g: (g == "#", g))
    return {g: [groups[g][i:i + PAGE_SIZE] for i in range(0, len(groups[g]), PAGE_SIZE)] for g in letters}


SEPARATOR = "\u00a0· "  # the dot stays with the link before it: a wrapped line never starts with one


def _letter_links(plan: dict[str, list[list[dict]]], current: str | None, base: str = "") -> str:
    return SEPARATOR.join(f"**{_letter_name(g)}**" if g == current else f"[{_letter_name(g)}]({base}{_page_name(g, 1)})"
                      for g in plan)


def _pager(letter: str, chunks: list[list[dict]], current: int) -> str:
    """The pages of one letter, each named by the pinyin it spans."""
    links = []
    for number, chunk in enumerate(chunks, 1):
        label = escape(_range(chunk[0], chunk[-1]))
        links.append(f"**{label}**" if number == current else f"[{label}]({_page_name(letter, number)})")
    return "第 " + SEPARATOR.join(links) + " 页"


def _range(first: dict, last: dict) -> str:
    """The pinyin a page spans, by its first and last term's first two syllables."""
    def start(entry: dict) -> str:
        return " ".join((entry.get("pinyin") or entry["term"]).split()[:2])
    a, b = start(first), start(last)
    return a if a == b else f"{a} — {b}"


def _page_name(letter: str, number: int) -> str:
    slug = letter_slug(letter)
    return f"{slug}.md" if number == 1 else f"{slug}-{number}.md"


def _letter_name(letter: str) -> str:
    return "0–9" if letter == "#" else letter
