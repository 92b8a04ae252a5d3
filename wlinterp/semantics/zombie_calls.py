"""Calls of a zombie procedure (help page ?1514085, "Zombie procedures"): a procedure
whose header carries the `<zombie>` attribute, or `<zombie comment = "text">`, is
obsolete (a method so marked too: INFERRED, the page shows a procedure); "when
recompiling the project, a warning is used to indicate all the calls to
the zombie procedure", the comment in its text. WL221 at each call's name, with the
comment as written; the call runs as any other (the procedure still exists). A French
header may write `commentaire` (INFERRED: the page gives the English attribute only).
"""
from __future__ import annotations

__all__ = ["zombie_call"]

import re
from typing import TYPE_CHECKING, Any

from ..syntax import nodes as N
from ..lazy_regex import lazy_compile

if TYPE_CHECKING:
    from .checker import FunctionChecker

_ATTRIBUTE = "<zombie"  # (the header's attributes are kept folded, split at blanks)
_COMMENT = lazy_compile(r'<\s*zombie\b(?:\s+comment(?:aire)?\s*=\s*"([^"]*)")?', re.I)


def zombie_call(fc: "FunctionChecker", func: N.Expr, proc: Any, col: int | None = None) -> None:
    """WL221 at `func`, the name of a call of `proc` (a ProcInfo, or a method's), or at
    column `col` (a method's name after its object: `o.Draw()`), when its header marks
    it a zombie. Named as declared: a method with its class (`CShape::Draw`)."""
    node = getattr(proc, "node", proc)
    if not any(m.startswith(_ATTRIBUTE) for m in getattr(node, "modifiers", ())):
        return
    lines = fc.rep.lines
    header = lines[node.line - 1] if 0 < node.line <= len(lines) else ""
    found = _COMMENT.search(header)
    comment = found.group(1) if found is not None and found.group(1) else ""
    what, name = ("method", f"{node.owner}::{node.name}") if node.owner else \
        ("procedure", node.name)
    called = str(getattr(func, "name", ""))
    fc.rep.report("WL221", f"'{name}' is a zombie {what} (obsolete)"
                  + (f": {comment}" if comment else ""), func, len(called), col=col)
