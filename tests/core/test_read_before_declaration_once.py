"""A variable read before its declaration: `wl run` says it once. The run that stops at
that read prints its error only (it printed a warning with the same words just above
it); a read the run does not reach keeps its warning, printed after the run or before
another error (wlinterp/semantics/held_warnings.py, docs/semantics.md "Variables before
their declaration")."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp import run_source
from wlinterp.cli import main
from wlinterp.errors import WLRuntimeError

_WARNED = "is used before its declaration (the run stops if it reads it there)"


def _run(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    script = tmp_path / "script.wl"
    script.write_text(text, encoding="utf-8")
    code = main(["run", str(script)])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_read_the_run_stops_at_is_said_once(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(tmp_path, "Trace(nCompte)\nnCompte est un entier = 3\n", capsys)
    assert code == 1
    assert err.count("nCompte") == 2, err  # the message and the source line under it
    assert "error: The variable 'nCompte' is used before its declaration." in err
    assert _WARNED not in err


def test_a_read_not_reached_keeps_its_warning_after_the_run(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(tmp_path, 'IF False THEN Trace(MyCount)\nTrace("done")\n'
                          'MyCount is int = 3\n', capsys)
    assert (code, out) == (0, "done\n")
    assert f"script.wl:1:21: warning: 'MyCount' {_WARNED}" in err


def test_another_error_comes_after_the_warning(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(tmp_path, 'IF False THEN Trace(n)\nx is int = 0\nTrace(1 / x)\n'
                        'n is int\n', capsys)
    assert code == 1
    assert err.index(_WARNED) < err.index("error: Division by zero")


def test_run_source_holds_it_too() -> None:
    stderr = io.StringIO()
    with pytest.raises(WLRuntimeError):
        run_source("Trace(g)\ng is int = 5\n", "g.wl", stdout=io.StringIO(), stderr=stderr)
    assert stderr.getvalue() == ""
