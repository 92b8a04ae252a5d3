"""The packages follow the pipeline: each layer imports only from the layers before it."""
from __future__ import annotations

import ast
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2] / "wlinterp"


def _imports(package: str) -> set[tuple[str, str]]:
    """(module file, imported wlinterp module) for every import in a package, lazy ones too."""
    out = set()
    for path in (ROOT / package).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 1:
                parts = [package][: max(0, 2 - node.level)] + (node.module or "").split(".")
                out.add((path.name, ".".join(p for p in parts if p)))
    return out


def test_the_engine_and_compiler_import_nothing_from_stdlib() -> None:
    engine = (ROOT / "engine.py").read_text(encoding="utf-8")
    assert "stdlib." not in engine.replace("load_stdlib", "")
    assert not {(f, m) for f, m in _imports("compiler") if m.startswith("stdlib")}


def test_the_semantic_pass_does_not_import_the_compiler() -> None:
    assert not {(f, m) for f, m in _imports("semantics") if m.startswith("compiler")}


def test_the_front_end_imports_only_itself_and_errors() -> None:
    # records, lazy_regex: bases importing nothing; lazy_import: a base whose one import,
    # runtime/deferred_stops.py, imports nothing of wlinterp (checked below)
    bad = {(f, m) for f, m in _imports("syntax")
           if not (m.startswith("syntax") or m in ("errors", "records", "lazy_regex",
                                                   "lazy_import", ""))}
    assert bad == set()
    for base in ("lazy_import.py", "runtime/deferred_stops.py"):
        tree = ast.parse((ROOT / base).read_text(encoding="utf-8"))
        found = {node.module for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.level >= 1}
        assert found <= {"runtime.deferred_stops"}, (base, found)
