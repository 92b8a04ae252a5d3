"""`(x <utile>) => x + 1`, `(a <useful>, b) => { ... }`: an extension attribute after a
lambda's parameter. A lambda is an internal procedure without a name (?1514084), whose
parameters take what a procedure header's take (INFERRED: the page shows no attribute,
and a procedure's parameter takes `<utile>`); the lexer skips the attribute, as it skips
one after a procedure's parameter (lexer_forms.py procedure_attribute). Only where the
`<...>` is followed by `,` or `)` (or by another attribute: `(x <utile> <utile>) =>`,
as a procedure's parameter takes several) and that parenthesis is followed by `=>`:
anywhere else `<` stays a comparison (`(a <b>, c)` without `=>` is still refused)."""
from __future__ import annotations

__all__ = ["lambda_attribute_end"]

from .blanks import BLANKS
from .bracket_closers import EOL_RE


def lambda_attribute_end(text: str, start: int) -> int:
    """Where the attribute `<...>` at `start` ends (after its `>`) when it follows a
    lambda's parameter, else -1."""
    eol = EOL_RE.search(text, start)
    end = len(text) if eol is None else eol.start()
    close = text.find(">", start, end)
    if close < 0 or not (text[start + 1:start + 2].isalpha() or text[start + 1] == "_"):
        return -1
    i = _after_attributes(text, close + 1, end)
    if i >= end or text[i] not in ",)":
        return -1
    depth, quoted = 0, False
    for j in range(i, end):
        c = text[j]
        if c == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth:
                depth -= 1
                continue
            k = j + 1
            while k < end and text[k] in BLANKS:
                k += 1
            return close + 1 if text.startswith("=>", k) else -1
    return -1


def _after_attributes(text: str, i: int, end: int) -> int:
    """The first character after the blanks and the further attributes (`<utile>`) that
    follow an attribute's `>` at `i - 1`: a parameter may carry several."""
    while True:
        while i < end and text[i] in BLANKS:
            i += 1
        if not text.startswith("<", i) or not (text[i + 1:i + 2].isalpha() or text[i + 1:i + 2] == "_"):
            return i
        close = text.find(">", i, end)
        if close < 0:
            return i
        i = close + 1
