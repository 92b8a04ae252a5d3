"""Calls made, as the semantic pass checks them: which procedure, method or built-in a
call reaches, and whether the argument count fits (names used as values: lookup.py).

An unknown callee is told apart three ways: a typo of a known name ("did you mean"), a
WINDEV function wlinterp does not run (windev_catalog, with its family), or a name
nobody knows.
"""
from __future__ import annotations

__all__ = ["check_call", "unknown_callee"]

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..runtime.kinds import Kind
from ..syntax.extension_procs import is_extension
from ..syntax.names import fold
from ..runtime.value_methods import candidate_builtins, candidates, name_as_called
from .enum_checks import enum_arguments
from .param_types import typed_arguments
from .overloads import check_overloaded_call, method_arity
from .operands import KINDS_READ, BuiltinKinds, builtin_kinds, check_builtin_args
from .read_only import check_call_args
from .resolved import Ref
from .suggest import builtin_names, closest

if TYPE_CHECKING:
    from .checker import FunctionChecker

# Enum members the hot paths read, as module globals: `Ref.X` goes through EnumType's
# attribute hook on CPython 3.11, about twenty times the cost of reading a global.
_BUILTIN, _METHOD, _PROC = Ref.BUILTIN, Ref.METHOD, Ref.PROC
_NAME, _MEMBER, _DEFAULT = N.Name, N.Member, N.DefaultArg
_OBJECT = Kind.OBJECT
_dict_get = dict.get  # the registry's tables import a family on a miss (builtin_index.py)


def check_call(fc: "FunctionChecker", e: N.Call) -> None:
    """A call: its callee, then its arguments."""
    func = e.func
    if type(func) is _NAME:
        kinds = fc.builtin_calls.get(func.name)
        if kinds is None and func.name in _BUILTIN_NAMED:
            kinds = _plain_builtin(fc, func.name)
        if kinds is not None:  # a built-in this function called already: the same verdict
            fc.verdicts[id(func)] = (func, _BUILTIN)
            args = e.args
            n = len(args)
            if kinds.plain and kinds.least <= n <= kinds.most and not (
                    args and (type(args[-1]) is _DEFAULT or type(args[0]) is _MEMBER)):
                fc.called = kinds  # the commonest call: as below, with nothing to check
                fc.exprs(args)
                return
            if n < kinds.least or n > kinds.most or kinds.typed is not None \
                    or (args and type(args[-1]) is _DEFAULT):
                known_builtin(fc, e, kinds, n, func.name, func.col)
            else:  # (known_builtin would find nothing to check)
                fc.called = kinds
            if kinds.data and fc.sym.infer_data:
                _data_names(fc, e, fold(kinds.builtin.en))
            if kinds.procedures or kinds.outputs:
                _arguments(fc, e, False, kinds.procedures, kinds.outputs)
            else:
                fc.exprs(e.args)
            if e.args and type(e.args[0]) is _MEMBER:
                check_call_args(fc, e, False)
            return
    fc.called = None
    user = _callee(fc, e)
    lenient = fc.lenient
    fc.lenient = lenient or user is None  # a WINDEV-only call: its arguments are controls
    called = fc.called
    if fc.sym.infer_data and user is False and called is not None and called.data:
        _data_names(fc, e, fold(called.builtin.en))
    kinds = called if user is False and type(func) is _NAME else None
    if kinds is not None and (kinds.procedures or kinds.outputs):
        _arguments(fc, e, user, kinds.procedures, kinds.outputs)
    elif user is False:  # most calls: a built-in's, every argument read
        fc.exprs(e.args)
    else:
        _arguments(fc, e, user, (), ())
    fc.lenient = lenient
    if user or (user is False and e.args and type(e.args[0]) is _MEMBER):
        check_call_args(fc, e, user)  # (what it looks for needs one or the other)


def _arguments(fc: "FunctionChecker", e: N.Call, user: bool | None,
               passed: tuple[int, ...], outputs: tuple[int, ...]) -> None:
    """The arguments of a call to the program's procedures (by reference: they may be
    assigned), or to a built-in taking a procedure (ProcArg) or assigning one (OutArg)."""
    for rank, a in enumerate(e.args):
        if rank in passed and procedure_ref(fc, a):
            continue
        sym = fc.scope.lookup(fold(a.name)) if rank in outputs and isinstance(a, N.Name) \
            else None
        if sym is not None:  # Serialize(x, sResult, ...): written, not read
            sym.written = True
            fc.sym.refs.record(a, Ref.VAR)
            continue
        fc.expr(a)
        # By reference: the procedure may assign it; so may a WINDEV-only function (user
        # None), whose outputs nothing here declares (RegistreLit(key, value, bOk)).
        if user is not False and isinstance(a, N.Name):
            sym = fc.scope.lookup(fold(a.name))
            if sym is not None:
                sym.written = True


def procedure_ref(fc: "FunctionChecker", a: N.Expr) -> bool:
    """`ThreadExecute("t", threadNormal, P)`: P, a procedure of the program, is passed
    (a reference) even when it needs no argument; recorded for code generation."""
    if not isinstance(a, N.Name) or fc.scope.lookup(fold(a.name)) is not None:
        return False
    internal = fc.scope.lookup_proc(fold(a.name))
    if internal is None and fold(a.name) not in fc.sym.procs \
            and fold(a.name) not in fc.sym.session_procs:  # (REPL: an earlier input's)
        return False
    fc.sym.refs.record(a, Ref.INTERNAL_REF if internal is not None else Ref.PROC_REF)
    return True


def _callee(fc: "FunctionChecker", e: N.Call) -> bool | None:
    """Check the callee: True for a procedure or method of the program, False for a
    built-in, None for a function wlinterp does not run (unknown ones included). The
    verdict is recorded on the callee (the Name, or the Member of `obj.M(...)`)."""
    func: Any = e.func  # (typed by the class compared)
    n = len(e.args)
    cls = type(func)  # (node classes have no subclasses)
    if cls is _MEMBER:
        if type(func.obj) is _NAME and fold(func.obj.name) == "wl":
            fc.sym.refs.record(func, _BUILTIN)
            return builtin(fc, e, fold(func.name), n, func.name, func.col + 1)
        return method_call(fc, e, func, n)
    if isinstance(func, N.Automation):  # obj>>Method(args): fails when run (no ActiveX)
        fc.sym.refs.record(func, Ref.DYNAMIC)
        fc.expr(func.obj)
        return None
    if cls is not _NAME:
        fc.rep.report("WL111", "this expression cannot be called", e)
        fc.expr(func)
        return False
    key = fold(func.name)
    var = fc.scope.lookup(key)  # (a built-in this function called already: check_call)
    if var is not None and getattr(getattr(var, "spec", None), "kind", "") in (
            Kind.PROCEDURE, Kind.VARIANT):
        var.read = True  # x is PROCEDURE = P; x(args) calls P
        fc.sym.refs.record(func, Ref.VALUE_CALL)
        return False
    if var is not None:
        fc.sym.refs.record(func, Ref.NOT_CALLABLE)
        fc.rep.report("WL110", f"'{func.name}' is a variable, not a procedure", func,
                      len(func.name))
        return False
    owner = fc.scope.method
    method = fc.sym.find_method(owner, key) if owner else None
    if method is not None and key in fc.sym.registry.functions \
            and not _fits(method.params, n):
        method = None  # `Taille(s)` in a class with a method Taille(): the built-in
    internal = None if method else fc.scope.lookup_proc(key)
    proc = method or internal or fc.sym.procs.get(key)
    if proc is not None:
        fc.sym.refs.record(func, _METHOD if method else
                           Ref.INTERNAL if internal else _PROC)
        overloads = fc.sym.overloads
        if overloads and not internal:  # (most programs: no name with several syntaxes)
            group = overloads.get((fold(proc.owner or ""), key) if method else key)
            if group is not None:
                check_overloaded_call(fc, e, func.name, group, n, func.col)
                return True
        if _spreads(e):  # P(MyParameters[2 TO]): as many arguments as that holds
            return True
        arity(fc, e, func.name, proc.params, n, func.col)
        enum_arguments(fc, e, func.name, proc.params)
        typed_arguments(fc, e, func.name, proc.params)
        return True
    if key in EXECUTE_ANCESTOR:  # the ancestor's version of the current method, by
        fc.sym.refs.record(func, Ref.EXECUTE_ANCESTOR)
        for scope in fc.scope.chain() if not e.args else []:  # default on its parameters
            for sym in scope.vars.values():
                if sym.role == "param":
                    sym.read = True
            if scope.owner is not None:
                break
        return True
    info = fc.sym.session_procs.get(key)
    if info is not None:
        fc.sym.refs.record(func, Ref.PROC)
        group = fc.sym.overloads.get(key) if info.overloads else None
        if group is not None:  # (an earlier input's procedure with several syntaxes)
            check_overloaded_call(fc, e, func.name, group, n, func.col)
        else:
            arity(fc, e, func.name, info.params, n, func.col)
        return True
    if owner and fc.sym.unknown_ancestor(owner) and _maybe_inherited(fc, key, func.name):
        fc.sym.refs.record(func, _METHOD)  # maybe a method of the unseen parent class
        return True
    fc.sym.refs.record(func, _BUILTIN)
    user = builtin(fc, e, key, n, func.name, func.col)
    if fc.called is not None:  # (a built-in is never taken for an inherited method)
        fc.builtin_calls[func.name] = fc.called
        if owner is None and key not in EXECUTE_ANCESTOR:
            if len(_BUILTIN_NAMED) >= 4096:  # (a bound: names as programs write them)
                _BUILTIN_NAMED.clear()
            _BUILTIN_NAMED[func.name] = fc.called
    return user


# A name as written -> the built-in `_callee` found it calls in a function that has no
# variable, internal procedure or method of that name, in a program without a procedure
# of that name (remembered across functions and programs: what a name is among the
# built-ins does not depend on the program). See `_plain_builtin`.
_BUILTIN_NAMED: dict[str, BuiltinKinds] = {}


def _plain_builtin(fc: "FunctionChecker", shown: str) -> BuiltinKinds | None:
    """The built-in a call of `shown` reaches here when `_callee` would find it without
    looking further: nothing of the program or of this function has the name (no
    variable, internal procedure, procedure, earlier REPL input's procedure, and not in
    a method, whose class's methods come first), and the registry is the one the name
    was found in. Then the call is checked as a second call of a built-in the function
    called already (check_call), and is remembered so for the function. Else None."""
    kinds = _BUILTIN_NAMED[shown]
    scope = fc.scope
    key = fold(shown)
    if scope.method is not None or scope.lookup(key) is not None \
            or scope.lookup_proc(key) is not None or key in fc.sym.procs \
            or key in fc.sym.session_procs \
            or _dict_get(fc.sym.registry.functions, key) is not kinds.builtin:
        return None
    fc.builtin_calls[shown] = kinds
    return kinds


def _data_names(fc: "FunctionChecker", e: N.Call, key: str) -> None:
    """HReadSeekFirst(Customer, Name, x), HReset(Customer): without the analysis, the
    first argument named alone is a data file (or query), a seek's second its key item."""
    names = e.args[:2] if key.startswith(_SEEKS) else e.args[:1]
    for a in names:
        if isinstance(a, N.Name) and fc.scope.lookup(fold(a.name)) is None:
            fc.sym.data_used.add(fold(a.name))


_SEEKS = ("hreadseek", "hseek", "hfilter")


def _maybe_inherited(fc: "FunctionChecker", key: str, shown: str) -> bool:
    """May `M(...)` in a class deriving from a class this check does not see be one of
    that class's methods? Not when M is a WLanguage function, run or not by wlinterp."""
    from ..windev_catalog import unavailable
    return key not in fc.sym.registry.functions and key not in fc.sym.known \
        and unavailable(shown) is None


ANCESTOR_WORDS = ("ancestor", "ancetre")
_GLOBAL_WORDS = frozenset({"global", "globale"})
EXECUTE_ANCESTOR = ("executeancestor", "executeancetre")


def method_call(fc: "FunctionChecker", e: N.Call, func: N.Member, n: int) -> bool | None:
    """`obj.Method(args)`: a method of obj's class, else a built-in taking obj first."""
    if isinstance(func.obj, N.Name) and fold(func.obj.name) in ANCESTOR_WORDS \
            and fc.scope.lookup(fold(func.obj.name)) is None \
            and fc.scope.method_owner() is not None:
        fc.sym.refs.record(func, Ref.ANCESTOR_METHOD)
        return True  # Ancestor.Method(): the parent class's version (checked at run time)
    if _static_call(fc, e, func, n):
        return True
    fc.expr(func.obj)
    key = fold(func.name)
    ext = _extension(fc, func.obj, key)
    if ext is not None:  # s.MyProc(x): the extension procedure MyProc(s, x) (?1514086)
        fc.sym.refs.record(func, Ref.EXTENSION)
        arity(fc, e, func.name, ext.params, n + 1, func.col + 1)
        return True
    if _data_method(fc, func.obj, key):
        fc.sym.refs.record(func, Ref.DYNAMIC)  # HReadFirst(Customer, ...), at run time
        return True
    fc.sym.refs.record(func, _method_kind(fc, func.obj, key))
    if _unseen_object(fc, func.obj):  # `Logger.Log(...)`, Logger declared elsewhere: WL101
        fc.sym.refs.record(func, Ref.DYNAMIC)  # says so, once; a variant's method (it may
        return None  # hold an object) is chosen at run time, its count checked there
    if not (isinstance(func.obj, N.Name) and fold(func.obj.name) in ("objet", "object")):
        why = fc.sym.inaccessible(func.name, fc.scope.method)
        if why:
            fc.rep.report("WL112", why, e, len(func.name), col=func.col + 1)
    cls = fc.static_class(func.obj)
    if cls is not None:
        method = fc.sym.find_method(cls, key)
        if method is not None:
            if fc.sym.overloads:  # (most programs: no method with several syntaxes)
                method_arity(fc, e, func.name, method, n, func.col + 1)
            else:
                arity(fc, e, func.name, method.params, n, func.col + 1)
            _method_types(fc, e, method)
            return True
        if fc.sym.unknown_ancestor(cls) and _maybe_inherited(fc, key, func.name):
            fc.sym.refs.record(func, Ref.DYNAMIC)  # maybe a method of the unseen parent
            return True
        if key not in fc.sym.registry.functions:
            fc.rep.report("WL109", f"'{func.name}' is not a method of "
                          f"{fc.sym.structs[cls].name}", e, len(func.name), col=func.col + 1,
                          hint=fc.member_hint(cls, func.name))
            return False
    if any(m == key for _, m in fc.sym.methods):
        return True  # dispatched at run time on the object's class
    if _automation(fc, func.obj):
        return False  # a method of an automation object: the run-time OLE error
    if key not in fc.sym.registry.functions and candidates(key):
        _value_method_arity(fc, e, func, key, n)
        return False  # s.StartsWith(...), t.Sort(): a String/Array built-in, by value type
    return builtin(fc, e, key, n + 1, func.name, func.col + 1, first=func.obj)


def _value_method_arity(fc: "FunctionChecker", e: N.Call, func: N.Member, key: str,
                        n: int) -> None:
    """`s.Format()`: WL104 when no built-in the method can stand for (chosen at run time
    by the value's type) takes the value plus n arguments."""
    found = candidate_builtins(key)
    given = n + 1
    if found and not any(b.min_args <= given and (b.max_args is None or given <= b.max_args)
                         for b in found):
        fc.rep.report("WL104", f"The method .{func.name}() is "
                      f"{name_as_called(found[0], key)}, which expects "
                      f"{found[0].arity_text()} parameter(s) counting the value it is "
                      f"called on, but received {given}", e, len(func.name),
                      col=func.col + 1)


def _unseen_object(fc: "FunctionChecker", obj: N.Expr) -> bool:
    """Is `obj` of `obj.M(...)` a name nothing checked declares (a global of the project,
    an object of another file)? Its method is then unknown too, not a built-in taking obj
    first: `Logger.Log("a", x)` is no call of Log, 'Verbose' no unknown procedure."""
    if not isinstance(obj, N.Name):
        return False
    key, ref = fold(obj.name), fc.sym.refs.get(obj)
    if ref is Ref.UNDECLARED:
        return key not in fc.data_files and key not in fc.sym.known
    if ref is Ref.VAR:  # `o est un OMEGAQueueObject` (a class not checked): a variant
        var = fc.scope.lookup(key)
        return var is not None and var.spec.kind == Kind.VARIANT
    owner = fc.scope.method_owner() if ref is Ref.MEMBER else None
    return owner is not None and fc.sym.unknown_ancestor(owner) \
        and not any(key in fc.sym.structs[c].members for c in fc.sym.lineage(owner))


def _extension(fc: "FunctionChecker", obj: N.Expr, key: str) -> N.Procedure | None:
    """The extension procedure (`PROCEDURE P(s is string) <extension>`) that `obj.P(...)`
    calls, when obj is not an instance of a class of the program (a class's own methods
    and members win: only WLanguage types are extended)."""
    proc = fc.sym.procs.get(key)
    if proc is None:
        info = fc.sym.session_procs.get(key)  # (REPL: an earlier input's)
        proc = getattr(info, "node", None)
    if proc is None or not is_extension(proc) or fc.static_class(obj) is not None:
        return None
    return proc


def _data_method(fc: "FunctionChecker", obj: N.Expr, key: str) -> bool:
    """`Customer.ReadFirst(Name)`, `Client.LitPremier(Nom)`, `ds.ReadNext()`: WINDEV's
    prefix syntax of an H* function on a data file (a name the program does not declare)
    or a Data Source variable (wlinterp/hfsql/prefix.py)."""
    if not isinstance(obj, N.Name) or "h" + key not in fc.sym.registry.functions:
        return False
    name = fold(obj.name)
    var = fc.scope.lookup(name)
    if var is not None:
        return var.spec.kind == _OBJECT and var.spec.name in _DATA_SOURCES
    return name in fc.sym.known or name in fc.data_files \
        or key not in fc.sym.registry.functions


_DATA_SOURCES = ("datasource", "sourcededonnees", "sqlquery", "requetesql")


def _static_call(fc: "FunctionChecker", e: N.Call, func: N.Member, n: int) -> bool:
    """`Logger.Log(...)` / `Logger::Log(...)`: a method called on the class itself (a GLOBAL
    method, as real code calls them), when the name is a class and no variable."""
    if not isinstance(func.obj, N.Name):
        return False
    cls = fold(func.obj.name)
    if cls not in fc.sym.structs or fc.scope.lookup(cls) is not None:
        return False
    method = fc.sym.find_method(cls, fold(func.name))
    if method is None:
        return False
    owner = fc.scope.method_owner()
    if owner is not None and cls in fc.sym.lineage(owner) \
            and not _GLOBAL_WORDS & set(method.modifiers):
        # `CAnimal::Describe()` in a method of CDog (derived from CAnimal): that class's
        # version of an instance method, run on the current object (as `Ancestor.M()`)
        fc.sym.refs.record(func, Ref.ANCESTOR_METHOD)
    else:
        fc.sym.refs.record(func, Ref.STATIC_METHOD)
    if fc.sym.overloads:
        method_arity(fc, e, func.name, method, n, func.col + 1)
    else:
        arity(fc, e, func.name, method.params, n, func.col + 1)
    _method_types(fc, e, method)
    return True


def _method_types(fc: "FunctionChecker", e: N.Call, method: N.Procedure) -> None:
    """WL213 for a variable of a number or text type given to a method's parameter of
    the other family (?1514076), the method known from the receiver's class (its
    redefinitions have the same parameters, WL111); a method with several syntaxes is
    chosen by its arguments instead (semantics/overloads.py)."""
    owner = fold(method.owner or "")
    if fc.sym.overloads and (owner, fold(method.name)) in fc.sym.overloads:
        return
    cls = fc.sym.structs.get(owner)
    typed_arguments(fc, e, f"{cls.name if cls else method.owner}::{method.name}",
                    method.params)



def _automation(fc: "FunctionChecker", obj: N.Expr) -> bool:
    """Is `obj` an `object Automation` or a Control variable (its methods fail when
    called)?"""
    var = fc.scope.lookup(fold(obj.name)) if isinstance(obj, N.Name) else None
    return var is not None and var.spec.kind == _OBJECT \
        and var.spec.name in ("objetautomation", "control", "champ")


def _method_kind(fc: "FunctionChecker", obj: N.Expr, key: str) -> Ref:
    """How `obj.M(...)` runs: dispatched on the object (a method some class declares, an
    automation object's method, a String/Array method of the value), else the built-in
    M with obj as its first argument."""
    if any(m == key for _, m in fc.sym.methods) or _automation(fc, obj) or (
            key not in fc.sym.registry.functions and candidates(key)):
        return Ref.DYNAMIC
    return Ref.BUILTIN_METHOD


def _fits(params: list[N.Param], n: int) -> bool:
    """Can a procedure or method with these parameters take n arguments?"""
    plain = [p for p in params if not p.star]
    required = sum(1 for p in plain if p.default is None)
    return n >= required and (any(p.star for p in params) or n <= len(plain))


def arity(fc: "FunctionChecker", e: N.Node, shown: str, params: list[N.Param], n: int,
          col: int, line: int | None = None) -> None:
    counts = fc.sym.arities.get(id(params))  # (read once per procedure of the program)
    if counts is None or counts[0] is not params:
        plain = [p for p in params if not p.star]
        required = sum(1 for p in plain if p.default is None)
        most = None if any(p.star for p in params) else len(plain)
        counts = fc.sym.arities[id(params)] = (params, required, most)
    _, required, most = counts
    if n >= required and (most is None or n <= most):
        return
    if type(e) is N.Call and _spreads(e):  # M(MyParameters[2 TO]): counted when it runs
        return
    message = arity_message(shown, required, most, n)
    if message is not None:
        fc.rep.report("WL104", message, e, len(shown), col=col, line=line)


def arity_message(shown: str, required: int, most: int | None, n: int) -> str | None:
    """WL104's message when n arguments do not fit (`most` None: any number more), else
    None; also the run-time error of a constructor given the wrong count."""
    if n >= required and (most is None or n <= most):
        return None
    expect = f"at least {required}" if most is None else \
        str(required) if most == required else f"{required} to {most}"
    return f"{shown} expects {expect} parameter(s) but received {n}"


def _spreads(e: N.Call) -> bool:
    """Is an argument a range of MyParameters (`P(x, MyParameters[2 TO])`), which the
    call receives as that many arguments (compiler/functions.py spread_arg)?"""
    for a in e.args:
        if type(a) is N.Substr and a.sliced and type(a.obj) is _NAME \
                and fold(a.obj.name) in ("myparameters", "mesparametres"):
            return True
    return False


def unknown_callee(shown: str) -> str:
    """WL102's message (also the run-time error of a call to a name only the program's
    surroundings know, such as a window's control)."""
    return f"unknown procedure or function '{shown}'"


def builtin(fc: "FunctionChecker", e: N.Call, key: str, n: int, shown: str,
            col: int, first: N.Expr | None = None) -> bool | None:
    """A call that only a built-in can answer (`F(a, *)`: a trailing `*` is no argument;
    `first`: the object of `obj.F(args)`, passed first)."""
    functions = fc.sym.registry.functions
    b = _dict_get(functions, key)  # (a family already imported: no call of the table's)
    if b is None:
        b = functions.get(key)
    if b is not None:
        kinds = KINDS_READ.get(id(b))  # (builtin_kinds, without its call when known)
        if kinds is None or kinds.builtin is not b:
            kinds = builtin_kinds(b)
        return known_builtin(fc, e, kinds, n, shown, col, first)
    if key in fc.sym.known or key in fc.sym.compiled:  # (compiled: Compile("P", code))
        return True
    from ..windev_catalog import unavailable  # only for names nothing else defines
    entry = unavailable(shown)
    if entry is not None:
        fc.rep.report("WL103", entry.message(shown), e, len(shown), col=col,
                      hint="wlinterp cannot run this call; --ignore WL103 to check the rest")
        return None
    names = [p.name for p in fc.sym.procs.values()]
    names += [p.name for sc in fc.scope.chain() for p in sc.procs.values()]
    best = closest(shown, names, builtin_names(fc.sym.registry))
    if best is not None:
        fc.rep.report("WL102", f"{unknown_callee(shown)}; did you mean {best}?", e,
                      len(shown), col=col)
    else:
        fc.rep.report("WL102", unknown_callee(shown), e, len(shown),
                      col=col, hint="no procedure of the program nor WLanguage function "
                                    "has this name")
    return None


def known_builtin(fc: "FunctionChecker", e: N.Call, kinds: BuiltinKinds, n: int, shown: str,
                  col: int, first: N.Expr | None = None) -> bool:
    """A call of the built-in `kinds.builtin`: its argument count and kinds. False (a
    built-in's call, as `builtin` says)."""
    fc.called = kinds
    args = e.args
    if args and type(args[-1]) is _DEFAULT:
        while args and type(args[-1]) is _DEFAULT:
            args = args[:-1]
        n -= len(e.args) - len(args)
    if n < kinds.least or n > kinds.most:
        fc.rep.report("WL104", f"{shown} expects {kinds.builtin.arity_text()} parameter(s) "
                      f"but received {n}", e, len(shown), col=col)
    elif kinds.typed is not None and not fc.lenient:
        check_builtin_args(fc, kinds.typed, args if first is None else [first, *args], shown)
    return False
