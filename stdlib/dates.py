"""Date and time functions: Today/DateDuJour, SysDate/DateSys, Now/Maintenant, SysTime/HeureSys,
DateToString/DateVersChaîne, TimeToString/HeureVersChaîne and DateValid/DateValide.

Dates are strings "YYYYMMDD" and times "HHMMSSCC" (CC = hundredths of a second), the
representation the Date and Time types use (types.default_value). The clock can be fixed
with rt.options["now"] (a datetime.datetime) so scripts and tests are reproducible.
"""
from __future__ import annotations

import datetime
import re
from decimal import Decimal
from typing import Any, Callable

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import UNKNOWN, Family, Given, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.values import Date, Time
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.datetimes import DATETIME_WIDTHS, normalize_time
from wlinterp.runtime.iso_text import clock_possible, datetime_digits, iso_time_digits
from wlinterp.runtime.name_language import names_language

from .strings import text_arg
from wlinterp.digits import ascii_digits

family = Family("Dates")

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}
_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
def wl_names(*funcs: Callable[..., Any]) -> None:
    """Mark built-ins whose results hold day or month names: called by their French
    name, the names are French unless Nation() chose (runtime/name_language.py)."""
    for func in funcs:
        func.wl_names = True  # type: ignore[attr-defined]


# Abbreviated names (MMM, DDD / JJJ): French ones as the French help writes them
# ("mar. 02 déc. 2003", doc.pcsoft.fr ?3027025), English ones the usual three letters.
_MONTHS_SHORT = {
    "en": [m[:3] for m in _MONTHS["en"]],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
           "oct.", "nov.", "déc."],
}
_DAYS_SHORT = {
    "en": [d[:3] for d in _DAYS["en"]],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
# Mask tokens, longest first; French masks write the year AAAA and the day JJ. A lone
# capital D, J or M standing apart from other letters ("D/M/YYYY", "J/M/AAAA") is the
# day or month without a leading zero (INFERRED: docs/builtins.md "Single-letter date
# tokens"); inside a word ("Day", "Mois") it is text.
SINGLE_DATE_TOKEN = r"(?-i:(?<![^\W\d_])[DJM](?![^\W\d_]))"
_DATE_TOKEN_RE = re.compile(r"YYYY|AAAA|YY|AA|MMMM|MMM|MM|DDDD|DDD|DD|JJJJ|JJJ|JJ|"
                            + SINGLE_DATE_TOKEN, re.IGNORECASE)
# A time's AM/PM, "AP" in capitals standing apart from other letters ("HH:MM AP"), in
# the time masks here and the masks of stdlib/dates_more.py
AP_TOKEN = r"(?-i:(?<![A-Za-z])AP(?![A-Za-z]))"
_TIME_TOKEN_RE = re.compile(r"HH|MM|SS|CCC|CC|" + AP_TOKEN, re.IGNORECASE)


# Mask constants: the project's date and time formats and the format of an email's Date
# header ("Mon, 25 Nov 2019 17:15:00 +0100", ?1000025807), the offset being the local
# time zone's at that moment (`--tz`). The project's formats are the text "UseSystemMask"
# that WINDEV Mobile's runtime (core/utils/hb.java) replaces by them (maskSystemTime the
# same text: INFERRED); ours are "DD/MM/YYYY" and "HH:MM:SS" (docs/builtins.md "Constant
# values").
MASK_SYSTEM_DATE = family.constant("maskSystemDate", "maskDateSystème", "UseSystemMask")
MASK_SYSTEM_TIME = family.constant("maskSystemTime", "maskHeureSystème", "UseSystemMask")
SYSTEM_DATE_FORMAT, SYSTEM_TIME_FORMAT = "DD/MM/YYYY", "HH:MM:SS"
MASK_EMAIL_DATE = family.constant("maskDateEmail", "maskDateEmail", "\x1bemail-date",
                                  "maskEmailDate")


def system_mask(fmt: str, project_format: str) -> str:
    """The mask a date or time function uses: the project's format for maskSystemDate /
    maskSystemTime, the mask itself otherwise."""
    return project_format if fmt == MASK_SYSTEM_DATE else fmt


def _email_date(moment: datetime.datetime) -> str:
    """RFC 5322 date: English day and month abbreviations and the local UTC offset."""
    local = moment.astimezone()
    return (f"{_DAYS_SHORT['en'][moment.weekday()]}, {moment.day:02d} "
            f"{_MONTHS_SHORT['en'][moment.month - 1]} {moment.year:04d} "
            f"{moment:%H:%M:%S} {local:%z}")


def _clock(rt: Runtime) -> datetime.datetime:
    now = rt.options.get("now")
    return now if isinstance(now, datetime.datetime) else datetime.datetime.now()


@family.function("Today", "DateDuJour")
def today(rt: Runtime) -> Date:
    """The current date as "YYYYMMDD"."""
    return _clock(rt).strftime("%Y%m%d")


def _clock_check(fname: str, what: str, masked: str) -> Callable[[list[Given]], str | None]:
    """`wl check`'s `declared_check` of DateSys / TimeSys: a literal given them is
    refused as the run refuses it (`_clock_kept`'s words, WL115 at the call)."""
    def check(given: list[Given]) -> str | None:
        value = given[0].value if len(given) == 1 else UNKNOWN
        if value is UNKNOWN or value is None:
            return None  # (a variable's value is the run's to show)
        return str(_clock_kept(fname, what, value, masked))
    return check


@family.function("SysDate", "DateSys",
                 declared_check=_clock_check("DateSys", "date", "DateToString(Today(), mask)"))
def sys_date(rt: Runtime, new_date: object = None) -> Date:
    """`DateSys()`: Today's date. `DateSys(date)`, which sets the computer's date in
    WINDEV, is an error (see `_clock_kept`)."""
    if new_date is None:
        return today(rt)
    raise _clock_kept("DateSys", "date", new_date, "DateToString(Today(), mask)")


@family.function("SysTime", "HeureSys", "TimeSys",
                 declared_check=_clock_check("TimeSys", "time", "TimeToString(Now(), mask)"))
def sys_time(rt: Runtime, new_time: object = None) -> Time:
    """`HeureSys()`: Now's time. `HeureSys(time)` sets the computer's time in WINDEV:
    an error, as DateSys(date) is."""
    if new_time is None:
        return now(rt)
    raise _clock_kept("TimeSys", "time", new_time, "TimeToString(Now(), mask)")


_MASK_LETTERS = frozenset("YAMDJHS")


def _clock_kept(fname: str, what: str, value: object, masked: str) -> WLRuntimeError:
    """The error of DateSys/TimeSys given a value: *decided* (UNVERIFIED, no stored
    page), wlinterp never changes the computer's clock, and the run stops there rather
    than go on as if it had (a non-fatal failure would make the calls' results untyped:
    `DateSys() + HeureSys()` is a Date and a Time joined); a value that looks like a mask
    (`DateSys("YYYYMM")`, as real code writes hoping for today's date formatted) gets
    the function that formats one (docs/builtins.md "DateSys and TimeSys given a value")."""
    text = value if type(value) is str else V.to_str(value) \
        if isinstance(value, (int, float, Decimal)) else ""
    shown = f'"{text}"' if text or type(value) is str else f"a value of type {V.type_name(value)}"
    # (an array was shown as "<wlinterp.runtime.containers.WLArray object at 0x...>")
    hint = f"; to show the current {what} with a mask, write {masked}" \
        if text and set(text.upper()) <= _MASK_LETTERS | set("/-:. ") else ""
    return WLRuntimeError(f"{fname}({shown}) would set the computer's {what}: "
                          f"wlinterp does not change the clock, so nothing was "
                          f"changed{hint}.")


@family.function("Now", "Maintenant")
def now(rt: Runtime) -> Time:
    """The current time as "HHMMSSCC" (TimeSys/HeureSys are the same function), a Time
    as Today's result is a Date: `dt is DateTime = Now()` is that time today (it read
    the digits as a date, the year 1129), TypeVar(Now()) is wlTime, and DateSys() +
    TimeSys() joins their texts as ?1514040's example does (docs/semantics.md, "Now and
    DateSys are a Time and a Date": INFERRED)."""
    t = _clock(rt)
    return t.strftime("%H%M%S") + f"{t.microsecond // 10000:02d}"


def parse_date(value: object, fname: str, iso: bool = True) -> datetime.date | None:
    """A "YYYYMMDD" date (a longer date-time string keeps its first 8 digits); "" is None.
    With `iso`, a "YYYY-MM-DD" text (and a date-time one, "2026-12-06T10:30") is read as
    a Date variable given it reads it, so `DateToString("2026-12-06")` is
    `DateToString(d)` for `d is Date = "2026-12-06"` (it was refused; INFERRED,
    docs/semantics.md "A date function given the text a Date variable takes"). DateValid
    asks without it: its page counts a text of another size than 8 invalid, and it reads
    the date part only, whatever the time (dates_zones/invalid_time_datetime.wl).

    Anything else is a fatal error naming `fname`, a date whose time part is impossible
    too ("2026-12-06T25:30:00": it gave that day; INFERRED, docs/builtins.md "A date
    function given an impossible time").
    """
    text = text_arg(value, fname).strip()
    if not text:
        return None
    digits = datetime_digits(text) if iso else text
    if re.fullmatch(r"[0-9]{8}([0-9]{6,9})?", digits) and (clock_possible(digits[8:]) or not iso):
        try:
            return datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
        except ValueError:
            pass
    raise WLRuntimeError(f"{fname}: '{text}' is not a valid date (expected YYYYMMDD).")


def date_texts_check(fname: str, *ranks: int,
                     read: Callable[[object, str], object] = parse_date
                     ) -> Callable[[list[Given]], str | None]:
    """`wl check`'s `declared_check` of a built-in whose parameters at 0-based `ranks`
    are dates (or times) the run reads with `read` (parse_date, or dates_calc's `_date`,
    which refuses an empty one; parse_time, `_hundredths` for a time): a text written
    there that names none ("06/12/2026", a day-first text; "9h30") stops the run with
    `read`'s words, so the check says them first (WL115 at the call, where the run
    stops); an integer written there is read as its digits, as the run reads it
    (`TimeToString(930)`: "930", no time; L, 6 Dec 2026). A variable's value is the run's to judge (decided 6 Dec 2026, V:
    docs/semantics.md "A date written as a text to a date function")."""
    def check(given: list[Given]) -> str | None:
        for rank in ranks:
            value = given[rank].value if rank < len(given) else None
            if type(value) is int:  # `TimeToString(930)`: the run reads its digits, "930"
                value = str(value)
            if type(value) is str:
                try:
                    read(value, fname)
                except WLRuntimeError as err:
                    return str(err)
        return None
    return check


_GREGORIAN_GAP = (datetime.date(1582, 10, 5), datetime.date(1582, 10, 14))


def in_gregorian_gap(day: datetime.date) -> bool:
    """Is `day` one of the ten days the change to the Gregorian calendar skipped (4
    October 1582 was followed by the 15th)? DateTimeValid's page ?1000020940 (VERIFIED)
    counts a date-time then as invalid; DateValid does the same (INFERRED)."""
    return _GREGORIAN_GAP[0] <= day <= _GREGORIAN_GAP[1]


def _cased(name: str, token: str) -> str:
    """A month/day name in the case its mask token asks for: an all-capital token (MMMM,
    JJJJ) keeps the language's own case (French names in lower case, English ones
    capitalised: "mardi 02 décembre 2003", "Tuesday"), `Mmmm`/`Jjjj` force a capital
    (VERIFIED: DateToString's page, doc.pcsoft.fr ?3027025) and `mmmm` lower case."""
    if token.isupper():
        return name
    if token[0].isupper():
        return name[:1].upper() + name[1:]
    return name.lower()


def _date_piece(d: datetime.date, token: str, lang: str) -> str:
    t = token.upper().replace("A", "Y").replace("J", "D")
    if t == "YYYY":
        return f"{d.year:04d}"
    if t == "YY":
        return f"{d.year % 100:02d}"
    if t == "MM":
        return f"{d.month:02d}"
    if t == "DD":
        return f"{d.day:02d}"
    if t in ("D", "M"):  # a lone D / J / M: no leading zero
        return str(d.day if t == "D" else d.month)
    full = len(t) == 4
    if t.startswith("M"):
        name = (_MONTHS if full else _MONTHS_SHORT)[lang][d.month - 1]
    else:
        name = (_DAYS if full else _DAYS_SHORT)[lang][d.weekday()]
    return _cased(name, token)


@family.function("DateToString", "DateVersChaîne",
                 declared_check=date_texts_check("DateToString", 0))
def date_to_string(rt: Runtime, date: object, mask: object = "DD/MM/YYYY") -> str:
    """Format a "YYYYMMDD" date with a mask (default "DD/MM/YYYY").

    Tokens: YYYY/AAAA, YY/AA, MM, DD/JJ, MMMM and MMM (month name, abbreviated), DDDD and
    DDD / JJJJ and JJJ (day name), a lone D/J or M (no leading zero). The names' language
    is the run's (names_language: Nation(), else the called name's; the mask's letters
    do not choose it, ?3027025); their case follows the token (`_cased`). Other
    characters are copied. An empty date gives ""; an invalid one is a fatal error.
    """
    d = parse_date(date, "DateToString")
    if d is None:
        return ""
    fmt = system_mask(text_arg(mask, "DateToString"), SYSTEM_DATE_FORMAT)
    if fmt == MASK_EMAIL_DATE:
        return _email_date(datetime.datetime(d.year, d.month, d.day))
    lang = names_language(rt)
    return _DATE_TOKEN_RE.sub(lambda m: _date_piece(d, m.group(0), lang), fmt)


def parse_time(value: object, fname: str) -> tuple[int, int, int, int] | None:
    """(hours, minutes, seconds, hundredths) of "HHMM", "HHMMSS" or "HHMMSSCC"; "" is None.
    A Time holding its thousandth ("HHMMSSCCC", ?2512062: `t + 2.5`, `t..Millisecond =
    5`) gives its hundredths, the thousandth dropped (TimeToInteger refused it). A
    "09:30[:15]" text is read as a Time variable given it reads it, as parse_date reads an
    ISO date (INFERRED, docs/semantics.md "A time function given the text a Time variable
    takes"); "9h30" and "25:00" are still refused."""
    text = text_arg(value, fname).strip()
    if not text:
        return None
    digits = (iso_time_digits(text) or text) if ":" in text else text
    if ascii_digits(digits) and len(digits) in DATETIME_WIDTHS:  # a DateTime: its time part
        digits = normalize_time(digits)[:8]
    elif ascii_digits(digits) and len(digits) == 9:
        digits = digits[:8]
    if re.fullmatch(r"[0-9]{4}([0-9]{2}){0,2}", digits):
        digits = digits.ljust(8, "0")
        h, m, s, c = (int(digits[i:i + 2]) for i in range(0, 8, 2))
        if h < 24 and m < 60 and s < 60:
            return h, m, s, c
    shown = digits if text.isdigit() else text  # (a DateTime's digits: its time part)
    raise WLRuntimeError(f"{fname}: '{shown}' is not a valid time (expected HHMMSSCC).")


@family.function("TimeToString", "HeureVersChaîne",
                 declared_check=date_texts_check("TimeToString", 0, read=parse_time))
def time_to_string(rt: Runtime, time: TextArg, mask: object = "HH:MM:SS:CC") -> str:
    """Format a "HHMMSSCC" time with a mask (default "HH:MM:SS:CC", as PC SOFT's runtime
    writes a time given no format, and DateTimeToString's time part; tokens HH, MM, SS, CC,
    and CCC the thousandths: a DateTime's time part, "HHMMSSCCC", keeps its last digit;
    INFERRED, "12:30:25:12C" before). An empty time gives ""; an invalid one is fatal."""
    text = text_arg(time, "TimeToString").strip()
    nine = re.fullmatch(r"[0-9]{9}", text) is not None
    parts = parse_time(text[:8] if nine else text, "TimeToString")
    if parts is None:
        return ""
    last = text[8] if nine else "0"
    fmt = system_mask(text_arg(mask, "TimeToString"), SYSTEM_TIME_FORMAT)
    shown = list(parts)
    if any(m.group(0) == "AP" for m in _TIME_TOKEN_RE.finditer(fmt)):
        shown[0] = parts[0] % 12 or 12  # "HH:mm AP": 12-hour clock (_meridiem)
    index = {"HH": 0, "MM": 1, "SS": 2, "CC": 3}

    def piece(m: re.Match[str]) -> str:
        token = m.group(0).upper()
        if token == "AP":
            return _meridiem(parts[0])
        return f"{parts[3]:02d}{last}" if token == "CCC" else f"{shown[index[token]]:02d}"
    return _TIME_TOKEN_RE.sub(piece, fmt)


def _meridiem(hour: int) -> str:
    """The "AP" of a time mask ("HH:mm AP", PC SOFT's own ExtensionProcedures example):
    "AM" before noon, "PM" from noon, the mask's HH then on a 12-hour clock, 12 for noon
    and midnight (INFERRED: no stored page lists the marker; docs/builtins.md "AP in a
    time mask"). It was written as it stood: "14:05 AP"."""
    return "AM" if hour < 12 else "PM"


@family.function("DateValid", "DateValide", "DateIsValid", "DateEstValide")
def date_valid(rt: Runtime, date: object) -> bool:
    """True when `date` is a real calendar date written "YYYYMMDD" (not one of the days
    of October 1582 the Gregorian calendar skipped)."""
    return _valid_day(date)


def _valid_day(date: object) -> bool:
    """DateValid's answer, for the built-ins that read a date part."""
    try:
        day = parse_date(date, "DateValid", iso=False)
    except WLRuntimeError:
        return False
    return day is not None and not in_gregorian_gap(day)


def datetime_text(value: object, fname: str) -> str:
    """A datetime's text "YYYYMMDDHHMM[SS[CC[C]]]" whose date is valid ("" stays ""), as
    DateTimeToString reads it; anything else is the error naming `fname` (a Time's 8
    digits too: it named DateToString, which the date part was handed to; an impossible
    time part too: it named TimeToString, which the time part was handed to)."""
    text = text_arg(value, fname).strip()
    digits = datetime_digits(text)  # (as parse_date reads it)
    if text and not (re.fullmatch(r"[0-9]{8}([0-9]{4,9})?", digits) and _valid_day(digits[:8])
                     and clock_possible(digits[8:])):
        raise WLRuntimeError(f"{fname}: '{text}' is not a valid datetime "
                             "(expected YYYYMMDDHHMMSS).")
    return digits


@family.function("DateTimeToString", "DateHeureVersChaîne",
                 declared_check=date_texts_check("DateTimeToString", 0, read=datetime_text))
def date_time_to_string(rt: Runtime, value: TextArg,
                        mask: object = "DD/MM/YYYY HH:MM:SS:CC") -> str:
    """Format a "YYYYMMDDHHMMSSCCC" datetime: the mask's date part (up to its first hour
    token HH) takes DateToString's tokens, the rest TimeToString's (so MM is the month
    before HH and the minutes after it). An empty datetime gives "". The default mask
    shows the hundredths: "25/12/2019 17:15:00:00" (VERIFIED, doc.pcsoft.fr ?1000025516)."""
    text = datetime_text(value, "DateTimeToString")
    if not text:
        return ""
    fmt = text_arg(mask, "DateTimeToString")
    if fmt == MASK_EMAIL_DATE:
        from wlinterp.runtime.datetimes import _to_dt
        return _email_date(_to_dt(text))
    fmt = system_mask(fmt, f"{SYSTEM_DATE_FORMAT} {SYSTEM_TIME_FORMAT}")
    cut = re.search(r"HH", fmt, re.IGNORECASE)
    head, tail = (fmt[:cut.start()], fmt[cut.start():]) if cut else (fmt, "")
    clock = text[8:17].ljust(9, "0")
    return (date_to_string(rt, text[:8], head) if head else "") + \
        (time_to_string(rt, clock, tail) if tail else "")


wl_names(date_to_string, date_time_to_string)
