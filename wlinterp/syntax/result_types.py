"""A procedure's list of result types, `PROCEDURE P() : (int, string)` / `PROCÉDURE P() :
(entier, chaîne)`: the lexer reads it as one TYPE token (its text with the parentheses),
the builder splits it into the types of the values RESULT gives, one each (docs/semantics.md
"Several values"). A type phrase may hold brackets of its own (`associative array (*, *,
int) of string`): only a comma outside them separates two types.
"""
from __future__ import annotations

__all__ = ["closing_paren", "split_result_types", "declared_results"]


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
    each of its listed type. One reading for procedures, internal procedures and lambdas."""
    several = split_result_types(ret) if ret else []
    return ("variant" if several else ret), several

