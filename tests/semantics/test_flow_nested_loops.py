"""WL204's flow walks a loop's body twice (quietly, then for real), so loops nested d
deep were walked 2**d times: 20 nested loops took 5 s of `wl check`. A quiet walk reports
nothing, so what it gives for a loop and what was assigned before it is remembered
(flow.py `_Flow.quiet_loops`): the reports are those of walking every time, and a nest
is walked a number of times that grows with its depth, not exponentially."""
from __future__ import annotations

from typing import Any

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze, flow
from wlinterp.syntax.parser import parse
from wl_test_helpers import golden_programs

DEPTH = 14


def _nest(french: bool) -> str:
    """DEPTH nested loops (FOR, WHILE, FOR EACH in turn) reading `y`, which is assigned
    only after them (WL204 at the read), and `x`, assigned later in the innermost body
    (a later pass sees it: no report)."""
    kw = ({"for": "POUR", "to": "À", "while": "TANTQUE", "each": "POUR TOUT", "of": "DE",
           "end": "FIN", "int": "est un entier", "proc": "PROCÉDURE", "res": "RENVOYER"}
          if french else
          {"for": "FOR", "to": "TO", "while": "WHILE", "each": "FOR EACH", "of": "OF",
           "end": "END", "int": "is int", "proc": "PROCEDURE", "res": "RESULT"})
    lines = [f"Trace(P())", f"{kw['proc']} P()", f"x {kw['int']}", f"y {kw['int']}",
             f"n {kw['int']} = 0"]
    for i in range(DEPTH):
        pad = "\t" * i
        lines.append(pad + (f"{kw['for']} i{i} = 1 {kw['to']} 1" if i % 3 == 0 else
                            f"{kw['while']} n < {i}" if i % 3 == 1 else
                            f"{kw['each']} v{i} {kw['of']} [1]"))
    lines += ["\t" * DEPTH + "n = n + x + y", "\t" * DEPTH + "x = 1"]
    lines += ["\t" * i + kw["end"] for i in reversed(range(DEPTH))]
    lines += ["y = 2", f"{kw['res']} n"]
    return "\n".join(lines) + "\n"


def _wl204(text: str, name: str) -> list[tuple[int, int, str]]:
    found = analyze(parse(text, name), load_stdlib()).diagnostics
    return [(d.line, d.column, d.message) for d in found if d.code == "WL204"]


@pytest.mark.parametrize("french", [False, True], ids=["en", "fr"])
def test_a_deep_nest_is_walked_a_few_times_per_loop(french: bool,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    walks: list[int] = []
    real = flow._Flow._loop

    def counting(self: flow._Flow, *args: Any) -> Any:
        walks.append(1)
        return real(self, *args)
    monkeypatch.setattr(flow._Flow, "_loop", counting)
    assert _wl204(_nest(french), "nest.wl") == [
        (6 + DEPTH, DEPTH + 13, "'y' is read before any assignment: it still holds its "
                                "default value here")]
    assert len(walks) <= 4 * DEPTH  # (2**DEPTH - 1 = 16,383 walks before)


def test_same_reports_as_walking_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Walked again without the memory: the programs whose analysis walked a loop (in the
    others `loop` never ran, so nothing remembered could change a report)."""
    sources = [("nest_en.wl", _nest(False)), ("nest_fr.wl", _nest(True))] + golden_programs()
    looped: set[str] = set()
    reads: list[int] = []
    remembering = flow._Flow.loop
    for name, text in sources:
        def noted(self: flow._Flow, *args: Any, name: str = name) -> Any:
            looped.add(name)
            return remembering(self, *args)
        monkeypatch.setattr(flow._Flow, "loop", noted)
        remembered = _wl204(text, name)
        reads.append(len(remembered))
        if name in looped:
            monkeypatch.setattr(flow._Flow, "loop", flow._Flow._loop)  # every walk again
            assert _wl204(text, name) == remembered, name
    assert len(looped) > 300  # (the corpus has loops to walk)
    assert sum(reads) > 10  # (and reads to compare)
