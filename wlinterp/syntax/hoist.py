"""Main code that a WINDEV file saves after its procedures, moved before them.

The IDE saves a procedure set's (or a class's) elements in whatever order it keeps them:
the set's global declarations (`code_elements`) may come after its procedures, a class's
declaration after its methods. wlinterp reads a text-format file as one program whose
lines are the file's own (syntax/winfile.py's `program_source`), and in a program a
`PROCEDURE` header runs to the next one: declarations after the last procedure would be
read as the end of its body (their variables unknown to the others, a WL203 "never run"
after its RESULT). So `program_source` writes a mark on the blank line before such a
block (its `code :` key's line), `//` + MARK + `main N` (N: the block's lines), and the
tokenizer moves that block's tokens before the first procedure: the program reads as the
IDE means it, and every token keeps its line and column in the file.
"""
from __future__ import annotations

__all__ = ["MARK", "main_mark", "hoisted"]

import re

from .tokens import Token
from ..lazy_regex import lazy_compile

MARK = "\x1f"  # a control character no WLanguage source holds
_MARK_LINE = lazy_compile(r"^//\x1fmain (\d+)$", re.MULTILINE)


def main_mark(lines: int) -> str:
    """The comment line that marks the `lines` lines after it as main code."""
    return f"//{MARK}main {lines}"


def hoisted(tokens: list[Token], text: str) -> list[Token]:
    """`tokens` with those of the marked ranges of `text` moved, in order, before the
    first procedure header (after any main code already there)."""
    ranges = []
    for m in _MARK_LINE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        ranges.append((line + 1, line + int(m.group(1))))
    if not ranges:
        return tokens
    moved: list[Token] = []
    rest: list[Token] = []
    for tok in tokens:
        (moved if any(a <= tok.line <= b for a, b in ranges) else rest).append(tok)
    at = next((i for i, tok in enumerate(rest) if tok.type == "PROCEDURE"), len(rest))
    return rest[:at] + moved + rest[at:]
