"""JSONToXML / JSONVersXML, XMLToJSON / XMLVersJSON and the JSONXMLConverter /
JSONXMLConvertisseur type that sets how they convert (help page ?1410087323).

VERIFIED on the page: the names (English and French of the type; the functions' French
names are ours, INFERRED from WINDEV's naming), the converter's properties and their
defaults as its table gives them (ArrayConversionWithRoot True, EmptyTagRepresentation
True, FullConversion True, JSONTyping True, PrefixAttribute "@"), and its example:
with ArrayConversionWithRoot False, an object's members become elements of a root
`<document>`, an array repeats the element of its name, and XMLToJSON gives the object
back with its numbers and booleans typed. The page's sections on the conversion
standard are not stored: the rest is decided (docs/builtins.md "JSON and XML
conversion"): an array with its root is `<name><element>...</element></name>`
(ElementName "element"); a member whose name starts with PrefixAttribute is an
attribute (with FullConversion; else left out); a null is an empty element and an empty
element is null (EmptyTagRepresentation; else ""); an element holding attributes or
elements and text keeps the text under "#text".
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal
from functools import lru_cache
from typing import Any

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.json_depth import NestedTooDeep, check_depth
from wlinterp.runtime.json_forms import json_dumped
from wlinterp.syntax.names import fold

from .json_type import WLJSON, decoded, parse
from .variants import to_json, value_children
from .xml_chars import NOT_XML
from .xml_documents import XMLDocument, XMLNode, read_source
from .xml_parse import xml_sub_errors

family = Family("JSON and XML")

TEXT_KEY = "#text"


class NotConvertible(ValueError):
    """A JSON name or text that XML cannot hold (the message says which)."""


@lru_cache(maxsize=1024)
def _is_xml_name(name: str) -> bool:
    """Is `name` an XML element or attribute name (asked of the XML parser itself)?"""
    try:
        element = ET.fromstring(f"<{name}/>")
    except ET.ParseError:
        return False
    return element.tag == name and not element.attrib


def _xml_name(name: str) -> str:
    if not _is_xml_name(name):
        raise NotConvertible(f"the JSON member '{name}' is not an XML name (an element or "
                             "attribute name starts with a letter or '_' and holds no space)")
    return name


def _xml_text(text: str) -> str:
    found = NOT_XML.search(text)
    if found:
        raise NotConvertible(f"the text '{text[:40]}' holds the character "
                             f"{ord(found.group()):#06x}, which XML cannot hold")
    return text

# property (folded English and French names) -> (key, default)
_PROPERTIES = {
    "arrayconversionwithroot": "withroot", "conversiontableauavecracine": "withroot",
    "elementname": "element", "nomelement": "element",
    "emptytagrepresentation": "emptynull", "representationbalisevide": "emptynull",
    "fullconversion": "full", "conversioncomplete": "full",
    "jsontyping": "typing", "typagejson": "typing",
    "prefixattribute": "attribute", "prefixeattribut": "attribute",
    "prefixcdata": "cdata", "prefixecdata": "cdata",
    "xmlrootname": "root", "nomracinexml": "root",
}


class JSONXMLConverter:
    """A `JSONXMLConverter` variable: the conversion's settings."""

    wl_type_name = "JSONXMLConverter"

    def __init__(self, rt: object = None) -> None:
        self.values: dict[str, object] = {
            "withroot": True, "element": "element", "emptynull": True, "full": True,
            "typing": True, "attribute": "@", "cdata": "CDATA", "root": "document"}

    def _key(self, name: str) -> str:
        key = _PROPERTIES.get(fold(name))
        if key is None:
            raise WLRuntimeError(f"A JSONXMLConverter has no property '{name}'.")
        return key

    def wl_get(self, name: str) -> object:
        return self.values[self._key(name)]

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        key = self._key(name)
        old = self.values[key]
        self.values[key] = V.to_bool(value) if isinstance(old, bool) else V.to_str(value)

    def copy(self) -> "JSONXMLConverter":
        other = JSONXMLConverter()
        other.values = dict(self.values)
        return other


family.type("JSONXMLConverter", "JSONXMLConvertisseur", JSONXMLConverter)


def _settings(converter: object) -> dict[str, object]:
    if converter is None:
        return JSONXMLConverter().values
    if not isinstance(converter, JSONXMLConverter):
        raise WLRuntimeError("The converter must be a JSONXMLConverter variable.")
    return converter.values


def _scalar_text(value: object) -> str:
    """A JSON scalar as an element's text: a string as it is, numbers and booleans as
    JSON writes them."""
    return _xml_text(value) if isinstance(value, str) else json_dumped(value)


def _fill(element: ET.Element, value: Any, s: dict[str, object]) -> None:
    """Write the JSON value `value` into `element` (its text, attributes, children)."""
    if isinstance(value, dict):
        for key, item in value.items():
            _member(element, str(key), item, s)
    elif isinstance(value, list):  # an array in an array: its items as ElementName
        for item in value:
            _fill(ET.SubElement(element, _xml_name(str(s["element"]))), item, s)
    elif value is not None:
        element.text = _scalar_text(value)
    elif not s["emptynull"]:
        element.text = ""


def _member(parent: ET.Element, key: str, value: Any, s: dict[str, object]) -> None:
    prefix = str(s["attribute"])
    if prefix and key.startswith(prefix):
        if s["full"] and not isinstance(value, (dict, list)):
            parent.set(_xml_name(key[len(prefix):]), "" if value is None else _scalar_text(value))
        return
    if key == TEXT_KEY:
        parent.text = "" if value is None else _scalar_text(value)
        return
    if isinstance(value, list):
        holder = ET.SubElement(parent, _xml_name(key)) if s["withroot"] else parent
        for item in value:
            name = str(s["element"]) if s["withroot"] else key
            _fill(ET.SubElement(holder, _xml_name(name)), item, s)
        return
    _fill(ET.SubElement(parent, _xml_name(key)), value, s)


@family.function("JSONToXML", "JSONVersXML", can_fail=True)
def json_to_xml(rt: object, value: object, converter: object = None) -> XMLDocument:
    """An xmlDocument from a JSON value (or a JSON text): its members under a root
    element named as the converter's XMLRootName says ("document"). A member name or a
    text XML cannot hold fails the call (ErrorOccurred, an empty document): writing it
    as it is gave a document no XML reader takes; so does a text that is no JSON, as
    StringToJSON's does (it stopped the run)."""
    s = _settings(converter)
    try:
        source = parse(value) if isinstance(value, str) else value
        check_depth(source, value_children, "value")
        data = to_json(source)
        root = ET.Element(_xml_name(str(s["root"])))
        if isinstance(data, list):
            _member(root, str(s["element"]), data, {**s, "withroot": False})
        else:
            _fill(root, data, s)
    except NotConvertible as exc:
        raise BuiltinFailure(f"JSONToXML: {exc}.", value=XMLDocument()) from None
    except WLRuntimeError as exc:  # a text that is no JSON (or nested too deeply to read)
        raise BuiltinFailure(f"JSONToXML: {exc.message}", value=XMLDocument()) from None
    except RecursionError:
        raise BuiltinFailure(_TOO_DEEP.format("JSONToXML", "value"),
                             value=XMLDocument()) from None
    return XMLDocument(root)


# A value or document nested past JSON_MAX_DEPTH fails the call, ErrorOccurred set, with
# the depth in words (runtime/json_depth.py); the run stopped with "Stack overflow". This
# one stays for a call made so deep in the caller's own recursion that even that depth
# runs out of stack.
_TOO_DEEP = "{}: the {} is nested too deeply to be converted."


def _elements(element: ET.Element) -> list[ET.Element]:
    """An element's child elements (the nesting runtime/json_depth.py measures)."""
    return list(element)


def _typed(text: str, s: dict[str, object]) -> object:
    """An element's text as a JSON value: with JSONTyping, a number or a boolean when it
    reads as one."""
    if not s["typing"]:
        return text
    if text in ("true", "false"):
        return text == "true"
    if not text or text != text.strip():
        return text
    try:
        number = Decimal(text)
    except ArithmeticError:
        return text
    if not number.is_finite():
        return text
    whole = number == number.to_integral_value() and not any(c in text for c in ".eE")
    return int(number) if whole else float(number)


def _value(element: ET.Element, s: dict[str, object]) -> object:
    """The JSON value of an element: an object of its attributes and children (a name
    repeated, an array), else its text; texts typed as JSONTyping says, attributes'
    too; an empty element null or ""."""
    children = list(element)
    if s["withroot"] and children and not element.attrib \
            and all(c.tag == s["element"] for c in children):
        return [_value(c, s) for c in children]
    data: dict[str, object] = {}
    if s["full"]:
        data.update((f"{s['attribute']}{name}", _typed(text, s))
                    for name, text in element.attrib.items())
    groups: dict[str, list[object]] = {}
    for child in children:
        groups.setdefault(child.tag, []).append(_value(child, s))
    data.update((tag, items if len(items) > 1 else items[0]) for tag, items in groups.items())
    text = (element.text or "").strip() if children else element.text or ""
    if not data:
        return _typed(text, s) if text else (None if s["emptynull"] else "")
    if text:
        data[TEXT_KEY] = _typed(text, s)
    return data


@family.function("XMLToJSON", "XMLVersJSON", can_fail=True)
def xml_to_json(rt: object, source: object, converter: object = None) -> object:
    """A JSON value from an xmlDocument (or node, or XML text): the root element's
    content, its name left out. A text that is not XML fails the call (ErrorOccurred,
    an empty JSON object; where and why in its sub-error), as XMLOpen's does."""
    s = _settings(converter)
    if isinstance(source, XMLDocument):
        root = source.root
    elif isinstance(source, XMLNode):
        root = source.element
    else:
        try:
            root = read_source(source, 2, "XMLToJSON")[0]
        except ValueError as exc:
            raise BuiltinFailure(f"XMLToJSON: {exc}.", value=WLJSON(),
                                 subs=xml_sub_errors(exc)) from None
    try:
        if root is not None:
            check_depth(root, _elements, "document")
        return decoded(_value(root, s) if root is not None else None)
    except NestedTooDeep as exc:
        raise BuiltinFailure(f"XMLToJSON: {exc.message}", value=WLJSON()) from None
    except RecursionError:
        raise BuiltinFailure(_TOO_DEEP.format("XMLToJSON", "document"),
                             value=WLJSON()) from None
