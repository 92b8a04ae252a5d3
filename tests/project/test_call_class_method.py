"""`wl run --call CClass::Method FILE` (or `CClass.Method`, any case) calls a method of a
class as code calling it on the class does (`CClass::Method()`): a GLOBAL method with
its global members, the arguments typed by its parameters. A class kept in a `.wdc`
often has no main code and only GLOBAL entry points (PC SOFT's Firebase toolkit:
`CFirebaseApp.initializeApp`), which `--call` could not reach ("there is no procedure
named"). A method that reads an object's member stops in words, as in code; an unknown
method is still "there is no procedure named"."""
from __future__ import annotations

from pathlib import Path

import pytest
from wl_test_helpers import call_output, write

from wlinterp.errors import WLRuntimeError

COUNTER_EN = ("CCounter is Class\n\tm_nOwn is int\n\tGLOBAL\n\tgnTotal is int = 10\nEND\n"
              "PROCEDURE GLOBAL CCounter::Add(n is int = 1)\ngnTotal += n\nRESULT gnTotal\n"
              "PROCEDURE CCounter::Own()\nRESULT m_nOwn\n")
COMPTEUR_FR = ("CCompteur est une Classe\n\tGLOBAL\n\tgsJournal est une chaîne\nFIN\n"
               "PROCÉDURE PUBLIQUE GLOBALE CCompteur::Note(s est une chaîne, n est un entier)"
               "\ngsJournal += s + \"=\" + (n * 2) + \";\"\nRENVOYER gsJournal\n")


@pytest.mark.parametrize("name, args, shown", [
    ("CCounter::Add", ["5"], "15"), ("CCounter.Add", [], "11"), ("ccounter::ADD", ["-3"], "7"),
])
def test_a_global_method_is_called_on_its_class(name: str, args: list[str], shown: str,
                                                tmp_path: Path) -> None:
    assert call_output(write(tmp_path, "counter.wl", COUNTER_EN), name, *args) == shown + "\n"


def test_french_global_method_gets_its_arguments_typed(tmp_path: Path) -> None:
    path = write(tmp_path, "compteur.wl", COMPTEUR_FR)
    assert call_output(path, "CCompteur::Note", "a", "21") == "a=42;\n"


def test_a_class_file_with_only_a_global_entry_point(tmp_path: Path) -> None:
    """A `.wdc` as the IDE saves it (no main code): its GLOBAL method is the way in."""
    wdc = ("info :\n name : CApp\n type : 4\nclass :\n code_elements :\n  type_code : 10\n"
           "  p_codes :\n   -\n     code : |1+\n      CApp est une Classe\n      \tGLOBAL\n"
           "      \tgsNom est une chaîne = \"app\"\n      FIN\n     type : 131072\n"
           "  procedures :\n   -\n     name : Demarre\n     type_code : 12\n"
           "     code : |1+\n      PROCÉDURE PUBLIQUE GLOBALE Demarre(sSuffixe)\n"
           "      RENVOYER gsNom + \"-\" + sSuffixe\n     type : 458752\n")
    assert call_output(write(tmp_path, "CApp.wdc", wdc), "CApp.Demarre", "prod") == "app-prod\n"


def test_an_object_member_read_on_the_class_stops_in_words(tmp_path: Path) -> None:
    with pytest.raises(WLRuntimeError) as err:
        call_output(write(tmp_path, "counter.wl", COUNTER_EN), "CCounter::Own")
    assert "'m_nOwn' is not a global member of CCounter" in err.value.message


@pytest.mark.parametrize("name", ["CCounter::Missing", "CNoClass::Add", "::Add"])
def test_no_such_method_is_no_procedure(name: str, tmp_path: Path) -> None:
    with pytest.raises(WLRuntimeError) as err:
        call_output(write(tmp_path, "counter.wl", COUNTER_EN), name)
    assert err.value.message == f"--call: there is no procedure named '{name}'."


INHERITED_EN = ("CBase is Class\n\tGLOBAL\n\tgsName is string = \"base\"\nEND\n"
                "CChild is Class\n\tinherits from CBase\nEND\n"
                "CGrandChild is Class\n\tan object CChild\nEND\n"
                "PROCEDURE GLOBAL CBase::Hello(n is int)\nRESULT gsName + (n * 2)\n")
HERITE_FR = ("CBase est une Classe\n\tGLOBAL\n\tgsNom est une chaîne = \"base\"\nFIN\n"
             "CFille est une Classe\n\thérite de CBase\nFIN\n"
             "PROCÉDURE PUBLIQUE GLOBALE CBase::Bonjour(n est un entier)\n"
             "RENVOYER gsNom + (n * 2)\n")


@pytest.mark.parametrize("source, name", [
    (INHERITED_EN, "CChild::Hello"), (INHERITED_EN, "cgrandchild.hello"),
    (HERITE_FR, "CFille::Bonjour"), (HERITE_FR, "CFILLE.bonjour")], ids=["en", "en-two-up",
                                                                         "fr", "fr-case"])
def test_a_global_method_inherited_from_a_parent_class(source: str, name: str,
                                                       tmp_path: Path) -> None:
    """`--call CChild::M` where M is CBase's GLOBAL method runs it as `CChild::M()` in
    code does (it was "there is no procedure named"), its argument typed by the
    ancestor's parameter (21 read as an int: 42, not "2121")."""
    assert call_output(write(tmp_path, "heir.wl", source), name, "21") == "base42\n"


def test_a_method_no_ancestor_has_is_still_no_procedure(tmp_path: Path) -> None:
    with pytest.raises(WLRuntimeError) as err:
        call_output(write(tmp_path, "heir.wl", INHERITED_EN), "CChild::Missing")
    assert err.value.message == "--call: there is no procedure named 'CChild::Missing'."


SECOND_PARENT_EN = ("CA is Class\n\tGLOBAL\n\tgn is int = 1\nEND\n"
                    "CB is Class\n\tGLOBAL\n\tgm is int = 2\nEND\n"
                    "CChild is Class\n\tinherits from CA\n\tinherits from CB\nEND\n"
                    "PROCEDURE GLOBAL CB::Hello(n is int)\nRESULT n * gm\n")
SECOND_PARENT_FR = ("CA est une Classe\n\tGLOBAL\n\tgn est un entier = 1\nFIN\n"
                    "CB est une Classe\n\tGLOBAL\n\tgm est un entier = 2\nFIN\n"
                    "CFille est une Classe\n\thérite de CA\n\thérite de CB\nFIN\n"
                    "PROCÉDURE GLOBALE CB::Bonjour(n est un entier)\nRENVOYER n * gm\n")


@pytest.mark.parametrize("source, name", [
    (SECOND_PARENT_EN, "CChild::Hello"), (SECOND_PARENT_FR, "CFille.Bonjour")],
    ids=["en", "fr"])
def test_a_global_method_of_the_second_parent(source: str, name: str, tmp_path: Path) -> None:
    """R2 finding 5 (M2): with two `inherits from` lines (?6010007), `--call` found only
    the first parent's methods ("there is no procedure named 'CChild::Hello'") where
    `CChild::Hello(21)` in code gives 42: it reads every parent, in the run's order
    (runtime/lineage.py)."""
    assert call_output(write(tmp_path, "heirs.wl", source), name, "21") == "42\n"
