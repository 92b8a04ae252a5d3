"""The analysis's names for the compiler: data files and items are not undeclared
variables (no warning); they are resolved at run time by hooks.data_name. Kept light:
a script without an analysis does not load the data layer."""
from __future__ import annotations

__all__ = ["analysis_names", "analysis_path", "find_analysis", "names_beside", "data_beside",
           "query_folders", "project_query_names", "described_names", "items_beside",
           "int_items_beside",
           "files_of_unknown_items", "files_named_at_run_time"]

import os
from typing import Any

from ..errors import WLRuntimeError
from .project_data import data_sources, find_analysis, query_names


def analysis_path(rt: Any) -> str | None:
    """--analysis, else WL_ANALYSIS, else the only .xdd beside the script, else the only
    one at its project's root (project_data.py; looked for once per run)."""
    if "hfsql_path" not in rt.state:  # (the project `wl run` loaded: project/run.py)
        path, folders = data_sources(rt.filename, rt.options.get("analysis"),
                                     rt.state.get("project_layout"))
        rt.state["hfsql_path"], rt.state["hfsql_query_folders"] = path, folders
    return rt.state["hfsql_path"]


def query_folders(rt: Any) -> list[str]:
    """The folders whose `.wdr` files are the run's project queries."""
    analysis_path(rt)
    return rt.state["hfsql_query_folders"]


def project_query_names(rt: Any) -> frozenset[str]:
    """The folded names of the run's project queries (listed once per run)."""
    names = rt.state.get("hfsql_query_names")
    if names is None:
        names = rt.state["hfsql_query_names"] = query_names(query_folders(rt))
    return names


def names_beside(filename: str, analysis: str | None = None) -> frozenset[str]:
    """`wl check` and `wl test`'s compile: the data names of the analysis (--analysis,
    else WL_ANALYSIS, else the one beside `filename` or at its project's root) and the
    names of the project's queries."""
    return data_beside(filename, analysis)[0]


def _memo_key(kind: str, filename: str, analysis: str | None) -> tuple[str | None, ...]:
    """What data_sources's answer depends on: the file's folder (a file's own name for
    `-` and `<string>`), --analysis and WL_ANALYSIS."""
    special = not filename or filename.startswith("<") or filename == "-"
    where = filename if special else os.path.dirname(os.path.abspath(filename))
    return (kind, where, analysis, os.environ.get("WL_ANALYSIS"))


def data_beside(filename: str, analysis: str | None = None) -> tuple[frozenset[str], bool]:
    """names_beside's names, and whether an analysis gave them (without one, `wl check`
    infers data files from their use); an unreadable analysis gives none (the run
    reports it). Once per folder during `wl check` (project/run_memo.py)."""
    from ..project.run_memo import run_memo
    return run_memo(_memo_key("data", filename, analysis),
                    lambda: _data_beside(filename, analysis))


def _data_beside(filename: str, analysis: str | None) -> tuple[frozenset[str], bool]:
    """data_beside's answer, looked up."""
    path, folders = data_sources(filename, analysis)
    queries = query_names(folders)
    if not path:
        return queries, False
    from .analysis import AnalysisError, read_xdd
    try:
        ana = read_xdd(path)
    except AnalysisError:
        return queries, False
    return ana.data_names() | queries, True


def items_beside(filename: str, analysis: str | None = None
                 ) -> dict[str, tuple[str, dict[str, str]]]:
    """`wl check`'s items of each data file of the analysis (as data_beside finds it):
    folded file name -> (its name, folded item or key name -> its name), so that
    `Customer.NoPe` is told apart from an item of another file; none without a
    readable analysis. The file's single-dot properties (`File.NewRecord`) count as
    items: the run reads them so (context.py _PROPS). Once per folder in `wl check`."""
    from ..project.run_memo import run_memo
    return run_memo(_memo_key("items", filename, analysis),
                    lambda: _items_beside(filename, analysis))


def _analysis_beside(filename: str, analysis: str | None) -> Any:
    """The analysis data_sources finds for `filename` (an hfsql.analysis.Analysis), read;
    None when there is none or it cannot be read (the run reports it)."""
    path, _ = data_sources(filename, analysis)
    if not path:
        return None
    from .analysis import AnalysisError, read_xdd
    try:
        return read_xdd(path)
    except AnalysisError:
        return None


def _items_beside(filename: str, analysis: str | None
                  ) -> dict[str, tuple[str, dict[str, str]]]:
    """items_beside's answer, looked up."""
    ana = _analysis_beside(filename, analysis)
    if ana is None:
        return {}
    from .context import _PROPS
    props = {k: k for k in _PROPS}
    return {key: (f.name, {**props, **{k: i.name for k, i in f._items.items()},
                           **{k: i.name for k, i in f._keys.items()}})
            for key, f in ana.files.items()}


def int_items_beside(filename: str, analysis: str | None = None
                     ) -> dict[str, dict[str, tuple[int, bool]]]:
    """`wl check`'s integer items smaller than 8 bytes of each data file of the analysis
    (as items_beside finds it): folded file name -> folded item name -> (its size in
    bits, whether unsigned), so that a DateTime stored into one is said as into a sized
    int variable (semantics/item_stores.py). Once per folder in `wl check`."""
    from ..project.run_memo import run_memo
    return run_memo(_memo_key("int items", filename, analysis),
                    lambda: _int_items_beside(filename, analysis))


def _int_items_beside(filename: str, analysis: str | None
                      ) -> dict[str, dict[str, tuple[int, bool]]]:
    """int_items_beside's answer, looked up."""
    ana = _analysis_beside(filename, analysis)
    if ana is None:
        return {}
    return {key: {k: (i.type.width, i.type.unsigned) for k, i in f._items.items()
                  if 0 < i.type.width < 64 and i.elements == 1}
            for key, f in ana.files.items()}


def number_items_beside(filename: str, analysis: str | None = None
                        ) -> dict[str, dict[str, str]]:
    """`wl check`'s items holding numbers (integers, reals, currencies, decimals) or
    Booleans of each data file of the analysis (as items_beside finds it): folded file
    name -> folded item name -> "number" or "boolean". A value compared with one in FOR
    EACH ... WHERE is converted to that when the loop starts, which an enumeration's value
    refuses (semantics/enum_conditions.py). Once per folder in `wl check`."""
    from ..project.run_memo import run_memo
    return run_memo(_memo_key("number items", filename, analysis),
                    lambda: _number_items_beside(filename, analysis))


def _number_items_beside(filename: str, analysis: str | None) -> dict[str, dict[str, str]]:
    """number_items_beside's answer, looked up."""
    ana = _analysis_beside(filename, analysis)
    if ana is None:
        return {}
    from .itemtypes import NUMBER_KINDS  # loaded with the analysis already
    # what an item holding numbers or Booleans converts a value compared with it to
    converted = {**dict.fromkeys(NUMBER_KINDS, "number"), "bool": "boolean"}
    return {key: {k: converted[i.type.kind] for k, i in f._items.items()
                  if i.type.kind in converted} for key, f in ana.files.items()}


def analysis_names(rt: Any) -> frozenset[str]:
    """Folded names of the files, items, keys and connections of the run's analysis,
    and of its project's queries."""
    if "hfsql" not in rt.state and not analysis_path(rt):
        return project_query_names(rt)
    from .database import session
    try:
        db = session(rt)
    except WLRuntimeError as err:  # an unreadable analysis, before the run: the script's
        err.filename = rt.filename or err.filename  # error (it was shown as <string>'s)
        raise
    return db.analysis.data_names() | frozenset(db.queries)


_FILE_DESCRIPTIONS = ("filedescription", "descriptiondefichier")
_ITEM_DESCRIPTIONS = ("itemdescription", "descriptionderubrique")


def described_names(program: Any) -> frozenset[str]:
    """The folded names a program gives in code to the files and items it describes
    (`fd is File Description` ... `fd..Name = "Note"`, HDescribeFile/HDescribeItem): they
    are data names as the analysis's are. Only literal names are seen; a program that
    never says "description" is not walked."""
    from ..syntax import nodes as N
    from ..syntax.names import fold
    return frozenset(fold(value.value) for _, value in _names_given(program)
                     if isinstance(value, N.Str))


def files_of_unknown_items(program: Any) -> frozenset[str]:
    """The folded names of the files a program describes in code (`fd..Name =
    "NewCustomer"`) when one of its Item Descriptions is named by something else than a
    literal (`id..Name = arrNames[i]`): those files' items are known at run time only,
    so a bare name where an H* function takes their key (`HReadSeekFirst(NewCustomer,
    Code, 42)`) may be one of them (semantics/data_items.py). Empty otherwise."""
    from ..syntax import nodes as N
    from ..syntax.names import fold
    given = _names_given(program)
    if all(isinstance(value, N.Str) for is_file, value in given if not is_file):
        return frozenset()
    return frozenset(fold(value.value) for is_file, value in given
                     if is_file and isinstance(value, N.Str))


def files_named_at_run_time(program: Any) -> bool:
    """Whether a File Description of the program is named by something else than a
    literal (`fd..Name = sFile`, FR `dFic..Nom = sNom`): the files it describes are
    known at run time only, so a bare name used as a data file may be one of them
    (semantics/analysis.py lets `wl check` infer data files from their use, as without
    an analysis; docs/hfsql.md "Files described in code")."""
    from ..syntax import nodes as N
    return any(is_file and not isinstance(value, N.Str)
               for is_file, value in _names_given(program))


def _names_given(program: Any) -> list[tuple[bool, Any]]:
    """(whether to a File Description, the value) of each `..Name =` / `..Nom =` given
    to a variable declared as a File or Item Description anywhere in the program
    (internal procedures too); a program that never says "description": none."""
    if "description" not in (program.source or "").lower():
        return []
    from ..syntax import nodes as N
    from ..syntax.names import fold
    from ..syntax.walk import walk_stmts
    bodies = [program.main.stmts] + [p.body.stmts for p in program.procedures]
    stmts = []
    while bodies:
        for s in walk_stmts(bodies.pop()):
            stmts.append(s)
            if isinstance(s, N.Procedure):  # an internal procedure: its own body too
                bodies.append(s.body.stmts)
    described: dict[str, bool] = {}  # folded variable -> a File Description?
    for s in stmts:
        if isinstance(s, N.Decl):
            kind = fold(s.type_text).replace(" ", "")
            if any(d in kind for d in _FILE_DESCRIPTIONS + _ITEM_DESCRIPTIONS):
                is_file = any(d in kind for d in _FILE_DESCRIPTIONS)
                described.update((fold(n), is_file) for n, _, _ in s.names)
    return [(described[fold(s.target.obj.name)], s.value) for s in stmts
            if isinstance(s, N.Assign) and isinstance(s.target, N.Prop)
            and isinstance(s.target.obj, N.Name) and fold(s.target.obj.name) in described
            and fold(s.target.name) in ("name", "nom")]
