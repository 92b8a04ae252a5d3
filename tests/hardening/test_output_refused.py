"""An output that refuses what is written (a full disk, a quota, /dev/full) is the
world's doing, not a bug: `wl run` stops with a WLanguage error at the statement
writing, and the other commands say so in one line; both exit 1. They ended as an
internal error (exit 70, "this is a bug in wlinterp"), found writing to /dev/full.
(runtime/state.py write_out, cli.py _WRITE_FAILURES)"""
from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wlinterp.engine import run_source

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


def _wl(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    with open("/dev/full", "w") as full:
        return subprocess.run([sys.executable, "-m", "wlinterp", *args], stdout=full,
                              stderr=subprocess.PIPE, text=True, cwd=cwd, timeout=120)


@pytest.mark.parametrize("source", [
    'Trace("one")\n',
    'POUR i = 1 À 10000\n\tTrace(i)\nFIN\n',
])
def test_a_run_whose_output_is_full_stops_at_the_statement(tmp_path: Path, source: str) -> None:
    (tmp_path / "s.wl").write_text(source, encoding="utf-8")
    ran = _wl(["run", "s.wl"], tmp_path)
    assert ran.returncode == 1, ran.stderr
    assert ran.stderr.startswith("s.wl:"), ran.stderr
    assert "The output cannot be written (No space left on device)" in ran.stderr
    assert "internal error" not in ran.stderr and "Traceback" not in ran.stderr


@pytest.mark.parametrize("args", [["help", "Trace"], ["test", "."]], ids=["help", "test"])
def test_other_commands_say_it_in_one_line(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "test_a.wl").write_text("PROCEDURE test_one()\nTrace(1)\n", encoding="utf-8")
    ran = _wl(args, tmp_path)
    assert (ran.returncode, ran.stderr) == (
        1, "wl: error: cannot write the output: No space left on device\n")


class _Refusing(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.EDQUOT, os.strerror(errno.EDQUOT))


def test_when_exception_catches_it_in_a_run(tmp_path: Path) -> None:
    """A WLanguage error like any other: the program may catch it and go on."""
    caught = tmp_path / "caught.txt"
    run_source(f'WHEN EXCEPTION IN\n\tTrace("lost")\nDO\n'
               f'\tfSaveText("{caught}", ExceptionInfo())\nEND\n',
               "c.wl", stdout=_Refusing(), stderr=io.StringIO())
    assert caught.read_text(encoding="utf-8").startswith(
        "The output cannot be written (Disk quota exceeded)")
