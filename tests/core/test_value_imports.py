"""The composite values' modules import one another in one direction (docs/architecture.md,
"Imports between modules"): types.py -> assoc_arrays.py -> containers.py ->
composites.py, with object_lifetime.py and objects.py above containers.py. They were one
circle of 16 modules with the dates; a circle that closes again through any of them
(an import inside a function counts, one for the type checker only does not) fails
here, naming the modules on it."""
from __future__ import annotations

import ast
from pathlib import Path

RUNTIME = Path(__file__).resolve().parents[2] / "wlinterp" / "runtime"
VALUES = ("composites", "containers", "assoc_arrays", "object_lifetime", "objects", "types")


def _type_checking_only(tree: ast.Module) -> set[int]:
    """The nodes inside `if TYPE_CHECKING:` blocks."""
    return {id(node) for block in ast.walk(tree)
            if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
            for stmt in block.body for node in ast.walk(stmt)}


def _runtime_imports() -> dict[str, set[str]]:
    """Module of wlinterp/runtime -> the modules of wlinterp/runtime it imports."""
    graph: dict[str, set[str]] = {}
    for path in RUNTIME.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_only(tree)
        found = graph.setdefault(path.stem, set())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1 and id(node) not in skip:
                names = [node.module] if node.module else [a.name for a in node.names]
                found.update(n.split(".")[0] for n in names)
    return graph


def _reaches(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_no_circle_goes_through_two_of_the_values_modules() -> None:
    graph = _runtime_imports()
    reach = {m: _reaches(graph, m) for m in VALUES}
    circles = sorted((a, b) for a in VALUES for b in VALUES
                     if a < b and b in reach[a] and a in reach[b])
    assert circles == []


def test_composites_imports_nothing_of_the_runtime() -> None:
    assert _runtime_imports()["composites"] == set()
