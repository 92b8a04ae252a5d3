"""An English class library as a porting team keeps it (tests/project/hr/): an interface
in its own .wdc (IPayable), an abstract class with a GLOBAL PRIVATE counter, a destructor
and a property whose setter refuses a negative salary with ExceptionThrow (CPerson), two
classes deriving from it that implement the interface and call the ancestor's constructor
(CEmployee, CContractor), a monthly pay run through an array of the interface, and wl
tests (an abstract class instantiated is an expected error, silenced for `wl check` by
`// wl: ignore[...]`)."""
from __future__ import annotations

import subprocess
from pathlib import Path

from wl_test_helpers import checks_clean, wl_in

HERE = Path(__file__).parent / "hr"


def wl(*args: str) -> subprocess.CompletedProcess:
    return wl_in(HERE, *args)


def test_the_pay_run() -> None:
    r = wl("run", "payrun.wl")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "3 people",
        "Claire MARTIN;3200.00;5041.71",
        "Marc DUBOIS;2450.00;3479.00",
        "Ada OKAFOR;12 days;6480.00",
        "total cost 15000.71",
        "Claire MARTIN is 41, 41",
        "3300",
        "Claire MARTIN: a salary cannot be negative (-5)",
        "2 people"]


def test_the_tests_pass() -> None:
    r = wl("test", "--now", "2026-12-03 09:00", ".")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "6 passed, 0 failed" in r.stdout + r.stderr


def test_the_files_check_clean() -> None:
    checks_clean(HERE)
