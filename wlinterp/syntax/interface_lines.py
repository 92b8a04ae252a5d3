"""An interface declaration's lines, made one token each for the check.

Why apart: the lines of `IBasket is Interface` up to its END are prototypes, not code; the
merging pass (merge_rules.py) hands them here, and semantics/interfaces.py reads what these
tokens keep (the first two words, the parameters' counts and types) to check that a class
implements them.
"""
from __future__ import annotations

__all__ = ["interface_lines"]

from .keyword_phrases import retype as _retype
from .tokens import Token


def interface_lines(toks: list[Token], j: int) -> None:
    """The lines of an interface declaration up to its END (`Procedure AddProduct(x)`,
    `Property Count <get>`: prototypes, ?6010017) made one NOOP token each, in place:
    the class that implements them holds the code. The token keeps the line's first two
    words (`Procedure AddProduct`): the check that a class implements them reads them."""
    while j < len(toks):
        if toks[j].type != "NL":
            j += 1
            continue
        k = j + 1
        while k < len(toks) and toks[k].type == "NL":
            k += 1
        if k >= len(toks) or toks[k].type == "END":
            return
        end = k + 1
        while end < len(toks) and toks[end].type != "NL":
            end += 1
        named = f"{toks[k].value} {toks[k + 1].value}" if k + 1 < end else toks[k].value
        if k + 2 < end and toks[k + 2].type == "LPAR":  # `Procedure Area(a, b = 1)`
            named += " " + _prototype_counts(toks, k + 3, end) + _prototype_types(toks, k + 3,
                                                                                 end)
        toks[k] = _retype(toks[k], "NOOP", named)
        del toks[k + 1:end]
        j = k + 1


def _prototype_types(toks: list[Token], j: int, end: int) -> str:
    """A prototype's declared types, after a tab: each parameter's (empty when it has
    none), separated by \x1f, then another tab and the return type (`Area(x is int):
    real`), for the check that a class's method matches them (semantics/interfaces.py)."""
    depth, params, typed, ret = 0, [""], False, ""
    while j < end:
        t = toks[j]
        if t.type in ("LPAR", "LBRACK", "LBRACE"):
            depth += 1
        elif t.type in ("RPAR", "RBRACK", "RBRACE"):
            if depth == 0:
                if j + 2 < end and toks[j + 1].type == "RETCOLON" and toks[j + 2].type == "TYPE":
                    ret = toks[j + 2].value  # (a list of result types: a variant)
                    ret = "variant" if ret.startswith("(") else ret
                break
            depth -= 1
        elif depth == 0 and t.type == "COMMA":
            params.append("")
        elif depth == 0 and t.type == "TYPE" and not params[-1]:
            params[-1] = t.value
            typed = True
        j += 1
    return f"\t{chr(31).join(params)}\t{ret}" if typed or ret else ""


def _prototype_counts(toks: list[Token], j: int, end: int) -> str:
    """`required most` of a prototype's parameters from the token after its `(` (most
    `*` for a `*` parameter): what a class's method must accept (semantics/interfaces.py)."""
    depth, params, defaults, star, empty = 0, 0, 0, False, True
    while j < end:
        typ = toks[j].type
        if typ in ("LPAR", "LBRACK", "LBRACE"):
            depth += 1
        elif typ in ("RPAR", "RBRACK", "RBRACE"):
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and typ == "COMMA":
            params += 1
        elif depth == 0 and typ == "EQ" and defaults < params + 1:
            defaults += 1
        elif depth == 0 and typ == "STAR":
            star = True
        empty = empty and typ == "NL"
        j += 1
    count = 0 if empty else params + 1
    plain = count - (1 if star else 0)
    return f"{plain - defaults} {'*' if star else plain}"
