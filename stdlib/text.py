"""Text comparison, normalisation and encoding: StringCompare/ChaîneCompare,
StringFormat/ChaîneFormate and their cc... option constants, StringToUTF8/ChaîneVersUTF8
UTF8ToString/UTF8VersChaîne and NoAccent/SansAccent.

The cc... options are bit flags and may be added (`ccIgnoreCase + ccIgnoreAccent`). Their
French names come from real code; their values and most English names are our choice
(docs/builtins.md, "Text"). They share one bit space with the older search constants of
strings.py (ccIgnoreCase is IgnoreCase, ccWholeWord is WholeWord), so the search functions
accept both.

UTF-8 model: WLanguage's StringToUTF8 returns a buffer of bytes. Strings here are Python
str, so a buffer is a string whose characters are the bytes (each 0-255, the Latin-1
view). UTF8ToString turns such a string back into text.
"""
from __future__ import annotations

import re
import unicodedata

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, BufferResult, NumberArg, TextArg
from wlinterp.runtime.ansi_text import held_bytes
from wlinterp.runtime.state import Runtime

from . import strings as S
from .strings import check_size, int_arg, text_arg

family = Family("Text")

CC_NORMAL = family.constant("ccNormal", "ccNormal", 0)
CC_IGNORE_CASE = family.constant("ccIgnoreCase", "ccSansCasse", S.IGNORE_CASE)
CC_WHOLE_WORD = family.constant("ccWholeWord", "ccMotComplet", S.WHOLE_WORD)
CC_IGNORE_ACCENT = family.constant("ccIgnoreAccent", "ccSansAccent", S.IGNORE_ACCENT)
CC_IGNORE_SPACE = family.constant("ccIgnoreSpace", "ccSansEspace", S.IGNORE_SPACE)
CC_IGNORE_INSIDE_SPACE = family.constant("ccIgnoreInsideSpace", "ccSansEspaceIntérieur",
                                         S.IGNORE_INSIDE_SPACE)
CC_IGNORE_PUNCTUATION = family.constant("ccIgnorePunctuationAndSpace",
                                        "ccSansPonctuationNiEspace", S.IGNORE_PUNCTUATION)
CC_LEXICOGRAPHIC = family.constant("ccLexicographicOrder", "ccOrdreLexicographique", 128)
CC_UPCASE = family.constant("ccUpCase", "ccMajuscule", 256)
CC_LOWCASE = family.constant("ccLowCase", "ccMinuscule", 512)
# "10" after "9": numbers inside the text compare by value (the List Box Sort page,
# ?1000017417); French name INFERRED; the value is ours, above ArraySort's as... bits
CC_RESPECT_NUMERIC = family.constant("ccRespectNumeric", "ccRespecteNumérique", 16384)

_ALL_OPTIONS = (CC_IGNORE_CASE | CC_IGNORE_ACCENT | CC_IGNORE_SPACE | CC_IGNORE_INSIDE_SPACE
                | CC_IGNORE_PUNCTUATION | CC_LEXICOGRAPHIC | CC_UPCASE | CC_LOWCASE
                | CC_RESPECT_NUMERIC)
_DIGITS = re.compile(r"([0-9]+)")
SPACES = " \t"
"""What ccIgnoreSpace and ccIgnoreInsideSpace remove (as NoSpace does by default)."""


# ---------------------------------------------------------------- helpers

def _options(value: object, fname: str) -> int:
    """The option flags; an unknown bit or ccUpCase with ccLowCase is a fatal error."""
    opt = int_arg(value, fname)
    if opt < 0 or opt & ~_ALL_OPTIONS:
        raise WLRuntimeError(f"{fname}: unknown option value {opt}.")
    if opt & CC_UPCASE and opt & CC_LOWCASE:
        raise WLRuntimeError(f"{fname}: ccUpCase and ccLowCase cannot be combined.")
    return opt


def strip_accents(s: str) -> str:
    """`s` without diacritics ("Éric" -> "Eric"); ligatures such as "œ" are kept."""
    decomposed = unicodedata.normalize("NFD", s)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _is_punctuation_or_space(c: str) -> bool:
    """Punctuation (P*), symbols (S*), separators (Z*) and control characters (C*)."""
    return unicodedata.category(c)[0] in "PSZC"


def _inside_spaces_removed(s: str) -> str:
    """`s` without the spaces and tabs between its first and last non-space characters."""
    head = len(s) - len(s.lstrip(SPACES))
    tail = len(s.rstrip(SPACES))
    if tail <= head:
        return s
    return s[:head] + "".join(c for c in s[head:tail] if c not in SPACES) + s[tail:]


def _normalise(s: str, opt: int) -> str:
    """Apply every normalising option, in a fixed order: accents, punctuation, spaces,
    case."""
    if opt & CC_IGNORE_ACCENT:
        s = strip_accents(s)
    if opt & CC_IGNORE_PUNCTUATION:
        s = "".join(c for c in s if not _is_punctuation_or_space(c))
    if opt & CC_IGNORE_INSIDE_SPACE:
        s = _inside_spaces_removed(s)
    if opt & CC_IGNORE_SPACE:
        s = s.strip(SPACES)
    if opt & CC_UPCASE:
        s = s.upper()
    elif opt & CC_LOWCASE:
        s = s.lower()
    return s


def _sign(a: object, b: object) -> int:
    return (a > b) - (a < b)  # type: ignore[operator]


# ---------------------------------------------------------------- functions

@family.function("StringCompare", "ChaîneCompare")
def string_compare(rt: Runtime, s1: TextArg, s2: TextArg, options: object = CC_NORMAL) -> int:
    """-1, 0 or 1 as `s1` is before, equal to or after `s2`.

    By default characters compare by their code (ASCII/Unicode order, "B" < "a"). Options
    (added together): ccIgnoreCase, ccIgnoreAccent, ccIgnoreSpace (ends), ccIgnoreInside
    Space, ccIgnorePunctuationAndSpace, ccLexicographicOrder (dictionary order: case
    and accents only break ties, so "abc" < "Abd" < "abe") and ccRespectNumeric
    (numbers inside compare by value: "a9" < "a10").
    """
    a, b = text_arg(s1, "StringCompare"), text_arg(s2, "StringCompare")
    opt = _options(options, "StringCompare")
    return _sign(compare_key(a, opt), compare_key(b, opt))


def compare_key(s: str, opt: int) -> object:
    """What `s` is compared on under the cc... options `opt` (StringCompare, and
    ArraySort's text elements): normalised, lower case under ccIgnoreCase, and under
    ccLexicographicOrder first without case and accents (which then only break ties)."""
    if opt & (CC_IGNORE_CASE | CC_UPCASE | CC_LOWCASE):
        opt = (opt & ~(CC_UPCASE | CC_LOWCASE)) | CC_LOWCASE
    s = _normalise(s, opt)
    texts = (_dictionary_letters(s), s) if opt & CC_LEXICOGRAPHIC else (s,)
    key: tuple[object, ...] = texts
    if opt & CC_RESPECT_NUMERIC:
        key = tuple(_numbers_as_values(k) for k in texts)
    return key if len(key) > 1 else key[0]


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def _dictionary_letters(s: str) -> str:
    """`s` as a dictionary files it (ccLexicographicOrder's first key): without case and
    accents, a ligature as its two letters ("Œuvre" between "oeil" and "Oscar", as a
    French dictionary and Windows' collation put it: it came after "Zoé"; *decided*
    6 Dec 2026, INFERRED, docs/builtins.md "ccLexicographicOrder"); casefold makes "ß"
    "ss"."""
    return strip_accents(s).casefold().translate(_LIGATURES)


def _numbers_as_values(s: str) -> tuple[object, ...]:
    """`s` as text and numbers by turns ("a10b" -> ("a", 10, "b")): text at the even
    places, numbers at the odd ones, so two such keys always compare ("9" < "10")."""
    return tuple(int(p) if i % 2 else p for i, p in enumerate(_DIGITS.split(s)))


@family.function("StringFormat", "ChaîneFormate")
def string_format(rt: Runtime, s: TextArg, options: NumberArg) -> str:
    """`s` transformed by the options added together: ccUpCase / ccLowCase, ccIgnoreAccent
    (drops diacritics), ccIgnoreSpace (spaces and tabs at both ends), ccIgnoreInsideSpace
    (the ones inside), ccIgnorePunctuationAndSpace (punctuation, symbols and every kind
    of space). ccIgnoreCase and ccLexicographicOrder change nothing here.
    """
    return _normalise(text_arg(s, "StringFormat"), _options(options, "StringFormat"))


@family.function("StringToUTF8", "ChaîneVersUTF8")
def string_to_utf8(rt: Runtime, s: TextArg) -> BufferResult:
    """The UTF-8 bytes of `s`, one character per byte ("é" gives the 2 characters
    "\\xc3\\xa9"); ASCII text is unchanged."""
    text = text_arg(s, "StringToUTF8")
    data = text.encode("utf-8", errors="surrogatepass")
    check_size(len(data), "StringToUTF8")
    return data.decode("latin-1")


@family.function("UTF8ToString", "UTF8VersChaîne")
def utf8_to_string(rt: Runtime, s: TextArg) -> str:
    """The text whose UTF-8 bytes are the characters of `s` (StringToUTF8 reversed).

    A string that is not UTF-8 bytes (a character ANSI cannot write, or an invalid
    sequence) is returned unchanged: it is already text, for example read by fLoadText.
    A Buffer stored into a string holds its bytes read as ANSI ("â‚¬"): decoded too.
    """
    text = text_arg(s, "UTF8ToString")
    raw = held_bytes(text)  # (a Buffer's bytes, or read as ANSI by `s = buf`)
    try:
        return text if raw is None else raw.decode("utf-8")
    except UnicodeError:
        return text


@family.function("NoAccent", "SansAccent")
def no_accent(rt: Runtime, s: TextArg) -> str:
    """`s` without its accents and other diacritics ("Élève" -> "Eleve"), as StringFormat
    with ccIgnoreAccent; ligatures such as "œ" are kept."""
    return strip_accents(text_arg(s, "NoAccent"))
