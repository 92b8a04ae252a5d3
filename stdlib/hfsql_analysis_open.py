"""Another analysis at run time: HOpenAnalysis/HOuvreAnalyse and HCloseAnalysis/
HFermeAnalyse; the analyses of a folder: HListAnalysis/HListeAnalyse.

No help page was found; HFSQL's C API header declares `HOuvreAnalyse(analysis
[, password])` and `HFermeAnalyse()`, both returning a boolean. *Decided* (INFERRED):
wlinterp reads analyses as `.xdd` exports (docs/hfsql.md, "The analysis"), so
HOpenAnalysis reads one and its data files become the run's, as if HDeclare had declared
each (a file of the same name is described again; the links of the opened analysis are
not added); HCloseAnalysis takes the files it declared away again (their tables and
records stay in the database). The password is not used (an export has none). An
unreadable analysis: False with HError set. docs/hfsql.md, "HOpenAnalysis,
HCloseAnalysis".
"""
from __future__ import annotations

import os
from typing import Any

from wlinterp.hfsql.analysis import AnalysisError, read_xdd
from wlinterp.hfsql.errors import FILE_MISSING, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .hfsql_base import db_of, h_function
from .paths import native_path

family = Family("HFSQL analyses opened at run time")

_OPENED = "hfsql_opened_analysis"  # rt.state: {folded name: the description it replaced}


@h_function(family, "HOpenAnalysis", "HOuvreAnalyse")
def h_open_analysis(rt: Runtime, analysis: Any, password: Any = None) -> bool:
    """Make the data files of an analysis export the run's (closing one opened before)."""
    path = V.to_str(analysis)
    try:
        other = read_xdd(native_path(path))  # C:\\Data\\x.xdd as fFileExist maps it
    except (AnalysisError, OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise HFError(FILE_MISSING, f"HOpenAnalysis: the analysis {path} cannot be read: "
                                    f"{exc}") from None
    h_close_analysis(rt)
    db = db_of(rt)
    replaced = {}
    for key, desc in other.files.items():
        replaced[key] = db.analysis.files.get(key)
        db.declare(desc)
    rt.state[_OPENED] = replaced
    return True


@h_function(family, "HCloseAnalysis", "HFermeAnalyse")
def h_close_analysis(rt: Runtime) -> bool:
    """Take away the data files HOpenAnalysis declared (a file it described again gets
    its former description back)."""
    replaced = rt.state.pop(_OPENED, None)
    if not replaced:
        return True
    db = db_of(rt)
    for key, former in replaced.items():
        db.contexts.pop(key, None)
        if former is None:
            db.analysis.remove(key)
        else:
            db.declare(former)
    return True


_ANALYSIS_EXTENSIONS = (".wdd", ".xdd")  # an analysis, and its XML export (wlinterp's)


@h_function(family, "HListAnalysis", "HListeAnalyse", fail="")
def h_list_analysis(rt: Runtime, folder: Any = "", separator: Any = None) -> str:
    """The analyses found in a folder (the current one by default): the full path of each
    `.wdd` analysis and `.xdd` export, sorted, separated by CR or `separator`. HFSQL's C
    API header gives the arguments (folder, separator) and "the list of the analyses"
    (INFERRED: which files count and the form of each line; docs/hfsql.md). A folder that
    cannot be read: "" with HError set."""
    path = V.to_str(folder) or "."
    try:
        native = native_path(path)
        names = sorted(n for n in os.listdir(native)
                       if n.lower().endswith(_ANALYSIS_EXTENSIONS))
    except (OSError, ValueError) as exc:
        raise HFError(FILE_MISSING, f"HListAnalysis: the folder {path} cannot be read: "
                                    f"{exc}") from None
    sep = "\r\n" if separator is None else V.to_str(separator)
    return sep.join(os.path.join(os.path.abspath(native), n) for n in names)
