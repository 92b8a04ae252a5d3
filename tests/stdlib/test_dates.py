"""Date built-ins: "YYYYMMDD" dates, "HHMMSSCC" times, masks, a fixable clock."""
import datetime
import io

import pytest

from wlinterp.errors import WLRuntimeError
from wlinterp.syntax.names import fold
from wlinterp.runtime.state import Runtime
from stdlib_helpers import REG, call, const

FIXED = datetime.datetime(2024, 3, 5, 14, 7, 9, 456000)


@pytest.fixture
def rt() -> Runtime:
    return Runtime(stdout=io.StringIO(), stderr=io.StringIO(), options={"now": FIXED})


@pytest.mark.parametrize("en, fr", [("Today", "DateDuJour"), ("SysDate", "DateSys"),
                                    ("Now", "Maintenant"), ("TimeSys", "HeureSys"),
                                    ("SysTime", "HeureSys"), ("DateToString", "DateVersChaîne"),
                                    ("TimeToString", "HeureVersChaîne"), ("DateValid", "DateValide")])
def test_french_and_english_names_are_one_builtin(en: str, fr: str) -> None:
    assert REG.functions[fold(en)] is REG.functions[fold(fr)]


def test_today_and_now_use_the_fixed_clock(rt: Runtime) -> None:
    assert call(rt, "DateDuJour") == "20240305"
    assert call(rt, "Maintenant") == "14070945"


def test_real_clock_shapes() -> None:
    live = Runtime(stdout=io.StringIO())
    assert len(call(live, "Today")) == 8 and call(live, "Today").isdigit()
    assert len(call(live, "Now")) == 8 and call(live, "Now").isdigit()


@pytest.mark.parametrize("name, mask, expected", [
    ("DateVersChaîne", None, "05/03/2024"), ("DateToString", "YYYY-MM-DD", "2024-03-05"),
    ("DateToString", "DD/MM/YY", "05/03/24"),
    ("DateToString", "Dddd DD Mmmm YYYY", "Tuesday 05 March 2024"),
    ("DateToString", "MMM DD", "Mar 05"),
    ("DateVersChaîne", "Jjjj JJ Mmmm AAAA", "Mardi 05 Mars 2024"),
    ("DateToString", "mmmm", "march"), ("DateVersChaîne", "mmmm", "mars"),
    # the names' language is the called name's, not the mask letters'
    ("DateToString", "JJJJ JJ MMMM AAAA", "Tuesday 05 March 2024"),
    ("DateVersChaîne", "DDDD DD MMMM YYYY", "mardi 05 mars 2024")])
def test_date_to_string_masks(rt: Runtime, name: str, mask: str | None,
                              expected: str) -> None:
    args = ("20240305",) if mask is None else ("20240305", mask)
    assert call(rt, name, *args) == expected


def test_nation_chooses_the_names_language_whatever_name_is_called(rt: Runtime) -> None:
    call(rt, "Nation", const("nationFrench"))
    assert call(rt, "DateToString", "20240305", "DDDD MMMM") == "mardi mars"
    assert call(rt, "DateToMonthInAlpha", "20240305") == "mars"
    call(rt, "Nation", const("nationEnglish"))
    assert call(rt, "DateVersChaîne", "20240305", "JJJJ MMMM") == "Tuesday March"
    assert call(rt, "DateVersJourEnLettre", "20240305") == "Tuesday"


def test_date_to_string_accepts_a_datetime_and_empty(rt: Runtime) -> None:
    assert call(rt, "DateToString", "20240305140709") == "05/03/2024"
    assert call(rt, "DateToString", "") == ""


@pytest.mark.parametrize("bad", ["20241305", "2024035", "hello", "20240230"])
def test_invalid_date_is_fatal(rt: Runtime, bad: str) -> None:
    with pytest.raises(WLRuntimeError, match="not a valid date"):
        call(rt, "DateToString", bad)
    assert call(rt, "DateValide", bad) is False


def test_date_valid(rt: Runtime) -> None:
    assert call(rt, "DateValid", "20240229") is True
    assert call(rt, "DateValid", "20230229") is False


@pytest.mark.parametrize("time, mask, expected", [
    ("14070945", None, "14:07:09:45"), ("1407", None, "14:07:00:00"),
    ("14070945", "HH:MM:SS:CC", "14:07:09:45"), ("140709", "HHhMM", "14h07")])
def test_time_to_string(rt: Runtime, time: str, mask: str | None, expected: str) -> None:
    args = (time,) if mask is None else (time, mask)
    assert call(rt, "HeureVersChaîne", *args) == expected


@pytest.mark.parametrize("bad", ["2500", "1260", "12", "abcd"])
def test_invalid_time_is_fatal(rt: Runtime, bad: str) -> None:
    with pytest.raises(WLRuntimeError, match="not a valid time"):
        call(rt, "TimeToString", bad)
