"""The analysis's names for the compiler: data files and items are not undeclared
variables (no warning); they are resolved at run time by hooks.data_name. Kept light:
a script without an analysis does not load the data layer."""
from __future__ import annotations

__all__ = ["analysis_names", "analysis_path", "find_analysis", "names_beside"]

import os
from typing import Any


def find_analysis(folder: str) -> str | None:
    """The project's analysis export in `folder`: the one `.xdd` file there (None if there
    is none; several are ambiguous and ignored, --analysis names one)."""
    try:
        found = sorted(n for n in os.listdir(folder) if n.lower().endswith(".xdd"))
    except OSError:
        return None
    return os.path.join(folder, found[0]) if len(found) == 1 else None


def analysis_path(rt: Any) -> str | None:
    """--analysis, else WL_ANALYSIS, else the only .xdd beside the script (looked for once
    per run)."""
    if "hfsql_path" in rt.state:
        return rt.state["hfsql_path"]
    path = rt.options.get("analysis") or os.environ.get("WL_ANALYSIS") or None
    if not path and rt.filename and not rt.filename.startswith("<"):
        path = find_analysis(os.path.dirname(os.path.abspath(rt.filename)))
    rt.state["hfsql_path"] = path
    return path


def names_beside(filename: str, analysis: str | None = None) -> frozenset[str]:
    """`wl check` and `wl test`'s compile: the data names of `analysis` (--analysis), else
    WL_ANALYSIS, else the analysis beside `filename`; an unreadable analysis gives none
    (the run reports it)."""
    path = analysis or os.environ.get("WL_ANALYSIS") or find_analysis(
        os.path.dirname(os.path.abspath(filename)))
    if not path:
        return frozenset()
    from .analysis import AnalysisError, read_xdd
    try:
        ana = read_xdd(path)
    except AnalysisError:
        return frozenset()
    return frozenset(ana.files) | frozenset(ana.item_names())


def analysis_names(rt: Any) -> frozenset[str]:
    """Folded names of the files, items and keys of the run's analysis."""
    if "hfsql" not in rt.state and not analysis_path(rt):
        return frozenset()
    from .database import session
    db = session(rt)
    ana = db.analysis
    return frozenset(ana.files) | frozenset(ana.item_names()) | frozenset(db.queries)
