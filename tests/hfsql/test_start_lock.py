"""HyperFile 5.5's lock mode (?3044240) seen across two connections, on both backends:
between HStartLock and HEndLock a read locks the record it reads (another connection
cannot lock it, and its lock refuses the read), a ...NoLock read neither locks nor is
refused; HEndLock releases the mode's locks, not the others."""
from __future__ import annotations

from test_locks import SETUP, holder, lock_in_child, release, run


def test_another_connection_s_lock_refuses_the_mode_s_reads(db_url: str) -> None:
    run(SETUP, db_url)
    other = holder(db_url)
    assert other.locks.lock("customer", 1)  # "Held", record 1
    text = """HStartLock
Trace(HReadSeekFirst(Customer, Name, "Held"), HErrorLock(), HOut())
Trace(HReadSeekNoLock(Customer, Name, "Held"), HErrorLock(), Customer.Name)
Trace(HRead(Customer, 2), Customer.Name, HErrorLock())
HEndLock
Trace(HReadSeekFirst(Customer, Name, "Held"), HErrorLock(), Customer.Name)
Trace(HLitRechercheBloque(Customer, Name, "Held"), HErreurBlocage())
"""
    assert run(text, db_url) == "0, 1, 1\n1, 0, Held\n1, Free, 0\n1, 0, Held\n0, 1\n"
    other.close()


def test_the_mode_s_reads_hold_their_records_until_hendlock(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A program in the mode holds the records it read (not those it read with
    ...NoLock) until HEndLock; a lock it took with HLockRecNum stays after HEndLock."""
    run(SETUP, db_url)
    cases = [  # (the program's locks, then: record 1 free?, record 2 free?); by Name,
        # "Free" (record 2) comes first, "Held" (record 1) next
        ('HDébutVerrou\nHLitPremier(Customer, Name)\nHLitSuivant(Customer, Name)',
         False, False),
        ('HStartLock\nHReadFirstNoLock(Customer, Name)\nHRead(Customer, 1)', False, True),
        (('HStartLock\nHReadFirst(Customer, Name)\nHLockRecNum(Customer, 1)\n'
         'HRead(Customer, 1)\nHEndLock'), False, True),
        ('HStartLock()\nHReadFirst(Customer, Name)\nHReadNext(Customer, Name)\nHEndLock()',
         True, True),
        ('HReadLock(Customer, 1)', False, True),
    ]
    for program, first_free, second_free in cases:
        child = lock_in_child(tmp_path, db_url, program, 3000)
        assert child.stdout is not None
        try:
            assert child.stdout.readline().strip() == "locked", program
            other = holder(db_url)
            assert (other.locks.lock("customer", 1), other.locks.lock("customer", 2)) == (
                first_free, second_free), program
            other.close()
        finally:
            release(child)
