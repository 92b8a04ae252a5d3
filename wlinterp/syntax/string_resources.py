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
first language the file gives for it: docs/semantics.md, "String resources").

`<§R` then 16 hexadecimal digits, then `¤` language `¤` text for each language, then `§>`
is a text translated in place (PC SOFT's ExtensionProcedures example: `dt.ToString(<§R1364
e9ba00cc9b61¤en-GB¤MM-DD-AA HH:mm AP§>)`): it is read as the first language's text, as the
tables' texts are.

`<§@` then 16 hexadecimal digits then 4 more `§>` is an older multilingual message (the
"MessTranslate identifier" of WINDEV 26 and before): the identifier of the `string_res`
that holds it, then its index. An element's own messages carry its `string_res :
identifier :`; identifier 0 is the project's, in the project file (`.wdp`, `.wwp`). A
reference to texts the files read do not hold stays as it is written (`unread`).
"""
from __future__ import annotations

__all__ = ["language_text", "string_resources", "resource_tables", "unread", "unread_note",
           "unread_places",
           "with_resources"]

import re

from ..lazy_regex import lazy_compile
from .quoted_references import in_strings, in_texts, literal
from .stored_regex import stored_compile

_REFERENCE = lazy_compile(r"<§(?:\$([0-9A-Fa-f]+)|@([0-9A-Fa-f]{16})([0-9A-Fa-f]{4})"
                          r"|R[0-9A-Fa-f]{16}¤[^¤§]*¤((?:(?!§>)[^¤])*)(?:¤(?:(?!§>).)*)?)§>")
_KEY = stored_compile(r"^( *)([\w-]+) :(?: (.*))?$")
# the identifier of a file's `string_res` (`identifier : 0x3b8b5c017aca59da`)
_IDENTIFIER = lazy_compile(r"^ string_res :\r?\n  identifier : 0x([0-9A-Fa-f]+)[ \t\r]*$",
                           re.MULTILINE)

Tables = dict[int, dict[int, str]]  # a string_res identifier -> index -> text


def resource_tables(text: str) -> Tables:
    """The file's texts by its `string_res` identifier (none when it gives none: then
    only its `<§$...§>` references can be read, under the key -1)."""
    table = string_resources(text)
    if not table:
        return {}
    m = _IDENTIFIER.search(text, max(text.find("\nresources :"), 0))
    return {int(m.group(1), 16) if m else -1: table}


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
            value, k = language_text(rest, lines, k, indent)
    return out


def language_text(rest: str, lines: list[str], k: int, indent: int) -> tuple[str, int]:
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


def with_resources(code: str, table: dict[int, str], tables: Tables | None = None) -> str:
    """The code with each reference the tables hold written as a string literal:
    `<§$N§>` from the file's `table`, `<§@IN§>` from `tables[I]`; one inside a string
    literal as the text inside it, one inside a multi-line `[ ]` text as its characters
    (quoted_references.py)."""
    def text_of(m: re.Match[str]) -> str | None:
        return _text_of(m, table, tables or {})

    def standing(m: re.Match[str]) -> str:
        value = text_of(m)
        return m.group(0) if value is None else literal(value)
    code = in_texts(code, _REFERENCE, text_of)
    return _REFERENCE.sub(standing, in_strings(code, _REFERENCE, text_of))


def _text_of(m: re.Match[str], table: dict[int, str], tables: Tables) -> str | None:
    """The text a reference names, or None when the tables do not hold it. An inline
    text (`<§R` identifier `¤en-GB¤` text `§>`) holds its own, the first language's."""
    if m.group(4) is not None:
        return m.group(4)
    if m.group(1) is not None:
        return table.get(int(m.group(1), 16))
    return tables.get(int(m.group(2), 16), {}).get(int(m.group(3), 16))


_UNREAD = lazy_compile(r"<§(?:@[0-9A-Fa-f]{20}|\?[0-9A-Fa-f]{16})§>")


def unread(code: str) -> list[tuple[int, str]]:
    """Where (offset) the `<§@...§>` messages and `<§?...§>` dialogs left in `code` are,
    and each reference."""
    return [(m.start(), m.group(0)) for m in _UNREAD.finditer(code)]


def unread_places(code: str, raw: str, first_line: int = 1) -> list[tuple[int, int, str]]:
    """(line, column, reference) in the file `raw` of each `<§@...§>` message left in
    `code`, whose line 1 is the file's `first_line` (a program keeps its file's lines; a
    block of a window starts below its `code :` key): `wl run`'s warning and `wl
    check`'s WL218 name the same place."""
    raw_lines = raw.splitlines()
    places = []
    for offset, ref in unread(code):
        line = code.count("\n", 0, offset) + first_line
        column = raw_lines[line - 1].find(ref) + 1 if 0 < line <= len(raw_lines) else 0
        places.append((line, max(column, 1), ref))
    return places


def unread_note(ref: str) -> str:
    """What a `<§@...§>` or `<§?...§>` reference left unread stands for, and what is
    done with it."""
    if ref.startswith("<§?"):
        return (f"{ref} is a dialog box described with the Dialog wizard (its question and "
                "buttons are kept under 'resources : dialogs' of the element's file), not "
                "found: the reference's characters stand for its question")
    m = _REFERENCE.fullmatch(ref)
    ident, index = (int(m.group(2), 16), int(m.group(3), 16)) if m else (0, 0)
    owner, keeper = ("of the project", "the project file (.wdp, .wwp)") if not ident \
        else (f"of element 0x{ident:x}", "that element's file")
    return (f"{ref} is a multilingual message {owner} (index {index} of the texts "
            f"{keeper} keeps under 'resources : string_res'), not found: the reference's "
            "characters stand for its text")
