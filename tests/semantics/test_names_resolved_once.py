"""What a name designates is decided once, by the semantic pass (semantics/resolved.py);
code generation reads the recorded verdict and never walks the lookup order itself."""
from __future__ import annotations

import glob
import pathlib
from typing import Any

import pytest

from wlinterp.compiler import exprs
from wlinterp.compiler.functions import FunctionCompiler
from wlinterp.compiler.program import ProgramCompiler
from wlinterp.errors import WLSyntaxError
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.semantics.resolved import Ref
from wlinterp.syntax import nodes as N
from wlinterp.syntax.parser import parse
from wlinterp.syntax.walk import body_stmts, sub_exprs, walk_expr, walk_stmts

GOLDEN = sorted(glob.glob("tests/golden/**/*.wl", recursive=True))
COMPILER = pathlib.Path(__file__).resolve().parents[2] / "wlinterp" / "compiler"


def _compile(text: str, retouch: Any = None) -> str:
    program = parse(text, "p.wl")
    registry = load_stdlib()
    analysis = analyze(program, registry, unused=False)
    if retouch is not None:
        retouch(program, analysis)
    return ProgramCompiler(program, registry, analysis=analysis).compile().source_py


def _names(program: N.Program, name: str) -> list[N.Name]:
    stmts = list(walk_stmts(body_stmts(program.main)))
    return [x for s in stmts for e in sub_exprs(s) for x in walk_expr(e)
            if isinstance(x, N.Name) and x.name == name]


def test_every_name_the_compiler_meets_in_the_golden_programs_has_a_verdict(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []
    resolve, call = FunctionCompiler.resolve_name, FunctionCompiler.compile_call

    def checked_resolve(self: FunctionCompiler, node: Any) -> Any:
        assert self.prog.refs.get(node) is not None, (node, self.prog.filename)
        asked.append(node)
        return resolve(self, node)

    def checked_call(self: FunctionCompiler, node: N.Call, statement: bool = False) -> Any:
        # a callee that is no name ({"P"}(x), t[1](x), f()(x), o>>M()) is a value: no verdict
        if isinstance(node.func, (N.Name, N.Member, N.ClassMember)):
            assert self.prog.refs.get(node.func) is not None, (node, self.prog.filename)
        asked.append(node)
        return call(self, node, statement)

    monkeypatch.setattr(FunctionCompiler, "resolve_name", checked_resolve)
    monkeypatch.setattr(FunctionCompiler, "compile_call", checked_call)
    compiled = 0
    for path in GOLDEN:
        text = open(path, encoding="utf-8").read()
        try:
            _compile(text)
        except WLSyntaxError:
            continue  # the golden files of syntax errors
        compiled += 1
    assert compiled > 300 and len(asked) > 5_000


def test_the_compiler_follows_the_recorded_verdict() -> None:
    """Told that `n` is a member of the current object, the compiler reads it as one
    although its own scope declares a variable `n`."""
    text = "n is int = 5\nTrace(n)\n"
    assert "_B_trace(_rt, v_n)" in _compile(text)

    def as_member(program: N.Program, analysis: Any) -> None:
        (read,) = _names(program, "n")
        analysis.refs.record(read, Ref.MEMBER)

    assert "_B_trace(_rt, get_member(a__objet, 'n'))" in _compile(text, as_member)


def test_a_name_without_a_verdict_is_a_bug_not_a_guess() -> None:
    def forget(program: N.Program, analysis: Any) -> None:
        (read,) = _names(program, "n")
        analysis.refs._refs.pop(id(read))

    with pytest.raises(LookupError, match="did not resolve Name 'n' at 2:7"):
        _compile("n is int = 5\nTrace(n)\n", forget)


def test_the_compiler_has_no_lookup_order_of_its_own() -> None:
    for path in COMPILER.glob("*.py"):
        src = path.read_text(encoding="utf-8")
        for banned in ("kind_of", "registry.lookup(", "global_kind", "in EXECUTE_ANCESTOR",
                       "candidates("):
            assert banned not in src, (path.name, banned)


def test_an_undeclared_name_is_a_variable_of_each_function_that_uses_it() -> None:
    """Main code's implicit variable is a local of `__wl_main__`: a procedure using the
    same undeclared name (its integer version, compiled after main code, included) has its
    own, as the generic version always had (before, the integer version bound main's and
    the generated code did not compile)."""
    import io

    from wlinterp import run_source
    text = ("FOR i = 1 TO 3\n    gsLog = gsLog + \"[\" + i + \"]\"\n    Note(i)\nEND\n"
            "Trace(gsLog)\nPROCEDURE Note(n)\ngsLog += \"<\" + n + \">\"\n")
    out = io.StringIO()
    run_source(text, "p.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "[1][2][3]\n"


@pytest.mark.parametrize("text", ["Customer.Born..Day = 5\n",
                                  "PROCEDURE P()\nClient.Né..Mois = 2\n"])
def test_a_data_items_date_part_asks_the_verdict_not_the_compiled_name(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`File.Item..Day = 5`, File an undeclared name (maybe a data file): whether it is
    one is the semantic pass's verdict (data_named, as assigns.py's data_item asks it);
    the name is compiled as often as for any member's part, not once more to look at
    its code (which could make its implicit variable as a side effect)."""
    resolve = FunctionCompiler.resolve_name
    asked: list[str] = []

    def counted(self: FunctionCompiler, node: Any) -> Any:
        asked.append(node.name)
        return resolve(self, node)

    monkeypatch.setattr(FunctionCompiler, "resolve_name", counted)
    monkeypatch.setattr(FunctionCompiler, "x_Name", counted)
    monkeypatch.setitem(exprs._X_METHODS, N.Name, counted)  # (its dispatch, once filled)
    source = _compile(text)
    assert "item_with_part(data_item(_rt, " in source and "data_item_set(_rt, " in source
    assert len(asked) == 2, asked  # the part's old value read, the item stored
