"""The package's modules import each other without circles, lazy imports included."""

import ast
from pathlib import Path

import webfig_desktop

PACKAGE = Path(webfig_desktop.__file__).parent


def internal_imports() -> dict[str, set[str]]:
    """Each module of the package (the harness aside), with the modules of it that it imports
    anywhere in its code."""
    graph = {}
    for path in sorted(PACKAGE.glob("*.py")):
        name = path.stem
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    imported.add(node.module.split(".")[0])
                else:
                    imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "webfig_desktop."
            ):
                imported.add(node.module.split(".")[1])
        graph[name] = {module for module in imported if (PACKAGE / f"{module}.py").exists()}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done, path = set(), []

    def visit(module: str) -> list[str] | None:
        if module in path:
            return [*path[path.index(module) :], module]
        if module in done:
            return None
        path.append(module)
        for imported in sorted(graph.get(module, ())):
            if cycle := visit(imported):
                return cycle
        path.pop()
        done.add(module)
        return None

    for module in graph:
        if cycle := visit(module):
            return cycle
    return None


def test_no_module_imports_itself_through_others():
    assert find_cycle(internal_imports()) is None
