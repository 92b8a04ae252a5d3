"""Small string helpers ported code uses: StringDelete/ChaîneSupprime, StringToArray/ChaîneVersTableau,
StringSplit/ChaîneDécoupe, NoCharacter/SansCaractère, CharactUnicode/CaractUnicode, GetIdentifier/DonneIdentifiant
and CommonLength/TailleCommune.

Each is defined through the function it generalises (Replace, NoSpace, Charact), so the
options behave the same.
"""
from __future__ import annotations

import re

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, IntArg, NumberArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .strings import (FROM_END, IGNORE_CASE, SSC_OUTSIDE, WHOLE_WORD, character_of, int_arg,
                      replace, strip_characters, text_arg)
from .string_fields import split_fields

family = Family("Strings (extra)")


@family.function("StringDelete", "ChaîneSupprime")
def string_delete(rt: Runtime, s: TextArg, deleted: object, options: NumberArg = 0) -> str:
    """`s` without any occurrence of `deleted` (a string or an array of strings), with
    Replace's options (IgnoreCase, WholeWord...)."""
    return replace(rt, s, deleted, "", options)


@family.function("NoCharacter", "SansCaractère")
def no_character(rt: Runtime, s: TextArg, characters: TextArg,
                 options: object = SSC_OUTSIDE) -> str:
    """`s` without the listed characters at its ends (sscOutside, the default), at one
    end (sscBeginning, sscEnd) or inside too (sscInside): NoSpace with other characters."""
    return strip_characters(s, options, characters, "NoCharacter")


@family.function("CharactUnicode", "CaractUnicode")
def charact_unicode(rt: Runtime, code: NumberArg) -> str:
    """The character whose Unicode code point is `code` (strings are Unicode here, so
    this is Charact)."""
    return character_of(code, "CharactUnicode")


@family.function("GetIdentifier", "DonneIdentifiant")
def get_identifier(rt: Runtime) -> int:
    """A number unique within the run: 1, then 2, 3..."""
    rt.state["string_extra.identifier"] = rt.state.get("string_extra.identifier", 0) + 1
    return int(rt.state["string_extra.identifier"])


@family.function("StringToArray", "ChaîneVersTableau")
def string_to_array(rt: Runtime, s: object, target: object = None, separator: object = None,
                    kind: object = None) -> object:
    """Split a string into an array, the reverse of ArrayToString. Given an array, it is
    emptied and filled (each piece converted to the array's element type) and nothing is
    returned; otherwise the second parameter is the separator and a new array of strings
    is returned. The default separator is CR, which also splits on a lone LF or CR; an
    array of separators cuts at any of them (INFERRED from ExtractString, which takes
    one: it was "A value of type array cannot be converted to a string")."""
    from wlinterp.runtime.containers import WLArray
    from wlinterp.runtime.types import STRING, coerce
    if not isinstance(target, WLArray):
        target, separator = None, target
    several = isinstance(separator, WLArray)  # [",", ";"]: any of them, as ExtractString
    sep = "\r\n" if separator is None else "" if several else V.to_str(separator)
    text = V.to_str(s)
    if not text:
        pieces: list[str] = []
    elif several:
        pieces = split_fields(text, separator, "StringToArray")
    elif sep == "\r\n":
        pieces = re.split(r"\r\n|\n|\r", text)
    elif sep:
        pieces = text.split(sep)
    else:
        pieces = [text]
    if target is None:
        return WLArray(STRING, list(pieces))
    if len(target.dims) > 1:
        raise WLRuntimeError("StringToArray only fills one-dimensional arrays.")
    target.items[:] = [coerce(p, target.elem, target.ctx) for p in pieces]
    if target.dims:
        target.dims = (len(pieces),)
    return None


@family.function("StringSplit", "ChaîneDécoupe")
def string_split(rt: Runtime, s: object, separator: object, *more: object) -> object:
    """A new array of strings: the pieces of `s` between the separators (any of them;
    where two match at one place, the longer wins). Empty pieces are kept, so
    "a;;b" gives three; "" gives an empty array, as StringToArray does. An empty
    separator is fatal: it would split nowhere, or everywhere."""
    from wlinterp.runtime.containers import WLArray
    from wlinterp.runtime.types import STRING
    seps = [V.to_str(x) for x in (separator, *more)]
    if not all(seps):
        raise WLRuntimeError("StringSplit: a separator is empty.")
    text = V.to_str(s)
    if not text:
        return WLArray(STRING, [])
    pattern = "|".join(re.escape(x) for x in sorted(set(seps), key=len, reverse=True))
    return WLArray(STRING, re.split(pattern, text))


@family.function("CommonLength", "TailleCommune")
def common_length(rt: Runtime, first: TextArg, second: TextArg, options: IntArg = 0) -> int:
    """How many characters two strings share from their start (FromEnd: from their end);
    IgnoreCase compares without case, WholeWord counts only whole words (a common part
    ending inside a word stops at the last word boundary both strings have there).
    VERIFIED on the help page's six examples (doc.pcsoft.fr ?3024045)."""
    a, b = text_arg(first, "CommonLength"), text_arg(second, "CommonLength")
    opt = int_arg(options, "CommonLength")
    if opt & FROM_END:
        a, b = a[::-1], b[::-1]
    same = (lambda x, y: x.lower() == y.lower()) if opt & IGNORE_CASE else str.__eq__
    n = 0
    while n < min(len(a), len(b)) and same(a[n], b[n]):
        n += 1
    if opt & WHOLE_WORD:
        n = _word_bound(a, b, n)
    return n


def _word_bound(a: str, b: str, n: int) -> int:
    """`n` cut back to a word boundary of both strings: the common part must end where
    each string ends or goes on with a non-word character."""
    def bound(s: str, i: int) -> bool:
        return i == len(s) or i == 0 or not (s[i].isalnum() and s[i - 1].isalnum())
    while n > 0 and not (bound(a, n) and bound(b, n)):
        n -= 1
    return n
