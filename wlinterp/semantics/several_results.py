"""A procedure whose header lists its results' types, `PROCEDURE P() : (int, string)` /
`PROCÉDURE P() : (entier, chaîne)`: each type is checked as a declared type is, and a
RESULT giving another number of values is WL110, which the run refuses too (it would
lose a value or stop on a missing one; docs/semantics.md "Several values", L, 6 Dec 2026).
"""
from __future__ import annotations

__all__ = ["check_result_types", "check_result_count", "check_one_type_given_several",
           "result_word_length"]

from typing import TYPE_CHECKING

from ..records import replace
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.lambdas import LAMBDA_PREFIX
from .several_values import SIMPLE_KINDS, one_value, run_refusal

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec
    from .checker import FunctionChecker

# the declared result types whose conversion the check asks (run_refusal); a Variant takes
# the values, and others (a file record, an object of the runtime) are left to the run
_REFUSING_KINDS = SIMPLE_KINDS | {Kind.ARRAY, Kind.ASSOC, Kind.STRUCT}


def check_result_types(fc: "FunctionChecker", p: N.Procedure) -> None:
    """Each listed type as a declaration's type (an unknown one is WL207)."""
    for text in p.result_types:
        fc.spec(text, p)


def check_result_count(fc: "FunctionChecker", value: N.Expr, p: N.Procedure) -> None:
    """`RESULT (1, "a", 3)` or `RESULT 5` where the header lists two types."""
    if type(value) is N.TupleLit:
        given = len(value.items) + len(value.skipped)
    elif one_value(fc, value):  # (several_values.py: what is certainly one value)
        given = 1
    else:
        return  # (another procedure's values: counted when they are received)
    wanted = len(p.result_types)
    if given != wanted:
        listed = ", ".join(p.result_types)
        whose = "this lambda" if p.name.startswith(LAMBDA_PREFIX) else p.name  # (its
        fc.rep.report("WL110", f"RESULT gives {given} value(s) where the header of "  # name
                      f"{whose} lists {wanted} result types: ({listed})", value)  # is made up)


def check_one_type_given_several(fc: "FunctionChecker", s: N.Return, p: N.Procedure) -> None:
    """`RESULT (1, 2)` in `PROCEDURE P() : int`: the run converts RESULT's value to the one
    declared type and stops at that RESULT, in its conversion's words ("A value of type
    several values (...) cannot be used as a number."); the check said it at the call
    (`(a, b) is int = P()`: "got a single value") or nothing (`x is int = P()`). WL110
    (deferred: the run stops only when that RESULT runs) at the RESULT, in the run's
    words; an array, a structure or a class result type too ("cannot be stored in an
    array"). A Variant or another type that takes them is left alone."""
    value = s.value
    if type(value) is not N.TupleLit or len(value.items) < 2 or p.result_types:
        return
    spec = fc.spec(p.ret_type, p) if p.ret_type else None
    if spec is None or spec.kind not in _REFUSING_KINDS:
        return
    refused = run_refusal(_as_returned(fc, spec))
    if refused is not None:
        types = ", ".join([p.ret_type or ""] * len(value.items))
        header = f"(...) : ({types}) => ..." if p.name.startswith(LAMBDA_PREFIX) \
            else f"PROCEDURE {p.name}(...) : ({types})"  # (a lambda's name is made up)
        fc.rep.report("WL110", refused, s, result_word_length(fc, s), deferred=True,
                      hint=f"declare the result types, {header}, or give one value")


def result_word_length(fc: "FunctionChecker", s: N.Return) -> int:
    """How many characters a caret under RESULT / RENVOYER, as written at `s`, underlines."""
    line = fc.rep.lines[s.line - 1] if 0 < s.line <= len(fc.rep.lines) else ""
    word = line[s.col - 1:].split("(")[0].split()
    return len(word[0]) if word else 1



def _as_returned(fc: "FunctionChecker", spec: "TypeSpec") -> "TypeSpec":
    """A structure or class result type as the run converts RESULT's value to it: named as
    declared, and a class's as a reference ("cannot be stored in a dynamic CFoo: it refers
    to an object"), since a procedure returns its object, not a copy."""
    info = fc.sym.structs.get(spec.name) if spec.kind == Kind.STRUCT else None
    if info is None:
        return spec
    return replace(spec, name=info.name, dynamic=spec.dynamic or info.is_class)
