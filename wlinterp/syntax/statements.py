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
from .words import (CTOR_WORDS as _CTOR_WORDS, EACH_WORDS as _EACH_WORDS,
                    FILE_WORDS as _FILE_WORDS, OBJECT_WORDS as _OBJECT_WORDS,
                    OTHER_WORDS as _OTHER_WORDS, PROC_MODIFIERS as _PROC_MODIFIERS,
                    SECTION_WORDS as _SECTION_WORDS, SORTED_WORDS as _SORTED_WORDS,
                    STRING_WORDS as _STRING_WORDS, FOREACH_OPTIONS as _FE_OPTIONS)
from .class_lines import (CLASS_NAMES as _NAMES, USE_WORDS as _USE_WORDS,
                          declarations_follow as _declarations_follow,
                          ignored_line as _ignored_line, member_line as _member_line,
                          section_line as _section_line, use_line as _use_line,
                          inherits_line as _inherits_line,
                          whole_line_parenthesis as _whole_line_parenthesis)
from .keyword_phrases import (array_type as _array_type, foreach_clauses as _foreach_clauses,
                              dims_tail as _dims_tail, file_sort_keys as _file_sort_keys, retype as _retype,
                              sort_after_where as _sort_after_where, selected_row as _selected_row,
                              two_word as _two_word)
from .words import IMPLEMENTS_WORDS as _IMPLEMENTS  # `implémente IBasket` in a class
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .pending_result import return_as_name
    from .case_colon import case_colon as _case_colon, other_case_colon as _other_case_colon
    from .foreach_options import foreach_options as _foreach_options, join_depth, position_source
else:
    on_first_call(globals(), ".pending_result", "return_as_name")
    on_first_call(globals(), ".case_colon",
                  "case_colon as _case_colon", "other_case_colon as _other_case_colon")
    on_first_call(globals(), ".foreach_options",
                  "foreach_options as _foreach_options", "join_depth", "position_source")

# `PROCÉDURE PUBLIQUE GLOBALE Name`: GLOBAL/LOCAL are keywords of their own, also modifiers.
_MODIFIER_TOKENS = ("NAME", "GLOBAL", "LOCAL")


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
_LABEL_WORDS = ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR")  # a GOTO label (`A:`, `De:`)


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
    where merging goes on and whether that is still a line's start."""
    n = len(toks)
    t = toks[i]
    typ = t.type
    nxt = toks[i + 1] if i + 1 < n else None
    nxt_word = fold(nxt.value) if nxt is not None and nxt.type == "NAME" else ""
    parent = _inherits_line(toks, i) if line_start and (
        typ in ("NAME", "SOFT_A") or fold(t.value) in _SECTION_WORDS) else None
    if parent is not None:  # `[PRIVÉ] hérite de Base [privé]`, `un objet Base`: a parent
        access, at, end = parent
        out.append(_retype(t, "INHERITS", access))
        out.append(toks[at])
        return end, False
    section = _section_line(toks, i) if line_start and fold(t.value) in _SECTION_WORDS \
        else 0
    if section and toks[i + section - 1].type == "CONSTANT" \
            and not _declarations_follow(toks, i + section):
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
    if line_start and typ == "NAME" and fold(t.value) in _CTOR_WORDS and nxt is not None \
            and nxt.type == "COLON" and i + 3 < n and toks[i + 2].type in _NAMES \
            and toks[i + 3].type == "LPAR":  # Constructeur :m_membre(args): the member's,
        out.append(_retype(t, "ANCESTOR_CTOR", t.value))  # the colon saying it is one
        return i + 2, False
    if (line_start or out and out[-1].type in ("THEN", "ELSE")) and typ == "NAME" \
            and fold(t.value) in ("liberer", "delete") and nxt is not None \
            and (nxt.type in _NAMES or nxt.type in ("SELF", "COLON") or (
                nxt.type == "LPAR" and _whole_line_parenthesis(toks, i + 1))):
        out.append(_retype(t, "FREE", t.value))  # LIBÉRER obj / delete obj
        if nxt.type == "COLON":  # libérer :m_obj (the word was a name when `:` was read)
            out.append(_retype(nxt, "SELF", nxt.value))
            return i + 2, False
        return i + 1, False
    if typ == "STRUCT_TYPE" and fold(t.value).split()[-1:] == ["interface"]:
        out.append(t)  # `IBasket is Interface`: its lines are prototypes, no code
        _interface_lines(toks, i + 1)
        return i + 1, False
    if line_start and typ == "NAME" and fold(t.value) in _IMPLEMENTS and nxt is not None \
            and nxt.type == "NAME" and (i + 2 >= n or toks[i + 2].type == "NL"):
        # implements IBasket: nothing to run; the name kept for the check (decl_builder.py)
        out.append(_retype(t, "NOOP", f"{t.value} {nxt.value}"))
        return i + 2, False
    if line_start and _ignored_line(t, nxt):
        out.append(_retype(t, "NOOP", t.value))  # EXTERN, PUBLIC:, HÉRITE DE, LIBÉRER ...
        while i < n and toks[i].type != "NL":
            i += 1
        return i, False
    if typ == "FOR" and nxt_word in _EACH_WORDS and i + 3 < n and toks[i + 2].type == "NAME":
        join_depth(toks, i + 3)  # `FOR EACH reader IN DEPTH`: one option
        n = len(toks)
    if typ == "FOR" and nxt is not None and nxt_word in _EACH_WORDS and i + 2 < n \
            and toks[i + 2].type == "NAME" and (i + 3 >= n or toks[i + 3].type == "NL" or (
                toks[i + 3].type in ("NAME", "OR", "ON", "SOFT_SUR")
                and fold(toks[i + 3].value) in _FILE_WORDS | _SORTED_WORDS | _FE_OPTIONS)):
        _foreach_options(toks, i + 2)  # FromEnd, WithoutSavingPosition: to the line's end
        out.append(_retype(t, "FOREACH_FILE", f"{t.value} {nxt.value}"))
        out.append(toks[i + 2])
        i += 3
        keys = _file_sort_keys(toks, i + 2) if i + 2 < n and fold(toks[i].value) in \
            _SORTED_WORDS and fold(toks[i + 1].value) in ("by", "par") else None
        if keys is not None:
            out.append(_retype(toks[i], "FILE_ON", toks[i].value))  # SORTED BY key: ON key
            out.append(_retype(toks[i + 2], "NAME", keys[0]))
            i = keys[1]
        elif i + 1 < n and fold(toks[i].value) in ("on", "sur") and toks[i + 1].type == "NAME":
            out.append(_retype(toks[i], "FILE_ON", toks[i].value))  # FOR EACH f ON key
            out.append(toks[i + 1])
            i += 2
            keys = ("", i)
        if i < n and toks[i].type != "NL" and fold(toks[i].value) in _FILE_WORDS:
            if keys is None:  # `AVEC Statut = 1 TRIÉ PAR Date`: the sort written after
                keys = _sort_after_where(toks, i + 1, out)
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
    if typ == "ARRAY_OF":  # `t is array of (n+1) int`: the lexer saw the dimensions
        out.append(t)
        _dims_tail(toks, i + 1)
        return i + 1, False
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
    if typ == "NAME" and nxt is not None and (nxt.type in _LABEL_WORDS or nxt.type == "END") \
            and fold(t.value) == "goto" and (i + 2 >= n or toks[i + 2].type in ("NL", "ELSE")):
        out.append(_retype(t, "GOTO", t.value))  # GOTO Label (a keyword only there)
        out.append(_retype(nxt, "NAME", nxt.value))  # (`GOTO A`: A is no `à` there; `GOTO
        return i + 2, False  # FIN`: to the END: section, docs/semantics.md "GOTO and labels")
    if line_start and typ in _LABEL_WORDS and nxt is not None and nxt.type == "COLON" \
            and (i + 2 >= n or toks[i + 2].type == "NL"):
        out.append(_retype(t, "GOTO_LABEL", t.value))  # `Label:` alone on its line
        return i + 2, False
    merged = _two_word(typ, t, nxt, nxt_word)
    if merged is not None and merged[0] == "FOREACH" and i + 2 < n \
            and toks[i + 2].type == "NAME" and fold(toks[i + 2].value) in _STRING_WORDS \
            and i + 3 < n and toks[i + 3].type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR"):
        merged = ("FOREACH_STRING", 3)
    if merged is not None and merged[0] == "FOREACH" and i + 3 < n \
            and toks[i + 2].type == "NAME" and fold(toks[i + 2].value) == "position" \
            and toks[i + 3].type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR"):
        merged = ("FOREACH_STRING", 3)  # FOR ALL POSITION p OF sub IN s (flow_builder.py)
        position_source(toks, i + 4)
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
        elif kind == "OTHERCASE":
            _other_case_colon(toks, i + used)  # `AUTRE CAS x = 0`: the colon form
        out.append(_retype(t, kind, " ".join(x.value for x in toks[i:i + used])))
        return i + used, False
    if typ == "ELSE" and out and out[-1].type == "_NL" and i + 1 < n \
            and toks[i + 1].type != "NL" and (line_is_one_line_if(out)
                                              or line_is_bare_if(out)):
        out.pop()  # `IF c THEN a` / `ELSE b`: the ELSE belongs to the one-line IF above
    out.append(t)
    return i + 1, False


def _interface_lines(toks: list[Token], j: int) -> None:
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
                    ret = toks[j + 2].value
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
