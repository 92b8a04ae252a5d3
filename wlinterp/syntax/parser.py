"""Source text -> AST. Loads the grammar through the package (so wheels work), builds the
LALR parser once per process (Lark's cache keeps start-up short), and has its errors
translated into WLanguage-speaking `WLSyntaxError`s ("expected END to close the IF opened
at line 3", not terminal names: parse_errors.py).
"""
from __future__ import annotations

__all__ = ["parse", "get_parser", "warm_up"]

import functools
import gc
from typing import Any

from .builder import Builder
from .lambdas import hoist_lambdas
from ..errors import WLSyntaxError
from .lexer import Token, tokenize
from .nodes import Program
from .parse_errors import ParseError, translate
from .tables import Tables, read_row


@functools.lru_cache(maxsize=1)
def get_parser() -> Any:
    """Lark's LALR parser of the grammar, with the AST builder applied during the parse.
    Only building the cached tables (tables.py) needs it: parsing uses our driver."""
    from .lark_build import build_lark
    return build_lark()


@functools.lru_cache(maxsize=1)
def _driver_tables() -> Tables:
    """Lark's LALR table re-keyed for a lean driver loop, cached on disk (tables.py).

    Lark's own loop looks rules up in a dict keyed by rule objects with Python-level
    `__hash__`/`__eq__` on every reduction; an int action per (state, terminal) and a
    (size, origin, callback) per rule make parsing about twice as fast with the same
    table and callbacks (and the table quick to load).
    """
    from .tables import driver_tables
    return driver_tables(get_parser, Builder)


def warm_up() -> None:
    """Load the parser tables now (from the cache, or built) rather than at the first parse."""
    _driver_tables()


def _drive(tokens: list[Token]) -> Any:
    """Run the LALR automaton over `tokens` (shift/reduce with the builder callbacks).
    An action >= 0 shifts to that state; ~action is the rule to reduce by. A rule whose
    callback is None passes its one child through: only the state changes, and a run of
    such reductions (`atom` -> ... -> `expr`, several per operand) is taken in one step
    (`_unit_run`)."""
    states, start, end_state, rules = _driver_tables()
    if _UNIT_RUNS[0] is not states:  # (tables built anew: their state numbers may differ)
        _UNIT_RUNS[:] = [states, {}]
    runs: dict[str, dict[int, int]] = _UNIT_RUNS[1]
    width = len(states)
    state = start
    state_stack = [start]
    value_stack: list[Any] = []
    push_state, push_value = state_stack.append, value_stack.append
    last = tokens[-1] if tokens else Token("_NL", "\n", 0, 1, 1)
    end_tok = Token("$END", "", last.start_pos, last.line, last.column)
    for tok in [*tokens, end_tok]:
        ttype = tok.type
        row = states[state]
        while True:
            try:
                action = row[ttype]
            except (KeyError, TypeError):  # (TypeError: a row not read yet, tables.py)
                row = read_row(states, state)
                if ttype not in row:
                    raise ParseError(tok, {k for k in row if k.isupper()}) from None
                action = row[ttype]
            if action >= 0:
                state = action
                push_state(action)
                push_value(tok)
                break
            size, origin, callback = rules[~action]
            if callback is None:
                below = state_stack[-2]
                memo = runs.get(ttype)
                if memo is None:
                    memo = runs[ttype] = {}
                key = below * width + state
                state = memo.get(key, -1)
                if state < 0:
                    state = memo[key] = _unit_run(states, rules, below, origin, ttype, end_state)
                state_stack[-1] = state
            elif size == 1:  # in place: no pop and push
                value_stack[-1] = callback(value_stack[-1:])
                try:
                    state = states[state_stack[-2]][origin]
                except TypeError:
                    state = read_row(states, state_stack[-2])[origin]
                state_stack[-1] = state
            else:
                if size:
                    children = value_stack[-size:]
                    del state_stack[-size:]
                    del value_stack[-size:]
                    push_value(callback(children))
                else:
                    push_value(callback([]))
                try:
                    state = states[state_stack[-1]][origin]
                except TypeError:
                    state = read_row(states, state_stack[-1])[origin]
                push_state(state)
            row = states[state]
            if state == end_state and ttype == "$END":
                return value_stack[-1]
    raise ParseError(end_tok, set())


def _with_internal_ends(tokens: list[Token]) -> Any:
    """The tree of `tokens` read again with the END of each internal procedure that has
    none (internal_ends.py), or None when none is missing or that does not parse (the
    first parse's error is then the one reported)."""
    if not any(t.type == "INTPROC" for t in tokens):
        return None
    from .internal_ends import with_internal_ends
    closed = with_internal_ends(tokens)
    if closed is None:
        return None
    try:
        program = _drive(closed[0])
    except (ParseError, WLSyntaxError, RecursionError):  # (the first error stands)
        return None
    program.ended = closed[1]  # (wl check warns of each: semantics/missing_ends.py)
    return program


# [the table, {terminal -> {state below * number of states + state: the state a run of
# pass-through reductions ends in}}]: filled as parses meet them (it depends only on the table).
_UNIT_RUNS: list[Any] = [None, {}]


def _unit_run(states: dict[int, Any], rules: list[tuple[int, str, Any]],
              below: int, origin: str, ttype: str, end_state: int) -> int:
    """Where a run of pass-through reductions on lookahead `ttype` ends, starting with a
    reduction to `origin` over the state `below` (each pops one state and pushes the goto
    from `below`, so the run depends on `below`, the first state and `ttype` only). It
    stops before any other action (or none: the caller reports the error there) and at
    the end state."""
    while True:
        state = read_row(states, below)[origin]
        if state == end_state and ttype == "$END":
            return state
        action = read_row(states, state).get(ttype)
        if action is None or action >= 0:
            return state
        _, origin, callback = rules[~action]
        if callback is not None:
            return state


def parse(source: str | bytes, filename: str = "<string>") -> Program:
    """Parse WLanguage `source`; raise WLSyntaxError (with line, column) on bad input."""
    if isinstance(source, (bytes, bytearray)):
        try:
            source = bytes(source).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise WLSyntaxError(f"the source is not valid UTF-8 ({exc.reason})", 1, 1,
                                filename, None) from None
    if not isinstance(source, str):
        raise TypeError("source must be str or bytes")
    # Parsing allocates a container object or more per token (tokens, nodes, lists) and
    # makes no garbage in cycles, which is all the cycle collector is for; left on, it
    # runs every 700 allocations and walks the growing tree again at each of its full
    # collections: a fifth of the parse time, for nothing. It is off during the parse
    # (if it was on: a caller's choice stands); back on, the one young-generation
    # collection the parse's allocations call for is made before returning, so that the
    # parse pays for it rather than whatever the caller does next.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _parse_text(source, filename)
    finally:
        if collecting:
            gc.enable()
            threshold = gc.get_threshold()[0]
            if threshold and gc.get_count()[0] > threshold:
                gc.collect(0)


def _parse_text(source: str, filename: str) -> Program:
    """`parse` of a text: its tokens, the tree, errors in WLanguage terms."""
    tokens = tokenize(source, filename)
    try:
        program = _drive(tokens)
    except ParseError as err:
        program = _with_internal_ends(tokens)  # (an INTERNAL PROCEDURE without END)
        if program is None:
            raise translate(err, tokens, source, filename) from None
    except WLSyntaxError as err:  # raised by a builder callback at its own token
        if err.source is None:
            err.filename, err.source = filename, source
        raise
    except RecursionError:
        from .nesting import too_deep_in_tokens
        raise too_deep_in_tokens(tokens, filename, source) from None
    # (the text tests first: a scan of the tokens costs more than one of the text)
    if "=>" in source and any(t.type == "LAMBDA" for t in tokens):
        try:
            hoist_lambdas(program)
        except RecursionError:  # lambdas nested thousands deep (`(x) => (x) => ...`)
            from .nesting import too_deep_lambdas
            raise too_deep_lambdas(tokens, filename, source) from None
    program.filename = filename
    program.source = source
    program.uses_indirection = "{" in source and any(t.type == "LBRACE" for t in tokens)
    return program
