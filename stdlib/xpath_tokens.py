"""The tokens of an XPath 1.0 query (XMLExecuteXPath, stdlib/xml_xpath.py), read by XPath
1.0's lexical rules (its section 3.7): a `*` or a name right after an operand is an
operator (`2 * 3`, `a div b`); a name followed by `(` is a function or a node type
(`text()`); a name followed by `::` is an axis. Only XPath's blanks (space, tab, CR, LF)
separate tokens. A query nested deeper than `DEEPEST` or joining more than
`MOST_OPERATORS` binary operators is refused here, in words, before the reading and the
evaluation recurse over it (it went down Python's stack: "Stack overflow: the value is
nested too deeply").
"""
from __future__ import annotations

__all__ = ["DEEPEST", "MOST_OPERATORS", "Token", "not_valid", "tokens", "unsupported"]

import re
from typing import NamedTuple

from wlinterp.errors import WLRuntimeError

DEEPEST = 32  # parentheses, brackets or minus signs inside one another
MOST_OPERATORS = 256  # binary operators in one query: each nests its left operand once

_NAME = r"[^\W\d][\w.\-]*"
_READ = re.compile(rf"""(?P<lit>'[^']*'|"[^"]*")
    |(?P<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)
    |(?P<var>\${_NAME}(?::{_NAME})?)
    |(?P<name>{_NAME}(?::(?:{_NAME}|\*))?)
    |(?P<op>//|::|!=|<=|>=|\.\.|[/.@*\[\]()=<>|,+\-])""", re.VERBOSE)
_WORDS = ("and", "or", "div", "mod")
_NODE_TYPES = ("node", "text", "comment", "processing-instruction")
_BINARY = frozenset(("or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div",
                     "mod"))
# after these (or at the start) a `*` is a name test and a name is a name, not an operator
_NOT_OPERAND = frozenset(("@", "::", "(", "[", ",", "/", "//", "|", "+", "-", "=", "!=",
                          "<", "<=", ">", ">=", "*") + _WORDS)  # (an operator `*`, `div`)


class Token(NamedTuple):
    """One token: its kind (lit, num, var, name, func, type, axis, op) and its text."""

    kind: str
    text: str


def tokens(query: str) -> list[Token]:
    """The query's tokens, checked against the nesting and operator limits."""
    out = _cut(query)
    depth = deepest = minus = 0
    for tok in out:
        if tok.kind == "op":
            depth += (tok.text in ("(", "[")) - (tok.text in (")", "]"))
        minus = minus + 1 if tok == ("op", "-") else 0
        deepest = max(deepest, depth, minus)
    if deepest > DEEPEST:
        raise WLRuntimeError(f"XMLExecuteXPath: the query nests more than {DEEPEST} "
                             f"parentheses, brackets or signs inside one another.")
    if sum(tok.kind == "op" and tok.text in _BINARY for tok in out) > MOST_OPERATORS:
        raise WLRuntimeError(f"XMLExecuteXPath: the query joins values with more than "
                             f"{MOST_OPERATORS} operators (and, or, =, +...).")
    return out


def _cut(query: str) -> list[Token]:
    out: list[Token] = []
    i = _skip(query, 0)
    while i < len(query):
        m = _READ.match(query, i)
        if m is None:
            raise not_valid(query, query[i:i + 20])
        kind, text = m.lastgroup or "op", m.group(0)
        i = _skip(query, m.end())
        out.append(_classified(query, out, kind, text, query[i:i + 2]))
    return out


def _skip(query: str, i: int) -> int:
    """The index of the first character at or after `i` that is no XPath blank."""
    while i < len(query) and query[i] in " \t\r\n":
        i += 1
    return i


def _classified(query: str, before: list[Token], kind: str, text: str, ahead: str) -> Token:
    """The token's kind by what precedes and follows it (XPath 1.0, 3.7)."""
    operand_before = bool(before) and not (before[-1].kind == "op"
                                           and before[-1].text in _NOT_OPERAND)
    if text == "*" and kind == "op":
        return Token("op", "*") if operand_before else Token("name", "*")
    if kind != "name":
        return Token(kind, text)
    if operand_before:
        if text not in _WORDS:
            raise not_valid(query, text)
        return Token("op", text)
    if ahead[:1] == "(":
        return Token("type" if text in _NODE_TYPES else "func", text)
    if ahead == "::":
        return Token("axis", text)
    return Token("name", text)


def not_valid(query: str, what: str) -> WLRuntimeError:
    """A query that is no XPath 1.0."""
    return WLRuntimeError(f"XMLExecuteXPath: the query {query!r} is not valid XPath "
                          f"(unexpected {what or 'end of the query'!r}).")


def unsupported(query: str, what: str) -> WLRuntimeError:
    """Valid XPath 1.0 that wlinterp does not evaluate (the namespace axis, a variable),
    or a function that is not XPath 1.0's (upper-case(): XPath 2)."""
    return WLRuntimeError(f"XMLExecuteXPath: '{what}' in the query {query!r} is not in the "
                          f"XPath subset wlinterp evaluates (XPath 1.0: its axes but "
                          f"namespace::, its functions, no variables).")
