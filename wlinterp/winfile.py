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
