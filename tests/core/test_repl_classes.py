"""The REPL keeps what earlier inputs declared for classes and types: interfaces (a later
class implements one, a later variable is typed by one), methods and properties given in
an input of their own (called, given again), enumerations and combinations (types of
later variables), and integer constants sizing arrays (no unknown-type warning).
docs/semantics.md, "The REPL: classes across inputs"."""
from __future__ import annotations

import io

import pytest

from wlinterp.repl import ReplSession, run_lines


def run(lines: list[str]) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    run_lines(lines, ReplSession(stdout=out, stderr=err))
    return out.getvalue(), err.getvalue()


CLASS = ["CSquare is Class", "m_nSide is int = 2", "END"]
AREA = ["PROCEDURE CSquare::Area()", "RESULT m_nSide * m_nSide", ""]


def test_a_method_given_in_its_own_input_is_called_later() -> None:
    out, err = run([*CLASS, *AREA, "s is CSquare", "Trace(s.Area())", "s.Area()"])
    assert (out, err) == ("4\n4\n", "")


def test_a_method_given_again_replaces_the_first() -> None:
    again = ["PROCEDURE CSquare::Area()", "RESULT 10 * m_nSide", ""]
    out, err = run([*CLASS, *AREA, "s is CSquare", "Trace(s.Area())", *again,
                    "Trace(s.Area())"])
    assert (out, err) == ("4\n20\n", "")


def test_a_method_of_an_earlier_input_has_its_parameter_count_checked() -> None:
    side = ["PROCEDURE CSquare::Grow(n)", "m_nSide += n", ""]
    out, err = run([*CLASS, *side, "s is CSquare", "s.Grow(1, 2)"])
    assert "Grow expects 1 parameter(s) but received 2" in err


def test_an_interface_of_an_earlier_input_is_implemented_and_typed() -> None:
    shape = ["IShape is Interface", "PROCEDURE Area()", "END"]
    square = ["CSquare is Class", "implements IShape", "m_nSide is int = 3", "END"]
    out, err = run([*shape, *square, *AREA, "i is IShape <- new CSquare",
                    "Trace(i.Area())"])
    assert (out, err) == ("9\n", "")


def test_a_class_may_implement_before_its_methods_are_given() -> None:
    """At the prompt a class comes first and its methods in the next inputs: the class
    input cannot be refused for the methods it does not have yet."""
    shape = ["IShape is Interface", "PROCEDURE Area()", "END"]
    out, err = run([*shape, "CDisc is Class", "implements IShape", "END",
                    "PROCEDURE CDisc::Area()", "RESULT 3", "", "d is IShape <- new CDisc",
                    "Trace(d.Area())"])
    assert (out, err) == ("3\n", "")


def test_a_constant_of_an_earlier_input_sizes_an_array() -> None:
    out, err = run(["CONSTANT N = 3", "t is array of N int", "Trace(ArrayCount(t))",
                    "m is int = 2", "u is array of m by N int", "Trace(ArrayCount(u, 2))"])
    assert (out, err) == ("3\n3\n", "")


def test_a_property_given_in_its_own_input_is_read_later() -> None:
    getter = ["PROCEDURE CSquare::Perimeter() <get>", "RESULT 4 * m_nSide", ""]
    out, err = run([*CLASS, *getter, "s is CSquare", "Trace(s.Perimeter)"])
    assert (out, err) == ("8\n", "")


def test_an_enumeration_of_an_earlier_input_types_later_variables() -> None:
    colour = ["Colour is Enumeration", "Red", "Green", "END"]
    out, err = run([*colour, "c is Colour = Green", "Trace(c = Green)", "d is Colour",
                    "Trace(d = Red)"])
    assert (out, err) == ("1\n1\n", "")


def test_a_combination_of_an_earlier_input_types_later_variables() -> None:
    options = ["Options is Combination", "Bold", "Italic", "END"]
    out, err = run([*options, "o is Options = Bold + Italic", "Trace(o[Italic])"])
    assert (out, err) == ("1\n", "")


CONSTANTS = ["CA is Class", "CONSTANT", "K = 5", "END", "m_n is int", "END"]
CONSTANTES = ["CA est une Classe", "CONSTANTE", "K = 5", "FIN", "m_n est un entier", "FIN"]


@pytest.mark.parametrize("klass", [CONSTANTS, CONSTANTES])
def test_a_class_constant_of_an_earlier_input_is_read(klass: list[str]) -> None:
    """`CA::K` and `K` in a method given later: the class's constants are kept with it
    (they were "'K' is neither a constant nor a global member of the class CA" and an
    undeclared empty K); a name it has not is still refused, in the run's words."""
    out, err = run([*klass, "Trace(CA::K)", "PROCEDURE CA::M()", "RESULT k + 1", "",
                    "o is CA", "Trace(o.M())"])
    assert (out, err) == ("5\n6\n", "")
    out, err = run([*klass, "Trace(CA::Q)"])
    assert "'Q' is neither a constant nor a global member of the class CA" in err


@pytest.mark.parametrize("klass", [CONSTANTS, CONSTANTES])
def test_a_constant_valued_by_an_ancestor_s_constant_of_earlier_inputs(
        klass: list[str]) -> None:
    """`CONSTANT X = CB::K`, K of CB's parent CA, each class given in its own input:
    the parent's K (docs/semantics.md "A class's constants")."""
    out, err = run([*klass, "CB is Class", "inherits from CA", "END",
                    "CONSTANT X = CB::K * 2", "Trace(X)"])
    assert (out, err) == ("10\n", "")
