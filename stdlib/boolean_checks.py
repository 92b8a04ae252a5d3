"""VerifieTousVrai, VerifieTousFaux, VerifieUnVrai, VerifieUnFaux: whether all or one of
the values given are true (or false).

No help page of these functions is stored (searched in English and French); the French
names are PC SOFT's list's, the English ones and the behaviour INFERRED (docs/builtins.md,
"CheckAllTrue..."): each value counts as it would in an IF (0 and Null are false, a
text is refused as there); an array counts element by element; a procedure given last is asked about
each value instead (its result's truth counts), so `CheckAllTrue(t, IsPositive)` checks an
array with a predicate. No value: all are true, and none is.
"""
from __future__ import annotations

from typing import Iterator

from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.containers import WLArray
from wlinterp.runtime.procrefs import WLProcRef

family = Family("Boolean checks")


def _truths(values: tuple[object, ...]) -> Iterator[bool]:
    """The truth of each value (arrays flattened), through the procedure given last."""
    test = values[-1] if values and isinstance(values[-1], WLProcRef) else None
    for value in values[:-1] if test is not None else values:
        for item in value.items if isinstance(value, WLArray) else (value,):
            yield V.to_bool(test(item) if test is not None else item)


@family.function("CheckAllTrue", "VérifieTousVrai")
def check_all_true(rt: object, *values: object) -> bool:
    """True when every value is true."""
    return all(_truths(values))


@family.function("CheckAllFalse", "VérifieTousFaux")
def check_all_false(rt: object, *values: object) -> bool:
    """True when every value is false."""
    return not any(_truths(values))


@family.function("CheckOneTrue", "VérifieUnVrai")
def check_one_true(rt: object, *values: object) -> bool:
    """True when at least one value is true."""
    return any(_truths(values))


@family.function("CheckOneFalse", "VérifieUnFaux")
def check_one_false(rt: object, *values: object) -> bool:
    """True when at least one value is false."""
    return not all(_truths(values))
