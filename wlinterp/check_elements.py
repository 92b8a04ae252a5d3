"""`wl check` on a WINDEV element saved in text format (a window, page or report): each
code block analysed on its own, with the element's declarations and local procedures
visible in all of them, the names the file declares (its controls) known, and each
problem placed at the file's line and named by its block; native blocks (Swift,
JavaScript...) left out with a note. Also the parse error of any checked text as a
diagnostic (syntax_diagnostic), at the file's line.
"""
from __future__ import annotations

__all__ = ["check_blocks", "declaration_block", "name_blocks", "syntax_diagnostic",
           "unread_messages"]

import re

from .errors import WLError, WLSyntaxError, moved_line_references, source_lines
from .registry import Registry
from .semantics.analysis import analyze
from .semantics.diagnostics import Diagnostic
from .syntax import nodes as N
from .syntax.nesting import too_deep
from .syntax.parser import parse
from .syntax.winfile import CodeBlock, code_blocks, native_note

_NAME_KEY = re.compile(r"^\s*name : \"?([^\W\d]\w*)\"?\s*$", re.MULTILINE)


def syntax_diagnostic(exc: WLError, filename: str, source: str, line_offset: int = 0,
            col_offset: int = 0) -> Diagnostic:
    """A parse (or compile) error as a diagnostic, at the line of the original file."""
    line = exc.line + line_offset if exc.line else 1
    lines = source_lines(source)
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    message = moved_line_references(exc.message, lambda n: f"line {n + line_offset}")
    return Diagnostic("WL100", message, filename, line, (exc.column or 1) + col_offset, 1,
                      None, text)


def check_blocks(text: str, path: str, registry: Registry, shared: list[N.Program],
                  others: list[N.Program], analysis_file: str | None = None
                  ) -> tuple[list[Diagnostic], int]:
    """A window, page or report: each code block on its own, the file's names known, and
    the data files and items of the analysis beside it (as for a script); `others`: the
    shared programs but this file's own."""
    from .hfsql.names import data_beside, described_names
    data, described = data_beside(path, analysis_file)
    from .project.elements import elements_beside
    known = set(_NAME_KEY.findall(text)) | _SELF_WORDS | set(data) | elements_beside(path)
    diags: list[Diagnostic] = []
    from .project.messages import project_texts
    blocks = code_blocks(text, project_texts(path) if "<§@" in text else None)
    context, first = _element_context(blocks, path)
    here = others + [context]  # (a project file checked: its context stands for it, at
    # the blocks' own lines, so no constant is declared twice)
    from .project.linker import resolve_set_names, set_names
    sets = set_names(shared)  # `COL_Outils.Proc()` in a window's code
    for block in blocks:
        if block.language is not None:
            diags.append(native_diagnostic(block, path, text))
            continue
        for d in unread_messages(block.text, text, path, block.first_line):
            d.message += f" (in {block.name})"
            diags.append(d)
        try:
            program = parse(block.text, path)
        except WLSyntaxError as exc:
            d = syntax_diagnostic(exc, path, text, block.first_line - 1, block.indent)
            d.message += f" (in {block.name})"
            diags.append(d)
            continue
        try:
            program = resolve_set_names(program, sets)
            found = analyze(program, registry, shared=here,
                            known=known | described_names(program),
                            infer_data=not described).diagnostics
        except RecursionError:
            d = syntax_diagnostic(too_deep([program], path, block.text), path, text,
                        block.first_line - 1, block.indent)
            d.message += f" (in {block.name})"
            diags.append(d)
            continue
        # an event's RESULT value is the element's (`RENVOYER x` on closing: Open's); the
        # declarations are used by the other blocks
        dropped = ("WL108", "WL201", "WL202") if block is first else ("WL108",)
        found = [d for d in found if d.code not in dropped]
        for d in found:
            d.line += block.first_line - 1
            d.column += block.indent
            lines = source_lines(text)
            d.source_line = lines[d.line - 1] if 0 < d.line <= len(lines) else ""
            d.message += f" (in {block.name})"
            diags.append(d)
    return diags, len(blocks)


# The current window, page, control or report, by the words WINDEV gives them.
_SELF_WORDS = {"MaFenêtre", "MyWindow", "MaPage", "MyPage", "MonChamp", "MyControl",
               "MonEtat", "MonÉtat", "MyReport", "MaSource", "MySource", "MoiMême", "MySelf"}


def _element_context(blocks: list[CodeBlock], path: str) -> tuple[N.Program, CodeBlock | None]:
    """A window's (page's, report's) global declarations and local procedures, visible in
    each of its code blocks, and the declaration block: a WLanguage block of the element
    itself, of the blocks indented least (the IDE saves the controls, with their own code
    nested deeper, before the window's `code_elements`), told by its type
    (declaration_block).
    Their `PROCEDURE MaFenêtre(params)` header declares the window's parameters, which are
    then variables of the window like the others."""
    main: list[N.Stmt] = []
    procs: list[N.Procedure] = []
    first = declaration_block(blocks)
    for block in blocks:
        if block.language is not None:
            continue
        try:
            program = parse(block.text, path)
        except WLSyntaxError:
            continue
        if block is first and program.procedures and not program.main.stmts:
            head, *others = program.procedures
            main += [N.Decl(p.line, p.col, [(p.name, p.line, p.col)], p.type_text or "variant",
                            p.default) for p in head.params if not p.star]
            main += head.body.stmts
            procs += others
        else:
            if block is first:
                main += program.main.stmts
            procs += program.procedures
    return N.Program(N.Body(main), procs, filename=path), first


# The element types of a window's blocks that are not its declarations: its opening
# code (34), its closing code (2) and its local procedures (458752), as PC SOFT's example
# windows save them (their declaration block has no `type :` key).
_EVENT_KINDS = frozenset({2, 34, 458752})


def declaration_block(blocks: list[CodeBlock]) -> CodeBlock | None:
    """The element's declaration block among its own WLanguage blocks (neither a
    control's nor a procedure's, by the file's `controls :` / `procedures :` sections,
    and of those the least indented: not a menu option's): the first whose element type is not an
    event's or a procedure's when the file gives the blocks' types (none when the
    declarations are empty: the opening or closing code is not them), else the first."""
    own = [b for b in blocks if b.language is None]
    if not own:
        return None
    if any(b.section for b in own):  # the file says which blocks are controls' and
        own = [b for b in own if not b.section]  # procedures': the others are its own
    if not own:
        return None
    least = min(b.indent for b in own)  # (a menu option's code, `menu :` > `options :`,
    top = [b for b in own if b.indent == least]  # is nested deeper than the window's)
    if any(b.kind is not None for b in top):
        return next((b for b in top if b.kind not in _EVENT_KINDS), None)
    return top[0]


def native_diagnostic(block: CodeBlock, path: str, text: str) -> Diagnostic:
    """WL209: a block of native code (Swift, Java, JavaScript...), left out."""
    line = source_lines(text)[block.first_line - 1] if text else ""
    return Diagnostic("WL209", native_note(block), path, block.first_line, block.indent + 1,
                      source_line=line)


def unread_messages(code: str, text: str, path: str, first_line: int = 1) -> list[Diagnostic]:
    """WL218 at each `<§@...§>` multilingual message of `code` (a program, or a block
    starting at line `first_line` of the file `text`) whose text neither the file nor its
    project file holds: it stays the characters written, as `wl run` warns."""
    if "<§@" not in code:
        return []
    from .syntax.string_resources import unread_note, unread_places
    lines = source_lines(text)
    return [Diagnostic("WL218", unread_note(ref), path, line, column, len(ref),
                       source_line=lines[line - 1] if 0 < line <= len(lines) else "")
            for line, column, ref in unread_places(code, text, first_line)]


def name_blocks(diags: list[Diagnostic], text: str, path: str) -> None:
    """Say which element (procedure, method...) of a WINDEV file each problem is in; a
    native block (left out of the program) gets its WL209 note."""
    blocks = code_blocks(text)
    diags += [native_diagnostic(b, path, text) for b in blocks if b.language is not None]
    for d in diags:
        inside = [b for b in blocks if b.first_line <= d.line]
        if inside:
            d.message += f" (in {inside[-1].name})"
