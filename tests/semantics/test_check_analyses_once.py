"""`wl check` parses and analyses a program once, and hands both to the compile step
that shows what the compiler refuses (Analysis.for_compiler): the view of the check's
analysis it hands over must be exactly the analysis the compiler would have made itself
(`unused=False`, no other files, no data files inferred), diagnostics, call errors and
every name's verdict alike."""
from __future__ import annotations

import glob
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wlinterp.check as check_module
import wlinterp.semantics.analysis as analysis_module
from wlinterp.check import check_paths
from wlinterp.errors import WLSyntaxError
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.semantics.analysis import Analysis
from wlinterp.syntax.nodes import Program
from wlinterp.syntax.parser import parse
from windev_text import procedure_set

PATHS = sorted(glob.glob("tests/golden/**/*.wl", recursive=True)
               + glob.glob("tests/diagnostics/*.wl"))
SOURCES = [open(p, encoding="utf-8").read() for p in PATHS]


def _said(a: Analysis) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Everything an analysis says, nodes named by position (two analyses of one tree
    make their own temporary nodes)."""
    diags = [(d.code, d.message, d.line, d.column, d.length, d.hint, d.source_line,
              d.deferred) for d in a.diagnostics]
    calls = sorted((at, d.code, d.message) for at, d in a.call_errors.items())
    refs = sorted((n.line, n.col, type(n).__name__, str(getattr(n, "name", "")), str(r))
                  for n, r in a.refs._refs.values())
    return diags, calls, refs


def _same_as_the_compilers(text: str, known: set[str], program: Program | None = None) -> None:
    """`program`: the tree of `text` parsed already (None: parsed here)."""
    if program is None:
        try:
            program = parse(text, "p.wl")
        except (WLSyntaxError, RecursionError):
            return
    registry = load_stdlib()
    try:
        view = analyze(program, registry, known=set(known), infer_data=True).for_compiler()
        own = analyze(program, registry, unused=False, known=set(known))
    except RecursionError:
        return
    assert view is not None
    assert _said(view) == _said(own)


_BATCH = 16  # programs a test: 3,792 tests of one program each paid pytest's own work
# per test 3,792 times (with -n, a report sent to the controller each)


@pytest.mark.parametrize("first", range(0, len(SOURCES), _BATCH))
def test_the_view_is_the_compilers_own_analysis(first: int) -> None:
    """Each program with no names known, then with a data file's and a control's name
    known, on one tree: the pass leaves a tree it analysed as the same program (it
    rewrites a few in place, as a second analysis would find them:
    tests/golden_trees.py), and the two analyses above share a tree already."""
    for index in range(first, min(first + _BATCH, len(SOURCES))):
        try:
            program = parse(SOURCES[index], "p.wl")
        except (WLSyntaxError, RecursionError):
            continue
        for known in (set(), {"customer", "edt_x"}):
            try:
                _same_as_the_compilers(SOURCES[index], known, program)
            except AssertionError as err:
                raise AssertionError(f"{PATHS[index]} (known: {known}): {err}") from None


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(0, len(SOURCES) - 1), st.lists(st.tuples(st.integers(0, 2),
                                                            st.integers(0, 10**6)),
                                                  min_size=1, max_size=4))
def test_the_view_holds_for_mutated_programs(index: int, edits: list[tuple[int, int]]) -> None:
    """Lines deleted, duplicated or moved: undeclared names (withdrawn when an H* call
    names them), unused variables, unreachable code, duplicates..."""
    lines = SOURCES[index].split("\n")
    for op, at in edits:
        j = at % len(lines)
        if op == 0 and len(lines) > 1:
            del lines[j]
        elif op == 1:
            lines.insert(j, lines[j])
        else:
            lines.insert(at % (len(lines) + 1), lines.pop(j))
    _same_as_the_compilers("\n".join(lines + ["HReadFirst(Customer)", "Trace(Customer)"]),
                           set())


def test_no_view_when_other_files_are_seen() -> None:
    registry = load_stdlib()
    other = parse("PROCEDURE P()\n", "set.wdg")
    a = analyze(parse("P()", "p.wl"), registry, shared=[other])
    assert a.for_compiler() is None


def _counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    counts = {"parse": 0, "analyze": 0}
    real_parse, real_analyze = check_module.parse, analysis_module.analyze

    def parse_once(*args: object, **kw: object) -> object:
        counts["parse"] += 1
        return real_parse(*args, **kw)  # type: ignore[arg-type]

    def analyze_once(*args: object, **kw: object) -> object:
        counts["analyze"] += 1
        return real_analyze(*args, **kw)  # type: ignore[arg-type]
    monkeypatch.setattr(check_module, "parse", parse_once)
    monkeypatch.setattr("wlinterp.engine.parse", parse_once)
    monkeypatch.setattr(check_module, "analyze", analyze_once)
    monkeypatch.setattr(analysis_module, "analyze", analyze_once)
    return counts


def test_wl_check_parses_and_analyses_a_script_once(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "p.wl"
    script.write_text("n is int = 2\nTrace(n)\nHReadFirst(Customer)\n", encoding="utf-8")
    counts = _counted(monkeypatch)
    err = io.StringIO()
    assert check_paths([str(script)], err=err, out=io.StringIO()) == 0
    assert counts == {"parse": 1, "analyze": 1}, counts
    assert err.getvalue() == ""


def test_the_compilers_refusal_is_still_shown(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """What only code generation refuses (the pass accepts it) is WL100, as before."""
    script = tmp_path / "p.wl"
    script.write_text("FOR EACH Customer WHERE Length(\"a\")\nEND\n", encoding="utf-8")
    counts = _counted(monkeypatch)
    err = io.StringIO()
    assert check_paths([str(script)], err=err, out=io.StringIO()) == 65
    assert counts == {"parse": 1, "analyze": 1}, counts
    assert "p.wl:1:25: error[WL100]: FOR EACH on a data file: the condition must compare " \
           "items" in err.getvalue()


def test_a_set_beside_the_script_costs_the_compilers_own_pass(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With other files seen, the compiler's pass (which does not see them) is made
    again, on the tree already parsed."""
    (tmp_path / "set.wdg").write_text(procedure_set("Set", "", {"P": "PROCEDURE P()\nTrace(1)"}),
                                      encoding="utf-8")
    script = tmp_path / "p.wl"
    script.write_text("P()\n", encoding="utf-8")
    counts = _counted(monkeypatch)
    err = io.StringIO()
    assert check_paths([str(script)], err=err, out=io.StringIO()) == 0, err.getvalue()
    assert counts["analyze"] == 2 and counts["parse"] == 2, counts  # (the set's parse)


_NAMED = """gnNext is int = 0
Remise(nTaux : Next(), nMontant : Next())
Remise(nMontant : 80)
o is CPoint(nY : 2, nX : 1)
p is CPoint dynamic = new CPoint(nY : 4, nX : 3)
Trace(o.Somme(nB : 10, nA : 1), p.Somme(na : 1))
Remise(nTaux : 5)
Remise(nMontant : 1, nMontant : 2)

PROCEDURE Next()
gnNext++
RESULT gnNext

PROCEDURE Remise(nMontant, nTaux = 10)
RESULT nMontant * (100 - nTaux) / 100

CPoint is Class
  m_x is int
  m_y is int
END
PROCEDURE CPoint::Constructor(nX, nY)
m_x = nX; m_y = nY
PROCEDURE CPoint::Somme(nA, nB = 100)
RESULT m_x + m_y + nA * nB
"""


def test_named_arguments_leave_the_tree_as_written() -> None:
    """A tree analysed twice (`wl check` and the compiler's pass, the REPL): named
    arguments placed in the analysis's own table, never in the tree (BRIEF "the semantic
    pass must not change the tree"), so the second analysis says all the first said,
    faults included, and both place the same calls."""
    program = parse(_NAMED, "p.wl")
    before = repr(program)
    registry = load_stdlib()
    first = analyze(program, registry)
    assert repr(program) == before
    second = analyze(program, registry)
    assert repr(program) == before
    assert _said(first) == _said(second)
    assert [d.code for d in first.diagnostics] == ["WL104", "WL104"], first.diagnostics
    placed = [(n.line, [type(a).__name__ for a in args], order)
              for n, args, order in first.refs.placed.values()]
    assert placed == [(n.line, [type(a).__name__ for a in args], order)
                      for n, args, order in second.refs.placed.values()]
    assert len(placed) == 6 and (2, ["Call", "Call"], (1, 0)) in placed
