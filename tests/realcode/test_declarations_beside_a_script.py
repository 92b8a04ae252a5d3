"""A folder of ported code without a project marker, where one `.wl` file holds the
globals alone (Production_TL21: global_variables.wl) and the others use them: that file
is not loaded beside a script (docs/testing.md), so each use is WL101; the error's hint
now says where the name is declared and that a wlproject.toml loads it (it said "declare
it first"). With the marker the names are known."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json

FILES = {"en": ("gbEditing is boolean = False\ngnRow is int = 0\n",
                "PROCEDURE SaveRow()\ngbEditing = True\nTrace(gnRow)\n", "gbEditing"),
         "fr": ("gbSaisieEnCours est un booléen = Faux\ngnLigne est un entier = 0\n",
                "PROCÉDURE EnregistreLigne()\ngbSaisieEnCours = Vrai\nTrace(gnLigne)\n",
                "gbSaisieEnCours")}


@pytest.mark.parametrize("lang", sorted(FILES))
def test_the_hint_names_the_file(lang: str, tmp_path: Path) -> None:
    decls, code, name = FILES[lang]
    (tmp_path / "global_variables.wl").write_text(decls, encoding="utf-8")
    proc = tmp_path / "save_row.wl"
    proc.write_text(code, encoding="utf-8")
    found = [d for d in check_json(proc) if d["code"] == "WL101"]
    assert len(found) == 2
    assert f"global_variables.wl:1: '{name}' is declared in a file of declarations " \
        "alone, which is not loaded beside a script" in str(found[0]["hint"])
    assert "global_variables.wl:2: " in str(found[1]["hint"])
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    assert check_json(proc) == []


@pytest.mark.parametrize("lang", sorted(FILES))
def test_the_run_warns_at_the_declaration_too(lang: str, tmp_path: Path) -> None:
    """`wl run` said only "'gbEditing' is not declared (it is treated as an empty
    variant variable)"; it now also warns at the declaration in the file of declarations
    alone, with the same text as `wl check`'s hint, once per name, in the file's order."""
    import io

    import wlinterp
    decls, code, name = FILES[lang]
    (tmp_path / "global_variables.wl").write_text(decls, encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text(code.replace("PROCEDURE EnregistreLigne()\n", "").replace(
        "PROCEDURE SaveRow()\n", ""), encoding="utf-8")
    err = io.StringIO()
    wlinterp.run_file(str(script), stdout=io.StringIO(), stderr=err)
    hints = [line for line in err.getvalue().splitlines() if "declarations alone" in line]
    assert len(hints) == 2
    assert hints[0].endswith(f"global_variables.wl:1:1: warning: '{name}' is declared in a "
                             "file of declarations alone, which is not loaded beside a "
                             "script (only procedure libraries are); a wlproject.toml in "
                             "the folder makes it a project, which loads it")
    assert "global_variables.wl:2:1: warning:" in hints[1]
