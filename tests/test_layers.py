"""No import circle among yjinspect's modules, once the display delegations the layers contract
allows (`ignore_imports` in pyproject.toml) are set aside. Every import counts: at module level,
inside functions and under ``TYPE_CHECKING``. The layers themselves are checked by import-linter
(``lint-imports``) in CI."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import yjinspect

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(yjinspect.__file__).resolve().parent


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The yjinspect modules ``name`` imports (a name imported from a package counts as the
    submodule when there is one by that name, else as the package)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target not in known:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in known else target)
    found.discard(name)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for contract in config["tool"]["importlinter"]["contracts"]:
        for rule in contract.get("ignore_imports", ()):
            importer, imported = (part.strip() for part in rule.split("->"))
            graph[importer].discard(imported)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_circle_apart_from_the_display_delegations() -> None:
    graph = _graph()
    assert len(graph) > 60
    assert _cycles(graph) == []


def test_the_display_delegations_are_the_only_circle() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    assert _cycles(graph) != []  # the check finds a circle when there is one


def test_the_graph_sees_imports_inside_functions() -> None:
    graph = {name: _imports(name, path, set(_modules())) for name, path in _modules().items()}
    assert "yjinspect.views" in graph["yjinspect.model.inspection"]  # Inspection._repr_html_
