"""Expectations written in a test file's comments, and comparing a case's outcome to them.

    // expect: LINE                 the next line of stdout is LINE
    // expect error: MESSAGE        the case stops with an uncaught error containing MESSAGE
    // expect mail: Header: value   a message sent by the case has this header value
    // expect mail count: N         the case sent exactly N messages

A case's expectations are those of the file's main code (its fixture) plus those inside
its own test procedure; a file without test procedures is one case with them all.
"""
from __future__ import annotations

__all__ = ["Expect", "Expectations", "read_expectations", "within", "compare_lines"]

import difflib
import re
from dataclasses import dataclass, field

from ..errors import source_lines

_EXPECT = re.compile(r"//\s*expect(?P<kind> error| mail count| mail)?:\s?(?P<text>.*)$",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Expect:
    kind: str  # "", "error", "mail", "mail count"
    text: str
    line: int


@dataclass
class Expectations:
    stdout: list[Expect] = field(default_factory=list)
    error: Expect | None = None
    mail: list[Expect] = field(default_factory=list)
    mail_count: Expect | None = None
    # Every `expect error` / `expect mail count` line of the file, in order: a file's test
    # procedures each have their own, and `within` must find a procedure's one even when a
    # later procedure's line was read after it (only the last one was kept).
    all_errors: list[Expect] = field(default_factory=list)
    all_mail_counts: list[Expect] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.stdout or self.error or self.mail or self.mail_count)


def read_expectations(text: str, ranges: list[tuple[int, int]] | None = None) -> Expectations:
    """The expectations on lines inside `ranges` (inclusive line ranges; None = all)."""
    exp = Expectations()
    for number, line in enumerate(source_lines(text), 1):  # (numbered as the lexer does)
        if "expect" not in line:
            continue
        m = _EXPECT.search(line)
        if m is None or (ranges is not None and
                         not any(a <= number <= b for a, b in ranges)):
            continue
        kind = (m.group("kind") or "").strip().lower()
        item = Expect(kind, m.group("text").rstrip(), number)
        if kind == "error":
            exp.error = item
            exp.all_errors.append(item)
        elif kind == "mail":
            exp.mail.append(item)
        elif kind == "mail count":
            exp.mail_count = item
            exp.all_mail_counts.append(item)
        else:
            exp.stdout.append(item)
    return exp


def within(exp: Expectations, ranges: list[tuple[int, int]] | None) -> Expectations:
    """The part of a file's expectations on lines inside `ranges` (None = all)."""
    if ranges is None:
        return exp

    def keep(e: Expect) -> bool:
        return any(a <= e.line <= b for a, b in ranges)
    errors = [e for e in exp.all_errors if keep(e)]
    counts = [e for e in exp.all_mail_counts if keep(e)]
    return Expectations([e for e in exp.stdout if keep(e)], errors[-1] if errors else None,
                        [e for e in exp.mail if keep(e)], counts[-1] if counts else None,
                        errors, counts)


def compare_lines(expected: list[str], got: list[str], label: str) -> str | None:
    """None when equal, else a readable difference (a unified diff for long outputs)."""
    if expected == got:
        return None
    if len(expected) <= 1 and len(got) <= 1 and \
            max((len(x) for x in expected + got), default=0) <= 60:
        return (f"{label}\n    expected: {expected[0] if expected else '(nothing)'!s}\n"
                f"    got:      {got[0] if got else '(nothing)'!s}")
    diff = difflib.unified_diff(expected, got, "expected", "got", lineterm="", n=2)
    return label + "\n" + "\n".join("    " + d for d in diff)
