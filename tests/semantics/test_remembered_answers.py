"""What the semantic pass remembers to go faster (a scope's visible names, the built-ins
a function called, what a global name is, did-you-mean's candidates per name) never
changes an answer: asked again, or in another order, it answers as the first time."""
from __future__ import annotations

from pathlib import Path

from wlinterp.registry import load_stdlib
from wlinterp.runtime import types as T
from wlinterp.semantics import analyze
from wlinterp.semantics.scopes import Scope, Symbol
from wlinterp.semantics.suggest import NameIndex, closest
from wlinterp.syntax.parser import parse

DIAGNOSTIC_FILES = sorted((Path(__file__).parents[1] / "diagnostics").glob("*.wl"))


def _outcome(text: str, name: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Diagnostics and verdicts of one fresh parse and analysis of `text`."""
    analysis = analyze(parse(text, name), load_stdlib(), infer_data=True)
    diags = [(d.code, d.line, d.column, d.message, d.hint) for d in analysis.diagnostics]
    verdicts = sorted((node.line, node.col, type(node).__name__, str(ref))
                      for node, ref in analysis.refs._refs.values())
    return diags, verdicts


def test_every_diagnostic_file_checks_the_same_twice_and_in_reverse_order() -> None:
    texts = [(f.name, f.read_text(encoding="utf-8")) for f in DIAGNOSTIC_FILES]
    first = {name: _outcome(text, name) for name, text in texts}
    again = {name: _outcome(text, name) for name, text in reversed(texts)}
    assert again == first
    assert sum(len(diags) for diags, _ in first.values()) > 100  # the files do report


def test_a_scope_sees_its_own_names_over_the_enclosing_ones() -> None:
    outer = Scope("main", None, is_main=True)
    mine = Symbol("n", 1, 1, "var", T.INT)
    outer.define("n", mine)
    inner = Scope("P", outer)
    assert inner.lookup("n") is mine and inner.lookup("m") is None
    own = Symbol("N", 3, 1, "param", T.STRING)
    inner.define("n", own)
    assert inner.lookup("n") is own and outer.lookup("n") is mine
    inner.add_proc("q", parse("PROCEDURE Q()\n", "q.wl").procedures[0])
    inner.add_proc("q", parse("PROCEDURE Q(x)\n", "q.wl").procedures[0])
    assert len(inner.lookup_proc("q").params) == 0  # the first of a name stays
    assert outer.lookup_proc("q") is None


def test_did_you_mean_answers_alike_when_asked_again() -> None:
    index = NameIndex(["Trace", "TraceStart", "Taille", "Gauche"])
    assert closest("Trce", [], index) == "Trace"
    assert closest("Trce", ["Trcx"], index) == "Trcx"  # the program's names come first
    assert closest("Trce", [], index) == "Trace"
    assert closest("TRCE", [], index) == "Trace"  # folded: the same name
    assert closest("Gauhce", ["Gauche2"], index) == "Gauche"
    assert closest("Zzzzzz", [], index) is None


def _calls(text: str) -> tuple[list[tuple[str, int, str]], list[tuple[int, str]]]:
    """(code, line, message) of each diagnostic, and the verdict on each called name."""
    analysis = analyze(parse(text, "t.wl"), load_stdlib())
    verdicts = sorted((node.line, str(ref)) for node, ref in analysis.refs._refs.values()
                      if type(node).__name__ == "Name" and node.name.lower() == "left")
    return [(d.code, d.line, d.message) for d in analysis.diagnostics], verdicts


def test_a_name_remembered_as_a_builtin_is_the_programs_own_where_it_has_one() -> None:
    """A name checked as a built-in's call (and remembered so across functions and
    programs, calls.py `_plain_builtin`) is a procedure, a variable, an internal
    procedure or a method wherever the program or the function has one of that name."""
    plain = "s is string = Left(\"abc\", 2)\nTrace(s)\nTrace(Left(s, 1))\n"
    assert _calls(plain) == ([], [(1, "builtin"), (3, "builtin")])
    own = [  # checked after the built-in's calls above, and again before them
        ("PROCEDURE Left(a, b, c)\nRESULT a\n", "Trace(Left(1, 2))\n", "procedure",
         "WL104"),
        ("", "Left is int = 3\nTrace(Left(1, 2))\n", "not-callable", "WL110"),
        ("", "INTERNAL PROCEDURE Left(a)\nRESULT a\nEND\nTrace(Left(1, 2))\n",
         "internal-procedure", "WL104"),
    ]
    for procs, main, verdict, code in own + own:
        diags, verdicts = _calls(main + procs)
        assert verdict in [v for _, v in verdicts] and "builtin" not in \
            [v for _, v in verdicts], (main, verdicts)
        assert code in [c for c, _, _ in diags], (main, diags)
        assert _calls(plain) == ([], [(1, "builtin"), (3, "builtin")])
    method = ("C is Class\nEND\nPROCEDURE C::Left(a, b)\nRESULT a\n"
              "PROCEDURE C::Other()\nTrace(Left(1, 2))\n")
    assert _calls(method)[1] == [(6, "method")]
