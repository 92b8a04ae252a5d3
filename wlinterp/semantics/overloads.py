"""Procedures and methods with several syntaxes (help ?1514063), as the semantic pass
sees them: two declarations of one name are two syntaxes unless their parameters are the
same (WL105); a call is checked against the syntaxes that take its number of arguments
(WL104 when none does, listing them) and, when the kind of every argument is known, the
syntax it runs is chosen here (runtime/overloads.py's rules) and recorded for the
compiler; otherwise the compiled call chooses from the values passed.
"""
from __future__ import annotations

__all__ = ["same_parameters", "syntax_of", "check_overloaded_call", "static_kind",
           "method_arity", "check_syntax_count", "shown_method"]

import re
from typing import TYPE_CHECKING, Any, Callable

from ..runtime.kinds import Kind
from ..runtime.overloads import ArgKind, Syntax, ambiguous, choose, no_syntax
from ..runtime.type_phrases import parse_type
from ..runtime.types import VARIANT, TypeSpec
from ..syntax import nodes as N
from ..syntax.names import fold
from .call_counts import arity, spreads
from .named_args import named_for_several
from .enum_checks import enum_arguments

if TYPE_CHECKING:
    from .checker import FunctionChecker


def same_parameters(a: N.Procedure, b: N.Procedure) -> bool:
    """Do two declarations of one name take the same parameters (the same types in the
    same order, the same optional ones)? Then the second is a duplicate, not a syntax."""
    return len(a.params) == len(b.params) and all(
        p.star == q.star and (p.default is None) == (q.default is None)
        and fold(p.type_text or "") == fold(q.type_text or "")
        for p, q in zip(a.params, b.params))


def syntax_of(p: N.Procedure, parse: Callable[[str, Any], TypeSpec],
              lines: list[str]) -> Syntax:
    """A declaration as a syntax calls are matched against (`parse`: the caller's reading
    of a type phrase, the semantic pass's or the compiler's: the same parse_type; `lines`:
    the source's, where messages take the syntax as written)."""
    plain = [q for q in p.params if not q.star]
    params = tuple(parse(q.type_text, q) if q.type_text else None for q in plain)
    return Syntax(sum(1 for q in plain if q.default is None),
                  None if any(q.star for q in p.params) else len(plain), params,
                  _as_written(p, lines))


def _as_written(p: N.Procedure, lines: list[str]) -> str:
    """`Affiche(n est un entier)`: the declaration's name and parameters as its header
    line writes them (spaces folded), else rebuilt from the parameters."""
    text = lines[p.line - 1] if 0 < p.line <= len(lines) else ""
    m = re.search(re.escape(p.name) + r"\s*\(([^()]*)\)", text, re.IGNORECASE)
    if m is not None:
        return f"{p.name}({' '.join(m.group(1).split())})"
    return f"{p.name}(" + ", ".join(
        "*" if q.star else q.name + (f" {q.type_text}" if q.type_text else "")
        for q in p.params) + ")"


def check_overloaded_call(fc: "FunctionChecker", e: N.Call, shown: str,
                          group: list[N.Procedure], n: int, col: int) -> None:
    """A call of a procedure or method with several syntaxes: WL104 when none takes it,
    else the syntax it runs when the arguments' kinds decide (recorded on the call for the
    compiler: `Resolutions.syntaxes`; None: chosen when it runs). A call passing a range
    of MyParameters on (`P(MyParameters[2 TO])`) has as many arguments as the range
    holds when it runs: its syntax is chosen then, and its count checked then."""
    if spreads(e):
        fc.sym.refs.syntaxes[id(e)] = (e, None)
        return
    if N.NamedArg in map(type, e.args) and named_for_several(fc, e, shown):
        return  # (`Show(n : 1)`: named_args.py)
    syntaxes = _syntaxes(fc, group)
    able = [i for i, s in enumerate(syntaxes) if s.takes(n)]
    chosen: N.Procedure | None = None
    if not able:
        fc.rep.report("WL104", no_syntax(shown, syntaxes, n), e, len(shown), col=col)
    elif len(able) == 1:
        chosen = group[able[0]]
    else:
        kinds = [static_kind(fc, a) for a in e.args]
        if None not in kinds:
            index, tied = choose(syntaxes, kinds)
            if index is not None:
                chosen = group[index]
            else:
                fc.rep.report("WL104", ambiguous(shown, syntaxes, tied) if tied else
                              no_syntax(shown, syntaxes, n, by_type=True), e, len(shown),
                              col=col)
    fc.sym.refs.syntaxes[id(e)] = (e, chosen)
    if chosen is not None:
        enum_arguments(fc, e, shown, chosen.params)


def _syntaxes(fc: "FunctionChecker", group: list[N.Procedure]) -> list[Syntax]:
    """The group's syntaxes, read once per program (its parameters' types were reported
    on, if unknown, where they are declared: read quietly here)."""
    found = fc.sym.syntaxes_read.get(id(group))
    if found is None:
        sym = fc.sym

        def parse(text: str, node: Any) -> TypeSpec:
            try:
                return parse_type(text, sym.structs, sym.registry.types, _quiet,
                                  sym.named_types)
            except ValueError:
                return VARIANT
        found = sym.syntaxes_read[id(group)] = [syntax_of(p, parse, fc.rep.lines)
                                                for p in group]
    return found


def _quiet(name: str) -> None:
    """An unknown type in a parameter: a variant (WL207 where it is declared)."""


def method_arity(fc: "FunctionChecker", e: N.Call, shown: str, method: N.Procedure, n: int,
                 col: int) -> None:
    """A method's argument count, against each of its syntaxes if it has several."""
    group = fc.sym.overloads.get((fold(method.owner or ""), fold(method.name)))
    if group is not None:
        check_overloaded_call(fc, e, shown, group, n, col)
    else:
        arity(fc, e, shown, method.params, n, col)


def check_syntax_count(fc: "FunctionChecker", node: Any, shown: str,
                       group: list[N.Procedure], n: int, col: int, line: int) -> None:
    """An object created with n arguments for a constructor with several syntaxes: WL104
    when none takes that many (the values passed choose, when it runs)."""
    syntaxes = _syntaxes(fc, group)
    if not any(s.takes(n) for s in syntaxes):
        fc.rep.report("WL104", no_syntax(shown, syntaxes, n), node, len(shown), col=col,
                      line=line)


def shown_method(cls: str, p: N.Procedure) -> str:
    """A method with several syntaxes as messages name it, at check and at run time."""
    return f"{cls}::{p.name}"


_LITERALS: dict[type, Kind] = {str: Kind.STRING, int: Kind.INT, float: Kind.REAL,
                               bool: Kind.BOOLEAN}
# declared kinds whose values always have that kind (a class's variable may hold an
# object of a derived class, a variant anything: their values decide, when run)
_DECLARED = frozenset({Kind.INT, Kind.REAL, Kind.STRING, Kind.BOOLEAN, Kind.CURRENCY,
                       Kind.NUMERIC, Kind.DATE, Kind.TIME, Kind.DATETIME, Kind.DURATION,
                       Kind.ARRAY, Kind.ASSOC})


def static_kind(fc: "FunctionChecker", e: N.Expr) -> ArgKind:
    """The kind of an argument when the code says it (a literal, a variable declared of a
    simple type, an array), else None."""
    if isinstance(e, N.Unary) and e.op in ("neg", "pos"):
        e = e.operand
        if not isinstance(e, N.Num):
            return None
    if isinstance(e, (N.Num, N.Str)) or (isinstance(e, N.Const) and e.value is not None):
        kind = _LITERALS.get(type(e.value))
        return None if kind is None else (kind, ())
    if isinstance(e, N.Name):
        var = fc.scope.lookup(fold(e.name))
        spec = getattr(var, "spec", None)
        if spec is not None and spec.kind in _DECLARED \
                and (not spec.name or spec.kind == Kind.ASSOC):  # (its name: its options)
            return (spec.kind, ())
    return None
