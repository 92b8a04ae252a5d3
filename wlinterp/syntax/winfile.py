"""WINDEV/WEBDEV text-format files (.wdg .wdc .wdw .wdp .wde .wwh ...): the WLanguage code
they hold.

Since version 2023 the IDE can save projects as YAML-like text; each procedure, method,
event or declaration is a block scalar under a `code : |1+` (or `|1-`) key, indented one
column deeper than the key, with `name : ...` beside it. `code_blocks` finds the blocks
with their position in the file, so that `wl check` reports errors at the line of the
original file.
"""
from __future__ import annotations

__all__ = ["CodeBlock", "code_blocks", "is_windev_file", "WINDEV_SUFFIXES"]

import re
from dataclasses import dataclass

WINDEV_SUFFIXES = (".wdg", ".wdc", ".wdw", ".wdp", ".wde", ".wwh", ".wdt", ".wdr", ".wpw",
                   ".wwp", ".wdq", ".wdi")
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


_PROC_HEADER = re.compile(r"^(\s*)(procedure|procédure|procedure|fonction|function)\s+",
                          re.IGNORECASE)
_RUNNABLE = (".wdg", ".wdc")


def program_source(text: str, path: str) -> str:
    """A runnable program from a procedure set (.wdg) or a class (.wdc), every code line at
    its original line and column, so errors point into the original file.

    A class's methods become `PROCEDURE Class::Method`. Other files (windows, pages,
    reports) hold event code that needs the IDE's controls: they are refused.
    """
    lower = path.lower()
    if not lower.endswith(_RUNNABLE):
        raise ValueError(f"{path}: only procedure sets (.wdg) and classes (.wdc) can be run; "
                         f"use 'wl check' for windows, pages and reports")
    blocks = code_blocks(text)
    lines: list[str] = [""] * (len(text.splitlines()) + 1)
    owner = _class_name(blocks) if lower.endswith(".wdc") else None
    for n, block in enumerate(blocks):
        body = block.text.splitlines()
        if owner is not None and n > 0 and body:
            body[0] = _PROC_HEADER.sub(lambda m: f"{m.group(1)}{m.group(2)} {owner}::",
                                       body[0], count=1)
        for k, line in enumerate(body):
            lines[block.first_line - 1 + k] = " " * block.indent + line
    return "\n".join(lines) + "\n"


def _class_name(blocks: list[CodeBlock]) -> str | None:
    """The class a .wdc file declares (`Name is a Class` in its first block)."""
    if not blocks:
        return None
    m = re.match(r"\s*([^\W\d]\w*)\s+(is|est)\b", blocks[0].text, re.IGNORECASE)
    return m.group(1) if m else None
