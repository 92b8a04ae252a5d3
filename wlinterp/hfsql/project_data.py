"""Where a script's data come from: its analysis (`.xdd`) and its project's queries
(`.wdr`), found the same way by `wl run`, `wl check` and `wl test` (docs/hfsql.md, "The
analysis and the queries of a project"). Kept light: only folder listings, no data layer.

The analysis: `--analysis`, else `WL_ANALYSIS`, else the one `.xdd` beside the script,
else the one `.xdd` at the root of the project holding the script (a folder with a `.wdp`
or a `wlproject.toml`); in either folder, when none is there, the one `.xdd` of its
analysis folder (`<Name>.ana/`, where the IDE keeps a project's analysis and PC SOFT's
published projects keep its export). The queries: the `.wdr` files of the analysis's folder, of the
script's folder and of the project's root, the first found of a name winning.
"""
from __future__ import annotations

__all__ = ["find_analysis", "data_sources", "query_names"]

import os
from typing import Any


def find_analysis(folder: str) -> str | None:
    """The project's analysis export in `folder`: the one `.xdd` file there, else the one
    in its `.ana` folders together (None if there is none; several are ambiguous and
    ignored, --analysis names one)."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return None
    found = _exports(folder, names)
    if not found:
        for ana in (n for n in names if n.lower().endswith(".ana")):
            inside = os.path.join(folder, ana)
            try:
                found += _exports(inside, sorted(os.listdir(inside)))
            except OSError:  # (a file named so, or unreadable: no analysis there)
                continue
    return found[0] if len(found) == 1 else None


def _exports(folder: str, names: list[str]) -> list[str]:
    """The paths of the `.xdd` files among `names`, the entries of `folder`."""
    return [os.path.join(folder, n) for n in names if n.lower().endswith(".xdd")]


def _project_root(folder: str) -> str | None:
    """The root of the marked project holding `folder` (None without a marker)."""
    from ..project.sources import find_layout
    layout = find_layout(folder)
    return layout.root if layout.marked else None


def data_sources(filename: str | None, analysis: str | None = None,
                 layout: Any = None) -> tuple[str | None, list[str]]:
    """(the analysis's path or None, the folders holding the project's queries).
    `layout`: the project of `filename` when the caller found it already (`wl run`
    loaded it: finding it again lists every folder up to the root once more)."""
    path = analysis or os.environ.get("WL_ANALYSIS") or None
    folders: list[str] = []
    if filename and not filename.startswith("<") and filename != "-":
        here = os.path.dirname(os.path.abspath(filename))
        root = _project_root(here) if layout is None else \
            layout.root if layout.marked else None
        if not path:
            path = find_analysis(here) or (find_analysis(root) if root else None)
        folders = [here] + ([root] if root and root != here else [])
    if path:
        folders.insert(0, os.path.dirname(os.path.abspath(path)))
    unique = list(dict.fromkeys(os.path.normcase(os.path.realpath(f)) for f in folders))
    return path, unique


def query_names(folders: list[str]) -> frozenset[str]:
    """The folded names of the `.wdr` queries of these folders (for the compiler)."""
    from ..syntax.names import fold
    names: set[str] = set()
    for folder in folders:
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        names.update(fold(os.path.splitext(e)[0]) for e in entries if e.lower().endswith(".wdr"))
    return frozenset(names)
