"""Only 0-9 are digits in text a program reads as a number, a date or a time: Python's
isdigit() and regular expressions' `\\d` also take Arabic-Indic ("١٢"), fullwidth
("１２") and superscript ("²") digits (wlinterp/digits.py; docs/semantics.md "Only 0-9 are
digits")."""
import pytest

from wlinterp.digits import ascii_digits
from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.datetimes import to_duration
from wlinterp.runtime.state import Runtime
from stdlib_helpers import call

ARABIC_DATE = "٢٠٢٤٠١٠١"  # 20240101 in Arabic-Indic digits
FULLWIDTH_DATE = "２０２４０１０１"


@pytest.mark.parametrize("text, expected", [("0123456789", True), ("", False), ("12a", False),
                                            ("١٢", False), ("１２", False), ("²", False),
                                            (" 1", False)])
def test_digits_are_0_to_9_only(text: str, expected: bool) -> None:
    assert ascii_digits(text) is expected


@pytest.mark.parametrize("other", [ARABIC_DATE, FULLWIDTH_DATE, "٢٠٢٤-٠١-٠١"])
def test_dates_in_other_digits_are_not_valid(rt: Runtime, other: str) -> None:
    assert call(rt, "DateValid", "20240101") is True
    assert call(rt, "DateValid", other) is False
    assert call(rt, "DateValide", other) is False


def test_times_in_other_digits_are_not_valid(rt: Runtime) -> None:
    assert call(rt, "TimeValid", "12300000") is True
    assert call(rt, "TimeValid", "١٢٣٠٠٠٠٠") is False
    assert call(rt, "StringToTime", "١٢:٣٠") == ""


def test_string_to_date_with_a_mask_reads_0_to_9(rt: Runtime) -> None:
    assert call(rt, "StringToDate", "01/02/2024", "DD/MM/YYYY") == "20240201"
    assert call(rt, "StringToDate", "٠١/٠٢/٢٠٢٤", "DD/MM/YYYY") == ""


def test_is_numeric_refuses_other_digits(rt: Runtime) -> None:
    assert call(rt, "IsNumeric", " 12 ") is True
    assert call(rt, "IsNumeric", "١٢") is False
    assert call(rt, "EstNumérique", "１２.５") is False


def test_num_to_string_format_widths_are_0_to_9(rt: Runtime) -> None:
    assert call(rt, "NumToString", 12, "5d") == "   12"
    assert call(rt, "NumToString", 12, "٥d") == "12"  # no width: read as PC SOFT's runtime does


def test_a_duration_of_other_digits_is_refused() -> None:
    assert to_duration("12:30").ms == (12 * 60 + 30) * 60000
    with pytest.raises(WLRuntimeError, match="not a duration"):
        to_duration("١٢:٣٠")


def test_json_numbers_are_0_to_9(rt: Runtime) -> None:
    assert call(rt, "JSONToVariant", "[12]").items == [12]
    assert call(rt, "JSONToVariant", "[١٢]") is None
