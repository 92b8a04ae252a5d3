"""A SWITCH of 10,000 CASE (a table of error codes) and an IF with thousands of ELSE IF
run: past 500 branches the chain goes on in segments at one indentation
(compiler/stmts.py branch), since CPython's compiler recursed once per `elif` and gave up
near 3,000 ("the code nests too deeply here to be compiled", at a CASE, "6 levels").
Counted: the longest run of `elif` in the generated code, not a time."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import compile_source, run_source


def _run(source: str) -> str:
    out = io.StringIO()
    run_source(source, "chain.wl", stdout=out)
    return out.getvalue()


def _longest_elif_run(py: str) -> int:
    longest = run = 0
    for line in py.splitlines():
        run = run + 1 if line.lstrip().startswith("elif ") else 0
        longest = max(longest, run)
    return longest


def _switch(french: bool, value: int, n: int = 10_000) -> str:
    if french:
        cases = "".join(f"    CAS {k} : sLib = \"code {k}\"\n" for k in range(n))
        return (f"nCode est un entier = {value}\nsLib est une chaîne\nSELON nCode\n{cases}"
                "    AUTRE CAS : sLib = \"inconnu\"\nFIN\nTrace(sLib)\n")
    cases = "".join(f"    CASE {k}: sLabel = \"code {k}\"\n" for k in range(n))
    return (f"nCode is int = {value}\nsLabel is string\nSWITCH nCode\n{cases}"
            "    OTHER CASE: sLabel = \"unknown\"\nEND\nTrace(sLabel)\n")


@pytest.mark.parametrize("french", [False, True])
def test_a_switch_of_10000_cases(french):
    assert _run(_switch(french, 9_999)) == "code 9999\n"
    assert _run(_switch(french, 501)) == "code 501\n"
    assert _run(_switch(french, 10_000)) == ("inconnu\n" if french else "unknown\n")
    py = compile_source(_switch(french, 0), "chain.wl").source_py
    assert _longest_elif_run(py) < 500


@pytest.mark.parametrize("else_if, other", [("ELSE IF", "ELSE"), ("SINON SI", "SINON")])
def test_an_if_of_3000_else_ifs(else_if, other):
    def chain(i: int) -> str:
        branches = "".join(f"{else_if} i = {k} {'ALORS' if other == 'SINON' else 'THEN'}\n"
                           f"    Trace({k})\n" for k in range(1, 3_000))
        then = "ALORS" if other == "SINON" else "THEN"
        return (f"i = {i}\nSI i = 0 {then}\n    Trace(0)\n".replace(
            "SI", "SI" if other == "SINON" else "IF") + branches +
            f"{other}\n    Trace(\"none\")\n{'FIN' if other == 'SINON' else 'END'}\n")
    assert _run(chain(2_500)) == "2500\n"
    assert _run(chain(7)) == "7\n"
    assert _run(chain(4_000)) == "none\n"
    assert _longest_elif_run(compile_source(chain(0), "chain.wl").source_py) < 500


def test_break_in_a_long_switch_leaves_the_loop():
    """The segments add no loop: BREAK in a CASE still leaves the FOR around it."""
    cases = "".join(f"    CASE {k}\n        IF j = 2 THEN BREAK\n        Trace(\"j\", {k})\n"
                    for k in range(1, 1_201))
    source = f"FOR j = 1 TO 3\n    SWITCH j\n{cases}    END\nEND\nTrace(\"after\", j)\n"
    assert _run(source) == "j, 1\nafter, 2\n"
