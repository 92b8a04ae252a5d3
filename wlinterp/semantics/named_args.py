"""Named arguments (`Remise(nMontant : 80)`, `Remise(200, nTaux : 5)`), as the semantic
pass places them: once the callee's parameters are known (a procedure, internal
procedure or method of the program), each named argument goes to its parameter's place
and the call becomes a positional one, `*` (the default value) in the places left
between (`Remise(nTaux : 5, nMontant : 50)` is `Remise(50, 5)`): the compiler and the
run see only positional calls. The positional call lives in the analysis's table
(resolved.py `placed`, `placed_calls`), never in the tree: `wl check` and the REPL
analyse one tree more than once, and each analysis must find the names as written.

Decided (INFERRED, docs/semantics.md "Named arguments"): the help's page on procedure
parameters names the feature but its text is not in the stored copy; the rules are
those of the languages that have it. A name is a parameter's, in any case and with or
without accents; positional arguments come first; a parameter is given once; a
parameter without a default value must be given. A call whose callee's parameters are
not known where it is written (a built-in, a procedure held in a variable, an
indirection, a method chosen at run time) takes no named argument. Every fault is a
compile error (WINDEV's compiler checks the names), so `wl run` refuses the code
before it runs, with the check's words at the check's place.
"""
from __future__ import annotations

__all__ = ["place_named", "named_elsewhere", "star_without_default", "named_for_several"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from .suggest import closest

if TYPE_CHECKING:
    from .checker import FunctionChecker

_NAMED = N.NamedArg


def place_named(fc: "FunctionChecker", args: list[N.Expr], node: N.Node, shown: str,
                params: list[N.Param], taken: int, col: int, line: int | None = None) -> bool:
    """Put the named arguments of a call (or of an object's creation: `new C(n : 1)`) at
    their parameters' places, in the analysis's table (resolved.py `place`: the tree
    stays as written); `taken`: parameters given
    before the written arguments (an extension procedure's object); `col`/`line`: the
    callee's name. False when the call has a fault, reported here (its named arguments
    are then left as written; the rest of the pass reads their values)."""
    first = next((i for i, a in enumerate(args) if type(a) is _NAMED), None)
    if first is None:
        return True
    plain = [p for p in params if not p.star]
    slots: dict[int, N.Expr] = {taken + i: a for i, a in enumerate(args[:first])}
    ok = True
    for a in args[first:]:
        if type(a) is not _NAMED:
            fc.rep.report("WL111", "an argument given by its position cannot follow a named "
                          "one: give the positional arguments first", a, deferred=False)
            ok = False
            continue
        ok = _place_one(fc, a, shown, plain, slots, taken) and ok
    out = _fill(fc, node, shown, plain, slots, taken, col, line) if ok else None
    if out is None:  # analysing the tree again reports the fault again
        fc.sym.refused_named.update(id(a) for a in args if type(a) is _NAMED)
        return False
    order = _written_order(slots, taken)
    stand_in = None
    if type(node) is N.Call:  # (read instead of the call by the pass and the compiler)
        stand_in = N.Call(node.line, node.col, node.func, out, order=order)
    fc.sym.refs.place(node, out, order, stand_in)
    return True


_QUIET = (N.Num, N.Str, N.Name, N.DefaultArg)  # read at any time, the same value


def _written_order(slots: dict[int, N.Expr], taken: int) -> tuple[int, ...]:
    """The indexes of the arguments (after their placing) whose evaluation may have an
    effect, in the order written, when it is not their placed order (`P(nB : Next(),
    nA : Next())`); () else, the common case, which costs the call nothing. Decided
    (INFERRED, docs/semantics.md "Named arguments"): evaluated in the order written, as
    in every language with named arguments."""
    loud = [rank - taken for rank, value in slots.items() if not isinstance(value, _QUIET)]
    return tuple(loud) if loud != sorted(loud) else ()


def _place_one(fc: "FunctionChecker", a: N.NamedArg, shown: str, plain: list[N.Param],
               slots: dict[int, N.Expr], taken: int) -> bool:
    """One named argument into `slots` (rank of its parameter -> value); False, with the
    fault reported at its name, for a name no parameter has or a parameter given twice."""
    key = fold(a.name)
    rank = next((i for i, p in enumerate(plain) if i >= taken and fold(p.name) == key), None)
    if rank is None:
        near = closest(a.name, [p.name for p in plain[taken:]])
        names = ", ".join(p.name for p in plain[taken:]) or "none"
        fc.rep.report("WL104", f"{shown} has no parameter named '{a.name}' (its "
                      f"parameters: {names})", a, len(a.name), deferred=False,
                      hint=f"did you mean '{near}'?" if near else None)
        return False
    if rank in slots:
        fc.rep.report("WL104", f"{shown}: the parameter {plain[rank].name} is given twice",
                      a, len(a.name), deferred=False)
        return False
    slots[rank] = a.value
    return True


def _fill(fc: "FunctionChecker", node: N.Node, shown: str, plain: list[N.Param],
          slots: dict[int, N.Expr], start: int, col: int,
          line: int | None) -> list[N.Expr] | None:
    """The arguments of the positional call: up to the last parameter given, a
    parameter not given takes its default value (`*`); None, reported at the call's
    name, when one without a default value is not given."""
    last = max(slots)
    out: list[N.Expr] = []
    missing = [p.name for i, p in enumerate(plain[start:last + 1], start)
               if i not in slots and p.default is None]
    if missing:
        which = f"the parameter {missing[0]} has" if len(missing) == 1 else \
            f"the parameters {', '.join(missing)} have"
        fc.rep.report("WL104", f"{shown}: {which} no default value and must be given",
                      node, len(shown), deferred=False, col=col, line=line)
        return None
    for i in range(start, last + 1):
        out.append(slots[i] if i in slots else N.DefaultArg(node.line, node.col))
    return out


def named_elsewhere(fc: "FunctionChecker", a: N.NamedArg) -> None:
    """A named argument left so by the pass: its callee's parameters are not known where
    the call is written (a built-in, a procedure held in a variable, an indirection...),
    or it is no call's (`t[i : 2]`). The compile error, then its value read (only the
    value for one whose call's fault place_named reported)."""
    if id(a) in fc.sym.refused_named:
        fc.expr(a.value)
        return
    callee = _callee_written(fc, a)
    key = fold(callee)
    if callee and key in fc.sym.registry.functions and key not in fc.sym.procs \
            and fc.scope.lookup(key) is None:  # `Left(s, nLength : 2)`
        fc.rep.report("WL111", f"'{a.name} :' names a parameter, but {callee} is a WLanguage "
                      f"function, whose parameters have no names: give its arguments by "
                      f"position", a, len(a.name), deferred=False)
    else:
        fc.rep.report("WL111", f"'{a.name} :' names a parameter: only a procedure or method "
                      f"of the program, its parameters known where it is called, takes "
                      f"named arguments", a, len(a.name), deferred=False,
                      hint="give the arguments by position")
    fc.expr(a.value)


def _callee_written(fc: "FunctionChecker", a: N.NamedArg) -> str:
    """The name written before the `(` that holds the named argument `a` on its line
    (`Left` in `Left(s, nLength : 2)`), read from the source text: only when the error
    is reported, so the pass's hot path pays nothing for it. "" when there is none."""
    lines = fc.rep.lines
    text = lines[a.line - 1] if 0 < a.line <= len(lines) else ""
    depth, i = 0, a.col - 2
    while i >= 0:
        c = text[i]
        if c in ")]":
            depth += 1
        elif c in "([":
            if depth == 0:
                break
            depth -= 1
        i -= 1
    if i < 0 or text[i] != "(":
        return ""
    end = i
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:end]


def star_without_default(fc: "FunctionChecker", e: N.Call, shown: str,
                         params: list[N.Param], taken: int) -> None:
    """`P(*, 5)`, P's first parameter without a default value: `*` stands for a
    parameter's default value, and this one has none (the run went on with an internal
    marker in the parameter: "A value of type object cannot be used as a number").
    A compile error at the `*` (*decided*, docs/semantics.md "Named arguments")."""
    plain = [p for p in params if not p.star]
    for i, a in enumerate(e.args):
        k = taken + i
        if type(a) is N.DefaultArg and k < len(plain) and plain[k].default is None:
            fc.rep.report("WL104", f"{shown}: the parameter {plain[k].name} has no default "
                          f"value: '*' cannot stand for it", a, 1, deferred=False)


def named_for_several(fc: "FunctionChecker", e: N.Call, shown: str) -> bool:
    """`Show(n : 1)`, Show a procedure or method with several syntaxes: the arguments
    choose the syntax by their count and types, so a name cannot say which syntax's
    parameter it is (*decided*). A compile error at each name (the rest of the pass
    reads its value); False when the call names none."""
    found = False
    for a in e.args:
        if type(a) is _NAMED:
            fc.rep.report("WL111", f"{shown} has several syntaxes, chosen by the arguments' "
                          f"positions and types: '{a.name} :' cannot name a parameter of "
                          f"one", a, len(a.name), deferred=False,
                          hint="give the arguments by position")
            fc.sym.refused_named.add(id(a))  # (the tree stays as written: place_named)
            found = True
    return found
