"""An element's string resources: `<§$000d§>` in the code of a text-format file.

The IDE keeps the texts a translator may change apart from the code: the code holds a
reference, `<§$` then the text's index in hexadecimal then `§>`, and the file ends with
the texts themselves, one per index and language:

    resources :
     string_res :
      strings :
       -
         text :
          en-GB : French Francs
         index : 1

A reference whose text the file holds is read as that text (a string literal, in the
first language the file gives for it: docs/semantics.md, "String resources"); any other
`<§...§>` (`<§@...§>`, the project's resources, kept in files of their own) stays as it
is written.
"""
from __future__ import annotations

__all__ = ["string_resources", "with_resources"]

import re

from ..lazy_regex import lazy_compile

_REFERENCE = lazy_compile(r"<§\$([0-9A-Fa-f]+)§>")
_KEY = re.compile(r"^( *)([\w-]+) :(?: (.*))?$")


def string_resources(text: str) -> dict[int, str]:
    """index -> text of the file's `resources : string_res : strings :` list."""
    at = text.find("\nresources :")
    if at < 0 or "string_res" not in text[at:]:
        return {}
    out: dict[int, str] = {}
    value: str | None = None
    lines = text[at + 1:].splitlines()
    k = 0
    while k < len(lines):
        m = _KEY.match(lines[k])
        k += 1
        if m is None:
            continue
        indent, key, rest = len(m.group(1)), m.group(2), (m.group(3) or "").strip()
        if key == "text" and not rest:
            value = None
        elif key == "index" and rest.isdigit() and value is not None:
            out.setdefault(int(rest), value)
        elif value is None and "-" in key and rest:  # `en-GB : text`, the first language
            value, k = _value(rest, lines, k, indent)
    return out


def _value(rest: str, lines: list[str], k: int, indent: int) -> tuple[str, int]:
    """A language's text: on its line (quoted or not), or the lines of a `|1+` block
    below it; returns it and the index of the line after it."""
    if rest.startswith("|"):
        body: list[str] = []
        while k < len(lines) and (not lines[k].strip()
                                  or len(lines[k]) - len(lines[k].lstrip(" ")) > indent):
            body.append(lines[k][indent + 1:])
            k += 1
        while body and not body[-1].strip():
            body.pop()
        return "\r\n".join(body), k
    if len(rest) >= 2 and rest[0] == rest[-1] == '"':
        rest = rest[1:-1].replace('\\"', '"')
    return rest, k


def with_resources(code: str, table: dict[int, str]) -> str:
    """The code with each reference the table holds written as a string literal."""
    def literal(m: re.Match[str]) -> str:
        value = table.get(int(m.group(1), 16))
        if value is None:
            return m.group(0)
        parts = ['"' + p.replace('"', '""') + '"' for p in value.split("\r\n")]
        return parts[0] if len(parts) == 1 else "(" + " + CR + ".join(parts) + ")"
    return _REFERENCE.sub(literal, code)
