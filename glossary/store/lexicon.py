"""The lexicon of national shorthand (glossary/data/lexicon.yml): what 三农, 两个维护 or 放管服
mean, said once for every report that uses them without explaining them.

A curated data file, read once and checked strictly: a broken entry is one error naming the
file and line, because a wrong definition shown on hundreds of term pages is worse than none.
An entry records the definition on a matching terms.yml entry (`lexicon:`), where it is the
meaning of last resort (see `model.meanings`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from ..errors import GlossaryError
from ..extract.counts import listed_items, numeral_total
from ..keys import key
from .yamlio import parse

LEXICON_FILE = "data/lexicon.yml"
_FIELDS = ("term", "aliases", "definition", "introduced", "items")


@dataclass(frozen=True)
class Shorthand:
    """One national term: its definition in our words, where it was first put, its items."""

    term: str
    aliases: tuple[str, ...] = ()
    definition: str | None = None
    introduced: str | None = None
    items: tuple[str, ...] = ()
    line: int = 0

    def record(self) -> dict[str, str] | None:
        """What a terms.yml entry records under `lexicon:`; None without a definition."""
        if not self.definition:
            return None
        return {"definition": self.definition, **({"introduced": self.introduced} if self.introduced else {})}


class Lexicon:
    """The entries of a lexicon file, found by any of their names."""

    def __init__(self, entries: list[Shorthand]):
        self.entries = entries
        self._by_name = {key(name): entry for entry in entries for name in (entry.term, *entry.aliases)}

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, names: list[str]) -> Shorthand | None:
        """The entry of the first name it knows (pass the headword first)."""
        by_name = self._by_name
        return next((by_name[k] for k in map(key, names) if k in by_name), None)

    def record(self, names: list[str]) -> dict[str, str] | None:
        found = self.find(names)
        return found.record() if found else None


@functools.cache
def bundled() -> Lexicon:
    """The lexicon shipped with the package."""
    text = resources.files("glossary").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    return loads(text, f"glossary/{LEXICON_FILE}")


def loads(text: str, name: str) -> Lexicon:
    """Read and check a lexicon file; the first problem is raised as `FILE:LINE: message`."""
    data = parse(text, name)
    if not isinstance(data, dict) or not isinstance(data.get("lexicon"), list):
        raise GlossaryError(f"{name}:1: a lexicon file is a mapping with a 'lexicon:' list of entries")
    entries: list[Shorthand] = []
    owner: dict[str, Shorthand] = {}
    for index, raw in enumerate(data["lexicon"]):
        entry = _entry(raw, name, getattr(raw, "line", 0) or _item_line(text, index))
        for name_key in dict.fromkeys(key(n) for n in (entry.term, *entry.aliases)):
            first = owner.setdefault(name_key, entry)
            if first is not entry:
                raise GlossaryError(f"{name}:{entry.line}: '{name_key}' is also a name of '{first.term}' (line {first.line})")
        entries.append(entry)
    return Lexicon(entries)


def _item_line(text: str, index: int) -> int:
    """The line of the index-th item of `lexicon:` when it is no mapping (only mappings know theirs)."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    items = next(value for key_node, value in root.value if key_node.value == "lexicon")
    return items.value[index].start_mark.line + 1


def _entry(raw: Any, name: str, line: int) -> Shorthand:
    if not isinstance(raw, dict):
        raise GlossaryError(f"{name}:{line}: a lexicon entry must be a mapping with 'term' and 'definition'")

    def fail(message: str) -> GlossaryError:
        return GlossaryError(f"{name}:{line}: {message}")

    unknown = [f for f in raw if f not in _FIELDS]
    if unknown:
        raise fail(f"unknown field '{unknown[0]}' (known: {', '.join(_FIELDS)})")
    term = raw.get("term")
    if not isinstance(term, str) or not term.strip():
        raise fail("entry has no 'term'")
    aliases, items = _texts(raw, "aliases", fail), _texts(raw, "items", fail)
    definition = raw.get("definition")
    if definition is not None and not (isinstance(definition, str) and definition.strip()):
        raise fail(f"the definition of '{term}' must be text")
    introduced = raw.get("introduced")
    if introduced is not None and not isinstance(introduced, (str, int)):
        raise fail(f"'introduced' of '{term}' must be text")
    _agree(term, definition, items, fail)
    for alias in aliases:  # check warns about an entry named by the alias just the same
        _agree(alias, definition, (), fail)
    return Shorthand(term.strip(), aliases, definition.strip() if definition else None,
                     str(introduced) if introduced is not None else None, items, line)


def _texts(raw: dict, field: str, fail) -> tuple[str, ...]:
    value = raw.get(field)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(f"'{field}' of '{raw['term']}' must be a list of text")
    return tuple(v.strip() for v in value)


def _agree(term: str, definition: str | None, items: tuple[str, ...], fail) -> None:
    """A numbered term's items: as many as its numeral promises, each named by the definition,
    and a definition that is a list lists that many (the check `glossary check` makes)."""
    expected = numeral_total(term)
    if items and expected is None:
        raise fail(f"'{term}' has items but no numeral that counts them")
    if items and len(items) != expected:
        raise fail(f"'{term}' promises {expected} items but lists {len(items)}")
    missing = [i for i in items if definition and i not in definition]
    if missing:
        raise fail(f"the definition of '{term}' does not name its item '{missing[0]}'")
    listed = listed_items(definition, expected)
    if expected and listed and listed != expected:
        raise fail(f"'{term}' promises {expected} items but its definition lists {listed}")
