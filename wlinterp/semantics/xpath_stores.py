"""XMLExecuteXPath's array where an xmlNode is wanted: `r is xmlNode =
XMLExecuteXPath(doc, q)` (or `r = ...` later), and `P(XMLExecuteXPath(doc, q))` with
P's parameter declared an xmlNode. Given an xmlDocument or xmlNode variable the
built-in always gives an array of xmlNode, whatever it finds (none: an empty one), and
the run refuses it there (stdlib/xml_documents.py `_node_from_value`, at the caller's
argument for a parameter: run_errors.py). `wl check` says it first, at the same place:
WL110 (deferred) at the variable, WL116 at the argument; it said nothing, and the run
stopped. Given a document's name (a text) the built-in gives a boolean: left alone.
"""
from __future__ import annotations

__all__ = ["check_xpath_argument", "check_xpath_store"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..runtime.types import TypeSpec
from ..syntax import nodes as N
from ..syntax.names import fold
from .place_types import place_start, place_type

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol

_HINT = "declare an `array of xmlNode`, or take one node of it (`[1]`)"


def _xml_type(fc: "FunctionChecker", spec: TypeSpec | None) -> str | None:
    """"xmlNode" / "xmlDocument" when `spec` declares one of the two, else None."""
    if spec is None or spec.kind is not Kind.OBJECT or not spec.name:
        return None
    entry = fc.sym.registry.types.get(fold(spec.name))
    return entry.en if entry is not None and entry.en in ("xmlNode", "xmlDocument") else None


def _xpath_array(fc: "FunctionChecker", value: N.Expr) -> str | None:
    """`XMLExecuteXPath(...)` as written when `value` calls the built-in (not hidden by a
    procedure or variable of that name) on a variable declared an xmlDocument or an
    xmlNode: an array, always; else None."""
    if type(value) is not N.Call or type(value.func) is not N.Name or not value.args:
        return None
    key = fold(value.func.name)
    if key in fc.sym.procs or fc.scope.lookup(key) is not None:
        return None
    b = fc.sym.registry.functions.get(key)
    if b is None or b.en != "XMLExecuteXPath":
        return None
    first = value.args[0]
    place = place_type(fc, first) if type(first) is N.Name else None
    return f"{value.func.name}(...)" if place and _xml_type(fc, place[0]) else None


def check_xpath_store(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, line: int,
                      col: int) -> None:
    """WL110 (deferred) for XMLExecuteXPath's array stored into an xmlNode variable."""
    if _xml_type(fc, sym.spec) != "xmlNode" or (written := _xpath_array(fc, value)) is None:
        return
    fc.rep.report("WL110", f"{written} is an array of xmlNode: an array cannot be stored "
                  f"in '{sym.name}', an xmlNode", value, len(sym.name), line=line, col=col,
                  deferred=True, hint=_HINT)


def check_xpath_argument(fc: "FunctionChecker", shown: str, prm: N.Param, a: N.Expr,
                         want: TypeSpec | None) -> None:
    """WL116 for XMLExecuteXPath's array given to a parameter declared an xmlNode
    (`want`): the run stops at the argument."""
    if _xml_type(fc, want) != "xmlNode" or (written := _xpath_array(fc, a)) is None:
        return
    start = place_start(a)
    fc.rep.report("WL116", f"{written} is an array and the parameter '{prm.name}' of "
                  f"{shown} is an xmlNode: an array of xmlNode cannot be stored there",
                  a, len(written) - 5, line=start.line, col=start.col, hint=_HINT)
