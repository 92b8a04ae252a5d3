"""Methods of values, as the semantic pass checks them: `s.StartsWith(x)`, `t.Sort()`,
`d.ToString(f)` stand for a String, Array, Date or Time built-in taking the value first,
chosen at run time by the value's type (runtime/value_methods.py). Split from
method_calls.py, which decides that a call is one of these.
"""
from __future__ import annotations

__all__ = ["value_method_arity", "not_bare", "array_method_on_simple"]

from typing import TYPE_CHECKING, Any

from ..runtime.kinds import Kind
from ..runtime.value_methods import candidate_builtins, kind_prefixes, method_count_message, \
    method_key
from ..syntax import nodes as N
from ..syntax.names import fold
from .other_names import instead
from .overloads import static_kind
from .place_types import place_type

if TYPE_CHECKING:
    from .checker import FunctionChecker

# A declared kind -> the value kinds whose functions its methods are (value_methods.py)
# and the value as a message names it
_VALUE_KINDS: dict[object, tuple[tuple[str, ...], str]] = {
    Kind.ARRAY: (("array",), "an array"), Kind.ASSOC: (("array",), "an associative array"),
    Kind.STRING: (("text",), "a string"), Kind.DATE: (("text",), "a Date"),
    Kind.TIME: (("text",), "a Time"), Kind.DATETIME: (("text",), "a DateTime")}
_PREFIX_SHOWN = {"array": "Array", "text": "String, Date or Time"}
# the English prefix of the built-in a declared Date, Time or DateTime's method names
# first in a count error (`dt.ToString(a, b)` is DateTimeToString, not DateToString)
_KIND_PREFIX: dict[object, str] = {Kind.DATE: "date", Kind.TIME: "time",
                                   Kind.DATETIME: "datetime", Kind.STRING: "string"}


def value_method_arity(fc: "FunctionChecker", e: N.Call, func: N.Member, key: str,
                       n: int) -> None:
    """`s.Format()`: WL104 when no built-in the method can stand for (chosen at run time
    by the value's type) takes the value plus n arguments."""
    declared = static_kind(fc, func.obj)
    entry = _VALUE_KINDS.get(declared[0]) if declared else None
    kinds, what = entry if entry is not None else (None, "")
    typed = _typed_kind(fc, func.obj)  # a DiskFile: its methods are the f* functions
    if typed is not None:
        if unknown_typed_method(fc, e, func, key, typed) or detached_count(fc, e, func, n):
            return
        kinds = (typed[0],)
    found = candidate_builtins(key, kinds)
    if kinds is not None and not found:  # t.Exist("k") on an array: no Array function
        other = instead(func.name)  # t.Find(v): what WLanguage writes (other_names.py)
        fc.rep.report("WL109", f"'{func.name}' is not a method of {what}: no "
                      f"{_PREFIX_SHOWN[kinds[0]]} function is named so"
                      + (f"; {other}" if other else ""), e, len(func.name),
                      col=func.col + 1)
        return
    given = n + 1
    if found and not any(b.min_args <= given and (b.max_args is None or given <= b.max_args)
                         for b in found):
        prefix = _KIND_PREFIX.get(declared[0]) if declared else None
        named = next((b for b in found if prefix and fold(b.en).startswith(prefix)),
                     found[0])
        fc.rep.report("WL104", method_count_message(func.name, named, given), e,
                      len(func.name), col=func.col + 1)


# the prefixes of a declared string's or array's own functions (value_methods.py)
_OWN_PREFIXES: dict[object, tuple[str, ...]] = {
    Kind.STRING: ("string", "chaine"), Kind.ARRAY: ("array", "tableau"),
    Kind.ASSOC: ("array", "tableau"),
    Kind.VARIANT: ("string", "chaine", "array", "tableau")}  # (the value decides)


def not_bare(fc: "FunctionChecker", obj: N.Expr, key: str) -> bool:
    """Is `obj.M()` not the built-in M given obj, but the value's own function, chosen at
    run time (value_methods.py)? When no built-in is named M; when the one so named takes
    no parameter (`d.ToDay()` is DateToDay, it was Today() given d); or when obj is a
    variable declared a string or an array and its kind has its own M (`s.Delete("o")`
    is StringDelete, it was ArrayDelete given a string; `t.Info(tiDimension)` is
    ArrayInfo, it was Info, a message showing the array), or a Variant whose value may
    be either (the run chooses by what it holds). A member or an element declared so
    counts as a variable (`o.f.Seek(0)`, `t[1].Seek(0)` on a DiskFile are fSeek; they
    were ArraySeek given the file)."""
    functions = fc.sym.registry.functions
    bare = functions.get(key)
    if bare is None or bare.max_args == 0:
        return True
    place = place_type(fc, obj)  # (a member `o.f`, `:f`, an element `t[1]` too)
    prefixes = _own_prefixes(fc, place[0]) if place is not None else ()
    return any(functions.get(p + key) not in (None, bare) for p in prefixes)


def _typed_kind(fc: "FunctionChecker", obj: N.Expr) -> tuple[str, str] | None:
    """(method kind, type name) of a place declared of a built-in type whose methods are
    its family's functions (a DiskFile: "diskfile", "DiskFile"), else None."""
    place = place_type(fc, obj)
    if place is None or place[0].kind != Kind.OBJECT:
        return None
    entry = fc.sym.registry.types.get(fold(place[0].name))
    kind = getattr(entry.value, "wl_method_kind", None) if entry is not None else None
    return (kind, str(entry.en)) if kind is not None and entry is not None else None


def typed_method(fc: "FunctionChecker", obj: N.Expr, key: str) -> bool:
    """Is `obj.M()` a function of obj's declared built-in type's family (`doc.Save(f)`,
    doc an xmlDocument, is XMLSave), which `candidates` does not answer for any value?"""
    typed = _typed_kind(fc, obj)
    functions = fc.sym.registry.functions
    key = method_key(key)  # (`r.WriteCookie()` is HTTPCookieWrite)
    return typed is not None and any(p + key in functions for p in kind_prefixes(typed[0]))


def unknown_typed_method(fc: "FunctionChecker", e: N.Call, func: N.Member, key: str,
                         typed: tuple[str, str]) -> bool:
    """`f.Existe()` on a DiskFile: no function of its family (fExiste) nor of that very
    name answers the method, so the run stops ("Unknown method 'Existe' for a value of
    type DiskFile."): WL109 in its words at the method's name (wl check said nothing:
    zipExiste, a zipArchive's method, made the name look known). True when said."""
    functions = fc.sym.registry.functions
    if any(p + method_key(key) in functions for p in kind_prefixes(typed[0])) \
            or key in functions:
        return False
    d = fc.rep.report("WL109", f"Unknown method '{func.name}' for a value of type "
                      f"{typed[1]}", e, len(func.name), col=func.col + 1)
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
    return True


def detached_count(fc: "FunctionChecker", e: N.Call, func: N.Member, n: int) -> bool:
    """`f.Open()` on a DiskFile: a method that does not count the variable (.Open,
    .Create: the type's factory says which, `wl_detached_count`) given n parameters;
    WL104 in the run's words when n does not fit. True when it is such a method."""
    place = place_type(fc, func.obj)
    entry = fc.sym.registry.types.get(fold(place[0].name)) if place is not None else None
    words = getattr(entry.value, "wl_detached_count", None) if entry is not None else None
    try:
        wrong = words(func.name, n) if words is not None else None
    except KeyError:  # (not one of those methods)
        return False
    if wrong is not None:
        d = fc.rep.report("WL104", wrong, e, len(func.name), col=func.col + 1)
        fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
    return words is not None


def _own_prefixes(fc: "FunctionChecker", spec: Any) -> tuple[str, ...]:
    """The prefixes of the functions a declared variable's methods are: a string's or an
    array's, or those of a built-in type whose methods are its family's functions (its
    factory's `wl_method_kind`: `f.Seek(0)`, `f.Cherche(s)` on a DiskFile are fSeek and
    fCherche, not ArraySeek / TableauCherche given the file)."""
    if spec.kind == Kind.OBJECT:
        entry = fc.sym.registry.types.get(fold(spec.name))
        kind = getattr(entry.value, "wl_method_kind", None) if entry is not None else None
        return kind_prefixes(kind) if kind is not None else ()
    return _OWN_PREFIXES.get(spec.kind, ())


def array_method_on_simple(fc: "FunctionChecker", e: N.Call, func: N.Member, n: int) -> bool:
    """`n.Add(1)`, `s.Ajoute("x")`, `b.Sort()`, `n.DeleteAll()`, `n.Push(1)`: on a variable
    declared a plain string, a number or a boolean, the method the run picks
    (runtime/value_methods.py, asked on a sample value of the kind) is an Array function,
    or a function of stacks and queues (marked with the container it needs:
    stdlib/stacks_queues.py `_needs`), which stops the run ("Add expects an array, not a
    value of type integer"): WL115 with those words at the method's name. True when
    said; a wrong count is left to the count checks (the run says it first)."""
    from ..runtime.value_methods import value_method
    from ..runtime.values import type_name
    from .value_properties import declared_simple, sample_of
    kind = declared_simple(fc, func.obj)
    sample = sample_of(kind) if kind is not None else None
    b = value_method(sample, func.name) if sample is not None else None
    given = n + 1
    named = fc.sym.registry.functions.get(fold(func.name))
    if b is not None and given == 1 and named is not None and named.en == "Count" \
            and kind != Kind.STRING:  # `n.Count()` stops with Count(n)'s words
        from .builtin_args import check_counted
        d = check_counted(fc, e, [func.obj], func.name, func.col + 1)
        if d is not None:
            fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
        return d is not None
    if b is None or given < b.min_args or b.max_args is not None and given > b.max_args:
        return False
    from .builtin_args import needed_container
    needed = needed_container(b)
    if needed is None:
        return False
    shown = func.name if fc.sym.registry.functions.get(fold(func.name)) is b else b.en
    d = fc.rep.report("WL115", f"{shown} expects {needed}, not a value of type "
                      f"{type_name(sample)}", e, len(func.name), col=func.col + 1,
                      hint=f"'{func.obj.name}' is declared a simple value; "  # type: ignore[attr-defined]
                           f"the method needs {needed}")
    fc.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
    return True
