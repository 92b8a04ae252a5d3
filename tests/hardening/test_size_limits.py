"""--max-string and --max-array: building past a limit is a catchable WLanguage exception
(issue 12, docs/security.md), never a MemoryError, an exit 70 or an exhausted machine."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp import run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import limits
from wlinterp.runtime.size_watch import SAMPLED

SMALL = {"max_string": 1000, "max_array": 1000}


def run(source: str, **options: object) -> list[str]:
    """The lines a script traced, run in-process with `options` (SMALL by default)."""
    out = io.StringIO()
    run_source(source, "limits.wl", stdout=out, options={**SMALL, **options})
    return out.getvalue().splitlines()


def caught(body: str) -> str:
    """What WHEN EXCEPTION reports for `body` (indented into the block; procedures
    declared at its end stay after the block)."""
    main, _, procedures = body.partition("PROCEDURE")
    inner = "\n".join("    " + line for line in main.strip().splitlines())
    tail = "PROCEDURE" + procedures if procedures else ""
    lines = run(f"WHEN EXCEPTION IN\n{inner}\nDO\n    Trace(ExceptionInfo())\nEND\n{tail}")
    assert lines, "the body did not fail"
    return lines[-1]


STRINGS = {
    "short pieces in a loop": 's is string\nLOOP\n    s += "abc"\nEND',
    "numbers in a loop": "s is string\ni is int\nLOOP\n    i++\n    s = s + i\nEND",
    "doubling": 's is string = "x"\nLOOP\n    s += s\nEND',
    "a global built by a procedure": 's is string = "ab"\nLOOP\n    Grow()\nEND\n'
                                     'PROCEDURE Grow()\ns = s + s',
    "a variant": 'v is variant = "ab"\nLOOP\n    v = v + v\nEND',
    "prepending": 's is string = "ab"\nLOOP\n    s = "cd" + s\nEND',
    "Repeat": 'Trace(Length(Repeat("ab", 501)))',
    "Complete": 'Trace(Length(Complete("ab", 1001)))',
    "Replace": 'Trace(Length(Replace(Repeat("a", 400), "a", "xyz")))',
    "ArrayToString": "a is array of 600 int\nTrace(Length(ArrayToString(a)))",
    # found by mutating goldens: the padding before a part written past the end, and a
    # NumericFormat's fill, were built whatever their size (2 GB for s[[2147483647]])
    "a character written far past the end": 's is string\ns[[1002]] = "x"',
    "a Buffer's byte written far past the end": "b is Buffer\nb[[5000]] = 1",
    "a range written past the end": 's est une chaîne\ns[[1001 A 1003]] = "x"',
    "a NumericFormat's MinimumLength": "f is NumericFormat\nf.MinimumLength = 1001\n"
                                       "Trace(NumToString(1, f))",
}


ARRAYS = {
    "Add in a loop": "a is array of int\nLOOP\n    Add(a, 1)\nEND",
    "ArrayAdd with no value": "a is array of string\nLOOP\n    ArrayAdd(a)\nEND",
    "ArrayInsert": "a is array of int\nLOOP\n    ArrayInsert(a, 1, 7)\nEND",
    "a declared dimension": "a is array of 1001 int",
    "two dimensions": "a is array of 40 by 40 int",
    "the help's syntax": "a is array of 5000 strings",
}

CASES = [(body, "String too long") for body in STRINGS.values()] + \
        [(body, "Array too large") for body in ARRAYS.values()]


@pytest.mark.parametrize("body, error", CASES, ids=list(STRINGS) + list(ARRAYS))
def test_building_past_a_limit_is_a_catchable_exception(body: str, error: str) -> None:
    message = caught(body)
    assert message.startswith(error) or f": {error}" in message, message
    assert "at most 1,000" in message, message


def test_up_to_the_limit_everything_works() -> None:
    lines = run('s is string = Repeat("ab", 500)\nTrace(Length(s))\n'
                "a is array of 999 int\nAdd(a, 1)\nTrace(ArrayCount(a))\n"
                's2 is string = Complete("x", 1000)\nTrace(Length(s2))')
    assert lines == ["1000", "1000", "1000"]


def test_a_caught_append_leaves_the_string_as_it_was() -> None:
    lines = run('s is string = Repeat("a", 900)\nt is string = Repeat("b", 200)\n'
                "WHEN EXCEPTION IN\n    s += t\nDO\n    Trace(ExceptionInfo())\nEND\n"
                "Trace(Length(s))")
    assert lines[0].startswith("String too long: 1,100 characters")
    assert lines[1] == "900"


def test_fload_text_of_a_big_file_is_a_non_fatal_error(tmp_path: Path) -> None:
    big, fits = tmp_path / "big.txt", tmp_path / "fits.txt"
    big.write_text("é" * 1001, encoding="utf-8")
    fits.write_text("é" * 1000, encoding="utf-8")
    lines = run(f's is string = fLoadText("{big}")\nTrace(ErrorOccurred, Length(s))\n'
                "Trace(ErrorInfo())\n"
                f's = fLoadText("{fits}")\nTrace(ErrorOccurred, Length(s))')
    assert lines[0] == "1, 0"
    assert "more than 1,000 characters" in lines[1] and "--max-string" in lines[1]
    assert lines[2] == "0, 1000"


def test_fload_text_reads_a_bounded_amount_of_an_endless_file() -> None:
    lines = run('s is string = fLoadText("/dev/zero")\nTrace(ErrorOccurred, Length(s))')
    assert lines == ["1, 0"]


@pytest.mark.skipif(not SAMPLED, reason="sampling needs POSIX interval timers; "
                                        "elsewhere every append is checked")
def test_sampled_appends_stop_soon_after_the_limit() -> None:
    """Short pieces are not checked one by one: the sampler stops the loop within a few
    milliseconds of appends (docs/security.md), not at the machine's memory."""
    lines = run('s is string\nWHEN EXCEPTION IN\n    LOOP\n        s += "abc"\n    END\n'
                "DO\n    Trace(ExceptionInfo())\nEND\nTrace(Length(s))")
    assert lines[0].startswith("String too long")
    assert 1000 < int(lines[1]) < 50_000_000


def test_the_defaults_apply_when_no_limit_is_given() -> None:
    assert limits.from_options({}) == (limits.DEFAULT_MAX_STRING, limits.DEFAULT_MAX_ARRAY)
    with pytest.raises(WLRuntimeError, match="Array too large: 60,000,000 elements"):
        run_source("a is array of 60000000 int", "big.wl", stdout=io.StringIO())


def test_limits_are_restored_after_a_run() -> None:
    run('Trace("x")', max_string=100)
    assert limits.max_string() == limits.DEFAULT_MAX_STRING


def test_uncaught_it_is_shown_at_its_line_with_a_caret(wl_cli, script) -> None:
    ran = wl_cli("--max-string", "2K", script('s is string = "x"\nLOOP\n    s += s\nEND\n'))
    assert ran.code == 1, ran
    assert ":3:5: error: String too long: 2,048 characters (at most 2,048" not in ran.err
    assert ":3:5: error: String too long: 4,096 characters (at most 2,048" in ran.err, ran
    assert "    s += s\n" in ran.err and "^" in ran.err and "Traceback" not in ran.err


def test_run_flags_and_help(wl_cli, script) -> None:
    path = script("a is array of int\nLOOP\n    Add(a, 1)\nEND\n")
    ran = wl_cli("run", "--max-array", "50", path)
    assert ran.code == 1 and "Array too large: 51 elements (at most 50" in ran.err, ran
    shown = wl_cli("run", "--help")
    assert "--max-string" in shown.out and "--max-array" in shown.out


@pytest.mark.parametrize("value", ["8", "x", "-3", "1.5M", "2000G", ""])
def test_bad_sizes_are_usage_errors(wl_cli, script, value) -> None:
    ran = wl_cli("run", "--max-string", value, script('Trace("x")'))
    assert ran.code == 2 and "--max-string" in ran.err and ran.out == "", ran


def test_a_global_appended_to_itself_doubles() -> None:
    """`s = s + s` on a main-code variable inside a procedure (the global is moved into a
    local while appending: the piece must be that local, not the emptied global)."""
    lines = run('s is string = "ab"\nGrow()\nGrow()\nTrace(s)\nPROCEDURE Grow()\ns = s + s')
    assert lines == ["abababab"]


def test_wl_test_takes_the_same_limits(wl_cli, script) -> None:
    """`wl test` shares --max-depth/--max-string/--max-array with `wl run`; they also
    bound the test procedure, which runs after the main code."""
    path = script("PROCEDURE test_add()\na is array of int\nWHEN EXCEPTION IN\n"
                  "    LOOP\n        Add(a, 1)\n    END\nDO\n    Trace(ExceptionInfo())\nEND\n"
                  "// expect: Array too large: 51 elements (at most 50; see --max-array).\n",
                  name="test_limits.wl")
    ran = wl_cli("test", "--max-array", "50", path)
    assert ran.code == 0 and "1 passed" in ran.out, ran
    shown = wl_cli("test", "--help")
    assert all(flag in shown.out for flag in ("--max-depth", "--max-string", "--max-array"))


def test_wl_test_bounds_the_depth_of_the_test_procedure(wl_cli, script) -> None:
    path = script("n is int\nPROCEDURE test_deep()\nWHEN EXCEPTION IN\n    Down()\nDO\n"
                  "    Trace(n < 300)\nEND\n// expect: 1\nPROCEDURE Down()\nn++\nDown()\n",
                  name="test_depth.wl")
    ran = wl_cli("test", "--max-depth", "300", path)
    assert ran.code == 0 and "1 passed" in ran.out, ran
