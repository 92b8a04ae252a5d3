"""`Resultat` / `Result` as a variable's name, where the keyword RESULT cannot stand.

RÉSULTAT (RESULT, RENVOYER) starts a statement: `RESULT x`, `SI c ALORS RENVOYER x`,
`CAS 1: RÉSULTAT 2`. Real code also names a variable so (the public corpus: `Resultat =
UTF8VersChaîne(...)`, then `ChaîneOccurrence(Resultat, ...)`), and English code names
one `Result`. Where the word is assigned (`=`, `+=`, `-=`, `++`, `--`), declared (`is`,
`est`, `are`, `sont`, or listed before a comma), or read inside an expression (after an
operator, an opening bracket, a comma), the statement cannot be RESULT: the word is a
name there (docs/semantics.md, *decided*: no stored page says how the IDE reads it; it
used to be a syntax error at the `=`).
"""
from __future__ import annotations

__all__ = ["result_is_name", "RESULT_WORDS"]

from ..lazy_regex import lazy_compile
from .blanks import BLANK

RESULT_WORDS = frozenset({"result", "resultat"})  # (RENVOYER is a verb: no name)
# what follows a name being assigned or declared
_NAME_FOLLOWS = lazy_compile(rf"{BLANK}*(?:=(?!=)|\+=|-=|\+\+|--|,|(?i:is|est|are|sont)\b)")
# the tokens a statement starts after (RESULT there is the keyword, unless assigned)
_STATEMENT_BEFORE = frozenset({"_NL", "NL", "THEN", "ELSE", "COLON", "DO", "INTERNAL"})


def result_is_name(text: str, end: int, before: str | None, operand_end: set[str]) -> bool:
    """Is the word RESULT ending at `end` of `text` a name, the token before it being of
    type `before` (None at the start)? `operand_end`: the token types an operand ends
    with (after one, a one-line `IF c RESULT x` may start a statement)."""
    if _NAME_FOLLOWS.match(text, end):
        return True
    return before is not None and before not in _STATEMENT_BEFORE \
        and before not in operand_end
