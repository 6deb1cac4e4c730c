"""How sure the evidence makes us that an extracted entry is a real term: review order.

Each reason is a habit of the genre. A report puts its coinages in quotation marks; numbered
formulas (四横三纵) are almost always terms; a term used by several reports, or explained by
one, is established; an everyday dictionary word in quotation marks (城市更新) is the usual
false positive.
"""

from __future__ import annotations

from .language import word_frequency
from .model import written_quoted

# Review order, not a probability. Any two of the three strong signs (quoted, numbered, defined)
# make an entry nearly sure (0.6 and more); one alone leaves it doubtful. Each further report
# adds 0.1, at most 0.3: as much as one strong sign. An everyday word cancels its quotation
# marks, so a quoted “城市更新” scores 0 and comes first.
_WEIGHTS = {"quoted": 0.3, "numbered": 0.3, "reports": 0.1, "defined": 0.3, "dictionary word": -0.3}
_MOST_REPORTS = 3


def reasons(entry: dict) -> dict[str, float]:
    """The evidence for and against an entry, each with its weight: the extractors' verdicts as
    the entry records them (its kind; quotation marks kept on its written forms)."""
    sources = entry.get("sources") or []
    found = {
        "quoted": any(written_quoted(s) for s in sources),
        "numbered": entry.get("kind") == "numbered",
        "defined": bool(entry.get("definition")),
        "dictionary word": word_frequency(entry["term"]) > 0,
    }
    weights = {name: _WEIGHTS[name] for name, present in found.items() if present}
    if len(sources) > 1:
        weights["reports"] = _WEIGHTS["reports"] * min(len(sources) - 1, _MOST_REPORTS)
    return weights


def confidence(entry: dict) -> float:
    """A score from 0 (doubtful) to 1 (sure).

    >>> confidence({"term": "四横三纵", "kind": "numbered", "definition": "…", "sources": [{"report": "a", "forms": ["“四横三纵”"]}]})
    0.9
    >>> confidence({"term": "城市更新", "sources": [{"report": "a", "forms": ["“城市更新”"]}]})
    0.0
    """
    return round(min(1.0, max(0.0, sum(reasons(entry).values()))), 2)
