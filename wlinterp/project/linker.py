"""Linking several files into one program, and mapping positions back to the files.

Each file is parsed on its own, shifted to its own range of lines of a virtual combined
source (so positions stay unique), then the ASTs are merged: the main code of every file
(global declarations of sets, classes and libraries, then conftests, then the script)
runs first in a stable order, and every procedure joins one table. One compile gives
cross-file calls, by-reference parameters and types exactly as in a single file.
Errors and warnings carry combined lines; `Layout.relocate` turns them back into
`file:line` of the original file (naming the WINDEV element for text-format files).
"""
from __future__ import annotations

__all__ = ["Layout", "ParsedFile", "parse_file", "link", "original_name", "set_names",
           "resolve_set_names"]

import bisect
import os
import re
from ..records import field, record
from typing import Any

from ..errors import (WLError, WLRuntimeError, WLSyntaxError, format_warning, source_lines,
                      moved_line_references)
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.member_inits import hoist_member_inits
from ..syntax.file_class import as_file_class
from ..syntax.parser import parse
from ..syntax.tree_copy import with_fields
from .sources import SourceFile

_ORIGINAL = "{}__wl_original"


def original_name(name: str) -> str:
    """The hidden name a mocked project procedure keeps (reached as `WL.Name`)."""
    return _ORIGINAL.format(name)


@record
class ParsedFile:
    """A file parsed at a line offset of the combined source."""

    source: SourceFile
    offset: int
    program: N.Program
    # the files its EXTERN "file" lines insert (project/includes.py), placed after its own
    # lines: their errors are turned back into their own files' lines
    included: list[ParsedFile] = field(default_factory=list)

    @property
    def lines(self) -> int:
        """The lines the lexer counts in the file (CR LF, CR or LF: a file saved with lone
        CRs counted one line, and the next file's lines overlapped its own), and those of
        the files it includes."""
        return len(source_lines(self.source.text)) + sum(
            len(source_lines(f.source.text)) for f in self.included)


def parse_file(source: SourceFile, offset: int, virtual: str) -> ParsedFile:
    """Parse `source` as if it started after `offset` lines, the files its EXTERN lines
    name inserted; a syntax error is reported at its file's own line."""
    from .includes import include_externs
    try:
        program = as_file_class(parse("\n" * offset + source.text, virtual), source.path)
        program, included = include_externs(program, source.text, source.path, offset,
                                            virtual)
    except WLSyntaxError as err:
        Layout([ParsedFile(source, offset, N.Program(N.Body([])))], virtual).relocate(err)
        raise
    return ParsedFile(source, offset, program, [
        ParsedFile(SourceFile(i.path, i.raw, i.raw, source.kind), i.offset,
                   N.Program(N.Body([]))) for i in included])


def _with_included(files: list[ParsedFile]) -> list[ParsedFile]:
    """The files and those their EXTERN lines include, each at its place."""
    return [g for f in files for g in (f, *f.included)]


class Layout:
    """Which combined line belongs to which file."""

    def __init__(self, files: list[ParsedFile], virtual: str) -> None:
        self.files = sorted(_with_included(files), key=lambda f: f.offset)
        self.starts = [f.offset for f in self.files]
        self.virtual = virtual

    def position(self, line: int) -> tuple[SourceFile, int]:
        k = max(bisect.bisect_left(self.starts, line) - 1, 0)
        f = self.files[k]
        return f.source, line - f.offset

    def relocate(self, err: WLError) -> WLError:
        """Point `err` (its call chain, and the errors reported after it: a destructor's
        or a thread's at the end of the run) at the original file and line."""
        for later in getattr(err, "also", ()):
            self.relocate(later)
        if err.filename != self.virtual:
            return err
        if err.line <= 0:
            err.filename, err.source = self.files[-1].source.path, None
            return err
        src, line = self.position(err.line)
        err.filename, err.line, err.source = src.path, line, src.raw
        err.message = moved_line_references(err.message, lambda n: self._place(n, src))
        if isinstance(err, WLSyntaxError) and src.is_windev:
            from ..syntax.winfile import block_at
            block = block_at(src.raw, line)
            if block is not None and f"(in {block.name})" not in err.message:
                err.message += f" (in {block.name})"
                err.args = (err.message,)
        if isinstance(err, WLRuntimeError) and err.stack:
            err.stack = [self._relocate_entry(e, src.path) for e in err.stack]
        return err

    def _relocate_entry(self, entry: str, error_file: str) -> str:
        """`in procedure X, line N` at the file's line (naming the file when it is not
        the one the error is in)."""
        def repl(m: re.Match[str]) -> str:
            src, line = self.position(int(m.group(1)))
            return f"line {line}" + ("" if src.path == error_file else f" of {src.path}")
        return re.sub(r"line (\d+)$", repl, entry)

    def _place(self, combined: int, here: SourceFile) -> str:
        """A combined line as `line N` in the error's own file, `FILE:N` in another."""
        src, line = self.position(combined)
        if src.path == here.path:
            return f"line {line}"
        from ..paths import shown_path
        return f"{shown_path(src.path)}:{line}"

    def relocate_warning(self, text: str) -> str:
        """A compile warning formatted at a combined line, re-formatted at its file."""
        m = re.match(re.escape(self.virtual) + r":(\d+):(\d+): warning: (.*)", text)
        if m is None:
            return text
        src, line = self.position(int(m.group(1)))
        words = moved_line_references(m.group(3), lambda n: self._place(n, src))
        return format_warning(src.path, line, int(m.group(2)), words, src.raw)

    def location(self, line: int) -> tuple[str, int]:
        src, n = self.position(line)
        return src.path, n


def link(files: list[ParsedFile], virtual: str, mocked: set[str] | None = None) -> N.Program:
    """One program from parsed files (given in run order): mains concatenated, procedures
    merged; `Set.Name` resolved; procedures in `mocked` (folded names defined by a
    conftest) keep the project's original under a hidden name."""
    mocked = mocked or set()
    stmts: list[N.Stmt] = []
    procedures: list[N.Procedure] = []
    sets: dict[str, set[str]] = {}
    by_conftest: dict[str, int] = {}
    for f in files:
        stmts.extend(f.program.main.stmts)
        if f.source.kind in ("set", "library") or f.source.path.lower().endswith(".wdg"):
            sets[fold(f.source.element)] = _names_of(f.program)
        for p in f.program.procedures:
            if f.source.kind != "conftest" and p.owner is None and fold(p.name) in mocked:
                p = _renamed(p, original_name(p.name))
            if f.source.kind == "conftest" and p.owner is None:
                if fold(p.name) in by_conftest:  # a deeper conftest replaces an outer one's
                    procedures[by_conftest[fold(p.name)]] = p
                    continue
                by_conftest[fold(p.name)] = len(procedures)
            procedures.append(p)
    last = files[-1].program if files else N.Program(N.Body([]))
    main = N.Body(stmts, last.main.on_error, last.main.on_exception, last.main.on_end)
    program = N.Program(main, procedures, virtual, _combined_text(files),
                        any(f.program.uses_indirection for f in files),
                        [f.offset + 1 for f in files], files[-1].source.path if files else "")
    program.ended = [(line, col, header, ends - f.offset if ends else 0,  # (WL219: the
                      last - f.offset if last else 0)  # file's lines)
                     for f in files for line, col, header, ends, last in f.program.ended]
    program.extern_lines = [n for f in files for n in f.program.extern_lines]
    program.extern_problems = [p for f in files for p in f.program.extern_problems]
    program = _Rewriter(sets, mocked).visit(program)
    return hoist_member_inits(program)  # members whose class another file declares, in order


def _combined_text(files: list[ParsedFile]) -> str:
    """The combined source, each file's text at its offset: the compiler reads member
    attributes (`<serialize=false>`) from their line; errors are relocated to the files.
    Split at the lexer's line ends (source_lines): `str.splitlines` also cuts at U+2028,
    VT, FF, NEL..., so a comment holding one moved every later line one down, and a run's
    error quoted and placed on the wrong line (an internal error past the last line)."""
    lines: list[str] = []
    for f in sorted(_with_included(files), key=lambda f: f.offset):
        lines.extend([""] * max(f.offset - len(lines), 0))
        lines.extend(source_lines(f.source.text))
    return "\n".join(lines)


def _names_of(program: N.Program) -> set[str]:
    """Folded names a set offers: its procedures and its global declarations."""
    names = {fold(p.name) for p in program.procedures if p.owner is None}
    for s in program.main.stmts:
        if isinstance(s, N.Decl):
            names.update(fold(n[0]) if isinstance(n, tuple) else fold(n) for n in s.names)
        elif isinstance(s, N.ConstDecl):
            names.update(fold(item[0]) for item in s.items)
    return names


def set_names(programs: list[N.Program]) -> dict[str, set[str]]:
    """What `Set.Name` reaches among programs checked together: the names each procedure
    set (.wdg) or .wl library offers, under its element's name (a set's `name :` line,
    else the file's name: as `link` does for a run)."""
    from ..syntax.element_name import element_name_of
    sets: dict[str, set[str]] = {}
    for program in programs:
        path = program.filename or ""
        if path.lower().endswith(".wdg"):
            sets[fold(element_name_of(path))] = _names_of(program)
        elif path.lower().endswith(".wl"):
            sets[fold(os.path.splitext(os.path.basename(path))[0])] = _names_of(program)
    return sets


def resolve_set_names(program: N.Program, sets: dict[str, set[str]]) -> N.Program:
    """`program` with `pSet.Name` -> `Name` where Name belongs to the set (`wl check` sees
    the same names as `wl run`): a new tree where anything changed, `program` left as it
    was. A program whose text names none of the sets has nothing to rewrite: it is not
    walked (each file of a folder of `.wl` files names its own set, so `wl check` of the
    folder walked every tree, about a tenth of the check)."""
    if not sets or program.source and not _names_a_set(program.source, sets):
        return program
    return _Rewriter(sets, set()).visit(program)


def _names_a_set(source: str, sets: dict[str, set[str]]) -> bool:
    """Does the folded text hold the folded name of one of the sets? (`pSet.Name` writes
    it; a name found elsewhere, in a comment or a string, only costs the walk.)"""
    text = fold.__wrapped__(source)  # (not kept in fold's cache of names)
    return any(key in text for key in sets)


def _renamed(p: N.Procedure, name: str) -> N.Procedure:
    return N.Procedure(p.line, p.col, name, p.params, p.ret_type, p.body, p.internal, p.owner,
                       result_types=p.result_types)


class _Rewriter:
    """`pSet.Name` -> `Name` (when Name belongs to the set); `WL.Name(...)` -> the hidden
    original of a mocked project procedure.

    The parsed files' trees are kept between links (a project links them again for each
    test file, with other mocks) and the compiler's Facts are kept by a body's identity
    (semantics/facts.py): a rewrite copies each node, list and tuple on the way to a
    rewritten one and leaves the rest, and the parsed trees, as they were, so that no
    later link or kept answer sees this link's rewriting."""

    def __init__(self, sets: dict[str, set[str]], mocked: set[str]) -> None:
        self.sets = sets
        self.mocked = mocked
        # A lambda's procedure is in the tree twice (hoisted into its body's statements,
        # and still the Lambda's `proc`): each node is visited once, its result kept, or
        # lambdas nested n deep cost 2**n visits (20 deep ran for minutes)
        self.done: dict[int, Any] = {}

    def visit(self, node: Any) -> Any:
        if isinstance(node, (list, tuple)):  # (tuples: an IF's (condition, statements))
            items = [self.visit(item) for item in node]
            if all(a is b for a, b in zip(items, node)):
                return node
            return items if isinstance(node, list) else tuple(items)
        if not isinstance(node, N.Record):
            return node
        done = self.done.get(id(node))
        if done is not None:
            return done
        if isinstance(node, (N.BinOp, N.Logic)) and type(node.left) is type(node) \
                and id(node.left) not in self.done:
            self._operations_first(node)
        changed: dict[str, Any] = {}
        for f in N.fields(node):
            value = getattr(node, f.name)
            if isinstance(value, (list, tuple, N.Record)):
                new = self.visit(value)
                if new is not value:
                    changed[f.name] = new
        result = self.replace(with_fields(node, changed) if changed else node)
        self.done[id(node)] = result
        return result

    def _operations_first(self, node: N.BinOp | N.Logic) -> None:
        """Visit the operations on `node`'s left side, innermost first, so that each
        visit finds its left side done: a chain `n1 + n2 + ... + n1000` (or `a AND b AND
        ...`) visited by one recursion per term ran out of Python's stack ("nests too
        deeply")."""
        spine: list[N.BinOp | N.Logic] = []
        left: Any = node.left
        while type(left) is type(node) and id(left) not in self.done:
            spine.append(left)
            left = left.left
        for op in reversed(spine):
            self.visit(op)

    def replace(self, node: Any) -> Any:
        if not isinstance(node, N.Member) or not isinstance(node.obj, N.Name):
            return node
        owner, key = fold(node.obj.name), fold(node.name)
        if owner == "wl" and key in self.mocked:
            return N.Name(node.line, node.col, original_name(node.name))
        if key in self.sets.get(owner, ()):
            return N.Name(node.line, node.col, node.name)
        return node

