"""The rules of the lexer's second pass for the tokens that may start a multi-word form.

Why a module of its own: statements.py's merge_keywords passes most tokens on with one
test; the few that may begin a form (a class line, USING, FOR EACH over a file, `new`,
labels, two-word keywords) are handed to these rules in order, the first that applies
deciding. Each rule returns where merging goes on and whether that is still a line's start,
or None when the token is not its form. The order is the rules' priority.
"""
from __future__ import annotations

__all__ = ["RULES"]

from typing import TYPE_CHECKING, Callable, Optional

from .names import fold
from .tokens import Token
from .words import (CTOR_WORDS as _CTOR_WORDS, EACH_WORDS as _EACH_WORDS,
                    FILE_WORDS as _FILE_WORDS, PROC_MODIFIERS as _PROC_MODIFIERS,
                    SECTION_WORDS as _SECTION_WORDS, SORTED_WORDS as _SORTED_WORDS,
                    STRING_WORDS as _STRING_WORDS, FOREACH_OPTIONS as _FE_OPTIONS)
from .class_lines import (CLASS_NAMES as _NAMES, USE_WORDS as _USE_WORDS,
                          declarations_follow as _declarations_follow,
                          ignored_line as _ignored_line, member_line as _member_line,
                          section_line as _section_line, use_line as _use_line,
                          inherits_line as _inherits_line,
                          whole_line_parenthesis as _whole_line_parenthesis)
from .keyword_phrases import (array_type as _array_type, foreach_clauses as _foreach_clauses,
                              dims_tail as _dims_tail, file_sort_keys as _file_sort_keys,
                              retype as _retype, sort_after_where as _sort_after_where,
                              selected_row as _selected_row, two_word as _two_word)
from .words import EXTERN_WORDS as _EXTERN, IMPLEMENTS_WORDS as _IMPLEMENTS  # `implémente IBasket` in a class
from .interface_lines import interface_lines as _interface_lines
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .pending_result import return_as_name
    from .case_colon import other_case_colon as _other_case_colon
    from .foreach_options import foreach_options as _foreach_options, join_depth, position_source
    from .file_condition_words import condition_words
else:
    on_first_call(globals(), ".pending_result", "return_as_name")
    on_first_call(globals(), ".case_colon", "other_case_colon as _other_case_colon")
    on_first_call(globals(), ".foreach_options",
                  "foreach_options as _foreach_options", "join_depth", "position_source")
    on_first_call(globals(), ".file_condition_words", "condition_words")

# `PROCÉDURE PUBLIQUE GLOBALE Name`: GLOBAL/LOCAL are keywords of their own, also modifiers.
_MODIFIER_TOKENS = ("NAME", "GLOBAL", "LOCAL")
_CASE_HANDLER_WORDS = frozenset({"error", "erreur", "exception"})
_LABEL_WORDS = ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR")  # a GOTO label (`A:`, `De:`)

Merged = Optional[tuple[int, bool]]
Rule = Callable[[list[Token], int, bool, list[Token], Optional[Token], str], Merged]


# `EXTERN name` / `EXTERNE nom`: a variable declared elsewhere, known when the program runs
# (kept for the check); `EXTERN "file"` is ignored (class_lines.ignored_line)


def class_line(toks: list[Token], i: int, line_start: bool, out: list[Token],
               nxt: Token | None, nxt_word: str) -> Merged:
    """A class's line forms at a line's start: `hérite de Base` / `un objet Base`
    (the parent), a section line (`PUBLIC`, `PRIVÉ GLOBAL`, `PRIVÉ CONSTANT` opening a constant
    block) and a member line (`PRIVÉ m_x est un entier`)."""
    n = len(toks)
    t = toks[i]
    typ = t.type
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
    return None


def line_form(toks: list[Token], i: int, line_start: bool, out: list[Token],
              nxt: Token | None, nxt_word: str) -> Merged:
    """Statement forms named by their first word: USING ... IN, the ancestor's
    constructor call, LIBÉRER / delete, an interface's prototype lines, `implémente I`, and the
    lines that run nothing (EXTERN, PUBLIC:...)."""
    n = len(toks)
    t = toks[i]
    typ = t.type
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
    if line_start and typ == "NAME" and nxt is not None and nxt.type == "NAME" \
            and fold(t.value) in _EXTERN:
        # EXTERN clPlanning: names known when the program runs, kept for the check
        j, names = i + 1, [t.value]
        while j < n and toks[j].type != "NL":
            if toks[j].type == "NAME":
                names.append(toks[j].value)
            j += 1
        out.append(_retype(t, "NOOP", " ".join(names)))
        return j, False
    if line_start and _ignored_line(t, nxt):
        out.append(_retype(t, "NOOP", t.value))  # EXTERN, PUBLIC:, HÉRITE DE, LIBÉRER ...
        while i < n and toks[i].type != "NL":
            i += 1
        return i, False
    return None


def file_loop(toks: list[Token], i: int, line_start: bool, out: list[Token],
              nxt: Token | None, nxt_word: str) -> Merged:
    """FOR EACH over a data file: its options, its sort key (`SORTED BY`, `ON key`) and
    its condition word (WHERE / OÙ / AVEC), each made a token the grammar reads."""
    n = len(toks)
    t = toks[i]
    typ = t.type
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
            condition_words(toks, i)  # LIKE, BETWEEN ... AND, as HFilter's condition
        return i, False
    return None


def allocation(toks: list[Token], i: int, line_start: bool, out: list[Token],
               nxt: Token | None, nxt_word: str) -> Merged:
    """`new` / `allouer` (with the array type that follows) and an array type's
    dimensions the lexer already read."""
    n = len(toks)
    t = toks[i]
    typ = t.type
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
    return None


def label_or_head(toks: list[Token], i: int, line_start: bool, out: list[Token],
                  nxt: Token | None, nxt_word: str) -> Merged:
    """Exit labels (`FIN:`), exception and error handlers (`CAS ERREUR:`), STRUCTURE,
    procedure access modifiers, RETURN/RETOUR used as a name, a procedure named like a
    keyword, GOTO and its labels."""
    n = len(toks)
    t = toks[i]
    typ = t.type
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
    if typ in ("PROCEDURE", "INTPROC"):
        _trailing_modifiers(toks, i)  # `PROCEDURE C::M() ABSTRACT`
        n = len(toks)
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
    return None


def _trailing_modifiers(toks: list[Token], i: int) -> None:
    """`PROCEDURE C::M() ABSTRACT` / `PROCÉDURE C::M() ABSTRAITE`: modifier words ending
    a procedure's header, after its parameters' `)`, join the keyword's value as the
    same words before the name do (the builder reads them there); docs/semantics.md
    "Abstract methods"."""
    end = i + 1
    while end < len(toks) and toks[end].type != "NL":
        end += 1
    if end - 2 > i and toks[end - 1].type == "TYPE" and toks[end - 2].type == "RETCOLON":
        _modifiers_after_type(toks[i], toks[end - 1])  # `... : int ABSTRACT`
        return
    first = end
    while first - 1 > i + 1 and toks[first - 1].type in _MODIFIER_TOKENS \
            and fold(toks[first - 1].value) in _PROC_MODIFIERS:
        first -= 1
    if first == end or toks[first - 1].type != "RPAR":
        return
    toks[i].value += "".join(" " + t.value for t in toks[first:end])
    del toks[first:end]


def _modifiers_after_type(head: Token, rettype: Token) -> None:
    """`PROCEDURE C::M() : int ABSTRACT`: the result type's phrase took the modifier
    words; they go to the keyword's value, the type keeps its own words."""
    words = str(rettype.value).split()
    kept = len(words)
    while kept > 1 and fold(words[kept - 1]) in _PROC_MODIFIERS:
        kept -= 1
    if kept < len(words):
        rettype.value = " ".join(words[:kept])
        head.value += "".join(" " + w for w in words[kept:])


# What follows a FOR EACH loop's variable: `ÉLÉMENT x DE t`, `ÉLÉMENT v, k DE t`.
_AFTER_LOOP_NAME = frozenset({"OF", "SOFT_DE", "IN", "COMMA"})


def phrase(toks: list[Token], i: int, line_start: bool, out: list[Token],
           nxt: Token | None, nxt_word: str) -> Merged:
    """Two- and three-word keywords (`POUR TOUT`, `SINON SI`, `AUTRE CAS`, `QUAND
    EXCEPTION DANS`...) made one token, with the FOR EACH forms' clauses and options."""
    n = len(toks)
    t = toks[i]
    typ = t.type
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
    if merged is not None and merged[0] == "FOREACH" and i + 4 < n \
            and toks[i + 2].type == "NAME" and fold(toks[i + 2].value) == "element" \
            and toks[i + 3].type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR") \
            and toks[i + 4].type in _AFTER_LOOP_NAME:
        merged = ("FOREACH", 3)  # POUR TOUT ÉLÉMENT x DE ... (`POUR TOUT élément DE x`:
        # the variable élément)
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
    return None


RULES: tuple[Rule, ...] = (class_line, line_form, file_loop, allocation, label_or_head, phrase)
