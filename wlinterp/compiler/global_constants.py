"""The program's constants and enumerations, valued before any code is generated (for
ProgramCompiler, through global_symbols.py): each in the order the values need them (a
constant may name one a class, another procedure or file declares further down), a
class's own constants first in its declarations, an enumeration's values as constants,
a combination's as flags; a member's initial value, a constant.
"""
from __future__ import annotations

__all__ = ["GlobalConstantsMixin"]

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..syntax.names import fold
from ..semantics.resolved import class_constant_key

if TYPE_CHECKING:
    from ..errors import WLSyntaxError
    from ..runtime.types import StructDef


class GlobalConstantsMixin:
    """Methods of ProgramCompiler that value its constants and enumerations."""

    if TYPE_CHECKING:  # ProgramCompiler's own, for the type checker
        registry: Any
        structs: dict[str, StructDef]
        constants: dict[str, Any]
        pending_consts: dict[str, N.Expr]
        const_class: str | None
        const_parents: dict[str, list[str]]
        pending_enums: dict[str, N.EnumDecl]
        valued_enums: set[int]
        enum_decls: dict[str, N.EnumDecl]
        enums: dict[str, list[str]]
        combinations: set[str]

        def refused(self, node: Any) -> WLSyntaxError: ...

    def collect_constants(self, level: list[N.Stmt]) -> None:
        """Constants and enumerations get their values in the order their values need
        them: a constant may use one that a class, another procedure or file declares
        further down (the semantic pass refuses a cycle, and a use of a constant its own
        code declares below: docs/semantics.md)."""
        owners = {id(b): fold(s.name) for s in level if isinstance(s, N.StructDecl)
                  for b in s.consts}  # a class's blocks: its own constants
        self.const_class = None
        self.const_parents = {fold(s.name): [fold(b) for b in s.bases or
                                             ([s.base] if s.base else [])]
                              for s in level if isinstance(s, N.StructDecl)}
        for key, sdef in self.structs.items():  # (REPL: a class of an earlier input)
            self.const_parents.setdefault(key, [fold(b.name) for b in sdef.parents()])
        self.pending_consts = {_constant_key(owners.get(id(s)), fold(n)): e
                               for s in level if isinstance(s, N.ConstDecl)
                               for n, e, _, _ in s.items}
        self.pending_enums = {fold(n): s for s in level if isinstance(s, N.EnumDecl)
                              for n, *_ in s.items}
        self.valued_enums = set()
        self.enum_decls = {fold(s.name): s for s in level if isinstance(s, N.EnumDecl)}
        for s in level:
            if isinstance(s, N.EnumDecl):
                self.add_enum(s)
            elif isinstance(s, N.ConstDecl):
                for name, _, _, _ in s.items:
                    self.needed_constant(_constant_key(owners.get(id(s)), fold(name)))

    def needed_constant(self, key: str) -> bool:
        """Give the constant or enumeration value `key`, declared further down, its value
        now (False: no such declaration is waiting, or it is being valued: a cycle)."""
        expr = self.pending_consts.pop(key, None)
        if expr is not None:  # (valued where it is declared: in its class, if any)
            outer, self.const_class = self.const_class, \
                key.partition("::")[0] if "::" in key else None
            try:
                self.constants[key] = self.const_value(expr)
            finally:
                self.const_class = outer
            return True
        decl = self.pending_enums.get(key)
        if decl is not None and id(decl) not in self.valued_enums:
            self.add_enum(decl)
            return True
        return False

    def add_enum(self, s: N.EnumDecl) -> None:
        """An enumeration's values become constants (reached as `Green` or `Colors.Green`);
        a combination's are the flags 1, 2, 4..."""
        from ..runtime.enums import WLCombType, WLEnumType, WLEnumValue
        if id(s) in self.valued_enums:
            return  # valued already, for a constant declared above it
        self.valued_enums.add(id(s))
        keys = []
        values = []
        for rank, (name, expr, _, _) in enumerate(s.items, 1):
            value = self.const_value(expr) if expr is not None else None
            values.append(value)
            self.constants[fold(name)] = (1 << (rank - 1) if s.combination else
                                          WLEnumValue(s.name, name, rank, value))
            keys.append(fold(name))
        self.enums[fold(s.name)] = keys
        if s.combination:
            self.combinations.add(fold(s.name))
        if fold(s.name) in self.constants:
            return
        if s.combination:  # the combination named as a value (CombinationFromName)
            self.constants[fold(s.name)] = WLCombType(s.name, [n for n, *_ in s.items], values)
        else:  # the enumeration named as a value
            self.constants[fold(s.name)] = WLEnumType(
                s.name, [self.constants[k] for k in keys])

    def member_init(self, e: N.Expr) -> Any:
        """A member's initial value (`m_n is int = -1`, `= Level.Log`): a constant."""
        if isinstance(e, N.Unary) and e.op in ("neg", "pos"):
            from ..runtime.arithmetic import w_sub
            value = self.member_init(e.operand)
            return w_sub(0, value) if e.op == "neg" else value
        if isinstance(e, N.Member) and isinstance(e.obj, N.Name) \
                and fold(e.name) in self.enums.get(fold(e.obj.name), ()):
            return self.constants[fold(e.name)]
        return self.const_value(e)

    def visible_constant(self, e: N.Name | N.ClassMember) -> str:
        """The key of the constant a constant's expression names: `CA::K` CA's K (or an
        ancestor's), `K` or `::K` in a class's declarations its class's first, else the
        program's `K` (semantics: program_decls `class_constants_of`)."""
        key = fold(e.name)
        cls = fold(e.cls) if isinstance(e, N.ClassMember) and e.cls else self.const_class
        todo, seen = [cls] if cls else [], set()
        while todo:
            c = todo.pop(0)
            own = _constant_key(c, key)
            if own in self.constants or own in self.pending_consts:
                return own
            seen.add(c)
            todo += [p for p in self.const_parents.get(c, ()) if p not in seen]
        return key

    def const_value(self, e: N.Expr) -> Any:
        """The value of a CONSTANT's expression: literals, other constants (`C`,
        `CClass::C`, `::C`), built-in constants (`TAB`, `CR`), arithmetic and signs."""
        if isinstance(e, (N.Num, N.Str, N.Const)):
            return e.value
        if isinstance(e, (N.Name, N.ClassMember)):
            key = self.visible_constant(e)
            if key in self.constants or self.needed_constant(key):
                return self.constants[key]
        if isinstance(e, N.Name) and fold(e.name) in self.registry.constants:
            return self.registry.constants[fold(e.name)].value
        if isinstance(e, N.Unary) and e.op in ("neg", "pos"):
            return self.member_init(e)
        if isinstance(e, N.Member) and isinstance(e.obj, N.Name):  # `Colour.Red`
            key = fold(e.name)
            if key in self.constants or self.needed_constant(key):
                if key in self.enums.get(fold(e.obj.name), ()):
                    return self.constants[key]
        if isinstance(e, N.BinOp) and e.op in ("+", "-", "*", "/"):
            from .folding import binary_constant  # decimal literals exact, as in code
            return binary_constant(e.op, self.const_value(e.left), self.const_value(e.right))
        raise self.refused(e)


def _constant_key(cls: str | None, key: str) -> str:
    """A constant's key: the class's (class_constant_key) for one of a class's blocks."""
    return key if cls is None else class_constant_key(cls, key)
