"""Named XML documents (xml_handles.py), changing their structure and saying where the
position is: XMLInsertElement/XMLInsèreElément, XMLInsertDocument/XMLInsèreDocument,
XMLRename/XMLRenomme, XMLExtractDocument/XMLExtraitDocument, XMLPosition, and the
namespace of the current element (XMLNamespace, XMLNamespaceURI).

What each does, its parameters and their defaults follow PC SOFT's own runtime for
these functions (its Android one, whose API lists them): XMLInsertElement inserts a
sibling after the current element (1: before it), or on an attribute adds an attribute
to its element; XMLInsertDocument copies another document's current element (its root
when it has no position) as the last child of the current element (16, the default),
before it (1) or after it (2); XMLRename keeps the attributes and content; XMLPosition
is a path `/Root/Item[2]/@id` (a rank only where the element has siblings of its name);
XMLNamespace is the current node's prefix, XMLNamespaceURI the namespace it stands for.
The constants' names are UNVERIFIED (docs/builtins.md).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from . import xml_children
from .xml_copy import tree_copy
from .xml_handles import XML_SUB_ELEMENT
from .strings import text_arg
from .xml_named_docs import HandleDoc, documents, named_doc

family = Family("XML")

XML_BEFORE = family.constant("XMLBefore", "XMLAvant", 1)
XML_AFTER = family.constant("XMLAfter", "XMLAprès", 2)

_NAME = re.compile(r"[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?")


def _position(doc: HandleDoc, fname: str) -> tuple[ET.Element, str]:
    if doc.element is None:
        raise WLRuntimeError(f"{fname}: the XML document has no element.")
    return doc.element, doc.attr


def _place(doc: HandleDoc, new: ET.Element, at: ET.Element, where: int, fname: str) -> None:
    """`new` inserted before (XMLBefore) or after `at`, among its parent's children."""
    parent = doc.parent_of(at)
    if parent is None:
        raise WLRuntimeError(f"{fname}: the root element can have no element beside it.")
    index = list(parent).index(at)
    parent.insert(index if where == XML_BEFORE else index + 1, new)
    xml_children.changed(parent)
    doc.changed()


@family.function("XMLInsertElement", "XMLInsèreElément", can_fail=True)
def xml_insert_element(rt: Runtime, name: TextArg, tag: object, value: object = "",
                       where: object = XML_AFTER, move: object = False) -> bool:
    """An element `<tag>value</tag>` beside the current one (after it; XMLBefore: before
    it); on an attribute, an attribute of that element. `move`: the position goes there."""
    doc = named_doc(rt, name, "XMLInsertElement")
    el, attr = _position(doc, "XMLInsertElement")
    shown, text = V.to_str(tag), V.to_str(value)
    _check_name(shown, "XMLInsertElement")
    if attr:
        el.attrib[shown] = text
        doc.changed()
        if V.to_bool(move):
            doc.go((el, shown))
        return True
    new = ET.Element(shown)
    new.text = text or None
    _place(doc, new, el, V.to_int(where), "XMLInsertElement")
    if V.to_bool(move):
        doc.go((new, ""))
    return True


@family.function("XMLInsertDocument", "XMLInsèreDocument")
def xml_insert_document(rt: Runtime, name: TextArg, source: TextArg,
                        where: object = XML_SUB_ELEMENT) -> bool:
    """A copy of the document `source`'s current element (with what it holds) as the last
    child of the current element (XMLSubElement), or before/after it (XMLBefore,
    XMLAfter); on an attribute, as the last child of its element."""
    text_arg(source, "XMLInsertDocument")  # (both names refused before either is looked up)
    doc = named_doc(rt, name, "XMLInsertDocument")
    other = named_doc(rt, source, "XMLInsertDocument")
    el, attr = _position(doc, "XMLInsertDocument")
    part = other.element if other.element is not None else other.root
    if not part.tag:
        return False  # an empty document: nothing to insert
    new = tree_copy(part, part=True)
    n = V.to_int(where)
    if n == XML_SUB_ELEMENT or attr:
        el.append(new)
        xml_children.appended(el, new)
        doc.changed()
    else:
        _place(doc, new, el, n, "XMLInsertDocument")
    return True


@family.function("XMLRename", "XMLRenomme", can_fail=True)
def xml_rename(rt: Runtime, name: TextArg, new_name: object) -> bool:
    """Renames the current element (its attributes and content kept) or attribute (its
    value kept); a name XML does not accept: False and ErrorOccurred."""
    doc = named_doc(rt, name, "XMLRename")
    el, attr = _position(doc, "XMLRename")
    shown = V.to_str(new_name)
    _check_name(shown, "XMLRename")
    if attr:
        items = [(shown if k == attr else k, v) for k, v in el.attrib.items()]
        el.attrib.clear()
        el.attrib.update(items)
        doc.attr = shown
    else:
        el.tag = shown
        xml_children.renamed()
    doc.changed()
    return True


def _check_name(shown: str, fname: str) -> None:
    if not _NAME.fullmatch(shown):
        raise BuiltinFailure(f"{fname}: '{shown}' is not a valid XML name.", value=False)


@family.function("XMLExtractDocument", "XMLExtraitDocument")
def xml_extract_document(rt: Runtime, name: TextArg, new_name: TextArg) -> bool:
    """A new named document `new_name` whose root is a copy of the current element."""
    label = text_arg(new_name, "XMLExtractDocument")
    doc = named_doc(rt, name, "XMLExtractDocument")
    el, _ = _position(doc, "XMLExtractDocument")
    root = tree_copy(el, part=True)
    extracted = HandleDoc(root, doc.header)
    extracted.element = root
    documents(rt)[fold(label)] = extracted
    return True


@family.function("XMLPosition", "XMLPosition")
def xml_position(rt: Runtime, name: TextArg) -> str:
    """Where the position is, as a path from the root: `/Root/Item[2]/Name`, `/@id` for
    an attribute; an element's rank is written only when its parent has other children
    of its name."""
    doc = named_doc(rt, name, "XMLPosition")
    if doc.element is None:
        return ""
    steps: list[str] = []
    el: ET.Element | None = doc.element
    while el is not None:
        parent = doc.parent_of(el)
        same = [c for c in parent if c.tag == el.tag] if parent is not None else [el]
        rank = next(i for i, c in enumerate(same, 1) if c is el)
        steps.append(f"/{el.tag}[{rank}]" if len(same) > 1 else f"/{el.tag}")
        el = parent
    path = "".join(reversed(steps))
    return f"{path}/@{doc.attr}" if doc.attr else path


@family.function("XMLNamespace", "XMLNamespace")
def xml_namespace(rt: Runtime, name: TextArg) -> str:
    """The namespace prefix of the current element or attribute ("" without one)."""
    doc = named_doc(rt, name, "XMLNamespace")
    el, attr = _position(doc, "XMLNamespace")
    prefix, sep, _ = (attr or el.tag).partition(":")
    return prefix if sep else ""


@family.function("XMLNamespaceURI", "XMLNamespaceURI")
def xml_namespace_uri(rt: Runtime, name: TextArg) -> str:
    """The namespace the current element is in: the URI its prefix (or, without one, the
    default `xmlns`) is declared for, on it or on an element above it; "" for none or
    on an attribute."""
    doc = named_doc(rt, name, "XMLNamespaceURI")
    el, attr = _position(doc, "XMLNamespaceURI")
    if attr:
        return ""
    prefix, sep, _ = el.tag.partition(":")
    key = f"xmlns:{prefix}" if sep else "xmlns"
    here: ET.Element | None = el
    while here is not None:
        if key in here.attrib:
            return here.attrib[key]
        here = doc.parent_of(here)
    return ""
