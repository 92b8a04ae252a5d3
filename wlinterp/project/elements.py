"""The windows, pages and reports saved beside a file: names of the project, which code
uses as values (`PageAddress(connection)`, `Open(WIN_Order)`) and which wlinterp cannot
run.

Decided (docs/semantics.md, "Elements beside a checked file"): such a name is the
element, not a type of the same name (`connection` is the page connection.wwh, not the
Connection type) nor an undeclared variable. `wl check` knows it (no WL110, no WL101);
`wl run` compiles it, and reading it stops with the error a window control's name gives
("page connection: not available outside the IDE"), where the run stopped before
anything ran (the name taken for the Connection type) or read an empty variable.
"""
from __future__ import annotations

__all__ = ["ELEMENT_SUFFIXES", "elements_beside", "element_kinds_beside"]

import os
from typing import TYPE_CHECKING

from ..syntax.names import fold

if TYPE_CHECKING:
    from .sources import ProjectLayout

# a window (WINDEV's; WINDEV Mobile's .wpw), a page, a report saved in text format
_KINDS = {".wdw": "window", ".wpw": "window", ".wwh": "page", ".wde": "report"}
ELEMENT_SUFFIXES = tuple(_KINDS)


def element_kinds_beside(path: str, layout: "ProjectLayout | None" = None
                         ) -> dict[str, tuple[str, str]]:
    """The windows, pages and reports of `path`'s program, by folded name: (what it is,
    its name as written). In a project (`layout`, found when not given) those of every
    folder of it: its elements are names in all of its code (PC SOFT's WEBDEV example
    keeps the page connection.wwh beside the set of its subfolder that names it, and a
    run of any file of the project compiles that set); beside a script, those of its
    folder. Each is named by its `name :` line, else by its file
    (syntax/element_name.py)."""
    from .sources import find_layout
    if not os.path.isfile(path):  # (standard input: no folder)
        return {}
    folder = os.path.dirname(os.path.abspath(path))
    try:
        layout = layout or find_layout(folder)
        paths = _in_project(layout) if layout.marked else \
            [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if _is_element(n)]
    except OSError:
        return {}
    from ..syntax.element_name import element_name_of
    out: dict[str, tuple[str, str]] = {}
    for p in paths:
        name = element_name_of(p)
        out.setdefault(fold(name), (_KINDS[os.path.splitext(p)[1].lower()], name))
    return out


def _is_element(name: str) -> bool:
    return name.lower().endswith(ELEMENT_SUFFIXES)


_WALKED: dict[tuple[str, ...], list[str]] = {}


def _in_project(layout: "ProjectLayout") -> list[str]:
    """The element files of a project's tree (its source folders when it names them),
    walked as its code files are (no hidden folders, nor the excluded ones); once per
    process and project: `wl check` of a project's folder asks for each file checked."""
    key = (layout.root, *layout.sources, "\0", *layout.exclude)
    if key not in _WALKED:
        _WALKED[key] = _walk(layout)
    return _WALKED[key]


def _walk(layout: "ProjectLayout") -> list[str]:
    from .sources import SKIPPED_DIRS
    out: list[str] = []
    for top in layout.sources or [layout.root]:
        for base, dirs, names in os.walk(top):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS
                             and not layout.excluded(os.path.join(base, d)))
            out.extend(os.path.join(base, n) for n in sorted(names) if _is_element(n))
    return out


def elements_beside(path: str) -> frozenset[str]:
    """The folded names of element_kinds_beside: once per folder during `wl check`
    (run_memo.py), as every file of a folder has the same answer (each file checked
    listed its folder again, and a project's elements were named again)."""
    if not os.path.isfile(path):  # (standard input: no folder)
        return frozenset()
    from .run_memo import run_memo
    folder = os.path.dirname(os.path.abspath(path))
    return run_memo(("elements", folder), lambda: frozenset(element_kinds_beside(path)))
