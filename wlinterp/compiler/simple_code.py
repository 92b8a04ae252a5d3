"""Is a piece of generated code a plain name or literal, one the code may evaluate twice
(operators.py `bind`, stores, loops, dated_operators.py)?"""
from __future__ import annotations

from ..lazy_regex import lazy_compile

__all__ = ["is_simple"]

_SIMPLE_RE = lazy_compile(r"^(?:[A-Za-z_]\w*|-?\d+(?:\.\d+)?|True|False|None|'[^'\\]*')$")


def is_simple(code: str) -> bool:
    """Can `code` be evaluated twice with no cost and no side effect?"""
    return bool(_SIMPLE_RE.match(code))
