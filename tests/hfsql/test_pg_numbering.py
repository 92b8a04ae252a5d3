"""PostgreSQL: HDeleteAll starts the record numbers again without owning the table and
without holding its lock to the transaction's end (wlinterp/hfsql/pg_numbering.py); a
failed HNoModif holds no forbid.

The program runs as a role of its own, with rights on the rows only (a clerk's account):
`ALTER TABLE ... RESTART`, used before, needs the table's owner, so HDeleteAll failed for
it; it also held the table's ACCESS EXCLUSIVE lock until the transaction ended, so other
connections could not read the file meanwhile."""
from __future__ import annotations

import os
import subprocess
import sys

from hfsql_support import SHOP, role_of, run_shop

FILL = 'HReset(Customer)\nFOR EACH s OF ["A", "B", "C"]\n\tCustomer.Name = s\n' \
       '\tHAdd(Customer)\nEND\n'
AGAIN = FILL + 'Trace(HDeleteAll(Customer), ErrorOccurred)\nCustomer.Name = "D"\n' \
        'Trace(HAdd(Customer), HRecNum(Customer))\n'


def test_a_role_that_may_update_the_sequence_numbers_from_1_again(clerk) -> None:  # type: ignore[no-untyped-def]
    _owner_url, clerk_url, conn = clerk
    conn.execute(f'GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{role_of(clerk_url)}"')
    assert run_shop(AGAIN, clerk_url) == "1, 0\n1, 1\n"


def test_a_role_without_that_right_empties_the_file_numbering_on(clerk) -> None:  # type: ignore[no-untyped-def]
    """HDeleteAll succeeds (it failed: "must be owner of table customer"); the numbering
    goes on (decided, docs/hfsql.md "Tables")."""
    owner_url, clerk_url, _conn = clerk
    assert run_shop(AGAIN, clerk_url) == "1, 0\n1, 4\n"
    assert run_shop("Trace(HNbRec(Customer))", owner_url) == "1\n"


def test_other_connections_read_the_file_during_the_transaction(clerk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A transaction that emptied the file does not lock it for the others: they read the
    records as they were until it ends (with ALTER TABLE the read waited for its end)."""
    owner_url, _clerk_url, conn = clerk
    run_shop(FILL, owner_url)
    script = tmp_path / "empty.wl"
    flag = tmp_path / "done"  # the check below is over: the transaction may end (30 s at most)
    script.write_text('HTransactionStart()\nHDeleteAll(Customer)\nTrace("emptied")\n'
                      f'n is int\nWHILE n < 3000 AND NOT fFileExist("{flag}")\n'
                      '    Multitask(2)\n    n += 2\nEND\nHTransactionEnd()\n',
                      encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-m", "wlinterp", "run", "--analysis",
                              str(SHOP), "--db", owner_url, str(script)],
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "emptied"
        conn.execute("SET lock_timeout = '2s'")  # (with the lock: an error, not a wait)
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (3,)
    finally:
        flag.write_text("", encoding="utf-8")
        child.wait(timeout=60)
        child.stdout.close()
    assert child.returncode == 0
    assert run_shop('Customer.Name = "D"\nHAdd(Customer)\nTrace(HRecNum(Customer))',
                    owner_url) == "1\n"


def test_a_forbid_that_cannot_be_set_up_holds_nothing(clerk) -> None:  # type: ignore[no-untyped-def]
    """HNoModif fails for a role that may not make its trigger; it left its forbid's
    lock held, so HDeleteFile then said the file was forbidden (HNoModif) instead of
    failing for its own reason."""
    _owner_url, clerk_url, _conn = clerk
    out = run_shop('Trace(HNoModif(Customer), ErrorOccurred)\n'
                   'Trace(HDeleteFile(Customer), HErrorInfo())\n', clerk_url)
    assert out.splitlines()[0] == "0, 1"
    assert out.splitlines()[1].startswith("0, HDeleteFile on Customer: ")
    assert "HNoModif" not in out.splitlines()[1]
