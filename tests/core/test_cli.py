"""The `wl` command through a real subprocess: exit codes, error format, input modes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wlinterp import cli


def wl(*args: str, stdin: str | None = None, env: dict | None = None,
       cwd: str | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("WL_DEBUG", None) if env is None or "WL_DEBUG" not in env else None
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], input=stdin,
                          capture_output=True, text=True, timeout=60, env=full_env, cwd=cwd)


def test_run_file_prints_trace(tmp_path: Path) -> None:
    f = tmp_path / "ok.wl"
    f.write_text('x is int = 41\nx++\nTrace("answer: " + x)\n', encoding="utf-8")
    r = wl("run", str(f))
    assert (r.returncode, r.stdout, r.stderr) == (0, "answer: 42\n", "")


def test_bare_file_argument_and_script_args(tmp_path: Path) -> None:
    f = tmp_path / "ok.wl"
    f.write_text('Trace("hi")\n', encoding="utf-8")
    r = wl(str(f), "extra", "args")
    assert r.returncode == 0 and r.stdout == "hi\n"


def test_dash_c_and_stdin() -> None:
    assert wl("-c", "Trace(1 + \"1\")").stdout == "11\n"
    r = wl("run", "-", stdin="SI Vrai ALORS Trace(\"oui\")\n")
    assert (r.returncode, r.stdout) == (0, "oui\n")


def test_syntax_error_exit_65_with_caret(tmp_path: Path) -> None:
    f = tmp_path / "bad.wl"
    f.write_text('x is int\nIF x = 1 THEN\n  Trace("a")\n', encoding="utf-8")
    r = wl("run", str(f))
    assert r.returncode == 65
    lines = r.stderr.splitlines()
    assert lines[0] == f"{f}:2:1: error: expected END to close the IF opened at line 2"
    assert lines[1].strip() == "IF x = 1 THEN" and lines[2].strip() == "^"
    assert "Traceback" not in r.stderr


def test_french_block_error_names_fin(tmp_path: Path) -> None:
    f = tmp_path / "bad.wl"
    f.write_text('POUR i = 1 À 3\n  Trace(i)\n', encoding="utf-8")
    r = wl("run", str(f))
    assert r.returncode == 65
    assert "expected FIN to close the POUR opened at line 1" in r.stderr


def test_unterminated_string(tmp_path: Path) -> None:
    f = tmp_path / "bad.wl"
    f.write_text('Trace("abc)\n', encoding="utf-8")
    r = wl("run", str(f))
    assert r.returncode == 65
    assert f"{f}:1:7: error: unterminated string" in r.stderr


def test_runtime_error_exit_1_with_position(tmp_path: Path) -> None:
    f = tmp_path / "boom.wl"
    f.write_text('Trace("before")\nUnknownProc(1)\nTrace("after")\n', encoding="utf-8")
    r = wl("run", str(f))
    assert r.returncode == 1
    assert r.stdout == "before\n"
    assert r.stderr.startswith(f"{f}:2:1: warning: unknown procedure or function "  # (said
                               "'UnknownProc' (the run stops if it reaches this call)\n")  # first)
    assert f"\n{f}:2:1: error: Unknown procedure or function 'UnknownProc'.\n" in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_file_exit_66() -> None:
    r = wl("run", "/nonexistent/x.wl")
    assert r.returncode == 66 and "cannot read" in r.stderr


def test_usage_error_exit_2() -> None:
    r = wl("run")
    assert r.returncode == 2


def test_bad_route_is_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "ok.wl"
    f.write_text('Trace(1)\n', encoding="utf-8")
    r = wl("run", "--smtp-route", "nonsense", str(f))
    assert r.returncode == 2 and "SMTP route" in r.stderr


def test_internal_error_exit_70_no_traceback(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.delenv("WL_DEBUG", raising=False)
    monkeypatch.setattr("wlinterp.engine.run_source", broken)
    assert cli.main(["-c", "Trace(1)"]) == 70
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: simulated bug" in err and "please report" in err
    assert "Traceback" not in err
    monkeypatch.setenv("WL_DEBUG", "1")
    assert cli.main(["-c", "Trace(1)"]) == 70
    assert "Traceback" in capsys.readouterr().err


def test_check_command(tmp_path: Path) -> None:
    f = tmp_path / "ok.wl"
    f.write_text('Trace(1)\n', encoding="utf-8")
    assert wl("check", str(f)).returncode == 0
    f.write_text('UnknownProc()\n', encoding="utf-8")  # WINDEV refuses it: so does wl check
    r = wl("check", str(f))
    assert r.returncode == 65 and "error[WL102]: unknown procedure or function" in r.stderr
    f.write_text('IF\n', encoding="utf-8")
    assert wl("check", str(f)).returncode == 65


def test_windows_1252_source(tmp_path: Path) -> None:
    f = tmp_path / "ansi.wl"
    f.write_bytes('Trace("Quantité")\n'.encode("cp1252"))
    assert wl("run", str(f)).stdout == "Quantité\n"


def test_script_arguments_and_end_program(tmp_path: Path) -> None:
    f = tmp_path / "args.wl"
    f.write_text('Trace(CommandLine("n"))\nEndProgram(Val(CommandLine("n")))\n', encoding="utf-8")
    r = wl("run", str(f), "/n=7")
    assert (r.returncode, r.stdout) == (7, "7\n")


def test_timeout_stops_an_endless_loop(tmp_path: Path) -> None:
    f = tmp_path / "loop.wl"
    f.write_text('WHEN EXCEPTION IN\n  LOOP\n  END\nDO\n  Trace("caught")\nEND\n',
                 encoding="utf-8")
    r = wl("run", "--timeout", "0.5", str(f))
    assert r.returncode == 1 and r.stdout == ""
    assert "ran longer than 0.5 s (--timeout)" in r.stderr


def test_uncaught_error_shows_the_call_chain(tmp_path: Path) -> None:
    f = tmp_path / "chain.wl"
    f.write_text("Trace(Outer(2))\nPROCEDURE Outer(n)\nRESULT Inner(n) + 1\n"
                 "PROCEDURE Inner(n)\nx is int = n / 0\nRESULT x\n", encoding="utf-8")
    r = wl("run", str(f))
    assert r.returncode == 1
    assert r.stderr.splitlines()[0] == f"{f}:5:14: error: Division by zero."  # at the "/"
    assert r.stderr.splitlines()[3:] == ["  in procedure Inner", "  in procedure Outer, line 3",
                                         "  in the main code, line 1"]


def test_no_warnings_flag(tmp_path: Path) -> None:
    f = tmp_path / "w.wl"
    f.write_text("x = y + 1\nTrace(x)\n", encoding="utf-8")
    loud = wl("run", str(f))
    assert (loud.stdout, loud.returncode) == ("1\n", 0)
    assert f"{f}:1:1: warning: 'x' is not declared" in loud.stderr
    quiet = wl("run", "-w", str(f))
    assert (quiet.stdout, quiet.stderr) == ("1\n", "")


def test_unknown_type_is_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "t.wl"
    f.write_text("c is CFromAnotherFile\nc = 2\nTrace(c * 3)\n", encoding="utf-8")
    r = wl("run", str(f))
    assert (r.returncode, r.stdout) == (0, "6\n")
    assert f"{f}:1:1: warning: unknown type 'CFromAnotherFile'; the variable is a variant" \
        in r.stderr


def test_deep_recursion_chain_is_compressed(tmp_path: Path) -> None:
    f = tmp_path / "deep.wl"
    f.write_text("Trace(Deep(100000))\nPROCEDURE Deep(n)\nIF n = 0 THEN RESULT 0\n"
                 "RESULT Deep(n - 1) + 1\n", encoding="utf-8")
    r = wl("run", str(f))
    lines = r.stderr.splitlines()
    assert r.returncode == 1 and "Stack overflow" in lines[0]
    assert len(lines) < 12 and lines[-1] == "  in the main code, line 1"
    assert "more time(s)" in r.stderr


def test_closed_output_pipe_stops_quietly(tmp_path: Path) -> None:
    f = tmp_path / "many.wl"
    f.write_text("FOR i = 1 TO 200000\nTrace(i)\nEND\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "wlinterp", "run", str(f)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    proc.wait(timeout=60)
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert first == b"1\n" and proc.returncode == 141
    assert "internal error" not in err and "Traceback" not in err
