"""A project of a `.wdc` class and a `.wdg` set as WINDEV saves them (the goldens
realworld/reservations_stock_fr.files, stock_reservations_en.files, written for the
tests) with a test set of `test_*` procedures beside them (tests/testing/stock_project/):
`wl check` finds nothing to say, `wl test` runs each procedure on fresh state (the set's
global array and counter start again) and reports the one check that fails on purpose
at its line in the `.wdg`. French and English. 5 Dec 2026 late night, L."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wl_test_helpers import checks_clean, wl_in

HERE = Path(__file__).resolve().parent
GOLDEN = HERE.parent / "golden" / "realworld"


def _project(tmp_path: Path, golden: str, tests: str) -> Path:
    """The golden's class and set, and the test set, in a folder of their own (kept as
    `*_cases.wdg`: named `test_*.wdg` in tests/, the suite's own pytest run would
    collect it without its project)."""
    folder = tmp_path / golden
    shutil.copytree(GOLDEN / f"{golden}.files", folder)
    stored = tests.removeprefix("test_").replace(".wdg", "_cases.wdg")
    shutil.copy(HERE / "stock_project" / stored, folder / tests)
    return folder


@pytest.mark.parametrize("golden,tests,summary,failed", [
    ("reservations_stock_fr", "test_COL_Stock.wdg", "2 passed, 0 failed", None),
    ("stock_reservations_en", "test_SET_Stock.wdg", "2 passed, 1 failed",
     "FAILED test_SET_Stock.wdg::test_a_failing_check_is_reported - "
     "test_SET_Stock.wdg:44: dbgCheckEqual"),
])
def test_the_sets_cases_run_on_fresh_state(tmp_path: Path, golden: str, tests: str,
                                           summary: str, failed: str | None) -> None:
    folder = _project(tmp_path, golden, tests)
    checks_clean(folder)
    r = wl_in(folder, "test", ".")
    assert r.returncode == (1 if failed else 0), r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert lines[-1].startswith(summary), r.stdout
    assert (failed in lines) if failed else not any(x.startswith("FAILED") for x in lines)
    if failed:
        assert "    expected: 11" in lines and "    got:      10" in lines
