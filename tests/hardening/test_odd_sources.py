"""`wl run` on odd source files: a BOM alone, mixed line ends, a NUL in a comment, tabs in
continuation lines, a `.wdg` cut anywhere, deep nesting in English and French, a line of
5000 nested calls, duration literals written with the lexer's wider numbers.

Each either runs with the expected output or fails with `file:line:col: error:` and a
caret (exit 65); never exit 2 or 70, a Python traceback, or a wait without end.

The deep nesting runs `wl` in a process of its own (a recursion too deep for the stack
would end it, not the test run); the others in the test's process (conftest.wl_here):
what they check is the text printed and the exit code.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "realcode" / "corpus" / "COL_Outils.wdg"


def _positioned(err: str, name: str) -> bool:
    """The first line of stderr is `name:line:col: error: ...` (a file that is not in
    WINDEV text format at all too: at 1:1, as `wl check` says it; it had no position)."""
    first = err.splitlines()[0] if err else ""
    return bool(re.match(rf"{re.escape(name)}:\d+:\d+: error: ", first)) \
        and "Traceback" not in err


@pytest.mark.parametrize("data, expected", [
    (b"\xef\xbb\xbf", ""),
    (b"x is int = 1\r\nTrace(x)\rTrace(x+1)\nTrace(x+2)\r\n", "1\n2\n3\n"),
    (b"// a comment \x00 with a NUL\nTrace(\"ok\")\n", "ok\n"),
    (b"x is int = 1 + ...\n\t2 + ...\n    3\ns is string = \"a\" + ...\n\t \t\"b\"\n"
     b"Trace(x)\nTrace(s)\n", "6\nab\n"),
], ids=["bom-only", "crlf-cr-lf", "nul-in-comment", "tabs-in-continuations"])
def test_odd_but_valid_files_run(wl_here, tmp_path, data, expected):
    (tmp_path / "odd.wl").write_bytes(data)
    ran = wl_here("run", "odd.wl")
    assert ran.code == 0 and ran.out == expected, ran


def test_a_wdg_cut_anywhere_runs_or_fails_with_a_position(wl_here, tmp_path):
    """A procedure set saved by the IDE, truncated at 12 places across its structure and
    its code blocks: a valid prefix runs, any other is a positioned error."""
    data = CORPUS.read_bytes()
    for cut in range(40, len(data), len(data) // 12):
        (tmp_path / "COL_Cut.wdg").write_bytes(data[:cut])
        ran = wl_here("run", "COL_Cut.wdg")
        assert ran.code in (0, 65), (cut, ran)
        if ran.code:
            assert _positioned(ran.err, "COL_Cut.wdg"), (cut, ran)


DEEP = {
    "5000 parentheses": ("x is int = " + "(" * 5000 + "1" + ")" * 5000 + "\nTrace(x)\n", 0),
    "5000 IF": ("x is int = 1\n" + "IF x = 1 THEN\n" * 5000 + "Trace(x)\n" + "END\n" * 5000, 65),
    "5000 SI": ("x est un entier = 1\n" + "si x = 1 alors\n" * 5000 + "Trace(x)\n"
                + "fin\n" * 5000, 65),
    "5000 calls": ("Trace(" + "Length(" * 5000 + '"a"' + ")" * 5000 + ")\n", 65),
}


@pytest.mark.parametrize("source, code", DEEP.values(), ids=list(DEEP))
def test_very_deep_nesting_is_a_wlanguage_error_not_recursion(wl_cli, script, source, code):
    ran = wl_cli("run", script(source, "deep.wl"), timeout=120)
    assert ran.code == code, ran
    if code:
        assert _positioned(ran.err, "deep.wl") and "nests too deeply" in ran.err, ran
        assert "RecursionError" not in ran.err and "^" in ran.err, ran
    else:
        assert ran.out == "1\n", ran


def test_an_error_on_a_line_of_5000_nested_calls_is_quoted_quickly():
    """The excerpt's password masking scanned from each call to its end (quadratic): 30 s
    to quote this one line. Now one pass: well under a second in-process. Bounded in CPU
    time: it computes only, and its wall time at a load of 15-20 passed 5 s (docs/testing.md)."""
    from wlinterp.secret_args import masked_line
    line = "Trace(" + "Length(" * 5000 + '"a"' + ")" * 5000 + ")"
    began = time.thread_time()
    assert masked_line(line) == line
    assert time.thread_time() - began < 5.0
    nested = 'EmailStartSMTPSession("u", Upper(Lower("pw")), "127.0.0.1", 25)'
    assert masked_line(nested) == 'EmailStartSMTPSession("u", Upper(Lower("**")), "127.0.0.1", 25)'


@pytest.mark.parametrize("literal, shown", [("1_000 ms", "1 s"), ("2_0 s", "20 s"),
                                            ("1 h 3_0 min", "1 h 30 min"),  # every part
                                            ("1 min 1_0.5 s", "1 min 10 s 500 ms")])
def test_a_duration_with_digit_separators_runs(wl_here, script, literal, shown):
    ran = wl_here("run", script(f"d is Duration = {literal}\nTrace(d)\n"))
    assert ran.code == 0 and ran.out.strip() == shown, ran


@pytest.mark.parametrize("literal", ["0x1F s", "1e3 ms", "1 000 ms"])
def test_a_duration_with_another_number_form_is_a_syntax_error(wl_here, script, literal):
    """The lexer's numbers are wider than a duration's (found by the fuzzer: exit 2 with
    "'0_d' is not a duration" and no position)."""
    ran = wl_here("run", script(f"d is Duration = {literal}\nTrace(d)\n", "dur.wl"))
    assert ran.code == 65 and ran.err.startswith("dur.wl:1:17: error: "), ran
    assert "is not a duration" in ran.err and "^" in ran.err, ran


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x0b", "\x0c", "\x85"],
                         ids=["u2028", "u2029", "vt", "ff", "nel"])
def test_a_line_separator_in_a_comment_leaves_the_error_on_its_line(wl_here, tmp_path,
                                                                    separator):
    """Found by fuzzing: the run's combined source was split with str.splitlines, which also
    cuts at these, so the error after such a comment was placed one line down (column 1,
    or an internal error, exit 70, when that line was past the end); the lexer and
    `wl check` count only CR and LF."""
    (tmp_path / "sep.wl").write_text(
        f'Trace(1) // x{separator}\nx est un entier = "a" + 1/0\n', encoding="utf-8")
    ran = wl_here("run", "sep.wl")
    assert ran.code == 1 and ran.out == "1\n", ran  # (a run-time error)
    head, quoted, caret = ran.err.split("\n")[:3]
    assert head == "sep.wl:2:26: error: Division by zero.", ran
    assert quoted == '    x est un entier = "a" + 1/0' and caret == " " * 29 + "^", ran


def test_a_line_separator_before_the_last_line_fails_there(wl_here, tmp_path):
    """The fuzzer's own input: the failing call on the last line was placed past the end
    of the file, and `wl run` stopped on an internal error (exit 70)."""
    (tmp_path / "last.wl").write_text(
        "IDessinable est une interface\n\tPROCÉDURE Dessine()\nFIN\n"
        "CCarré est une Classe\n\timplémente IDessinable // wl: ignore[WL110]\nFIN\n"
        "c est un CCarré\nd est un IDessinable <- c\nTrace(1) // x\u2028\nd.Dessine()\n",
        encoding="utf-8")
    ran = wl_here("run", "last.wl")
    assert ran.code == 1 and ran.out == "1\n", ran  # (a run-time error)
    assert ran.err.startswith("last.wl:10:3: error: "), ran
    assert ran.err.split("\n")[1] == "    d.Dessine()", ran
