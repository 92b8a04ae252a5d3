"""WL204's flow does not walk a loop whose body names no tracked variable (flow.py
`_Flow.loop`, `_names_none`): the reads it reports are those the two walks of the body
gave, on every golden program and on loops made to tell the cases apart."""
from __future__ import annotations

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze, flow
from wlinterp.syntax.parser import parse
from wl_test_helpers import golden_programs

_LOOPS = [
    # the body names nothing tracked: the condition's read is still reported
    "n is int\ns is string\nWHILE n < 3\n  Trace(1)\nEND\nn = 1\ns = \"a\"\nTrace(s)\n",
    # the body assigns the variable read after the loop: no report
    "s is string\nFOR i = 1 TO 3\n  s = \"x\"\nEND\nTrace(s)\n",
    # the body reads it before a later pass assigns it
    "s is string\nFOR i = 1 TO 3\n  Trace(s)\n  s = \"y\"\nEND\n",
    # passed to a procedure in the body (by reference: may assign it)
    "n is int\nFOR i = 1 TO 2\n  P(n)\nEND\nTrace(n)\nPROCEDURE P(x)\nx = 1\n",
    # declared again inside the body, an internal procedure using it, a label elsewhere
    "s is string\nFOR i = 1 TO 2\n  s is string = \"z\"\nEND\nTrace(s)\ns = \"b\"\n",
    "s is string\nLOOP\n  BREAK\nEND\nTrace(s)\ns = \"c\"\n",
    "s is string\nFOR EACH x OF [1, 2]\n  Trace(x)\nEND\nTrace(s)\ns = \"d\"\n",
]


def _wl204(text: str, name: str) -> list[tuple[int, int, str]]:
    program = parse(text, name)
    found = analyze(program, load_stdlib()).diagnostics
    return [(d.line, d.column, d.message) for d in found if d.code == "WL204"]


def _sources() -> list[tuple[str, str]]:
    return [(f"loop{i}.wl", text) for i, text in enumerate(_LOOPS)] + golden_programs()


def test_same_reports_as_walking_every_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each program analysed as it is, then, when its analysis asked whether a loop's
    body names a tracked variable (`_names_none`: in the others nothing was skipped, so
    nothing could change), again with every loop walked: the same reads, and more
    blocks walked in all (the count was read before the first analysis ran, so it
    compared 0 with the walks)."""
    walked: list[int] = []
    real_block, real_none = flow._Flow.block, flow._names_none
    asked: set[str] = set()
    reads = fewer = more = 0

    def counting(self: flow._Flow, stmts: list, a: object) -> object:  # type: ignore[type-arg]
        walked.append(1)
        return real_block(self, stmts, a)  # type: ignore[arg-type]

    monkeypatch.setattr(flow._Flow, "block", counting)
    for name, text in _sources():
        def noted(tracked: object, body: object, name: str = name) -> bool:
            asked.add(name)
            return real_none(tracked, body)  # type: ignore[arg-type]
        monkeypatch.setattr(flow, "_names_none", noted)
        walked.clear()
        skipped = _wl204(text, name)
        reads += len(skipped)
        if name in asked:
            fewer += len(walked)
            walked.clear()
            monkeypatch.setattr(flow, "_names_none", lambda tracked, body: False)
            assert _wl204(text, name) == skipped, name
            more += len(walked)
    assert reads > 0  # (the corpus has WL204 reads to compare)
    assert len(asked) > 300  # (and loops to skip or walk)
    assert fewer < more  # some loops were not walked


def test_loop_naming_nothing_tracked_is_not_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    walked: list[int] = []
    real = flow._Flow.block

    def counting(self: flow._Flow, stmts: list, a: object) -> object:  # type: ignore[type-arg]
        walked.append(len(stmts))
        return real(self, stmts, a)  # type: ignore[arg-type]

    monkeypatch.setattr(flow._Flow, "block", counting)
    assert _wl204(_LOOPS[0], "t.wl") == [(3, 7, "'n' is read before any assignment: it "
                                                 "still holds its default value here")]
    assert walked == []  # the WHILE's body (Trace(1)) was not walked
