"""The checker's scopes: the variables of one function (with the enclosing function's as
parent) and what the function does with each, for the warnings decided at the end
(unused, never assigned)."""
from __future__ import annotations

__all__ = ["Scope", "Symbol", "finish_scope", "has_unused_parameter"]

from ..records import record
from typing import Any, Callable

from ..runtime.kinds import Kind
from ..runtime.types import TypeSpec
from ..syntax import nodes as N
from ..syntax.lambdas import LAMBDA_PREFIX
from .reporter import Reporter


COMPOSITE_KINDS = frozenset({Kind.STRUCT, Kind.ARRAY, Kind.ASSOC, Kind.OBJECT})


@record
class Symbol:
    """A variable or parameter and what the function does with it."""

    name: str
    line: int
    col: int
    role: str  # var, param, loop, self, outer (REPL: an earlier input's variable)
    spec: TypeSpec
    initialized: bool = True
    read: bool = False
    written: bool = False
    # a local variable whose declaration the walk has not reached yet: a read or a
    # write then comes before it (declarations.py `before_declaration`)
    pending: bool = False
    # a FOR EACH variable, while its loop's body is checked: the class or structure
    # (folded) of the elements of the array it runs over (member_checks.static_class)
    element_of: str | None = None
    # a FOR EACH STRING variable, while its loop's body is checked: each pass holds a
    # piece of the text (assignments.check_text_added: `m += sPiece` joins texts)
    text_pieces: bool = False
    # declared `<immutable>`: assigning it after its declaration is WL106
    # (variable_attributes.py)
    immutable: bool = False
    # a FOR EACH variable walking an immutable array, while its loop's body is checked:
    # the array's name (it is each element itself: immutable_writes.keep_walked_elements)
    immutable_of: str | None = None


class Scope:
    """The variables of one function, with the enclosing function's as parent."""

    def __init__(self, name: str, parent: "Scope | None", is_main: bool = False,
                 owner: str | None = None) -> None:
        self.name = name
        self.parent = parent
        self.is_main = is_main
        self.owner = owner  # a method: its class (folded)
        self.star = False  # PROCEDURE P(*)
        self.vars: dict[str, Symbol] = {}
        self.procs: dict[str, N.Procedure] = {}
        self.unset: list[str] = []  # variables declared without a value (flow.candidates)
        # the class whose members bare names reach (a method, or an internal procedure in
        # one); does a variable visible here hold a structure, an object, an array or an
        # associative array (operands.py has nothing to check otherwise)?
        # Every variable and internal procedure visible here, this scope's over the
        # enclosing ones', kept in step by `define` and `add_proc`: a name is then one
        # dict look-up (`lookup` is the dict's own `get`), the commonest question of the
        # pass. A scope is made once its parent has declared all it declares (the
        # declarations of a body come before its statements), so the copy is whole.
        self.method: str | None
        self.composite: bool
        self.visible: dict[str, Symbol]
        self.visible_procs: dict[str, N.Procedure]
        if parent is None:
            self.method, self.composite, self.visible, self.visible_procs = owner, False, {}, {}
        else:
            self.method = owner or parent.method
            self.composite = parent.composite
            self.visible = dict(parent.visible)
            self.visible_procs = dict(parent.visible_procs)
        self.lookup: Callable[[str], Symbol | None] = self.visible.get
        self.lookup_proc: Callable[[str], N.Procedure | None] = self.visible_procs.get

    def define(self, key: str, sym: Symbol) -> None:
        """Declare (or redeclare) the variable `key` (folded) of this scope."""
        self.vars[key] = self.visible[key] = sym
        if not self.composite and sym.spec is not None and sym.spec.kind in COMPOSITE_KINDS:
            self.composite = True

    def add_proc(self, key: str, proc: N.Procedure) -> None:
        """An internal procedure of this scope; the first of a name stays."""
        if key not in self.procs:
            self.procs[key] = self.visible_procs[key] = proc

    def chain(self) -> list["Scope"]:
        out: list[Scope] = []
        scope: Scope | None = self
        while scope is not None:
            out.append(scope)
            scope = scope.parent
        return out

    def method_owner(self) -> str | None:
        return self.method

    def adopt(self, variables: dict[str, Any]) -> None:
        """REPL: earlier inputs' variables (compiler Vars), visible and redeclarable."""
        for key, var in variables.items():
            self.define(key, Symbol(var.name, 0, 0, "outer", var.spec, read=True,
                                    written=True, immutable=var.immutable))


def _unused_parameter(sym: Symbol) -> bool:
    return sym.role == "param" and not sym.read and not sym.written


def has_unused_parameter(scope: Scope) -> bool:
    """Has the function a parameter it never reads nor assigns (a WL202, unless its
    prototype is imposed: only then is that worth finding out, imposed_params.py)?"""
    return any(_unused_parameter(sym) for sym in scope.vars.values())


def finish_scope(scope: Scope, rep: Reporter, imposed: bool = False) -> None:
    """Warnings known only once every function is checked: unused and never assigned.
    `imposed`: the function's prototype is imposed from outside (imposed_params.py),
    so an unused parameter is no WL202."""
    for sym in scope.vars.values():  # (each once: only `objet`/`object`, role "self", share one)
        if sym.role == "var" and not sym.read:
            what = "assigned but never used" if sym.written else "declared but never used"
            rep.report("WL201", f"'{sym.name}' is {what}", sym, len(sym.name))
        elif _unused_parameter(sym) and not imposed \
                and not scope.name.startswith(LAMBDA_PREFIX):  # a lambda may ignore some
            rep.report("WL202", f"the parameter '{sym.name}' is never used", sym, len(sym.name))
        elif sym.role == "var" and not sym.initialized and not sym.written:
            rep.report("WL204", f"'{sym.name}' is used but never assigned: "
                       f"{_always(sym)}", sym, len(sym.name))


def _always(sym: Symbol) -> str:
    """What a variable never assigned always holds: a dynamic object, Null (an object is
    made at its declaration only when not dynamic); else its default value."""
    if sym.spec is not None and sym.spec.kind == Kind.STRUCT and sym.spec.dynamic:
        return "it is always Null (a dynamic object is Null until new or an assignment " \
               "gives it one)"
    return "it always holds its default value"
