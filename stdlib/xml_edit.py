"""Named XML documents (xml_handles.py), continued: XMLRead/XMLLit with a path, the
edits at the position (XMLAddChild, XMLAddAttribute, XMLModify, XMLDelete), saved
positions, and XMLToText/TextToXML for the five predefined entities."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from . import xml_children
from .xml_copy import tree_copy
from .xml_documents import XMLDocument, XMLNode
from .xml_handles import end_search
from .xml_named_docs import HandleDoc, Item, named_doc

family = Family("XML")

_NAME = re.compile(r"[^\W\d][\w.-]*(?::[^\W\d][\w.-]*)?")  # XML's Name, one prefix at most


def _xml_name(name: object, fname: str) -> str:
    """The element or attribute name given to `fname`; an error when it is no XML name
    (written as it was, it made a document that is not XML: `<bad tag>`, `<r ="v"/>`)."""
    text = V.to_str(name)
    if _NAME.fullmatch(text) is None:
        raise WLRuntimeError(f"{fname}: '{text}' is not an XML name.")
    return text


_ENTITIES = (("&", "&amp;"), ("'", "&apos;"), (">", "&gt;"), ("<", "&lt;"), ('"', "&quot;"))


@family.function("TextToXML", "TexteVersXML")
def text_to_xml(rt: Runtime, text: object) -> str:
    """`&`, `'`, `>`, `<` and `"` written as their XML entities."""
    s = V.to_str(text)
    for char, entity in _ENTITIES:
        s = s.replace(char, entity)
    return s


@family.function("XMLToText", "XMLVersTexte")
def xml_to_text(rt: Runtime, text: object) -> str:
    """The five predefined entities back to their characters, in one pass (so
    `&amp;lt;` gives `&lt;`)."""
    s = V.to_str(text)
    out, i = [], 0
    while i < len(s):
        for char, entity in _ENTITIES:
            if s.startswith(entity, i):
                out.append(char)
                i += len(entity)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


@family.function("XMLSavePosition", "XMLSauvePosition")
def xml_save_position(rt: Runtime, name: TextArg) -> int:
    """A number for the current position (and search in progress) that
    XMLRestorePosition goes back to."""
    doc = named_doc(rt, name, "XMLSavePosition")
    doc.saved.append((doc.element, doc.attr, doc.search))
    return len(doc.saved)


KEEP_POSITION = 2  # the values of PC SOFT's runtime; their constants' names are unknown
WITH_SEARCH = 8


@family.function("XMLRestorePosition", "XMLRetourPosition", "XMLReturnToPosition")
def xml_restore_position(rt: Runtime, name: TextArg, position: object,
                         option: object = 4) -> bool:
    """Back to a position XMLSavePosition gave. As in PC SOFT's runtime, the saved
    position is then freed unless `option` holds 2, and the search saved with it comes
    back with 8 (by default, 4, neither)."""
    doc = named_doc(rt, name, "XMLRestorePosition")
    n, flags = V.to_int(position), V.to_int(option)
    if not 1 <= n <= len(doc.saved) or doc.saved[n - 1] is None:
        raise WLRuntimeError(f"XMLRestorePosition: {n} is no position XMLSavePosition gave "
                             f"(or it was restored already).")
    saved = doc.saved[n - 1]
    assert saved is not None
    end_search(doc)
    doc.element, doc.attr, search = saved
    if flags & WITH_SEARCH:
        doc.search = search
    if not flags & KEEP_POSITION:
        doc.saved[n - 1] = None
    return True


@family.function("XMLRead", "XMLLit")
def xml_read(rt: Runtime, name: TextArg, path: object) -> str:
    """The text of the element (or the value of the attribute, `@name`) an XPath-like
    path designates: `/Root/Item[2]/Name`, `/Root/Item/@id`; "" when nothing matches."""
    doc = named_doc(rt, name, "XMLRead")
    steps = [s for s in V.to_str(path).strip().split("/") if s]
    if not steps or _step(steps[0]) != (doc.root.tag, 1):
        return ""
    el = doc.root
    for step in steps[1:]:
        if step.startswith("@"):
            return el.attrib.get(step[1:], "")
        if step == "text()":
            break
        tag, rank = _step(step)
        found = [c for c in el if c.tag == tag]
        if len(found) < rank:
            return ""
        el = found[rank - 1]
    return "".join(el.itertext())


def _step(step: str) -> tuple[str, int]:
    """`Item[2]` -> ("Item", 2); `Item` -> ("Item", 1)."""
    if step.endswith("]") and "[" in step:
        tag, _, rank = step[:-1].partition("[")
        return tag, V.to_int(rank)
    return step, 1


def _current_element(rt: Runtime, name: object, fname: str) -> tuple[HandleDoc, Item]:
    doc = named_doc(rt, name, fname)
    if doc.element is None:
        raise WLRuntimeError(f"{fname}: the XML document '{V.to_str(name)}' has no element.")
    return doc, (doc.element, doc.attr)


def _variable_node(target: object, fname: str) -> XMLNode | None:
    """An xmlNode given to an edit function, or an xmlDocument's root as one (None for
    a named document's name)."""
    if isinstance(target, XMLNode):
        return target
    if isinstance(target, XMLDocument):
        if target.root is None:
            raise WLRuntimeError(f"{fname}: the xmlDocument has no element.")
        return XMLNode(target, fold(target.root.tag), [target.root])
    return None


def _no_position(fname: str) -> WLRuntimeError:
    return WLRuntimeError(f"{fname}: an xmlDocument variable has no position to move "
                          f"(<move> is for an xmlNode variable or a document named by "
                          f"XMLDocument).")


def _move_variable(target: object, node: XMLNode, child: XMLNode, fname: str) -> None:
    """`move` True given a variable: an xmlNode variable then designates the new child
    (as a named document's position goes to it); an xmlDocument has no position to move,
    so the call is refused rather than the option dropped (INFERRED: no page stored)."""
    if not isinstance(target, XMLNode):
        raise _no_position(fname)
    node.owner, node.key, node.elements, node.shown = \
        child.owner, child.key, child.elements, child.shown


class AddedNode(XMLNode):
    """The element XMLAddChild added to an xmlNode or xmlDocument variable, its result.
    Used as a boolean (`IF XMLAddChild(xNode, ...)`, code written for the named-document
    form, whose result is a boolean) it is True: the element was added."""

    def wl_bool(self) -> bool:
        return True


def _added(parent: XMLNode, child: ET.Element) -> AddedNode:
    """The xmlNode standing for `child`, added under `parent`'s element."""
    return AddedNode(XMLNode(parent.owner, parent.key, [parent.materialize()], parent.shown),
                     fold(child.tag), [child])


def _made_element(tag: object, value: object) -> ET.Element:
    """The element XMLAddChild adds: `<tag>value</tag>`, or for an xmlNode given as
    the tag (`XMLAddChild(xOrder, xLine)`, a standalone node filled beforehand) a copy
    of its element, children and attributes (*decided*, INFERRED: the node can be filled
    again and added once more, and a later change to it leaves the document as built)."""
    if isinstance(tag, XMLNode):
        source = tag.element
        if source is None or not source.tag:
            raise WLRuntimeError("XMLAddChild: the xmlNode to add has no name (set its "
                                 "..Name first).")
        return tree_copy(source, part=True)
    element = ET.Element(_xml_name(tag, "XMLAddChild"))
    element.text = V.to_str(value) or None
    return element


@family.function("XMLAddChild", "XMLAjouteFils")
def xml_add_child(rt: Runtime, name: TextArg, tag: object, value: object = "",
                  move: object = False) -> object:
    """A child element `<tag>value</tag>` at the end of the current element (in an
    empty document: the root, and the position goes to it); with `move` True the
    position goes to the new element; True. Given an xmlNode or xmlDocument variable, at
    the end of that element (its root; an empty xmlDocument takes it as its root), and
    the result is the new element, an xmlNode (`xLine = XMLAddChild(xOrder, "Line")`
    then fills it); `move` True makes an xmlNode variable designate it too (INFERRED,
    docs/builtins.md)."""
    made = _made_element(tag, value)
    if isinstance(name, XMLDocument) and name.root is None:
        if V.to_bool(move):  # refused before the document changes
            raise _no_position("XMLAddChild")
        name.root = made  # as a named document's, and as `doc.Root.X = v`
        return AddedNode(name, fold(made.tag), [name.root])
    node = _variable_node(name, "XMLAddChild")
    if node is not None:
        element = made
        parent = node.materialize()
        parent.append(element)
        xml_children.appended(parent, element)
        added = _added(node, element)
        if V.to_bool(move):
            _move_variable(name, node, added, "XMLAddChild")
        return added
    doc = named_doc(rt, name, "XMLAddChild")
    if doc.element is None:
        doc.root = made
        return doc.go((doc.root, ""))
    el, attr = doc.element, doc.attr
    if attr:
        raise WLRuntimeError("XMLAddChild: the position is on an attribute.")
    child = made
    el.append(child)
    xml_children.appended(el, child)
    doc.changed()
    if V.to_bool(move):
        doc.go((child, ""))
    return True


@family.function("XMLAddAttribute", "XMLAjouteAttribut")
def xml_add_attribute(rt: Runtime, name: object, attribute: object, value: object = "",
                      move: object = False) -> bool:
    """The attribute `attribute` = `value` on the current element (set again when it
    exists); given an xmlNode or xmlDocument variable, on that element (its root), where
    `move` True is refused: a variable cannot stand on an attribute (INFERRED)."""
    attribute = _xml_name(attribute, "XMLAddAttribute")
    node = _variable_node(name, "XMLAddAttribute")
    if node is not None:
        if V.to_bool(move):
            raise WLRuntimeError("XMLAddAttribute: an xmlNode or xmlDocument variable cannot "
                                 "be positioned on an attribute (<move> is for a document "
                                 "named by XMLDocument).")
        node.set_attribute(attribute, value)
        return True
    doc, (el, _) = _current_element(rt, name, "XMLAddAttribute")
    el.attrib[attribute] = V.to_str(value)
    doc.changed()
    if V.to_bool(move):
        doc.go((el, attribute))
    return True


@family.function("XMLModify", "XMLModifie")
def xml_modify(rt: Runtime, name: object, value: object) -> bool:
    """The current element's text (its own, before any child) or attribute's value."""
    _, (el, attr) = _current_element(rt, name, "XMLModify")
    if attr:
        el.attrib[attr] = V.to_str(value)
    else:
        el.text = V.to_str(value)
    return True


@family.function("XMLDelete", "XMLSupprime")
def xml_delete(rt: Runtime, name: object) -> bool:
    """Removes the current attribute, or element with what it holds; the position goes
    to the element that held it."""
    doc, (el, attr) = _current_element(rt, name, "XMLDelete")
    if attr:
        del el.attrib[attr]
        doc.changed()
        return doc.go((el, ""))
    parent = doc.parent_of(el)
    if parent is None:
        raise WLRuntimeError("XMLDelete: the root element cannot be deleted.")
    parent.remove(el)
    xml_children.changed(parent)
    doc.changed()
    return doc.go((parent, ""))
