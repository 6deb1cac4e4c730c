"""Text from reports and terms.yml printed in a terminal: entries described the one way lookup
and review print them, control characters made visible.

A report or an edited terms.yml can carry ESC and other control characters. Printed as they are,
they would recolour, move the cursor of or retitle the reader's terminal (ANSI escape sequences),
so `lookup` and `review` print them as visible escapes instead; line breaks and tabs stay.
"""

from __future__ import annotations

import re

from .model import DEFINED_IN, Meaning, explained_for, meanings

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(text: object) -> str:
    r"""The text with every control character but line break and tab written as \xNN.

    >>> shown("四横\x1b[31m三纵\x07\n下一行")
    '四横\\x1b[31m三纵\\x07\n下一行'
    """
    return _CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", str(text))


def describe(entry: dict, reports: dict[str, dict], most_reports: int | None = None) -> list[str]:
    """An entry as lookup and review print it, line by line: headword, pinyin and kind; written
    forms; what it means (each meaning with its reports where reports differ); the editor's note;
    then each report that uses it (the first `most_reports` of them) with what its readers are
    told. The lines are raw text: pass them through `shown` to print.

    >>> print("\\n".join(describe({"term": "四乱", "pinyin": "sì luàn", "kind": "numbered", "definition": "乱占、乱采。",
    ...     "sources": [{"report": "a", "count": 2, "definition": "乱占、乱采。", "how": "glossary", "context": "整治“四乱”"}]}, {})))
    四乱  sì luàn  [numbered]
      definition: 乱占、乱采。
      a ×2, glossary: 整治“四乱”
    """
    lines = [f"{entry['term']}  {entry.get('pinyin', '')}  [{entry.get('kind', 'other')}]"]
    if entry.get("display"):
        lines.append(f"  written: {entry['display']}")
    if entry.get("aliases"):
        lines.append(f"  also: {', '.join(entry['aliases'])}")
    lines += _meaning_lines(meanings(entry, reports), entry.get("definition"))
    if entry.get("note"):
        lines.append(f"  note: {entry['note']}")
    told = explained_for(entry, reports)
    sources = entry.get("sources") or []
    for source in sources[:most_reports]:
        lines.append(f"  {source['report']} ×{source.get('count', 0)}{_told(source, told.get(source['report']))}")
    left = len(sources) - most_reports if most_reports is not None else 0
    if left > 0:
        lines.append(f"  … and {left} more report{'s' if left > 1 else ''}")
    return lines


def _told(source: dict, meaning: Meaning | None) -> str:
    """How a report's readers learn what the term means: its own explanation, another report's
    of the same place (named), or, explained nowhere for them, the sentence that says most."""
    if source.get("how"):
        return f", {source['how']}: {source.get('context', '')}"
    if meaning is None:
        return f": {source.get('sentence') or source.get('context', '')}"
    where = "、".join(cited.label() for cited in meaning.reports) or ("" if meaning.origin == "lexicon" else "editor")
    return f", explained in {where}{DEFINED_IN.get(meaning.origin, '')}: {source.get('context', '')}"


def _meaning_lines(found: list[Meaning], definition: str | None) -> list[str]:
    """One definition, or each meaning with the reports that give it when reports differ."""
    if len(found) < 2:
        where = f" ({DEFINED_IN['lexicon']})" if definition and found and found[0].origin == "lexicon" else ""
        return [f"  definition{where}: {definition or '(none yet)'}"]
    lines = ["  meanings (they differ between reports):"]
    for meaning in found:
        where = "、".join(cited.label() for cited in meaning.reports)
        lines.append(f"  - 在{where}{DEFINED_IN[meaning.origin]}中，{meaning.form}指：{meaning.definition}")
    return lines
