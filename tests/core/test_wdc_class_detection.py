"""A class file (.wdc) whose declaration block starts with something other than the
class line (comments, a structure, a CONSTANT block, global declarations) is still read
as its own class, in English and in French (wlinterp/syntax/winfile.py)."""
from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from windev_text import class_file  # noqa: E402

from wlinterp.engine import run_source  # noqa: E402
from wlinterp.syntax.winfile import program_source  # noqa: E402

ENGLISH = class_file("CStock", """// Summary: the stock of one product
/* Written as: CWrong is a Class
   (inside a comment: not the declaration) */
ST_Line is Structure
    qty is int
END
CONSTANT
    MAX_QTY = 10
END
CStock is a Class
    m_total is int
END""", {"Add": "// Adds n, up to MAX_QTY\nPROCEDURE Add(n is int)\n"
                "m_total = Min(m_total + n, MAX_QTY)\nRESULT m_total"})

FRENCH = class_file("CPanier", """// Résumé : un panier
gnCompteur est un entier = 0
CONSTANTE
    TVA = 20
FIN
cpanier EST UNE CLASSE
    m_ht est un monétaire
FIN""", {"Ajoute": "PROCÉDURE PUBLIQUE Ajoute(m est un monétaire)\nm_ht += m\n"
                   "RENVOYER m_ht * (1 + TVA / 100)"})

NO_CLASS_LINE = class_file("CEmpty", "// nothing declared here yet", {
    "Hello": "PROCEDURE Hello()\nRESULT \"hi\""})


def run(source: str, main: str) -> str:
    out = io.StringIO()
    run_source(main + source, "t.wl", stdout=out)
    return out.getvalue()


def test_class_after_structure_constants_and_comments() -> None:
    source = program_source(ENGLISH, "CStock.wdc")
    assert "PROCEDURE CStock::Add(n is int)" in source
    assert "CWrong::" not in source and "ST_Line::" not in source
    assert run(source, "s is CStock\nTrace(s.Add(4), s.Add(9))\n") == "4, 10\n"


def test_french_class_after_global_and_constante() -> None:
    source = program_source(FRENCH, "CPanier.wdc")
    assert "PROCÉDURE PUBLIQUE cpanier::Ajoute(m est un monétaire)" in source
    assert "gnCompteur::" not in source
    assert run(source, "p est un CPanier\nTrace(p.Ajoute(10), p.Ajoute(5))\n") == "12, 18\n"


def test_no_class_line_uses_the_element_name() -> None:
    source = program_source(NO_CLASS_LINE, "CEmpty.wdc")
    assert "PROCEDURE CEmpty::Hello()" in source
