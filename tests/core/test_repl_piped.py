"""`wl repl` with stdin that is not a terminal (a file, a pipe): inputs read line by line
and run as at the prompt, values shown as the prompt shows them, no banner, no prompt, no
terminal codes, exit code 0, 1 after an error, or EndProgram's (docs/semantics.md, 8)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SESSION = """x is int = 5
x + 1
PROCEDURE Twice(n)
RESULT n * 2

Twice(x)
FOR i = 1 TO 2
    Trace(i)
END
sNom est une chaîne = "Zoé"
sNom
"""


def repl(stdin: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WL_HISTORY": ""}
    env.pop("NO_COLOR", None)  # colours would be on at a terminal: none may appear here
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], input=stdin, text=True,
                          capture_output=True, timeout=120, env=env, cwd=cwd)


def assert_plain(ran: subprocess.CompletedProcess[str]) -> None:
    for stream in (ran.stdout, ran.stderr):
        assert "\x1b" not in stream and "wl> " not in stream and "... " not in stream, ran
    assert "not a terminal" not in ran.stderr and "wlinterp 0" not in ran.stdout, ran


def test_a_file_of_inputs_runs_as_typed_and_shows_values() -> None:
    ran = repl(SESSION, "repl")
    assert_plain(ran)
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "6\n10\n1\n2\nZoé\n", ""), ran


def test_an_error_is_reported_the_next_inputs_still_run_and_the_exit_code_is_1() -> None:
    ran = repl('Trace("before")\nx is int = "abc" + \nTrace("after")\n', "repl")
    assert_plain(ran)
    assert ran.returncode == 1 and ran.stdout == "before\nafter\n", ran
    assert ran.stderr.startswith("<repl>:") and "error" in ran.stderr, ran
    assert "Traceback" not in ran.stderr


def test_a_failed_meta_command_counts_as_an_error() -> None:
    ran = repl('.load /nonexistent/nothing.wl\nTrace("still here")\n', "repl")
    assert ran.returncode == 1 and ran.stdout == "still here\n", ran
    assert "cannot read /nonexistent/nothing.wl" in ran.stderr, ran


def test_end_program_gives_its_code_and_stops_reading() -> None:
    ran = repl('Trace("a")\nEndProgram(3)\nTrace("b")\n', "repl")
    assert (ran.returncode, ran.stdout) == (3, "a\n"), ran


def test_a_pipe_and_wl_i_take_the_same_path(tmp_path: Path) -> None:
    (tmp_path / "lib.wl").write_text("gN is int = 20\nPROCEDURE Add(a)\nRESULT a + gN\n",
                                     encoding="utf-8")
    ran = repl("Add(22)\ngN\n", "-i", "lib.wl", cwd=tmp_path)
    assert_plain(ran)
    assert (ran.returncode, ran.stdout) == (0, "loaded lib.wl (1 procedure(s) in the session)\n"
                                             "42\n20\n"), ran
    empty = repl("", "repl")
    assert (empty.returncode, empty.stdout, empty.stderr) == (0, "", ""), empty
