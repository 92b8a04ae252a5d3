"""The options written after a FOR EACH's collection: `FromEnd` / `DepuisFin` and
`WithoutSavingPosition` / `SansSauvePosition` (docs/semantics.md §2), found in the
token stream of the line and moved to its end, where the grammar takes them."""
from __future__ import annotations

__all__ = ["foreach_options", "position_source", "join_depth"]

from .names import fold
from .tokens import Token
from .words import DEEP_WORDS, FILE_WORDS, FOREACH_OPTIONS, SORTED_WORDS, WHERE_WORDS

_SEPARATED_WORDS = frozenset({"separated", "separee", "separees"})
_OPERAND_ENDS = frozenset({"NAME", "RPAR", "RBRACK", "NUMBER", "STRING", "TRUE", "FALSE",
                           "NULL", "FE_OPTION"})


def foreach_options(toks: list[Token], i: int) -> None:
    """`FromEnd` / `DepuisFin` and `WithoutSavingPosition` / `SansSauvePosition` after a
    FOR EACH's collection (or data file, or key): at bracket depth 0, right after an
    operand (not `x = FromEnd`, where FromEnd is the string functions' constant) and
    followed by the end of the line or another clause, they become FE_OPTION tokens,
    moved to the end of the line, where the grammar takes them whatever their order."""
    end = i
    while end < len(toks) and toks[end].type != "NL":
        end += 1
    depth = 0
    keep: list[Token] = []
    options: list[Token] = []
    for j in range(i, end):
        t = toks[j]
        if t.type in ("LPAR", "LBRACK", "LBRACE"):
            depth += 1
        elif t.type in ("RPAR", "RBRACK", "RBRACE"):
            depth -= 1
        after = toks[j + 1] if j + 1 < end else None
        if depth == 0 and j > i and t.type == "NAME" and fold(t.value) in FOREACH_OPTIONS \
                and (options and options[-1] is toks[j - 1] or toks[j - 1].type in _OPERAND_ENDS) \
                and (after is None or after.type in ("FILE_WHERE", "SORTED", "FILE_ON", "OR")
                     or fold(after.value) in FOREACH_OPTIONS | WHERE_WORDS | SORTED_WORDS
                     | FILE_WORDS | _SEPARATED_WORDS):
            options.append(t)
        else:
            keep.append(t)
    if options:
        toks[i:end] = keep + [_retype(t, "FE_OPTION") for t in options]


def join_depth(toks: list[Token], i: int) -> None:
    """`FOR EACH reader IN DEPTH` / `POUR CHAQUE Lecteur EN PROFONDEUR` at the end of a
    line: the two words at `i` become one name, which foreach_options takes as an option
    (`IN` alone stays the operator or the collection's keyword). A source where `depth`
    names something elsewhere (`FOR EACH x IN Depth`, Depth an array) keeps that loop."""
    if i + 1 < len(toks) and toks[i + 1].type == "NAME" \
            and f"{fold(toks[i].value)} {fold(toks[i + 1].value)}" in DEEP_WORDS \
            and (i + 2 >= len(toks) or toks[i + 2].type == "NL") \
            and not (fold(toks[i + 1].value) == "depth" and _named_elsewhere(toks, i + 1)):
        first = toks[i]
        toks[i:i + 2] = [Token("NAME", f"{first.value} {toks[i + 1].value}", first.start_pos,
                               first.line, first.column)]


def _named_elsewhere(toks: list[Token], at: int) -> bool:
    word = fold(toks[at].value)
    return any(t.type == "NAME" and fold(t.value) == word and j != at
               and not (j and toks[j - 1].type == "IN") for j, t in enumerate(toks))


def position_source(toks: list[Token], i: int) -> None:
    """`FOR ALL POSITION p OF sub IN s` / `POUR TOUTE POSITION p DE sub DANS s`: the line's
    first IN at bracket depth 0 (from `i`) becomes SEPARATED, so the grammar of FOR EACH
    STRING takes the statement (`... OF sub SEPARATED s`): an IN the grammar would read as
    the operator `x IN (a, b)`. The builder tells the two loops apart by their keyword."""
    depth = 0
    for j in range(i, len(toks)):
        t = toks[j]
        if t.type == "NL":
            return
        if t.type in ("LPAR", "LBRACK", "LBRACE"):
            depth += 1
        elif t.type in ("RPAR", "RBRACK", "RBRACE"):
            depth -= 1
        elif t.type == "IN" and depth == 0:
            toks[j] = _retype(t, "SEPARATED")
            return


def _retype(t: Token, kind: str) -> Token:
    return Token(kind, t.value, t.start_pos, t.line, t.column)
