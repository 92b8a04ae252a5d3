"""Writes into a variable declared `<immutable>` / `<immuable>` other than `x = v`
(which assignments._name_target refuses): an element or a member (`t[1] = 5`,
`st.n = 5`, `st.t[2] = 1`), a character or a property (`s[[1]] = "A"`, `d..Day = 5`),
a built-in that changes the array given first (`ArrayAdd(t, 5)`, `t.Add(5)`), one that
writes its argument (`Deserialize(st, buf, psdBinary)`: an OutArg), a procedure of the
program that assigns the parameter the variable is passed to (by reference), and a
literal indirection (`{"x"} = 6`). Each is WL106 in check and, so, a compile error in
the run (INFERRED, docs/semantics.md "An immutable variable's elements, members and
arguments": the value an immutable variable's declaration gives is kept whole, as its
name says; an array's elements and a structure's members are that value's parts).
A computed indirection (`{s} = 6`) is refused when it runs (runtime/indirection.py).

Nothing is looked for in a program that declares no immutable variable
(ProgramSymbols.immutables)."""
from __future__ import annotations

__all__ = ["immutable_root", "keep_walked_elements", "check_immutable_place",
           "check_immutable_call", "check_immutable_output", "check_immutable_indirect",
           "fixed_member"]

from typing import TYPE_CHECKING

from ..runtime.containers import immutable_member_error
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .place_types import place_type
from .read_only import ARRAY_CHANGERS
from .scopes import Symbol
from .variable_attributes import why_immutable
from .writing_callees import assigned_member, callee, written_params

if TYPE_CHECKING:
    from .checker import FunctionChecker

_HOLDERS = (N.Member, N.Index, N.Substr, N.Prop)
# `t.Add(5)`, `t.Supprime(1)`: the methods of an array that change it (the built-ins'
# names without their ArrayXxx / TableauXxx prefix, folded)
_METHOD_CHANGERS = frozenset(
    n[5:] if n.startswith("array") else n[7:] if n.startswith("tableau") else n
    for n in ARRAY_CHANGERS)
_CONTAINERS = (Kind.ARRAY, Kind.ASSOC)


def immutable_root(fc: "FunctionChecker", e: N.Expr) -> tuple[N.Name, Symbol] | None:
    """The variable declared `<immutable>` that the place `e` is part of (`st` of
    `st.t[2]`), with its symbol; None for any other place. A member declared
    `<immutable>` on the way (`o.m_t[1]`) is reported here (fixed_member)."""
    while type(e) in _HOLDERS:
        if type(e) is N.Member and fixed_member(fc, e):
            return None
        e = e.obj  # type: ignore[attr-defined]
    if type(e) is not N.Name:
        return None
    sym = fc.scope.lookup(fold(e.name))
    if sym is None:  # `m_n = 5` in a method: a member of the object
        fixed_member(fc, e)
        return None
    return (e, sym) if sym.immutable else None


def _passed_root(fc: "FunctionChecker", e: N.Expr) -> tuple[N.Name, Symbol] | None:
    """The immutable variable an argument hands over by reference: itself, an element or
    a member of it (`t`, `t[1]`, `st.n`); None for a character, a range or a property
    (`s[[1]]`, `s[[2 TO 3]]`, `d..Day`): those are computed values, which a procedure
    assigning its parameter does not write back."""
    part = e
    while type(part) is N.Member or type(part) is N.Index:
        part = part.obj
    return immutable_root(fc, e) if type(part) is N.Name else None


def _container(fc: "FunctionChecker", e: N.Expr) -> bool:
    """Is `e` declared an array or an associative array? Only their methods named Add,
    Delete, Sort... change them; a class's method of that name (`o.Add(3)`, CBag.Add) is
    the program's, and what it changes is not known."""
    place = place_type(fc, e)
    return place is not None and place[0].kind in _CONTAINERS


def _report(fc: "FunctionChecker", found: tuple[N.Name, Symbol], how: str) -> None:
    """WL106 at the immutable variable's name."""
    root, sym = found
    fc.rep.report("WL106", f"cannot change '{root.name}': {why_immutable(sym)} ({how})",
                  root, len(root.name))


_CONSTRUCTORS = frozenset({"constructor", "constructeur"})


def fixed_member(fc: "FunctionChecker", e: N.Member | N.Name) -> bool:
    """WL106 (True) when `e` (`o.m_n`, `st.n`, or `m_n` in a method) is a member its
    structure or class declares `<immutable>` (StructInfo.fixed): it keeps the value its
    declaration gives; a constructor of the class may give the object's own one its
    value (INFERRED, docs/semantics.md "Attributes on members")."""
    own = type(e) is N.Name or fc.is_self(e.obj)  # type: ignore[union-attr]
    words = _member_words(fc, e.name, None if own
                          else fc.static_class(e.obj))  # type: ignore[union-attr]
    if words is None:
        return False
    col = e.col if type(e) is N.Name else e.col + 1
    fc.rep.report("WL106", words, e, len(e.name), col=col)
    return True


def _member_words(fc: FunctionChecker, name: str, cls: str | None) -> str | None:
    """WL106's words for a write to the member `name` of an object of the class `cls`
    (None: the method's own object) when it is declared `<immutable>`; None when it is
    not, or when a constructor gives its own object's member its value."""
    own = cls is None
    cls = fc.scope.method_owner() if own else cls
    if cls is None or cls not in fc.sym.structs:
        return None
    said = _fixed_words(fc, cls, name)
    if said is None:
        return None
    holder, words = said
    if own and fc.sym.structs[holder].is_class and fc.proc is not None \
            and fold(fc.proc.name) in _CONSTRUCTORS:
        return None  # (the constructor gives it its value)
    return words


def _fixed_words(fc: "FunctionChecker", cls: str, name: str) -> tuple[str, str] | None:
    """The structure or class (folded) of `cls`'s lineage declaring the member `name`
    `<immutable>`, with WL106's words for a write to it; None if none does."""
    key = fold(name)
    holder = next((c for c in fc.sym.lineage(cls)
                   if c in fc.sym.structs and key in fc.sym.structs[c].fixed), None)
    if holder is None:
        return None
    info = fc.sym.structs[holder]
    return holder, immutable_member_error(name, info.name, info.is_class)


def check_immutable_place(fc: "FunctionChecker", x: N.Expr) -> None:
    """`t[1] = 5`, `st.n = 5`, `s[[1]] = "A"`, `d..Day = 5`: a part of an immutable
    variable assigned."""
    if not fc.sym.immutables:
        return
    found = immutable_root(fc, x)
    if found is not None:
        cls = type(x)
        part = "a member" if cls is N.Member else "a property" if cls is N.Prop else \
            "a character" if cls is N.Substr else "an element"
        _report(fc, found, f"{part} of it assigned")


def check_immutable_call(fc: "FunctionChecker", call: N.Call) -> None:
    """`ArrayAdd(t, 5)` / `t.Add(5)` on an immutable array; an immutable variable passed
    to a procedure of the program that assigns that parameter (passed by reference).
    (check_call asks only in a program that declares an immutable variable.)"""
    func = call.func
    if type(func) is N.Member and fold(func.name) in _METHOD_CHANGERS \
            and _container(fc, func.obj):
        found = immutable_root(fc, func.obj)
        if found is not None:
            _report(fc, found, f"{func.name} would change its elements")
        return
    proc = callee(fc, func)
    if isinstance(func, N.Member) and proc is not None:
        _method_on_immutable(fc, func, proc)
    if not call.args:
        return
    if proc is None and type(func) is N.Name and fold(func.name) in ARRAY_CHANGERS:
        found = immutable_root(fc, call.args[0])
        if found is not None:
            _report(fc, found, f"{func.name} would change its elements")
        return
    if proc is None:
        return
    written = written_params(fc, proc)
    for arg, prm in zip(call.args, proc.params):
        key = fold(prm.name)
        if key in written and (found := _passed_root(fc, arg)) is not None:
            via = written[key]
            how = f"which assigns its parameter '{prm.name}'" if via is None else \
                f"which passes its parameter '{prm.name}' on to {via}, which assigns it"
            _report(fc, found, f"passed by reference to {proc.name}, {how}")


def _method_on_immutable(fc: "FunctionChecker", func: N.Member, method: N.Procedure) -> None:
    """`o.SetX(5)`, o declared `<immutable>` (or part of a variable so declared), SetX a
    method of o's class that assigns a member of its object (`m_x = v`): as `o.m_x = 5`."""
    cls = fc.static_class(func.obj)
    member = assigned_member(fc, method, cls) if cls is not None else None
    found = immutable_root(fc, func.obj) if member is not None else None
    if found is not None:
        _report(fc, found, f"its method {method.name} assigns its member '{member}'")


def keep_walked_elements(fc: "FunctionChecker", s: N.ForEach) -> Symbol | None:
    """`FOR EACH e OF ts`, ts (or the variable it is part of) declared `<immutable>`: the
    loop's variable is each element itself (`e.n = 5`, `x = 9` changed ts), so it is kept
    as ts is while the body is checked: its symbol, marked (the caller unmarks it after
    the body), else None. A FOR EACH STRING's pieces are copies."""
    if not fc.sym.immutables or s.strings:
        return None
    elem = fc.scope.lookup(fold(s.var))
    if elem is None or elem.role != "loop" or elem.immutable \
            or (root := immutable_root(fc, s.iterable)) is None:
        return None
    elem.immutable = True
    elem.immutable_of = root[0].name
    return elem


def check_immutable_output(fc: "FunctionChecker", a: N.Expr, sym: Symbol,
                           call: N.Call) -> None:
    """An immutable variable (`a`, its name) given where a built-in writes its argument
    (an OutArg: `Deserialize(st, buf, psdBinary)`)."""
    if sym.immutable and type(a) is N.Name:
        shown = call.func.name if type(call.func) is N.Name else "the function"
        _report(fc, (a, sym), f"{shown} writes the argument it is given")


def check_immutable_indirect(fc: "FunctionChecker", target: N.Indirect) -> None:
    """`{"x"} = 6`, `{"t[2]"} = 1`, `{"st.n"} = 5`: a literal indirection naming an
    immutable variable or a part of one."""
    if not fc.sym.immutables or type(target.name) is not N.Str:
        return
    text = target.name.value.strip()
    from ..syntax.indirection_paths import indirection_head, indirection_parts  # (rare)
    head = indirection_head(text)  # (as the run reads it: runtime/indirection.py)
    sym = fc.scope.lookup(fold(head)) if head else None
    if sym is None and head == text and (words := _member_words(fc, text, None)):
        fc.rep.report("WL106", f"{words} (through the indirection {{\"{text}\"}})",
                      target)  # `{"m_n"} = 9` in a method of m_n's class: as `m_n = 9`
    elif sym is not None and sym.immutable:
        fc.rep.report("WL106", f"cannot change '{head}': {why_immutable(sym)} (through "
                      f"the indirection {{\"{text}\"}})", target)
    elif sym is not None and len(parts := indirection_parts(text)) == 2 \
            and parts[0] == head and parts[1]:  # (a variable, one member of it)
        cls = fc.static_class(N.Name(target.line, target.col, head))
        said = _fixed_words(fc, cls, parts[1]) if cls in fc.sym.structs else None
        if said is not None:  # `{"o.m_n"} = 5`, m_n declared <immutable> in o's class
            fc.rep.report("WL106", f"{said[1]} (through the indirection {{\"{text}\"}})",
                          target)

