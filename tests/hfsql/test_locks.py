"""Record and file locks seen by another connection and another process, on both
backends: HLockRecNum/HBloqueNumEnr, HLockFile, reads with hLockWrite, HUnlock*, writes
of a locked record refused with HErrorLock(), locks released by a write and at the end
of the program (SQLite: also when the owner process died)."""
from __future__ import annotations

import io
import itertools
import os
import subprocess
import sys
from pathlib import Path

from hfsql_support import SHOP

from wlinterp.engine import run_source
from wlinterp.hfsql.analysis import read_xdd
from wlinterp.hfsql.database import Database


def run(text: str, url: str) -> str:
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO(),
               options={"analysis": str(SHOP), "db": url})
    return out.getvalue()


SETUP = 'HReset(Customer)\nCustomer.Name = "Held"\nHAdd(Customer)\n' \
        'Customer.Name = "Free"\nCustomer.Email = "f@x"\nHAdd(Customer)\n'


def holder(url: str) -> Database:
    """A second connection of its own (as another user's program)."""
    return Database(read_xdd(str(SHOP)), url)


_children = itertools.count(1)


def lock_in_child(folder, url: str, lock: str, hundredths: int) -> subprocess.Popen[str]:  # type: ignore[no-untyped-def]
    """Another process running a WLanguage program that takes `lock`, prints "locked",
    waits and ends (freeing it): it waits `hundredths` at most, and ends sooner once
    `release` says so (a flag file). A fixed wait long enough for the test's checks
    under load (3 s) cost each test those 3 s even when its checks took 0.1 s."""
    n = next(_children)
    script = folder / f"hold{n}.wl"
    flag = script.with_suffix(".go")
    script.write_text(f'{lock}\nTrace("locked")\nn is int\n'
                      f'WHILE n < {hundredths} AND NOT fFileExist("{flag}")\n'
                      '    Multitask(2)\n    n += 2\nEND\n', encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, "-m", "wlinterp", "run", "--analysis", str(SHOP), "--db", url,
         str(script)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})


def release(child: subprocess.Popen[str]) -> None:
    """Let a `lock_in_child` program end now, and wait for its end."""
    Path(child.args[-1]).with_suffix(".go").write_text("", encoding="utf-8")  # type: ignore[index]
    child.wait(timeout=60)
    if child.stdout is not None:
        child.stdout.close()


def test_record_lock_held_by_another_connection(db_url: str) -> None:
    run(SETUP, db_url)
    other = holder(db_url)
    assert other.locks.lock("customer", 1)
    text = """Trace(HReadSeekFirst(Customer, Name, "Held", hLockWrite), HErrorLock(), HOut())
Trace(HReadSeekFirst(Customer, Name, "Held"), Customer.Name)
Customer.Name = "Changed"
Trace(HModify(Customer), HErrorLock())
Trace(HDelete(Customer, 1), HErrorLock())
Trace(HBloqueNumEnr(Customer, 1), HErreurBlocage())
Trace(HLockRecNum(Customer, 2), HLockFile(Customer), HErrorLock())
"""
    assert run(text, db_url) == "0, 1, 1\n1, Held\n0, 1\n0, 1\n0, 1\n1, 0, 1\n"
    other.close()  # the end of the other program frees its locks
    assert run('Trace(HReadSeekFirst(Customer, Name, "Held", hLockWrite), HErrorLock())\n'
               'Customer.Name = "Changed"\nTrace(HModify(Customer))', db_url) == "1, 0\n1\n"


def test_file_lock_and_unlock(db_url: str) -> None:
    run(SETUP, db_url)
    other = holder(db_url)
    table = "customer"
    assert other.locks.lock(table, 0)
    text = """HReadFirst(Customer, Name)
Customer.City = "X"
Trace(HModify(Customer), HErrorLock(), HLockRecNum(Customer, 2))
"""
    assert run(text, db_url) == "0, 1, 0\n"
    other.locks.unlock_file(table)
    assert run(text, db_url) == "1, 0, 1\n"
    other.close()


def test_own_locks_do_not_stop_own_writes(db_url: str) -> None:
    text = SETUP + """Trace(HLockFile(Customer))
HReadFirst(Customer, Name)
Customer.City = "Y"
Trace(HModify(Customer))
Trace(HReadSeekFirst(Customer, Name, "Held", hLockWrite), HLockRecNum(Customer, 1))
Trace(HUnlockRecNum(Customer, 1), HDébloqueFichier(Customer))
"""
    assert run(text, db_url) == "1\n1\n1, 1\n1, 1\n"


def test_lock_seen_by_another_process(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A lock taken by a WLanguage program in another process stops this one until that
    process ends (its connection closes; on SQLite its lock rows are removed)."""
    run(SETUP, db_url)
    child = lock_in_child(tmp_path, db_url, "HLockRecNum(Customer, 1)", 3000)
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "locked"
        assert run("Trace(HLockRecNum(Customer, 1), HErrorLock())", db_url) == "0, 1\n"
    finally:
        release(child)
    assert run("Trace(HLockRecNum(Customer, 1), HErrorLock())", db_url) == "1, 0\n"


def test_lock_of_a_dead_process_is_taken_over(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """SQLite keeps locks in the file: a lock whose process is gone does not block."""
    url = f"sqlite:{tmp_path / 'dead.db'}"
    run(SETUP, url)
    other = holder(url)
    other.locks.owner = "999999999-dead"  # no such process
    assert other.locks.lock("customer", 1)
    other._backend.close()  # type: ignore[union-attr]  # killed: nothing released
    other._backend = None
    assert run("Trace(HLockRecNum(Customer, 1), HErrorLock())", url) == "1, 0\n"


def test_read_write_lock_stops_plain_reads_of_others(db_url: str) -> None:
    """hLockReadWrite: another program can neither read nor write the record (nothing
    read, HErrorLock() and HOut() True); hLockWrite leaves plain reads free; FOR EACH
    stops at a read-locked record with HErrorLock() True."""
    run(SETUP, db_url)
    other = holder(db_url)
    assert other.locks.lock("customer", 2)  # hLockWrite only
    text = """Trace(HReadSeekFirst(Customer, Name, "Free"), Customer.Name)
Trace(HRead(Customer, 1), Customer.Name)
"""
    assert run(text, db_url) == "1, Free\n1, Held\n"
    assert other.locks.lock("customer", 1, reads=True)  # hLockReadWrite
    text = """Trace(HReadSeekFirst(Customer, Name, "Held"), HErrorLock(), HOut())
Trace(HRead(Customer, 1), HErrorLock(), HOut())
Trace(HReadFirst(Customer, Name), Customer.Name, HErrorLock())
n is int
FOR EACH Customer ON Name
    n++
END
Trace(n, HErrorLock())
Trace(HLitSuivant(Customer, Name), HErreurBlocage())
"""
    assert run(text, db_url) == "0, 1, 1\n0, 1, 1\n1, Free, 0\n1, 1\n0, 1\n"
    other.locks.unlock("customer", 1)
    assert run('Trace(HRead(Customer, 1), Customer.Name, HErrorLock())', db_url) == \
        "1, Held, 0\n"
    assert other.locks.lock("customer", 0, reads=True)  # the whole file
    assert run('Trace(HReadFirst(Customer), HErrorLock())', db_url) == "0, 1\n"
    other.close()
    assert run('Trace(HReadFirst(Customer), HErrorLock())', db_url) == "1, 0\n"


def test_read_write_lock_taken_by_a_program(db_url: str) -> None:
    """The options of the functions: HLockRecNum(..., hLockReadWrite) and a read with
    hBlocageLectureEcriture lock against reading; the holder itself still reads."""
    run(SETUP, db_url)
    text = """Trace(HLockRecNum(Customer, 1, hLockReadWrite))
Trace(HReadSeekFirst(Customer, Name, "Free", hBlocageLectureEcriture))
Trace(HRead(Customer, 2), Customer.Name)
"""
    from wlinterp.hfsql import database
    from wlinterp.runtime.state import Runtime
    rt = Runtime(options={"analysis": str(SHOP), "db": db_url})
    db = database.session(rt)
    ctx = db.context("Customer")
    assert ctx is not None
    db.locks.lock("customer", 1, reads=True)
    assert run("Trace(HRead(Customer, 1), HErrorLock())", db_url) == "0, 1\n"
    db.close()
    assert run(text, db_url) == "1\n1\n1, Free\n"


def test_lock_errors_retried_and_given_to_a_procedure(db_url: str) -> None:
    """H.NbRetry: a lock error is tried again (every 0.1 s) before the program hears of
    it, so a lock released meanwhile is taken; HOnError(..., hErrLock, P): P decides."""
    import threading
    run(SETUP, db_url)
    other = holder(db_url)
    assert other.locks.lock("customer", 1)
    release = threading.Timer(0.25, lambda: other.locks.unlock("customer", 1))
    release.start()
    try:
        assert run("H.NbRetry = 50\nTrace(HLockRecNum(Customer, 1), HErrorLock())",
                   db_url) == "1, 0\n"
    finally:
        release.join()
    assert other.locks.lock("customer", 1)
    text = """gn is int
HSurErreur("*", hErrBlocage, "OnLock")
Trace(HLockRecNum(Customer, 1), HErrorLock(), gn)
HOnError("*", hErrAll, "")
Trace(HLockRecNum(Customer, 1), HErrorLock(), gn)
PROCEDURE OnLock()
    gn++
    IF gn < 3 THEN RESULT opRetry
    RESULT opCancel
"""
    assert run(text, db_url) == "0, 1, 3\n0, 1, 3\n"
    other.close()


def test_for_each_stopped_by_a_lock_follows_the_error_convention(db_url: str) -> None:
    """FOR EACH meeting a read-locked record: ErrorOccurred and HErrorLock() set, an
    HOnError procedure asked (opRetry looks again, opCancel stops), a CASE ERROR section
    of the procedure entered."""
    run(SETUP, db_url)
    other = holder(db_url)
    assert other.locks.lock("customer", 1, reads=True)
    text = """gnCalls is int
n is int
FOR EACH Customer ON Name
    n++
END
Trace(n, HErrorLock(), ErrorOccurred)
HOnError(Customer, hErrLock, Asked)  // the procedure named alone, as the help writes it
n = 0
FOR EACH Customer ON Name
    n++
END
Trace(n, gnCalls, HErrorLock(), ErrorOccurred)
HOnError("*", hErrAll, "")
Trace(Browse())

PROCEDURE Asked()
    gnCalls++
    IF gnCalls = 1 THEN RESULT opRetry
    RESULT opCancel

PROCEDURE Browse()
FOR EACH Customer
    Trace("read", Customer.Name)
END
RETURN "not reached"
CASE ERROR:
    RETURN "case error: " + HErrorLock()
"""
    assert run(text, db_url) == "1, 1, 1\n1, 2, 1, 1\ncase error: 1\n"
    other.close()


def test_for_each_waits_for_a_lock_with_nb_retry(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """H.NbRetry: FOR EACH retries a read-locked record; when the other program ends,
    the loop reads on from that record."""
    run(SETUP, db_url)
    child = lock_in_child(tmp_path, db_url, "HLockRecNum(Customer, 1, hLockReadWrite)", 50)
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "locked"
        text = """H.NbRetry = 100
n is int
FOR EACH Customer ON Name
    n++
END
Trace(n, HErrorLock(), ErrorOccurred)
"""
        assert run(text, db_url) == "2, 0, 0\n"
    finally:
        child.wait(timeout=60)


def test_the_current_record_constant_locks_that_record_only(tmp_path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    """HLockRecNum(Customer, hCurrentRecNum) (?3044152's example; French hNumEnrEnCours,
    as real code writes it) locks the record just read, not the whole file: another
    connection can still lock the other record."""
    run(SETUP, db_url)
    for lock in ('HReadSeekFirst(Customer, Name, "Held")\nHLockRecNum(Customer, hCurrentRecNum)',
                 ('HLitRecherchePremier(Customer, Name, "Held")\nHBloqueNumEnr(Customer, '
                 'hNumEnrEnCours)')):
        child = lock_in_child(tmp_path, db_url, lock, 3000)
        assert child.stdout is not None
        try:
            assert child.stdout.readline().strip() == "locked"
            other = holder(db_url)
            assert not other.locks.lock("customer", 1)  # the current record: held
            assert other.locks.lock("customer", 2)      # the other one: free
            other.locks.unlock("customer", 2)
            other.close()
        finally:
            release(child)
