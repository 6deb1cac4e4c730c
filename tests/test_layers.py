"""Data flows one way: no module imports one later in the flow, and no import cycle.

Read from the source with `ast`, so the test sees every import, also those inside functions.
"""

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "glossary"

# earlier stages first; a module may import its own stage and every earlier one
LAYERS = [
    {"errors", "model", "language", "keys", "workers"},
    {"read"},
    {"extract"},
    {"store"},
    {"search", "lookup", "terminal"},
    {"site", "export"},
    {"confidence", "review", "cli", "entry", "mkdocs_plugin", "__main__", "__init__"},
]


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The glossary modules a file imports, as dotted names."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("glossary"):
                submodules = {f"{target}.{a.name}" for a in node.names if _exists(f"{target}.{a.name}")}
                found |= submodules if len(submodules) == len(node.names) else submodules | {target}
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("glossary"))
    return found - {module}


def _exists(module: str) -> bool:
    path = PACKAGE.parent.joinpath(*module.split("."))
    return path.with_suffix(".py").exists() or path.is_dir()


@functools.cache
def _graph() -> dict[str, set[str]]:
    return {_module(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def _layer(module: str) -> int:
    name = module.split(".")[1] if "." in module else "__init__"
    return next(i for i, layer in enumerate(LAYERS) if name in layer)


def test_every_module_has_a_layer():
    for module in _graph():
        assert _layer(module) is not None


def test_no_module_imports_a_later_stage():
    upward = [(m, t) for m, targets in _graph().items() for t in targets
              if t != "glossary" and _layer(t) > _layer(m)]
    assert upward == []


def test_no_import_cycle():
    graph = {m: {t for t in ts if t in _graph()} for m, ts in _graph().items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in graph.get(node, ()):
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []
