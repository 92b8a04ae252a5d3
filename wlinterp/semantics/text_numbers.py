"""Text literals read as numbers, as the checker words it (WL206: a built-in's number
parameter, a numeric variable given a text): does the text hold a whole number the run
can read, and which number does the run read from it. Split from operands.py.
"""
from __future__ import annotations

__all__ = ["numeric", "text_number"]

from ..errors import WLRuntimeError


def text_number(text: str, integer: bool = False) -> str:
    """The number a run reads from a text given for a number (Val's rules: its leading
    number, 0 if none; `integer`: stored into an integer), as a message writes it."""
    from ..runtime import values as V
    try:
        return V.to_str(V.to_int(text) if integer else V.to_num(text))
    except WLRuntimeError as exc:  # "1e400": the run stops there, with this error
        return f"nothing: reading it stops the run ({str(exc).rstrip('.')})"


def numeric(text: str) -> bool:
    """Does a text literal hold a number, whole, as the run reads one (values.val: "1e3"
    is 1000, which WL206 called "not a number ... stored as 1000"), and one it can hold
    ("1e400" stops the run)?"""
    from ..runtime import values as V
    try:
        return V.whole_number(text) and V.to_num(text) is not None
    except WLRuntimeError:
        return False
