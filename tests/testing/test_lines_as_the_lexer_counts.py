"""`wl test`'s expectations, its compile report and a project's file layout number lines
as the lexer does (CR LF, CR or LF only: errors.source_lines). `str.splitlines` also cut
at U+2028, FF, NEL..., so after a comment holding one each expectation was read a line
low, and a compile problem quoted the line above its own; a file saved with lone CRs
counted one line in the project's layout (ParsedFile.lines counted only LF)."""
from __future__ import annotations

from wlinterp.errors import source_lines
from wlinterp.project.linker import Layout, ParsedFile
from wlinterp.project.sources import SourceFile
from wlinterp.semantics.diagnostics import Diagnostic
from wlinterp.syntax import nodes as N
from wlinterp.testing.compile_report import _at_its_file
from wlinterp.testing.expectations import read_expectations

_TEXT = "// a note\u2028with a line separator\nn is int = 1 / 0 // expect error: Division\n"


def test_expectations_are_numbered_as_the_lexer_numbers_lines() -> None:
    exp = read_expectations(_TEXT)
    assert exp.error is not None and exp.error.line == 2  # (splitlines said 3)


def test_a_compile_problem_quotes_its_own_line() -> None:
    src = SourceFile("case.wl", _TEXT, _TEXT, "script")
    layout = Layout([ParsedFile(src, 0, N.Program(N.Body([])))], "<virtual>")
    d = Diagnostic("WL113", "Division by zero", "<virtual>", 2, 14, 1, None, "", False)
    moved = _at_its_file(d, layout)
    assert (moved.filename, moved.line) == ("case.wl", 2)
    assert moved.source_line == "n is int = 1 / 0 // expect error: Division"


def test_a_file_of_lone_carriage_returns_counts_its_lines() -> None:
    text = "PROCEDURE P()\r\rRESULT 1\r"
    src = SourceFile("helpers.wl", text, text, "procedures")
    parsed = ParsedFile(src, 0, N.Program(N.Body([])))
    assert parsed.lines == len(source_lines(text)) == 4  # (it counted 1)
