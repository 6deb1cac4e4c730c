"""Finding a glossary's terms in a report's text, for the report pages that mark them.

Markdown's `abbr` extension cannot do this for Chinese: it marks whole words between spaces, and
Chinese prose has none. Here the written forms are found by one scan that takes, at each place,
the longest form starting there (两不愁三保障 wins over 三保障, which it contains). Rendering the
pieces (escaping, links, glosses) is `render`'s job.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator


class Forms:
    """Written forms grouped by their first character, longest first: the scan tries only the
    forms that can start where it stands, so a report is marked in one pass whatever the
    glossary's size."""

    def __init__(self, forms: Iterable[str]):
        self._by_first: dict[str, list[str]] = defaultdict(list)
        for form in dict.fromkeys(f for f in forms if f):
            self._by_first[form[0]].append(form)
        for group in self._by_first.values():
            group.sort(key=len, reverse=True)

    def longest_at(self, text: str, position: int) -> str | None:
        return next((f for f in self._by_first.get(text[position], ()) if text.startswith(f, position)), None)


def pieces(text: str, forms: Forms) -> Iterator[tuple[str, bool]]:
    """The text cut into (piece, is_term) pairs, leftmost and longest terms first.

    >>> list(pieces("实现两不愁三保障。", Forms(["三保障", "两不愁三保障"])))
    [('实现', False), ('两不愁三保障', True), ('。', False)]
    """
    plain_from = position = 0
    while position < len(text):
        form = forms.longest_at(text, position)
        if form is None:
            position += 1
            continue
        if position > plain_from:
            yield text[plain_from:position], False
        yield form, True
        position = plain_from = position + len(form)
    if plain_from < len(text):
        yield text[plain_from:], False
