"""Operator precedence for the flat operator chains the grammar produces.

The grammar reads `a + b * c AND NOT d = e` as one flat list (one LALR reduction per
operand, which keeps parsing fast); `build_chain` regroups it by precedence, lowest first:
`??` and `??*` (?1511031), AND OR _AND_ _OR_ (one level, left to right), NOT, comparisons
and IN, + -, * / %, and ^ (right-associative). See docs/semantics.md §3.
"""
from __future__ import annotations

__all__ = ["NotPrefix", "build_chain"]

from typing import Any

from . import nodes as N
from .tokens import Token

BINOPS = {"PLUS": "+", "MINUS": "-", "STAR": "*", "SLASH": "/", "PERCENT": "%", "CARET": "^",
          "AMP": "&", "PIPE": "|", "XOR": "||", "SHL": "<<", "SHR": ">>"}
CMP = {"EQ": "=", "NE": "<>", "LT": "<", "LE": "<=", "GT": ">", "GE": ">=",
       "FLEXEQ": "~=", "VFLEXEQ": "~~"}


def cmp_name(tok: Token) -> str:
    """The WLanguage spelling of a comparison operator token."""
    if tok.type in CMP:
        return CMP[tok.type]
    return tok.value  # [=, [~, [~~, [=], =], ~], ...


def build_chain(items: list[Any]) -> N.Expr:
    """[operand, op, operand, ..., IN tok, LPAR, args, RPAR, ...] -> one expression tree."""
    if len(items) == 3:  # `a + b`, `i % 3 = 0`... : one operator, most chains
        left, tok, right = items
        if type(tok) is Token and tok.type in _PREC and not isinstance(left, Token) \
                and not isinstance(right, Token) and type(left) is not NotPrefix \
                and type(right) is not NotPrefix:
            return _one(left, tok, right)
    flat: list[Any] = []
    i = 0
    while i < len(items):
        x = items[i]
        if isinstance(x, Token) and x.type in ("IN", "NOTIN"):
            flat.append(_Op(x, "in", items[i + 2], x.type == "NOTIN"))
            i += 4
            continue
        if isinstance(x, Token) and x.type == "ISA":  # `o is CBase`: its class's name
            flat.append(_Op(x, "isa", items[i + 1]))
            i += 2
            continue
        if isinstance(x, Token):
            flat.append(_Op(x, x.type))
        elif type(x) is NotPrefix:
            toks = []
            while type(x) is NotPrefix:
                toks.append(x)
                x = x.operand
            flat.append(_Nots(toks, x))
        else:
            flat.append(x)
        i += 1
    node, _ = _climb(flat, 0, 0)
    return node


# Lowest to highest: AND OR _AND_ _OR_ (one level, left to right), NOT, comparisons and
# IN, binary | and || (xor), binary &, bitLeftShift/bitRightShift, + -, * / %, ^
# (right-associative). Unary minus, `~` and `&x` bind tighter than all of them.
_PREC = {"COALESCE": 0, "AND": 1, "OR": 1, "SAND": 1, "SOR": 1, "in": 3, "isa": 3,
         "EQ": 3, "NE": 3, "LT": 3, "LE": 3, "GT": 3, "GE": 3, "FLEXEQ": 3, "VFLEXEQ": 3,
         "CONTAINS": 3, "STARTS": 3, "ENDS": 3, "PIPE": 4, "XOR": 4, "AMP": 5, "SHL": 6,
         "SHR": 6, "PLUS": 7, "MINUS": 7, "STAR": 8, "SLASH": 8, "PERCENT": 8, "CARET": 9}
_NOT_PREC = 2


class _Op:
    """A binary operator (or an IN list) in a flat operator chain."""

    __slots__ = ("tok", "kind", "args", "negate", "prec")

    def __init__(self, tok: Token, kind: str, args: Any = None, negate: bool = False) -> None:
        self.tok, self.kind, self.args, self.negate = tok, kind, args, negate
        self.prec = _PREC[kind]


class NotPrefix(N.Unary):
    """`NOT x` as parsed; inside an operator chain it is regrouped so that NOT covers the
    comparison after it (`NOT a = b` is `NOT (a = b)`)."""

    __slots__ = ()


class _Nots:
    """One or more prefix NOTs and the operand they start from."""

    __slots__ = ("toks", "operand")

    def __init__(self, toks: list[Any], operand: N.Expr) -> None:
        self.toks, self.operand = toks, operand


def _climb(items: list[Any], pos: int, minp: int) -> tuple[N.Expr, int]:
    """Precedence climbing over [operand, op, operand, ...]."""
    item = items[pos]
    pos += 1
    if isinstance(item, _Nots):
        left, pos = _extend(item.operand, items, pos, _NOT_PREC + 1)
        for tok in reversed(item.toks):
            left = N.Unary(tok.line, tok.col, "not", left)
    else:
        left = item
    return _extend(left, items, pos, minp)


def _one(left: N.Expr, tok: Token, right: N.Expr) -> N.Expr:
    """`left op right` as `_extend` makes it."""
    prec = _PREC[tok.type]
    if prec == 3:
        return N.Compare(tok.line, tok.column, [cmp_name(tok)], [left, right])
    if prec == 1:
        return N.Logic(tok.line, tok.column, tok.type.lower(), left, right)
    if prec == 0:  # `a ?? b`, `a ??* b` (?1511031): the lowest, below AND and OR
        return N.BinOp(tok.line, tok.column, str(tok.value), left, right)
    return N.BinOp(tok.line, tok.column, BINOPS[tok.type], left, right)


def _extend(left: N.Expr, items: list[Any], pos: int, minp: int) -> tuple[N.Expr, int]:
    chained = False
    while pos < len(items):
        op = items[pos]
        if op.prec < minp:
            break
        pos += 1
        tok = op.tok
        if op.kind == "isa":
            left = N.IsClass(tok.line, tok.column, left, op.args[0])
            chained = False
            continue
        if op.kind == "in":
            left = N.InList(tok.line, tok.column, left, op.args, op.negate,
                            str(tok.value).startswith("_"))  # _IN_ / _DANS_
            chained = False
            continue
        right, pos = _climb(items, pos, op.prec if op.kind == "CARET" else op.prec + 1)
        if op.prec == 3:
            if chained and isinstance(left, N.Compare):
                left.ops.append(cmp_name(tok))
                left.operands.append(right)
            else:
                left = N.Compare(tok.line, tok.column, [cmp_name(tok)], [left, right])
            chained = True
        elif op.prec == 1:
            left = N.Logic(tok.line, tok.column, op.kind.lower(), left, right)
            chained = False
        else:
            left = N.BinOp(tok.line, tok.column, BINOPS.get(op.kind) or str(tok.value),
                           left, right)  # (`??`, `??*`: their own spelling)
            chained = False
    return left, pos
