"""CSV text cut into lines of fields, for CSVToArray (csv_arrays.py): RFC 4180's quoting
(a field starting with a quote runs to the closing one, `""` inside is a quote, line
breaks inside are kept), CR LF, LF or CR line ends, one final line break ignored.

A line without a quote is cut with str.split, and only a line holding one is read
character by character: the reader went through every character in Python, so 100,000
lines of four fields took about a second before the array was filled (docs/performance.md
"CSVToArray"). Both readings give the same fields (goldens arrays/csv_mixed_lines_en.wl,
csv_lignes_melangees_fr.wl; tests/stdlib/test_csv_parse.py).
"""
from __future__ import annotations

__all__ = ["parse_csv", "read_quoted_line"]

import re

_LINE_END = re.compile(r"[\r\n]")


def parse_csv(text: str, sep: str) -> list[list[str]] | None:
    """The lines of CSV `text` as lists of fields; None when a quote never closes."""
    rows: list[list[str]] = []
    i, n = 0, len(text)
    while i < n:
        found = _LINE_END.search(text, i)
        end = found.start() if found is not None else n
        if '"' not in text[i:end]:
            rows.append(text[i:end].split(sep))
            i = end + 2 if text.startswith("\r\n", end) else end + 1
            continue
        i = read_quoted_line(text, i, sep, rows)
        if i < 0:
            return None
    return rows


def read_quoted_line(text: str, i: int, sep: str, rows: list[list[str]]) -> int:
    """Read the line starting at `i` character by character and add its fields to `rows`
    (none for a text ending on an empty quoted field alone); where the next line starts,
    -1 when a quote never closes. Any line reads so, a line without a quote too: the test
    compares that reading with parse_csv's (tests/stdlib/test_csv_parse.py)."""
    row, i = _quoted_line(text, i, sep)
    if row is _UNCLOSED:
        return -1
    if row is not None:
        rows.append(row)
    return i


_UNCLOSED: list[str] = []


def _quoted_line(text: str, i: int, sep: str) -> tuple[list[str] | None, int]:
    """The line starting at `i` read character by character (it holds a quote), and
    where the next one starts: its fields; _UNCLOSED when a quote never closes; None
    when the text ends on a line holding nothing but an empty quoted field (`""`), which
    makes no line, as before."""
    row: list[str] = []
    field: list[str] = []
    n, quoted = len(text), False
    while i < n:
        c = text[i]
        if quoted:
            if c == '"' and text.startswith('"', i + 1):
                field.append('"')
                i += 2
                continue
            quoted = c != '"'
            if quoted:
                field.append(c)
            i += 1
        elif c == '"' and not field:
            quoted, i = True, i + 1
        elif text.startswith(sep, i):
            row.append("".join(field))
            field, i = [], i + len(sep)
        elif c in "\r\n":
            row.append("".join(field))
            return row, i + 2 if text.startswith("\r\n", i) else i + 1
        else:
            field.append(c)
            i += 1
    if quoted:
        return _UNCLOSED, n
    if field or row:
        row.append("".join(field))
        return row, n
    return None, n
