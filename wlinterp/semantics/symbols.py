"""Compile-time symbol tables: which WLanguage name is which Python name, with which
static type, and which procedure parameters must be written back to the caller.

WLanguage passes parameters by reference. Instead of boxing every variable, the compiler
finds (to a fixpoint over the call graph) the parameters a procedure may reassign; only
those procedures return their final values, and only their call sites write them back.
"""
from __future__ import annotations

__all__ = ["Var", "ProcInfo", "FuncScope", "static_type", "collect_decls", "run_time_dims",
           "assigned_names", "assigned_by", "writeback_fixpoint", "facts", "declared_immutable"]

from ..records import field, record
from operator import attrgetter
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable, Container, Iterator, cast

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.currency_literal import INT8_MAX, INT8_MIN
from ..syntax.walk import body_stmts, sub_exprs, walk_expr, walk_stmts
from .facts import (Facts, assigned_by, assigned_names, assigned_params, collect_decls,
                    declared_by, facts, forget_facts)
from ..runtime import types as T
from ..runtime.types import TypeSpec
from ..runtime.kinds import STATIC_OF_KIND, Kind, SType
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .call_counts import counts, spread_rank
else:
    on_first_call(globals(), ".call_counts", "counts", "spread_rank")

_ANY = SType.ANY  # read per variable: a module global (semantics/calls.py says why)


def static_type(spec: TypeSpec) -> SType:
    """What is known of the values a variable of type `spec` always holds (a nullable
    number, text or boolean, `int?`, may hold Null too: nothing; a nullable Date, Time or
    DateTime keeps its kind, whose code tests Null as `is None`)."""
    st = STATIC_OF_KIND.get(spec.kind, _ANY)
    return st if not spec.nullable or st in _DATED_ST else _ANY


_DATED_ST = frozenset({SType.DATE, SType.TIME, SType.DATETIME})


@record
class Var:
    """A variable: its shown name, Python name, declared type and static tag."""

    name: str
    pyname: str
    spec: TypeSpec
    stype: SType
    is_global: bool = False
    implicit: bool = False
    owner: "FuncScope | None" = None
    immutable: bool = False  # declared `<immutable>`: an indirection cannot assign it


def declared_immutable(stmt: N.Stmt) -> bool:
    """Is `stmt` a declaration saying `<immutable>` (Var.immutable)? Asked of each
    declaration the compiler reads: the attributes' module is loaded only for one that
    has attributes."""
    if type(stmt) is not N.Decl or not stmt.attributes:
        return False
    from .variable_attributes import declares_immutable
    return declares_immutable(stmt)


@record
class ProcInfo:
    """A user procedure as callers see it."""

    node: N.Procedure
    key: str
    pyname: str
    writeback: list[int] = field(default_factory=list)
    filled: list[int] = field(default_factory=list)  # in writeback only for sub-element writes
    ret_spec: TypeSpec | None = None
    ret_types: set[SType] = field(default_factory=set)  # static types of its RESULTs
    inferred: SType = SType.ANY  # the one static type every call returns, when known
    # a name with several syntaxes (help ?1514063): this is its run-time dispatcher, and
    # these its syntaxes, in program order (compiler/overloads.py)
    overloads: "list[ProcInfo] | None" = None

    @property
    def params(self) -> list[N.Param]:
        return self.node.params

    def arity(self) -> tuple[int, int | None]:
        return counts(self.node.params)


def nearest(table: str) -> Callable[[Any, str], Any]:
    """A scope method finding `key` in its table `table` (vars, procs) or in that of the
    nearest enclosing scope that has it (None if none does). Name look-ups are the
    commonest question of the semantic pass and of code generation: one plain loop."""
    get = attrgetter(table)

    def find(scope: Any, key: str) -> Any:
        while scope is not None:
            found = get(scope).get(key)
            if found is not None:
                return found
            scope = scope.parent
        return None
    return find


@record
class FuncScope:
    """Variables of one generated Python function (main code or a procedure)."""

    name: str
    vars: dict[str, Var] = field(default_factory=dict)
    parent: "FuncScope | None" = None
    globals_used: set[str] = field(default_factory=set)
    nonlocals_used: set[str] = field(default_factory=set)
    # an enclosing function's variables an indirection may read (compiler/indirect_stores.py)
    closure_reads: set[str] = field(default_factory=set)
    procs: dict[str, ProcInfo] = field(default_factory=dict)
    members: set[str] = field(default_factory=set)  # in a method: the class's members
    owner: str | None = None  # in a method: the class (folded)
    myparams: bool = False  # MyParameters is available (compiler/bodies.py)
    # the code reading MyParameters (it shows the parameters' current values) and the
    # parameters MyParameters[1], [2]... designate
    myparams_code: str = ""
    myparams_names: tuple[str, ...] = ()

    def method_owner(self) -> "FuncScope | None":
        """The scope of the method this code is in (internal procedures included)."""
        scope: FuncScope | None = self
        while scope is not None:
            if scope.owner is not None:
                return scope
            scope = scope.parent
        return None

    # an internal procedure visible from this scope; a variable
    lookup_proc = cast("Callable[[FuncScope, str], ProcInfo | None]", nearest("procs"))
    lookup = cast("Callable[[FuncScope, str], Var | None]", nearest("vars"))

    def declared(self, key: str) -> Var:
        """A variable that the declarations collected for this scope must contain
        (a FOR EACH counter...): its absence is a compiler bug, not a user error."""
        v = self.lookup(key)
        if v is None:
            raise KeyError(f"no variable {key!r} in scope {self.name}")
        return v


def method_key(p: N.Procedure) -> str:
    """The key of a method: its folded name, `x#get`/`x#set` for property accessors."""
    accessor = next((ACCESSORS[m] for m in p.modifiers if m in ACCESSORS), None)
    return fold(p.name) if accessor is None else f"{fold(p.name)}#{accessor}"


# a property accessor's attribute, folded -> its kind: `<lecture>`/`<écriture>` are the
# French words (the Interface page's French syntax, ?6010017, writes a property's
# `<Lecture / Ecriture>` where the English one writes `<Get/Set>`)
ACCESSORS = {"<get>": "get", "<set>": "set", "<lecture>": "get", "<ecriture>": "set"}


_STRUCT = Kind.STRUCT  # read per declaration: a module global (semantics/calls.py says why)


def run_time_dims(stmt: N.Decl | N.New, constants: Container[str]) -> list[N.Expr] | None:
    """`t is array of n int`, `new array of n int`: the dimensions read when the
    declaration (the `new`) runs, when one of them names something other than a constant
    (a constant's value is known when compiling: the dimensions stay part of the type);
    else None."""
    dims = stmt.dims
    if dims is None or all(N.is_count(d) or type(d) is N.Name and fold(d.name) in constants
                           for d in dims):
        return None
    return dims


_CLOCKS = (Kind.DATE, Kind.TIME, Kind.DATETIME)


def for_counter_spec(start: N.Expr, parse: Callable[[str, N.Node], TypeSpec],
                     result_of: Callable[[N.Expr], str | None] | None,
                     place_spec: Callable[[N.Expr], TypeSpec | None] | None) -> TypeSpec:
    """An undeclared FOR counter: an 8-byte int, or the type of its start when that is
    a Date, Time or DateTime place (a variable, a member `st.dDate`, `:m_dStart` or
    `m_dStart` in a method, an element `t[1]`: `place_spec`) or built-in result (`FOR
    d = dt TO dt + 2`), so it steps a day (a Date, a DateTime) as a declared one does.
    As an 8-byte int a DateTime start became 20240101103000000 and the loop counted
    milliseconds' digits to the bound, 2e9 passes; a member's Date start stopped the
    run ("the counter 'd' is an integer") or never ended (*decided*: docs/semantics.md,
    FOR)."""
    spec: TypeSpec | None = None
    if isinstance(start, (N.Name, N.Member, N.Index)) and place_spec is not None:
        spec = place_spec(start)
    elif result_of is not None:
        text = result_of(start)
        spec = parse(text, start) if text is not None else None
    if spec is not None and spec.kind in _CLOCKS:
        return spec
    return T.INT8


def declared_spec(key: str, stmt: N.Stmt, parse: Callable[[str, N.Node], TypeSpec],
                  constants: Container[str] = (),
                  result_of: Callable[[N.Expr], str | None] | None = None,
                  place_spec: Callable[[N.Expr], TypeSpec | None] | None = None
                  ) -> TypeSpec:
    """The type a declaring statement gives the variable `key` (folded): the declared
    type (an array sized when declared: without its dimensions), 8-byte int for a FOR
    counter (the start's type when it is a Date, Time or DateTime: for_counter_spec), the literal's type for `let x = 5`, the built-in's declared result type
    for `let x = F(...)` (`result_of`: semantics/let_results.py), else variant."""
    if isinstance(stmt, N.Decl):
        sized = stmt.dims is not None and run_time_dims(stmt, constants) is not None
        spec = parse(stmt.dims_text if sized else stmt.type_text, stmt)
        if spec.kind is _STRUCT and not spec.dynamic and type(stmt.init) is N.Const \
                and stmt.init.value is None:  # `o is CClass = NULL`: declared, no object
            return TypeSpec(_STRUCT, name=spec.name, dynamic=True)  # (help: ?6010002)
        return spec
    if isinstance(stmt, N.For):
        if stmt.type_text:
            return parse(stmt.type_text, stmt)
        return for_counter_spec(stmt.start, parse, result_of, place_spec)
    if isinstance(stmt, N.ForEach) and stmt.counter and fold(stmt.counter) == key:
        return T.VARIANT  # an index, or the key of an associative array
    if isinstance(stmt, N.ForEach) and stmt.rank and fold(stmt.rank) == key:
        return T.INT8  # the pass's number
    if isinstance(stmt, N.Let) and not stmt.names:
        e = stmt.value
        if isinstance(e, N.Num):  # an integer: int, or an 8-byte int past 4 bytes
            if getattr(e.value, "wl_type_name", "") == "numeric":  # `let n = 0n1.5`
                return parse("numeric", stmt)  # (syntax/currency_literal.py)
            if isinstance(e.value, Decimal):  # `let m = 0m1.5`: the one other Decimal
                return parse("currency", stmt)  # literal (syntax/expr_builder.py _currency)
            if type(e.value) is not int:  # (INFERRED from ?3087003: docs/semantics.md)
                return T.REAL
            if -2 ** 31 <= e.value < 2 ** 31:
                return T.INT
            # past 8 bytes a numeric, exact (an 8-byte int wrapped it in silence)
            return T.INT8 if INT8_MIN <= e.value <= INT8_MAX else parse("numeric", stmt)
        if isinstance(e, N.Str):
            return T.STRING
        if isinstance(e, N.Const) and isinstance(e.value, bool):
            return T.BOOLEAN
        text = result_of(e) if result_of is not None else None
        if text is not None:
            return parse(text, stmt)
    return T.VARIANT


def _flags_set(p: ProcInfo, combinations: Container[str]) -> set[str]:
    """The parameters of a combination type that `p` changes with `x[Option] = True`
    (a new value for `x`, so the caller's variable must see it)."""
    typed = {fold(prm.name) for prm in p.params
             if prm.type_text and fold(prm.type_text).split()[-1] in combinations}
    if not typed:
        return typed
    return {fold(s.target.obj.name) for s in walk_stmts(body_stmts(p.node.body))
            if isinstance(s, N.Assign) and isinstance(s.target, N.Index)
            and isinstance(s.target.obj, N.Name) and fold(s.target.obj.name) in typed}


# Built-ins that add to the array given first (folded EN/FR names): `Add(p.list, 1)` on
# a variant parameter creates its sub-element.
_GROWER_NAMES = frozenset(fold(n) for n in (
    "ArrayAdd", "TableauAjoute", "Add", "Ajoute", "ArrayInsert", "TableauInsère",
    "ArrayAddLine", "TableauAjouteLigne", "ArrayInsertLine", "TableauInsèreLigne",
    "ArrayAddSorted", "TableauAjouteTrié"))


def _root(e: N.Expr) -> str | None:
    while isinstance(e, (N.Member, N.Index)):
        e = e.obj
    return fold(e.name) if isinstance(e, N.Name) else None


def _variant_filled(p: ProcInfo) -> set[str]:
    """The variant parameters (untyped or `is Variant`) whose sub-elements `p` writes
    (`p.a = 1`, `p[2].b = 3`, `Add(p.list, x)`): writing into an empty variant gives the
    parameter a new value, which the caller's variable must receive (docs/semantics.md
    "Variant sub-elements")."""
    variants = {fold(prm.name) for prm in p.params
                if not prm.type_text or fold(prm.type_text) in ("variant", "un variant")}
    if not variants:
        return set()
    out: set[str] = set()
    for s in walk_stmts(body_stmts(p.node.body)):
        if isinstance(s, (N.Assign, N.IncDec)) and isinstance(s.target, (N.Member, N.Index)):
            out.add(_root(s.target) or "")
        for e in sub_exprs(s):
            for x in walk_expr(e):
                if type(x) is N.Call and isinstance(x.func, N.Name) and x.args \
                        and fold(x.func.name) in _GROWER_NAMES:
                    out.add(_root(x.args[0]) or "")
    return out & variants


def writeback_fixpoint(procs: dict[str, ProcInfo], combinations: Container[str] = (),
                       methods: dict[str, list[ProcInfo]] | None = None,
                       known: dict[str, ProcInfo] | None = None) -> None:
    """Fill `ProcInfo.writeback`: parameters (by reference, not LOCAL) a procedure may
    reassign, directly or by passing them on to a procedure that reassigns them. `methods`
    (method name -> the methods of that name) follows method calls (`o.M(p)`, `M(p)` in
    a method): dispatch may run any of them. `known`: every procedure a call may name
    (default `procs`); those not in `procs` are settled (the REPL's earlier inputs, whose
    code is compiled): their writeback is read, never computed again, so an input costs
    its own procedures' walks, not the session's (compiler/session_writeback.py)."""
    if known is None:
        known = procs
    filled = {k: _variant_filled(p) for k, p in procs.items()}
    assigned = {k: set(assigned_params(p.node)) | _flags_set(p, combinations)
                | filled[k] for k, p in procs.items()}
    calls = {k: [(callee, c) for c in facts(p.node.body).calls
                 for callee in _callees(c, known, methods)]
             for k, p in procs.items()}
    changed = True
    while changed:
        changed = False
        for key, p in procs.items():
            for callee, call in calls[key]:
                for i in callee.writeback:
                    arg = call.args[i] if i < len(call.args) else None
                    if not isinstance(arg, N.Name):  # P(MyParameters[2 TO]): p's own
                        arg = _spread_param(call, i, p)
                    if isinstance(arg, N.Name):
                        n = fold(arg.name)
                        if n not in assigned[key]:
                            assigned[key].add(n)
                            changed = True
            wb = [i for i, prm in enumerate(p.params)
                  if not prm.star and not prm.local and fold(prm.name) in assigned[key]]
            if wb != p.writeback:
                p.writeback = wb
                changed = True
    for key, p in procs.items():  # given back only because a variant may become filled
        direct = set(assigned_params(p.node)) | _flags_set(p, combinations)
        p.filled = [i for i in p.writeback if fold(p.params[i].name) in filled[key]
                    and fold(p.params[i].name) not in direct]


def _spread_param(call: N.Call, i: int, caller: ProcInfo) -> N.Name | None:
    """The caller's parameter that a callee's parameter i receives through a range of
    MyParameters passed on (call_counts.spread_rank), as a name; None if none."""
    rank = spread_rank(call.args, i)
    named = [prm for prm in caller.params if not prm.star]
    if rank is None or not 1 <= rank <= len(named):
        return None
    return N.Name(call.line, call.col, named[rank - 1].name)


def _callees(c: N.Call, procs: dict[str, ProcInfo],
             methods: dict[str, list[ProcInfo]] | None) -> list[ProcInfo]:
    """The procedures (or methods) a call may run, for writeback_fixpoint."""
    func = c.func
    if isinstance(func, N.Name) and fold(func.name) in procs:
        return [procs[fold(func.name)]]
    if methods and isinstance(func, (N.Name, N.Member)):
        return methods.get(fold(func.name), [])
    return []


def pyident(key: str) -> str:
    """A Python identifier for a folded WLanguage name (non-identifier chars escaped)."""
    if key.isidentifier() and key.isascii():
        return key
    return "".join(c if (c.isalnum() and c.isascii()) or c == "_" else f"_{ord(c):x}_"
                   for c in key)
