"""Calls through an indirection with a literal name (`{"Total"}(3)`), as the semantic
pass checks them: the run calls the procedure the text names (runtime/indirection.py
indirect_call), so a name nothing has is WL102 and a count the procedure cannot take is
WL104, both at the brace, where the run stops. A computed name (`{"Step" + n}`) is the
run's alone.
"""
from __future__ import annotations

__all__ = ["indirect_name"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from .builtin_calls import unknown_callee
from .call_counts import arity, spreads

if TYPE_CHECKING:
    from .checker import FunctionChecker


def indirect_name(fc: "FunctionChecker", e: N.Call, at: N.Indirect, name: N.Str) -> None:
    """`{"Totl"}(3)`: WL102 when the text names nothing the run's indirection can call
    (a procedure of the program, one Compile makes, a variable holding one); a WLanguage
    function is not reached so. `{"Total"}()`: WL104 when the program's procedure of
    that name (one syntax) cannot take the arguments given (the run stopped there, the
    check said nothing). A name the check cannot judge (a member path, a name known
    outside the code) is left alone. At the brace `at`, where the run stops."""
    text = name.value.strip()
    key = fold(text)
    if not text.isidentifier() or fc.scope.lookup(key) is not None \
            or fc.scope.lookup_proc(key) is not None:
        return
    proc = fc.sym.procs.get(key)
    if proc is not None:
        if key not in fc.sym.overloads and not spreads(e):
            arity(fc, e, text, proc.params, len(e.args), at.col)
        return
    if key in fc.sym.session_procs or key in fc.sym.compiled or key in fc.sym.known:
        return
    builtin = key in fc.sym.registry.functions
    from .suggest import closest
    best = None if builtin else closest(text, [p.name for p in fc.sym.procs.values()])
    fc.rep.report("WL102", f"{unknown_callee(text)} (called through the indirection "
                  f"{{\"{text}\"}})" + (f"; did you mean {best}?" if best else ""), at,
                  name.col + len(name.value) + 2 - at.col + 1,
                  hint="an indirection calls the program's procedures, not a WLanguage "
                  "function: call it by its name" if builtin else
                  None if best else "no procedure of the program has this name")
