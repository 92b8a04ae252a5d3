"""An array's dimensions written with names in a declaration (`t is array of n int`,
`tableau de nLignes par 3 entiers`): the names as expressions, read when the declaration
runs, and the phrase without them (`array of int`).

Which names are constants (their value known when compiling: the dimensions stay part of
the type) and which are variables (the array is sized when the declaration runs) only
the program's symbols say: semantics/array_sizes.py decides, for the checker and the
compiler alike. A fixed array is left out: its dimensions must be integers or constants
("Fixed array", page 1514025).
"""
from __future__ import annotations

__all__ = ["named_dims"]

import re

from ..errors import WLSyntaxError
from . import nodes as N
from .literal_range import whole_number
from .names import fold
from .words import ARTICLES, INT_WORDS, SIMPLE_TYPE_WORDS, TYPE_ARTICLES

_WORD = re.compile(r"[\w-]+")
_NAME = re.compile(r"[^\W\d]\w*")
_ARRAY_WORDS = frozenset({"array", "tableau"})
_OF = frozenset({"of", "de"})
_BY = frozenset({"by", "par", "sur"})
_DYNAMIC = frozenset({"dynamic", "dynamique", "dynamiques"})
# words that begin or qualify a type, never a dimension's name
_TYPE_WORDS = frozenset(SIMPLE_TYPE_WORDS) | INT_WORDS | TYPE_ARTICLES | _DYNAMIC | {
    "fixed", "fixe", "fixes", "associative", "associatif", "ansi", "unicode", "object", "objet",
    "array", "arrays", "tableau", "tableaux", "of", "by", "par", "procedure", "asciiz"}
# what never follows a size: the words that go on a type (`Record of Customer`,
# `Enregistrement de Client`, `string on 10`, `d'un`)
_NOT_AFTER_A_SIZE = frozenset(TYPE_ARTICLES) | {"of", "on"}


def _size(written: str, line: int, col: int) -> int:
    """A size written in digits; one of more than 38 digits is refused as a literal is,
    at its column (literal_range.whole_number)."""
    try:
        return whole_number(written)
    except ValueError as exc:
        raise WLSyntaxError(str(exc), line, col) from None


def _type_word(word: str) -> bool:
    return word in _TYPE_WORDS or word[-1:] in ("s", "x") and word[:-1] in _TYPE_WORDS


def named_dims(text: str, line: int, col: int) -> tuple[list[N.Expr], str] | None:
    """For a phrase `array of A [by B ...] <type>` where some dimension is a name: the
    dimensions as expressions (numbers and names, at their columns from `col`, the
    phrase's) and the phrase without them. None for any other phrase.

    A size is one word, the first after `of` and each after `by`/`par`/`sur`; the words
    after the last size are the element type, whatever they are (a class, a structure,
    `Record of Customer`); a word that only begins or qualifies a type, or that `of`,
    `de` or `on` follows, is the type's, not a size."""
    if "<" in text:  # (`array <growth=N> of ...`: the attributes come first)
        return None
    words = [(fold(m.group()), m.group(), m.start()) for m in _WORD.finditer(text)]
    start = 1 if words and words[0][0] in ARTICLES else 0  # (`is an array of n int`)
    if len(words) < start + 3 or words[start][0] not in _ARRAY_WORDS:
        return None
    i = start + (2 if words[start + 1][0] in _OF else 1)
    head = text[:words[i - 1][2] + len(words[i - 1][1])]
    dims: list[N.Expr] = []
    while i < len(words) - 1 and not all(w[0] in _DYNAMIC for w in words[i + 1:]):
        key, shown, at = words[i]  # (the type is left: `of n CDocument dynamic`)
        if shown.isascii() and shown.isdigit():  # 0-9 only (front end: no digits.py)
            dims.append(N.Num(line, col + at, _size(shown, line, col + at)))
        elif _NAME.fullmatch(shown) and not _type_word(key) \
                and words[i + 1][0] not in _NOT_AFTER_A_SIZE \
                and text[at + len(shown):at + len(shown) + 1] not in (".", ":"):
            # (`of CWinch.STSample`, `of CWinch:STSample`: a class's type, not a size; it
            # was sized by the class's name, read as 0)
            dims.append(N.Name(line, col + at, shown))
        else:
            break
        i += 1
        if i < len(words) - 1 and words[i][0] in _BY:
            i += 1
        else:  # one size per dimension, the next after `by`: the rest is the type
            break  # (`of 3 Record of Customer`: Record begins the type)
    rest = words[i:]
    if not any(type(d) is N.Name for d in dims) or all(k in _DYNAMIC for k, _, _ in rest):
        return None
    return dims, f"{head} {text[rest[0][2]:]}"
