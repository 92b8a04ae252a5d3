"""`wl run` on a file of procedures alone (a procedure set written as a `.wl`, a `.wdg`):
its main code runs nothing, and the run said nothing. It now prints a note naming the
procedures and `wl run --call NAME FILE` (docs/cli.md, "A file of procedures"); main code
written after a procedure that then calls it is WL203 (docs/semantics.md, "Main code
after a procedure in a script")."""
from __future__ import annotations

import io
import pathlib
import subprocess
import sys

from wlinterp import run_file
from tests.windev_text import procedure_set

_HINT = ("(A procedure runs up to the next PROCEDURE: a script's main code goes before "
         "its procedures.)")


def _run(tmp_path: pathlib.Path, name: str, text: str, **kw: object) -> tuple[str, str]:
    path = tmp_path / name
    if text:  # (empty: the file as an earlier call wrote it)
        path.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    run_file(str(path), stdout=out, stderr=err, **kw)  # type: ignore[arg-type]
    return out.getvalue(), err.getvalue().replace(str(tmp_path) + "/", "")


def test_a_file_of_procedures_says_how_to_call_them(tmp_path: pathlib.Path) -> None:
    out, err = _run(tmp_path, "tools.wl", 'PROCEDURE Hello(s)\nTrace("hi " + s)\n\n'
                    "PROCEDURE Twice(n)\nRESULT 2 * n\n")
    assert out == ""
    assert err == ("note: tools.wl has no main code: running it ran none of its procedures "
                   "(Hello, Twice); to call one: wl run --call Hello tools.wl [ARGS]. "
                   f"{_HINT}\n")
    out, err = _run(tmp_path, "tools.wl", "", call="Twice", args=["21"])
    assert (out, err) == ("42\n", "")


def test_french_procedures_and_declarations_only(tmp_path: pathlib.Path) -> None:
    """Main code that only declares runs nothing either; accents and case kept."""
    _, err = _run(tmp_path, "outils.wl", "gnTaux est un entier = 20\nCONSTANTE\n"
                  "\tTVA = 20\nFIN\nPROCÉDURE CalculerTTC(m)\nRENVOYER m * (1 + TVA / 100)\n")
    assert err.startswith("note: outils.wl has no main code: running it ran none of its "
                          "procedures (CalculerTTC); to call one: wl run --call CalculerTTC")


def test_main_code_that_runs_gets_no_note(tmp_path: pathlib.Path) -> None:
    out, err = _run(tmp_path, "main.wl", "Trace(Twice(2))\nPROCEDURE Twice(n)\nRESULT 2 * n\n")
    assert (out, err) == ("4\n", "")
    _, err = _run(tmp_path, "quiet.wl", "PROCEDURE P()\n", options={"no_warnings": True})
    assert err == ""


def test_main_code_written_after_a_procedure_that_calls_it(tmp_path: pathlib.Path) -> None:
    """The usual mistake: the lines meant as main code are Greet's body, Greet calls
    itself there. The run warns (at the call) and notes that nothing runs; the hint is
    said once."""
    out, err = _run(tmp_path, "greet.wl", 'PROCEDURE Greet(s)\nTrace("Hello " + s)\n\n'
                    'Greet("Ann")\n')
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == ("greet.wl:4:1: warning: 'Greet' calls itself here, before anything "
                        "can end it: each call of it calls it again, without end (the run "
                        "stops when the stack is full) (a procedure runs up to the next "
                        "PROCEDURE: a script's main code goes before its procedures)")
    assert lines[-1] == ("note: greet.wl has no main code: running it ran none of its "
                         "procedures (Greet); to call one: wl run --call Greet greet.wl [ARGS].")


def test_a_procedure_set_notes_without_the_scripts_hint(tmp_path: pathlib.Path) -> None:
    """A .wdg keeps each procedure in an element of its own: nothing to hint about."""
    text = procedure_set("pTools", "", {"Ping": "PROCEDURE Ping()\nTrace(\"pong\")"})
    _, err = _run(tmp_path, "pTools.wdg", text)
    assert err == ("note: pTools.wdg has no main code: running it ran none of its "
                   "procedures (Ping); to call one: wl run --call Ping pTools.wdg [ARGS].\n")


def test_the_command_line_exits_0_with_the_note(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "lib.wl"
    path.write_text("PROCEDURE Sq(n)\nRESULT n * n\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, "")
    assert "to call one: wl run --call Sq " in done.stderr
    done = subprocess.run([sys.executable, "-m", "wlinterp", "run", "--call", "Sq", str(path),
                           "7"], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "49\n", "")


def test_the_note_comes_after_the_output_and_not_after_an_error(tmp_path: pathlib.Path) -> None:
    """The note is the run's last word when it ran (the lines of another file's main
    code come first); a run that stops on an error ends with the error, no note."""
    (tmp_path / "pSet.wdg").write_text(procedure_set(
        "pSet", 'Trace("set ready")', {"Nop": "PROCEDURE Nop()"}), encoding="utf-8")
    path = tmp_path / "lib.wl"
    path.write_text("PROCEDURE Sq(n)\nNop()\nRESULT n * n\n", encoding="utf-8")  # (it needs
    done = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(path)],  # the set)
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, "set ready\n")
    assert done.stderr.startswith(f"note: {path} has no main code")
    (tmp_path / "pSet.wdg").write_text(procedure_set(
        "pSet", "n is int = 1 / 0", {"Nop": "PROCEDURE Nop()"}), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "note:" not in done.stderr


def test_a_test_file_points_to_wl_test(tmp_path: pathlib.Path) -> None:
    _, err = _run(tmp_path, "test_maths.wl", "PROCEDURE test_sum()\nassert(1 + 1 = 2)\n")
    assert err.startswith("note: test_maths.wl has no main code: running it ran none of its "
                          "procedures (test_sum); wl test test_maths.wl runs its test cases.")


def test_a_wrong_argument_count_for_call_names_the_file(tmp_path: pathlib.Path) -> None:
    """It said `<string>: error: --call: wrong number of arguments for Sq.`"""
    path = tmp_path / "lib.wl"
    path.write_text("PROCEDURE Sq(n)\nRESULT n * n\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "wlinterp", "run", "--call", "Sq", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (
        1, f"{path}: error: --call: wrong number of arguments for Sq.\n")


def test_a_script_of_a_class_and_its_methods_says_nothing_ran(tmp_path: pathlib.Path) -> None:
    """A class, its methods, then the lines meant as main code: those are the last
    method's body and the run did nothing without a word (the note counted global
    procedures only). Each method is named once (a property's <get> and <set> too)."""
    out, err = _run(tmp_path, "point.wl", "CPoint is Class\n\tx is int\nEND\n"
                    "PROCEDURE PUBLIC CPoint::X() : int <get>\nRESULT :x\n"
                    "PROCEDURE PUBLIC CPoint::X(v) <set>\n:x = v\n\n"
                    "p is CPoint\np.X = 4\nTrace(p.X)\n")
    assert out == ""
    assert err == ("note: point.wl has no main code: running it ran none of its methods "
                   f"(CPoint::X); its methods run when code calls them. {_HINT}\n")
    _, err = _run(tmp_path, "compte.wl", "CCompte est une Classe\nsolde est un réel\nFIN\n"
                  "PROCÉDURE CCompte::Créditer(m)\n:solde += m\n")
    assert err.startswith("note: compte.wl has no main code: running it ran none of its "
                          "methods (CCompte::Créditer)")
