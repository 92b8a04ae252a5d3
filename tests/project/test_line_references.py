"""A syntax error whose words name another line (the PROCEDURE a stray END follows, the
first of two CASE ERROR sections, the block an END is missing for, the IF without THEN
an END cannot close) names it in the
error's own file. `wl run FILE` parses each file of the folder at a line offset of a
combined source, and `wl check` a WINDEV element's code block on its own: the error's
position was moved back to its file, the line its words named was not (`the PROCEDURE
of line 9` for one at line 1 after a library of 8 lines; `the first is at line 2` for
one at line 18 of a window)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

import wlinterp
from wlinterp.check import CheckOptions, check_paths
from wlinterp.errors import WLSyntaxError

LIBRARY = "// a library of eight lines\n\n\n\n\nPROCEDURE Other()\nRESULT 1\n\n"


def run_error(folder: Path, script: str) -> str:
    """The syntax error of `wl run main.wl` beside LIBRARY, as `file:line: words`."""
    (folder / "lib.wl").write_text(LIBRARY, encoding="utf-8")
    path = folder / "main.wl"
    path.write_text(script, encoding="utf-8")
    with pytest.raises(WLSyntaxError) as caught:
        wlinterp.run_file(str(path), stdout=io.StringIO(), stderr=io.StringIO())
    err = caught.value
    return f"{Path(err.filename).name}:{err.line}: {err.message}"


@pytest.mark.parametrize("script, end", [
    ("x is int\nPROCEDURE P()\nRESULT 5\nEND\n", "END"),
    ("x est un entier\nPROCÉDURE P()\nRENVOYER 5\nFIN\n", "FIN")], ids=["en", "fr"])
def test_a_stray_end_names_the_procedure_s_line_in_its_file(tmp_path: Path, script: str,
                                                           end: str) -> None:
    assert run_error(tmp_path, script) == (
        f"main.wl:4: '{end}' without a block to close (if it ends the PROCEDURE of line 2: "
        f"a procedure has no {end}, its body runs to the next PROCEDURE or the end of the "
        "file)")


@pytest.mark.parametrize("script, words", [
    ("x is int\nPROCEDURE P()\nCASE ERROR:\nTrace(1)\nCASE ERROR:\nTrace(2)\n",
     "CASE ERROR"),
    ("x est un entier\nPROCÉDURE P()\nCAS ERREUR:\nTrace(1)\nCAS ERREUR:\nTrace(2)\n",
     "CAS ERREUR")], ids=["en", "fr"])
def test_a_second_section_names_the_first_s_line_in_its_file(tmp_path: Path, script: str,
                                                            words: str) -> None:
    assert run_error(tmp_path, script) == (
        f"main.wl:5: a second {words} section in one process (the first is at line 3)")


@pytest.mark.parametrize("script, words", [
    ("x is int\nIF x = 1 Trace(x)\nEND\n", "the IF of line 2 has no THEN"),
    ("SI HLitRecherchePremier(Client, IDClient, 1) ENTONCES\nTrace(1)\nFIN\n",
     "the SI of line 1 has no ALORS")], ids=["en", "fr"])
def test_an_end_after_an_if_without_then_names_the_if_s_line(tmp_path: Path, script: str,
                                                            words: str) -> None:
    """The IF read as a one-line IF (its THEN missing, or a Spanish guide's ENTONCES):
    the IF's line in the script, not in the combined source (`the SI of line 9` after
    the library's 8 lines; seen running a web snippet in a folder of others)."""
    assert words in run_error(tmp_path, script)


def test_a_missing_end_still_names_its_block_s_line(tmp_path: Path) -> None:
    assert run_error(tmp_path, "x is int\nIF x = 1 THEN\n  Trace(x)\n") == (
        "main.wl:2: expected END to close the IF opened at line 2")


WINDOW = """#To edit and compare internal_properties, use WINDEV integrated tools.
info :
 name : FEN_Client
 type : 65538
window :
 controls :
  -
   name : BTN_OK
   type : 4
   code_elements :
    p_codes :
     -
       code : |1+
        n est un entier = 1
        CAS ERREUR:
        Trace(n)
        CAS ERREUR:
        Trace(2)
       type : 851980
"""


def test_a_window_block_names_the_first_section_at_the_file_s_line(tmp_path: Path) -> None:
    window = tmp_path / "FEN_Client.wdw"
    window.write_text(WINDOW, encoding="utf-8")
    err = io.StringIO()
    code = check_paths([str(window)], err=err, out=io.StringIO(), options=CheckOptions())
    assert code == 65, err.getvalue()
    assert (f"{window}:17:9: error[WL100]: a second CAS ERREUR section in one process (the "
            "first is at line 15) (in BTN_OK)") in err.getvalue()
