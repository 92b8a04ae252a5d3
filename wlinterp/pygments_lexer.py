"""A Pygments lexer for WLanguage (WINDEV, WEBDEV, WINDEV Mobile), English and French.

Registered through the `pygments.lexers` entry point under the names `wlanguage`,
`windev` and `webdev` (not `wl`, which Pygments gives to the Wolfram Language; both
claim `*.wl`, so `analyse_text` looks for WLanguage's own marks). The keywords come from
the interpreter's own keyword table, so the highlighter and the parser agree; words are
compared case- and accent-insensitively, as WLanguage does (`PROCÉDURE`, `procedure`).
"""
from __future__ import annotations

__all__ = ["WLanguageLexer"]

import re
from typing import Any, Iterator

from pygments.lexer import RegexLexer
from pygments.token import (Comment, Keyword, Name, Number, Operator, Punctuation, String,
                            Text, Whitespace)

from .syntax.blanks import TOKEN_GAP
from .syntax.names import fold
from .syntax.words import KEYWORDS

# Words the grammar reads as part of statements without being lexer keywords.
_MORE_KEYWORDS = {
    "when", "quand", "exception", "error", "erreur", "other", "autre", "autres", "each",
    "all", "tout", "toute", "tous", "toutes", "structure", "class", "classe", "inherits",
    "herite", "new", "nouveau", "delete", "liberer", "private", "prive", "privee",
    "protected", "protege", "protegee", "public", "publique", "with", "avec", "from", "de",
    "elseif", "sinonsi", "by", "par", "reference", "ref", "dynamic", "dynamique",
}
_CONSTANTS = {"true", "vrai", "false", "faux", "null"}
_TYPES = {
    "int", "entier", "real", "reel", "string", "chaine", "boolean", "booleen", "currency",
    "monetaire", "numeric", "numerique", "date", "time", "heure", "datetime", "dateheure",
    "duration", "duree", "variant", "array", "tableau", "associative", "associatif", "buffer",
    "character", "caractere", "unicode", "ansi", "byte", "octet", "procedure", "variable",
}
_WORDS = {fold(k) for k in KEYWORDS} | _MORE_KEYWORDS


def _word(lexer: Any, match: re.Match[str]) -> Iterator[tuple[int, Any, str]]:
    """A name: keyword, constant, a type word after IS/EST, or an ordinary name."""
    text = match.group(0)
    key = fold(text)
    if key in _CONSTANTS:
        token = Keyword.Constant
    elif key in _TYPES and lexer._after_is:
        token = Keyword.Type
    elif key in _WORDS or (lexer._after_is and key in ("a", "an", "un", "une")):
        token = Keyword
    else:
        token = Name
    lexer._after_is = key in ("is", "est", "are", "sont", "of", "de") or \
        (lexer._after_is and key in _TYPES | {"a", "an", "un", "une"})
    yield match.start(), token, text


class WLanguageLexer(RegexLexer):
    """WLanguage source: keywords in both languages, `//` and `/* */` comments, strings
    with `""` escapes, numbers with `_` separators, `0x`, `0n` (numeric) and `0m` (currency)."""

    name = "WLanguage"
    aliases = ["wlanguage", "windev", "webdev"]
    filenames = ["*.wl"]
    mimetypes = ["text/x-wlanguage"]
    flags = re.MULTILINE | re.UNICODE

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._after_is = False

    tokens = {
        "root": [
            (TOKEN_GAP + "+", Whitespace),
            (r"\r?\n", Whitespace),
            (r"//.*?$", Comment.Single),
            (r"/\*[\s\S]*?\*/", Comment.Multiline),
            (r'"[^"\n]*(?:""[^"\n]*)*"', String.Double),
            (r"“[^”\n]*”", String.Double),
            (r"0[xX][0-9a-fA-F_]+", Number.Hex),
            (r"0[nNmM]\d[\d_]*(?:\.\d[\d_]*)?", Number.Float),  # numeric, currency
            (r"\d[\d_]*\.\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|\d[\d_]*[eE][-+]?\d+",
             Number.Float),
            (r"\d[\d_]*", Number.Integer),
            (r"[^\W\d]\w*", _word),
            (r"\.\.\.|\[~~\]|\[~~|\[~\]|\[~|\[=\]|\[=|~~\]|~\]|=\]|~~|~=|<=|>=|<>|\+\+|--|\+=|-="
             r"|<-|::|\|\||[-+*/%^=<>&|~]", Operator),
            (r"[()\[\]{},.:;?]", Punctuation),
            (r".", Text),
        ],
    }

    def get_tokens_unprocessed(self, text: str, stack: Any = ("root",)) -> Any:
        self._after_is = False  # the type-phrase state starts afresh for every text
        yield from super().get_tokens_unprocessed(text, stack)

    @staticmethod
    def analyse_text(text: str) -> float:
        """WLanguage's marks: a PROCEDURE header, END/FIN closing a block, Trace/Info."""
        score = 0.0
        if re.search(r"^\s*(PROC[EÉ]DURE|FONCTION)\b", text, re.I | re.M):
            score += 0.4
        if re.search(r"^\s*(END|FIN)\s*$", text, re.I | re.M):
            score += 0.3
        if re.search(r"\b(Trace|Info|SI|POUR|TANTQUE)\b", text):
            score += 0.2
        return min(score, 1.0)
