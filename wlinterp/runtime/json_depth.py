"""How deep JSON and XML are converted: 1,000 levels, and the error beyond.

The conversions between JSON text, JSON and Variant values and XML documents
(JSONToVariant, StringToJSON, a JSON variable assigned a text, VariantToJSON,
JSONToString, JSONToXML, XMLToJSON) walk a value by recursion, and so do the copies of
the values they give (`v = JSONToVariant(s)` copies every level). A document nested a few
thousand levels deep (fuzzed input, a generator gone wrong, a value built by code in a
loop) stopped the program with "Stack overflow", or at some depth that depended on how
deep the calling code was. Now each of them measures the depth, without recursion, and
fails past JSON_MAX_DEPTH with an error naming the depth (*decided*, FS 6 Dec 2026,
docs/builtins.md "JSON and XML conversion": 1,000 levels is the nesting limit common JSON
readers set by default; no business document comes near it, and values that deep are
still copied well within the run's stack).
"""
from __future__ import annotations

__all__ = ["JSON_MAX_DEPTH", "NestedTooDeep", "text_depth", "value_depth", "check_depth",
           "python_children"]

from typing import Any, Callable, Iterable, Iterator

from ..errors import WLRuntimeError

JSON_MAX_DEPTH = 1000
# How deep the error's measure goes: a value that holds itself (an object in its own
# member) is nested without end.
_MEASURED = 100 * JSON_MAX_DEPTH


class NestedTooDeep(WLRuntimeError, ValueError):
    """A JSON text, a value or an XML document nested deeper than JSON_MAX_DEPTH. A
    ValueError too, so that every reader of JSON text that refuses invalid text
    (`except ValueError`) refuses it alike; a WLRuntimeError where nothing catches it."""

    def __init__(self, depth: int, what: str = "JSON") -> None:
        levels = f"{depth:,} levels deep" if depth <= _MEASURED else \
            f"more than {_MEASURED:,} levels deep (or holds itself)"
        super().__init__(f"The {what} is nested {levels}; JSON and XML are converted to "
                         f"{JSON_MAX_DEPTH:,} levels at most.")
        self.depth = depth


def text_depth(text: str | bytes) -> int:
    """The deepest nesting of `[`/`{` in a JSON text (brackets inside strings left out),
    counted in one pass: a text too deep for the recursive reader."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def value_depth(root: Any, children: Callable[[Any], Iterable[Any] | None]) -> int:
    """The nesting depth of `root` (1 for a container holding no container; 0 for a
    value that holds nothing), walked once with a stack of its own: each container's
    height (1 + its deepest container's) is found once, however many paths reach it
    (an object a hundred variants refer to was walked a hundred times). Past _MEASURED,
    or a container met inside itself (an object in its own member: nested without
    end), the walk stops with _MEASURED + 1."""
    held = children(root)
    if held is None:
        return 0
    heights: dict[int, int] = {}
    on_path = {id(root)}
    # the path: each container, what it holds left to see, the deepest height seen
    path: list[tuple[Any, Iterator[Any], int]] = [(root, iter(held), 0)]
    while path:
        node, rest, deepest = path[-1]
        child = next(rest, _END)
        if child is _END:
            path.pop()
            on_path.discard(id(node))
            heights[id(node)] = deepest + 1
            if path:
                parent, more, seen = path[-1]
                path[-1] = (parent, more, max(seen, deepest + 1))
            continue
        known = heights.get(id(child))
        if known is not None:
            path[-1] = (node, rest, max(deepest, known))
            continue
        inner = children(child)
        if inner is None:
            continue
        if id(child) in on_path or len(path) >= _MEASURED:
            return _MEASURED + 1
        on_path.add(id(child))
        path.append((child, iter(inner), 0))
    return heights[id(root)]


_END = object()


def check_depth(root: Any, children: Callable[[Any], Iterable[Any] | None],
                what: str = "JSON") -> None:
    """NestedTooDeep (naming the whole depth, up to _MEASURED) when `root` nests past
    JSON_MAX_DEPTH, measured in one walk."""
    depth = value_depth(root, children)
    if depth > JSON_MAX_DEPTH:
        raise NestedTooDeep(depth, what)


def python_children(node: Any) -> Iterable[Any] | None:
    """What a decoded JSON container (a dict or a list) holds."""
    if isinstance(node, dict):
        return node.values()
    if isinstance(node, list):
        return node
    return None
