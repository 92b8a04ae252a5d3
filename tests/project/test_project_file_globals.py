"""`wl run` reads the project file's (.wdp) globals as `wl check` does: the variables and
constants its initialization declares are seen by every script, set and class of the
project; the rest of the initialization (opening a window, HFSQL set-up) is the
application's start-up and does not run (project/project_file.py). English and French."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from windev_text import procedure_set, project_file
from wl_test_helpers import check_json, run_captured

INIT = {
    "en": ("GLOBAL\n\tgsRights is string = \"RW\"\t// the user's rights\n\tgnPort is int = 5010"
           "\nLOCAL\nCONSTANT\n\tCST_VERSION = \"1.2\"\nEND\ngsRights = \"R\"\n"
           "Open(WIN_Main)\n\nCASE ERROR:\nError(ErrorInfo())"),
    "fr": ("GLOBAL\n\tgsDroits est une chaîne = \"RW\"\t// droits de l'utilisateur\n"
           "\tgnPort est un entier = 5010\nLOCAL\nCONSTANTE\n\tCST_VERSION = \"1.2\"\nFIN\n"
           "gsDroits = \"R\"\nOuvre(FEN_Principale)\n\nCAS ERREUR:\nErreur(ErreurInfo())"),
}
SCRIPT = {"en": "Trace(gsRights, gnPort, CST_VERSION)\nTrace(Describe())\n",
          "fr": "Trace(gsDroits, gnPort, CST_VERSION)\nTrace(Décris())\n"}
SET = {"en": procedure_set("pSet", "", {"Describe": "PROCEDURE Describe()\n"
                                       "RESULT gsRights + \":\" + gnPort"}),
       "fr": procedure_set("pCol", "", {"Décris": "PROCÉDURE Décris()\n"
                                       "RENVOYER gsDroits + \":\" + gnPort"})}


def project(tmp_path: Path, lang: str, init: str | None = None) -> Path:
    (tmp_path / "App.wdp").write_text(project_file("App", init or INIT[lang], 'Trace("bye")'),
                                      encoding="utf-8")
    (tmp_path / "pSet.wdg").write_text(SET[lang], encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text(SCRIPT[lang], encoding="utf-8")
    return script


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_script_and_a_set_see_the_project_globals_with_their_declared_values(
        lang: str, tmp_path: Path) -> None:
    """The declarations run (with their values); the assignment after them, the window
    opened and the closing code do not."""
    script = project(tmp_path, lang)
    out, err = run_captured(script)
    assert out.splitlines() == ["RW, 5010, 1.2", "RW:5010"]
    assert err == ""
    assert [d for d in check_json(script) if d["severity"] == "error"] == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_command_line_runs_it_too(lang: str, tmp_path: Path) -> None:
    script = project(tmp_path, lang)
    done = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(script)],
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (0, "RW, 5010, 1.2\nRW:5010\n"), done.stderr


def test_an_initialization_that_does_not_parse_is_left_out_with_a_warning(
        tmp_path: Path) -> None:
    """Its names are then unknown: the warnings about them come after the one that says
    why (an undeclared name is a warning in `wl run`: an empty variant)."""
    script = project(tmp_path, "en", "gsRights is string = \"RW\"\nIF\n")
    script.write_text("Trace(\"[\" + gsRights + \"]\")\n", encoding="utf-8")
    out, err = run_captured(script)
    assert out == "[]\n"
    first, later = err.index("the project's globals are not declared"), \
        err.index("'gsRights' is not declared")
    assert first < later and "App.wdp:" in err[:first]


def test_a_project_file_not_in_text_format_declares_nothing(tmp_path: Path) -> None:
    """An older IDE's binary .wdp still marks the project; it holds no code to read."""
    (tmp_path / "App.wdp").write_bytes(b"\x00\x01WDP binary\x00")
    (tmp_path / "main.wl").write_text("Trace(1 + 1)\n", encoding="utf-8")
    assert run_captured(tmp_path / "main.wl") == ("2\n", "")
