"""`wl run` says an unknown procedure before it runs (WL102 as a warning, in `wl check`'s
words, at the call, "(the run stops if it reaches this call)"), once per name, as it says
an undeclared variable: the spec's example 2 opened its SMTP session before stopping at
Initialize_Email with no word before. The run still stops at the call when it reaches it,
and runs the lines before; `-w` hides the warning; the REPL and `wl test` say the call
as an error only (docs/semantics.md "An unknown procedure said before the run"). English
and French."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError

SCRIPTS = {
    "en": ("Trace(1)\nIF False THEN Prepare_Mail()\nGo()\nPROCEDURE Go()\nPrepare_Mail()\n"
           "Trace(2)\n"),
    "fr": ("Trace(1)\nSI Faux ALORS Prépare_Mél()\nLance()\nPROCÉDURE Lance()\n"
           "Prépare_Mél()\nTrace(2)\n"),
}
NAMES = {"en": "Prepare_Mail", "fr": "Prépare_Mél"}


def _run(lang: str, **options: object) -> tuple[str, str, WLRuntimeError]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(WLRuntimeError) as stop:
        run_source(SCRIPTS[lang], "mail.wl", stdout=out, stderr=err, options=dict(options))
    return out.getvalue(), err.getvalue(), stop.value


@pytest.mark.parametrize("lang", sorted(SCRIPTS))
def test_said_once_before_the_run_then_the_run_stops_at_the_call(lang: str) -> None:
    out, err, stop = _run(lang)
    name = NAMES[lang]
    warning = (f"mail.wl:2:15: warning: unknown procedure or function '{name}' (the run "
               f"stops if it reaches this call)")
    assert err.startswith(warning + "\n"), err
    assert err.count("warning:") == 1, err  # (two calls of the name: said once)
    assert out == "1\n"  # (the lines before the call ran)
    assert (stop.line, stop.column) == (5, 1)
    assert stop.message == f"Unknown procedure or function '{name}'."


@pytest.mark.parametrize("lang", sorted(SCRIPTS))
def test_no_warnings_hides_it(lang: str) -> None:
    out, err, stop = _run(lang, no_warnings=True)
    assert (out, err, stop.line) == ("1\n", "", 5)


def test_a_repl_input_says_it_as_the_error_only() -> None:
    from wlinterp.repl import ReplSession
    out, err = io.StringIO(), io.StringIO()
    assert not ReplSession(stdout=out, stderr=err).execute("Trace(1)\nPrepare_Mail()\n")
    assert out.getvalue() == "1\n"
    assert "warning" not in err.getvalue()
    assert err.getvalue().count("Unknown procedure or function 'Prepare_Mail'.") == 1
