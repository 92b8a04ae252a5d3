"""Is a `= [` ... `]` block text although its first line looks like an array item?

The lexer reads a block whose first line is a literal or ends with a comma as an array
literal. Two things say it is text anyway: the variable it initialises is declared a
string (`s is string = [` / `s est une chaîne = [`: an array cannot go there), or one of
its lines holds a colon outside quotes and comments (`"name": "x",`: JSON, which no
array item holds; `1, // first: one` is an array item with a comment).
"""
from __future__ import annotations

__all__ = ["text_anyway"]


from .names import fold
from .tokens import Token
from ..lazy_regex import lazy_compile

_STRING_TYPES = {"string", "chaine", "ansi string", "chaine ansi", "unicode string",
                 "chaine unicode", "buffer"}
_ARTICLES = lazy_compile(r"^(?:a|an|un|une)\s+")
_QUOTED = lazy_compile(r"\"[^\"]*\"|“[^”]*”")


def text_anyway(out: list[Token], lines: list[str]) -> bool:
    """True when the block that `out` (the tokens before its `[`) opens is text."""
    if len(out) >= 2 and out[-1].type == "EQ" and out[-2].type == "TYPE" \
            and _ARTICLES.sub("", fold(out[-2].value).strip()) in _STRING_TYPES:
        return True
    return any(":" in _QUOTED.sub("", line).partition("//")[0] for line in lines)
