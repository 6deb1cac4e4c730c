"""YAML in and out for terms.yml: line numbers on the way in, stable readable text on the way out."""

from __future__ import annotations

import bisect
import contextlib
import gc
import re
from collections.abc import Iterator
from typing import Any

import yaml

from ..errors import GlossaryError


class Located(dict):
    """A mapping that remembers the line it started on, for file:line messages."""

    line: int = 0


_FREE_EXPANSION = 100_000
"""Characters that aliases may add to any file; beyond that, as much as the file itself."""
_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"


class _PyLoader(yaml.SafeLoader):
    """PyYAML's own parser, the reference for every message about a broken file; it refuses
    alias bombs while composing, before anything is built.

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


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Located:
    """A mapping with its line; a key written twice is an error. Merge keys (`<<: *base`) work as
    YAML defines them: the mapping's own keys override the merged ones."""
    mapping = Located()
    mapping.line = node.start_mark.line + 1
    own = sum(key_node.tag != _MERGE_TAG for key_node, _ in node.value)
    loader.flatten_mapping(node)
    merged = len(node.value) - own  # flatten_mapping puts the merged pairs first
    written: set[str] = set()
    for index, (key_node, value_node) in enumerate(node.value):
        key = _construct(loader, key_node)
        if not isinstance(key, str):
            raise GlossaryError(f"{loader.name}:{key_node.start_mark.line + 1}: key {key!r} is not text")
        if index >= merged:
            if key in written:
                raise GlossaryError(f"{loader.name}:{key_node.start_mark.line + 1}: duplicate key '{key}'")
            written.add(key)
        mapping[key] = _construct(loader, value_node)
    return mapping


def _construct(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """A node's value. Text, most of terms.yml's values and every key, is the node's own value,
    as PyYAML's constructor of text takes it; only the other nodes need its bookkeeping (a node
    named twice by an alias is one object, a recursive one an error), which costs more than the
    text does when a file has a hundred thousand of them."""
    if node.tag == _STR_TAG and type(node) is yaml.ScalarNode:
        return node.value
    return loader.construct_object(node, deep=True)


_PyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)



class _NotForLibyaml(Exception):
    """libyaml would read or write this document otherwise than PyYAML: PyYAML does it."""


def _refuse_question_mark_in_flow(constructor):
    """PyYAML ends plain text inside [ ] and { } at a '?', libyaml reads on: `[方案?]`."""
    def construct(loader, node):
        if node.flow_style:
            children = [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else node.value
            if any(isinstance(child, yaml.ScalarNode) and not child.style and "?" in child.value for child in children):
                raise _NotForLibyaml
        return constructor(loader, node)
    return construct


if hasattr(yaml, "CSafeLoader"):  # libyaml, in PyYAML's wheels: parses about five times faster

    class _CLoader(yaml.CSafeLoader):
        pass

    _CLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                             _refuse_question_mark_in_flow(_construct_mapping))
    _CLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG,
                             _refuse_question_mark_in_flow(yaml.SafeLoader.construct_yaml_seq))
else:
    _CLoader = None


# Where libyaml reads otherwise than PyYAML: it takes tabs inside plain text, byte order marks
# inside the file and some block scalar headers (`>#`), which PyYAML refuses, and reads some
# tagged values (`! `) otherwise; anchors and aliases (`&a`, `*a`) must pass the bomb guard of
# PyYAML's composer. terms.yml as written has none of them (nor tags, blocks or anchors).
_LIBYAML_READS_OTHERWISE = re.compile(r"[\t\ufeff]|(?:^|(?<=[\s\[{,]))[!|>&*]", re.M)
_RARE = re.compile(r"[\t\ufeff!|>&*]")  # finds the candidates fast; Chinese text has few of these


def _libyaml_reads_otherwise(text: str) -> bool:
    return any(_LIBYAML_READS_OTHERWISE.match(text, m.start()) for m in _RARE.finditer(text))


def parse(text: str, name: str, libyaml: bool = True) -> Any:
    """Parse YAML text; errors become one line naming the file and line.

    libyaml parses when installed (`libyaml=False` asks for PyYAML's parser); when it finds the
    text broken, PyYAML's parser reads it again, so a broken file gets the same message and line
    either way. Text that libyaml would read otherwise (see above) goes to PyYAML's alone.
    """
    if libyaml and _CLoader is not None and not _libyaml_reads_otherwise(text):
        try:
            return _load(_CLoader, text, name)
        except (yaml.YAMLError, GlossaryError, _NotForLibyaml):
            pass  # PyYAML's parser decides, and words the message
    try:
        return _load(_PyLoader, text, name)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise GlossaryError(f"{name}{line}: YAML error: {problem}") from None
    except yaml.reader.ReaderError as exc:  # a control character, found before any parsing
        line = text.count("\n", 0, exc.position) + 1
        raise GlossaryError(f"{name}:{line}: YAML error: unacceptable character #x{exc.character:04x}: "
                            f"{exc.reason}") from None
    except yaml.YAMLError as exc:
        raise GlossaryError(f"{name}: YAML error: {' '.join(str(exc).split())}") from None


def _load(loader_class: type, text: str, name: str) -> Any:
    with _without_gc():
        loader = loader_class(text)
        loader.name = name
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()


@contextlib.contextmanager
def _without_gc() -> Iterator[None]:
    """Reading or writing a large file makes hundreds of thousands of objects and no garbage
    cycles; the cycle collector would walk them all again and again, half the time of a load."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_HASH = re.compile(r"(?:^|(?<=[ \t]))#", re.M)


def comment_lines(text: str, after_line: int = 0) -> list[int]:
    """Line numbers (1-based) of YAML comments below `after_line`: a '#' outside any scalar, at a
    line start or after a space. Only a file with such a '#' is scanned, which is slow."""
    start = 0
    for _ in range(after_line):
        start = text.find("\n", start) + 1 or len(text)
    hashes = [match.start() for match in _HASH.finditer(text, start)]
    if not hashes:
        return []
    starts, ends = [], []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                starts.append(token.start_mark.index)
                ends.append(token.end_mark.index)
    except yaml.YAMLError:
        return []
    lines = []
    for pos in hashes:
        scalar = bisect.bisect_right(starts, pos) - 1
        if scalar < 0 or pos >= ends[scalar]:
            lines.append(text.count("\n", 0, pos) + 1)
    return lines


class _Flow(list):
    """A list written on one line: aliases and forms are short."""


def flow(items: list[str]) -> list[str]:
    return _Flow(items)


# libyaml writes these otherwise than PyYAML: characters beyond the BMP as \U escapes, text
# with line breaks double-quoted; keys of 128 bytes or more (see _represent_mapping)
_LIBYAML_DIFFERS = re.compile("[\n\r\u0085\u2028\u2029\ud800-\udfff\U00010000-\U0010ffff]")
_LONGEST_SIMPLE_KEY = 128  # PyYAML counts characters, libyaml bytes


class _PyDumper(yaml.SafeDumper):
    libyaml = False

    def ignore_aliases(self, data: Any) -> bool:
        return True


_BREAKS_AND_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def _represent_text(dumper: yaml.SafeDumper, text: str):
    """Text with a YAML line break other than \\n (NEL, U+2028) or a control character is written
    double-quoted, where it is escaped: plain or single-quoted, PyYAML folds it into a space
    and the file no longer reads back as it was written."""
    if dumper.libyaml and _LIBYAML_DIFFERS.search(text):
        raise _NotForLibyaml
    style = '"' if _BREAKS_AND_CONTROLS.search(text) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _represent_mapping(dumper: yaml.SafeDumper, mapping: dict):
    """A long key is written `? key` by one emitter and `key:` by the other."""
    if dumper.libyaml and any(len(k.encode("utf-8", "replace")) >= _LONGEST_SIMPLE_KEY
                              for k in mapping if isinstance(k, str)):
        raise _NotForLibyaml
    return dumper.represent_dict(mapping.items())


def _represent_flow(dumper: yaml.SafeDumper, items: list):
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=True)


_DUMPERS: list[type] = [_PyDumper]
if hasattr(yaml, "CSafeDumper"):  # libyaml's emitter writes about four times faster

    class _CDumper(yaml.CSafeDumper):
        libyaml = True

        def ignore_aliases(self, data: Any) -> bool:
            return True

    _DUMPERS.insert(0, _CDumper)

for _dumper in _DUMPERS:
    _dumper.add_representer(dict, _represent_mapping)
    _dumper.add_representer(Located, _represent_mapping)
    _dumper.add_representer(str, _represent_text)
    _dumper.add_representer(_Flow, _represent_flow)


def dump(data: Any, libyaml: bool = True) -> str:
    """Deterministic YAML: insertion order kept, Chinese written as is, no line folding.

    libyaml writes it when it gives the very bytes PyYAML gives, which is nearly always; the
    rare document with text it would write otherwise is written by PyYAML.
    """
    for dumper in _DUMPERS if libyaml else [_PyDumper]:
        try:
            with _without_gc():
                return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=10**6,
                                 default_flow_style=False)
        except _NotForLibyaml:
            continue
    raise AssertionError("PyYAML's own dumper writes any document")
