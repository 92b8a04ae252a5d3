"""The column of the operand of a refused product or subtraction of dates, times and
durations (`dDue * 2`, `90 min - dDate`, `dDate + du * dDate`): where `wl check` puts
WL113 (semantics/operands.py `_dated_subtraction`), the right operand's variable, else
the left's; and of a Date moved by days that names no day (`dOdd + 1`: date_add).

The compiled line calls one helper per such operator (`dated_product('*', v_du,
'duration', v_ddate, 'date')`, `date_sub(WLDuration(5400000), v_ddate)`...). The caret
goes to the variable written beside the operator (`* dDate`, `dDue *`), at the same rank
among the calls of the line that put that variable on that side of that operator; a
variable used once in the line is found by its name alone. Anything less certain keeps
the statement's column (error_column.py), as every other part does.
"""
from __future__ import annotations

__all__ = ["dated_operand", "DATED_CALL", "LITERALS", "code_of", "named", "variant_operand"]

import re
from typing import Any, Callable, NamedTuple

from .syntax.names import fold
from .lazy_regex import lazy_compile

# a helper the compiler writes for `*`, `/`, `%` or `-` beside a Date, Time, DateTime or
# Duration (compiler/operators.py, runtime/dated_products.py, dated_mixes.py, date_parts.py)
DATED_CALL = lazy_compile(r"(?<!\w)(dated_product|dated_sub|date_sub|time_sub|date_add)\(")
_VARIABLE = lazy_compile(r"[vga]_(\w+)")
LITERALS = lazy_compile(r'"[^"]*(?:""[^"]*)*"|//.*')  # a line's texts and comment (blanked)
# (the operator's argument, else the operator itself; the left operand's, the right
# operand's): `date_add(v_d, 1)` is `d + 1` whose Date names no day (date_parts.py)
_PLACES: dict[str, tuple[int | str, int, int]] = {
    "dated_product": (0, 1, 3), "dated_sub": ("-", 0, 2), "date_sub": ("-", 0, 1),
    "time_sub": ("-", 0, 1), "date_add": ("+", 0, 1)}
_NUMBER = lazy_compile(r"\d[\d.]*")
_DURATION = lazy_compile(r"WLDuration\(\d+\)")
_NUMBER_TEXT = r"(?<![\w.])\d[\d_.]*(?![\w.])"  # `2`, `1_000`, `2.5`
_UNIT = r"(?:ms|cs|sec|min|mn|s|h|d|j)\b"
_DURATION_TEXT = rf"(?<![\w.])\d[\d_.]*\s*{_UNIT}(?:\s*\d[\d_.]*\s*{_UNIT})*"  # `1 h 30 min`
_OPERATOR_TEXT = {"*": r"\*", "/": r"(?<!/)/(?!/)", "%": r"%|\bmodulo\b", "-": r"-",
                  "+": r"\+"}

Arguments = Callable[[str, int], list[tuple[int, str]]]


class _Operand(NamedTuple):
    """The variable of a dated operation that a caret marks, and how the operation is
    written: two calls of one description are told apart by their rank."""

    op: str  # "*", "/", "%", "-"
    name: str  # the marked variable's folded name
    right: bool  # the right operand (else the left)
    left_text: str  # a pattern of the left operand's WLanguage text ("": any)
    right_text: str  # ... of the right operand's


def dated_operand(generated: str, start: int, written: str, arguments: Arguments,
                  frame: Any = None) -> int | None:
    """The 1-based column in the WLanguage line `written` of the operand of the dated
    operation whose helper call starts at `start` in `generated`, or None when not
    certain. `arguments` reads a generated call's arguments (error_column.py); `frame`
    holds the variables (date_add's Date is the operand holding a text)."""
    marked = _marked(generated, start, arguments, frame)
    if marked is None:
        return None
    same = [m.start() for m in DATED_CALL.finditer(generated)
            if _marked(generated, m.start(), arguments, frame) == marked]
    name = rf"(?P<at>{re.escape(marked.name)})(?![\w\[(.:])"
    left = name if not marked.right else marked.left_text
    right = name if marked.right else marked.right_text
    pattern = rf"(?<![\w.:]){left}\s*(?:{_OPERATOR_TEXT[marked.op]})\s*{right}" if left \
        else rf"(?:{_OPERATOR_TEXT[marked.op]})\s*{right}"
    hits = [m.start("at") for m in re.finditer(pattern, code_of(written))]
    if start in same and len(hits) == len(same):
        return hits[same.index(start)] + 1
    return named(marked.name, written)


def _marked(generated: str, start: int, arguments: Arguments,
            frame: Any = None) -> _Operand | None:
    """The operand a caret marks in the helper call at `start`: the right one if it is a
    variable, else the left one if it is; for date_add, the variable holding the Date
    (a text in `frame`: `d + n`, `n + d`); None when none is (or not such a call)."""
    found = DATED_CALL.match(generated, start)
    if found is None:
        return None
    op_at, left, right = _PLACES[found.group(1)]
    given = arguments(generated, start)
    if len(given) <= max(left, right, op_at if isinstance(op_at, int) else 0):
        return None
    op = op_at if isinstance(op_at, str) else given[op_at][1].strip("'\"")
    if op not in _OPERATOR_TEXT:
        return None
    for at, is_right in ((right, True), (left, False)):
        variable = _VARIABLE.fullmatch(given[at][1])
        if variable is not None and found.group(1) == "date_add" \
                and not isinstance(_value(frame, given[at][1]), str):
            continue  # the number beside the Date
        if variable is not None:
            return _Operand(op, variable.group(1), is_right, _written(given[left][1]),
                            _written(given[right][1]))
    return None


def _value(frame: Any, name: str) -> Any:
    """The value of the generated variable `name` in `frame` (None without a frame)."""
    if frame is None:
        return None
    return frame.f_locals.get(name, frame.f_globals.get(name))


def _written(operand: str) -> str:
    """A pattern of how a generated operand is written in WLanguage: a variable by its
    name, a number or a Duration literal by its digits (and units); "" for any other."""
    variable = _VARIABLE.fullmatch(operand)
    if variable is not None:
        return re.escape(variable.group(1)) + r"(?![\w\[(.:])"
    if _NUMBER.fullmatch(operand) or _DURATION.fullmatch(operand):
        return _NUMBER_TEXT if _NUMBER.fullmatch(operand) else _DURATION_TEXT
    return ""


# `v - dt`, `st.n -= dt`: beside a value only the run knows (a Variant, a member read
# through get_member), a dated operand goes marked with its kind (compiler/
# dated_operators.py `_dated_beside_any`): `w_sub(v_v, dated_variant(v_dt, 'datetime'))`
_SUBTRACTION = lazy_compile(r"w_sub\(")
_MARKED = lazy_compile(r"dated_variant\([vga]_(\w+), '\w+'\)")


def variant_operand(generated: str, start: int, written: str,
                    arguments: Arguments) -> int | None:
    """The 1-based column of the dated variable subtracted in the `w_sub` call at `start`
    whose right operand is marked dated (`v - dt`, `st.n -= dt`: at `dt`, where WL113 is),
    when the line writes that variable after a `-` or `-=` once; None otherwise."""
    if _SUBTRACTION.match(generated, start) is None:
        return None
    given = arguments(generated, start)
    marked = _MARKED.fullmatch(given[1][1]) if len(given) == 2 else None
    if marked is None:
        return None
    pattern = r"-=?\s*(?P<at>" + re.escape(marked.group(1)) + r")(?![\w\[(.:])"
    hits = [m.start("at") for m in re.finditer(pattern, code_of(written))]
    return hits[0] + 1 if len(hits) == 1 else None


def code_of(written: str, fill: str = " ") -> str:
    """The WLanguage line `written` as the column finders read it: its text literals and
    comment blanked with `fill`, then folded (names as the compiler writes them), one
    character for one so that a column of it is the line's. A character whose folding
    is longer (`ß` is `ss`) stays as written: a literal holding one (`Trace("Straße",
    du % x)`) made every finder give up, the caret at the statement's start."""
    blank = LITERALS.sub(lambda m: fill * len(m.group(0)), written)
    folded = fold(blank)
    if len(folded) == len(blank):
        return folded
    return "".join(f if len(f := fold(c)) == 1 else c for c in blank)


def named(name: str, written: str) -> int | None:
    """The 1-based column of the only use of the variable `name` (folded) in the
    WLanguage line `written`, text literals and comments left out; None if not one."""
    hits = [m.start() for m in re.finditer(r"(?<![\w.:])" + re.escape(name) + r"\b",
                                            code_of(written))]
    return hits[0] + 1 if len(hits) == 1 else None
