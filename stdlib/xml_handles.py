"""XML documents by name, PC SOFT's older XML functions: XMLDocument/XMLDocument creates a
named document, the others take that name and work at a current position.

The position is on one item of a level: the document level holds the root element; the
level under an element holds its attributes (type XMLAttribute) then its child elements
(type XMLTag), in document order. XMLDocument puts the position on the root. XMLFirst,
XMLLast, XMLNext and XMLPrevious move within the level, XMLChild goes down to the first
item under the current element, XMLParent back up, XMLRoot to the root; a move past the
level's end (or a search that finds nothing) leaves the position out: XMLOut is True,
XMLFound False. XMLFind searches the whole document in document order (from the start,
or after the last match when the searched name is Null) for an element by name,
optionally with an attribute (and its value); it puts the position on what it finds.

Errors: invalid XML in XMLDocument is non-fatal (False, ErrorOccurred); a name no
XMLDocument created is fatal. The document model and parser: xml_documents.py.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Iterator

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .xml_documents import read_source

family = Family("XML")

XML_TAG = family.constant("XMLTag", "XMLBalise", 1)
XML_ATTRIBUTE = family.constant("XMLAttribute", "XMLAttribut", 2)

Item = tuple[ET.Element, str]  # (element, "") for the element, (element, name) for an attribute


@dataclass
class HandleDoc:
    """A named document and its position."""

    root: ET.Element
    parent: ET.Element | None = None  # the level's element; None: the document level
    pos: int = 0  # index in the level, -1: out
    found_at: int = -1  # document-order index of the last XMLFind match
    criteria: tuple[str, str | None, str | None] | None = None
    saved: list[tuple[ET.Element | None, int]] = field(default_factory=list)

    def level(self) -> list[Item]:
        if self.parent is None:
            return [(self.root, "")]
        return [(self.parent, a) for a in self.parent.attrib] + [(c, "") for c in self.parent]

    def current(self) -> Item | None:
        items = self.level()
        return items[self.pos] if 0 <= self.pos < len(items) else None

    def parent_of(self, el: ET.Element) -> ET.Element | None:
        for candidate in self.root.iter():
            if any(child is el for child in candidate):
                return candidate
        return None

    def place(self, item: Item) -> None:
        """The position on `item`, in its level."""
        el, attr = item
        self.parent = el if attr else self.parent_of(el)
        self.pos = next(i for i, it in enumerate(self.level())
                        if it[0] is item[0] and it[1] == item[1])

    def items(self) -> Iterator[Item]:
        """Every item in document order: an element, its attributes, its children."""
        for el in self.root.iter():
            yield el, ""
            for a in el.attrib:
                yield el, a


def _docs(rt: Runtime) -> dict[str, HandleDoc]:
    docs = rt.state.get("xml_documents")
    if docs is None:
        docs = rt.state["xml_documents"] = {}
    return docs


def _doc(rt: Runtime, name: object, fname: str) -> HandleDoc:
    doc = _docs(rt).get(fold(V.to_str(name)))
    if doc is None:
        raise WLRuntimeError(f"{fname}: there is no XML document named '{V.to_str(name)}' "
                             f"(XMLDocument creates it).")
    return doc


def handle_root(rt: Runtime, name: object, fname: str) -> ET.Element:
    """The root element of a named document (XMLBuildString, XMLSave)."""
    return _doc(rt, name, fname).root


@family.function("XMLDocument", "XMLDocument", can_fail=True)
def xml_document(rt: Runtime, name: object, source: object, options: object = None) -> bool:
    """Creates the document `name` from XML text (or a file path); the position is on
    the root. Invalid XML: False and ErrorOccurred."""
    try:
        root = read_source(source, None, "XMLDocument")
    except ValueError as exc:
        raise BuiltinFailure(f"XMLDocument: {exc}.") from None
    _docs(rt)[fold(V.to_str(name))] = HandleDoc(root)
    return True


@family.function("XMLClose", "XMLTermine")
def xml_close(rt: Runtime, name: object) -> None:
    _docs(rt).pop(fold(V.to_str(name)), None)


def _move(rt: Runtime, name: object, fname: str, where: str) -> None:
    doc = _doc(rt, name, fname)
    n = len(doc.level())
    if where == "first":
        doc.pos = 0 if n else -1
    elif where == "last":
        doc.pos = n - 1
    elif doc.pos >= 0:
        doc.pos += 1 if where == "next" else -1
        if not 0 <= doc.pos < n:
            doc.pos = -1


@family.function("XMLFirst", "XMLPremier")
def xml_first(rt: Runtime, name: object) -> None:
    _move(rt, name, "XMLFirst", "first")


@family.function("XMLLast", "XMLDernier")
def xml_last(rt: Runtime, name: object) -> None:
    _move(rt, name, "XMLLast", "last")


@family.function("XMLNext", "XMLSuivant")
def xml_next(rt: Runtime, name: object) -> None:
    _move(rt, name, "XMLNext", "next")


@family.function("XMLPrevious", "XMLPrécédent")
def xml_previous(rt: Runtime, name: object) -> None:
    _move(rt, name, "XMLPrevious", "previous")


@family.function("XMLChild", "XMLFils")
def xml_child(rt: Runtime, name: object) -> None:
    """Down to the first item (attribute or element) under the current element."""
    doc = _doc(rt, name, "XMLChild")
    item = doc.current()
    if item is None or item[1]:
        doc.pos = -1
        return
    doc.parent = item[0]
    doc.pos = 0 if doc.level() else -1


@family.function("XMLParent", "XMLParent")
def xml_parent(rt: Runtime, name: object) -> None:
    """Back up to the element the current level belongs to."""
    doc = _doc(rt, name, "XMLParent")
    if doc.parent is not None:
        doc.place((doc.parent, ""))


@family.function("XMLRoot", "XMLRacine")
def xml_root(rt: Runtime, name: object) -> None:
    doc = _doc(rt, name, "XMLRoot")
    doc.parent, doc.pos = None, 0


@family.function("XMLOut", "XMLEnDehors")
def xml_out(rt: Runtime, name: object) -> bool:
    return _doc(rt, name, "XMLOut").current() is None


@family.function("XMLFound", "XMLTrouve")
def xml_found(rt: Runtime, name: object) -> bool:
    return _doc(rt, name, "XMLFound").current() is not None


@family.function("XMLElementName", "XMLNomElement")
def xml_element_name(rt: Runtime, name: object) -> str:
    item = _doc(rt, name, "XMLElementName").current()
    return "" if item is None else item[1] or item[0].tag


@family.function("XMLParentName", "XMLNomParent")
def xml_parent_name(rt: Runtime, name: object) -> str:
    doc = _doc(rt, name, "XMLParentName")
    return doc.parent.tag if doc.parent is not None else ""


@family.function("XMLData", "XMLDonnée")
def xml_data(rt: Runtime, name: object) -> str:
    """The current element's own text (the text before its first child), or the
    current attribute's value; "" when out."""
    item = _doc(rt, name, "XMLData").current()
    if item is None:
        return ""
    el, attr = item
    return el.attrib[attr] if attr else (el.text or "")


@family.function("XMLElementType", "XMLTypeElément")
def xml_element_type(rt: Runtime, name: object) -> int:
    item = _doc(rt, name, "XMLElementType").current()
    if item is None:
        return 0
    return XML_ATTRIBUTE if item[1] else XML_TAG


@family.function("XMLChildExist", "XMLFilsExiste")
def xml_child_exist(rt: Runtime, name: object) -> bool:
    """Has the current element attributes or child elements?"""
    item = _doc(rt, name, "XMLChildExist").current()
    return item is not None and not item[1] and (len(item[0]) > 0 or bool(item[0].attrib))


@family.function("XMLFind", "XMLRecherche")
def xml_find(rt: Runtime, name: object, tag: object, attribute: object = None,
             value: object = None, options: object = None) -> bool:
    """Searches the document (from its start; after the last match when `tag` is Null)
    for an element named `tag` (any element when ""), having the attribute (with that
    value) when given; the position goes to it. True when found."""
    doc = _doc(rt, name, "XMLFind")
    if tag is None and doc.criteria is not None:
        start = doc.found_at + 1
    else:
        doc.criteria = (V.to_str(tag) if tag is not None else "",
                        V.to_str(attribute) if attribute is not None else None,
                        V.to_str(value) if value is not None else None)
        start = 0
    want, attr, wanted = doc.criteria
    for i, (el, a) in enumerate(doc.items()):
        if i < start or a or (want and el.tag != want):
            continue
        if attr is not None and (attr not in el.attrib
                                 or (wanted is not None and el.attrib[attr] != wanted)):
            continue
        doc.found_at = i
        doc.place((el, ""))
        return True
    doc.found_at, doc.pos = -1, -1
    return False


@family.function("XMLCancelSearch", "XMLAnnuleRecherche")
def xml_cancel_search(rt: Runtime, name: object) -> None:
    doc = _doc(rt, name, "XMLCancelSearch")
    doc.criteria, doc.found_at = None, -1


@family.function("XMLSavePosition", "XMLSauvePosition")
def xml_save_position(rt: Runtime, name: object) -> int:
    doc = _doc(rt, name, "XMLSavePosition")
    doc.saved.append((doc.parent, doc.pos))
    return len(doc.saved)


@family.function("XMLRestorePosition", "XMLRetourPosition")
def xml_restore_position(rt: Runtime, name: object, position: object) -> None:
    doc = _doc(rt, name, "XMLRestorePosition")
    n = V.to_int(position)
    if not 1 <= n <= len(doc.saved):
        raise WLRuntimeError(f"XMLRestorePosition: {n} is no position XMLSavePosition gave.")
    doc.parent, doc.pos = doc.saved[n - 1]


@family.function("XMLRead", "XMLLit")
def xml_read(rt: Runtime, name: object, path: object) -> str:
    """The text of the element (or the value of the attribute, `@name`) an XPath-like
    path designates: `/Root/Item[2]/Name`, `/Root/Item/@id`; "" when nothing matches."""
    doc = _doc(rt, name, "XMLRead")
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
    doc = _doc(rt, name, fname)
    item = doc.current()
    if item is None:
        raise WLRuntimeError(f"{fname}: the XML document '{V.to_str(name)}' is positioned "
                             f"on no element.")
    return doc, item


@family.function("XMLAddChild", "XMLAjouteFils")
def xml_add_child(rt: Runtime, name: object, tag: object, value: object = "",
                  options: object = None) -> None:
    """A child element `<tag>value</tag>` at the end of the current element."""
    _, (el, attr) = _current_element(rt, name, "XMLAddChild")
    if attr:
        raise WLRuntimeError("XMLAddChild: the current item is an attribute.")
    ET.SubElement(el, V.to_str(tag)).text = V.to_str(value)


@family.function("XMLAddAttribute", "XMLAjouteAttribut")
def xml_add_attribute(rt: Runtime, name: object, attribute: object, value: object) -> None:
    _, (el, _) = _current_element(rt, name, "XMLAddAttribute")
    el.attrib[V.to_str(attribute)] = V.to_str(value)


@family.function("XMLModify", "XMLModifie")
def xml_modify(rt: Runtime, name: object, value: object) -> None:
    """The current element's text (its own, before any child) or attribute's value."""
    _, (el, attr) = _current_element(rt, name, "XMLModify")
    if attr:
        el.attrib[attr] = V.to_str(value)
    else:
        el.text = V.to_str(value)


@family.function("XMLDelete", "XMLSupprime")
def xml_delete(rt: Runtime, name: object) -> None:
    """Removes the current element (with what it holds) or attribute; the position
    is then out."""
    doc, (el, attr) = _current_element(rt, name, "XMLDelete")
    if attr:
        del el.attrib[attr]
    elif el is doc.root:
        raise WLRuntimeError("XMLDelete: the root element cannot be deleted.")
    else:
        parent = doc.parent_of(el)
        if parent is not None:
            parent.remove(el)
    doc.pos = -1
