"""Each diagnostic is decided in one place, the semantic pass: the compiler follows its
verdicts (a wrong call fails at run time with the pass's message; `wl run`'s warnings are
the pass's), and has no check or message text of its own for them."""
from __future__ import annotations

import io
import pathlib

import pytest

from wlinterp import run_file, run_source

ROOT = pathlib.Path(__file__).resolve().parents[2] / "wlinterp"
# message texts of diagnostics, and the one module that may contain each
MESSAGES = {
    "parameter(s) but received": {"semantics/call_counts.py"},
    "is not declared": {"semantics/undeclared_names.py"},
    "unknown procedure or function": {"semantics/builtin_calls.py"},
    "it is treated as an empty variant": {"semantics/analysis.py"},
    # refusals: the compiler raises the pass's own diagnostic (ProgramCompiler.refused)
    "is a type, not a value": {"semantics/lookup.py"},
    "is a variable, not a procedure": {"semantics/calls.py"},
    "this expression cannot be called": {"semantics/calls.py"},
    "outside a loop": {"semantics/block_statements.py"},
    "inherits from itself": {"semantics/program_decls.py"},
    "is already declared as": {"semantics/declarations.py"},
    "a constant must be a literal": {"semantics/constant_order.py"},
    "cannot assign to the": {"semantics/assignments.py"},
    "can use it": {"semantics/program_symbols.py"},  # a private/protected member used outside
    "; the variable is a variant": {"semantics/declarations.py"},
    "unknown parent class": {"semantics/declaration_blocks.py"},
    "is a CONSTANT member": {"runtime/member_words.py"},  # WL106 and its run-time twin
}


def _sources() -> dict[str, str]:
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8")
            for p in ROOT.rglob("*.py")}


@pytest.mark.parametrize("text", sorted(MESSAGES))
def test_a_diagnostic_text_lives_in_one_module(text: str) -> None:
    where = {name for name, src in _sources().items() if text.lower() in src.lower()}
    assert where == MESSAGES[text]


def test_the_compiler_issues_no_warning_of_its_own() -> None:
    for name, src in _sources().items():
        if name.startswith("compiler/"):
            assert "format_warning" not in src and ".warn(" not in src, name


def _run(text: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(text, "p.wl", stdout=out, stderr=err)
    except Exception as exc:  # noqa: BLE001 - the WLanguage error is what is checked
        err.write(f"ERROR {exc}")
    return out.getvalue(), err.getvalue()


def test_a_wrong_call_fails_when_reached_with_the_checkers_message() -> None:
    out, err = _run("Trace(1)\nTrace(Add(1))\nPROCEDURE Add(a, b)\nRESULT a + b\n")
    assert out == "1\n"
    assert "Add expects 2 parameter(s) but received 1." in err
    out, err = _run('Trace(2)\nTrace(Lenght("ab"))\n')
    assert out == "2\n" and "Unknown procedure or function 'Lenght'; did you mean Length?" in err


def test_run_warnings_are_the_checkers_once_per_name() -> None:
    _, err = _run("sNom is string\nsNomm = 2\nsNomm = 3\nc is CAilleurs\nTrace(sNom)\n")
    lines = [x for x in err.splitlines() if ": warning: " in x]
    assert lines == [
        "p.wl:2:1: warning: 'sNomm' is not declared; did you mean sNom? "
        "(it is treated as an empty variant variable)",
        "p.wl:4:1: warning: unknown type 'CAilleurs'; the variable is a variant"]


def test_main_code_written_after_the_procedures_is_a_run_warning() -> None:
    """A script whose procedures come first runs nothing: its main code is the end of the
    last procedure, after its RESULT. `wl run` said nothing (only `wl check`: WL203)."""
    out, err = _run("PROCEDURE Double(n)\nRESULT n * 2\n\nTrace(Double(21))\n")
    assert out == ""
    assert [x for x in err.splitlines() if ": warning: " in x] == [
        "p.wl:4:1: warning: this code is never run: it follows a RETURN/RESULT (a procedure "
        "runs up to the next PROCEDURE: a script's main code goes before its procedures)"]
    _, err = _run("Trace(1)\nRETURN\nTrace(2)\n")  # in main code: no word on procedures
    assert [x for x in err.splitlines() if ": warning: " in x] == [
        "p.wl:3:1: warning: this code is never run: it follows a RETURN/RESULT"]


def test_code_generation_reports_the_passs_verdict_when_run_without_its_gate() -> None:
    from wlinterp.compiler.program import ProgramCompiler
    from wlinterp.errors import WLSyntaxError
    from wlinterp.registry import load_stdlib
    from wlinterp.syntax.parser import parse
    program = parse("Trace(1)\nBREAK\n", "p.wl")
    with pytest.raises(WLSyntaxError) as caught:
        ProgramCompiler(program, load_stdlib()).compile()
    assert (caught.value.message, caught.value.line) == ("BREAK outside a loop", 2)


def test_main_code_after_a_procedure_in_the_middle_is_a_run_warning() -> None:
    """Main code written after a PROCEDURE in the middle of a script is that procedure's
    body: nothing calls it, so it never runs, and `wl run` says so at its first line
    (docs/semantics.md, "Main code after a procedure in a script"). It said nothing."""
    out, err = _run('Trace("start")\nPROCEDURE P()\nTrace("in P")\nTrace("main after")\n')
    assert out == "start\n"
    assert [x for x in err.splitlines() if ": warning: " in x] == [
        "p.wl:3:1: warning: this code is never run: it is the body of the procedure 'P', "
        "which nothing calls (a procedure runs up to the next PROCEDURE: a script's main "
        "code goes before its procedures)"]
    out, err = _run('P()\nPROCEDURE P()\nTrace("in P")\nTrace("main after")\n')
    assert out == "in P\nmain after\n" and ": warning: " not in err


def test_the_procedure_wl_run_calls_is_not_said_never_run(tmp_path: pathlib.Path) -> None:
    """`wl run --call P` calls P after the main code: its body runs, and the WL203
    warning of the procedure nothing calls said it never did (the others keep theirs).
    Run with its project (run_file) from a folder named `test_...` (pytest's), the
    script had no WL203 at all: the folder's name was judged as a test file's."""
    text = 'Trace("start")\nPROCEDURE P()\nTrace("in P")\nPROCEDURE Q()\nTrace("in Q")\n'
    path = tmp_path / "p.wl"
    path.write_text(text, encoding="utf-8")
    for run in (lambda **kw: run_source(text, "p.wl", **kw),
                lambda **kw: run_file(str(path), **kw)):
        out, err = io.StringIO(), io.StringIO()
        run(stdout=out, stderr=err, call="p")
        assert out.getvalue() == "start\nin P\n"
        warnings = [x for x in err.getvalue().splitlines() if ": warning: " in x]
        assert len(warnings) == 1 and "the procedure 'Q', which nothing calls" in warnings[0], \
            err.getvalue()
