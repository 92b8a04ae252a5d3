"""No false positives: `wl check` on every golden program reports no error except where
the program says one is expected (`// expect error:` on the line, or a `// wl: ignore[...]`
there), and in the few programs written to run code WINDEV's compiler would refuse (their
errors are all deferred ones: `wl run` runs them on purpose). A check that starts
reporting correct code fails here. So does a pass that changes the parsed tree (it must
record what it decides beside the tree, Resolutions, or work on a copy: a tree checked
and then compiled, by `wl check`, the REPL or the test runner, is then the same tree each
time; tests/semantics/test_trees_stay_as_parsed.py checks and compiles some twice)."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

from wlinterp.check import check_paths
from wlinterp.errors import WLSyntaxError
from wlinterp.hfsql.names import described_names
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.semantics.diagnostics import select
from wlinterp.syntax.parser import parse
from wlinterp.syntax.tree_copy import copy_tree

GOLDEN = Path(__file__).parents[1] / "golden"
# programs that run what the compiler refuses, on purpose (the reason in each file)
ON_PURPOSE = {"basics/undeclared_variable.wl", "catalog/fonctions_fenetre.wl",
              "catalog/window_functions.wl", "errors/procedure_error_caught.wl",
              "realworld/fenetre_clients_ui.wl", "realworld/page_produits_ui.wl",
              "speed/undeclared_appends.wl"}
# help-page examples are run as the page writes them, undeclared variables included
HELP_PAGES = "helppages/"


def companions(path: Path) -> Path:
    """`CASE.files/`: the files a golden runs beside (tests/golden_runner.py)."""
    return path.with_name(path.stem + ".files")


def unexpected_errors(path: Path, registry: object) -> list[str]:
    if companions(path).is_dir():
        return []  # checked beside its files, as `wl check` would be (below)
    text = path.read_text(encoding="utf-8")
    try:
        program = parse(text, path.name)
    except WLSyntaxError:
        return []  # a syntax error a golden expects (its runner checks which)
    lines = text.splitlines()
    out = []
    # the files and items a program describes in code are data names, as for `wl check`
    known = set(described_names(program))
    parsed = copy_tree(program)
    found = analyze(program, registry, unused=False, known=known).errors()
    if program != parsed:
        out.append(f"{path.relative_to(GOLDEN)}: the semantic pass changed the parsed tree")
    for d in select(found, text):
        line = lines[d.line - 1] if 0 < d.line <= len(lines) else ""
        if "expect error" in line:
            continue
        name = path.relative_to(GOLDEN).as_posix()
        if name in ON_PURPOSE and d.deferred or name.startswith(HELP_PAGES) \
                and d.code == "WL101":
            continue
        out.append(f"{path.relative_to(GOLDEN)}:{d.line}:{d.column}: {d.code} {d.message}")
    return out


def test_golden_programs_check_clean() -> None:
    registry = load_stdlib()
    found = [e for p in sorted(GOLDEN.rglob("*.wl")) for e in unexpected_errors(p, registry)
             if not any(part.endswith(".files") for part in p.parts)]
    assert found == []


def test_goldens_with_companion_files_check_clean_beside_them(tmp_path: Path) -> None:
    """A golden with a `CASE.files/` folder is checked as `wl check CASE.wl` checks it
    with those files beside it (its neighbours' procedures and globals are known)."""
    cases = [p for p in sorted(GOLDEN.rglob("*.wl")) if companions(p).is_dir()
             and "// expect error:" not in p.read_text(encoding="utf-8")]  # refused on purpose
    assert cases
    for path in cases:
        folder = tmp_path / path.stem
        shutil.copytree(companions(path), folder)
        shutil.copy(path, folder / path.name)
        err = io.StringIO()
        assert check_paths([str(folder / path.name)], err=err) == 0, err.getvalue()


def test_the_programs_on_purpose_exist() -> None:
    assert all((GOLDEN / name).is_file() for name in ON_PURPOSE)
