"""Substrings `s[[i]]`, `s[[i TO j]]`, `s[[i ON n]]`...: read, and written back
(`s[[2]] = "X"`), 1-based as WLanguage counts characters.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from . import values as V
from ..errors import WLRuntimeError
from .limits import check_string


def _pos(i: Any) -> int:
    return V.to_int(i)


def substr_one(s: Any, i: Any) -> str:
    """`s[[i]]`: the i-th character (1-based); "" outside the string."""
    s, n = V.to_str(s), _pos(i)
    return s[n - 1] if 1 <= n <= len(s) else ""


def substr_range(s: Any, i: Any, j: Any) -> str:
    """`s[[i TO j]]`: characters i to j inclusive."""
    s, a, b = V.to_str(s), max(_pos(i), 1), _pos(j)
    return s[a - 1:b] if b >= a else ""


def substr_from(s: Any, i: Any) -> str:
    s = V.to_str(s)
    return s[max(_pos(i), 1) - 1:]


def substr_upto(s: Any, j: Any) -> str:
    s, b = V.to_str(s), _pos(j)
    return s[:b] if b > 0 else ""


def substr_len(s: Any, i: Any, n: Any) -> str:
    """`s[[i ON n]]`: n characters from i."""
    s, a, k = V.to_str(s), max(_pos(i), 1), _pos(n)
    return s[a - 1:a - 1 + k] if k > 0 else ""


def buffer_set(s: Any, kind: str, value: Any, *bounds: Any) -> str:
    """`b[[i]] = x` on a Buffer (?1514042: `S[[1]] = 1` writes the byte 1): a number is
    the byte of that value (taken modulo 256, INFERRED), anything else its text; a
    part past the end is reached with binary zeros (INFERRED: a Buffer holds bytes)."""
    if isinstance(value, (int, float, Decimal)):
        value = chr(V.to_int(value) % 256)
    return substr_set(s, kind, value, *bounds, pad="\0")


def substr_set(s: Any, kind: str, value: Any, *bounds: Any, pad: str = " ") -> str:
    """`s[[i]] = x`, `s[[i TO j]] = x`...: `s` with that part replaced by the text of
    `x` (a part past the end is reached by padding `s` with spaces). One character
    before the first (`s[[0]] = "x"`) is an error: it was silently put at the front."""
    s, text = V.to_str(s), V.to_str(value)
    if kind == "one":
        a = b = _pos(bounds[0])
        if a < 1:
            raise WLRuntimeError(f"Position {a} is out of range in [[ ]]: "
                                 "positions are counted from 1.")
    elif kind == "range":
        a, b = _pos(bounds[0]), _pos(bounds[1])
    elif kind == "from":
        a, b = _pos(bounds[0]), max(len(s), _pos(bounds[0]))
    elif kind == "upto":
        a, b = 1, _pos(bounds[0])
    else:  # "len": n characters from i
        a = _pos(bounds[0])
        b = a + _pos(bounds[1]) - 1
    a = max(a, 1)
    if a > len(s) + 1:  # (the padding is built: --max-string holds, as for `+`)
        check_string(a - 1 + len(text))
        s = s.ljust(a - 1, pad)
    return s[:a - 1] + text + s[max(b, a - 1):]
