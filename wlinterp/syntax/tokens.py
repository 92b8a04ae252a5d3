"""Tokens as the lexer builds them (the keyword tables are in words.py)."""
from __future__ import annotations

__all__ = ["AttributedToken", "Token"]


class Token:
    """A token as Lark's LALR driver needs it (type, value, position), but lighter than
    `lark.Token`: building tokens is a large share of parsing time."""

    __slots__ = ("type", "value", "start_pos", "line", "column", "end_pos")

    def __init__(self, type: str, value: str, start_pos: int = 0, line: int = 0,
                 column: int = 0, end_pos: int = 0) -> None:
        self.type = type
        self.value = value
        self.start_pos = start_pos
        self.line = line
        self.column = column
        self.end_pos = end_pos

    @property
    def end_line(self) -> int:
        return self.line

    @property
    def end_column(self) -> int:
        return self.column + len(self.value)

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"Token({self.type!r}, {self.value!r}, line={self.line}, col={self.column})"


class AttributedToken(Token):
    """A declaration's TYPE token with the extension attributes written after the type
    (`x is int <immutable>`): each attribute's text, line and column, for the semantic
    pass (semantics/variable_attributes.py); the type phrase itself is without them."""

    __slots__ = ("attributes",)

    def __init__(self, tok: Token, attributes: tuple[tuple[str, int, int], ...]) -> None:
        super().__init__(tok.type, tok.value, tok.start_pos, tok.line, tok.column,
                         tok.end_pos)
        self.attributes = attributes
