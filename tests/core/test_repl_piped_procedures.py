"""A PROCEDURE piped into the REPL ends where the user meant (docs/semantics.md, "8. The
REPL"; wlinterp/repl/procedure_end.py): an empty line inside a `.wl` file's procedure no
longer cuts its body (the rest ran as main code, the procedure returned nothing), and a
procedure whose body returned ends without an empty line (the next line was dead code of
its body: nothing ran). A transcript's empty line still closes a procedure."""
from __future__ import annotations

import io
import os
import subprocess
import sys

from wlinterp.repl import ReplSession, run_lines


def piped(text: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    session = ReplSession(stdout=out, stderr=err)
    run_lines(text.split("\n"), session)
    session.close()
    return out.getvalue(), err.getvalue()


def test_an_empty_line_inside_a_body_does_not_cut_the_procedure() -> None:
    assert piped("PROCEDURE Add(a, b)\nx is int = a\n\nRESULT x + b\n\nTrace(Add(1, 2))\n") \
        == ("3\n", "")


def test_the_french_twin_with_accents_and_two_empty_lines() -> None:
    assert piped("PROCÉDURE Ajoute(a, b)\nsTotal est un entier = a\n\n\nsTotal += b\n"
                 "RENVOYER sTotal\n\nTrace(Ajoute(40, 2))\n") == ("42\n", "")


def test_a_line_that_returns_after_the_empty_line_is_still_the_body() -> None:
    assert piped("PROCEDURE Half(n)\nTrace(\"halving\")\n\nRESULT n / 2\n\nHalf(9)\n") \
        == ("halving\n4.5\n", "")


def test_a_transcript_still_closes_the_procedure_at_its_empty_line() -> None:
    # n is the session's own variable too: the line is main code, not Twice's body
    assert piped("n is int = 5\nPROCEDURE Twice(n)\nRESULT n * 2\n\nTwice(n)\n") == ("10\n", "")


def test_a_body_that_returned_ends_without_an_empty_line() -> None:
    assert piped("PROCEDURE Twice(n)\nRESULT n * 2\nTrace(Twice(4))\n") == ("8\n", "")
    assert piped("PROCÉDURE Moitié(n)\nSI n > 8 ALORS\nRENVOYER 0\nFIN\nRENVOYER n / 2\n"
                 "// fin\nTrace(Moitié(5), Moitié(9))\n") == ("2.5, 0\n", "")


def test_a_case_error_section_after_the_result_stays_in_the_body() -> None:
    out, err = piped("PROCEDURE Number(s)\nRESULT Val(s)\nCASE ERROR:\nRESULT -1\n"
                     "Trace(Number(\"12\"))\n")
    assert (out, err) == ("12\n", "")


def test_code_after_a_result_inside_a_block_is_still_the_body() -> None:
    # the RESULT is inside an IF: the line after END may run, so it is the body
    assert piped("PROCEDURE P(n)\nIF n THEN\nRETURN\nEND\nTrace(\"body\")\n\nP(0)\nP(1)\n") \
        == ("body\n", "")


def test_wl_repl_fed_a_wl_file_by_a_pipe() -> None:
    source = ("PROCEDURE Price(nQty is int)\nnUnit is int = 3\n\n// the discount\n"
              "IF nQty > 10 THEN nUnit = 2\n\nRESULT nQty * nUnit\nTrace(Price(5), Price(20))\n")
    ran = subprocess.run([sys.executable, "-m", "wlinterp", "repl"], input=source, text=True,
                         capture_output=True, timeout=120, env={**os.environ, "WL_HISTORY": ""})
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "15, 40\n", ""), ran


def test_a_long_piped_procedure_with_empty_lines_is_parsed_a_bounded_number_of_times(
        monkeypatch) -> None:
    """Held at each empty line, a 3,000-line body is not parsed again at each one (it was
    parsed whole there, once the body no longer stopped at the first)."""
    from wlinterp.repl import reader
    calls = []
    real = reader.waiting
    monkeypatch.setattr(reader, "waiting", lambda text: calls.append(1) or real(text))
    lines = ["PROCEDURE Big(n)", "x is int = n"]
    for k in range(300):
        lines += [f"x += {k}"] * 9 + [""]
    lines += ["RESULT x", "", "Trace(Big(1))"]
    cut = list(reader.inputs(lines, lambda name: False))
    assert cut == ["\n".join(lines[:-1]), "Trace(Big(1))"]
    assert len(calls) <= 5, len(calls)


def test_a_transcript_declaring_a_parameters_name_after_the_empty_line() -> None:
    """`n is int = 4` names Twice's parameter but declares it: the session's own n."""
    assert piped("PROCEDURE Twice(n)\nRESULT n * 2\n\nn is int = 4\nTrace(Twice(n))\n") \
        == ("8\n", "")
    assert piped("PROCÉDURE Double(n)\nrésultat est un entier = n * 2\n\nRENVOYER résultat\n\n"
                 "résultat est un entier = Double(21)\nTrace(résultat)\n") == ("42\n", "")


def test_a_call_with_named_arguments_after_its_procedure_runs() -> None:
    """`P(nY : 3, nX : 2)` names P's parameters: those names read nothing, so the call,
    right after the procedure's empty line, is the session's next input (it was taken
    for the body going on, and never ran)."""
    assert piped("PROCEDURE ShowProduct(nX, nY = 1)\nTrace(nX * nY)\n\nShowProduct(nY : 3, "
                 "nX : 2)\nTrace(9)\n") == ("6\n9\n", "")


def test_the_french_twin_a_constructor_given_named_arguments() -> None:
    assert piped("CPoint est une Classe\nm_x est un entier\nFIN\n"
                 "PROCÉDURE CPoint::Constructeur(nX, nY = 1)\nm_x = nX * nY\n\n"
                 "o est un CPoint(nY : 3, nX : 2)\nTrace(o.m_x)\n") == ("6\n", "")
