"""The WLanguage AST: one dataclass per construct, each with its source position.

`line`/`col` are 1-based and point at the construct's first token (for binary operators,
at the operator). Names keep the user's spelling; the compiler folds them.
`dump(node)` gives a readable one-line form for tests and debugging. Walkers derive a
node's children from these field types (walk.py): declare a field with its node type.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Optional


@dataclass(slots=True)
class Node:
    line: int
    col: int


# ------------------------------------------------------------------ expressions
@dataclass(slots=True)
class Expr(Node):
    pass


@dataclass(slots=True)
class Num(Expr):
    value: Any


@dataclass(slots=True)
class Str(Expr):
    value: str


@dataclass(slots=True)
class Const(Expr):
    value: Any  # True, False, None


@dataclass(slots=True)
class Name(Expr):
    name: str


@dataclass(slots=True)
class Member(Expr):
    obj: Expr
    name: str


@dataclass(slots=True)
class Prop(Expr):
    obj: Expr
    name: str


@dataclass(slots=True)
class Index(Expr):
    obj: Expr
    args: list[Expr]


@dataclass(slots=True)
class Call(Expr):
    func: Expr
    args: list[Expr]


@dataclass(slots=True)
class Substr(Expr):
    obj: Expr
    kind: str  # one, range, from, upto, len
    a: Optional[Expr]
    b: Optional[Expr]
    sliced: bool = False  # `x[2 TO 4]` (single brackets): also a part of an array


@dataclass(slots=True)
class BinOp(Expr):
    op: str
    left: Expr
    right: Expr


@dataclass(slots=True)
class Compare(Expr):
    ops: list[str]
    operands: list[Expr]


@dataclass(slots=True)
class Logic(Expr):
    op: str  # and, or, sand, sor
    left: Expr
    right: Expr


@dataclass(slots=True)
class Unary(Expr):
    op: str  # neg, pos, not
    operand: Expr


@dataclass(slots=True)
class InList(Expr):
    value: Expr
    items: list[Expr]
    negate: bool


@dataclass(slots=True)
class Ternary(Expr):
    cond: Expr
    a: Expr
    b: Expr


@dataclass(slots=True)
class Step(Expr):
    """`x++` / `x--` (value before) and `++x` / `--x` (value after) in an expression."""

    target: Expr
    delta: int
    prefix: bool


@dataclass(slots=True)
class ArrayLit(Expr):
    items: list[Expr]


@dataclass(slots=True)
class SwitchExpr(Expr):
    """`SELON(v, a, b, SINON d)`: the v-th value (1-based), else the default."""

    index: Expr
    choices: list[Expr]
    default: Optional[Expr]


@dataclass(slots=True)
class New(Expr):
    """`new CClass` / `nouveau CClasse` / `allouer un CClasse`."""

    type_name: str
    args: Optional[list[Expr]] = None


@dataclass(slots=True)
class Subject(Expr):
    """`*` in `CASE 1 < * <= 5`: the value the SWITCH tests."""


@dataclass(slots=True)
class TupleLit(Expr):
    """`(a, b)`: several values (returned by `RESULT (a, b)`, assigned by `(x, y) = ...`)."""

    items: list[Expr]


@dataclass(slots=True)
class Indirect(Expr):
    """`{name}`: indirection (a variable or control named at run time)."""

    name: Expr


@dataclass(slots=True)
class AddressOf(Expr):
    """`&x`: the address of a variable (an opaque handle in wlinterp)."""

    target: Expr


@dataclass(slots=True)
class DefaultArg(Expr):
    """`*` as a call argument: the parameter takes its default value."""


@dataclass(slots=True)
class Automation(Expr):
    """`obj>>Member`: a member of an ActiveX/OLE automation object."""

    obj: Expr
    name: str


@dataclass(slots=True)
class DurationLit(Expr):
    """`3 min 30 s`: a Duration literal, in milliseconds."""

    ms: int


@dataclass(slots=True)
class ClassMember(Expr):
    """`CClass::member` (cls given) or `::member`: a class constant or a global (static)
    member of a class."""

    cls: Optional[str]
    name: str


# ------------------------------------------------------------------ statements
@dataclass(slots=True)
class Stmt(Node):
    pass


@dataclass(slots=True)
class Decl(Stmt):
    names: list[tuple[str, int, int]]  # (name, line, col)
    type_text: str
    init: Optional[Expr]
    ctor_args: Optional[list[Expr]] = None  # `c is CAccount("Ann")`
    by_ref: bool = False  # `v is variant <- x`: x itself, not a copy


@dataclass(slots=True)
class Let(Stmt):
    name: str
    value: Expr
    names: Optional[list[str]] = None  # let (x, y) = ...


@dataclass(slots=True)
class Assign(Stmt):
    target: Expr
    op: str  # =, +=, -=
    value: Expr


@dataclass(slots=True)
class IncDec(Stmt):
    target: Expr
    delta: int


@dataclass(slots=True)
class ExprStmt(Stmt):
    expr: Expr


@dataclass(slots=True)
class If(Stmt):
    branches: list[tuple[Expr, list[Stmt]]]
    orelse: Optional[list[Stmt]]
    opener: str = "IF"


@dataclass(slots=True)
class CaseCond(Node):
    kind: str  # value, range, upto, cmp
    a: Optional[Expr]
    b: Optional[Expr]
    op: str = ""


@dataclass(slots=True)
class Switch(Stmt):
    subject: Expr
    cases: list[tuple[list[CaseCond], list[Stmt]]]
    other: Optional[list[Stmt]]


@dataclass(slots=True)
class For(Stmt):
    var: str
    type_text: Optional[str]
    start: Expr
    end: Expr
    step: Optional[Expr]
    once: bool
    body: list[Stmt]


@dataclass(slots=True)
class ForEach(Stmt):
    var: str
    iterable: Expr
    body: list[Stmt]
    separator: Optional[Expr] = None  # FOR EACH STRING s OF text SEPARATED BY sep
    strings: bool = False
    counter: Optional[str] = None  # FOR EACH x, i OF arr: i is the element's index


@dataclass(slots=True)
class While(Stmt):
    cond: Optional[Expr]  # None: LOOP
    body: list[Stmt]
    count: Optional[Expr] = None  # LOOP (n): n times
    post_cond: Optional[Expr] = None  # LOOP ... DO WHILE c: again while c holds


@dataclass(slots=True)
class Break(Stmt):
    pass


@dataclass(slots=True)
class Continue(Stmt):
    pass


@dataclass(slots=True)
class Return(Stmt):
    value: Optional[Expr]


@dataclass(slots=True)
class WhenException(Stmt):
    body: list[Stmt]
    handler: list[Stmt]
    orelse: Optional[list[Stmt]]
    general: bool = False  # WHEN EXCEPTION ... END: covers the rest of the block


@dataclass(slots=True)
class ForEachFile(Stmt):
    """`POUR TOUT Client [SUR clé] [OÙ ...]`: a loop over an HFSQL data file."""

    name: str
    body: list[Stmt]
    key: str = ""
    where: Optional[Expr] = None


@dataclass(slots=True)
class StructDecl(Stmt):
    name: str
    members: list[Decl] = field(metadata={"walk": False})  # declarations, not statements
    base: Optional[str] = None  # HÉRITE DE Base / inherits Base
    access: dict[str, str] = field(default_factory=dict)  # member -> private/protected...
    statics: list[str] = field(default_factory=list)  # members of a GLOBAL section
    consts: list["ConstDecl"] = field(default_factory=list)  # CONSTANT blocks of a class


@dataclass(slots=True)
class AncestorCall(Stmt):
    """`Constructeur CBase(args)` in a constructor: the ancestor's constructor."""

    cls: str
    args: list[Expr]


@dataclass(slots=True)
class Free(Stmt):
    """`LIBÉRER obj` / `delete obj`: run the destructor; the variable becomes Null."""

    target: Expr


@dataclass(slots=True)
class EnumDecl(Stmt):
    """`Colors is Enumeration` / `Options est une Combinaison` ... END."""

    name: str
    items: list[tuple[str, Optional[Expr], int, int]]  # (name, associated value, line, col)
    combination: bool = False


@dataclass(slots=True)
class ConstDecl(Stmt):
    items: list[tuple[str, Expr, int, int]]


@dataclass(slots=True)
class Label(Stmt):
    name: str


@dataclass(slots=True)
class Param(Node):
    name: str
    local: bool
    type_text: Optional[str]
    default: Optional[Expr]
    star: bool = False


@dataclass(slots=True)
class Body:
    stmts: list[Stmt]
    on_error: Optional[list[Stmt]] = None
    on_exception: Optional[list[Stmt]] = None
    on_end: Optional[list[Stmt]] = None  # FIN: / END: code run however the body is left


@dataclass(slots=True)
class Procedure(Stmt):
    name: str
    params: list[Param]
    ret_type: Optional[str]
    body: Body
    internal: bool = False
    owner: Optional[str] = None  # PROCEDURE CClass::Method(...): the class
    modifiers: list[str] = field(default_factory=list)  # folded: private, global, <get>...


@dataclass(slots=True)
class Program:
    main: Body
    procedures: list[Procedure] = field(default_factory=list)
    filename: str = "<string>"
    source: str = ""
    uses_indirection: bool = False  # a `{...}` appears somewhere


def dump(node: Any) -> str:
    """A compact readable form: `BinOp(+, Num(1), Name(x))`."""
    if isinstance(node, list):
        return "[" + ", ".join(dump(n) for n in node) + "]"
    if isinstance(node, tuple):
        return "(" + ", ".join(dump(n) for n in node) + ")"
    if isinstance(node, (Node, Body, Program)):
        parts = [dump(getattr(node, f.name)) for f in fields(node)
                 if f.name not in ("line", "col", "source", "filename")]
        return f"{type(node).__name__}({', '.join(parts)})"
    return repr(node)
