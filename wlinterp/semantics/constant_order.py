"""Which constants a CONSTANT's value may use (docs/semantics.md, "Constants in any
order"): those its own code declares above it, and any constant of another element (a
class's CONSTANT blocks, another procedure's, the code of another file), wherever that
one is written, unless the values then depend on themselves. The compiler gives the
values in the order they need (compiler/global_constants.py, collect_constants).
"""
from __future__ import annotations

__all__ = ["check_constant_block", "constant_cycle", "integer_values", "own_constants",
           "report_not_constant"]

from bisect import bisect_right
from typing import TYPE_CHECKING, Callable, Sequence

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import sub_exprs
from .facts import facts
from .member_checks import const_ok
from .resolved import class_constant_key

if TYPE_CHECKING:
    from .checker_state import CheckerState

ClassConstant = Callable[[str, str], "str | None"]


def own_constants(stmts: Sequence[N.Stmt], starts: Sequence[int] = ()
                  ) -> dict[int, list[str]]:
    """id of each CONSTANT block of this code -> the constants this code declares from
    that block's first on, in order; a class's blocks are another element's (the class
    checks them against its own list), and so is the code of another file of a linked
    project (`starts`: the line each file's code starts at)."""
    blocks = [s for s in stmts if isinstance(s, N.ConstDecl)]
    inside = {id(b) for s in stmts if isinstance(s, N.StructDecl) for b in s.consts}
    out: dict[int, list[str]] = {}
    files: dict[int, list[N.ConstDecl]] = {}
    for b in blocks:
        if id(b) not in inside:
            files.setdefault(bisect_right(starts, b.line), []).append(b)
    for same in files.values():
        keys = [fold(n) for b in same for n, _, _, _ in b.items]
        start = 0
        for b in same:
            out[id(b)] = keys[start:]
            start += len(b.items)
    return out


def check_constant_block(fc: CheckerState, s: N.ConstDecl, ahead: list[str],
                         sees: dict[str, str] | None = None,
                         cls: str | None = None) -> None:
    """WL111 on a value that is not a constant expression, uses a constant its own code
    declares at or below it (`ahead`: this block's names and the later ones), or depends
    on itself through other elements' constants. (`sees`: the constants a class's block
    names alone, its class's among them, declaration_blocks.class_sees; `cls`: that
    class, folded.)"""
    sees = fc.sym.constants if sees is None else sees
    for i, (name, e, _, _) in enumerate(s.items):
        seen = _inherited(fc, e, sees)
        if not const_ok(e, seen, fc.sym.enum_values, builtin_constant(fc)):
            report_not_constant(fc, e, "a constant must be a literal value", seen)
            continue
        later = set(ahead[i:])
        early = next((x for x in _names(e) if fold(x.name) in later), None)
        if early is not None:
            fc.rep.report("WL111", "a constant's value may only use the constants "
                          "defined before it", early)
            continue
        key = fold(name) if cls is None else class_constant_key(cls, fold(name))
        cycle = constant_cycle(key, e, fc.sym.const_values, fc.sym.class_constant)
        if cycle:
            shown = " -> ".join(fc.sym.constants.get(k, k) for k in cycle)
            first = next(x for x in _names(e)
                         if constant_key(x, cls, fc.sym.class_constant) == cycle[1])
            fc.rep.report("WL111", f"the constant '{name}' depends on itself ({shown})",
                          first)


def _inherited(fc: CheckerState, e: N.Expr, sees: dict[str, str]) -> dict[str, str]:
    """`sees` with `CSub::K` added for each `CSub::K` of the value `e` that names a
    constant of an ancestor of CSub: `CONSTANT X = CSub::K` is the parent's K, as
    `CSub::K` is in code (*decided*, INFERRED, docs/semantics.md "A class's constants":
    a derived class has its parent's constants; the compiler values it so,
    global_constants.py `visible_constant`); check and run refused it (WL111)."""
    more = {class_constant_key(fold(x.cls), fold(x.name)): x.name for x in _names(e)
            if isinstance(x, N.ClassMember) and x.cls
            and fc.sym.class_constant(fold(x.cls), fold(x.name)) is not None}
    return {**sees, **more} if more else sees


def report_not_constant(fc: CheckerState, e: N.Expr, otherwise: str,
                        sees: dict[str, str] | None = None) -> None:
    """WL111 for a value that cannot be a constant's: at the name it uses that is no
    constant, saying what that name is (undeclared, a variable), else `otherwise` at the
    value (a call, a string operation...)."""
    sees = fc.sym.constants if sees is None else sees
    faults = [x for x in _names(e) if not const_ok(x, sees)]
    if not faults or not const_ok_but(e, faults, fc, sees):
        fc.rep.report("WL111", otherwise, e)
        return
    name = faults[0]
    what = "a variable" if fc.scope.lookup(fold(name.name)) is not None else \
        "not declared" if fc.global_kind(fold(name.name)) is None else "not a constant"
    shown = f"{name.cls or ''}::{name.name}" if isinstance(name, N.ClassMember) else name.name
    col = fc.rep.find(name.line, name.col - len(shown), shown)  # (`::` is the node's)
    fc.rep.report("WL111", f"'{shown}' is {what}: a constant's value uses only "
                  f"literals and other constants", name, len(shown), col=col)


def const_ok_but(e: N.Expr, names: list[N.Name | N.ClassMember], fc: CheckerState,
                 sees: dict[str, str] | None = None) -> bool:
    """Would `e` be a constant's value if `names` (names it uses) were constants? (Then
    the first of them is the fault to show.)"""
    more = {fold(x.name): x.name for x in names}
    return const_ok(e, {**(fc.sym.constants if sees is None else sees), **more},
                    fc.sym.enum_values, builtin_constant(fc))


def builtin_constant(fc: CheckerState) -> Callable[[str], bool]:
    """Is a (folded) name a built-in constant that no declaration of the program hides?
    `SEP = TAB`, `FIN_LIGNE = CR`: WLanguage's own constants are constants (INFERRED,
    docs/semantics.md "Constants in any order")."""
    return lambda key: fc.scope.lookup(key) is None and fc.global_kind(key) == "constant"


def constant_cycle(key: str, e: N.Expr, values: dict[str, N.Expr],
                   class_constant: ClassConstant | None = None) -> list[str]:
    """The path by which the value `e` of the constant `key` comes back to `key` through
    the constants it names (empty: it does not). Keys are the program's tables': a
    class's constant is `cls::name` (resolved.class_constant_key), and a name inside a
    class's value is looked up in that class first (`class_constant`: the program's
    ProgramSymbols.class_constant)."""
    todo: list[tuple[str, N.Expr, list[str]]] = [(key, e, [key])]
    seen: set[str] = set()
    while todo:
        at, x, path = todo.pop()
        cls = at.partition("::")[0] if "::" in at else None
        for node in _names(x):
            name = constant_key(node, cls, class_constant)
            if name == key:
                return path + [key]
            if name not in seen and name in values:
                seen.add(name)
                todo.append((name, values[name], path + [name]))
    return []


def constant_key(node: N.Name | N.ClassMember, cls: str | None,
                 class_constant: ClassConstant | None) -> str:
    """The table key of the constant a name in a value names: `CA::MAXV` CA's (or its
    ancestor's), `MAXV` or `::MAXV` inside the class `cls` that class's own when it has
    one, else the program's."""
    name = fold(node.name)
    if class_constant is None:
        return name
    owner = fold(node.cls) if isinstance(node, N.ClassMember) and node.cls else cls
    if owner is None:
        return name
    return class_constant(owner, name) or (
        class_constant_key(owner, name) if owner != cls else name)


def _names(e: N.Expr) -> list[N.Name | N.ClassMember]:
    """The constants an expression names (`C`, `CClass::C`, `::C`)."""
    if isinstance(e, (N.Name, N.ClassMember)):
        return [e]
    return [n for x in sub_exprs(e) for n in _names(x)]


def body_constants(body: N.Body, starts: Sequence[int]) -> dict[int, list[str]]:
    """own_constants of a function's body (its program-level statements, found once)."""
    return own_constants(facts(body).program_level, starts)


def integer_values(values: dict[str, N.Expr]) -> dict[str, int]:
    """The constants (folded) whose value is an integer computed from integer literals,
    other such constants, signs and `+ - *` (what the check needs of an array's
    dimension; the compiler has every constant's value)."""
    out: dict[str, int] = {}
    for key in values:
        value = _integer(values[key], values, out, {key})
        if value is not None:
            out[key] = value
    return out


def _integer(e: N.Expr, values: dict[str, N.Expr], known: dict[str, int],
             seen: set[str]) -> int | None:
    if isinstance(e, N.Num):
        return e.value if type(e.value) is int else None
    if isinstance(e, (N.Name, N.ClassMember)):
        key = fold(e.name)
        if key in known:
            return known[key]
        if key in seen or key not in values:
            return None
        value = _integer(values[key], values, known, seen | {key})
        if value is not None:
            known[key] = value
        return value
    if isinstance(e, N.Unary) and e.op in ("neg", "pos"):
        inner = _integer(e.operand, values, known, seen)
        return None if inner is None else -inner if e.op == "neg" else inner
    if isinstance(e, N.BinOp) and e.op in ("+", "-", "*"):
        a = _integer(e.left, values, known, seen)
        b = _integer(e.right, values, known, seen)
        if a is None or b is None:
            return None
        return a + b if e.op == "+" else a - b if e.op == "-" else a * b
    return None
