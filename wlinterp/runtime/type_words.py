"""The words of a type phrase, apart from how a phrase is read (type_phrases.py): the
simple type words and the TypeSpec each names, the singular of a plural (`strings`,
`chaînes`, `currencies`, a declared `Customers`), and the integer types written with
their size (`int on 8 bytes`, `entier sans signe sur 2 octets`, `8-byte int`), and the
strings written with theirs (`string on 10`, `chaîne fixe sur 10`, `ASCIIZ string on 10`).
"""
from __future__ import annotations

__all__ = ["SIMPLE_TYPES", "StrayWord", "declared_singular", "fixed_string", "no_stray_word",
           "phrase_column", "singular", "sized_int"]

import re
from decimal import Decimal
from typing import Mapping

from ..lazy_regex import lazy_compile
from ..syntax.literal_range import whole_number
from ..syntax.names import fold
from ..syntax.words import INT_WORDS as _INT_WORDS, SIMPLE_TYPE_WORDS
from .kinds import K_INT, K_STRING, Kind
from .types import BOOLEAN, BUFFER, CHARACTER, INT, REAL, STRING, VARIANT, TypeSpec

_SHARED = {spec.kind: spec for spec in (VARIANT, INT, STRING, REAL, BOOLEAN)}
_BYTE = TypeSpec(K_INT, bits=8, unsigned=True)
# Simple type words (folded, singular) in English and French (syntax/words.py).
SIMPLE_TYPES: dict[str, TypeSpec] = {
    word: _BYTE if kind == "byte" else _SHARED.get(Kind(kind)) or TypeSpec(Kind(kind))
    for word, kind in SIMPLE_TYPE_WORDS.items()}
# a Buffer is a string, whose structure members JSON and XML show in base64; a Character
# one character (types.CHARACTER)
SIMPLE_TYPES["buffer"] = BUFFER
SIMPLE_TYPES["character"] = SIMPLE_TYPES["caractere"] = CHARACTER


def singular(word: str) -> str:
    """`strings` -> `string`, `chaines` -> `chaine`, `entiers` -> `entier`,
    `currencies` -> `currency` (remembered: a phrase asks it of each word several times,
    and the same few words come back in every program)."""
    known = _SINGULARS.get(word)
    if known is None:
        if len(_SINGULARS) >= 4096:  # (a bound: a phrase's words are the program's names)
            _SINGULARS.clear()
        known = _SINGULARS[word] = _singular_of(word)
    return known


def _singular_of(word: str) -> str:
    if word in SIMPLE_TYPES or word in ("of", "de", "by", "sur", "on", "par"):
        return word
    if word.endswith("s") and word[:-1] in SIMPLE_TYPES:
        return word[:-1]
    if word.endswith("x") and word[:-1] in SIMPLE_TYPES:
        return word[:-1]
    if word.endswith("ies") and word[:-3] + "y" in SIMPLE_TYPES:
        return word[:-3] + "y"  # `are currencies` (help ?1514043)
    return word


_SINGULARS: dict[str, str] = {}


def declared_singular(word: str, structs: Mapping[str, object]) -> str | None:
    """The declared type a plural names (`customers` -> `customer`, `canaux` ->
    `canal`), else None: real code names structures in the plural in type phrases."""
    if word[-1:] in ("s", "x") and word[:-1] in structs:
        return word[:-1]
    if word.endswith("aux") and word[:-3] + "al" in structs:
        return word[:-3] + "al"
    return None

_SIZE_WORD_RE = lazy_compile(r"(\d)-(?:byte|octets?)")


def sized_int(words: list[str]) -> TypeSpec | None:
    """`int on 8 bytes`, `entier sur 8 octets`, `unsigned int on 2 bytes`, `entier sans
    signe sur 1 octet`, `8-byte int`, `unsigned 4-byte int`, `system int` (8 bytes here).
    None when the words are not an integer type."""
    size = None
    unsigned = False
    for i, w in enumerate(words):
        m = _SIZE_WORD_RE.fullmatch(w) if "-" in w else None
        if m:
            size = int(m.group(1))
        elif w.isascii() and w.isdigit() and i > 0 and words[i - 1] in ("on", "sur"):
            size = whole_number(w)  # (thousands of digits: no Python words)
        elif w in ("unsigned",) or (w == "sans" and "signe" in words):
            unsigned = True
        elif w in ("system", "systeme"):
            size = 8
        elif w not in _INT_WORDS:
            return None  # a word no integer type has
    if not (size or unsigned) or not any(
            w in ("int", "integer", "entier", "unsigned") or "-" in w for w in words):
        return None
    size = size or 4
    if size not in (1, 2, 4, 8):
        raise ValueError(f"an integer has 1, 2, 4 or 8 bytes, not {size}")
    return TypeSpec(K_INT, bits=size * 8, unsigned=unsigned)


def fixed_string(words: list[str], fixed_word: bool = False,
                 sizes: Mapping[str, int] | None = None, text: str = "",
                 constants: Mapping[str, object] | None = None) -> TypeSpec | None:
    """`string on 10` / `chaîne sur 10` (name "fixed"), `fixed string on 10` / `chaîne
    fixe sur 10` (name "padded": completed with spaces) and `ASCIIZ string on 10` /
    `chaîne ASCIIZ sur 10` (name "asciiz"), their size in `dims`
    (stored_numbers.fixed_string keeps what they hold within it); None for any other
    words. A leading `fixed` is gone already (type_phrases drops it: `fixed_word`).
    The size is a whole number or one of the program's integer constants (`sizes`,
    folded: `string on MAX_CODE`, as an array's dimension may be); any other size
    (`on -1`, `on 2.5`, `on 0`, a variable) is a ValueError (it was dropped: the
    string kept every character); `text`, the phrase as written, names the size in the
    error as the user wrote it, with its value when it is one of the `constants`."""
    rest = [w for w in words if w not in ("fixed", "fixe", "asciiz")]
    if len(rest) < 3 or rest[1] not in ("on", "sur") \
            or SIMPLE_TYPES.get(singular(rest[0])) is not STRING:
        return None
    size = whole_number(rest[2]) if len(rest) == 3 and rest[2].isascii() \
        and rest[2].isdigit() else \
        (sizes or {}).get(rest[2]) if len(rest) == 3 else None
    if size is None or size < 1:
        raise ValueError(fixed_size_error(rest[2:], size, text, constants or {}))
    padded = fixed_word or "fixed" in words or "fixe" in words
    return TypeSpec(K_STRING, name="asciiz" if "asciiz" in words else
                    "padded" if padded else "fixed", dims=(size,))


def fixed_size_error(written: list[str], value: int | None = None, text: str = "",
                     constants: Mapping[str, object] | None = None) -> str:
    """The error of a `string on N` whose N is no size (the words after `on`, folded: `2.5`
    is read as two words): a constant is named as written (`text`), with its value when
    it is an integer one (`value`: `not TAILLE_MAX (0)`; it said `not 0`) or another of
    the `constants` (a value, or the check's literal node: `not TAILLE_MAX (2.5)`)."""
    if all(w.lstrip("-").isdigit() for w in written):
        shown = ".".join(written)
    else:
        spelled = {fold(w): w for w in _WRITTEN_RE.findall(text)}
        shown = " ".join(spelled.get(w, w) for w in written)
        held = getattr(held, "value", held) if len(written) == 1 and (
            held := (constants or {}).get(written[0])) is not None else None
        if value is not None:
            shown += f" ({value})"
        elif isinstance(held, str):
            shown += f' ("{held}")'
        elif isinstance(held, (int, float, Decimal)):
            shown += f" ({held})"
    return (f"the size of a 'string on N' is a whole number of characters, 1 or more, "
            f"or an integer constant, not {shown}")


_WRITTEN_RE = lazy_compile(r"[\w-]+")


class StrayWord(ValueError):
    """A type phrase refused at one of its words (`x is int Nope`: 'Nope'): `word`, as
    written, lets the caller put the caret on it (phrase_column) rather than at the
    declaration's start."""

    def __init__(self, message: str, word: str) -> None:
        super().__init__(message)
        self.word = word


# The words a simple type may be followed by: its size (`real on 4 bytes`), `dynamic`,
# its character set (`chaîne ANSI`); any other word was dropped without a word said.
_SIMPLE_TAIL = frozenset({"on", "sur", "byte", "bytes", "octet", "octets", "dynamic",
                          "dynamique", "ansi", "unicode", "fixed", "fixe"})


def no_stray_word(head: str, rest: list[str], text: str) -> None:
    """StrayWord for the first word of `rest` (folded words after the simple type `head`)
    that no simple type takes: `x is int Nope`, `x is int.Nope` were read as an int,
    'Nope' silently lost (decided: docs/semantics.md, "A word left over in a type")."""
    for w in rest:
        if w not in _SIMPLE_TAIL and not w.isdigit():
            spelled = {fold(s): s for s in _WRITTEN_RE.findall(text)}
            word = spelled.get(w, w)
            raise StrayWord(f"'{word}' is not part of a type: '{spelled.get(head, head)}' "
                            f"is a type of its own, and nothing but its size may follow it",
                            word)


def phrase_column(line: str, node: object, word: str) -> int:
    """The 1-based column of `word` (as written, whole, any case) in the type phrase of
    the declaration or parameter `node` on its source `line`: looked for after the names
    it declares (`Nope is int Nope`); the node's own column when it is not there."""
    col: int = getattr(node, "col", 1)
    names = getattr(node, "names", None)
    start = names[-1][2] + len(names[-1][0]) \
        if names and names[-1][1] == getattr(node, "line", 0) else col
    found = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", line[max(start - 1, 0):],
                      re.IGNORECASE) if word and word.split() == [word] else None
    return start + found.start() if found else col
