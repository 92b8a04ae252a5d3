"""The column of a caller's argument that a called procedure's parameter refused.

A parameter declared a number, a text or an array converts what it receives as the
procedure starts (`a_n = co_int32(a_n)`, at the procedure's header in the line map):
`Total(t)` with t an array stops there, in the callee. What is wrong is the caller's
argument, where `wl check` puts WL116: run_errors.py moves the error to the caller's
statement, and this module finds the argument's column in its WLanguage line.
"""
from __future__ import annotations

__all__ = ["argument_column", "named_call_argument"]

import re
from types import TracebackType
from typing import Any

from .dated_column import code_of
from .error_column import call_arguments, failing_line, lines_of
from .syntax.names import fold
from .lazy_regex import lazy_compile


def argument_column(prog: Any, tb: TracebackType, line: int, rank: int
                    ) -> tuple[int, int] | None:
    """The line and column of argument `rank` (0-based, as written) of the call, in the
    statement starting at WLanguage line `line`, of a procedure or method of the program
    that failed in `tb`'s frame (`P(t)`, `o.M("a", t[1])`, `o.m_sub.M(t)`, `p(t)` with p
    a procedure variable, `P(1, 5)`: at `t`, `5`, where `wl check` puts WL116; on a line
    below when the call goes on there); None when unsure (another call failed, or the
    callee's name is not written as many times in both)."""
    failed = failing_line(prog, tb, line)
    if failed is None:
        return None
    text, start, _ = failed
    written = _statement(prog.source, line)
    if _CONSTRUCT.match(text, start) is not None:
        return _place(written, line, _constructor_argument(text, start, written, rank))
    if _BY_NAME.match(text, start) is not None:  # ExecuteProcess("Total", trtProcedure, t)
        return _place(written, line, _by_name_argument(text, start, written, rank))
    if _THREAD.match(text, start) is not None:  # ThreadExecute("t", threadNormal, W, p)
        return _place(written, line, _by_name_argument(text, start, written, rank,
                                                       _THREAD, _THREAD_TEXT, 3))
    if _INDIRECT.match(text, start) is not None:  # {"Total"}(1, t)
        return _place(written, line, _by_name_argument(text, start, written, rank,
                                                       _INDIRECT, _INDIRECT_TEXT, 0))
    name = _callee(text, start)
    if name is None:
        return None
    named = [(m.start(), _callee(text, m.start()) or "") for m in _CALLS.finditer(text)]
    blank = code_of(written, "#")  # (a literal: no code)
    for called in (name, name.rsplit("__", 1)[0]):  # `p_show__int`: Show, for an int
        calls = [at for at, n in named if called in (n, n.rsplit("__", 1)[0])]  # (both
        if start not in calls:  # of `Total(1, 2) + Total(1, t)`: p_total__int, p_total)
            continue
        opened = [m.end() for m in re.finditer(r"(?<![\w])" + re.escape(called)
                                               + r"\s*\(", blank)]
        if len(opened) == len(calls):
            found = _nth_argument(blank, opened[calls.index(start)], rank)
            return _place(written, line, None if found is None else found + 1)
    return None


def _statement(source: str, line: int) -> str:
    """The statement starting at line `line` of `source`: that line and those its call
    goes on to, while a parenthesis is open or a line ends with `...` (at most 50
    lines), joined by their line breaks (a continuation's `...` and comment blanked)."""
    lines = lines_of(source)
    taken: list[str] = []
    depth = 0
    for text in lines[line - 1:line + 49]:
        code = code_of(text).rstrip()  # (literals and a comment blanked)
        going_on = code.endswith("...")
        depth += code.count("(") - code.count(")")
        if depth <= 0 and not going_on:
            taken.append(text)
            break
        # a line the call goes on from: without its comment, and its continuation mark,
        # which is no argument's start, blanked
        taken.append(text[:len(code) - 3] + "   " if going_on else text[:len(code)])
    return "\n".join(taken)


def _place(written: str, line: int, col: int | None) -> tuple[int, int] | None:
    """Column `col` of the joined statement `written` (starting at `line`) as the line
    and column it is at."""
    if col is None:
        return None
    before = written[:col - 1]
    return line + before.count("\n"), col - (before.rfind("\n") + 1)


# the calls of the program's procedures (`p_total(`), of methods (`call_method(_rt, obj,
# 'add', ...)`, the object any expression: `o.m_sub.Add(t)`) and of procedure variables
# (`call_ref(v_p, 'p', ...)`) whose arguments argument_column reads
_CALLS = lazy_compile(r"(?<!\w)(?:p_(\w+)\(|call_(?:variant_)?method(?:_back)?\(_rt, "
                      r"|call_ref\([vga]_\w+, )")


# an object created with arguments (`o is CB(t)`, `new CB(t)`: `construct(_S2, _ctx, v_t)`),
# and how the WLanguage line writes it, in any case: `new CB(` / `nouveau CB(`, or a
# declaration's type followed by its arguments (`o is CB(`, `o est un CB(`, `LOCAL o is
# CB(`, `o1, o2 are CB(`, `o1, o2 sont des CB(`: one construct per variable, each line)
_CONSTRUCT = lazy_compile(r"construct\(_S\d+, _ctx")
_CREATED = lazy_compile(r"(?i)\b(?:new|nouveau)\s+[^\W\d]\w*\s*\(|^\s*(?:(?:local|locale|"
                        r"global|globale)\s+)?[^\W\d]\w*(?:\s*,\s*[^\W\d]\w*)*\s+(?:is|est|"
                        r"are|sont)(?:\s+(?:an?|une?|des))?(?:\s+(?:dynamic|dynamique))?\s+"
                        r"[^\W\d]\w*\s*\(")


def _constructor_argument(generated: str, start: int, written: str, rank: int) -> int | None:
    """The column of argument `rank` of the object created at `start` (the constructor
    refused it): the only creation of the line, or the one at the same rank among the
    line's (`Trace(new CB(1), new CB(t))`); a declaration of several objects (`o1, o2
    are CB(t)`: one construct each) writes their arguments once. None when not certain."""
    made = [m.start() for m in _CONSTRUCT.finditer(generated)]
    blank = code_of(written, "#")
    opened = [m.end() for m in _CREATED.finditer(blank)]
    if len(opened) == 1 and (len(made) == 1 or not _NEW.search(blank)):
        at = opened[0]
    elif len(opened) == len(made) > 1 and start in made:
        at = opened[made.index(start)]
    else:
        return None
    found = _nth_argument(blank, at, rank)
    return None if found is None else found + 1


_NEW = lazy_compile(r"(?i)\b(?:new|nouveau)\b")
# ExecuteProcess / ExécuteTraitement called with trtProcedure: the procedure named by its
# first argument takes the arguments after the second
_BY_NAME = lazy_compile(r"_B_(?:executeprocess|executetraitement)\(_rt, ")  # (as written)
_BY_NAME_TEXT = lazy_compile(r"(?i)(?<![\w.])(?:executeprocess|ex[eé]cutetraitement)\s*\(")
_THREAD = lazy_compile(r"_B_(?:threadexecute|threadexecute)\(_rt, ")  # (as written)
_THREAD_TEXT = lazy_compile(r"(?i)(?<![\w.])thread(?:execute|ex[eé]cute)\s*\(")
_INDIRECT = lazy_compile(r"indirect_call\(globals\(\), ")  # {name}(args)
_INDIRECT_TEXT = lazy_compile(r"\{[^{}]*\}\s*\(")


def _by_name_argument(generated: str, start: int, written: str, rank: int,
                      made: Any = _BY_NAME, text: Any = _BY_NAME_TEXT, before: int = 2
                      ) -> int | None:
    """The column of the argument the procedure called by ExecuteProcess at `start`
    refused as its parameter `rank` (the built-in's argument `rank + 2`), when the line
    writes the built-in as many times as the generated line calls it; so for a call by
    indirection, `{"Total"}(1, t)` (`made`, `text`: its forms; no argument `before`)."""
    calls = [m.start() for m in made.finditer(generated)]
    blank = code_of(written, "#")
    opened = [m.end() for m in text.finditer(blank)]
    if len(opened) != len(calls) or start not in calls:
        return None
    found = _nth_argument(blank, opened[calls.index(start)], rank + before)
    return None if found is None else found + 1


def _callee(generated: str, start: int) -> str | None:
    """The folded name the call at `start` of the generated line is written with in
    WLanguage: the procedure's, the method's or the procedure variable's; None for
    another call (a method whose name is not a literal, an element called: `t[1](2)`)."""
    found = _CALLS.match(generated, start)
    if found is None:
        return None
    if found.group(1):
        return found.group(1)
    given = call_arguments(generated, start)
    at = 1 if found.group(0).startswith("call_ref") else 2  # (after `_rt, obj`, `ref`)
    named = given[at][1] if len(given) > at else ""
    return fold(named[1:-1]) if named[:1] == "'" and named[-1:] == "'" \
        and named[1:-1].isidentifier() else None


def _nth_argument(text: str, begin: int, rank: int) -> int | None:
    """Where argument `rank` of the call whose arguments start at `begin` in `text` (its
    literals blanked) starts, or None when the call has fewer or is not closed there."""
    depth, seen, at = 0, 0, begin
    for i in range(begin, len(text)):
        char = text[i]
        if char in "([{":
            depth += 1
        elif char in ")]}" and depth:
            depth -= 1
        elif char in ",)" and depth == 0:
            if seen == rank:
                return at + len(text[at:i]) - len(text[at:i].lstrip())
            if char == ")":
                return None
            seen, at = seen + 1, i + 1
    return None


def named_call_argument(written: str, name: str, rank: int, which: int, total: int
                        ) -> int | None:
    """The 1-based column in the one-line statement `written` of argument `rank`
    (0-based) of the call of the built-in `name` (as its error names it), written by any
    of its names in any case (`milieu(` for Middle): of its call number `which` (0-based)
    when the line calls it `total` times, as the generated line does; None otherwise
    (`Middle(s, 2, 1e19)`: at `1e19`, where `wl check` puts WL110)."""
    from .registry import load_stdlib
    builtin = load_stdlib().functions.get(fold(name))
    if builtin is None:
        return None
    names = {fold(builtin.en), fold(builtin.fr), *map(fold, builtin.aliases)}
    blank = code_of(written, "#")  # (a literal: no code)
    opened = [m.end() for m in _CALLED.finditer(blank) if fold(m.group(1)) in names]
    if len(opened) != total:
        return None
    found = _nth_argument(blank, opened[which], rank)
    return None if found is None else found + 1


_CALLED = lazy_compile(r"(?<![\w.])([^\W\d]\w*)\s*\(")  # a name called, as written
