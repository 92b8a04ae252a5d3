"""A purchasing module saved in text format, as a porting team keeps it
(tests/project/purchasing/): a procedure set (CONSTANT block, structures, an associative
array of structures, default parameters, an internal procedure, SWITCH with `CASE <` and
`CASE a TO b`, ExceptionThrow) and three class files (an interface, an abstract-ish base
with PROTECTED members, a GLOBAL counter and a property saved in the `properties :`
section, a derived class that implements the interface and calls its ancestor's
constructor and method). A script runs the workflow; `wl test` runs French tests with a
conftest.wl mocking YesNo and Error, one of them e-mailing the order to the capture
server."""
from __future__ import annotations

import subprocess
from pathlib import Path

from wl_test_helpers import checks_clean, wl_in

HERE = Path(__file__).parent / "purchasing"


def wl(*args: str) -> subprocess.CompletedProcess:
    return wl_in(HERE, *args)


def test_the_workflow_runs() -> None:
    r = wl("run", "--now", "2026-12-03 09:00", "purchasing_run.wl")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "3 suppliers",
        "Bolt and nut company, 30 days",
        "refused: PO-00003: quantity 0 refused for FUEL",
        "PO-00001 cannot be approved in state APPROVED",
        "PO-00001 ACME 2 line(s)     342.00 EUR [APPROVED]",
        "PO-00002 BOLT 1 line(s)    1236.00 EUR [APPROVED] by Manager Ann on 03/12/2026 at 09:30",
        "PO-00003 ZED 1 line(s)   11850.00 EUR [APPROVED] by Director Bob on 03/12/2026 at 09:30",
        "Total incl. tax: 16113.60 EUR",
        "created > submitted > refused by Manager Ann > approved by Director Bob",
        "Documents: 3",
        "Payment of PO-00001: 31/01/2027",
        "exception 10: PO-00004: an order without lines cannot be submitted",
        "Unknown supplier: NOBODY"]


def test_the_files_check_clean() -> None:
    checks_clean(HERE)


def test_the_french_tests_pass_with_their_mocks() -> None:
    r = wl("test", "-v", ".")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "6 passed, 0 failed" in r.stdout
    assert "test_envoi_confirmé PASSED" in r.stdout


def test_a_procedure_of_the_set_called_from_the_command_line() -> None:
    r = wl("run", "--call", "ApprovalLevel", "COL_Purchasing.wdg", "1000")
    assert (r.returncode, r.stdout.strip()) == (0, "1"), r.stderr
