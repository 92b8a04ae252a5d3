"""The semantic pass's checks of the declarations that make types: an ENUMERATION's
values (constants, in their order, without cycles) and a STRUCTURE's or CLASS's members,
CONSTANT blocks, interfaces and parent. Each takes the function's checker, and
checker.py's dispatch reaches it as the method `s_<node class>`."""
from __future__ import annotations

__all__ = ["check_enum_decl", "check_struct_decl"]

import re
from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .resolved import class_constant_key
from .scopes import Symbol
from .member_checks import const_ok
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .assignments import check_lossy
    from .constant_order import check_constant_block, constant_cycle, own_constants
    from .creation import check_member_creation
    from .inheritance_checks import check_shared_methods
    from .interfaces import check_implements, check_inherited_implements
else:
    on_first_call(globals(), ".assignments", "check_lossy")
    on_first_call(globals(), ".constant_order",
                  "check_constant_block", "constant_cycle", "own_constants")
    on_first_call(globals(), ".creation", "check_member_creation")
    on_first_call(globals(), ".inheritance_checks", "check_shared_methods")
    on_first_call(globals(), ".interfaces", "check_implements", "check_inherited_implements")

if TYPE_CHECKING:
    from .checker import FunctionChecker


def check_enum_decl(fc: "FunctionChecker", s: N.EnumDecl) -> None:
    """An enumeration's associated values are constants too (the compiler reads them
    when it collects the program)."""
    fc.s_generic(s)
    names = [fold(name) for name, _, _, _ in s.items]
    for i, (name, e, _, _) in enumerate(s.items):
        if e is not None and not const_ok(e, fc.sym.constants):
            fc.rep.report("WL111", "an enumeration's value must be a literal value "
                          "or a constant", e)
        elif e is not None and not const_ok(e, {k: v for k, v in fc.sym.constants.items()
                                                if k not in names[i:]}):
            fc.rep.report("WL111", "an enumeration's value may only use the constants "
                          "defined before it", e)  # (its own later values have none yet)
        elif e is not None and constant_cycle(fold(name), e, fc.sym.const_values):
            fc.rep.report("WL111", f"the value '{name}' depends on itself", e)


def _leftmost(e: N.Expr) -> N.Expr:
    """Where an expression starts (`n + 1`: at n; a BinOp stands at its operator)."""
    while isinstance(e, N.BinOp):
        e = e.left
    return e


def class_sees(fc: "FunctionChecker", cls: str) -> dict[str, str]:
    """The constants a class's declarations name alone (folded -> shown): the program's,
    then its ancestors' and its own over them (resolved.class_constant_key)."""
    shown = dict(fc.sym.constants)
    for c in reversed(fc.sym.lineage(cls)):
        for key in fc.sym.structs[c].consts if c in fc.sym.structs else ():
            shown[key] = fc.sym.constants.get(class_constant_key(c, key), key)
    return shown


_INHERITS = re.compile(r"\b(?:inherits|h[ée]rite)\b", re.I)


def _parent_place(fc: "FunctionChecker", s: N.StructDecl, base: str) -> tuple[int, int]:
    """Where the class `s` names its parent `base` (`inherits from CNope`, `hérite de
    CNope`, below its header): the line and column of the name, (0, 0) if not found (a
    class of another file: the header then). WL207 marked the class's header."""
    lines = fc.rep.lines
    name = re.compile(r"(?<!\w)" + re.escape(base) + r"(?!\w)", re.I)
    for number in range(s.line, min(len(lines), s.line + 200) + 1):
        text = lines[number - 1].split("//", 1)[0]
        said = _INHERITS.search(text)
        found = name.search(text, said.end()) if said is not None else None
        if found is not None:
            return number, found.start() + 1
    return 0, 0


def check_struct_decl(fc: "FunctionChecker", s: N.StructDecl) -> None:
    sees = class_sees(fc, fold(s.name)) if s.is_class else fc.sym.constants
    for d in s.members:
        spec = fc.spec(d.type_text if d.dims is None else d.dims_text, d)
        for e in d.dims or ():  # `m_t is array of (MAXI+1) int`: valued when compiling
            if not const_ok(e, sees):
                fc.rep.report("WL111", "a member's array dimensions are constants or "
                              "expressions of constants (a structure's or class's members "
                              "are typed when compiling): size the array in the code "
                              "(ArrayAdd, `m_t = new array of n int`)", _leftmost(e))
        check_member_creation(fc, s, d, spec)
        if d.attributes:  # `m_n is int <foo>`: WL222
            from .variable_attributes import check_member_attributes
            check_member_attributes(fc, d)
        if d.init is not None and not fc.member_init_ok(d.init, sees):
            fc.rep.report("WL111", "a GLOBAL member's initial value must be a "
                          "constant (give it its value in the code)", d.init)
        elif d.init is not None and spec.kind is Kind.INT:  # `m_n is int = "abc"`: WL206
            for name, line, col in d.names:
                check_lossy(fc, Symbol(name, line, col, "var", spec), d.init, line, col)
    ahead = own_constants(s.consts)  # a class's CONSTANT blocks: its own order
    for block in s.consts:
        check_constant_block(fc, block, ahead[id(block)], sees,
                             fold(s.name) if s.is_class else None)
    if s.implements:
        check_implements(fc, s)
    if s.base is not None:
        check_inherited_implements(fc, s)
    if len(s.bases) > 1:
        check_shared_methods(fc, s)
    for base in s.bases or ([s.base] if s.base else []):
        if fold(base) not in fc.sym.structs:
            line, col = _parent_place(fc, s, base)
            fc.rep.report("WL207", f"unknown parent class '{base}'; {s.name} has only its "
                          f"own members", s, len(base) if line else len(s.name),
                          line=line or s.line, col=col or s.col)
        elif s.is_class and not fc.sym.structs[fold(base)].is_class:
            fc.rep.report("WL110", f"'{base}' is a structure: a class inherits only from a "
                          "class", s, len(s.name), deferred=True)
