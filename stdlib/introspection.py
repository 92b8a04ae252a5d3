"""Four names of PC SOFT's list of French functions that look at a value or the program
rather than change data: TypeVariable, ProprieteExiste / PropertyExist, VariantConvertit /
VariantConvert and ChercheProcedure / SeekProcedure.

No stored help page covers them (searched in English and French, issue 8). What is built
is what the names and PC SOFT's own runtime for Android (its public method signatures:
a value for TypeVariable; an object and a name for ProprieteExiste; a variant and a type
constant, answering a boolean, for VariantConvertit; a name and an optional number for
ChercheProcedure) make certain; the English names, the error conventions and the
details are INFERRED (docs/builtins.md, "Introspection without a help page").
"""
from __future__ import annotations

from typing import Any, Callable

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, NumberArg, OutArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLStruct
from wlinterp.runtime.members import WLMembers
from wlinterp.runtime.procrefs import WLProcRef, procedure_arg
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import co_currency
from wlinterp.syntax.names import fold

from .typevar import (WL_BOOLEAN, WL_CURRENCY, WL_INT, WL_NULL, WL_NUMERIC, WL_REAL,
                      WL_STRING, type_var)
from .strings import text_arg

family = Family("Introspection")


@family.function("TypeVariable", "TypeVariable")
def type_variable(rt: Runtime, value: object) -> int:
    """The kind of simple value a variable holds, coarser than TypeVar: wlInt, wlReal,
    wlBoolean, wlCurrency (any exact decimal), wlString (a text, and a date or time,
    which are held as text), wlNull for anything else (arrays, objects, Null)."""
    kind = type_var(rt, value)
    return kind if kind in _SIMPLE_KINDS else WL_NULL


_SIMPLE_KINDS = frozenset((WL_BOOLEAN, WL_INT, WL_REAL, WL_CURRENCY, WL_STRING))


@family.function("PropertyExist", "PropriétéExiste")
def property_exist(rt: Runtime, element: object, name: TextArg) -> bool:
    """True when `element.name` names something: a member or a `<get>`/`<set>` property
    of an object's class (its ancestors' too) or of a structure, or a named sub-element
    of a variant (a JSON object's key). Any other value has none."""
    key = fold(text_arg(name, "PropertyExist"))
    if isinstance(element, WLStruct):
        if key in element.values:
            return True
        methods = rt.typectx.methods
        return any((cls, key + "#get") in methods or (cls, key + "#set") in methods
                   for cls in element.sdef.lineage())
    if isinstance(element, WLMembers):
        return bool(element.wl_has_member(key))
    return False


_CONVERSIONS: dict[int, Callable[[object], object]] = {
    WL_INT: V.to_int, WL_REAL: V.to_real, WL_STRING: V.to_str, WL_BOOLEAN: V.to_bool,
    WL_CURRENCY: co_currency, WL_NUMERIC: V.to_decimal}


@family.function("VariantConvert", "VariantConvertit", can_fail=True)
def variant_convert(rt: Runtime, variant: OutArg, target: NumberArg) -> tuple[bool, Any]:
    """Convert the value a variant holds to the type of a wl... constant (wlInt, wlReal,
    wlString, wlBoolean, wlCurrency, wlNumeric), in the variant itself; True when done.
    Another constant is a non-fatal error and leaves the variant as it was."""
    kind = V.to_int(target)
    convert = _CONVERSIONS.get(kind)
    if convert is None:
        raise BuiltinFailure(f"VariantConvert: {kind} is not a type a variant "
                             "can be converted to here (wlInt, wlReal, wlString, "
                             "wlBoolean, wlCurrency, wlNumeric).", value=(False, variant))
    return True, convert(variant)


@family.function("SeekProcedure", "ChercheProcédure", can_fail=True)
def seek_procedure(rt: Runtime, name: TextArg, options: NumberArg = 10) -> WLProcRef | None:
    """The program's procedure of that name, as a value a Procedure variable can hold and
    call; Null, with a non-fatal error, when there is none. `options` (10 by default in
    PC SOFT's runtime) says where to look; a script has one place, so it is read and
    ignored."""
    V.to_int(options)
    text = text_arg(name, "SeekProcedure")
    try:
        return procedure_arg(rt, text, "SeekProcedure")
    except Exception as problem:  # WLRuntimeError: no procedure of that name
        raise BuiltinFailure(str(problem), value=None) from None
