"""XPath predicates beyond a position or one comparison, for XMLExecuteXPath
(stdlib/xml_xpath.py): `[@a='1' and price > 100]`, `[contains(Title, 'war')]`,
`[position() < 3]`, `[not(@hidden)]`, `[(a or b) and c != 'x']`.

A predicate is read once into a function of its context (the element tested, its
position among the nodes of its step under one parent, their number), then applied to
each node, as XPath 1.0 evaluates it: a number result keeps the node at that position,
any other result its boolean. Values are XPath's four kinds, here a list of strings (a
node-set: the string-values of the nodes), str, float and bool, compared as XPath 1.0
compares them (a node-set with anything: some node compares so; `<`, `>` as numbers).
The functions evaluated: not, true, false, boolean, position, last, count, sum, round,
floor, ceiling, name, local-name, contains, starts-with, normalize-space, string-length, string, number,
concat, translate and substring (XPath 1.0's; ends-with, lower-case... are XPath 2's
and stay refused); a query may also start with one (`sum(//Line/Amount)`), and an
absolute path (`/Order/@currency`) is read from the document's root. Numbers are
computed with + - * div mod (`[Qty * Price > 100]`, `[position() mod 2 = 0]`).
*decided* FS 7 Dec 2026 (XMLExecuteXPath's page is not stored): docs/builtins.md "XPath".
"""
from __future__ import annotations

__all__ = ["Context", "FUNCTIONS", "Nodes", "Reader", "boolean", "compare", "number", "predicate_function",
           "string"]

import math
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from typing import Callable, Protocol, Union

from wlinterp.errors import WLRuntimeError

from .xml_doc_index import attributes


class Nodes(list[str]):
    """A node-set: the string-values of its nodes, and their names (`names`) for
    name() and local-name()."""

    def __init__(self, values: list[str], names: list[str]) -> None:
        super().__init__(values)
        self.names = names


Value = Union[list[str], str, float, bool]  # a node-set: the string-values of its nodes
Context = tuple[ET.Element, int, int]  # (element, position from 1, size)
Compiled = Callable[[Context], Value]

_COMPARISONS = ("=", "!=", "<", "<=", ">", ">=")


class Reader(Protocol):
    """The token reader of the query (xml_xpath._Query)."""

    query: str
    toks: list[str]
    pos: int

    def peek(self) -> str: ...

    def take(self, expected: str | None = None) -> str: ...

    def name(self, tok: str) -> str: ...

    def fail(self, tok: str) -> WLRuntimeError: ...

    def absolute_values(self) -> list[str]: ...


def predicate_function(q: Reader) -> Compiled:
    """Read the expression inside `[...]` (the `[` taken, the `]` left)."""
    return _or(q)


def _or(q: Reader) -> Compiled:
    return _chain(q, "or", _and, _either)


def _and(q: Reader) -> Compiled:
    return _chain(q, "and", _comparison, _both)


def _chain(q: Reader, word: str, operand: Callable[[Reader], Compiled],
           join: Callable[[Compiled, Compiled], Compiled]) -> Compiled:
    """Operands joined by `word` (`or`, `and`), left to right."""
    left = operand(q)
    while q.peek() == word:
        q.take()
        left = join(left, operand(q))
    return left


def _either(a: Compiled, b: Compiled) -> Compiled:
    return lambda c: boolean(a(c)) or boolean(b(c))


def _both(a: Compiled, b: Compiled) -> Compiled:
    return lambda c: boolean(a(c)) and boolean(b(c))


def _comparison(q: Reader) -> Compiled:
    left = _sum(q)
    while q.peek() in _COMPARISONS:
        op = q.take()
        left = _compared(left, op, _sum(q))
    return left


def _sum(q: Reader) -> Compiled:
    """`a + b`, `a - b`, over products (`a * b`, `a div b`, `a mod b`): numbers, as
    XPath computes them (NaN for a text that is no number, Infinity for a division by
    zero); `*` after an operand multiplies, first in an operand it is any element."""
    left = _product(q)
    while q.peek() in ("+", "-"):
        op = q.take()
        left = _arithmetic(left, op, _product(q))
    return left


def _product(q: Reader) -> Compiled:
    left = _negated(q)
    while q.peek() in ("*", "div", "mod"):
        op = q.take()
        left = _arithmetic(left, op, _negated(q))
    return left


def _negated(q: Reader) -> Compiled:
    if q.peek() == "-":
        q.take()
        inner = _negated(q)
        return lambda c: -number(inner(c))
    return _primary(q)


def _arithmetic(a: Compiled, op: str, b: Compiled) -> Compiled:
    return lambda c: _computed(number(a(c)), op, number(b(c)))


def _computed(x: float, op: str, y: float) -> float:
    """XPath's + - * div mod on numbers (mod keeps the dividend's sign, as fmod)."""
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if y == 0:
        if op == "mod" or x == 0 or math.isnan(x):
            return math.nan
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    return x / y if op == "div" else math.fmod(x, y)


def _compared(a: Compiled, op: str, b: Compiled) -> Compiled:
    return lambda c: compare(a(c), op, b(c))


def _primary(q: Reader) -> Compiled:
    """A literal, a number, `( expr )`, a function call or a relative location."""
    tok = q.peek()
    if tok[:1] in "'\"" and len(tok) >= 2:
        q.take()
        text = tok[1:-1]
        return lambda c: text
    if tok[:1].isdigit():
        q.take()
        number = float(tok)
        return lambda c: number
    if tok == "(":
        q.take()
        inner = _or(q)
        q.take(")")
        return inner
    if tok in FUNCTIONS and _calls(q):
        return _call(q)
    return _location(q)


def _calls(q: Reader) -> bool:
    """Whether the name at the reader is followed by `(` (a call, not an element)."""
    return q.pos + 1 < len(q.toks) and q.toks[q.pos + 1] == "("


def _location(q: Reader) -> Compiled:
    """`.`, `@name`, `text()`, `name` and `name/name/...` from the element tested: the
    string-values of the nodes it reaches."""
    if q.peek() in ("/", "//"):  # from the document's root: the same for every node
        values = q.absolute_values()
        return lambda c: values
    steps: list[Callable[[list[ET.Element]], list[ET.Element]]] = []
    while True:
        tok = q.take()
        if tok == "@":
            name = q.name(q.take())
            return _attribute_of(steps, name)
        if tok == "text" and q.peek() == "(":
            q.take("("), q.take(")")
            return _text_of(steps)
        if tok == ".":
            steps.append(lambda els: els)
        else:
            steps.append(_children_named(q.name(tok)))
        if q.peek() != "/":
            return _values_of(steps)
        q.take()


def _children_named(name: str) -> Callable[[list[ET.Element]], list[ET.Element]]:
    return lambda els: [c for el in els for c in el if name in ("*", c.tag)]


def _walk(steps: list[Callable[[list[ET.Element]], list[ET.Element]]],
          el: ET.Element) -> list[ET.Element]:
    els = [el]
    for step in steps:
        els = step(els)
    return els


def _values_of(steps: list[Callable[[list[ET.Element]], list[ET.Element]]]) -> Compiled:
    return lambda c: _elements(_walk(steps, c[0]))


def _elements(els: list[ET.Element]) -> Nodes:
    return Nodes(["".join(e.itertext()) for e in els], [e.tag for e in els])


def _attribute_of(steps: list[Callable[[list[ET.Element]], list[ET.Element]]],
                  name: str) -> Compiled:
    return lambda c: _attributes(_walk(steps, c[0]), name)


def _attributes(els: list[ET.Element], name: str) -> Nodes:
    """`@*` / `@name`: the attributes the path step `/@*` finds (xml_xpath._Query.step),
    namespace declarations left out, so `count(@*)` in a predicate counts what `//x/@*`
    lists."""
    found = [(a, e.attrib[a]) for e in els for a in attributes(e) if name in ("*", a)]
    return Nodes([v for _, v in found], [a for a, _ in found])


def _text_of(steps: list[Callable[[list[ET.Element]], list[ET.Element]]]) -> Compiled:
    return lambda c: [e.text for e in _walk(steps, c[0]) if e.text]


def _call(q: Reader) -> Compiled:
    """`name(arg, ...)`: the function applied to its arguments' values."""
    name = q.take()
    q.take("(")
    args: list[Compiled] = []
    if q.peek() != ")":
        args.append(_or(q))
        while q.peek() == ",":
            q.take()
            args.append(_or(q))
    q.take(")")
    least, most, run = FUNCTIONS[name]
    if not least <= len(args) <= most:
        counted = str(least) if least == most else f"{least} to {most}"
        raise WLRuntimeError(f"XMLExecuteXPath: {name}() takes {counted} argument(s), "
                             f"not {len(args)}, in the query {q.query!r}.")
    return lambda c: run(c, [a(c) for a in args])


def string(v: Value) -> str:
    """XPath's string(): a node-set's first value, a number without a useless .0."""
    if isinstance(v, list):
        return v[0] if v else ""
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
    if isinstance(a, list) and isinstance(b, list):
        return any(compare(x, op, y) for x in a for y in b)
    if isinstance(a, list):
        if isinstance(b, bool):
            return compare(boolean(a), op, b)
        return any(compare(x, op, b) for x in a)
    if isinstance(b, list):
        return compare(b, _MIRROR[op], a)
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


def _name_of(c: Context, args: list[Value]) -> str:
    """name(): the node's name as written, its prefix with it (`soap:Body`); with a
    node-set, its first node's; "" for an empty one or a text."""
    if not args:
        return c[0].tag
    names = getattr(args[0], "names", None)
    return names[0] if names else ""


def _normalized(c: Context, args: list[Value]) -> str:
    text = string(args[0]) if args else "".join(c[0].itertext())
    return " ".join(text.split())


def _length(c: Context, args: list[Value]) -> float:
    return float(len(string(args[0]) if args else "".join(c[0].itertext())))


def _xpath_round(x: float) -> float:
    """XPath's round(): the nearest whole number, a half up (2.5 -> 3, -2.5 -> -2, not
    Python's 2 and -2); NaN and the infinities as they are."""
    return float(math.floor(x + 0.5)) if math.isfinite(x) else x


def _substring(c: Context, args: list[Value]) -> str:
    """XPath 1.0's substring(s, start [, length]): the characters at the positions p
    (from 1) with round(start) <= p < round(start) + round(length), in floating point:
    a NaN start or length gives "" (no comparison with NaN holds), an infinite length
    runs to the end, and `substring('12345', 2.5)` is 345. Python's round() stopped
    the script on NaN and infinity and rounded 2.5 to 2."""
    text, start = string(args[0]), _xpath_round(number(args[1]))
    end = start + _xpath_round(number(args[2])) if len(args) > 2 else math.inf
    return "".join(ch for i, ch in enumerate(text, 1) if start <= i < end)


def _translate(c: Context, args: list[Value]) -> str:
    source, to = string(args[1]), string(args[2])
    table: dict[int, str | None] = {}
    for i, ch in enumerate(source):
        table.setdefault(ord(ch), to[i] if i < len(to) else None)
    return string(args[0]).translate(table)


FUNCTIONS: dict[str, tuple[int, int, Callable[[Context, list[Value]], Value]]] = {
    "not": (1, 1, lambda c, a: not boolean(a[0])),
    "true": (0, 0, lambda c, a: True),
    "false": (0, 0, lambda c, a: False),
    "position": (0, 0, lambda c, a: float(c[1])),
    "last": (0, 0, lambda c, a: float(c[2])),
    "count": (1, 1, lambda c, a: float(len(a[0])) if isinstance(a[0], list) else math.nan),
    "sum": (1, 1, lambda c, a: math.fsum(number(v) for v in a[0])
            if isinstance(a[0], list) else math.nan),
    "boolean": (1, 1, lambda c, a: boolean(a[0])),
    "round": (1, 1, lambda c, a: _xpath_round(number(a[0]))),
    "floor": (1, 1, lambda c, a: float(math.floor(number(a[0])))
              if math.isfinite(number(a[0])) else number(a[0])),
    "ceiling": (1, 1, lambda c, a: float(math.ceil(number(a[0])))
                if math.isfinite(number(a[0])) else number(a[0])),
    "name": (0, 1, lambda c, a: _name_of(c, a)),
    "local-name": (0, 1, lambda c, a: _name_of(c, a).rpartition(":")[2]),
    "contains": (2, 2, lambda c, a: string(a[1]) in string(a[0])),
    "starts-with": (2, 2, lambda c, a: string(a[0]).startswith(string(a[1]))),
    "normalize-space": (0, 1, _normalized),
    "string-length": (0, 1, _length),
    "string": (0, 1, lambda c, a: string(a[0]) if a else "".join(c[0].itertext())),
    "number": (0, 1, lambda c, a: number(a[0]) if a else number("".join(c[0].itertext()))),
    "concat": (2, 99, lambda c, a: "".join(string(v) for v in a)),
    "translate": (3, 3, _translate),
    "substring": (2, 3, _substring),
}
