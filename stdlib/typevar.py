"""TypeVar/TypeVar: the type of what a variable holds, as one of the wl... constants.

PC SOFT documents the constant names (wlString/wlChaîne, wlInt/wlEntier...); the help
pages we could read give no numeric values. Most values below are those WINDEV Mobile's
Android runtime answers (its TypeVar returns the value's getTypeVar(): WDEntier4 8,
WDDate 24, WDTableau 34...; docs/builtins.md "Constant values"); the others are ours.
"""
from __future__ import annotations

from decimal import Decimal

from wlinterp.registry import Family
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.containers import WLArray, WLStruct
from wlinterp.runtime.members import MemberEntry, WLMembers
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.values import UnicodeText

family = Family("Types")

WL_BOOLEAN = family.constant("wlBoolean", "wlBooléen", 1)
WL_INT = family.constant("wlInt", "wlEntier", 8)
WL_REAL = family.constant("wlReal", "wlRéel", 12)
# PC SOFT's HTML export example tests TypeVar against wlReal_4 and wlReal_8 beside wlReal
# (French names INFERRED). *Decided*: wlReal_8 is wlReal (a real is 8 bytes); TypeVar
# answers wlReal for every real, since a value does not keep its declared size.
family.constant("wlReal_8", "wlRéel_8", 12)
family.constant("wlReal_4", "wlRéel_4", 40)
# Sized integers (`int on 8 bytes`, `unsigned int on 2 bytes`...): a variable so declared
# answers its size's constant (compiler/exprs.py `held_as`, from the declaration; a value
# held elsewhere is wlInt). The names follow wlReal_4/wlReal_8's pattern (INFERRED, the
# TypeVar page is not stored); wlInt_4 is wlInt. Signed 6, 7, 8, 9 VERIFIED (the
# runtime's WDEntier1/2/4/8); unsigned 2, 3, 4, 5 INFERRED (its size table gives 2-5 the
# sizes 1, 2, 4, 8, as 6-9; it has no unsigned type to ask).
for _size, _signed, _unsigned in ((1, 6, 2), (2, 7, 3), (4, 8, 4), (8, 9, 5)):
    family.constant(f"wlInt_{_size}", f"wlEntier_{_size}", _signed)
    family.constant(f"wlUnsignedInt_{_size}", f"wlEntierSansSigne_{_size}", _unsigned)
WL_CURRENCY = family.constant("wlCurrency", "wlMonétaire", 10)
WL_NUMERIC = family.constant("wlNumeric", "wlNumérique", 13)
WL_STRING = family.constant("wlString", "wlChaîne", 16)
# A Character variable's (the value is VERIFIED: help page ?1000024442; the compiler gives
# it from the declared type, a character being held as a one-character string)
WL_CHARACTER = family.constant("wlCharacter", "wlCaractère", 81)
WL_BUFFER = family.constant("wlBuffer", "wlBuffer", 30)
# Named by real code (a DirectX binding tests `TypeVar(e) IN (wlChaîne, wlChaîneUnicode,
# wlBuffer)`, an ETL `nType = wlBuffer OU nType = wlMémoBinaire`); the English names are
# INFERRED from the French ones and the values are ours: the TypeVar page is not stored
# (19 is what the Android runtime answers for an ANSI string).
# A `UNICODE string` variable answers wlUnicodeString (decided); a binary memo item holds
# a Buffer and answers wlBuffer (decided: both tests above accept it).
WL_UNICODE_STRING = family.constant("wlUnicodeString", "wlChaîneUnicode", 18)
# `CAS wlChaîne, wlChaîneAnsi, wlChaîneUnicode` (a Firestore document class on the web):
# a `string` / `ANSI string` variable answers wlString, so the ANSI one is that value too
# (decided, INFERRED: the TypeVar page is not stored; it was an undeclared name)
family.constant("wlAnsiString", "wlChaîneAnsi", WL_STRING)
family.constant("wlBinaryMemo", "wlMémoBinaire", 19)
WL_DATE = family.constant("wlDate", "wlDate", 24)
WL_TIME = family.constant("wlTime", "wlHeure", 25)
WL_DATETIME = family.constant("wlDateTime", "wlDateHeure", 26)
WL_DURATION = family.constant("wlDuration", "wlDurée", 27)
WL_ARRAY = family.constant("wlArray", "wlTableau", 34)
WL_ASSOC = family.constant("wlAssociativeArray", "wlTableauAssociatif", 102)
WL_STRUCTURE = family.constant("wlStructure", "wlStructure", 36)
WL_INSTANCE = family.constant("wlInstance", "wlInstance", 37)
WL_VARIANT = family.constant("wlVariant", "wlVariant", 31)
WL_NULL = family.constant("wlNull", "wlNull", 0)
# What `v..Type` answers for a Variant holding named sub-elements (a JSON object, `v.x = 1`)
# or indexed ones, as real code walking `v..Member` tests it (`CASE wlVariantObjet`).
# INFERRED (no stored page gives them; French names from PC SOFT's own Firestore SDK,
# English ones by the usual pattern): they equal what ..Type gives for each, wlVariant
# and wlArray (docs/semantics.md "A Variant's members").
family.constant("wlVariantObject", "wlVariantObjet", WL_VARIANT)
family.constant("wlVariantArray", "wlVariantTableau", WL_ARRAY)

_BY_TYPE_NAME = {"date": WL_DATE, "time": WL_TIME, "datetime": WL_DATETIME,
                 "duration": WL_DURATION, "buffer": WL_BUFFER, "variant": WL_VARIANT,
                 "numeric": WL_NUMERIC, "integer": WL_INT, "xmlattribute": WL_STRING}
"""(`integer`: the difference of two Dates, a number of days, runtime/durations.py
DateGap: TypeVar(d2 - d1) said wlVariant; `xmlattribute`: an attribute read by name,
`node:id`, whose value is a text, as it was before it counted as a number in arithmetic)"""


_BY_KIND_NAME = {"boolean": WL_BOOLEAN, "int": WL_INT, "real": WL_REAL,
                 "currency": WL_CURRENCY, "string": WL_STRING, "array": WL_ARRAY,
                 "associative array": WL_ASSOC, **_BY_TYPE_NAME}


def code_of_type_name(name: str) -> int:
    """The wl... constant of a type named as a Definition names it ("int", "date"...):
    a Definition's Type (stdlib/reflection.py); wlVariant for a name not listed."""
    return _BY_KIND_NAME.get(name.lower(), WL_VARIANT)


def _is_class(rt: Runtime, obj: WLStruct) -> bool:
    """Structures and classes share one representation; a class has methods or a base."""
    if obj.sdef.is_class:
        return True
    lineage = obj.sdef.lineage()
    return obj.sdef.base is not None or any(cls in lineage for cls, _ in rt.typectx.methods)


@family.function("TypeVar", "TypeVar")
def type_var(rt: Runtime, value: object) -> int:
    """The wl... constant of `value`'s type (wlNull for NULL; an object of a class is a
    wlInstance, of a structure a wlStructure; *decided*: a variant's named sub-elements,
    as JSONToVariant makes of a JSON object and a JSON variable holds, are a wlVariant,
    its indexed ones a wlArray)."""
    if isinstance(value, MemberEntry):  # `POUR TOUT m DE v..Membre`: what m's value is
        value = value.wl_get("value")
    if value is None:
        return WL_NULL
    if isinstance(value, bool):
        return WL_BOOLEAN
    if isinstance(value, int):
        return WL_INT
    if isinstance(value, float):
        return WL_REAL
    if isinstance(value, Decimal):  # a numeric's, held by a Variant, is marked NumericHeld
        return WL_NUMERIC if getattr(value, "wl_type_name", "") == "numeric" else WL_CURRENCY
    if type(value) is UnicodeText:
        return WL_UNICODE_STRING
    if isinstance(value, (str, bytes)):  # a Variant's Date, Time or DateTime (dated_values)
        return _BY_TYPE_NAME.get(getattr(value, "wl_type_name", ""), WL_STRING) \
            if isinstance(value, str) else WL_BUFFER
    if isinstance(value, WLArray):
        return WL_ARRAY
    if isinstance(value, WLMembers):  # named sub-elements: a JSON object, `v.x = 1`
        return WL_NULL if getattr(value, "wl_missing", False) else WL_VARIANT
    if isinstance(value, WLAssoc):
        return WL_ASSOC
    if isinstance(value, WLStruct):
        return WL_INSTANCE if _is_class(rt, value) else WL_STRUCTURE
    name = str(getattr(value, "wl_type_name", "variant")).lower().replace(" ", "")
    return _BY_TYPE_NAME.get(name, WL_VARIANT)
