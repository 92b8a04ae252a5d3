"""Calls of a value that holds a procedure, not of a name: `t[1](10)` (an element of an
array of procedures), `Maker()(10)` (what a call returns); runtime/procrefs.py
`call_ref` runs them (docs/semantics.md "Procedure variables")."""
from __future__ import annotations

__all__ = ["shown_callee"]

from ..syntax import nodes as N


def shown_callee(e: N.Expr) -> str:
    """How an error names a called value: `t[...]`, `Maker(...)`, `o.m_t[...]`, `{...}(...)`."""
    if isinstance(e, N.Name):
        return e.name
    if isinstance(e, N.Member):
        return f"{shown_callee(e.obj)}.{e.name}"
    if isinstance(e, N.Index):
        return f"{shown_callee(e.obj)}[...]"
    if isinstance(e, N.Call):
        return f"{shown_callee(e.func)}(...)"
    if isinstance(e, N.Indirect):
        return "{...}"
    return "this value"
