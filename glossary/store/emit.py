"""terms.yml's entries written straight to text: the very bytes `yamlio.dump` gives, without
building a YAML node for every value.

PyYAML represents each value as a node, resolves its tag and analyses it character by character
before an emitter (libyaml's or its own) writes it: most of the time a save takes, though the
entries of terms.yml are a few shapes of mapping holding one-line text. Those are written here
by the rules PyYAML's emitter applies to them (plain where YAML reads the text back as that
text, else single-quoted); an entry with anything else (a line break, a control character, a
character beyond the BMP, an empty list, null, an unusual key) is written by `dump`.
"""

from __future__ import annotations

import re

import yaml

from .yamlio import Located, dump, flow

_FLOW = type(flow([]))
_MAPPINGS = (dict, Located)

# One line of printable characters of the BMP: no line break, tab, control or byte order mark
_ONE_LINE = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]+")
# What stops PyYAML writing such a line plain in a block: a space at either end, an indicator
# first (“- ”, “? ”, “: ” or alone), a document marker, “: ” or a final “:”, “ #”
_NOT_BLOCK_PLAIN = re.compile(r"\A(?:[\x20#,\[\]{}&*!|>'\"%@`]|[-?:](?:\x20|\Z)|---|\.\.\.)|\x20\Z|.:(?:\x20|\Z)|\x20#")
_NOT_FLOW_PLAIN = re.compile(r"[,?\[\]{}:]")  # and in a flow list ([a, b]) none of these
_LONGEST_KEY = 100  # PyYAML writes a key of 128 characters or more `? key`
_LONGEST = 100_000  # characters of text beyond which PyYAML might fold its line: left to it
_RESOLVERS = yaml.SafeDumper.yaml_implicit_resolvers  # first character → tags plain text could read as


def _plain_at_once(unsafe: str) -> re.Pattern:
    """The text `_scalar` writes plain, told by one match: printable characters of one line
    without a space, “:” or “#” (nor any of `unsafe`), the first of them no indicator and none
    that starts a number, date, boolean or null (a resolver's first character). Most text of an
    entry is that (Chinese, report ids), and needs no other check."""
    ascii_ = [chr(c) for c in range(0x21, 0x7F) if chr(c) not in ":#" + unsafe]
    first = "".join(re.escape(c) for c in ascii_ if c not in _INDICATORS and c not in _RESOLVERS)
    rest = "".join(map(re.escape, ascii_))
    return re.compile(f"[{first}{_BEYOND_ASCII}][{rest}{_BEYOND_ASCII}]*")


_BEYOND_ASCII = "\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"  # as in _ONE_LINE
_INDICATORS = "#,[]{}&*!|>'\"%@`-?:."  # what a first character that is not plain can be (_NOT_BLOCK_PLAIN)
_PLAIN_IN_BLOCK = _plain_at_once("")
_PLAIN_IN_FLOW = _plain_at_once(",?[]{}")


_PLAIN_KEYS: set[str] = set()  # keys seen written plain (a few field names)


class _Unusual(Exception):
    """A value not written here: its entry is left to `dump`."""


def terms_block(terms: list[dict]) -> str:
    """The text of `dump({"terms": terms})`: each entry written here when it can be, else by `dump`."""
    if not terms:
        return dump({"terms": terms})
    parts = ["terms:\n"]
    for entry in terms:
        lines: list[str] = []
        try:
            _mapping(entry, "- ", "  ", lines)
            parts += lines
        except _Unusual:
            parts.append(dump({"terms": [entry]}).removeprefix("terms:\n"))
    return "".join(parts)


def _mapping(mapping: dict, first: str, indent: str, lines: list[str]) -> None:
    """A block mapping whose first line starts with `first` (the "- " of a list item) and the
    others with `indent`."""
    if type(mapping) not in _MAPPINGS or not mapping:
        raise _Unusual
    lead = first
    for name, value in mapping.items():
        if name not in _PLAIN_KEYS:
            if not isinstance(name, str) or len(name) > _LONGEST_KEY or _scalar(name, flow=False) != name:
                raise _Unusual
            _PLAIN_KEYS.add(name)
        kind = type(value)
        if kind is str:
            lines.append(f"{lead}{name}: {_scalar(value, flow=False)}\n")
        elif kind is int:
            lines.append(f"{lead}{name}: {value}\n")
        elif kind is _FLOW and value and all(type(item) is str for item in value):
            lines.append(f"{lead}{name}: [{', '.join(_scalar(item, flow=True) for item in value)}]\n")
        elif kind in _MAPPINGS:
            lines.append(f"{lead}{name}:\n")
            _mapping(value, indent + "  ", indent + "  ", lines)
        elif kind is list and value:
            lines.append(f"{lead}{name}:\n")  # a list inside a mapping is not indented
            for item in value:
                _mapping(item, indent + "- ", indent + "  ", lines)
        else:
            raise _Unusual
        lead = indent


def _scalar(text: str, flow: bool) -> str:
    """One-line text as PyYAML writes it: plain, or single-quoted where plain text would read
    back as something else (00, null, 2024-01-01, “: ” in it)."""
    if (_PLAIN_IN_FLOW if flow else _PLAIN_IN_BLOCK).fullmatch(text) and len(text) <= _LONGEST:
        return text
    if len(text) > _LONGEST or not _ONE_LINE.fullmatch(text):
        raise _Unusual
    if _NOT_BLOCK_PLAIN.search(text) or (flow and _NOT_FLOW_PLAIN.search(text)) or _resolves_otherwise(text):
        return "'" + text.replace("'", "''") + "'"
    return text


def _resolves_otherwise(text: str) -> bool:
    """Whether plain, the text would read back as a number, date, boolean or null."""
    resolvers = _RESOLVERS.get(text[0])
    return resolvers is not None and any(pattern.match(text) for _, pattern in resolvers)
