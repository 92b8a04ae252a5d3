"""The declaration a WL101 hint proposes, `n is int`, written in the program's language:
`n est un entier` in a French file (the hint's example is code to paste; it said `n is
int` and `n is entier` in French files). A file is French when its keywords are more
often French than English (SI/ALORS/FIN/est un... against IF/THEN/END/is...), counted
once per text, outside strings and comments, and only when a hint is written.
"""
from __future__ import annotations

__all__ = ["declaration_example", "is_french"]

import re
from functools import lru_cache

from ..syntax.names import fold
from ..syntax.words import FRENCH_TYPE_ARTICLES

_FRENCH = frozenset({"si", "alors", "sinon", "fin", "pour", "tout", "tantque", "boucle",
                     "selon", "cas", "renvoyer", "retour", "est", "sont", "un", "une",
                     "des", "pas", "et", "ou", "vrai", "faux", "locale", "globale",
                     "chaine", "entier", "reel", "booleen", "tableau", "dans", "interne"})
_ENGLISH = frozenset({"if", "then", "else", "end", "for", "each", "all", "while", "loop",
                      "switch", "case", "result", "return", "is", "are", "an", "not",
                      "and", "or", "true", "false", "local", "global", "string", "int",
                      "real", "boolean", "array", "of", "in", "internal"})
# a string literal or a comment: not counted
_NOT_CODE = re.compile(r'"[^"\n]*"|//[^\n]*')
_WORD = re.compile(r"\w+")
# English type word -> its French word (its article: _article)
_TO_FRENCH = {"int": "entier", "string": "chaîne", "real": "réel", "boolean": "booléen",
              "date": "date", "time": "heure", "datetime": "dateheure", "duration": "durée",
              "currency": "monétaire", "numeric": "numérique", "buffer": "buffer",
              "variant": "variant"}


def _article(french: str) -> str:
    """The article of a French type word in a declaration (words.py FRENCH_TYPE_ARTICLES,
    and "une date"); "un" for the others (variant, buffer, a class)."""
    key = fold(french)
    return "une" if key == "date" else FRENCH_TYPE_ARTICLES.get(key, "un")


@lru_cache(maxsize=8)
def is_french(source: str) -> bool:
    """Are the program's keywords mostly French?"""
    french = english = 0
    for word in _WORD.findall(_NOT_CODE.sub(" ", source)):
        w = fold(word)
        french += w in _FRENCH
        english += w in _ENGLISH
    return french > english


def declaration_example(name: str, type_text: str, source: str) -> str:
    """`name is type_text`, or its French form in a French program."""
    if not is_french(source):
        return f"{name} is {type_text}"
    known = _TO_FRENCH.get(fold(type_text))
    if known is not None:
        return f"{name} est {_article(known)} {known}"
    first = fold(type_text).split()[0] if type_text.split() else ""
    if first in ("un", "une"):  # (a type written with its article)
        return f"{name} est {type_text}"
    return f"{name} est {_article(first)} {type_text}"
