"""YAML in and out for terms.yml: line numbers on the way in, stable readable text on the way out."""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..errors import GlossaryError


class Located(dict):
    """A mapping that remembers the line it started on, for file:line messages."""

    line: int = 0


_FREE_EXPANSION = 100_000
"""Characters that aliases may add to any file; beyond that, as much as the file itself."""
_MERGE_TAG = "tag:yaml.org,2002:merge"


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses alias bombs while composing, before anything is built.

    An alias is a pointer, so a few lines of nested anchors ("billion laughs") stand for
    billions of values: cheap to parse, but every writer, JSON dump or page built from them
    would run out of time or memory. Aliases may add as much text as the file holds (at least
    `_FREE_EXPANSION` characters), which no honest use of anchors reaches.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.budget = max(_FREE_EXPANSION, len(text))
        self._sizes: dict[int, int] = {}

    def compose_node(self, parent, index):
        event = self.peek_event()
        node = super().compose_node(parent, index)
        if isinstance(event, yaml.AliasEvent):
            self.budget -= self._size(node)
            if self.budget < 0:
                raise GlossaryError(f"{self.name}:{event.start_mark.line + 1}: YAML aliases expand to more text than "
                                    "the file holds (a YAML bomb?); refused: write the values out instead")
        return node

    def _size(self, node: yaml.Node) -> int:
        """Characters a node stands for once every alias in it is written out. An alias always
        names a node already composed (PyYAML refuses recursive ones), so sizes can be kept."""
        size = self._sizes.get(id(node))
        if size is None:
            if isinstance(node, yaml.ScalarNode):
                size = 1 + len(node.value)
            elif isinstance(node, yaml.SequenceNode):
                size = 1 + sum(self._size(item) for item in node.value)
            else:
                size = 1 + sum(self._size(k) + self._size(v) for k, v in node.value)
            self._sizes[id(node)] = size
        return size


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Located:
    """A mapping with its line; a key written twice is an error. Merge keys (`<<: *base`) work as
    YAML defines them: the mapping's own keys override the merged ones."""
    mapping = Located()
    mapping.line = node.start_mark.line + 1
    own = sum(key_node.tag != _MERGE_TAG for key_node, _ in node.value)
    loader.flatten_mapping(node)
    merged = len(node.value) - own  # flatten_mapping puts the merged pairs first
    written: set[str] = set()
    for index, (key_node, value_node) in enumerate(node.value):
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise GlossaryError(f"{loader.name}:{key_node.start_mark.line + 1}: key {key!r} is not text")
        if index >= merged:
            if key in written:
                raise GlossaryError(f"{loader.name}:{key_node.start_mark.line + 1}: duplicate key '{key}'")
            written.add(key)
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse(text: str, name: str) -> Any:
    """Parse YAML text; errors become one line naming the file and line."""
    loader = _Loader(text)
    loader.name = name
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise GlossaryError(f"{name}{line}: YAML error: {problem}") from None
    except yaml.YAMLError as exc:
        raise GlossaryError(f"{name}: YAML error: {' '.join(str(exc).split())}") from None
    finally:
        loader.dispose()


def comment_lines(text: str) -> list[int]:
    """Line numbers (1-based) of YAML comments: a '#' outside any scalar, at a line start or after a space."""
    scalars = []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                scalars.append((token.start_mark.index, token.end_mark.index))
    except yaml.YAMLError:
        return []
    lines = []
    for match in re.finditer(r"(?:^|(?<=[ \t]))#", text, re.M):
        pos = match.start()
        if not any(start <= pos < end for start, end in scalars):
            lines.append(text.count("\n", 0, pos) + 1)
    return lines


class _Flow(list):
    """A list written on one line: aliases and forms are short."""


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


_Dumper.add_representer(Located, lambda d, m: d.represent_dict(m.items()))
_Dumper.add_representer(str, lambda d, text: _represent_text(d, text))
_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def flow(items: list[str]) -> list[str]:
    return _Flow(items)


_BREAKS_AND_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _represent_text(dumper: yaml.SafeDumper, text: str):
    """Text with a YAML line break other than \\n (NEL, U+2028) or a control character is written
    double-quoted, where it is escaped: plain or single-quoted, PyYAML folds it into a space
    and the file no longer reads back as it was written."""
    style = '"' if _BREAKS_AND_CONTROLS.search(text) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def dump(data: Any) -> str:
    """Deterministic YAML: insertion order kept, Chinese written as is, no line folding."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**6, default_flow_style=False)
