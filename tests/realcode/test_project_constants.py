"""A project file (.wdp) whose initialization declares a CONSTANT block, as PC SOFT's
example projects do: `wl check` of the .wdp alone, or with the project's other files,
finds each constant declared once (it was WL105 "declared twice": the project file was
both checked and shared with itself), and a procedure set of the project sees them."""
from __future__ import annotations

from pathlib import Path

import pytest

from windev_text import procedure_set, project_file
from wl_test_helpers import check_json

INIT = {"en": "CONSTANT\n\tPORT_NUMBER = 5010\n\tAPP_NAME = \"Orders\"\nEND\n"
              "gnPort is int = PORT_NUMBER\nTrace(APP_NAME, gnPort)\n",
        "fr": "CONSTANTE\n\tNUMERO_PORT = 5010\n\tNOM_APPLI = \"Commandes\"\nFIN\n"
              "gnPort est un entier = NUMERO_PORT\nTrace(NOM_APPLI, gnPort)\n"}
USE = {"en": ("Show", "PROCEDURE Show()\nRESULT APP_NAME + \":\" + PORT_NUMBER\n"),
       "fr": ("Montre", "PROCEDURE Montre()\nRENVOYER NOM_APPLI + \":\" + NUMERO_PORT\n")}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_project_s_constants_are_declared_once(lang: str, tmp_path: Path) -> None:
    wdp = tmp_path / "App.wdp"
    wdp.write_text(project_file("App", INIT[lang]), encoding="utf-8")
    name, code = USE[lang]
    wdg = tmp_path / "COL_App.wdg"
    wdg.write_text(procedure_set("COL_App", "", {name: code}), encoding="utf-8")
    assert check_json(wdp) == []
    assert check_json(wdp, wdg) == []
    assert check_json(wdg) == []
