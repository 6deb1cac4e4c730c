"""The time-and-place chart (site/chart.py): which years a term's chart spans, ticks and labels."""

import re

from glossary.site.chart import Sighting, chart

DEV_YEARS = [2001, *range(2014, 2027)]  # one report far from the others, as in the dev corpus


def seen(*years: int) -> list[Sighting]:
    return [Sighting(year, f"地{n}", 1, f"r{n}") for n, year in enumerate(years)]


def labels(html: str) -> list[int]:
    return [int(y) for y in re.findall(r'class="gc-year"[^>]*>(\d+)<', html)]


def test_a_chart_spans_its_own_years_and_the_nearest_with_reports_not_the_whole_glossarys():
    """A 2001 report in a glossary of 2014-2026 reports stretched every chart to 26 years."""
    html = chart(seen(2020, 2022), DEV_YEARS)
    assert labels(html) == [2019, 2020, 2021, 2022, 2023]
    assert html.count('class="gc-tick"') == 5


def test_a_term_of_one_year_is_shown_against_the_last_year_with_reports_before_it():
    assert labels(chart(seen(2026), DEV_YEARS)) == [2025, 2026]
    assert labels(chart(seen(2018), [2018])) == [2018]


def test_only_years_with_reports_have_a_tick_and_a_label():
    """2023 has no report: its empty column is no sign that the term was missing then."""
    html = chart(seen(2024), [2018, 2022, 2024])
    assert labels(html) == [2022, 2024] and html.count('class="gc-tick"') == 2


def test_a_long_span_labels_the_first_and_last_sighting_and_years_that_do_not_crowd_them():
    html = chart(seen(2001, 2002, 2014, 2026), [2001, 2002, *range(2014, 2027)])
    assert labels(html) == [2001, 2014, 2018, 2022, 2026]
    assert html.count('class="gc-tick"') == 15


def test_place_names_are_text_beside_an_svg_that_does_not_scale_its_text():
    html = chart(seen(2020), [2020, 2024])
    assert "viewBox" not in html and '<span class="gc-place"' in html and 'width="100%"' in html
