"""Tokens and the keyword tables shared by the lexer's two passes."""
from __future__ import annotations

__all__ = ["Token", "KEYWORDS", "SOFT"]


class Token:
    """A token as Lark's LALR driver needs it (type, value, position), but lighter than
    `lark.Token`: building tokens is a large share of parsing time."""

    __slots__ = ("type", "value", "start_pos", "line", "column", "end_pos")

    def __init__(self, type: str, value: str, start_pos: int = 0, line: int = 0,
                 column: int = 0, end_pos: int = 0) -> None:
        self.type = type
        self.value = value
        self.start_pos = start_pos
        self.line = line
        self.column = column
        self.end_pos = end_pos

    @property
    def end_line(self) -> int:
        return self.line

    @property
    def end_column(self) -> int:
        return self.column + len(self.value)

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"Token({self.type!r}, {self.value!r}, line={self.line}, col={self.column})"


Tok = Token


# Folded keyword -> terminal name. "à" is handled apart (it folds to the common name "a").
KEYWORDS: dict[str, str] = {
    "if": "IF", "si": "IF", "then": "THEN", "alors": "THEN", "else": "ELSE", "sinon": "ELSE",
    "end": "END", "fin": "END", "switch": "SWITCH", "selon": "SWITCH", "case": "CASE",
    "cas": "CASE", "for": "FOR", "pour": "FOR", "to": "TO", "_to_": "TO_ONCE",
    "_a_": "TO_ONCE", "step": "STEP", "while": "WHILE", "tantque": "WHILE",
    "loop": "LOOP", "boucle": "LOOP", "break": "BREAK", "sortir": "BREAK",
    "continue": "CONTINUE", "continuer": "CONTINUE", "return": "RETURN", "retour": "RETURN",
    "result": "RESULT", "resultat": "RESULT", "renvoyer": "RESULT",
    "procedure": "PROCEDURE", "function": "PROCEDURE", "fonction": "PROCEDURE",
    "internal": "INTERNAL", "interne": "INTERNAL", "local": "LOCAL", "locale": "LOCAL",
    "global": "GLOBAL", "globale": "GLOBAL", "constant": "CONSTANT", "constante": "CONSTANT",
    "constants": "CONSTANT", "constantes": "CONSTANT",
    "is": "IS", "est": "IS", "are": "ARE", "sont": "ARE", "let": "LET", "soit": "LET",
    "of": "OF", "in": "IN", "dans": "IN", "not": "NOT", "pas": "NOT", "and": "AND", "et": "AND",
    "or": "OR", "ou": "OR", "_and_": "SAND", "_et_": "SAND", "_or_": "SOR", "_ou_": "SOR",
    "true": "TRUE", "vrai": "TRUE", "false": "FALSE", "faux": "FALSE", "null": "NULL",
    "do": "DO", "faire": "DO", "on": "ON",
}
# Words that are keywords only where the grammar expects them (common variable names).
SOFT: dict[str, str] = {"a": "SOFT_A", "de": "SOFT_DE", "sur": "SOFT_SUR"}
_ARTICLES = {"a", "an", "un", "une"}
_STRING_WORDS = {"string", "chaine"}
_EACH_WORDS = {"each", "all", "tout", "toute", "tous", "toutes", "chaque"}
_OTHER_WORDS = {"other", "autre", "autres"}
