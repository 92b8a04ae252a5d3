"""The code generator's speed-ups (constant folding, one-sided int range checks, known
results of procedures) appear in the generated Python, and the REPL assumes nothing about
a procedure a later input may redefine. What the programs print is pinned by the golden
tests in tests/golden/speed/."""
from __future__ import annotations

import io
import re

from wlinterp.engine import compile_source
from wlinterp.repl.session import ReplSession


def _python(source: str) -> str:
    """The generated Python, temporaries renamed `_t` (their numbers do not matter)."""
    return re.sub(r"_t\d+", "_t", compile_source(source, "speed.wl").source_py)


def test_constant_conditions_are_folded_away():
    py = _python('IF 3 > 0 AND NOT (1 = 2) THEN Trace("yes")\nx is int = 2 + 3 * 4\n')
    assert "if True:" in py and "v_x = 14" in py
    assert "3 > 0" not in py and "w_" not in py


def test_a_failing_constant_operation_stays_for_run_time():
    py = _python("x = 1 / 0\ny = 5 % 0\n")
    assert "w_div(1, 0)" in py and "w_mod(5, 0)" in py


def test_modulo_of_a_counter_from_one_is_python_modulo():
    py = _python("s is int\nFOR i = 1 TO 10\n  s = s + i % 3\nEND\n")
    assert "(v_i % 3)" in py and "w_mod" not in py


def test_modulo_of_an_unknown_sign_keeps_its_test():
    py = _python("n is int = -7\nTrace(n % 3)\n")
    assert "if v_n >= 0 else w_mod(v_n, 3)" in py


def test_int_stores_check_only_the_side_that_can_be_crossed():
    py = _python("s is int\nFOR i = 1 TO 10\n  s = s + i\n  s = s - 1\n  s = i % 7\nEND\n")
    assert "(_t := (v_s + v_i)) <= 2147483647 else wrap32" in py
    assert "(_t := (v_s - 1)) >= -2147483648 else wrap32" in py
    assert "v_s = (v_i % 7)" in py


def test_results_of_a_procedure_bound_its_calls():
    py = _python("t is int\nt = Add1(t)\nu is int = Digit(t)\n"
                 "PROCEDURE Add1(x is int)\nRESULT x + 1\n"
                 "PROCEDURE Digit(x is int)\nRESULT x % 10\n")
    assert "(_t := p_add1__int(v_t)) <= 2147483647 else wrap32" in py
    assert "v_u = p_digit__int(v_t)" in py


def test_the_repl_assumes_nothing_of_a_procedure_a_later_input_redefines():
    out, err = io.StringIO(), io.StringIO()
    repl = ReplSession(stdout=out, stderr=err)
    for text in ("PROCEDURE A()\nRESULT 5", "PROCEDURE B()\nRESULT A() + 1", "Trace(B())",
                 'PROCEDURE A()\nRESULT "x"', "Trace(B())",
                 "PROCEDURE C(x is int)\nRESULT x % 10", "n is int = C(-13)", "Trace(n)",
                 'PROCEDURE C(x is int)\nRESULT 3000000000', "n = C(1)", "Trace(n)"):
        assert repl.execute(text), err.getvalue()
    assert out.getvalue().splitlines() == ["6", "x1", "-3", "-1294967296"]


def test_an_error_in_an_integer_version_names_the_procedure_and_its_line():
    from wlinterp.engine import run_source
    from wlinterp.errors import WLError, format_error
    source = "Trace(Divide(0))\nPROCEDURE Divide(n)\nRESULT 10 / n\n"
    assert "p_divide__int(0)" in _python(source)
    try:
        run_source(source, "d.wl", stdout=io.StringIO(), stderr=io.StringIO())
    except WLError as err:
        text = format_error(err)
    else:
        raise AssertionError("no error")
    assert "d.wl:3:" in text and "in procedure Divide" in text and "__int" not in text


def test_a_variant_holding_a_string_appends_in_place():
    py = _python('s is variant = ""\nFOR i = 1 TO 3\n  s = s + i\nEND\n')
    assert "if type(v_s) is str:" in py and "v_s += str(_t)" in py



def test_a_procedure_defined_later_gives_its_return_type_to_its_caller():
    py = _python('n is string = "4"\nTrace(Outer(n))\nPROCEDURE Outer(x)\n'
                 'RESULT Label() + x\nPROCEDURE Label()\nRESULT "n="\n')
    # (Label's text is not converted; two texts of any length are weighed when long:
    # runtime/limits.check_growth)
    assert "len((_t := p_label())) + len((_t := to_str(a_x))) <= _big_str" in py
    assert py.index("def p_outer(") < py.index("def p_label(")  # program order kept


def test_an_undeclared_variable_appends_in_place_unless_its_name_is_data():
    py = _python('s = ""\nFOR i = 1 TO 3\n  s = s + i\nEND\n')
    assert "if type(v_s) is str and data_name(_rt, 's', v_s) is v_s:" in py
    assert "data_assign(_rt, 's', v_s," in py.split("else:")[1]
