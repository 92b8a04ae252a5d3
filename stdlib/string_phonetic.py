"""Soundex: the classic four-character phonetic key of a word (R163 for Robert and
Rupert), to find names spelt differently.

*decided* (docs/builtins.md, "Soundex"): no PC SOFT help page for a Soundex function
was found, so the name is UNVERIFIED; the algorithm is the standard American Soundex
(first letter, then the digits of the following consonant groups, padded with 0), on
the text without its accents. A text without letters gives "". Phonetic / Phonétique
(PC SOFT's own French phonetic form) is not provided: its rules are not published.
"""
from __future__ import annotations

import unicodedata

from wlinterp.registry import Family, TextArg
from wlinterp.runtime.state import Runtime

from .strings import text_arg

family = Family("Phonetic keys")

_CODES = {c: str(d) for d, letters in enumerate(
    ("", "BFPV", "CGJKQSXZ", "DT", "L", "MN", "R"), 0) for c in letters}


@family.function("Soundex", "Soundex")
def soundex(rt: Runtime, text: TextArg) -> str:
    """The Soundex key of `text` (its letters only, accents removed)."""
    plain = unicodedata.normalize("NFD", text_arg(text, "Soundex"))
    letters = [c for c in plain.upper() if "A" <= c <= "Z"]
    if not letters:
        return ""
    key, last = letters[0], _CODES.get(letters[0], "")
    for c in letters[1:]:
        code = _CODES.get(c, "")
        if code and code != last:
            key += code
        if c not in "HW":  # H and W do not separate two equal codes; vowels do
            last = code
        if len(key) == 4:
            break
    return key.ljust(4, "0")
