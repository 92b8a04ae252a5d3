"""XPath queries on named documents: XMLExecuteXPath/XMLExécuteXPath and
XMLResult/XMLRésultat.

PC SOFT's help pages for these functions could not be read; the behaviour below is
*decided* (docs/builtins.md, "XPath"). XMLExecuteXPath(doc, query) evaluates the query
from the document's position (an absolute query from the root); a query that finds
nodes moves the position to the first one (an element, an attribute for `@name`, the
element holding a text node found by `text()`, a comment or a processing instruction)
and XMLNext then goes through the others; XMLResult gives the text of the current
result (a comment's text, an instruction's data), or the value of a query that computes
one (`count(...)`, `//b < 3`). Nothing found: False, the position stays and XMLOut is
True.

The query is XPath 1.0 (xpath_tokens.py, xpath_parse.py, xpath_eval.py over the nodes of
xpath_tree.py, with the values and functions of xml_xpath_predicates.py): its axes but
namespace::, node tests, predicates, filters, unions, operators and 27 functions. Names
are compared as written, prefix included (`soap:Body`; no namespace is bound to a
query). A variable (`$x`), the namespace axis or a function that is not XPath 1.0's is a
WLanguage error naming it, and so is a query that is not XPath.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import VARIANT, WLArray
from wlinterp.syntax.names import fold

from .xml_documents import XMLDocument, XMLNode
from .xml_named_docs import HandleDoc, named_doc
from .xml_xpath_predicates import FUNCTIONS, NodeSet, string
from .xpath_eval import Context, evaluate
from .xpath_parse import parse
from .xpath_tree import DOC, Node, Tree

family = Family("XML")

Hit = Node  # (element, attribute name or "", text part or 0): xpath_tree.Node
_NAMES = frozenset(FUNCTIONS)


@dataclass
class XPathResult:
    """What the last XMLExecuteXPath found: nodes (XMLNext goes through them) or a value."""

    hits: list[Hit]
    value: str | None = None
    at: int = 0
    tree: Tree | None = None  # the hits' document: a comment's text (hit_text)


def run_query(query: str, doc: HandleDoc) -> XPathResult:
    """The query evaluated from the document's position: its nodes (the document node
    stands as the root element: a position is an element or an attribute), or its value
    written as XPath writes it."""
    tree = Tree(doc.root, doc.index().parents())
    here = Node(doc.element, doc.attr) if doc.element is not None else Node(doc.root)
    value = evaluate(parse(query, _NAMES), Context(here, 1, 1, tree))
    if not isinstance(value, NodeSet):
        return XPathResult([], string(value))
    return XPathResult([Node(doc.root) if n.attr == DOC else n for n in value], tree=tree)


def hit_text(hit: Hit, tree: Tree | None) -> str:
    """A node's string-value: an attribute's value, a text node's own text (each run of
    text between two tags is one), a comment's text or an instruction's data (from the
    query's `tree`), an element's whole text."""
    el, attr, part = hit
    if attr:
        return el.attrib.get(attr, "")
    if part < 0:
        return tree.value(hit) if tree is not None else ""
    if part:
        return (el.text if part == 1 else el[part - 2].tail) or ""
    return "".join(el.itertext())


@family.function("XMLExecuteXPath", "XMLExécuteXPath")
def xml_execute_xpath(rt: Runtime, name: TextArg, query: object) -> object:
    """Runs an XPath query on the named document: True when it found something (the
    position moves to the first node found; XMLNext goes to the next ones). On an
    xmlDocument or xmlNode variable: the array of the nodes found (nodes_found)."""
    if isinstance(name, (XMLDocument, XMLNode)):
        return nodes_found(name, V.to_str(query))
    doc = named_doc(rt, name, "XMLExecuteXPath")
    result = run_query(V.to_str(query), doc)
    doc.xpath = result  # kept by the moves that follow until another kind of move
    if result.value is not None:
        doc.out = False
        return True
    if not result.hits:
        doc.out = True
        return False
    el, attr, _ = result.hits[0]
    doc.search = None  # XMLNext now goes through the nodes found
    return doc.go((el, attr))


@family.function("XMLResult", "XMLRésultat")
def xml_result(rt: Runtime, name: TextArg) -> str:
    """The result of the last XMLExecuteXPath: a computed value (`count(...)`), else the
    text of the current node found (an element's text, an attribute's value); "" when
    the query found nothing."""
    doc = named_doc(rt, name, "XMLResult")
    result = doc.xpath
    if result is None:
        return ""
    if result.value is not None:
        return result.value
    return hit_text(result.hits[result.at], result.tree) if result.hits else ""


def nodes_found(var: XMLDocument | XMLNode, query: str) -> WLArray:
    """`t = XMLExecuteXPath(doc, "/a/b")` on a variable, as real code loops it: an array
    of xmlNode, one per element found, in document order (an attribute or text() found
    gives its text; count(...) one element, its value); empty when nothing is found
    (*decided*, INFERRED: docs/builtins.md "XPath")."""
    owner = var
    while isinstance(owner, XMLNode) and owner.owner is not None:
        owner = owner.owner
    start = var.element if isinstance(var, XMLNode) else None
    root = owner.root if isinstance(owner, XMLDocument) else start
    if root is None:
        return WLArray(VARIANT, [])
    result = run_query(query, HandleDoc(root, element=start))
    if result.value is not None:
        return WLArray(VARIANT, [result.value])
    doc = owner if isinstance(owner, XMLDocument) else XMLDocument(root)
    parents = {id(c): p for p in root.iter() for c in p}
    return WLArray(VARIANT, [_node_at(doc, hit.el, parents) if Tree.is_element(hit)
                             else hit_text(hit, result.tree) for hit in result.hits])


def _node_at(doc: XMLDocument, el: ET.Element, parents: dict[int, ET.Element]) -> XMLNode:
    """An xmlNode for `el`, reached from the root down (its namespace scope: scope_of)."""
    chain = [el]
    while id(chain[-1]) in parents:
        chain.append(parents[id(chain[-1])])
    node: XMLDocument | XMLNode = doc
    for e in reversed(chain):
        node = XMLNode(node, fold(e.tag), [e])
    assert isinstance(node, XMLNode)
    return node
