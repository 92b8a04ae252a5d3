"""The name of the element a WINDEV text-format file holds: its `info :` section's
`name :` line, as the IDE writes it, else the file's own name.

Why: a set, a class, a window or a query is known in code by the element's name, which
the IDE writes at the top of the file (`info :` then ` name : COL_Outils`); the file's
name is usually the same, but a file renamed or copied by hand, exported by a tool or
checked out on a case-sensitive disk (`cexcel.wdc` holding the class CExcel) keeps its
element's name inside. PC SOFT's French example projects write the same English keys
(`info :`, `name :`) as the English ones: the keys are not translated.
"""
from __future__ import annotations

__all__ = ["element_name", "element_name_of", "HEAD_BYTES"]

import os
import re

from ..lazy_regex import lazy_compile

# `info :` at the top level, then its own keys (one space deeper) up to its `name :`
_INFO_NAME = lazy_compile(r"^info :[ \t]*\r?\n(?: [^\n]*\n)*? name : ([^\r\n]*)",
                          re.MULTILINE)  # (the name's blanks are stripped after: linear)
HEAD_BYTES = 4096
"""How much of a file is read for its element's name: the `info :` section comes first."""


def element_name(text: str) -> str | None:
    """The element's name written in `text` (quotes around it dropped), or None when
    the file has no `info :` section with a `name :` (not a text-format file, or one
    written by hand without it)."""
    m = _INFO_NAME.search(text[:HEAD_BYTES].lstrip("\ufeff"))
    if m is None:
        return None
    name = m.group(1).strip().strip('"').strip()
    return name or None


_SEEN: dict[tuple[str, int, int], str] = {}


def element_name_of(path: str) -> str:
    """The name of the element saved in the file `path`: element_name of its first
    bytes, else the file's name without its suffix (also when it cannot be read). Kept
    while the file is unchanged: a folder's check asks it for every file checked."""
    stem = os.path.splitext(os.path.basename(path))[0]
    try:
        st = os.stat(path)
        key = (path, st.st_mtime_ns, st.st_size)
        if key not in _SEEN:
            with open(path, "rb") as f:
                head = f.read(HEAD_BYTES)
            _SEEN[key] = element_name(_decoded(head)) or stem
        return _SEEN[key]
    except OSError:
        return stem


def _decoded(head: bytes) -> str:
    """The first bytes of a file as text: UTF-8 (a sequence cut at the end ignored),
    else Windows-1252 as source_text reads an ANSI file; UTF-16 with its mark."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "ignore")
    try:
        return head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a character cut by the end of the read
            return head[:exc.start].decode("utf-8-sig")
        return head.decode("cp1252", "replace")
