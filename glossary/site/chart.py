"""When and where a term occurs, as a small SVG drawn at build time: no script, no library.

One row per place, one column per year of the whole glossary (every term's chart has the same
time axis, so two pages compare at a glance), a dot where the term occurs, larger the more
often, the first sighting marked. Colours come from the site's CSS (classes `gc-*`), so the
chart follows Material's light and dark schemes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .text import escape_html

PLOT_WIDTH = 480  # px of the year axis: 18 years of the development reports at ~26 px each
LABEL_WIDTH = 100  # px for a place name of up to 7 characters at 12 px
ROW = 20  # px per place: room for the largest dot
AXIS = 22  # px below the rows for the year labels
MARGIN = 18  # px right of the last year: room for half its label
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


def chart(sightings: list[Sighting], years: tuple[int, int]) -> str:
    """The SVG of a term's sightings on the axis `years` (first, last); "" without sightings.

    >>> svg = chart([Sighting(2014, "龙岗区", 2, "a"), Sighting(2016, "<b>", 1, "b")], (2014, 2016))
    >>> svg.count("<circle"), "&lt;b&gt;" in svg, "<b>" in svg
    (2, True, False)
    """
    if not sightings:
        return ""
    first_year, last_year = min(years[0], *(s.year for s in sightings)), max(years[1], *(s.year for s in sightings))
    column = PLOT_WIDTH / (last_year - first_year + 1)
    rows = _rows(sightings)
    height = ROW * len(rows) + AXIS
    width = LABEL_WIDTH + PLOT_WIDTH + MARGIN

    def x(year: int) -> float:
        return LABEL_WIDTH + (year - first_year + 0.5) * column

    first = first_seen(sightings)
    parts = [f'<svg class="glossary-chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'role="img" aria-label="{escape_html(_summary(sightings))}" xmlns="http://www.w3.org/2000/svg">']
    for n, (place, found) in enumerate(rows):
        middle = ROW * n + ROW / 2
        parts.append(f'<line class="gc-grid" x1="{LABEL_WIDTH}" x2="{LABEL_WIDTH + PLOT_WIDTH}" y1="{middle:g}" y2="{middle:g}"/>')
        parts.append(f'<text class="gc-place" x="{LABEL_WIDTH - 6}" y="{middle + 4:g}" text-anchor="end">'
                     f'{escape_html(_short(place))}</text>')
        for year, count, reports in _by_year(found):
            mark = "gc-dot gc-first" if first and year == first.year and first.report in reports else "gc-dot"
            radius = 3 + min(count, 8) * 0.6
            tip = f"{year} 年 {place}：{count} 次（{'、'.join(reports)}）"
            parts.append(f'<circle class="{mark}" cx="{x(year):.1f}" cy="{middle:g}" r="{radius:.1f}">'
                         f'<title>{escape_html(tip)}</title></circle>')
    for year in _labelled_years(first_year, last_year, first.year if first else None):
        parts.append(f'<text class="gc-year" x="{x(year):.1f}" y="{height - 6}" text-anchor="middle">{year}</text>')
    parts.append("</svg>")
    return "".join(parts)


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


def _labelled_years(first: int, last: int, seen: int | None) -> list[int]:
    """The ends of the axis and the year of the first sighting, unless it crowds an end."""
    years = {first, last}
    if seen is not None and all(abs(seen - y) >= 3 for y in years):
        years.add(seen)
    return sorted(years)


def _short(place: str) -> str:
    return place if len(place) <= PLACE_CHARS else place[: PLACE_CHARS - 1] + "…"


def _summary(sightings: list[Sighting]) -> str:
    """The chart in words, for screen readers."""
    years = sorted({s.year for s in sightings})
    places = sorted({s.place or UNKNOWN_PLACE for s in sightings})
    span = f"{years[0]} 年" if len(years) == 1 else f"{years[0]}—{years[-1]} 年"
    return f"{span}，{len(places)} 个地区：{'、'.join(places[:10])}{'等' if len(places) > 10 else ''}"
