"""`RETURN <value>` in a procedure declared without a result type gives the value, as
RESULT does, and `wl check` says nothing of it (PC SOFT's help pages write it so); a bare
RESULT in a procedure declared with a result type gives the type's default value
(docs/semantics.md, RETURN), English and French."""
from __future__ import annotations

import io

import pytest

from wlinterp import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse


def _errors(text: str) -> list[str]:
    return [d.code for d in analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
            if d.code.startswith("WL1")]


@pytest.mark.parametrize("text, shown", [
    ("Trace(Next(2))\nPROCEDURE Next(n)\nRETURN n + 1\n", "3"),
    ("Trace(Suivant(2))\nPROCÉDURE Suivant(n)\nRETOUR n + 1\n", "3"),
    ("Trace(Count(5) + 1)\nPROCEDURE Count(n) : int\nIF n > 0 THEN RESULT\nRESULT 9\n", "1"),
    ("Trace(Compte(0))\nPROCÉDURE Compte(n) : entier\nSI n > 0 ALORS RENVOYER\n"
     "RENVOYER 9\n", "9"),
])
def test_return_values_are_given_back_without_a_report(text, shown):
    assert _errors(text) == []
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().strip() == shown
