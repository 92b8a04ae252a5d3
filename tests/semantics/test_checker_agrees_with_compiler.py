"""Property: a program the semantic pass accepts compiles, and the code generator never
refuses a program without the semantic pass having reported an error at that line.

Programs are the golden programs and diagnostic files, mutated by deleting, duplicating
and moving lines (which makes undeclared names, duplicates, BREAKs outside loops...).
The code generator runs here without the semantic gate in front of it."""
from __future__ import annotations

import glob

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wlinterp.compiler.program import ProgramCompiler
from wlinterp.errors import WLSyntaxError
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse

SOURCES = [open(p, encoding="utf-8").read() for p in
           sorted(glob.glob("tests/golden/**/*.wl", recursive=True)
                  + glob.glob("tests/diagnostics/*.wl"))]


def agree(text: str) -> None:
    try:
        program = parse(text, "p.wl")
    except (WLSyntaxError, RecursionError):
        return
    registry = load_stdlib()
    errors = analyze(program, registry, unused=False).errors()
    try:
        ProgramCompiler(program, registry).compile()
    except WLSyntaxError as exc:
        lines = {d.line for d in errors}
        assert exc.line in lines, (f"the compiler refused line {exc.line} ({exc.message}); "
                                   f"the checker reported {sorted(lines)}\n{text}")
        return
    except RecursionError:
        return


def test_every_corpus_program_agrees() -> None:
    for text in SOURCES:
        agree(text)


_MUTATION = st.tuples(st.sampled_from(["delete", "duplicate", "move"]),
                      st.integers(0, 200), st.integers(0, 200))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SOURCES) - 1), st.lists(_MUTATION, min_size=1, max_size=4))
def test_mutated_programs_agree(index: int, mutations: list[tuple[str, int, int]]) -> None:
    lines = SOURCES[index].splitlines()
    for op, a, b in mutations:
        if not lines:
            break
        i, j = a % len(lines), b % len(lines)
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(j, lines[i])
        else:
            lines.insert(j, lines.pop(i))
    agree("\n".join(lines) + "\n")


def test_a_duplicate_before_a_method_with_several_syntaxes() -> None:
    """A copy of one syntax's header written before them (the compiler met it first)
    was an internal StopIteration; it is refused at the line WL105 names."""
    agree("PROCEDURE C::Add()\nC is Class\n\tn is int\nEND\nPROCEDURE C::Add()\nn++\n"
          "PROCEDURE C::Add(k is int)\nn += k\n")
    agree("PROCÉDURE Somme(a est un entier)\nTrace(1)\nPROCÉDURE Somme(a est un entier)\n"
          "RENVOYER a\nPROCÉDURE Somme(s est une chaîne)\nRENVOYER s\n")
