"""Operands of an operator beside a Date, Time or DateTime: a text read as that type
reads it, a Time counted in hundredths of a second where a number meets it (compiler
operators.py; runtime/dated_values.py `time_number`)."""
from __future__ import annotations

from typing import Callable

from ..runtime.kinds import NUMERIC, Kind, SType, STypeNames as S
from ..syntax import nodes as N

DATED = {S.DATE: "date", S.TIME: "time", S.DATETIME: "datetime"}


def dated(code: str, t: SType) -> str:
    """A string operand compared with a Date, Time or DateTime: converted as an
    assignment to that type converts it (runtime/datetimes.py `dated_text`); a literal
    when compiling."""
    if len(code) >= 2 and code[0] in ("'", '"') and code[-1] == code[0] \
            and "\\" not in code and code[0] not in code[1:-1]:
        from ..runtime.datetimes import dated_text
        return repr(dated_text(code[1:-1], DATED[t]))
    return f"dated_text({code}, {DATED[t]!r})"


def datetime_number(code: str) -> str:
    """A number compared with a DateTime, its type known here: read as storing it there
    reads it (runtime/datetimes.py `datetime_of_number`: 20250108 is that day at
    midnight); a literal when compiling."""
    if code.isdigit() or code in ("True", "False"):
        from ..runtime.datetimes import datetime_of_number
        return repr(datetime_of_number(int(code) if code.isdigit() else code == "True"))
    return f"datetime_of_number({code})"


def dated_operands(ca: str, ta: SType, cb: str, tb: SType) -> tuple[str, SType, str, SType]:
    """Two compared operands, one a Date, Time or DateTime: a text beside it is read as
    that type reads it (`d = "2024-01-15"`); a Time beside a number counts its hundredths
    of a second, as it does stored into a number (`t = 4320000` is 12:00), and beside a
    value only the run knows it goes marked, so that a number there counts the same way
    (INFERRED, docs/semantics.md "A Time compared with a number"); a number beside a
    DateTime is read as storing it there reads it (`dt = 20250108`); a text that value
    holds is read as a declared string's is (docs/semantics.md "A Variant holding a
    text compared with a date")."""
    for (c, t), (oc, ot), swap in (((ca, ta), (cb, tb), False), ((cb, tb), (ca, ta), True)):
        if t not in DATED:
            continue
        if ot == S.STR:
            oc = dated(oc, t)
        elif t == S.TIME and ot in (S.INT, S.REAL, S.DEC, S.BOOL):
            c, t = f"time_number({c})", S.INT
        elif t == S.DATETIME and ot in (S.INT, S.REAL, S.DEC, S.BOOL):
            oc = datetime_number(oc)  # its digits, as stored there
        elif ot == S.ANY:  # a Variant: a text it holds is read as t reads it
            oc = f"dated_if_text({oc}, {DATED[t]!r})"
            if t == S.TIME:
                c = f"dated_variant({c}, 'time')"
        else:
            continue
        return (oc, ot, c, t) if swap else (c, t, oc, ot)
    return ca, ta, cb, tb


def counted(code: str, t: SType) -> tuple[str, SType]:
    """An operand of `*`, `/`, `%` or `-x`: a Time counts its hundredths of a second, as
    a Time stored into a number does (runtime/dated_values.py `time_number`; a Time
    whose type is known only at run time does it through its mark); anything else as
    it is."""
    return (f"time_number({code})", S.INT) if t == S.TIME else (code, t)


def in_dated(v: str, vt: SType, items: list[tuple[str, SType]], lazy: bool,
             compare: Callable[[str, str, SType, str, SType], str],
             temp: Callable[[], str]) -> str:
    """`v IN (d1, x, ...)` where v is no Date, Time or DateTime but an item is (a text, a
    Variant, a member of unknown type tested against dates): each item compared as `=`
    compares v with it, so that v's text is read as that item's type reads it (`"2024-01-05"
    IN (dDay)`; it compared the characters with the digits). Every item is evaluated
    first, as `w_in` does, unless the list is `_IN_`'s (lazy: each only while none
    matched)."""
    held = temp()
    parts = [f"({held} := {v})"]
    tests = []
    for code, t in items:
        if not lazy:
            name = temp()
            parts.append(f"({name} := {code})")
            code = name
        tests.append(compare("=", held, vt, code, t) if t in DATED else f"w_eq({held}, {code})")
    return "(" + ", ".join(parts) + f", ({' or '.join(tests)}))[-1]"


def operand_kind(e: N.Expr, t: SType, declared_kind: Callable[[N.Expr], str]) -> str:
    """What runtime/dated_products.py calls the kind of an operand the code declares:
    date, time, datetime, duration, number; "" for a text or a value only the run
    knows (`declared_kind`: the compiler's, for a Duration variable or member)."""
    if t in DATED:
        return DATED[t]
    if t in NUMERIC or t == S.DEC:
        return "number"
    if type(e) is N.DurationLit or declared_kind(e) == Kind.DURATION:
        return "duration"
    return ""


def product(op: str, ca: str, ka: str, cb: str, kb: str) -> str | None:
    """`a * b`, `a / b` or `a % b` where the kinds the code declares (compiler `_kind`)
    say a side is a Date, Time, DateTime or Duration and the other is not certainly a
    number beside a Time or a Duration (those keep the operators' own code): the run
    decides with runtime/dated_products.py, which refuses the pairs that mean nothing
    (`90 min * dDate`); None otherwise."""
    kinds = {ka, kb}
    if not kinds & {"date", "time", "datetime", "duration"}:
        return None
    if "number" in kinds and not kinds & {"date", "datetime"} and (
            op != "%" and kb == "number" or op == "*" or ka == "time"):
        return None  # t * 2, du * 2, du / 2, 2 * du, t / 2, t % 2
    return f"dated_product({op!r}, {ca}, {ka!r}, {cb}, {kb!r})"
