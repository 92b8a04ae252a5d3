"""String functions beyond the basic ones: StringStartsWith/ChaîneCommencePar and
StringEndsWith/ChaîneFinitPar (with the cc... options), Contains/Contient,
StringReverse/ChaîneInverse,
StringInsert/ChaîneInsère, StringIncrement/ChaîneIncrémente, ExtractLine/ExtraitLigne and
ExtractStringBetween/ExtraitChaîneEntre.

Positions are 1-based, as everywhere in WLanguage (strings.py).
"""
from __future__ import annotations

import re
import unicodedata

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, IntArg, NumberArg, TextArg
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.state import Runtime

from .array_members import array_holds

from .strings import (EOT, IGNORE_ACCENT, IGNORE_CASE, IGNORE_INSIDE_SPACE, IGNORE_PUNCTUATION,
                      IGNORE_SPACE, check_size, int_arg, needles, plain, position, searched,
                      text_arg)

family = Family("Strings (more)")


def _comparable(text: str, opt: int) -> list[tuple[str, int]]:
    """(compared character, index in `text`) for each character a StartsWith/EndsWith
    comparison looks at, after the ccIgnore... options and IgnoreCase."""
    keep = range(len(text))
    if opt & IGNORE_SPACE:
        first = len(text) - len(text.lstrip(" \t"))
        keep = range(first, max(len(text.rstrip(" \t")), first))
    out = []
    for i in keep:
        c = text[i]
        if opt & IGNORE_PUNCTUATION and unicodedata.category(c)[0] in "PSZC":
            continue
        if opt & IGNORE_INSIDE_SPACE and c in " \t" and text[:i].strip(" \t") \
                and text[i:].strip(" \t"):
            continue
        if opt & IGNORE_ACCENT:
            c = plain(c)
        out.append((c.lower() if opt & IGNORE_CASE else c, i))
    return out


def _affix_length(s: object, affix: object, options: object, fname: str, end: bool) -> int:
    """How many characters of `s` the prefix (suffix) `affix` covers, 0 if it does not
    start (end) `s`; `affix` may be an array of strings (the first that matches)."""
    text, opt = text_arg(s, fname), int_arg(options, fname)
    have = _comparable(text, opt)
    for p in needles(affix, fname):
        want = [c for c, _ in _comparable(p, opt)]
        n = len(want)
        if not n or n > len(have):
            continue
        if end and [c for c, _ in have[-n:]] == want:
            return len(text) - have[-n][1]
        if not end and [c for c, _ in have[:n]] == want:
            return have[n - 1][1] + 1
    return 0


@family.function("StringStartsWith", "ChaîneCommencePar")
def string_starts_with(rt: Runtime, s: TextArg, prefix: object, options: NumberArg = 0) -> int:
    """The length of the part of `s` that matches `prefix` (an array of strings: any of
    them), 0 when `s` does not start with it; options IgnoreCase and the cc... ones.
    As the help says, the result is an integer, so `IF StringStartsWith(...)` still works."""
    return _affix_length(s, prefix, options, "StringStartsWith", end=False)


@family.function("Contains", "Contient")
def contains(rt: Runtime, s: object, sub: object, options: NumberArg = 0) -> bool:
    """True when `s` holds `sub` (an array of strings: any of them; an empty string is
    never found), with Position's options (IgnoreCase, WholeWord, ccIgnoreAccent...).
    Called on an array (`t.Contains(3)`, as every function is a method of its first
    parameter), True when one of its elements is `=` to `sub` (array_members.py)."""
    if isinstance(s, (WLArray, WLAssoc)):
        return array_holds(s, sub, options)
    return position(rt, s, sub, None, options) > 0


@family.function("StringEndsWith", "ChaîneFinitPar")
def string_ends_with(rt: Runtime, s: TextArg, suffix: object, options: NumberArg = 0) -> int:
    """The length of the part of `s` that matches `suffix`, 0 when `s` does not end with
    it (PC SOFT's example: `s.EndsWith("Procedure", ccIgnoreCase) <> 9`)."""
    return _affix_length(s, suffix, options, "StringEndsWith", end=True)




@family.function("StringReverse", "ChaîneInverse")
def string_reverse(rt: Runtime, s: TextArg) -> str:
    """`s` read from right to left ("abc" gives "cba")."""
    return text_arg(s, "StringReverse")[::-1]


@family.function("StringInsert", "ChaîneInsère")
def string_insert(rt: Runtime, s: TextArg, inserted: TextArg, position: IntArg) -> str:
    """`inserted` placed before the character at 1-based `position` (after the last one
    for Length(s) + 1); a position outside 1 to Length(s) + 1 is fatal."""
    text, ins = text_arg(s, "StringInsert"), text_arg(inserted, "StringInsert")
    pos = int_arg(position, "StringInsert")
    if not 1 <= pos <= len(text) + 1:
        raise WLRuntimeError(f"StringInsert: position {pos} is outside 1 to {len(text) + 1}.")
    check_size(len(text) + len(ins), "StringInsert")
    return text[:pos - 1] + ins + text[pos - 1:]


@family.function("StringIncrement", "ChaîneIncrémente")
def string_increment(rt: Runtime, s: TextArg, step: IntArg = 1) -> str:
    """`s` with its trailing number increased by `step`, keeping its width when it can
    ("INV0099" gives "INV0100", "A9" gives "A10", "X" gives "X1")."""
    text, n = text_arg(s, "StringIncrement"), int_arg(step, "StringIncrement")
    m = re.search(r"([0-9]*)$", text)
    digits = m.group(1) if m else ""
    head = text[:len(text) - len(digits)]
    if len(digits) > 1000:
        raise WLRuntimeError("StringIncrement: the number at the end of the string is too long.")
    value = max((int(digits) if digits else 0) + n, 0)
    return head + str(value).rjust(len(digits), "0")


@family.function("ExtractLine", "ExtraitLigne")
def extract_line(rt: Runtime, s: TextArg, rank: IntArg) -> str:
    """The `rank`-th line of `s` (lines end with CR LF or LF); EOT past the last one."""
    lines = re.split(r"\r\n|\n|\r", text_arg(s, "ExtractLine"))
    k = int_arg(rank, "ExtractLine")
    return lines[k - 1] if 1 <= k <= len(lines) else EOT


@family.function("ExtractStringBetween", "ExtraitChaîneEntre")
def extract_string_between(rt: Runtime, s: TextArg, start: object, end: object,
                           options: object = 0, rank: IntArg = None) -> str:
    """The text between the `rank`-th `start` marker and the next `end` marker ("" when
    there is none); IgnoreCase/ccIgnoreCase and ccIgnoreAccent are honoured. The order
    with the rank second, `(s, rank, start, end [, options])`, is also accepted (a number
    is never a marker there)."""
    if isinstance(start, int) and not isinstance(start, bool) and isinstance(end, str) \
            and isinstance(options, str):
        start, end, options, rank = end, options, rank or 0, start
    rank = 1 if rank is None else rank
    text = text_arg(s, "ExtractStringBetween")
    opt, k = int_arg(options, "ExtractStringBetween"), int_arg(rank, "ExtractStringBetween")
    flags = re.IGNORECASE if opt & IGNORE_CASE else 0
    view = searched(text, opt)
    a = searched(text_arg(start, "ExtractStringBetween"), opt)
    b = searched(text_arg(end, "ExtractStringBetween"), opt)
    if not a or not b:
        return ""
    pattern = re.compile(re.escape(a) + "(.*?)" + re.escape(b), flags | re.DOTALL)
    for i, m in enumerate(pattern.finditer(view), 1):
        if i == k:
            return text[m.start(1):m.end(1)]
    return ""
