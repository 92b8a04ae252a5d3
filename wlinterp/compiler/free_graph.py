"""Which code may run a `delete` while a loop runs: the program's call graph, by name.

held_proofs.py leaves a loop's freed-object test out where no `delete` / `libérer` can
run during the loop. A `delete` anywhere in the program used to keep the test in every
loop; here each procedure's uses are read once and a loop keeps the test only when a
`delete` is reachable from what the loop runs, or from what may run beside it.

The graph's nodes are folded names: every procedure, method, internal or anonymous
procedure of that name is one node (overloads, the same method in several classes, and
`ExecuteAncestor`, which calls the same name in an ancestor, need nothing more). A node
reaches every procedure name its code (its parameters' default values included)
mentions as a word (a call `P()`, `P` as a value, `&P`) and every member name (`o.M()`,
`o:M`, `v.M()` on a variant, `C::M`): the methods of that name in any class.

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

__all__ = ["FreeGraph", "free_graph", "loop_uses"]

from typing import Any, Iterable

from ..lazy_regex import lazy_compile
from ..records import record
from ..registry import Registry
from ..semantics.facts import facts
from ..semantics.operands import builtin_kinds
from ..semantics.symbols import ACCESSORS
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import body_stmts, sub_exprs, walk_expr, walk_stmts
from ..syntax.words import MEMBER_INIT

_MAIN = "#main"
# run without a call naming them (runtime/objects.py, object_lifetime.py, instances.py)
_IMPLICIT = frozenset({"constructor", "constructeur", "destructor", "destructeur",
                       MEMBER_INIT})
_MYPARAMS = frozenset({"myparameters", "mesparametres"})
_WORD = lazy_compile(r"\w+")


@record
class _Uses:
    """What one piece of code mentions: folded names as words (`refs`) and as members
    (`members`), and whether its own statements hold a `delete` (`frees`)."""

    refs: set[str]
    members: set[str]
    frees: bool = False


@record
class FreeGraph:
    """The answers held_proofs.py asks, computed once per compilation: `aside_frees`: a
    `delete` is reachable from what may run in another thread or be called back (then
    every loop keeps its test); `aside`: the names reachable from there; `main_frees`:
    one is reachable from the main code."""

    nodes: dict[str, _Uses]
    escaped: frozenset[str]
    aside: frozenset[str]
    aside_frees: bool
    main_frees: bool
    procs: frozenset[str]
    registry: Any
    declared: frozenset[str]  # the variables and parameters of every body

    def frees_from(self, uses: _Uses) -> bool:
        """Can code with these uses reach a `delete` (its own included)?"""
        return uses.frees or _reaches_free(self, _edges(self, uses))


def free_graph(program: N.Program, registry: Registry) -> FreeGraph:
    """The graph of `program` (only built when some body holds a `delete`)."""
    bodies: list[tuple[str, N.Procedure | None, N.Body]] = [(_MAIN, None, program.main)]
    todo = [*program.procedures, *_internal(program.main)]
    while todo:  # every procedure, internal and anonymous ones included
        p = todo.pop()
        bodies.append((fold(p.name), p, p.body))
        todo += _internal(p.body)
    procs = frozenset(name for name, p, _ in bodies if p is not None)
    declared = frozenset(fold(name) for _, p, body in bodies
                         for name in [*(q.name for q in (p.params if p else [])),
                                      *(n for n, _ in facts(body).decls)])
    walker = _Walker(procs, registry, declared)
    nodes: dict[str, _Uses] = {}
    implicit: set[str] = set()
    for name, proc, body in bodies:
        params = [q.default for q in proc.params if q.default is not None] if proc else []
        uses = walker.uses(body_stmts(body), params)
        if name in nodes:
            old = nodes[name]
            nodes[name] = _Uses(old.refs | uses.refs, old.members | uses.members,
                                old.frees or uses.frees)
        else:
            nodes[name] = uses
        if proc is not None and (name in _IMPLICIT
                                 or any(m in ACCESSORS for m in proc.modifiers)):
            implicit.add(name)
    escaped = procs if walker.everything else frozenset(walker.escaped | implicit)
    graph = FreeGraph(nodes, escaped, frozenset(), False, False, procs, registry, declared)
    aside = _reach(graph, set(escaped))
    graph.aside, graph.aside_frees = frozenset(aside), any(nodes[n].frees for n in aside)
    graph.main_frees = graph.frees_from(nodes[_MAIN])
    return graph


def _internal(body: N.Body) -> list[N.Procedure]:
    """The internal (and anonymous) procedures a body declares."""
    return [s for s in walk_stmts(body_stmts(body)) if type(s) is N.Procedure]


def loop_uses(graph: FreeGraph, loop: N.Stmt) -> _Uses:
    """The uses of a loop's statements and of its header's expressions."""
    body: list[N.Stmt] = getattr(loop, "body")
    return _Walker(graph.procs, graph.registry, graph.declared).uses(body, sub_exprs(loop))


def _edges(graph: FreeGraph, uses: _Uses) -> set[str]:
    """The procedures code may call by name. (What it may call otherwise, through a
    built-in or a procedure variable, is escaped: `aside`, which every proof asks first.)"""
    return (uses.refs | uses.members) & graph.procs


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

    def __init__(self, procs: frozenset[str], registry: Registry,
                 declared: frozenset[str]) -> None:
        self.procs, self.functions = procs, registry.functions
        self.constants, self.declared = registry.constants, declared
        self.escaped: set[str] = set()
        self.everything = False

    def uses(self, stmts: list[N.Stmt], extra: Iterable[N.Expr]) -> _Uses:
        """The uses of `stmts` (internal procedures apart: nodes of their own) and of the
        expressions `extra` (a procedure's parameters' default values, a loop's header)."""
        out = _Uses(set(), set())
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
