"""Name folding: WLanguage ignores case and accents in keywords and identifiers.

`fold("RÉSULTAT") == fold("resultat")`. Every table keyed by a WLanguage name (keywords,
variables, built-ins, structure members) is keyed by the folded form; the original
spelling is kept only for messages.
"""
from __future__ import annotations

__all__ = ["fold", "composed", "COMBINING_MARKS"]

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """Lower-case `name` and drop combining accents (é -> e, Î -> i, ç -> c). Each accent
    is asked about once and removed in one pass over the text (`replace`): a character
    by character join took twice as long, and `wl check` of a folder folds every file's
    whole text (project/linker.py _names_a_set)."""
    if name.isascii():
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    for c in set(decomposed):
        if unicodedata.combining(c):
            decomposed = decomposed.replace(c, "")
    return decomposed


# The combining accents a name may carry after its letters, for a text saved decomposed
# (NFD, `e` then U+0301 for `é`: macOS file names and some editors' copies); `\w` does not
# take them, so `prénom` written so stopped the lexer ("unexpected character")
COMBINING_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"


def composed(word: str) -> str:
    """`word` with its accents composed (NFC), as WINDEV's editor writes names: a name
    typed decomposed is the same variable, and is shown as `prénom` in messages."""
    if unicodedata.is_normalized("NFC", word):
        return word
    return unicodedata.normalize("NFC", word)
