"""A number given to a built-in where it wants an integer: a position, a count, a size,
a rank, an option (`int_arg`, the one conversion every family uses).

A value beyond the largest integer WLanguage has (an 8-byte int, ±9,223,372,036,854,775,807)
names no position and no count: `Position(s, x, 1e308)`, `Repeat(s, 1e308)`. It is
refused here, once for every built-in, with the function's name, the parameter's rank
and the value as written (*decided*, docs/semantics.md "A huge number given as a
position or a count"). Before, each function failed its own way: Position with the
bare "Numeric overflow or invalid numeric operation.", Repeat and Complete with a
309-digit count of characters, Charact and StringInsert with the real's 309 digits.
"""
from __future__ import annotations

__all__ = ["int_arg", "INT_LIMIT"]

import sys
from decimal import Decimal
from typing import Any

from wlinterp.errors import ErrCode, WLRuntimeError
from wlinterp.runtime import values as V
from wlinterp.runtime.refused_arguments import INT_LIMIT, refused_argument, too_large


def int_arg(value: object, fname: str) -> int:
    """`value` as an integer for built-in `fname` (reals truncate, strings are parsed);
    beyond ±INT_LIMIT, the error `too_large` words."""
    if value is not None and not isinstance(value, (bool, int, float, Decimal, str)):
        raise WLRuntimeError(refused_argument(fname, True, V.type_name(value)) + ".")
    n = V.to_int(value)
    if -INT_LIMIT <= n <= INT_LIMIT:
        return n
    raise WLRuntimeError(too_large(value, fname, _rank(value, sys._getframe(1))),
                         code=ErrCode.NUMERIC)  # (the error code of the overflow it was)


def _rank(value: object, frame: Any) -> int:
    """The 1-based rank, among the WLanguage parameters, of the built-in's parameter
    holding `value` (the object itself), read from the calling frames: a built-in's
    Python parameters are `rt` then the WLanguage ones in order (registry.py), and a
    helper it hands the value to (Charact's `character_of`, Truncate's `_rounded`) is
    looked through, a few frames at most, and so is a helper given the built-in's name
    (file_locks.py `_lock_call(rt, fname, ...)`: its `fname` counted, fLock's count was
    "parameter 4"). 0 when no built-in holds it."""
    for _ in range(4):
        if frame is None:
            return 0
        code = frame.f_code
        names = code.co_varnames[:code.co_argcount]
        if names and names[0] == "rt" and "fname" not in names:
            local = frame.f_locals
            return next((k for k, name in enumerate(names[1:], 1)
                         if local.get(name) is value), 0)
        frame = frame.f_back
    return 0
