"""Procedures and methods with several syntaxes (docs/semantics.md §4, help ?1514063):
the rules choosing a syntax, the choice made once (by the semantic pass when it can, the
compiled call then naming that syntax's function), `wl check` and `wl run` agreeing, the
REPL keeping a name's syntaxes between inputs, and programs with one syntax a name
compiled as before (no dispatcher)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp.engine import compile_source
from wlinterp.registry import load_stdlib
from wlinterp.repl import ReplSession, run_lines
from wlinterp.runtime.kinds import Kind
from wlinterp.runtime.overloads import Syntax, choose, value_kind
from wlinterp.runtime.types import TypeSpec
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

GOLDEN = Path(__file__).parents[1] / "golden"
SEVERAL = sorted(GOLDEN.glob("*/*syntax*.wl"))


def syntax(*kinds: Kind | None, required: int | None = None, most: int | None = -1,
           name: str = "") -> Syntax:
    params = tuple(None if k is None else TypeSpec(k, name=name if k == Kind.STRUCT else "")
                   for k in kinds)
    return Syntax(len(params) if required is None else required,
                  len(params) if most == -1 else most, params, "P(...)")


def test_the_count_decides_first() -> None:
    one, two = syntax(Kind.STRING), syntax(Kind.INT, Kind.INT)
    assert choose([one, two], [None]) == (0, [0])  # an unknown kind: the count suffices
    assert choose([one, two], [None, None, None]) == (None, [])


def test_its_own_type_wins_then_no_conversion_then_the_nearer_conversion() -> None:
    text, number, untyped = syntax(Kind.STRING), syntax(Kind.INT), syntax(None)
    assert choose([text, number], [(Kind.INT, ())])[0] == 1
    assert choose([text, number], [(Kind.STRING, ())])[0] == 0
    assert choose([untyped, number], [(Kind.STRING, ())])[0] == 0  # not "abc" -> 0
    real = syntax(Kind.REAL)
    assert choose([text, real], [(Kind.INT, ())])[0] == 1  # number to number first


def test_the_nearest_class_wins_and_an_unrelated_object_fits_nothing() -> None:
    base = syntax(Kind.STRUCT, name="cshape")
    derived = syntax(Kind.STRUCT, name="ccircle")
    circle = (Kind.STRUCT, ("ccircle", "cshape"))
    assert choose([base, derived], [circle])[0] == 1
    assert choose([base, derived], [(Kind.STRUCT, ("cshape",))])[0] == 0
    assert choose([base, derived], [(Kind.STRUCT, ("cother",))]) == (None, [])


def test_exactly_that_many_parameters_breaks_a_tie_else_the_call_is_ambiguous() -> None:
    short = syntax(Kind.STRING)
    longer = syntax(Kind.STRING, Kind.INT, required=1)
    assert choose([longer, short], [(Kind.STRING, ())])[0] == 1
    other = syntax(Kind.STRING, Kind.STRING, required=1)
    assert choose([longer, other], [(Kind.STRING, ())]) == (None, [0, 1])


def test_run_time_kinds_of_values() -> None:
    assert value_kind(True) == (Kind.BOOLEAN, ())
    assert value_kind(3) == (Kind.INT, ())
    assert value_kind("20240101") == (Kind.STRING, ())  # a date is its text when run


def python_of(text: str) -> str:
    return compile_source(text, "p.wl").source_py


def test_the_pass_chooses_when_it_knows_the_kinds_and_the_call_names_that_syntax() -> None:
    py = python_of('Show("a")\nn is int = 2\nShow(n)\nv is variant = 1\nShow(v)\n'
                   "PROCEDURE Show(s is string)\nTrace(s)\n"
                   "PROCEDURE Show(i is int)\nTrace(i)\n")
    assert "p_show__1('a')" in py and "p_show__2(v_n)" in py
    assert "p_show(v_v)" in py  # a variant: the dispatcher chooses when it runs
    assert py.count("overload_dispatcher(") == 1


def _read(obj: str, member: str) -> str:
    """The code of `obj.member` read, obj declared of a class (compiler/member_inline.py)."""
    return (f"({obj}.values['{member}'] if type({obj}) is WLStruct and '{member}' in "
            f"{obj}.values else get_member({obj}, '{member}'))")


def test_a_member_receiver_s_class_comes_from_the_member_s_declaration() -> None:
    """`m_o.M(n)`, `:m_o.M(s)` in a method and `c.m_o.M(n)` call the chosen syntax
    directly, as on a variable of the class (the object checked not Null first:
    live_object); a dynamic member (maybe Null) does not."""
    py = python_of("CPart is Class\nEND\nCCar is Class\n\tm_o is CPart\n"
                   "\tm_d is dynamic CPart\nEND\nc is CCar\nn is int = 1\nc.m_o.M(n)\n"
                   "PROCEDURE CPart::M(x is int)\nTrace(x)\n"
                   "PROCEDURE CPart::M(s is string)\nTrace(s)\n"
                   "PROCEDURE CCar::Go()\nn is int = 3\ns is string = \"a\"\n"
                   "m_o.M(n)\n:m_o.M(s)\nm_d.M(n)\n")
    assert f"m_cpart__m__1(live_object({_read('v_c', 'm_o')}, 'm'), v_n)" in py
    assert f"m_cpart__m__1(live_object({_read('a__objet', 'm_o')}, 'm'), v_n)" in py
    assert f"m_cpart__m__2(live_object({_read('a__objet', 'm_o')}, 'm'), v_s)" in py
    assert "m_cpart__m__1(get_member(a__objet, 'm_d')" not in py
    assert f"m_cpart__m__1({_read('a__objet', 'm_d')}" not in py


def test_a_program_without_several_syntaxes_has_no_dispatcher() -> None:
    py = python_of('Show("a")\nPROCEDURE Show(s is string)\nTrace(s)\n')
    assert "overload_dispatcher" not in py and "p_show('a')" in py


@pytest.mark.parametrize("path", SEVERAL, ids=lambda p: p.stem)
def test_check_and_compile_agree_on_the_goldens(path: Path) -> None:
    """Every call the pass accepts compiles; every error it reports is a deferred one,
    which the golden expects when it runs."""
    text = path.read_text(encoding="utf-8")
    analysis = analyze(parse(text, path.name), load_stdlib(), unused=False)
    assert all(d.deferred for d in analysis.errors())
    assert bool(analysis.errors()) == ("expect error" in text)
    compile_source(text, path.name)


def test_the_repl_keeps_a_name_s_syntaxes_between_inputs() -> None:
    out, err = io.StringIO(), io.StringIO()
    run_lines(["PROCEDURE P(s is string)", 'Trace("S" + s)', "PROCEDURE P(n is int)",
               'Trace("N" + n)', "", 'P("a")', "P(2)", "x is variant = 3", "P(x)",
               "P(1, 2)"], ReplSession(stdout=out, stderr=err))
    assert out.getvalue().splitlines() == ["Sa", "N2", "N3"]
    assert "no syntax of P takes 2 parameter(s)" in err.getvalue()
