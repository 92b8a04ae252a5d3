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
