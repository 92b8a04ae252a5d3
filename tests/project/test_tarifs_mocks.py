"""A French price procedure set in text format (tests/project/tarifs/pTarifs.wdg: a
price grid read from an INI file into an associative array, volume discounts by SELON
intervals, a December promotion read from DateDuJour, a quote taking `*` parameters)
tested with a conftest.wl that replaces the project's own ChargeGrille and the built-in
DateDuJour, its date a global the tests change; a test procedure set in text format
(test_pTarifs.wdg) runs beside the .wl tests; a script runs on the real INI file."""
from __future__ import annotations

import subprocess
from pathlib import Path

from wl_test_helpers import checks_clean, wl_in

HERE = Path(__file__).parent / "tarifs"


def wl(*args: str) -> subprocess.CompletedProcess:
    return wl_in(HERE, *args)


def test_the_tests_pass_with_the_mocks() -> None:
    r = wl("test", "-v", ".")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "6 passed, 0 failed" in r.stdout
    assert "test_promotion_de_décembre PASSED" in r.stdout


def test_the_script_reads_the_real_grid() -> None:
    r = wl("run", "--now", "2026-12-03 10:00", "tarifs_du_jour.wl")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["2 prix chargés", "A-100 : 9.5", "N-200 : 42.5"]


def test_the_set_checks_clean_with_its_conftest() -> None:
    checks_clean(HERE)


def test_a_price_from_the_command_line() -> None:
    r = wl("run", "--call", "ChargeGrille", "pTarifs.wdg")
    assert r.returncode == 0 and r.stdout.strip() == "0", r.stderr
