"""`wl check` on a test file sees the conftest.wl files `wl test` runs it with: their
globals and helper procedures are declared there (a test reading a global a mock sets was
WL101), and a mock of a project procedure or a built-in is no second declaration."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.check import check_paths
from wl_test_helpers import wl_test, write


def layout(root: Path) -> None:
    write(root, "wlproject.toml", "")
    write(root, "lib.wl", "PROCEDURE Prix(n)\nRESULT Tarif(n) * 2\n"
                          "PROCEDURE Tarif(n)\nRESULT n * 100\n")
    write(root, "tests/conftest.wl", "CONSTANT\n\tNo = 0\nEND\ngsLastInfo is string\n"
                                     "PROCEDURE Tarif(n)\nRESULT WL.Tarif(n) + 1\n"
                                     "PROCEDURE Info(s)\ngsLastInfo = s\n"
                                     "PROCEDURE Helper()\nRESULT 3\n")
    write(root, "tests/test_a.wl", "PROCEDURE test_a()\nInfo(\"x\")\n"
                                   "dbgCheckEqual(gsLastInfo, \"x\")\n"
                                   "dbgCheckEqual(Prix(Helper()), 602)\n"
                                   "dbgCheckEqual(No, 0)\n")


@pytest.mark.parametrize("target", ["tests/test_a.wl", "."])
def test_a_test_file_is_checked_with_its_conftests(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str) -> None:
    layout(tmp_path)
    code = check_paths([str(tmp_path / target)])
    err = capsys.readouterr().err
    assert "WL101" not in err and "WL105" not in err, err
    assert code == 0, err


def test_a_test_file_without_conftest_still_reports_undeclared_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    layout(tmp_path)
    (tmp_path / "tests" / "conftest.wl").unlink()
    assert check_paths([str(tmp_path / "tests/test_a.wl")]) == 65
    assert "'gsLastInfo' is not declared" in capsys.readouterr().err


def test_the_same_files_pass_wl_test_with_a_window_answer_declared_in_the_conftest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A mock of YesNo answers with a constant the conftest declares: project code
    comparing with `No` then runs (undeclared, `No` is a window constant that stops)."""
    layout(tmp_path)
    write(tmp_path, "ship.wl", "PROCEDURE Confirm()\nIF YesNo(No, \"Ship?\") = No THEN\n"
                               "\tRESULT False\nEND\nRESULT True\n")
    write(tmp_path, "tests/conftest.wl",
          (tmp_path / "tests" / "conftest.wl").read_text(encoding="utf-8")
          + "PROCEDURE YesNo(nDefault, sQuestion)\nRESULT 1\n")
    write(tmp_path, "tests/test_ship.wl", "PROCEDURE test_ship()\ndbgCheckTrue(Confirm())\n")
    code, out = wl_test(capsys, str(tmp_path))
    assert code == 0, out
    assert "2 passed, 0 failed" in out, out
