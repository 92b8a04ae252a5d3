"""Numeric built-ins and numbers as text (NumToString, Val, StringToNum)."""
import io
from decimal import Decimal

import pytest

from wlinterp.errors import WLRuntimeError
from wlinterp.syntax.names import fold
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import INT, WLArray
from stdlib_helpers import REG, call


@pytest.mark.parametrize("en, fr", [("Round", "Arrondi"), ("IntegerPart", "PartieEntière"),
                                    ("DecimalPart", "PartieDécimale"), ("Power", "Puissance"),
                                    ("Random", "Hasard"), ("InitRandom", "InitHasard"),
                                    ("Sqrt", "Racine"), ("NumToString", "NumériqueVersChaîne"),
                                    ("StringToNum", "ChaîneVersNumérique"), ("Abs", "Abs"),
                                    ("Modulo", "Modulo"), ("Max", "Max"), ("Min", "Min"),
                                    ("Val", "Val")])
def test_french_and_english_names_are_one_builtin(en: str, fr: str) -> None:
    assert REG.functions[fold(en)] is REG.functions[fold(fr)]


def test_abs_keeps_the_type(rt: Runtime) -> None:
    assert call(rt, "Abs", -3) == 3 and type(call(rt, "Abs", -3)) is int
    assert call(rt, "Abs", "-2.5") == 2.5


@pytest.mark.parametrize("x, digits, expected", [
    (2.5, 0, 3), (-2.5, 0, -3), (0.5, 0, 1), (2.675, 2, 2.68), (1.005, 2, 1.01),
    (1234, -2, 1200), (1250, -2, 1300), (7, 2, 7), (3.14159, 3, 3.142)])
def test_round_half_away_from_zero(rt: Runtime, x: float, digits: int, expected: float) -> None:
    assert call(rt, "Arrondi", x, digits) == expected


def test_round_of_int_stays_int_and_decimal_stays_decimal(rt: Runtime) -> None:
    assert type(call(rt, "Round", 1250, -2)) is int
    assert call(rt, "Round", Decimal("2.345"), 2) == Decimal("2.35")


def test_integer_and_decimal_part(rt: Runtime) -> None:
    assert call(rt, "PartieEntière", 3.7) == 3
    assert call(rt, "IntegerPart", -3.7) == -3
    assert call(rt, "IntegerPart", 5) == 5
    assert call(rt, "PartieDécimale", 3.14) == 0.14
    assert call(rt, "DecimalPart", -3.25) == -0.25
    assert call(rt, "DecimalPart", 4) == 0


def test_modulo_and_power(rt: Runtime) -> None:
    assert call(rt, "Modulo", 7, 3) == 1
    assert call(rt, "Modulo", -7, 3) == -1
    assert call(rt, "Modulo", 7.9, 3) == 1
    with pytest.raises(WLRuntimeError, match="Modulo by zero"):
        call(rt, "Modulo", 1, 0)
    assert call(rt, "Puissance", 2, 10) == 1024
    assert call(rt, "Power", 2, -1) == 0.5


def test_sqrt(rt: Runtime) -> None:
    assert call(rt, "Racine", 16) == 4 and type(call(rt, "Sqrt", 16)) is int
    assert call(rt, "Sqrt", 2) == pytest.approx(1.41421356)
    with pytest.raises(WLRuntimeError, match="negative"):
        call(rt, "Sqrt", -1)


def test_max_and_min(rt: Runtime) -> None:
    assert call(rt, "Max", 1, 7, 3) == 7
    assert call(rt, "Min", 4, -2.5, 3) == -2.5
    assert call(rt, "Max", "pear", "apple") == "pear"
    assert call(rt, "Max", 5) == 5
    assert call(rt, "Max", WLArray(INT, [1, 9, 4])) == 9  # an array: its elements
    assert call(rt, "Min", 3, WLArray(INT, [5, -1])) == -1
    with pytest.raises(WLRuntimeError, match="Max: the array is empty"):
        call(rt, "Max", WLArray(INT, []))
    with pytest.raises(WLRuntimeError, match="Max expects numbers"):
        call(rt, "Max", WLArray(INT, [WLArray(INT, [1])]))  # an array of arrays


def test_random_ranges(rt: Runtime) -> None:
    for _ in range(200):
        assert 1 <= call(rt, "Hasard", 6) <= 6
        assert 10 <= call(rt, "Random", 10, 12) <= 12
        assert 3 <= call(rt, "Random", 5, 3) <= 5
        r = call(rt, "Random")
        assert isinstance(r, float) and 0 <= r < 1
    with pytest.raises(WLRuntimeError, match="at least 1"):
        call(rt, "Random", 0)


def test_init_random_with_a_seed_repeats_the_series(rt: Runtime) -> None:
    call(rt, "InitHasard", 42)
    first = [call(rt, "Random", 1000) for _ in range(5)]
    call(rt, "InitRandom", 42)
    assert [call(rt, "Random", 1000) for _ in range(5)] == first


def test_random_seed_option() -> None:
    a = Runtime(stdout=io.StringIO(), options={"random_seed": 7})
    b = Runtime(stdout=io.StringIO(), options={"random_seed": 7})
    assert [call(a, "Random", 10**6) for _ in range(3)] == [call(b, "Random", 10**6) for _ in range(3)]


@pytest.mark.parametrize("n, fmt, expected", [
    (3.14159, "5.2f", " 3.14"), (3.14159, ".2f", "3.14"), (42, "05d", "00042"), (42, "d", "42"),
    (3.9, "d", "3"), (-42, "6d", "   -42"), (-42, "06d", "-00042"), (42, "-5d", "42   "),
    (42, "+d", "+42"), (255, "x", "ff"), (255, "X", "FF"), (-1, "x", "ffffffff"),
    (8, "o", "10"), (5, "b", "101"), (1234567.891, "12.2fS", "1 234 567.89"),
    (2.5, "5,2f", " 2,50"), (0.125, ".2f", "0.13"), (-0.001, ".2f", "0.00"), (1.5, "3", "1.5"),
    (12, "=6d", "  12  ")])
def test_num_to_string_formats(rt: Runtime, n: object, fmt: str, expected: str) -> None:
    assert call(rt, "NumériqueVersChaîne", n, fmt) == expected


def test_num_to_string_defaults(rt: Runtime) -> None:
    assert call(rt, "NumToString", 123) == "123"
    assert call(rt, "NumToString", 1.23) == "1.23"
    assert call(rt, "NumToString", "already text", "5.2f") == "already text"
    with pytest.raises(WLRuntimeError, match="invalid format"):
        call(rt, "NumToString", 1, "99999d")


@pytest.mark.parametrize("fmt, expected", [
    ("5.2q", ""), ("2d,2", ""), ("# ##0,00", ""), ("%.2f", "1234.50"), ("10ds", "     1 234"),
    ("5.2.1f", "1234.50"), ("x5,1f", "1234,5")])
def test_num_to_string_formats_outside_the_grammar(rt: Runtime, fmt: str, expected: str) -> None:
    """Read as PC SOFT's runtime reads them (stdlib/number_formats.py): no type at the end
    is an empty string, else the flags, width and precision it finds (docs/builtins.md)."""
    assert call(rt, "NumToString", 1234.5, fmt) == expected


def test_val(rt: Runtime) -> None:
    assert call(rt, "Val", "42") == 42 and type(call(rt, "Val", "42")) is int
    assert call(rt, "Val", "3.5") == 3.5
    assert call(rt, "Val", "12abc") == 12
    assert call(rt, "Val", "abc") == 0
    assert call(rt, "Val", 7) == 7
    assert call(rt, "Val", "ff", "x") == 255
    assert call(rt, "Val", "17", "o") == 15
    with pytest.raises(WLRuntimeError, match="Val: unknown format"):
        call(rt, "Val", "1", "q")


def test_string_to_num(rt: Runtime) -> None:
    assert call(rt, "ChaîneVersNumérique", "1 234,5") == 1234.5
    assert call(rt, "StringToNum", "ff", "x") == 255
    assert call(rt, "StringToNum", "-17") == -17


def test_rounding_takes_the_precision_it_needs(rt: Runtime) -> None:
    """Round and NumToString's "f" went through Python's 28-digit decimals: a large real or
    many decimals was a "Numeric overflow" (docs/builtins.md, Round)."""
    assert call(rt, "Round", 1.5, 400) == 1.5
    assert call(rt, "Arrondi", 1e300, 2) == 1e300
    assert call(rt, "NumToString", 1e20, ".2f") == "100000000000000000000.00"
    assert call(rt, "NumToString", 1e300, "f") == "1" + "0" * 300 + ".000000"
    assert call(rt, "Round", 2.675, 2) == 2.68 and call(rt, "Round", -2.5) == -3
