"""`wl run --timeout S` counts the script's run from its first statement: the parse and
the compilation have S seconds of their own before it (runtime/run_clock.py,
commands/limits.py stop_reporting `from_run`; docs/cli.md "What --timeout counts").
Under load a script given `--timeout 1` could spend its second being compiled and stop
before its first statement. Pinned without timing: where the clock stands when the
compiler works (waiting for the run) and when the program's definitions start (started),
through the real entry point, for a script file and for `-c`, EN and FR."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from wlinterp import engine
from wlinterp.commands.limits import stop_reporting
from wlinterp.compiler.program import ProgramCompiler
from wlinterp.runtime import run_clock

SCRIPTS = {
    "en": 'n is int = 2\nIF n = 2 THEN\n\tTrace("ran " + n)\nEND\n',
    "fr": 'n est un entier = 2\nSI n = 2 ALORS\n\tTrace("ran " + n)\nFIN\n',
}


@pytest.fixture
def phases(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """(phase, clocks waiting for their run) seen by spies on the real compiler and on
    the engine's start of a run."""
    seen: list[tuple[str, int]] = []
    compile_real, prepare_real = ProgramCompiler.compile, engine.prepare_run

    def compiling(self: ProgramCompiler) -> Any:
        seen.append(("compile", len(run_clock._WAITING)))
        return compile_real(self)

    def preparing(*args: Any, **kwargs: Any) -> Any:
        seen.append(("run", len(run_clock._WAITING)))
        return prepare_real(*args, **kwargs)
    monkeypatch.setattr(ProgramCompiler, "compile", compiling)
    monkeypatch.setattr(engine, "prepare_run", preparing)
    return seen


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("form", ["file", "-c"])
def test_the_clock_waits_for_the_compiled_script(
        lang: str, form: str, phases: list[tuple[str, int]],
        wl_here: Callable[..., Any], script: Callable[[str], str]) -> None:
    args = ["run", "--timeout", "30", script(SCRIPTS[lang])] if form == "file" else \
        ["--timeout", "30", "-c", SCRIPTS[lang]]
    ran = wl_here(*args)
    assert (ran.code, ran.out, ran.err) == (0, "ran 2\n", "")
    assert phases[0] == ("compile", 1)  # the limit waits for the run
    assert phases[-1] == ("run", 0)  # ... and started as the program did
    assert run_clock._WAITING == []  # nothing left waiting after the run


def test_a_clock_from_the_run_starts_when_the_program_starts() -> None:
    """The clock's start is after the compilation and before the first statement; before
    it, an expiry would be the loading's."""
    compiled = engine.compile_source('Trace("x")', "<clock>")
    with stop_reporting("<clock>", 30, from_run=True) as clock:
        assert clock.run_started is None
        assert clock.what == "the script's parse and compilation"
        before = time.monotonic()
        rt = engine.Runtime(filename="<clock>")
        engine.run_compiled(compiled, rt)
        assert clock.run_started is not None and clock.run_started >= before
        assert clock.what == "the script"
    assert run_clock._WAITING == []


def test_a_limit_not_from_the_run_starts_at_once_and_leaves_runs_alone() -> None:
    """`wl test`'s and the REPL's limits count from their start, as before: a program run
    inside them starts no clock of theirs."""
    compiled = engine.compile_source('Trace("x")', "<clock>")
    with stop_reporting("<clock>", 30) as clock:
        engine.run_compiled(compiled, engine.Runtime(filename="<clock>"))
        assert clock.run_started is None
        assert clock.what == "the script"
