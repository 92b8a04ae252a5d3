"""Helpers for the tests of `wl test` and `wl check`: write a file into a folder, run a
command in process and return what it reported."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wlinterp.check import CheckOptions, check_paths
from wlinterp.testing.command import main


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def wl_test(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


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
