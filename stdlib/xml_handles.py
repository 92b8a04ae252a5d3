"""XML documents by name, PC SOFT's older XML functions: XMLDocument creates a named
document, the others take that name and work at a current position. How the position
moves follows PC SOFT's own runtime for these functions (its WEBDEV browser library),
whose constants' values are used too.

The position is an element or one of its attributes. Under an element come its
attributes, then its child elements: XMLChild goes to the first of them, XMLParent back
to the element, XMLFirst/XMLLast/XMLNext/XMLPrevious move among them, XMLRoot goes to the
root. A move that fails leaves the position where it was and makes XMLOut True (XMLFound
False); XMLChild on an element with nothing under it just returns False.

XMLFind(doc, value [, what [, how]]) searches from the position, in document order, for
an item whose name (XMLTag, XMLAttribute; default XMLElement = both) or text (XMLValue)
matches `value` (Null: any) exactly (XMLExact), at its start (XMLStartWith), anywhere
(XMLContains), optionally ignoring case (+ XMLIgnoreCase); it looks inside the starting
element (XMLSubElement) and in the elements after it on its level (XMLCurrentLevel), or
in everything after it (XMLContinue); by default XMLSubElement + XMLContinue, as WINDEV
Mobile's runtime does (the browser library takes XMLCurrentLevel there: docs/semantics.md).
XMLNext then finds the next match, until another move ends the search.

Errors: invalid XML in XMLDocument is non-fatal (False, ErrorOccurred); a name no
XMLDocument created is fatal. The document model and parser: xml_documents.py; XMLRead,
the edits and saved positions: xml_edit.py; the document and its position:
xml_named_docs.py.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .strings import text_arg
from .xml_doc_index import items_under
from .xml_documents import read_source
from .xml_parse import xml_sub_errors
from .xml_named_docs import HandleDoc, Item, Search, attributes, documents, named_doc

family = Family("XML")

# The values of PC SOFT's own constants (its WEBDEV browser runtime for these functions).
XML_TAG = family.constant("XMLTag", "XMLBalise", 1)
XML_ATTRIBUTE = family.constant("XMLAttribute", "XMLAttribut", 2)
XML_ELEMENT = family.constant("XMLElement", "XMLElément", 3)
XML_VALUE = family.constant("XMLValue", "XMLValeur", 4)
XML_SUB_ELEMENT = family.constant("XMLSubElement", "XMLSousElément", 16)
XML_CURRENT_LEVEL = family.constant("XMLCurrentLevel", "XMLNiveauCourant", 32)
XML_CONTINUE = family.constant("XMLContinue", "XMLContinue", 64)
XML_EXACT = family.constant("XMLExact", "XMLExact", 1)
XML_START_WITH = family.constant("XMLStartWith", "XMLCommencePar", 2)
XML_CONTAINS = family.constant("XMLContains", "XMLContient", 4)
XML_IGNORE_CASE = family.constant("XMLIgnoreCase", "XMLIgnoreLaCasse", 16)


@family.function("XMLDocument", "XMLDocument", can_fail=True)
def xml_document(rt: Runtime, name: TextArg, source: object = "", options: object = None
                 ) -> bool:
    """Creates the document `name` from XML text (or a file path; no source: an empty
    document that XMLAddChild fills); the position is on the root. Invalid XML: False
    and ErrorOccurred."""
    label = text_arg(name, "XMLDocument")  # (refused before the source is read)
    text = V.to_str(source)
    root: ET.Element | None = None
    header = ""  # the source's own declaration, a file's too (it was a text's only)
    if text:
        try:
            root, header = read_source(text, None, "XMLDocument")  # (text: an xmlDocument
            # given is written once, not twice)
        except ValueError as exc:
            raise BuiltinFailure(f"XMLDocument: {exc}.", subs=xml_sub_errors(exc)) from None
    doc = HandleDoc(root if root is not None else ET.Element(""), header)
    doc.element = root
    documents(rt)[fold(label)] = doc
    return True


@family.function("XMLClose", "XMLTermine")
def xml_close(rt: Runtime, name: TextArg) -> bool:
    return documents(rt).pop(fold(text_arg(name, "XMLClose")), None) is not None


def end_search(doc: HandleDoc) -> None:
    """A move other than XMLNext/XMLPrevious ends the search in progress."""
    doc.search, doc.out, doc.xpath = None, False, None


@family.function("XMLFirst", "XMLPremier")
def xml_first(rt: Runtime, name: TextArg) -> bool:
    """The first item of the current level (the root stays where it is)."""
    doc = named_doc(rt, name, "XMLFirst")
    items = items_under(doc.level_owner())
    end_search(doc)
    if items:
        doc.go(items[0])
    return True


@family.function("XMLLast", "XMLDernier")
def xml_last(rt: Runtime, name: TextArg) -> bool:
    doc = named_doc(rt, name, "XMLLast")
    items = items_under(doc.level_owner())
    end_search(doc)
    if items:
        doc.go(items[-1])
    return True


def _sibling(doc: HandleDoc, step: int) -> Item | None:
    """The item after (step 1) or before (-1) the position in its level."""
    if doc.element is None:
        return None
    items, ranks = doc.index().level(doc.level_owner())  # (kept: a loop of XMLNext)
    at = ranks.get((id(doc.element), doc.attr))
    if at is None or not 0 <= at + step < len(items):
        return None
    return items[at + step]


@family.function("XMLNext", "XMLSuivant")
def xml_next(rt: Runtime, name: TextArg) -> bool:
    """The next item of the level; during a search, the next item that matches it.
    At the end: False, the position stays and XMLOut is True."""
    doc = named_doc(rt, name, "XMLNext")
    if doc.xpath is not None and doc.xpath.hits:  # the nodes XMLExecuteXPath found
        return doc.next_xpath_hit()
    if doc.search is not None:
        return doc.go(_next_match(doc, doc.search))
    return doc.go(_sibling(doc, 1))


@family.function("XMLPrevious", "XMLPrécédent")
def xml_previous(rt: Runtime, name: TextArg) -> bool:
    doc = named_doc(rt, name, "XMLPrevious")
    if doc.search is not None:
        return doc.go(_next_match(doc, doc.search, backwards=True))
    return doc.go(_sibling(doc, -1))


@family.function("XMLChild", "XMLFils")
def xml_child(rt: Runtime, name: TextArg) -> bool:
    """Down to the first attribute of the current element, else its first child element;
    False (the position stays) when it has neither or the position is an attribute."""
    doc = named_doc(rt, name, "XMLChild")
    end_search(doc)
    items = items_under(doc.element) if doc.element is not None and not doc.attr else []
    return doc.go(items[0]) if items else False


@family.function("XMLParent", "XMLParent")
def xml_parent(rt: Runtime, name: TextArg) -> bool:
    """Up to the element that holds the position (False at the root)."""
    doc = named_doc(rt, name, "XMLParent")
    end_search(doc)
    owner = doc.level_owner()
    return doc.go((owner, "")) if owner is not None else False


@family.function("XMLRoot", "XMLRacine")
def xml_root(rt: Runtime, name: TextArg) -> bool:
    doc = named_doc(rt, name, "XMLRoot")
    end_search(doc)
    return doc.go((doc.root, ""))


@family.function("XMLOut", "XMLEnDehors")
def xml_out(rt: Runtime, name: TextArg) -> bool:
    return named_doc(rt, name, "XMLOut").out


@family.function("XMLFound", "XMLTrouve")
def xml_found(rt: Runtime, name: TextArg) -> bool:
    return not named_doc(rt, name, "XMLFound").out


@family.function("XMLElementName", "XMLNomElement")
def xml_element_name(rt: Runtime, name: TextArg) -> str:
    doc = named_doc(rt, name, "XMLElementName")
    return "" if doc.element is None else doc.attr or doc.element.tag


@family.function("XMLParentName", "XMLNomParent")
def xml_parent_name(rt: Runtime, name: TextArg) -> str:
    owner = named_doc(rt, name, "XMLParentName").level_owner()
    return owner.tag if owner is not None else ""


@family.function("XMLData", "XMLDonnée")
def xml_data(rt: Runtime, name: TextArg, attribute: object = None) -> str:
    """The current element's own text (the text before its first child), or the
    current attribute's value; with an attribute name, that attribute's value."""
    doc = named_doc(rt, name, "XMLData")
    el = doc.element
    if el is None:
        return ""
    if attribute is not None and not doc.attr:
        return el.attrib.get(V.to_str(attribute), "")
    return el.attrib[doc.attr] if doc.attr else (el.text or "")


@family.function("XMLElementType", "XMLTypeElément")
def xml_element_type(rt: Runtime, name: TextArg) -> int:
    return XML_ATTRIBUTE if named_doc(rt, name, "XMLElementType").attr else XML_TAG


@family.function("XMLChildExist", "XMLFilsExiste")
def xml_child_exist(rt: Runtime, name: TextArg, kind: object = None) -> bool:
    """Has the current element child elements (XMLTag) or attributes (XMLAttribute)?
    By default either (XMLElement, the default of PC SOFT's runtime)."""
    doc = named_doc(rt, name, "XMLChildExist")
    if doc.element is None or doc.attr:
        return False
    n = V.to_int(kind) if kind is not None else XML_ELEMENT
    return bool(n & XML_TAG and len(doc.element)) or bool(n & XML_ATTRIBUTE
                                                         and attributes(doc.element))


def _matches(text: str, wanted: str | None, option: int) -> bool:
    if wanted is None:
        return True
    if option & XML_IGNORE_CASE:
        text, wanted = text.upper(), wanted.upper()
    if option & XML_CONTAINS:
        return wanted in text
    if option & XML_START_WITH:
        return text.startswith(wanted)
    return text == wanted


def _in_scope(parents: dict[int, ET.Element], search: Search, item: Item,
              following: set[int]) -> bool:
    """Within the search: inside its start element (XMLSubElement), an element after it
    on its level, or inside one with XMLSubElement (XMLCurrentLevel), anything after it
    (XMLContinue); attributes only when the search looks at them (XMLAttribute).
    `following`: the ids of the elements after the start on its level (_following)."""
    el, attr = item
    if attr and not search.scope & XML_ATTRIBUTE:
        return False
    if search.scope & XML_CONTINUE:
        return True
    chain = [el]  # el and its ancestors
    while id(chain[-1]) in parents:
        chain.append(parents[id(chain[-1])])
    inside = chain if attr else chain[1:]  # the elements `item` is inside of
    sub = bool(search.scope & XML_SUB_ELEMENT)
    if sub and any(e is search.start for e in inside):
        return True
    if not following:
        return False
    if not attr and id(el) in following:
        return True
    return sub and any(id(e) in following for e in inside)


def _following(parents: dict[int, ET.Element], search: Search) -> set[int]:
    """With XMLCurrentLevel, the ids of the elements after the search's start on its
    level (found once a search step, not once an item); else none."""
    parent = parents.get(id(search.start))
    if not search.scope & XML_CURRENT_LEVEL or parent is None:
        return set()
    level = list(parent)
    at = next(i for i, c in enumerate(level) if c is search.start)
    return {id(c) for c in level[at + 1:]}


def _is_match(search: Search, item: Item) -> bool:
    el, attr = item
    if attr:
        return (bool(search.scope & XML_ATTRIBUTE) and _matches(attr, search.value, search.option)) \
            or (bool(search.scope & XML_VALUE)
                and _matches(el.attrib[attr], search.value, search.option))
    return (bool(search.scope & XML_TAG) and _matches(el.tag, search.value, search.option)) \
        or (bool(search.scope & XML_VALUE) and _matches(el.text or "", search.value,
                                                        search.option))


def _next_match(doc: HandleDoc, search: Search, backwards: bool = False) -> Item | None:
    """The first matching item after (or before) the position, in document order."""
    index = doc.index()  # (kept: a loop of XMLNext)
    order, parents = index.order(), index.parents()
    at = index.rank((doc.element, doc.attr)) if doc.element is not None else None
    at = at or 0
    following = _following(parents, search)
    steps = range(at - 1, -1, -1) if backwards else range(at + 1, len(order))
    for i in steps:
        item = order[i]
        if _in_scope(parents, search, item, following) and _is_match(search, item):
            return item
    return None


@family.function("XMLFind", "XMLRecherche")
def xml_find(rt: Runtime, name: TextArg, value: object, scope: object = None,
             option: object = None) -> bool:
    """Searches from the position for an item whose name (or value) is `value` (Null:
    any): what is searched (XMLTag, XMLAttribute, XMLValue; default XMLElement, tags and
    attributes), where (XMLSubElement, XMLCurrentLevel, XMLContinue; default
    XMLSubElement + XMLContinue, everything after the position) and how (XMLExact by
    default, XMLStartWith, XMLContains, + XMLIgnoreCase).
    Found: the position goes there and XMLNext finds the next one; else XMLOut."""
    doc = named_doc(rt, name, "XMLFind")
    if doc.element is None:
        return doc.go(None)
    n = V.to_int(scope) if scope is not None else 0
    if not n & (XML_ELEMENT | XML_VALUE):
        n |= XML_ELEMENT
    if not n & (XML_CURRENT_LEVEL | XML_SUB_ELEMENT | XML_CONTINUE):
        n |= XML_SUB_ELEMENT | XML_CONTINUE  # the runtime's default, docs/semantics.md
    doc.xpath = None
    doc.search = Search(doc.element, V.to_str(value) if value is not None else None, n,
                        V.to_int(option) if option is not None else XML_EXACT)
    return doc.go(_next_match(doc, doc.search))


@family.function("XMLCancelSearch", "XMLAnnuleRecherche")
def xml_cancel_search(rt: Runtime, name: TextArg) -> None:
    end_search(named_doc(rt, name, "XMLCancelSearch"))
