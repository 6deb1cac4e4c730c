"""YAML in and out for terms.yml: line numbers on the way in, stable readable text on the way out."""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..errors import GlossaryError


class Located(dict):
    """A mapping that remembers the line it started on, for file:line messages."""

    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Located:
    mapping = Located()
    mapping.line = node.start_mark.line + 1
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise GlossaryError(f"{loader.name}:{key_node.start_mark.line + 1}: key {key!r} is not text")
        if key in mapping:
            raise GlossaryError(f"{loader.name}:{key_node.start_mark.line + 1}: duplicate key '{key}'")
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
