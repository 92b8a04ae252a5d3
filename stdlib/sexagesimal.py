"""Sexagesimal angles: DecimalToSexagesimal/DecimalVersSexagesimal and
SexagesimalToDecimal/SexagesimalVersDecimal (the geolocation family's conversions of a
latitude or longitude between decimal degrees and degrees, minutes and seconds).

No stored help page; what PC SOFT's own runtime does (its Android framework, whose
geolocation class is readable in public decompiled copies) decided the format, INFERRED:
`[-]DDD°MM'SS''`: the sign, the degrees on three digits (modulo 360), the minutes and the
seconds on two, seconds rounded to the nearest whole one; the reverse conversion reads the
degrees before `°`, the minutes before one quote-like mark (' ’ ′ ...) and the seconds
before two of them or before `"`, each part optional. That runtime returns the decimal
value as a string; wlinterp returns a real (*decided*: the same value in every WLanguage
conversion, and a number prints without the string's trailing digits' noise).
"""
from __future__ import annotations

import re

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, NumberArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

family = Family("Sexagesimal angles")

_QUOTES = "'\u2019\u02bb\u02bc\u02bd\u02be\u02bf\u02c8\u055a\u2018\u201d`\u00b4\u2032\u2035\u02b9"
_ANGLE = re.compile(
    r"^\s*(?:(?P<d>[0-9]+(?:[.,][0-9]*)?)\s*°)?"
    r"\s*(?:(?P<m>[0-9]+(?:[.,][0-9]*)?)\s*[" + _QUOTES + r"](?![" + _QUOTES + r"]))?"
    r"\s*(?:(?P<s>[0-9]+(?:[.,][0-9]*)?)\s*(?:[" + _QUOTES + r"]{2}|\"|\u2033))?\s*$")


@family.function("DecimalToSexagesimal", "DecimalVersSexagesimal")
def decimal_to_sexagesimal(rt: Runtime, value: NumberArg) -> str:
    """An angle in decimal degrees as `DDD°MM'SS''` (48.8566 gives `048°51'24''`)."""
    x = float(V.to_num(value))
    whole = int(x)
    rest = abs(x - whole)
    total = round(rest * 3600)  # the fraction of a degree, in whole seconds
    degrees = abs(whole) % 360 + total // 3600
    minutes, seconds = divmod(total % 3600, 60)
    sign = "-" if x < 0 else ""
    return f"{sign}{degrees:03d}°{minutes:02d}'{seconds:02d}''"


def _part(text: str | None) -> float:
    return float(text.replace(",", ".")) if text else 0.0


@family.function("SexagesimalToDecimal", "SexagesimalVersDecimal", can_fail=True)
def sexagesimal_to_decimal(rt: Runtime, text: object) -> float | int:
    """Decimal degrees of an angle written `[-]D°M'S''`; an empty string is 0; text
    that is no angle is a non-fatal error (0, ErrorOccurred)."""
    s = V.to_str(text).strip()
    if not s:
        return 0
    sign = -1 if s.startswith("-") else 1
    match = _ANGLE.match(s.lstrip("+-"))
    if match is None or not any(match.group(g) for g in "dms"):
        raise BuiltinFailure(f"SexagesimalToDecimal: {s!r} is not an angle written "
                             "degrees°minutes'seconds''.", value=0)
    degrees = int(_part(match.group("d"))) % 360
    value = sign * (degrees + _part(match.group("m")) / 60 + _part(match.group("s")) / 3600)
    return int(value) if value == int(value) else value
