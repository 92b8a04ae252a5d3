"""A class kept as a `.wl` file of its own, in the shape ported code gives it (the members
at the top, then the methods as plain `PROCEDURE Name()` headers using `:member`, no
class declaration line): the file is the class named after it, in `wl run` and `wl
check` (wlinterp/syntax/file_class.py, docs/semantics.md 9a). Before, its members were
global variables, its methods global procedures, every `:m_x` WL101 ("only known in a
method of a class") and two such classes with a `Load()` each a clash. English and
French; sources written for this test."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, run_captured, wl_test, write

FILES = {
    "en": {
        "CCounter.wl": """\
// the class CCounter: members, then methods
m_nTotal is int
m_sName is string

CONSTANT
    STEP_DEFAULT = 1
END

PROCEDURE Constructor(sName is string = "anonymous")
    :m_sName = sName

PROCEDURE Add(n is int = STEP_DEFAULT)
    :m_nTotal += n

PROCEDURE Load(): string
    RESULT :m_sName + "=" + :m_nTotal
""",
        "CStock.wl": """\
m_nQuantity is int

PROCEDURE Load(n is int)
    :m_nQuantity = n
    RESULT MySelf

PROCEDURE Below(nLimit is int): boolean
    RESULT m_nQuantity < nLimit
""",
        "main.wl": """\
c is CCounter("visits")
c.Add()
c.Add(4)
Trace(c.Load())
s is CStock
Trace(s.Load(3).Below(CCounter::STEP_DEFAULT + 3))
""",
    },
    "fr": {
        "cCompteur.wl": """\
// la classe cCompteur : membres, puis méthodes
m_nTotal est un entier
m_sNom est une chaîne

CONSTANTE
    PAS_DEFAUT = 1
FIN

PROCÉDURE Constructeur(sNom est une chaîne = "anonyme")
    :m_sNom = sNom

PROCÉDURE Ajoute(n est un entier = PAS_DEFAUT)
    :m_nTotal += n

PROCÉDURE Charger() : chaîne
    RENVOYER :m_sNom + "=" + :m_nTotal
""",
        "cStock.wl": """\
m_nQuantité est un entier

PROCÉDURE Charger(n est un entier)
    :m_nQuantité = n
    RENVOYER MoiMême

PROCÉDURE SousSeuil(nSeuil est un entier) : booléen
    RENVOYER m_nQuantité < nSeuil
""",
        "main.wl": """\
c est un cCompteur("visites")
c.Ajoute()
c.Ajoute(4)
Trace(c.Charger())
s est un cStock
Trace(s.Charger(3).SousSeuil(cCompteur::PAS_DEFAUT + 3))
""",
    },
}
OUT = {"en": "visits=5\n1\n", "fr": "visites=5\n1\n"}


def project(folder: Path, lang: str) -> Path:
    """The language's class files and script in `folder`: the script."""
    for name, text in FILES[lang].items():
        write(folder, name, text)
    return folder / "main.wl"


@pytest.mark.parametrize("lang", sorted(FILES))
def test_the_file_is_the_class_named_after_it(lang: str, tmp_path: Path) -> None:
    main = project(tmp_path, lang)
    assert run_captured(main) == (OUT[lang], "")


@pytest.mark.parametrize("lang", sorted(FILES))
def test_the_check_accepts_the_class_files_and_their_user(lang: str, tmp_path: Path) -> None:
    main = project(tmp_path, lang)
    files = sorted(tmp_path.glob("*.wl"))
    assert [d for d in check_json(*files) if d["severity"] == "error"] == []
    assert [d for d in check_json(main) if d["severity"] == "error"] == []


def test_a_library_of_procedures_stays_one(tmp_path: Path) -> None:
    """No `:member`, no constructor: the file's procedures stay global procedures and its
    variables globals, as before."""
    (tmp_path / "pTools.wl").write_text("gnCalls is int\nPROCEDURE Twice(n)\ngnCalls++\n"
                                        "RESULT 2 * n\n", encoding="utf-8")
    (tmp_path / "main.wl").write_text("Trace(Twice(4), gnCalls)\n", encoding="utf-8")
    assert run_captured(tmp_path / "main.wl") == ("8, 1\n", "")


def test_a_file_whose_main_code_runs_statements_is_not_a_class(tmp_path: Path) -> None:
    """A script (its main code does something) using `:m_x` keeps WL101."""
    script = tmp_path / "CJob.wl"
    script.write_text("m_n is int\nTrace(1)\nPROCEDURE Go()\n:m_n = 2\n", encoding="utf-8")
    found = [d for d in check_json(script) if d["code"] == "WL101"]
    assert len(found) == 1 and "only known in a method of a class" in str(found[0]["message"])


def test_a_test_case_of_the_folder_uses_the_class(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    project(tmp_path, "en")
    (tmp_path / "test_counter.wl").write_text(
        "PROCEDURE test_counter()\nc is CCounter(\"t\")\nc.Add(2)\n"
        "dbgCheckEqual(c.Load(), \"t=2\")\n", encoding="utf-8")
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 0 and "1 passed, 0 failed" in out, out


def test_a_set_using_a_member_of_no_variable_of_its_own_is_not_a_class(
        tmp_path: Path) -> None:
    """`:m_nID` where the file declares no such variable (a set calling a member of some
    object): WL101 as before (tests/semantics/test_colon_member_outside_class.py), here
    with a variable of another name."""
    path = tmp_path / "pSet.wl"
    path.write_text("gnCount is int\nPROCEDURE Load(n is int)\n:m_nID = n\n", encoding="utf-8")
    found = [d for d in check_json(path) if d["severity"] == "error"]
    assert [(d["code"], d["line"]) for d in found] == [("WL101", 3)]
