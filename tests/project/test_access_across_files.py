"""A PRIVATE or PROTECTED member or method of a class declared in another file of the
project: `wl run` refuses its use from outside the class (or its lineage), and `wl check`
now says so too (WL112, at the same place; it said nothing, the class's access being
read only from the checked file itself). A derived class in a third file keeps its
PROTECTED access. English and French; sources written for this test."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, run_captured, write
from wlinterp.cli import main as wl

CLASS = {
    "en": """\
CAccount is Class
PRIVATE
    m_balance is int
PROTECTED
    m_owner is string
PUBLIC
    m_name is string
END

PROCEDURE CAccount::Deposit(n is int)
:m_balance += n

PROCEDURE PRIVATE CAccount::Audit()
Trace("audit")

PROCEDURE PROTECTED CAccount::Check()
Trace("check " + :m_balance)
""",
    "fr": """\
cCompte est une Classe
PRIVÉ
    m_solde est un entier
PROTÉGÉ
    m_titulaire est une chaîne
PUBLIQUE
    m_nom est une chaîne
FIN

PROCÉDURE cCompte::Dépose(n est un entier)
:m_solde += n

PROCÉDURE PRIVÉE cCompte::Audite()
Trace("audit")

PROCÉDURE PROTÉGÉE cCompte::Vérifie()
Trace("vérifie " + :m_solde)
""",
}
DERIVED = {
    "en": """\
CSavings is Class
    inherits from CAccount
END

PROCEDURE CSavings::Show()
:Check()
""",
    "fr": """\
cÉpargne est une Classe
    hérite de cCompte
FIN

PROCÉDURE cÉpargne::Montre()
:Vérifie()
""",
}
# (main code's use, the member's name, its access word in the message)
USES = {
    "en": [("a.Audit()", "Audit", "private"), ("a.Check()", "Check", "protected"),
           ("a.m_balance = 4", "m_balance", "private"),
           ("Trace(a.m_owner)", "m_owner", "protected")],
    "fr": [("a.audite()", "audite", "private"), ("a.VERIFIE()", "VERIFIE", "protected"),
           ("a.m_solde = 4", "m_solde", "private"),
           ("Trace(a.m_titulaire)", "m_titulaire", "protected")],
}
START = {"en": "a is CAccount\na.Deposit(3)\ns is CSavings\ns.Show()\n",
         "fr": "a est un cCompte\na.Dépose(3)\ns est un cÉpargne\ns.Montre()\n"}
OUT = {"en": "check 0\n", "fr": "vérifie 0\n"}


def project(folder: Path, lang: str, use: str) -> Path:
    """The class, a derived class and a script in three files (no project marker: the
    script's folder is its project, as `wl run` loads it)."""
    write(folder, "account.wl", CLASS[lang])
    write(folder, "derived.wl", DERIVED[lang])
    return write(folder, "main.wl", START[lang] + use + "\n")


@pytest.mark.parametrize("lang", sorted(USES))
def test_public_and_inherited_uses_are_accepted(lang: str, tmp_path: Path) -> None:
    main = project(tmp_path, lang, "")
    assert [d for d in check_json(main) if d["severity"] == "error"] == []
    assert run_captured(main) == (OUT[lang], "")


@pytest.mark.parametrize("lang,case", [(lang, i) for lang in sorted(USES) for i in range(4)])
def test_check_and_run_refuse_the_same_use(lang: str, case: int, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    use, name, word = USES[lang][case]
    main = project(tmp_path, lang, use)
    col = use.index(name) + 1
    found = [d for d in check_json(main) if d["severity"] == "error"]
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("WL112", 5, col)]
    assert f"'{name}' is a {word} member of the class" in str(found[0]["message"])
    assert wl(["run", str(main)]) == 65
    err = capsys.readouterr().err
    assert f"main.wl:5:{col}: error: '{name}' is a {word} member of the class" in err


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_constant_member_of_another_file_is_read_only_in_check_too(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`PUBLIC CONSTANT m_max` in a class of another file: a write from the main code is
    WL106 in the check, as the run refuses it."""
    (tmp_path / "cfg.wl").write_text(
        {"en": "CCfg is Class\n  PUBLIC CONSTANT m_max is int\nEND\n"
               "PROCEDURE CCfg::Constructor()\n:m_max = 5\n",
         "fr": "cConfig est une Classe\n  PUBLIQUE CONSTANTE m_max est un entier\nFIN\n"
               "PROCÉDURE cConfig::Constructeur()\n:m_max = 5\n"}[lang], encoding="utf-8")
    main = tmp_path / "main.wl"
    main.write_text({"en": "c is CCfg\nc.m_max = 3\n",
                     "fr": "c est un cConfig\nc.m_max = 3\n"}[lang], encoding="utf-8")
    found = [(d["code"], d["line"], d["column"]) for d in check_json(main)
             if d["severity"] == "error"]
    assert found == [("WL106", 2, 3)]
    assert wl(["run", str(main)]) == 65
    assert "main.wl:2:3: error: 'm_max' is a CONSTANT member" in capsys.readouterr().err
