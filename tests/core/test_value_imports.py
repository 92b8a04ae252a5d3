"""The composite values' modules, and the types' and dates', import one another in one
direction (docs/architecture.md,
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
# the types and the dates, one circle of 8 modules until 4 December 2026 (datetimes.py read
# parts through date_parts.py and access.py and marked a Time through dated_values.py,
# each of which imports it; types.py built a structure through members.py)
DATES = ("types", "members", "access", "date_parts", "dated_members", "dated_mixes",
         "dated_values", "datetimes", "dated_props")


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


def _circles(modules: tuple[str, ...]) -> list[tuple[str, str]]:
    """The pairs of `modules` that reach each other through the runtime's imports."""
    graph = _runtime_imports()
    reach = {m: _reaches(graph, m) for m in modules}
    return sorted((a, b) for a in modules for b in modules
                  if a < b and b in reach[a] and a in reach[b])


def test_no_circle_goes_through_two_of_the_values_modules() -> None:
    assert _circles(VALUES) == []


def test_no_circle_goes_through_two_of_the_types_and_dates_modules() -> None:
    """datetimes.py holds the parts read by kind and the marked texts (a Variant's Date,
    Time, DateTime) that its time arithmetic makes; dated_props.py the parts written and
    the properties of other values; a JSON object or a variant's members become a
    structure through their own method (members.py `wl_into_struct`)."""
    assert _circles(DATES) == []


def test_composites_imports_nothing_of_the_runtime() -> None:
    assert _runtime_imports()["composites"] == set()


def test_the_helpers_method_calls_and_operators_are_in_no_circle_together() -> None:
    """helpers.py gathers what generated code calls; a method call by dispatch
    (`call_method`) lives with the parameters methods give back (method_args.py) and
    FOR EACH's elements (`iterate`) with its other forms (operators.py), so neither
    imports helpers.py back (a circle of three until 4 December 2026)."""
    assert _circles(("helpers", "method_args", "operators")) == []
