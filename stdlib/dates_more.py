"""Date and time functions beyond dates.py/dates_calc.py: Yesterday/Hier, Tomorrow/Demain,
LeapYear/AnnéeBissextile, CurrentYear/AnnéeEnCours, DateTimeSys/DateHeureSys,
TimeValid/HeureValide, DateTimeValid/DateHeureValide, StringToDate/ChaîneVersDate,
StringToTime/ChaîneVersHeure, IntegerToWeekNumber/EntierVersNuméroDeSemaine, Age,
DateTimeLocalToUTC/DateHeureLocaleVersUTC, DateTimeUTCToLocal/DateHeureUTCVersLocale,
CurrentMonth/MoisEnCours, FirstDayOfYear/PremierJourDeLAnnée, EasterDate/Pâques,
DayNumberInAlpha/NuméroDeJourVersLettre and MonthNumberInAlpha/NuméroDeMoisVersLettre.

Dates are "YYYYMMDD" strings and times "HHMMSSCC", as in the rest of the library; the
current date and time come from the run's clock (`--now` pins it).
"""
from __future__ import annotations

import calendar
import datetime
import re

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, IntArg, NumberArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.values import DateTime
from wlinterp.syntax.names import fold
from wlinterp.runtime.state import Runtime

from wlinterp.runtime.name_language import names_language
from .dates import (AP_TOKEN, SINGLE_DATE_TOKEN, SYSTEM_DATE_FORMAT, _DAYS, _DAYS_SHORT,
                    _MONTHS, _MONTHS_SHORT, _clock, date_texts_check, in_gregorian_gap,
                    system_mask, wl_names)
from .text import strip_accents
from .dates_calc import TODAY, _date, _day_number, _week_number, _ymd, day_or_today, \
    null_for_today
from .strings import int_arg, text_arg
from wlinterp.digits import ascii_digits

family = Family("Dates (more)")


def _shifted(rt: Runtime, date: object, days: int, fname: str) -> str:
    d = day_or_today(rt, date, fname)
    return _ymd(d + datetime.timedelta(days=days))


@family.function("Yesterday", "Hier")
def yesterday(rt: Runtime, date: object = TODAY) -> str:
    """The day before `date` (before today when omitted), "YYYYMMDD"."""
    return _shifted(rt, date, -1, "Yesterday")


@family.function("Tomorrow", "Demain")
def tomorrow(rt: Runtime, date: object = TODAY) -> str:
    """The day after `date` (after today when omitted), "YYYYMMDD"."""
    return _shifted(rt, date, 1, "Tomorrow")


@family.function("LeapYear", "AnnéeBissextile")
def leap_year(rt: Runtime, year: IntArg) -> bool:
    """True for a leap year of the Gregorian calendar (2000 yes, 1900 no)."""
    return calendar.isleap(int_arg(year, "LeapYear"))


@family.function("CurrentYear", "AnnéeEnCours")
def current_year(rt: Runtime) -> int:
    """The current year (2025)."""
    return _clock(rt).year


@family.function("Age", "Age", declared_check=date_texts_check("Age", 0, 1, read=_date))
def age(rt: Runtime, birth: object, on: object = TODAY) -> str:
    """The age on `on` (today when omitted) of someone born on `birth`, as "YYYYMMDD":
    whole years (4 digits), then months and days (2 digits each), so
    Age("19600512", "20000513") is "00400001"; "" when `on` is before `birth`. Missing
    days borrow the month before `on`'s month (at least 0 of it), so 29 February's
    birthday falls on 1 March in other years."""
    born = _date(birth, "Age")
    day = day_or_today(rt, on, "Age")
    if day < born:
        return ""
    years, months, days = day.year - born.year, day.month - born.month, day.day - born.day
    if months < 0:
        years, months = years - 1, months + 12
    if days < 0:
        previous = day.replace(day=1) - datetime.timedelta(days=1)
        days = max(previous.day - born.day + day.day, 0)
        years, months = (years, months - 1) if months else (years - 1, 11)
    return f"{years:04d}{months:02d}{days:02d}"


@family.function("DateTimeSys", "DateHeureSys", "SysDateTime")
def date_time_sys(rt: Runtime) -> DateTime:
    """The current date and time, "YYYYMMDDHHMMSSCC"."""
    t = _clock(rt)
    return t.strftime("%Y%m%d%H%M%S") + f"{t.microsecond // 10000:02d}"


def _time_parts(text: str) -> tuple[int, int, int, int] | None:
    if not re.fullmatch(r"[0-9]{4}([0-9]{2}([0-9]{2,3})?)?", text):
        return None
    h, m = int(text[:2]), int(text[2:4])
    s = int(text[4:6]) if len(text) >= 6 else 0
    c = int(text[6:8]) if len(text) >= 8 else 0
    return (h, m, s, c) if h < 24 and m < 60 and s < 60 else None


@family.function("TimeValid", "HeureValide", "TimeIsValid", "HeureEstValide")
def time_valid(rt: Runtime, time: TextArg) -> bool:
    """True for a valid "HHMM", "HHMMSS" or "HHMMSSCC" time (hours 00-23)."""
    return _time_parts(text_arg(time, "TimeValid").strip()) is not None


@family.function("DateTimeValid", "DateHeureValide")
def date_time_valid(rt: Runtime, value: TextArg) -> bool:
    """True for a valid "YYYYMMDD" date followed by a valid time; not a date of the ten
    days October 1582 skipped (?1000020940, VERIFIED)."""
    text = text_arg(value, "DateTimeValid").strip()
    if len(text) < 12 or not ascii_digits(text[:8]):
        return False
    try:
        day = datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return False
    return not in_gregorian_gap(day) and _time_parts(text[8:]) is not None


_MASK_TOKENS = re.compile(AP_TOKEN + r"|"  # a time's AM/PM
                          r"YYYY|AAAA|YY|AA|MMMM|MMM|MM|DDDD|DDD|JJJJ|JJJ|DD|JJ|HH|SS|CC|"
                          + SINGLE_DATE_TOKEN, re.IGNORECASE)


def _names_pattern(lists: list[list[str]]) -> str:
    """An alternation of day or month names, longest first (so "mars" is not read as
    "mar."'s start), any case; accents as written or dropped."""
    names = {n for names in lists for n in names}
    names |= {strip_accents(n) for n in names}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# (month number by folded name, full or abbreviated, English or French)
_MONTH_NUMBERS = {fold(n).rstrip("."): i % 12 + 1 for names in
                  (*_MONTHS.values(), *_MONTHS_SHORT.values()) for i, n in enumerate(names)}
_GROUPS = {"YYYY": r"(?P<Y>[0-9]{4})", "YY": r"(?P<y>[0-9]{2})", "MM": r"(?P<M>[0-9]{1,2})",
           "DD": r"(?P<D>[0-9]{1,2})", "HH": r"(?P<H>[0-9]{1,2})", "SS": r"(?P<S>[0-9]{1,2})",
           "CC": r"(?P<C>[0-9]{1,2})"}
_GROUPS.update(D=_GROUPS["DD"], M=_GROUPS["MM"])  # a lone D/J or M (dates.py)
_GROUPS.update(  # a month's name (MMMM, MMM) read; a day's (DDDD, DDD) checked as a name
    MMMM=f"(?P<B>{_names_pattern([*_MONTHS.values(), *_MONTHS_SHORT.values()])})",
    DDDD=f"(?:{_names_pattern([*_DAYS.values(), *_DAYS_SHORT.values()])})")
_GROUPS.update(MMM=_GROUPS["MMMM"], DDD=_GROUPS["DDDD"])


def _mask_regex(mask: str, time: bool) -> re.Pattern[str]:
    """A regex for a mask; in a time mask MM is minutes, in a date mask the month."""
    out, pos, used = [], 0, set()
    for m in _MASK_TOKENS.finditer(mask):
        out.append(re.escape(mask[pos:m.start()]))
        token = m.group(0).upper().replace("A", "Y").replace("J", "D")
        group = _GROUPS.get(token, "")
        if m.group(0) == "AP":  # "02:05 PM" read with "HH:mm AP" (TimeToString's AP)
            group = r"(?P<P>[AP]M)" if time else re.escape("AP")
        elif time and token in ("MM", "M"):
            group = r"(?P<N>[0-9]{1,2})"
        elif time and token == "D":  # a lone D or J is no part of a time: text
            group = re.escape(m.group(0))
        if group.startswith("(?P<"):
            out.append(group if group[4] not in used else r"[0-9]+")  # a token given twice
            used.add(group[4])
        else:
            out.append(group)
        pos = m.end()
    out.append(re.escape(mask[pos:]))
    return re.compile("".join(out), re.IGNORECASE)


# What may follow the date StringToDate reads: a space or "T", then a time's digits
_AFTER_DATE = re.compile(r"(?:\s+|T)[0-9]{1,2}(?::[0-9]{1,2}){0,3}(?:[.,][0-9]+)?"
                         r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?\s*$", re.IGNORECASE)


@family.function("StringToDate", "ChaîneVersDate")
def string_to_date(rt: Runtime, text: TextArg, mask: TextArg = "DD/MM/YYYY") -> str:
    """The "YYYYMMDD" date written in `text` with `mask` (YYYY/AAAA, YY/AA, MM, DD/JJ, a
    lone D/J or M; two-digit years are 19xx from 50); "" when `text` does not match or
    is not a date. A time after the date, past a space or a "T" ("25/12/2026 10:30",
    "2026-12-25T10:30:00" with "YYYY-MM-DD"), is left: a DateTime's text gives its date
    (docs/builtins.md "StringToDate with a time after the date")."""
    source = text_arg(text, "StringToDate").strip()
    fmt = system_mask(text_arg(mask, "StringToDate"), SYSTEM_DATE_FORMAT)
    m = _mask_regex(fmt, False).match(source)
    if m is None or (m.end() < len(source) and _AFTER_DATE.match(source, m.end()) is None):
        return ""
    parts = m.groupdict()
    year = int(parts["Y"]) if parts.get("Y") else (
        (lambda y: y + (1900 if y >= 50 else 2000))(int(parts["y"])) if parts.get("y") else None)
    month = int(parts["M"]) if parts.get("M") else _MONTH_NUMBERS.get(
        fold(parts.get("B") or "").rstrip("."))
    if year is None or not month or not parts.get("D"):
        return ""
    try:
        return _ymd(datetime.date(year, month, int(parts["D"])))
    except ValueError:
        return ""


# Without a mask, StringToTime reads what TimeToString writes without one ("HH:MM:SS:CC",
# PC SOFT's default) and the shorter forms people type ("14:30:25", "14:30").
_DEFAULT_TIME_MASKS = ("HH:MM:SS:CC", "HH:MM:SS", "HH:MM")


@family.function("StringToTime", "ChaîneVersHeure")
def string_to_time(rt: Runtime, text: TextArg, mask: TextArg = None) -> str:
    """The "HHMMSSCC" time written in `text` with `mask` (HH, MM minutes, SS, CC, AP the
    AM or PM of a 12-hour clock, as TimeToString writes it); ""
    when it does not match or is not a valid time. Without a mask, "HH:MM:SS:CC" (the
    default of PC SOFT's runtime, docs/builtins.md "TimeToString's default mask"), or
    the same without its hundredths or seconds."""
    source = text_arg(text, "StringToTime").strip()
    masks = _DEFAULT_TIME_MASKS if mask is None else (text_arg(mask, "StringToTime"),)
    m = next((found for found in (_mask_regex(one, True).fullmatch(source) for one in masks)
              if found is not None), None)
    if m is None:
        return ""
    meridiem = (m.groupdict().get("P") or "").upper()
    p = {k: int(v) for k, v in m.groupdict().items() if v and k != "P"}
    h, mi, s, c = p.get("H", 0), p.get("N", 0), p.get("S", 0), p.get("C", 0)
    if meridiem and not 1 <= h <= 12:  # a 12-hour clock's hour: 1 to 12
        return ""
    if meridiem:  # 12 AM is midnight, 12 PM noon (dates.py _meridiem)
        h = h % 12 + (12 if meridiem == "PM" else 0)
    if h > 23 or mi > 59 or s > 59 or c > 99:
        return ""
    return f"{h:02d}{mi:02d}{s:02d}{c:02d}"


@family.function("IntegerToWeekNumber", "EntierVersNuméroDeSemaine")
def integer_to_week_number(rt: Runtime, n: NumberArg) -> int:
    """The week number of day number `n` (1 = 1800-01-01) in WINDEV's default mode, as
    DateToWeekNumber gives it for the same day."""
    return _week_number(_day_number(n, "IntegerToWeekNumber"), False)  # (a day past
    # year 9999 said "Numeric overflow or invalid numeric operation.")



EPOCH_UNIX_SECOND = family.constant("epochUnixSecond", "epochUnixSeconde", 1)
EPOCH_UNIX_MILLISECOND = family.constant("epochUnixMillisecond", "epochUnixMilliseconde", 2)
_EPOCH = datetime.datetime(1970, 1, 1)


def _local_to_utc(moment: datetime.datetime) -> datetime.datetime:
    """A local DateTime in UTC (naive); at the ends of the calendar, where the zone's offset
    would leave years 1-9999, the DateTime is taken as UTC."""
    try:
        return moment.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        return moment


def _utc_to_local(moment: datetime.datetime) -> datetime.datetime:
    """A UTC DateTime (naive) in the process's time zone; as `_local_to_utc` at the ends."""
    try:
        return moment.replace(tzinfo=datetime.timezone.utc).astimezone().replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        return moment


def _epoch_scale(kind: object, fname: str) -> int:
    k = int(V.to_int(kind))
    if k == EPOCH_UNIX_SECOND:
        return 1000
    if k == EPOCH_UNIX_MILLISECOND:
        return 1
    raise WLRuntimeError(f"{fname}: unknown epoch {k}.")


@family.function("DateTimeToEpoch", "DateHeureVersEpoch")
def date_time_to_epoch(rt: Runtime, value: object, kind: object = EPOCH_UNIX_SECOND) -> int:
    """Seconds (or milliseconds with epochUnixMillisecond) since 1970-01-01 00:00 UTC of a
    LOCAL DateTime: VERIFIED on `<DateHeure>.VersEpoch`'s page (?1000024161: "20170726100941"
    is 1501056581 in France), so the process's time zone (`--tz`) counts."""
    from wlinterp.runtime.datetimes import _to_dt
    try:
        moment = _to_dt(value)
    except WLRuntimeError as exc:  # named, as the other date functions' refusals are
        raise WLRuntimeError(f"DateTimeToEpoch: {exc}") from None
    ms = (_local_to_utc(moment) - _EPOCH) // datetime.timedelta(milliseconds=1)
    return ms // _epoch_scale(kind, "DateTimeToEpoch")


@family.function("EpochToDateTime", "EpochVersDateHeure")
def epoch_to_date_time(rt: Runtime, value: object, kind: object = EPOCH_UNIX_SECOND) -> DateTime:
    """The local DateTime ("YYYYMMDDHHMMSSCCC", in the process's time zone, as
    DateTimeToEpoch reads it) of a Unix timestamp in seconds (or milliseconds with
    epochUnixMillisecond)."""
    from wlinterp.runtime.datetimes import _dt_text
    scale = _epoch_scale(kind, "EpochToDateTime")
    try:  # (1e308 seconds said "Numeric overflow or invalid numeric operation.")
        ms = int(V.to_num(value) * scale)
        return _dt_text(_utc_to_local(_EPOCH + datetime.timedelta(milliseconds=ms)))
    except OverflowError:
        raise WLRuntimeError(f"EpochToDateTime: {value} is outside the dates WLanguage "
                             "handles.") from None


def _shift_zone(value: object, to_utc: bool, fname: str) -> str:
    """A DateTime moved between the process's local time zone (`--tz`, else the
    system's) and UTC, with that date's daylight saving time."""
    from wlinterp.runtime.datetimes import _dt_text, _to_dt
    try:
        dt = _to_dt(value)
    except WLRuntimeError as exc:
        raise WLRuntimeError(f"{fname}: {exc}") from None
    try:
        if to_utc:
            moved = dt.astimezone(datetime.timezone.utc)
        else:
            moved = dt.replace(tzinfo=datetime.timezone.utc).astimezone()
    except (OverflowError, OSError, ValueError):
        raise WLRuntimeError(f"{fname}: {V.to_str(value)} cannot be converted (outside "
                             "the dates the system's time zone data covers).") from None
    return _dt_text(moved.replace(tzinfo=None))


@family.function("DateTimeLocalToUTC", "DateHeureLocaleVersUTC")
def date_time_local_to_utc(rt: Runtime, value: object) -> DateTime:
    """The UTC DateTime ("YYYYMMDDHHMMSSCCC") of a local DateTime."""
    return _shift_zone(value, True, "DateTimeLocalToUTC")


@family.function("DateTimeUTCToLocal", "DateHeureUTCVersLocale")
def date_time_utc_to_local(rt: Runtime, value: object) -> DateTime:
    """The local DateTime ("YYYYMMDDHHMMSSCCC") of a UTC DateTime."""
    return _shift_zone(value, False, "DateTimeUTCToLocal")


@family.function("CurrentMonth", "MoisEnCours")
def current_month(rt: Runtime) -> int:
    """The current month (1 to 12), from the run's clock."""
    return _clock(rt).month


def _year_of(rt: Runtime, value: object, fname: str) -> int:
    """A year given as a number (2024), or the year of a date; this year when omitted."""
    if value is TODAY:
        return _clock(rt).year
    if value is None:
        raise WLRuntimeError(null_for_today(fname))
    text = V.to_str(value).strip()
    year = int_arg(value, fname) if len(text) <= 4 else _date(value, fname).year
    if not 1 <= year <= 9999:
        raise WLRuntimeError(f"{fname}: {year} is not a year between 1 and 9999.")
    return year


@family.function("FirstDayOfYear", "PremierJourDeLAnnée")
def first_day_of_year(rt: Runtime, value: object = TODAY) -> str:
    """1 January of a year (a number or the year of a date; this year by default)."""
    return f"{_year_of(rt, value, 'FirstDayOfYear'):04d}0101"


@family.function("EasterDate", "Pâques")
def easter_date(rt: Runtime, value: object = TODAY) -> str:
    """Easter Sunday of a year (a number or the year of a date), Gregorian calendar:
    "YYYYMMDD"; "" before 1584, when the rule did not apply yet."""
    year = _year_of(rt, value, "EasterDate")
    if year < 1584:
        return ""
    golden, century = year % 19, year // 100
    epact = (century - century // 4 - (8 * century + 13) // 25 + 19 * golden + 15) % 30
    full_moon = epact - (epact // 28) * (1 - (29 // (epact + 1)) * ((21 - golden) // 11))
    weekday = (year + year // 4 + full_moon + 2 - century + century // 4) % 7
    day = full_moon - weekday + 28  # a day of March; beyond 31, of April
    month, day = (4, day - 31) if day > 31 else (3, day)
    return f"{year:04d}{month:02d}{day:02d}"


@family.function("DayNumberInAlpha", "NuméroDeJourVersLettre")
def day_number_in_alpha(rt: Runtime, n: IntArg) -> str:
    """The name of day `n` of the week, 1 for Monday to 7 for Sunday; "" otherwise."""
    i = int_arg(n, "DayNumberInAlpha")
    return _DAYS[names_language(rt)][i - 1] if 1 <= i <= 7 else ""


@family.function("MonthNumberInAlpha", "NuméroDeMoisVersLettre")
def month_number_in_alpha(rt: Runtime, n: IntArg) -> str:
    """The name of month `n`, 1 for January to 12 for December; "" otherwise."""
    i = int_arg(n, "MonthNumberInAlpha")
    return _MONTHS[names_language(rt)][i - 1] if 1 <= i <= 12 else ""


wl_names(day_number_in_alpha, month_number_in_alpha)
