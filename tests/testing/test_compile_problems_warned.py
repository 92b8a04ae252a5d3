"""`wl test` reports what `wl check` finds in the tested code, at the same file:line:col
and in the words `wl run` warns with: an undeclared name (WL101), a variable of another
type given to a parameter (WL116), code after RETURN / RENVOYER (WL203), in the test file
and in a procedure set of its project, once for the run. It printed WL219 only: a case
passed although WINDEV's compiler refuses its code, with no word of it
(testing/engine.py `_warn_compile_problems`). English and French."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from windev_text import procedure_set
from wl_test_helpers import check_json, wl_test

CASES = {
    "en": ("PROCEDURE test_one()\nx is int = 1\nTrace(y)\ndbgAssert(x = 1)\n\n"
           "PROCEDURE Show(s is string)\nRESULT s\n\n"
           "PROCEDURE test_two()\nn is int = 2\nShow(n)\nRETURN\nTrace(\"after\")\n"),
    "fr": ("PROCÉDURE test_un()\nx est un entier = 1\nTrace(y)\ndbgAssertion(x = 1)\n\n"
           "PROCÉDURE Montre(s est une chaîne)\nRENVOYER s\n\n"
           "PROCÉDURE test_deux()\nn est un entier = 2\nMontre(n)\nRETOUR\nTrace(\"après\")\n"),
}
LIBRARY = {
    "en": "PROCEDURE Twice(n is int)\nRESULT n * 2 + nMissing\n",
    "fr": "PROCÉDURE Double(n est un entier)\nRENVOYER n * 2 + nAbsent\n",
}
USES = {
    "en": "PROCEDURE test_twice{n}()\ndbgAssert(Twice(2) = 4)\n",
    "fr": "PROCÉDURE test_double{n}()\ndbgAssertion(Double(2) = 4)\n",
}


def _warned(out: str) -> list[tuple[str, int, int]]:
    """(file name, line, column) of each warning the run printed."""
    return [(Path(m.group(1)).name, int(m.group(2)), int(m.group(3)))
            for m in re.finditer(r"^(.+?):(\d+):(\d+): warning: ", out, re.M)]


def _checked(*paths: Path) -> list[tuple[str, int, int]]:
    return [(Path(str(d["file"])).name, int(str(d["line"])), int(str(d["column"])))
            for d in check_json(*paths) if str(d["code"]).startswith("WL")]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_test_file_s_problems_are_warned_where_the_check_puts_them(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    test = tmp_path / "test_cases.wl"
    test.write_text(CASES[lang], encoding="utf-8")
    code, out = wl_test(capsys, str(test))
    assert code == 0 and "2 passed" in out, out
    warned = _warned(out)
    assert warned == [("test_cases.wl", 3, 7), ("test_cases.wl", 11, len("Show(") + 1
                       if lang == "en" else len("Montre(") + 1), ("test_cases.wl", 13, 1)], out
    assert warned == _checked(test)
    assert "'y' is not declared" in out and "never run" in out, out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_project_file_s_problem_is_warned_once(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two test files linked to one procedure set: its WL101 is printed once, at its own
    file and line."""
    name = "Twice" if lang == "en" else "Double"
    (tmp_path / "Maths.wdg").write_text(procedure_set("Maths", "", {name: LIBRARY[lang]}),
                                        encoding="utf-8")
    for n in (1, 2):
        (tmp_path / f"test_maths{n}.wl").write_text(USES[lang].format(n=n), encoding="utf-8")
    code, out = wl_test(capsys, str(tmp_path))
    assert "2 failed" in out or "2 passed" in out, out
    warned = _warned(out)
    assert len(warned) == 1 and warned[0][0] == "Maths.wdg", out
    assert warned == _checked(tmp_path / "Maths.wdg")
    assert ("nMissing" if lang == "en" else "nAbsent") in out



ERRORS = {
    "en": ("PROCEDURE test_errors()\nST is Structure\n\tn is int\nEND\np is ST\n"
           "x is int = 1\nIF x = 2 THEN\n\tx -= p\n\tMissing(1)\nEND\ndbgAssert(x = 1)\n"),
    "fr": ("PROCÉDURE test_erreurs()\nST est une Structure\n\tn est un entier\nFIN\n"
           "p est un ST\nx est un entier = 1\nSI x = 2 ALORS\n\tx -= p\n\tAbsente(1)\nFIN\n"
           "dbgAssertion(x = 1)\n"),
}


@pytest.mark.parametrize("lang", sorted(ERRORS))
def test_the_check_s_errors_are_printed_too(lang: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Errors `wl run` does not warn of (a structure as a number WL113, an unknown
    procedure WL102) are printed in `wl check`'s words and places; the case runs (the
    lines are not reached) and passes."""
    test = tmp_path / "test_errors.wl"
    test.write_text(ERRORS[lang], encoding="utf-8")
    code, out = wl_test(capsys, str(test))
    assert code == 0 and "1 passed" in out, out
    printed = [(Path(m.group(1)).name, int(m.group(2)), int(m.group(3)), m.group(4))
               for m in re.finditer(r"^(.+?):(\d+):(\d+): error\[(WL\d+)\]: ", out, re.M)]
    checked = [(Path(str(d["file"])).name, int(str(d["line"])), int(str(d["column"])),
                str(d["code"])) for d in check_json(test) if d["severity"] == "error"]
    assert printed == checked and {c for *_, c in printed} == {"WL113", "WL102"}, out
