"""Is an input ready to run, or is a block (or a `...` line) still open?

The real parser decides, not a heuristic: an input whose only problem is a missing
END/FIN waits for more lines; any other syntax error is reported at once. A PROCEDURE,
which has no END, is closed by an empty line.
"""
from __future__ import annotations

__all__ = ["is_complete"]

import re

from ..errors import WLSyntaxError

_PROC_RE = re.compile(r"\s*(procedure|procédure|function|fonction)\b", re.I)


def is_complete(text: str) -> bool:
    """Can `text` run as it is?"""
    from ..syntax.parser import parse
    if text.lstrip().startswith("."):
        return True  # a meta-command (.help, .load ...) is one line
    if text.rstrip().endswith("..."):
        return False
    if _PROC_RE.match(text) and not text.endswith("\n"):
        return False  # a PROCEDURE has no END: an empty line closes it
    try:
        parse(text, "<repl>")
    except WLSyntaxError as err:
        return not err.incomplete
    return True
