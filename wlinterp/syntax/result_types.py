"""A procedure's list of result types, `PROCEDURE P() : (int, string)` / `PROCÉDURE P() :
(entier, chaîne)`: the lexer reads it as one TYPE token (its text with the parentheses),
the builder splits it into the types of the values RESULT gives, one each (docs/semantics.md
"Several values"). A type phrase may hold brackets of its own (`associative array (*, *,
int) of string`): only a comma outside them separates two types.
"""
from __future__ import annotations

__all__ = ["closing_paren", "split_result_types", "declared_results", "run_together",
           "RUN_TOGETHER"]

from .names import fold
from .words import SIMPLE_TYPE_WORDS

# The error of two types of a list written without their comma (`: (int string)`)
RUN_TOGETHER = ("'{}' begins another result type: the types of a list are separated by "
                "commas, ': (int, string)'")


def closing_paren(text: str, start: int, end: int) -> int:
    """Where the `)` closing the `(` at `text[start]` is, before `end`; -1 if none."""
    depth = 0
    for k in range(start, end):
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k
    return -1


def split_result_types(text: str) -> list[str]:
    """`(int, string)` -> ["int", "string"]; a type that is no list -> []."""
    if not text.startswith("("):
        return []
    out: list[str] = []
    part: list[str] = []
    depth = 0
    for c in text[1:-1]:
        if c == "," and depth == 0:
            out.append("".join(part).strip())
            part = []
            continue
        depth += (c in "([") - (c in ")]")
        part.append(c)
    out.append("".join(part).strip())
    return out


def declared_results(ret: str | None) -> tuple[str | None, list[str]]:
    """A header's result as written (`int`, `(int, string)`, None) -> (the procedure's
    ret_type, its result_types): a list makes the result a variant holding the values,
    each of its listed type. One type in parentheses, `: (int)`, is that type (as a list
    of one, the run stopped at `RESULT 1`, "Expected 1 values", and check was silent).
    One reading for procedures, internal procedures and lambdas."""
    several = split_result_types(ret) if ret else []
    if len(several) == 1:
        return several[0], []
    return ("variant" if several else ret), several


def run_together(words: list[str]) -> int:
    """The index of the word of one listed type's `words` that begins another type, two
    types written without their comma (`int string`, `entier chaîne`: a simple type word
    after a simple type word); -1 when none does. Decided: a syntax error there
    (docs/semantics.md "Several values"), where it was read as one type."""
    for i in range(1, len(words)):
        if _simple(words[i - 1]) and _simple(words[i]):
            return i
    return -1


def _simple(word: str) -> bool:
    folded = fold(word)
    return folded in SIMPLE_TYPE_WORDS or folded[-1:] in ("s", "x") \
        and folded[:-1] in SIMPLE_TYPE_WORDS

