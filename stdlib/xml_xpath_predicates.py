"""XPath 1.0's values and its core function library, for XMLExecuteXPath
(stdlib/xml_xpath.py; the expressions are read by xpath_parse.py and evaluated by
xpath_eval.py).

Values are XPath's four kinds: a node-set (`NodeSet`, its nodes in document order; a
plain list of strings stands for the string-values of one), a string, a number (float)
and a boolean, converted and compared as XPath 1.0 says (its sections 3.4 and 4): a
node-set compared with anything holds when some node compares so, `<`, `>` compare
numbers, a text that is no number (by XPath's grammar) is NaN. The functions are XPath
1.0's 27 (XPath 2's ends-with, lower-case... are refused in words by the reader).
*decided* FS 7 Dec 2026 (XMLExecuteXPath's page is not stored): docs/builtins.md "XPath".
"""
from __future__ import annotations

__all__ = ["FUNCTIONS", "NodeSet", "Value", "boolean", "compare", "number", "string"]

import math
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Protocol

from wlinterp.errors import WLRuntimeError

from .xpath_tree import DOC, Node, Tree


class NodeSet(list[Node]):
    """A node-set: its nodes in document order, and the tree that gives their values."""

    def __init__(self, nodes: list[Node], tree: Tree) -> None:
        super().__init__(nodes)
        self.tree = tree

    def values(self) -> list[str]:
        return [self.tree.value(n) for n in self]


Value = NodeSet | list[str] | str | float | bool  # a plain list: string-values


class Context(Protocol):
    """The context of a function call (xpath_eval.Context)."""

    node: Node
    position: int
    size: int
    tree: Tree


def string(v: Value) -> str:
    """XPath's string(): a node-set's first node's value, a number as XPath writes it."""
    if isinstance(v, NodeSet):
        return v.tree.value(v[0]) if v else ""
    if isinstance(v, list):
        return str(v[0]) if v else ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        return _decimal(v)
    return v


def _decimal(v: float) -> str:
    """A finite number as XPath 1.0 writes it: no exponent and no useless `.0`, its
    shortest digits (0.0000001, not Python's 1e-07; 1e21 with its 21 zeros); -0 is 0."""
    digits = Decimal(repr(v))
    if v == int(v):
        digits = digits.to_integral_value()
    text = format(digits, "f")
    return "0" if text in ("-0", "0") else text


_XPATH_NUMBER = re.compile(r"[ \t\r\n]*-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[ \t\r\n]*")


def number(v: Value) -> float:
    """XPath's number(): a text is a number only as XPath 1.0's grammar writes one,
    with XPath's blanks (space, tab, CR, LF) around it and an optional minus: `12`,
    ` -1.5 `, `.5`, `5.`; anything else is NaN (`1e3`, `Infinity`, `+5`, `1_000`,
    `nan`, a non-breaking space), where Python's float() took `1e3`, `Infinity`, `+5`
    and `1_000`."""
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, float):
        return v
    text = string(v)
    return float(text) if _XPATH_NUMBER.fullmatch(text) else math.nan


def boolean(v: Value) -> bool:
    if isinstance(v, (list, str)):
        return len(v) > 0
    if isinstance(v, float):
        return v != 0 and not math.isnan(v)
    return v


def compare(a: Value, op: str, b: Value) -> bool:
    """XPath 1.0's comparison: with a node-set, true when some node's value compares
    so; `=`/`!=` as booleans if one side is one, else numbers, else strings; the
    others as numbers."""
    if isinstance(a, NodeSet) and isinstance(b, NodeSet):  # every pair: counted (spend),
        a.tree.spend(max(len(a) * len(b) - len(a) - len(b), 0))  # beyond reading the sets
    return _compared(_plain(a), op, _plain(b))


Plain = list[str] | str | float | bool  # a node-set as its string-values


def _plain(v: Value) -> Plain:
    return v.values() if isinstance(v, NodeSet) else v


def _compared(a: Plain, op: str, b: Plain) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return any(_compared(x, op, y) for x in a for y in b)
    if isinstance(a, list):
        if isinstance(b, bool):
            return _compared(boolean(a), op, b)
        return any(_compared(x, op, b) for x in a)
    if isinstance(b, list):
        return _compared(b, _MIRROR[op], a)
    if op in ("=", "!="):
        if isinstance(a, bool) or isinstance(b, bool):
            same = boolean(a) == boolean(b)
        elif isinstance(a, float) or isinstance(b, float):
            same = number(a) == number(b)
        else:
            same = a == b
        return same == (op == "=")
    x, y = number(a), number(b)
    return {"<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y}[op]


_MIRROR = {"=": "=", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}


def _nodes(args: list[Value], name: str) -> NodeSet:
    """The argument a node-set function takes (XPath 1.0: any other value is an error)."""
    if not isinstance(args[0], NodeSet):
        raise WLRuntimeError(f"XMLExecuteXPath: {name}() takes a node-set (a path), "
                             f"not {string(args[0])!r}.")
    return args[0]


def _first(c: Context, args: list[Value], name: str) -> Node | None:
    """The context node, or the first node of the node-set given (None: empty)."""
    if not args:
        return c.node
    nodes = _nodes(args, name)
    return nodes[0] if nodes else None


def _name_of(c: Context, args: list[Value]) -> str:
    """name(): the node's name as written, its prefix with it (`soap:Body`)."""
    node = _first(c, args, "name")
    return c.tree.name(node) if node is not None else ""


def _namespace_uri(c: Context, args: list[Value]) -> str:
    """namespace-uri(): the URI the node's prefix is declared for by it or an element
    above it (`xmlns:p="..."`; an element without prefix: `xmlns="..."`); ""."""
    node = _first(c, args, "namespace-uri")
    if node is None or node.part or node.attr == DOC:
        return ""
    prefix, colon, _ = c.tree.name(node).rpartition(":")
    if node.attr and not colon:
        return ""
    if prefix == "xml":
        return "http://www.w3.org/XML/1998/namespace"
    key = f"xmlns:{prefix}" if colon else "xmlns"
    for el in [node, *c.tree.ancestors(node)]:
        if el.attr != DOC and key in el.el.attrib:
            return el.el.attrib[key]
    return ""


def _lang(c: Context, args: list[Value]) -> bool:
    """lang(s): the nearest xml:lang above or on the context node is s or s-..."""
    wanted = string(args[0]).lower()
    for node in [c.node, *c.tree.ancestors(c.node)]:
        if node.attr != DOC and not node.attr and not node.part \
                and "xml:lang" in node.el.attrib:
            lang = node.el.attrib["xml:lang"].lower()
            return lang == wanted or lang.startswith(wanted + "-")
    return False


def _own(c: Context, args: list[Value]) -> str:
    """The argument's string, or the context node's value without one."""
    return string(args[0]) if args else c.tree.value(c.node)


def _xpath_round(x: float) -> float:
    """XPath's round(): the nearest whole number, a half up (2.5 -> 3, -2.5 -> -2, not
    Python's 2 and -2); NaN and the infinities as they are. The half is found from the
    whole part (x - floor(x) is exact): floor(x + 0.5) rounded 0.49999999999999994 to 1,
    its sum being rounded to 1.0 first."""
    if not math.isfinite(x):
        return x
    whole = math.floor(x)
    return float(whole + 1 if x - whole >= 0.5 else whole)


def _substring(c: Context, args: list[Value]) -> str:
    """XPath 1.0's substring(s, start [, length]): the characters at the positions p
    (from 1) with round(start) <= p < round(start) + round(length), in floating point:
    a NaN start or length gives "" (no comparison with NaN holds), an infinite length
    runs to the end, and `substring('12345', 2.5)` is 345."""
    text, start = string(args[0]), _xpath_round(number(args[1]))
    end = start + _xpath_round(number(args[2])) if len(args) > 2 else math.inf
    return "".join(ch for i, ch in enumerate(text, 1) if start <= i < end)


def _translate(c: Context, args: list[Value]) -> str:
    source, to = string(args[1]), string(args[2])
    table: dict[int, str | None] = {}
    for i, ch in enumerate(source):
        table.setdefault(ord(ch), to[i] if i < len(to) else None)
    return string(args[0]).translate(table)


def _before(c: Context, args: list[Value]) -> str:
    text, cut = string(args[0]), string(args[1])
    return text[:text.find(cut)] if cut in text else ""


def _after(c: Context, args: list[Value]) -> str:
    text, cut = string(args[0]), string(args[1])
    return text[text.find(cut) + len(cut):] if cut in text else ""


_BLANKS = re.compile(r"[ \t\r\n]+")  # XPath's blanks: a non-breaking space is none


def _whole(f: Callable[[float], float]) -> Callable[[Context, list[Value]], float]:
    """floor() or ceiling() of the number, NaN and the infinities as they are."""
    def run(c: Context, a: list[Value]) -> float:
        x = number(a[0])
        return float(f(x)) if math.isfinite(x) else x
    return run


Function = Callable[[Context, list[Value]], Value]
FUNCTIONS: dict[str, tuple[int, int, Function]] = {
    "last": (0, 0, lambda c, a: float(c.size)),
    "position": (0, 0, lambda c, a: float(c.position)),
    "count": (1, 1, lambda c, a: float(len(_nodes(a, "count")))),
    # id(): no DTD is read, so no attribute is of type ID (XPath 1.0, 4.1)
    "id": (1, 1, lambda c, a: NodeSet([], c.tree)),
    "local-name": (0, 1, lambda c, a: _name_of(c, a).rpartition(":")[2]),
    "namespace-uri": (0, 1, _namespace_uri),
    "name": (0, 1, _name_of),
    "string": (0, 1, _own),
    "concat": (2, 99, lambda c, a: "".join(string(v) for v in a)),
    "starts-with": (2, 2, lambda c, a: string(a[0]).startswith(string(a[1]))),
    "contains": (2, 2, lambda c, a: string(a[1]) in string(a[0])),
    "substring-before": (2, 2, _before),
    "substring-after": (2, 2, _after),
    "substring": (2, 3, _substring),
    "string-length": (0, 1, lambda c, a: float(len(_own(c, a)))),
    "normalize-space": (0, 1, lambda c, a: " ".join(_BLANKS.split(_own(c, a).strip(" \t\r\n")))),
    "translate": (3, 3, _translate),
    "boolean": (1, 1, lambda c, a: boolean(a[0])),
    "not": (1, 1, lambda c, a: not boolean(a[0])),
    "true": (0, 0, lambda c, a: True),
    "false": (0, 0, lambda c, a: False),
    "lang": (1, 1, _lang),
    "number": (0, 1, lambda c, a: number(a[0] if a else c.tree.value(c.node))),
    "sum": (1, 1, lambda c, a: math.fsum(number(v) for v in _nodes(a, "sum").values())),
    "floor": (1, 1, _whole(math.floor)),
    "ceiling": (1, 1, _whole(math.ceil)),
    "round": (1, 1, lambda c, a: _xpath_round(number(a[0]))),
}
