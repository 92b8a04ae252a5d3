"""The `xmlNode` type: the elements of a document reached by name (`doc.Root.Customer`),
their texts, attributes, properties and occurrences (split from xml_documents.py, which
keeps the `xmlDocument` type and XMLOpen; that module's docstring says how a document's
members read and write)."""
from __future__ import annotations

__all__ = ["XMLNode", "Owner"]

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Iterator, Union

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import values as V
from wlinterp.runtime.types import VARIANT, WLArray
from wlinterp.syntax.names import fold

from . import xml_children
from .xml_attributes import XMLAttribute, XMLAttributes, same_name as _same
from .xml_namespaces import declarations_of, namespace_of, same_expanded_name, scope_of

if TYPE_CHECKING:
    from .xml_documents import XMLDocument

Owner = Union["XMLDocument", "XMLNode"]


class XMLNode:
    """An `xmlNode`: the elements named `key` under `owner` (several for repeated
    elements, the first one standing for them all; none when absent: then a write
    creates it)."""

    wl_type_name = "xmlNode"

    def __init__(self, owner: Owner | None, key: str, elements: Sequence[ET.Element],
                 shown: str = "") -> None:
        self.owner, self.key, self.elements = owner, key, elements
        self.shown = shown or (elements[0].tag if elements else key)
        self.next_of: Sequence[ET.Element] | None = None  # (the occurrence after these)

    @property
    def element(self) -> ET.Element | None:
        return self.elements[0] if self.elements else None

    def materialize(self) -> ET.Element:
        """The element, created (with the missing ones above it) when absent."""
        if self.elements:
            return self.elements[0]
        if self.owner is None and self.next_of is None:  # `n is xmlNode`, standalone:
            self.elements = [ET.Element(self.shown)]  # its own element (below)
            return self.elements[0]
        if self.owner is None:
            raise WLRuntimeError("This xmlNode belongs to no XML document.")
        if self.next_of is not None:
            self.elements = [self.next_occurrence(self.next_of)]
            return self.elements[0]
        self.elements = [self.owner.child_for(self.shown)]
        return self.elements[0]

    def next_occurrence(self, siblings: Sequence[ET.Element]) -> ET.Element:
        """A new element of this name after the last of `siblings` (or the first of its
        name under its parent when there are none): `doc.Order.Line[n + 1].Ref = x`."""
        if not siblings or not isinstance(self.owner, XMLNode):
            return self.owner.child_for(self.shown) if self.owner is not None \
                else ET.Element(self.shown)
        parent = self.owner.materialize()
        new = ET.Element(siblings[-1].tag)
        if len(parent) and parent[-1] is siblings[-1]:  # (a loop adding lines)
            parent.append(new)
            xml_children.appended(parent, new)
        else:
            parent.insert(list(parent).index(siblings[-1]) + 1, new)
            xml_children.changed(parent)
        return new

    def child_for(self, name: str) -> ET.Element:
        parent = self.materialize()
        found = xml_children.named(parent, name)
        if found:
            return found[0]
        new = ET.SubElement(parent, name)
        xml_children.appended(parent, new)
        return new

    # -- members: child elements, then attributes ------------------------------------
    def wl_get_named(self, name: str, shown: str) -> object:
        """The child elements `name` (a node standing for them all), else the attribute
        `name`, else an absent node (`shown`: the name a write creates)."""
        el = self.element
        if el is None:
            joined = self.prefixed(shown)
            if isinstance(joined, tuple):  # a prefixed attribute (`node:xsi:type`)
                return XMLAttribute(joined[1], joined[0].attrib[joined[1]])
            return joined or XMLNode(self, name, [], shown)
        children = self.named_children(el, name, shown)
        if children:
            return XMLNode(self, name, children)
        for attr, value in el.attrib.items():
            if _same(attr, shown):  # its text, and in arithmetic its number, as a node's
                return XMLAttribute(attr, value, self)
        return XMLNode(self, name, [], shown)

    def wl_get(self, name: str) -> object:
        return self.wl_get_named(name, name)

    def named_children(self, el: ET.Element, name: str, shown: str) -> Sequence[ET.Element]:
        """The children of `el` named `name` as written, else those with the same
        namespace URI and local name (xml_namespaces.py); those written are kept
        (xml_children.py: a loop reading `doc.Order.Line[i]` looks at each line once)."""
        return xml_children.named(el, shown) or \
            same_expanded_name(el, shown, scope_of(self))

    def prefixed(self, shown: str) -> "XMLNode | tuple[ET.Element, str] | None":
        """`node.cbc:ID` is read `node.cbc` then `ID`: when this node (`cbc`) is absent,
        the element `cbc:ID` beside it, else the attribute `cbc:ID` of the element
        holding it (its element and its name as written there), else, where `cbc` is a
        namespace prefix declared on an element above (`xmlns:cbc`), the place a write
        creates the element (INFERRED, docs/builtins.md "XML namespace prefixes"); None
        otherwise."""
        owner, prefix = self.owner, self.shown
        if owner is None or not prefix or ":" in prefix or ":" in shown:
            return None
        full = f"{prefix}:{shown}"
        found = _children_named(owner, full) or \
            same_expanded_name(_elements_under(owner), full, scope_of(owner))
        if found:
            return XMLNode(owner, fold(full), found)
        holder = owner.element if isinstance(owner, XMLNode) else None
        key = next((a for a in holder.attrib if _same(a, full)), None) \
            if holder is not None else None
        if holder is not None and key is not None:
            return holder, key
        return XMLNode(owner, fold(full), [], full) if _declares(owner, prefix) else None

    def wl_set_named(self, shown: str, value: object) -> None:
        """`node.Child = v`: the child's text (created when absent); an existing
        attribute of that name (and no such child) gets the value instead."""
        name, el = fold(shown), self.element
        joined = self.prefixed(shown) if el is None else None
        if isinstance(joined, tuple):
            joined[0].attrib[joined[1]] = V.to_str(value)
            return
        if joined is not None:
            joined.set_text(value)
            return
        if el is not None and not xml_children.named(el, shown):
            for attr in el.attrib:
                if _same(attr, shown):
                    el.attrib[attr] = V.to_str(value)
                    return
        children = self.named_children(el, name, shown) if el is not None else []
        XMLNode(self, name, children, shown).set_text(value)

    def wl_set(self, name: str, value: object, ctx: Any = None) -> None:
        self.wl_set_named(name, value)

    def wl_set_attribute(self, shown: str, value: object, after_colon: bool = False) -> None:
        """`node:name = v`: a child element of that name gets its text, as with `.`;
        else the attribute `name` gets the value, created when absent (as the element).
        `after_colon`: this node was itself written after `:` (`x:xsi:nil = v`): where
        it is absent, no element `xsi:nil` is there and `xsi` is a declared prefix (or
        the attribute exists), the attribute `xsi:nil` of the element holding it
        (INFERRED, docs/builtins.md "XML namespace prefixes")."""
        el = self.element
        if el is None and after_colon and self.owner is not None:
            joined = self.prefixed(shown)
            if joined is not None and not (isinstance(joined, XMLNode) and joined.elements):
                self.owner_attribute(f"{self.shown}:{shown}", value)
                return
        if el is None and self.prefixed(shown) is not None \
                or el is not None and xml_children.named(el, shown):
            self.wl_set_named(shown, value)
        else:
            self.set_attribute(shown, value)

    def owner_attribute(self, name: str, value: object) -> None:
        """The attribute `name` of the element holding this node (its owner), set."""
        if not isinstance(self.owner, XMLNode):
            raise WLRuntimeError(f"The XML document has no element to take the attribute "
                                 f"'{name}'.")
        self.owner.set_attribute(name, value)

    def set_attribute(self, name: str, value: object) -> None:
        """The attribute `name` (any case: an existing one keeps its spelling) set to
        `value`, added when absent; the element is created when absent."""
        el = self.materialize()
        key = next((a for a in el.attrib if _same(a, name)), name)
        el.attrib[key] = V.to_str(value)

    def set_text(self, value: object) -> None:
        el = self.materialize()
        if len(el):  # an element's value replaces what it held
            for child in list(el):
                el.remove(child)
            xml_children.changed(el)
        el.text = V.to_str(value)

    # -- properties ---------------------------------------------------------------------
    def wl_prop(self, name: str) -> object:
        el = self.element
        if name in ("text", "texte", "value", "valeur"):
            return self.wl_text()
        if name in ("name", "nom"):
            return el.tag if el is not None else ""
        if name in ("occurrence",):
            return len(self.elements)
        if name in ("exist", "existe"):
            return el is not None
        if name in ("attribute", "attribut"):  # arrays: ..Occurrence, [i], FOR EACH
            return XMLAttributes(self, el)
        if name in ("namespace", "espacedenom"):
            return namespace_of(self)
        if name in ("namespacedeclaration", "declarationespacedenom"):
            return declarations_of(self)
        if name in ("children", "fils"):
            return WLArray(VARIANT, [XMLNode(self, fold(c.tag), [c]) for c in el]
                           if el is not None else [])
        raise WLRuntimeError(f"An xmlNode has no property '{name}'.")

    def wl_set_prop(self, name: str, value: object) -> None:
        if name in ("text", "texte", "value", "valeur"):
            self.set_text(value)
        elif name in ("name", "nom"):
            self.materialize().tag = V.to_str(value)
            xml_children.renamed()
        else:
            raise WLRuntimeError(f"The property '{name}' of an xmlNode cannot be changed.")

    # -- occurrences --------------------------------------------------------------------
    def wl_index(self, i: object) -> "XMLNode":
        n = V.to_int(i)
        if n == len(self.elements) + 1:  # the next one: a write adds it, a read fails
            node = XMLNode(self.owner, self.key, [], self.shown)
            node.next_of = self.elements
            return node
        if not 1 <= n <= len(self.elements):
            raise WLRuntimeError(self.no_occurrence(n))
        return XMLNode(self.owner, self.key, [self.elements[n - 1]])

    def no_occurrence(self, n: int) -> str:
        return f"<{self.shown}>: there is no occurrence {n} ({len(self.elements)} in the document)."

    def check_read(self) -> None:
        """A read of the occurrence after the last (`doc.Order.Line[4].Ref` with three
        lines), or of what it would hold, fails as a read past the end did; only a write
        adds it (..Exist is False, no error)."""
        node: Any = self
        while isinstance(node, XMLNode) and not node.elements:
            if node.next_of is not None:
                shown = XMLNode(None, node.key, node.next_of, node.shown)
                raise WLRuntimeError(shown.no_occurrence(len(node.next_of) + 1))
            node = node.owner

    def wl_index_exists(self, i: object) -> bool:
        """`node[n]..Exist`: is there an n-th occurrence (a loop over lines reads the
        next one only when it is there; it was the error "no property 'Exist'")?"""
        return 1 <= V.to_int(i) <= len(self.elements)

    def wl_set_index(self, value: object, i: object) -> None:
        """`node[n] = v`: the n-th occurrence's text."""
        self.wl_index(i).set_text(value)

    def wl_iter(self) -> Iterator["XMLNode"]:
        return iter([XMLNode(self.owner, self.key, [e]) for e in self.elements])

    def wl_text(self) -> str:
        el = self.element
        if el is None:
            self.check_read()
        return "".join(el.itertext()) if el is not None else ""

    def wl_num(self) -> int | float:
        """In arithmetic a node counts as its text read as a number (`mTotal +=
        xLine.Price`), as it reads as its text in a string (INFERRED)."""
        return V.val(self.wl_text().strip())

    def wl_json_form(self) -> str:
        """In JSON (`j.qty = x.Order.Qty`) its text: "has no JSON form" stopped the run."""
        return self.wl_text()

    def wl_equals(self, other: object) -> bool:
        if isinstance(other, XMLNode):
            return other.element is self.element
        return self.wl_text() == V.to_str(other)


def _children_named(owner: Owner, written: str) -> Sequence[ET.Element]:
    """The elements directly under a document (its root) or a node named `written`
    (those under a node are kept: xml_children.py)."""
    if isinstance(owner, XMLNode):
        return xml_children.named(owner.element, written) if owner.element is not None \
            else []
    return [e for e in _elements_under(owner) if _same(e.tag, written)]


def _elements_under(owner: Owner) -> Iterator[ET.Element]:
    """The elements directly under a document (its root) or a node, one by one (not a
    list made at each call: same_expanded_name mostly looks at none of them)."""
    if not isinstance(owner, XMLNode):  # a document: its root
        return iter([owner.root] if owner.root is not None else [])
    el = owner.element
    return iter(el) if el is not None else iter([])


def _declares(owner: Owner | None, prefix: str) -> bool:
    """Whether `xmlns:prefix` is declared on `owner`'s element or one above it."""
    key = f"xmlns:{prefix}"
    while isinstance(owner, XMLNode):
        el = owner.element
        if el is not None and key in el.attrib:
            return True
        owner = owner.owner
    return False
