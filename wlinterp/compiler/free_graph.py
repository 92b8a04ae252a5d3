"""Which code may run a `delete` while a loop runs: the program's call graph.

held_proofs.py leaves a loop's freed-object test out where no `delete` / `libérer` can
run during the loop. A `delete` anywhere in the program used to keep the test in every
loop; here each procedure's uses are read once and a loop keeps the test only when a
`delete` is reachable from what the loop runs, or from what may run beside it.

The graph's nodes are folded names: every procedure, internal or anonymous procedure
of that name is one node (overloads need nothing more), and each method is a node of
its own, `class::name`. A node reaches every procedure name its code (its parameters'
default values included) mentions as a word (a call `P()`, `P` as a value, `&P`) and
every member name (`o:M`, `v.M()` on a variant, `C::M`): the methods of that name in
any class. A method call on a variable declared of a class (`o.M()`, `o is CAccount`:
a local, a parameter, a method's own object or member, or for a procedure of the
program a variable of the main code), or on a member or element declared so (`st.o.M()`,
`t[i].M()`: receiver_types.py) reaches only the methods of that name the object may run:
those of the classes it may hold (the class and every class derived from it: the run
refuses an object of another class into that variable) and of their ancestors (an
inherited method, or one ExecuteAncestor runs).

What no name in sight calls is *aside*: the procedures that escape (written as a value,
not in a call, `f is procedure = Drop`, `ArraySort(t, asFunction, Compare)`; an
anonymous procedure; a word of a string literal, `ExecuteProcess("Drop", ...)`; every
procedure when a built-in's procedure parameter, registry.py ProcArg, is given anything
else than such a literal, a procedure's name or an anonymous procedure: a text made at
run time, a variable, `ExecuteProcess(obj, "M")`'s object; and SeekProcedure /
ChercheProcédure given other than a literal: the procedure it finds is called through a
procedure variable, `p()`, which names none), and the code run without a
call: constructors, destructors (a dropped reference runs one anywhere), property
accessors, the hidden method giving members their initial values; and what all those
reach. A built-in may call back any escaped procedure (then or later: a trigger, a
timer), a procedure variable hold any, and any may run in another thread at any moment
(ThreadExecute takes a procedure): when a `delete` is reachable aside, every loop keeps
the test. A loop in a procedure that may run in such a thread (one reachable aside)
also keeps it when the main code reaches a `delete`, the main code running meanwhile.
Code made at run time or indirection (held_proofs.py FreeSites.dynamic) reaches anything.
"""
from __future__ import annotations

__all__ = ["Classes", "FreeGraph", "free_graph", "loop_uses", "receivers"]

from typing import TYPE_CHECKING, Any, Iterable

from ..lazy_regex import lazy_compile
from ..records import record
from ..registry import Registry
from ..semantics.facts import facts
from ..semantics.builtin_args import builtin_kinds
from ..semantics.symbols import ACCESSORS
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import body_stmts, sub_exprs, walk_expr, walk_stmts
from ..syntax.words import MEMBER_INIT
from .receiver_types import Classes, receiver_spec

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec

_MAIN = "#main"
# run without a call naming them (runtime/objects.py, object_lifetime.py, instances.py)
_IMPLICIT = frozenset({"constructor", "constructeur", "destructor", "destructeur",
                       MEMBER_INIT})
_MYPARAMS = frozenset({"myparameters", "mesparametres"})
_SELF = ("objet", "object")  # a method's own object (compiler/program.py)
_WORD = lazy_compile(r"\w+")


@record
class _Uses:
    """What one piece of code mentions: folded names as words (`refs`) and as members
    (`members`), the methods its calls on variables of known classes may run (`typed`:
    nodes `class::name`) and whether its own statements hold a `delete` (`frees`)."""

    refs: set[str]
    members: set[str]
    typed: set[str]
    frees: bool = False


@record
class FreeGraph:
    """The answers held_proofs.py asks, computed once per compilation: `aside_frees`: a
    `delete` is reachable from what may run in another thread or be called back (then
    every loop keeps its test); `aside`: the names of the procedures and methods
    reachable from there; `main_frees`: one is reachable from the main code. `nodes`:
    keyed by procedure name, `class::name` for a method; `by_name`: the nodes of each
    name (what a call by that name, or a member of that name, may run)."""

    nodes: dict[str, _Uses]
    by_name: dict[str, set[str]]
    aside: frozenset[str]
    aside_frees: bool
    main_frees: bool
    procs: frozenset[str]
    registry: Any
    declared: frozenset[str]  # the variables and parameters of every body
    methods: dict[str, set[str]]  # folded method name -> the classes defining one
    classes: Classes | None
    receivers: dict[int, dict[str, "TypeSpec | None"]]  # id(procedure) -> its variables' types
    top_level: frozenset[int]  # id() of the program's procedures (not internal ones)

    def frees_from(self, uses: _Uses) -> bool:
        """Can code with these uses reach a `delete` (its own included)?"""
        return uses.frees or _reaches_free(self, _edges(self, uses))


def free_graph(program: N.Program, registry: Registry,
               classes: Classes | None = None) -> FreeGraph:
    """The graph of `program` (only built when some body holds a `delete`); `classes`:
    method calls on variables of known classes narrowed to the methods they may run."""
    bodies: list[tuple[str, N.Procedure | None, N.Body]] = [(_MAIN, None, program.main)]
    todo = [*program.procedures, *_internal(program.main)]
    while todo:  # every procedure, internal and anonymous ones included
        p = todo.pop()
        bodies.append((_node_key(p), p, p.body))
        todo += _internal(p.body)
    by_name: dict[str, set[str]] = {}
    methods: dict[str, set[str]] = {}
    for key, q, _ in bodies:
        if q is not None:
            by_name.setdefault(fold(q.name), set()).add(key)
            if q.owner is not None:
                methods.setdefault(fold(q.name), set()).add(fold(q.owner))
    procs = frozenset(by_name)
    declared = frozenset(fold(name) for _, p, body in bodies
                         for name in [*(q.name for q in (p.params if p else [])),
                                      *(n for n, _ in facts(body).decls)])
    graph = FreeGraph({}, by_name, frozenset(), False, False, procs, registry, declared,
                      methods, classes, {}, frozenset(map(id, program.procedures)))
    walker = _Walker(graph)
    nodes = graph.nodes
    implicit: set[str] = set()
    for key, proc, body in bodies:
        params = [q.default for q in proc.params if q.default is not None] if proc else []
        uses = walker.uses(body_stmts(body), params, receivers(graph, program, proc))
        if key in nodes:
            old = nodes[key]
            nodes[key] = _Uses(old.refs | uses.refs, old.members | uses.members,
                               old.typed | uses.typed, old.frees or uses.frees)
        else:
            nodes[key] = uses
        if proc is not None and (fold(proc.name) in _IMPLICIT
                                 or any(m in ACCESSORS for m in proc.modifiers)):
            implicit.add(key)
    escaped = set(nodes) - {_MAIN} if walker.everything else \
        {k for name in walker.escaped for k in by_name[name]} | implicit
    aside = _reach(graph, escaped)
    graph.aside = frozenset(k.rpartition("::")[2] for k in aside)
    graph.aside_frees = any(nodes[k].frees for k in aside)
    graph.main_frees = graph.frees_from(nodes[_MAIN])
    return graph


def _node_key(p: N.Procedure) -> str:
    """A procedure's node: its name; a method's, its class's and its own."""
    return f"{fold(p.owner)}::{fold(p.name)}" if p.owner is not None else fold(p.name)


def receivers(graph: FreeGraph, program: N.Program,
              proc: N.Procedure | None) -> dict[str, "TypeSpec | None"]:
    """The declared types (folded name -> type) of the variables `proc`'s code (the main
    code's for None) may call methods on (receiver_types.py): its parameters and
    declarations (None where one name is declared of several types), a method's own
    object and its class's members (inherited ones too) where no local has their name,
    and for a procedure of the program (not a method nor an internal procedure) the
    main code's variables it does not declare itself. Made once per procedure."""
    classes = graph.classes
    if classes is None:
        return {}
    known = graph.receivers.get(id(proc))
    if known is not None:
        return known
    body = program.main if proc is None else proc.body
    own: dict[str, TypeSpec | None] = {}

    def note(name: str, text: str | None, node: N.Node) -> None:
        key = fold(name)
        spec = classes.spec_of(text, node) if text else None
        own[key] = spec if own.get(key, spec) == spec else None
    for q in proc.params if proc is not None else []:
        note(q.name, q.type_text, q)
    for name, stmt in facts(body).decls:
        note(name, stmt.type_text if type(stmt) is N.Decl else None, stmt)
    if proc is not None and proc.owner is not None:
        cls = fold(proc.owner)
        sdef = classes.structs.get(cls)
        for me in _SELF:  # a method's own object: of its class or a derived one
            own.setdefault(me, classes.object_spec(cls))
        for member, _, spec in sdef.members if sdef is not None else ():
            own.setdefault(member, spec)  # (a member hides a global: docs/semantics.md)
    elif proc is not None and id(proc) in graph.top_level:
        own = {**receivers(graph, program, None), **own}
    graph.receivers[id(proc)] = own
    return own


def _internal(body: N.Body) -> list[N.Procedure]:
    """The internal (and anonymous) procedures a body declares."""
    return [s for s in walk_stmts(body_stmts(body)) if type(s) is N.Procedure]


def loop_uses(graph: FreeGraph, loop: N.Stmt, program: N.Program,
              proc: N.Procedure | None) -> _Uses:
    """The uses of a loop's statements and of its header's expressions; `proc`: the
    procedure holding the loop (None: the main code)."""
    body: list[N.Stmt] = getattr(loop, "body")
    return _Walker(graph).uses(body, sub_exprs(loop), receivers(graph, program, proc))


def _edges(graph: FreeGraph, uses: _Uses) -> set[str]:
    """The nodes code may call: by name, and its typed method calls. (What it may call
    otherwise, through a built-in or a procedure variable, is escaped: `aside`, which
    every proof asks first.)"""
    found = set(uses.typed)
    for name in (uses.refs | uses.members) & graph.procs:
        found |= graph.by_name[name]
    return found


def _reach(graph: FreeGraph, start: set[str]) -> set[str]:
    """The names reachable from `start` (included)."""
    seen, todo = set(start), list(start)
    while todo:
        for n in _edges(graph, graph.nodes[todo.pop()]):
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return seen


def _reaches_free(graph: FreeGraph, start: set[str]) -> bool:
    return any(graph.nodes[n].frees for n in _reach(graph, start))


class _Walker:
    """Reads the uses of pieces of code, and meanwhile the procedures they let escape
    (`escaped`; `everything`: a procedure given to a built-in as other than a literal)."""

    def __init__(self, graph: FreeGraph) -> None:
        self.graph, self.procs, self.functions = graph, graph.procs, graph.registry.functions
        self.constants, self.declared = graph.registry.constants, graph.declared
        self.escaped: set[str] = set()
        self.everything = False
        self.receivers: dict[str, TypeSpec | None] = {}

    def uses(self, stmts: list[N.Stmt], extra: Iterable[N.Expr],
             receivers: dict[str, "TypeSpec | None"]) -> _Uses:
        """The uses of `stmts` (internal procedures apart: nodes of their own) and of the
        expressions `extra` (a procedure's parameters' default values, a loop's header);
        `receivers`: the classes of the variables in sight (`receivers()`)."""
        self.receivers = receivers
        out = _Uses(set(), set(), set())
        exprs = list(extra)
        for s in walk_stmts(stmts):
            t = type(s)
            if t is N.Procedure:
                continue
            if t is N.Free:
                out.frees = True
            exprs += sub_exprs(s)
        callees: set[int] = set()
        for e in exprs:
            for x in walk_expr(e):
                self._expr(x, out, callees)
        return out

    def _expr(self, x: N.Expr, out: _Uses, callees: set[int]) -> None:
        t = type(x)
        if t is N.Name:
            key = fold(x.name)  # type: ignore[attr-defined]
            out.refs.add(key)
            if id(x) not in callees and key in self.procs:
                self.escaped.add(key)
        elif t is N.Call:
            self._call(x, out, callees)  # type: ignore[arg-type]
        elif t is N.Member and id(x) in callees:
            return  # a typed method call's (_call)
        elif t is N.Member or t is N.ClassMember:
            out.members.add(fold(x.name))  # type: ignore[attr-defined]
        elif t is N.Str:
            words = {fold(w) for w in _WORD.findall(x.value)}  # type: ignore[attr-defined]
            self.escaped |= words & self.procs
        elif t is N.Lambda:
            self.escaped.add(fold(x.name))  # type: ignore[attr-defined]

    def _call(self, c: N.Call, out: _Uses, callees: set[int]) -> None:
        """A call of a procedure by its name is an edge (not an escape); a built-in's
        procedure parameter given other than a literal lets every procedure escape."""
        f = c.func
        if type(f) is N.Name:
            key = fold(f.name)
            if key in self.procs:
                callees.add(id(f))
                return
            shift = 0
        elif type(f) is N.Member:  # a value method: `t.Sort(asFunction, Compare)`
            key, shift = fold(f.name), 1
            typed = self._typed(f)
            if typed:  # the methods of that name the receiver's object may run
                out.typed |= typed
                callees.add(id(f))
        else:
            key, shift = "", 0
        b = self.functions.get(key) if key else None
        if b is None:
            return
        if fold(b.en) in _FINDS_PROCEDURE and c.args and type(c.args[0]) is not N.Str:
            self.everything = True  # SeekProcedure(s): any procedure, `p()` then runs it
            return
        ranks: Iterable[int] = builtin_kinds(b).procedures
        if not ranks:
            if not _handles_procedures(b):
                return
            ranks = range(shift, len(c.args) + shift)  # (which argument: unknown)
        if any(_spread(a) for a in c.args):
            self.everything = True
            return
        for rank in ranks:
            i = rank - shift
            if 0 <= i < len(c.args) and not self._literal_proc(c.args[i]):
                self.everything = True

    def _typed(self, f: N.Member) -> set[str]:
        """The nodes `o.M(...)` may run when `o` is of a known class (`o` a variable,
        `st.o`, `t[i]`...: receiver_types.py): the methods named M of the classes
        derived from it, of itself and of their ancestors (empty: not known, or no such
        method: every method of that name)."""
        graph = self.graph
        classes = graph.classes
        if classes is None:
            return set()
        key = fold(f.name)
        defining = graph.methods.get(key)
        if not defining:
            return set()
        cls = classes.class_in(receiver_spec(classes, f.obj, self.receivers, graph.methods))
        if cls is None:
            return set()
        return {f"{c}::{key}" for c in classes.related(cls) & defining}

    def _literal_proc(self, a: N.Expr) -> bool:
        """A procedure written as itself: its name, a literal naming it, an anonymous
        procedure (or a literal or constant, where any argument may be the procedure)."""
        if isinstance(a, N.Name):
            key = fold(a.name)
            return key in self.procs or (key in self.constants and key not in self.declared)
        return type(a) in _LITERALS


# built-ins giving the procedure a text names (its first argument), which a procedure
# variable then calls: `p is procedure = SeekProcedure(sName)` then `p()`; a literal
# name escapes as any string's words do
_FINDS_PROCEDURE = frozenset({"seekprocedure"})
# a procedure argument's forms that name no other procedure than those seen
_LITERALS = frozenset({N.Str, N.Lambda, N.Num, N.Const, N.DurationLit})
# what a built-in's module imports to call a procedure it is given (runtime/procrefs.py)
_PROC_HELPERS = ("procedure_arg", "call_ref", "compiled_ref", "call_with", "call_counted",
                 "WLProcRef")


def _handles_procedures(b: Any) -> bool:
    """May the built-in `b`, with no ProcArg parameter, call a procedure it is given
    among its variable arguments (HExecuteSQLQueryAsynchronous)? Those of a module
    calling procedures it is given, but ExecuteAncestor (the method's own name)."""
    func = getattr(b.func, "__wrapped__", b.func)
    code = getattr(func, "__code__", None)
    if code is None:
        return True
    if not code.co_flags & _VARARGS or fold(b.en) == "executeancestor":
        return False
    space = func.__globals__
    return any(name in space for name in _PROC_HELPERS)


_VARARGS = 0x04  # (inspect.CO_VARARGS)


def _spread(a: N.Expr) -> bool:
    """`MyParameters[2 TO]` given to a built-in: its values shift the arguments' ranks."""
    while isinstance(a, (N.Substr, N.Index)):
        a = a.obj
    return isinstance(a, N.Name) and fold(a.name) in _MYPARAMS
