"""A named XML document of PC SOFT's older XML functions and its position: the model that
XMLDocument's functions move through and search (xml_handles.py), edit (xml_edit.py,
xml_structure.py) and query with XPath (xml_xpath.py). The position is an element or one
of its attributes; how it moves is xml_handles.py's docstring.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .strings import text_arg
from .xml_doc_index import DocIndex, Item, attributes
from .xml_documents import XMLDocument, XMLNode

__all__ = ["Search", "HandleDoc", "Item", "attributes", "documents", "named_doc",
           "handle_document"]


@dataclass
class Search:
    """An XMLFind in progress: XMLNext goes on with it until another move."""

    start: ET.Element
    value: str | None
    scope: int  # XMLTag/XMLAttribute/XMLValue and XMLSubElement/XMLCurrentLevel/XMLContinue
    option: int  # XMLExact, XMLStartWith, XMLContains, + XMLIgnoreCase


@dataclass
class HandleDoc:
    """A named document, its position (an element, or one of its attributes) and
    whether the last move or search failed (XMLOut)."""

    root: ET.Element
    header: str = ""  # the source's `<?xml ...?>`, written back by XMLBuildString
    element: ET.Element | None = None
    attr: str = ""
    out: bool = False
    search: Search | None = None
    saved: list[tuple[ET.Element | None, str, Search | None] | None] = \
        field(default_factory=list)  # XMLSavePosition's; None once restored
    xpath: Any = None  # the last XMLExecuteXPath's result (xml_xpath.XPathResult)
    kept: DocIndex | None = field(default=None, repr=False, compare=False)

    def index(self) -> DocIndex:
        """Where things are in the tree (xml_doc_index.py), made again after a change."""
        if self.kept is None or self.kept.root is not self.root:
            self.kept = DocIndex(self.root)
        return self.kept

    def changed(self) -> None:
        """An element or attribute was added, removed, moved or renamed: the index goes."""
        self.kept = None

    def parent_of(self, el: ET.Element) -> ET.Element | None:
        return self.index().parents().get(id(el))

    def level_owner(self) -> ET.Element | None:
        """The element whose items (attributes, then child elements) hold the position."""
        if self.element is None:
            return None
        return self.element if self.attr else self.parent_of(self.element)

    def go(self, item: Item | None) -> bool:
        """Moves to `item`; None: the move failed, the position stays, XMLOut is True."""
        if item is None:
            self.out = True
            return False
        self.element, self.attr = item
        self.out = False
        return True

    def next_xpath_hit(self) -> bool:
        """XMLNext after XMLExecuteXPath: the next node found (False at the end: XMLOut)."""
        result = self.xpath
        assert result is not None
        if result.at + 1 >= len(result.hits):
            self.out = True
            return False
        result.at += 1
        el, attr, _ = result.hits[result.at]
        return self.go((el, attr))


def documents(rt: Runtime) -> dict[str, HandleDoc]:
    """The run's named documents, by folded name."""
    return rt.table("xml_documents")


def named_doc(rt: Runtime, name: object, fname: str) -> HandleDoc:
    if isinstance(name, (XMLDocument, XMLNode)):  # its text is no name: said as such
        raise WLRuntimeError(f"{fname} works on a document XMLDocument created, given by "
                             f"its name; an {name.wl_type_name} variable is read through "
                             f"its elements and attributes (doc.Element, node:Attribute).")
    label = text_arg(name, fname)  # a document's name: a text (an array is refused)
    doc = documents(rt).get(fold(label))
    if doc is None:
        raise WLRuntimeError(f"{fname}: there is no XML document named '{label}' "
                             f"(XMLDocument creates it).")
    return doc


def handle_document(rt: Runtime, name: object, fname: str) -> HandleDoc:
    """A named document (XMLBuildString, XMLSave)."""
    return named_doc(rt, name, fname)
