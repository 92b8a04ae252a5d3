"""The WLanguage AST: one record class per construct, each with its source position.

`line`/`col` are 1-based and point at the construct's first token (for binary operators,
at the operator). Names keep the user's spelling; the compiler folds them.
`dump(node)` gives a readable one-line form for tests and debugging. Walkers derive a
node's children from these field types (walk.py): declare a field with its node type.
The expressions are expr_nodes.py's, named here as every node is (`N.Name`).
The classes are declared as dataclasses are (annotations, defaults, `field(...)`), but
built by node_class.Record, which costs far less at start-up (no code generation per class).
"""
from __future__ import annotations

from .node_class import Record, field, fields
from .expr_nodes import (Node, Expr, Num, Str, Const, Name, Member, Prop, Index, Call,
                         Substr, BinOp, Compare, Logic, Unary, InList, IsClass, Ternary, Step,
                         ArrayLit, SwitchExpr, New, Subject, TupleLit, Indirect, AddressOf,
                         DefaultArg, NamedArg, Automation, DurationLit, ClassMember, is_count,
                         is_null)  # noqa: F401
from typing import Any, Optional


# ------------------------------------------------------------------ statements
class Stmt(Node):
    pass


class Decl(Stmt):
    names: list[tuple[str, int, int]]  # (name, line, col)
    type_text: str
    init: Optional[Expr]
    ctor_args: Optional[list[Expr]] = None  # `c is CAccount("Ann")`
    by_ref: bool = False  # `v is variant <- x`: x itself, not a copy
    # `array of n by 2 int`: the dimensions when one is a name (syntax/array_dims.py),
    # and the phrase without them
    dims: Optional[list[Expr]] = None
    dims_text: str = ""
    # `x is int <immutable>`: the extension attributes after the type, each with its
    # line and column (syntax/tokens.py AttributedToken; semantics/variable_attributes.py)
    attributes: tuple[tuple[str, int, int], ...] = ()


class Let(Stmt):
    name: str
    value: Expr
    names: Optional[list[str]] = None  # let (x, y) = ...


class Assign(Stmt):
    target: Expr
    op: str  # =, +=, -=
    value: Expr


class IncDec(Stmt):
    target: Expr
    delta: int


class ExprStmt(Stmt):
    expr: Expr


class If(Stmt):
    branches: list[tuple[Expr, list[Stmt]]]
    orelse: Optional[list[Stmt]]
    opener: str = "IF"


class CaseCond(Node):
    kind: str  # value, range, upto, cmp
    a: Optional[Expr]
    b: Optional[Expr]
    op: str = ""


class Switch(Stmt):
    subject: Expr
    cases: list[tuple[list[CaseCond], list[Stmt]]]
    other: Optional[list[Stmt]]


class For(Stmt):
    var: str
    type_text: Optional[str]
    start: Expr
    end: Expr
    step: Optional[Expr]
    once: bool
    body: list[Stmt]


class ForEach(Stmt):
    var: str
    iterable: Expr
    body: list[Stmt]
    separator: Optional[Expr] = None  # FOR EACH STRING s OF text SEPARATED BY sep
    strings: bool = False
    counter: Optional[str] = None  # FOR EACH x, i OF arr: i is the element's index
    sort_keys: list[Expr] = field(default_factory=list)  # SORTED BY k1, -k2 (descending)
    from_end: bool = False  # FromEnd / DepuisFin: from the last element to the first
    rank: Optional[str] = None  # FOR EACH v, k, n OF t: n counts the passes (1, 2, ...)
    positions: bool = False  # FOR ALL POSITION p OF separator IN iterable (strings True)


class While(Stmt):
    cond: Optional[Expr]  # None: LOOP
    body: list[Stmt]
    count: Optional[Expr] = None  # LOOP (n): n times
    post_cond: Optional[Expr] = None  # LOOP ... DO WHILE c: again while c holds


class Break(Stmt):
    pass


class Continue(Stmt):
    pass


class Return(Stmt):
    value: Optional[Expr]
    # written RESULT / RENVOYER (the keyword that gives a value), not RETURN / RETOUR
    result_word: bool = False


class WhenException(Stmt):
    body: list[Stmt]
    handler: list[Stmt]
    orelse: Optional[list[Stmt]]
    general: bool = False  # WHEN EXCEPTION ... END: covers the rest of the block


class ForEachFile(Stmt):
    """`POUR TOUT Client [SUR clé] [OÙ ...]`: a loop over an HFSQL data file."""

    name: str
    body: list[Stmt]
    key: str = ""
    where: Optional[Expr] = None
    from_end: bool = False  # FromEnd / DepuisFin
    keep_position: bool = False  # WithoutSavingPosition / SansSauvePosition
    deep: bool = False  # IN DEPTH / EN PROFONDEUR (a jsonReader)
    name_col: int = 0  # the columns of the name and of the key (wl check reports there)
    key_col: int = 0


class StructDecl(Stmt):
    name: str
    members: list[Decl] = field(metadata={"walk": False})  # declarations, not statements
    base: Optional[str] = None  # HÉRITE DE Base / inherits Base (the first, if several)
    access: dict[str, str] = field(default_factory=dict)  # member -> private/protected...
    statics: list[str] = field(default_factory=list)  # members of a GLOBAL section
    consts: list["ConstDecl"] = field(default_factory=list)  # CONSTANT blocks of a class
    read_only: list[str] = field(default_factory=list)  # `PUBLIC CONSTANT m is int` members
    abstract: bool = False  # `X is a Class, abstract`: no object of X itself
    composite: bool = False  # `X is composed of`: the structure of the one variable X
    is_class: bool = False  # declared `is a Class` (not a Structure): TypeVar's wlInstance
    # members a constructor of the class builds itself, `Constructor m_x(args)` (folded;
    # syntax/member_inits.py): no default creation of them
    ctor_built: list[str] = field(default_factory=list)
    # `implements IBasket` lines: (interface as written, line, column)
    implements: list[tuple[str, int, int]] = field(default_factory=list)
    # every `inherits from` line, in order (multiple inheritance, ?6010007); base is the first
    bases: list[str] = field(default_factory=list)
    # the parents of a private inheritance (`PRIVÉ hérite de Base`), folded: what they give
    # is used only in the class's own methods (?6010007)
    private_bases: list[str] = field(default_factory=list)


class InterfaceDecl(Stmt):
    """`IBasket is Interface ... END` (?6010017): a list of prototypes, no code; a
    variable of its type holds any object (docs/semantics.md "Interfaces")."""
    name: str
    methods: list[str] = field(default_factory=list)  # its PROCEDURE lines' names
    properties: list[str] = field(default_factory=list)  # its PROPERTY lines' names
    # a PROCEDURE line's folded name -> (arguments required, at most; None: any number)
    arities: dict[str, tuple[int, Optional[int]]] = field(default_factory=dict)
    # a PROCEDURE line's folded name -> (its parameters' declared types, "" where none;
    # its return type, "" when none), when it declares any
    types: dict[str, tuple[list[str], str]] = field(default_factory=dict)


class AncestorCall(Stmt):
    """`Constructeur CBase(args)` in a constructor: the ancestor's constructor; or
    `Constructeur m_x(args)`: the constructor of the member m_x (?6010001)."""

    cls: str
    args: list[Expr]


class Free(Stmt):
    """`LIBÉRER obj` / `delete obj`: run the destructor; the variable becomes Null."""

    target: Expr


class EnumDecl(Stmt):
    """`Colors is Enumeration` / `Options est une Combinaison` ... END."""

    name: str
    items: list[tuple[str, Optional[Expr], int, int]]  # (name, associated value, line, col)
    combination: bool = False


class ConstDecl(Stmt):
    items: list[tuple[str, Expr, int, int]]


class Label(Stmt):
    name: str
    jump: bool = False  # `Name:` alone on its line: a GOTO's target (else GLOBAL/LOCAL...)


class Goto(Stmt):
    """`GOTO Name`: on to the label `Name:` of the same process (docs/semantics.md);
    `GOTO FIN` / `GOTO END`: to the process's END: section (`to_end`)."""
    label: str

    @property
    def to_end(self) -> bool:
        return self.label.lower() in ("fin", "end")


class Param(Node):
    name: str
    local: bool
    type_text: Optional[str]
    default: Optional[Expr]
    star: bool = False


class Body(Record):
    stmts: list[Stmt]
    on_error: Optional[list[Stmt]] = None
    on_exception: Optional[list[Stmt]] = None
    on_end: Optional[list[Stmt]] = None  # FIN: / END: code run however the body is left


class Procedure(Stmt):
    name: str
    params: list[Param]
    ret_type: Optional[str]
    body: Body
    internal: bool = False
    owner: Optional[str] = None  # PROCEDURE CClass::Method(...): the class
    modifiers: list[str] = field(default_factory=list)  # folded: private, global, <get>...
    # `PROCEDURE P() : (int, string)`: the type of each value RESULT gives (ret_type variant)
    result_types: list[str] = field(default_factory=list)


class Use(Stmt):
    """`USING cs IN ... END` / `UTILISER cs DANS ... FIN`: the body runs holding `resource`
    (a CriticalSection), released however the body is left."""

    resource: Expr
    body: list[Stmt]


class Lambda(Expr):
    """`(a, b) => { code }` / `x => expr`: an anonymous internal procedure used as a value.
    After the parse (syntax/lambdas.py) `proc` is also an internal procedure `name` of the
    enclosing body, and the expression is a reference to it."""

    name: str
    proc: Optional[Procedure] = field(default=None, metadata={"walk": False})


class Program(Record):
    main: Body
    procedures: list[Procedure] = field(default_factory=list)
    filename: str = "<string>"
    source: str = ""
    uses_indirection: bool = False  # a `{...}` appears somewhere
    # a linked project (project/linker.py): the line each file's code starts at, in order
    # (each file's main code is its own element: semantics/constant_order.py)
    file_starts: list[int] = field(default_factory=list)
    script: str = ""  # a linked project: the path of its last file (the script, the test file)
    # the internal procedures written without END whose end the parser put
    # (internal_ends.py): (header line, header column, header as written, the line it
    # ends before, 0 at the end of the code, its last line when it ends before a PROCEDURE)
    ended: list[tuple[int, int, str, int, int]] = field(default_factory=list)
    # EXTERN "file" lines of the main code that project/includes.py read (the file
    # inserted there, or refused) and what it refused there: (line, column, length,
    # message, hint), said by semantics/extern_files.py as WL100
    extern_lines: list[int] = field(default_factory=list)
    extern_problems: list[tuple[int, int, int, str, str]] = field(default_factory=list)


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
