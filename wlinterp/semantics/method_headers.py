"""Method headers that nothing can call as written: a destructor with parameters, a
property's `<set>` accessor without the parameter that receives the value, a `<get>`
accessor whose parameters need arguments (WL111).

The run calls a destructor with no argument (when the object goes), a `<set>` with the
value assigned and a `<get>` with none, so each of these stopped `wl run` with an
internal error (Python's "missing 1 required positional argument"). *Decided*
(INFERRED: WINDEV's compiler refuses such headers; no stored page gives its words).
"""
from __future__ import annotations

__all__ = ["DESTRUCTORS", "check_method_header"]

from typing import TYPE_CHECKING, Callable

from ..syntax import nodes as N
from ..syntax.names import fold
from .symbols import method_key

if TYPE_CHECKING:
    from .reporter import Reporter

DESTRUCTORS = frozenset({"destructor", "destructeur"})


def check_method_header(p: N.Procedure, rep: "Reporter", column: Callable[[], int]) -> None:
    """WL111 at the method's name (its column: `column()`, looked for on the header's
    line only when there is something to say) for a parameter list the run cannot fill."""
    needed = [prm for prm in p.params if prm.default is None and not prm.star]
    shown = f"{p.owner}::{p.name}"
    accessor = method_key(p).partition("#")[2]  # get, set (`<lecture>`, `<écriture>`)
    if fold(p.name) in DESTRUCTORS and p.params:
        rep.report("WL111", f"the destructor {shown} takes no parameters: it runs when its "
                   "object goes, with nothing to give it", p, len(p.name), col=column())
    elif accessor == "set" and not p.params:
        rep.report("WL111", f"the <set> accessor {shown} needs a parameter: it receives "
                   f"the value assigned to the property ({p.name}(Value))", p, len(p.name),
                   col=column())
    elif accessor == "set" and len(needed) > 1:
        rep.report("WL111", f"the <set> accessor {shown} receives only the value assigned: "
                   "its other parameters need a default value", p, len(p.name),
                   col=column())
    elif accessor == "get" and needed:
        rep.report("WL111", f"the <get> accessor {shown} is called without arguments when "
                   "the property is read: its parameters need a default value", p,
                   len(p.name), col=column())

