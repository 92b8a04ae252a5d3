"""A global PROCEDURE Constructor / Constructeur beside a class (semantics/
global_constructor.py): WL216 at its name with a hint naming the class's own form, and
the members it names are WL101 with a hint saying they are the class's, English and
French."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp.check import check_paths


def _check(tmp_path: Path, source: str) -> tuple[int, str]:
    path = tmp_path / "p.wl"
    path.write_text(source, encoding="utf-8")
    err = io.StringIO()
    code = check_paths([str(path)], err=err, out=io.StringIO())
    return code, err.getvalue()


@pytest.mark.parametrize("source, hints", [
    ("CPerson is Class\n\tm_sName is string\nEND\np is CPerson\nConstructor()\n"
     "PROCEDURE Constructor()\nm_sName = \"Ann\"\n",
     ["hint: write PROCEDURE CPerson::Constructor(...) for the class's constructor",
      "hint: 'm_sName' is a member of CPerson: write PROCEDURE CPerson::Constructor(...) "
      "to make this procedure its constructor"]),
    ("CPersonne est une Classe\n\tm_sNom est une chaîne\nFIN\np est un CPersonne\n"
     "Destructeur()\nPROCÉDURE Destructeur()\nm_sNom = \"\"\n",
     ["hint: write PROCEDURE CPersonne::Destructeur(...) for the class's destructor",
      "hint: 'm_sNom' is a member of CPersonne: write PROCEDURE CPersonne::Destructeur(...) "
      "to make this procedure its destructor"]),
])
def test_a_global_constructor_beside_a_class_is_named(tmp_path: Path, source: str,
                                                      hints: list[str]) -> None:
    _, out = _check(tmp_path, source)
    assert "WL216" in out and "WL101" in out, out
    for hint in hints:
        assert hint in out, out


def test_without_a_class_a_procedure_named_constructor_is_left(tmp_path: Path) -> None:
    """No class in the file: a procedure may be named so (a set of procedures)."""
    code, out = _check(tmp_path, "Constructor()\nPROCEDURE Constructor()\nTrace(1)\n")
    assert code == 0 and "WL216" not in out, out
