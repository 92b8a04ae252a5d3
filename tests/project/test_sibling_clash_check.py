"""Two `.wl` libraries beside a script (no project marker) declaring one procedure: `wl
run` leaves the later one out with a warning naming both files; `wl check` said nothing
of the pair, and a script needing both checked clean though its run stopped on 'Unknown
procedure'. Now the check says WL211 at the later file's declaration with the run's
words (both files named), and in the script, what only the file left out declares is
WL102 with a hint naming both files (wlinterp/check_clashes.py, docs/check.md WL211), and
`wl run` says the same at that declaration before the call's error
(project/neighbours.py clash_hints).
English and French, each language's library written in the other's words too."""
from __future__ import annotations

from pathlib import Path

import pytest

from windev_text import procedure_set
from wl_test_helpers import check_json, wl_in, write

LIBRARIES = {
    "en": ("PROCEDURE Total(n)\nRESULT n + 1\nPROCEDURE Helper()\nRESULT 1\n",
           "// the same name, in capitals\nPROCÉDURE TOTAL(n)\nRENVOYER n + 2\n"
           "PROCÉDURE Autre()\nRENVOYER 5\n",
           "Trace(Helper(), Autre())\n", "TOTAL", "Autre"),
    "fr": ("PROCÉDURE Total(n)\nRENVOYER n + 1\nPROCÉDURE Aide()\nRENVOYER 1\n",
           "// the same name, in capitals\nPROCEDURE TOTAL(n)\nRESULT n + 2\n"
           "PROCEDURE Other()\nRESULT 5\n",
           "Trace(Aide(), Other())\n", "TOTAL", "Other"),
}


@pytest.mark.parametrize("lang", sorted(LIBRARIES))
def test_the_check_names_both_files_as_the_run_does(lang: str, tmp_path: Path) -> None:
    first, second, script, clash, only_second = LIBRARIES[lang]
    write(tmp_path, "lib_a.wl", first)
    write(tmp_path, "lib_b.wl", second)
    write(tmp_path, "main.wl", script)
    here = f"{tmp_path}/"  # (the files as the check names them: here, under tmp_path)
    found = [(d["code"], Path(str(d["file"])).name, d["line"], d["column"],
              str(d["message"]).replace(here, ""), str(d["hint"]).replace(here, ""))
             for d in check_json(tmp_path)]
    assert found == [
        ("WL211", "lib_b.wl", 2, 11, "not loaded (beside the script, not part of it): it "
         f"declares '{clash}', as lib_a.wl does",
         "a script of this folder that needs both files runs the 'Total' of lib_a.wl "
         "(line 1) and leaves this file out; in a project (a .wdp or wlproject.toml) both "
         "are errors"),
        ("WL102", "main.wl", 1, len(script) - len(only_second) - 3,
         f"unknown procedure or function '{only_second}'",
         f"lib_b.wl:4: '{only_second}' is declared there, but that file is not loaded "
         f"(beside the script, not part of it): it declares '{clash}', as lib_a.wl does")]
    ran = wl_in(tmp_path, "run", "main.wl")  # what the check now foretells
    assert ran.returncode != 0 and ran.stdout == "", ran
    assert f"lib_b.wl:2:1: warning: not loaded (beside the script, not part of it): it " \
           f"declares '{clash}', as lib_a.wl does" in ran.stderr, ran
    assert f"lib_b.wl:4:1: warning: '{only_second}' is declared here, but this file is " \
           f"not loaded (beside the script, not part of it): it declares '{clash}', as " \
           f"lib_a.wl does" in ran.stderr, ran  # (the run's words for the check's hint)
    assert f"Unknown procedure or function '{only_second}'" in ran.stderr, ran


def test_a_script_needing_one_library_and_a_project_are_not_warned(tmp_path: Path) -> None:
    """Checked alone, the first library has nothing to say; a script that needs only
    the first checks clean; in a project both declarations stay WL105 errors, with no
    WL211 beside them."""
    first, second, _, _, _ = LIBRARIES["en"]
    write(tmp_path, "lib_a.wl", first)
    write(tmp_path, "lib_b.wl", second)
    assert check_json(tmp_path / "lib_a.wl") == []
    assert check_json(write(tmp_path, "main.wl", "Trace(Total(1))\n")) == []
    write(tmp_path, "wlproject.toml", "")
    codes = sorted((d["code"], Path(str(d["file"])).name) for d in check_json(tmp_path)
                   if d["severity"] == "error" or d["code"] == "WL211")
    assert codes == [("WL105", "lib_a.wl"), ("WL105", "lib_b.wl")]


def test_two_procedure_sets_beside_a_script(tmp_path: Path) -> None:
    """Procedure sets are neighbours too: the later set (by name) is WL211 at its
    declaration, and the script's use of what only it declares is WL102 naming both
    files, as `wl run` says (an English set and a French one)."""
    write(tmp_path, "SET_A.wdg", procedure_set("SET_A", "", {
        "Tax": "PROCEDURE Tax(n)\nRESULT n * 2", "OnlyA": "PROCEDURE OnlyA()\nRESULT 1"}))
    write(tmp_path, "SET_B.wdg", procedure_set("SET_B", "", {
        "TAX": "PROCÉDURE TAX(n)\nRENVOYER n * 3", "SeulB": "PROCÉDURE SeulB()\nRENVOYER 2"}))
    write(tmp_path, "main.wl", "Trace(OnlyA(), SeulB())\n")
    here = f"{tmp_path}/"
    found = [(d["code"], Path(str(d["file"])).name, str(d["message"]).replace(here, ""))
             for d in check_json(tmp_path)]
    assert found == [
        ("WL211", "SET_B.wdg", "not loaded (beside the script, not part of it): it declares "
                               "'TAX', as SET_A.wdg does (in TAX)"),
        ("WL102", "main.wl", "unknown procedure or function 'SeulB'")]
    ran = wl_in(tmp_path, "run", "main.wl")
    assert "'SeulB' is declared here, but this file is not loaded" in ran.stderr, ran
    assert "Unknown procedure or function 'SeulB'" in ran.stderr, ran
