"""Golden-test harness: a `.wl` program states its expected output in comments.

- `// expect: TEXT`          the next line of stdout is TEXT;
- `// expect stderr: TEXT`   the next line of stderr (Error/Warning output) is TEXT;
- `// expect error: TEXT`    the program stops with an uncaught error whose message
  contains TEXT; if the comment follows code on the same line, the error must be
  reported at that line. Syntax errors and runtime errors both count.
Compile warnings (undeclared variables) are not compared; tests/core checks them.
Each program runs with fTempPath/fTempFile in a folder of its own, and a file it leaves
there is a failure: a golden cleans up after itself (the machine's /tmp was filling with
what some left), and goldens run at once cannot meet there.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field

from wlinterp.engine import run_source
from wlinterp.errors import WLError

_EXPECT = re.compile(r"//\s*expect(?P<kind> stderr| error)?:\s?(?P<text>.*)$")


@dataclass
class Expectations:
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    error: str | None = None
    error_line: int | None = None


def read_expectations(text: str) -> Expectations:
    exp = Expectations()
    for number, line in enumerate(text.splitlines(), 1):
        m = _EXPECT.search(line)
        if not m:
            continue
        kind, value = (m.group("kind") or "").strip(), m.group("text").rstrip()
        if kind == "stderr":
            exp.stderr.append(value)
        elif kind == "error":
            exp.error = value
            exp.error_line = number if line[:m.start()].strip() else None
        else:
            exp.stdout.append(value)
    return exp


def run_golden(text: str, name: str, options: dict | None = None) -> list[str]:
    """Run a golden program in a temporary folder of its own; return a list of mismatch
    descriptions (empty = pass), a file left in that folder among them."""
    before, folder = tempfile.tempdir, tempfile.mkdtemp(prefix="wl-golden-")
    tempfile.tempdir = folder
    try:
        problems = _compare(text, name, options)
    finally:
        tempfile.tempdir = before
        left = sorted(os.listdir(folder))
        shutil.rmtree(folder, ignore_errors=True)
    if left:
        problems.append(f"left in the temporary folder: {', '.join(left[:5])}")
    return problems


def _compare(text: str, name: str, options: dict | None) -> list[str]:
    """Run the program; its output and outcome against its expectations."""
    exp = read_expectations(text)
    out, err = io.StringIO(), io.StringIO()
    problems: list[str] = []
    raised: WLError | None = None
    try:
        run_source(text, name, stdout=out, stderr=err, options=options or {})
    except WLError as e:
        raised = e
    got_out = out.getvalue().splitlines()
    got_err = [l for l in err.getvalue().splitlines()
               if ": warning: " not in l and not l.startswith("    ")]
    if got_out != exp.stdout:
        problems.append(f"stdout: expected {exp.stdout!r}\n            got {got_out!r}")
    if exp.stderr and got_err != exp.stderr:
        problems.append(f"stderr: expected {exp.stderr!r}\n            got {got_err!r}")
    if exp.error is None and raised is not None:
        problems.append(f"unexpected error: {raised}")
    if exp.error is not None:
        if raised is None:
            problems.append(f"expected error containing {exp.error!r}, none raised")
        else:
            if exp.error not in raised.message:
                problems.append(f"error message: expected {exp.error!r} in {raised.message!r}")
            if exp.error_line is not None and raised.line != exp.error_line:
                problems.append(f"error line: expected {exp.error_line}, got {raised.line}")
    return problems
