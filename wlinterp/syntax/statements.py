"""The lexer's second pass: statement separators and multi-word keywords.

Newlines and `;` become `_NL` (one per logical line); `ELSE IF`, `OTHER CASE`, `FOR EACH`
(`POUR TOUT/TOUTE/TOUS/CHAQUE`), `FOR EACH STRING`, `SEPARATED BY`, `NOT IN`,
`WHEN EXCEPTION IN`, `CASE ERROR:`/`CASE EXCEPTION:`, `INTERNAL PROCEDURE` (both word
orders) and `STRUCTURE Name` become single tokens; procedure access modifiers are
dropped. One-line IF forms are shaped in one_line.py.
"""
from __future__ import annotations

__all__ = ["merge_keywords"]

from .names import fold
from .pending_result import return_as_name
from .tokens import Token

from .one_line import line_is_one_line_if
from .words import (CTOR_WORDS as _CTOR_WORDS, EACH_WORDS as _EACH_WORDS,
                    FILE_WORDS as _FILE_WORDS, OBJECT_WORDS as _OBJECT_WORDS,
                    OTHER_WORDS as _OTHER_WORDS, PROC_MODIFIERS as _PROC_MODIFIERS,
                    SECTION_WORDS as _SECTION_WORDS, SORTED_WORDS as _SORTED_WORDS,
                    STRING_WORDS as _STRING_WORDS, VISIBILITY as _VISIBILITY,
                    WHERE_WORDS as _WHERE_WORDS, FOREACH_OPTIONS as _FE_OPTIONS)
from .foreach_options import foreach_options as _foreach_options


def _ignored_line(t: Token, nxt: Token | None) -> bool:
    """Declarations wlinterp accepts and ignores: `EXTERN "file"`, visibility sections of
    classes (`PUBLIC` alone), `LIBÉRER obj` / `delete obj`; `STOP` alone on its line (the
    debugger's breakpoint keyword: a compiled program goes on, and so does wlinterp)."""
    if t.type != "NAME":
        return False
    word = fold(t.value)
    if word in ("extern", "externe"):
        return True
    return word == "stop" and (nxt is None or nxt.type == "NL")


def _section_line(toks: list[Token], i: int) -> int:
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


_USE_WORDS = {"use", "using", "utiliser"}
_NAMES = ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR")  # `A`, `de`, `sur` may name a class


def _use_line(toks: list[Token], i: int, back: bool = False) -> bool:
    """Is the line of token `i` `USING x IN` (from its first word, or, `back`, from its
    final IN): a word of _USE_WORDS first, IN last, something in between?"""
    start = end = i
    while start > 0 and toks[start - 1].type != "NL":
        start -= 1
    while end + 1 < len(toks) and toks[end + 1].type != "NL":
        end += 1
    return (end - start >= 2 and toks[start].type == "NAME"
            and fold(toks[start].value) in _USE_WORDS and toks[end].type == "IN"
            and (not back or end == i))


def _member_line(toks: list[Token], i: int) -> int:
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


# Token types the merging rules look at away from a line's start: any other token there is
# passed on as it is (the fast path most tokens take); and the names they look at there.
_ACTIVE = frozenset({"NL", "NAME", "IN", "FOR", "PROCEDURE", "INTPROC", "RETURN", "GLOBAL",
                     "LOCAL", "ELSE", "NOT", "INTERNAL"})
_ACTIVE_NAMES = frozenset({"new", "nouveau", "allouer", "allocate", "separated", "separee",
                           "separees", "when", "quand"} | _OTHER_WORDS)
# ... and at a line's start: these types (and any token whose word is a section word), the
# names of the line forms (HÉRITE DE, un objet, USING, Constructeur, LIBÉRER, EXTERN, STOP,
# STRUCTURE, class sections).
_LINE_ACTIVE = _ACTIVE | {"SOFT_A", "END", "CASE", "IF"}
_LINE_NAMES = _ACTIVE_NAMES | _SECTION_WORDS | _USE_WORDS | _CTOR_WORDS | {
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
            if typ == "NAME":
                quiet = fold(t.value) not in _LINE_NAMES
            elif typ == "END":  # unless `FIN:` (END_LABEL)
                quiet = i + 1 >= n or toks[i + 1].type != "COLON"
            elif typ == "CASE":  # unless `CASE ERROR:` / `CAS EXCEPTION:`
                quiet = i + 1 >= n or toks[i + 1].type != "NAME" \
                    or fold(toks[i + 1].value) not in _CASE_HANDLER_WORDS
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
    where merging goes on and whether that is still a line's start."""
    n = len(toks)
    t = toks[i]
    typ = t.type
    nxt = toks[i + 1] if i + 1 < n else None
    nxt_word = fold(nxt.value) if nxt is not None and nxt.type == "NAME" else ""
    if line_start and typ == "NAME" and fold(t.value) in ("herite", "inherits") \
            and nxt is not None and nxt.type in ("NAME", "SOFT_DE"):
        j = i + 1
        if (toks[j].type == "SOFT_DE" or fold(toks[j].value) == "from") and j + 1 < n \
                and toks[j + 1].type == "NAME":
            j += 1  # HÉRITE DE Base, inherits from Base
        out.append(_retype(t, "INHERITS", t.value))
        out.append(toks[j])
        i = j + 1
        while i < n and toks[i].type != "NL":
            i += 1
        return i, False
    if line_start and typ in ("NAME", "SOFT_A") and fold(t.value) in ("a", "an", "un", "une") \
            and nxt_word in _OBJECT_WORDS and i + 2 < n and toks[i + 2].type in _NAMES \
            and (i + 3 >= n or toks[i + 3].type == "NL"):
        out.append(_retype(t, "INHERITS", t.value))  # `un objet Base` in a class: its parent
        out.append(toks[i + 2])
        return i + 3, False
    section = _section_line(toks, i) if line_start and fold(t.value) in _SECTION_WORDS \
        else 0
    if section and toks[i + section - 1].type == "CONSTANT":
        return i + section - 1, True  # PRIVÉ CONSTANT: a constant block (read-only)
    if section and (i + section >= n or toks[i + section].type == "NL"):
        words = " ".join(fold(x.value) for x in toks[i:i + section] if x.type != "COLON")
        out.append(_retype(t, "SECTION", words))  # PUBLIC / PRIVÉ GLOBAL ... in a class
        return i + section, False
    member = _member_line(toks, i) if line_start and not section \
        and fold(t.value) in _SECTION_WORDS else 0
    if member:
        words = " ".join(fold(x.value) for x in toks[i:i + member])
        out.append(_retype(t, "MEMBER_ACCESS", words))  # PRIVÉ m_x est un entier: this member
        return i + member, False
    if line_start and typ == "NAME" and fold(t.value) in _USE_WORDS \
            and _use_line(toks, i):
        out.append(_retype(t, "USE", t.value))  # USING cs IN / UTILISER cs DANS ... END
        return i + 1, False
    if typ == "IN" and nxt is not None and nxt.type == "NL" and _use_line(toks, i, back=True):
        out.append(_retype(t, "USE_IN", t.value))
        return i + 1, line_start
    if line_start and typ == "NAME" and fold(t.value) in _CTOR_WORDS and nxt is not None \
            and nxt.type in _NAMES and i + 2 < n and toks[i + 2].type == "LPAR":
        out.append(_retype(t, "ANCESTOR_CTOR", t.value))  # Constructeur Base(args)
        return i + 1, False
    if line_start and typ == "NAME" and fold(t.value) in ("liberer", "delete") \
            and nxt is not None and nxt.type in ("NAME", "SELF", "COLON"):
        out.append(_retype(t, "FREE", t.value))  # LIBÉRER obj / delete obj
        return i + 1, False
    if line_start and _ignored_line(t, nxt):
        out.append(_retype(t, "NOOP", t.value))  # EXTERN, PUBLIC:, HÉRITE DE, LIBÉRER ...
        while i < n and toks[i].type != "NL":
            i += 1
        return i, False
    if typ == "FOR" and nxt is not None and nxt_word in _EACH_WORDS and i + 2 < n \
            and toks[i + 2].type == "NAME" and (i + 3 >= n or toks[i + 3].type == "NL" or (
                toks[i + 3].type in ("NAME", "OR", "ON", "SOFT_SUR")
                and fold(toks[i + 3].value) in _FILE_WORDS | _SORTED_WORDS | _FE_OPTIONS)):
        _foreach_options(toks, i + 2)  # FromEnd, WithoutSavingPosition: to the line's end
        out.append(_retype(t, "FOREACH_FILE", f"{t.value} {nxt.value}"))
        out.append(toks[i + 2])
        i += 3
        if i + 2 < n and fold(toks[i].value) in _SORTED_WORDS \
                and fold(toks[i + 1].value) in ("by", "par") and toks[i + 2].type == "NAME":
            out.append(_retype(toks[i], "FILE_ON", toks[i].value))  # SORTED BY key: ON key
            out.append(toks[i + 2])
            i += 3
        elif i + 1 < n and fold(toks[i].value) in ("on", "sur") and toks[i + 1].type == "NAME":
            out.append(_retype(toks[i], "FILE_ON", toks[i].value))  # FOR EACH f ON key
            out.append(toks[i + 1])
            i += 2
        if i < n and toks[i].type != "NL" and fold(toks[i].value) in _FILE_WORDS:
            out.append(_retype(toks[i], "FILE_WHERE", toks[i].value))  # WHERE / OÙ / AVEC cond
            i += 1
        return i, False
    if not line_start and typ == "NAME" and fold(t.value) in ("new", "nouveau") \
            and nxt is not None and nxt.type == "NAME":
        out.append(_retype(t, "NEW", t.value))
        return _array_type(toks, i + 1), line_start
    if not line_start and typ == "NAME" and fold(t.value) in ("allouer", "allocate") \
            and nxt is not None and nxt.type in ("NAME", "SOFT_A"):
        j = i + 1
        while j < n and toks[j].type in ("NAME", "SOFT_A") and fold(toks[j].value) in \
                ("a", "an", "un", "une") and j + 1 < n and toks[j + 1].type == "NAME":
            j += 1
        out.append(_retype(t, "NEW", t.value))
        return _array_type(toks, j), line_start
    if line_start and typ == "END" and nxt is not None and nxt.type == "COLON" \
            and (i + 2 >= n or toks[i + 2].type == "NL"):
        out.append(_retype(t, "END_LABEL", f"{t.value}:"))  # FIN: the procedure's exit code
        return i + 2, False
    if line_start and typ == "CASE" and nxt is not None \
            and nxt_word in _CASE_HANDLER_WORDS \
            and i + 2 < n and toks[i + 2].type in ("COLON", "MCOLON"):
        kind = "CASE_EXCEPTION" if nxt_word == "exception" else "CASE_ERROR"
        out.append(_retype(t, kind, f"{t.value} {nxt.value}:"))
        return i + 3, False
    if line_start and typ == "NAME" and nxt is not None and nxt.type == "NAME" \
            and fold(t.value) == "structure":
        out.append(_retype(t, "STRUCTURE", t.value))
        return i + 1, False
    if typ in ("PROCEDURE", "INTPROC") and nxt is not None and i + 2 < n \
            and nxt.type in _MODIFIER_TOKENS and toks[i + 2].type in _MODIFIER_TOKENS \
            and fold(nxt.value) in _PROC_MODIFIERS:
        t.value += " " + nxt.value  # PROCÉDURE PRIVÉE Name(...): kept in the keyword's
        del toks[i + 1]             # value (the builder reads the access modifiers)
        return i, line_start
    if typ == "RETURN" and return_as_name(toks[i - 1] if i else None, t, nxt):
        out.append(_retype(t, "NAME", t.value))  # RETOUR = Faux: the result (pending_result.py)
        return i + 1, False
    if typ in ("GLOBAL", "LOCAL") and nxt is not None and nxt.type == "LPAR":
        out.append(_retype(t, "NAME", t.value))  # Global(): a procedure named like a keyword
        return i + 1, False
    merged = _two_word(typ, t, nxt, nxt_word)
    if merged is not None and merged[0] == "FOREACH" and i + 2 < n \
            and toks[i + 2].type == "NAME" and fold(toks[i + 2].value) in _STRING_WORDS \
            and i + 3 < n and toks[i + 3].type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR"):
        merged = ("FOREACH_STRING", 3)
    if merged is not None and merged[0] == "FOREACH" and i + 3 < n \
            and toks[i + 2].type == "NAME" and fold(toks[i + 2].value) == "element" \
            and toks[i + 3].type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR"):
        merged = ("FOREACH", 3)  # POUR TOUT ÉLÉMENT x DE ...
    if merged is not None and nxt is not None and merged[0] == "FOREACH" \
            and _selected_row(toks, i + 2):
        out.append(_retype(t, "FOREACH", f"{t.value} {nxt.value}"))
        out.append(_retype(toks[i + 2], "NAME", f"{toks[i + 2].value} {toks[i + 3].value}"))
        i += 4  # FOR ALL SELECTED ROW / POUR TOUTE LIGNE SÉLECTIONNÉE: one loop name
        return i, False
    if merged is not None and merged[0] == "FOREACH":
        _foreach_clauses(toks, i + merged[1])
        n = len(toks)
    if merged is not None and merged[0] in ("FOREACH", "FOREACH_STRING"):
        _foreach_options(toks, i + merged[1])
    if merged is not None:
        kind, used = merged
        if kind == "WHENEXC" and used == 2 and i + 2 < n and toks[i + 2].type == "IN":
            used = 3
        out.append(_retype(t, kind, " ".join(x.value for x in toks[i:i + used])))
        return i + used, False
    if typ == "ELSE" and out and out[-1].type == "_NL" and i + 1 < n \
            and toks[i + 1].type != "NL" and line_is_one_line_if(out):
        out.pop()  # `IF c THEN a` / `ELSE b`: the ELSE belongs to the one-line IF above
    out.append(t)
    return i + 1, False


# `PROCÉDURE PUBLIQUE GLOBALE Name`: GLOBAL/LOCAL are keywords of their own, also modifiers.
_MODIFIER_TOKENS = ("NAME", "GLOBAL", "LOCAL")


def _selected_row(toks: list[Token], i: int) -> bool:
    """`SELECTED ROW` (English order) or `LIGNE SÉLECTIONNÉE` (French order) at `i`."""
    if i + 1 >= len(toks) or toks[i].type != "NAME" or toks[i + 1].type != "NAME":
        return False
    pair = {fold(toks[i].value), fold(toks[i + 1].value)}
    return bool(pair & _ROW_WORDS) and bool(pair & _SELECTED_WORDS)


_ROW_WORDS = {"row", "rows", "ligne", "lignes"}
_SELECTED_WORDS = {"selected", "selectionnee", "selectionnees"}
_TYPE_PHRASE = {"NAME", "NUMBER", "SOFT_DE", "SOFT_A", "SOFT_SUR", "OF"}


def _bracket_dims(toks: list[Token], j: int) -> bool:
    """`[4,7]` after `array`: numbers and commas up to the closing bracket."""
    k = j + 1
    while k < len(toks) and toks[k].type in ("NUMBER", "COMMA"):
        k += 1
    return k > j + 1 and k < len(toks) and toks[k].type == "RBRACK"


def _array_type(toks: list[Token], i: int) -> int:
    """`new array of 14 int` / `allouer un tableau de 14 entiers`: the words of the type
    become one TYPE token (in place, at `i`); returns where merging goes on."""
    if fold(toks[i].value) not in ("array", "tableau", "associative", "fixed", "fixe",
                                   "dynamic", "dynamique") or (
            fold(toks[i].value) in ("dynamic", "dynamique") and (i + 1 >= len(toks) or fold(
                toks[i + 1].value) not in ("array", "tableau"))):
        return i
    j = i
    words: list[str] = []
    while j < len(toks):
        t = toks[j]
        if t.type in _TYPE_PHRASE:
            words.append(t.value)
        elif t.type == "COMMA" and toks[j - 1].type == "NUMBER" and j + 1 < len(toks) \
                and toks[j + 1].type == "NUMBER":
            words.append("by")  # `allouer un tableau de 4,7 entiers`: 4 by 7
        elif t.type == "LBRACK" and _bracket_dims(toks, j):
            words.append("of")  # `allouer un tableau [4,7] entiers` (help ?1514057)
        elif t.type == "RBRACK" and toks[j - 1].type == "NUMBER" and "of" in words:
            pass
        else:
            break
        j += 1
    phrase = " ".join(words)
    toks[i:j] = [Token("TYPE", phrase, toks[i].start_pos, toks[i].line, toks[i].column)]
    return i


def _foreach_clauses(toks: list[Token], i: int) -> None:
    """`FOR EACH x OF t WHERE cond SORTED BY key` / `POUR TOUT x DE t OÙ cond TRIÉ PAR
    key`: after the collection, at bracket depth 0, WHERE/OÙ becomes FILE_WHERE (OR
    there would make the collection a boolean) and SORTED BY/TRIÉ PAR one SORTED token
    (in place, from `i` to the end of the line)."""
    depth, seen_of = 0, False
    while i < len(toks) and toks[i].type != "NL":
        t = toks[i]
        if t.type in ("LPAR", "LBRACK", "LBRACE"):
            depth += 1
        elif t.type in ("RPAR", "RBRACK", "RBRACE"):
            depth -= 1
        elif depth == 0 and t.type in ("OF", "SOFT_DE", "IN"):
            seen_of = True
        elif depth == 0 and seen_of and t.type in ("NAME", "OR") \
                and fold(t.value) in _WHERE_WORDS:
            toks[i] = _retype(t, "FILE_WHERE", t.value)
        elif depth == 0 and seen_of and t.type == "NAME" and fold(t.value) in _SORTED_WORDS \
                and i + 1 < len(toks) and fold(toks[i + 1].value) in ("by", "par"):
            toks[i:i + 2] = [_retype(t, "SORTED", f"{t.value} {toks[i + 1].value}")]
        i += 1


def _two_word(typ: str, t: Token, nxt: Token | None, nxt_word: str) -> tuple[str, int] | None:
    if nxt is None:
        return None
    if typ == "ELSE" and nxt.type == "IF" and nxt.line == t.line:
        return "ELSEIF", 2
    if typ == "FOR" and nxt_word in _EACH_WORDS:
        return "FOREACH", 2
    if typ == "NAME" and fold(t.value) in ("separated", "separee", "separees") \
            and nxt_word in ("by", "par"):
        return "SEPARATED", 2
    if typ == "NOT" and nxt.type == "IN":
        return "NOTIN", 2
    if (typ == "INTERNAL" and nxt.type == "PROCEDURE") or (
            typ == "PROCEDURE" and nxt.type == "INTERNAL"):
        return "INTPROC", 2
    if typ == "NAME" and nxt.type == "CASE" and fold(t.value) in _OTHER_WORDS:
        return "OTHERCASE", 2
    if typ == "NAME" and fold(t.value) in ("when", "quand") and nxt_word == "exception":
        return "WHENEXC", 2
    return None


def _retype(t: Token, kind: str, value: str) -> Token:
    return Token(kind, value, t.start_pos, t.line, t.column)
