"""The AST's expressions (literals, names, members, calls, operators...), one record class
per construct, and `Node`, the base of every node with its source position; named
through nodes.py, which holds the statements and the program (docs there).
"""
from __future__ import annotations

from typing import Any, Optional

from .node_class import Record


class Node(Record):
    line: int
    col: int


# ------------------------------------------------------------------ expressions
class Expr(Node):
    pass


class Num(Expr):
    value: Any


def is_count(e: Expr) -> bool:
    """A literal whole number, 0 or more: an array dimension that can be part of a type
    (`new array of (5) int`); any other literal (-1, 2.7, 1e12) is read when the `new`
    runs, which refuses it in words."""
    return type(e) is Num and type(e.value) is int and e.value >= 0


class Str(Expr):
    value: str


class Const(Expr):
    value: Any  # True, False, None


def is_null(e: Optional[Expr]) -> bool:
    """The literal Null (`= Null`, `CASE Null:`, a parameter's `= null` default); a
    Null constant is a Const whose value is None, never a name."""
    return type(e) is Const and e.value is None


class Name(Expr):
    name: str


class Member(Expr):
    obj: Expr
    name: str
    colon: bool = False  # written `obj:name` (an XML node's attribute when stored into)


class Prop(Expr):
    obj: Expr
    name: str


class Index(Expr):
    obj: Expr
    args: list[Expr]


class Call(Expr):
    func: Expr
    args: list[Expr]
    # the arguments whose values have effects, by index, in the order written when named
    # arguments put them in another order: set only on the positional stand-in the
    # semantic pass makes of such a call (semantics/named_args.py; the tree's calls keep
    # ()), which the compiled call evaluates so (compiler/named_order.py)
    order: tuple[int, ...] = ()


class Substr(Expr):
    obj: Expr
    kind: str  # one, range, from, upto, len
    a: Optional[Expr]
    b: Optional[Expr]
    sliced: bool = False  # `x[2 TO 4]` (single brackets): also a part of an array
    whole: bool = False  # MyParameters written whole as a call's argument (expr_builder.py)


class BinOp(Expr):
    op: str
    left: Expr
    right: Expr


class Compare(Expr):
    ops: list[str]
    operands: list[Expr]


class Logic(Expr):
    op: str  # and, or, sand, sor
    left: Expr
    right: Expr


class Unary(Expr):
    op: str  # neg, pos, not
    operand: Expr


class InList(Expr):
    value: Expr
    items: list[Expr]
    negate: bool
    lazy: bool = False  # `_IN_` / `_DANS_`: the items are evaluated up to the first match


class IsClass(Expr):
    """`o is CBase` (?6010013): is o an object of the class, or of a class derived from it?"""
    value: Expr
    cls: str  # the class's name as written


class Ternary(Expr):
    cond: Expr
    a: Expr
    b: Expr


class Step(Expr):
    """`x++` / `x--` (value before) and `++x` / `--x` (value after) in an expression."""

    target: Expr
    delta: int
    prefix: bool


class ArrayLit(Expr):
    items: list[Expr]


class SwitchExpr(Expr):
    """`SELON(v, a, b, SINON d)`: the v-th value (1-based), else the default."""

    index: Expr
    choices: list[Expr]
    default: Optional[Expr]


class New(Expr):
    """`new CClass` / `nouveau CClasse` / `allouer un CClasse`."""

    type_name: str
    args: Optional[list[Expr]] = None
    # `new array of n int`: the dimensions when one is a name (syntax/array_dims.py),
    # and the phrase without them, as Decl keeps them
    dims: Optional[list[Expr]] = None
    dims_text: str = ""


class Subject(Expr):
    """`*` in `CASE 1 < * <= 5`: the value the SWITCH tests."""


class TupleLit(Expr):
    """`(a, b)`: several values (returned by `RESULT (a, b)`, assigned by `(x, y) = ...`).
    `skipped`: the positions (from 0) of slots left empty, `(x, , z) = ...`, whose values
    a multiple assignment drops; `items` holds the others, in order."""

    items: list[Expr]
    skipped: tuple[int, ...] = ()


class Indirect(Expr):
    """`{name}`: indirection (a variable or control named at run time)."""

    name: Expr


class AddressOf(Expr):
    """`&x`: the address of a variable (an opaque handle in wlinterp)."""

    target: Expr


class DefaultArg(Expr):
    """`*` as a call argument: the parameter takes its default value."""


class NamedArg(Expr):
    """`nTaux : 5` as a call argument: the parameter named so receives the value (the
    semantic pass puts it at its parameter's place: semantics/named_args.py)."""

    name: str
    value: Expr


class Automation(Expr):
    """`obj>>Member`: a member of an ActiveX/OLE automation object."""

    obj: Expr
    name: str


class DurationLit(Expr):
    """`3 min 30 s`: a Duration literal, in milliseconds."""

    ms: int


class ClassMember(Expr):
    """`CClass::member` (cls given) or `::member`: a class constant or a global (static)
    member of a class."""

    cls: Optional[str]
    name: str
