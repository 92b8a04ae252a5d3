"""A data file described in code (HDescribeFile / HDescribeItem): the names its File
Description and Item Descriptions are given (`fd..Name = "Note"`) are data names, as an
analysis's are: `wl run` and `wl check` do not call its bare item names undeclared, and
they resolve as items (docs/hfsql.md, "Files described in code"), EN and FR, with or
without the project's analysis."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.check import CheckOptions, check_paths
from wlinterp.engine import run_source

EN = """fd is File Description
id is Item Description
fd..Name = "Note"
id..Name = "Title"
id..Type = hItemText
id..KeyType = hDuplicatesKey
HDescribeItem(fd, id)
HDescribeFile(fd)
HCreation(Note)
Note.Title = "b"
HAdd(Note)
Trace(HReadSeekFirst(Note, Title, "b"), HFound(Note))
Trace(HReadFirst(Note, Title), Note.Title, Undeclared)
"""

FR = """dF est une Description de Fichier
dR est une Description de Rubrique
dF..Nom = "Mémo"
dR..Nom = "Texte"
dR..Type = hRubriqueTexte
dR..TypeClé = hCléAvecDoublon
HDécritRubrique(dF, dR)
HDécritFichier(dF)
HCréation(Mémo)
Mémo.Texte = "b"
HAjoute(Mémo)
Trace(HLitRecherchePremier(Mémo, Texte, "b"), HTrouve(Mémo))
Trace(HLitPremier(Mémo, Texte), Mémo.Texte, NonDéclarée)
"""


@pytest.mark.parametrize("text,undeclared", [(EN, "Undeclared"), (FR, "NonDéclarée")])
@pytest.mark.parametrize("analysis", [None, str(SHOP)])
def test_described_items_are_not_undeclared_in_a_run(text: str, undeclared: str,
                                                     analysis: str | None,
                                                     tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    options = {"db": f"sqlite:{tmp_path / 'd.db'}"}
    if analysis:
        options["analysis"] = analysis
    run_source(text, "t.wl", stdout=out, stderr=err, options=options)
    assert out.getvalue() == "1, 1\n1, b, \n"
    warned = [line for line in err.getvalue().splitlines() if "is not declared" in line]
    assert len(warned) == 1 and f"'{undeclared}'" in warned[0], err.getvalue()


@pytest.mark.parametrize("text,undeclared", [(EN, "Undeclared"), (FR, "NonDéclarée")])
@pytest.mark.parametrize("analysis", [None, SHOP])
def test_described_items_are_not_undeclared_in_a_check(text: str, undeclared: str,
                                                       analysis: Path | None,
                                                       tmp_path: Path) -> None:
    script = tmp_path / "described.wl"
    script.write_text(text, encoding="utf-8")
    out = io.StringIO()
    check_paths([str(script)], out=out, err=io.StringIO(),
                options=CheckOptions(format="json",
                                     analysis=str(analysis) if analysis else None))
    found = json.loads(out.getvalue())["diagnostics"]
    assert [d["message"].split("'")[1] for d in found] == [undeclared], found
