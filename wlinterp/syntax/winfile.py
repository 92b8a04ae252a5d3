"""WINDEV/WEBDEV text-format files (.wdg .wdc .wdw .wdp .wde .wwh ...): the WLanguage code
they hold.

Since version 2023 the IDE can save projects as YAML-like text; each procedure, method,
event or declaration is a block scalar under a `code : |1+` (or `|1-`) key, indented one
column deeper than the key, with `name : ...` beside it. `code_blocks` finds the blocks
with their position in the file, so that `wl check` reports errors at the line of the
original file.
"""
from __future__ import annotations

__all__ = ["CodeBlock", "code_blocks", "is_windev_file", "WINDEV_SUFFIXES", "program_source",
           "is_text_format", "block_at", "NotTextFormatError"]

import re
from dataclasses import dataclass

WINDEV_SUFFIXES = (".wdg", ".wdc", ".wdw", ".wdp", ".wde", ".wwh", ".wdt", ".wdr", ".wpw",
                   ".wwp", ".wdq", ".wdi", ".wwt")
_CODE_KEY = re.compile(r"^( *)code : \|1([+-]?)\s*$")
_NAME_KEY = re.compile(r"^( *)name : (.*?)\s*$")


@dataclass(frozen=True)
class CodeBlock:
    """One piece of WLanguage: its text, where it starts in the file, and a name."""

    name: str
    text: str
    first_line: int  # 1-based line of the block's first code line in the file
    indent: int  # columns of indentation removed from every code line


def is_windev_file(path: str) -> bool:
    return path.lower().endswith(WINDEV_SUFFIXES)


def code_blocks(text: str) -> list[CodeBlock]:
    """Every `code : |1+` block of a text-format file, in file order."""
    lines = text.splitlines()
    blocks: list[CodeBlock] = []
    i = 0
    while i < len(lines):
        m = _CODE_KEY.match(lines[i])
        if m is None:
            i += 1
            continue
        key_indent = len(m.group(1))
        indent = key_indent + 1
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            line = lines[j]
            if line.strip() and len(line) - len(line.lstrip(" ")) <= key_indent:
                break
            body.append(line[indent:] if line.startswith(" " * indent) else line.lstrip(" "))
            j += 1
        while body and not body[-1].strip():
            body.pop()
        if any(x.strip() for x in body):
            blocks.append(CodeBlock(_block_name(lines, i, key_indent), "\n".join(body) + "\n",
                                    i + 2, indent))
        i = j
    return blocks


def _block_name(lines: list[str], at: int, key_indent: int) -> str:
    """The `name :` beside the block (same indentation), else the file's own name."""
    for k in range(at - 1, max(at - 40, -1), -1):
        m = _NAME_KEY.match(lines[k])
        if m and len(m.group(1)) == key_indent:
            return m.group(2).strip('"')
        if lines[k].strip() == "-" and len(lines[k]) - len(lines[k].lstrip()) < key_indent:
            break
    for line in lines[:10]:
        m = _NAME_KEY.match(line)
        if m:
            return m.group(2).strip('"')
    return "code"


_PROC_WORD = re.compile(r"(procedure|proc[ée]dure|fonction|function)$", re.IGNORECASE)
_RUNNABLE = (".wdg", ".wdc")
_TOP_KEY = re.compile(r"^[A-Za-z_]\w* :( |$)", re.MULTILINE)


class NotTextFormatError(ValueError):
    """A .wdg/.wdc that is not a text-format file (binary, or not WINDEV at all)."""


def is_text_format(text: str) -> bool:
    """Does `text` look like a WINDEV text-format file (YAML-like top-level keys, no NUL
    bytes)? Binary files of older IDE versions, or random bytes saved with a WINDEV suffix,
    do not; running them as an empty program would hide the mistake."""
    return "\x00" not in text and _TOP_KEY.search(text) is not None


def program_source(text: str, path: str) -> str:
    """A runnable program from a procedure set (.wdg) or a class (.wdc), every code line at
    its original line and column, so errors point into the original file.

    A class's methods become `PROCEDURE Class::Method` (after any leading comments, such
    as the IDE's `// Summary:` header, and after modifiers such as PRIVATE). Other files
    (windows, pages, reports) hold event code that needs the IDE's controls: they are
    refused, and so is a file that is not in text format.
    """
    lower = path.lower()
    if not lower.endswith(_RUNNABLE):
        raise ValueError(f"{path}: only procedure sets (.wdg) and classes (.wdc) can be run; "
                         f"use 'wl check' for windows, pages and reports")
    if not is_text_format(text):
        raise NotTextFormatError(
            f"{path}: not a WINDEV text-format file (no 'key :' lines found); only files "
            f"saved by the IDE in text format (WINDEV 2023 and later) can be read")
    blocks = code_blocks(text)
    lines: list[str] = [""] * (len(text.splitlines()) + 1)
    owner = _class_name(blocks) if lower.endswith(".wdc") else None
    for n, block in enumerate(blocks):
        body = block.text.splitlines()
        if owner is not None and n > 0:
            _qualify_method(body, owner)
        for k, line in enumerate(body):
            lines[block.first_line - 1 + k] = " " * block.indent + line
    return "\n".join(lines) + "\n"


def _qualify_method(body: list[str], owner: str) -> None:
    """Turn the block's PROCEDURE header into `PROCEDURE [modifiers] Owner::Name`: the
    header is the first line that is not blank or a comment."""
    from .names import fold
    from .words import PROC_MODIFIERS as _PROC_MODIFIERS
    for k, line in enumerate(body):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        words = re.findall(r"\S+|\s+", line)
        i = 0
        while i < len(words) and words[i].isspace():
            i += 1
        if i >= len(words) or not _PROC_WORD.match(words[i]):
            return
        i += 1
        while i + 1 < len(words) and fold(words[i + 1]) in _PROC_MODIFIERS:
            i += 2
        if i + 1 < len(words) and "::" not in words[i + 1]:
            words[i + 1] = f"{owner}::{words[i + 1]}"
            body[k] = "".join(words)
        return


def block_at(text: str, line: int) -> CodeBlock | None:
    """The code block holding `line` of a text-format file (to name the element that
    failed)."""
    for block in code_blocks(text):
        if block.first_line <= line < block.first_line + len(block.text.splitlines()):
            return block
    return None


def _class_name(blocks: list[CodeBlock]) -> str | None:
    """The class a .wdc file declares (`Name is a Class` in its first block, after any
    comment lines)."""
    if not blocks:
        return None
    code = "\n".join(l for l in blocks[0].text.splitlines() if not l.strip().startswith("//"))
    m = re.match(r"\s*([^\W\d]\w*)\s+(is|est)\b", code, re.IGNORECASE)
    return m.group(1) if m else None
