"""XPath 1.0's comment and processing-instruction nodes (XMLExecuteXPath; the tree is
xpath_tree.py), read from the notes a parsed document keeps beside its elements
(xml_markup.py), each as written (`<!-- text -->`, `<?target data?>`).

A note found by a query is a node numbered by its Tree (`Notes.node`): its Node has
the element holding it (the root for a note outside the root element) and a negative
`part`, so that no element, attribute or text node test takes it; the Tree's `Notes`
give its parent, its text and its name. XPath's values (its section 5.6 and 5.7): a
comment's string-value is its text between `<!--` and `-->`, an instruction's is its
data (after the target and the blanks that follow it), and an instruction's name is its
target; a comment has no name.
"""
from __future__ import annotations

__all__ = ["COMMENT", "INSTRUCTION", "Notes", "matches", "note_name", "note_value"]

from typing import TYPE_CHECKING, NamedTuple

from .xml_markup import notes_inside, notes_outside

if TYPE_CHECKING:
    from .xpath_tree import Node

COMMENT = "comment()"
INSTRUCTION = "processing-instruction()"


class Note(NamedTuple):
    """A note as written and the node (element or document) whose child it is."""

    markup: str
    parent: Node


def _is_comment(markup: str) -> bool:
    return markup.startswith("<!--")


def note_value(markup: str) -> str:
    """The note's string-value: a comment's text, an instruction's data."""
    if _is_comment(markup):
        return markup[4:-3]
    _, _, data = markup[2:-2].partition(" ")
    return data.lstrip(" \t\r\n")


def note_name(markup: str) -> str:
    """An instruction's target; "" for a comment."""
    return "" if _is_comment(markup) else markup[2:-2].partition(" ")[0]


def matches(markup: str, test: str, target: str) -> bool:
    """Does the node test `comment()` or `processing-instruction(['target'])` take it?"""
    if test == COMMENT:
        return _is_comment(markup)
    return not _is_comment(markup) and (not target or note_name(markup) == target)


class Notes:
    """The note nodes a query met in one document, each numbered once (the same note
    read twice is the same node: unions, document order and `..` count it once)."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[Node, int], int] = {}
        self._found: dict[int, Note] = {}

    def node(self, parent: Node, note: object, markup: str) -> Node:
        """The node of `note` (an xml_markup.Markup) as a child of `parent`."""
        key = (parent, id(note))
        part = self._numbers.get(key)
        if part is None:
            part = self._numbers[key] = -1 - len(self._numbers)
            self._found[part] = Note(markup, parent)
        return type(parent)(parent.el, "", part)  # (a Node: xpath_tree imports this)

    def __getitem__(self, part: int) -> Note:
        return self._found[part]

    def inside(self, parent: Node) -> tuple[dict[int, list[Node]], list[Node]]:
        """The note nodes among an element's children: those before its child i (by i),
        and those after its last child."""
        before: dict[int, list[Node]] = {}
        for i, child in enumerate(parent.el):
            kept = notes_inside(child)[0]
            if kept:
                before[i] = [self.node(parent, m, m.markup) for m in kept]
        return before, [self.node(parent, m, m.markup) for m in notes_inside(parent.el)[1]]

    def outside(self, document: Node) -> tuple[list[Node], list[Node]]:
        """The note nodes before and after the root element, children of the document."""
        prolog, epilog = notes_outside(document.el)
        return ([self.node(document, m, m.markup) for m in prolog],
                [self.node(document, m, m.markup) for m in epilog])
