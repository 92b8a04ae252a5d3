"""Source text -> AST. Loads the grammar through the package (so wheels work), builds the
LALR parser once per process (Lark's cache keeps start-up short), and translates Lark's
errors into WLanguage-speaking `WLSyntaxError`s ("expected END to close the IF opened at
line 3", not terminal names).
"""
from __future__ import annotations

__all__ = ["parse", "get_parser", "warm_up"]

import functools
import gc
from typing import Any

from .builder import Builder
from .lambdas import hoist_lambdas
from ..errors import WLSyntaxError, source_lines
from .lexer import Token, tokenize
from .names import fold
from .nodes import Program
from .tables import Tables
from .words import FRENCH_OPENERS as _FRENCH_OPENERS


@functools.lru_cache(maxsize=1)
def get_parser() -> Any:
    """Lark's LALR parser of the grammar, with the AST builder applied during the parse.
    Only building the cached tables (tables.py) needs it: parsing uses our driver."""
    from .lark_build import build_lark
    return build_lark()


class _ParseError(Exception):
    """Our LALR driver's error: the unexpected token and the terminals that would fit."""

    def __init__(self, token: Token, expected: set[str]) -> None:
        super().__init__(token.type)
        self.token = token
        self.expected = expected


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
            except KeyError:
                raise _ParseError(tok, {k for k in row if k.isupper()}) from None
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
                state = state_stack[-1] = states[state_stack[-2]][origin]
            else:
                if size:
                    children = value_stack[-size:]
                    del state_stack[-size:]
                    del value_stack[-size:]
                    push_value(callback(children))
                else:
                    push_value(callback([]))
                state = states[state_stack[-1]][origin]
                push_state(state)
            row = states[state]
            if state == end_state and ttype == "$END":
                return value_stack[-1]
    raise _ParseError(end_tok, set())


# [the table, {terminal -> {state below * number of states + state: the state a run of
# pass-through reductions ends in}}]: filled as parses meet them (it depends only on the table).
_UNIT_RUNS: list[Any] = [None, {}]


def _unit_run(states: dict[int, dict[str, int]], rules: list[tuple[int, str, Any]],
              below: int, origin: str, ttype: str, end_state: int) -> int:
    """Where a run of pass-through reductions on lookahead `ttype` ends, starting with a
    reduction to `origin` over the state `below` (each pops one state and pushes the goto
    from `below`, so the run depends on `below`, the first state and `ttype` only). It
    stops before any other action (or none: the caller reports the error there) and at
    the end state."""
    while True:
        state = states[below][origin]
        if state == end_state and ttype == "$END":
            return state
        action = states[state].get(ttype)
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
    except _ParseError as err:
        raise _translate(err, tokens, source, filename) from None
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


# ------------------------------------------------------------------ error messages

_WORDS = {
    "END": "END", "THEN": "THEN", "RPAR": "')'", "LPAR": "'('", "RBRACK": "']'",
    "RSUB": "']]'", "EQ": "'='", "COMMA": "','", "TYPE": "a type", "DO": "DO",
    "TO": "TO", "NAME": "a name", "_NL": "end of line", "ELSE": "ELSE", "STRING": "a string",
    "NUMBER": "a number", "$END": "end of file", "COLON": "':'", "IS": "IS",
    "CASE": "CASE", "OTHERCASE": "OTHER CASE", "OF": "OF", "RBRACE": "'}'",
}
_EXPR_START = {"NUMBER", "STRING", "NAME", "LPAR", "MINUS", "TRUE", "FALSE", "NULL", "NOT",
               "LBRACK", "PLUS"}
_OPENERS = {"IF": "IF", "SWITCH": "SWITCH", "FOR": "FOR", "FOREACH": "FOR EACH",
            "FOREACH_FILE": "FOR EACH", "FOREACH_STRING": "FOR EACH STRING",
            "WHILE": "WHILE", "LOOP": "LOOP", "WHENEXC": "WHEN EXCEPTION IN",
            "CONSTANT": "CONSTANT", "INTPROC": "INTERNAL PROCEDURE", "USE": "USING"}


def _describe(tok: Token) -> str:
    if tok.type in ("$END",):
        return "end of file"
    if tok.type == "_NL":
        return "end of line" if tok.value == "\n" else "';'"
    if tok.type == "STRING":  # shown as a number is ("unexpected a string" read badly)
        text = str(tok.value)
        return f'the string "{text if len(text) <= 30 else text[:27] + "..."}"'
    if tok.type == "NUMBER":
        return f"the number {tok.value}"
    if tok.type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR"):
        return f"'{tok.value}'"
    return f"'{tok.value}'"


def _open_blocks(tokens: list[Token], upto: int) -> list[Token]:
    """The block openers still open before token `upto` (a light re-scan of the lines)."""
    stack: list[Token] = []
    line: list[Token] = []
    for tok in tokens[:upto] + [Token("_NL", "\n")]:
        if tok.type != "_NL":
            line.append(tok)
            continue
        if line:
            _account_line(line, stack)
        line = []
    return stack


def _account_line(line: list[Token], stack: list[Token]) -> None:
    first = line[0]
    kinds = [t.type for t in line]
    if first.type == "END":
        if stack:
            stack.pop()
    elif first.type == "PROCEDURE":
        stack.clear()
    elif first.type == "IF":
        if "THEN" not in kinds or kinds.index("THEN") == len(kinds) - 1:
            stack.append(first)
    elif first.type in _OPENERS and not (first.type == "CONSTANT" and len(line) > 1):
        stack.append(first)
    elif first.type == "STRUCTURE":
        stack.append(first)
    elif "STRUCT_TYPE" in kinds:
        stack.append(line[kinds.index("STRUCT_TYPE")])
    elif "ENUM_TYPE" in kinds:
        stack.append(line[kinds.index("ENUM_TYPE")])


def _closer_message(opener: Token) -> str:
    if opener.type == "STRUCT_TYPE":  # `X is Class`, `X est une Interface`...
        return _declaration_closer(opener)
    word = _OPENERS.get(opener.type, "STRUCTURE")
    end = "END"
    if fold(str(opener.value).split()[0]) in _FRENCH_OPENERS:
        word, end = str(opener.value).upper(), "FIN"
    return f"expected {end} to close the {word} opened at line {opener.line}"


def _declaration_closer(opener: Token) -> str:
    """The message for a structure, class or interface declaration left open: named by
    its own word, closed by FIN when written in French (`une`, `Classe`)."""
    words = fold(str(opener.value)).replace(",", " ").split()
    kind = next((w for w in words if w in _DECLARED_KINDS), "structure")
    french = kind == "classe" or bool({"un", "une", "composee", "compose"} & set(words))
    end, word = "FIN" if french else "END", _DECLARED_KINDS[kind]
    return f"expected {end} to close the {word} opened at line {opener.line}"


_DECLARED_KINDS = {"class": "CLASS", "classe": "CLASSE", "interface": "INTERFACE",
                   "structure": "STRUCTURE"}


def _stray_end_message(tok: Token, tokens: list[Token], index: int) -> str:
    """Why an END closes nothing; after a procedure's body, say that procedures have no END.

    Programmers coming from other languages close a PROCEDURE with END; WLanguage runs a
    procedure's body to the next PROCEDURE or the end of the file, so that END is stray.
    """
    message = f"'{tok.value}' without a block to close"
    header = next((t for t in reversed(tokens[:index]) if t.type == "PROCEDURE"), None)
    if header is not None:
        end = "FIN" if fold(str(tok.value)) == "fin" else "END"
        message += (f" (if it ends the PROCEDURE of line {header.line}: a procedure has no"
                    f" {end}, its body runs to the next PROCEDURE or the end of the file)")
    return message


def _translate(err: _ParseError, tokens: list[Token], source: str,
               filename: str) -> WLSyntaxError:
    tok = err.token
    expected = set(err.expected)
    try:
        index = next(i for i, t in enumerate(tokens) if t is tok)
    except StopIteration:
        index = len(tokens)
    line, col = _where(tok, tokens, index, source)
    if "END" in expected and tok.type in ("$END", "PROCEDURE"):
        stack = _open_blocks(tokens, index)
        if stack:
            closer = WLSyntaxError(_closer_message(stack[-1]), stack[-1].line,
                                   stack[-1].column, filename, source)
            closer.incomplete = True
            return closer
    if tok.type == "END":
        stack = _open_blocks(tokens, index)
        if not stack:
            return WLSyntaxError(_stray_end_message(tok, tokens, index), line, col,
                                 filename, source)
    compound = _compound_assignment(tok, tokens, index, source)
    if compound is not None:
        return WLSyntaxError(compound, line, col, filename, source)
    wanted = _expected_words(expected)
    message = f"unexpected {_describe(tok)}"
    if wanted:
        message += f"; expected {wanted}"
    return WLSyntaxError(message, line, col, filename, source)


# `x *= 3`: WLanguage's compound assignments are `+=` and `-=` only (VERIFIED, help
# ?1512008 "Arithmetic operators"); the others are told what to write instead.
_NO_COMPOUND = frozenset({"STAR", "SLASH", "PERCENT", "CARET", "AMP", "PIPE"})


def _compound_assignment(tok: Token, tokens: list[Token], index: int,
                         source: str) -> str | None:
    """The message for `x *= 3` (an operator then `=` right after it), else None."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if tok.type not in _NO_COMPOUND or after is None or after.type != "EQ" \
            or after.line != tok.line or after.column != tok.column + 1:
        return None
    target = _place_before(source_lines(source)[tok.line - 1][:tok.column - 1]
                           if 0 < tok.line <= source.count("\n") + 1 else "")
    if not target:  # (no place before it: the plain "unexpected" error)
        return None
    return (f"'{tok.value}=' is not a WLanguage operator (only += and -= are): write "
            f"{target} = {target} {tok.value} ...")


def _place_before(text: str) -> str:
    """The place a line's text ends with (`x`, `o.m`, `t[i + 1]`), for the message."""
    i = len(text.rstrip())
    end = i
    while i > 0:
        c = text[i - 1]
        if c == "]":
            depth, i = 0, i - 1
            while i >= 0:
                depth += {"]": 1, "[": -1}.get(text[i], 0)
                if depth == 0:
                    break
                i -= 1
            if i < 0:
                return ""
        elif not (c.isalnum() or c in "_.:"):
            break
        else:
            i -= 1
    return text[i:end]


def _where(tok: Token, tokens: list[Token], index: int, source: str) -> tuple[int, int]:
    if tok.type == "$END" or getattr(tok, "line", None) is None:
        last = tokens[-1] if tokens else None
        if last is None:
            return 1, 1
        return last.line or 1, (last.column or 1)
    return tok.line, tok.column


def _expected_words(expected: set[str]) -> str:
    words: list[str] = []
    if len(expected & _EXPR_START) >= 3:
        words.append("an expression")
        expected = expected - _EXPR_START
    for name in sorted(expected):
        w = _WORDS.get(name)
        if w and w not in words:
            words.append(w)
    if not words or len(words) > 5:
        return ""
    return " or ".join(words) if len(words) <= 2 else ", ".join(words[:-1]) + " or " + words[-1]
