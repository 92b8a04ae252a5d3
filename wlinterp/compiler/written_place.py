"""A place as the code writes it, for the messages the compiler writes into the code it
generates (`&st.buf is the address of...`, `'s.arrQty' is an array: ...`)."""
from __future__ import annotations

__all__ = ["written_place"]

from ..syntax import nodes as N


def written_place(e: N.Expr, other: str) -> str:
    """`arrQty`, `s.arrQty`, `t[...]`, `C::g` as written; `other` for any other expression
    (a call, an indirection: the message then says what it can)."""
    if isinstance(e, N.Member):
        return f"{written_place(e.obj, other)}.{e.name}"
    if isinstance(e, N.Index):
        return f"{written_place(e.obj, other)}[...]"
    name = getattr(e, "name", None)  # (a Name's, a ClassMember's; an Indirect's is an Expr)
    return name if isinstance(name, str) and name else other
