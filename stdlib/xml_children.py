"""An element's children by the name the code writes (`doc.Order.Line`), kept between
reads: a loop over `doc.Order.Line[i]` found the order's lines again at each pass,
comparing every child's name with the written one, so reading n lines cost n * n
comparisons (20,000 lines: 19 s) and building them with `doc.Order.Line[i].Ref = x`
more (92 s). Now the first read of a name looks at each child once and later reads
take the list kept (docs/performance.md "XML: a loop over doc.Order.Line[i]").

What is kept for an element is dropped when its children change: every place of
stdlib/xml_*.py that adds, removes or moves a child calls `changed` (or `appended`,
which extends what is kept instead of dropping it), and a renamed element (its parent
is not known) drops what is kept for every element (`renamed`). As a second guard, what
is kept also holds the number of children it was made for: a change that no call
reported and that moved that number is seen at the next read.

Elements are the keys of a WeakKeyDictionary: what is kept goes with its element.
"""
from __future__ import annotations

__all__ = ["named", "changed", "appended", "renamed", "Prefix"]

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from itertools import islice
from typing import Iterator, overload
from weakref import WeakKeyDictionary

from .xml_attributes import same_name


class Prefix(Sequence[ET.Element]):
    """The first `size` elements of a list that only grows: what a read found, which
    later additions to the kept list (`appended`) leave as it was, without copying it
    (a copy at each line added made building n lines cost n * n)."""

    __slots__ = ("items", "size")

    def __init__(self, items: list[ET.Element]) -> None:
        self.items, self.size = items, len(items)

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, i: int) -> ET.Element: ...

    @overload
    def __getitem__(self, i: slice) -> list[ET.Element]: ...

    def __getitem__(self, i: int | slice) -> ET.Element | list[ET.Element]:
        if isinstance(i, slice):
            return self.items[:self.size][i]
        if not -self.size <= i < self.size:
            raise IndexError(i)
        return self.items[i % self.size]

    def __iter__(self) -> Iterator[ET.Element]:
        return islice(self.items, self.size)


class _Kept:
    """For one element: its number of children and the renames counted when this was
    made, and its children by each name written so far (each list in document order;
    it only grows, by `appended`: a read takes a Prefix of it)."""

    __slots__ = ("size", "renames", "names")

    def __init__(self, size: int, renames: int) -> None:
        self.size, self.renames = size, renames
        self.names: dict[str, list[ET.Element]] = {}


_kept: "WeakKeyDictionary[ET.Element, _Kept]" = WeakKeyDictionary()
_KEPT_FROM = 16  # children: below, `named` looks at them each time
_renames = 0  # elements renamed in this process: what was kept before is stale


def scan(el: ET.Element, written: str) -> list[ET.Element]:
    """The children of `el` whose name is `written` (xml_attributes.same_name), looked
    at one by one (a name written as in the document is taken without folding)."""
    return [e for e in el if e.tag == written or same_name(e.tag, written)]


def named(el: ET.Element, written: str) -> Sequence[ET.Element]:
    """The children of `el` named `written`, kept for the next read; an element with
    few children is looked at again instead (keeping them cost more than the look: a
    loop over 80,000 lines reading `line.Price` kept something for each line)."""
    if len(el) < _KEPT_FROM:
        return scan(el, written)
    kept = _kept.get(el)
    if kept is None or kept.size != len(el) or kept.renames != _renames:
        kept = _kept[el] = _Kept(len(el), _renames)
    found = kept.names.get(written)
    if found is None:
        found = kept.names[written] = scan(el, written)
    return Prefix(found)


def changed(el: ET.Element) -> None:
    """`el`'s children were added, removed or moved: what was kept for it is dropped."""
    _kept.pop(el, None)


def appended(el: ET.Element, child: ET.Element) -> None:
    """`child` was added as the last child of `el`: the lists kept for names it has grow
    by it (what earlier reads found is a Prefix, which does not), so a loop adding lines
    one by one keeps what it read."""
    kept = _kept.get(el)
    if kept is None or kept.size != len(el) - 1 or kept.renames != _renames \
            or len(el) == 0 or el[-1] is not child:
        changed(el)
        return
    kept.size = len(el)
    for written, found in kept.names.items():
        if child.tag == written or same_name(child.tag, written):
            found.append(child)


def renamed() -> None:
    """An element's name changed: what was kept for any element may be stale (its
    parent is not known), so none of it is used again."""
    global _renames
    _renames += 1
