"""Arguments a built-in certainly refuses, as the semantic pass reads them from its
parameter annotations (registry.py): a text or number parameter (TextArg, NumberArg)
given a composite variable or a row of an array (WL115), a number parameter given a
non-numeric text, read as 0 (WL206); Count/Occurrence's and Max/Min's own refusals.
`BuiltinKinds` is what those annotations say, read once per built-in.

Split from operands.py (operators on composite operands), whose `composite_what` and
`simple_what` say what a variable certainly holds.
"""
from __future__ import annotations

__all__ = ["KINDS_READ", "BuiltinKinds", "builtin_kinds", "needed_container", "quiet_typed",
           "check_builtin_args", "check_counted", "check_extremes", "check_container",
           "grown_variant", "grown_by_method", "check_declared"]

import sys
from typing import TYPE_CHECKING, Any, NamedTuple

from ..registry import UNKNOWN, Builtin, CallWarning, Given
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from ..lazy_import import on_first_call
from ..runtime.refused_arguments import refused_argument
from .operands import composite_what, simple_what
from .text_numbers import numeric, text_number

if TYPE_CHECKING:
    from ..runtime.extremes import scale_clash
    from .param_types import composite_words
    from .subscript_counts import row_of
    from .value_properties import declared_simple, sample_of
    from .whole_arguments import whole_literal
    from ..runtime.value_methods import array_method
else:
    on_first_call(globals(), "..runtime.value_methods", "array_method")
    on_first_call(globals(), ".whole_arguments", "whole_literal")
    on_first_call(globals(), ".param_types", "composite_words")
    on_first_call(globals(), "..runtime.extremes", "scale_clash")
    on_first_call(globals(), ".subscript_counts", "row_of")
    on_first_call(globals(), ".value_properties", "declared_simple", "sample_of")

if TYPE_CHECKING:
    from .checker import FunctionChecker

_NAME, _STR, _INDEX, _NUM, _UNARY = N.Name, N.Str, N.Index, N.Num, N.Unary
_INT = 2  # BuiltinKinds.typed's code of an IntArg parameter
_WHOLE = 3  # ... and of a WholeArg one (only a real literal is looked at there)
_WHOLE_HINT = "the parameter is a whole number: round it first (Round) if that is what is meant"


def check_builtin_args(fc: "FunctionChecker", typed: tuple[tuple[int, int], ...],
                       args: list[N.Expr], shown: str) -> None:
    """Arguments a built-in's TextArg/NumberArg/IntArg parameters (`typed`:
    BuiltinKinds.typed) certainly refuse (registry.py). Only a variable (a composite
    one), a row of an array declared with its dimensions, a text literal (given for a
    number) or a number literal (given for an integer: whole_literal) can be refused:
    other arguments are not looked at. Given an associative array first (`ArrayInsert(aa,
    "eur", 1.08)`), an IntArg after it is a key, not a rank: not looked at, nor where
    the first argument may be one (_maybe_keyed)."""
    keyed = bool(args) and typed[0][0] != 0 and _maybe_keyed(fc, args[0])
    for rank, number in typed:
        if rank >= len(args):
            return
        arg: Any = args[rank]
        t = type(arg)
        if keyed and rank and number == _INT:
            continue
        if number == _WHOLE:
            if t is _NUM or t is _UNARY:
                whole_literal(fc, arg, rank, shown, _WHOLE_HINT)
            continue
        if t is _NAME:
            what = composite_what(fc, arg) if fc.scope.composite else None
            if what is not None:
                spec = fc.scope.lookup(fold(arg.name)).spec  # type: ignore[union-attr]
                refused = refused_argument(shown, number > 0, composite_words(fc, spec))
                fc.rep.report("WL115", refused, arg, len(arg.name),
                              hint=f"parameter {rank + 1}: '{arg.name}' is {what}")
        elif t is _INDEX and fc.scope.composite:  # `Round(t[1], 2)`, t of 2 dimensions
            row = row_of(fc, arg)
            if row is not None:
                fc.rep.report("WL115", refused_argument(shown, number > 0, "array"), arg.obj,
                              len(arg.obj.name), hint=f"parameter {rank + 1}: {row} is an "
                              f"array; give one subscript per dimension")
        elif number and t is _STR and not numeric(arg.value):
            fc.rep.report("WL206", f"{shown} expects a number as parameter {rank + 1}: the "
                          f"text \"{arg.value}\" is not a number and is read as "
                          f"{text_number(arg.value)}", arg, len(arg.value) + 2)
        elif number == _INT and (t is _NUM or t is _UNARY):
            whole_literal(fc, arg, rank, shown)


def _maybe_keyed(fc: "FunctionChecker", arg: Any) -> bool:
    """May `arg`, given to a built-in's untyped first parameter, be an associative array
    (its IntArg then a key)? Only a variable declared otherwise is not: a structure's or
    a class's member (`s.aa`, `tab[1].aa`, `:m_aa`, bare `m_aa` in a method) or a Variant
    may hold one, and the run stores the key (16cb2f00 said WL206 "read as 0" there)."""
    if type(arg) is not _NAME:
        return True
    sym = fc.scope.lookup(fold(arg.name))
    return sym is None or sym.spec is None or sym.spec.kind in (Kind.ASSOC, Kind.VARIANT)


def check_counted(fc: "FunctionChecker", e: N.Call, args: list[N.Expr], shown: str,
                  col: int) -> Any:
    """`Count(s)` / `Occurrence(s)`: Count counts an array's elements or a text's
    occurrences of its second parameter, and the run stops at any other value
    (stdlib/arrays.py `count`). s a variable declared a structure or an object: WL115,
    as for a built-in's text parameter, at s; s a text or a number (a literal or a
    variable so declared) with no second parameter: WL104 at the name, as the run (that
    diagnostic is returned: `n.Count()` makes the run stop there, value_method_calls.py)."""
    if not args:
        return None
    arg: Any = args[0]
    if len(args) == 1:
        simple = simple_what(fc, arg)
        if simple is not None:  # (the run's own words: they become its error)
            said = f"'{arg.name}' is {simple}" if type(arg) is _NAME else f"{simple} is given"
            return fc.rep.report("WL104", f"{shown}: give the text to count as second "
                                 f"parameter when counting in a string, or count an array",
                                 e, len(shown), col=col,
                                 hint=f"{said}; {shown} counts a text's occurrences of "
                                      "its parameter 2, an array's elements alone")
    if type(arg) is not _NAME or not fc.scope.composite:
        return None
    what = composite_what(fc, arg)
    sym = fc.scope.lookup(fold(arg.name)) if what is not None else None
    if sym is not None and sym.spec.kind not in (Kind.ARRAY, Kind.ASSOC):
        fc.rep.report("WL115", f"{shown} expects an array, or a text and the text to count "
                      f"in it, as parameter 1, but '{arg.name}' is {what}", arg, len(arg.name))
    return None


_SCALES = {Kind.DATE: "date", Kind.TIME: "time", Kind.DATETIME: "datetime",
           Kind.DURATION: "duration", Kind.INT: "number", Kind.REAL: "number",
           Kind.CURRENCY: "number", Kind.NUMERIC: "number"}
"""The declared kinds whose values Max and Min compare on a known scale (value_kind's)."""


def _dated_extremes(fc: "FunctionChecker", e: N.Call, args: list[N.Expr], fname: str,
                    col: int | None) -> None:
    """`Max(tStart, 2)`, `Min(d, t)`: values whose kinds every one is known (variables
    declared a Date, Time, DateTime, Duration or number, number literals) on no common
    scale stop the run at the call: WL115 there with its words (runtime/extremes.py
    scale_clash). One value of unknown kind (a variant, a text) leaves it to the run."""
    kinds = []
    for arg in args:
        if type(arg) is N.Num:
            kinds.append("number")
            continue
        sym = fc.scope.lookup(fold(arg.name)) if type(arg) is _NAME else None
        kind = _SCALES.get(getattr(getattr(sym, "spec", None), "kind", None))  # type: ignore
        if kind is None:
            return
        kinds.append(kind)
    refused = scale_clash(fname, kinds)
    if refused is not None:
        fc.rep.report("WL115", refused, e, len(fname), col=col)


def check_extremes(fc: "FunctionChecker", e: N.Call, args: list[N.Expr], shown: str,
                   col: int | None) -> None:
    """`Max(1, p)` / `Min(p, 2)`: a variable declared a structure or an object among the
    values stops the run wherever it stands (runtime/extremes.py): WL115 at it. An
    array is fine (its elements are compared). Kinds on no common scale: _dated_extremes."""
    if type(e.func) is _NAME:  # (the run's words name the function in English)
        _dated_extremes(fc, e, args, "Max" if fold(shown) == "max" else "Min", col)
    if not fc.scope.composite:
        return
    for rank, arg in enumerate(args):
        if not isinstance(arg, N.Name):
            continue
        what = composite_what(fc, arg)
        sym = fc.scope.lookup(fold(arg.name)) if what is not None else None
        if sym is not None and sym.spec.kind == Kind.STRUCT:
            fc.rep.report("WL115", f"{shown} expects numbers or strings, but '{arg.name}' "
                          f"(parameter {rank + 1}) is {what}", arg, len(arg.name))


def needed_container(b: Builtin) -> str | None:
    """What the built-in's first argument must be, in its error's words: "an array" for
    an Array function, else its decorator's `container` (registry.py: StatMax, Map,
    Dimension; Push's "a Stack variable"), else None."""
    if fold(b.en).startswith("array"):
        return "an array"
    found: str | None = getattr(b.func, "wl_container", None)
    return found


def check_container(fc: "FunctionChecker", e: N.Call, arg: N.Expr, shown: str, col: int,
                    needed: str) -> None:
    """WL115 at the function's name for `StatMax(5)`, `ArrayAdd(n, 1)`, `Dimension("a")`,
    n a variable declared a number, a plain string or a boolean: the run stops there
    with these words ("StatMax expects an array, not a value of type integer."), the
    type named by the run's own type_name on a value of the kind."""
    t = type(arg)
    if t is N.Num or t is _STR:
        value: Any = arg.value  # type: ignore[attr-defined]
    elif t is _NAME and (kind := declared_simple(fc, arg)) is not None:
        value = sample_of(kind)
    else:
        return
    from ..runtime.values import type_name
    fc.rep.report("WL115", f"{shown} expects {needed}, not a value of type "
                  f"{type_name(value)}", e, len(shown), col=col,
                  hint=f"{shown}'s first parameter is {needed}")


def check_declared(fc: "FunctionChecker", e: N.Call, args: list[N.Expr], shown: str,
                   col: int, kinds: "BuiltinKinds") -> None:
    """WL115 at the function's name for what the built-in's `declared_check` (registry.py)
    refuses of its arguments as the declarations tell them (WL225, a warning, for the
    words it marks CallWarning: the call runs): `ArrayInfo(s, tiTotalSize)`,
    s declared an array of strings; `ArrayAdd(t, 1, 2)`, t a plain array; `Prix.Ajoute()`,
    Prix an associative array. The run's words, named as the call writes the function,
    where the run stops."""
    refused = kinds.declared([_given(fc, a) for a in args])
    if refused is None:
        return
    en = kinds.builtin.en
    code = "WL225" if isinstance(refused, CallWarning) else "WL115"
    if refused.startswith((en + ":", en + " ")):  # named as written (`aa.Trie()`)
        refused = shown + refused[len(en):]
    fc.rep.report(code, refused.rstrip("."), e, len(shown), col=col)


def grown_variant(fc: "FunctionChecker", args: list[N.Expr], kinds: "BuiltinKinds",
                  call: N.Expr, shown: str, col: int | None = None) -> None:
    """`ArrayInsert(v, 1, 5)`, `ArrayAdd(v, 5)`, v a Variant: the built-in changes the
    size of the array its first argument holds (its declared_check is stdlib
    array_args.fixed_check, given that many arguments), so the Variant holds an array
    from then on, as `v[1] = 5` gives it one: written (no WL204 "used but never
    assigned" at its declaration). Given more arguments than the built-in grows a Null
    Variant with (ArrayAddLine's several values), a Variant nothing wrote yet is WL115 at
    the `call` (its name, `shown` as written, at `col`), where the run stops."""
    least = getattr(kinds.declared, "resizes_from", None)
    first = args[0] if args else None
    if least is None or len(args) < least or not isinstance(first, N.Name):
        return
    sym = fc.scope.lookup(fold(first.name))
    if sym is None or sym.spec.kind != Kind.VARIANT:
        return
    most = getattr(kinds.declared, "resizes_upto", None)
    if most is not None and len(args) > most:  # `ArrayAddLine(v, 1, 2)`: where nothing
        if not (sym.written or sym.initialized) and sym.role == "var" \
                and fc.scope.vars.get(fold(first.name)) is sym:  # wrote v, a local, it is Null
            refusal = getattr(kinds.declared, "refusal")  # here and the run stops: a one-
            refused = refusal(len(args) - 1).rstrip(".")  # dimensional array takes one
            fc.rep.report("WL115", shown + refused[len(kinds.builtin.en):], call, len(shown),
                          col=col)  # value, said with the name as written
        return
    sym.written = True


def grown_by_method(fc: "FunctionChecker", obj: N.Expr, key: str, n: int) -> None:
    """`v.Add(5)`, `v.Insert(1, 7)` on a Variant: the method form of an Array function
    that gives a Null Variant an array writes v, as the function's form does
    (grown_variant; compiler/builtin_calls.py grown_receiver makes the run agree)."""
    if not isinstance(obj, N.Name):
        return
    sym = fc.scope.lookup(fold(obj.name))
    if sym is None or sym.spec.kind != Kind.VARIANT or sym.written:
        return
    b = array_method(key, fc.sym.registry.functions)
    if b is None:
        return
    declared = builtin_kinds(b).declared
    least = getattr(declared, "resizes_from", None)
    most = getattr(declared, "resizes_upto", None)
    if least is not None and least <= n + 1 and (most is None or n + 1 <= most):
        sym.written = True


def _given(fc: "FunctionChecker", arg: N.Expr) -> Given:
    """An argument as the check knows it: a declared variable's TypeSpec, a literal's or
    a built-in constant's value."""
    t = type(arg)
    if t is _NAME:
        key = fold(arg.name)  # type: ignore[attr-defined]
        sym = fc.scope.lookup(key)
        if sym is not None:
            return Given(sym.spec, UNKNOWN)
        c = fc.sym.registry.constants.get(key) if key not in fc.sym.constants else None
        return Given(None, UNKNOWN if c is None else c.value)
    if t is N.Num or t is _STR:
        return Given(None, arg.value)  # type: ignore[attr-defined]
    return Given(None, UNKNOWN)


class BuiltinKinds(NamedTuple):
    """What the pass reads from a built-in's parameter annotations (registry.py)."""

    builtin: Builtin
    # (0-based rank, 0 for a TextArg, 1 for a NumberArg, 2 for an IntArg, 3 for a WholeArg)
    # parameters, in order; None when it has none
    typed: tuple[tuple[int, int], ...] | None
    procedures: tuple[int, ...]  # 0-based ranks of its ProcArg parameters
    outputs: tuple[int, ...]  # ... and of its OutArg ones (most built-ins have neither)
    data: bool  # an HFSQL function (its first arguments may name data files: calls.py)
    least: int  # its argument count: at least,
    most: int  # at most (sys.maxsize: any number)
    # nothing to check but the argument count and the arguments as reads: no typed,
    # ProcArg or OutArg parameter, not an HFSQL function (check_call's shortest path)
    plain: bool
    counted: bool = False  # Count / Occurrence: its first argument checked (check_counted)
    extreme: bool = False  # Max / Min: each argument checked (check_extremes)
    # 0-based rank -> the run's refusal of a text literal there (the function's
    # `wl_literal_checks`: NumToString's format), None when it has none
    literals: Any = None
    # ExecuteProcess: a method named by text on an object checked (method_by_name.py);
    # ArraySort: its comparison procedure's count; Map, Filter: their procedure
    # (sort_callback.py)
    by_name: bool = False
    container: str | None = None  # what its first argument must be (needed_container)
    declared: Any = None  # its `declared_check` (check_declared), None when it has none
    # typed, and nothing else to check but the argument count (check_call's path for
    # `Left(s, 2)`: see quiet_typed)
    typed_alone: bool = False
    number_ranks: tuple[int, ...] = ()  # 0-based ranks of its NumberArg, IntArg parameters


_NUMBER_CODES = {"Text": 0, "Number": 1, "Int": _INT, "Whole": _WHOLE}
"""BuiltinKinds.typed's code of each kind of typed parameter (registry.py PARAM_KINDS)."""

_ROLES = {"Count": "counted", "Max": "extreme", "Min": "extreme", "ExecuteProcess": "by_name",
          "ArraySort": "by_name", "Map": "by_name", "Filter": "by_name"}
"""The built-ins (by English name) whose arguments have a check of their own, and which
(BuiltinKinds' `counted`, `extreme`, `by_name`)."""

# id(built-in) -> its kinds; the entry holds the built-in, so its identity is never reused.
KINDS_READ: dict[int, BuiltinKinds] = {}


def builtin_kinds(b: Builtin) -> BuiltinKinds:
    """`b.param_kinds()` and what follows from it, read once per built-in."""
    hit = KINDS_READ.get(id(b))
    if hit is None or hit.builtin is not b:
        kinds = b.param_kinds()
        typed = tuple((i, _NUMBER_CODES[k]) for i, k in enumerate(kinds) if k in _NUMBER_CODES)
        procedures = tuple(i for i, k in enumerate(kinds) if k == "Procedure")
        outputs = tuple(i for i, k in enumerate(kinds) if k == "Out")
        data = b.family.startswith("HFSQL")
        role = _ROLES.get(b.en)
        counted, extreme, by_name = role == "counted", role == "extreme", role == "by_name"
        literals = getattr(b.func, "wl_literal_checks", None)
        container = needed_container(b)
        declared = getattr(b.func, "wl_declared_check", None)
        hit = KINDS_READ[id(b)] = BuiltinKinds(
            b, typed or None, procedures, outputs, data, b.min_args,
            sys.maxsize if b.max_args is None else b.max_args,
            not (typed or procedures or outputs or data or counted or extreme or literals
                 or container or declared),
            counted, extreme, literals, by_name, container, declared,
            bool(typed) and not (role or literals or container or declared),
            tuple(i for i, number in typed if number))
    return hit


def quiet_typed(fc: "FunctionChecker", kinds: BuiltinKinds, args: list[N.Expr]) -> bool:
    """Whether check_builtin_args would certainly find nothing in a call of a built-in
    whose only check is of its typed parameters (`kinds.typed_alone`): no composite
    variable in the scope (a name or a row can then be refused) and no text literal at a
    NumberArg's rank (WL206). Most calls of Length, Left, Position, Round are so, and
    check_call then skips known_builtin (docs/performance.md)."""
    if fc.scope.composite:
        return False
    n = len(args)
    for rank in kinds.number_ranks:
        if rank < n:
            a: Any = args[rank]
            t = type(a)
            if t is _STR or t is _UNARY or t is _NUM and type(a.value) is not int:
                return False  # (a real literal: whole_literal, for an IntArg)
    return True
