"""Integers out of WLanguage's range are WLanguage errors everywhere, never Python's
4300-digit conversion limit (issue 12)."""
from __future__ import annotations

import inspect
import io

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.registry import load_stdlib
from wlinterp.runtime.state import Runtime

HUGE = "9" * 5000


def _out(source: str) -> list[str]:
    out = io.StringIO()
    run_source(source, "n.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


@pytest.mark.parametrize("call", [f'Val("{HUGE}")', f'Left("abc", "{HUGE}")', f'Abs("{HUGE}")',
                                  f'Round("{HUGE}", 2)', f'Charact("{HUGE}")',
                                  f'NumToString(1, "{HUGE}d")'])
def test_a_huge_number_in_text_is_a_catchable_error(call):
    lines = _out(f"WHEN EXCEPTION IN\n    x = {call}\nDO\n    Trace(\"caught: \" + ExceptionInfo())\nEND\n")
    assert len(lines) == 1 and lines[0].startswith("caught: "), lines
    assert "4300" not in lines[0] and "sys." not in lines[0]


def test_val_names_the_range():
    lines = _out(f'WHEN EXCEPTION IN\n x = Val("{HUGE}")\nDO\n Trace(ExceptionInfo())\nEND\n')
    assert lines == ["Numeric overflow: the integer 99999999999999999999... has 5000 digits; "
                     "WLanguage numbers have at most 38."]


@pytest.mark.parametrize("text", ["1e999", "-1e999", "9" * 400 + ".5"])
def test_a_real_beyond_the_largest_is_a_catchable_overflow(text):
    """It was Python's infinity: Trace showed "inf", and `* 0` gave "nan"."""
    lines = _out(f'WHEN EXCEPTION IN\n x = Val("{text}") * 0\nDO\n Trace(ExceptionInfo())\nEND\n')
    assert len(lines) == 1 and lines[0].startswith("Numeric overflow: the number "), lines
    assert lines[0].endswith(" is beyond the largest real (about 1.8e308)."), lines


def test_numbers_within_range_still_read_exactly():
    assert _out('Trace(Val("12345678901234567890123456789012345678"))\nTrace(Val("  -0042abc"))') == \
        ["12345678901234567890123456789012345678", "-42"]


@pytest.mark.parametrize("literal, why", [(HUGE, "more than 38 digits"),
                                          ("1e999999", "beyond the largest real"),
                                          ("0x" + "F" * 40, "more than 32 hexadecimal digits"),
                                          # a duration literal: was exit 70 (float infinity)
                                          (HUGE + " s", "more than 38 digits"),
                                          ("9" * 37 + " d", "more than 38 digits")])
def test_a_literal_out_of_range_is_a_syntax_error_at_the_literal(wl_cli, script, literal, why):
    ran = wl_cli("run", script(f"n = 1\nx = {literal}\n"))
    assert ran.code == 65, ran
    first = ran.err.splitlines()[0]
    assert ":2:5: error: the number " in first and why in first, ran
    assert "variable 'inf'" not in ran.err and "Traceback" not in ran.err


def test_a_long_duration_literal_keeps_every_digit():
    """Durations are computed exactly: 16 digits of seconds used to go through a float.

    The literal stays within the largest Duration (8 bytes of milliseconds, decided in
    docs/semantics.md); a float would print ...774784 for it.
    """
    assert _out("d is Duration = 9223372036854775 s\nTrace(d..InMilliseconds)\n"
                "d = 1.5 s + 2.0005 s\nTrace(d..InMilliseconds)") == ["9223372036854775000", "3500"]


def test_call_arguments_out_of_range_are_a_wlanguage_error(wl_cli, script):
    path = script("PROCEDURE P(n)\nRESULT n\n")
    ran = wl_cli("run", "--call", "P", path, HUGE)
    assert ran.code == 1, ran
    assert "Numeric overflow: the integer" in ran.err and "4300" not in ran.err
    # named as the command line's, in the script's file (it read `<string>: error: ...`)
    assert ran.err.startswith(f"{path}: error: --call P: Numeric overflow"), ran


# Parameters naming a machine to connect to get the loopback address as their filler
# (a refused connection, at once): with "1" (0.0.0.1), EmailStartPOP3Session and
# EmailStartIMAPSession each waited for their connection timeout, 80 of the test's 82 s.
_MACHINE_PARAMETERS = frozenset({"server", "address", "machine", "host"})


def test_no_builtin_lets_the_python_digit_limit_out(tmp_path, monkeypatch):
    """Every built-in, a 5000-digit string in every parameter position."""
    monkeypatch.chdir(tmp_path)
    registry = load_stdlib()
    leaked = []
    for builtin in {id(b): b for b in registry.functions.values()}.values():
        count = min(max(builtin.min_args if builtin.max_args is None else builtin.max_args, 1), 4)
        names = list(inspect.signature(builtin.func).parameters)[1:]  # (after the Runtime)
        for position in range(count):
            for filler in ("1", 1):
                args: list[object] = [
                    "127.0.0.1" if rank < len(names) and names[rank] in _MACHINE_PARAMETERS
                    else filler for rank in range(count)]
                args[position] = HUGE
                try:
                    builtin.func(Runtime(stdout=io.StringIO(), stderr=io.StringIO()), *args)
                except ValueError as exc:
                    if "integer string conversion" in str(exc):
                        leaked.append(f"{builtin.en} (parameter {position + 1})")
                except (WLRuntimeError, Exception, SystemExit):
                    pass
    assert leaked == []


@pytest.mark.parametrize("value", ["604462909807314587.353088", "1e300", "-1e300",
                                   '"-' + "9" * 37 + '"'])
def test_a_currency_beyond_its_range_is_a_catchable_overflow(value):
    """?1514043's range, one millionth past it or far beyond (a real of 300 digits, a
    text of 37): errCode 1003, never a Decimal error nor a currency holding it."""
    lines = _out(f"m is currency\nWHEN EXCEPTION IN\n    m = {value}\nDO\n"
                 "    Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage))\nEND\nTrace(m)\n")
    assert len(lines) == 2 and lines[1] == "0", lines
    assert lines[0].startswith("1003, Numeric overflow: ") and "currency (" in lines[0], lines


def test_a_currency_at_its_limit_is_kept():
    """Written with 0m: without it, the literal goes through a real (?1514043), whose 15
    digits are beyond the range (docs/semantics.md "A value assigned to a currency goes
    through a real")."""
    lines = _out("m is currency = 0m604462909807314587.353087\nTrace(m)\nm = -m\nTrace(m)\n")
    assert lines == ["604462909807314587.353087", "-604462909807314587.353087"]
