"""Golden-test harness: a `.wl` program states its expected output in comments.

- `// expect: TEXT`          the next line of stdout is TEXT;
- `// expect stderr: TEXT`   the next line of stderr (Error/Warning output) is TEXT;
- `// expect error: TEXT`    the program stops with an uncaught error whose message
  contains TEXT; if the comment follows code on the same line, the error must be
  reported at that line. Syntax errors and runtime errors both count.
Compile warnings (undeclared variables) are not compared; tests/core checks them.

A golden runs as `wl run CASE.wl` runs it, so that it proves what a user sees: the
program is written alone into a folder of its own, that folder is the current folder,
and the project loader and linker of `wl run` (run_script) load and run it: neighbour
loading, END: / FIN: of the main code, the linker's checks (before, run_source ran the
text by another path, and a section the linker dropped passed here). Files a golden needs
beside it (a library of procedures, a file of globals) go into `CASE.files/`, copied
next to the program; they are no goldens of their own.
Each program runs with fTempPath/fTempFile in another folder of its own, and a file it
leaves there, or in its current folder, is a failure: a golden cleans up after itself
(the machine's /tmp was filling with what some left), and goldens run at once cannot
meet there.
A golden that sends mail states it with `// expect mail: Header: value` (a message it sent
has that header) or `// expect mail count: N`, as `wl test` cases do (docs/testing.md):
it then runs as `wl run --capture` runs it, every SMTP session, whatever host it names,
going to an embedded capture server (help-page examples naming smtp.gmail.com run as the
page writes them).
"""
from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field

from pathlib import Path

from wlinterp.errors import WLError, source_lines
from wlinterp.project import run_script
from wlinterp.testing.collect import TestCase
from wlinterp.testing.expectations import read_expectations as read_mail_expectations
from wlinterp.testing.mail import LazyCapture, check_mail

_EXPECT = re.compile(r"//\s*expect(?P<kind> stderr| error)?:\s?(?P<text>.*)$")


@dataclass
class Expectations:
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    error: str | None = None
    error_line: int | None = None


def read_expectations(text: str) -> Expectations:
    """The file's expectations, its lines numbered as the lexer numbers them (CR, LF or
    CR LF: `str.splitlines` also cuts at U+2028, FF..., which moved an error's line)."""
    exp = Expectations()
    for number, line in enumerate(source_lines(text), 1):
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


def companion_folder(path: Path) -> Path:
    """`CASE.files/` beside `CASE.wl`: the files its run needs beside it."""
    return path.with_name(path.stem + ".files")


def run_golden(text: str, name: str, options: dict | None = None,
               companions: Path | None = None) -> list[str]:
    """Run a golden program as `wl run` does, alone (with `companions`' files) in a
    folder of its own that is the current folder, fTempPath in another; return a list of
    mismatch descriptions (empty = pass), a file left in either folder among them."""
    before, folder = tempfile.tempdir, tempfile.mkdtemp(prefix="wl-golden-")
    home = tempfile.mkdtemp(prefix="wl-golden-run-")
    script = Path(home) / Path(name).name
    script.write_text(text, encoding="utf-8")
    if companions is not None and companions.is_dir():
        shutil.copytree(companions, home, dirs_exist_ok=True)
    there = set(os.listdir(home))
    cwd = os.getcwd()
    tempfile.tempdir = folder
    capture = _capture_for(text)
    try:
        os.chdir(home)
        problems = _compare(text, script.name, _with_capture(options, capture))
        if capture is not None:
            problems += check_mail(capture, 0, read_mail_expectations(text),
                                   TestCase(str(script), script.name, 1, None, None), False)
    finally:
        if capture is not None:
            capture.close()  # (its Maildir is in the temporary folder)
        os.chdir(cwd)
        tempfile.tempdir = before
        left = sorted(os.listdir(folder))
        left_beside = sorted(set(os.listdir(home)) - there)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)
    if left:
        problems.append(f"left in the temporary folder: {', '.join(left[:5])}")
    if left_beside:
        problems.append(f"left in the current folder: {', '.join(left_beside[:5])}")
    return problems


def _capture_for(text: str) -> LazyCapture | None:
    """A capture server for a golden that states the mail it sends, else None (started
    only when the program opens a session)."""
    mail = read_mail_expectations(text)
    return LazyCapture() if mail.mail or mail.mail_count else None


def _with_capture(options: dict | None, capture: LazyCapture | None) -> dict | None:
    return options if capture is None else {**(options or {}), "capture": capture}


def _compare(text: str, name: str, options: dict | None) -> list[str]:
    """Run the program `name` of the current folder as `wl run` does; its output and
    outcome against its expectations."""
    exp = read_expectations(text)
    out, err = io.StringIO(), io.StringIO()
    problems: list[str] = []
    raised: WLError | None = None
    try:
        run_script(name, stdout=out, stderr=err, options=options or {})
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
