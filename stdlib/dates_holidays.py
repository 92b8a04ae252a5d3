"""Weeks, public holidays and dates as reals: WeekToDate/SemaineVersDate,
PublicHoliday/JourFérié, PublicHolidayAdd/JourFériéAjoute, PublicHolidayList/
JourFériéListe, PublicHolidayDeleteAll/JourFériéSupprimeTout (with the jf... feasts),
DateTimeToReal/DateHeureVersRéel and RealToDateTime/RéelVersDateHeure.

The public holidays are a table of the run (empty at the start): fixed days ("MMDD",
every year), single dates ("YYYYMMDD") and feasts that move with Easter (the jf...
constants). DateTimeToReal counts days as a spreadsheet does (PC SOFT's help: 1 is
1 January 1900, the fraction is the time of day; from 1904, 0 is 1 January 1904).
Decisions: docs/builtins.md, "Weeks, public holidays, dates as reals".
"""
from __future__ import annotations

import datetime
import re

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, IntArg, NumberArg
from wlinterp.runtime import values as V
from wlinterp.runtime.values import DateTime
from wlinterp.runtime.state import Runtime

from .dates import date_texts_check
from .dates_calc import _date, _ymd, week_format
from .dates_more import easter_date
from .strings import CR, int_arg, text_arg

family = Family("Weeks and public holidays")

PH_EASTER_SUNDAY = family.constant("phEasterSunday", "jfJourDePâques", 1)
PH_EASTER_MONDAY = family.constant("phEasterMonday", "jfLundiDePâques", 2)
PH_ASCENSION = family.constant("phAscensionThursday", "jfJeudiDeLAscension", 3)
PH_WHIT_MONDAY = family.constant("phWhitMonday", "jfLundiDePentecôte", 4)
PH_GOOD_FRIDAY = family.constant("phGoodFriday", "jfVendrediSaint", 5)
_FEAST_SHIFT = {PH_EASTER_SUNDAY: 0, PH_EASTER_MONDAY: 1, PH_ASCENSION: 39,
                PH_WHIT_MONDAY: 50, PH_GOOD_FRIDAY: -2}
_STATE = "dates_holidays.table"


# ---------------------------------------------------------------- weeks

@family.function("WeekToDate", "SemaineVersDate")
def week_to_date(rt: Runtime, year: IntArg, week: IntArg, fmt: object = 0) -> str:
    """The Monday of week `week` of `year`, numbered as WeekNumber does (week 0 holds
    1 January when that is a Friday to Sunday), or ISO 8601 with iso8601. The year and
    the week may come in either order (a year is above 53)."""
    y, w = int_arg(year, "WeekToDate"), int_arg(week, "WeekToDate")
    if y <= 53 < w:
        y, w = w, y
    if not 1 <= y <= 9999 or not 0 <= w <= 53:
        raise WLRuntimeError(f"WeekToDate: week {w} of {y} does not exist (a week is 0 "
                             "to 53, a year 1 to 9999).")
    if week_format(fmt, "WeekToDate"):
        try:
            return _ymd(datetime.date.fromisocalendar(y, w, 1))
        except ValueError:
            raise WLRuntimeError(f"WeekToDate: {y} has no ISO week {w}.") from None
    jan1 = datetime.date(y, 1, 1)
    first = jan1 - datetime.timedelta(days=jan1.weekday())
    if jan1.weekday() > 3:
        first += datetime.timedelta(days=7)
    try:
        return _ymd(first + datetime.timedelta(weeks=w - 1))
    except OverflowError:
        raise WLRuntimeError(f"WeekToDate: week {w} of {y} is outside the dates "
                             "WLanguage handles.") from None


# ---------------------------------------------------------------- public holidays

def _table(rt: Runtime) -> list[object]:
    return rt.state.setdefault(_STATE, [])


def _entry(value: object) -> object:
    """A table entry: a jf... constant (int), "MMDD" or "YYYYMMDD"."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) \
            and int(value) in _FEAST_SHIFT:
        return int(value)
    text = text_arg(value, "PublicHolidayAdd").strip()
    if re.fullmatch(r"[0-9]{3,4}", text):
        text = text.zfill(4)
        try:
            datetime.date(2000, int(text[:2]), int(text[2:]))  # 2000: 29 February exists
        except ValueError:
            pass
        else:
            return text
    elif re.fullmatch(r"[0-9]{8}([0-9]{6,9})?", text):
        return _ymd(_date(text, "PublicHolidayAdd"))
    raise WLRuntimeError(f"PublicHolidayAdd: '{V.to_str(value)}' is not a day (\"MMDD\"), a "
                         "date (\"YYYYMMDD\") or a jf... feast constant.")


def _dates_of(entry: object, year: int) -> list[str]:
    """The dates of `year` a table entry stands for."""
    if isinstance(entry, int):
        easter = easter_date(None, year)
        if not easter:
            return []
        d = _date(easter, "PublicHoliday") + datetime.timedelta(days=_FEAST_SHIFT[entry])
        return [_ymd(d)]
    text = str(entry)
    if len(text) == 8:
        return [text] if int(text[:4]) == year else []
    try:
        return [_ymd(datetime.date(year, int(text[:2]), int(text[2:])))]
    except ValueError:  # 29 February of a common year
        return []


@family.function("PublicHolidayAdd", "JourFériéAjoute")
def public_holiday_add(rt: Runtime, day: object) -> None:
    """Add a public holiday: "MMDD" every year ("0501"), "YYYYMMDD" that date only, or a
    feast that moves with Easter (jfLundiDePâques...)."""
    entry = _entry(day)
    table = _table(rt)
    if entry not in table:
        table.append(entry)


@family.function("PublicHoliday", "JourFérié",
                 declared_check=date_texts_check("PublicHoliday", 0, read=_date))
def public_holiday(rt: Runtime, date: object) -> bool:
    """True when `date` is one of the public holidays added."""
    d = _date(date, "PublicHoliday")
    wanted = _ymd(d)
    return any(wanted in _dates_of(e, d.year) for e in _table(rt))


@family.function("PublicHolidayList", "JourFériéListe")
def public_holiday_list(rt: Runtime, year: NumberArg) -> str:
    """The public holidays of `year` (a number or a date), "YYYYMMDD" in date order,
    separated by CR."""
    text = V.to_str(year).strip()
    y = int_arg(year, "PublicHolidayList") if len(text) <= 4 else \
        _date(year, "PublicHolidayList").year
    days = sorted({d for e in _table(rt) for d in _dates_of(e, y)})
    return CR.join(days)


@family.function("PublicHolidayDeleteAll", "JourFériéSupprimeTout")
def public_holiday_delete_all(rt: Runtime) -> None:
    """Empty the table of public holidays."""
    _table(rt).clear()


# ---------------------------------------------------------------- dates as reals

_START_1900 = datetime.datetime(1899, 12, 31)
_START_1904 = datetime.datetime(1904, 1, 1)
_EXCEL_GAP = datetime.datetime(1900, 3, 1)  # from here Excel counts its 29/02/1900


@family.function("DateTimeToReal", "DateHeureVersRéel", can_fail=True)
def date_time_to_real(rt: Runtime, value: object, from_1904: object = False) -> float:
    """Days since 1 January 1900 (= 1) as Excel counts them, the time of day as the
    fraction (06:00 is .25); with `from_1904` True, days since 1 January 1904 (= 0).
    -1 and ErrorOccurred for an invalid DateTime or one before the start."""
    from wlinterp.runtime.datetimes import _to_dt
    try:
        dt = _to_dt(value)
    except WLRuntimeError as exc:
        raise BuiltinFailure(f"DateTimeToReal: {exc.message}", value=-1) from None
    start = _START_1904 if V.to_bool(from_1904) else _START_1900
    if dt < start + datetime.timedelta(days=0 if start is _START_1904 else 1):
        raise BuiltinFailure(f"DateTimeToReal: {V.to_str(value)} is before "
                             f"{start.year + (start is _START_1900)}-01-01.", value=-1)
    if start is _START_1900 and dt >= _EXCEL_GAP:
        start -= datetime.timedelta(days=1)
    delta = dt - start
    return delta.days + (delta.seconds * 1000 + delta.microseconds // 1000) / 86_400_000


@family.function("RealToDateTime", "RéelVersDateHeure", can_fail=True)
def real_to_date_time(rt: Runtime, value: object, from_1904: object = False) -> DateTime:
    """The DateTime ("YYYYMMDDHHMMSSCCC") of a number of days as DateTimeToReal gives it;
    "" and ErrorOccurred for a number before the start or past 9999."""
    from wlinterp.runtime.datetimes import _dt_text
    days = float(V.to_num(value))
    base = _START_1904 if V.to_bool(from_1904) else _START_1900
    if base is _START_1900 and days >= 61:
        base -= datetime.timedelta(days=1)
    low = 0 if base is _START_1904 else 1
    try:
        if days < low:
            raise OverflowError
        return _dt_text(base + datetime.timedelta(milliseconds=round(days * 86_400_000)))
    except OverflowError:
        raise BuiltinFailure(f"RealToDateTime: {V.to_str(value)} days is outside the dates "
                             "WLanguage handles.", value="") from None
