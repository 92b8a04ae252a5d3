"""The LALR driver takes a run of pass-through reductions in one step (remembered per
state below, state and terminal): it must build the trees and report the errors a plain
shift/reduce loop over the same table does, on every golden program and on bad input
whose error falls inside such a run."""
from __future__ import annotations

import glob
from pathlib import Path
from typing import Any

from wlinterp.errors import WLSyntaxError
from wlinterp.syntax import parser as P
from wlinterp.syntax.parse_errors import ParseError
from wlinterp.syntax.lexer import tokenize
from wlinterp.syntax.nodes import dump
from wlinterp.syntax.tables import read_all, read_row
from wlinterp.syntax.tokens import Token


def _plain_drive(tokens: list[Token]) -> Any:
    """One reduction at a time, as the textbook loop does."""
    states, start, end_state, rules = P._driver_tables()
    state_stack, value_stack = [start], []
    last = tokens[-1]
    for tok in [*tokens, Token("$END", "", last.start_pos, last.line, last.column)]:
        while True:
            row = read_row(states, state_stack[-1])
            if tok.type not in row:
                raise ParseError(tok, {k for k in row if k.isupper()})
            action = row[tok.type]
            if action >= 0:
                state_stack.append(action)
                value_stack.append(tok)
                break
            size, origin, callback = rules[~action]
            if callback is not None:
                children = value_stack[len(value_stack) - size:]
                del value_stack[len(value_stack) - size:]
                value_stack.append(callback(children))
            del state_stack[len(state_stack) - size:]
            state_stack.append(read_row(states, state_stack[-1])[origin])
            if state_stack[-1] == end_state and tok.type == "$END":
                return value_stack[-1]
    raise AssertionError("no end state")


def _outcome(drive: Any, text: str) -> str:
    try:
        tokens = tokenize(text, "x.wl")
    except Exception as err:  # noqa: BLE001 - a lexer error is the same either way
        return f"lexer: {err}"
    try:
        return dump(drive(tokens))
    except ParseError as err:
        return f"error at {err.token.line}:{err.token.column} {err.token.type}: " \
               f"{sorted(err.expected)}"
    except WLSyntaxError as err:  # raised by a builder callback
        return f"builder: {err}"


def test_the_driver_builds_what_the_plain_loop_builds() -> None:
    files = sorted(glob.glob("tests/golden/**/*.wl", recursive=True))
    texts = [Path(f).read_text(encoding="utf-8") for f in files]
    texts += ["x = 1 +\n", "IF a = THEN\nEND\n", "Trace((1 + 2) * )\n", "x = [1, 2,\n]\n",
              "y is int = f(1)(2)[3].m\n", "RESULT\n", "x = a OR b AND NOT c = 3\n",
              "x = 1 2\n", "SWITCH x\nCASE 1 < * <= 5\nEND\n", "CASE 1\n"]
    for text in texts:
        expected = _outcome(_plain_drive, text)
        assert _outcome(P._drive, text) == expected, text
        assert _outcome(P._drive, text) == expected, text  # the remembered runs again
    assert len(texts) > 100


def test_runs_are_forgotten_when_the_table_changes(monkeypatch: Any) -> None:
    P.parse("x = 1 + 2\n")
    assert P._UNIT_RUNS[0] is P._driver_tables()[0] and P._UNIT_RUNS[1]
    states, start, end, rules = P._driver_tables()
    copy = {k: dict(v) for k, v in read_all(states).items()}
    monkeypatch.setattr(P, "_driver_tables", lambda: (copy, start, end, rules))
    assert dump(P.parse("x = 1 + 2\n")) == dump(P._drive(tokenize("x = 1 + 2\n")))
    assert P._UNIT_RUNS[0] is copy


def test_a_rule_without_a_method_makes_a_list_a_tree_or_calls_the_default() -> None:
    from wlinterp.syntax import reductions as R

    class WithDefault:
        def __default__(self, data: str, children: list[Any], meta: Any) -> Any:
            return ("default", data, children, meta)

    helper, named = ("_helper", False, None, 0), ("sort_key", False, None, 0)
    assert R.callback(object(), helper, 2)([1, 2]) == [1, 2]  # spliced by its parent
    tree = R.callback(object(), named, 2)([1, 2])
    assert isinstance(tree, R.Tree) and (tree.data, tree.children) == ("sort_key", [1, 2])
    tree = R.callback(object(), helper, 2, lists=False)([1, 2])
    assert isinstance(tree, R.Tree) and (tree.data, tree.children) == ("_helper", [1, 2])
    assert R.callback(WithDefault(), helper, 2)([1, 2]) == ("default", "_helper", [1, 2],
                                                             None)


def test_a_written_reduction_keeps_splices_and_pads_as_lark_does() -> None:
    """`x: A _list B?` keeping A, splicing the list (taken over when nothing comes
    before it), adding a None for a missing B; a `?rule` of one kept child passes it."""
    from wlinterp.syntax import reductions as R

    class Builder:
        def x(self, items: list[Any]) -> Any:
            return ("x", items)

    keep_splice_pad = ("x", False, ((0, False, 0), (1, True, 0), (3, False, 1)), 1)
    reduce = R.callback(Builder(), keep_splice_pad, 4)
    assert reduce(["a", ["l1", "l2"], "nl", "b"]) == ("x", ["a", "l1", "l2", None, "b", None])
    taken = ["l1"]
    grow = R.callback(object(), ("__x_star_1", False, ((0, True, 0), (1, False, 0)), 0), 2)
    assert grow([taken, "l2"]) is taken and taken == ["l1", "l2"]
    one = R.callback(Builder(), ("x", True, ((0, False, 0), (2, False, 0)), 0), 3)
    assert one(["a", "nl", "b"]) == ("x", ["a", "b"])
    rules: list[Any] = [(2, "x", None)]
    rules[0] = (2, "x", R.callback(Builder(), ("x", False, ((1, False, 0),), 0), 2, True,
                                   rules, 0))
    stand_in = rules[0][2]
    assert rules[0][2](["nl", "a"]) == ("x", ["a"]) and rules[0][2] is not stand_in


def test_the_cycle_collector_is_off_during_a_parse_and_as_it_was_after() -> None:
    """The parse makes no garbage in cycles: the collector stays off while it runs (it
    would walk the growing tree again and again), makes one young-generation collection
    at the end, and is left as the caller had it, after a tree or an error."""
    import gc

    runs: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    text = "".join(f"PROCEDURE P{i}(n is int)\nx is int = n * {i}\nRESULT x + 1\n"
                   for i in range(400))
    assert gc.isenabled()
    gc.callbacks.append(note)
    try:
        P.parse(text)
        assert runs == [0] and gc.isenabled()
        assert gc.get_count()[0] < gc.get_threshold()[0]
        try:
            P.parse("IF x THEN\n")
        except WLSyntaxError:
            pass
        assert gc.isenabled()
        gc.disable()
        try:
            P.parse(text)
            assert not gc.isenabled()
        finally:
            gc.enable()
    finally:
        gc.callbacks.remove(note)
