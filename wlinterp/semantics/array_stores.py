"""Stores between arrays and simple values, which the run refuses: a number, a text, a
boolean or a date given to a variable declared an array or an associative array (`t = 5`:
"A value of type integer cannot be stored in an array."), and an array given to a
variable declared a number or a string (`n = t`, `n = [1, 2]`: "A value of type array
cannot be used as a number."). `wl check` says so first, WL110 at the variable, deferred (the run stops
where the line runs), as object_stores.py does for structures and objects. A literal,
or a variable, member or element whose declared type the code tells, is judged, and
a built-in's result whose declared type is a simple one (`t is array of strings =
fListFile(...)`: a text, which the run refuses); variants and expressions are not
(their type is the run's).
"""
from __future__ import annotations

__all__ = ["ARRAY_KINDS", "builtin_simple_result", "check_array_store", "check_array_use", "check_subscripts"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .operands import composite_what
    from .param_types import article, simple_value
    from .place_types import place_type
    from .subscript_counts import row_of
else:
    on_first_call(globals(), ".operands", "composite_what")
    on_first_call(globals(), ".param_types", "article", "simple_value")
    on_first_call(globals(), ".place_types", "place_type")
    on_first_call(globals(), ".subscript_counts", "row_of")

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol

ARRAY_KINDS = frozenset({Kind.ARRAY, Kind.ASSOC})
_SHOWN = {Kind.ARRAY: "array", Kind.ASSOC: "associative array"}
_WANTED = {Kind.INT: "a number", Kind.REAL: "a number", Kind.CURRENCY: "a number",
           Kind.NUMERIC: "a number", Kind.STRING: "a string"}
_PLACES = (N.Name, N.Member, N.Index)


def check_array_store(fc: "FunctionChecker", sym: "Symbol", value: N.Expr, line: int,
                      col: int) -> None:
    """WL110 (deferred) for a simple value stored into an array variable, or an array
    stored into a number or text variable."""
    if sym.spec.kind in ARRAY_KINDS:
        if type(value) is N.ArrayLit and len(sym.spec.dims) > 1:
            _series_refused(fc, sym, value, line, col)  # `t = [[1, 2], 3]`
            return
        simple = simple_value(fc, value) or builtin_simple_result(fc, value)
        if simple is not None:
            have, written = simple
            fc.rep.report("WL110", f"{written} is {article(have)}: a value of type {have} "
                          f"cannot be stored in '{sym.name}', "
                          f"{article(_SHOWN[sym.spec.kind])}", value, len(sym.name),
                          line=line, col=col, deferred=True, hint=_listing_hint(value))
        return
    wanted = _WANTED.get(sym.spec.kind)
    if sym.spec.kind == Kind.STRING and sym.spec.name == "buffer" and type(value) is N.ArrayLit:
        return  # `b is Buffer = [0x41, 0x42]`: its bytes (?1514042)
    if wanted is not None and type(value) is N.ArrayLit and value.items:  # `n = [1, 2]`
        fc.rep.report("WL110", f"[...] is an array: an array cannot be stored in "
                      f"'{sym.name}', {wanted}", value, len(sym.name), line=line, col=col,
                      deferred=True)
        return
    row = row_of(fc, value) if wanted is not None else None
    if row is not None:  # `n = t[1]`, t of two dimensions: a row of it
        fc.rep.report("WL110", f"{row} is an array: an array cannot be stored in "
                      f"'{sym.name}', {wanted}", value, len(sym.name), line=line, col=col,
                      deferred=True)
        return
    place = place_type(fc, value) if wanted is not None and type(value) in _PLACES else None
    if place is None or place[0].kind not in ARRAY_KINDS:
        return
    shown = _SHOWN[place[0].kind]
    fc.rep.report("WL110", f"'{place[1]}' is {article(shown)}: {article(shown)} cannot be "
                  f"stored in '{sym.name}', {wanted}", value, len(sym.name), line=line,
                  col=col, deferred=True)


# a built-in's declared result (its annotation) -> the type as the run names it: the
# types no array is made of (a failure value, "" or 0 or Null, is none either). Dates
# and times are left out: Now() (`-> Time`) gives the run a text ("HHMMSSCC").
# A text or a count (`str | int`) is judged only for a listing given its path alone
# (`fListFile("*.txt")`: the text, a string as the run names it); with a
# procedure it is a count, and ExeInfo's depends on what it is asked.
_SIMPLE_RESULTS = {"str": "string", "int": "integer", "bool": "boolean", "float": "real",
                   "float | int": "number", "int | float": "number"}


def builtin_simple_result(fc: "FunctionChecker", value: N.Expr) -> tuple[str, str] | None:
    """(its type, as the message shows it) for a call of a built-in whose declared
    result is a simple value (`fListFile(...)`: a text, or a count given a procedure),
    not hidden by a procedure or variable of the program of that name; else None. The
    run refuses such a value in an array whatever the call gives, a failure's value too."""
    if type(value) is not N.Call or type(value.func) is not N.Name:
        return None
    key = fold(value.func.name)
    if key in fc.sym.procs or fc.scope.lookup(key) is not None:
        return None
    b = fc.sym.registry.functions.get(key)
    ret = b.func.__annotations__.get("return") if b is not None else None
    have = _SIMPLE_RESULTS.get(ret) if isinstance(ret, str) else None
    if ret == "str | int" and key in _LISTINGS and len(value.args) == 1:
        have = "string"  # the listing, a text: the run's "A value of type string ..."
    return None if have is None else (have, f"{value.func.name}(...)")


_LISTINGS = frozenset({"flistfile", "flistefichier", "flistdirectory", "flisterepertoire"})


def _listing_hint(value: N.Expr) -> str | None:
    """How to make an array of fListFile's / fListDirectory's listing (one text, a path
    a line): the hint of its WL110 when stored into an array."""
    if type(value) is not N.Call or type(value.func) is not N.Name \
            or fold(value.func.name) not in _LISTINGS:
        return None
    name = value.func.name
    split, cr = ("ChaîneVersTableau", "RC") if "liste" in name.lower() else \
        ("StringToArray", "CR")  # (the call's language: fListeFichier is French)
    return f"the listing is one text, a path a line: {split}({name}(...), {cr}) makes the array"


def _series_refused(fc: "FunctionChecker", sym: "Symbol", value: N.ArrayLit, line: int,
                    col: int) -> None:
    """WL110 (deferred) for `t = [[1, 2], 3]`, t declared with 2 dimensions or more: a
    literal value where the brackets need a series of values. The run stops there with
    these words (runtime/array_literals.py not_a_series); the check said nothing. A
    value that is no literal is the run's to show."""
    from ..runtime.array_literals import not_a_series
    depth = len(sym.spec.dims)
    item = _first_not_series(value, 0, depth)
    if type(item) in (N.Num, N.Str):  # (another value: its text is the run's)
        fc.rep.report("WL110", not_a_series(depth, item.value).rstrip("."),  # type: ignore[union-attr]
                      value, len(sym.name), line=line, col=col, deferred=True)


def _first_not_series(series: N.ArrayLit, level: int, depth: int) -> N.Expr | None:
    """The first item, in the order the run reads them (depth first), that stands where
    a series is due in a literal for an array of `depth` dimensions, or None."""
    if level + 1 == depth:
        return None
    for item in series.items:
        if type(item) is not N.ArrayLit:
            return item
        found = _first_not_series(item, level + 1, depth)
        if found is not None:
            return found
    return None


def check_array_use(fc: "FunctionChecker", e: N.Expr | None, wanted: str) -> None:
    """WL110 (deferred) for an array or associative array variable where a boolean or a
    number is wanted: a condition (`IF t THEN`, `WHILE t`, `IF NOT t`) or a FOR loop's
    bound (`FOR i = 1 TO t`). The run refuses it there ("A value of type array cannot
    be used as a boolean."); the check said nothing. So for a structure or an object of
    a class that is not dynamic (`IF p THEN`, `FOR i = 1 TO o`: "A value of type ST (a
    structure) cannot be used as a boolean."; L, 5 Dec 2026 afternoon), and for a string
    variable or literal as a condition (`IF s THEN`, VERIFIED ?1512003; 5 Dec night)."""
    if isinstance(e, N.Unary) and e.op == "not":  # (NOT t: a NotPrefix)
        e = e.operand
    if type(e) is N.Str and wanted == "a boolean":  # `IF "yes" THEN`
        fc.rep.report("WL110", "a string cannot be used as a boolean", e, deferred=True)
        return
    if type(e) is not N.Name:
        return
    sym = fc.scope.lookup(fold(e.name))
    if sym is None:
        return
    if wanted == "a boolean" and sym.spec.kind == Kind.STRING and sym.spec.name != "buffer":
        fc.rep.report("WL110", f"'{e.name}' is a string: it cannot be used as a boolean",
                      e, len(e.name), deferred=True,
                      hint=f"compare it: {e.name} <> \"\", or read it: Val({e.name}) <> 0")
        return  # (`IF s THEN`: "A string cannot be used as a boolean.", ?1512003)
    if sym.spec.kind not in ARRAY_KINDS:
        held = composite_what(fc, e) if fc.scope.composite else None
        if held is not None:
            fc.rep.report("WL110", f"'{e.name}' is {held}: it cannot be used as {wanted}",
                          e, len(e.name), deferred=True)
        return
    shown = _SHOWN[sym.spec.kind]
    fc.rep.report("WL110", f"'{e.name}' is {article(shown)}: it cannot be used as {wanted}",
                  e, len(e.name), deferred=True)


def check_subscripts(fc: "FunctionChecker", e: N.Index | N.Substr) -> None:
    """WL110 (deferred) for a structure or an object of a class that is not dynamic as
    the subscript of an array or associative array variable (`t[p]`, `aa[o] = 1`) or
    of a substring (`s[[p]]`, `s[[1 TO o]]`): the run refuses it ("A value of type ST
    (a structure) cannot be used as a number.", "... cannot be converted to a string.");
    the check said nothing (L, 5 Dec 2026 afternoon)."""
    if not fc.scope.composite:
        return
    if isinstance(e, N.Index):
        held = fc.scope.lookup(fold(e.obj.name)) if isinstance(e.obj, N.Name) else None
        if held is None or held.spec.kind not in ARRAY_KINDS:
            return
        parts: list[N.Expr | None] = list(e.args)
    else:
        parts = [e.a, e.b]
    for part in parts:
        what = composite_what(fc, part) if type(part) is N.Name else None
        if what is not None and type(part) is N.Name:
            fc.rep.report("WL110", f"'{part.name}' is {what}: it cannot be a subscript",
                          part, len(part.name), deferred=True)

