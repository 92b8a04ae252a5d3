"""The column of the part of a statement that failed at run time.

An error is placed at its statement through the line map (compiler/emitter.py), whose
column is the statement's start: `Trace(a + Middle(s, 0, -1))` would point at `Trace`.
Python 3.11 keeps, for each instruction, the columns of the generated source it came
from, so the failing call of the generated line is known (`_B_middle(_rt, v_s, 0, -1)`);
this module finds the WLanguage text it was compiled from: a built-in's name (English or
French, any case or accents), a division or modulo, a subscript `t[` (read, or written: `t[1, 2, 3] = 4` at `t`), a member `o.m_x`,
a procedure called through a variable or an element (`p(2)`, `t[1](2)`: at `p`, `t`),
a property `d..Jour` / `d.Year`, a refused product or subtraction of a date or
a duration (`dDue * 2`, `90 min - dDate`: at the operand WL113 marks, dated_column.py), a member of the current object (`m_n`, `:m_n`), an
undeclared name that stopped the run (a window's
control `EDT_Name`, a window constant `Non`: at the name, where `wl check` puts WL212),
an indirection `{"EDT_Name"}` (at its brace), a FOR loop's STEP variable (`STEP t`),
USING's variable (`USING n IN`: at `n`), an array's `new` / `allouer` whose dimension is
refused (`new array of (-1) int`: at `new`), a structure member's element (`st.t[1, 2]`: at `t`),
a FOR loop's bound that is an array (`TO t`: at `t`), an element that is a row in an
addition, subtraction or product (`t[i] + 1`, `x += 1 + t[2]`: at the row's `t`), a
structure or object as an operand (`p + 1`, `n / p`, `(p + 1) + p`: at the `p` refused,
where WL113 is: operand_column.py).
Only a certain match moves the caret: the statement must be on one line, the part must
occur in it as often as in the generated line, and the failing one is taken at the same
rank; anything else keeps the statement's column. It costs nothing until an error is reported.
"""
from __future__ import annotations

__all__ = ["failing_column", "failing_line", "call_arguments"]

import re
from functools import lru_cache
from itertools import islice
from types import TracebackType
from typing import Any

from .lazy_regex import lazy_compile
from .dated_column import DATED_CALL, code_of, dated_operand, named, variant_operand
from .data_name_column import data_name_column
from .operand_column import added_operand, refused_operand, stored_operand
from .error_shapes import BUILTIN as _BUILTIN, OPERATOR as _OPERATOR, shape as _shape
from .image_limits import NO_ENGINE

# `t[i] += t[j]`, `n += t[2]` failing in the addition (a row of an array): at the target
# element's variable, or at the variable of the element added, where WL113 is placed
_COMPOUND = lazy_compile(r"w_(?:add|sub)\(")
_COMPOUND_TEXT = lazy_compile(r"(\w+)(\s*\[[^=]*\])?\s*[-+]=\s*(\w+\s*\[)?")
# `t[i] + 1` failing in the arithmetic (a row of an array): at the row, as WL113
_ARITHMETIC = lazy_compile(r"w_(?:add|sub|mul)\((_t\d+)?")
_NOT_NUMBER = lazy_compile(r"A value of type (.+) cannot be used as a number\.")
_NOT_TEXT = lazy_compile(r"A value of type (.+) cannot be converted to a string\.")
_NOT_BOOLEAN = "cannot be used as a boolean."
_CONDITION = lazy_compile(r"(?:to_bool|w_not)\([vga]_(\w+)\)")  # IF NOT t, WHILE p: at t, p
_AS_NUMBER = "array cannot be used as a number"  # the run's words for a row as an operand
_ELEMENT_READ = lazy_compile(r"\s*(?:\(_t\d+ := )?(?P<read>[vga]_\w+\.get\()")
_VARIABLE = lazy_compile(r"[vga]_(\w+)")  # an argument that is a variable: `v_t`
_ELEMENT = lazy_compile(r"[vga]_\w+\.get\(")  # ... or reads an element: `v_t.get(1)`
# a built-in's refusal of an argument (runtime/refused_arguments.py), its type named as
# runtime/values.py type_name names it ("associative array", "ST (a structure)")
_REFUSED = lazy_compile(r"\w+ expects (?:an? (?:string|number|array or a string), not a value of "
                        r"type |numbers or strings, not )"  # (Max, Min)
                        r"(\w+(?: array)?(?: \((?:an object|a structure)\))?)\.")
# a number past the integers' range given where a built-in wants one (runtime/
# refused_arguments.py too_large): the function as the error names it, the rank
_TOO_LARGE = lazy_compile(r"(\w+): parameter (\d+) is .*, too large for an integer")
_SWITCH_WORD = lazy_compile(r"\s*(?:switch|selon)\s+", re.IGNORECASE)  # before its subject
_SWITCH_REFUSED = "SWITCH tests a number, "  # helpers.switch_subject's words


_MISSING = ("is not a member", "has no method", "has no property", "is not a property",
            "has no member", "is not a global member", NO_ENGINE)
"""An error saying the object lacks the name: its caret goes to the name (`v.m_nn`: at
`m_nn`, where `wl check` puts WL109), not to the object (a Null object's error stays at
the object, which is what is wrong). An Image's property or method that needs pixels
(image_limits.py) is at its name too, written with `.` or `..`, as WL103 is."""


def failing_column(prog: Any, tb: TracebackType, line: int, col: int,
                   message: str = "") -> int:
    """The column in WLanguage line `line` of what failed in `tb`'s frame (the innermost
    frame of the compiled program `prog`); `col`, the statement's, when unsure. `message`:
    the error's, which tells a missing member (at its name) from a Null object."""
    lines = lines_of(prog.source) if "is not a" in message else ()
    if 0 < line <= len(lines) and (at_data := data_name_column(message, lines[line - 1])):
        return at_data  # `Customer.Nme`, `FOR EACH Customer ON Nme`: at the name
    failed = failing_line(prog, tb, line)
    if failed is None:
        return col
    text, start, written = failed
    at_name = any(words in message for words in _MISSING)
    if message.startswith(_SWITCH_REFUSED) and (word := _SWITCH_WORD.match(written)):
        return word.end() + 1  # `SWITCH p`, p a structure: at p, where WL114 is
    if _AS_NUMBER in message and _OPERATOR.match(text, start) is not None:
        start = _row_operand(text, start)  # `t[1] / 2`: at the row, where WL113 is
    if "cannot be subtracted" in message:  # `v - dt`, `st.n -= dt`: at dt, as WL113
        found = variant_operand(text, start, written, call_arguments)
        if found is not None:
            return found
    if DATED_CALL.match(text, start) is not None:  # `dDue * 2`: where WL113 is
        found = dated_operand(text, start, written, call_arguments, tb.tb_frame)
        if found is not None:
            return found
    refused = _REFUSED.match(message)
    if refused is not None and _BUILTIN.match(text, start) is not None:
        found = _refused_argument(text, start, written, col, refused.group(1),
                                  tb.tb_frame)
        if found is not None:
            return found
    operand = _NOT_NUMBER.match(message)
    if operand is not None and (_ARITHMETIC.match(text, start) or _OPERATOR.match(text, start)
                                or text.startswith("w_neg(", start)):  # (`-o`)
        found = refused_operand(text, start, written, operand.group(1), tb.tb_frame,
                                getattr(prog, "tree", None), line, call_arguments)
        if found is not None:  # `p + 1` with a structure p: at p, where WL113 is
            return found
    operand = operand or _NOT_TEXT.match(message)
    if operand is not None:  # `t[1] = p`, `ArrayAdd(t, p)`: at p, where WL110 is
        found = stored_operand(text, start, written, operand.group(1), tb.tb_frame,
                               call_arguments)
        if found is not None:
            return found
    big = _TOO_LARGE.match(message)
    called = _BUILTIN.match(text, start) if big is not None else None
    if big is not None and called is not None:  # `Middle(s, 2, 1e19)`: at the argument,
        from .argument_place import named_call_argument  # where WL110 is
        calls = [m.start() for m in re.finditer(re.escape(called.group(0)), text)]
        found = named_call_argument(written, big.group(1), int(big.group(2)) - 1,
                                    calls.index(start), len(calls))
        if found is not None:
            return found
    if message.endswith(_NOT_BOOLEAN) and (held := _CONDITION.match(text, start)):
        found = named(held.group(1), written)  # where `wl check` puts WL110
        if found is not None:
            return found
    operand = _NOT_TEXT.match(message)
    if operand is not None and text.startswith("to_str(", start):  # `s + p`, `s += p`
        held = _VARIABLE.match(text, start + len("to_str("))
        found = named(held.group(1), written) if held is not None else None
        if found is None:
            found = added_operand(written, operand.group(1), tb.tb_frame)
        if found is not None:  # at p, where WL113 is
            return found
    found = _locate(text, start, written, col, at_name)
    return col if found is None else found


def failing_line(prog: Any, tb: TracebackType, line: int) -> tuple[str, int, str] | None:
    """(the generated line, where in it the instruction that failed in `tb`'s frame
    starts, WLanguage line `line` of `prog`), when that instruction stands on one line."""
    code = tb.tb_frame.f_code
    try:  # (one entry per 2-byte code unit; positions exist from Python 3.11)
        gen_line, end_line, start, end = next(islice(code.co_positions(),
                                                     tb.tb_lasti // 2, None))
    except (AttributeError, StopIteration):
        return None
    if gen_line is None or gen_line != end_line or start is None or end is None:
        return None
    generated, lines = lines_of(prog.source_py), lines_of(prog.source)
    if not 0 < gen_line <= len(generated) or not 0 < line <= len(lines):
        return None
    text = generated[gen_line - 1]
    if not text.isascii():  # (positions count UTF-8 bytes: `Trace("Durée", du % x)`)
        start = len(text.encode("utf-8")[:start].decode("utf-8", "ignore"))
    return text, start, lines[line - 1]


@lru_cache(maxsize=8)
def lines_of(text: str) -> list[str]:
    """`text`'s lines, split once for the errors of a loop (a WHEN EXCEPTION handler
    places each error it catches)."""
    return text.split("\n")


def _locate(generated: str, start: int, written: str, col: int,
            at_name: bool = False) -> int | None:
    """The 1-based column in `written` (from the statement's column `col` on) of the
    part of `generated` that starts at `start` (of its member's name when `at_name` and
    the part names one), or None."""
    shape = _shape(generated[start:])
    if shape is None:
        found = _compound(generated, start, written, col)
        return found if found is not None else _row(generated, start, written, col)
    pattern, wl_pattern = shape
    rank = len(pattern.findall(generated, 0, start))
    total = len(pattern.findall(generated))
    text = code_of(written)
    if "..." in text or text.count("(") != text.count(")") \
            or text.count("[") != text.count("]"):
        return None  # the statement goes on below: its other parts are not in this line
    begin = col - 1  # an assignment's column is its target's `.` (`o.m_c.x = 3`): from
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_.:"):  # `o` on
        begin -= 1
    hits = [m.start("name") if at_name and "name" in m.re.groupindex else m.start()
            for m in re.finditer(wl_pattern, text[begin:])]
    if len(hits) != total or rank >= total:
        return None
    return begin + 1 + hits[rank]


def _compound(generated: str, start: int, written: str, col: int) -> int | None:
    """`t[i] += t[j]` / `n += t[2]` whose addition failed (the only one of the line): the
    column of the target element's variable, else of the element added's, or None."""
    if _COMPOUND.match(generated, start) is None or len(_COMPOUND.findall(generated)) != 1:
        return None
    begin = col - 1
    while begin > 0 and (written[begin - 1].isalnum() or written[begin - 1] == "_"):
        begin -= 1
    found = _COMPOUND_TEXT.match(written, begin)
    if found is None:
        return None
    if found.group(2):
        return begin + 1
    return found.start(3) + 1 if found.group(3) else None


def _row(generated: str, start: int, written: str, col: int) -> int | None:
    """`t[i] + 1` / `1 + t[2]` whose arithmetic failed at `start`: the column of the
    element (the first operand that is one) the compiled line read into a temporary, or
    None. (The generated text of an operand is a temporary `_tN`, read as
    `(_tN := v_t.get(...))`.)"""
    found = _ARITHMETIC.match(generated, start)
    if found is None:
        return None
    end = generated.find(")", start)
    for temp in (found.group(1), _last_operand(generated[start:end + 1])):
        read = None if temp is None else \
            re.search(r"\(" + temp + r" := ([vga]_\w+\.get\()", generated)
        if read is not None:
            return _locate(generated, read.start(1), written, col)
    return None


def _row_operand(generated: str, start: int) -> int:
    """Where the first operand of the division or modulo at `start` (`w_div(v_t.get(1),
    2)`) that reads an element begins, or `start` (the operator's) when neither does."""
    for begin, _ in call_arguments(generated, start):
        found = _ELEMENT_READ.match(generated, begin)
        if found is not None:
            return found.start("read")
    return start


def call_arguments(generated: str, start: int) -> list[tuple[int, str]]:
    """(where it starts, its text) for each argument of the call at `start`: a text
    literal's brackets and commas are not the code's (the compiler writes it as Python's
    repr, its quote escaped inside); none when the call is not closed on the line."""
    found: list[tuple[int, str]] = []
    depth, begin = 0, generated.index("(", start) + 1
    quote, escaped = "", False
    for i in range(begin, len(generated)):
        char = generated[i]
        if quote:  # inside a literal: only its closing quote matters
            if char == quote and not escaped:
                quote = ""
            escaped = char == "\\" and not escaped
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}" and depth:
            depth -= 1
        elif char in ",)" and depth == 0:
            text = generated[begin:i]
            found.append((begin + len(text) - len(text.lstrip()), text.strip()))
            if char == ")":
                return found
            begin = i + 1
    return []


def _refused_argument(generated: str, start: int, written: str, col: int, kind: str,
                      frame: Any) -> int | None:
    """The column of the one argument of the built-in call at `start` that holds a value
    of type `kind` the built-in refused (`Round(t[1], 2)`, `Length(t)`: a row, a
    variable), where `wl check` puts WL115; None when it is not certain which."""
    from .runtime.values import type_name
    held: list[tuple[int, str | None]] = []
    for begin, text in call_arguments(generated, start)[1:]:  # (after `_rt`)
        found = _VARIABLE.fullmatch(text)
        if found is None:
            if kind == "array" and _ELEMENT.match(text) is not None and _one_read(text):
                held.append((begin, None))
            continue
        value = frame.f_locals.get(text, frame.f_globals.get(text))
        if value is not None and type_name(value) == kind:
            held.append((begin, found.group(1)))
    if len(held) != 1:
        return None
    begin, name = held[0]
    if name is None:
        return _locate(generated, begin, written, col)
    return named(name, written)


def _one_read(text: str) -> bool:
    """Is `text` one element read and nothing else: `v_t.get(i, 1)`, not `v_t.get(1) + 2`?"""
    depth = 0
    for i, char in enumerate(text):
        depth += (char in "([{") - (char in ")]}")
        if depth == 0 and char == ")":
            return i == len(text) - 1
    return False


def _last_operand(call: str) -> str | None:
    """The temporary `_tN` a call `w_add(1, _tN)` ends with, or None."""
    found = re.search(r", (_t\d+)\)$", call)
    return None if found is None else found.group(1)
