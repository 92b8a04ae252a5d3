"""Small string helpers ported code uses: StringDelete/ChaîneSupprime,
NoCharacter/SansCaractère, CharactUnicode/CaractUnicode and GetIdentifier/DonneIdentifiant.

Each is defined through the function it generalises (Replace, NoSpace, Charact), so the
options behave the same.
"""
from __future__ import annotations

from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

from .strings import SSC_OUTSIDE, charact, no_space, replace

family = Family("Strings (extra)")


@family.function("StringDelete", "ChaîneSupprime")
def string_delete(rt: Runtime, s: object, deleted: object, options: object = 0) -> str:
    """`s` without any occurrence of `deleted` (a string or an array of strings), with
    Replace's options (IgnoreCase, WholeWord...)."""
    return replace(rt, s, deleted, "", options)


@family.function("NoCharacter", "SansCaractère")
def no_character(rt: Runtime, s: object, characters: object,
                 options: object = SSC_OUTSIDE) -> str:
    """`s` without the listed characters at its ends (sscOutside, the default), at one
    end (sscBeginning, sscEnd) or inside too (sscInside): NoSpace with other characters."""
    return no_space(rt, s, options, characters)


@family.function("CharactUnicode", "CaractUnicode")
def charact_unicode(rt: Runtime, code: object) -> str:
    """The character whose Unicode code point is `code` (strings are Unicode here, so
    this is Charact)."""
    return charact(rt, code)


@family.function("GetIdentifier", "DonneIdentifiant")
def get_identifier(rt: Runtime) -> int:
    """A number unique within the run: 1, then 2, 3..."""
    rt.state["string_extra.identifier"] = rt.state.get("string_extra.identifier", 0) + 1
    return int(rt.state["string_extra.identifier"])
