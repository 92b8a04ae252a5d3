"""?1514076: a variable of another type given to a typed parameter is a compile error in
WINDEV. `wl check` reports the error WL116; `wl run` warns and converts the value (a
deferred error), `wl run --strict` refuses the program (docs/check.md)."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLSyntaxError

SOURCE = 'Index is int = 7\nMyProc(Index)\nPROCEDURE MyProc(s is string)\nTrace(s + "!")\n'


def _run(strict: bool) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(SOURCE, "p.wl", stdout=out, stderr=err, options={"strict": strict})
    return out.getvalue(), err.getvalue()


def test_wl_run_warns_and_converts() -> None:
    out, err = _run(False)
    assert out == "7!\n"
    assert "warning" in err and "WINDEV's compiler refuses" in err
    assert "wl run converts the value" in err


def test_wl_run_strict_refuses_the_program() -> None:
    with pytest.raises(WLSyntaxError, match="'Index' is an int and the parameter 's' of "
                       "MyProc is a string"):
        _run(True)
