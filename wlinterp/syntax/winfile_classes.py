"""A class file's (.wdc) code, for winfile.py's program_source: the class's name (the
first `Name is [a] Class` line outside comments, else the element's own name) and each
method's PROCEDURE header written `PROCEDURE [modifiers] Class::Name`, with a property's
`<get>`/`<set>` after its parameters; where a block's first line of code is.
"""
from __future__ import annotations

__all__ = ["PROC_WORD", "class_block", "class_name", "first_code_line", "qualify_method"]

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .winfile import CodeBlock

PROC_WORD = re.compile(r"(procedure|proc[ée]dure|fonction|function)$", re.IGNORECASE)


def first_code_line(body: list[str]) -> int | None:
    """The index of the block's first line that is not blank nor a comment (`//` lines,
    and `/* ... */` spans: the IDE's summary header or a developer's note above a
    procedure's PROCEDURE line)."""
    inside = False
    for k, line in enumerate(body):
        stripped = line.strip()
        if inside:
            inside = "*/" not in stripped
            continue
        if stripped.startswith("/*"):
            inside = "*/" not in stripped[2:]
            continue
        if stripped and not stripped.startswith("//"):
            return k
    return None


def qualify_method(body: list[str], owner: str, accessor: str = "") -> None:
    """Turn the block's PROCEDURE header into `PROCEDURE [modifiers] Owner::Name`: the
    header is the first line that is not blank or a comment (first_code_line). `accessor` (`<get>`,
    `<set>`: a property's element) is written after the parameters' parenthesis."""
    from .names import fold
    from .words import PROC_MODIFIERS as _PROC_MODIFIERS
    k = first_code_line(body)
    if k is None:
        return
    words = re.findall(r"\S+|\s+", body[k])
    i = 0
    while i < len(words) and words[i].isspace():
        i += 1
    if i >= len(words) or not PROC_WORD.match(words[i]):
        return
    i += 1
    while i + 1 < len(words) and fold(words[i + 1]) in _PROC_MODIFIERS:
        i += 2
    if i + 1 < len(words) and "::" not in words[i + 1]:
        words[i + 1] = f"{owner}::{words[i + 1]}"
        body[k] = "".join(words)
    if accessor:
        body[k] = _with_accessor(body[k], accessor)


def _with_accessor(header: str, accessor: str) -> str:
    """`PROCEDURE C::X(v) : int` -> `PROCEDURE C::X(v) <set> : int` (the attribute goes
    before a return type); a header without parameters gets it at its end."""
    depth, quoted = 0, False
    start = header.find("(")
    if start < 0:
        code, sep, comment = header.partition("//")
        return f"{code.rstrip()} {accessor} {sep}{comment}".rstrip()
    for pos in range(start, len(header)):
        ch = header[pos]
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
            if depth == 0:
                return f"{header[:pos + 1]} {accessor}{header[pos + 1:]}"
    return header


_CLASS_LINE = re.compile(r"^[ \t]*([^\W\d]\w*)[ \t]+(?:is|est)[ \t]+(?:(?:an?|une?)[ \t]+)?"
                         r"class(?:e)?\b", re.IGNORECASE | re.MULTILINE)
_INFO_NAME = re.compile(r"^info :\r?\n(?: .*\n)*? name : \"?([^\W\d]\w*)\"?[ \t\r]*$",
                        re.MULTILINE)


def class_block(blocks: list[CodeBlock]) -> tuple[int, str] | None:
    """The block declaring the class of a .wdc file and the class's name: the first line
    `Name is [a] Class` / `Nom est une Classe` outside comments, whatever comes before it
    in its block (comments, a CONSTANT block, a structure, attributes...)."""
    for n, block in enumerate(blocks):
        if block.language is not None:
            continue
        m = _CLASS_LINE.search(_without_comments(block.text))
        if m:
            return n, m.group(1)
    return None


def _without_comments(code: str) -> str:
    """`code` with its comments blanked (`//` to the end of a line, `/* ... */`), lines
    kept; string literals are left alone (a `//` inside quotes is not a comment)."""
    code = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), code, flags=re.S)
    return re.sub(r'^((?:[^"\n/]|"[^"\n]*"|/(?!/))*)//[^\n]*', r"\1", code, flags=re.M)


def class_name(blocks: list[CodeBlock], text: str = "") -> str | None:
    """The class a .wdc file declares (see `class_block`); else the element's own name
    (`info : name :` at the top of the file), which is the class's."""
    found = class_block(blocks)
    if found is not None:
        return found[1]
    m = _INFO_NAME.search(text)
    return m.group(1) if m else None
