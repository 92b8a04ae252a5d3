"""The Python API: parse like ast.parse, run_source with given streams."""
from __future__ import annotations

import io

import pytest

import wlinterp
from wlinterp.syntax import nodes as N


def test_parse_returns_program_and_does_nothing_else(capsys: pytest.CaptureFixture[str]) -> None:
    prog = wlinterp.parse('Trace("x")\nPROCEDURE P()\nRESULT 1\n', "p.wl")
    assert isinstance(prog, N.Program)
    assert [p.name for p in prog.procedures] == ["P"]
    assert isinstance(prog.main.stmts[0], N.ExprStmt)
    assert capsys.readouterr() == ("", "")


def test_syntax_error_attributes() -> None:
    with pytest.raises(wlinterp.WLSyntaxError) as info:
        wlinterp.parse("x = (1 +\n", "e.wl")
    err = info.value
    assert isinstance(err, wlinterp.WLError)
    assert (err.line, err.filename) == (1, "e.wl") and err.column >= 1 and err.message


def test_run_source_streams() -> None:
    out, err = io.StringIO(), io.StringIO()
    wlinterp.run_source('Trace("a")\nError("b", "c")\n', stdout=out, stderr=err)
    assert out.getvalue() == "a\n" and err.getvalue() == "b\nc\n"


def test_run_source_raises_runtime_error_with_position() -> None:
    with pytest.raises(wlinterp.WLRuntimeError) as info:
        wlinterp.run_source('x is int = 1\nx = x / 0\n', "d.wl", stdout=io.StringIO())
    assert (info.value.line, info.value.filename) == (2, "d.wl")
    assert "Division by zero" in info.value.message


def test_positions_survive_compilation() -> None:
    src = 'PROCEDURE Main()\n\n\nx is int\n\n  x = 1 / 0\n'
    with pytest.raises(wlinterp.WLRuntimeError) as info:
        wlinterp.run_source("Main()\n" + src, stdout=io.StringIO())
    assert info.value.line == 7 and info.value.column == 9  # the "/" (the statement: 3)


def test_a_bug_in_a_builtin_is_not_reported_as_a_script_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from wlinterp.registry import load_stdlib
    builtin = load_stdlib().functions["length"]

    def broken(rt: object, *args: object) -> object:
        raise NameError("name 'oops' is not defined", name="oops")

    monkeypatch.setattr(builtin, "call", broken)
    with pytest.raises(NameError):
        wlinterp.run_source('Trace(Length("a"))', stdout=io.StringIO())


def test_global_read_before_its_declaration_is_a_script_error() -> None:
    with pytest.raises(wlinterp.WLRuntimeError) as info:
        wlinterp.run_source("P()\ng is int = 5\nPROCEDURE P()\nTrace(g)\n",
                            stdout=io.StringIO())
    assert "'g' is used before its declaration" in info.value.message
    assert info.value.line == 4


def test_error_excerpt_of_a_very_long_line_is_a_window() -> None:
    from wlinterp.errors import format_error
    src = "x = " + "1 + " * 5000 + ")\n"
    with pytest.raises(wlinterp.WLSyntaxError) as info:
        wlinterp.parse(src, "long.wl")
    text = format_error(info.value).splitlines()
    assert len(text[1]) < 200 and text[2].endswith("^")
    caret = text[2].index("^")
    assert text[1][caret] == ")"
