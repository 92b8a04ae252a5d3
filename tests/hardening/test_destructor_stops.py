"""`--timeout` and Ctrl-C landing inside a destructor run by Python's `__del__` (the last
reference went away), where Python drops exceptions: the stop must still end the run with
its documented message and exit code, never "Exception ignored in WLObject.__del__" and
exit 0 (commands/limits.py, `_holding`)."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import pytest


# A chain of destructors: each declares a local object of its own class, freed (and so
# destroyed, inside __del__) when the destructor returns; each link loops a little.
CHAIN_EN = """CNode is Class
    n is int
END

o is CNode(100000)
Trace("end of the main code")

PROCEDURE CNode::Constructor(k is int)
n = k

PROCEDURE CNode::Destructor()
x is int
FOR i = 1 TO 3000
    x += i
END
IF n > 0 THEN
    o is CNode(n - 1)
END
"""

CHAIN_FR = """CNoeud est une Classe
    n est un entier
FIN

o est un CNoeud(100000)
Trace("fin du code principal")

PROCÉDURE CNoeud::Constructeur(k est un entier)
n = k

PROCÉDURE CNoeud::Destructeur()
x est un entier
POUR i = 1 À 3000
    x += i
FIN
SI n > 0 ALORS
    o est un CNoeud(n - 1)
FIN
"""


def _run_into_the_destructors(wl_cli: Callable[..., Any], path: str) -> tuple[Any, int]:
    """`wl run --timeout N` of a CHAIN script, with N such that the limit fell in the
    destructors: the main code had finished (its Trace printed). `--timeout` counts
    wall-clock time from the start of the parse, which a loaded machine can spend
    before the main code ends (at a load of 15, a process gets an eighth of a
    processor); then the limit is doubled and the run made again, up to 16 s. It starts
    at 0.5 s (the main code ends in about 0.3 s on a quiet machine): every second of the
    limit is a second of computing in the destructors, whose chain never ends first."""
    for limit in (0.5, 1, 2, 4, 8, 16):
        ran = wl_cli("run", "--timeout", str(limit), path, timeout=limit + 20)
        if ran.out.strip() in ("end of the main code", "fin du code principal"):
            return ran, limit
    raise AssertionError(f"the main code never finished within {limit} s: {ran}")


@pytest.mark.parametrize("source, cls", [(CHAIN_EN, "CNode"), (CHAIN_FR, "CNoeud")])
def test_timeout_in_a_chain_of_destructors_stops_the_run(
        wl_cli: Callable[..., Any], script: Callable[[str], str], source: str,
        cls: str) -> None:
    path = script(source)
    ran, limit = _run_into_the_destructors(wl_cli, path)
    assert ran.code == 1, ran
    first = ran.err.splitlines()[0]
    assert re.match(rf"{re.escape(Path(path).name)}:\d+:\d+: error: ", first), ran
    assert f"ran longer than {limit} s (--timeout)" in first, ran
    assert f"stopped in procedure {cls}::" in first, ran
    assert "Exception ignored" not in ran.err and "Traceback" not in ran.err, ran
    assert ran.err.splitlines()[2].strip() == "^", ran  # the source line, then the caret


def test_timeout_in_a_destructor_of_a_project_names_the_file(
        wl_cli: Callable[..., Any], tmp_path: Path) -> None:
    """With a neighbour the script runs as a project; the stop is placed in its file."""
    (tmp_path / "app").mkdir()
    main = tmp_path / "app" / "main.wl"
    main.write_text(CHAIN_EN, encoding="utf-8")
    (tmp_path / "app" / "lib.wl").write_text("PROCEDURE Helper()\nRESULT 1\n",
                                             encoding="utf-8")
    ran, limit = _run_into_the_destructors(wl_cli, str(main))
    assert ran.code == 1 and re.match(r"app/main\.wl:\d+:\d+: error: ", ran.err), ran
    assert f"ran longer than {limit} s" in ran.err and "Exception ignored" not in ran.err, ran


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is sent with os.kill")
def test_ctrl_c_in_a_destructor_is_an_interruption(tmp_path: Path) -> None:
    """Ctrl-C while a destructor loops (run by `__del__`): exit 130 and the message."""
    marker = tmp_path / "inside.txt"
    source = (f'Make()\nTrace("after")\n\nPROCEDURE Make()\nc is CSpin\n\n'
              f'CSpin is Class\n  k is int\nEND\n\nPROCEDURE CSpin::Destructor()\n'
              f'fSaveText("{marker}", "x")\nLOOP\n  k++\nEND\n')
    path = tmp_path / "spin.wl"
    path.write_text(source, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("WL_DEBUG", None)
    proc = subprocess.Popen([sys.executable, "-m", "wlinterp", "run", str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        deadline = time.monotonic() + 20
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the destructor never ran"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    text = err.decode("utf-8", "replace")
    assert proc.returncode == 130, text
    assert "interrupted (Ctrl-C) in procedure CSpin::Destructor" in text, text
    assert "Exception ignored" not in text and "Traceback" not in text, text


def test_an_object_cut_short_in_its_construction_has_no_destructor_to_run() -> None:
    """A stop landing inside WLObject.__init__ leaves an object without `freed`; its
    __del__ must stay silent (it raised "AttributeError: ... 'freed'" under load, which
    Python printed as "Exception ignored in WLObject.__del__")."""
    from wlinterp.runtime.objects import WLObject
    half = WLObject.__new__(WLObject)  # as left by an __init__ interrupted at its start
    half.__del__()  # what Python calls when the last reference goes: must not raise


class _StopOnLookUp(dict):
    """A class's methods whose look-up is where the stop lands: inside the call of a
    destructor, before any of its statements runs."""

    def get(self, *args: Any) -> Any:
        raise KeyboardInterrupt


@pytest.mark.parametrize("source, shown", [
    ("CRes is Class\n    m is int\nEND\nr is CRes\nKeep()\nPROCEDURE Keep()\nr.m = 1\n"
     "PROCEDURE CRes::Destructor()\nTrace(\"closing \" + m)\n", "CRes::Destructor"),
    ("CRes est une Classe\n    m est un entier\nFIN\nr est un CRes\nGarde()\n"
     "PROCÉDURE Garde()\nr.m = 1\nPROCÉDURE CRes::Destructeur()\nTrace(\"fin \" + m)\n",
     "CRes::Destructeur")])
def test_a_stop_between_destructors_names_the_destructor(source: str, shown: str) -> None:
    """A stop landing in a destructor's call but outside its statements (in a chain,
    between two destructors) names that destructor, at its first line: it said "no
    statement of it running", with no place (a whole run's failure, 4 December 2026)."""
    import io
    from wlinterp.engine import compile_source, run_compiled
    from wlinterp.run_errors import stopped_error
    from wlinterp.runtime.state import Runtime
    compiled = compile_source(source, "res.wl")
    ns = run_compiled(compiled, Runtime(stdout=io.StringIO(), stderr=io.StringIO()),
                      finish=False)
    obj = ns["g_r"]
    methods = obj.ctx.methods
    obj.ctx.methods = _StopOnLookUp(methods)
    try:
        with pytest.raises(KeyboardInterrupt) as stop:
            obj.destroy()
    finally:
        obj.ctx.methods = methods
    err = stopped_error("interrupted (Ctrl-C) in {where}", stop.value.__traceback__, "res.wl")
    assert err.message == f"interrupted (Ctrl-C) in procedure {shown}, as it began or ended"
    assert (err.filename, err.line, err.column) == ("res.wl", 9, 1)
