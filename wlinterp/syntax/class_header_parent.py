"""`CDerived is Class inherits from CBase` / `CDérivée est une Classe hérite de CBase`: a
class's parent named on the line of its header. WINDEV saves classes written so (a
WINDEV 25 SDK's providers: `CGoogleProvider est une Classe hérite CAbstractProvider`, then
a CONSTANT block and the class's FIN); the grammar reads the parent on a line of its own
(`_struct_item: inherits`), so the lexer cuts the header's line before the parent's words
(docs/semantics.md, "A class's parent on its header's line")."""
from __future__ import annotations

__all__ = ["parent_on_header_line"]

import re

from ..lazy_regex import lazy_compile

# `[a|an|un|une] Class|Classe[, abstract|abstraite]` then blanks, then the parent's first
# word (`hérite`, `herite`, `inherits`, with an access word before it, `privé hérite`)
_CLASS_THEN_PARENT = lazy_compile(
    r"[ \t]*(?:(?:an?|une?)[ \t]+)?(?:class|classe)(?:[ \t]*,[ \t]*(?:abstract|abstraite))?"
    r"[ \t]+(?=(?:(?:private|priv[ée]e?|public|publique)[ \t]+)?"
    r"(?:h[ée]rite|inherits)(?![\w]))", re.IGNORECASE)


def parent_on_header_line(text: str, pos: int) -> int:
    """Where the parent's words start when the type phrase at `pos` (after a
    declaration's IS) is a class's followed by them on the same line; -1 otherwise."""
    found = _CLASS_THEN_PARENT.match(text, pos)
    return found.end() if found is not None else -1
