"""The lexer's second pass: statement separators and multi-word keywords.

Newlines and `;` become `_NL` (one per logical line); `ELSE IF`, `OTHER CASE`, `FOR EACH`
(`POUR TOUT/TOUTE/TOUS/CHAQUE`), `FOR EACH STRING`, `SEPARATED BY`, `NOT IN`,
`WHEN EXCEPTION IN`, `CASE ERROR:`/`CASE EXCEPTION:`, `INTERNAL PROCEDURE` (both word
orders) and `STRUCTURE Name` become single tokens; procedure access modifiers are
dropped. One-line IF forms are shaped in one_line.py; the line forms of classes are
recognised in class_lines.py, the phrases made into one token in keyword_phrases.py.
"""
from __future__ import annotations

__all__ = ["merge_keywords"]

from typing import TYPE_CHECKING

from .names import fold
from .tokens import Token

from .one_line import line_is_one_line_if
from .bare_if_line import line_is_bare_if
from .words import (CTOR_WORDS as _CTOR_WORDS, OTHER_WORDS as _OTHER_WORDS,
                    SECTION_WORDS as _SECTION_WORDS)
from .class_lines import USE_WORDS as _USE_WORDS
from .words import IMPLEMENTS_WORDS as _IMPLEMENTS  # `implémente IBasket` in a class
from .merge_rules import RULES
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .case_colon import case_colon as _case_colon
else:
    on_first_call(globals(), ".case_colon", "case_colon as _case_colon")


# Token types the merging rules look at away from a line's start: any other token there is
# passed on as it is (the fast path most tokens take); and the names they look at there.
_ACTIVE = frozenset({"NL", "NAME", "IN", "FOR", "PROCEDURE", "INTPROC", "RETURN", "GLOBAL",
                     "LOCAL", "ELSE", "NOT", "INTERNAL", "STRUCT_TYPE", "ARRAY_OF"})
_ACTIVE_NAMES = frozenset({"new", "nouveau", "allouer", "allocate", "separated", "separee",
                           "separees", "when", "quand", "goto",
                           "liberer", "delete"} | _OTHER_WORDS)  # (after a one-line IF's THEN)
# ... and at a line's start: these types (and any token whose word is a section word), the
# names of the line forms (HÉRITE DE, un objet, USING, Constructeur, LIBÉRER, EXTERN, STOP,
# STRUCTURE, class sections).
_LINE_ACTIVE = _ACTIVE | {"SOFT_A", "SOFT_DE", "SOFT_SUR", "END", "CASE", "IF"}
_LINE_NAMES = _ACTIVE_NAMES | _SECTION_WORDS | _USE_WORDS | _CTOR_WORDS | _IMPLEMENTS | {
    "herite", "inherits", "a", "an", "un", "une", "liberer", "delete", "extern", "externe",
    "stop", "structure"}
_CASE_HANDLER_WORDS = frozenset({"error", "erreur", "exception"})


def merge_keywords(toks: list[Token]) -> tuple[list[Token], list[int]]:
    """Second pass: statement separators and multi-word keywords; the separator before a
    one-line IF's ELSE on the next line is dropped. Returns the tokens and where the IFs
    opening a line are (one_line.py looks there for one-line blocks).

    Most tokens need no merging: a test of their type (and for a name, of its word) passes
    them on; the others go through `_merge_at`'s rules."""
    out: list[Token] = []
    append = out.append
    ifs: list[int] = []
    i, n = 0, len(toks)
    line_start = True
    while i < n:
        t = toks[i]
        typ = t.type
        if line_start:
            if typ == "NL":
                i += 1
                continue
            if typ == "NAME":  # (unless `Label:`, a GOTO's target)
                quiet = fold(t.value) not in _LINE_NAMES and (
                    i + 1 >= n or toks[i + 1].type != "COLON")
            elif typ == "END":  # unless `FIN:` (END_LABEL)
                quiet = i + 1 >= n or toks[i + 1].type != "COLON"
            elif typ == "CASE":  # unless `CASE ERROR:` / `CAS EXCEPTION:`
                quiet = i + 1 >= n or toks[i + 1].type != "NAME" \
                    or fold(toks[i + 1].value) not in _CASE_HANDLER_WORDS
                if quiet:
                    _case_colon(toks, i)  # `CAS 1 x = 2`: the colon form
                    n = len(toks)
            elif typ == "IF":
                ifs.append(len(out))
                quiet = True  # no rule starts with IF
            else:
                quiet = typ not in _LINE_ACTIVE and fold(t.value) not in _SECTION_WORDS
        elif typ == "NL":
            append(Token("_NL", "\n", t.start_pos, t.line, t.column))  # (rules look back at NL)
            line_start = True
            i += 1
            continue
        else:
            quiet = typ not in _ACTIVE or (typ == "NAME" and fold(t.value) not in _ACTIVE_NAMES)
            if typ == "IF" and out[-1].type == "COLON":
                ifs.append(len(out))  # `CASE 1 : IF c THEN a ; b` (one_line.py)
        if quiet:
            append(t)
            line_start = False
            i += 1
            continue
        i, line_start = _merge_at(toks, i, line_start, out)
        n = len(toks)
    return out, ifs


def _merge_at(toks: list[Token], i: int, line_start: bool, out: list[Token]) -> tuple[int, bool]:
    """The rules for the token at `i` (appended to `out`, merged or as it is): returns
    where merging goes on and whether that is still a line's start. The first rule of
    merge_rules.RULES that applies decides; a token no rule takes is passed on as it is."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    nxt_word = fold(nxt.value) if nxt is not None and nxt.type == "NAME" else ""
    for rule in RULES:
        merged = rule(toks, i, line_start, out, nxt, nxt_word)
        if merged is not None:
            return merged
    t = toks[i]
    if t.type == "ELSE" and out and out[-1].type == "_NL" and i + 1 < len(toks) \
            and toks[i + 1].type != "NL" and (line_is_one_line_if(out)
                                              or line_is_bare_if(out)):
        out.pop()  # `IF c THEN a` / `ELSE b`: the ELSE belongs to the one-line IF above
    out.append(t)
    return i + 1, False
