"""Syntax errors in WLanguage's words: the LALR driver's refusal (`ParseError`: the
unexpected token and the terminals that would fit) becomes a `WLSyntaxError` that names
what was found and what was expected ("unexpected the string "units"; expected THEN"),
the block an END was missing for ("expected END to close the IF opened at line 3"), a
stray END after a procedure's body, or a compound assignment WLanguage has not (`*=`).
"""
from __future__ import annotations

__all__ = ["ParseError", "account_line", "translate"]

from typing import TYPE_CHECKING

from ..errors import WLSyntaxError, source_lines
from .lexer import Token
from .names import fold
from .words import FRENCH_OPENERS as _FRENCH_OPENERS
from .foreign_forms import foreign_form, line_ends_in_operator, line_start, opens_line
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .keyword_names import keyword_name_message
else:
    on_first_call(globals(), ".keyword_names", "keyword_name_message")


class ParseError(Exception):
    """Our LALR driver's error: the unexpected token and the terminals that would fit."""

    def __init__(self, token: Token, expected: set[str]) -> None:
        super().__init__(token.type)
        self.token = token
        self.expected = expected


_WORDS = {
    "END": "END", "THEN": "THEN", "RPAR": "')'", "LPAR": "'('", "RBRACK": "']'",
    "RSUB": "']]'", "EQ": "'='", "COMMA": "','", "TYPE": "a type", "DO": "DO",
    "TO": "TO", "NAME": "a name", "_NL": "end of line", "ELSE": "ELSE", "STRING": "a string",
    "NUMBER": "a number", "$END": "end of file", "COLON": "':'", "IS": "IS",
    "CASE": "CASE", "OTHERCASE": "OTHER CASE", "OF": "OF", "RBRACE": "'}'",
}
_EXPR_START = {"NUMBER", "STRING", "NAME", "LPAR", "MINUS", "TRUE", "FALSE", "NULL", "NOT",
               "LBRACK", "PLUS"}
_OPENERS = {"IF": "IF", "SWITCH": "SWITCH", "FOR": "FOR", "FOREACH": "FOR EACH",
            "FOREACH_FILE": "FOR EACH", "FOREACH_STRING": "FOR EACH STRING",
            "WHILE": "WHILE", "LOOP": "LOOP", "WHENEXC": "WHEN EXCEPTION IN",
            "CONSTANT": "CONSTANT", "INTPROC": "INTERNAL PROCEDURE", "USE": "USING"}


def _describe(tok: Token) -> str:
    if tok.type in ("$END",):
        return "end of file"
    if tok.type == "_NL":
        return "end of line" if tok.value == "\n" else "';'"
    if tok.type == "STRING":  # shown as a number is ("unexpected a string" read badly)
        text = str(tok.value)
        return f'the string "{text if len(text) <= 30 else text[:27] + "..."}"'
    if tok.type == "NUMBER":
        return f"the number {tok.value}"
    if tok.type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR"):
        return f"'{tok.value}'"
    if tok.type == "INHERITS":  # its value is the inheritance's access, "" when public
        return "a class's parent line (inherits from, hérite de, an object, un objet), " \
            "which goes under the class's header"
    return f"'{tok.value}'"


def _open_blocks(tokens: list[Token], upto: int) -> list[Token]:
    """The block openers still open before token `upto` (a light re-scan of the lines)."""
    stack: list[Token] = []
    line: list[Token] = []
    for tok in tokens[:upto] + [Token("_NL", "\n")]:
        if tok.type != "_NL":
            line.append(tok)
            continue
        if line:
            account_line(line, stack)
        line = []
    return stack


def account_line(line: list[Token], stack: list[Token]) -> None:
    """The blocks a line opens or closes, on `stack` (its openers, innermost last)."""
    first = line[0]
    kinds = [t.type for t in line]
    if first.type == "END":
        if stack:
            stack.pop()
    elif first.type == "PROCEDURE":
        stack.clear()
    elif first.type == "IF":
        if "THEN" not in kinds or kinds.index("THEN") == len(kinds) - 1:
            stack.append(first)
    elif first.type in _OPENERS and not (first.type == "CONSTANT" and len(line) > 1):
        stack.append(first)
    elif first.type == "STRUCTURE":
        stack.append(first)
    elif "STRUCT_TYPE" in kinds:
        stack.append(line[kinds.index("STRUCT_TYPE")])
    elif "ENUM_TYPE" in kinds:
        stack.append(line[kinds.index("ENUM_TYPE")])


def _closer_message(opener: Token) -> str:
    if opener.type == "STRUCT_TYPE":  # `X is Class`, `X est une Interface`...
        return _declaration_closer(opener)
    word = _OPENERS.get(opener.type, "STRUCTURE")
    end = "END"
    if fold(str(opener.value).split()[0]) in _FRENCH_OPENERS \
            or opener.type == "INTPROC" and "interne" in fold(str(opener.value)):
        word, end = str(opener.value).upper(), "FIN"
    elif opener.type == "FOREACH_STRING" and "position" in fold(str(opener.value)):
        word = " ".join(str(opener.value).split()).upper()  # FOR ALL POSITION, as written
    return f"expected {end} to close the {word} opened at line {opener.line}"


def _declaration_closer(opener: Token) -> str:
    """The message for a structure, class or interface declaration left open: named by
    its own word, closed by FIN when written in French (`une`, `Classe`)."""
    words = fold(str(opener.value)).replace(",", " ").split()
    kind = next((w for w in words if w in _DECLARED_KINDS), "structure")
    french = kind == "classe" or bool({"un", "une", "composee", "compose"} & set(words))
    end, word = "FIN" if french else "END", _DECLARED_KINDS[kind]
    return f"expected {end} to close the {word} opened at line {opener.line}"


_DECLARED_KINDS = {"class": "CLASS", "classe": "CLASSE", "interface": "INTERFACE",
                   "structure": "STRUCTURE"}


def _stray_end_message(tok: Token, tokens: list[Token], index: int) -> str:
    """Why an END closes nothing; after a procedure's body, say that procedures have no END.

    Programmers coming from other languages close a PROCEDURE with END; WLanguage runs a
    procedure's body to the next PROCEDURE or the end of the file, so that END is stray.
    """
    message = f"'{tok.value}' without a block to close"
    header = next((t for t in reversed(tokens[:index]) if t.type == "PROCEDURE"), None)
    if header is not None:
        end = "FIN" if fold(str(tok.value)) == "fin" else "END"
        message += (f" (if it ends the PROCEDURE of line {header.line}: a procedure has no"
                    f" {end}, its body runs to the next PROCEDURE or the end of the file)")
    return message


def _one_line_if_end(tok: Token, opener: Token, tokens: list[Token]) -> str | None:
    """Why an END fails after an IF line without THEN: the parser read that line as a
    one-line IF (WINDEV 2025's `IF c action`), its last word as the action, so the END
    closes nothing. Code copied from a blog in another language's keywords (`SI c
    ENTONCES`, Spanish) or with THEN forgotten said "unexpected 'FIN'; expected an
    expression" at the END, far from the line at fault."""
    if opener.type != "IF" or opener.line >= tok.line:
        return None
    line = [t for t in tokens if t.line == opener.line and t.type not in ("_NL", "NL")]
    if any(t.type == "THEN" for t in line) or len(line) < 3:
        return None
    french = fold(str(opener.value)) == "si"
    then, end = ("ALORS", "FIN") if french else ("THEN", "END")
    action = line[-1]
    return (f"'{tok.value}' without a block to close: the {str(opener.value).upper()} of"
            f" line {opener.line} has no {then}, so it was read as a one-line"
            f" {str(opener.value).upper()} whose action ends with '{action.value}'; to open"
            f" a block, write {str(opener.value).upper()} <condition> {then} ... {end}")


def translate(err: ParseError, tokens: list[Token], source: str,
               filename: str) -> WLSyntaxError:
    tok = err.token
    expected = set(err.expected)
    try:
        index = next(i for i, t in enumerate(tokens) if t is tok)
    except StopIteration:
        index = len(tokens)
    line, col = _where(tok, tokens, index, source)
    if "END" in expected and tok.type in ("$END", "PROCEDURE"):
        stack = _open_blocks(tokens, index)
        if stack:
            closer = WLSyntaxError(_closer_message(stack[-1]), stack[-1].line,
                                   stack[-1].column, filename, source)
            closer.incomplete = True
            return closer
    named = keyword_name_message(tokens, index)  # `fin is int`, `PROCEDURE P(ou)`
    if named is not None:
        return WLSyntaxError(named[0], named[1].line, named[1].column, filename, source)
    if tok.type == "END":
        stack = _open_blocks(tokens, index)
        if not stack:
            return WLSyntaxError(_stray_end_message(tok, tokens, index), line, col,
                                 filename, source)
        one_line = _one_line_if_end(tok, stack[-1], tokens)
        if one_line is not None:
            return WLSyntaxError(one_line, line, col, filename, source)
    if tok.type in ("_NL", "NL") and index > 0 and tokens[index - 1].type == "LBRACE":
        # `IF (x = 1) {`: the brace was read as an indirection's opening, and the line
        # ended inside it; said at the brace, as `WHILE (x < 3) {` is
        brace = tokens[index - 1]
        braces = foreign_form(brace, tokens, index - 1)
        if braces is not None:
            return WLSyntaxError(braces, *_where(brace, tokens, index - 1, source),
                                 filename, source)
    carried = line_ends_in_operator(tok, tokens, index)  # `s = a +` then `b` below
    if carried is not None:  # said at the operator (a comment may follow it)
        return WLSyntaxError(carried, *_where(tokens[index - 1], tokens, index - 1, source),
                             filename, source)
    foreign = foreign_form(tok, tokens, index)  # `int i = 0`, `x == 1`, `var x`...
    if foreign is not None:
        return WLSyntaxError(foreign, line, col, filename, source)
    compound = _compound_assignment(tok, tokens, index, source)
    if compound is not None:
        return WLSyntaxError(compound, line, col, filename, source)
    if tok.type == "DO" and opens_line(tokens, index):
        stack = _open_blocks(tokens, index)
        if not any(t.type == "WHENEXC" for t in stack):  # (else its DO: a block left open)
            return WLSyntaxError(_do_alone(tok), line, col, filename, source)
    after_last = _after_last_branch(tok, tokens, index)
    if after_last is not None:
        return WLSyntaxError(after_last, line, col, filename, source)
    key_after = _key_after_where(tok, tokens, index)
    if key_after is not None:
        return WLSyntaxError(key_after, line, col, filename, source)
    null_member = _null_member(tok, tokens, index)
    if null_member is not None:  # (the caret on the `?`)
        return WLSyntaxError(null_member, line, col - 1, filename, source)
    wanted = _expected_words(expected)
    message = f"unexpected {_describe(tok)}"
    if wanted:
        message += f"; expected {wanted}"
    return WLSyntaxError(message, line, col, filename, source)


# `x *= 3`: WLanguage's compound assignments are `+=` and `-=` only (VERIFIED, help
# ?1512008 "Arithmetic operators"); the others are told what to write instead.
_NO_COMPOUND = frozenset({"STAR", "SLASH", "PERCENT", "CARET", "AMP", "PIPE"})


def _compound_assignment(tok: Token, tokens: list[Token], index: int,
                         source: str) -> str | None:
    """The message for `x *= 3` (an operator then `=` right after it), else None."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if tok.type not in _NO_COMPOUND or after is None or after.type != "EQ" \
            or after.line != tok.line or after.column != tok.column + 1:
        return None
    target = _place_before(source_lines(source)[tok.line - 1][:tok.column - 1]
                           if 0 < tok.line <= source.count("\n") + 1 else "")
    if not target:  # (no place before it: the plain "unexpected" error)
        return None
    return (f"'{tok.value}=' is not a WLanguage operator (only += and -= are): write "
            f"{target} = {target} {tok.value} ...")


def _do_alone(tok: Token) -> str:
    """`DO` / `FAIRE` opening a line where no WHEN EXCEPTION IN awaits it: code written
    as another language's do ... while. WLanguage tests a loop's condition at its end
    with LOOP ... DO WHILE cond (BOUCLE ... À FAIRE TANTQUE cond: the LOOP statement's
    page ?1510004); it said "unexpected 'FAIRE'; expected an expression"."""
    french = fold(str(tok.value)) == "faire"
    loop = "BOUCLE ... À FAIRE TANTQUE <condition>" if french \
        else "LOOP ... DO WHILE <condition>"
    return (f"'{tok.value}' opens no block here: a loop whose condition is tested at its "
            f"end is written {loop}")


# a branch that must be the last of its block: IF's ELSE, SWITCH's OTHER CASE
_LAST_BRANCH = {"ELSE": ("IF", ("ELSE", "ELSEIF")), "OTHERCASE": ("SWITCH", ("OTHERCASE", "CASE"))}


def _after_last_branch(tok: Token, tokens: list[Token], index: int) -> str | None:
    """The message for a branch written after its block's last one (a second ELSE, an
    ELSE IF after the ELSE; a CASE or a second OTHER CASE after the OTHER CASE), else None:
    it said "unexpected 'SINON'; expected an expression or END"."""
    if not opens_line(tokens, index):
        return None
    for last, (block, followers) in _LAST_BRANCH.items():
        if tok.type not in followers:
            continue
        stack = _open_blocks(tokens, index)
        if not stack or stack[-1].type != block:
            return None
        found = _last_branch_of(stack[-1], last, tokens, index)
        if found is None:
            return None
        end = "FIN" if fold(str(stack[-1].value)) in ("si", "selon") else "END"
        return (f"'{tok.value}' cannot follow the {str(found.value).upper()} that is at "
                f"line {found.line}: that branch is the last of the "
                f"{str(stack[-1].value).upper()} opened at line {stack[-1].line}, only {end} "
                f"may follow it")  # (errors.py moves the lines these name)
    return None


def _last_branch_of(opener: Token, last: str, tokens: list[Token], index: int) -> Token | None:
    """The `last` token (ELSE, OTHER CASE) opening a line of `opener`'s own block before
    token `index`, in one pass over the lines between them (nested blocks left out)."""
    stack: list[Token] = [opener]
    found = None
    k = tokens.index(opener)
    while k < index and tokens[k].type != "_NL":
        k += 1  # (the opener's own line)
    line: list[Token] = []
    for t in tokens[k + 1:index]:
        if t.type != "_NL":
            line.append(t)
            continue
        if line and line[0].type == last and len(stack) == 1:
            found = line[0]
        if line:
            account_line(line, stack)
        line = []
    return found


def _key_after_where(tok: Token, tokens: list[Token], index: int) -> str | None:
    """The message for `FOR EACH Customer WHERE ... ON Name` (`POUR TOUT f AVEC ... SUR
    clé`), else None: the key comes before the condition (FOR EACH's file syntax, ON then
    WHERE); it said "unexpected 'sur'; expected end of line"."""
    if tok.type != "SOFT_SUR":
        return None
    line = tokens[line_start(tokens, index):index]
    where = next((t for t in line if t.type == "FILE_WHERE"), None)
    if not line or line[0].type != "FOREACH_FILE" or where is None or len(line) < 2:
        return None
    opener, file = line[0], line[1]
    return (f"'{tok.value}' comes before '{where.value}' in a {str(opener.value).upper()} on "
            f"a data file: write {opener.value} {file.value} {tok.value} <key> "
            f"{where.value} <condition>")


def _null_member(tok: Token, tokens: list[Token], index: int) -> str | None:
    """The message for `o?.x` / `o?..Name` (`?` touching the `.`), else None: no such
    operator is listed among WLanguage's null operators (?1511031: ?!, ??, ??*, ??=,
    ??=*; docs/semantics.md "No ?. operator")."""
    before = tokens[index - 1] if index > 0 else None
    if tok.type not in ("DOT", "DOTDOT") or before is None or before.type != "QMARK" \
            or before.line != tok.line or before.column != tok.column - 1:
        return None
    return (f"'?{tok.value}' is not a WLanguage operator (the null operators are ?!, ??, "
            f"??*, ??= and ??=*): test the object first (IF o <> Null THEN ...) or write "
            f"(o <> Null ? o{tok.value}x ELSE value)")


def _place_before(text: str) -> str:
    """The place a line's text ends with (`x`, `o.m`, `t[i + 1]`), for the message."""
    i = len(text.rstrip())
    end = i
    while i > 0:
        c = text[i - 1]
        if c == "]":
            depth, i = 0, i - 1
            while i >= 0:
                depth += {"]": 1, "[": -1}.get(text[i], 0)
                if depth == 0:
                    break
                i -= 1
            if i < 0:
                return ""
        elif not (c.isalnum() or c in "_.:"):
            break
        else:
            i -= 1
    return text[i:end]


def _where(tok: Token, tokens: list[Token], index: int, source: str) -> tuple[int, int]:
    if tok.type == "$END" or getattr(tok, "line", None) is None:
        last = tokens[-1] if tokens else None
        if last is None:
            return 1, 1
        return last.line or 1, (last.column or 1)
    return tok.line, tok.column


def _expected_words(expected: set[str]) -> str:
    words: list[str] = []
    if len(expected & _EXPR_START) >= 3:
        words.append("an expression")
        expected = expected - _EXPR_START
    for name in sorted(expected):
        w = _WORDS.get(name)
        if w and w not in words:
            words.append(w)
    if not words or len(words) > 5:
        return ""
    return " or ".join(words) if len(words) <= 2 else ", ".join(words[:-1]) + " or " + words[-1]
