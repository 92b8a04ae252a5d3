"""Line forms recognised at a line's start by the lexer's second pass (statements.py):
class sections (`PUBLIC`, `PRIVÉ GLOBAL:`), the access words opening a member line, the
`USING x IN` line, and the declarations accepted and ignored (`EXTERN`, a lone `STOP`).
Each answers how long the form is (or whether the line is one); statements.py retypes."""
from __future__ import annotations

__all__ = ["ignored_line", "section_line", "use_line", "member_line", "declarations_follow",
           "whole_line_parenthesis", "inherits_line", "USE_WORDS", "CLASS_NAMES",
           "PRIVATE_INHERITANCE"]

from .names import fold
from .tokens import Token
from .words import (EXTERN_WORDS, OBJECT_WORDS as _OBJECT_WORDS, SECTION_WORDS as _SECTION_WORDS,
                    VISIBILITY as _VISIBILITY)

PRIVATE_INHERITANCE = "private"
"""The INHERITS token's value for a private inheritance (decl_builder.py reads it)."""
_INHERITANCE_ACCESS = {"public": "", "publique": "", "private": PRIVATE_INHERITANCE,
                       "prive": PRIVATE_INHERITANCE, "privee": PRIVATE_INHERITANCE}
_INHERITS = ("herite", "inherits")
_AN = ("a", "an", "un", "une")


def ignored_line(t: Token, nxt: Token | None) -> bool:
    """Declarations wlinterp accepts and ignores: `EXTERN "file"`, visibility sections of
    classes (`PUBLIC` alone), `LIBÉRER obj` / `delete obj`; `STOP` alone on its line (the
    debugger's breakpoint keyword: a compiled program goes on, and so does wlinterp)."""
    if t.type != "NAME":
        return False
    word = fold(t.value)
    if word in EXTERN_WORDS:  # `Externe(2)`: a call of the program's procedure
        return nxt is None or nxt.type != "LPAR"
    return word == "stop" and (nxt is None or nxt.type == "NL")


def section_line(toks: list[Token], i: int) -> int:
    """Length of a class section line (`PUBLIC`, `PRIVÉ GLOBAL`, `PROTECTED:`) starting at
    `i`, or 0. A lone `GLOBAL`/`LOCAL`/`CONSTANT` is not one (those are labels/blocks)."""
    j = i
    words = []
    while j < len(toks) and toks[j].type not in ("NL", "COLON"):
        w = fold(toks[j].value)
        if w not in _SECTION_WORDS:
            return 0
        words.append(w)
        j += 1
    if not words or not any(w in _VISIBILITY for w in words):
        return 0
    if j < len(toks) and toks[j].type == "COLON":
        j += 1
    return j - i


USE_WORDS = {"use", "using", "utiliser"}
CLASS_NAMES = ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR")  # `A`, `de`, `sur` may name a class


def use_line(toks: list[Token], i: int, back: bool = False) -> bool:
    """Is the line of token `i` `USING x IN` (from its first word, or, `back`, from its
    final IN): a word of USE_WORDS first, IN last, something in between?"""
    start = end = i
    while start > 0 and toks[start - 1].type != "NL":
        start -= 1
    while end + 1 < len(toks) and toks[end + 1].type != "NL":
        end += 1
    return (end - start >= 2 and toks[start].type == "NAME"
            and fold(toks[start].value) in USE_WORDS and toks[end].type == "IN"
            and (not back or end == i))


def whole_line_parenthesis(toks: list[Token], i: int) -> bool:
    """Does the `(` at `i` hold one expression and close at its line's end?
    `LIBÉRER(obj)` frees obj as `LIBÉRER obj` does; `LIBÉRER(a) + b` or a longer line is
    not that form, nor `Delete(t, 1)` (the function, ArrayDelete's other name)."""
    depth = 0
    for j in range(i, len(toks)):
        kind = toks[j].type
        if kind == "NL" or (kind == "COMMA" and depth == 1):
            return False
        depth += kind == "LPAR"
        depth -= kind == "RPAR"
        if depth == 0:
            return j + 1 == len(toks) or toks[j + 1].type == "NL"
    return False


def declarations_follow(toks: list[Token], i: int) -> bool:
    """After `PUBLIC CONSTANT` ending at `i`: is the next line a member declaration
    (`m_x est un entier`, `a, b sont des réels`)? Then the words open a section of
    read-only members (PC SOFT's DirectX classes), not a block of `NAME = value`."""
    while i < len(toks) and toks[i].type == "NL":
        i += 1
    return i + 1 < len(toks) and toks[i].type in CLASS_NAMES \
        and toks[i + 1].type in ("IS", "ARE", "COMMA")


def member_line(toks: list[Token], i: int) -> int:
    """Length of the access words opening a member line (`PRIVÉ m_x est un entier`,
    `PUBLIC CONSTANT m_y is int`, `PROTECTED GLOBAL a, b are int`) at `i`, or 0."""
    j = i
    while j < len(toks) and toks[j].type in ("NAME", "GLOBAL", "CONSTANT") \
            and fold(toks[j].value) in _SECTION_WORDS:
        j += 1
    words = {fold(x.value) for x in toks[i:j]}
    if not words or not (words & _VISIBILITY or words & {"global", "globale"}):
        return 0
    if j + 1 < len(toks) and toks[j].type == "NAME" and toks[j + 1].type in ("IS", "ARE", "COMMA"):
        return j - i
    return 0


def inherits_line(toks: list[Token], i: int) -> tuple[str, int, int] | None:
    """A class's parent line from its first word at `i`: `inherits from Base` / `hérite de
    Base`, or `an object Base` / `un objet Base` (the older form), with an access word
    before it or after the class (`PRIVÉ hérite de Base`, `hérite de Base privé`: a
    private inheritance, ?6010007). Returns (the INHERITS token's value: "" public,
    PRIVATE_INHERITANCE; the index of the class's name; where the line's words end), or
    None. A word after the class that is no access word is left for the parser to
    refuse (it was silently dropped)."""
    n, j, access = len(toks), i, ""
    word = fold(toks[j].value) if toks[j].type != "NL" else ""
    if word in _INHERITANCE_ACCESS and j + 1 < n:
        access, j = _INHERITANCE_ACCESS[word], j + 1
        word = fold(toks[j].value)
    if word in _INHERITS and j + 1 < n and toks[j + 1].type in ("NAME", "SOFT_DE", "OF"):
        j += 1  # (`inherits of Base`, `inhérits of`: "hérite de" as PC SOFT's English
        # examples write it, WD Network frames' cPacketTCP: `de` is `of` in English)
        if toks[j].type in ("SOFT_DE", "OF") or fold(toks[j].value) == "from":
            if j + 1 >= n or toks[j + 1].type not in CLASS_NAMES:  # (`from A`: a class A)
                return None  # `inherits from` naming no class: the grammar refuses it
            j += 1  # HÉRITE DE Base, inherits from Base
    elif word in _AN and j + 2 < n and fold(toks[j + 1].value) in _OBJECT_WORDS \
            and toks[j + 2].type in CLASS_NAMES and toks[j].type in ("NAME", "SOFT_A"):
        j += 2
    else:
        return None
    end = j + 1
    if end < n and toks[end].type != "NL" and fold(toks[end].value) in _INHERITANCE_ACCESS:
        access = access or _INHERITANCE_ACCESS[fold(toks[end].value)]
        end += 1
    if word in _AN and end < n and toks[end].type != "NL":
        return None  # `un objet Base` followed by more: a declaration, not a parent
    return access, j, end
