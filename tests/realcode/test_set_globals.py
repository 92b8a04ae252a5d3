"""A procedure set's declarations are global variables of the whole project: another
file reads or assigns them, so `wl check` says neither "never used" (WL201) nor "never
assigned" (WL204) at their declarations, in English and French sources written for this
test; a procedure's own unused variable is still WL201 (docs/check.md "Files")."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json
from windev_text import procedure_set

SETS = {
    "en": ("gnMade is int\ngsLabel is string\nlocalNever is int",
           {"Make": "PROCEDURE Make()\nunusedHere is int\ngnMade++"},
           "gsLabel = \"x\"\nMake()\nTrace(gnMade, gsLabel)\n"),
    "fr": ("gnFaits est un entier\ngsNom est une chaîne\nlocalJamais est un entier",
           {"Fabrique": "PROCÉDURE Fabrique()\ninutileIci est un entier\ngnFaits++"},
           "gsNom = \"x\"\nFabrique()\nTrace(gnFaits, gsNom)\n"),
}


@pytest.mark.parametrize("lang", sorted(SETS))
def test_set_globals_are_not_unused(tmp_path: Path, lang: str) -> None:
    declarations, procedures, main = SETS[lang]
    (tmp_path / "wlproject.toml").write_text("")
    (tmp_path / "COL_Globals.wdg").write_text(procedure_set("COL_Globals", declarations,
                                                            procedures), encoding="utf-8")
    (tmp_path / "main.wl").write_text(main, encoding="utf-8")
    found = {(Path(str(d["file"])).name, d["code"], str(d["message"]).split("'")[1])
             for d in check_json(tmp_path) if d["code"] in ("WL201", "WL204")}
    unused = "unusedHere" if lang == "en" else "inutileIci"
    assert found == {("COL_Globals.wdg", "WL201", unused)}
