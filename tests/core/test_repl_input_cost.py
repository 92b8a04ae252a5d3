"""A REPL input walks its own procedures, not the session's (compiler/session_writeback.py;
docs/semantics.md "A REPL input's cost and earlier procedures"): the writeback fixpoint
reads what earlier inputs' procedures give back and computes only the input's. Pinned by
a count of the procedures the fixpoint walks (not a timing), the same with 3 classes in
the session as with 15. And since earlier code stays as it was compiled, an input giving
a procedure or a method again with other parameters given back, while earlier code calls
it, is refused with the earlier procedure to give again (it stopped the REPL on a Python
TypeError); given together, both are taken. EN and FR."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from wlinterp.repl import ReplSession, run_lines
from wlinterp.semantics import symbols


def _class(i: int, fr: bool) -> list[str]:
    if fr:
        return [f"C{i} est une Classe", "m_a est un entier", "FIN",
                f"PROCÉDURE C{i}::Lire(x)", "RENVOYER m_a + x", "",
                f"PROCÉDURE C{i}::Poser(x)", "x = m_a", ""]
    return [f"C{i} is a Class", "m_a is int", "END",
            f"PROCEDURE C{i}::Get(x)", "RESULT m_a + x", "",
            f"PROCEDURE C{i}::Put(x)", "x = m_a", ""]


@pytest.fixture
def walked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the procedures the writeback fixpoint walks (each is walked for the
    variant parameters it fills, once per fixpoint): a spy on the real function."""
    seen: list[str] = []
    real = symbols._variant_filled

    def spy(p: symbols.ProcInfo) -> set[str]:
        seen.append(p.node.name)
        return real(p)
    monkeypatch.setattr(symbols, "_variant_filled", spy)
    yield seen


def _session(classes: int, fr: bool) -> tuple[ReplSession, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    session = ReplSession(stdout=out, stderr=err)
    run_lines([line for i in range(classes) for line in _class(i, fr)], session)
    assert err.getvalue() == ""
    return session, out, err


@pytest.mark.parametrize("fr", [False, True], ids=["en", "fr"])
def test_an_input_walks_its_own_procedures_whatever_the_session_holds(
        fr: bool, walked: list[str]) -> None:
    counts = []
    for classes in (3, 15):
        session, out, err = _session(classes, fr)
        walked.clear()
        run_lines(["n is int = 1", "n = n + 1", *_class(99, fr),
                   "o is C99", "v is int = 5", "o.Put(v)" if not fr else "o.Poser(v)",
                   "Trace(v, n)"], session)
        assert err.getvalue() == ""
        assert out.getvalue() == "0, 2\n"  # Put gave its parameter back: m_a is 0
        counts.append(sorted(walked))
    assert counts[0] == counts[1]  # the two methods of C99, whatever came before
    assert counts[0] == sorted(["Get", "Put"] if not fr else ["Lire", "Poser"])


@pytest.mark.parametrize("fr", [False, True], ids=["en", "fr"])
def test_a_later_procedure_calling_an_earlier_one_gets_its_parameter_back(fr: bool) -> None:
    proc = "PROCÉDURE" if fr else "PROCEDURE"
    out, err = io.StringIO(), io.StringIO()
    run_lines([f"{proc} Fill(x)", "x = 7", "", f"{proc} Pass(y)", "Fill(y)", "",
               "a is int = 1" if not fr else "a est un entier = 1", "Pass(a)", "Trace(a)"],
              ReplSession(stdout=out, stderr=err))
    assert (out.getvalue(), err.getvalue()) == ("7\n", "")


CASES = {
    "en": (["PROCEDURE Q(x)", "x = 5", "", "PROCEDURE P(y)", "Q(y)", "RESULT 7", ""],
           ["PROCEDURE Q(x)", "RESULT 1", ""],
           ["a is int = 1", "Trace(P(a), a)"]),
    "fr": (["PROCÉDURE Q(x)", "x = 5", "", "PROCÉDURE P(y)", "Q(y)", "RENVOYER 7", ""],
           ["PROCÉDURE Q(x)", "RENVOYER 1", ""],
           ["a est un entier = 1", "Trace(P(a), a)"]),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_procedure_given_again_with_other_parameters_given_back_is_refused(
        lang: str) -> None:
    first, again, use = CASES[lang]
    out, err = io.StringIO(), io.StringIO()
    session = ReplSession(stdout=out, stderr=err)
    run_lines([*first, *again, *use], session)
    assert "<repl>:1:1: error: 'Q' is declared again and now gives back none of its " \
           "parameters, unlike the 'Q' that 'P' (an earlier input) was compiled to call: " \
           "declare 'P' again in the same input" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    assert out.getvalue() == "7, 5\n"  # the session kept the first Q


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_procedure_given_again_with_its_callers_is_taken(lang: str) -> None:
    first, again, use = CASES[lang]
    caller = first[3:]  # P again, in the same input as the new Q
    out, err = io.StringIO(), io.StringIO()
    run_lines([*first, *again[:-1], *caller, *use], ReplSession(stdout=out, stderr=err))
    assert (out.getvalue(), err.getvalue()) == ("7, 1\n", "")


def test_a_method_given_again_with_other_parameters_given_back_is_refused() -> None:
    out, err = io.StringIO(), io.StringIO()
    run_lines(["C is Class", "END", "PROCEDURE C::M(x)", "x = 5", "",
               "PROCEDURE P(o is C, y)", "o.M(y)", "RESULT 7", "",
               "PROCEDURE C::M(x)", "RESULT 1", "",
               "a is int = 1", "o is C", "Trace(P(o, a), a)"],
              ReplSession(stdout=out, stderr=err))
    assert "'C::M' is declared again and now gives back none of its parameters" \
           in err.getvalue()
    assert out.getvalue() == "7, 5\n"


def test_a_procedure_given_again_giving_back_the_same_is_taken() -> None:
    """Only a change of what comes back is refused: the body may change freely."""
    out, err = io.StringIO(), io.StringIO()
    run_lines(["PROCEDURE Q(x)", "x = 5", "", "PROCEDURE P(y)", "Q(y)", "",
               "PROCEDURE Q(x)", "x = 6", "", "a is int = 1", "P(a)", "Trace(a)"],
              ReplSession(stdout=out, stderr=err))
    assert (out.getvalue(), err.getvalue()) == ("6\n", "")
