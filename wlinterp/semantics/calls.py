"""Calls made, as the semantic pass checks them: which procedure, method or built-in a
call reaches, and whether the argument count fits (names used as values: lookup.py;
arguments that pass a procedure or may be assigned: passed_procedures.py).

An unknown callee is told apart three ways: a typo of a known name ("did you mean"), a
WINDEV function wlinterp does not run (windev_catalog, with its family), or a name
nobody knows.
"""
from __future__ import annotations

__all__ = ["check_call"]

from typing import TYPE_CHECKING, Any

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.words import EXECUTE_ANCESTOR, GLOBAL_WORDS
from .builtin_calls import builtin, known_builtin
from .builtin_args import BuiltinKinds, quiet_typed
from .data_items import SEEKS, seek_item
from .passed_procedures import catalog_ranks, passed_arguments, proc_param_ranks
from .read_only import check_call_args
from .immutable_writes import check_immutable_call
from .resolved import Ref
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .call_counts import arity, fits, spreads
    from .enum_checks import enum_arguments
    from .method_calls import maybe_inherited, method_call
    from .ancestor_calls import ancestor_callee, method_in_global_method
    from .param_types import typed_arguments
    from .overloads import check_overloaded_call
    from .interfaces import check_elements_added
    from .zombie_calls import zombie_call
    from .indirect_calls import indirect_name
    from .undeclared_names import not_declared
    from .outer_pending import outer_pending_at_call
else:
    on_first_call(globals(), ".call_counts", "arity", "fits", "spreads")
    on_first_call(globals(), ".enum_checks", "enum_arguments")
    on_first_call(globals(), ".method_calls", "maybe_inherited", "method_call")
    on_first_call(globals(), ".ancestor_calls", "ancestor_callee", "method_in_global_method")
    on_first_call(globals(), ".param_types", "typed_arguments")
    on_first_call(globals(), ".overloads", "check_overloaded_call")
    on_first_call(globals(), ".interfaces", "check_elements_added")
    on_first_call(globals(), ".zombie_calls", "zombie_call")
    on_first_call(globals(), ".indirect_calls", "indirect_name")
    on_first_call(globals(), ".undeclared_names", "not_declared")
    on_first_call(globals(), ".outer_pending", "outer_pending_at_call")

if TYPE_CHECKING:
    from .checker import FunctionChecker

# Enum members the hot paths read, as module globals: `Ref.X` goes through EnumType's
# attribute hook on CPython 3.11, about twenty times the cost of reading a global.
_BUILTIN, _METHOD, _PROC = Ref.BUILTIN, Ref.METHOD, Ref.PROC
_NAME, _MEMBER, _DEFAULT = N.Name, N.Member, N.DefaultArg
_INDEX, _CALL, _INDIRECT = N.Index, N.Call, N.Indirect
# what an array's elements may be for `t[1](10)` to call one (a procedure, or anything)
_CALLABLE_ELEMENTS = frozenset({Kind.PROCEDURE, Kind.VARIANT})
_dict_get = dict.get  # the registry's tables import a family on a miss (builtin_index.py)


def check_call(fc: "FunctionChecker", e: N.Call) -> None:
    """A call: its callee, then its arguments."""
    func = e.func
    if e.args and (fc.sym.interfaces or fc.sym.structs):  # (`ArrayAdd(t, o)`, `t.Add(o)`,
        check_elements_added(fc, e)  # t of an interface or a class: only where they are
        # declared, and a call without arguments puts nothing into an array)
    if fc.sym.immutables:  # `ArrayAdd(t, 5)`, t declared <immutable>
        check_immutable_call(fc, e)
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
            if n < kinds.least or n > kinds.most or kinds.typed is not None and not (
                    kinds.typed_alone and quiet_typed(fc, kinds, args)) \
                    or kinds.counted or kinds.extreme or kinds.literals or kinds.by_name \
                    or kinds.container or kinds.declared \
                    or (args and type(args[-1]) is _DEFAULT):
                known_builtin(fc, e, kinds, n, func.name, func.col)
            else:  # (known_builtin would find nothing to check)
                fc.called = kinds
            if kinds.data:  # (also without inferring: a type's name there, type_named_files)
                _data_names(fc, e, fold(kinds.builtin.en))
            if kinds.data and (fc.sym.data_items or fc.sym.unknown_items):
                seek_item(fc, e, fold(kinds.builtin.en))
            if kinds.procedures or kinds.outputs:
                passed_arguments(fc, e, False, kinds.procedures, kinds.outputs)
            else:
                fc.exprs(e.args)
            if e.args and type(e.args[0]) is _MEMBER:
                check_call_args(fc, e, False)
            return
    fc.called = None
    user = _callee(fc, e)
    e = fc.sym.refs.placed_call(e)  # (named arguments at their places: named_args.py)
    lenient = fc.lenient
    fc.lenient = lenient or user is None  # a WINDEV-only call: its arguments are controls
    called = fc.called
    if user is False and called is not None and called.data:
        _data_names(fc, e, fold(called.builtin.en))
    if (fc.sym.data_items or fc.sym.unknown_items) and user is False and called is not None \
            and called.data:
        seek_item(fc, e, fold(called.builtin.en))
    kinds = called if user is False and type(func) is _NAME else None
    if kinds is not None and (kinds.procedures or kinds.outputs):
        passed_arguments(fc, e, user, kinds.procedures, kinds.outputs)
    elif user is False:  # most calls: a built-in's, every argument read
        fc.exprs(e.args)
    else:
        passed_arguments(fc, e, user, proc_param_ranks(fc, e) if user else
                         catalog_ranks(e) if user is None else (), ())
    fc.lenient = lenient
    if user or (user is False and e.args and type(e.args[0]) is _MEMBER):
        check_call_args(fc, e, user)  # (what it looks for needs one or the other)


def _value_callee(fc: "FunctionChecker", func: N.Index | N.Call) -> None:
    """`t[1](10)` calls the procedure stored in the element (`Maker()(10)`: the one a
    call returns), as `x(10)` does for `x is procedure` (docs/semantics.md "Procedure
    variables"); WL110 when the array is declared of values that are no procedure."""
    fc.sym.refs.record(func, Ref.VALUE_CALL)
    fc.expr(func)
    if type(func) is _INDEX and type(func.obj) is _NAME:
        sym = fc.scope.lookup(fold(func.obj.name))
        spec = getattr(sym, "spec", None)
        elem = spec.elem if spec is not None and spec.kind in (Kind.ARRAY, Kind.ASSOC) \
            else None
        if elem is not None and elem.kind not in _CALLABLE_ELEMENTS:
            fc.rep.report("WL110", f"the elements of '{func.obj.name}' are of type "
                          f"{elem.describe()}, not procedures: one cannot be called",
                          func, len(func.obj.name), col=func.obj.col)


def _callee(fc: "FunctionChecker", e: N.Call) -> bool | None:
    """Check the callee: True for a procedure or method of the program, False for a
    built-in, None for a function wlinterp does not run (unknown ones included). The
    verdict is recorded on the callee (the Name, or the Member of `obj.M(...)`)."""
    func: Any = e.func  # (typed by the class compared)
    cls = type(func)  # (node classes have no subclasses)
    if cls is _MEMBER:
        return _member_callee(fc, e, func)
    if cls is not _NAME:
        return _expression_callee(fc, e, func, cls)
    key = fold(func.name)
    var = fc.scope.lookup(key)  # (a built-in this function called already: check_call)
    if var is not None:
        return _variable_callee(fc, func, var)
    proc = _program_callee(fc, e, func, key)
    if proc is not None:
        return True
    if key in EXECUTE_ANCESTOR:  # the ancestor's version of the current method
        ancestor_callee(fc, e, func)
        return True
    if _session_callee(fc, e, func, key):
        return True
    owner = fc.scope.method
    if owner and fc.sym.unknown_ancestor(owner) and maybe_inherited(fc, key, func.name):
        fc.sym.refs.record(func, _METHOD)  # maybe a method of the unseen parent class
        return True
    return _builtin_callee(fc, e, func, key, owner)


def _member_callee(fc: "FunctionChecker", e: N.Call, func: N.Member) -> bool | None:
    """`obj.M(...)`: a method of the object's class, or `WL.F(...)`, the built-in F
    (a conftest's `WL.P`: the project's procedure P it mocks, docs/testing.md)."""
    n = len(e.args)
    if type(func.obj) is _NAME and fold(func.obj.name) == "wl":
        fc.sym.refs.record(func, _BUILTIN)
        key = fold(func.name)
        if key in fc.sym.procs and key not in fc.sym.registry.functions:
            return None
        return builtin(fc, e, key, n, func.name, func.col + 1)
    return method_call(fc, e, func, n)


def _expression_callee(fc: "FunctionChecker", e: N.Call, func: Any, cls: type) -> bool | None:
    """A callee that is no name: `obj>>Method()` (ActiveX), `t[1](10)` and `Maker()(10)`
    (the procedure a value holds), `{"Total"}(3)` (the procedure named when it runs), or
    an expression that cannot be called (WL111)."""
    if isinstance(func, N.Automation):  # obj>>Method(args): fails when run (no ActiveX)
        fc.sym.refs.record(func, Ref.DYNAMIC)
        fc.expr(func.obj)
        return None
    if cls is _INDEX or cls is _CALL:  # t[1](10), Maker()(10): the procedure it holds
        _value_callee(fc, func)
        return False
    if cls is _INDIRECT:  # {"Total"}(3): the procedure named when it runs (a computed
        fc.expr(func.name)  # name may be any procedure: dead_procedures says nothing)
        if type(func.name) is not N.Str:
            fc.sym.called_by_name = True
        else:
            indirect_name(fc, e, func, func.name)
        return None
    fc.rep.report("WL111", "this expression cannot be called", e)
    fc.expr(func)
    return False


def _variable_callee(fc: "FunctionChecker", func: N.Name, var: Any) -> bool:
    """`x(args)` where x is a variable: it calls the procedure x holds when x is a
    procedure (or Variant) variable; any other variable is WL110."""
    if getattr(getattr(var, "spec", None), "kind", "") in (Kind.PROCEDURE, Kind.VARIANT):
        var.read = True  # x is PROCEDURE = P; x(args) calls P
        fc.sym.refs.record(func, Ref.VALUE_CALL)
        return False
    fc.sym.refs.record(func, Ref.NOT_CALLABLE)
    fc.rep.report("WL110", f"'{func.name}' is a variable, not a procedure", func,
                  len(func.name))
    return False


def _program_callee(fc: "FunctionChecker", e: N.Call, func: N.Name, key: str) -> Any:
    """The method of the current class, internal procedure or procedure of the program
    the name calls, with its call checked (access, GLOBAL method, overloads, argument
    count and values); None when the program has none of that name."""
    n = len(e.args)
    owner = fc.scope.method
    method = fc.sym.find_method(owner, key) if owner else None
    if method is not None and key in fc.sym.registry.functions \
            and not fits(method.params, n):
        method = None  # `Taille(s)` in a class with a method Taille(): the built-in
    internal = None if method else fc.scope.lookup_proc(key)
    proc = method or internal or fc.sym.procs.get(key)
    if proc is None:
        return None
    fc.sym.refs.record(func, _METHOD if method else Ref.INTERNAL if internal else _PROC)
    if method is not None and fc.sym.access \
            and (why := fc.sym.inaccessible(func.name, owner)):
        fc.rep.report("WL112", why, func, len(func.name))  # an ancestor's PRIVATE one
    if method is not None and fc.proc is not None and fc.proc.owner is not None \
            and GLOBAL_WORDS & set(fc.proc.modifiers) \
            and not GLOBAL_WORDS & set(method.modifiers):
        method_in_global_method(fc, func)  # `Bump()` in a GLOBAL method: no object
    _procedure_arguments(fc, e, func, proc, key, method is not None, internal is not None)
    if internal is not None and fc.sym.outer_pending:
        outer_pending_at_call(fc, internal)  # it reads a variable not declared yet here
    return proc


def _procedure_arguments(fc: "FunctionChecker", e: N.Call, func: N.Name, proc: Any,
                         key: str, is_method: bool, internal: bool) -> None:
    """The arguments of a call of the program's procedure or method: the syntax of an
    overloaded name they fit, else their count, values and types against its parameters
    (`P(MyParameters[2 TO])` passes as many as that holds: nothing to count)."""
    n = len(e.args)
    overloads = fc.sym.overloads
    if overloads and not internal:  # (most programs: no name with several syntaxes)
        group = overloads.get((fold(proc.owner or ""), key) if is_method else key)
        if group is not None:
            check_overloaded_call(fc, e, func.name, group, n, func.col)
            return
    if spreads(e):
        return
    if any(type(a) is N.Member for a in e.args):
        colon_named(fc, e, proc.params)  # `P(nA:v)`: a named argument without spaces?
    arity(fc, e, func.name, proc.params, n, func.col)
    e = fc.sym.refs.placed_call(e)  # (named arguments at their places: named_args.py)
    zombie_call(fc, func, proc)
    enum_arguments(fc, e, func.name, proc.params)
    typed_arguments(fc, e, func.name, proc.params)


def colon_named(fc: "FunctionChecker", e: N.Call, params: list[N.Param]) -> None:
    """`Show(nA:v)`: without spaces, `nA:v` is the member v of nA (`:` is member access,
    docs/semantics.md "Named arguments"); when no variable nA is visible and Show has a
    parameter nA, the WL101 on nA says what was most likely meant (*decided*: it said
    only that nA was undeclared; a variable nA keeps the member reading)."""
    names = {fold(p.name): p.name for p in params}
    for a in e.args:
        if type(a) is not N.Member or not a.colon or type(a.obj) is not N.Name:
            continue
        obj = a.obj
        key = fold(obj.name)
        if key not in names or fc.scope.lookup(key) is not None or fc.global_kind(key):
            continue
        fc.rep.report("WL101", f"{not_declared(obj.name)}; a named argument is written "
                      f"with spaces around the colon: {obj.name} : {a.name}", obj,
                      len(obj.name), hint=f"{names[key]} is a parameter of the procedure "
                      f"called; without spaces, {obj.name}:{a.name} reads the member "
                      f"{a.name} of {obj.name}")
        fc.said_keys = (fc.said_keys or set()) | {id(obj)}


def _session_callee(fc: "FunctionChecker", e: N.Call, func: N.Name, key: str) -> bool:
    """A procedure an earlier input of the session (REPL, `wl test`'s files) declared:
    its argument count checked; False when there is none of that name."""
    info = fc.sym.session_procs.get(key)
    if info is None:
        return False
    fc.sym.refs.record(func, Ref.PROC)
    group = fc.sym.overloads.get(key) if info.overloads else None
    if group is not None:  # (an earlier input's procedure with several syntaxes)
        check_overloaded_call(fc, e, func.name, group, len(e.args), func.col)
    else:
        arity(fc, e, func.name, info.params, len(e.args), func.col)
    return True


def _builtin_callee(fc: "FunctionChecker", e: N.Call, func: N.Name, key: str,
                    owner: str | None) -> bool | None:
    """A name nothing of the program has: the built-in it calls (remembered for the
    function, and across functions outside methods: `_BUILTIN_NAMED`), or a WINDEV
    function wlinterp does not run / an unknown name (None, reported by builtin)."""
    fc.sym.refs.record(func, _BUILTIN)
    user = builtin(fc, e, key, len(e.args), func.name, func.col)
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
    """HReadSeekFirst(Customer, Name, x), HReset(Customer): without the analysis (or in a
    program that names a File Description at run time), the first argument named alone
    is a data file (or query), a seek's second its key item; FileToArray(arr, Customer),
    FileToMemory(object, Customer): the second."""
    names = e.args[:2] if key.startswith(_SEEKS) \
        else e.args[1:2] if key in _FILE_SECOND else e.args[:1]
    if names and type(names[0]) is N.Name and fold(names[0].name) in fc.sym.data_items:
        return  # a file of the analysis (a program naming files at run time): its key
        # item is checked as the analysis says (data_items.seek_item)
    for a in names:
        if isinstance(a, N.Name) and fc.scope.lookup(fold(a.name)) is None:
            fc.sym.data_used.add(fold(a.name))


_SEEKS = SEEKS
_FILE_SECOND = frozenset({"filetoarray", "filetomemory", "memorytofile"})
