"""String functions (Length/Taille, Position, Replace/Remplace...) and the constants CR/RC,
TAB, EOT and the search options. ExtractString and StringBuild live in string_fields.py;
number <-> text conversions (NumToString, Val, StringToNum) in number_text.py.

Every position is 1-based and "not found" is 0, as in WLanguage. Arguments are converted
with `values.to_str`; an array or structure where a string is expected is a fatal error.
Decisions on unverified points are listed in docs/builtins.md.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from wlinterp.runtime import values as V
from wlinterp.runtime.refused_arguments import refused_argument
from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, LikeFirstResult, IntArg, NumberArg, TextArg
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import WLArray
from wlinterp.runtime.limits import check_string
from .int_args import int_arg  # (imported from here by the other families)

def check_size(n: int, name: str) -> None:
    """Refuse to build a string longer than the run's --max-string (a WLanguage
    exception, runtime/limits.py)."""
    check_string(n, name)


family = Family("Strings")

CR = family.constant("CR", "RC", "\r\n")
TAB = family.constant("TAB", "TAB", "\t")
# LF, the line feed alone (character 10), as real code writes it beside CR and TAB (name
# INFERRED: no stored page or runtime names it; docs/builtins.md "Constant values")
LF = family.constant("LF", "LF", "\n")
# CRLF, CR then LF: what CR holds, under the name SocketChangeTransmissionMode's page
# (?3070005) passes as its end marker; WINDEV Mobile 21's generated Java compiles
# `SocketChangeModeTransmission("socket", SocketMarqueurFin, CRLF)` to the text "\r\n"
# (code search id 23688485826)
CRLF = family.constant("CRLF", "CRLF", "\r\n")
EOT = family.constant("EOT", "EOT", "\x04")

# FromEnd 1 and IgnoreCase 4 VERIFIED in WINDEV Mobile's generated Java for
# `ExtraitChaîne(s, 1, sep, DepuisFin)` and `Contient(s, t, SansCasse)` (code search ids
# 44849275280, 45154242104); all three (WholeWord 2 too) in WEBDEV's browser runtime
# (WDStd.js's Position: CO_FIN 1, CO_MOT 2, CO_CAS 4).
FROM_BEGINNING = family.constant("FromBeginning", "DepuisDébut", 0)
FROM_END = family.constant("FromEnd", "DepuisFin", 1)
IGNORE_CASE = family.constant("IgnoreCase", "SansCasse", 4)
WHOLE_WORD = family.constant("WholeWord", "MotComplet", 2)
# The cc... comparison options (declared in text.py) share this bit space with the older
# constants above, so any of them can be passed to Position, Replace, StringStartsWith...:
# ccIgnoreCase is IgnoreCase, ccWholeWord is WholeWord.
IGNORE_ACCENT = 8
IGNORE_SPACE = 16
IGNORE_INSIDE_SPACE = 32
IGNORE_PUNCTUATION = 64

FIRST_RANK = family.constant("firstRank", "rangPremier", -2147483648)  # VERIFIED 9370336454
# VERIFIED in WEBDEV's browser runtime (WDStd.js: RG_SUI, RG_PRC, RG_DER)
NEXT_RANK = family.constant("nextRank", "rangSuivant", -2147483647)
PREVIOUS_RANK = family.constant("previousRank", "rangPrécédent", -2147483646)
LAST_RANK = family.constant("lastRank", "rangDernier", -2147483645)

SSC_BEGINNING = family.constant("sscLeft", "sscGauche", 1, "sscBeginning", "sscDébut")
SSC_END = family.constant("sscRight", "sscDroite", 2, "sscEnd", "sscFin")
SSC_OUTSIDE = family.constant("sscOutside", "sscExtérieur", 3)
SSC_INSIDE = family.constant("sscInside", "sscIntérieur", 4)
SSC_ALL = family.constant("sscAll", "sscTout", 7)


# ---------------------------------------------------------------- helpers

def text_arg(value: object, fname: str) -> str:
    """`value` as a string for built-in `fname`; arrays and structures are refused."""
    if type(value) is str:
        return value
    if isinstance(value, (bool, int, float, Decimal)) or value is None \
            or hasattr(value, "wl_text"):  # a Duration has a text form
        return V.to_str(value)
    raise WLRuntimeError(refused_argument(fname, False, V.type_name(value)) + ".")


def plain(c: str) -> str:
    """`c` without its accent, when that leaves one character (positions stay exact)."""
    base = unicodedata.normalize("NFD", c)[:1]
    return base if c.isalpha() and base else c


def searched(text: str, options: int) -> str:
    """The text a search looks at: accents dropped one for one under ccIgnoreAccent."""
    if options & IGNORE_ACCENT and not text.isascii():
        return "".join(plain(c) for c in text)
    return text


def _pattern(subs: list[str], options: int) -> re.Pattern[str]:
    """A regex finding any of `subs`, honouring IgnoreCase, WholeWord and ccIgnoreAccent
    (the searched text goes through `searched` too; positions stay exact)."""
    subs = [searched(s, options) for s in subs]
    body = "|".join(re.escape(s) for s in sorted(subs, key=len, reverse=True))
    if options & WHOLE_WORD:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body, re.IGNORECASE if options & IGNORE_CASE else 0)


def needles(sub: object, fname: str) -> list[str]:
    """The searched strings: one string, or every element of an array of strings."""
    if isinstance(sub, WLArray):
        return [text_arg(v, fname) for v in sub.items if text_arg(v, fname)]
    s = text_arg(sub, fname)
    return [s] if s else []


def _match_starts(s: str, pat: re.Pattern[str]) -> list[int]:
    """0-based starts of every match, overlapping ones included."""
    starts: list[int] = []
    pos = 0
    while True:
        m = pat.search(s, pos)
        if m is None:
            return starts
        starts.append(m.start())
        pos = m.start() + 1


# ---------------------------------------------------------------- basic functions

@family.function("Length", "Taille")
def length(rt: Runtime, s: TextArg) -> int:
    """Number of characters of `s` (a number counts the characters of its text)."""
    return len(text_arg(s, "Length"))


@family.function("Left", "Gauche")
def left(rt: Runtime, s: TextArg, n: IntArg = 1) -> LikeFirstResult:
    """The first `n` characters (all of `s` if it is shorter, "" if n <= 0); of a Buffer,
    a Buffer (LikeFirstResult: its bytes are written as bytes, TypeVar says wlBuffer).

    Default n = 1: the help lists the length as optional without a default we could read.
    """
    k = int_arg(n, "Left")
    return text_arg(s, "Left")[:k] if k > 0 else ""


@family.function("Right", "Droite")
def right(rt: Runtime, s: TextArg, n: IntArg = 1) -> LikeFirstResult:
    """The last `n` characters (all of `s` if it is shorter, "" if n <= 0); default n = 1."""
    k = int_arg(n, "Right")
    return text_arg(s, "Right")[-k:] if k > 0 else ""


@family.function("Middle", "Milieu")
def middle(rt: Runtime, s: TextArg, start: IntArg,
           n: IntArg = None) -> LikeFirstResult:
    """`n` characters from 1-based `start` (to the end when n is omitted).

    A start below 1 counts as 1 and a start past the end gives "" (lenient, like `[[ ]]`).
    """
    text = text_arg(s, "Middle")
    i = max(int_arg(start, "Middle"), 1) - 1
    if n is None:
        return text[i:]
    k = int_arg(n, "Middle")
    return text[i:i + k] if k > 0 else ""


@family.function("Upper", "Majuscule")
def upper(rt: Runtime, s: TextArg) -> str:
    """`s` in capitals (accents are kept: "é" gives "É"), character for character: a
    letter without a one-character capital ("ß") is kept, so lengths and positions do
    not change (Python's "STRASSE" would)."""
    text = text_arg(s, "Upper")
    up = text.upper()
    if len(up) == len(text):
        return up
    return "".join(u if len(u := c.upper()) == 1 else c for c in text)


@family.function("Lower", "Minuscule")
def lower(rt: Runtime, s: TextArg) -> str:
    """`s` in lower case."""
    return text_arg(s, "Lower").lower()


@family.function("Repeat", "Répète")
def repeat(rt: Runtime, s: TextArg, n: IntArg) -> str:
    """`s` repeated `n` times ("" when n <= 0); a result past --max-string is a
    WLanguage exception rather than an exhausted machine."""
    text, count = text_arg(s, "Repeat"), max(int_arg(n, "Repeat"), 0)
    check_size(len(text) * count, "Repeat")
    return text * count


@family.function("Complete", "Complète")
def complete(rt: Runtime, s: TextArg, size: IntArg, fill: TextArg = " ") -> str:
    """`s` padded on the right to `size` characters with `fill` (default a space), or cut
    to `size` when longer. A multi-character fill is repeated and cut at the size."""
    text, n = text_arg(s, "Complete"), max(int_arg(size, "Complete"), 0)
    check_size(n, "Complete")
    pad = text_arg(fill, "Complete") or " "
    if len(text) >= n:
        return text[:n]
    missing = n - len(text)
    return text + (pad * (missing // len(pad) + 1))[:missing]


@family.function("NoSpace", "SansEspace")
def no_space(rt: Runtime, s: TextArg, options: NumberArg = SSC_OUTSIDE,
             chars: TextArg = " \t") -> str:
    """Remove spaces (and tabs) from `s`: both ends by default (sscOutside), or only the
    beginning (sscBeginning) or end (sscEnd); sscInside removes the inner ones (add
    sscOutside to clean both). Options are bit flags and may be added together.
    The optional third argument lists the characters to remove instead of space and tab."""
    return strip_characters(s, options, chars, "NoSpace")


def strip_characters(s: object, options: object, chars: object, name: str) -> str:
    """NoSpace's work, for it and NoCharacter (`name`: the function its refusals name;
    NoCharacter's said NoSpace)."""
    text, opt = text_arg(s, name), int_arg(options, name)
    strip = text_arg(chars, name)
    if opt & SSC_BEGINNING:
        text = text.lstrip(strip)
    if opt & SSC_END:
        text = text.rstrip(strip)
    if opt & SSC_INSIDE:
        head = len(text) - len(text.lstrip(strip))
        tail = len(text.rstrip(strip))
        inner = "".join(c for c in text[head:tail] if c not in strip)
        text = text[:head] + inner + text[tail:] if tail > head else text
    return text


@family.function("Charact", "Caract")
def charact(rt: Runtime, code: NumberArg) -> str:
    """The character whose Unicode code is `code` (Charact(65) = "A")."""
    return character_of(code, "Charact")


def character_of(code: object, name: str) -> str:
    """Charact's work, for it and CharactUnicode (`name`: the function its refusals
    name; CharactUnicode's said Charact)."""
    n = int_arg(code, name)
    if not 0 <= n <= 0x10FFFF:
        raise WLRuntimeError(f"{name}: {n} is not a valid character code.")
    return chr(n)


@family.function("Asc", "Asc")
def asc(rt: Runtime, s: TextArg) -> int:
    """Code of the first character of `s` (0 for an empty string)."""
    text = text_arg(s, "Asc")
    return ord(text[0]) if text else 0


# ---------------------------------------------------------------- searching

@family.function("Position", "Position")
def position(rt: Runtime, s: TextArg, sub: object, start: IntArg = None,
             options: IntArg = 0) -> int:
    """1-based position of `sub` in `s`, 0 if absent; `sub` may be an array of strings.

    From `start` (default 1) forwards; with FromEnd, the last match starting at or before
    `start` (default, or a start of 0 or less: the end, so `Position(s, x, 0, FromEnd)`
    finds the last one). IgnoreCase/ccIgnoreCase, WholeWord/ccWholeWord and
    ccIgnoreAccent can be added to the options.
    """
    text, opt = text_arg(s, "Position"), int_arg(options, "Position")
    subs = needles(sub, "Position")
    if not subs:
        return 0
    pat, text = _pattern(subs, opt), searched(text, opt)
    if opt & FROM_END:
        limit = len(text) if start is None else int_arg(start, "Position")
        if limit <= 0:
            limit = len(text)
        found = [p for p in _match_starts(text, pat) if p + 1 <= limit]
        return found[-1] + 1 if found else 0
    begin = 1 if start is None else max(int_arg(start, "Position"), 1)
    m = pat.search(text, begin - 1)
    return m.start() + 1 if m else 0


@family.function("PositionOccurrence", "PositionOccurrence")
def position_occurrence(rt: Runtime, s: TextArg, sub: object, rank: IntArg,
                        options: IntArg = 0) -> int:
    """1-based position of the `rank`-th occurrence of `sub` (counted from the end with
    FromEnd); 0 when there are fewer occurrences.

    firstRank/lastRank give the first/last one and start a walk; nextRank (rangSuivant)
    gives the occurrence after the one the previous call returned for the same string,
    search and options, as PC SOFT's example loop does (`WHILE pos <> 0`), previousRank
    (rangPrécédent) the one before it (docs/builtins.md "PositionOccurrence walks").
    """
    text, opt, k = text_arg(s, "PositionOccurrence"), int_arg(options, "PositionOccurrence"), \
        int_arg(rank, "PositionOccurrence")
    subs = needles(sub, "PositionOccurrence")
    if not subs:
        return 0
    key = (text, tuple(subs), opt)
    starts = _occurrences(rt, key)
    if k in _WALK:
        return _walk(rt, key, starts, k)
    # a rank given as a number places the walk there too: nextRank goes on after it
    rt.state["PositionOccurrence"] = (key, max(-1, min(k - 1, len(starts))))
    return starts[k - 1] + 1 if 1 <= k <= len(starts) else 0


_WALK = (FIRST_RANK, NEXT_RANK, LAST_RANK, PREVIOUS_RANK)


def _occurrences(rt: Runtime, key: tuple[str, tuple[str, ...], int]) -> list[int]:
    """The 0-based starts of every occurrence for `key` (text, searched strings, options),
    in search order (reversed for FromEnd), found once for the calls that follow on the
    same key: the help's loop (nextRank until 0) searched the whole text at every call,
    a quadratic walk. The last key's starts are kept (in rt.state); never changed."""
    last = rt.state.get("PositionOccurrence.starts")
    if last is not None and last[0] == key:
        return last[1]
    text, subs, opt = key
    starts = _match_starts(searched(text, opt), _pattern(list(subs), opt))
    if opt & FROM_END:
        starts.reverse()
    rt.state["PositionOccurrence.starts"] = (key, starts)
    return starts


def _walk(rt: Runtime, key: tuple[object, ...], starts: list[int], rank: int) -> int:
    """One step of a PositionOccurrence walk. The cursor (kept in rt.state for the same
    string, searched strings and options) is the index of the occurrence last returned,
    in search order; past the last it is len(starts), before the first -1, so that a
    walk can turn back from either end. A next/previous step without a walk of that key
    starts at the first/last occurrence."""
    last_key, cursor = rt.state.get("PositionOccurrence", (None, 0))
    count = len(starts)
    if rank == FIRST_RANK:
        cursor = 0
    elif rank == LAST_RANK:
        cursor = count - 1
    elif rank == NEXT_RANK:
        cursor = cursor + 1 if last_key == key else 0
    else:
        cursor = cursor - 1 if last_key == key else count - 1
    cursor = max(-1, min(cursor, count))
    rt.state["PositionOccurrence"] = (key, cursor)
    return starts[cursor] + 1 if 0 <= cursor < count else 0


@family.function("StringCount", "ChaîneOccurrence")
def string_count(rt: Runtime, s: TextArg, sub: object, options: IntArg = 0) -> int:
    """Number of non-overlapping occurrences of `sub` in `s` (0 for an empty `sub`)."""
    text, subs = text_arg(s, "StringCount"), needles(sub, "StringCount")
    if not subs:
        return 0
    opt = int_arg(options, "StringCount")
    return sum(1 for _ in _pattern(subs, opt).finditer(searched(text, opt)))


@family.function("Replace", "Remplace")
def replace(rt: Runtime, s: TextArg, old: object, new: object, options: IntArg = 0) -> str:
    """`s` with every occurrence of `old` replaced by `new` (IgnoreCase, WholeWord,
    ccIgnoreAccent options); text outside the matches is kept as it was. `old` may be an
    array of strings; `new` then may be an array too, the n-th replacing the n-th."""
    text = text_arg(s, "Replace")
    if isinstance(old, WLArray):  # empty searched strings keep their rank here
        subs = [text_arg(v, "Replace") for v in old.items]
    else:
        subs = [text_arg(old, "Replace")]
    if isinstance(new, WLArray):
        repls = [text_arg(v, "Replace") for v in new.items]
        repls += [""] * (len(subs) - len(repls))  # a searched string without its pair goes
    else:
        repls = [text_arg(new, "Replace")] * len(subs)
    pairs = [(sub, r) for sub, r in zip(subs, repls) if sub]
    if not pairs:
        return text
    opt = int_arg(options, "Replace")
    singles = [_pattern([sub], opt) for sub, _ in pairs]
    parts, pos = [], 0
    for m in _pattern([sub for sub, _ in pairs], opt).finditer(searched(text, opt)):
        which = next(i for i, p in enumerate(singles) if p.fullmatch(m.group()))
        parts += [text[pos:m.start()], pairs[which][1]]
        pos = m.end()
    check_size(sum(map(len, parts)) + len(text) - pos, "Replace")
    return "".join(parts) + text[pos:]
