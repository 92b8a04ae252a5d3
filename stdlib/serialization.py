"""Serialize / Sérialise and Deserialize / Désérialise: structures, classes, arrays,
associative arrays and variants to and from JSON, XML or wlinterp's binary form.

All three formats go through one tree (the JSON form of stdlib/variants.py: objects
with members under their declared spelling, arrays, numbers, strings, booleans, Null):
- psdJSON: that tree as compact JSON text;
- psdXML: `<Type>` (the structure's name, `Document` otherwise) holding one element per
  member, an array as repeated `<item>` elements, a scalar as text;
- psdBinary: wlinterp's own form (not WINDEV's, which is undocumented): the 6 bytes
  `WLSB1\\n` then the tree as UTF-8 JSON, returned as a buffer (one character per byte).
Deserialize reads into the type of the variable it is given: members found by name
(case and accents ignored), missing members keep their default value, unknown ones are
ignored. A member marked `<serialize=false>` is skipped both ways; `<name=...>` renames it.
A value that does not fit its typed member (a Date given "not a date", an enumeration
given a name it lacks) is refused: ErrorOccurred, the variable unchanged.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, Given, OutArg, TextOutArg
from wlinterp.runtime.ansi_text import held_bytes
from wlinterp.runtime import values as V
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.enums import WLEnumType, WLEnumValue
from wlinterp.runtime.json_depth import NestedTooDeep
from wlinterp.runtime.json_forms import (PSD_FORMATTING, PSD_MINIFIED, digits_of, formatted,
                                         json_dumped, json_loaded)
from wlinterp.runtime.kinds import K_ARRAY, K_ASSOC, K_STRING, K_STRUCT, Kind
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import (VARIANT, TypeSpec, WLArray, WLStruct, coerce,
                                    filled_element)
from wlinterp.syntax.names import fold

from .dates import date_valid
from .dates_more import date_time_valid, time_valid
from .json_type import JSONList, WLJSON, decoded
from .text_encodings import utf8_bytes_read
from .xml_chars import XMLCharError, refuse_not_xml
from .variants import (MEMBER_FORMS, WLObject, buffer_from_text, from_json,
                       serialized_members, to_json)

family = Family("Serialization")

# psdJSON VERIFIED 1024: WINDEV Mobile's generated Java for `Sérialise(x, buf, psdJSON)`
# (code search ids 44827830396, 44950497763). psdBinary 256 VERIFIED and psdXML 512
# INFERRED in WINDEV Mobile's Android runtime: its serializer table holds 1024, 256 and
# 512, refuses 256 with "SERIALISATION_BINAIRE_INTERDITE" and serializes 512 as XML.
PSD_JSON = family.constant("psdJSON", "psdJSON", 1024)
PSD_XML = family.constant("psdXML", "psdXML", 512)
PSD_BINARY = family.constant("psdBinary", "psdBinaire", 256)
# Deserialize's page (?3013066) lists two more: psdBinaryFormat16, the binary form a
# version 16 reads, and psdXMLAggregated, XML "with direct aggregation of sub-objects".
# wlinterp's binary form is its own and its XML always nests sub-objects, so each is
# the same as psdBinary / psdXML (INFERRED); values and French names are ours (UNVERIFIED).
PSD_BINARY_16 = family.constant("psdBinaryFormat16", "psdBinaireFormat16", 128)
PSD_XML_AGGREGATED = family.constant("psdXMLAggregated", "psdXMLAgrégé", 2048)
_SAME_AS = {PSD_BINARY_16: PSD_BINARY, PSD_XML_AGGREGATED: PSD_XML}
family.constant("psdFormatting", "psdMiseEnForme", PSD_FORMATTING)  # values: json_forms.py
family.constant("psdMinified", "psdMinifié", PSD_MINIFIED)
MAGIC = b"WLSB1\n"


# -- writing ----------------------------------------------------------------------------
def _format(fmt: object) -> int:
    """psdJSON, psdXML or psdBinary for a format constant (the page's other two are
    read as the form they stand beside)."""
    kind = V.to_int(fmt) & ~(PSD_FORMATTING | PSD_MINIFIED)  # (the layout: serialize)
    return _SAME_AS.get(kind, kind)


def _xml(parent: ET.Element, value: Any) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _xml(ET.SubElement(parent, str(key)), item)
    elif isinstance(value, list):
        for item in value:
            _xml(ET.SubElement(parent, "item"), item)
    elif value is not None:  # (XMLCharError when XML 1.0 cannot hold it: xml_chars.py)
        parent.text = refuse_not_xml(V.to_str(value), f"the member {parent.tag}")


@family.function("Serialize", "Sérialise", can_fail=True)
def serialize(rt: Runtime, element: object, result: TextOutArg, fmt: object = PSD_JSON
              ) -> tuple[None, object]:
    """Store the serialized form of `element` into `result` (an output parameter). With
    psdJSON into a JSON variable or a member of one (`Serialize(p, doc.item, psdJSON)`),
    the JSON document itself: a member held the text as a JSON string
    (docs/builtins.md "Serialize"). Into a Buffer, the JSON or XML text's UTF-8 bytes
    (TextOutArg); psdBinary's result is bytes already (BufferText)."""
    try:
        tree = to_json(element)
    except WLRuntimeError as exc:
        raise BuiltinFailure(f"Serialize: {exc.message.split(': ', 1)[-1]}",
                             value=(None, "")) from None
    kind = _format(fmt)
    if kind == PSD_XML:
        root = ET.Element(element.sdef.name if isinstance(element, WLStruct) else "Document")
        try:
            _xml(root, tree)
        except XMLCharError as exc:
            raise BuiltinFailure(f"Serialize: {exc}.", value=(None, "")) from None
        if formatted(fmt):  # (as the JSON form: a tab a level, CR LF)
            ET.indent(root, "\t")
        # a CR in a member's text as a reference: a reader turns CR LF into LF, so a
        # multi-line member came back with LF alone (docs/builtins.md "Line ends in XML")
        text = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")
        return None, text.replace("\n", "\r\n") if formatted(fmt) else text
    text = json_dumped(tree, formatted(fmt), ascii_only=kind == PSD_JSON)
    if kind == PSD_BINARY:
        return None, V.BufferText((MAGIC + text.encode("utf-8")).decode("latin-1"))
    if kind != PSD_JSON:
        raise BuiltinFailure(f"Serialize: unknown format {kind} (psdJSON, psdXML or "
                             f"psdBinary).", value=(None, ""))
    if isinstance(result, (WLJSON, JSONList)):  # into a JSON variable or a member of one
        return None, decoded(tree)  # the document itself (a member held its text)
    return None, text


# -- reading ----------------------------------------------------------------------------
def _from_xml(elem: ET.Element) -> Any:
    children = list(elem)
    if not children:
        return elem.text or ""
    if all(c.tag == "item" for c in children):
        return [_from_xml(c) for c in children]
    return {c.tag: _from_xml(c) for c in children}


def _tree(source: str, kind: int) -> Any:
    """The tree a serialized text holds; BuiltinFailure when it is not one."""
    try:
        if kind == PSD_XML:
            return _from_xml(ET.fromstring(source))
        if kind == PSD_BINARY:
            raw = held_bytes(source) or b""  # (stored into a string: read as ANSI)
            if not raw.startswith(MAGIC):
                raise ValueError("not wlinterp's binary serialization (no WLSB1 header)")
            return json_loaded(raw[len(MAGIC):].decode("utf-8"))
        if kind == PSD_JSON:
            return json_loaded(source)
    except NestedTooDeep:
        raise
    except (ValueError, ET.ParseError, UnicodeError, RecursionError) as exc:
        raise BuiltinFailure(f"Deserialize: the source cannot be read ({exc}).") from None
    raise BuiltinFailure(f"Deserialize: unknown format {kind}.")


def _fill(rt: Runtime, tree: Any, spec: TypeSpec | None, current: object,
          fresh: bool = False) -> object:
    """A value of the shape of `current` (or of `spec`) holding what `tree` describes;
    `fresh`: `current` is a new object made for it, filled in place."""
    ctx = rt.typectx
    own = getattr(current, "wl_from_json", None)
    if own is not None:  # a built-in type's value (a Cookie) reads its own properties
        return own(tree)
    if isinstance(current, WLStruct) and isinstance(tree, dict):
        by_name = {fold(str(k)): v for k, v in tree.items()}
        out = current if fresh else current.copy()
        specs = {key: mspec for key, _, mspec in out.sdef.members}
        for key, name in serialized_members(out):
            if fold(name) in by_name:
                try:
                    out.values[key] = _fill(rt, by_name[fold(name)], specs[key],
                                            out.values[key])
                except _Misfit as misfit:
                    raise _Misfit(f"the member {name} of {out.sdef.name}: {misfit}") \
                        from None
        return out
    if isinstance(current, WLArray) and isinstance(tree, list):
        items = [_element(rt, v, current.elem) for v in tree]
        return WLArray(current.elem, items, (len(items),) if current.dims else (), ctx)
    if isinstance(current, WLAssoc) and not isinstance(current, WLObject) \
            and isinstance(tree, dict):
        table = WLAssoc(current.elem, None, ctx, current.opts)  # its options kept
        for k, v in tree.items():
            table.set(_element(rt, v, current.elem), k)
        return table
    enum = _enumeration(rt, spec) if spec is not None else None
    if enum is not None:
        return _enum_value(tree, enum)
    if spec is None or spec.kind in (K_STRUCT, K_ARRAY, K_ASSOC) and not isinstance(
            tree, (dict, list)):
        return from_json(tree)
    if spec.kind == K_STRING and spec.name == "buffer":  # written in base64 (?1514042)
        return buffer_from_text(tree)
    if spec.kind in MEMBER_FORMS and tree is not None:
        return coerce(_dated(rt, tree, MEMBER_FORMS[spec.kind]), spec, ctx)
    return coerce(from_json(tree), spec, ctx)


class _Misfit(Exception):
    """A value of the source that its typed member cannot hold (its words say why)."""


_VALIDS = {"date": (date_valid, "Date", "DateValid"), "time": (time_valid, "Time", "TimeValid"),
           "datetime": (date_time_valid, "DateTime", "DateTimeValid")}


def _dated(rt: Runtime, tree: Any, kind: str) -> str:
    """What a Date, Time or DateTime member holds for `tree`: its RFC 3339 form (what
    Serialize writes) or WINDEV's digits, valid; "" stays empty. Anything else is refused
    rather than kept as an invalid value (docs/semantics.md "Deserialize refuses")."""
    valid, shown, check = _VALIDS[kind]
    text = digits_of(tree, kind) if isinstance(tree, str) else None
    if text == "" or text is not None and valid(rt, text):
        return text
    given = json_dumped(tree)
    raise _Misfit(f"{given} is not a valid {shown} ({check} gives False for it)"
                  if text is not None else f"{given} is not a {shown} (a text is expected)")


def _enumeration(rt: Runtime, spec: TypeSpec) -> WLEnumType | None:
    """The enumeration a member is of; None for a member of another type."""
    enum = rt.typectx.enum_types.get(spec.name) if spec.name else None
    return enum if isinstance(enum, WLEnumType) else None


def _enum_value(tree: Any, enum: WLEnumType) -> WLEnumValue:
    """The value of `enum` a name in the source stands for (Serialize writes its name;
    case and accents ignored); any other value is refused."""
    found = next((v for v in enum.values if fold(v.name) == fold(tree)), None) \
        if isinstance(tree, str) else None
    if found is None:
        names = ", ".join(v.name for v in enum.values)
        raise _Misfit(f"{json_dumped(tree)} is not a value of the enumeration {enum.name}"
                      f" ({names})")
    return found


def _element(rt: Runtime, tree: Any, elem: TypeSpec | None) -> object:
    """An element of an array or associative array read from `tree`. An element that
    is a dynamic object (`array of C dynamic`) is a new object holding it (Null for a
    JSON null)."""
    if elem is not None and elem.dynamic and elem.kind == K_STRUCT:
        return None if tree is None else \
            _fill(rt, tree, elem, filled_element(elem, rt.typectx), fresh=True)
    return _fill(rt, tree, elem, _blank(rt, elem))


def _blank(rt: Runtime, spec: TypeSpec | None) -> object:
    from wlinterp.runtime.types import default_value
    return default_value(spec or VARIANT, rt.typectx)


def _no_text(given: str, first_is_text: bool) -> str:
    """Deserialize's refusal of a structure, object or array (`given`, in words) as the
    serialized text. Real code writes `Désérialise(sContenu, moi, psdJSON)`, the text
    first: the page (?3013066) gives Deserialize(<Variable>, <Buffer>, <Format>), the
    order of Serialize, so the words say which comes first (docs/builtins.md)."""
    words = f"Deserialize: parameter 2 is the serialized text (a string or a Buffer), " \
            f"not {given}"
    return words + (f"; {_ORDER}." if first_is_text else ".")


_ORDER = "the variable to fill comes first and the text second, as in Serialize: write " \
         "Deserialize(<variable>, <text>, <format>)"


_COMPOSITE = {K_STRUCT: "a structure or an object", K_ARRAY: "an array",
              K_ASSOC: "an associative array"}
"""`_no_text`'s words for each kind of variable refused as the text."""


def _value_kind(value: object) -> Kind | None:
    """The kind of a structure, object or array value (`_COMPOSITE`); None for any other
    value (a JSON variable, a text, a Buffer...)."""
    if isinstance(value, (WLObject, JSONList)):
        return None
    if isinstance(value, WLStruct):
        return K_STRUCT
    if isinstance(value, WLArray):
        return K_ARRAY
    return K_ASSOC if isinstance(value, WLAssoc) else None


def _deserialize_check(given: list[Given]) -> str | None:
    """`wl check`'s WL115 for a variable declared a structure, object or array given as
    the text: the run stops there with the same words."""
    second = given[1].spec if len(given) > 1 else None
    if second is None or second.kind not in _COMPOSITE:
        return None
    first = given[0].spec
    return _no_text(_COMPOSITE[second.kind], first is not None and first.kind == K_STRING
                    or type(given[0].value) is str)


@family.function("Deserialize", "Désérialise", can_fail=True,
                 declared_check=_deserialize_check)
def deserialize(rt: Runtime, element: OutArg, source: object, fmt: object = PSD_JSON
                ) -> tuple[None, object]:
    """Fill `element` (an output parameter) from a serialized text."""
    if (composite := _value_kind(source)) is not None:
        raise WLRuntimeError(_no_text(_COMPOSITE[composite], isinstance(element, str)))
    try:
        kind = _format(fmt)
        text = V.to_str(source)
        if text == "" and isinstance(element, str) and element.strip():
            raise BuiltinFailure(f"Deserialize: the serialized text (parameter 2) is empty "
                                 f"and parameter 1 holds a text: {_ORDER}.")
        tree = _tree(text if kind == PSD_BINARY else utf8_bytes_read(text), kind)
        return None, _fill(rt, tree, None, element)
    except _Misfit as misfit:
        raise BuiltinFailure(f"Deserialize: {misfit}.", value=(None, element)) from None
    except NestedTooDeep as deep:  # (runtime/json_depth.py) non-fatal, as unreadable text
        raise BuiltinFailure(f"Deserialize: {deep.message}", value=(None, element)) from None
    except BuiltinFailure as failure:
        failure.value = (None, element)
        raise
