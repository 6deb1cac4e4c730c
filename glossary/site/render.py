"""terms.yml → the site's pages as Markdown: a pure function, no mkdocs and no disk.

`Site` holds what every page needs (the live entries in reading order, their slugs, the
reports' metadata, the URLs that link them); each kind of page is a module of its own:
`term_page` (a term, meaning first), `indexes` (A–Z and kinds, paged by letter), `reports`
(by year, by place, one per report, the terms new in each year), `home` (summary, downloads),
`chart` (a term's years and places as SVG). Escaping is `text`'s: everything that came from
a report or an editor is text, never markup, and links point at slugs (`paths`), never at a
file name or anything an editor wrote. Term pages stay out of Material's search index: the
glossary's own search index (search_index.py) finds them by what names them.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from ..model import Cited, Report, meanings
from ..store import Glossary
from . import home, indexes, reports, term_page
from .home import DOWNLOADS, HOME_INTRO, SUMMARY_MARKER
from .paths import Page, initial_letter, page_slugs, reading_order, slugs
from .related import numbered_pattern, related_terms
from .term_page import KIND_NAMES, STATUS_NAMES, kind_name
from .text import escape, escape_html, highlight, plain, sentence, shorten

__all__ = ["DOWNLOADS", "HOME_INTRO", "KIND_NAMES", "STATUS_NAMES", "SUMMARY_MARKER", "Page", "Site", "escape",
           "escape_html", "highlight", "initial_letter", "kind_name", "numbered_pattern", "plain", "related_terms",
           "sentence", "shorten", "slugs"]


class Site:
    """The pages of one glossary, with the URLs that link them."""

    def __init__(self, glossary: Glossary, texts: dict[str, Report] | None = None):
        self.reports = glossary.reports
        self.texts = texts or {}  # report id → its text, for the report pages that show it
        self.entries = sorted(glossary.live(), key=reading_order)
        self.slugs = slugs(self.entries)
        self.related = related_terms(self.entries)
        self.by_report = _terms_by_report(self.entries)
        self.report_ids = sorted(set(self.reports) | set(self.by_report))
        self.report_slugs = page_slugs(self.report_ids)
        self._glosses: dict[str, str] = {}

    def pages(self) -> list[Page]:
        """Every generated page; index.md only when the project has none of its own."""
        pages = [Page(self.term_path(e["term"]), term_page.render(self, e)) for e in self.entries]
        pages += indexes.alphabet_pages(self) + indexes.kind_pages(self)
        pages += reports.pages(self)
        pages += [Page(f"{DOWNLOADS}/index.md", home.downloads_page())]
        return pages

    def summary(self, base: str = "") -> str:
        return home.summary(self, base)

    def home_page(self) -> str:
        return home.home_page()

    def report_page(self, report_id: str) -> str:
        return reports.report_page(self, report_id)

    # paths and links ---------------------------------------------------------------

    def term_path(self, term: str) -> str:
        return f"terms/{self.slugs[term]}.md"

    def report_path(self, report_id: str) -> str:
        return f"reports/{self.report_slugs[report_id]}.md"

    def term_link(self, term: str, base: str) -> str:
        return f"[{escape(term)}]({base}{self.term_path(term)})"

    def report_link(self, report_id: str, base: str, text: str | None = None) -> str:
        return f"[{escape(text or self.report_title(report_id))}]({base}{self.report_path(report_id)})"

    # what the reports say about themselves -----------------------------------------

    def report_meta(self, report_id: str, name: str) -> object:
        return (self.reports.get(report_id) or {}).get(name)

    def report_title(self, report_id: str) -> str:
        return str(self.report_meta(report_id, "title") or report_id)

    def report_year(self, report_id: str) -> int | None:
        year = self.report_meta(report_id, "year")
        return year if isinstance(year, int) else None

    def report_label(self, report_id: str) -> str:
        """Title and year, as a reader is told which report (the year once, if the title has it)."""
        return Cited(report_id, self.report_meta(report_id, "title"), self.report_year(report_id)).label()

    def by_year(self, sources: list[dict]) -> list[dict]:
        """Source records in the order of their reports' years (undated last), then by id."""
        return sorted(sources, key=lambda s: (self.report_year(s["report"]) or 10_000, s["report"]))

    @cached_property
    def report_years(self) -> list[int]:
        """The years the glossary has reports of, in order: what a chart's time axis is made of."""
        return sorted({y for y in map(self.report_year, self.report_ids) if y is not None})

    @cached_property
    def years(self) -> tuple[int, int] | None:
        """The first and last year of the glossary's reports."""
        return (self.report_years[0], self.report_years[-1]) if self.report_years else None

    @cached_property
    def new_terms(self) -> dict[int, list[dict]]:
        """Entries by the year their earliest dated report gives, in reading order."""
        new: dict[int, list[dict]] = defaultdict(list)
        for entry in self.entries:
            years = [y for y in (self.report_year(s["report"]) for s in entry.get("sources") or []) if y is not None]
            if years:
                new[min(years)].append(entry)
        return dict(sorted(new.items()))

    def gloss(self, entry: dict) -> str:
        """A term in one line for the indexes: its first meaning, else its best sentence."""
        term = entry["term"]
        if term not in self._glosses:
            definition = meanings(entry, self.reports)[0].definition
            if not definition:
                best = term_page.best_sentences(self, entry)
                definition = f"例：{best[0][1]}" if best else ""
            self._glosses[term] = shorten(definition) if definition else ""
        return self._glosses[term]


def _terms_by_report(entries: list[dict]) -> dict[str, list[tuple[dict, dict]]]:
    """Each report's (entry, source record) pairs, in the entries' order."""
    by_report: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for entry in entries:
        for source in entry.get("sources") or []:
            by_report[source["report"]].append((entry, source))
    return dict(by_report)
