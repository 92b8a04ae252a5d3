"""Phrases the lexer's second pass (statements.py) makes into one token: two-word keywords
(`ELSE IF`, `FOR EACH`, `SEPARATED BY`, `NOT IN`, `INTERNAL PROCEDURE`, `OTHER CASE`,
`WHEN EXCEPTION`), the type after `new`/`allouer` (`array of 14 int`), the clauses after a
FOR EACH's collection (WHERE/OÙ, SORTED BY/TRIÉ PAR) and `SELECTED ROW`/`LIGNE
SÉLECTIONNÉE`."""
from __future__ import annotations

__all__ = ["dims_tail", "file_sort_keys", "sort_after_where", "selected_row", "array_type", "foreach_clauses", "two_word",
           "retype"]

from .names import fold
from .tokens import Token
from .words import (EACH_WORDS as _EACH_WORDS, OTHER_WORDS as _OTHER_WORDS,
                    SORTED_WORDS as _SORTED_WORDS, WHERE_WORDS as _WHERE_WORDS)


def selected_row(toks: list[Token], i: int) -> bool:
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


def array_type(toks: list[Token], i: int) -> int:
    """`new array of 14 int` / `allouer un tableau de 14 entiers`: the words of the type
    become one TYPE token (in place, at `i`); returns where merging goes on."""
    if _automation_type(toks, i):
        return i
    if fold(toks[i].value) in ("object", "objet") and i + 1 < len(toks) \
            and toks[i + 1].type == "NAME":
        del toks[i]  # `allouer un objet CClasse` / `new object CClass`: the class
        return i  # (the word is optional, as in `est un objet CClasse dynamique`)
    if fold(toks[i].value) not in ("array", "tableau", "associative", "fixed", "fixe",
                                   "dynamic", "dynamique") or (
            fold(toks[i].value) in ("dynamic", "dynamique") and (i + 1 >= len(toks) or fold(
                toks[i + 1].value) not in ("array", "tableau"))):
        return i
    stop = _phrase_end(toks, i)
    if toks[stop].type in _EXPRESSION_TOKENS and _expression_dims(toks, i):
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


def _phrase_end(toks: list[Token], i: int) -> int:
    """Where the words of a type phrase from `i` end (the index of the first other token;
    one past the last token when the phrase ends the text)."""
    j = i
    while j < len(toks) and toks[j].type in _TYPE_PHRASE:
        j += 1
    return min(j, len(toks) - 1)


# tokens that go on an expression, not a type phrase (`array of n*2 int`, `of (n+1)`)
_EXPRESSION_TOKENS = frozenset({"LPAR", "PLUS", "MINUS", "STAR", "SLASH", "PERCENT", "CARET",
                                "DOT", "DOTDOT", "LBRACK"})
_OPERAND_END = frozenset({"NAME", "NUMBER", "STRING", "RPAR", "RBRACK", "SOFT_A", "SOFT_DE",
                          "SOFT_SUR"})
_OPERAND_START = frozenset({"NAME", "NUMBER", "STRING", "SOFT_A", "SOFT_DE", "SOFT_SUR"})
_BY_WORDS = frozenset({"by", "par", "sur"})
_NESTING = {"LPAR": 1, "LBRACK": 1, "LBRACE": 1, "RPAR": -1, "RBRACK": -1, "RBRACE": -1}


def _expression_dims(toks: list[Token], i: int) -> bool:
    """`new array of (n+1) int`, `allouer un tableau de n*2 par m entiers`: dimensions
    written as expressions. `array of` becomes one ARRAY_OF token, each `by`/`par`/`sur`
    between dimensions ARRAY_BY, the element type's words one TYPE token; the dimensions'
    tokens stay as they are, for the grammar to read as expressions (in place, from `i`).
    A dimension ends where an operand follows an operand (`(n+1) int`: the type's first
    word). False (nothing changed) for any other phrase."""
    if i + 2 >= len(toks) or fold(toks[i].value) not in ("array", "tableau") \
            or toks[i + 1].type not in ("OF", "SOFT_DE") or not dims_tail(toks, i + 2):
        return False
    toks[i:i + 2] = [retype(toks[i], "ARRAY_OF", f"{toks[i].value} {toks[i + 1].value}")]
    return True


def _size_dash(toks: list[Token], k: int) -> bool:
    """The `-` of an element type's `1-byte int` / `4-byte unsigned int` after sized
    dimensions (`array fixed of (N+1) 1-byte int`): a word of the type, between its number
    and `byte`, not a minus (it was "unexpected '-'")."""
    return toks[k].type == "MINUS" and k + 1 < len(toks) and toks[k - 1].type == "NUMBER" \
        and toks[k + 1].type == "NAME" and fold(toks[k + 1].value) in ("byte", "bytes")


def dims_tail(toks: list[Token], i: int) -> bool:
    """The dimensions from `i` (after `array of`, the lexer's ARRAY_OF in a declaration:
    `t is array of (n+1) int`): each `by`/`par`/`sur` between them becomes ARRAY_BY, the
    element type's words one TYPE token (in place). False (nothing changed) when no
    element type follows."""
    by: list[int] = []
    depth, start, j = 0, i, i
    while j < len(toks) and toks[j].type != "NL":
        t = toks[j]
        step = _NESTING.get(t.type, 0)
        if step:
            depth += step
            if depth < 0:
                return False
        elif depth == 0 and j > start and fold(t.value) in _BY_WORDS \
                and t.type in ("NAME", "SOFT_SUR"):
            by.append(j)
            start = j + 1
        elif depth == 0 and j > start and t.type in _OPERAND_START \
                and toks[j - 1].type in _OPERAND_END:
            break
        j += 1
    end = j
    while end < len(toks) and (toks[end].type in _TYPE_PHRASE or _size_dash(toks, end)):
        end += 1
    if depth != 0 or end == j:
        return False
    words = " ".join(t.value for t in toks[j:end]).replace(" - ", "-")
    toks[j:end] = [retype(toks[j], "TYPE", words)]
    for k in by:
        toks[k] = retype(toks[k], "ARRAY_BY", toks[k].value)
    return True


def _automation_type(toks: list[Token], i: int) -> bool:
    """`allouer un objet OLE "Excel.Application"` / `new object Automation "X" dynamic`:
    one TYPE token `objet automation` (the server's name says nothing wlinterp can use:
    using the object is the run-time ActiveX/OLE error)."""
    if fold(toks[i].value) not in ("object", "objet") or i + 1 >= len(toks) \
            or fold(toks[i + 1].value) not in _AUTOMATION_WORDS:
        return False
    j = i + 2
    while j < len(toks) and (toks[j].type == "STRING" or toks[j].type in ("NAME", "TYPE")
                             and fold(toks[j].value) in ("dynamic", "dynamique")):
        j += 1
    toks[i:j] = [Token("TYPE", f"{toks[i].value} automation", toks[i].start_pos,
                       toks[i].line, toks[i].column)]
    return True


_AUTOMATION_WORDS = ("automation", "ole", "activex")


def foreach_clauses(toks: list[Token], i: int) -> None:
    """`FOR EACH x OF t WHERE cond SORTED BY key` / `POUR TOUT x DE t OÙ cond TRIÉ PAR
    key`: after the collection, at bracket depth 0, WHERE/OÙ becomes FILE_WHERE (OR
    there would make the collection a boolean) and SORTED BY/TRIÉ PAR one SORTED token
    (in place, from `i` to the end of the line)."""
    depth, seen_of = 0, False
    while i < len(toks) and toks[i].type != "NL":
        t = toks[i]
        step = _NESTING.get(t.type, 0)
        if step:
            depth += step
        elif depth == 0 and t.type in ("OF", "SOFT_DE", "IN"):
            seen_of = True
        elif depth == 0 and seen_of and t.type in ("NAME", "OR") \
                and fold(t.value) in _WHERE_WORDS:
            toks[i] = retype(t, "FILE_WHERE", t.value)
        elif depth == 0 and seen_of and t.type == "NAME" and fold(t.value) in _SORTED_WORDS \
                and i + 1 < len(toks) and fold(toks[i + 1].value) in ("by", "par"):
            toks[i:i + 2] = [retype(t, "SORTED", f"{t.value} {toks[i + 1].value}")]
        i += 1


def file_sort_keys(toks: list[Token], i: int) -> tuple[str, int] | None:
    """`FOR EACH File SORTED BY k1, -k2`: from toks[i] (after BY), the items of the sort
    as one key text (`k1,-k2`: a `-` before an item sorts it descending, a `+` ascending,
    written as the item alone; one item without sign stays its own name, a key of the
    file or an item) and the index past them; None when no item name follows."""
    parts: list[str] = []
    while True:
        sign = ""
        if i < len(toks) and toks[i].type in ("MINUS", "PLUS"):
            sign = "-" if toks[i].type == "MINUS" else ""
            i += 1
        if i >= len(toks) or toks[i].type != "NAME":
            return None
        parts.append(sign + toks[i].value)
        i += 1
        if i + 1 < len(toks) and toks[i].type == "COMMA" and toks[i + 1].type != "NL":
            i += 1
            continue
        return ",".join(parts), i


def sort_after_where(toks: list[Token], i: int, out: list[Token]) -> tuple[str, int] | None:
    """`FOR EACH File WHERE cond SORTED BY k1, k2` (the order real code writes): the
    SORTED BY found in the condition from toks[i] on, at depth 0, is taken out of it
    (in place) and appended to `out` as the ON key form; what file_sort_keys gives, or
    None when the condition holds no sort."""
    depth, j = 0, i
    while j + 2 < len(toks) and toks[j].type != "NL":
        typ = toks[j].type
        if typ in ("LPAR", "LBRACK"):
            depth += 1
        elif typ in ("RPAR", "RBRACK"):
            depth -= 1
        elif depth == 0 and typ == "NAME" and fold(toks[j].value) in _SORTED_WORDS \
                and fold(toks[j + 1].value) in ("by", "par"):
            keys = file_sort_keys(toks, j + 2)
            if keys is not None:
                out.append(retype(toks[j], "FILE_ON", toks[j].value))
                out.append(retype(toks[j + 2], "NAME", keys[0]))
                del toks[j:keys[1]]
                return keys
        j += 1
    return None


def two_word(typ: str, t: Token, nxt: Token | None, nxt_word: str) -> tuple[str, int] | None:
    """The two-word keyword opening at `t` (its token type, tokens used), or None."""
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


def retype(t: Token, kind: str, value: str) -> Token:
    """`t` as a token of another type and value, at its place."""
    return Token(kind, value, t.start_pos, t.line, t.column)
