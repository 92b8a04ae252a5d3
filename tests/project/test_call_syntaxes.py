"""`wl run --call` on a procedure with several syntaxes runs the syntax the same
arguments written in code would run (`--call Show 12.5` is `Show(12.5)`: the real one);
it ran the string one for every argument, since the first syntax's typed parameter kept
each argument a text. `wl test` iterations choose among a test procedure's syntaxes the
same way, and such a procedure is one case, not one per syntax (docs/semantics.md §7,
"wl run --call")."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.errors import WLRuntimeError
from wl_test_helpers import call_output, write, wl_test

SHOW_EN = ("PROCEDURE Show(n is int)\nRESULT \"int \" + n\n"
           "PROCEDURE Show(r is real)\nRESULT \"real \" + r\n"
           "PROCEDURE Show(s is string)\nRESULT \"string \" + s\n")
SHOW_FR = ("PROCÉDURE Montre(n est un entier)\nRENVOYER \"entier \" + n\n"
           "PROCÉDURE Montre(s est une chaîne)\nRENVOYER \"chaîne \" + s\n"
           "PROCÉDURE Montre(r est un réel, b est un booléen)\n"
           "RENVOYER \"réel \" + r + \" \" + b\n")


@pytest.mark.parametrize("args, shown", [
    (["12.5"], "real 12.5"), (["12"], "int 12"), (["abc"], "string abc"),
    (["-3"], "int -3"), (["1e3"], "real 1000"), ([""], "string "),
])
def test_the_arguments_choose_the_syntax_as_in_code(args: list[str], shown: str,
                                                    tmp_path: Path) -> None:
    assert call_output(write(tmp_path, "tools.wl", SHOW_EN), "Show", *args) == shown + "\n"


@pytest.mark.parametrize("args, shown", [
    (["7"], "entier 7"), (["sept"], "chaîne sept"), (["2.5", "1"], "réel 2.5 1"),
])
def test_french_syntaxes(args: list[str], shown: str, tmp_path: Path) -> None:
    assert call_output(write(tmp_path, "outils.wl", SHOW_FR), "MONTRE", *args) == shown + "\n"


def test_the_chosen_syntax_gets_a_typed_text_as_typed(tmp_path: Path) -> None:
    text = ("PROCEDURE Code(s is string, n is int)\nRESULT s + \"/\" + n\n"
            "PROCEDURE Code(r is real)\nRESULT r\n")
    assert call_output(write(tmp_path, "codes.wl", text), "Code", "01000", "007") == "01000/7\n"


def test_a_call_no_syntax_takes_says_the_syntaxes(tmp_path: Path) -> None:
    with pytest.raises(WLRuntimeError) as stopped:
        call_output(write(tmp_path, "tools.wl", SHOW_EN), "Show", "1", "2")
    assert stopped.value.message == (
        "--call Show: No syntax of Show takes 2 parameter(s); its syntaxes: "
        "Show(n is int), Show(r is real), Show(s is string).")


TEST_EN = """TestAddIteration(12.5, "real 12.5")
TestAddIteration(3, "int 3")
TestAddIteration("abc", "string abc")
PROCEDURE test_show(n is int, s)
dbgCheckEqual("int " + n, s)
PROCEDURE test_show(r is real, s)
dbgCheckEqual("real " + r, s)
PROCEDURE test_show(x is string, s)
dbgCheckEqual("string " + x, s)
"""

TEST_FR = """TestAjouteItération(2)
PROCÉDURE test_montre()
Trace("sans")  // expect: sans
PROCÉDURE TEST_MONTRE(n est un entier)
dbgVérifieEgalité(n, 3)
"""


def test_a_test_procedure_with_several_syntaxes_is_one_case(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out = wl_test(capsys, "-v", str(write(tmp_path, "test_show.wl", TEST_EN)))
    assert (code, out.count("::test_show PASSED")) == (0, 1), out


def test_french_iterations_choose_among_the_syntaxes(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out = wl_test(capsys, str(write(tmp_path, "test_montre.wl", TEST_FR)))
    assert code == 1, out  # the iteration's 2 ran the integer syntax, which fails
    assert "(iteration 1)" in out and "1 failed" in out, out


def test_without_iterations_a_case_needing_arguments_says_so(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = "PROCEDURE test_x(n is int)\nTrace(n)\nPROCEDURE test_x(r is real)\nTrace(r)\n"
    code, out = wl_test(capsys, str(write(tmp_path, "test_x.wl", text)))
    assert code == 1
    assert "test_x declares parameters, and no iteration gives it values" in out, out


def test_standard_input_types_the_arguments_as_a_file_run_does(
        tmp_path: Path) -> None:
    """`wl run --call P -` (the program on standard input) passed every number-like text
    as a number: `01000` lost its zeros for a string parameter, and a procedure with
    several syntaxes was chosen by those values alone."""
    import subprocess
    import sys

    def run(text: str, *args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "wlinterp", "run", "--call", *args],
                              input=text, capture_output=True, text=True, timeout=60,
                              cwd=tmp_path)
        return done.stdout + done.stderr
    assert run("PROCEDURE Slug(s is string)\nRESULT s + \"-\"\n", "Slug", "-", "01000") \
        == "01000-\n"
    assert run(SHOW_EN, "Show", "-", "12.5") == "real 12.5\n"
    assert run(SHOW_FR, "Montre", "-", "sept") == "chaîne sept\n"
