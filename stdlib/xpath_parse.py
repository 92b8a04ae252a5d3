"""An XPath 1.0 query read into its expression tree (XMLExecuteXPath, stdlib/xml_xpath.py;
evaluated by xpath_eval.py), by XPath 1.0's grammar (its sections 2 and 3): location
paths with their 13 axes, node tests and predicates, filter expressions (`(//p)[2]`,
`id('x')/b`), unions, the operators by their precedence, function calls. The tokens
come from xpath_tokens.py, which has refused a query nested too deep; operators of one
level are read in a loop, so the reading recurses only as deep as the nesting.
"""
from __future__ import annotations

__all__ = ["AXES", "Call", "Expr", "Filter", "Literal", "Negated", "Number", "Operation",
           "Path", "Step", "Union", "parse"]

from dataclasses import dataclass, field

from .xpath_tokens import Token, not_valid, tokens, unsupported

AXES = ("ancestor", "ancestor-or-self", "attribute", "child", "descendant",
        "descendant-or-self", "following", "following-sibling", "namespace", "parent",
        "preceding", "preceding-sibling", "self")


@dataclass(frozen=True)
class Number:
    value: float


@dataclass(frozen=True)
class Literal:
    value: str


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class Negated:
    operand: Expr


@dataclass(frozen=True)
class Operation:
    """`left op right` for or, and, = != < <= > >=, + - * div mod."""

    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Union:
    parts: tuple[Expr, ...]


@dataclass(frozen=True)
class Step:
    """axis::test[predicates]; the test is a name as written (`soap:Body`), `*`, `p:*`,
    or a node type with `()` (`text()`, `node()`, `comment()`,
    `processing-instruction()`, this one with its literal or "")."""

    axis: str
    test: str
    predicates: tuple[Expr, ...] = ()
    target: str = ""  # processing-instruction('target')


@dataclass(frozen=True)
class Filter:
    """A primary expression with predicates (`(//p)[2]`)."""

    primary: Expr
    predicates: tuple[Expr, ...]


@dataclass(frozen=True)
class Path:
    """Steps from `start` (a filter expression), from the document node (`absolute`), or
    from the context node."""

    steps: tuple[Step, ...]
    absolute: bool = False
    start: Expr | None = None


Expr = Number | Literal | Call | Negated | Operation | Union | Filter | Path

_LEVELS = (("or",), ("and",), ("=", "!="), ("<", "<=", ">", ">="), ("+", "-"),
           ("*", "div", "mod"))
_ANY_NODE = Step("descendant-or-self", "node()")


@dataclass
class _Reader:
    query: str
    toks: list[Token]
    pos: int = 0
    functions: frozenset[str] = field(default_factory=frozenset)

    def peek(self, ahead: int = 0) -> Token:
        at = self.pos + ahead
        return self.toks[at] if at < len(self.toks) else Token("end", "")

    def is_op(self, *texts: str) -> bool:
        tok = self.peek()
        return tok.kind == "op" and tok.text in texts

    def take(self, text: str | None = None) -> Token:
        tok = self.peek()
        if text is not None and not (tok.kind == "op" and tok.text == text):
            raise not_valid(self.query, tok.text)
        self.pos += 1
        return tok


def parse(query: str, functions: frozenset[str]) -> Expr:
    """The expression tree of `query`; `functions` are the names a call may use (others
    are refused as outside XPath 1.0)."""
    reader = _Reader(query, tokens(query), functions=functions)
    if not reader.toks:
        raise not_valid(query, "")
    expr = _binary(reader, 0)
    if reader.pos < len(reader.toks):
        raise not_valid(query, reader.peek().text)
    return expr


def _binary(r: _Reader, level: int) -> Expr:
    """The operators of `_LEVELS[level]` and above, left to right."""
    if level == len(_LEVELS):
        return _unary(r)
    left = _binary(r, level + 1)
    while r.is_op(*_LEVELS[level]):
        op = r.take().text
        left = Operation(op, left, _binary(r, level + 1))
    return left


def _unary(r: _Reader) -> Expr:
    if r.is_op("-"):
        r.take()
        return Negated(_unary(r))
    parts = [_path_expr(r)]
    while r.is_op("|"):
        r.take()
        parts.append(_path_expr(r))
    return parts[0] if len(parts) == 1 else Union(tuple(parts))


def _path_expr(r: _Reader) -> Expr:
    """A location path, or a filter expression and the relative path after it."""
    tok = r.peek()
    if tok.kind in ("lit", "num", "var", "func") or tok == ("op", "("):
        start = _filter(r)
        if not r.is_op("/", "//"):
            return start
        return Path(tuple(_relative(r, after_slash=True)), start=start)
    if r.is_op("/", "//"):
        if r.is_op("/") and not _starts_step(r.peek(1)):
            r.take()
            return Path((), absolute=True)
        return Path(tuple(_relative(r, after_slash=True)), absolute=True)
    return Path(tuple(_relative(r, after_slash=False)))


def _starts_step(tok: Token) -> bool:
    return tok.kind in ("name", "axis", "type") or tok.kind == "op" and tok.text in (
        "@", ".", "..")


def _relative(r: _Reader, after_slash: bool) -> list[Step]:
    """Steps joined by `/` or `//` (`//` is /descendant-or-self::node()/); with
    `after_slash`, the reader is on the first `/` or `//`."""
    steps: list[Step] = []
    if not after_slash:
        steps.append(_step(r))
    while r.is_op("/", "//"):
        if r.take().text == "//":
            steps.append(_ANY_NODE)
        steps.append(_step(r))
    return steps


def _step(r: _Reader) -> Step:
    tok = r.peek()
    if r.is_op("."):
        r.take()
        return Step("self", "node()")
    if r.is_op(".."):
        r.take()
        return Step("parent", "node()")
    axis = "child"
    if r.is_op("@"):
        r.take()
        axis = "attribute"
    elif tok.kind == "axis":
        r.take()
        r.take("::")
        if tok.text not in AXES:
            raise not_valid(r.query, tok.text + "::")
        if tok.text == "namespace":
            raise unsupported(r.query, "namespace::")
        axis = tok.text
    test, target = _node_test(r)
    return Step(axis, test, _predicates(r), target)


def _node_test(r: _Reader) -> tuple[str, str]:
    tok = r.take()
    if tok.kind == "name":
        return tok.text, ""
    if tok.kind != "type":
        raise not_valid(r.query, tok.text)
    r.take("(")
    target = ""
    if tok.text == "processing-instruction" and r.peek().kind == "lit":
        target = r.take().text[1:-1]
    r.take(")")
    return tok.text + "()", target


def _predicates(r: _Reader) -> tuple[Expr, ...]:
    found = []
    while r.is_op("["):
        r.take()
        found.append(_binary(r, 0))
        r.take("]")
    return tuple(found)


def _filter(r: _Reader) -> Expr:
    primary = _primary(r)
    predicates = _predicates(r)
    return Filter(primary, predicates) if predicates else primary


def _primary(r: _Reader) -> Expr:
    tok = r.take()
    if tok.kind == "lit":
        return Literal(tok.text[1:-1])
    if tok.kind == "num":
        return Number(float(tok.text))
    if tok.kind == "var":
        raise unsupported(r.query, tok.text)
    if tok == ("op", "("):
        inner = _binary(r, 0)
        r.take(")")
        return inner
    if tok.text not in r.functions:
        raise unsupported(r.query, tok.text + "()")
    r.take("(")
    args: list[Expr] = []
    if not r.is_op(")"):
        args.append(_binary(r, 0))
        while r.is_op(","):
            r.take()
            args.append(_binary(r, 0))
    r.take(")")
    return Call(tok.text, tuple(args))
