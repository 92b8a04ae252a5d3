"""A folder of ported code without a project marker, where one `.wl` file holds the
globals alone (Production_TL21: global_variables.wl) and the others use them. That file
was not loaded beside a script: each use was WL101 (with a hint naming the file) and
`wl run` read an empty variant. It is now loaded by the files that name its globals
(project/needed.py, docs/cli.md "Which files a run loads"); a script naming none of
them does not load it; `wl check` of the file of globals does not say "never used" of a
global another file beside it uses."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, run_captured

FILES = {"en": ("gbEditing is boolean = False\ngnRow is int = 41\ngnSpare is int\n",
                "PROCEDURE SaveRow()\ngbEditing = True\ngnRow++\nTrace(gnRow, gbEditing)\n",
                "gnSpare"),
         "fr": ("gbSaisieEnCours est un booléen = Faux\ngnLigne est un entier = 41\n"
                "gnRéserve est un entier\n",
                "PROCÉDURE EnregistreLigne()\ngbSaisieEnCours = Vrai\ngnLigne++\n"
                "Trace(gnLigne, gbSaisieEnCours)\n", "gnRéserve")}


@pytest.mark.parametrize("lang", sorted(FILES))
def test_the_globals_are_known_to_the_files_that_use_them(lang: str, tmp_path: Path) -> None:
    decls, code, _ = FILES[lang]
    (tmp_path / "global_variables.wl").write_text(decls, encoding="utf-8")
    proc = tmp_path / "save_row.wl"
    proc.write_text(code, encoding="utf-8")
    assert check_json(proc) == []


@pytest.mark.parametrize("lang", sorted(FILES))
def test_the_run_reads_them(lang: str, tmp_path: Path) -> None:
    decls, code, _ = FILES[lang]
    (tmp_path / "global_variables.wl").write_text(decls, encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text(code.split("\n", 1)[1], encoding="utf-8")  # (the body as main code)
    assert run_captured(script) == ("42, 1\n", "")


@pytest.mark.parametrize("lang", sorted(FILES))
def test_a_global_no_other_file_uses_is_still_never_used(lang: str, tmp_path: Path) -> None:
    decls, code, spare = FILES[lang]
    globals_file = tmp_path / "global_variables.wl"
    globals_file.write_text(decls, encoding="utf-8")
    (tmp_path / "save_row.wl").write_text(code, encoding="utf-8")
    found = [(d["code"], d["line"]) for d in check_json(globals_file)]
    assert found == [("WL201", 3)], found
    assert spare in str(check_json(globals_file)[0]["message"])


def test_a_script_naming_none_of_them_does_not_load_them(tmp_path: Path) -> None:
    (tmp_path / "global_variables.wl").write_text(  # (loaded, it would stop the run)
        'gsName is string = "globals"\ngnLoaded is int = Crash()\n', encoding="utf-8")
    script = tmp_path / "alone.wl"
    script.write_text('gsName is string = "mine"\nTrace(gsName)\n', encoding="utf-8")
    assert run_captured(script) == ("mine\n", "")
