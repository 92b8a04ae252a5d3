"""A class's members whose class another file of the project declares are built in
declaration order like the others (docs/semantics.md "Member creation order"): the
linker orders them once every file's classes are known."""
from __future__ import annotations

import io
from pathlib import Path

import wlinterp
from windev_text import class_file

PART = class_file(
    "CPiece", "CPiece est une Classe\n\tm_nom est une chaîne\nFIN",
    {"Constructeur": "PROCÉDURE Constructeur(n = \"sans nom\")\n:m_nom = n\n"
                     "Trace(\"construit \" + n)"})


def test_members_of_a_class_from_another_file_are_built_in_their_place(
        tmp_path: Path) -> None:
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "CPiece.wdc").write_text(PART, encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text(
        "CVoiture est une Classe\n"
        "\tm_a est un CPiece(\"a\")\n"
        "\tm_b est un CPiece\n"                  # declared in CPiece.wdc
        "\tm_t est un tableau de 2 CPiece\n"     # an array of them too
        "\tm_c est un CPiece(\"c\")\n"
        "FIN\n"
        "v est une CVoiture\n"
        "Trace(v.m_b.m_nom + \"/\" + v.m_t[2].m_nom)\n", encoding="utf-8")
    out = io.StringIO()
    wlinterp.run_file(str(script), stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == [
        "construit a", "construit sans nom", "construit sans nom", "construit sans nom",
        "construit c", "sans nom/sans nom"]
