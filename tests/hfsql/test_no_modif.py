"""HNoModif / HEndNoModif across processes and connections, on both backends: another
program's forbid stops this program's writes but not its reads, several programs can
forbid one file, and a forbid ends with its program (SQLite: also when the process
died). wlinterp/hfsql/nomodif.py; docs/hfsql.md, "HNoModif"."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from hfsql_support import SHOP
from test_locks import SETUP, holder, lock_in_child, release, run

from wlinterp.hfsql import nomodif

WRITE = 'HReadFirst(Customer, Name)\nTrace(Customer.Name)\nCustomer.City = "X"\n' \
        'Trace(HModify(Customer), HErrorLock())\n'


def forbidding_child(tmp_path: Path, db_url: str, hundredths: int
                     ) -> subprocess.Popen[str]:
    """Another process whose program forbids Customer, then waits; this program's write
    is refused meanwhile."""
    run(SETUP, db_url)
    child = lock_in_child(tmp_path, db_url, "HNoModif(Customer)", hundredths)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    assert run(WRITE, db_url) == "Free\n0, 1\n"
    return child


def its_session_ended(db_url: str) -> None:
    """PostgreSQL: wait until the server has ended a finished program's session. It frees
    the session's advisory locks (the forbid) when its backend reads the closed
    connection, which is not at once, and later under load: a write sent as soon as
    the program's process is gone may still find the forbid. SQLite: nothing to wait for
    (the forbid names a process, which is gone)."""
    if db_url.startswith("sqlite:"):
        return
    db = holder(db_url)
    try:
        table = db.context("Customer").desc.physical
        deadline = time.monotonic() + 60
        while nomodif.forbidden(db.locks, table):
            assert time.monotonic() < deadline, "the server kept the ended session's forbid"
            time.sleep(0.02)
    finally:
        db.close()


def test_a_forbid_in_another_process_stops_writes_not_reads(db_url: str,
                                                              tmp_path: Path) -> None:
    child = forbidding_child(tmp_path, db_url, 3000)
    try:
        assert run('Trace(HReadSeekFirst(Customer, Name, "Held"), Customer.Name)\n'
                   'Trace(HNbRec(Customer), HLockRecNum(Customer, 1))\n', db_url) \
            == "1, Held\n2, 1\n"
    finally:
        release(child)
    its_session_ended(db_url)
    assert run(WRITE, db_url) == "Free\n1, 0\n"  # its program ended: writes come back


def test_several_programs_forbid_until_the_last_ends(db_url: str) -> None:
    run(SETUP, db_url)
    first, second = holder(db_url), holder(db_url)
    for other in (first, second):
        ctx = other.context("Customer")
        nomodif.forbid(other.locks, ctx.desc.physical, ctx.sql.table)
    assert run(WRITE, db_url) == "Free\n0, 1\n"
    ctx = first.context("Customer")
    nomodif.allow(first.locks, ctx.desc.physical, ctx.sql.table)
    assert run(WRITE, db_url) == "Free\n0, 1\n"
    second.close()  # the end of a program ends its forbid
    assert run(WRITE, db_url) == "Free\n1, 0\n"
    first.close()


def triggers(url: str) -> int:
    """How many of HNoModif's triggers the Customer table carries."""
    db = holder(url)
    try:
        if url.startswith("sqlite:"):
            sql = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?"
            return db.backend.execute(sql, ["customer__nm%"]).fetchone()[0]
        sql = "SELECT count(*) FROM pg_trigger WHERE tgname LIKE %s"
        return db.backend.execute(sql, ["customer__nm%"]).fetchone()[0]
    finally:
        db.close()


def test_a_dead_process_forbid_is_cleared_when_the_file_is_next_opened(tmp_path: Path
                                                                        ) -> None:
    url = f"sqlite:{tmp_path / 'dead.db'}"
    run(SETUP, url)
    other = holder(url)
    other.locks.owner = "999999999-dead"  # no such process
    ctx = other.context("Customer")
    nomodif.forbid(other.locks, ctx.desc.physical, ctx.sql.table)
    other._backend.close()  # type: ignore[union-attr]  # killed: nothing released
    other._backend = None
    assert triggers(url) == 3
    assert run(WRITE, url) == "Free\n1, 0\n"  # the next program's first look clears it
    assert triggers(url) == 0


def test_a_running_program_writes_once_the_forbidder_died(tmp_path: Path) -> None:
    """SQLite: a program already running when the forbidder died: its refused write
    finds the forbid dead, clears it and the triggers, and is tried again at once."""
    url = f"sqlite:{tmp_path / 'dead_running.db'}"
    run(SETUP, url)
    writer = holder(url)
    ctx = writer.context("Customer")
    writer.touch(ctx)  # opened before the forbid: its first look found nothing
    other = holder(url)
    other.locks.owner = "999999999-dead"
    octx = other.context("Customer")
    nomodif.forbid(other.locks, octx.desc.physical, octx.sql.table)
    other._backend.close()  # type: ignore[union-attr]  # killed: nothing released
    other._backend = None
    assert triggers(url) == 3
    err = None
    try:
        ctx.add()
    except Exception as exc:  # noqa: BLE001 - the refusal, flagged to be tried again
        err = exc
    assert err is not None and getattr(err, "again", False)
    ctx.add()  # the triggers are gone
    assert triggers(url) == 0
    writer.close()


def test_a_program_running_when_the_forbidder_is_killed_writes(db_url: str,
                                                                tmp_path: Path) -> None:
    """Three processes: one forbids, a second opens the file and waits, the first is
    killed; the second's write then goes through (SQLite: the refused write clears the
    dead forbid and is tried again at once)."""
    forbidder = forbidding_child(tmp_path, db_url, 3000)
    flag = tmp_path / "go"
    script = tmp_path / "wait.wl"
    script.write_text(f'HReadFirst(Customer, Name)\nTrace("ready")\nWHILE NOT '
                      f'fFileExist("{flag}")\n    Multitask(5)\nEND\nCustomer.City = "Y"\n'
                      'Trace(HModify(Customer), HErrorLock())\n', encoding="utf-8")
    waiting = subprocess.Popen(
        [sys.executable, "-m", "wlinterp", "run", "--analysis", str(SHOP), "--db", db_url,
         str(script)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert waiting.stdout is not None
        assert waiting.stdout.readline().strip() == "ready"
        forbidder.send_signal(signal.SIGKILL)
        forbidder.wait(timeout=60)
        its_session_ended(db_url)
        flag.write_text("")
        assert waiting.stdout.read() == "1, 0\n"
    finally:
        waiting.wait(timeout=60)
        assert forbidder.stdout is not None and waiting.stdout is not None
        forbidder.stdout.close()
        waiting.stdout.close()


def test_the_triggers_go_with_the_last_forbid(db_url: str) -> None:
    """HEndNoModif, and the end of the program, take the triggers away once no program
    forbids the file; while another program forbids it they stay."""
    run(SETUP, db_url)
    run("HNoModif(Customer)\nHEndNoModif(Customer)\n", db_url)
    assert triggers(db_url) == 0
    run("HNoModif(Customer)\n", db_url)  # ended without HEndNoModif
    assert triggers(db_url) == 0
    other = holder(db_url)
    ctx = other.context("Customer")
    nomodif.forbid(other.locks, ctx.desc.physical, ctx.sql.table)
    run("HNoModif(Customer)\nHEndNoModif(Customer)\n", db_url)
    assert triggers(db_url) > 0
    assert run(WRITE, db_url) == "Free\n0, 1\n"
    other.close()
    assert triggers(db_url) == 0
    assert run(WRITE, db_url) == "Free\n1, 0\n"


def test_a_killed_forbidder_leaves_writes_free(db_url: str, tmp_path: Path) -> None:
    """A program killed while it forbids a file (nothing of it runs at its end): the
    next program writes, and its first look at the file takes the triggers away."""
    child = forbidding_child(tmp_path, db_url, 3000)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert child.stdout is not None
    child.stdout.close()
    assert triggers(db_url) > 0
    if not db_url.startswith("sqlite:"):  # the server ends the dead session's locks
        time.sleep(0.2)
    assert run(WRITE, db_url) == "Free\n1, 0\n"
    assert triggers(db_url) == 0


def test_a_tidy_while_another_forbids_keeps_the_triggers(db_url: str) -> None:
    run(SETUP, db_url)
    first, second = holder(db_url), holder(db_url)
    ctx = first.context("Customer")
    nomodif.forbid(first.locks, ctx.desc.physical, ctx.sql.table)
    nomodif.tidy(second.locks, ctx.desc.physical, ctx.sql.table)
    assert triggers(db_url) > 0
    assert run(WRITE, db_url) == "Free\n0, 1\n"
    first.close()
    second.close()
    assert triggers(db_url) == 0


def test_locks_and_forbids_outlive_a_cancelled_transaction(db_url: str) -> None:
    """A lock or forbid taken inside a transaction is the program's, not the
    transaction's: cancelling the transaction keeps it (SQLite writes its rows again)."""
    run(SETUP, db_url)
    other = holder(db_url)
    ctx = other.context("Customer")
    other.begin()
    assert other.locks.lock(ctx.desc.physical, 1)
    nomodif.forbid(other.locks, ctx.desc.physical, ctx.sql.table)
    other.rollback()
    assert run(WRITE + "Trace(HLockRecNum(Customer, 1), HErrorLock())\n", db_url) \
        == "Free\n0, 1\n0, 1\n"
    other.close()
    assert run(WRITE, db_url) == "Free\n1, 0\n"


def test_made_by_another_program_meanwhile_is_as_good(pg_server) -> None:  # type: ignore[no-untyped-def]
    """Two programs forbidding a file for the first time at once: the second to make the
    trigger finds it made; HNoModif does not fail for it."""
    url = pg_server.new_database("no_modif_race")
    run(SETUP, url)
    other = holder(url)
    ctx = other.context("Customer")
    nomodif.forbid(other.locks, ctx.desc.physical, ctx.sql.table)
    create = (f"CREATE TRIGGER customer__nm BEFORE INSERT ON {ctx.sql.table} FOR EACH ROW "
              "EXECUTE FUNCTION _hf_no_modif_check('1')")
    nomodif._made_once(other.backend, "SELECT false", [], create)  # as if not seen yet
    assert run(WRITE, url) == "Free\n0, 1\n"
    other.close()


def test_a_forbid_ended_inside_a_transaction(db_url: str) -> None:
    """HEndNoModif inside a transaction: writes come back at once; the triggers go by
    the program's end at the latest (PostgreSQL leaves the drop for then)."""
    run(SETUP, db_url)
    text = ("HTransactionStart()\nHNoModif(Customer)\nHEndNoModif(Customer)\n" + WRITE +
            "HTransactionEnd()\n")
    assert run(text, db_url) == "Free\n1, 0\n"
    assert triggers(db_url) == 0
    assert run(WRITE, db_url) == "Free\n1, 0\n"
