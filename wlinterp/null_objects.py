"""The error of a member read, written or called on Null, naming the object.

`o.x` on an object variable that is Null (`o is C dynamic` never given one, `o = Null`,
a parameter given Null, an element of an array of dynamic objects) fails in the
runtime's member access, which knows only the member: "A value of type Null has no
member 'x'". Naming the object there would cost every member read a test (about 7-10%
measured); instead the compiler notes, for each statement, the objects of a class or
structure whose members it uses (CompiledProgram.null_places), and when the error is
placed at its statement (run_errors.py) the object is found there and named as written,
with its class, the caret on it: "arr[2] is Null: no CPoint object to use 'x' on".
"""
from __future__ import annotations

__all__ = ["name_null_object"]

from typing import TYPE_CHECKING

from .errors import NullObjectError
from .lazy_regex import lazy_compile
from .syntax.names import fold

if TYPE_CHECKING:
    from .compiler.program import CompiledProgram

_DYNAMIC = "a dynamic object is Null until new or an assignment gives it one"
_GIVEN = "it was given Null"
_SEPARATOR = lazy_compile(r"\s*(?:\.\.?|:)\s*(\w+)")


def name_null_object(err: NullObjectError, prog: "CompiledProgram", line: int) -> None:
    """Reword `err` (placed at statement `line` of `prog`) to name the Null object whose
    member failed and move the caret to it; unchanged when the statement's objects do
    not tell which one it is."""
    places = prog.null_places.get((line, fold(err.member)))
    if not places:
        return
    lines = prog.source.split("\n")
    named = []
    for at_line, col, what, dynamic in places:
        if 0 < at_line <= len(lines):
            found = written_object(lines[at_line - 1], col, err.member)
            if found is not None:
                named.append((found, at_line, col, what, dynamic))
    at_caret = [n for n in named if n[1] == err.line and n[2] == err.column]
    if at_caret:  # (error_column.py found which of the statement's objects failed)
        named = at_caret
    if not named or len({(n[0][0], n[3]) for n in named}) > 1:
        return  # (two different objects use that member: which one is not known)
    (text, member), at_line, col, what, dynamic = named[0]
    message = (f"{text} is Null: no {what} to use '{member}' on "
               f"({_DYNAMIC if dynamic else _GIVEN}).")
    err.message, err.args = message, (message,)
    if at_line == err.line:
        err.column = col


def written_object(text: str, col: int, member: str) -> tuple[str, str] | None:
    """(the object as written from 1-based column `col` of `text`, the member as
    written) where the object is followed by `.member`, `..member` or `:member`: the
    text of a variable, a member path or an element (`o`, `o.m_child`, `t[i + 1]`,
    `:m_child`); None when it is not found there."""
    key = fold(member)
    depth, i = 0, col - 1
    while i < len(text):
        c = text[i]
        if c == '"':
            end = text.find('"', i + 1)
            if end < 0:
                return None
            i = end + 1
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0 and c in ".:" and i > col - 1:
            m = _SEPARATOR.match(text, i)
            if m is not None and fold(m.group(1)) == key:
                return text[col - 1:i].rstrip(), m.group(1)
        elif depth == 0 and not (c.isalnum() or c in "_.: "):
            return None
        i += 1
    return None
