"""Numbers written out: NumberInWords/NombreEnLettres, SizeToString/TailleVersChaîne, and
the run's language for them, Nation/Nation with nationEnglish/nationAnglais and
nationFrench/nationFrançais.

French follows the traditional spelling (hyphens below one hundred except around "et",
"quatre-vingts" and "deux cents" plural only at the end, "mille" invariable, "million"
and "milliard" nouns that take an s); English is the US form without "and" ("one
hundred five"). Decimals: French reads the decimal part as a number after "virgule"
(its leading zeros as "zéro"), English reads each digit after "point". The language is
the run's nation: set by Nation(), else French for a call by the French name
(NombreEnLettres, TailleVersChaîne: as the day and month names, runtime/name_language.py),
else French when the environment's locale (LC_ALL, LC_MESSAGES, LANG) is French, else
English. Decisions: docs/builtins.md, "Words, characters, numbers in words".
"""
from __future__ import annotations

import os
from decimal import Decimal, InvalidOperation

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.name_language import NATION_KEY, names_language
from wlinterp.runtime.state import Runtime

from .dates import wl_names

family = Family("Numbers in words")

NATION_ENGLISH = family.constant("nationEnglish", "nationAnglais", 1)
NATION_FRENCH = family.constant("nationFrench", "nationFrançais", 2)

_STATE = "number_words.nation"
_LIMIT = Decimal(10) ** 21

_FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize "
             "quatorze quinze seize dix-sept dix-huit dix-neuf").split()
_FR_TENS = ("", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante",
            "quatre-vingt", "quatre-vingt")
_FR_SCALES = ("", "mille", "million", "milliard", "billion", "billiard", "trillion")
_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve "
             "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = ("", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety")
_EN_SCALES = ("", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion")


def nation(rt: Runtime) -> int:
    """The run's nation: set by Nation(), else from the locale's language."""
    if _STATE not in rt.state:
        lang = next((os.environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG")
                     if os.environ.get(k)), "")
        rt.state[_STATE] = NATION_FRENCH if lang.lower().startswith("fr") else NATION_ENGLISH
    return int(rt.state[_STATE])


def in_french(rt: Runtime) -> bool:
    """Are words written in French: the nation Nation() chose; else a call by the French
    name (NombreEnLettres(12) gave "twelve" under an English locale while
    DateVersJourEnLettre gave "mercredi"); else the locale's language (nation)."""
    if NATION_KEY in rt.state or names_language(rt) == "fr":
        return names_language(rt) == "fr"
    return nation(rt) == NATION_FRENCH


@family.function("Nation", "Nation")
def nation_function(rt: Runtime, new: object = None) -> int:
    """The current nation; with a nation, sets it and returns the previous one. Day and
    month names follow it from then on (runtime/name_language.py)."""
    old = nation(rt)
    if new is not None:
        rt.state[_STATE] = rt.state[NATION_KEY] = V.to_int(new)
    return old


def _fr_below_100(n: int, final: bool) -> str:
    """0-99 in French; `final`: nothing follows (quatre-vingts takes its s)."""
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        joiner = " et " if tens == 7 and unit == 1 else "-"
        return _FR_TENS[tens] + joiner + _FR_UNITS[10 + unit]
    if unit == 0:
        return "quatre-vingts" if tens == 8 and final else _FR_TENS[tens]
    if unit == 1 and tens != 8:
        return _FR_TENS[tens] + " et un"
    return _FR_TENS[tens] + "-" + _FR_UNITS[unit]


def _fr_below_1000(n: int, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _fr_below_100(rest, final)
    head = "cent" if hundreds == 1 else _FR_UNITS[hundreds] + " cent"
    if not rest:
        return head + "s" if hundreds > 1 and final else head
    return head + " " + _fr_below_100(rest, final)


def _en_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [_EN_UNITS[hundreds] + " hundred"] if hundreds else []
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        parts.append(_EN_TENS[tens] + ("-" + _EN_UNITS[unit] if unit else ""))
    elif rest or not hundreds:
        parts.append(_EN_UNITS[rest])
    return " ".join(parts)


def _groups(n: int) -> list[tuple[int, int]]:
    """(count, scale index) of each non-zero group of three digits, largest first."""
    out = []
    scale = 0
    while n:
        n, count = divmod(n, 1000)
        if count:
            out.append((count, scale))
        scale += 1
    return out[::-1]


def integer_words(n: int, french: bool) -> str:
    """A non-negative integer below 10**21 in words."""
    if n == 0:
        return _FR_UNITS[0] if french else _EN_UNITS[0]
    parts = []
    for count, scale in _groups(n):
        if not french:
            parts.append(_en_below_1000(count) + (" " + _EN_SCALES[scale] if scale else ""))
        elif scale == 0:
            parts.append(_fr_below_1000(count, True))
        elif scale == 1:
            parts.append("mille" if count == 1 else _fr_below_1000(count, False) + " mille")
        else:
            noun = _FR_SCALES[scale] + ("s" if count > 1 else "")
            parts.append(_fr_below_1000(count, True) + " " + noun)
    return " ".join(parts)


def _decimal(value: object, fname: str) -> Decimal:
    try:
        d = Decimal(V.to_str(value).strip().replace(",", ".") or "0") \
            if isinstance(value, str) else Decimal(str(V.to_num(value)))
    except InvalidOperation:
        raise WLRuntimeError(f"{fname}: '{V.to_str(value)}' is not a number.") from None
    if not d.is_finite() or abs(d) >= _LIMIT:
        raise WLRuntimeError(f"{fname}: {V.to_str(value)} is too large to be written in "
                             "words (the limit is 10 to the power 21).")
    return d


@family.function("NumberInWords", "NombreEnLettres")
def number_in_words(rt: Runtime, value: object, language: object = None) -> str:
    """`value` written in words, in the run's nation's language (or `language`:
    nationFrench or nationEnglish): NumberInWords(1981) is "one thousand nine hundred
    eighty-one", NombreEnLettres(1981) in French "mille neuf cent quatre-vingt-un"."""
    french = in_french(rt) if language is None else V.to_int(language) == NATION_FRENCH
    d = _decimal(value, "NumberInWords")
    text = format(abs(d).normalize(), "f")
    whole, _, decimals = text.partition(".")
    out = integer_words(int(whole), french)
    if decimals:
        if french:
            zeros = len(decimals) - len(decimals.lstrip("0"))
            out += " virgule " + " ".join(["zéro"] * zeros + [integer_words(int(decimals), True)])
        else:
            out += " point " + " ".join(_EN_UNITS[int(c)] for c in decimals)
    if d < 0:
        out = ("moins " if french else "minus ") + out
    return out


_UNITS_FR = ("o", "Ko", "Mo", "Go", "To", "Po", "Eo")
_UNITS_EN = ("B", "KB", "MB", "GB", "TB", "PB", "EB")


@family.function("SizeToString", "TailleVersChaîne")
def size_to_string(rt: Runtime, size: object) -> str:
    """A size in bytes as text, in units of 1024: "532 B", "1.5 KB", "2.25 MB" (French:
    "1,5 Ko", "2,25 Mo"), at most two decimals, trailing zeros dropped."""
    n = V.to_num(size)
    if n < 0:
        raise WLRuntimeError(f"SizeToString: a size cannot be negative ({V.to_str(size)}).")
    french = in_french(rt)
    value, unit = float(n), 0
    while value >= 1024 and unit < 6:
        value, unit = value / 1024, unit + 1
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    if french:
        text = text.replace(".", ",")
    return f"{text} {(_UNITS_FR if french else _UNITS_EN)[unit]}"


wl_names(number_in_words, size_to_string)
