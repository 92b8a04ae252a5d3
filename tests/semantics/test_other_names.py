"""Names WLanguage does not have, which ported code writes (wlinterp/semantics/
other_names.py): the check and the run say what WLanguage writes instead."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse


def _messages(text: str) -> list[str]:
    program = parse(text, "p.wl")
    return [d.message for d in analyze(program, load_stdlib(), unused=False).errors()]


def test_a_sort_constant_of_elsewhere_names_cc_ignore_case() -> None:
    found = _messages('t is array of strings = ["b", "A"]\n'
                      "ArraySort(t, asAscending + asIgnoreCase)\n")
    assert found == ["'asIgnoreCase' is not declared; ArraySort ignores case with "
                     "ccIgnoreCase: ArraySort(t, asAscending + ccIgnoreCase)"]
    found = _messages('t est un tableau de chaînes = ["b", "A"]\n'
                      "TableauTrie(t, ttCroissant + ttSansCasse)\n")
    assert found and "avec ccSansCasse" in found[0]


def test_the_run_warns_with_the_same_words() -> None:
    err = io.StringIO()
    run_source('t is array of strings = ["b", "A"]\nArraySort(t, asIgnoreCase)\n'
               "Trace(t[1])\n", "p.wl", stdout=io.StringIO(), stderr=err)
    assert "ArraySort ignores case with ccIgnoreCase" in err.getvalue()


def test_a_near_declared_name_is_still_suggested_first() -> None:
    found = _messages("asIgnoreCas is int\nTrace(asIgnoreCase)\n")
    assert found == ["'asIgnoreCase' is not declared; did you mean asIgnoreCas?"]


def test_a_method_of_elsewhere_on_an_array_names_seek() -> None:
    found = _messages("t is array of int = [1]\nTrace(t.Find(1))\n")
    assert found == ["'Find' is not a method of an array: no Array function is named so; "
                     "an array is searched with Seek: t.Seek(asLinear, value) (or "
                     "t.Contains(value)); a string with Position"]


def test_pi_is_no_constant_of_wlanguage_and_the_check_and_run_say_so() -> None:
    said = ("'PI' is not declared; WLanguage has no Pi constant (its Sin, Cos, Tan... take "
            "degrees: Sin(30) is 0.5); declare one: CONSTANT PI = 3.14159265358979")
    assert _messages("x est un réel = 2 * PI\nTrace(x)\n") == [said]
    err = io.StringIO()
    run_source("Trace(Sin(30) + pi)\n", "p.wl", stdout=io.StringIO(), stderr=err)
    assert "WLanguage has no Pi constant" in err.getvalue()


def test_a_pi_the_program_declares_is_its_own() -> None:
    out = io.StringIO()
    program = "CONSTANT\n\tPI = 3.14159\nEND\nTrace(Round(2 * Pi, 2))\n"
    assert _messages(program) == []
    run_source(program, "p.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "6.28\n"


def test_words_of_c_sharp_java_and_javascript_say_wlanguages_own() -> None:
    """`this.x`, `len(s)`, `console.log(x)`, `substr(...)` in ported code (RC, 6 Dec 2026):
    WL101/WL102 with what WLanguage writes."""
    found = _messages('s is string = "abc"\nTrace(this.x)\nTrace(len(s))\n'
                      "console.log(s)\nTrace(substr(s, 1, 2))\n")
    assert any(m.startswith("'this' is not declared; the object a method runs on is "
                            "MySelf (MoiMême)") for m in found), found
    assert any("a string's length is Length(s) (Taille)" in m for m in found), found
    assert any("console.log(x) is Trace(x)" in m for m in found), found
    assert any("a part of a string is Middle(s, start, length)" in m for m in found), found
    assert _messages("len is int = 3\nTrace(len)\n") == []  # declared: its own name


def test_output_words_and_basic_block_ends_of_elsewhere() -> None:
    """`print(x)`, `printf`, `MsgBox`, `alert`, `Wend`, `EndIf` in ported code."""
    found = _messages('print("a")\nprintf("%d", 1)\nMsgBox("b")\nalert("c")\nWend\n'
                      "EndIf\n")
    assert any("Trace(x) writes a line (Info(x) shows a message)" in m for m in found)
    assert any("StringBuild(\"%1 / %2\", a, b)" in m for m in found), found
    assert any("YesNo(...) (OuiNon) asks a question" in m for m in found), found
    assert any("Error(x) (Erreur) an error" in m for m in found), found
    assert any("WHILE's block is closed by END (FIN)" in m for m in found), found
    assert any("IF's block is closed by END (FIN)" in m for m in found), found


@pytest.mark.parametrize("program, said", [
    # `SiTernaire(nAlerte > 0, a, b)` (a restaurant project on the web, 6 Dec 2026) and
    # Visual Basic's IIf: WLanguage writes the conditional expression (c ? a ELSE b)
    ('n is int = 1\nTrace(SiTernaire(n > 0, "oui", "non"))\n',
     "unknown procedure or function 'SiTernaire'; WLanguage n'a pas de fonction "
     "SiTernaire : l'expression conditionnelle s'écrit (condition ? valeur1 SINON valeur2)"),
    ('n is int = 1\nTrace(IIf(n > 0, "yes", "no"))\n',
     "unknown procedure or function 'IIf'; WLanguage has no IIf function: a conditional "
     "expression is written (condition ? value1 ELSE value2)"),
    # `JSONVersVariant(BufferVersChaîne(bufCorps))` (a WEBDEV guide on the web): PC SOFT's
    # list of French names has BufferVersEntier, BufferVersHexa, BufferVersRéel only
    ("b est un Buffer\nTrace(BufferVersChaine(b))\n",
     "unknown procedure or function 'BufferVersChaine'; aucune fonction WLanguage n'a ce "
     "nom : un Buffer se lit comme une chaîne en l'affectant (s = b), son texte UTF-8 par "
     "UTF8VersChaîne(b)"),
    ("b is Buffer\nTrace(BufferToString(b))\n",
     "unknown procedure or function 'BufferToString'; no WLanguage function has this name: "
     "a Buffer is read as a string by assigning it (s = b), its UTF-8 text by "
     "UTF8ToString(b)"),
])
def test_functions_of_elsewhere_name_wlanguage_s_way(program: str, said: str) -> None:
    """SiTernaire, IIf, BufferVersChaîne: no WLanguage function has these names
    (INFERRED); the message says what WLanguage writes."""
    assert _messages(program) == [said]


def test_the_conditional_expression_named_runs() -> None:
    out = io.StringIO()
    run_source('n is int = 1\nTrace(n > 0 ? "yes" ELSE "no")\n', "p.wl", stdout=out)
    assert out.getvalue() == "yes\n"
