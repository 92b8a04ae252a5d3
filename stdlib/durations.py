"""DurationToString/DuréeVersChaîne and StringToDuration/ChaîneVersDurée: a Duration
through a format mask, and back.

PC SOFT's help (doc.windev.com ?3027007) documents the mask letters: `+` for the sign,
`D` days, `HH` hours, `MM` minutes, `SS` seconds, `CCC` milliseconds; other characters
are copied. Its example gives `DurationToString(1 h 15 min 28 s, durationCenti)` =
"001152800" (days unpadded, then HH MM SS and hundredths) and "D-HH:MM" = "0-01:15".
WINDEV Mobile's runtime gives durationCenti the mask "+JHHMMSSLL": so `+` writes "-"
before a negative duration and nothing before a positive one (VERIFIED by that example).
Decisions (INFERRED, docs/builtins.md "Durations as text"): `CC` is hundredths; the
largest unit in the mask absorbs the larger ones ("HH:MM" of 26 h is "26:00"); without
`+` a negative duration starts with "-" too (it lost its sign: -30 min was "00:30", a
positive half hour).
"""
from __future__ import annotations

import re
from decimal import Decimal

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.datetimes import to_duration
from wlinterp.runtime.durations import WLDuration
from wlinterp.runtime.state import Runtime

family = Family("Durations")

# Numbers standing for masks: WINDEV Mobile's runtime (api/WDAPIDate_Commun.java) reads a
# number given as the mask as "+JHHMMSSLLL" (milliseconds) when it is 0 and
# "+JHHMMSSLL" (hundredths) otherwise, the masks of durationMilli and durationCenti
# (docs/builtins.md "Constant values"; the numbers 0 and 1 INFERRED)
DURATION_MILLI = family.constant("durationMilli", "duréeMillième", 0, "duréeMilli")
DURATION_CENTI = family.constant("durationCenti", "duréeCentième", 1)
_NUMBERED_MASKS = {DURATION_MILLI: "+DHHMMSSCCC", DURATION_CENTI: "+DHHMMSSCC"}

# mask token -> (unit in ms, digits; 0 = as many as needed)
_TOKENS = {"D": (86_400_000, 0), "HH": (3_600_000, 2), "MM": (60_000, 2),
           "SS": (1000, 2), "CCC": (1, 3), "CC": (10, 2), "mm": (60_000, 2), "ss": (1000, 2)}
# French masks write the days J (INFERRED: docs/builtins.md "Durations as text"); a
# lower-case d or j is text ("J j HH:MM" is "2 j 03:00"). `mm` and `ss` standing alone
# (no letter beside them) are the minutes and seconds, as a DateTime's mask writes them
# ("HH:mm"; a Duration has no month for MM to mean): "HH:mm" wrote "09:mm" (INFERRED).
_TOKEN_RE = re.compile(r"CCC|CC|HH|MM|SS|D+|J+|\+|(?<![A-Za-z])(?:mm|ss)(?![A-Za-z])")


def _mask_text(mask: object) -> str:
    """The mask as text: a number stands for durationMilli's mask when it is 0 and for
    durationCenti's otherwise, as WINDEV Mobile's runtime reads it."""
    if isinstance(mask, (bool, int, float, Decimal)):
        return _NUMBERED_MASKS[DURATION_MILLI if mask == 0 else DURATION_CENTI]
    return V.to_str(mask)


def _split(mask: str) -> list[str]:
    """The mask as tokens and literal runs, in order."""
    out, pos = [], 0
    for m in _TOKEN_RE.finditer(mask):
        if m.start() > pos:
            out.append(mask[pos:m.start()])
        out.append(m.group())
        pos = m.end()
    if pos < len(mask):
        out.append(mask[pos:])
    return out


def _token(piece: str) -> tuple[int, int] | None:
    """(unit in ms, width) of a mask token, None for a literal; `DD` (`JJ`) pads days
    to 2."""
    if piece[0] in "DJ":
        return 86_400_000, (len(piece) if len(piece) > 1 else 0)
    return _TOKENS.get(piece)


@family.function("DurationToString", "DuréeVersChaîne")
def duration_to_string(rt: Runtime, duration: object, mask: object) -> str:
    """The duration written through the mask (letters in the module's docstring)."""
    ms = to_duration(duration).ms
    pieces = _split(_mask_text(mask))
    units = sorted({t[0] for p in pieces if (t := _token(p))}, reverse=True)
    rest = abs(ms)
    values: dict[int, int] = {}
    for unit in units:  # the first (largest) unit absorbs all above it
        values[unit], rest = divmod(rest, unit)
    out = ["-"] if ms < 0 and "+" not in pieces else []
    for p in pieces:
        tok = _token(p)
        if p == "+":
            out.append("-" if ms < 0 else "")
        elif tok is None:
            out.append(p)
        else:
            out.append(str(values[tok[0]]).zfill(tok[1]))
    return "".join(out)


@family.function("StringToDuration", "ChaîneVersDurée")
def string_to_duration(rt: Runtime, text: object, mask: object = None) -> WLDuration:
    """The Duration a string written through the mask stands for; without a mask, the
    readable form (`"1 h 30 min"`) or a number of milliseconds. A string that does not
    match the mask is a fatal error (nothing sensible to return)."""
    s = V.to_str(text)
    if mask is None:
        return to_duration(s)
    pieces = _split(_mask_text(mask))
    pattern = ""
    groups: list[int | None] = []  # unit of each regex group; None for the sign
    if "+" not in pieces:
        # DateTimeDifference's "+DDDDDDDHHMMSSCC" goes through durationCenti (help page
        # of DateTimeDifference): a leading sign is read even when the mask has none.
        pattern, groups = "([+-]?)", [None]
    for p in pieces:
        tok = _token(p)
        if p == "+":
            pattern += "([+-]?)"
            groups.append(None)
        elif tok is None:
            pattern += re.escape(p)
        else:
            # an unpadded count has at most WLanguage's widest number of digits (38):
            # more is no duration (and beyond Python's int() limit)
            pattern += rf"([0-9]{{{tok[1]}}})" if tok[1] else r"([0-9]{1,38})"
            groups.append(tok[0])
    m = re.fullmatch(pattern, s.strip())
    if m is None:
        raise WLRuntimeError(f"StringToDuration: '{s}' does not match the format "
                             f"'{_mask_text(mask)}'.")
    total, sign = 0, 1
    for unit, value in zip(groups, m.groups()):
        if unit is None:
            sign = -1 if value == "-" else 1
        else:
            total += int(value) * unit
    return WLDuration(sign * total)
