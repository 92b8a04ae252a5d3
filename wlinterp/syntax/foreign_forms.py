"""Parse errors for what other languages write where WLanguage writes something else
(code ported from C, C#, Java, JavaScript or Visual Basic, and WLanguage written from
memory, as found on the web): the message says WLanguage's way instead of "unexpected
'x'". Each function looks at the token the parser stopped at and the tokens before it;
`foreign_form` gives the first message that fits, else None (parse_errors.py)."""
from __future__ import annotations

__all__ = ["foreign_form", "line_ends_in_operator", "line_start", "opens_line"]

from .lexer import Token
from .names import fold
from .words import FRENCH_TYPE_ARTICLES, SIMPLE_TYPE_WORDS as _TYPE_WORDS

_LINE_ENDS = ("_NL", "NL")


def line_start(tokens: list[Token], index: int) -> int:
    """The index of the first token of the line holding token `index`: each form looks
    at what opens the line the parser stopped in."""
    start = index
    while start > 0 and tokens[start - 1].type not in _LINE_ENDS:
        start -= 1
    return start


def opens_line(tokens: list[Token], index: int) -> bool:
    """Whether token `index` is the first of its line."""
    return index == 0 or tokens[index - 1].type in _LINE_ENDS


def type_before_name(tok: Token, tokens: list[Token], index: int) -> str | None:
    """The message for `int i = 0` / `chaîne sNom = "a"` (a simple type word opening the
    line, then the name: a C, Java or C# declaration), else None. WLanguage writes the
    name first (`i is int = 0`); the parser stopped at the name, "unexpected 'i'"."""
    if tok.type != "NAME" or index < 1 or index >= len(tokens):
        return None
    kind = tokens[index - 1]
    after = tokens[index + 1].type if index + 1 < len(tokens) else "$END"
    word = fold(str(kind.value))
    if kind.type != "NAME" or not opens_line(tokens, index - 1) or word not in _TYPE_WORDS \
            or after not in ("EQ", "_NL", "NL", "$END"):
        return None
    article = FRENCH_TYPE_ARTICLES.get(word)  # (a French type word; others are English)
    link = f"est {article} " if article else "is "
    value = " = ..." if after == "EQ" else ""
    return (f"'{kind.value} {tok.value}' is no WLanguage declaration (the name comes "
            f"first): write {tok.value} {link}{kind.value}{value}")



def double_equals(tok: Token, tokens: list[Token], index: int) -> str | None:
    """`IF x == 1`: the second `=` right after the first."""
    before = tokens[index - 1] if index > 0 else None
    if tok.type != "EQ" or before is None or before.type != "EQ" \
            or before.line != tok.line or before.column != tok.column - 1:
        return None
    return "'==' is no WLanguage operator: a comparison is written with one = (IF x = 1 THEN)"


def _after_word(tokens: list[Token], index: int, words: tuple[str, ...]) -> Token | None:
    """The word before token `index` when it opens the line and is one of `words`."""
    word = tokens[index - 1] if index > 0 else None
    if word is None or word.type != "NAME" or fold(str(word.value)) not in words \
            or not opens_line(tokens, index - 1):
        return None
    return word


def var_declaration(tok: Token, tokens: list[Token], index: int) -> str | None:
    """`var total = 0` (JavaScript, C#), `Dim total As Integer` (Visual Basic): the
    name after `var`/`Dim` opening the line."""
    word = _after_word(tokens, index, ("var", "dim"))
    if tok.type != "NAME" or word is None:
        return None
    return (f"'{word.value}' is no WLanguage word: declare {tok.value} is <type> (= value), "
            f"or by its value: let {tok.value} = ... (soit {tok.value} = ...)")


def pascal_assignment(tok: Token, tokens: list[Token], index: int) -> str | None:
    """`x := 2` (Pascal, Delphi): a `:` right before `=`."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if tok.type != "COLON" or after is None or after.type != "EQ" \
            or after.line != tok.line or after.column != tok.column + 1:
        return None
    return "':=' is no WLanguage operator: an assignment is written = (x = 2)"


def basic_end(tok: Token, tokens: list[Token], index: int) -> str | None:
    """`End If`, `END WHILE`, `End Sub` (Visual Basic): a word after END on its line; and
    `Next i`, which closes a FOR there."""
    before = tokens[index - 1] if index > 0 else None
    if before is not None and before.type == "END" and before.line == tok.line \
            and tok.type not in ("_NL", "NL", "COLON"):
        return (f"'{before.value} {tok.value}' is Visual Basic's: END (FIN) alone closes "
                f"any block in WLanguage")
    if _after_word(tokens, index, ("next",)) is not None:
        return "'Next' is Visual Basic's: END (FIN) closes a FOR block in WLanguage"
    return None


def else_if_word(tok: Token, tokens: list[Token], index: int) -> str | None:
    """`ELSEIF c THEN` / `elif` / `SINONSI` in one word, opening the line."""
    word = _after_word(tokens, index, ("elseif", "elsif", "elif", "sinonsi"))
    if word is None:
        return None
    return (f"'{word.value}' is written in two words in WLanguage: ELSE IF ... THEN "
            f"(SINON SI ... ALORS)")


def brace_block(tok: Token, tokens: list[Token], index: int) -> str | None:
    """`WHILE (x < 3) {`, `function f() {`, `try {`, a `}` alone: C's braces."""
    if tok.type not in ("LBRACE", "RBRACE"):
        return None
    start = line_start(tokens, index)
    first = tokens[start]
    if tok.type == "RBRACE" and first is tok:  # `}` opening a line
        return "WLanguage has no { } blocks: END (FIN) closes a block"
    if tok.type == "LBRACE" and first.type == "PROCEDURE":
        return ("WLanguage has no { } blocks: a procedure's statements follow its header "
                "line, up to the next PROCEDURE (no END)")
    if tok.type == "LBRACE" and first.type == "NAME" and index == start + 1 \
            and fold(str(first.value)) == "try":
        return ("try { } catch is written WHEN EXCEPTION IN ... DO ... END (QUAND "
                "EXCEPTION DANS ... FAIRE ... FIN) in WLanguage")
    if tok.type != "LBRACE" or first.type not in ("IF", "WHILE", "FOR", "ELSE", "LOOP",
                                                  "SWITCH"):
        return None
    return ("WLanguage has no { } blocks: the block's statements follow on their own "
            "lines and END (FIN) closes it")


def c_for(tok: Token, tokens: list[Token], index: int) -> str | None:
    """`for (i = 0; i < n; i++)`: a parenthesis right after FOR."""
    before = tokens[index - 1] if index > 0 else None
    if tok.type != "LPAR" or before is None or before.type != "FOR":
        return None
    return ("C's for (start; test; step) is written FOR i = 1 TO n [STEP k] ... END "
            "(POUR i = 1 À n ... FIN) in WLanguage")


def class_word_first(tok: Token, tokens: list[Token], index: int) -> str | None:
    """`CLASS cGateway` / `CLASSE CConfig` / `INTERFACE IAuth` opening the line (C++,
    C#, Java; WINDEV code written from memory, as web pages show it): WLanguage writes the
    name first (`cGateway is Class` ... END) and the methods after the declaration's END,
    each `PROCEDURE cGateway::Method()`; it said "unexpected 'cGateway'"."""
    word = _after_word(tokens, index, ("class", "classe", "interface"))
    if tok.type != "NAME" or word is None:
        return None
    french = fold(str(word.value)) == "classe"
    kind = "Interface" if fold(str(word.value)) == "interface" else \
        "Classe" if french else "Class"
    link = "est une" if french else "is"
    closer = "FIN" if french else "END"
    head = (f"'{word.value} {tok.value}' is no WLanguage declaration (the name comes "
            f"first): write {tok.value} {link} {kind}")
    if kind == "Interface":
        return f"{head}, its PROCEDURE lines, then {closer}"
    return (f"{head}, its members, then {closer}; its methods follow that {closer}, each "
            f"PROCEDURE {tok.value}::Name()")


# the binary operators after which C, JavaScript or a PDF's wrapped line carry an
# expression over to the next line
_BINARY = frozenset({"PLUS", "MINUS", "STAR", "SLASH", "PERCENT", "CARET", "AMP", "PIPE",
                     "AND", "OR", "SAND", "SOR", "EQ", "NE", "LT", "LE", "GT", "GE"})


def line_ends_in_operator(tok: Token, tokens: list[Token], index: int) -> str | None:
    """`s = "a" + sNom +` then the rest on the next line: the newline ends a WLanguage
    statement, which carries on over the next line only when this one ends with `...`
    (docs/semantics.md "A line ending with an operator"); it said "unexpected end of
    line; expected an expression", which named no way out."""
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if tok.type not in ("_NL", "NL") or before is None or before.type not in _BINARY \
            or before.line != tok.line or after is None or after.type == "$END":
        return None  # (the text's last line: no next line was meant to carry on)
    return (f"the line ends with '{before.value}': a WLanguage statement ends with its "
            f"line; to carry it over to the next line, end this one with ... "
            f"({before.value} ...)")


def header_missing(tok: Token, tokens: list[Token], index: int) -> str | None:
    """`LOCAL sLib est une chaîne, sProg est une chaîne)` opening a file: a procedure's
    parameters whose `PROCEDURE Name(` line an export or a copy cut (a stock procedure of
    the public corpus, HLST50CL.wl, begins so); a `)` with no `(` on a line of
    declarations. It said "unexpected ')'; expected ELSE, '=', '(' or end of line"."""
    if tok.type != "RPAR":
        return None
    start = line_start(tokens, index)
    if any(t.type == "LPAR" for t in tokens[start:index]):
        return None
    first = tokens[start]
    declares = first.type == "LOCAL" or first.type == "NAME" and start + 1 < index \
        and tokens[start + 1].type == "IS"
    if not declares:
        return None
    return ("')' closes no '(': this line of parameters is a procedure's, whose header "
            "is missing: write PROCEDURE Name(...) (PROCÉDURE Nom(...)) before them, on "
            "the same line")


_FORMS = (type_before_name, double_equals, var_declaration, else_if_word, brace_block,
          c_for, pascal_assignment, basic_end, class_word_first, header_missing)


def foreign_form(tok: Token, tokens: list[Token], index: int) -> str | None:
    """The message for a form of another language at the token the parser stopped at."""
    for form in _FORMS:
        message = form(tok, tokens, index)
        if message is not None:
            return message
    return None
