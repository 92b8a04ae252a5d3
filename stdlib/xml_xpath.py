"""XPath queries on named documents: XMLExecuteXPath/XMLExécuteXPath and
XMLResult/XMLRésultat.

PC SOFT's help pages for these functions could not be read; the behaviour below is
*decided* (docs/builtins.md, "XPath"). XMLExecuteXPath(doc, query) evaluates the query
from the document's position (an absolute query from the root); a query that finds
nodes moves the position to the first one (an element, or an attribute for `@name`) and
XMLNext then goes through the others; XMLResult gives the text of the current result,
or the value of a query that computes one (`count(...)`). Nothing found: False, the
position stays and XMLOut is True.

wlinterp evaluates a subset of XPath 1.0, the one business code uses to pick values:
location paths (`/a/b`, `//b`, `a/b` from the position, `.`, `..`, `*`, `@name`, `@*`,
`text()`), predicates (xml_xpath_predicates.py: positions, comparisons `= != < <= > >=`,
`and`, `or`, parentheses and XPath 1.0's string and number functions, on `@a`, `name`,
`a/b`, `text()`, `.`), and `count(path)`. Names are compared exactly, prefixes as
written (`soap:Body`). Anything else (axes `name::`, `|`, other functions) is a
WLanguage error naming what is not supported, rather than a wrong answer.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .xml_documents import XMLDocument, XMLNode
from .xml_named_docs import HandleDoc, attributes, named_doc
from .xml_xpath_predicates import FUNCTIONS, Nodes, boolean, predicate_function, string
from wlinterp.runtime.types import VARIANT, WLArray
from wlinterp.syntax.names import fold

family = Family("XML")

SUBSET = ("paths with /, //, ., .., *, names, @name, @*, text(), joined by |; "
          "predicates with positions, comparisons, and/or and XPath 1.0's string and "
          "number functions, which a query may also start with: count(path), sum(path)")

_TOKEN = re.compile(r"""\s*(?:(?P<str>'[^']*'|"[^"]*")|(?P<num>\d+(?:\.\d+)?)
    |(?P<op>//|::|!=|<=|>=|\.\.|[/.@*\[\]()=<>|,+\-])|(?P<name>[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?))""",
                    re.X)

Hit = tuple[ET.Element, str, bool]  # (element, attribute name or "", the text() of it)
_DOC = "\0document"  # a Hit's "attribute" for the document node above the root


@dataclass
class XPathResult:
    """What the last XMLExecuteXPath found: nodes (XMLNext goes through them) or a value."""

    hits: list[Hit]
    value: str | None = None
    at: int = 0


_DEEPEST = 32  # parentheses, brackets or minus signs inside one another
_MOST_OPERATORS = 256  # binary operators in one query: each nests its left operand once
_BINARY = frozenset(("or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div",
                     "mod"))


def _tokens(query: str) -> list[str]:
    """The query's tokens; one nested deeper than _DEEPEST, or with more than
    _MOST_OPERATORS binary operators (`1+1+...`, `a and b and ...`: each is read as one
    more operation around the ones before it), is refused in words (it went down
    Python's stack: "Stack overflow: the value is nested too deeply"). A name spelt as
    an operator (`//div`, `*`) counts too: a query needs far fewer."""
    out = _cut(query)
    depth = deepest = minus = 0
    for tok in out:
        depth += (tok in ("(", "[")) - (tok in (")", "]"))
        minus = minus + 1 if tok == "-" else 0
        deepest = max(deepest, depth, minus)
    if deepest > _DEEPEST:
        raise WLRuntimeError(f"XMLExecuteXPath: the query nests more than {_DEEPEST} "
                             f"parentheses, brackets or signs inside one another.")
    if sum(tok in _BINARY for tok in out) > _MOST_OPERATORS:
        raise WLRuntimeError(f"XMLExecuteXPath: the query joins values with more than "
                             f"{_MOST_OPERATORS} operators (and, or, =, +...).")
    return out


def _cut(query: str) -> list[str]:
    out, i = [], 0
    text = query.strip()
    while i < len(text):
        m = _TOKEN.match(text, i)
        if m is None or m.end() == i:
            raise _unsupported(query, text[i:].strip()[:20] or text[i:])
        out.append(m.group(m.lastgroup or 0).strip())
        i = m.end()
        while i < len(text) and text[i].isspace():
            i += 1
    return out


def _unsupported(query: str, what: str) -> WLRuntimeError:
    return WLRuntimeError(f"XMLExecuteXPath: '{what}' in the query {query!r} is not in the "
                          f"XPath subset wlinterp evaluates ({SUBSET}).")


class _Query:
    """A recursive-descent reading of one query, evaluated as it is read."""

    def __init__(self, query: str, doc: HandleDoc) -> None:
        self.query, self.toks, self.pos = query, _tokens(query), 0
        self.root = doc.root
        self.parents = {id(c): p for p in doc.root.iter() for c in p}
        self.here: list[Hit] = [(doc.element if doc.element is not None else doc.root,
                                 doc.attr, False)]

    def peek(self) -> str:
        return self.toks[self.pos] if self.pos < len(self.toks) else ""

    def take(self, expected: str | None = None) -> str:
        tok = self.peek()
        if expected is not None and tok != expected:
            raise self.fail(tok or "end of the query")
        self.pos += 1
        return tok

    def fail(self, tok: str) -> WLRuntimeError:
        """An XPath 1.0 token met where this reader does not take it, or a query that is
        not XPath. The tokens listed are valid XPath: an axis (`::`) anywhere, the others
        where they are met here, outside the places the subset takes them (`|` joins whole
        paths but not inside a predicate, `//b < 3`, `//b and //c`, `//b div 2`: the
        comparisons, and/or, div/mod and `,` are read inside a predicate or a function's
        arguments only): "not in the subset" rather than "not valid XPath"."""
        if tok in ("::", "|", "<", "<=", ">", ">=", ",", "and", "or", "div", "mod"):
            return _unsupported(self.query, tok)
        return WLRuntimeError(f"XMLExecuteXPath: the query {self.query!r} is not valid XPath "
                              f"(unexpected {tok or 'end of the query'!r}).")

    def name(self, tok: str) -> str:
        """A name test; a function call (`name(`) other than text() is unsupported."""
        if self.peek() == "(":
            raise _unsupported(self.query, f"{tok}()")
        if tok != "*" and not re.fullmatch(r"[A-Za-z_][\w.\-:]*", tok):
            raise self.fail(tok)
        return tok

    def run(self) -> XPathResult:
        """A value (`count(//Book)`, `sum(//Line/Amount)`, `concat(...)`, `2 * 3`: a
        function, a number, a literal or a parenthesis first), or the nodes of one path or
        of several joined by `|`, in document order."""
        first = self.peek()
        if first in FUNCTIONS and self.toks[self.pos + 1:self.pos + 2] == ["("] \
                or first[:1] in ("'", '"', "(", "-") or first[:1].isdigit():
            here = self.here[0][0]
            result = XPathResult([], string(predicate_function(self)((here, 1, 1))))
        else:
            hits = self.path()
            if self.peek() == "|":
                while self.peek() == "|":
                    self.take()
                    hits += self.path()
                hits = _in_document_order(self.root, _unique(hits))
            result = XPathResult(hits)
        if self.pos < len(self.toks):
            raise self.fail(self.peek())
        return result

    def absolute_values(self) -> list[str]:
        """The string-values of the nodes of the absolute path at the reader (`/a/b`,
        `//b`), for a function's argument or a predicate's operand."""
        hits = [hit for hit in self.path() if hit[1] != _DOC]
        return Nodes([hit_text(hit) for hit in hits], [attr or el.tag for el, attr, _ in hits])

    def path(self) -> list[Hit]:
        nodes = self.here
        if self.peek() in ("/", "//"):
            nodes = [(self.root, _DOC, False)]  # the document node, above the root
        else:
            nodes = self.step(nodes, "/")
        while self.peek() in ("/", "//"):
            sep = self.take()
            nodes = self.step(nodes, sep)
        return nodes

    def step(self, nodes: list[Hit], sep: str) -> list[Hit]:
        """One location step applied to every node (after `//`, to the nodes and all the
        elements under them)."""
        tok = self.take()
        if sep == "//":
            nodes = _unique([h for el, attr, _ in nodes if not attr or attr == _DOC
                             for h in ([(el, _DOC, False)] if attr == _DOC else [])
                             + [(d, "", False) for d in el.iter()]])
        if tok == ".":
            return nodes
        if tok == "..":
            return _unique([(p, "", False) for el, attr, _ in nodes if attr != _DOC
                            for p in ([el] if attr else [self.parents.get(id(el))])
                            if p is not None])
        if tok == "@":
            name = self.name(self.take())
            return [(el, a, False) for el, attr, _ in nodes if not attr
                    for a in attributes(el) if name == "*" or a == name]
        if tok == "text" and self.peek() == "(":
            self.take("("), self.take(")")
            return [(el, "", True) for el, attr, _ in nodes if not attr and (el.text or "")]
        name = self.name(tok)
        found = [(c, "", False) for el, attr, _ in nodes
                 for c in ([el] if attr == _DOC else [] if attr else list(el))
                 if name == "*" or c.tag == name]
        while self.peek() == "[":
            self.take("[")
            found = self.predicate(found)
            self.take("]")
        return found

    def predicate(self, nodes: list[Hit]) -> list[Hit]:
        """Keep the nodes the expression in `[...]` holds for, each tested with its
        position among the nodes of its parent in this step and their number, as XPath
        counts within one step: a number keeps the node at that position (`[2]`,
        `[last()]`), any other value by its boolean (xml_xpath_predicates.py)."""
        test = predicate_function(self)
        groups: dict[int, list[Hit]] = {}
        for hit in nodes:
            groups.setdefault(id(self.parents.get(id(hit[0]))), []).append(hit)
        keep = []
        for group in groups.values():
            for position, hit in enumerate(group, 1):
                value = test((hit[0], position, len(group)))
                if value == position if isinstance(value, float) else boolean(value):
                    keep.append(hit)
        return keep


def _unique(hits: list[Hit]) -> list[Hit]:
    seen: set[tuple[int, str]] = set()
    out = []
    for el, attr, text in hits:
        if (id(el), attr) not in seen:
            seen.add((id(el), attr))
            out.append((el, attr, text))
    return out


def _in_document_order(root: ET.Element, hits: list[Hit]) -> list[Hit]:
    """The nodes of a union (`a | b`) as they come in the document, an element before
    its attributes."""
    order = {id(el): i for i, el in enumerate(root.iter())}
    return sorted(hits, key=lambda h: (-1 if h[1] == _DOC else order.get(id(h[0]), 0),
                                       h[1] != "", h[1]))


def hit_text(hit: Hit) -> str:
    """A node's string-value: an attribute's value, a text() node's own text (before the
    element's first child: `3` in `<a>3<b>4</b></a>`, as the xmlDocument form gave;
    XMLResult gave "34"), an element's whole text."""
    el, attr, text = hit
    if attr:
        return el.attrib.get(attr, "")
    if text:
        return el.text or ""
    return "".join(el.itertext())


@family.function("XMLExecuteXPath", "XMLExécuteXPath")
def xml_execute_xpath(rt: Runtime, name: TextArg, query: object) -> object:
    """Runs an XPath query on the named document: True when it found something (the
    position moves to the first node found; XMLNext goes to the next ones). On an
    xmlDocument or xmlNode variable: the array of the nodes found (nodes_found)."""
    if isinstance(name, (XMLDocument, XMLNode)):
        return nodes_found(name, V.to_str(query))
    doc = named_doc(rt, name, "XMLExecuteXPath")
    result = _Query(V.to_str(query), doc).run()
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
    return hit_text(result.hits[result.at]) if result.hits else ""


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
    result = _Query(query, HandleDoc(root, element=start)).run()
    if result.value is not None:
        return WLArray(VARIANT, [result.value])
    doc = owner if isinstance(owner, XMLDocument) else XMLDocument(root)
    parents = {id(c): p for p in root.iter() for c in p}
    return WLArray(VARIANT, [_node_at(doc, el, parents) if not attr and not text
                             else hit_text((el, attr, text)) if attr else el.text or ""
                             for el, attr, text in result.hits if attr != _DOC])


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
