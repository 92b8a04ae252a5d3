"""Date and time calculations: day numbers (DateToInteger/DateVersEntier, IntegerToDate/
EntierVersDate), differences (DateDifference/DateDifférence, TimeDifference/
HeureDifférence, DateTimeDifference/DateHeureDifférence), days of the week and their
names, week numbers (WeekNumber/NuméroDeSemaine), month and week bounds
(LastDayOfMonth/DernierJourDuMois...) and times as hundredths of a second
(TimeToInteger/HeureVersEntier, IntegerToTime/EntierVersHeure).

Same representation as dates.py: dates "YYYYMMDD", times "HHMMSSCC". WINDEV's day numbers
count from 1800-01-01 = day 1 (EntierVersDate(73773) is 25/12/2001 in PC SOFT's help).
An empty or invalid date or time is a fatal error here: there is nothing to compute with.
Decisions on unverified points are listed in docs/builtins.md ("Date calculations").
"""
from __future__ import annotations

import datetime
import re
from typing import Any, Callable

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, Given, IntArg, NumberArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.values import Date
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.iso_text import datetime_digits

from .dates import _DAYS, _MONTHS, _clock, date_texts_check, date_to_string, parse_date, \
    parse_time, wl_names
from wlinterp.runtime.name_language import names_language
from .strings import int_arg, text_arg

family = Family("Date calculations")

# a text: WINDEV Mobile's runtime (api/WDAPIDate_Commun.java) numbers SemaineVersDate's
# weeks the ISO way when its third parameter is the string "<ISO8601>" (docs/builtins.md
# "Constant values")
ISO8601 = family.constant("iso8601", "iso8601", "<ISO8601>")


def week_format(fmt: object, fname: str) -> bool:
    """Whether a week function's format asks for ISO 8601 weeks: iso8601, in any case;
    0 or nothing asks for WINDEV's default weeks, anything else is refused."""
    if fmt is None or (not isinstance(fmt, str) and V.to_num(fmt) == 0):
        return False
    if isinstance(fmt, str) and fmt.strip().upper() == ISO8601:
        return True
    raise WLRuntimeError(f"{fname}: unknown format {V.to_str(fmt)!r} (use iso8601).")

DAY_ZERO = datetime.date(1799, 12, 31)
"""Day 0 of WINDEV's day numbers (day 1 is 1800-01-01)."""
DAY_HUNDREDTHS = 24 * 60 * 60 * 100
_MIN_DAY = (datetime.date.min - DAY_ZERO).days
_MAX_DAY = (datetime.date.max - DAY_ZERO).days


# ---------------------------------------------------------------- helpers

def _date(value: object, fname: str) -> datetime.date:
    """A required "YYYYMMDD" date (a date-time keeps its date part); "" is fatal."""
    d = parse_date(value, fname)
    if d is None:
        raise WLRuntimeError(f"{fname}: the date is empty.")
    return d


TODAY: Any = type("Today", (), {"__repr__": lambda self: "today"})()
"""The default of a date parameter that is today when left out (`Yesterday()`,
`Age(dBirth)`): not None, which is what Null gives, so that Null is told apart."""


def day_or_today(rt: Runtime, value: object, fname: str) -> datetime.date:
    """The date a parameter defaulting to today gives: today when left out; Null (a
    Variant given no value, a NULL item) is refused, it was taken for today silently
    (decided: docs/semantics.md "Null given for today's date")."""
    if value is TODAY:
        return _clock(rt).date()
    if value is None:
        raise WLRuntimeError(null_for_today(fname))
    return _date(value, fname)


def null_for_today(fname: str) -> str:
    """The error of Null given where leaving the parameter out means today (or this
    year)."""
    return (f"{fname} was given Null, which is no date: leave the parameter out for "
            f"today's date, or give a date.")


def _day_number(value: object, fname: str) -> datetime.date:
    """The date of a WINDEV day number (1 = 1800-01-01); out of 0001-9999 is fatal."""
    n = int_arg(value, fname)
    if not _MIN_DAY <= n <= _MAX_DAY:
        raise WLRuntimeError(f"{fname}: {n} is not a day number between {_MIN_DAY} and "
                             f"{_MAX_DAY}.")
    return DAY_ZERO + datetime.timedelta(days=n)


def _hundredths(value: object, fname: str) -> int:
    """A required "HHMMSSCC" time (or "HHMM", "HHMMSS") as hundredths since midnight."""
    parts = parse_time(value, fname)
    if parts is None:
        raise WLRuntimeError(f"{fname}: the time is empty.")
    h, m, s, c = parts
    return ((h * 60 + m) * 60 + s) * 100 + c


def _time_text(n: int) -> str:
    """Hundredths since midnight (0 <= n < one day) as "HHMMSSCC"."""
    s, c = divmod(n, 100)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}{m:02d}{s:02d}{c:02d}"


def _date_time(value: object, fname: str) -> tuple[datetime.date, int]:
    """(date, hundredths) of "YYYYMMDD[HH[MM[SS[CC[C]]]]]"; the missing parts are 0. A
    "2026-12-06T10:30" text is read as a DateTime variable given it reads it (parse_date)."""
    text = text_arg(value, fname).strip()
    digits = datetime_digits(text)
    if re.fullmatch(r"[0-9]{8}([0-9]{2}){0,4}[0-9]?", digits):
        clock = digits[8:]
        if len(clock) == 9:                      # thousandths: keep the hundredths
            clock = clock[:8]
        clock = clock.ljust(8, "0")
        h, m, s, c = (int(clock[i:i + 2]) for i in range(0, 8, 2))
        if h < 24 and m < 60 and s < 60:
            return _date(digits[:8], fname), ((h * 60 + m) * 60 + s) * 100 + c
    raise WLRuntimeError(f"{fname}: '{text}' is not a valid date-time "
                         "(expected YYYYMMDDHHMMSSCC).")


def _week_number(d: datetime.date, iso: bool) -> int:
    """WINDEV's default week number, or the ISO 8601 one.

    Default: weeks run Monday-Sunday; the week holding January 1st is week 1 when that
    day is a Monday to Thursday, else it is week 0 and week 1 starts on the first
    Monday; the last days of December may make a week 53.
    """
    if iso:
        return d.isocalendar()[1]
    jan1 = datetime.date(d.year, 1, 1).weekday()
    week = (d.timetuple().tm_yday - 1 + jan1) // 7
    return week + 1 if jan1 <= 3 else week


def _month_arg(year: object, month: object, fname: str) -> datetime.date:
    """The first day of (year, month); a month outside 1-12 or year outside 1-9999 is fatal."""
    y, m = int_arg(year, fname), int_arg(month, fname)
    if not 1 <= m <= 12:
        raise WLRuntimeError(f"{fname}: {m} is not a month (1 to 12).")
    if not 1 <= y <= 9999:
        raise WLRuntimeError(f"{fname}: {y} is not a year between 1 and 9999.")
    return datetime.date(y, m, 1)


def _month_of(rt: Runtime, a: object, b: object, fname: str) -> datetime.date:
    """The first day of the month meant by (), (date) or (year, month)."""
    if b is not TODAY:
        return _month_arg(a, b, fname)
    return day_or_today(rt, a, fname).replace(day=1)


def _ymd(d: datetime.date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


# ---------------------------------------------------------------- day numbers

@family.function("DateToInteger", "DateVersEntier",
                 declared_check=date_texts_check("DateToInteger", 0, read=_date))
def date_to_integer(rt: Runtime, date: object) -> int:
    """The day number of `date`: 1 for 1800-01-01, 73773 for 2001-12-25 (0 or negative
    before 1800)."""
    return (_date(date, "DateToInteger") - DAY_ZERO).days


@family.function("IntegerToDate", "EntierVersDate")
def integer_to_date(rt: Runtime, n: NumberArg, mask: TextArg = "") -> Date:
    """The date of day number `n` as "YYYYMMDD", or formatted with `mask` as DateToString
    does when a mask is given. A day outside years 1-9999 is a fatal error."""
    ymd = _ymd(_day_number(n, "IntegerToDate"))
    fmt = text_arg(mask, "IntegerToDate")
    return date_to_string(rt, ymd, fmt) if fmt else ymd


wl_names(integer_to_date)


@family.function("DateDifference", "DateDifférence",
                 declared_check=date_texts_check("DateDifference", 0, 1, read=_date))
def date_difference(rt: Runtime, start: object, end: object) -> int:
    """Days from `start` to `end` (negative when `end` is earlier)."""
    return (_date(end, "DateDifference") - _date(start, "DateDifference")).days


# ---------------------------------------------------------------- days and months

@family.function("DateToDay", "DateVersJour",
                 declared_check=date_texts_check("DateToDay", 0, read=_date))
def date_to_day(rt: Runtime, date: object) -> int:
    """Day of the week of `date`: 1 for Monday ... 7 for Sunday."""
    return _date(date, "DateToDay").isoweekday()


@family.function("DateToWeekDay", "DateVersJourDeLaSemaine",
                 declared_check=date_texts_check("DateToWeekDay", 0, read=_date))
def date_to_week_day(rt: Runtime, date: object) -> int:
    """DateToDay under the name of PC SOFT's French list that spells the day of the
    week out (no stored page; *decided*: the same 1 = Monday ... 7 = Sunday, English
    name INFERRED; docs/builtins.md "System identity")."""
    return _date(date, "DateToWeekDay").isoweekday()


@family.function("IntegerToDay", "EntierVersJour")
def integer_to_day(rt: Runtime, n: NumberArg) -> int:
    """Day of the week (1 = Monday ... 7 = Sunday) of day number `n`."""
    return _day_number(n, "IntegerToDay").isoweekday()


@family.function("DateToDayInAlpha", "DateVersJourEnLettre",
                 declared_check=date_texts_check("DateToDayInAlpha", 0, read=_date))
def date_to_day_in_alpha(rt: Runtime, date: object) -> str:
    """Name of the day of `date` ("Monday", "lundi": names_language)."""
    return _DAYS[names_language(rt)][_date(date, "DateToDayInAlpha").weekday()]


@family.function("IntegerToDayInAlpha", "EntierVersJourEnLettre")
def integer_to_day_in_alpha(rt: Runtime, n: NumberArg) -> str:
    """Name of the day of the week of day number `n` (names_language)."""
    return _DAYS[names_language(rt)][_day_number(n, "IntegerToDayInAlpha").weekday()]


@family.function("DateToMonthInAlpha", "DateVersMoisEnLettre",
                 declared_check=date_texts_check("DateToMonthInAlpha", 0, read=_date))
def date_to_month_in_alpha(rt: Runtime, date: object) -> str:
    """Name of the month of `date` ("January", "janvier": names_language)."""
    return _MONTHS[names_language(rt)][_date(date, "DateToMonthInAlpha").month - 1]


@family.function("IntegerToMonthInAlpha", "EntierVersMoisEnLettre")
def integer_to_month_in_alpha(rt: Runtime, n: NumberArg) -> str:
    """Name of the month of day number `n` (names_language)."""
    return _MONTHS[names_language(rt)][_day_number(n, "IntegerToMonthInAlpha").month - 1]


wl_names(date_to_day_in_alpha, integer_to_day_in_alpha, date_to_month_in_alpha,
         integer_to_month_in_alpha)


@family.function("WeekNumber", "NuméroDeSemaine",
                 declared_check=date_texts_check("WeekNumber", 0, read=_date))
def week_number(rt: Runtime, date: object, fmt: object = 0) -> int:
    """Week number (0 to 53) of `date` in WINDEV's default mode, or the ISO 8601 week
    (1 to 53) with `iso8601`. Default mode: see _week_number (WeekNumber("20100101") is
    0, WeekNumber("20081229") is 53)."""
    d = _date(date, "WeekNumber")
    return _week_number(d, week_format(fmt, "WeekNumber"))


@family.function("DateToWeekNumber", "DateVersNuméroDeSemaine",
                 declared_check=date_texts_check("DateToWeekNumber", 0, read=_date))
def date_to_week_number(rt: Runtime, date: object) -> int:
    """Week number (0 to 53) of `date` in WINDEV's default mode (as WeekNumber(date))."""
    return _week_number(_date(date, "DateToWeekNumber"), False)


def _month_check(fname: str) -> Callable[[list[Given]], str | None]:
    """The `declared_check` of FirstDayOfMonth / LastDayOfMonth: their one-argument
    form takes a date, refused as the dates' (date_texts_check); (year, month) is not
    judged."""
    dated = date_texts_check(fname, 0, read=_date)
    return lambda given: dated(given) if len(given) == 1 else None


@family.function("FirstDayOfMonth", "PremierJourDuMois",
                 declared_check=_month_check("FirstDayOfMonth"))
def first_day_of_month(rt: Runtime, a: object = TODAY, b: object = TODAY) -> Date:
    """First day of a month: `FirstDayOfMonth()` (this month), `FirstDayOfMonth(date)` or
    `FirstDayOfMonth(year, month)`."""
    return _ymd(_month_of(rt, a, b, "FirstDayOfMonth"))


@family.function("LastDayOfMonth", "DernierJourDuMois",
                 declared_check=_month_check("LastDayOfMonth"))
def last_day_of_month(rt: Runtime, a: object = TODAY, b: object = TODAY) -> Date:
    """Last day of a month (28 to 31, leap years included): `LastDayOfMonth()` (this
    month), `LastDayOfMonth(date)` or `LastDayOfMonth(year, month)`."""
    first = _month_of(rt, a, b, "LastDayOfMonth")
    if first.month == 12:
        return _ymd(first.replace(day=31))
    return _ymd(first.replace(month=first.month + 1) - datetime.timedelta(days=1))


@family.function("FirstDayOfWeek", "PremierJourDeLaSemaine",
                 declared_check=date_texts_check("FirstDayOfWeek", 0, read=_date))
def first_day_of_week(rt: Runtime, date: object = TODAY) -> Date:
    """The Monday of the week of `date` (default: today)."""
    d = day_or_today(rt, date, "FirstDayOfWeek")
    if d.toordinal() - d.weekday() < 1:
        raise WLRuntimeError("FirstDayOfWeek: the week starts before year 1.")
    return _ymd(d - datetime.timedelta(days=d.weekday()))


@family.function("LastDayOfWeek", "DernierJourDeLaSemaine",
                 declared_check=date_texts_check("LastDayOfWeek", 0, read=_date))
def last_day_of_week(rt: Runtime, date: object = TODAY) -> Date:
    """The Sunday of the week of `date` (default: today)."""
    d = day_or_today(rt, date, "LastDayOfWeek")
    if d.toordinal() + 6 - d.weekday() > datetime.date.max.toordinal():
        raise WLRuntimeError("LastDayOfWeek: the week ends after year 9999.")
    return _ymd(d + datetime.timedelta(days=6 - d.weekday()))


# ---------------------------------------------------------------- times

@family.function("TimeToInteger", "HeureVersEntier",
                 declared_check=date_texts_check("TimeToInteger", 0, read=_hundredths))
def time_to_integer(rt: Runtime, time: object) -> int:
    """Hundredths of a second from midnight to `time` ("HHMMSSCC", "HHMMSS" or "HHMM")."""
    return _hundredths(time, "TimeToInteger")


@family.function("IntegerToTime", "EntierVersHeure")
def integer_to_time(rt: Runtime, n: IntArg) -> str:
    """The time `n` hundredths of a second after midnight, as "HHMMSSCC". A value of a
    day or more wraps past midnight; a negative value is a fatal error."""
    k = int_arg(n, "IntegerToTime")
    if k < 0:
        raise WLRuntimeError(f"IntegerToTime: {k} is negative.")
    return _time_text(k % DAY_HUNDREDTHS)


@family.function("TimeDifference", "HeureDifférence",
                 declared_check=date_texts_check("TimeDifference", 0, 1, read=_hundredths))
def time_difference(rt: Runtime, start: object, end: object) -> int:
    """Hundredths of a second from `start` to `end` (negative when `end` is earlier)."""
    return _hundredths(end, "TimeDifference") - _hundredths(start, "TimeDifference")


@family.function("DateTimeDifference", "DateHeureDifférence",
                 declared_check=date_texts_check("DateTimeDifference", 0, 1, read=_date_time))
def date_time_difference(rt: Runtime, start: object, end: object) -> str:
    """`end` - `start` for date-times "YYYYMMDDHHMMSSCC" (missing time parts are 0), as
    "+DDDDDDDHHMMSSCC": a sign ('-' when `end` is earlier), 7 digits of days, then hours,
    minutes, seconds and hundredths."""
    d1, t1 = _date_time(start, "DateTimeDifference")
    d2, t2 = _date_time(end, "DateTimeDifference")
    total = (d2 - d1).days * DAY_HUNDREDTHS + t2 - t1
    days, rest = divmod(abs(total), DAY_HUNDREDTHS)
    return f"{'-' if total < 0 else '+'}{days:07d}{_time_text(rest)}"
