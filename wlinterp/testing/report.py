"""What `wl test` prints (progress, one block per failure, the summary line) and the
JUnit XML file CI servers read."""
from __future__ import annotations

__all__ = ["Reporter", "write_junit", "summary_line"]

import re
import sys
import xml.etree.ElementTree as ET
from typing import TextIO

from .engine import CaseResult


def summary_line(results: list[CaseResult], compile_errors: int, seconds: float,
                 not_run: int = 0) -> str:
    """`P passed, F failed[, N file(s) not compiled][, N not run]`. A case of a file that
    does not compile is failed: it printed an F, and a summary of "0 failed" under a row of
    Fs read as a green run (the files are counted apart too). `not_run`: the cases a
    Ctrl-C or SIGTERM left unrun."""
    passed = sum(r.outcome == "passed" for r in results)
    failed = len(results) - passed
    text = f"{passed} passed, {failed} failed"
    if compile_errors:
        text += f", {compile_errors} file(s) not compiled"
    if not_run:
        text += f", {not_run} not run"
    return text + f" in {seconds:.2f}s"


class Reporter:
    """-q: failures and the summary; default: a dot per case; -v: a line per case."""

    def __init__(self, verbosity: int = 0, out: TextIO | None = None) -> None:
        self.verbosity = verbosity
        self.out = out or sys.stdout
        self._dots = 0
        self._shown: set[str] = set()

    def case(self, result: CaseResult) -> None:
        if self.verbosity > 0:
            word = "PASSED" if result.outcome == "passed" else "FAILED"
            why = "does not compile" if result.compile_error \
                else f"{result.duration * 1000:.0f} ms"
            self.out.write(f"{result.id} {word} ({why})\n")
            for note in result.notes:
                self.out.write(f"    note: {note}\n")
        elif self.verbosity == 0:
            self.out.write("." if result.outcome == "passed" else "F")
            self._dots += 1
            if self._dots % 72 == 0:
                self.out.write("\n")
        self.out.flush()

    def compile_error(self, text: str) -> None:
        self._end_dots()
        self.out.write(text + "\n")

    def _end_dots(self) -> None:
        if self._dots % 72:
            self.out.write("\n")
        self._dots = 0

    def finish(self, results: list[CaseResult], compile_errors: int, seconds: float,
               not_run: int = 0) -> None:
        self._end_dots()
        failed = [r for r in results if r.outcome != "passed" and not r.compile_error]
        for r in results:
            if r.compile_error and r.problems[0] not in self._shown:
                self._shown.add(r.problems[0])
                self.out.write(r.problems[0] + "\n")
        for r in failed:
            self.out.write(f"\n___ {r.id} ___\n")
            for problem in r.problems:
                self.out.write(problem + "\n")
            if r.stdout and self.verbosity >= 0:
                self.out.write("--- stdout ---\n" + r.stdout
                               + ("" if r.stdout.endswith("\n") else "\n"))
        if failed:  # pytest's "short test summary info": the list that does not scroll away
            self.out.write("\n" + "".join(f"FAILED {r.id} - {_headline(r.problems)}\n"
                                           for r in failed))
        self.out.write(("\n" if failed else "")
                       + summary_line(results, compile_errors, seconds, not_run) + "\n")
        self.out.flush()


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold, even escaped (C0 controls, U+FFFE/U+FFFF, lone
surrogates)."""


def _xml_safe(text: str) -> str:
    """`text` with each character XML 1.0 cannot hold written `\\x01`, `\\uffff`: a
    compared value holding Charact(1) went into the report raw, and no CI server could
    read the file (ElementTree: "not well-formed (invalid token)")."""
    return _NOT_XML.sub(lambda m: (f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                   else f"\\u{ord(m.group()):04x}"), text)


def write_junit(path: str, results: list[CaseResult], compile_errors: list[str],
                seconds: float) -> None:
    """JUnit XML: one <testcase> per case (classname = file, name = case), each failed
    one a <failure> (a case of a file that does not compile too, as the summary counts
    it), and one <testcase name="compile"> with an <error> per file that does not
    compile; `tests` counts every <testcase>."""
    failures = sum(r.outcome != "passed" for r in results)
    suites = ET.Element("testsuites")
    suite = ET.SubElement(suites, "testsuite", name="wl test",
                          tests=str(len(results) + len(compile_errors)),
                          failures=str(failures), errors=str(len(compile_errors)), skipped="0",
                          time=f"{seconds:.3f}")
    safe = _xml_safe
    for r in results:
        case = ET.SubElement(suite, "testcase", classname=safe(r.file), name=safe(r.name),
                             file=safe(r.file), line=str(r.line), time=f"{r.duration:.3f}")
        if r.outcome != "passed":
            text = "\n\n".join(r.problems)
            failure = ET.SubElement(case, "failure", message=safe(_headline(r.problems)))
            failure.text = safe(text)
        if r.stdout:
            ET.SubElement(case, "system-out").text = safe(r.stdout)
    for text in compile_errors:
        case = ET.SubElement(suite, "testcase", classname=safe(text.split(":", 1)[0]),
                             name="compile")
        ET.SubElement(case, "error", message="does not compile").text = safe(text)
    ET.ElementTree(suites).write(path, encoding="utf-8", xml_declaration=True)


def _headline(problems: list[str]) -> str:
    """A failed case's JUnit `message` (what CI pages list): its first problem's first
    line, and for an uncaught error the error itself (`uncaught error: t.wl:3:7: error:
    Division by zero.`), as pytest gives an exception's text: it said "uncaught error"
    of every such case, whatever stopped it."""
    if not problems:
        return "failed"
    lines = problems[0].splitlines()
    if lines[0] == "uncaught error" and len(lines) > 1:
        return f"{lines[0]}: {lines[1].strip()}"
    return lines[0]
