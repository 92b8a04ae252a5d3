"""A reference to a text of the element's resources written inside a string literal
(`RESULT "<§$0000§>" + " (" + n + ")"`, `Info("Total: <§$0002§>")`).

A reference standing alone is read as a string literal holding its text
(string_resources.with_resources, dialog_resources.with_dialogs). Inside quotes that
literal's own quotes closed the string where it stood (`""Unpaid invoices""`), so the
block no longer parsed and the whole file failed to load. Here the text goes inside the
string instead, as its characters (docs/semantics.md, "String resources"): a `"` doubled
in a `"..."` string; a text over several lines, or one holding the string's own closing
mark, closes the string, adds the text as its own literal and opens it again
(`"a" + ("l1" + CR + "l2") + "b"`).
"""
from __future__ import annotations

__all__ = ["literal", "in_strings"]

import re
from collections.abc import Callable

from ..lazy_regex import lazy_compile

# The string literals the lexer reads (token_patterns.TOKEN_RE: `"..."` with `""` for a
# quote, `“...”`, `` `...` ``), each on one line
_QUOTED = lazy_compile(r'"(?:[^"\r\n]|"")*"|“[^”\r\n]*”|`[^`\r\n]*`')
_CLOSING = {'"': '"', "“": "”", "`": "`"}


def literal(text: str) -> str:
    """A WLanguage string literal holding `text` (its lines joined with CR)."""
    parts = ['"' + p.replace('"', '""') + '"' for p in text.split("\r\n")]
    return parts[0] if len(parts) == 1 else "(" + " + CR + ".join(parts) + ")"


def in_strings(code: str, reference: re.Pattern[str],
               text_of: Callable[[re.Match[str]], str | None]) -> str:
    """`code` with each `reference` found inside a string literal, whose text `text_of`
    gives, written as that text inside the string; one whose text is not known, and
    every reference outside strings, stay as written."""
    if "<§" not in code:
        return code

    def string(m: re.Match[str]) -> str:
        quoted = m.group(0)
        if "<§" not in quoted:
            return quoted
        opening = quoted[0]
        return reference.sub(lambda r: _spliced(r, text_of, opening), quoted)
    return _QUOTED.sub(string, code)


def _spliced(m: re.Match[str], text_of: Callable[[re.Match[str]], str | None],
             opening: str) -> str:
    """A reference's text as it goes inside a string opened by `opening`."""
    text = text_of(m)
    if text is None:
        return m.group(0)
    closing = _CLOSING[opening]
    if "\r\n" not in text and (opening == '"' or closing not in text):
        return text.replace('"', '""') if opening == '"' else text
    return f"{closing} + {literal(text)} + {opening}"
