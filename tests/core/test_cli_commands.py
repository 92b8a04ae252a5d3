"""The `wl` command line: short form with run options, shebang, help, version, command
suggestions, the command table, colours, and where Ctrl-C / --timeout stopped a script."""
from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from wlinterp import cli
from wlinterp.commands import limits
from wlinterp.commands.colour import paint_diagnostic, use_colour
from wlinterp.commands.exits import EXIT_CODES
from wlinterp.engine import run_source

SPIN = "Trace(1)\nSpin()\nPROCEDURE Spin()\nn is int\nLOOP\n  n++\nEND\n"


def script(tmp_path: Path, text: str, name: str = "s.wl") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_shebang_line_is_ignored_and_lines_keep_their_numbers(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok = script(tmp_path, '#!/usr/bin/env wl\nTrace("hi")\n')
    assert cli.main([ok]) == 0 and capsys.readouterr().out == "hi\n"
    bad = script(tmp_path, "#!/usr/bin/env wl\nx is int\nx = 1 / 0\n", "bad.wl")
    assert cli.main([bad]) == 1
    assert f"{bad}:3:7: error: Division by zero." in capsys.readouterr().err


def test_short_form_takes_every_run_option_before_the_script(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = script(tmp_path, "x = 5\nTrace(CommandLine())\n")
    assert cli.main(["-w", "--timeout", "5", "--color", "never", f, "a", "-w"]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == ("a -w\n", "")  # -w hid the warning; the second -w is the script's


def test_short_form_call_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = script(tmp_path, "PROCEDURE Twice(n)\nRESULT n * 2\n")
    assert cli.main(["--call", "Twice", f, "21"]) == 0
    assert capsys.readouterr().out == "42\n"


@pytest.mark.parametrize("typo, guess", [("rnu", "run"), ("chek", "check"), ("hlep", "help"),
                                         ("zzz", "run"), ("version", "--version"),
                                         ("Versoin", "--version")])
def test_unknown_command_suggests_one(typo: str, guess: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([typo, "x.wl"]) == 2
    assert f"did you mean {guess}?" in capsys.readouterr().err


def test_a_missing_script_with_an_extension_is_unreadable_not_a_typo(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["nothere.wl"]) == 66
    assert "cannot read nothere.wl" in capsys.readouterr().err


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    from wlinterp import __version__
    assert cli.main([flag]) == 0
    assert capsys.readouterr().out == f"wl {__version__}\n"


def test_help_lists_every_exit_code_and_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for code in (0, 1, 2, 65, 66, 70, 130, 141, 143):
        assert f"\n  {code} " in out
    assert {code for code, _ in EXIT_CODES} == {0, 1, 2, 65, 66, 70, 130, 141, 143}
    for name in cli.COMMANDS:
        assert f"\n  {name} " in out
    assert "--timeout" in out and "-c CODE" in out


def test_help_topics(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["help"]) == 0
    assert "commands (" in capsys.readouterr().out
    assert cli.main(["help", "run"]) == 0
    assert "--timeout" in capsys.readouterr().out
    assert cli.main(["help", "check"]) == 0
    assert "usage: wl check" in capsys.readouterr().out
    assert cli.main(["help", "exit-codes"]) == 0
    assert "130  interrupted by Ctrl-C" in capsys.readouterr().out
    assert cli.main(["help", "environment"]) == 0
    assert "NO_COLOR" in capsys.readouterr().out


def test_help_on_a_builtin_in_either_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["help", "taille"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Length / Taille  (function, family Strings)")
    assert "  Length(s)\n  Taille(s)\n" in out


def test_help_on_nothing_known(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["help", "exit-code"]) == 2
    assert "did you mean exit-codes?" in capsys.readouterr().err


def test_a_command_is_one_line_in_the_table(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Another module exposing main(argv) -> int becomes a command with one entry."""
    monkeypatch.setitem(cli.COMMANDS, "codes", ("wlinterp.commands.help", "test"))
    assert cli.main(["codes", "exit-codes"]) == 0
    assert "141" in capsys.readouterr().out


def test_colour_decision() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert use_colour(Tty(), env={})
    assert not use_colour(io.StringIO(), env={})
    assert not use_colour(Tty(), env={"NO_COLOR": "1"})
    assert use_colour(Tty(), env={"NO_COLOR": ""})  # empty means unset (no-color.org)
    assert use_colour(io.StringIO(), env={"FORCE_COLOR": "1"})
    assert not use_colour(Tty(), env={"TERM": "dumb"})
    assert use_colour(io.StringIO(), "always", env={"NO_COLOR": "1"})
    assert not use_colour(Tty(), "never", env={})
    painted = paint_diagnostic("x.wl:1:1: error: boom\n    x\n    ^")
    assert "\x1b[31merror" in painted and painted.endswith("boom\n    x\n    ^")


def test_errors_are_plain_in_a_pipe_and_coloured_on_request(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert cli.main(["-c", "x is int = 1 / 0"]) == 1
    assert "\x1b[" not in capsys.readouterr().err
    assert cli.main(["--color", "always", "-c", "x is int = 1 / 0"]) == 1
    assert "\x1b[31merror" in capsys.readouterr().err


def test_timeout_names_the_procedure_and_line(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    f = script(tmp_path, SPIN)
    assert cli.main(["--timeout", "2", f]) == 1  # 2 s: compiling must end first, even on
    err = capsys.readouterr().err                # a loaded machine
    assert err.startswith(f"{f}:5:1: error: the script ran longer than 2 s (--timeout); "
                          "stopped in procedure Spin")
    assert err.rstrip().endswith("in the main code, line 2")


def test_timeout_without_a_posix_timer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thread-based limit used on Windows stops the loop the same way."""
    monkeypatch.setattr(limits, "_posix_timer_usable", lambda: False)
    with pytest.raises(limits.TimedOut) as caught:
        with limits.stop_reporting("spin.wl", 2):
            run_source(SPIN, "spin.wl", stdout=io.StringIO())
    assert caught.value.line == 5 and "stopped in procedure Spin" in caught.value.message


def test_a_lost_interrupt_of_the_timer_thread_is_sent_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thread-based limit interrupted the main thread once: an interrupt landing in a
    gc callback or a `__del__` is swallowed by Python, and the loop spun on for good (a
    whole-suite worker hung in the test above at load 19). The first interrupt is dropped
    here; the limit must send another. A safety net stops the run after 60 s."""
    import _thread
    import threading
    sent: list[str] = []

    class DropFirst:
        @staticmethod
        def interrupt_main() -> None:
            sent.append("interrupt")
            if len(sent) > 1:
                _thread.interrupt_main()

    def net() -> None:
        sent.append("net")
        _thread.interrupt_main()
    monkeypatch.setattr(limits, "_posix_timer_usable", lambda: False)
    monkeypatch.setattr(limits, "_thread", DropFirst)
    safety = threading.Timer(60, net)
    safety.start()
    try:
        with pytest.raises(limits.TimedOut):
            with limits.stop_reporting("spin.wl", 0.3):
                run_source(SPIN, "spin.wl", stdout=io.StringIO())
    finally:
        safety.cancel()
    assert sent[:2] == ["interrupt", "interrupt"] and "net" not in sent, sent


def test_ctrl_c_names_the_procedure_and_line(tmp_path: Path) -> None:
    f = script(tmp_path, 'Spin()\nPROCEDURE Spin()\nn is int\nLOOP\n  n++\n'
                         '  IF n = 1000 THEN Trace("spinning")\nEND\n')
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "from wlinterp.cli import main; sys.exit(main(sys.argv[1:]))")
    proc = subprocess.Popen([sys.executable, "-c", code, f], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline() == "spinning\n"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert re.match(rf"{re.escape(f)}:[456]:\d+: error: interrupted \(Ctrl-C\) in procedure Spin\n",
                    err), err
    assert "Traceback" not in err


def test_wl_test_exit_codes_come_from_the_one_table(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from wlinterp.commands.exits import EXIT_NO_TESTS, EXIT_TESTS_FAILED, TEST_EXIT_CODES
    assert {code for code, _ in TEST_EXIT_CODES} == {0, 1, 2, 5, 65, 130, 143}  # pytest's 1 and 5
    assert cli.main(["test", str(tmp_path)]) == EXIT_NO_TESTS
    (tmp_path / "test_one.wl").write_text("Trace(1 + 1)\n// expect: 3\n", encoding="utf-8")
    assert cli.main(["test", str(tmp_path)]) == EXIT_TESTS_FAILED
    assert cli.main(["test", "--help"]) == 0
    assert "\n  5    no test case found" in capsys.readouterr().out


@pytest.mark.parametrize("form", [[], ["run"]])
@pytest.mark.parametrize("after", [["--call", "Twice", "21"], ["--timeout=5"], ["21", "--json"],
                                   ["--capture", "out"], ["--tim", "5"]])
def test_a_wl_option_after_the_script_is_a_usage_error_not_ignored(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], form: list[str],
        after: list[str]) -> None:
    """`wl run x.wl --call P 1` used to run x.wl and hand `--call P 1` to the script: the
    procedure was never called and nothing said so (README, "options after the script")."""
    f = script(tmp_path, 'Trace("main code ran")\nPROCEDURE Twice(n)\nRESULT n * 2\n')
    assert cli.main([*form, f, *after]) == 2
    out, err = capsys.readouterr()
    name = next(w for w in after if w.startswith("--")).split("=")[0]
    assert out == "" and f"'{name}' comes after {f}" in err, err
    assert "put wl's options before the script" in err and f"{f} -- " in err
    assert not (tmp_path / "out").exists()


def test_after_a_double_dash_a_wl_option_is_the_scripts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = script(tmp_path, "Trace(CommandLine())\n")
    assert cli.main(["run", f, "--", "--call", "P"]) == 0
    assert cli.main([f, "a", "--", "--timeout", "5", "-w"]) == 0
    assert capsys.readouterr().out == "--call P\na -- --timeout 5 -w\n"


def test_the_hint_puts_call_where_it_works(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    f = script(tmp_path, "PROCEDURE Twice(n)\nRESULT n * 2\n")
    assert cli.main(["run", "--call", "Twice", f, "21"]) == 0
    g = script(tmp_path, "Trace(CommandLine())\n", "g.wl")
    assert cli.main(["run", g, "--verbose", "-x"]) == 0  # no wl option: the script's
    assert capsys.readouterr().out == "42\n--verbose -x\n"


def test_every_argument_after_c_code_reaches_it(capsys: pytest.CaptureFixture[str]) -> None:
    """`wl -c CODE a b`: the first argument was taken for a script name and dropped."""
    assert cli.main(["-c", "Trace(CommandLine())", "a", "b"]) == 0
    assert cli.main(["-c", "Trace(CommandLine())", "a", "--timeout", "5"]) == 2
    out, err = capsys.readouterr()
    assert out == "a b\n" and "'--timeout' comes after -c CODE" in err
