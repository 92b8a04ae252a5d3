"""RFC 3339 / ISO 8601 texts given to a Date, Time or DateTime variable.

`d is Date = "2024-01-15"`, `dt is DateTime = "2024-01-15T10:30:00"`, `t is Time =
"10:30"`: the help's Date page (?1514066) shows the "YYYYMMDD" digits a Date holds; the
RFC 3339 forms are those WINDEV writes itself for a date in JSON ("converted into a
string in RFC format", ?1000023611) and what web services send. *Decided*: a variable of
those types given such a text holds the digits it stands for (a Date takes the date part
of a date-time text, as a Date given a DateTime keeps its date). A text with a time-zone
offset (`+02:00`) is not converted: a DateTime holds no time zone, so there is no right
hour to give it; a trailing `Z` (UTC) is read as the time written.
"""
from __future__ import annotations

__all__ = ["co_date", "duration_no_moment", "iso_time_digits", "iso_datetime_digits", "datetime_digits", "clock_possible",
           "iso_duration", "iso_duration_ms"]


from . import values as V
from ..errors import WLRuntimeError
from ..lazy_regex import lazy_compile
from ..digits import ascii_digits

_DATE_TIME = lazy_compile(r"([0-9]{4})-([0-9][0-9])-([0-9][0-9])(?:[T ]([0-9][0-9]):([0-9][0-9])(?::([0-9][0-9])(?:[.,]([0-9]+))?)?Z?)?")
_TIME = lazy_compile(r"([0-9]?[0-9]):([0-9][0-9])(?::([0-9][0-9])(?:[.,]([0-9]+))?)?")


def co_date(value: object) -> str:
    """A value stored into a Date variable: its text, "YYYY-MM-DD" (and a date-time
    text) as "YYYYMMDD", a DateTime's digits (12, 14, 16 or 17: `d is Date = dt`) as their
    date; anything else as before (WINDEV's digits, an empty date). A date-time text whose
    time no day has is kept whole, an invalid Date (clock_possible)."""
    if type(value) is str:
        text = value
    elif getattr(value, "wl_type_name", "") == "duration":
        raise WLRuntimeError(duration_no_moment(value, "Date"))
    else:
        text = V.to_str(value)
    if len(text) in (12, 14, 16, 17) and ascii_digits(text):  # a DateTime's digits (16:
        # DateTimeSys()'s YYYYMMDDHHMMSSCC): its date
        return text[:8]
    if len(text) >= 10 and text[4:5] == "-":
        m = _DATE_TIME.fullmatch(text)
        if m is not None and clock_possible("".join(g or "" for g in m.groups()[3:6])):
            return m.group(1) + m.group(2) + m.group(3)
    return text


def duration_no_moment(du: object, kind: str) -> str:
    """The error for a Duration stored into a Date or a DateTime (`kind`): a length of
    time names no day nor moment (*decided* 6 Dec 2026, V, INFERRED: docs/semantics.md
    "A Duration stored into a Date or a DateTime"); the variable held the Duration's
    words, "1 h 2 min", which DateValid and DateTimeValid refuse. (A Time takes it as
    that long after midnight: datetimes.time_of_duration.)"""
    start = "dStart" if kind == "Date" else "dtStart"
    return (f"A Duration ({V.to_str(du)}) cannot be stored into a {kind}: it is a length "
            f"of time, not a moment; add it to one ({start} + du).")


def clock_possible(clock: str) -> bool:
    """Are the hours, minutes and seconds of a date-time's time part ("HHMM[SS[CC[C]]]",
    "" for none) possible ("HH" 00-23, "mm" and "SS" 00-59, as DateTimeValid ?1000020940
    judges them)? A date function given "20261206253000" read its date and dropped 25:30,
    and a Date variable given "2026-12-06T25:30:00" took its date silently (*decided* 6
    Dec 2026, V: docs/semantics.md "An impossible time in a date's text")."""
    clock = clock.ljust(6, "0")
    return int(clock[:2]) < 24 and int(clock[2:4]) < 60 and int(clock[4:6]) < 60


def iso_time_digits(text: str) -> str | None:
    """"HH:MM[:SS[.fff]]" as a Time's "HHMMSSCC", or "HHMMSSCCC" when the thousandth
    is not 0 (a Time holds thousandths, datetimes.normalize_time): ".999" is 999
    milliseconds (its digits were read as hundredths, 990); the hour may have one digit,
    "9:15" is 09:15 (INFERRED: docs/semantics.md "A text into a DateTime or a Time"; it
    was kept as a text with no parts); None for another text."""
    m = _TIME.fullmatch(text)
    if m is None:
        return None
    h, mi, s, frac = m.groups()
    digits = f"{h.zfill(2)}{mi}{s or '00'}{(frac or '')[:3].ljust(3, '0')}"
    return digits if digits[8] != "0" else digits[:8]


def iso_datetime_digits(text: str) -> str | None:
    """"YYYY-MM-DD[THH:MM[:SS[.fff]]][Z]" as a DateTime's "YYYYMMDDHHMMSSCCC", or None."""
    m = _DATE_TIME.fullmatch(text)
    if m is None:
        return None
    y, mo, d, h, mi, s, frac = m.groups()
    return f"{y}{mo}{d}{h or '00'}{mi or '00'}{s or '00'}{(frac or '')[:3].ljust(3, '0')}"


def datetime_digits(text: str) -> str:
    """A text a date function reads as a DateTime's digits: an RFC 3339 date-time text
    ("2026-12-06T10:30") as "YYYYMMDDHHMMSSCCC", as a DateTime variable given it reads it;
    any other text as it is (WINDEV's digits, or a text the caller refuses)."""
    return (iso_datetime_digits(text) or text) if text[4:5] == "-" else text


# ---------------------------------------------------------------- durations

_DURATION = lazy_compile(r"([+-])?P(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?"
                         r"(?:([0-9]+)(?:[.,]([0-9]{1,3}))?S)?)?")


def iso_duration(ms: int) -> str:
    """A Duration's JSON form, ISO 8601's ("PT1H30M", "P2DT3H", "-PT0.250S", "PT0S"):
    the form web services exchange (decided: docs/semantics.md "A Duration in JSON";
    a JSON value has no Duration type)."""
    sign, ms = ("-" if ms < 0 else ""), abs(ms)
    days, ms = divmod(ms, 86_400_000)
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    seconds, millis = divmod(ms, 1000)
    clock = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if seconds or millis:
        clock += f"{seconds}" + (f".{millis:03d}".rstrip("0") if millis else "") + "S"
    if not days and not clock:
        return "PT0S"
    return f"{sign}P" + (f"{days}D" if days else "") + (f"T{clock}" if clock else "")


def iso_duration_ms(text: str) -> int | None:
    """The milliseconds of an ISO 8601 duration text (days, hours, minutes, seconds with
    up to 3 decimals: what iso_duration writes; years and months, of no fixed length,
    are not read); None when `text` is no such text."""
    m = _DURATION.fullmatch(text.strip())
    if m is None or m.group(0).strip("+-") in ("P", "PT"):
        return None
    sign, d, h, mi, s, frac = m.groups()
    total = ((int(d or 0) * 24 + int(h or 0)) * 60 + int(mi or 0)) * 60 + int(s or 0)
    total = total * 1000 + int((frac or "").ljust(3, "0"))
    return -total if sign == "-" else total
