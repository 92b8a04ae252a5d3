"""An INTERNAL PROCEDURE / PROCÉDURE INTERNE without its END / FIN: `wl run` warns of it
as `wl check` does (WL219), at the same place and in the same words, once: a script run
alone, a library beside it and a procedure set (.wdg) of a project loaded through
project/linker.py, whose lines are the file's own. `wl run` said nothing
(semantics/analysis.py RUN_WARNINGS, project/linker.py `link`). One read as ending before
the next PROCEDURE ends with the procedure around it: the warning names that procedure's
last line, not the next PROCEDURE's (in a .wdg, another element's line: it said "before
line 30"). `wl test` warns of it too, once for the run (it said nothing; testing/engine.py).
English and French."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from windev_text import procedure_set
from wl_test_helpers import check_json, run_captured, wl_test

TOTAL = {
    "en": ("PROCEDURE Total(t is array of int)\nn is int\nFOR EACH x OF t\n\tAdd(x)\nEND\n"
           "RESULT n\nINTERNAL PROCEDURE Add(k is int)\nn += k\n"),
    "fr": ("PROCÉDURE Total(t est un tableau d'entiers)\nn est un entier\nPOUR TOUT x DE t\n"
           "\tAjoute(x)\nFIN\nRENVOYER n\nprocédure interne Ajoute(k est un entier)\nn += k\n"),
}
HEADER = {"en": "'INTERNAL PROCEDURE Add' has no END", "fr": "'procédure interne Ajoute' has no FIN"}
OTHER = {"en": "PROCEDURE Other()\nRESULT 1\n", "fr": "PROCÉDURE Autre()\nRENVOYER 1\n"}


def _warned(err: str) -> list[tuple[str, int, int, str]]:
    """(file name, line, column, message) of each warning `wl run` wrote."""
    return [(Path(m.group(1)).name, int(m.group(2)), int(m.group(3)), m.group(4))
            for m in re.finditer(r"^(.+?):(\d+):(\d+): warning: (.*)$", err, re.M)]


def _checked(*paths: Path) -> list[tuple[str, int, int, str]]:
    return [(Path(str(d["file"])).name, d["line"], d["column"], d["message"])  # type: ignore[misc]
            for d in check_json(*paths) if d["code"] == "WL219"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_script_run_alone_warns_once_where_the_check_does(lang: str, tmp_path: Path) -> None:
    script = tmp_path / "main.wl"
    script.write_text("Trace(Total([1, 2]))\n" + TOTAL[lang], encoding="utf-8")
    out, err = run_captured(script)
    assert out == "3\n"
    warned = _warned(err)
    assert warned == [("main.wl", 8, 1, HEADER[lang] + ": it is read as ending at the end "
                       "of the code; WINDEV's compiler refuses it")], err
    assert warned == _checked(script)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_library_beside_the_script_names_its_own_lines(lang: str, tmp_path: Path) -> None:
    """The library is linked after its blank and comment lines: its header and the line
    it is read to end before are the library's (it is line 3 + 9 there, not combined)."""
    (tmp_path / "lib.wl").write_text("// a library\n\n" + TOTAL[lang] + "\n" + OTHER[lang],
                                     encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text("Trace(Total([1, 2]))\n", encoding="utf-8")
    out, err = run_captured(script)
    assert out == "3\n"
    warned = _warned(err)
    assert warned == [("lib.wl", 9, 1, HEADER[lang] + ": it is read as ending with the "
                       "procedure around it, after line 10; WINDEV's compiler refuses it")], err
    assert warned == _checked(script, tmp_path / "lib.wl")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_procedure_set_of_the_project_warns_at_its_file(lang: str, tmp_path: Path) -> None:
    (tmp_path / "Sums.wdg").write_text(procedure_set(
        "Sums", "", {"Total": TOTAL[lang], "Other": OTHER[lang]}), encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text("Trace(Total([1, 2]))\n", encoding="utf-8")
    out, err = run_captured(script)
    assert out == "3\n"
    warned = _warned(err)
    assert warned == [("Sums.wdg", 23, 5, HEADER[lang] + ": it is read as ending with the "
                       "procedure around it, after line 24; WINDEV's compiler refuses it")], err
    assert (tmp_path / "Sums.wdg").read_text(encoding="utf-8").splitlines()[23].strip() \
        == TOTAL[lang].splitlines()[-1]  # (line 24: Total's last line, not Other's header)
    checked = _checked(script, tmp_path / "Sums.wdg")
    assert [w[:3] for w in checked] == [w[:3] for w in warned]
    assert checked[0][3].startswith(warned[0][3]), checked  # (check adds "(in Total)")


CASES = {
    "en": "PROCEDURE test_total{n}()\ndbgCheckEqual(Total([1, 2]), 3)\n",
    "fr": "PROCÉDURE test_total{n}()\ndbgVérifieEgalité(Total([1, 2]), 3)\n",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_wl_test_warns_once_of_a_project_file(lang: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Two test files linked to the same procedure set: its warning is printed once."""
    (tmp_path / "Sums.wdg").write_text(procedure_set(
        "Sums", "", {"Total": TOTAL[lang], "Other": OTHER[lang]}), encoding="utf-8")
    for n in (1, 2):
        (tmp_path / f"test_sums{n}.wl").write_text(CASES[lang].format(n=n), encoding="utf-8")
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 0 and "2 passed" in out, out
    assert _warned(out) == [("Sums.wdg", 23, 5, HEADER[lang] + ": it is read as ending with "
                             "the procedure around it, after line 24; WINDEV's compiler "
                             "refuses it")], out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_wl_test_warns_of_the_test_file_itself(lang: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    test = tmp_path / "test_total.wl"
    test.write_text(CASES[lang].format(n="") + TOTAL[lang], encoding="utf-8")
    code, out = wl_test(capsys, str(test))
    assert code == 0 and "1 passed" in out, out
    assert _warned(out) == [("test_total.wl", 9, 1, HEADER[lang] + ": it is read as ending "
                             "at the end of the code; WINDEV's compiler refuses it")], out
