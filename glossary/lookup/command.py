"""What `glossary lookup` prints and the status it exits with, the one code for both ways in:
the click command (`cli.lookup`) and the plain reading of its arguments (`glossary.entry`), so
that the two cannot drift apart.

Printed with `print`, as `click.echo` prints text (click's test runner captures both); only
what the index cannot give is imported on the way: `terminal` for a query that found nothing
(its message holds the query) or a terms.yml with errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .index import lookup


def run(terms: Path, query: str, as_json: bool, limit: int) -> int:
    """Look `query` up in `terms`, print the answer and return the exit status: 1 when nothing
    matches. A terms.yml that cannot be read raises GlossaryError, for the caller to report."""
    answer = lookup(terms, query)
    if answer.warning:
        from ..terminal import shown

        _error(shown(f"warning: {answer.warning}"))
    hits = answer.hits
    if as_json:
        import json

        _print(json.dumps(hits[:limit], ensure_ascii=False, indent=2))
    elif hits:
        _print("\n\n".join(answer.printed[:limit]))
        if len(hits) > limit:
            _print(f"\n… and {len(hits) - limit} more (use --limit)")
    if hits:
        return 0
    if not as_json:
        from ..terminal import shown

        close = answer.suggestions
        _error(shown(f"no term matches '{query}'" + (f"; did you mean: {', '.join(close)}?" if close else "")))
    return 1


def _print(text: str) -> None:
    print(text, flush=True)


def _error(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
