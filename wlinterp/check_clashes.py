"""`wl check`: two files beside a script (no project marker) that declare one name.

Without a `.wdp` or `wlproject.toml`, `wl run` leaves out a neighbour that declares a
name (a procedure, a global, a class...) a neighbour loaded before it declares, with a
warning naming both files (project/neighbours.py). `wl check .` said nothing of such a
pair: the second file's procedure was silently never the one run. The check says it at
the later file's declaration, with the run's words (WL211, a warning, as the run goes on;
in a project both are WL105 errors already). And the file checked beside such a pair,
which needs both, sees only the first, as the run does: what only the second declares is
unknown there (WL101/WL102), with a hint naming both files (the run stopped on 'Unknown
procedure' where the check had said nothing).
"""
from __future__ import annotations

__all__ = ["sibling_clash", "without_clashes", "left_out_hints"]

import os
import re

from .paths import shown_path
from .project.neighbours import declared
from .project.sources import CONFTEST, KIND_ORDER, is_test_file, load_kind
from .semantics.diagnostics import Diagnostic
from .syntax import nodes as N


def _neighbour(path: str) -> bool:
    """Is `path` a file the run loads as a neighbour? A `conftest.wl` (whose mocks
    replace the project's procedures by design) and test files are not."""
    return os.path.basename(path).lower() != CONFTEST and not is_test_file(path)


def _load_key(path: str) -> tuple[int, str]:
    """Where a file comes in the run's load order beside a script (classes, then sets,
    then `.wl` libraries, each by path: sources.Layout.code_files)."""
    return KIND_ORDER[load_kind(path)], os.path.realpath(path)


def sibling_clash(program: N.Program, path: str, others: list[N.Program],
                  lines: list[str]) -> list[Diagnostic]:
    """WL211 at the first name `program` (the file `path`, a library, set or class
    beside a script)
    declares that a file loaded before it among `others` declares too; none when no
    such file is found."""
    if not _neighbour(path):
        return []
    mine = declared(program)
    key = _load_key(path)
    for other in sorted((p for p in others if _neighbour(p.filename)),
                        key=lambda p: _load_key(p.filename)):
        if _load_key(other.filename) >= key:
            break
        theirs = declared(other)
        common = next((k for k in mine if k in theirs), None)
        if common is None:
            continue
        name, line, column = mine[common]
        other_name = shown_path(other.filename)
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        at = re.search(r"\s(" + re.escape(name) + r")\b", text[column - 1:], re.IGNORECASE)
        column += at.start(1) if at else 0  # (a procedure's: its name, after PROCEDURE)
        return [Diagnostic(
            "WL211", f"not loaded (beside the script, not part of it): it declares "
            f"'{name}', as {other_name} does", path, line, column, len(name),
            f"a script of this folder that needs both files runs the '{theirs[common][0]}' "
            f"of {other_name} (line {theirs[common][1]}) and leaves this file out; in a "
            "project (a .wdp or wlproject.toml) both are errors", text)]
    return []


Clash = tuple[N.Program, str, N.Program]  # a file left out, the name, the file keeping it


def without_clashes(programs: list[N.Program]) -> tuple[list[N.Program], list[Clash]]:
    """The files beside a script that a run needing all of `programs` loads (each one
    declaring a name a file before it in the run's order declares left out:
    project/neighbours.clashing), in their given order, and those left out with the
    clash."""
    left: list[Clash] = []
    owner: dict[str, N.Program] = {}
    for program in sorted(programs, key=lambda p: _load_key(p.filename)):
        if not _neighbour(program.filename):  # (a conftest's mocks replace by design)
            continue
        names = declared(program)
        common = next((k for k in names if k in owner), None)
        if common is not None:
            left.append((program, names[common][0], owner[common]))
            continue
        for k in names:
            owner.setdefault(k, program)
    gone = {id(program) for program, _, _ in left}
    return [p for p in programs if id(p) not in gone], left


def left_out_hints(diags: list[Diagnostic], left: list[Clash]) -> None:
    """The hint of a WL101/WL102 whose name only a file left out declares: where, and
    why that file is not loaded."""
    from .check_hints import undeclared_name
    for d in diags:
        name = undeclared_name(d)
        if name is None:
            continue
        for program, clash, keeper in left:
            place = declared(program).get(name)
            if place is not None:
                d.hint = (f"{shown_path(program.filename)}:{place[1]}: '{place[0]}' is "
                          f"declared there, but that file is not loaded (beside the "
                          f"script, not part of it): it declares '{clash}', as "
                          f"{shown_path(keeper.filename)} does")
                break
