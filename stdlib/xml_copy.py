"""The copy of an XML document's tree, for `x2 is xmlDocument = x1` (an xmlDocument is
copied by `=`, as the advanced types are: docs/builtins.md "Copying an xmlDocument"), and
of one element with what it holds (XMLAddChild of a node, XMLInsertDocument,
XMLExtractDocument), which kept neither its comments nor its CDATA sections.

The walk keeps its own stack: a document nested thousands deep (xml_writer.py writes
such documents) must copy as it was read, and `copy.deepcopy` recurses in C, where
200,000 levels crash the process rather than raise an error.
"""
from __future__ import annotations

__all__ = ["tree_copy"]

import xml.etree.ElementTree as ET

from .xml_markup import carrier


def tree_copy(root: ET.Element, part: bool = False) -> ET.Element:
    """A new element tree equal to `root`'s: tags, attributes, texts and tails, and the
    comments, instructions and CDATA sections kept beside them (xml_markup.py). A `part`
    (an element copied into another place) takes what lies between its tags, not the
    notes written before it, nor those around a root (its document's prolog); its tail
    neither, which belongs to where it stood (INFERRED, docs/builtins.md "Comments kept")."""
    carry = carrier()
    new_root = _element_copy(root)
    if part:
        new_root.tail = None
    if carry is not None:
        carry(root, new_root, inside_only=part)
    stack = [(root, new_root)]
    while stack:
        old, new = stack.pop()
        for child in old:
            made = ET.SubElement(new, child.tag, child.attrib)
            made.text, made.tail = child.text, child.tail
            if carry is not None:
                carry(child, made)
            if len(child):
                stack.append((child, made))
    return new_root


def _element_copy(el: ET.Element) -> ET.Element:
    made = ET.Element(el.tag, el.attrib)
    made.text, made.tail = el.text, el.tail
    return made
