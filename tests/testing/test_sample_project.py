"""samples/ported/ (a .wdg set, a .wdc class, tests in WLanguage and Python) passes under
`wl test` and under pytest, as the README and docs/testing.md show."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wlinterp.testing.command import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "ported"


def test_wl_test_on_the_sample_project(capsys: pytest.CaptureFixture[str]) -> None:
    code = main([str(SAMPLE), "-q"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.splitlines()[-1].startswith("8 passed, 0 failed")


def test_pytest_on_the_sample_project() -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-o", "addopts=",
                        "-p", "no:cacheprovider", "."],
                       cwd=SAMPLE, capture_output=True, text=True, timeout=180, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "14 passed" in r.stdout
