"""Operands of an operator beside a Date, Time or DateTime: a text read as that type
reads it, a Time counted in hundredths of a second where a number meets it (compiler
operators.py; runtime/dated_values.py `time_number`)."""
from __future__ import annotations

from ..runtime.kinds import SType, STypeNames as S

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


def dated_operands(ca: str, ta: SType, cb: str, tb: SType) -> tuple[str, SType, str, SType]:
    """Two compared operands, one a Date, Time or DateTime: a text beside it is read as
    that type reads it (`d = "2024-01-15"`); a Time beside a number counts its hundredths
    of a second, as it does stored into a number (`t = 4320000` is 12:00), and beside a
    value only the run knows it goes marked, so that a number there counts the same way
    (INFERRED, docs/semantics.md "A Time compared with a number"); a text that value
    holds is read as a declared string's is (docs/semantics.md "A Variant holding a
    text compared with a date")."""
    for (c, t), (oc, ot), swap in (((ca, ta), (cb, tb), False), ((cb, tb), (ca, ta), True)):
        if t not in DATED:
            continue
        if ot == S.STR:
            oc = dated(oc, t)
        elif t == S.TIME and ot in (S.INT, S.REAL, S.DEC, S.BOOL):
            c, t = f"time_number({c})", S.INT
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
