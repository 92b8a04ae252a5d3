r"""`EXTERN "constants.wl"` / `EXTERNE ".\zzW\Z\autres.wl"`: the text of the file inserted at
that line (VERIFIED ?1511013, syntax 1: "Include a text file containing WLanguage
commands"; the page allows it in the project's initialization code, a window's or page's
global declarations and a class's declaration code: the main code here).

The included file is parsed on its own, its lines placed after the including file's own
lines in the program's combined numbering (as the linker places each file of a project:
positions stay unique, and an error there is turned back into the included file's own
`file:line:col`); its main code's statements are spliced into the including main code at
the EXTERN line, its procedures join the program's. A file it includes is included the
same way; a file including itself, directly or through others, is refused in words at the
EXTERN line (WL100, and the run's compile error), as a file that is nowhere. Where it is
looked for: semantics/extern_files.py (`\` read as `/`, relative to the including file's
folder, then the folders above it up to the project's; a subfolder too).

An EXTERN "file" line inside a procedure, or in code without a file (standard input, the
REPL), is refused by semantics/extern_files.py.
"""
from __future__ import annotations

__all__ = ["Included", "include_externs", "included_paths", "relocate_diagnostics"]

import os
from functools import partial
from typing import Any

from ..errors import WLSyntaxError, moved_line_references, source_lines
from ..records import record
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.tree_copy import with_fields

_MAX_DEPTH = 32  # files included through one another: deeper is refused (a runaway chain)
_CYCLE_HINT = ("an included file may not include, itself or through another, the file "
               "that includes it")
_SECTION_HINT = "move the section to a procedure of that file"
_TWICE_HINT = "remove this line: what the file declares is known from its first inclusion on"


@record
class Included:
    """One file included by EXTERN: its path as shown, its text, where its line 1 is in
    the combined numbering (`offset` + 1) and how many lines it takes."""

    path: str
    raw: str
    offset: int
    lines: int

    def holds(self, line: int) -> bool:
        return self.offset < line <= self.offset + self.lines

    def own_line(self, line: int) -> str:
        """The text of the combined line `line` in this file."""
        found = source_lines(self.raw)
        k = line - self.offset
        return found[k - 1] if 0 < k <= len(found) else ""


Problem = tuple[int, int, int, str, str]  # combined line, column, length, message, hint


def include_externs(program: N.Program, text: str, path: str, offset: int = 0,
                    virtual: str | None = None
                    ) -> tuple[N.Program, list[Included]]:
    """`program` (parsed from `text`, the file at `path`, as if after `offset` lines, under
    the name `virtual`) with the files its main code's EXTERN lines name inserted at those
    lines, and the files included (every level, in order). A program with no EXTERN "file"
    line is returned as it is. A syntax error of an included file is raised at that file's
    own line."""
    if "extern" not in text.lower() or path.startswith("<"):
        return program, []  # (standard input, the REPL: no folder, semantics/extern_files.py)
    included: list[Included] = []
    problems: list[Problem] = []
    handled: list[int] = []
    first = offset + len(source_lines(text))
    real = os.path.realpath(path) if not path.startswith("<") else ""
    program = _include(program, text, path, offset, virtual or program.filename, [real],
                       [first], included, problems, handled, {})
    if not handled:
        return program, included
    return with_fields(program, {"extern_problems": program.extern_problems + problems,
                                 "extern_lines": program.extern_lines + handled}), included


def _include(program: N.Program, text: str, path: str, offset: int, virtual: str,
             chain: list[str], end: list[int], included: list[Included],
             problems: list[Problem], handled: list[int], seen: dict[str, int]
             ) -> N.Program:
    """`program` with its main-code EXTERN files spliced in; `end[0]`: the next free
    combined line, where the next included file goes; `seen`: each file's real path ->
    the (combined) line of the EXTERN that included it first."""
    from ..semantics.extern_files import extern_lines, found_file
    folder = os.path.dirname(os.path.abspath(path)) if not path.startswith("<") else ""
    first_proc = min((p.line for p in program.procedures), default=None)
    stmts = list(program.main.stmts)
    procedures = list(program.procedures)
    ended = list(program.ended)
    indirection = program.uses_indirection
    parts: list[tuple[int, list[N.Stmt]]] = []  # (EXTERN line, statements) in order
    for word, name_tok in extern_lines(text, path):
        line = word.line + offset
        if first_proc is not None and line >= first_proc:
            continue  # (in a procedure: extern_files.py's rules)
        name = name_tok.value
        where = found_file(name, folder) if name.strip() else None
        if where is None:
            continue  # (extern_files.py: no such file; WINDEV's own files not needed)
        handled.append(line)
        place = (line, word.column, name_tok.end_pos - word.start_pos)
        real = os.path.realpath(where)
        if real in chain:
            problems.append((*place, _cycle(word.value, name, chain, real), _CYCLE_HINT))
            continue
        if len(chain) > _MAX_DEPTH:
            problems.append((*place, (f"{word.value} \"{name}\": files included through "
                             f"{_MAX_DEPTH} others: the chain is refused as too deep"),
                             "include the files from fewer levels"))
            continue
        sub, sub_text = _parse_included(where, end[0], virtual)
        if real in seen and _declares(sub):
            problems.append((*place, _twice(word.value, name, seen[real]), _TWICE_HINT))
            continue
        seen.setdefault(real, line)
        entry = Included(_shown(where), sub_text, end[0], len(source_lines(sub_text)))
        included.append(entry)
        end[0] += entry.lines
        sub = _include(sub, sub_text, where, entry.offset, virtual, chain + [real], end,
                       included, problems, handled, seen)
        if sub.main.on_error is not None or sub.main.on_exception is not None \
                or sub.main.on_end is not None:
            words = (f"{word.value} \"{name}\": its main code has a CASE ERROR, CASE "
                     f"EXCEPTION or closing section, which cannot be inserted at this line")
            problems.append((*place, words, _SECTION_HINT))
        parts.append((line, list(sub.main.stmts)))
        procedures.extend(sub.procedures)
        ended.extend(sub.ended)
        indirection = indirection or sub.uses_indirection
        problems.extend(sub.extern_problems)
        handled.extend(sub.extern_lines)
    if not parts:
        return program
    for line, spliced in parts:
        if not _splice(stmts, line, spliced):  # (the parser keeps a Label for each line)
            stmts[:] = [s for s in stmts if s.line < line] + spliced + [
                s for s in stmts if s.line >= line]
    main = N.Body(stmts, program.main.on_error, program.main.on_exception,
                  program.main.on_end)
    return with_fields(program, {"main": main, "procedures": procedures, "ended": ended,
                                 "uses_indirection": indirection,
                                 "source": _combined(program.source or text, offset,
                                                     included)})


def _parse_included(where: str, offset: int, virtual: str) -> tuple[N.Program, str]:
    """The included file parsed after `offset` lines under the name `virtual`, and its
    text; a syntax error there is raised at the file's own line."""
    from ..source_text import read_source
    from ..syntax.parser import parse
    text = read_source(where)
    try:
        return parse("\n" * offset + text, virtual), text
    except WLSyntaxError as err:
        if err.filename == virtual and err.line > offset:
            err.filename, err.line, err.source = _shown(where), err.line - offset, text
        raise


def _combined(source: str, offset: int, included: list[Included]) -> str:
    """The program's text with each included file's text at its lines (the reporter and
    the compiler read a line's text from the program's)."""
    lines = source_lines(source)
    if offset and len(lines) < offset:  # (a file parsed alone: its lines start at 1)
        lines = [""] * offset + lines
    for inc in sorted(included, key=lambda i: i.offset):
        if inc.offset < len(lines):
            continue  # (already placed: an outer level's text)
        lines.extend([""] * (inc.offset - len(lines)))
        lines.extend(source_lines(inc.raw))
    return "\n".join(lines)


def _splice(stmts: list[N.Stmt], line: int, spliced: list[N.Stmt]) -> bool:
    """Put `spliced` in the place of the EXTERN line's statement (a Label the parser keeps
    for it) of line `line`, in `stmts` or a block nested in them (an IF's, a loop's:
    the text is inserted where the line is); the lists of the tree just parsed are
    changed in place. False when no statement stands for the line."""
    from ..syntax.walk import blocks
    from ..syntax.words import EXTERN_WORDS
    for i, s in enumerate(stmts):
        if type(s) is N.Label and s.line == line and fold(s.name) in EXTERN_WORDS:
            stmts[i:i + 1] = spliced
            return True
        if s.line <= line and any(inner[0].line <= line and _splice(inner, line, spliced)
                                  for inner in blocks(s)):
            return True
    return False


def _declares(program: N.Program) -> bool:
    """Does the included file declare anything (a procedure, a variable, a constant, a
    structure, a class, an enumeration) in its main code or its procedures?"""
    return bool(program.procedures) or any(
        isinstance(s, _DECLARING) for s in program.main.stmts)


_DECLARING = (N.Decl, N.ConstDecl, N.StructDecl, N.EnumDecl)


def _twice(word: str, name: str, first: int) -> str:
    """The words for a file the program includes a second time (*decided*, docs/semantics.md
    "A file included twice")."""
    return (f"{word} \"{name}\": the file is already included (its first EXTERN is at line "
            f"{first}): included again, everything it declares would be declared twice")


def _cycle(word: str, name: str, chain: list[str], real: str) -> str:
    """The words for an inclusion cycle: the files, from the one included again."""
    names = [os.path.basename(p) for p in chain[chain.index(real):]]
    loop = " -> ".join(names + [os.path.basename(real)])
    return (f"{word} \"{name}\": the file includes itself ({loop}): an inclusion cycle "
            f"never ends")


def _shown(path: str) -> str:
    from ..paths import shown_path
    return shown_path(path)


def relocate_diagnostics(diags: list[Any], included: list[Included]) -> None:
    """Each diagnostic at a line of an included file moved to that file's own line, name
    and text (`wl check`: the program's numbering puts them after the file's own lines);
    the lines their words name (`first declared at line 12`) too."""
    for d in diags if included else ():
        inc = _holding(included, d.line)
        here = inc.path if inc is not None else d.filename
        place = partial(_place, included, d.filename, here)
        d.message = moved_line_references(d.message, place)
        if d.hint:
            d.hint = moved_line_references(d.hint, place)
        if inc is not None:
            d.source_line = inc.own_line(d.line)
            d.filename, d.line = here, d.line - inc.offset


def _holding(included: list[Included], line: int) -> Included | None:
    """The included file whose lines hold the combined `line`, else None."""
    return next((i for i in included if i.holds(line)), None)


def _place(included: list[Included], program: str, here: str, line: int) -> str:
    """A combined line named in a diagnostic's words, as `line N` in the file `here` the
    diagnostic is in, `FILE:N` in another (`program`: the including file's name)."""
    inc = _holding(included, line)
    path, own = (inc.path, line - inc.offset) if inc is not None else (program, line)
    return f"line {own}" if path == here else f"{path}:{own}"


def included_paths(included: list[Included]) -> set[str]:
    """The real paths of the included files (not loaded again as files of their own)."""
    return {os.path.realpath(i.path) for i in included}
