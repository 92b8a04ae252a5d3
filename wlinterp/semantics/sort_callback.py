"""`ArraySort(t, asFunction, Three)` / `TableauTrie(t, ttFonction, Trois)`: a procedure of
the program given as the comparison, which ArraySort calls with two elements, that
cannot take two arguments. The run stops at the call before sorting with WL104's words
for a call of the wrong count (runtime/procrefs.py check_callback_count); the check said
nothing. WL104 at the function's name with those words (call_counts.py arity_message). Not judged: a procedure
with several syntaxes, a name held in a variable or a text, an option written otherwise."""
from __future__ import annotations

__all__ = ["MAPPED", "check_mapping_procedure", "check_sort_callback"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from .passed_procedures import no_procedure_named

if TYPE_CHECKING:
    from .checker import FunctionChecker

_AS_FUNCTION = frozenset({fold("asFunction"), fold("ttFonction")})


def check_sort_callback(fc: "FunctionChecker", e: N.Call, args: list[N.Expr], shown: str,
                        col: int) -> None:
    """WL104 at ArraySort's name when its comparison procedure cannot take 2 arguments;
    WL102 when it is named by a text that names no procedure (`ArraySort(t, asFunction,
    "Missing")`: the run stops there)."""
    if len(args) != 3 or type(args[1]) is not N.Name or fold(args[1].name) not in _AS_FUNCTION:
        return
    if type(args[2]) is N.Str:
        no_procedure_named(fc, e, args[2], shown, col,
                           f"{shown} calls the comparison procedure the text names")
        return
    if type(args[2]) is not N.Name:
        return
    key = fold(args[2].name)
    if fc.scope.lookup(key) is not None or key in fc.sym.overloads:
        return
    proc = fc.scope.lookup_proc(key) or fc.sym.procs.get(key)
    if proc is None:
        return
    required = sum(1 for p in proc.params if p.default is None and not p.star)
    most = None if any(p.star for p in proc.params) else len(proc.params)
    if required <= 2 and (most is None or most >= 2):
        return  # (fits: call_counts.py, not needed by a one-line run, stays unimported)
    from .call_counts import arity_message
    refused = arity_message(args[2].name, required, most, 2)
    if refused is not None:
        fc.rep.report("WL104", refused, e, len(shown), col=col,
                      hint=f"{shown} calls its comparison with two elements: declare "
                           f"{args[2].name}(a, b)")


MAPPED = frozenset({"Map", "Filter"})
"""Built-ins whose second argument must be a procedure (or its name): a number there
stops the run before any element is read (stdlib/array_functional.py _source)."""


def check_mapping_procedure(fc: "FunctionChecker", e: N.Call, args: list[N.Expr],
                            shown: str, col: int) -> None:
    """WL115 at the function's name for `Filter(t, 3)`, `Transforme(t, 2.5)`: the run's
    words, asked of its own type names (runtime/values.py type_name)."""
    if len(args) != 2 or type(args[1]) is not N.Num:
        return
    from ..runtime.values import type_name
    fc.rep.report("WL115", f"{shown}: a procedure was expected, not a value of type "
                  f"{type_name(args[1].value)}", e, len(shown), col=col)
