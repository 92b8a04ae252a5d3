"""Words and characters: WordOccurrence/MotOccurrence, WordToArray/MotVersTableau,
CharactType/CaractType with the ct... constants, CharactOccurrenceType/
CaractOccurrenceType, NoLeftCharacter/SansCaractèreGauche,
NoRightCharacter/SansCaractèreDroite and StringRetrieve/ChaîneRécupère.

A word is a run of characters that are not separators. Without a separator list every
character that is neither a letter nor a digit separates (spaces, punctuation, symbols,
`_`), so "l'école, c'est-à-dire" has the words l, école, c, est, à, dire. A list is
either a string (each of its characters separates) or an array of strings (each string
separates). Decisions: docs/builtins.md, "Words, characters, numbers in words".
"""
from __future__ import annotations

import re
import unicodedata

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, IntArg, TextArg
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import STRING, WLArray
from wlinterp.runtime.value_bytes import to_bytes

from .strings import SSC_BEGINNING, SSC_END, int_arg, plain, strip_characters, text_arg

family = Family("Words and characters")

CT_LETTER = family.constant("ctLetter", "ctLettre", 1)
CT_UPPER = family.constant("ctUpperCase", "ctMajuscule", 2)
CT_LOWER = family.constant("ctLowerCase", "ctMinuscule", 4)
CT_DIGIT = family.constant("ctDigit", "ctNumérique", 8, "ctNumeric")
CT_ACCENT = family.constant("ctAccent", "ctAccent", 16)
CT_SPACE = family.constant("ctSpace", "ctEspace", 32)
CT_PUNCTUATION = family.constant("ctPunctuation", "ctPonctuation", 64)

# srASCIIZAddress / srUNICODEAddress: the English names real code writes (PC SOFT's WD
# Network frames: StringRetrieve(n, srASCIIZAddress)), the same modes (INFERRED)
CR_ASCIIZ = family.constant("crAddressASCIIZ", "crAdresseASCIIZ", 1, "srASCIIZAddress")
CR_UNICODE = family.constant("crAddressUNICODE", "crAdresseUNICODE", 2, "srUNICODEAddress")


def _separator_pattern(separators: object, fname: str) -> re.Pattern[str]:
    """The regular expression of one run of separators."""
    if separators is None:
        return re.compile(r"[\W_]+")
    if isinstance(separators, WLArray):
        seps = [text_arg(v, fname) for v in separators.items]
    else:
        seps = list(text_arg(separators, fname))
    seps = [s for s in seps if s]
    if not seps:
        raise WLRuntimeError(f"{fname}: the list of separators is empty.")
    alternatives = "|".join(re.escape(s) for s in sorted(set(seps), key=len, reverse=True))
    return re.compile(f"(?:{alternatives})+")


def words(s: object, separators: object, fname: str) -> list[str]:
    """The words of `s`, in order (empty pieces between separators are not words)."""
    text = text_arg(s, fname)
    return [p for p in _separator_pattern(separators, fname).split(text) if p]


@family.function("WordOccurrence", "MotOccurrence")
def word_occurrence(rt: Runtime, s: TextArg, separators: object = None) -> int:
    """The number of words of `s` (see the module docstring for what separates them)."""
    return len(words(s, separators, "WordOccurrence"))


@family.function("WordToArray", "MotVersTableau")
def word_to_array(rt: Runtime, s: TextArg, separators: object = None) -> WLArray:
    """A new array of strings holding the words of `s`, in order."""
    items: list[object] = list(words(s, separators, "WordToArray"))
    return WLArray(STRING, items)


def charact_type(c: str) -> int:
    """The ct... flags of one character."""
    cat = unicodedata.category(c)
    flags = 0
    if cat[0] == "L":
        flags |= CT_LETTER
        if c.isupper():
            flags |= CT_UPPER
        elif c.islower():
            flags |= CT_LOWER
        if plain(c) != c:
            flags |= CT_ACCENT
    elif cat == "Nd":
        flags |= CT_DIGIT
    elif cat[0] == "Z" or c in "\t\r\n\v\f":
        flags |= CT_SPACE
    elif cat[0] in "PS":
        flags |= CT_PUNCTUATION
    return flags


@family.function("CharactType", "CaractType")
def charact_type_of(rt: Runtime, c: TextArg) -> int:
    """The ct... flags of the first character of `c`, added together: CharactType("É")
    is ctLetter + ctUpperCase + ctAccent; 0 for "" and for a character of no type."""
    text = text_arg(c, "CharactType")
    return charact_type(text[0]) if text else 0


@family.function("CharactOccurrenceType", "CaractOccurrenceType")
def charact_occurrence_type(rt: Runtime, s: TextArg, kind: IntArg) -> int:
    """How many characters of `s` have every ct... flag of `kind`
    (ctLetter + ctUpperCase counts the capital letters)."""
    text, want = text_arg(s, "CharactOccurrenceType"), int_arg(kind, "CharactOccurrenceType")
    if want <= 0:
        raise WLRuntimeError("CharactOccurrenceType: the character type must be one or "
                             "more ct... constants.")
    return sum(1 for c in text if charact_type(c) & want == want)


@family.function("NoLeftCharacter", "SansCaractèreGauche")
def no_left_character(rt: Runtime, s: TextArg, characters: TextArg) -> str:
    """`s` without the listed characters at its start (NoCharacter with sscLeft)."""
    return strip_characters(s, SSC_BEGINNING, characters, "NoLeftCharacter")


@family.function("NoRightCharacter", "SansCaractèreDroite")
def no_right_character(rt: Runtime, s: TextArg, characters: TextArg) -> str:
    """`s` without the listed characters at its end (NoCharacter with sscRight)."""
    return strip_characters(s, SSC_END, characters, "NoRightCharacter")


@family.function("StringRetrieve", "ChaîneRécupère")
def string_retrieve(rt: Runtime, source: object, kind: IntArg) -> str:
    """The text a C function left in a buffer: up to the first NUL byte, read as ANSI
    (crAddressASCIIZ), or up to the first NUL UTF-16 character (crAddressUNICODE).
    An address (`&x`, an integer) cannot be read: wlinterp has no process memory."""
    mode = int_arg(kind, "StringRetrieve")
    if isinstance(source, (int, float)) and not isinstance(source, bool):
        raise WLRuntimeError("StringRetrieve: reading a string at a memory address is not "
                             "available (wlinterp has no process memory); pass the buffer "
                             "that holds the string instead.")
    data = to_bytes(text_arg(source, "StringRetrieve"))
    if mode == CR_ASCIIZ:
        return data.split(b"\0", 1)[0].decode("cp1252", errors="replace")
    if mode == CR_UNICODE:
        units = [data[i:i + 2] for i in range(0, len(data) - 1, 2)]
        end = units.index(b"\0\0") if b"\0\0" in units else len(units)
        return b"".join(units[:end]).decode("utf-16-le", errors="replace")
    raise WLRuntimeError(f"StringRetrieve: {mode} is not crAddressASCIIZ or "
                         "crAddressUNICODE.")
