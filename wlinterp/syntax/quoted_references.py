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

Inside a multi-line `[ ]` text, whose characters are taken as they are (no `""` for a
quote, no literal's quotes), a reference is its text's characters, between quotes or
not (in_texts).
"""
from __future__ import annotations

__all__ = ["literal", "in_strings", "in_texts"]

import re
from collections.abc import Callable

from ..lazy_regex import lazy_compile

# The string literals the lexer reads (token_patterns.TOKEN_RE: `"..."` with `""` for a
# quote, `“...”`, `` `...` ``), each on one line
_QUOTED = lazy_compile(r'"[^"\r\n]*(?:""[^"\r\n]*)*"|“[^”\r\n]*”|`[^`\r\n]*`')
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


# `[` or `"` ending a line where a value starts (after `=`, `(`, `,`, `+`, or alone on
# its line): a multi-line text's opening
_OPENS_TEXT = lazy_compile(r'(?:^|[=(,+])[^\S\r\n]*([\["])[^\S\r\n]*\r?$')
_ITEM_START = tuple('"“0123456789[-+(.<')  # a first line an array literal's item may be


def in_texts(code: str, reference: re.Pattern[str],
             text_of: Callable[[re.Match[str]], str | None]) -> str:
    """`code` with each reference inside a multi-line text written as its text's
    characters: as they are in a `[ ]` text, each quote doubled in a `"` one, where `""`
    is a quote; a text over lines with each line break as one character the lexer reads
    back (`_as_characters`). Before, the reference became a quoted literal (quotes shown around it) or,
    between the text's own quotes, its text with doubled quotes, and the text showed
    those characters. A `[` whose first line may be an array item is left alone, as the
    lexer may read it as an array (multiline_strings.py)."""
    if "<§" not in code:
        return code
    lines = code.split("\n")
    k = 0
    while k < len(lines):
        opening = _OPENS_TEXT.search(_QUOTED.sub("", lines[k])) if lines[k] else None
        if opening is None:  # (the strings the line closes left out: `s = "a = "`)
            k += 1
            continue
        quoted = opening.group(1) == '"'
        end = _closing_line(lines, k + 1, quoted)
        first = next((x.strip() for x in lines[k + 1:end] if x.strip()), "")
        if end < 0 or not quoted and (not first or first.startswith(_ITEM_START)
                                      or first.endswith(",")):
            k += 1
            continue
        for j in range(k + 1, end):
            if "<§" in lines[j]:
                lines[j] = reference.sub(lambda m: _as_characters(m, text_of, quoted),
                                         lines[j])
        k = end + 1
    return "\n".join(lines)


def _closing_line(lines: list[str], start: int, quoted: bool) -> int:
    """The line that closes a text starting at `start`: a `"` text's first line starting
    with `"` (not `""`, a quote); a `[` text's first starting with `]` while the lines
    above left no `[` open; -1 without one."""
    depth = 0
    for j in range(start, len(lines)):
        body = lines[j].lstrip()
        if quoted:
            if body.startswith('"') and not body.startswith('""'):
                return j
            continue
        if body.startswith("]") and depth <= 0:
            return j
        depth += lines[j].count("[") - lines[j].count("]")
    return -1


def _as_characters(m: re.Match[str], text_of: Callable[[re.Match[str]], str | None],
                   quoted: bool) -> str:
    """A reference's text as the characters of a multi-line text (a quote doubled in a
    `"` one); its line breaks as one character each, which the lexer reads back as CR+LF
    (multiline_strings.SPLICED_LINE_BREAK): the code keeps its lines, and an error below
    is reported at its own line. (A text over lines kept the literal form, its `(... +
    CR + ...)` shown as characters, when splicing its lines in would move them.)"""
    from .multiline_strings import SPLICED_LINE_BREAK
    text = text_of(m)
    if text is None:
        return m.group(0)
    text = text.replace("\r\n", SPLICED_LINE_BREAK)
    return text.replace('"', '""') if quoted else text
