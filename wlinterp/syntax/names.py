"""Name folding: WLanguage ignores case and accents in keywords and identifiers.

`fold("RÉSULTAT") == fold("resultat")`. Every table keyed by a WLanguage name (keywords,
variables, built-ins, structure members) is keyed by the folded form; the original
spelling is kept only for messages.
"""
from __future__ import annotations

__all__ = ["fold"]

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """Lower-case `name` and drop combining accents (é -> e, Î -> i, ç -> c)."""
    if name.isascii():
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
