"""The order of a procedure's parameters, as WINDEV's compiler requires it: `*` (any
number of parameters) only last, and the optional parameters (`b = 1`) after every
mandatory one (help ?1514078 "Optional parameters": "the optional parameters must be
described in last position (on the right)", VERIFIED). Both are WL111 at the parameter
at fault; `wl run` refuses the program too (not deferred), so the two agree.
"""
from __future__ import annotations

__all__ = ["check_param_order"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N

if TYPE_CHECKING:
    from .checker import FunctionChecker


def check_param_order(fc: "FunctionChecker", params: list[N.Param]) -> None:
    """WL111 for a `*` that is not the last parameter, and for a mandatory parameter
    written after an optional one (`PROCEDURE P(a = 1, b)`: before, `P(5)` ran with b
    empty and nothing said so)."""
    optional: N.Param | None = None
    for i, prm in enumerate(params):
        if prm.star:
            if i < len(params) - 1:
                fc.rep.report("WL111", "'*' (any number of parameters) can only be the last "
                              "parameter", prm)
            continue
        if prm.default is not None:
            optional = optional or prm
            continue
        elif optional is not None:
            fc.rep.report("WL111", f"the parameter '{prm.name}' has no default value and "
                          f"follows the optional parameter '{optional.name}': optional "
                          "parameters come last", prm, len(prm.name),
                          hint=f"give {prm.name} a default value, or move it before "
                          f"{optional.name}")
            optional = None  # (once: the parameters after it are the same mistake)
