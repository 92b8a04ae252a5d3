"""A FOR loop whose counter is declared a number and whose start is a Date, Time or
DateTime (docs/semantics.md FOR): the words the run and wl check (WL110) give, and the
run-time test of a start the code does not type (a Variant). Kept apart from
helpers.py so that the check imports only this."""
from __future__ import annotations

from typing import Any

from ..errors import WLRuntimeError

_CLOCK_NAMES = {"date": "Date", "time": "Time", "datetime": "DateTime"}
# the counters a Date, Time or DateTime start is refused to (by their declared kind)
NUMBER_COUNTERS = {"int": "an integer", "real": "a real", "currency": "a currency",
                   "numeric": "a numeric"}


def number_counter_refused(counter: str, declared: str, kind: str, way: str = "from") -> str:
    """The words that stop a FOR loop whose counter is declared a number and whose
    start (`way` "from") or bound ("to") is a Date, Time or DateTime (`kind`): the
    run's and wl check's (WL110)."""
    return (f"The FOR loop's counter '{counter}' is {declared}: it cannot count {way} a "
            f"{_CLOCK_NAMES[kind]} (declare '{counter}' a {_CLOCK_NAMES[kind]}).")


def for_number_start(v: Any, counter: str, declared: str) -> Any:
    """The start of a FOR loop whose counter is declared a number, when the code does not
    tell its type (a Variant): a Date, Time or DateTime stops the run at the loop, as a
    declared one does (docs/semantics.md FOR). Stored into the counter, a DateTime's
    digits wrapped at 32 bits and a Date's counted days as digits (72 passes from
    30/01 to 01/02)."""
    kind = getattr(v, "wl_type_name", None)
    if kind in _CLOCK_NAMES and isinstance(v, str):
        raise WLRuntimeError(number_counter_refused(counter, declared, kind))
    return v
