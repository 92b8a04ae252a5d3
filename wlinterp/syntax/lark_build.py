"""Lark's LALR parser of the grammar: imported only to build the parser tables that
tables.py caches (parsing itself runs our driver on those tables, without Lark)."""
from __future__ import annotations

__all__ = ["build_lark"]

from typing import Any, Iterable, Iterator

from lark import Lark
from lark.lexer import Lexer

from .builder import Builder
from .tokens import Token


class TokenListLexer(Lexer):
    """Lark's side of our hand-written lexer: the input *is* the token list."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        return iter(data)


def build_lark() -> Lark:
    """The LALR parser with the AST builder applied during the parse (tree-less)."""
    return Lark.open_from_package(
        "wlinterp.grammar", "wlanguage.lark", parser="lalr", lexer=TokenListLexer,
        transformer=Builder(), maybe_placeholders=True, cache=True)
