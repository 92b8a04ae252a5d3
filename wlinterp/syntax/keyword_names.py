"""A keyword written where a name is wanted (`fin is int`, `PROCEDURE P(ou)`, `eSt = 3`,
`FOR pas = 1 TO 3`): WLanguage's keywords are reserved in English and in French, in any
case and with or without accents, whatever language the rest of the code is written in,
so `fin`, `Et`, `ou`, `pas`, `eSt` cannot name a variable, a parameter or a procedure
(docs/semantics.md "Keywords as names"). The syntax error then says that the word is a
keyword, with its spellings, instead of only "unexpected 'ou'".
"""
from __future__ import annotations

__all__ = ["keyword_name_message", "keyword_spellings", "message_for"]

from functools import lru_cache

from .tokens import Token
from .names import fold
from .words import KEYWORDS

# A keyword followed by one of these was meant as a name (`fin is int`, `fin = 3`,
# `P(a, ou)`); one written after one of these, as an operand (`x + fin`, `P(pas)`).
_NAME_BEFORE = frozenset({"IS", "ARE", "EQ", "COMMA", "RPAR", "REFASSIGN", "PLUSEQ",
                          "MINUSEQ"})
_OPERAND_AFTER = frozenset({"LPAR", "COMMA", "PLUS", "MINUS", "STAR", "SLASH", "EQ",
                            "NE", "LT", "GT", "LE", "GE", "LBRACK", "PERCENT", "CARET"})


@lru_cache(maxsize=None)
def keyword_spellings(term: str) -> tuple[str, ...]:
    """The spellings (upper case, English first as KEYWORDS lists them) of the keyword
    whose terminal is `term`: ("END", "FIN") for END."""
    return tuple(k.upper() for k, v in KEYWORDS.items() if v == term and k.isalpha())


def _is_keyword(tok: Token) -> bool:
    """Is `tok` a hard keyword written as a word (not `_ET_`, not a soft word)?"""
    text = str(tok.value)
    return text.isalpha() and KEYWORDS.get(fold(text)) == tok.type


def keyword_name_message(tokens: list[Token], index: int) -> tuple[str, Token] | None:
    """The message and the token to place it at when the syntax error at `tokens[index]`
    comes from a keyword used as a name (`fin is int`, `P(ou)`, `x + pas`, `Si = 3`),
    else None."""
    tok = tokens[index] if index < len(tokens) else None
    before = tokens[index - 1] if 0 < index <= len(tokens) else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if tok is not None and _is_keyword(tok) and (
            (after is not None and after.type in _NAME_BEFORE and after.line == tok.line)
            or (after is not None and after.type == "TYPE" and _starts_line(tokens, index))
            or (before is not None and before.type in _OPERAND_AFTER
                and before.line == tok.line)):
        return message_for(tok), tok
    if tok is not None and before is not None and _is_keyword(before) \
            and tok.type in ("IS", "ARE", "EQ") and _starts_line(tokens, index - 1):
        return message_for(before), before  # `Si is int`, `Pour = 3`
    return None


def _starts_line(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].type == "_NL" or tokens[i - 1].line != tokens[i].line


def message_for(tok: Token) -> str:
    """The message for the keyword `tok` written as a name, its spellings in both
    languages: "'fin' is a WLanguage keyword (END / FIN, any case): it cannot be..."."""
    return (f"'{tok.value}' is a WLanguage keyword ({' / '.join(keyword_spellings(tok.type))}, "
            f"any case): it cannot be the name of a variable, a parameter or a procedure")
