"""Where each page lives: stable slugs of letters, digits and '-', never a file name or
anything an editor wrote, and the A–Z letter a term is filed under."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from ..keys import key, pinyin, toneless

INDEX_NAMES = ("index", "readme")  # mkdocs takes index.md and README.md for the folder's page
_SLUG_BYTES = 120  # a page is a folder of that name: file systems allow 255 bytes


@dataclass(frozen=True)
class Page:
    """One generated page: where it lives in the docs tree and its Markdown."""

    path: str
    markdown: str


def page_slugs(names: list[str], fallback: str = "report") -> dict[str, str]:
    """A page name per name (a report's file name, an editor's kind, whatever an editor wrote):
    its letters and digits joined by '-', lower case (two pages differing in case would be one
    on a case-insensitive disk), never a name mkdocs takes for a folder's index page.

    Names that are their own slug keep it; the others take the next free number.

    >>> ids = ["2024-jilin", "../2024 Jilin", "a)<img src=x>(b", "index"]
    >>> [page_slugs(ids)[i] for i in ids]
    ['2024-jilin', '2024-jilin-2', 'a-img-src-x-b', 'index-2']
    """
    wanted = {name: _slug(name, r"[^\w-]+", fallback) for name in names}
    taken = set(INDEX_NAMES)
    result = {}
    for name in sorted(names, key=lambda r: (wanted[r] != r, r)):
        slug, n = wanted[name], 1
        while slug in taken:
            n += 1
            slug = f"{wanted[name]}-{n}"
        taken.add(slug)
        result[name] = slug
    return result


def _slug(text: str, unsafe: str, empty: str) -> str:
    """Text as a page name: runs of `unsafe` characters as '-', lower case, short enough for
    any file system."""
    slug = re.sub(unsafe, "-", unicodedata.normalize("NFKC", text).lower()).strip("-")
    slug = slug.encode("utf-8")[:_SLUG_BYTES].decode("utf-8", errors="ignore").rstrip("-")
    return slug or empty


def slugs(entries: list[dict]) -> dict[str, str]:
    """A stable URL slug per term: its toneless pinyin by syllable (si-heng-san-zong).

    Terms that read alike get the slug in order of the terms themselves, the later ones with a
    number: adding an unrelated term never moves a page.
    """
    by_slug: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        by_slug[_slug_text(entry)].append(entry["term"])
    result = {}
    for slug, terms in by_slug.items():
        for n, term in enumerate(sorted(terms)):
            result[term] = slug if n == 0 else f"{slug}-{n + 1}"
    return result


def _slug_text(entry: dict) -> str:
    text = unicodedata.normalize("NFKD", (entry.get("pinyin") or entry["term"]).replace("ü", "v"))
    return _slug("".join(ch for ch in text if not unicodedata.combining(ch)), r"[^a-z0-9]+", "term")


def reading_order(entry: dict) -> tuple:
    """How a reader expects a dictionary sorted: syllable by syllable, so every term that
    begins with 八 (ba) comes before those with 百 (bai), then by tone, then the term.

    >>> names = [("八大", "bā dà"), ("百城", "bǎi chéng"), ("八同三联", "bā tóng sān lián")]
    >>> [t for t, _ in sorted(names, key=lambda n: reading_order({"term": n[0], "pinyin": n[1]}))]
    ['八大', '八同三联', '百城']
    """
    reading = entry.get("pinyin") or pinyin(entry["term"])
    syllables = tuple(toneless(s) for s in reading.split()) or (key(entry["term"]),)
    return (syllables, reading, entry["term"])


def initial_letter(entry: dict) -> str:
    """The A–Z heading a term is listed under (an entry without pinyin by the reading pypinyin
    gives); terms that start with a digit go under #."""
    first = toneless(entry.get("pinyin") or pinyin(entry["term"]))[:1].upper()
    return first if "A" <= first <= "Z" else "#"


def letter_slug(letter: str) -> str:
    """A letter's page name: a–z, and `0-9` for the terms filed under #."""
    return "0-9" if letter == "#" else letter.lower()
