"""How an indirection's text (`{"o.m_x"}`, `{"t[2]"}`, `{"st:n"}`) names what it reaches:
the one reading shared by the run (runtime/indirection.py) and by `wl check`'s checks of
a literal indirection written to (semantics/read_only.py: a constant or a CONSTANT
member; semantics/immutable_writes.py: an immutable variable), so that the check refuses
exactly the stores the run refuses. They each read it their own way until 7 Dec 2026.
"""
from __future__ import annotations

__all__ = ["indirection_head", "indirection_parts", "indirection_subscript"]

import re

_SEPARATOR = re.compile(r"[.:]")  # `o.m_x` and `o:m_x` alike (`C::m` gives an empty part)
_HEAD = re.compile(r"[^.:\[]*")  # the variable an indirection's text starts with
_SUBSCRIPT = re.compile(r"^(.+?)\[\s*(\d+)\s*\]$")  # `m_t[2]`: a name, then its element


def indirection_parts(text: str) -> list[str]:
    """The names of a path, blanks around each removed: `o.m_x` / `o:m_x` -> [o, m_x];
    `t[2].n` -> [t[2], n]; a plain name -> [name]; `C::m` -> [C, "", m]."""
    return [p.strip() for p in _SEPARATOR.split(text)]


def indirection_head(text: str) -> str:
    """The variable the text starts with, without its members or subscript: `st.n` ->
    st, `t[2]` -> t, `o:m` -> o; "" when the text starts with a separator (`::m`)."""
    return _HEAD.match(text).group(0).strip()  # type: ignore[union-attr]  # (matches "")


def indirection_subscript(part: str) -> tuple[str, int] | None:
    """A part of a path written `name[n]` (`m_t[1]`, `values [ 2 ]`): its name and
    element; None for a part with no subscript. The same for any part of the path, the
    last one too (`{"o.m_t[1]"}` was read as a member named `m_t[1]`)."""
    m = _SUBSCRIPT.match(part)
    return None if m is None else (m.group(1).strip(), int(m.group(2)))
