"""XPath 1.0's data model over a document's ElementTree (XMLExecuteXPath; evaluated by
xpath_eval.py): the document node above the root, elements, their attributes (namespace
declarations are not attributes, as for the other XML functions) and their text nodes,
each run of text between two tags being one node (`<a>x<b/>y</a>` holds two: "x" is
a's text, "y" b's tail in ElementTree). A parsed document's comments and processing
instructions, kept beside its elements (xml_markup.py), are nodes too (xpath_notes.py):
each stands among its parent's children where it was read, after the run of text it
ends or interrupts (`<a>x<!--c-->y</a>` is the text "xy", then the comment: the other
XML functions read that text whole). The axes give their nodes in the axis's order (the
reverse axes nearest first), and `order` sorts nodes in document order.
"""
from __future__ import annotations

__all__ = ["DOC", "MOST_NODES", "PASSES", "Node", "Tree"]

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import NamedTuple

from wlinterp.errors import WLRuntimeError

from .xml_doc_index import attributes
from .xml_markup import any_kept
from .xpath_notes import Notes, note_name, note_value

MOST_NODES = 10_000_000  # a query's walk through the document (Tree.spend): seconds
PASSES = 20  # ... or that many times its elements, for a large document
DOC = "\0document"  # a Node's attr for the document node (its el is the root)


class Node(NamedTuple):
    """A node: an element (el, "", 0), its attribute (el, name, 0), a text node (el,
    "", part) with part 1 for el's text and i + 2 for the tail of el's child i (the text
    after it), a comment or instruction (el, "", -n) with el the element holding it
    (the root for one outside it) and n its number (xpath_notes.Notes), or the document
    node (root, DOC, 0)."""

    el: ET.Element
    attr: str = ""
    part: int = 0


class Tree:
    """The nodes of one document, with each element's parent (given, or found once)."""

    def __init__(self, root: ET.Element, parents: dict[int, ET.Element] | None = None):
        self.root = root
        self.document = Node(root, DOC)
        self.parents = parents if parents is not None else \
            {id(c): p for p in root.iter() for c in p}
        self._order: dict[Node, int] | None = None
        self.spent = 0  # nodes the axes went through (spend)
        self._kept: dict[Node, tuple[list[Node], dict[Node, int]]] = {}  # _kin
        self._texts: dict[int, str] = {}  # _text_of
        self.budget = max(MOST_NODES, PASSES * (len(self.parents) + 1))
        self.notes = Notes() if any_kept() else None  # (None: no document holds any)

    def spend(self, count: int) -> None:
        """Counts nodes an axis went through; a query past its budget (`MOST_NODES`, or
        `PASSES` times the document's elements for a larger one) is refused in words
        rather than left running for minutes (`//a//a//a...` over a document nested
        thousands deep reads the document again at each step from each node)."""
        self.spent += count
        if self.spent > self.budget:
            raise WLRuntimeError(f"XMLExecuteXPath: the query goes through more than "
                                 f"{self.budget:,} nodes of the document; write it so that "
                                 "it reads each node fewer times (fewer steps over the "
                                 "whole document (//), fewer comparisons of all the nodes "
                                 "of a path with all those of another, fewer texts of a "
                                 "whole element or document).")

    # -- kinds and values
    @staticmethod
    def is_element(n: Node) -> bool:
        return not n.attr and not n.part

    def value(self, n: Node) -> str:
        """The node's string-value: an attribute's value, a text node's text, the text of
        an element or of the document (all the text under it)."""
        if n.attr and n.attr != DOC:
            return n.el.attrib.get(n.attr, "")
        if n.part < 0:
            return note_value(self.note(n))
        if n.part:
            return _text_part(n) or ""
        return self._text_of(n.el)

    def note(self, n: Node) -> str:
        """The comment or instruction `n` (a negative part) as written."""
        assert self.notes is not None  # (a note node comes from them)
        return self.notes[n.part].markup

    def _text_of(self, el: ET.Element) -> str:
        """All the text under `el`, joined once a query and its nodes counted (spend):
        `//x[contains(/, 'zzz')]` joined the whole document's text again for each x, for
        minutes over 10,000 of them, without counting anything."""
        text = self._texts.get(id(el))
        if text is None:
            self.spend(sum(1 for _ in el.iter()))
            text = self._texts[id(el)] = "".join(el.itertext())
        return text

    def name(self, n: Node) -> str:
        """The node's name as written (`soap:Body`), an instruction's target; "" for
        text, a comment and the document."""
        if n.part < 0:
            return note_name(self.note(n))
        return n.attr if n.attr and n.attr != DOC else "" if n.part or n.attr else n.el.tag

    # -- axes
    def children(self, n: Node) -> list[Node]:
        if n.attr == DOC:
            if self.notes is None:
                return [Node(n.el)]
            prolog, epilog = self.notes.outside(n)
            return [*prolog, Node(n.el), *epilog]
        if n.attr or n.part:
            return []
        el = n.el
        before, at_end = self.notes.inside(n) if self.notes is not None else ({}, [])
        out = [Node(el, "", 1)] if el.text else []
        for i, child in enumerate(el):
            out += before.get(i, ())
            out.append(Node(child))
            if child.tail:
                out.append(Node(el, "", i + 2))
        return out + at_end

    def parent(self, n: Node) -> Node | None:
        if n.attr == DOC:
            return None
        if n.part < 0 and self.notes is not None:
            return self.notes[n.part].parent
        if n.attr or n.part:
            return Node(n.el)
        up = self.parents.get(id(n.el))
        return Node(up) if up is not None else self.document

    def attributes(self, n: Node) -> list[Node]:
        return [Node(n.el, a) for a in attributes(n.el)] if self.is_element(n) else []

    def descendants(self, n: Node) -> Iterator[Node]:
        """Under `n`, in document order (a stack: a document thousands deep)."""
        stack = list(reversed(self.children(n)))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(self.children(node)))

    def descendant_elements(self, n: Node, tag: str | None) -> list[Node]:
        """The elements under `n` (named `tag`, else all), in document order: what
        `descendants` gives them, from ElementTree's own walk (a large document's `//x`
        took twice as long)."""
        if n.attr and n.attr != DOC or n.part:
            return []
        found = n.el.iter(tag)
        return [Node(e) for e in found if e is not n.el or n.attr == DOC]

    def ancestors(self, n: Node) -> Iterator[Node]:
        """Above `n`, nearest first."""
        up = self.parent(n)
        while up is not None:
            yield up
            up = self.parent(up)

    def siblings(self, n: Node, after: bool) -> list[Node]:
        """The following (after) or preceding siblings, nearest first; none for an
        attribute or the document."""
        up = self.parent(n)
        if up is None or n.attr:
            return []
        kin, ranks = self._kin(up)
        at = ranks[n]
        return kin[at + 1:] if after else kin[:at][::-1]

    def _kin(self, up: Node) -> tuple[list[Node], dict[Node, int]]:
        """`up`'s children and the rank of each, found once per query: a sibling axis
        from each of n children (`//Line[preceding-sibling::Line[1]/@code = @code]`)
        listed the children n times to find one."""
        kept = self._kept.get(up)
        if kept is None:
            kin = self.children(up)
            self.spend(len(kin))
            kept = self._kept[up] = (kin, {node: i for i, node in enumerate(kin)})
        return kept

    def following(self, n: Node) -> Iterator[Node]:
        """After `n` in document order, its descendants left out (an attribute's
        element's children come after it)."""
        if n.attr and n.attr != DOC:
            yield from self.descendants(Node(n.el))
            n = Node(n.el)
        for here in [n, *self.ancestors(n)]:
            self.spend(1)
            for sibling in self.siblings(here, after=True):
                yield sibling
                yield from self.descendants(sibling)

    def preceding(self, n: Node) -> Iterator[Node]:
        """Before `n` in document order, its ancestors left out, nearest first."""
        if n.attr and n.attr != DOC:
            n = Node(n.el)
        for here in [n, *self.ancestors(n)]:
            self.spend(1)
            for sibling in self.siblings(here, after=False):
                yield from reversed(list(self.descendants(sibling)))
                yield sibling

    def axis(self, name: str, n: Node) -> Iterator[Node] | list[Node]:
        """The nodes of axis `name` from `n`, in the axis's order."""
        if name == "child":
            return self.children(n)
        if name == "attribute":
            return self.attributes(n)
        if name == "self":
            return [n]
        if name == "parent":
            up = self.parent(n)
            return [up] if up is not None else []
        if name == "descendant":
            return self.descendants(n)
        if name == "descendant-or-self":
            return [n, *self.descendants(n)]
        if name == "ancestor":
            return self.ancestors(n)
        if name == "ancestor-or-self":
            return [n, *self.ancestors(n)]
        if name in ("following-sibling", "preceding-sibling"):
            return self.siblings(n, after=name == "following-sibling")
        if name == "following":
            return self.following(n)
        return self.preceding(n)

    # -- document order
    def order(self, nodes: list[Node]) -> list[Node]:
        """The nodes once each, in document order."""
        if self._order is None:
            self._order = {self.document: 0}
            for i, node in enumerate(self._with_attributes(), 1):
                self._order[node] = i
        rank = self._order
        self.spend(len(nodes))
        return sorted(set(nodes), key=lambda n: rank.get(n, 0))

    def _with_attributes(self) -> Iterator[Node]:
        for node in self.descendants(self.document):
            yield node
            yield from self.attributes(node)


def _text_part(n: Node) -> str | None:
    return n.el.text if n.part == 1 else n.el[n.part - 2].tail
