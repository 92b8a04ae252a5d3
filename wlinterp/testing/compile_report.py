"""What `wl check` finds in the code a test runs, said by `wl test` (docs/testing.md):
the compile warnings `wl run` prints (an undeclared name WL101, a variable of another
type given to a parameter WL116, code after RETURN WL203, an INTERNAL PROCEDURE without
END WL219, a zombie procedure WL221...) in `wl run`'s words, and the other errors of
the semantic pass (an unknown procedure WL102, a wrong number of arguments WL104, a
structure used as a number WL113...) in `wl check`'s, each at its own file:line:col
with the line and a caret. The cases still run, as `wl run` runs such code: an error
the run reaches stops it there.
"""
from __future__ import annotations

__all__ = ["compile_problems"]

from typing import Any

from ..errors import source_lines


def compile_problems(linked: Any) -> list[str]:
    """The texts to print for the linked program `linked` (project.program.Linked), each
    at the file and line of its own file (the program is the files put together)."""
    from ..semantics.analysis import CALL_WARNINGS, RUN_WARNINGS
    from ..semantics.diagnostics import select
    from ..semantics.report import format_text
    compiled, layout = linked.compiled, linked.layout
    shown = [layout.relocate_warning(text) for code, text in  # (CALL_WARNINGS: as errors)
             zip(compiled.warning_codes, compiled.warnings) if code not in CALL_WARNINGS]
    for d in select(list(compiled.diagnostics), compiled.source):
        if d.severity.value == "error" and d.code not in RUN_WARNINGS:
            shown.append(format_text(_at_its_file(d, layout)))
    return shown


def _at_its_file(d: Any, layout: Any) -> Any:
    """`d` at the file and line it comes from, with that file's line as written."""
    from ..semantics.diagnostics import Diagnostic
    if d.filename != layout.virtual:
        return d
    src, line = layout.position(d.line)
    lines = source_lines(src.raw)  # (as the lexer counts: not at U+2028, FF...)
    written = lines[line - 1] if 0 < line <= len(lines) else d.source_line
    return Diagnostic(d.code, d.message, src.path, line, d.column, d.length, d.hint,
                      written, d.deferred)
