"""When and where a term occurs, as a small chart drawn at build time: no script, no library.

One row per place, one column per year, a dot where the term occurs, larger the more often,
the first sighting marked. The place names are HTML beside an SVG of the dots; the SVG has no
viewBox and puts its columns at percentages of its width, so on a phone the plot narrows while
names, years and dots keep their size in CSS px (a scaled-down SVG made them 7 px).

Each chart spans the years that matter for its term: its own, and on either side the nearest
year the glossary has a report of, where the term was not yet or no longer seen. A tick marks
each year with reports, so an empty column of a year without any is not read as the term's
absence. One report from 2001 in a glossary of 2014–2026 reports would otherwise squeeze every
term's dots into a few columns of a 26-year axis. The caption gives the term's span in words.

Colours and sizes come from the site's CSS (classes `gc-*`), so the chart follows Material's
light and dark schemes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .text import escape_html

ROW = 22  # px per place: room for the largest dot and a line of 13 px text (glossary.css)
AXIS = 20  # px below the rows for the year labels
LABEL_GAP = 0.15  # least distance of two year labels, as a share of the axis: ~37 px on a phone
MAX_ROWS = 8  # places shown one per row; the rest share a row, so a chart stays small
PLACE_CHARS = 7
UNKNOWN_PLACE = "地区不详"


@dataclass(frozen=True)
class Sighting:
    """A report in which the term occurs: its year, place, how often, and its label."""

    year: int
    place: str
    count: int
    report: str


def first_seen(sightings: list[Sighting]) -> Sighting | None:
    """The earliest sighting (several in one year: the one with most occurrences)."""
    return min(sightings, key=lambda s: (s.year, -s.count, s.place), default=None)


def axis(sightings: list[Sighting], report_years: list[int]) -> tuple[int, int]:
    """The first and last year of a term's chart: its own years, widened to the nearest year
    with reports before and after them (`report_years`, in order).

    >>> sighting = lambda year: Sighting(year, "", 1, "")
    >>> axis([sighting(2020), sighting(2022)], [2001, 2018, 2020, 2022, 2026])
    (2018, 2026)
    >>> axis([sighting(2024)], [2018, 2022, 2024]), axis([sighting(2018)], [2018])
    ((2022, 2024), (2018, 2018))
    """
    first, last = min(s.year for s in sightings), max(s.year for s in sightings)
    before = [y for y in report_years if y < first]
    after = [y for y in report_years if y > last]
    return (before[-1] if before else first), (after[0] if after else last)


def chart(sightings: list[Sighting], report_years: list[int]) -> str:
    """The chart of a term's sightings (HTML and SVG) among the years the glossary has reports
    of (`report_years`, in order); "" without sightings.

    >>> html = chart([Sighting(2014, "龙岗区", 2, "a"), Sighting(2016, "<b>", 1, "b")], [2001, 2014, 2016])
    >>> html.count("<circle"), "&lt;b&gt;" in html, "<b>" in html, "viewBox" in html
    (2, True, False, False)
    """
    if not sightings:
        return ""
    first_year, last_year = axis(sightings, report_years)
    columns = last_year - first_year + 1
    rows = _rows(sightings)
    first = first_seen(sightings)

    def x(year: int) -> str:
        return f"{(year - first_year + 0.5) / columns * 100:.2f}%"

    places, plot = [], []
    for n, (place, found) in enumerate(rows):
        middle = ROW * n + ROW / 2
        places.append(f'<span class="gc-place" title="{escape_html(place)}">{escape_html(_short(place))}</span>')
        plot.append(f'<line class="gc-grid" x1="0" x2="100%" y1="{middle:g}" y2="{middle:g}"/>')
        for year, count, reports in _by_year(found):
            mark = "gc-dot gc-first" if first and year == first.year and first.report in reports else "gc-dot"
            radius = 3 + min(count, 8) * 0.5
            tip = f"{year} 年 {place}：{count} 次（{'、'.join(reports)}）"
            plot.append(f'<circle class="{mark}" cx="{x(year)}" cy="{middle:g}" r="{radius:.1f}">'
                        f'<title>{escape_html(tip)}</title></circle>')
    height = ROW * len(rows) + AXIS
    read = [y for y in report_years if first_year <= y <= last_year]
    plot += [f'<line class="gc-tick" x1="{x(year)}" x2="{x(year)}" y1="{ROW * len(rows)}" y2="{ROW * len(rows) + 4}"/>'
             for year in read]  # the years with reports, labelled or not
    for year in _labelled_years(first_year, last_year, read, sightings, first):
        plot.append(f'<text class="gc-year" x="{x(year)}" y="{height - 5}" text-anchor="middle">{year}</text>')
    return (f'<div class="glossary-chart" role="img" aria-label="{escape_html(_summary(sightings))}">'
            f'<div class="gc-places" aria-hidden="true">{"".join(places)}</div>'
            f'<svg class="gc-plot" width="100%" height="{height}" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">'
            f'{"".join(plot)}</svg></div>')


def _rows(sightings: list[Sighting]) -> list[tuple[str, list[Sighting]]]:
    """Places in the order the term reached them; beyond MAX_ROWS the rest share one row."""
    by_place: dict[str, list[Sighting]] = defaultdict(list)
    for s in sightings:
        by_place[s.place or UNKNOWN_PLACE].append(s)
    order = sorted(by_place, key=lambda p: (min(s.year for s in by_place[p]), p))
    if len(order) <= MAX_ROWS:
        return [(p, by_place[p]) for p in order]
    shown, rest = order[: MAX_ROWS - 1], order[MAX_ROWS - 1:]
    return [(p, by_place[p]) for p in shown] + [(f"其他 {len(rest)} 地", [s for p in rest for s in by_place[p]])]


def _by_year(found: list[Sighting]) -> list[tuple[int, int, list[str]]]:
    """A row's sightings merged per year: (year, occurrences, reports)."""
    merged: dict[int, tuple[int, list[str]]] = {}
    for s in sorted(found, key=lambda s: (s.year, s.report)):
        count, reports = merged.get(s.year, (0, []))
        merged[s.year] = (count + s.count, [*reports, s.report])
    return [(year, count, reports) for year, (count, reports) in sorted(merged.items())]


def _labelled_years(first: int, last: int, read: list[int], sightings: list[Sighting], seen: Sighting | None) -> list[int]:
    """Years with reports (`read`) to label: the first sighting, the last, the ends of the axis,
    the other years of a sighting, then the other years with reports, each only if it keeps
    LABEL_GAP of the axis from those before (on a short axis every one does).

    >>> _labelled_years(2013, 2026, list(range(2013, 2027)), [Sighting(y, "", 1, "") for y in (2014, 2020, 2025)], Sighting(2014, "", 1, ""))
    [2014, 2017, 2020, 2025]
    >>> _labelled_years(2018, 2024, [2018, 2022, 2024], [Sighting(2024, "", 1, "")], Sighting(2024, "", 1, ""))
    [2018, 2022, 2024]
    """
    columns = last - first + 1
    seen_in = sorted({s.year for s in sightings})
    wanted = [*([seen.year] if seen else []), seen_in[-1], first, last, *seen_in, *read]
    chosen: list[int] = []
    for year in wanted:  # all years with reports: a term is seen in those, and the axis ends at them
        if year not in chosen and (columns <= 1 / LABEL_GAP or all(abs(year - other) >= LABEL_GAP * columns for other in chosen)):
            chosen.append(year)
    return sorted(chosen)


def _short(place: str) -> str:
    return place if len(place) <= PLACE_CHARS else place[: PLACE_CHARS - 1] + "…"


def _summary(sightings: list[Sighting]) -> str:
    """The chart in words, for screen readers."""
    years = sorted({s.year for s in sightings})
    places = sorted({s.place or UNKNOWN_PLACE for s in sightings})
    span = f"{years[0]} 年" if len(years) == 1 else f"{years[0]}—{years[-1]} 年"
    return f"{span}，{len(places)} 个地区：{'、'.join(places[:10])}{'等' if len(places) > 10 else ''}"
