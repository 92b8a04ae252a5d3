"""Where things are in a named XML document (xml_named_docs.HandleDoc), found once per
state of its tree: each element's parent, every item in document order with its rank,
and the items of a level with their ranks. XMLNext, XMLFind and XMLParent found them by
walking the whole document at each call, so a loop over n elements (XMLChild then
XMLNext until XMLOut, or XMLFind then XMLNext) cost n times the document (2,000 lines
found by XMLFind/XMLNext: 12 s).

A named document's tree is changed only by the functions given its name (xml_edit.py,
xml_structure.py: XMLDocument parses a copy of its source, XMLInsertDocument and
XMLExtractDocument copy), and each of them that adds, removes, moves or renames an
element or an attribute calls HandleDoc.changed, which drops the index; a new root
(XMLAddChild in an empty document) is seen by the index itself.
"""
from __future__ import annotations

__all__ = ["DocIndex", "Item", "attributes", "items_under"]

import xml.etree.ElementTree as ET

Item = tuple[ET.Element, str]  # (element, "") for the element, (element, name) for an attribute


def attributes(el: ET.Element) -> list[str]:
    """An element's attributes as the position moves through them: its namespace
    declarations (`xmlns`, `xmlns:p`) are not attributes there, as in PC SOFT's runtime."""
    return [a for a in el.attrib if a != "xmlns" and not a.startswith("xmlns:")]


def items_under(el: ET.Element | None) -> list[Item]:
    """The items of the level `el` holds: its attributes, then its child elements."""
    if el is None:
        return []
    return [(el, a) for a in attributes(el)] + [(c, "") for c in el]


class DocIndex:
    """The parents, the order and the levels of the tree under `root`, each made on
    first use."""

    def __init__(self, root: ET.Element) -> None:
        self.root = root
        self._parents: dict[int, ET.Element] | None = None
        self._order: list[Item] | None = None
        self._ranks: dict[tuple[int, str], int] = {}
        self._levels: dict[int, tuple[list[Item], dict[tuple[int, str], int]]] = {}

    def parents(self) -> dict[int, ET.Element]:
        """Each element's parent, by the child's id."""
        if self._parents is None:
            self._parents = {id(child): el for el in self.root.iter() for child in el}
        return self._parents

    def order(self) -> list[Item]:
        """Every item in document order: an element, its attributes, then its children
        (a stack of its own: a document nested thousands deep)."""
        if self._order is None:
            out: list[Item] = []
            stack = [self.root]
            while stack:
                el = stack.pop()
                out.append((el, ""))
                out.extend((el, a) for a in attributes(el))
                stack.extend(reversed(el))
            self._order = out
            self._ranks = {(id(el), a): i for i, (el, a) in enumerate(out)}
        return self._order

    def rank(self, item: Item) -> int | None:
        """The place of `item` in order(); None when it is not in the document."""
        self.order()
        return self._ranks.get((id(item[0]), item[1]))

    def level(self, owner: ET.Element | None) -> tuple[list[Item], dict[tuple[int, str], int]]:
        """The items `owner` holds (items_under) and each one's place among them."""
        if owner is None:
            return [], {}
        kept = self._levels.get(id(owner))
        if kept is None:
            items = items_under(owner)
            kept = self._levels[id(owner)] = (
                items, {(id(el), a): i for i, (el, a) in enumerate(items)})
        return kept
