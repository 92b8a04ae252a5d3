"""Date calculation built-ins: day numbers, differences, week days and names, week
numbers, month and week bounds, times as hundredths of a second."""
import datetime
import io

import pytest

from wlinterp.errors import WLRuntimeError
from wlinterp.syntax.names import fold
from wlinterp.runtime.state import Runtime
from stdlib_helpers import REG, call

FIXED = datetime.datetime(2024, 2, 14, 9, 30, 0)


@pytest.fixture
def rt() -> Runtime:
    return Runtime(stdout=io.StringIO(), stderr=io.StringIO(), options={"now": FIXED})


@pytest.mark.parametrize("en, fr", [
    ("DateDifference", "DateDifférence"), ("DateToInteger", "DateVersEntier"),
    ("IntegerToDate", "EntierVersDate"), ("DateToDay", "DateVersJour"),
    ("IntegerToDay", "EntierVersJour"), ("DateToDayInAlpha", "DateVersJourEnLettre"),
    ("IntegerToDayInAlpha", "EntierVersJourEnLettre"),
    ("DateToMonthInAlpha", "DateVersMoisEnLettre"),
    ("IntegerToMonthInAlpha", "EntierVersMoisEnLettre"), ("WeekNumber", "NuméroDeSemaine"),
    ("DateToWeekNumber", "DateVersNuméroDeSemaine"), ("LastDayOfMonth", "DernierJourDuMois"),
    ("FirstDayOfMonth", "PremierJourDuMois"), ("FirstDayOfWeek", "PremierJourDeLaSemaine"),
    ("LastDayOfWeek", "DernierJourDeLaSemaine"), ("TimeToInteger", "HeureVersEntier"),
    ("IntegerToTime", "EntierVersHeure"), ("TimeDifference", "HeureDifférence"),
    ("DateTimeDifference", "DateHeureDifférence")])
def test_french_and_english_names_are_one_builtin(en: str, fr: str) -> None:
    assert REG.functions[fold(en)] is REG.functions[fold(fr)]
    assert REG.functions[fold(en)].doc


def test_day_numbers_start_on_1800_01_01(rt: Runtime) -> None:
    assert call(rt, "DateToInteger", "18000101") == 1
    assert call(rt, "DateToInteger", "17991231") == 0
    assert call(rt, "DateToInteger", "20011225") == 73773          # PC SOFT's example
    assert call(rt, "IntegerToDate", 73773) == "20011225"
    assert call(rt, "IntegerToDate", 1) == "18000101"
    assert call(rt, "IntegerToDate", -1) == "17991230"


def test_day_numbers_round_trip_across_leap_days(rt: Runtime) -> None:
    for d in ("20000228", "20000229", "20000301", "19000228", "19000301", "20241231"):
        assert call(rt, "IntegerToDate", call(rt, "DateToInteger", d)) == d
    assert call(rt, "DateToInteger", "19000301") - call(rt, "DateToInteger", "19000228") == 1
    assert call(rt, "DateToInteger", "20000301") - call(rt, "DateToInteger", "20000228") == 2


def test_integer_to_date_with_a_mask(rt: Runtime) -> None:
    assert call(rt, "IntegerToDate", 73773, "DD/MM/YYYY") == "25/12/2001"
    assert call(rt, "EntierVersDate", 73773, "JJJJ JJ MMMM") == "mardi 25 décembre"


def test_date_to_integer_keeps_the_date_of_a_date_time(rt: Runtime) -> None:
    assert call(rt, "DateToInteger", "20011225123000") == 73773


def test_day_numbers_out_of_range_are_fatal(rt: Runtime) -> None:
    with pytest.raises(WLRuntimeError, match="IntegerToDate"):
        call(rt, "IntegerToDate", 10_000_000)
    with pytest.raises(WLRuntimeError, match="IntegerToDate"):
        call(rt, "IntegerToDate", -700_000)
    assert call(rt, "IntegerToDate", call(rt, "DateToInteger", "99991231")) == "99991231"
    assert call(rt, "IntegerToDate", call(rt, "DateToInteger", "00010101")) == "00010101"


def test_date_difference(rt: Runtime) -> None:
    assert call(rt, "DateDifference", "20240101", "20240301") == 60     # leap February
    assert call(rt, "DateDifference", "20230101", "20230301") == 59
    assert call(rt, "DateDifference", "20240301", "20240101") == -60
    assert call(rt, "DateDifference", "20240101", "20240101") == 0
    assert call(rt, "DateDifference", "20231231", "20240101") == 1
    assert call(rt, "DateDifference", "20000101", "20010101") == 366


@pytest.mark.parametrize("fname", ["DateDifference", "DateToInteger", "DateToDay",
                                   "DateToDayInAlpha", "WeekNumber"])
def test_bad_and_empty_dates_are_fatal(rt: Runtime, fname: str) -> None:
    args = {"DateDifference": ("20240101",)}.get(fname, ())
    for bad in ("20230229", "01/01/2024", "2024-02-30", "abc", ""):  # (an ISO text a
        # Date variable takes is read as it reads it: docs/semantics.md)
        with pytest.raises(WLRuntimeError, match=fname):
            call(rt, fname, *args, bad)


def test_days_of_the_week(rt: Runtime) -> None:
    assert call(rt, "DateToDay", "20240101") == 1          # Monday
    assert call(rt, "DateToDay", "20240107") == 7          # Sunday
    assert call(rt, "DateToDay", "20240229") == 4          # Thursday
    assert call(rt, "IntegerToDay", 1) == 3                # 1800-01-01 was a Wednesday
    assert call(rt, "IntegerToDay", 73773) == 2            # 2001-12-25, a Tuesday


def test_day_and_month_names_follow_the_called_name(rt: Runtime) -> None:
    assert call(rt, "DateToDayInAlpha", "20240101") == "Monday"
    assert call(rt, "DateVersJourEnLettre", "20240107") == "dimanche"
    assert call(rt, "IntegerToDayInAlpha", 73773) == "Tuesday"
    assert call(rt, "DateToMonthInAlpha", "20240229") == "February"
    assert call(rt, "DateVersMoisEnLettre", "20241231") == "décembre"
    assert call(rt, "IntegerToMonthInAlpha", 1) == "January"


@pytest.mark.parametrize("date, default, iso", [
    ("20010818", 33, 33), ("20010210", 6, 6),               # PC SOFT's examples
    ("20081223", 52, 52), ("20081229", 53, 1),
    ("20100101", 0, 53), ("20100104", 1, 1),
    ("20040101", 1, 1),                                     # a Thursday: week 1
    ("20050101", 0, 53), ("20050103", 1, 1),                # a Saturday: week 0
    ("20241230", 53, 1), ("20241231", 53, 1), ("20240101", 1, 1)])
def test_week_numbers(rt: Runtime, date: str, default: int, iso: int) -> None:
    assert call(rt, "WeekNumber", date) == default
    assert call(rt, "DateToWeekNumber", date) == default
    assert call(rt, "NuméroDeSemaine", date, REG.constants["iso8601"].value) == iso


def test_week_number_refuses_an_unknown_format(rt: Runtime) -> None:
    with pytest.raises(WLRuntimeError, match="WeekNumber"):
        call(rt, "WeekNumber", "20240101", 7)


def test_month_bounds(rt: Runtime) -> None:
    assert call(rt, "LastDayOfMonth", 2024, 2) == "20240229"
    assert call(rt, "LastDayOfMonth", 2023, 2) == "20230228"
    assert call(rt, "LastDayOfMonth", 1900, 2) == "19000228"
    assert call(rt, "LastDayOfMonth", 2000, 2) == "20000229"
    assert call(rt, "LastDayOfMonth", "20241215") == "20241231"
    assert call(rt, "LastDayOfMonth", "20240430") == "20240430"
    assert call(rt, "LastDayOfMonth") == "20240229"         # the fixed clock's month
    assert call(rt, "FirstDayOfMonth") == "20240201"
    assert call(rt, "FirstDayOfMonth", "20240315") == "20240301"
    assert call(rt, "PremierJourDuMois", 2023, 12) == "20231201"
    assert call(rt, "LastDayOfMonth", 9999, 12) == "99991231"


def test_month_bounds_refuse_bad_months(rt: Runtime) -> None:
    for year, month in ((2024, 13), (2024, 0), (0, 5), (10000, 1)):
        with pytest.raises(WLRuntimeError, match="LastDayOfMonth"):
            call(rt, "LastDayOfMonth", year, month)


def test_week_bounds(rt: Runtime) -> None:
    assert call(rt, "FirstDayOfWeek", "20240303") == "20240226"   # across a leap day
    assert call(rt, "LastDayOfWeek", "20240226") == "20240303"
    assert call(rt, "FirstDayOfWeek", "20240101") == "20240101"
    assert call(rt, "LastDayOfWeek", "20241230") == "20250105"
    assert call(rt, "FirstDayOfWeek") == "20240212"
    with pytest.raises(WLRuntimeError, match="LastDayOfWeek"):
        call(rt, "LastDayOfWeek", "99991231")


def test_times_as_hundredths(rt: Runtime) -> None:
    assert call(rt, "TimeToInteger", "00000000") == 0
    assert call(rt, "TimeToInteger", "00000001") == 1
    assert call(rt, "TimeToInteger", "12304550") == 4504550
    assert call(rt, "TimeToInteger", "1230") == 4500000
    assert call(rt, "TimeToInteger", "23595999") == 8639999
    assert call(rt, "IntegerToTime", 4504550) == "12304550"
    assert call(rt, "IntegerToTime", 0) == "00000000"
    assert call(rt, "IntegerToTime", 8639999) == "23595999"
    assert call(rt, "IntegerToTime", 8640000) == "00000000"       # wraps past midnight
    assert call(rt, "IntegerToTime", 8640000 + 360000) == "01000000"


def test_bad_times_are_fatal(rt: Runtime) -> None:
    with pytest.raises(WLRuntimeError, match="IntegerToTime"):
        call(rt, "IntegerToTime", -1)
    for bad in ("2500", "1260", "12h30", "25:00", ""):
        with pytest.raises(WLRuntimeError, match="TimeToInteger"):
            call(rt, "TimeToInteger", bad)
    # the "12:30" a Time variable takes is read as it reads it (docs/semantics.md)
    assert call(rt, "TimeToInteger", "12:30") == call(rt, "TimeToInteger", "1230")


def test_time_difference(rt: Runtime) -> None:
    assert call(rt, "TimeDifference", "1130", "1200") == 180000
    assert call(rt, "TimeDifference", "1200", "1130") == -180000
    assert call(rt, "HeureDifférence", "08000000", "08000050") == 50


def test_date_time_difference(rt: Runtime) -> None:
    assert call(rt, "DateTimeDifference", "199801011215", "199801031300") == "+000000200450000"
    assert call(rt, "DateTimeDifference", "199801031300", "199801011215") == "-000000200450000"
    assert call(rt, "DateTimeDifference", "20240228", "20240301") == "+000000200000000"
    assert call(rt, "DateTimeDifference", "2024010100000001", "20240101") == "-000000000000001"
    assert call(rt, "DateTimeDifference", "20240101235959999", "20240102") == "+000000000000001"
    with pytest.raises(WLRuntimeError, match="DateTimeDifference"):
        call(rt, "DateTimeDifference", "20240101", "2024010125")
