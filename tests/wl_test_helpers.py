"""Helpers for the tests of `wl test` and `wl check`: write a file into a folder, run a
command in process and return what it reported."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import wlinterp
from wlinterp.check import CheckOptions, check_paths
from wlinterp.testing.command import main


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_captured(path: Path) -> tuple[str, str]:
    """`wl run PATH` in process (its folder's files loaded as a project): what it wrote
    to stdout and to stderr."""
    out, err = io.StringIO(), io.StringIO()
    wlinterp.run_file(str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def call_output(path: Path, name: str, *args: str) -> str:
    """`wl run --call NAME PATH ARGS` in process: what it wrote to stdout."""
    out = io.StringIO()
    wlinterp.run_file(str(path), stdout=out, stderr=io.StringIO(), call=name, args=list(args))
    return out.getvalue()


def run_lines(code: str) -> list[str]:
    """The lines a program's Traces wrote, run in process; it must write nothing to
    stderr."""
    from wlinterp.engine import run_source
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "t.wl", stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


def wl_test(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def wl_in(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """`wl ARGS` in a child process whose current folder is `folder` (a project's), its
    output without colours."""
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], cwd=folder,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})


def checks_clean(folder: Path) -> None:
    """`wl check .` in `folder` finds nothing to say."""
    r = wl_in(folder, "check", ".")
    assert r.returncode == 0, r.stderr
    assert "0 error(s), 0 warning(s)" in r.stderr


def run_in_zone(folder: Path, script: str, zone: str) -> list[str]:
    """`wl run --tz zone` on `script` in a child process (the zone stays its own): the
    lines it prints; a non-zero exit fails the test with its stderr."""
    path = write(folder, "zone.wl", script)
    proc = subprocess.run([sys.executable, "-m", "wlinterp", "run", "--tz", zone, str(path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def check_json(*paths: Path) -> list[dict[str, object]]:
    """`wl check --format json` on `paths` together, in process: its diagnostics."""
    out = io.StringIO()
    check_paths([str(p) for p in paths], err=io.StringIO(), out=out,
                options=CheckOptions(format="json"))
    return list(json.loads(out.getvalue())["diagnostics"])


def check_places(text: str, code: str) -> list[tuple[int, int]]:
    """(line, column) of each diagnostic `code` the semantic pass reports in `text`."""
    from wlinterp.registry import load_stdlib
    from wlinterp.semantics import analyze
    from wlinterp.syntax.parser import parse
    return [(d.line, d.column) for d in
            analyze(parse(text, "t.wl"), load_stdlib()).diagnostics if d.code == code]


def run_stop(text: str) -> Exception:
    """The error that stops a run of `text` (it must stop), with its place."""
    with pytest.raises(Exception) as caught:
        wlinterp.run_source(text, "t.wl", stdout=io.StringIO(), stderr=io.StringIO())
    return caught.value


def stop_where_checked(text: str, code: str, words: str) -> str:
    """The run of `text` stops with `words` exactly where the check's one `code` is; the
    character there (the test says which it must be)."""
    found = check_places(text, code)
    assert len(found) == 1, found
    error = run_stop(text)
    assert words in str(error)
    assert (error.line, error.column) == found[0]  # type: ignore[attr-defined]
    return text.splitlines()[found[0][0] - 1][found[0][1] - 1]


def golden_programs() -> list[tuple[str, str]]:
    """(file name, text) of every golden program that parses (some test syntax errors),
    for comparing what a pass reports on all of them two ways (parsed once per process:
    tests/golden_trees.py)."""
    from golden_trees import golden_trees
    return [(Path(name).name, text) for name, text, _ in golden_trees()]
