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
           "is_text_format", "block_at", "NotTextFormatError", "native_language",
           "native_note", "project_declarations"]

import re

from ..records import record

from .hoist import main_mark
from .dialog_resources import dialog_texts, with_dialogs
from .string_resources import Tables, resource_tables, with_resources
from .suffixes import WINDEV_SUFFIXES, is_windev_file
from .winfile_classes import PROC_WORD, class_block, class_name, first_code_line, qualify_method

_CODE_KEY = re.compile(r"^( *)code : \|1([+-]?)\s*$")
_NAME_KEY = re.compile(r"^( *)name : (.*?)\s*$")


@record(frozen=True)  # (not a dataclass: `dataclasses` imports inspect, ast and dis)
class CodeBlock:
    """One piece of WLanguage: its text, where it starts in the file, and a name."""

    name: str
    text: str
    first_line: int  # 1-based line of the block's first code line in the file
    indent: int  # columns of indentation removed from every code line
    language: str | None = None  # native code (Swift, Java, JavaScript...): not run
    kind: int | None = None  # the element's `type :` beside the block (34: a window's
    # opening code, 2: its closing, 458752: a procedure...); None when the file gives none
    section: str = ""  # "controls" (a control's event), "procedures" (a procedure or
    # method), "" (the element's own code: declarations, its events), by the file's keys


def code_blocks(text: str, shared: Tables | None = None) -> list[CodeBlock]:
    """Every `code : |1+` block of a text-format file, in file order; the references to
    texts (`<§$000d§>`, `<§@...§>`) that the file or `shared` (the project file's texts)
    hold are read as those texts (string_resources.py)."""
    lines = text.splitlines()
    blocks: list[CodeBlock] = []
    parents: list[tuple[int, str]] = []  # the open `key :` sections, outermost first
    tables = resource_tables(text) if "<§" in text else {}
    dialogs = dialog_texts(text) if "<§?" in text else {}
    own = next(iter(tables.values()), {})
    if shared and "<§@" in text:
        tables = {**shared, **tables}
    i = 0
    while i < len(lines):
        m = _CODE_KEY.match(lines[i])
        if m is None:
            _open_section(parents, lines[i])
            i += 1
            continue
        key_indent = len(m.group(1))
        while parents and parents[-1][0] >= key_indent:
            parents.pop()
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
            code = "\n".join(body) + "\n"
            if tables or "<§R" in code:  # (an inline text needs no table)
                code = with_resources(code, own, tables)  # `<§$000d§>`: its text
            if dialogs:
                code = with_dialogs(code, dialogs)  # `Dialog(<§?...§>)`: the wizard's
            blocks.append(CodeBlock(_block_name(lines, i, key_indent), code, i + 2, indent,
                                    native_language(code, lines, i, key_indent),
                                    _block_kind(lines, j, key_indent), _section(parents)))
        i = j
    return blocks


_SECTION_KEY = re.compile(r"^( *)([A-Za-z_]\w*) :\s*$")
_SECTIONS = ("controls", "procedures")


def _open_section(parents: list[tuple[int, str]], line: str) -> None:
    """Follow the file's nesting: a `key :` line with nothing after it opens a section
    (`controls :`, `procedures :`, `p_codes :`...) that holds the lines indented deeper."""
    m = _SECTION_KEY.match(line)
    if m is None:
        return
    indent = len(m.group(1))
    while parents and parents[-1][0] >= indent:
        parents.pop()
    parents.append((indent, m.group(2)))


def _section(parents: list[tuple[int, str]]) -> str:
    """Which part of the element a block is in: the innermost of `controls` (a
    control's code) and `procedures` (local procedures, methods) above it, else ""."""
    return next((name for _, name in reversed(parents) if name in _SECTIONS), "")


# Native code a WINDEV file may hold beside WLanguage (browser JavaScript in WEBDEV,
# Swift/Objective-C and Java/Kotlin procedures in WINDEV Mobile, C# in .NET projects):
# the element's language, read from a `language`/`code_language` key when the file has
# one, else from the first significant line, which no WLanguage line can look like.
_LANGUAGE_KEY = re.compile(r"^( *)(?:code_)?lang(?:uage|age|ue)? : \"?(\w+)", re.IGNORECASE)
_NATIVE_LINES = [
    ("Swift", re.compile(r"(import (UIKit|Foundation|SwiftUI)\b|(public |private )?func \w+ *\(|"
                         r"@objc\b)")),
    ("Java", re.compile(r"(import (java|android|javax|kotlin)\.|package [\w.]+;|"
                        r"(public|private|protected) (static )?(final )?"
                        r"(?!(procedure|function|fonction|proc\w+dure)\b)[\w<>\[\]]+ \w+ *\()")),
    ("C#", re.compile(r"(using System[\w.]*;|namespace [\w.]+ *\{?$)")),
    ("JavaScript", re.compile(r"(function \w* *\([^)]*\) *\{|(var|const) \w+ *= .*;$|"
                              r"document\.(getElementById|querySelector|write|body|location)|"
                              r"console\.log\(|\$\()")),
]
_WL_LANGUAGES = {"wlanguage", "wlangage", "wl"}


def native_language(text: str, lines: list[str] | None = None, key_line: int = 0,
                    key_indent: int = 0) -> str | None:
    """The native language of a code block (None for WLanguage): a language key beside
    the block (`lines`, the block's `code :` key at `key_line`), else its first line that
    is not blank or a comment."""
    for k in range(key_line - 1, max(key_line - 12, -1), -1) if lines else ():
        m = _LANGUAGE_KEY.match(lines[k]) if lines is not None else None
        if m and len(m.group(1)) == key_indent:
            return None if m.group(2).lower() in _WL_LANGUAGES else m.group(2)
    first = next((ln.strip() for ln in text.splitlines()
                  if ln.strip() and not ln.strip().startswith(("//", "/*", "*"))), "")
    for language, pattern in _NATIVE_LINES:
        if pattern.match(first):
            return language
    return None


# A class's property is saved as one element per accessor, its code a plain method
# header (`PROCEDURE PUBLIC X()` / `PROCEDURE PUBLIC X(Value)`): the element's type
# says which accessor it is (seen in text-format .wdc files of WINDEV 29 projects).
_ACCESSORS = {1966080: "<get>", 2031616: "<set>"}
# The element types of procedures, methods, a constructor and a destructor, accessors:
# such a block is never read as declarations, whatever its first line.
_PROCEDURE_KINDS = frozenset({458752, 589824, 655360, *_ACCESSORS})


def native_note(block: "CodeBlock") -> str:
    """The note given for a skipped native block."""
    return (f"the code of {block.name} is {block.language}, not WLanguage: skipped "
            f"(wlinterp runs WLanguage only)")


_TYPE_KEY = re.compile(r"^( *)type : ([0-9]{1,18})\s*$")  # (longer: no WINDEV type code)


def _block_kind(lines: list[str], after: int, key_indent: int) -> int | None:
    """The `type : N` key of the block's element, among the keys (same indentation) that
    follow its code up to the next element (`-`) or the end of its parent."""
    for k in range(after, min(after + 12, len(lines))):
        line = lines[k]
        indent = len(line) - len(line.lstrip(" "))
        if not line.strip():
            continue
        if indent < key_indent or line.strip() == "-":
            return None
        m = _TYPE_KEY.match(line)
        if m and len(m.group(1)) == key_indent:
            return int(m.group(2))
    return None


def _block_name(lines: list[str], at: int, key_indent: int) -> str:
    """The name of the element the block belongs to: the `name :` key of the nearest
    element above it in the file's nesting (beside the block for a procedure, the
    control's for a control's event, the window's for its own code), looked for within
    200 lines; else the file's own name."""
    limit = key_indent + 1  # lines indented this much or more are not the block's parents
    for k in range(at - 1, max(at - 200, -1), -1):
        line = lines[k]
        indent = len(line) - len(line.lstrip(" "))
        if not line.strip() or indent >= limit:
            continue
        m = _NAME_KEY.match(line)
        if m:
            return m.group(2).strip('"')
        limit = indent + 1
    for line in lines[:10]:
        m = _NAME_KEY.match(line)
        if m:
            return m.group(2).strip('"')
    return "code"


_RUNNABLE = (".wdg", ".wdc")
_TOP_KEY = re.compile(r"^[A-Za-z_]\w* :( |\r?$)", re.MULTILINE)  # CRLF: as saved on Windows


class NotTextFormatError(ValueError):
    """A .wdg/.wdc that is not a text-format file (binary, or not WINDEV at all)."""


def is_text_format(text: str) -> bool:
    """Does `text` look like a WINDEV text-format file (YAML-like top-level keys, no NUL
    bytes)? Binary files of older IDE versions, or random bytes saved with a WINDEV suffix,
    do not; running them as an empty program would hide the mistake."""
    return "\x00" not in text and _TOP_KEY.search(text) is not None


def _not_text_reason(text: str) -> str:
    """Why is_text_format refused `text`: a file with its `key :` lines and one NUL was
    said to have "no 'key :' lines found", sending the reader to look for the wrong
    thing (a NUL is damage: a text-format file never holds one)."""
    nul = text.find("\x00")
    if nul >= 0 and _TOP_KEY.search(text) is not None:
        return f"a NUL character at line {text.count(chr(10), 0, nul) + 1}, which no text " \
               "file holds: a damaged or binary file"
    return "no 'key :' lines found"


def program_source(text: str, path: str, notes: list[tuple[int, str]] | None = None,
                   shared: Tables | None = None) -> str:
    """A runnable program from a procedure set (.wdg) or a class (.wdc), every code line at
    its original line and column, so errors point into the original file.

    A class's methods become `PROCEDURE Class::Method` (after any leading comments, such
    as the IDE's `// Summary:` header, and after modifiers such as PRIVATE). Other files
    (windows, pages, reports) hold event code that needs the IDE's controls: they are
    refused, and so is a file that is not in text format. Native blocks (Swift, Java,
    JavaScript...) are left out; `notes` receives (line, note) for each. `shared`: the
    project file's texts, for the file's `<§@...§>` references (project/messages.py).
    """
    lower = path.lower()
    if not lower.endswith(_RUNNABLE):
        raise ValueError(f"{path}: only procedure sets (.wdg) and classes (.wdc) can be run; "
                         f"use 'wl check' for windows, pages and reports")
    if not is_text_format(text):
        raise NotTextFormatError(
            f"{path}: not a WINDEV text-format file ({_not_text_reason(text)}); only files "
            f"saved by the IDE in text format (WINDEV 2023 and later) can be read")
    blocks = code_blocks(text, shared)
    lines: list[str] = [""] * (len(text.splitlines()) + 1)
    owner = class_name(blocks, text) if lower.endswith(".wdc") else None
    found = class_block(blocks) if owner is not None else None
    declaration = found[0] if found is not None else 0
    after_procedure = False
    for n, block in enumerate(blocks):
        if block.language is not None:  # native code: left out, with a note
            if notes is not None:
                notes.append((block.first_line, native_note(block)))
            continue
        body = block.text.splitlines()
        if owner is not None and n != declaration:
            qualify_method(body, owner, _ACCESSORS.get(block.kind or 0, ""))
        if not _is_procedure(body) and block.kind not in _PROCEDURE_KINDS:
            if after_procedure:  # declarations saved after procedures: read first
                lines[block.first_line - 2] = main_mark(len(body))
        else:
            after_procedure = True
        for k, line in enumerate(body):
            lines[block.first_line - 1 + k] = " " * block.indent + line
    return "\n".join(lines) + "\n"


def _is_procedure(body: list[str]) -> bool:
    """Does the block hold a procedure (its first line that is not blank or a comment
    starts with PROCEDURE / PROCÉDURE / FUNCTION)?"""
    k = first_code_line(body)
    return k is not None and PROC_WORD.match(body[k].split(None, 1)[0]) is not None


def project_declarations(text: str) -> str:
    """The code of a project file (.wdp) that the project's other elements see: its
    first WLanguage block, the project's initialization, where the IDE keeps the
    project's global variables and constants; at its original lines, the rest blank."""
    lines: list[str] = [""] * (len(text.splitlines()) + 1)
    block = next((b for b in code_blocks(text) if b.language is None), None)
    if block is not None:
        for k, line in enumerate(block.text.splitlines()):
            lines[block.first_line - 1 + k] = " " * block.indent + line
    return "\n".join(lines) + "\n"


def block_at(text: str, line: int) -> CodeBlock | None:
    """The code block holding `line` of a text-format file (to name the element that
    failed)."""
    for block in code_blocks(text):
        if block.first_line <= line < block.first_line + len(block.text.splitlines()):
            return block
    return None
