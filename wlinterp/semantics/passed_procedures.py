"""Procedures passed as arguments, as the semantic pass reads a call's arguments: a
procedure of the program named where a procedure is taken (`ArraySort(t, asFunction,
Compare)`, `AddStep("mail", StepMail)`: a reference, not a call without arguments), or
named in a text (`TimerSys("Tick", 100)`: a callback); and the arguments a call may
assign (a procedure's, by reference; a built-in's OutArg). Which ranks take a procedure:
the built-in's ProcArg parameters, the program's procedure's `is procedure` parameters,
the WINDEV catalog's PROCEDURE_PARAMS. Split from calls.py (which callee a call reaches).
"""
from __future__ import annotations

__all__ = ["passed_arguments", "proc_param_ranks", "procedure_ref", "named_in_text",
           "catalog_ranks", "no_procedure_named", "procedure_property_ref",
           "constructor_proc_ranks", "procedure_init_ref"]

from typing import TYPE_CHECKING, Any

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.words import ARTICLES, GLOBAL_WORDS
from .resolved import Ref

if TYPE_CHECKING:
    from .checker import FunctionChecker

_NAME = N.Name
_SELF = frozenset({"objet", "object"})  # `:m` is read `objet.m` (the current object)


def passed_arguments(fc: "FunctionChecker", e: N.Call, user: bool | None,
               passed: tuple[int, ...], outputs: tuple[int, ...]) -> None:
    """The arguments of a call to the program's procedures (by reference: they may be
    assigned), or to a built-in taking a procedure (ProcArg) or assigning one (OutArg)."""
    for rank, a in enumerate(e.args):
        if rank in passed and (procedure_ref(fc, a) or named_in_text(fc, a)
                               or (user is not None and _no_such_procedure(fc, e, a))):
            continue
        if type(a) is N.TupleLit and not a.items and user is False and passed \
                and rank > passed[0]:
            continue  # ParallelTaskExecute(P, (), ...): P's parameters, none (?1000021211)
        if rank == 1 and user is False and type(a) is N.Str and type(e.func) is _NAME:
            _listing_callback(fc, e, a)  # fListFile(m, "NoSuchProcedure")
        sym = fc.scope.lookup(fold(a.name)) if rank in outputs and isinstance(a, N.Name) \
            else None
        if sym is not None:  # Serialize(x, sResult, ...): written, not read
            sym.written = True
            if sym.immutable:  # Deserialize(st, buf, ...), st declared <immutable>
                from .immutable_writes import check_immutable_output
                check_immutable_output(fc, a, sym, e)
            fc.sym.refs.record(a, Ref.VAR)
            continue
        fc.expr(a)
        # By reference: the procedure may assign it; so may a WINDEV-only function (user
        # None), whose outputs nothing here declares (RegistreLit(key, value, bOk)).
        if user is not False and isinstance(a, N.Name):
            sym = fc.scope.lookup(fold(a.name))
            if sym is not None:
                sym.written = True


def _no_such_procedure(fc: "FunctionChecker", e: N.Call, a: N.Expr) -> bool:
    """`ThreadExecute("t", threadNormal, Missing)`: a bare name where a built-in takes a
    procedure, or a procedure's parameter declared `is procedure` (`AddStep("mail",
    Missing)`), naming no variable, constant, procedure or other known name, is WL102
    naming it, and the run stops there with the same words (it read the name as an
    empty variant: "there is no procedure named ''", or "'p' holds a value of type
    string, not a procedure" where the procedure called it)."""
    if type(a) is not N.Name or type(e.func) is not _NAME or fc.lenient:
        return False
    key = fold(a.name)
    from .lookup import own_name  # (lookup imports this module's callers)
    if own_name(fc, key) is not None or fc.global_kind(key) is not None \
            or key in fc.sym.structs or key in fc.data_files or key in fc.sym.known \
            or key in fc.sym.compiled:
        return False
    fc.sym.refs.record(a, Ref.UNDECLARED)
    from .suggest import closest
    best = closest(a.name, [p.name for p in fc.sym.procs.values()])
    d = fc.rep.report("WL102", f"{e.func.name}: there is no procedure named '{a.name}'"
                      + (f"; did you mean {best}?" if best else ""), a, len(a.name),
                      hint=None if best else f"declare it (PROCEDURE {a.name}()) or name "
                      "one of the program's procedures")
    fc.rep.call_errors.setdefault((a.line, a.col), d)  # the run stops there
    return True


def proc_param_ranks(fc: "FunctionChecker", e: N.Call) -> tuple[int, ...]:
    """The ranks of the parameters declared `is procedure` of the program's procedure
    `e` calls: a procedure named there is passed (`AddStep("mail", StepMail)`), even one
    that needs no argument, as a built-in taking a procedure gets it (it was called, and
    its result passed)."""
    func: Any = e.func
    if type(func) is not _NAME or not e.args:
        return ()
    key = fold(func.name)
    proc = fc.scope.lookup_proc(key) or fc.sym.procs.get(key)
    if proc is None:
        return ()
    return _procedure_params(proc)


def constructor_proc_ranks(fc: "FunctionChecker", made: "str | N.Decl") -> tuple[int, ...]:
    """The ranks of the parameters declared `is procedure` of the constructor an object of
    the class `made` (folded), or of the class a declaration `r is CRunner(...)` declares,
    is created by (`new CRunner(7, :Process)` for `Constructor(id is int, cb is
    procedure)`): a method or procedure named there is passed, as to a procedure's such
    parameter (real server code: the runner calls it)."""
    if not isinstance(made, str):
        sym = fc.scope.vars.get(fold(made.names[0][0]))
        if sym is None or sym.spec is None or sym.spec.kind is not Kind.STRUCT:
            return ()
        made = sym.spec.name
    from .creation import constructor_of  # (creation.py reads this module's callers)
    found = constructor_of(fc, made) if made in fc.sym.structs else None
    return _procedure_params(found[2]) if found is not None else ()


def _procedure_params(proc: Any) -> tuple[int, ...]:
    return tuple(rank for rank, p in enumerate(proc.params) if p.type_text and [
        w for w in fold(p.type_text).split() if w not in ARTICLES] == ["procedure"])


def procedure_ref(fc: "FunctionChecker", a: N.Expr) -> bool:
    """`ThreadExecute("t", threadNormal, P)`: P, a procedure of the program, is passed
    (a reference) even when it needs no argument; recorded for code generation. So is
    `CClass::M`, a GLOBAL method of a declared class (?3077024's
    `CClass::GlobalMethod`). Another method is read as any `CClass::M` (class_member_
    names.py): in a method of CClass's lineage, run on the current object
    (`ArraySort(m_t, asFunction, CList::Cmp)`); elsewhere WL111, it has no object."""
    if type(a) is N.ClassMember:
        key = fold(a.cls or "")
        method = fc.sym.find_method(key, fold(a.name)) \
            if a.cls and key in fc.sym.structs else None
        if method is None or not GLOBAL_WORDS & set(method.modifiers):
            return False
        fc.sym.refs.record(a, Ref.PROC_REF)
        return True
    if type(a) is N.Member and type(a.obj) is _NAME and fold(a.obj.name) in _SELF:
        return bool(fc.scope.method) and _own_method_ref(fc, a)  # `:Process`
    if type(a) is N.Member:
        return _object_method_ref(fc, a)  # `o.Show`
    if not isinstance(a, N.Name) or fc.scope.lookup(fold(a.name)) is not None:
        return False
    if fc.scope.method and _own_method_ref(fc, a):
        return True
    internal = fc.scope.lookup_proc(fold(a.name))
    if internal is None and fold(a.name) not in fc.sym.procs \
            and fold(a.name) not in fc.sym.session_procs:  # (REPL: an earlier input's)
        return False
    fc.sym.refs.record(a, Ref.INTERNAL_REF if internal is not None else Ref.PROC_REF)
    return True


def procedure_init_ref(fc: "FunctionChecker", s: N.Decl) -> bool:
    """`p is procedure = o.Show`: a method of an object given as the initial value of a
    variable declared a procedure is passed bound to it (_object_method_ref), not called."""
    sym = fc.scope.vars.get(fold(s.names[0][0])) if type(s.init) is N.Member else None
    return sym is not None and sym.spec is not None and sym.spec.kind is Kind.PROCEDURE \
        and s.init is not None and procedure_ref(fc, s.init)


def procedure_property_ref(fc: "FunctionChecker", target: N.Expr, value: N.Expr) -> bool:
    """`t.Procedure = P` / `t.Procédure = P` on a variable of a built-in type (a Thread, a
    ParallelTask, its Description: ?1000021211's `t3.Procedure = Procedure3`): P is that
    property's procedure, a reference, even when it needs no argument (it was called, its
    result stored, and the task "described no procedure"). A class's member of that name
    keeps the ordinary reading."""
    if not isinstance(target, (N.Member, N.Prop)) or fold(target.name) != "procedure":
        return False
    obj = target.obj
    sym = fc.scope.lookup(fold(obj.name)) if isinstance(obj, N.Name) else None
    if sym is None or sym.spec is None or sym.spec.kind is not Kind.OBJECT:
        return False
    return procedure_ref(fc, value)


def _own_method_ref(fc: "FunctionChecker", a: N.Name | N.Member) -> bool:
    """`ArraySort(t, asFunction, Compare)` in a method of a class that has (or inherits)
    the method Compare: that method, as `::Compare` names it (a call of Compare there
    would reach it first), not a call of Compare without arguments (that call's count
    was refused: WL104, and the run stopped). So is `:Compare` (real server code passes
    `:threadTraitement` to its runner's constructor)."""
    owner = fc.scope.method
    method = fc.sym.find_method(owner, fold(a.name)) if owner else None
    if owner is None or method is None:
        return False
    from .class_member_names import method_reference
    named = N.ClassMember(a.line, a.col, None, a.name)
    method_reference(fc, named, owner, method)
    fc.sym.refs.stands_for[id(a)] = (a, named)
    fc.sym.refs.record(a, Ref.OWN_METHOD_REF)
    return True


def _object_method_ref(fc: "FunctionChecker", a: N.Member) -> bool:
    """`Run(o.Show)`, `p is procedure = o.Show`: Show, a method (no member nor property)
    of the class o is declared of, is passed bound to o, as `:Show` is bound to the
    current object; the run finds it on o's own class, as `o.Show()` would. It was the
    call `o.Show()` without arguments (WL104, the run stopped)."""
    cls = fc.static_class(a.obj)
    if cls is None or not fc.only_method(cls, fold(a.name)):
        return False
    fc.expr(a.obj)
    fc.sym.refs.record(a, Ref.OBJECT_METHOD_REF)
    return True


def named_in_text(fc: "FunctionChecker", a: N.Expr) -> bool:
    """`ThreadExecute("t", threadNormal, "Worker")`, `TimerSys("Tick", 100)`: a text
    naming one of the program's procedures, given where a procedure is taken, names a
    callback (noted: its parameters are imposed, imposed_params.py). False: the text is
    still read as any argument."""
    if type(a) is N.Str:
        key = fold(a.value.strip())
        if key in fc.sym.procs or fc.scope.lookup_proc(key) is not None:
            fc.sym.named_in_text.add(key)
    return False


# The built-ins whose second parameter, given a text, names the program's procedure to
# call (their other values are numbers, options): the run looks the name up when the
# call runs (runtime/procrefs.py procedure_arg).
_NAMED_CALLBACKS = frozenset({"flistfile", "flistdirectory"})


def _listing_callback(fc: "FunctionChecker", e: N.Call, a: N.Str) -> None:
    """`fListFile("*.txt", "NoSuchProcedure")`: WL102 at the call when the text names
    no procedure the run can find (the run stops there: "fListFile: there is no
    procedure named 'NoSuchProcedure'."); older code passes callbacks by name so."""
    func: Any = e.func
    b = fc.sym.registry.functions.get(fold(func.name))
    if b is not None and fold(b.en) in _NAMED_CALLBACKS:
        no_procedure_named(fc, e, a, func.name, func.col,
                           "the text names the procedure to call for each element found")


def no_procedure_named(fc: "FunctionChecker", e: N.Call, a: N.Str, shown: str, col: int,
                       hint: str) -> None:
    """WL102 at the call (`shown` at `col`) when the text `a`, given a built-in where it
    names a procedure, names none the run can find (runtime/procrefs.py procedure_arg
    stops there: "fListFile: there is no procedure named 'X'."). A name the check cannot
    judge (no identifier, one known outside the code, one Compile makes) is left."""
    key = fold(a.value.strip())
    if not key.isidentifier() or key in fc.sym.procs or fc.scope.lookup_proc(key) is not None \
            or key in fc.sym.session_procs or key in fc.sym.compiled or key in fc.sym.known:
        return
    fc.rep.report("WL102", f"{shown}: there is no procedure named '{a.value}'", e,
                  len(shown), col=col, hint=hint)


def catalog_ranks(e: N.Call) -> tuple[int, ...]:
    """The ranks of the procedure parameters of a catalogued WINDEV function called by
    name (windev_catalog.py PROCEDURE_PARAMS)."""
    if type(e.func) is not _NAME:
        return ()
    from ..windev_catalog import procedure_ranks
    return procedure_ranks(e.func.name)
