"""Calls that only a built-in can answer, as the semantic pass checks them: a WLanguage
function wlinterp runs (its argument count and kinds), one it does not run (WL103, with
its family), or a name nobody knows (WL102, with "did you mean").
"""
from __future__ import annotations

__all__ = ["builtin", "known_builtin", "unknown_callee"]

from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..syntax.names import fold
from .builtin_args import KINDS_READ, BuiltinKinds, builtin_kinds, check_builtin_args, \
    check_container, check_counted, check_declared, check_extremes, grown_variant
from .method_by_name import check_method_by_name
from .sort_callback import MAPPED, check_mapping_procedure, check_sort_callback
from .suggest import builtin_names, closest
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .other_names import instead
    from .properties import accessors
    from .call_counts import kept_whole
    from .datetime_stores import check_datetime_added
else:
    on_first_call(globals(), ".other_names", "instead")
    on_first_call(globals(), ".properties", "accessors")
    on_first_call(globals(), ".call_counts", "kept_whole")
    on_first_call(globals(), ".datetime_stores", "check_datetime_added")

if TYPE_CHECKING:
    from ..registry import Builtin
    from .checker import FunctionChecker

_DEFAULT, _SUBSTR = N.DefaultArg, N.Substr
_dict_get = dict.get  # the registry's tables import a family on a miss (builtin_index.py)


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
    loader = fc.sym.registry.loader
    if loader is not None and loader.missed("function", key):  # a stale cached index
        return builtin(fc, e, key, n, shown, col, first)
    names = [p.name for p in fc.sym.procs.values()]
    names += [p.name for sc in fc.scope.chain() for p in sc.procs.values()]
    best = closest(shown, names, builtin_names(fc.sym.registry))
    other = instead(shown)  # RepeatString: what WLanguage writes (other_names.py)
    owner = fc.scope.method_owner() if first is None else None
    if owner is not None and accessors(fc, owner, key) is not None:
        fc.rep.report("WL102", f"{unknown_callee(shown)}; {shown} is a property of "
                      f"{fc.sym.structs[owner].name}, not a method: read it without "
                      f"parentheses ({shown} or :{shown})", e, len(shown), col=col)
    elif other is not None:
        fc.rep.report("WL102", f"{unknown_callee(shown)}; {other}", e, len(shown), col=col)
    elif (glued := _glued(fc, shown)) is not None:
        fc.rep.report("WL102", f"{unknown_callee(shown)}; did you mean {glued}?", e,
                      len(shown), col=col, hint=_glued_hint(glued))
    elif best is not None:
        fc.rep.report("WL102", f"{unknown_callee(shown)}; did you mean {best}?", e,
                      len(shown), col=col)
    else:
        fc.rep.report("WL102", unknown_callee(shown), e, len(shown),
                      col=col, hint="no procedure of the program nor WLanguage function "
                                    "has this name")
    return None


def _glued(fc: "FunctionChecker", shown: str) -> str | None:
    """`Array_Add` / `Tableau_Ajoute`: the name without its underscores when that is a
    WLanguage function's (wlinterp's, or one its catalog lists by name and it does not
    run), as written. No function's name has an underscore (windev_catalog.py), and the
    nearest name by letters was another (`Socket_Send`: SocketDeny)."""
    if "_" not in shown:
        return None
    glued = shown.replace("_", "")
    from ..windev_catalog import family_of
    entry = family_of(glued)  # (listed by name: a prefix alone, `Table...`, names none)
    known = fold(glued) in fc.sym.registry.functions or entry is not None \
        and not entry.by_prefix
    return glued if known and glued[:1].isalpha() else None


def _glued_hint(glued: str) -> str | None:
    """What a run of the function named without underscores would do, when wlinterp
    does not run it."""
    from ..windev_catalog import unavailable
    entry = unavailable(glued)
    return None if entry is None else entry.message(glued)


def known_builtin(fc: "FunctionChecker", e: N.Call, kinds: BuiltinKinds, n: int, shown: str,
                  col: int, first: N.Expr | None = None) -> bool:
    """A call of the built-in `kinds.builtin`: its argument count and kinds. False (a
    built-in's call, as `builtin` says). Its messages name it as the run's do, in its
    catalogue's spelling of the name written (`occurrence` is Occurrence: Builtin.spelled)."""
    fc.called = kinds
    if first is None:
        shown = kinds.builtin.spelled(shown)
    args = e.args
    if any(type(a) is _SUBSTR and a.whole for a in args):  # `Count(MyParameters)`: the
        args = kept_whole(args, kinds.builtin)  # array (the compiler decides it again:
        # the tree stays as parsed, so a check or a compilation after this one reads it)
    if args and type(args[-1]) is _DEFAULT:
        while args and type(args[-1]) is _DEFAULT:
            args = args[:-1]
        n -= len(e.args) - len(args)
    if n < kinds.least or n > kinds.most:
        fc.rep.report("WL104", _count_words(kinds.builtin, shown, n, first is not None),
                      e, len(shown), col=col)
    elif kinds.typed is not None and not fc.lenient:
        check_builtin_args(fc, kinds.typed, args if first is None else [first, *args], shown)
    elif kinds.counted and first is None and not fc.lenient:
        check_counted(fc, e, args, shown, col)
    elif kinds.extreme and not fc.lenient:
        check_extremes(fc, e, args if first is None else [first, *args], shown, col)
    if kinds.container is not None and first is None and args and not fc.lenient:
        check_container(fc, e, args[0], shown, col, kinds.container)  # `StatMax(5)`
    if kinds.container is not None and not fc.lenient:  # `ArrayAdd(t, dt)`, `t.Add(dt)`
        check_datetime_added(fc, kinds.builtin.en, args if first is None else [first, *args])
    if kinds.declared is not None and n >= kinds.least and not fc.lenient:
        check_declared(fc, e, args if first is None else [first, *args], shown, col, kinds)
    if kinds.declared is not None and first is None:
        grown_variant(fc, args, kinds, e, shown, col)  # `ArrayInsert(v, 1, 5)`: an array in v
    if first is None and kinds.by_name and not fc.lenient:
        if kinds.builtin.en == "ArraySort":
            check_sort_callback(fc, e, args, shown, col)  # `ArraySort(t, asFunction, P3)`
        elif kinds.builtin.en in MAPPED:
            check_mapping_procedure(fc, e, args, shown, col)  # `Filter(t, 3)`
        else:
            check_method_by_name(fc, e, args, shown, col)  # `ExecuteProcess(O, "Remove")`
    if kinds.literals and n >= kinds.least and not fc.lenient:
        check_literals(fc, kinds.literals, args if first is None else [first, *args], e,
                       shown, col)
    return False


def check_literals(fc: "FunctionChecker", checks: Any, args: list[N.Expr], e: N.Call,
                   shown: str, col: int) -> None:
    """What the built-in's `wl_literal_checks` say of a text literal (whether the run
    stops, and the words), at the call's name: WL115 for one the run refuses
    (`NumToString(m, "99999d")`), in the run's own words; WL223 for a NumToString format
    outside its help page's grammar (`"2d,2"`), which the compiler takes and the run
    reads its own way (docs/builtins.md)."""
    for rank, check in checks.items():
        arg = args[rank] if rank < len(args) else None
        if type(arg) is N.Str and (found := check(arg.value)) is not None:
            fc.rep.report("WL115" if found[0] else "WL223", found[1], e, len(shown), col=col)


def _count_words(b: "Builtin", shown: str, n: int, method: bool) -> str:
    """WL104's words for a built-in given n arguments. Called as a method (`s.Upper(1)`),
    the value is its first parameter: the message says so, as value_method_arity's does
    (it said the built-in expects 1 and received 2, of a call that passes one)."""
    if method:
        from ..runtime.value_methods import method_count_message
        return method_count_message(shown, b, n)
    return f"{shown} expects {b.arity_text()} parameter(s) " \
        f"but received {n}"
