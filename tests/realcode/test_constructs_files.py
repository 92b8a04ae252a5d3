"""Whole text-format files (tests/realcode/constructs/en and fr, written for these tests)
using the constructs of issue 8 together: an abstract class with a computed member
initial value, a CONSTANT block read through an object, a one-line IF closed by END,
FOR EACH ... WHERE / SORTED BY, a procedure named Global and a compile-time target block.
`wl check` finds nothing and `wl run --call` gives the expected lines."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "constructs"
CASES = {
    "en": ("SET_Sample.wdg", ["SHAPE, 12, 12", "Zoe", "Lea", "Anne", "linux"]),
    "fr": ("COL_Essai.wdg", ["FORME, 16, 12", "Anne", "Léa", "Zoé", "linux"]),
}


def _wl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_files_check_clean(lang: str) -> None:
    done = _wl("check", str(HERE / lang))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s), 0 warning(s)" in done.stdout + done.stderr


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_set_runs(lang: str) -> None:
    main, expected = CASES[lang]
    done = _wl("run", "--call", "Global", str(HERE / lang / main))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == expected
