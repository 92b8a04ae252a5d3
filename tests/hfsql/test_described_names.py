"""A data file described in code (HDescribeFile / HDescribeItem): the names its File
Description and Item Descriptions are given (`fd..Name = "Note"`) are data names, as an
analysis's are: `wl run` and `wl check` do not call its bare item names undeclared, and
they resolve as items (docs/hfsql.md, "Files described in code"), EN and FR, with or
without the project's analysis."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from hfsql_support import SHOP
from test_check_items import check
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


def _run_on_sqlite(text: str, analysis: Path | None,
                   tmp_path: Path) -> tuple[str, list[str]]:
    """Run `text` on a SQLite file (with the analysis, if any): what it printed, and the
    run's "is not declared" warnings, which the tests count."""
    out, err = io.StringIO(), io.StringIO()
    options = {"db": f"sqlite:{tmp_path / 'd.db'}"}
    if analysis:
        options["analysis"] = str(analysis)
    run_source(text, "t.wl", stdout=out, stderr=err, options=options)
    return out.getvalue(), [line for line in err.getvalue().splitlines()
                            if "is not declared" in line]


def _check(text: str, analysis: Path | None, tmp_path: Path) -> list[tuple[str, str]]:
    """(code, the name quoted) of each diagnostic `wl check` gives `text`."""
    return [(code, message.split("'")[1])
            for code, _, _, message, _ in check(tmp_path, text, analysis)]


@pytest.mark.parametrize("text,undeclared", [(EN, "Undeclared"), (FR, "NonDéclarée")])
@pytest.mark.parametrize("analysis", [None, SHOP])
def test_described_items_are_not_undeclared_in_a_check(text: str, undeclared: str,
                                                       analysis: Path | None,
                                                       tmp_path: Path) -> None:
    assert _check(text, analysis, tmp_path) == [("WL101", undeclared)]


# Items named at run time (`id..Name = arrNames[i]`): the check cannot know them, so a
# bare name where an H* function takes a key of such a file is not undeclared (it was
# WL101 under an analysis, and `wl run` warned 'treated as an empty variant variable'
# before using it as the item); a name elsewhere, or a key of a file whose items are all
# named by literals, still is.
OPEN_EN = """fd is File Description
id is Item Description
arrNames is array of strings = ["Code", "Label"]
fd..Name = "NewCustomer"
FOR i = 1 _TO_ ArrayCount(arrNames)
	id..Name = arrNames[i]
	id..Type = hItemText
	IF i = 1 THEN id..KeyType = hUniqueKey
	HDescribeItem(fd, id)
END
HDescribeFile(fd)
HCreation(NewCustomer)
NewCustomer.Code = "42"
NewCustomer.Label = "Smith"
HAdd(NewCustomer)
Trace(HReadSeekFirst(NewCustomer, Code, "42"), NewCustomer.Label)
Trace(NewCustomer.ReadSeekFirst(Code, "42"), HFound(NewCustomer))
Trace(Undeclared)
"""

OPEN_FR = """dFic est une Description de Fichier
dRub est une Description de Rubrique
tabNoms est un tableau de chaînes = ["Code", "Libellé"]
dFic..Nom = "NouveauClient"
POUR i = 1 _A_ TableauOccurrence(tabNoms)
	dRub..Nom = tabNoms[i]
	dRub..Type = hRubriqueTexte
	SI i = 1 ALORS dRub..TypeClé = hCléUnique
	HDécritRubrique(dFic, dRub)
FIN
HDécritFichier(dFic)
HCréation(NouveauClient)
NouveauClient.Code = "42"
NouveauClient.Libellé = "Dupont"
HAjoute(NouveauClient)
Trace(HLitRecherchePremier(NouveauClient, Code, "42"), NouveauClient.Libellé)
Trace(NouveauClient.LitRecherchePremier(Code, "42"), HTrouve(NouveauClient))
Trace(NonDéclarée)
"""


@pytest.mark.parametrize("text,undeclared,shown",
                         [(OPEN_EN, "Undeclared", "Smith"), (OPEN_FR, "NonDéclarée", "Dupont")])
@pytest.mark.parametrize("analysis", [None, SHOP])
def test_items_named_at_run_time_are_keys_not_undeclared(
        text: str, undeclared: str, shown: str, analysis: Path | None,
        tmp_path: Path) -> None:
    assert _check(text, analysis, tmp_path) == [("WL101", undeclared)]
    printed, warned = _run_on_sqlite(text, analysis, tmp_path)
    assert printed == f"1, {shown}\n1, 1\n\n"  # (the undeclared: empty)
    assert len(warned) == 1 and f"'{undeclared}'" in warned[0], warned


@pytest.mark.parametrize("text", [OPEN_EN, OPEN_FR])
def test_a_bare_name_outside_a_key_stays_undeclared(text: str, tmp_path: Path) -> None:
    """`Trace(Code)`: no H* function takes it as a key: the run reads an empty variant."""
    code = text.replace("Trace(Undeclared)", "Trace(Code)").replace(
        "Trace(NonDéclarée)", "Trace(Code)")
    assert _check(code, SHOP, tmp_path) == [("WL101", "Code")]


@pytest.mark.parametrize("text", [OPEN_EN, OPEN_FR])
def test_items_all_named_by_literals_keep_the_check(text: str, tmp_path: Path) -> None:
    """Every item named by a literal: a bare key no item has is still said (the names
    are known before the run)."""
    named = text.replace("arrNames[i]", '"Code"').replace("tabNoms[i]", '"Code"')
    typo = named.replace("NewCustomer, Code", "NewCustomer, Cod").replace(
        "NouveauClient, Code", "NouveauClient, Cod")
    assert ("WL101", "Cod") in _check(typo, SHOP, tmp_path)



# A File Description named at run time (`fd..Name = sFile`): the files it describes are
# known at run time only, so a bare name used as a data file (an H* function's file,
# `Note.Title`, FOR EACH Note) is one for `wl check`, as without an analysis, and the
# run no longer warns before using it; a name used otherwise stays undeclared, and a
# file of the analysis keeps its checks (docs/hfsql.md "Files described in code").
def _named_at_run_time(text: str, loop: str) -> str:
    """`text` with its File Description named by a variable, and a loop over the file."""
    return text.replace('fd..Name = "Note"', 'sFile is string = "Note"\nfd..Name = sFile') \
        .replace('dF..Nom = "Mémo"', 'sFichier est une chaîne = "Mémo"\ndF..Nom = sFichier') \
        + loop


NAMED = [(_named_at_run_time(EN, "FOR EACH Note\n\tTrace(Note.Title)\nEND\n"), "Undeclared"),
         (_named_at_run_time(FR, "POUR TOUT Mémo\n\tTrace(Mémo.Texte)\nFIN\n"), "NonDéclarée")]


@pytest.mark.parametrize("text,undeclared", NAMED)
@pytest.mark.parametrize("analysis", [None, SHOP])
def test_a_file_named_at_run_time_is_a_data_file(text: str, undeclared: str,
                                                 analysis: Path | None,
                                                 tmp_path: Path) -> None:
    assert "..Name = sFile" in text or "..Nom = sFichier" in text
    assert _check(text, analysis, tmp_path) == [("WL101", undeclared)]
    printed, warned = _run_on_sqlite(text, analysis, tmp_path)
    assert printed == "1, 1\n1, b, \nb\n"
    assert len(warned) == 1 and f"'{undeclared}'" in warned[0], warned


@pytest.mark.parametrize("text,undeclared", NAMED)
def test_a_file_named_at_run_time_keeps_the_analysis_checks(text: str, undeclared: str,
                                                            tmp_path: Path) -> None:
    """The analysis's files are still checked: a key Customer does not have is WL109."""
    typo = text.replace(undeclared, "HReadFirst(Customer, Nme)")
    assert _check(typo, SHOP, tmp_path) == [("WL109", "Nme")]
