"""What statements declare, assign, mention and call, found in one walk per body.

The compiler and the semantic pass ask these questions of every procedure several times
(which variables it declares, which names it assigns or reads, which calls it makes,
whether it holds internal procedures or program-level declarations). Each body is walked
once (`facts`), with a loop specialised to these questions rather than the general
walkers of syntax/walk.py, and the answer is kept until the next compilation: on a large
program the repeated walks were a third of the compile time.
"""
from __future__ import annotations

__all__ = ["Facts", "facts", "forget_facts", "loop_facts", "collect_decls", "declared_by",
           "assigned_by", "assigned_names", "assigned_params"]

from typing import Any, Callable, Iterator

from ..records import record
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.words import DATE_PART_WORDS, DATETIME_PART_WORDS, TIME_PART_WORDS
from ..syntax.walk import body_stmts, sub_exprs, sub_exprs_of, sub_stmts_of, walk_stmts


def collect_decls(stmts: list[N.Stmt]) -> Iterator[tuple[str, N.Stmt]]:
    """(name, statement) for each variable a function declares, explicitly or not."""
    for s in walk_stmts(stmts):
        for name in declared_by(s):
            yield name, s


def declared_by(s: N.Stmt) -> list[str]:
    """The variables one statement declares: DECL names, `let`, FOR and FOR EACH counters."""
    get = _DECLARED_BY.get(type(s))
    return get(s) if get is not None else []


# By node class (the statements that declare are final classes: no subclass to miss).
_DECLARED_BY: dict[type, Callable[[Any], list[str]]] = {
    N.Decl: lambda s: [name for name, _, _ in s.names],
    N.Let: lambda s: s.names or [s.name],
    N.For: lambda s: [s.var],
    N.ForEach: lambda s: [n for n in (s.var, s.counter, s.rank) if n],
}


_MYPARAMS = frozenset({"myparameters", "mesparametres"})
_PLACES = (N.Index, N.Member, N.Prop, N.Substr)


_VALUE_PARTS = frozenset(DATE_PART_WORDS) | frozenset(TIME_PART_WORDS) \
    | frozenset(DATETIME_PART_WORDS) | frozenset(("inseconds", "ensecondes", "inminutes",
                                                  "enminutes", "inhours", "enheures",
                                                  "indays", "enjours", "inmilliseconds",
                                                  "enmillisecondes"))
"""Parts whose write gives the variable a new value (`p..Day += 40` on a Date, Time,
DateTime or Duration): an assignment of the variable, so a parameter written so is given
back to the caller (it was not: `Bump(dDue)` left dDue as it was)."""


def _target_names(target: N.Expr) -> set[str]:
    if type(target) is N.Name:
        return {fold(target.name)}
    if type(target) is N.Prop and type(target.obj) is N.Name \
            and fold(target.name) in _VALUE_PARTS:
        return {fold(target.obj.name)}
    if type(target) is N.TupleLit:
        return {fold(x.name) for x in target.items if type(x) is N.Name}
    if type(target) is N.Indirect:  # `{"nParam"} = 9` assigns nParam, which the caller's
        # variable receives; a name computed at run time may be any parameter
        named = target.name
        return {fold(named.value.strip())} if type(named) is N.Str else set(_MYPARAMS)
    while isinstance(target, _PLACES):  # `MyParameters[i]..Day = 5` assigns a parameter
        target = target.obj
    if type(target) is N.Name and fold(target.name) in _MYPARAMS:
        return {fold(target.name)}
    return set()


def assigned_params(proc: N.Procedure) -> set[str]:
    """The names a procedure assigns (`facts(...).assigned`), with every parameter when
    it assigns one through MyParameters / MesParamètres (?1511018: `MyParameters[i] =
    x` assigns the ith parameter, which the caller's variable then receives)."""
    assigned = facts(proc.body).assigned
    if _MYPARAMS.isdisjoint(assigned):
        return assigned
    return assigned | {fold(p.name) for p in proc.params if not p.star}


def assigned_by(s: N.Stmt) -> set[str]:
    """Folded names one statement assigns directly (not those of nested blocks)."""
    t = type(s)
    if t is N.Assign or t is N.IncDec:
        return _target_names(s.target)  # type: ignore[attr-defined]
    if t is N.For:
        return {fold(s.var)}  # type: ignore[attr-defined]
    if t is N.ForEach:
        return {fold(n) for n in (s.var, s.counter, s.rank) if n}  # type: ignore[attr-defined]
    return set()


def assigned_names(stmts: list[N.Stmt]) -> set[str]:
    """Folded names a block (and its internal procedures) assigns directly."""
    out: set[str] = set()
    for s in walk_stmts(stmts):
        if type(s) is N.Procedure:
            out |= facts(s.body).assigned
        else:
            out |= assigned_by(s)
    return out


@record
class Facts:
    """What one body (or one loop's block) declares, assigns, mentions and calls.

    `referenced` holds the names read or assigned; `calls` every call, in source order;
    the effects of internal procedures count in their enclosing body's `assigned`,
    `referenced` and `calls`. `procedures` are the internal procedures met (not entered),
    `program_level` the STRUCTURE / enumeration / CONSTANT declarations of the body
    itself (not of its internal procedures), `own_calls` the calls of the statements
    walked themselves (not those of internal procedures); `labels`: a GOTO label is
    written in the statements (internal procedures apart); `results`: a RESULT (or
    RETURN) with a value is (internal procedures apart): a call of a procedure without
    one is no value (no_result.py); `frees`: a `delete` / `libérer` is, internal
    procedures included (compiler/held_proofs.py)."""

    decls: list[tuple[str, N.Stmt]]
    assigned: set[str]
    referenced: set[str]
    calls: list[N.Call]
    procedures: list[N.Procedure]
    program_level: list[N.Stmt]
    own_calls: list[N.Call]  # the calls of the statements walked, internal procedures apart
    labels: bool
    results: bool = False
    frees: bool = False


_FACTS: dict[int, tuple[Any, Facts]] = {}
_PROGRAM_LEVEL = frozenset({N.StructDecl, N.EnumDecl, N.ConstDecl, N.InterfaceDecl})


def facts(body: N.Body) -> Facts:
    """The Facts of a body, computed once (the compiler asks several times)."""
    hit = _FACTS.get(id(body))
    if hit is not None and hit[0] is body:
        return hit[1]
    result = _compute_facts(body_stmts(body))
    _FACTS[id(body)] = (body, result)
    return result


def loop_facts(stmts: list[N.Stmt]) -> Facts:
    """The Facts of a nested block (a FOR loop's body), computed once per block."""
    hit = _FACTS.get(id(stmts))
    if hit is not None and hit[0] is stmts:
        return hit[1]
    result = _compute_facts(stmts)
    _FACTS[id(stmts)] = (stmts, result)
    return result


def forget_facts() -> None:
    """Drop cached Facts: at the start of the semantic pass and of each compilation.
    The cache keys a body by identity and holds it, so a new body is never answered
    with another's Facts; a body changed in place is walked again only after this."""
    _FACTS.clear()


def _compute_facts(stmts: list[N.Stmt]) -> Facts:
    """One walk of the statements (depth first, in order, internal procedures met but
    not entered: their own Facts are merged) and of each one's expressions. A statement's
    class is looked up once (`_plan`: what it declares or assigns, its expressions, its
    nested blocks); most statements have no role and no nested block."""
    found = _Found()
    plans, assigned, role_of = _PLANS, found.assigned, found.role
    refer, calls, own = found.referenced.add, found.calls, found.own
    Name, For, Decl, decls = N.Name, N.For, N.Decl, found.decls
    stack: list[Iterator[N.Stmt]] = [iter(stmts)]
    while stack:
        for s in stack[-1]:
            t = type(s)
            plan = plans.get(t) or _plan(t)
            role = plan[0]
            if role is _ASSIGN:  # (the commonest: `x = ...` adds one name)
                target = s.target  # type: ignore[attr-defined]
                if type(target) is Name:
                    assigned.add(fold(target.name))
                else:
                    assigned |= _target_names(target)
            elif role is _DECLARE and t is Decl:
                decls += [(name, s) for name, _, _ in s.names]  # type: ignore[attr-defined]
            elif role is not None and role_of(s, t, role):
                break  # an internal procedure: its effects count here, not its statements
            exprs = plan[1](s)
            if exprs:
                _read_expressions(exprs, refer, calls, own)
            if t is For:  # its block's Facts, kept for the loop's compilation (loops.py)
                found.merge(loop_facts(s.body))  # type: ignore[attr-defined]
                break
            nested_of = plan[2]
            if nested_of is not None:
                nested = nested_of(s)
                if nested:
                    stack.append(iter(nested))
            break
        else:
            stack.pop()
    return found.facts()


def _read_expressions(exprs: list[N.Expr], refer: Callable[[str], None], calls: list[N.Call],
                      own: list[N.Call]) -> None:
    """Add the names one statement's expressions read (`refer`) and the calls they make,
    in source order (depth first; names and leaves are taken without the stack)."""
    for x in exprs:
        xt = type(x)
        if xt is _Name:  # (most expressions of statements: no stack)
            refer(fold(x.name))  # type: ignore[attr-defined]
            continue
        if xt in _LEAVES:
            continue
        todo: list[Any] = [x]
        while todo:
            x = todo.pop()
            xt = type(x)
            if xt is _Name:
                refer(fold(x.name))
            elif xt is _Call:  # (its sub_exprs: the callee, then the arguments)
                calls.append(x)
                own.append(x)
                for y in x.args[::-1]:  # names and leaves at once: no stack
                    yt = type(y)
                    if yt is _Name:
                        refer(fold(y.name))
                    elif yt not in _LEAVES:
                        todo.append(y)
                todo.append(x.func)
            elif xt in _LEAVES:
                pass
            elif xt is _BinOp or xt is _Logic:  # (the commonest, written out)
                for y in (x.right, x.left):
                    yt = type(y)
                    if yt is _Name:
                        refer(fold(y.name))
                    elif yt not in _LEAVES:
                        todo.append(y)
            elif xt is _Member:
                todo.append(x.obj)
            else:
                inner_exprs = sub_exprs(x)
                if inner_exprs:
                    todo += inner_exprs[::-1]


_Name, _Call, _BinOp, _Logic, _Member = N.Name, N.Call, N.BinOp, N.Logic, N.Member


class _Found:
    """What `_compute_facts` has found so far (the fields of Facts, `own` for its
    `own_calls`), and the steps that add to it."""

    __slots__ = ("decls", "assigned", "referenced", "calls", "own", "procedures",
                 "program_level", "labels", "results", "frees")

    def __init__(self) -> None:
        self.decls: list[tuple[str, N.Stmt]] = []
        self.assigned: set[str] = set()
        self.referenced: set[str] = set()
        self.calls: list[N.Call] = []
        self.own: list[N.Call] = []
        self.procedures: list[N.Procedure] = []
        self.program_level: list[N.Stmt] = []
        self.labels = self.results = self.frees = False

    def facts(self) -> Facts:
        """The Facts found (a name assigned is also referenced)."""
        return Facts(self.decls, self.assigned, self.referenced | self.assigned, self.calls,
                     self.procedures, self.program_level, self.own, self.labels,
                     self.results, self.frees)

    def role(self, s: Any, t: type, role: str) -> bool:
        """Record what a statement with a role (other than an assignment or a DECL line,
        which the walk takes inline) declares, assigns or is; True for an internal
        procedure, whose statements are not walked."""
        if role is _DECLARE:
            self.decls += [(name, s) for name in _DECLARED_BY[t](s)]
        elif role is _PROCEDURE:  # its effects count here; its own scope
            self.procedures.append(s)
            inner = facts(s.body)
            self.assigned |= inner.assigned
            self.referenced |= inner.referenced
            self.calls += inner.calls
            self.frees = self.frees or inner.frees
            return True
        elif role is _DECLARE_ASSIGN:  # FOR, FOR EACH: their counters
            self.decls += [(name, s) for name in _DECLARED_BY[t](s)]
            self.assigned |= assigned_by(s)
        elif role is _LEVEL:
            self.program_level.append(s)
        elif role is _LABEL:
            self.labels = self.labels or s.jump
        elif role is _RESULT:
            self.results = self.results or s.value is not None
        elif role is _FREES:
            self.frees = True
        return False

    def merge(self, block: Facts) -> None:
        """Add a FOR loop's block's Facts (walked once, kept for the loop's compilation)."""
        self.decls += block.decls
        self.assigned |= block.assigned
        self.referenced |= block.referenced
        self.calls += block.calls
        self.own += block.own_calls
        self.procedures += block.procedures
        self.program_level += block.program_level
        self.labels = self.labels or block.labels
        self.results = self.results or block.results
        self.frees = self.frees or block.frees


# What a statement class means to the walk (`_plan`): its role, if any...
_ASSIGN, _DECLARE, _DECLARE_ASSIGN, _PROCEDURE, _LEVEL, _LABEL, _RESULT, _FREES = \
    "assign", "declare", "declare-assign", "procedure", "level", "label", "result", "frees"
_ROLES: dict[type, str] = {
    N.Assign: _ASSIGN, N.IncDec: _ASSIGN, N.Decl: _DECLARE, N.Let: _DECLARE,
    N.For: _DECLARE_ASSIGN, N.ForEach: _DECLARE_ASSIGN, N.Procedure: _PROCEDURE,
    N.StructDecl: _LEVEL, N.EnumDecl: _LEVEL, N.ConstDecl: _LEVEL, N.InterfaceDecl: _LEVEL,
    N.Label: _LABEL, N.Return: _RESULT, N.Free: _FREES}
# ... then the function giving its expressions and the one giving its nested statements
# (None: a statement of that class never holds any).
_PLANS: dict[type, tuple[str | None, Callable[[Any], list[N.Expr]],
                         Callable[[Any], list[N.Stmt]] | None]] = {}


def _plan(cls: type) -> tuple[str | None, Callable[[Any], list[N.Expr]],
                              Callable[[Any], list[N.Stmt]] | None]:
    plan = _PLANS[cls] = (_ROLES.get(cls), sub_exprs_of(cls), sub_stmts_of(cls))
    return plan


_LEAVES = frozenset({N.Num, N.Str, N.Const})  # expressions without sub-expressions
