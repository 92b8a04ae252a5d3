"""What one walk learns of a body (semantics/facts.py) is kept by the body's identity,
so a tree changed in place between two passes (the project linker rewrites `pSet.Name`
as `Name` at every link, in the procedures it shares between links) must be walked
again: the semantic pass forgets the kept Facts when it starts, as the compiler does.
Before, the pass read a procedure's names as they were at the last compilation: a
global the procedure now assigns was said to be read before any assignment (WL204)."""
from __future__ import annotations

from wlinterp.registry import load_stdlib
from wlinterp.semantics.analysis import analyze
from wlinterp.semantics.facts import facts
from wlinterp.syntax.parser import parse

SOURCE = {"en": "x is int\nP()\nTrace(x)\nPROCEDURE P()\nTrace(1)\n",
          "fr": "x est un entier\nP()\nTrace(x)\nPROCÉDURE P()\nTrace(1)\n"}


def _codes(program: object) -> list[str]:
    return [d.code for d in analyze(program, load_stdlib()).diagnostics]  # type: ignore[arg-type]


def test_a_procedure_changed_in_place_is_walked_again_by_the_semantic_pass() -> None:
    for lang, source in SOURCE.items():
        program = parse(source, "t.wl")
        assert _codes(program) == ["WL204"], lang  # x: never assigned
        before = facts(program.procedures[0].body)  # kept, as a compilation keeps it
        assert "x" not in before.referenced
        program.procedures[0].body.stmts[:0] = parse("x = 5\n", "u.wl").main.stmts
        assert _codes(program) == [], lang  # P assigns x now: nothing to say
        assert "x" in facts(program.procedures[0].body).assigned
