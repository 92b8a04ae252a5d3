"""The "nested too deeply" error, at the place that nests deepest.

Every pass over the AST (linking, checking, compiling) recurses, and so does CPython's
own compiler on the generated code. A program that nests deeper than they can go —
thousands of parentheses, a 50,000-term concatenation, hundreds of nested IF blocks —
fails there with RecursionError, or with CPython's "too many nested parentheses" /
"too many levels of indentation". Rather than fix a limit for every pass up front
(a walk added to every parse), the failure is caught where it happens and reported here,
as a WLanguage syntax error at the deepest point, found without recursion. Decision
(docs/security.md): no fixed nesting limit; what the passes can compile still compiles.
"""
from __future__ import annotations

__all__ = ["too_deep", "too_deep_in_tokens", "too_deep_lambdas", "is_nesting_failure"]

from typing import Any, Iterable

from ..errors import WLSyntaxError
from . import nodes as N
from .walk import children

_ADVICE = ("split it: intermediate variables for long expressions, procedures for deep "
           "blocks")
_OPENERS = {"LPAR", "LBRACK", "LSUB", "LBRACE"}
_CLOSERS = {"RPAR", "RBRACK", "RSUB", "RBRACE"}


def _deepest(roots: Iterable[Any]) -> tuple[int, int, int]:
    """(depth, line, column) of the deepest node under `roots` (the first such node in
    source order), walked with an explicit stack."""
    best = (0, 1, 1)
    stack: list[tuple[Any, int]] = [(r, 1) for r in roots]
    while stack:
        node, depth = stack.pop()
        line = getattr(node, "line", 0)
        if isinstance(node, N.Node) and line and (
                depth > best[0] or depth == best[0] and (line, node.col) < best[1:]):
            best = (depth, line, node.col)
        stack.extend((child, depth + 1) for child in children(node))
    return best


def too_deep(programs: Iterable[N.Program], filename: str, source: str | None
             ) -> WLSyntaxError:
    """The error for programs a pass could not go through: at their deepest node."""
    depth, line, col = _deepest(programs)
    return WLSyntaxError(f"the code nests too deeply here to be compiled ({depth} levels of "
                         f"blocks and sub-expressions); {_ADVICE}", line, col, filename,
                         source)


def too_deep_in_tokens(tokens: list[Any], filename: str, source: str) -> WLSyntaxError:
    """The error when the parser itself could not go on: at the innermost bracket."""
    depth = deepest = 0
    where = (1, 1)
    for tok in tokens:
        if tok.type in _OPENERS:
            depth += 1
            if depth > deepest:
                deepest, where = depth, (tok.line, tok.column)
        elif tok.type in _CLOSERS:
            depth -= 1
    return WLSyntaxError(f"the code nests too deeply here to be parsed ({deepest} levels of "
                         f"brackets); {_ADVICE}", where[0], where[1], filename, source)


def too_deep_lambdas(tokens: list[Any], filename: str, source: str) -> WLSyntaxError:
    """The error when lambdas nest deeper than hoisting them can go (`(x) => (x) => ...`
    thousands deep): at the innermost, the last one written."""
    arrows = [tok for tok in tokens if tok.type == "LAMBDA"]
    last = arrows[-1]
    return WLSyntaxError(f"lambdas nest too deeply here to be compiled ({len(arrows)} "
                         f"lambdas in this code); write the inner ones as procedures",
                         last.line, last.column, filename, source)


def is_nesting_failure(exc: BaseException) -> bool:
    """Did CPython's compiler give up on the generated code because of its nesting (its
    fixed limits: 200 parentheses, 100 indentation levels, 20 nested loops)?"""
    if isinstance(exc, (RecursionError, MemoryError)):
        return True
    text = str(getattr(exc, "msg", exc))
    return isinstance(exc, SyntaxError) and ("too many" in text or "nested" in text)
