"""`wl test FILE` on a file not named `test_*`: it is the file under test, not one of the
procedure libraries beside it, so its procedures are declared once."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import write, wl_test

ONE = """PROCEDURE test_one()
dbgCheckEqual(Double(2), 4)

PROCEDURE Double(n is int)
RESULT n * 2
"""

TWO = """PROCÉDURE test_deux()
dbgVérifieEgalité(Triple(2), 6)

PROCÉDURE Triple(n est un entier)
RENVOYER n * 3
"""


def test_a_file_given_by_name_is_not_its_own_neighbour(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "one_checks.wl", ONE)
    write(tmp_path, "two_checks.wl", TWO)
    code, out = wl_test(capsys, str(tmp_path / "one_checks.wl"))
    assert code == 0, out
    assert "declared twice" not in out and "not loaded" not in out, out
    assert "1 passed" in out


def test_the_other_file_beside_it_stays_a_library(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "one_checks.wl", ONE.replace("Double(2), 4", "Triple(2), 6"))
    write(tmp_path, "two_checks.wl", TWO)
    code, out = wl_test(capsys, str(tmp_path / "one_checks.wl"))
    assert code == 0, out
    assert "1 passed" in out
    code, out = wl_test(capsys, str(tmp_path / "two_checks.wl"))
    assert code == 0, out
    assert "declared twice" not in out, out
