"""JSON and variants: JSONToVariant / VariantToJSON.

A JSON object becomes a `WLObject`: its members are read and written like a structure's
(`v.name`, `v.address.city`, case- and accent-insensitive as WLanguage names are) or by key
(`v["name"]`); a JSON array becomes a 1-based array. A member that does not exist reads as
Null (UNVERIFIED: the usual way WINDEV code tests optional JSON members).
"""
from __future__ import annotations

import base64
import binascii
import json
from decimal import Decimal
from typing import Any, Callable, Iterable

from wlinterp.runtime import values as V
from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.syntax.names import fold
from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.members import WLMembers, serialized_members
from wlinterp.runtime.durations import WLDuration
from wlinterp.runtime.enums import WLEnumValue
from wlinterp.runtime.iso_text import iso_duration
from wlinterp.runtime.json_depth import (JSON_MAX_DEPTH, NestedTooDeep, check_depth,
                                         python_children, value_depth)
from wlinterp.runtime.json_forms import (formatted, json_dumped, json_form, json_loaded,
                                         json_problem)
from wlinterp.runtime.kinds import K_DATE, K_DATETIME, K_STRING, K_TIME
from wlinterp.runtime.types import VARIANT, WLArray, WLAssoc, WLStruct

from .text_encodings import utf8_bytes_read

family = Family("JSON")


# A decoded JSON object is a variant's named sub-elements (runtime/members.py), so
# `v = JSONToVariant(t)` then `v.a.b = 1` behaves as a variant built by hand.
WLObject = WLMembers


def from_json(value: Any, node: type[WLObject] = WLObject,
              array: Callable[[list[object]], object] | None = None) -> object:
    """WLanguage values for decoded JSON; objects become `node`s and arrays `array(items)`
    (the JSON type's own nodes and growing arrays for a JSON variable:
    stdlib/json_type.py), else arrays of variants. Nested past JSON_MAX_DEPTH:
    NestedTooDeep, naming the depth (runtime/json_depth.py)."""
    try:
        return _from_json(value, node, array, 1)
    except _Deeper:
        raise NestedTooDeep(value_depth(value, python_children)) from None


class _Deeper(Exception):
    """from_json went past JSON_MAX_DEPTH (measured whole once, for the message)."""


def _from_json(value: Any, node: type[WLObject], array: Callable[[list[object]], object]
               | None, depth: int) -> object:
    if isinstance(value, (dict, list)) and depth > JSON_MAX_DEPTH:
        raise _Deeper
    if isinstance(value, dict):
        return node({k: _from_json(v, node, array, depth + 1) for k, v in value.items()})
    if isinstance(value, list):
        items = [_from_json(v, node, array, depth + 1) for v in value]
        return WLArray(VARIANT, items) if array is None else array(items)
    return value


def to_json(value: object) -> Any:
    """The JSON form (Python's) of a WLanguage value: the library's one JSON encoder."""
    if isinstance(value, WLAssoc):
        return {str(k): to_json(v) for k, v in value.data.items()}
    if isinstance(value, WLStruct):
        forms = member_forms(value)
        return {name: member_text(value.values[key], forms[key]) if key in forms
                else to_json(value.values[key]) for key, name in serialized_members(value)}
    if isinstance(value, WLArray):
        form = MEMBER_FORMS.get(value.elem.kind) if value.elem is not None else None
        if form is not None:  # an array of dates: each in RFC 3339 form
            return [member_text(v, form) for v in value.items]
        return [to_json(v) for v in value.items]
    if isinstance(value, Decimal):  # a currency or numeric: 150, not 150.0
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)  # a whole real too: 15, as its text (it was 15.0)
    if isinstance(value, str) and type(value) is not str \
            and (kind := getattr(value, "wl_type_name", "")) in _DATED_FORMS:
        return json_form(str.__str__(value), kind)  # a Date, Time, DateTime: RFC 3339
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, WLEnumValue):  # its name, its text (EnumerationFromName reads it)
        return value.name
    if isinstance(value, WLDuration):  # ISO 8601 ("PT1H30M"); a date difference: days
        return iso_duration(value.ms) if type(value) is WLDuration else V.to_int(value)
    form = getattr(value, "wl_json_form", None)
    if form is not None:  # a Record: HRecordToJSON's form (hfsql/record_var.py)
        return form()
    raise WLRuntimeError(f"VariantToJSON: a value of type {V.type_name(value)} has no JSON form.")


def member_forms(value: WLStruct) -> dict[str, str]:
    """The structure's members whose JSON and XML form is not their text: a Buffer in
    base64 (the Buffer type's help page, ?1514042), a Date, Time or DateTime in RFC 3339
    form, as a JSON variable receives them (?1000023611; runtime/json_forms.py)."""
    return {key: MEMBER_FORMS[spec.kind] if spec.kind != K_STRING else "buffer"
            for key, _, spec in value.sdef.members
            if spec.kind in MEMBER_FORMS or spec.kind == K_STRING and spec.name == "buffer"}


MEMBER_FORMS = {K_DATE: "date", K_TIME: "time", K_DATETIME: "datetime"}
_DATED_FORMS = frozenset(MEMBER_FORMS.values())  # a marked value's kind (dated_values.py)


def member_text(value: object, form: str) -> object:
    """A member's text in its JSON form (`member_forms`): base64, RFC 3339."""
    if not isinstance(value, str):
        return to_json(value)
    return json_form(value, form)


def buffer_from_text(text: object) -> object:
    """The buffer a base64 text of JSON or XML holds (the text itself when it is not
    base64)."""
    if not isinstance(text, str):
        return text
    try:
        return base64.b64decode(text, validate=True).decode("latin-1")
    except (ValueError, binascii.Error):
        return text


def json_reason(text: str) -> str:
    """Where and why `text` is not JSON ("line 1, column 2: Expecting property name
    enclosed in double quotes."): the sub-error of a refused JSON text; "" when it is."""
    try:
        json_loaded(text)
    except json.JSONDecodeError as exc:
        return f"line {exc.lineno}, column {exc.colno}: {exc.msg}."
    except RecursionError:
        return "it is nested too deeply."
    except ValueError as exc:
        return f"{exc}."
    return ""


@family.function("JSONToVariant", "JSONVersVariant", can_fail=True)
def json_to_variant(rt: Runtime, text: object) -> object:
    """The value a JSON text describes; Null and ErrorOccurred when it is not valid JSON
    (where and why: its sub-error, ErrorInfo(errMessage, 1))."""
    source = V.to_str(text)
    try:
        return from_json(json_loaded(utf8_bytes_read(source)))
    except NestedTooDeep as exc:
        raise BuiltinFailure(f"JSONToVariant: {exc.message}", value=None) from None
    except (ValueError, RecursionError) as exc:
        raise BuiltinFailure(f"JSONToVariant: the text is not valid JSON "
                             f"({json_problem(exc)}).",
                             value=None, subs=((json_reason(source), 1),)) from None


@family.function("VariantToJSON", "VariantVersJSON")
def variant_to_json(rt: Runtime, value: object, option: object = 0) -> str:
    """JSON text for a value (objects, structures, arrays, numbers, strings, booleans);
    indented with psdFormatting, else compact (psdMinified, or no option). In 7-bit
    ASCII, the other characters as `\\u00E9`, as Serialize's psdJSON writes them
    (VERIFIED ?3013065) and JSONToVariant's page describes WINDEV's JSON (?1000021052;
    INFERRED for VariantToJSON: its page is not stored)."""
    return json_dumped(bounded_json(value, "VariantToJSON"), formatted(option),
                       ascii_only=True)


def bounded_json(value: object, function: str) -> Any:
    """to_json for a JSON function given a value built by code: one nested past
    JSON_MAX_DEPTH (a chain of variants made in a loop) is an error naming `function`
    and the depth; it was "Stack overflow" at a depth the caller's own depth decided.
    (Serialize and Trace keep the stack overflow: docs/security.md, "call depth".)"""
    try:
        check_depth(value, value_children, "value")
    except NestedTooDeep as exc:
        raise WLRuntimeError(f"{function}: {exc.message}") from None
    return to_json(value)


def value_children(node: object) -> Iterable[object] | None:
    """What a WLanguage value holds that to_json walks (for runtime/json_depth.py)."""
    if isinstance(node, WLAssoc):
        return node.data.values()
    if isinstance(node, WLStruct):
        return node.values.values()
    if isinstance(node, WLArray):
        return node.items
    return None
