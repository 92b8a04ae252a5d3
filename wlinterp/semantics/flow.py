"""WL204 at the read: a variable read where no path from its declaration has assigned it.

WLanguage initialises every variable to its type's default at its declaration, so a read
on a path that skipped the assignment is well defined, and common on purpose
(`s is string; IF c THEN s = "x" END; Trace(s)`). What is almost always a mistake is a read
that *no* path has assigned yet (`Trace(n)` above `n = 5`): it always sees the default.
So this is a "may be assigned" analysis, the opposite of rustc's "possibly unbound": a
read is reported when the variable is certainly still at its default there (docs/check.md).

Not reported: compound updates (`n += 1`, `n++`: counting from the default is the idiom),
a name passed to a procedure or method (it may assign it: by reference; built-ins do not), composite variables
(arrays, structures: filled through their parts), and main-code variables that a
procedure uses (a call may have assigned them). Loops are walked twice (the second pass
sees what the first iteration assigned); a function with labels (GOTO) is skipped.
"""
from __future__ import annotations

__all__ = ["unassigned_reads", "report_unassigned_reads", "candidates"]

from typing import TYPE_CHECKING, Any, Callable, Container, Sequence

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import body_stmts, sub_exprs, walk_stmts
from .facts import loop_facts
from .symbols import assigned_by, assigned_names, facts

if TYPE_CHECKING:
    from .reporter import Reporter
    from .scopes import Scope

Assigned = frozenset[str] | None  # None: no path gets here (after RETURN)
_NAME, _CALL, _STEP = N.Name, N.Call, N.Step  # (node classes have no subclasses)
_BINOP, _LOGIC, _MEMBER = N.BinOp, N.Logic, N.Member
_LABEL, _PROCEDURE, _PROP = N.Label, N.Procedure, N.Prop
_LITERALS = frozenset({N.Num, N.Str, N.Const})  # no sub-expression


def candidates(scope: "Scope") -> set[str]:
    """The variables of `scope` WL204 may concern: declared without a value and assigned
    somewhere (never assigned ones get WL204 at their declaration). Most functions have
    none, and then nothing else is computed."""
    vars = scope.vars
    return {k for k in scope.unset if (s := vars[k]).role == "var" and not s.initialized
            and s.written}


def report_unassigned_reads(rep: "Reporter", scope: "Scope", body: N.Body,
                            exclude: Callable[[], set[str]],
                            builtins: Callable[[], Container[str]],
                            walked: "tuple[N.Body, list[N.Stmt], bool] | None" = None) -> None:
    """WL204 for the function `body` of `scope`: its `candidates`, but those an internal
    procedure or lambda uses and those in `exclude()` (main-code variables that procedures
    use). A function with labels (GOTO) is skipped. `exclude` and `builtins` (the
    functions that only read their arguments) are asked only when there are candidates,
    which most functions have not. `walked`: what the walk before checking noted of the
    body (ProgramSymbols.declaring: its internal procedures are among its statements
    that declare; whether it has a label), else the body is walked here."""
    if not scope.unset:  # (most functions: see candidates)
        return
    tracked = candidates(scope)
    if tracked:
        tracked -= exclude()
    if not tracked:
        return
    stmts = body_stmts(body)
    inner: list[Any] = []  # (procedures, lambdas too)
    if walked is not None and walked[0] is body:
        if walked[2]:
            return
        inner = [s for s in walked[1] if type(s) is _PROCEDURE]
    else:
        for s in walk_stmts(stmts):
            t = type(s)  # (node classes have no subclasses)
            if t is _LABEL:
                return
            if t is _PROCEDURE:
                inner.append(s)
    for p in inner:
        tracked -= facts(p.body).referenced
    variants = frozenset(k for k in tracked if scope.vars[k].spec.kind == Kind.VARIANT)
    for name in unassigned_reads(stmts, tracked, builtins(), variants) if tracked else []:
        spec = scope.vars[fold(name.name)].spec
        still = "it is still Null here" if spec is not None and spec.dynamic \
            and spec.kind == Kind.STRUCT else "it still holds its default value here"
        rep.report("WL204", f"'{name.name}' is read before any assignment: {still}", name,
                   len(name.name))


def unassigned_reads(stmts: list[N.Stmt], tracked: set[str],
                     builtins: Container[str] = (),
                     variants: frozenset[str] = frozenset()) -> list[N.Name]:
    """The first read of each tracked variable (folded names) that no path assigned;
    `builtins`: the functions that only read their arguments (the built-ins). `stmts`
    hold no label (the caller checks).

    What is assigned only grows from one statement of the function to the next (a "may
    be assigned" set: a branch's assignments count after it), so once every tracked
    variable is assigned or reported, the statements left cannot report anything.
    `variants`: those declared Variant, which `v.Add(5)` gives an array."""
    flow = _Flow(tracked, builtins, variants)
    a: frozenset[str] = frozenset()
    for s in stmts:
        after = flow.stmt(s, a)
        if after is None or not tracked - after - flow.reported:
            break
        a = after
    return flow.found


def _union(a: Assigned, b: Assigned) -> Assigned:
    if a is None:
        return b
    return a if b is None else a | b


class _Flow:
    def __init__(self, tracked: set[str], builtins: Container[str],
                 variants: frozenset[str] = frozenset()) -> None:
        self.tracked = tracked
        self.variants = variants  # (tracked names declared Variant)
        self.builtins = builtins
        # does a built-in change the size of its first argument's array (analysis.py)
        self.resizes: Callable[..., bool] | None = getattr(builtins, "resizes", None)
        self.found: list[N.Name] = []
        self.reported: set[str] = set()
        self.quiet = False  # first walk of a loop body: nothing is reported
        # what a loop gives when walked quietly, by the loop and what was assigned before
        # it: a quiet walk reports nothing, so the same question has the same answer
        # (loops nested d deep were walked 2**d times: 20 deep took 5 s of `wl check`)
        self.quiet_loops: dict[tuple[int, frozenset[str]], frozenset[str]] = {}
        # what each expression reads and passes, by identity (the nodes outlive the walk)
        self.scanned: dict[int, tuple[list[tuple[str, N.Name]], set[str]]] = {}

    def reads(self, exprs: Sequence[N.Expr | None], a: frozenset[str]) -> frozenset[str]:
        """Check the names the expressions read; returns `a` plus the names passed to a
        call (which the callee may assign)."""
        passed: set[str] = set()
        names: list[tuple[str, N.Name]] = []
        for e in exprs:
            if e is not None:
                found = self.scanned.get(id(e))
                if found is None:
                    found = self.scanned[id(e)] = self.scan(e)
                names += found[0]
                passed |= found[1]
        if not self.quiet:
            for key, x in names:
                if key not in a and key not in passed and key not in self.reported:
                    self.reported.add(key)
                    self.found.append(x)
        return a | passed if passed else a

    def scan(self, e: N.Expr) -> tuple[list[tuple[str, N.Name]], set[str]]:
        """The tracked names `e` reads, in order, and the names it passes to a call that
        is not a built-in's or counts with `++`/`--`: one walk per expression, however
        often a loop makes `reads` ask."""
        names: list[tuple[str, N.Name]] = []
        passed: set[str] = set()
        tracked = self.tracked
        stack: list[Any] = [e]  # walk_expr's order (e first, depth first), written out
        while stack:
            x = stack.pop()
            t = type(x)
            if t is _NAME:  # (a name, a literal: nothing inside)
                key = fold(x.name)
                if key in tracked:
                    names.append((key, x))
                continue
            if t in _LITERALS:
                continue
            if t is _CALL:
                if not (type(x.func) is _NAME and fold(x.func.name) in self.builtins):
                    passed |= {fold(arg.name) for arg in x.args if type(arg) is _NAME}
                    if type(x.func) is _MEMBER and type(x.func.obj) is _NAME \
                            and fold(x.func.obj.name) in self.variants \
                            and self.resizes is not None \
                            and self.resizes(fold(x.func.name), len(x.args) + 1, True):
                        passed.add(fold(x.func.obj.name))  # `v.Add(5)`: an array in v
                elif x.args and type(x.args[0]) is _NAME and self.resizes is not None \
                        and self.resizes(fold(x.func.name), len(x.args)):
                    passed.add(fold(x.args[0].name))  # `ArrayAdd(v, 5)`: an array in v
                stack += x.args[::-1]  # (sub_exprs of a call: its callee, its arguments)
                stack.append(x.func)
                continue
            if t is _BINOP or t is _LOGIC:  # (the commonest, their sub_exprs written out)
                stack.append(x.right)
                stack.append(x.left)
                continue
            if t is _MEMBER:
                stack.append(x.obj)
                continue
            if t is _STEP and type(x.target) is _NAME:
                passed.add(fold(x.target.name))  # `n++ < 2`: counting from the default
            if t is N.AddressOf and type(x.target) is _NAME:  # `&x`: written through
                passed.add(fold(x.target.name))  # its address (API, Transfer)
                continue
            inner = sub_exprs(x)
            if inner:
                stack.extend(reversed(inner))
        return names, passed

    def block(self, stmts: list[N.Stmt], a: Assigned) -> Assigned:
        for s in stmts:
            if a is None:
                return None
            a = self.stmt(s, a)
        return a

    def loop(self, s: N.Stmt, body: list[N.Stmt], once: list[N.Expr | None],
             each: list[N.Expr | None], a: frozenset[str]) -> frozenset[str]:
        """A loop: `once` is evaluated before it, `each` (its condition, its bound) before
        every pass, so what the body assigns reaches them too; the body is walked twice,
        quietly then for real, as a pass may see the previous pass's assignments.
        A body that names no tracked variable (reads, assigns, passes or declares none:
        `_names_none`) can neither report a read nor assign one, so it is not walked:
        its condition is read once, with what was assigned before the loop, as the
        real pass would read it."""
        if self.quiet:
            known = self.quiet_loops.get((id(s), a))
            if known is None:
                known = self.quiet_loops[(id(s), a)] = self._loop(s, body, once, each, a)
            return known
        return self._loop(s, body, once, each, a)

    def _loop(self, s: N.Stmt, body: list[N.Stmt], once: list[N.Expr | None],
              each: list[N.Expr | None], a: frozenset[str]) -> frozenset[str]:
        """loop, walked."""
        a = self.reads(once, a) | _counters(s)
        if _names_none(self.tracked, body):
            return self.reads(each, a)
        quiet, self.quiet = self.quiet, True
        first = self.block(body, self.reads(each, a))
        self.quiet = quiet
        a = self.reads(each, _union(a, first) or a)
        return _union(a, self.block(body, a)) or a

    def stmt(self, s: N.Stmt, a: frozenset[str]) -> Assigned:
        t = type(s)  # (node classes have no subclasses: dispatched by class)
        if t is _EXPR_STMT:  # the most common statement: a call
            return self.reads([s.expr], a)  # type: ignore[attr-defined]
        handler = _FLOW_STMTS.get(t)
        if handler is not None:
            return handler(self, s, a)
        return self.reads(sub_exprs(s), a) | assigned_names([s])

    def s_Decl(self, s: N.Decl, a: frozenset[str]) -> Assigned:
        a = self.reads([s.init, *(s.ctor_args or []), *(s.dims or [])], a)
        return a | {fold(n) for n, _, _ in s.names} if s.init is not None else a

    def s_Assign(self, s: N.Assign | N.IncDec, a: frozenset[str]) -> Assigned:
        value = s.value if isinstance(s, N.Assign) else None
        t: Any = s.target
        target = [] if type(t) in _WHOLE_TARGETS else [t]
        if type(t) is _INDEX and type(t.obj) is _NAME:
            # `c[Option] = True` updates the combination c, as `n += 1` updates n
            return self.reads([value, *t.args], a) | {fold(t.obj.name)}
        if type(t) is _PROP and type(t.obj) is _NAME:  # `d..Day = 5` updates the date d
            return self.reads([value], a) | {fold(t.obj.name)}
        if type(t) is N.Substr and type(t.obj) is _NAME:  # `s[[1]] = "A"` updates s
            return self.reads([value, t.a, t.b], a) | {fold(t.obj.name)}
        if type(t) is _MEMBER or type(t) is _INDEX:  # `v.name = x`: the Variant v has a value
            subscripts: list[N.Expr | None] = []
            root: Any = t
            while type(root) is _MEMBER or type(root) is _INDEX:
                if type(root) is _INDEX:
                    subscripts += root.args
                root = root.obj
            if type(root) is _NAME:
                return self.reads([value, *subscripts], a) | {fold(root.name)}
        return self.reads([value, *target], a) | assigned_by(s)

    def s_Let(self, s: N.Let, a: frozenset[str]) -> Assigned:
        return self.reads([s.value], a)  # LET gives its variables a value: untracked

    def s_If(self, s: N.If, a: frozenset[str]) -> Assigned:
        out: Assigned = None
        for cond, body in s.branches:
            a = self.reads([cond], a)
            out = _union(out, self.block(body, a))
        return _union(out, self.block(s.orelse, a) if s.orelse is not None else a)

    def s_Switch(self, s: N.Switch, a: frozenset[str]) -> Assigned:
        a = self.reads([s.subject, *[e for conds, _ in s.cases for c in conds
                                      for e in (c.a, c.b)]], a)
        out = self.block(s.other, a) if s.other is not None else a
        for _, body in s.cases:
            out = _union(out, self.block(body, a))
        return out

    def s_While(self, s: N.While, a: frozenset[str]) -> Assigned:
        return self.loop(s, s.body, [s.count], [s.cond, s.post_cond], a)

    def s_For(self, s: N.For, a: frozenset[str]) -> Assigned:
        return self.loop(s, s.body, [s.start], [s.end, s.step], a)

    def s_ForEach(self, s: N.ForEach, a: frozenset[str]) -> Assigned:
        return self.loop(s, s.body, [s.iterable, s.separator], [], a)

    def s_ForEachFile(self, s: N.ForEachFile, a: frozenset[str]) -> Assigned:
        return self.loop(s, s.body, [], [s.where], a)

    def s_Return(self, s: N.Return, a: frozenset[str]) -> Assigned:
        self.reads([s.value], a)
        return None

    def s_WhenException(self, s: N.WhenException, a: frozenset[str]) -> Assigned:
        tried = self.block(s.body, a)
        handler = self.block(s.handler, _union(a, tried) or a)
        rest = self.block(s.orelse, tried) if s.orelse is not None else tried
        return _union(handler, rest)

    def s_Procedure(self, s: N.Procedure, a: frozenset[str]) -> Assigned:
        return a  # its own scope


_EXPR_STMT, _ASSIGN, _INDEX = N.ExprStmt, N.Assign, N.Index
_WHOLE_TARGETS = frozenset({N.Name, N.TupleLit})
# the statements the flow follows by their own rule; the others read their expressions
_FLOW_STMTS: dict[type, Callable[..., Assigned]] = {
    N.Decl: _Flow.s_Decl, N.Assign: _Flow.s_Assign, N.IncDec: _Flow.s_Assign,
    N.Let: _Flow.s_Let, N.If: _Flow.s_If, N.Switch: _Flow.s_Switch, N.While: _Flow.s_While,
    N.For: _Flow.s_For, N.ForEach: _Flow.s_ForEach, N.ForEachFile: _Flow.s_ForEachFile,
    N.Return: _Flow.s_Return, N.WhenException: _Flow.s_WhenException,
    N.Procedure: _Flow.s_Procedure}


def _names_none(tracked: set[str], body: list[N.Stmt]) -> bool:
    """Does a loop's body name none of the tracked variables (folded): no read,
    assignment, argument or declaration, in it or in its internal procedures? (The Facts
    of the block, which code generation asks of FOR loops too.)"""
    found = loop_facts(body)
    return tracked.isdisjoint(found.referenced) and (
        not found.decls or tracked.isdisjoint([fold(n) for n, _ in found.decls]))


def _counters(s: N.Stmt) -> frozenset[str]:
    if isinstance(s, N.For):
        return frozenset({fold(s.var)})
    if isinstance(s, N.ForEach):
        return frozenset(fold(n) for n in (s.var, s.counter, s.rank) if n)
    return frozenset()
