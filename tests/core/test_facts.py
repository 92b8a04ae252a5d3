"""semantics/facts.py walks each body once with its own loop: on every golden program it
must find exactly what the generic walkers of syntax/walk.py find."""
from __future__ import annotations

from golden_trees import golden_trees

from wlinterp.semantics.facts import (
    assigned_by,
    declared_by,
    facts,
    forget_facts,
    loop_facts,
)
from wlinterp.syntax import nodes as N
from wlinterp.syntax.names import fold
from wlinterp.syntax.parser import parse
from wlinterp.syntax.walk import body_stmts, sub_exprs, walk_expr, walk_stmts


def _bodies() -> list[N.Body]:
    """The bodies of every golden program that parses (tests/golden_trees.py)."""
    out = []
    for _, _, program in golden_trees():
        out += [program.main] + [p.body for p in program.procedures]
    return out


def _expected(stmts: list[N.Stmt]) -> tuple[list, set, set, list, list, list, list, bool,
                                            bool, bool]:
    """The same questions answered with the generic walkers, one walk per question."""
    decls = [(name, s) for s in walk_stmts(stmts) for name in declared_by(s)]
    assigned: set[str] = set()
    referenced: set[str] = set()
    calls: list[N.Call] = []
    own: list[N.Call] = []
    procedures, level = [], []
    labels = results = frees = False
    for s in walk_stmts(stmts):
        if isinstance(s, N.Procedure):
            procedures.append(s)
            inner = _expected(body_stmts(s.body))
            assigned |= inner[1]
            referenced |= inner[2]
            calls += inner[3]
            frees = frees or inner[9]  # (labels and results: the body's own only)
            continue
        labels = labels or (isinstance(s, N.Label) and s.jump)
        results = results or (isinstance(s, N.Return) and s.value is not None)
        frees = frees or isinstance(s, N.Free)
        if isinstance(s, (N.StructDecl, N.EnumDecl, N.ConstDecl, N.InterfaceDecl)):
            level.append(s)
        assigned |= assigned_by(s)
        for e in sub_exprs(s):
            for x in walk_expr(e):
                if isinstance(x, N.Name):
                    referenced.add(fold(x.name))
                elif isinstance(x, N.Call):
                    calls.append(x)
                    own.append(x)
    return (decls, assigned, referenced | assigned, calls, procedures, level, own, labels,
            results, frees)


def test_facts_agree_with_the_generic_walks() -> None:
    bodies = _bodies()
    assert len(bodies) > 500
    forget_facts()
    checked = 0
    flags = [False, False, False]
    for body in bodies:
        got = facts(body)
        want = _expected(body_stmts(body))
        assert (got.decls, got.assigned, got.referenced) == want[:3]
        assert [id(c) for c in got.calls] == [id(c) for c in want[3]]
        assert [id(p) for p in got.procedures] == [id(p) for p in want[4]]
        assert [id(s) for s in got.program_level] == [id(s) for s in want[5]]
        assert [id(c) for c in got.own_calls] == [id(c) for c in want[6]]
        assert (got.labels, got.results, got.frees) == want[7:]
        checked += bool(got.calls)
        flags = [seen or now for seen, now in zip(flags, want[7:])]
    assert checked > 100  # the programs do call things
    assert flags == [True, True, True]  # and the flags are met


def test_loop_facts_are_those_of_the_loop_body_and_cached() -> None:
    program = parse("n is int = 3\nFOR i = 1 TO n\n  n = Max(n, i)\nEND\n", "t.wl")
    loop = program.main.stmts[1]
    assert isinstance(loop, N.For)
    forget_facts()
    got = loop_facts(loop.body)
    assert got.assigned == {"n"} and [fold(c.func.name) for c in got.own_calls] == ["max"]
    assert loop_facts(loop.body) is got
    forget_facts()
    assert loop_facts(loop.body) is not got
