"""Language defects found by the adversarial pass (issue 12), each pinned."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import compile_source, run_source
from wlinterp.errors import WLSyntaxError


def _out(source: str) -> list[str]:
    out = io.StringIO()
    run_source(source, "lang.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


@pytest.mark.parametrize("ret_type, shown", [("string", "[]"), ("int", "[0]"), ("boolean", "[0]"),
                                             ("real", "[0]"), ("chaîne", "[]")])
def test_a_typed_procedure_without_result_returns_the_type_default(ret_type, shown):
    source = (f'Trace("[" + P() + "]")\nTrace("[" + Q() + "]")\n'
              f"PROCEDURE P() : {ret_type}\n    x is int = 1\n"
              f"PROCEDURE Q() : {ret_type}\n    RETURN\n")
    assert _out(source) == [shown, shown]


def test_a_typed_procedure_with_result_on_one_path_only():
    source = "Trace(Q(0))\nTrace(Q(1))\nPROCEDURE Q(n) : int\n    IF n > 0 THEN RESULT 5\n"
    assert _out(source) == ["0", "5"]


def test_plus_plus_is_numeric_on_undeclared_variant_and_text():
    source = """n++
n++
n++
Trace(n)
v is variant = "5"
v++
Trace(v + 1)
s is string = "7"
s++
Trace(s)
t is array of variant = ["3"]
t[1]++
Trace(t[1] + 1)
k--
Trace(k)
"""
    assert _out(source) == ["3", "7", "8", "5", "-1"]


def test_plus_plus_keeps_numbers_and_dates_right():
    source = """m is int = 2147483647
m++
Trace(m)
r is real = 1.5
r--
Trace(r)
d is date = "20240131"
d++
Trace(d)
"""
    assert _out(source) == ["-2147483648", "0.5", "20240201"]


def test_a_long_string_literal_tokenizes_in_linear_memory():
    """A 2 MB literal used to cost ~250 bytes of regex backtracking state per character."""
    import tracemalloc

    from wlinterp.syntax.lexer import tokenize
    size = 2_000_000
    text = 'x = "' + "a" * size + '""b"\n'
    tracemalloc.start()
    try:
        tokens = tokenize(text, "big.wl")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert tokens[2].value.endswith('a"b') and len(tokens[2].value) == size + 2
    assert peak < 8 * size, peak


def test_a_parameter_declared_twice_is_a_syntax_error_at_it():
    """Found by the grammar fuzzer: Python's 'duplicate argument' leaked as 'too complex'."""
    from wlinterp.engine import compile_source
    from wlinterp.errors import WLSyntaxError
    with pytest.raises(WLSyntaxError) as caught:
        compile_source("PROCEDURE P(a, b, A)\nRESULT a\n", "dup.wl")
    assert (caught.value.line, caught.value.column) == (1, 19)
    assert caught.value.message == "the parameter 'A' is declared twice"


def test_two_star_parameters_are_a_positioned_syntax_error():
    """`PROCEDURE a(*, *)` (found by the grammar fuzzer) made invalid Python before."""
    from wlinterp.errors import WLSyntaxError
    with pytest.raises(WLSyntaxError) as caught:
        run_source("PROCEDURE a(*, *)\n", "lang.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert (caught.value.line, caught.value.column) == (1, 16)
    assert "at most one '*'" in caught.value.message


def test_a_required_parameter_after_an_optional_one_is_a_wlanguage_error():
    """`PROCEDURE P(x = 0, y)` (found by the grammar fuzzer) made invalid Python before; it
    then compiled, and now is refused as WINDEV refuses it (?1514078, WL111), placed."""
    with pytest.raises(WLSyntaxError) as caught:
        _out("Trace(P(1, 2))\nPROCEDURE P(x = 0, y)\nRESULT x + y\n")
    assert (caught.value.line, caught.value.column) == (2, 20), caught.value
    assert "optional parameters come last" in caught.value.message


def test_integer_to_hexa_padding_and_zero_padded_texts_stay_wlanguage_errors():
    """Found by the runtime fuzzer: IntegerToHexa(m, 2147483647) built a 2 GB string and
    a long zero-padded number text escaped as a Python ValueError."""
    from wlinterp.errors import WLRuntimeError
    with pytest.raises(WLRuntimeError):
        run_source("Trace(IntegerToHexa(1, 2147483647))\n", "lang.wl", stdout=io.StringIO(),
                   stderr=io.StringIO())
    assert _out('s is string = Repeat("0", 5000) + "7"\nTrace(Val(s) + 1)\n') == ["8"]


@pytest.mark.parametrize("source, column", [("1 s ++", 1), ("(x => x) = 2", 2), ("2 min += 1", 1)])
def test_a_duration_or_a_lambda_is_not_assignable(source, column):
    """Found by fuzzing the REPL (issue 12): the semantic pass let `1 s ++` through and the
    compiler then said "internal error: the semantic pass accepted code that cannot be
    compiled"; both now say what is wrong, where."""
    with pytest.raises(WLSyntaxError) as caught:
        compile_source(source + "\n", "assign.wl")
    err = caught.value
    assert err.message == "this expression cannot be assigned to", err.message
    assert (err.line, err.column) == (1, column), err


@pytest.mark.parametrize("abstract", [", abstract", ""])
def test_named_members_into_a_dynamic_object_is_a_wlanguage_error(abstract):
    """Found by mutating a golden program: a variant holding named members assigned to a
    dynamic class variable stopped with an internal error (an assertion)."""
    from wlinterp.errors import WLRuntimeError
    source = (f"Shape is a Class{abstract}\n    name is string\nEND\n"
              'v is variant\nv.name = "x"\nd is dynamic Shape\nd = v\nTrace(d.name)\n')
    with pytest.raises(WLRuntimeError, match="cannot be stored in a dynamic Shape"):
        _out(source)
